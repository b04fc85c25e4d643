"""A change's new value before a reporting clause that names its source at length, and an
apposition pointing back to it: "2,816,442 visitors in March, the Ministry of Tourism and
Sports said on Monday, a figure 17.2% higher than the 2,403,170 recorded a year earlier"."""

from __future__ import annotations

import pytest

from readings import assert_caught, change_pairs


@pytest.mark.parametrize(
    ("text", "pair", "find", "replace"),
    [
        (
            "Air arrivals reached 1,407,263 in June, the Department of Immigration and"
            " Border Protection said on Friday, a figure 8.3% higher than the 1,299,347 of"
            " June last year.",
            ("1,299,347", "1,407,263"),
            "8.3%",
            "3.8%",
        ),
        (
            "The port handled 38,416 containers in May, the Port Authority of Santos and São"
            " Vicente said on Tuesday, 6.9% more than the 35,937 a year earlier.",
            ("35,937", "38,416"),
            "6.9%",
            "9.6%",
        ),
        (
            "Clinics treated 52,907 patients, a number 4.4% lower than the 55,341 seen in 2023.",
            ("55,341", "52,907"),
            "4.4%",
            "4.8%",
        ),
    ],
)
def test_the_value_before_the_clause_is_the_new_one(
    text: str, pair: tuple[str, str], find: str, replace: str
) -> None:
    assert pair in change_pairs(text)
    assert_caught(text, text.replace(find, replace, 1), "CC301")
