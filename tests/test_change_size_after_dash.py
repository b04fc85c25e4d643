"""A change's size set off after its pair of values by a dash, as by a comma: "compared with
43.75 cents the previous year — a decline of 7.5%"."""

from __future__ import annotations

import pytest

from readings import assert_caught


@pytest.mark.parametrize("dash", ["—", "–"])
@pytest.mark.parametrize(
    ("clean", "slipped"),
    [
        (
            "Drivers paid 163.8 pence a litre in March, compared with 151.2 pence a year"
            " earlier {dash} a rise of 8.3%.",
            "Drivers paid 163.8 pence a litre in March, compared with 151.2 pence a year"
            " earlier {dash} a rise of 3.8%.",
        ),
        (
            "Median rent went from $1,417 in 2022 to $1,539 in 2024 {dash} an increase of 8.6%.",
            "Median rent went from $1,417 in 2022 to $1,539 in 2024 {dash} an increase of 6.8%.",
        ),
    ],
)
def test_a_size_after_a_dash_is_judged_against_the_pair(
    clean: str, slipped: str, dash: str
) -> None:
    assert_caught(clean.format(dash=dash), slipped.format(dash=dash), "CC301")
