"""Clean copy that named one figure's whole or earlier value next to a relation's own:
a yield or density compared with an earlier one is no total to spread over the area, and
a comparison after "212 of the 350 seats" may be of the part or of the whole, so no
change is read from it. Such text raises nothing; the same relations stated plainly
still catch a slip."""

from __future__ import annotations

import pytest

import claimcheck


def rules(text: str) -> list[str]:
    return [f.rule for f in claimcheck.check(text, date="2024-05-01").findings]


@pytest.mark.parametrize(
    "text",
    [
        "Maize yields averaged 3.4 tonnes a hectare, against 2.9 tonnes five years ago, on"
        " 12 million hectares.",
        "The district's density is 320 people per square kilometre, compared with 290 in 2010,"
        " across 9,000 km2.",
        "Rice farmers took in $1,450 per hectare, up from $1,200, on 800,000 hectares.",
    ],
)
def test_a_rate_compared_with_an_earlier_one_is_no_total_over_the_area(text: str) -> None:
    assert rules(text) == []


def test_a_yield_over_its_own_harvest_and_area_is_still_checked() -> None:
    clean = (
        "Farmers harvested 10.2 million tonnes, or 3.4 tonnes a hectare, against 2.9 tonnes"
        " five years ago, on 3 million hectares."
    )
    assert rules(clean) == []
    assert rules(clean.replace("3.4 tonnes a hectare", "4.4 tonnes a hectare")) == ["CC306"]


@pytest.mark.parametrize(
    "text",
    [
        "The ruling party won 212 of the 350 seats, down from 245.",
        "The carmaker kept 4,000 jobs out of its 9,500 in the region, down from 5,200.",
        "Ministers approved 61 of the 140 projects, up from 48 last year.",
    ],
)
def test_a_comparison_after_a_part_and_its_whole_reads_no_change(text: str) -> None:
    assert rules(text) == []


def test_a_comparison_after_a_count_alone_still_reads_its_change() -> None:
    assert rules("The ruling party won 212 seats, down from 245.") == []
    assert rules("The ruling party won 212 seats, up from 245.") == ["CC302"]
