"""A sentence pointing back to the figure before it may be reported ("Traders said that
was a 37.7% drop from ...") and its pointing noun may carry a relative clause, figures
and all ("The figure, which includes 76,765 claims lodged by Syrians, was 20.3% lower
than ..."); a change sized one way and its new value may be sized the other way in the
next sentence ("rose by 153,000 to 2.95 million. That was an increase of 5.5%")."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from readings import assert_caught, rules, unrounded


@pytest.mark.parametrize(
    ("clean", "find", "replace"),
    [
        (
            "Germany received 229,751 first-time asylum applications in 2024, the federal office"
            " said. The figure, which includes 76,765 claims lodged by Syrians, was 30.2% lower"
            " than the 329,120 filed in 2023.",
            "30.2%",
            "20.3%",
        ),
        (
            "A total of 1,266 people died on the roads in the 12 months to December. The toll,"
            " which includes 349 deaths in New South Wales and 296 in Victoria, was a rise of"
            " 7.3% on the 1,180 recorded in the previous 12 months.",
            "7.3%",
            "3.7%",
        ),
        (
            "A 90-kilogram bag of maize sold for KSh 4,870 in Nairobi in March. Traders said"
            " that was a 21.6% drop from the KSh 6,215 the same bag fetched a year before.",
            "21.6%",
            "37.7%",
        ),
    ],
)
def test_a_pointing_sentence_is_read_past_its_asides(clean: str, find: str, replace: str) -> None:
    assert_caught(clean, clean.replace(find, replace), "CC301")


def test_a_change_sized_in_counts_is_sized_again_in_percent() -> None:
    clean = (
        "The number of registered unemployed in Germany rose by 153,000 to 2.95 million in"
        " August, the agency said. That was an increase of 5.5%."
    )
    assert_caught(clean, clean.replace("5.5%", "8.5%"), "CC301")


@given(
    before=unrounded(1_001, 9_899),
    rise=unrounded(51, 899),
    error=st.sampled_from([-6.0, 6.0, 0.0]),
)
def test_a_rise_in_counts_restated_in_percent_is_flagged_only_when_wrong(
    before: int, rise: int, error: float
) -> None:
    after = before + rise
    assume(after % 10)  # a figure ending in 0 may be rounded to tens or more
    percent = round(100 * rise / before, 1) + error
    assume(percent > 0)
    text = (
        f"Sales rose by {rise:,} to {after:,} units in May. That was an increase of {percent:.1f}%."
    )
    assert rules(text) == ([] if error == 0 else ["CC301"])
