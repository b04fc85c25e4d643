"""A share bracketed after a part counted "of" its whole is the part's share of that whole
("88 of 806 (10.9%) dropped out"), never the whole's share of another figure; and a "that"
after a comma opens a clause of its own, so the figure before it is not the part of a share
whose subject the clause names ("£2.14 billion, that means streaming made up 80.8%")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from readings import assert_caught, flagged


def test_a_share_bracketed_after_a_counted_whole_is_of_that_whole() -> None:
    assert_caught(
        "In the 24-week study, 62 of 811 participants (7.6%) withdrew in the treatment arm,"
        " against 88 of 806 (10.9%) in the placebo arm.",
        "In the 24-week study, 62 of 811 participants (7.6%) withdrew in the treatment arm,"
        " against 88 of 806 (19.9%) in the placebo arm.",
        "CC201",
    )


@given(
    part=st.integers(11, 4_999).filter(lambda n: n % 10),
    extra=st.integers(11, 4_999).filter(lambda n: n % 10),
    link=st.sampled_from(["of", "out of"]),
)
@settings(max_examples=60, deadline=None)
def test_counted_shares_in_brackets_are_checked(part: int, extra: int, link: str) -> None:
    """Generated: "N of M (p%)", "N out of M (p%)". The share as rounded is clean; one ten
    points off is reported as a share of M ("N / M = ...") or, counted "out of", as a
    fraction ("N out of M is ...")."""
    whole = part + extra

    def story(share: float) -> str:
        return f"By the deadline, {part:,} {link} {whole:,} ({share:.1f}%) had replied."

    right = round(100 * part / whole, 1)
    assert flagged(story(right)) == []
    wrong = right + 10 if right < 50 else right - 10
    findings = claimcheck.check(story(wrong)).findings
    assert [f.rule for f in findings] in (["CC201"], ["CC202"])
    said = f"{part:,} / {whole:,}" if findings[0].rule == "CC201" else f"{part} {link} {whole}"
    assert said in findings[0].message


def test_a_that_after_a_comma_opens_a_clause_of_its_own() -> None:
    text = (
        "British music streaming generated £1.73 billion in 2024, the BPI said. With total"
        " recorded-music revenue at £2.14 billion, that means streaming made up 80.8% of the"
        " market."
    )
    assert flagged(text) == []
