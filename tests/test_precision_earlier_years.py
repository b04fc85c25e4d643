"""A comparison after a change sized without a base names its base only when its value
could be the change's starting point: one dated two years or more before the change's own
year (the latest other year its sentence names), or with none three years or more before
the story's date (a story may report the year before its own), is another value,
compared in passing ("rose 18% to 2.1 million, above the 1.9 million of 2019, before the
pandemic"), and no finding may come of reading it as the base."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck


def _rules(text: str, published: date | None = None) -> list[str]:
    return [finding.rule for finding in claimcheck.check(text, date=published).findings]


def test_a_value_years_before_the_story_is_not_the_base() -> None:
    text = (
        "Passenger numbers rose 18% to 2.1 million, above the 1.9 million of 2019, before "
        "the pandemic."
    )
    assert not _rules(text, date(2024, 3, 1))
    assert not _rules(text.replace("2.1 million,", "2.1 million in 2024,"))


def test_the_year_before_is_still_the_base() -> None:
    text = "Exports rose 12% to $5.6 billion, above the $5.2 billion of 2022."
    assert _rules(text, date(2023, 6, 1)) == ["CC301"]
    assert _rules(text, date(2024, 5, 1)) == ["CC301"]  # the story may report 2023
    assert _rules(text.replace("rose 12%", "rose 12% in 2023"), date(2024, 2, 1)) == ["CC301"]
    assert not _rules(text.replace("$5.2 billion", "$5.0 billion"), date(2023, 6, 1))


@settings(max_examples=40)
@given(story=st.integers(2005, 2026), back=st.integers(1, 8))
def test_a_finding_only_when_the_compared_year_may_be_the_base(story: int, back: int) -> None:
    """A size that does not fit the two values: found exactly when the compared value is
    of the year before the change's."""
    text = (
        f"Visitor numbers rose 25% to 2.1 million in {story}, above the 1.9 million of "
        f"{story - back}."
    )
    assert ("CC301" in _rules(text)) == (back == 1), text
