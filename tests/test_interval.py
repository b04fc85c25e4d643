"""Interval arithmetic encloses every result its operands allow."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.interval import Interval

finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
positive = st.floats(min_value=1e-3, max_value=1e6, allow_nan=False)


@st.composite
def intervals(draw: st.DrawFn, values: st.SearchStrategy[float] = finite) -> tuple[Interval, float]:
    """An interval and a point inside it."""
    a, b = sorted((draw(values), draw(values)))
    point = a if a == b else draw(st.floats(min_value=a, max_value=b))  # 0.0 and -0.0 too
    return Interval(a, b), point


@given(intervals(), intervals())
def test_sum_difference_and_product_enclose_the_point_results(
    x: tuple[Interval, float], y: tuple[Interval, float]
) -> None:
    (i, a), (j, b) = x, y
    for result, point in ((i + j, a + b), (i - j, a - b), (i * j, a * b)):
        assert result.low - 1e-6 * abs(point) <= point <= result.high + 1e-6 * abs(point)


@given(intervals(), intervals(positive))
def test_quotient_encloses_the_point_quotient(
    x: tuple[Interval, float], y: tuple[Interval, float]
) -> None:
    (i, a), (j, b) = x, y
    q = i / j
    assert q.low - 1e-9 * abs(a / b) <= a / b <= q.high + 1e-9 * abs(a / b)


def test_dividing_by_an_interval_containing_zero_is_refused() -> None:
    with pytest.raises(ZeroDivisionError):
        Interval(1, 2) / Interval(-1, 1)


def test_half_open_intervals_meet_what_lies_beyond_their_finite_end() -> None:
    more_than_30 = Interval(30, math.inf)
    assert more_than_30.meets(Interval(45, 46))
    assert not more_than_30.meets(Interval(20, 29))
    assert more_than_30.mid == 30


def test_ratio_to_measures_how_far_apart_two_ranges_are() -> None:
    assert Interval(7.0, 7.4).ratio_to(Interval(140, 162)) == pytest.approx(140 / 7.4)
    assert Interval(7.0, 7.4).ratio_to(Interval(7.2, 7.3)) == 1.0


def test_an_empty_interval_cannot_be_made() -> None:
    with pytest.raises(ValueError, match="empty"):
        Interval(2, 1)
