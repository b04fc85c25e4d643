"""A change whose verb a conjunct leaves out may carry its own size: "Operating profit rose
13.6% to £63.8m from £56.1m and earnings per share by 12.4% to 14.50p from 12.90p", "and
pensions by 6.3 percent, to R1 525 from R1 435"."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from readings import flagged, unrounded

SECOND = ("earnings per share by", "the dividend by", "net profit", "sales by")


@settings(max_examples=40, deadline=None)
@given(
    old=unrounded(1_001, 4_999),
    growth=st.integers(51, 300),
    second=st.sampled_from(SECOND),
    comma=st.sampled_from(["", ","]),
    slip=st.integers(5, 9),
)
def test_the_size_of_a_gapped_change_is_checked(
    old: int, growth: int, second: str, comma: str, slip: int
) -> None:
    new = round(old * (1 + growth / 1000))
    assume(round((new / old - 1) * 1000) == growth and new % 10)
    size = f"{growth / 10:.1f}%"
    text = "Operating profit rose 13.6% to £63.8m from £56.1m and {} {}{} to {:.2f}p from {:.2f}p."
    clean = text.format(second, size, comma, new / 100, old / 100)
    assert flagged(clean) == []
    wrong = f"{(growth + slip * 10) / 10:.1f}%"  # five points or more beyond the right size
    assert flagged(text.format(second, wrong, comma, new / 100, old / 100)) == [
        ("CC301", f"{wrong}{comma} to {new / 100:.2f}p from {old / 100:.2f}p")
    ]
