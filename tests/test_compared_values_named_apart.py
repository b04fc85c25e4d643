"""The value a difference is compared with may be named by a pronoun standing for the
first value's noun ("1.17 trillion yuan more than that of Shenzhen, which ranked third
behind Beijing at 3.68 trillion yuan") or stated in a dated bracket after its period
("€22.8bn more than in the previous year (2023: €271.9bn)")."""

from __future__ import annotations

import pytest

from readings import assert_caught


@pytest.mark.parametrize(
    ("clean", "find", "replace"),
    [
        (
            "Shanghai's gross domestic product reached 5.39 trillion yuan in 2024, 1.71 trillion"
            " yuan more than that of Shenzhen, which ranked third behind Beijing at 3.68"
            " trillion yuan, according to local statistics bureaus.",
            "1.71 trillion",
            "1.17 trillion",
        ),
        (
            "Spain's Tax Agency collected a record €294.7bn in 2024, €22.8bn more than in the"
            " previous year (2023: €271.9bn), driven by income tax and VAT.",
            "€22.8bn",
            "€28.2bn",
        ),
    ],
)
def test_a_compared_value_named_apart_is_read(clean: str, find: str, replace: str) -> None:
    assert_caught(clean, clean.replace(find, replace), "CC304")
