"""A level the clause states before its change is the change's old value when the same
subject then moves on: "Unemployment stood at 4.1% in May and rose to 4.3% in June"; "The
deficit, estimated at 5.1% of GDP in 2024, is projected to narrow to 4.5% in 2025"."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from readings import assert_caught, change_pairs, rules


@pytest.mark.parametrize(
    ("clean", "slipped", "pair"),
    [
        (
            "Kenya's inflation stood at 6.8 percent in March and eased to 6.4 percent in April, "
            "the statistics bureau said.",
            "Kenya's inflation stood at 6.8 percent in March and quickened to 6.4 percent in "
            "April, the statistics bureau said.",
            ("6.8 percent", "6.4 percent"),
        ),
        (
            "The general government deficit, put at 4.7 percent of GDP for 2023, is meant to "
            "shrink to 3.4 percent in 2024.",
            "The general government deficit, put at 4.7 percent of GDP for 2023, is meant to "
            "widen to 3.4 percent in 2024.",
            ("4.7 percent", "3.4 percent"),
        ),
        (
            "For the outgoing year the deficit was budgeted at Rs 7,506 billion and later "
            "revised up to Rs 8,388 billion.",
            "For the outgoing year the deficit was budgeted at Rs 7,506 billion and later "
            "revised down to Rs 8,388 billion.",
            ("Rs 7,506 billion", "Rs 8,388 billion"),
        ),
        (
            "Growth was first put at 1.9%, but was later revised up to 2.1%.",
            "Growth was first put at 2.3%, but was later revised up to 2.1%.",
            ("1.9%", "2.1%"),
        ),
        (
            "Brent was at $80 a barrel on Monday and fell to $78 on Tuesday.",
            "Brent was at $76 a barrel on Monday and fell to $78 on Tuesday.",
            ("$80", "$78"),
        ),
    ],
)
def test_a_level_before_a_move_is_its_old_value(
    clean: str, slipped: str, pair: tuple[str, str]
) -> None:
    assert pair in change_pairs(clean)
    assert not rules(clean)
    assert rules(slipped) == ["CC302"]


def test_a_sized_move_is_checked_against_the_level() -> None:
    clean = "The population was 25.1 million in 2018 and grew 2.4% to 25.7 million in 2020."
    slipped = "The population was 25.1 million in 2018 and grew 4.2% to 25.7 million in 2020."
    assert_caught(clean, slipped, "CC301")


@pytest.mark.parametrize(
    "text",
    [
        # another subject moves: the level is not its old value
        "Exports stood at $5 billion in May and imports fell to $6 billion in June.",
        "The target was put at 2% and inflation is forecast to fall to 2.5% next year.",
        # the verb moves an object of its own
        "The lender was valued at $5 billion and raised its dividend to $6 billion.",
        # a level in an aside that is not dated compares with a forecast
        "Profit, seen at $5 billion by analysts, fell to $5.5 billion.",
        # the sized move names another base
        "Inflation was 3% in May and rose 0.5 points to 3.2% in June from a year earlier.",
        # words of another kind stand between
        "Unemployment was 6% in 2019, before the pandemic, and fell to 7% in 2020.",
    ],
)
def test_no_level_is_read_where_the_words_do_not_tie_it_to_the_move(text: str) -> None:
    assert not rules(text)


@pytest.mark.parametrize(
    ("clean", "slipped"),
    [
        (
            "Spending on social protection has climbed from R72.3 billion in 2005/06, 4.6 "
            "percent of GDP, to a projected R118.1 billion in 2009/10.",
            "Spending on social protection has climbed from R72.3 billion in 2005/06, 4.6 "
            "percent of GDP, to a projected R68.1 billion in 2009/10.",
        ),
        (
            "British Columbia expects a deficit of $13.3 billion in 2026/27, 2.9 percent of "
            "GDP and up from $9.6 billion this year.",
            "British Columbia expects a deficit of $13.3 billion in 2026/27, 2.9 percent of "
            "GDP and down from $9.6 billion this year.",
        ),
        (
            "The province expects a deficit of $13.3 billion in 2026/27, 2.9 percent of GDP, "
            "up from $9.6 billion this year.",
            "The province expects a deficit of $8.3 billion in 2026/27, 2.9 percent of GDP, "
            "up from $9.6 billion this year.",
        ),
        (
            "Spending climbed to R118.1 billion in 2009/10, or 4.8 percent of GDP, from "
            "R72.3 billion in 2005/06.",
            "Spending climbed to R68.1 billion in 2009/10, or 4.8 percent of GDP, from "
            "R72.3 billion in 2005/06.",
        ),
    ],
)
def test_a_dated_value_restated_as_a_share_does_not_break_the_change(
    clean: str, slipped: str
) -> None:
    assert not rules(clean)
    assert rules(slipped) == ["CC302"]


@pytest.mark.parametrize(
    "text",
    [
        "The deficit will shrink to $514 billion, or 3 percent of GDP, from $680 billion, or "
        "4.2 percent.",
        "Debt is projected to rise to 1,196.2 trillion won, 51 percent of GDP, from 1,134.4 "
        "trillion won, or 50.4 percent.",
        "Public debt rose to GH¢391.9 billion, 78.0% of GDP, at the end of March, from "
        "GH¢351.8 billion (76.6%) in December.",
    ],
)
def test_the_old_value_restated_as_a_share_is_no_size_of_the_change(text: str) -> None:
    """Once the new value is restated as a share, a percentage after the old value is its
    share too, not the size of the change."""
    assert not rules(text)


_VERBS = {"rose": 1, "climbed": 1, "widened": 1, "fell": -1, "eased": -1, "narrowed": -1}
_LEVELS = ["stood at", "was", "was estimated at", "was put at"]
_JOINS = ["and", "but", "and later", "and has since", ", but"]


@settings(max_examples=60, deadline=None)
@given(
    old=st.integers(10, 99),
    new=st.integers(10, 99),
    verb=st.sampled_from(sorted(_VERBS)),
    level=st.sampled_from(_LEVELS),
    join=st.sampled_from(_JOINS),
)
def test_a_finding_exactly_when_the_verb_contradicts_the_two_levels(
    old: int, new: int, verb: str, level: str, join: str
) -> None:
    """Two rates to one decimal, written to the same precision: the verb's way is wrong
    exactly when the order of the two says the other way."""
    assume(old != new)
    written = {"has since": {"rose": "risen", "fell": "fallen"}}.get(join.split()[-1], {})
    moved = written.get(verb, verb)
    joined = join if join.startswith(",") else f" {join}"
    text = (
        f"The jobless rate {level} {old / 10:.1f}% in March{joined} {moved} to "
        f"{new / 10:.1f}% in April, the statistics office said."
    )
    wrong = (new - old) * _VERBS[verb] < 0
    assert ("CC302" in rules(text)) == wrong, text
