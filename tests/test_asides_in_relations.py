"""What may stand inside a relation without breaking it: an attribution between a total and
its breakdown ("11,243 transits in 2023, it said in its annual review: ...") or between a
list and its total ("..., the ministry said, for a grain total of ...") or between a
change's new value and its old one ("climbed to R1,486 in December, according to STR data
released on Thursday, from R1,297"); a record or a place before a compared value ("$3.71
billion, the highest since 2019, compared with", "in England and Wales, compared with"),
though never a place for each value ("in Europe, from $14 billion in Asia"); a deadline
between a change's two values ("grew to NZ$4.83 billion by 31 March 2022 from NZ$4.12 billion");
a name joined by "and" between a value and its comparison ("in England and Wales"); and
a fraction with the figure restating it ("More than half of Argentines, 52.9%,") counting
as one value for a sentence that points back to it; and "the average" closing a comparison
pointing back to the figure its paragraph names an average ("The UK average was £12,958.
London spent £14,842 per person, 15% above the average")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readings import assert_caught, change_pairs, flagged

# --- an attribution before a breakdown or a total ------------------------------------


@pytest.mark.parametrize(
    ("clean", "slipped"),
    [
        (
            "The coast guard logged 11,243 transits of the strait in 2023, it said in its"
            " annual review: 4,127 tankers, 3,865 bulk carriers, 2,039 container ships and"
            " 1,212 other vessels.",
            "The coast guard logged 11,243 transits of the strait in 2023, it said in its"
            " annual review: 4,127 tankers, 3,685 bulk carriers, 2,039 container ships and"
            " 1,212 other vessels.",
        ),
        (
            "Spending on the network reached €6.37 billion last year, the operator said on"
            " Friday: €2.91 billion on track, €1.84 billion on stations and €1.62 billion on"
            " signalling.",
            "Spending on the network reached €6.37 billion last year, the operator said on"
            " Friday: €2.91 billion on track, €1.48 billion on stations and €1.62 billion on"
            " signalling.",
        ),
        (
            "Ukraine exported 29.6 million tonnes of corn, 18.4 million tonnes of wheat and"
            " 2.7 million tonnes of barley, the agriculture ministry said, for a grain total"
            " of 50.7 million tonnes.",
            "Ukraine exported 29.6 million tonnes of corn, 16.4 million tonnes of wheat and"
            " 2.7 million tonnes of barley, the agriculture ministry said, for a grain total"
            " of 50.7 million tonnes.",
        ),
        (
            "The club took £14.26 million from season tickets and £3.97 million from"
            " memberships, according to its annual report, a combined total of £18.23 million.",
            "The club took £14.26 million from season tickets and £3.79 million from"
            " memberships, according to its annual report, a combined total of £18.23 million.",
        ),
    ],
)
def test_an_attribution_between_a_total_and_its_parts_is_passed_over(
    clean: str, slipped: str
) -> None:
    assert_caught(clean, slipped, "CC303")


def test_a_total_named_by_a_word_before_it_closes_a_list() -> None:
    """ "for a grain total of", "a record total of": a word may name the total."""
    assert_caught(
        "Exports were 3.81 million tonnes in May and 4.26 million tonnes in June, for a"
        " record total of 8.07 million tonnes.",
        "Exports were 3.81 million tonnes in May and 4.26 million tonnes in June, for a"
        " record total of 8.70 million tonnes.",
        "CC303",
    )


@given(
    parts=st.lists(st.integers(1_001, 9_999).filter(lambda n: n % 10), min_size=2, max_size=4),
    off=st.sampled_from([-1, 1]),
    who=st.sampled_from(["the ministry said", "it said on Monday", "according to the agency"]),
)
@settings(max_examples=60, deadline=None)
def test_a_breakdown_after_an_attribution_adds_up(parts: list[int], off: int, who: str) -> None:
    """Generated: a total, an attribution, a colon and its parts. The sum as stated is
    clean; a total off by a tenth of it is reported."""
    names = ["in the north", "in the south", "in the east", "in the west"]
    listed = [f"{p:,} {names[i]}" for i, p in enumerate(parts)]
    items = ", ".join(listed[:-1]) + " and " + listed[-1]
    total = sum(parts)

    def story(total: int) -> str:
        return f"The agency counted {total:,} claims in 2024, {who}: {items}."

    assert flagged(story(total)) == []
    wrong = total + off * max(total // 10, 11)
    assert [rule for rule, _ in flagged(story(wrong))] == ["CC303"]


# --- a deadline between a change's values --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Assets grew to NZ$4.83 billion by 31 March 2022 from NZ$4.12 billion, a 27.2% rise.",
        "The backlog fell to 6,482 cases by June from 8,113 cases, a 25.1% drop.",
    ],
)
def test_a_deadline_between_a_change_and_its_old_value_is_passed_over(text: str) -> None:
    assert [rule for rule, _ in flagged(text)] == ["CC301"]
    assert len(change_pairs(text)) == 1


# --- a name joined by "and" between a value and its comparison ----------------------


def test_a_name_joined_by_and_does_not_end_the_subject_of_a_comparison() -> None:
    assert_caught(
        "There were 119,125 individual insolvencies in England and Wales in 2023, 4.6%"
        " higher than the 113,889 recorded in 2022.",
        "There were 119,125 individual insolvencies in England and Wales in 2023, 6.4%"
        " higher than the 113,889 recorded in 2022.",
        "CC301",
    )


# --- an attribution between a change's new value and its old one ---------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Revenue per available room climbed to R1,486 in December, according to STR data"
            " released on Thursday, from R1,297 a year earlier. The 16.4% increase was driven"
            " mainly by room rates.",
            ("R1,297", "R1,486"),
        ),
        (
            "Exports fell to $3.71 billion in May, customs data published on Monday showed,"
            " from $4.06 billion a year earlier, a drop of 6.2%.",
            ("$4.06 billion", "$3.71 billion"),
        ),
    ],
)
def test_an_attribution_between_a_change_and_its_old_value_is_passed_over(
    text: str, pair: tuple[str, str]
) -> None:
    assert change_pairs(text) == [pair]
    assert [rule for rule, _ in flagged(text)] == ["CC301"]


# --- a time phrase or a joined name inside a total or a comparison -------------------


@pytest.mark.parametrize(
    "time",
    [
        " in the three months to June 30",
        " in the fiscal year that ended on 30 June",
        " at the end of March 2024",
    ],
)
def test_a_time_phrase_between_a_list_and_its_total_is_passed_over(time: str) -> None:
    story = (
        "Sales were $4.1 billion in Asia, $2.3 billion in Europe and $1.2 billion"
        " elsewhere{time}, a total of {total}."
    )
    assert_caught(
        story.format(time=time, total="$7.6 billion"),
        story.format(time=time, total="$8.6 billion"),
        "CC303",
    )


@pytest.mark.parametrize(
    ("clean", "slipped"),
    [
        (
            "Imports reached $48.3 billion in the fiscal year that ended on 30 June, $6.6"
            " billion more than exports of $41.7 billion.",
            "Imports reached $48.3 billion in the fiscal year that ended on 30 June, $7.6"
            " billion more than exports of $41.7 billion.",
        ),
        (
            "The agency collected 756.2 million rand in England and Wales, falling 38.7"
            " million rand short of its 794.9 million rand target.",
            "The agency collected 756.2 million rand in England and Wales, falling 83.7"
            " million rand short of its 794.9 million rand target.",
        ),
    ],
)
def test_a_time_or_a_joined_name_before_a_comparison_is_passed_over(
    clean: str, slipped: str
) -> None:
    assert_caught(clean, slipped, "CC304")


@pytest.mark.parametrize(
    "aside",
    [
        ", the company said on Tuesday,",
        ", data released on Friday show,",
        ", the highest since 2019,",
        " in England and Wales,",
    ],
)
def test_an_aside_before_a_compared_value_is_passed_over(aside: str) -> None:
    story = (
        "Revenue was $3.71 billion{aside} compared with $3.06 billion a year earlier, an"
        " increase of {size}."
    )
    assert_caught(
        story.format(aside=aside, size="21.2%"), story.format(aside=aside, size="12.2%"), "CC301"
    )


def test_a_place_after_each_value_makes_them_no_change() -> None:
    """ "in Europe, from ... in Asia": two places compared, not one moving."""
    assert flagged("Revenue climbed to $12.1 billion in Europe, from $14 billion in Asia.") == []


def test_a_fraction_and_the_figure_restating_it_are_one_value_pointed_back_to() -> None:
    story = (
        "More than half of Argentines, 52.9%, were living below the poverty line in the first"
        " half of 2024, Indec said. That is {gap} points higher than the 47.1% it had"
        " recorded in the previous reading."
    )
    assert_caught(story.format(gap="5.8"), story.format(gap="8.5"), "CC301")


@pytest.mark.parametrize(
    ("story", "right"),
    [
        (
            "The UK average was £12,958. London spent £14,842 per person, {size} above the"
            " average.",
            "14.5%",
        ),
        (
            "Spending per head reached the national average of €8,913 in 2024. In Bavaria it"
            " was €10,374, {size} above the national average.",
            "16.4%",
        ),
    ],
)
def test_a_comparison_with_the_average_points_back_to_the_figure_named_so(
    story: str, right: str
) -> None:
    assert_caught(story.format(size=right), story.format(size="25%"), "CC301")
