"""Shares the share readers leave without a part or a whole, read by the fallback reader
(extract/share_candidates.py): candidate parts and wholes scored on their words, the best
reading claimed only when it is clearly best."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck


def flagged(text: str) -> list[tuple[str, str]]:
    """Each finding's rule and the text it points at."""
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


def shares(text: str) -> list[tuple[str | None, str | None, str]]:
    """Each share read with a part and a whole: its part, its whole, its verdict."""
    return [
        (c.part.text, c.whole.text, v.verdict)
        for c, v in claimcheck.check(text).judged()
        if c.kind == "share" and c.part is not None and c.whole is not None
    ]


@pytest.mark.parametrize(
    ("clean", "stated", "slip", "part", "whole"),
    [
        # a part counted "of the" whole, its share named by a share noun after a date
        (
            "A bakery that baked 300 of the 2,000 loaves sold in the village last week has a"
            " share of 15 percent.",
            "15 percent",
            "25 percent",
            "300",
            "2,000",
        ),
        # a compared value set off between the part and its share
        (
            "Rail carried 42 million tonnes, against 55 million tonnes a decade ago, or 28% of"
            " all freight of 150 million tonnes.",
            "28%",
            "35%",
            "42 million tonnes",
            "150 million tonnes",
        ),
        # a relative clause with a date before the part, a comparison after it
        (
            "The orchard, whose owners bought it in 1998, picked 450 tonnes of apples, against"
            " 500 tonnes a year ago, or 25% of the valley harvest of 1,800 tonnes.",
            "25%",
            "20%",
            "450 tonnes",
            "1,800 tonnes",
        ),
        # the whole named by the share's noun in the sentence before; a relative clause
        # between the part and its share
        (
            "The clinic treated 2,400 patients in March. Some 960 of them, who had waited more"
            " than a month, came from outside the county, or 40% of the patients.",
            "40%",
            "30%",
            "960",
            "2,400",
        ),
        # a compound size as the whole, a date between it and the share
        (
            "The island's voters put 18 independents into its 60-seat council last spring, a"
            " share of 30%.",
            "30%",
            "36%",
            "18",
            "60",
        ),
        # an earlier clause's amount named like the phrase's unit is no whole; the part a
        # verb's subject past a relative clause
        (
            "The city spent Rs 4.2 lakh crore and raised Rs 3.1 lakh crore; the Rs 1.1 lakh"
            " crore by which spending outran income was 40 per cent of the revised estimate of"
            " Rs 2.75 lakh crore.",
            "40 per cent",
            "45 per cent",
            "Rs 1.1 lakh crore",
            "Rs 2.75 lakh crore",
        ),
    ],
)
def test_a_clear_reading_is_claimed_and_judged(
    clean: str, stated: str, slip: str, part: str, whole: str
) -> None:
    assert flagged(clean) == []
    assert shares(clean) == [(part, whole, "consistent")]
    wrong = clean.replace(stated, slip)
    assert [rule for rule, where in flagged(wrong) if slip in where] == ["CC201"]
    assert shares(wrong) == [(part, whole, "inconsistent")]


def test_no_reading_when_two_are_as_good() -> None:
    # two amounts the share's noun names in the sentence before, nothing to tell them
    # apart: no whole for that share, while the clear one in the next paragraph is judged
    text = (
        "Trucks moved 120 million tonnes of freight and barges 150 million tonnes of freight"
        " last year. Rail carried 42 million tonnes, or 35% of the freight.\n\n"
        "The clinic treated 2,400 patients in March. Some 960 of them, who had waited more"
        " than a month, came from outside the county, or 30% of the patients."
    )
    assert shares(text) == [("960", "2,400", "inconsistent")]
    assert [rule for rule, _ in flagged(text)] == ["CC201"]


# words between a part and its share: none, a compared value, a relative clause, a bracket
_BETWEEN = ("", ", against {old} million tonnes in 2015,", ", which the ministry counted", " (sic)")


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=20, max_value=90),
    st.sampled_from([10, 20, 25, 40, 50]),
    st.sampled_from(_BETWEEN),
    st.sampled_from([0, 7, -7]),
)
def test_intervening_words_keep_the_reading(part: int, share: int, between: str, slip: int) -> None:
    whole = part * 100 // share
    if whole * share != part * 100:
        whole = part * 100 // share + 1
        part = whole * share // 100
        if part * 100 != whole * share or part == 0:
            return
    stated = share + slip
    text = (
        f"Barges carried {part} million tonnes{between.format(old=part + 3)}, or {stated}% of"
        f" all freight of {whole} million tonnes."
    ).replace(",,", ",")
    found = shares(text)
    assert [(p, w) for p, w, _ in found] == [(f"{part} million tonnes", f"{whole} million tonnes")]
    assert [rule for rule, _ in flagged(text)] == ([] if slip == 0 else ["CC201"])
