"""A bracket right after a value that breaks it down ("£14,842 per person (£12,605 current,
£2,237 capital), 15% above the average") stands between the value and the change stated
after it: the change is of the value, not of the last figure in the bracket."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readings import flagged, unrounded

NAMES = (("current", "capital"), ("wages", "other costs"), ("cash", "in kind"))


@settings(max_examples=40, deadline=None)
@given(
    average=unrounded(10_001, 12_999),
    tenths=st.integers(101, 249),
    share=st.integers(61, 89),
    names=st.sampled_from(NAMES),
    slip=st.integers(4, 9),
)
def test_a_change_after_a_bracket_of_parts_is_of_the_value_before_it(
    average: int, tenths: int, share: int, names: tuple[str, str], slip: int
) -> None:
    value = round(average * (1 + tenths / 1000))
    value += 0 if value % 10 else 1
    first = round(value * share / 100)
    first += 0 if first % 10 else 1
    size = round((value / average - 1) * 100)
    text = (
        "The UK average was £{:,}. London spent £{:,} per person (£{:,} {}, £{:,} {}), {}% above"
        " the average."
    )
    figures = (average, value, first, names[0], value - first, names[1])
    assert flagged(text.format(*figures, size)) == []
    assert [rule for rule, _ in flagged(text.format(*figures, size + slip))] == ["CC301"]
