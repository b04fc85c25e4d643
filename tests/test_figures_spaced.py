"""Tests for numbers whose digit groups a space separates ("R86 370 million", "1 234 567")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimcheck
from claimcheck.extract.figures import find_figures


def values(text: str) -> list[float]:
    return [f.value for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Revenue was R86 370 million last year.", 86_370e6),
        ("The fund holds €12 500 in cash.", 12_500),
        ("They paid 12 500 euros for it.", 12_500),
        ("A bill of 1 500 rand.", 1_500),
        ("Costs reached $1 234 567 this year.", 1_234_567),
        ("The town has 1\u00a0234\u00a0567 people.", 1_234_567),
        ("A road of 3\u202f000 km.", 3_000),
        ("Sales fell to -1 234 EUR.", -1_234),
        ("It cost R1 234.50 in all.", 1_234.5),
        ("The budget is R1 000 million.", 1_000e6),
    ],
)
def test_a_number_grouped_by_spaces_is_one_figure(text: str, value: float) -> None:
    assert values(text) == [pytest.approx(value)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2019 370 people moved away.", [2019, 370]),
        ("See rooms 101 102 on the left.", [101, 102]),
        ("The scores were 3 100 and 5.", [3, 100, 5]),
        ("Pay 12 50 euros.", [12, 50]),  # a group of two digits groups nothing
        ("Pay 1 2345 euros.", [1, 2345]),
        ("It was 12 500\n000 euros.", [12, 500]),  # never across a line break
    ],
)
def test_separate_figures_a_space_divides_stay_separate(text: str, expected: list[float]) -> None:
    assert values(text) == expected


@given(
    st.integers(min_value=1_000, max_value=999_999_999),
    st.sampled_from([" ", "\u00a0", "\u202f"]),
    st.sampled_from(["R{} million", "€{}", "{} euros", "US${} in grants"]),
)
def test_any_number_spelled_with_space_groups_reads_as_with_commas(
    number: int, space: str, shape: str
) -> None:
    spaced = f"{number:,}".replace(",", space)
    assert values(shape.format(spaced)) == values(shape.format(f"{number:,}"))


def test_a_spaced_change_is_read_as_one_change() -> None:
    clean = "Revenue rose 10% to R86 370 million from R78 518 million a year earlier."
    slipped = "Revenue rose 20% to R86 370 million from R78 518 million a year earlier."
    assert not claimcheck.check(clean).findings
    assert [f.rule for f in claimcheck.check(slipped).findings] == ["CC301"]
