"""A fraction restated as a percentage across an age range after its noun (issue 10):
"more than one-third of adults aged 18 to 24, at 37.8%". The ages are no figures of the
relation; the words for them are in the vocabulary (`[age frames]`)."""

from __future__ import annotations

import pytest

import claimcheck


def findings(text: str) -> list[tuple[str, str]]:
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


def restatements(text: str) -> list[str | None]:
    return [
        v.verdict for c, v in claimcheck.check(text).judged() if c.kind == "fraction-restatement"
    ]


# (text with {} for the percentage, a percentage the fraction covers, one it does not)
AGED = [
    ("By age, more than one-third of adults aged 18 to 24, at {}%, did so.", "37.8", "31.8"),
    ("Nearly half of those aged 65 and over ({}%) live alone, the survey found.", "48", "58"),
    ("About two in five workers aged 16-24, or {} per cent, were on zero-hours deals.", "41", "61"),
    ("A quarter of children ages 5 to 11 - {}% - had been vaccinated by March.", "26", "36"),
]


@pytest.mark.parametrize(("text", "right", "wrong"), AGED)
def test_a_fraction_restated_past_an_age_range_is_checked(
    text: str, right: str, wrong: str
) -> None:
    assert findings(text.format(right)) == []
    assert restatements(text.format(right)) == ["consistent"]
    found = findings(text.format(wrong))
    assert [rule for rule, _ in found] == ["CC202"]
    assert wrong in found[0][1]


def test_an_age_range_is_never_the_whole_of_a_fraction() -> None:
    text = "More than one-third of adults aged 18 to 24 rent their home."
    claims = [c for c, _ in claimcheck.check(text).judged() if c.kind == "share"]
    assert all(getattr(c, "whole", None) is None for c in claims)
