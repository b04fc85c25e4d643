"""Changes whose values real copy gives in a clause of their own: a relative clause that
states the earlier value ("which stood at", "when it was", "which compares with"), a past
perfect of state in the next sentence ("The rate had been ..."), a fronted comparison
("Compared with 2019, when ..., that was a gain of ..."), a size after a colon or dash, a
noun with "the" naming the change just read, and a record's reach ("a six-month low of")
between a change word and its value."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck


def flagged(text: str) -> list[tuple[str, str]]:
    """Each finding's rule and its message."""
    return [(f.rule, f.message) for f in claimcheck.check(text).findings]


def verdicts(text: str) -> list[str]:
    return [str(v.verdict) for c, v in claimcheck.check(text).judged() if c.kind == "change"]


# (clean text, slipped figure, its slip, a word of the message the slip must give)
CASES = [
    # an earlier value in a relative clause before the change, dated earlier
    (
        "Car sales, which stood at 81,400 a year earlier, climbed 13% to 92,300.",
        "13%",
        "4%",
        "+13.4%",
    ),
    # ... in one that compares, after the change, and sized in apposition after it
    (
        "Net income rose to ¥412 billion, which compares with ¥398 billion the previous"
        " year, a gain of 3.5%.",
        "3.5%",
        "9%",
        "+3.5%",
    ),
    # a past perfect of state in the next sentence gives the earlier value
    (
        "The bank raised its key rate to 6.75 percent on Tuesday. The rate had been 6.25"
        " percent since March.",
        "6.25 percent since",
        "7.25 percent since",
        "raised",
    ),
    # ... and "the increase" after it sizes the change read
    (
        "The bank raised its key rate to 6.75 percent on Tuesday. The rate had been 6.25"
        " percent since March; policymakers called the increase, of 50 basis points, overdue.",
        "50 basis points",
        "75 basis points",
        "0.5 percentage points",
    ),
    # a fronted comparison with a "when" clause, and a pointer to the sentence before
    (
        "Rail passengers numbered 3.1 million last year. Compared with 2019, when 2.6 million"
        " travelled, that was a gain of 19%.",
        "19%",
        "30%",
        "+19.2%",
    ),
    # a size after a colon
    (
        "Wheat output slipped to 21.4 million tonnes in 2023 from 22.9 million tonnes: a drop"
        " of 1.5 million tonnes.",
        "1.5 million tonnes.",
        "2.5 million tonnes.",
        "1.5 million tonnes",
    ),
    # a record's reach between "to" and the new value, the earlier one in the next sentence
    (
        "The deficit narrowed in May to a three-month low of $61.2 billion. In April it had"
        " been $64.0 billion.",
        "$64.0 billion",
        "$58.0 billion",
        "narrowed",
    ),
    # a count sized by a count before a scaled value: no range "330,000 to 4.29 million"
    (
        "Jobless claims, which had stood at 4.52 million, fell by 230,000 to 4.29 million.",
        "230,000",
        "330,000",
        "230,000",
    ),
    # a noun naming the change with "the", after a semicolon in the same sentence
    (
        "Lenders cut the average mortgage rate to 5.1% from 5.6%; analysts had expected the"
        " reduction, of 0.5 percentage points, to come later.",
        "0.5 percentage points",
        "0.8 percentage points",
        "0.5 percentage points",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace", "word"), CASES)
def test_a_clean_change_is_read_and_consistent(text: str, find: str, replace: str, word: str):
    assert flagged(text) == []
    assert "consistent" in verdicts(text)


@pytest.mark.parametrize(("text", "find", "replace", "word"), CASES)
def test_a_slipped_change_is_found(text: str, find: str, replace: str, word: str):
    found = flagged(text.replace(find, replace, 1))
    assert any(rule in ("CC301", "CC302") and word in message for rule, message in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a level after the change is no earlier value: "which was" only states a level
        "Profit rose to $6bn, which was $1bn more than analysts had forecast.",
        # a noun with "the" that names another thing moved
        "Revenue rose to $5bn from $4bn, but the increase of 3% in costs was smaller.",
        "Revenue rose to $5bn from $4bn, while the increase of 9% came in wages.",
        # a past perfect that reaches a later value is not an earlier state
        "The bank raised its rate to 5%. By 2024 it had reached 4%.",
        # a record's reach with a change on another base
        "The index hit a 12-month high of 104.2, up 1.2% on the month.",
        # a fronted comparison with two values in it: which is compared is unclear
        "Arrivals reached 3.1 million. Compared with 2.2 million in 2019 and 2.6 million in"
        " 2018, that was a gain of 50%.",
        # the next sentence states a change of its own before its value
        "Exports rose to $30bn in May. Imports fell to $41bn, having been $44bn in April.",
    ],
)
def test_other_readings_stay_silent(text: str):
    assert flagged(text) == []


def test_a_range_of_one_scale_is_still_a_range():
    """A bare figure below 1,000 still takes its partner's scale: "by 2 to 3 million"."""
    text = "Output rose by 2 to 3 million tonnes to 41 million tonnes from 38 million tonnes."
    assert flagged(text) == []


@settings(max_examples=40, deadline=None)
@given(
    st.integers(min_value=100, max_value=900),
    st.integers(min_value=100, max_value=900),
    st.sampled_from(["which stood at", "which had been", "which was"]),
)
def test_a_relative_earlier_value_gives_the_direction(earlier: int, later: int, clause: str):
    """The earlier value a relative clause states before the change is compared with the
    new one: the right direction word is silent, the wrong one a finding."""
    if abs(earlier - later) < 2:
        return
    right, wrong = ("rose", "fell") if later > earlier else ("fell", "rose")
    text = "Sales of the group, {} {} units a year earlier, {} to {} units."
    assert flagged(text.format(clause, earlier, right, later)) == []
    wrong_text = text.format(clause, earlier, wrong, later)
    assert any(rule == "CC302" for rule, _ in flagged(wrong_text)), wrong_text


# The past perfect in the next sentence is of the changed figure only when its subject is
# named in the change's sentence or is a pronoun: another subject's state is another figure.
@pytest.mark.parametrize(
    "text",
    [
        "Revenue for the year was 1.92 trillion won, up 4%, while spending rose 6% to 2.06"
        " trillion won. The provincial fund had been 81 billion won in March.",
        "Exports climbed 3% to $48.2 billion. The shipping industry had stood at $9.5 billion"
        " before the pandemic.",
    ],
)
def test_a_state_of_another_subject_in_the_next_sentence_is_no_earlier_value(text: str) -> None:
    assert flagged(text) == []


def test_a_state_of_the_same_subject_in_the_next_sentence_is_the_earlier_value() -> None:
    text = "Exports climbed 3% to $48.2 billion. Exports had stood at $41.7 billion a year before."
    assert [rule for rule, _ in flagged(text)] == ["CC301"]


@pytest.mark.parametrize(
    "text",
    [
        "Inflation edged up to 9.23 per cent in May. The April reading had been 9.41 per cent.",
        "The trade deficit grew to $587 billion in 2016. A year before, the shortfall had been"
        " $639 billion.",
    ],
)
def test_a_state_named_by_a_pointing_noun_or_another_balance_word_is_the_earlier_value(
    text: str,
) -> None:
    assert [rule for rule, _ in flagged(text)] == ["CC302"]
