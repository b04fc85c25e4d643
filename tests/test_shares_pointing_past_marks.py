"""A share pointing back ("That is 96.5% of the Sh2.189 trillion target") and parts "of
that" are of the one level the sentence before states: neither a period's length ("In the
first ten months") nor a mark passed ("the first time it has passed Sh2 trillion") is
another candidate."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readings import flagged, unrounded

PERIODS = ("In the first ten months", "Over the past 12 months", "In the three months to June")
MARKS = ("passed", "crossed", "topped", "surpassed")


@settings(max_examples=40, deadline=None)
@given(
    target=unrounded(2_501, 2_999),  # at least 80.1% of it is over Sh2 trillion
    tenths=st.integers(801, 989),
    period=st.sampled_from(PERIODS),
    mark=st.sampled_from(MARKS),
    slip=st.integers(3, 9),
)
def test_a_share_points_back_past_a_period_and_a_mark(
    target: int, tenths: int, period: str, mark: str, slip: int
) -> None:
    collected = round(target * tenths / 1000)  # its share rounds back to `tenths`
    share = f"{tenths / 10:.1f}%"
    clean = (
        f"{period}, the authority collected Sh{collected / 1000:.3f} trillion, the first time"
        f" it has {mark} Sh2 trillion. That is {share} of the Sh{target / 1000:.3f} trillion"
        " it was meant to raise."
    )
    assert flagged(clean) == []
    wrong = f"{(tenths - 150 - slip * 10) / 10:.1f}%"  # beyond the tolerance for shares
    assert [rule for rule, _ in flagged(clean.replace(share, wrong))] == ["CC201"]


@settings(max_examples=30, deadline=None)
@given(
    europe=unrounded(501, 899),
    asia=unrounded(501, 899),  # together over $10 billion, past the mark
    mark=st.sampled_from(MARKS),
    slip=st.integers(2, 9),
)
def test_parts_of_that_add_up_to_the_level_not_the_mark(
    europe: int, asia: int, mark: str, slip: int
) -> None:
    total = europe + asia
    clean = (
        f"Sales {mark} $1 billion for the first time, reaching ${total / 100:.2f} billion. Of"
        f" that, ${europe / 100:.2f} billion came from Europe and the remaining"
        f" ${asia / 100:.2f} billion from Asia."
    )
    assert flagged(clean) == []
    wrong = f"${(asia + slip * 10) / 100:.2f} billion"
    slipped = clean.replace(f"remaining ${asia / 100:.2f} billion", f"remaining {wrong}")
    assert [rule for rule, _ in flagged(slipped)] == ["CC303"]
