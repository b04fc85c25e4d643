"""A change's old value in the sentence after it, dated at the earlier time and naming
what changed by its word or another of its measure: "Car sales fell 6.3% to 41,872 in
March. A year earlier, dealers had sold 44,686 cars."."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from readings import assert_caught, change_pairs, flagged


@pytest.mark.parametrize(
    ("text", "pair", "find", "replace"),
    [
        (
            "Registrations of new vans dropped 4.8% to 21,356 in October. A year earlier,"
            " dealers had registered 22,433 vans, the trade body said.",
            ("22,433", "21,356"),
            "4.8%",
            "8.4%",
        ),
        (
            "Outlays on defence grew 3.7 percent in 2023 to $917 billion, the institute said."
            " Expenditure had stood at $884 billion in 2022.",
            ("$884 billion", "$917 billion"),
            "3.7 percent",
            "7.3 percent",
        ),
        (
            "Overseas shipments climbed 6.4% from a year before to 48.91 billion ringgit in"
            " August. In August last year, exports had come to 45.97 billion ringgit.",
            ("45.97 billion ringgit", "48.91 billion ringgit"),
            "6.4%",
            "4.6%",
        ),
        (
            "Property sales in the county slid 9.1% to 3,187 in the first half. Twelve months"
            " ago, 3,506 homes had been sold there.",
            ("3,506", "3,187"),
            "9.1%",
            "1.9%",
        ),
    ],
)
def test_the_old_value_dated_in_the_next_sentence(
    text: str, pair: tuple[str, str], find: str, replace: str
) -> None:
    assert pair in change_pairs(text)
    assert_caught(text, text.replace(find, replace, 1), "CC301")


@pytest.mark.parametrize(
    "text",
    [
        # another measure in the next sentence
        "Exports climbed 9.4% to $12.41 billion in June. A year earlier, imports had"
        " totalled $11.55 billion.",
        "Exports climbed 9.4% to $12.41 billion in June. A year earlier, the trade surplus"
        " had stood at $1.55 billion.",
        # the period is what the next figure is compared with, not its date
        "Pre-tax profit rose to £35.47 million, the company said. Operating profit was"
        " unchanged from the previous year at £51.5 million.",
        # a later year, not the earlier one
        "Spending rose 5.9 percent in 2024 to $1,482 billion. Spending will reach $1,526"
        " billion in 2025.",
    ],
)
def test_no_old_value_from_another_measure_or_time(text: str) -> None:
    assert change_pairs(text) == []
    assert flagged(text) == []


@settings(max_examples=40, deadline=None)
@given(
    before=st.integers(min_value=1_001, max_value=89_999),
    fall=st.integers(min_value=3, max_value=40),
    off=st.integers(min_value=3, max_value=9),
)
def test_a_fall_with_its_old_value_in_the_next_sentence(before: int, fall: int, off: int) -> None:
    """The right size is never flagged; one several points off always is."""
    after = round(before * (1 - fall / 100))
    assume(after % 10 and before % 10)  # written to the unit
    size = (before - after) / before * 100

    def text(stated: float) -> str:
        return (
            f"Home sales fell {stated:.1f}% to {after:,} in May, the board said. In May last"
            f" year, {before:,} houses had changed hands."
        )

    assert flagged(text(size)) == []
    assert [rule for rule, _ in flagged(text(size + off))] == ["CC301"]
