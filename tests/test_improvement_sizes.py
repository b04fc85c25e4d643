""" "An improvement of" and "a deterioration of" size the change just read, as "a move of"
does, whichever way it went: "rise to 14.8% of GDP from 13.5%, an improvement of 1.3
percentage points"."""

from __future__ import annotations

import pytest

from readings import assert_caught


@pytest.mark.parametrize(
    ("clean", "slipped", "rule"),
    [
        (
            "Revenue is forecast to rise to 17.6% of GDP next year from 16.2%, an improvement"
            " of 1.4 percentage points.",
            "Revenue is forecast to rise to 17.6% of GDP next year from 16.2%, an improvement"
            " of 8.6 percentage points.",
            "CC301",
        ),
        (
            "The jobless rate fell to 4.3% from 5.1%, an improvement of 0.8 points.",
            "The jobless rate fell to 4.3% from 5.1%, an improvement of 1.8 points.",
            "CC301",
        ),
        (
            "The current account balance slid to $3.27 billion from $4.91 billion, a"
            " deterioration of $1.64 billion.",
            "The current account balance slid to $3.27 billion from $4.91 billion, a"
            " deterioration of $1.46 billion.",
            "CC301",
        ),
    ],
)
def test_an_improvement_or_deterioration_sizes_the_change_before_it(
    clean: str, slipped: str, rule: str
) -> None:
    assert_caught(clean, slipped, rule)
