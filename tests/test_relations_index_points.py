"""A market or survey index moved by points and a percentage ("The index closed down 312.5
points, or 0.9%, at 34,087.8"): the points are in the index's own unit, so its earlier
level is worked out from the new one and the percentage is checked against it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck


def change_findings(text: str) -> list[str]:
    return [f.rule for f in claimcheck.check(text, date="2024-06-01").findings]


@settings(max_examples=60, deadline=None)
@given(
    old=st.integers(min_value=2_000_000, max_value=40_000_000),  # tenths of a point
    percent=st.integers(min_value=3, max_value=40),  # tenths of a percent
    fell=st.booleans(),
)
def test_an_index_move_in_points_and_percent_is_checked_against_the_new_level(
    old: int, percent: int, fell: bool
) -> None:
    old_level = old / 10
    move = round(old_level * percent / 1000, 1)
    new_level = round(old_level - move if fell else old_level + move, 1)
    verb, link = ("fell", "at") if fell else ("rose", "to")
    stated = abs(new_level - old_level) / old_level * 100
    text = f"The index {verb} {move:,.1f} points, or {stated:.1f}%, {link} {new_level:,.1f}."
    assert change_findings(text) == []
    wrong = f"{stated + 1.5:.1f}%"  # well outside the rounding of every figure
    assert change_findings(text.replace(f"{stated:.1f}%", wrong)) == ["CC301"]


def test_the_message_shows_the_level_worked_out_from_the_points() -> None:
    text = "The Nikkei rose 412.1 points, or 2.2%, to 34,912.6."
    (finding,) = claimcheck.check(text).findings
    assert "34,500.5 (34,912.6 less 412.1 points)" in finding.message
    assert "+1.2%" in finding.message


def test_a_rate_moved_in_points_keeps_its_points_as_percentage_points() -> None:
    assert change_findings("The jobless rate rose 0.3 points, or 7%, to 4.6%.") == []
    assert change_findings("The jobless rate rose 0.3 points, or 17%, to 4.6%.") == ["CC301"]
