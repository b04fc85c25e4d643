"""Figures near a rate's cue that are not the rate: an average a comparing word introduces
is another population's ("10.5 litres per head, well above the OECD average of 8.6
litres"), and a count before a verb of reporting is no figure per member of the clause it
opens ("402 said an adult had skipped meals")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readings import flagged, unrounded

COMPARED = (
    "well above the OECD average of",
    "below the national average of",
    "against an EU average of",
    "higher than the regional average of",
)


@settings(max_examples=40, deadline=None)
@given(
    people=unrounded(1_101, 1_999),
    per=unrounded(61, 139),
    other=unrounded(31, 59),
    compared=st.sampled_from(COMPARED),
)
def test_an_average_a_comparing_word_introduces_is_another_population_s(
    people: int, per: int, other: int, compared: str
) -> None:
    total = people * per  # thousands of litres: people thousand x per / 10 litres
    text = (
        f"Estonia's {people:,},000 adults drank {total / 10_000:,.2f} million litres of"
        f" alcohol in 2022, or {per / 10:.1f} litres per head, {compared} {other / 10:.1f}"
        " litres."
    )
    assert flagged(text) == []
    wrong = f"{(per + 20) / 10:.1f}"
    slipped = text.replace(f"{per / 10:.1f} litres per head", f"{wrong} litres per head")
    assert flagged(slipped) == [("CC306", wrong)]


@settings(max_examples=30, deadline=None)
@given(
    surveyed=unrounded(1_201, 2_999),
    cut=unrounded(1_001, 1_199),
    said=unrounded(101, 999),
    member=st.sampled_from(("an adult", "a parent", "a child", "a member")),
)
def test_a_count_that_said_something_is_no_figure_per_member(
    surveyed: int, cut: int, said: int, member: str
) -> None:
    text = (
        f"Of the {surveyed:,} low-income households surveyed, {cut:,} in all said they had"
        f" cut back on heating, and {said} said {member} had skipped meals."
    )
    assert flagged(text) == []


def test_a_figure_per_member_with_its_unit_word_is_still_read() -> None:
    text = "The 650 seats drew 22.3 million votes, or 34,300 votes a seat."
    assert flagged(text) == []
    assert flagged(text.replace("34,300", "43,300")) == [("CC306", "43,300")]
