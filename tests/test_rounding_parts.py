"""A part written above its total, when the two are rounded alike (issue 10).

Rounding is monotone: if a part were at most its total, it could not round above it. So
"sold 4.1 million, including 4.2 million in China" is wrong for certain, though the two
figures' intervals meet at 4.15 million. A hedge or a figure whose rounding step is unsure
keeps the doubt.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

import claimcheck

# Each opener with the marks its figures may take: counts have none.
OPENERS = [
    ("The carmaker sold {total} vehicles last year, including {part} in China.", ("",)),
    (
        "Revenue reached {total}, including {part} from its cloud unit, the company said.",
        ("$", "€", "£"),
    ),
    ("The ministry spent {total} on health, including {part} on hospitals.", ("$", "€", "£")),
    ("Exports were worth {total}, which includes {part} of crude oil shipments.", ("$", "€", "£")),
]
SCALES = ["million", "billion", "bn"]


def _written(tenths: int, mark: str, scale: str) -> str:
    return f"{mark}{tenths // 10}.{tenths % 10} {scale}".replace(" bn", "bn")


def total_findings(text: str) -> list[tuple[str, str]]:
    return [
        (f.rule, text[f.start : f.end])
        for f in claimcheck.check(text, date="2024-05-01").findings
        if f.rule == "CC303"
    ]


@given(
    opener=st.sampled_from(OPENERS),
    scale=st.sampled_from(SCALES),
    pick=st.integers(0, 2),
    tenths=st.integers(11, 989),
    above=st.integers(1, 3),
)
def test_a_part_written_above_its_total_is_found(
    opener: tuple[str, tuple[str, ...]], scale: str, pick: int, tenths: int, above: int
) -> None:
    assume(tenths % 10)
    template, marks = opener
    mark = marks[pick % len(marks)]
    total = _written(tenths, mark, scale)
    part = _written(tenths + above, mark, scale)
    text = template.format(total=total, part=part)
    assert total_findings(text) == [("CC303", total)]


@given(
    opener=st.sampled_from(OPENERS),
    scale=st.sampled_from(SCALES),
    pick=st.integers(0, 2),
    tenths=st.integers(11, 989),
    below=st.integers(0, 9),
)
def test_a_part_at_or_below_its_total_is_no_finding(
    opener: tuple[str, tuple[str, ...]], scale: str, pick: int, tenths: int, below: int
) -> None:
    assume(tenths % 10)
    template, marks = opener
    mark = marks[pick % len(marks)]
    text = template.format(
        total=_written(tenths, mark, scale), part=_written(tenths - below, mark, scale)
    )
    assert total_findings(text) == []


def test_a_hedged_total_or_an_unsure_step_keeps_the_doubt() -> None:
    for text in (
        "The carmaker sold about 4.1 million vehicles last year, including 4.2 million in China.",
        "The carmaker sold 4,000 vehicles last year, including 4,010 in China.",
    ):
        assert total_findings(text) == []


def test_the_finding_names_the_part_and_the_total() -> None:
    text = "Revenue reached $4.1 billion, including $4.2 billion from its cloud unit."
    (finding,) = claimcheck.check(text, date="2024-05-01").findings
    assert "$4.2 billion" in finding.message
    assert "more than the total of $4.1 billion" in finding.message
