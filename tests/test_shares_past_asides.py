"""Shares read past what stands between their figures: an attribution after a part and its
year ("¥20.26 trillion in 2023, the ministry said, equal to 25.1% of ..."); and a whole
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
