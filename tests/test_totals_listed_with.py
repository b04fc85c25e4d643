"""A total "together" names before it (as "a combined" and "totalled" do), and its
parts listed after ", with": "Ticketing and hospitality together reached ¥4.83 billion,
with ticketing contributing ¥3.16 billion and hospitality ¥1.67 billion". The list may
leave parts out, so parts that fall short pass and parts that exceed the total are
reported."""

from __future__ import annotations

import pytest

from readings import assert_caught, flagged


@pytest.mark.parametrize(
    ("text", "find", "replace"),
    [
        (
            "Fees and grants together reached $2.84 billion last year, with fees bringing in"
            " $1.73 billion and grants $1.11 billion.",
            "$1.11 billion",
            "$1.71 billion",
        ),
        (
            "The two councils together hold reserves of £84.6m, with Harrow holding £51.3m"
            " and Brent £33.3m, the audit found.",
            "£51.3m",
            "£57.3m",
        ),
    ],
)
def test_parts_listed_after_with_may_not_exceed_the_total(
    text: str, find: str, replace: str
) -> None:
    assert_caught(text, text.replace(find, replace, 1), "CC303")


def test_parts_listed_after_with_may_fall_short() -> None:
    text = (
        "The two carriers earned a combined $1,436 million, with Delta contributing $806"
        " million and Alaska $417 million."
    )
    assert flagged(text) == []
