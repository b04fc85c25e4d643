"""A running total named between "bringing its total" and "to" ("bringing its total energy
bill to €2,347") is the total of the parts listed before it, as "bringing the total to"
is; it may hold more than the list, never less."""

from __future__ import annotations

from readings import flagged


def test_parts_above_a_named_running_total_are_reported() -> None:
    text = (
        "A household will spend €1,012 on electricity and €1,353 on gas, bringing its total"
        " energy bill to €2,347."
    )
    assert [rule for rule, _ in flagged(text)] == ["CC303"]


def test_a_named_running_total_may_hold_more_than_the_parts() -> None:
    text = (
        "A household will spend €1,012 on electricity and €1,335 on gas, bringing its total"
        " energy bill to €2,517."
    )
    assert flagged(text) == []
