"""A reporting clause closed by a dash, as by a comma, is passed over between a value and
the comparison after it: "... in April, Eurostat data showed — 1.02 million more than
Italy, where 1.96 million were unemployed"."""

from __future__ import annotations

import pytest

from readings import assert_caught


@pytest.mark.parametrize("dash", ["—", "–"])
def test_a_comparison_after_a_reporting_clause_and_a_dash_is_checked(dash: str) -> None:
    assert_caught(
        f"Poland had 3.86 million pensioners in May, the statistics office said {dash} 1.27"
        " million more than Romania, where 2.59 million drew a pension.",
        f"Poland had 3.86 million pensioners in May, the statistics office said {dash} 1.72"
        " million more than Romania, where 2.59 million drew a pension.",
        "CC304",
    )
