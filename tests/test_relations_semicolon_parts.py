"""A total and its parts in the clause after a semicolon, as in the next sentence: "Sales
rose 4% to 11.2 billion euros; Europe accounted for 6.3 billion euros and Asia for 2.9
billion euros"."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from readings import assert_caught, rules


def test_parts_after_a_semicolon_split_the_total_before_it() -> None:
    clean = (
        "Sales rose 4% to 11.23 billion euros; Europe accounted for 6.31 billion euros and "
        "Asia for 2.94 billion euros."
    )
    assert_caught(clean, clean.replace("6.31 billion", "9.31 billion"), "CC303")


def test_a_semicolon_clause_without_parts_leaves_the_next_sentence() -> None:
    clean = (
        "The ministry spent €412.6 million; it had planned to spend less. Hospitals "
        "accounted for €230.4 million and clinics for €131.9 million."
    )
    assert_caught(clean, clean.replace("€230.4 million", "€330.4 million"), "CC303")


@settings(max_examples=60, deadline=None)
@given(
    total=st.integers(min_value=1_001, max_value=9_999),
    parts=st.tuples(st.integers(101, 6_999), st.integers(101, 6_999)),
    verb=st.sampled_from(["accounted for", "made up", "contributed"]),
)
def test_parts_after_a_semicolon_may_fall_short_never_exceed(
    total: int, parts: tuple[int, int], verb: str
) -> None:
    """Whatever the figures, the parts are a finding exactly when they exceed the total
    (every figure written to the unit, their sum never the total; no figure ends in a
    zero, which may be rounded to the ten: "1,110" allows 1,105 to 1,115)."""
    assume(sum(parts) != total)
    assume(all(figure % 10 for figure in (total, *parts)))
    text = (
        f"Exports came to ${total:,} million in 2023; machinery {verb} ${parts[0]:,} million "
        f"and chemicals ${parts[1]:,} million."
    )
    assert rules(text) == (["CC303"] if sum(parts) > total else [])
