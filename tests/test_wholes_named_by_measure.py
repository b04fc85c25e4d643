"""A share's whole named by another word of its measure (`[same measure]`): "of outbound
shipments" names "exports of $683.8 billion", "of all residents" names "2,411
inhabitants"; and a change's earlier state named so: "Expenditure had stood at ..." after
"spending rose"."""

from __future__ import annotations

import pytest

from readings import assert_caught, change_pairs, flagged


@pytest.mark.parametrize(
    ("text", "find", "replace"),
    [
        (
            "Exports reached $683.8 billion last year. Semiconductors brought in $141.9"
            " billion, accounting for 20.8 per cent of outbound shipments.",
            "20.8 per cent",
            "24.8 per cent",
        ),
        (
            "Tourist arrivals reached 2,816,442 in March. Malaysians made up 412,905, or"
            " 14.7% of all visitors.",
            "14.7%",
            "17.4%",
        ),
    ],
)
def test_a_whole_named_by_another_word_of_its_measure(text: str, find: str, replace: str) -> None:
    assert_caught(text, text.replace(find, replace, 1), "CC201")


def test_a_word_of_another_measure_names_no_whole() -> None:
    text = (
        "Imports reached $612.4 billion last year. Semiconductors brought in $141.9 billion,"
        " accounting for 24.8 per cent of outbound shipments."
    )
    assert flagged(text) == []


def test_an_earlier_state_named_by_another_word_of_its_measure() -> None:
    text = (
        "Health spending rose 5.9 percent in 2024 to $1,482 billion. Expenditure had stood"
        " at $1,426 billion in 2023."
    )
    assert ("$1,426 billion", "$1,482 billion") in change_pairs(text)
    assert [rule for rule, _ in flagged(text)] == ["CC301"]


def test_the_figure_names_the_whole_counted_before() -> None:
    """ "Of the figure", like "of the total", names the one count of the part's kind before
    it, whatever qualifies it."""
    text = (
        "An estimated 13.08 million people were unemployed in April. The euro countries"
        " accounted for 10.87 million of them, or 83.1% of the EU figure."
    )
    assert_caught(text, text.replace("83.1%", "63.1%"), "CC201")
