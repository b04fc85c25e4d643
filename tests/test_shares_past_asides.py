"""Shares read past what stands between their figures: an attribution after a part and its
year ("¥20.26 trillion in 2023, the ministry said, equal to 25.1% of ..."); a time, a
place or a record after a part ("$41.3 billion in the fiscal year that ended on 30 June,
accounting for", "... in England and Wales, or", "..., the highest since 2019, accounting
for"); and a whole
named by a noun ("of the EU figure") found in the sentence before past a change's size
there ("13.08 million were unemployed, down 226,000"), which is no whole."""

from __future__ import annotations

import pytest

from readings import assert_caught


@pytest.mark.parametrize(
    ("clean", "slipped"),
    [
        (
            "Shipments to the United States totalled ¥20.26 trillion in 2023, the Ministry of"
            " Finance said, equal to 20.1% of Japan's ¥100.88 trillion in total exports.",
            "Shipments to the United States totalled ¥20.26 trillion in 2023, the Ministry of"
            " Finance said, equal to 25.1% of Japan's ¥100.88 trillion in total exports.",
        ),
        (
            "Online sales reached €4.37 billion in March 2024, the agency said on Friday,"
            " equal to 21.3% of the €20.51 billion total.",
            "Online sales reached €4.37 billion in March 2024, the agency said on Friday,"
            " equal to 12.3% of the €20.51 billion total.",
        ),
    ],
)
def test_an_attribution_after_a_part_and_its_year_is_passed_over(clean: str, slipped: str) -> None:
    assert_caught(clean, slipped, "CC201")


def test_a_change_size_in_the_sentence_before_is_no_whole() -> None:
    story = (
        "Eurostat estimated that 13.08 million people in the European Union were unemployed"
        " in April, down 226,000 from a year earlier. The 20 countries sharing the euro"
        " accounted for 10.87 million of them, or {share} of the EU figure, and the euro"
        " area jobless rate held at 6.4%."
    )
    assert_caught(story.format(share="83.1%"), story.format(share="93.1%"), "CC201")


@pytest.mark.parametrize(
    "aside",
    [
        " in the fiscal year that ended on 30 June,",
        " at the end of March 2024,",
        ", the highest since 2019,",
        " in 2023, a record,",
    ],
)
def test_a_time_or_a_record_after_a_part_is_passed_over(aside: str) -> None:
    story = (
        "Exports to China reached $41.3 billion{aside} accounting for {share} of total"
        " exports of $163.7 billion."
    )
    assert_caught(
        story.format(aside=aside, share="25.2%"),
        story.format(aside=aside, share="35.2%"),
        "CC201",
    )


@pytest.mark.parametrize(
    "place", [" in England and Wales,", " in the Democratic Republic of Congo,"]
)
def test_a_place_after_a_part_is_passed_over(place: str) -> None:
    story = "Exports reached $41.3 billion{place} or {share} of the $163.7 billion total."
    assert_caught(
        story.format(place=place, share="25.2%"),
        story.format(place=place, share="35.2%"),
        "CC201",
    )
