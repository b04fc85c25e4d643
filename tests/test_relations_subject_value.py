"""A verb's new value stated in its subject, right before it, when the verb gives only its
size and old value: "Revenue of $5.0 billion rose 25% from $4.0 billion", "Revenue, at
$5.0 billion, has grown 25% from $4.0 billion"; never a value of another clause."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readings import assert_caught, change_pairs, rules


def test_the_subjects_value_is_the_new_value() -> None:
    clean = "Revenue of $5.0 billion rose 25% from $4.0 billion in 2022."
    assert change_pairs(clean) == [("$4.0 billion", "$5.0 billion")]
    assert_caught(clean, clean.replace("25%", "35%"), "CC301")


def test_the_subjects_value_set_off_by_at() -> None:
    clean = "Development spending, at Sh321 billion, has ballooned 24% from Sh258 billion."
    assert change_pairs(clean) == [("Sh258 billion", "Sh321 billion")]
    assert_caught(clean, clean.replace("24%", "42%"), "CC301")


def test_a_value_of_another_clause_is_no_new_value() -> None:
    """Words of their own between the value and the verb make it another clause's."""
    for text in (
        "At $5.0 billion, the fund said profit fell 10% from $2.0 billion.",
        "Revenue of $5.0 billion was reported and profit rose 25% from $2.0 billion.",
        "Sales of $5.0 billion and profit rose 25% from $2.0 billion.",
    ):
        assert change_pairs(text) == [], text
        assert rules(text) == [], text


@settings(max_examples=50, deadline=None)
@given(
    old=st.integers(min_value=100, max_value=900),
    percent=st.integers(min_value=3, max_value=60),
    error=st.sampled_from([0, 0, 5, 9, 13]),
    linked=st.booleans(),
)
def test_the_size_is_judged_against_the_subjects_value(
    old: int, percent: int, error: int, linked: bool
) -> None:
    """Whatever the figures, the size stated is a finding exactly when it is off the
    subject's value by more than the rounding of the figures allows."""
    new = old * (100 + percent) / 100
    said = percent + error
    subject = (
        f"Exports, at ${new / 10:.2f} billion, have"
        if linked
        else f"Exports of ${new / 10:.2f} billion"
    )
    text = f"{subject} grown {said}% from ${old / 10:.2f} billion a year earlier."
    assert change_pairs(text) == [(f"${old / 10:.2f} billion", f"${new / 10:.2f} billion")]
    assert rules(text) == ([] if error == 0 else ["CC301"])
