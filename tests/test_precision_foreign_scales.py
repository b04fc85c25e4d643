"""A figure before another language's scale word ("64.824 millones", "3,2 Milliarden") is
left unread: that copy groups thousands with a point, so its digits are unsure, and
reading "64.824 millones de pesos" as 64.824 made a change's size a thousand times off."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from readings import rules

FOREIGN = ["millones", "billones", "milhões", "bilhões", "Milliarden", "miliardi", "miljard"]


def read(text: str) -> list[str]:
    """Each claim's text, as written."""
    return [text[c.start : c.end] for c in claimcheck.extract(text) if c.start is not None]


def test_a_change_sized_in_another_languages_scale_is_no_finding() -> None:
    text = (
        "Sales rose 5.02%, or 64.824 millones de pesos, from 1.291 billones in 2024 to "
        "1.356 billones in 2025."
    )
    assert rules(text) == []
    assert not any("64.824" in claim for claim in read(text))


def test_an_english_scale_is_still_read() -> None:
    text = "Sales rose 5.02% to 1.356 billion pesos from 1.291 billion in 2024."
    assert read(text) == ["rose 5.02% to 1.356 billion pesos from 1.291 billion"]


@settings(max_examples=40, deadline=None)
@given(
    whole=st.integers(min_value=1, max_value=999),
    group=st.integers(min_value=0, max_value=999),
    scale=st.sampled_from(FOREIGN),
)
def test_no_figure_is_read_before_a_foreign_scale(whole: int, group: int, scale: str) -> None:
    """Whatever the digits, with a point or a comma, no claim holds the figure."""
    for number in (f"{whole}.{group:03d}", f"{whole},{group:03d}", f"{whole}"):
        text = f"The group reported {number} {scale} de pesos in revenue."
        assert read(text) == [], text
