"""A difference stated in basis points is shown to the precision its figures were written
to: "1.4 basis points against 0.9, a gap of 0.7 basis points" is told the gap is 0.5
basis points, not "0 basis points" (the points' rounding was taken for the basis points')."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

import claimcheck


@settings(max_examples=40, deadline=None)
@given(
    low=st.integers(1, 60),
    gap=st.integers(1, 40),
    slip=st.integers(2, 9),
)
def test_a_gap_in_basis_points_is_shown_to_its_tenths(low: int, gap: int, slip: int) -> None:
    assume(gap % 10)  # a whole number of basis points shows the same at any precision
    high, wrong = low + gap, gap + slip
    text = (
        f"Members pay {low / 10:.1f} basis points per trade, against {high / 10:.1f} basis"
        f" points on Xetra, a gap of {wrong / 10:.1f} basis points."
    )
    [finding] = claimcheck.check(text).findings
    assert f"is {gap / 10:.1f} basis points, not {wrong / 10:.1f} basis points" in finding.message
