"""Parts listed as counts, each named by what it counts after it ("5,395,872 foreign
nationals and 553,478 overseas Filipinos"), and a last part's name with "and" inside it
("in special and alternative programmes"), after a breakdown cue; and two false alarms
of the same passages' neighbours: a capital letter naming a type ("influenza A
detections") is no rate "a detection", and a count inside what a gap is between ("the
city's two busiest museums") is not the gap."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.model.claims import TotalClaim
from readings import assert_caught, flagged


def _parts_read(text: str) -> list[list[str]]:
    return [
        [p.text for p in c.parts]
        for c in claimcheck.check(text).claims
        if isinstance(c, TotalClaim)
    ]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "The port handled 8,417 vessel calls last year. The figure comprised 6,934"
            " cargo ships and 1,483 cruise liners.",
            ["6,934", "1,483"],
        ),
        (
            "Membership stood at 23,681 in March, the union said. That total is made up of"
            " 14,209 nurses, 6,517 care assistants and 2,955 porters.",
            ["14,209", "6,517", "2,955"],
        ),
        (
            "Applications reached 31,473 this year. This was made up of 17,286 at"
            " undergraduate level, 9,531 at postgraduate level and 4,656 in further and"
            " adult education.",
            ["17,286", "9,531", "4,656"],
        ),
    ],
)
def test_counted_parts_named_after_their_figures_are_read(text: str, parts: list[str]) -> None:
    assert _parts_read(text) == [parts]
    assert flagged(text) == []


def test_counted_parts_that_miss_their_total_are_reported() -> None:
    assert_caught(
        "The port handled 8,417 vessel calls last year. The figure comprised 6,934 cargo"
        " ships and 1,483 cruise liners.",
        "The port handled 8,147 vessel calls last year. The figure comprised 6,934 cargo"
        " ships and 1,483 cruise liners.",
        "CC303",
    )


@settings(max_examples=40, deadline=None)
@given(
    parts=st.lists(st.integers(min_value=1_001, max_value=99_999), min_size=2, max_size=3),
    off=st.integers(min_value=11, max_value=900),
)
def test_a_total_its_counted_parts_miss_is_always_reported(parts: list[int], off: int) -> None:
    """The parts' sum as the total is never flagged; a total off by more is."""
    total = sum(parts)
    assume(all(p % 10 for p in parts) and total % 10 and (total + off) % 10)
    nouns = ("buses", "trams", "ferries")

    def text(stated: int) -> str:
        listed = [f"{p:,} {noun}" for p, noun in zip(parts, nouns, strict=False)]
        return (
            f"The operator ran {stated:,} services on Sunday. The figure comprised "
            + (", ".join(listed[:-1]) + " and " + listed[-1])
            + "."
        )

    assert flagged(text(total)) == []
    assert [rule for rule, _ in flagged(text(total + off))] == ["CC303"]


def test_a_capital_letter_after_a_count_is_no_rate() -> None:
    text = (
        "Laboratories logged 2,846 influenza A detections, 1,379 RSV detections and 517"
        " SARS-CoV-2 detections in week 31, taking detections for the week to 4,742."
    )
    assert flagged(text) == []


def test_a_count_in_what_a_gap_is_between_is_not_the_gap() -> None:
    text = (
        "The cathedral drew 1,736,214 visitors in 2023, against 1,284,597 at the castle."
        " The gap between the town's two biggest sights was 451,617, the tourist board said."
    )
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Some 3,418 out of 2,874 candidates passed the exam.",
        "The survey found 6,934 organic farms out of a total of 5,281 holdings.",
    ],
)
def test_a_part_out_of_a_smaller_whole_is_reported(text: str) -> None:
    assert [rule for rule, _ in flagged(text)] == ["CC303"]


def test_a_part_out_of_its_whole_passes() -> None:
    assert flagged("The survey found 1,934 organic farms out of a total of 5,281 holdings.") == []
