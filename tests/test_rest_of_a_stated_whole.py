"""A part stated out of its whole and the rest named after the whole in the same sentence
make the whole complete: "Women made up 241,317 of the 433,540 unemployed, with men
accounting for the remaining 192,223"."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from readings import assert_caught, flagged, unrounded


def test_a_part_of_a_whole_and_the_remaining_rest_add_up_to_it() -> None:
    clean = (
        "Women made up 241,317 of the 433,540 unemployed people recorded by the Hellenic"
        " Statistical Authority (ELSTAT) in August, with men accounting for the remaining"
        " 192,223."
    )
    assert_caught(clean, clean.replace("433,540", "443,540"), "CC303")


def test_a_rest_of_something_else_after_another_figure_is_not_read() -> None:
    text = (
        "Labour won 258 of the 650 seats, up from 203, and the remaining 35 of its target"
        " seats went to the Liberal Democrats."
    )
    assert flagged(text) == []


@given(
    part=unrounded(101, 9_899),
    rest=unrounded(101, 9_899),
    slip=st.sampled_from([0, 1_000, -50]),
)
def test_the_whole_is_flagged_only_when_part_and_rest_miss_it(
    part: int, rest: int, slip: int
) -> None:
    whole = part + rest + slip
    if whole % 10 == 0 or whole <= max(part, rest):
        return
    text = (
        f"Of the survey's respondents, {part:,} of the {whole:,} polled backed the plan,"
        f" and the remaining {rest:,} opposed it."
    )
    assert [rule for rule, _ in flagged(text)] == ([] if slip == 0 else ["CC303"])
