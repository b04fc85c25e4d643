"""A change whose subject is a pronoun opening its sentence takes its earlier value from
the level the sentence before states: "Spending stood at £5,930 per pupil in 2003-04. It
then grew by 22% to £7,260 per pupil in 2009-10"."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readings import assert_caught, change_pairs, rules


def test_the_level_of_the_sentence_before_is_the_earlier_value() -> None:
    clean = (
        "Spending stood at £5,930 per pupil in 2003-04. It then grew by 22% to £7,260 per "
        "pupil in 2009-10."
    )
    assert change_pairs(clean) == [("£5,930", "£7,260")]
    assert_caught(clean, clean.replace("by 22%", "by 32%"), "CC301")


def test_two_levels_before_leave_no_reading() -> None:
    text = (
        "Spending stood at £5,930 per pupil in 2003-04 and £6,120 in 2004-05. It then grew "
        "by 22% to £7,260 per pupil in 2009-10."
    )
    assert change_pairs(text) == []
    assert rules(text) == []


def test_a_change_of_another_subject_takes_no_level() -> None:
    """ "It said revenue rose": the pronoun is the reporter, not what moved."""
    text = "Profit was $5.13 billion in 2023. It said revenue rose to $9.27 billion."
    assert change_pairs(text) == []


def test_a_value_that_is_no_level_gives_nothing() -> None:
    """ "A $5.13 billion loan" is stated, not a level the subject stood at."""
    text = "The bank approved a $5.13 billion loan in May. It then rose to $9.27 billion."
    assert change_pairs(text) == []


@settings(max_examples=60, deadline=None)
@given(
    old=st.integers(min_value=300, max_value=900),
    step=st.integers(min_value=3, max_value=150),
    rises=st.booleans(),
    up=st.booleans(),
    pronoun=st.sampled_from(["It", "They", "It then", "It later", "Since then it has"]),
    level=st.sampled_from(["stood at", "was", "was put at", "was estimated at"]),
)
def test_the_direction_is_judged_against_the_level_before(
    old: int, step: int, rises: bool, up: bool, pronoun: str, level: str
) -> None:
    """Whatever the pronoun, its words of sequence and the level's verb, the change runs
    from the level before to its new value, and its word is a finding exactly when the
    figures move the other way."""
    new = old + step if rises else old - step
    verb = ("risen" if up else "fallen") if pronoun.endswith("has") else ("rose" if up else "fell")
    text = (
        f"The jobless rate {level} {old / 10:.1f}% in March. {pronoun} {verb} to "
        f"{new / 10:.1f}% in June."
    )
    assert change_pairs(text) == [(f"{old / 10:.1f}%", f"{new / 10:.1f}%")]
    assert rules(text) == ([] if up == rises else ["CC302"])
