"""Changes whose parts real copy separates with words the part-by-part reading stops at:
a "to"/"from" pair later in the verb's clause ("lifted its key rate step by step from 8.5
percent to 50 percent", "rose to 382 people per sq km from 324", "climbed to 57.0 percent
of GDP, or PLN 932bn, against 55.6 percent"), and an adverb's or comparison's new value
stated further back in its sentence ("a surplus of $4.5 billion in May, the third in a row
and up from $3.1 billion"). Each is read only when its clause leaves one reading."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck


def flagged(text: str) -> list[tuple[str, str]]:
    """Each finding's rule and its message."""
    return [(f.rule, f.message) for f in claimcheck.check(text).findings]


def change_verdicts(text: str) -> list[str]:
    return [str(v.verdict) for c, v in claimcheck.check(text).judged() if c.kind == "change"]


# (clean text, slipped figure, its slip): the slip turns the stated direction wrong
CASES = [
    # a "from ... to" pair after an object and an adverbial phrase
    (
        "Since January the monetary authority has raised its benchmark rate in four steps"
        " from 3.25% to 5.5%.",
        "from 3.25%",
        "from 6.25%",
    ),
    # a "to ... from" pair with a unit phrase between its values
    (
        "Over the decade, the town's density grew to 1,240 residents per square mile from 1,105.",
        "from 1,105",
        "from 1,305",
    ),
    # a pair whose new value an aside restates in money, the old one after "against"
    (
        "Net debt climbed to 71.4 percent of output, or 2.9 trillion rand, against 68.8"
        " percent a year before.",
        "against 68.8",
        "against 78.8",
    ),
    # an adverb's new value before an apposition naming a streak
    (
        "The province booked a trade surplus of C$2.61 billion in October, its fifth"
        " consecutive monthly surplus and down from C$2.95 billion in September.",
        "C$2.95 billion",
        "C$2.15 billion",
    ),
    # a comparison's new value before its other-currency view and an apposition
    (
        "Quarterly revenue reached 41.2 billion rupees ($495 million) in the June quarter, a"
        " company record and short of the 43.0 billion rupees analysts had pencilled in.",
        "43.0 billion rupees",
        "40.5 billion rupees",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace"), CASES)
def test_a_clean_change_is_read_and_consistent(text: str, find: str, replace: str) -> None:
    assert flagged(text) == []
    assert "consistent" in change_verdicts(text)


@pytest.mark.parametrize(("text", "find", "replace"), CASES)
def test_a_slipped_change_is_found(text: str, find: str, replace: str) -> None:
    found = flagged(text.replace(find, replace, 1))
    assert any(rule == "CC302" for rule, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a third value in the clause: which pair the verb moves is unsure
        "Wages rose for workers earning from $30,000 to $50,000 a year to $41,000.",
        # a clause opener between the verb and the pair: the pair is another clause's
        "Imports rose, while the share of fuel went from 21% to 12% of the total.",
        # a range after a verb with its own unit in between: no "to"/"from" pair after all
        "The company cut jobs in plants employing between 400 and 900 people.",
        # "or more" after a value is its hedge, not a comparison
        "Some 2,300 households earn £100,000 or more, against 1,900 in the region.",
        # a size before a comparison: "X, or 15%, more than" sizes, it states no new value
        "Lenders earned N61.3bn, or 13.8 per cent, more than the N443bn of a year before.",
        # a bare figure compared far back: which value it is set against is unsure
        "Procurement reached 43.3 million tonnes of wheat, also a record, above the 389.9.",
        # a change read before in the sentence: the comparison may be of its new value
        "Prices rose 4.1% in May from 3.9% in April, and above the 4.0% that economists"
        " had expected.",
        # a value of another subject, after "and": "profit" has none of its own
        "Costs were $3 billion and profit came in above the $4 billion forecast.",
        # a label after the pair's first value: the two values are of different things
        "Revenue climbed to $12.1 billion in Europe from $14 billion in Asia.",
        # a figure per 1,000 between the pair: a rate's base is no value of it
        "Infant deaths fell to 27 per 1,000 births from 32, a drop of 5.",
    ],
)
def test_other_readings_stay_silent(text: str) -> None:
    assert flagged(text) == []


@settings(max_examples=40, deadline=None)
@given(
    st.integers(min_value=20, max_value=400),
    st.integers(min_value=20, max_value=400),
    st.sampled_from(
        [
            "in three steps",
            "over the past two years",
            "for the first time since 2019",
            "steadily and without a pause",
            "according to the ministry",
        ]
    ),
    st.booleans(),
)
def test_a_pair_past_any_words_gives_the_direction(
    earlier: int, later: int, words: str, to_first: bool
) -> None:
    """A pair later in the verb's clause, past words of any kind, is read in either order:
    the right direction word is silent, the wrong one a finding."""
    if abs(earlier - later) < 2:
        return
    right, wrong = ("raised", "lowered") if later > earlier else ("lowered", "raised")
    pair = f"to {later / 10:.1f}% from {earlier / 10:.1f}%"
    if not to_first:
        pair = f"from {earlier / 10:.1f}% to {later / 10:.1f}%"
    text = "The central bank {} its main refinancing rate {} {}."
    assert flagged(text.format(right, words, pair)) == []
    wrong_text = text.format(wrong, words, pair)
    assert any(rule == "CC302" for rule, _ in flagged(wrong_text)), wrong_text


@settings(max_examples=40, deadline=None)
@given(
    st.integers(min_value=100, max_value=999),
    st.integers(min_value=100, max_value=999),
    st.sampled_from(
        ["the 12th monthly surplus in a row and", "a three-year high and", "its best May and"]
    ),
)
def test_an_adverb_reaches_back_past_an_apposition(earlier: int, later: int, words: str) -> None:
    """ "X in May, <apposition> up/down from Y": X is the new value."""
    if abs(earlier - later) < 2:
        return
    right, wrong = ("up", "down") if later > earlier else ("down", "up")
    text = "Exports produced a surplus of €{:.2f} billion in May, {} {} from €{:.2f} billion."
    assert flagged(text.format(later / 100, words, right, earlier / 100)) == []
    wrong_text = text.format(later / 100, words, wrong, earlier / 100)
    assert any(rule == "CC302" for rule, _ in flagged(wrong_text)), wrong_text


def test_a_view_in_brackets_is_no_new_value() -> None:
    """The value an adverb reaches back to is never another value's view in brackets."""
    text = (
        "Norway's fund should reach 9.3 trillion crowns (795 billion euros/$860 billion) by the"
        " end of next year, up from 8.1 trillion."
    )
    assert flagged(text) == []


def test_a_noun_reads_its_pair_past_what_it_names() -> None:
    text = "The insurer reported an increase in gross premiums from €4.1 billion to €4.6 billion."
    assert flagged(text) == []
    assert "consistent" in change_verdicts(text)
    found = flagged(text.replace("increase", "decrease"))
    assert [rule for rule, _ in found] == ["CC302"]


# A record since a time set against the value the "when" clause gives that time.
RECORDS = [
    (
        "Mortgage approvals climbed to 71,200 in May, the highest since August 2021, when"
        " lenders approved 74,900.",
        "74,900",
        "69,400",
    ),
    (
        "Annual growth slowed to 1.1% in the third quarter, its slowest pace since 2020, when"
        " it was about 0.6%.",
        "about 0.6%",
        "about 1.6%",
    ),
    (
        "Crop output sank to 41.3 million tonnes, the lowest level since the 2012 drought,"
        " when output was just 38.6 million tonnes.",
        "38.6 million tonnes",
        "43.6 million tonnes",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace"), RECORDS)
def test_a_record_since_a_time_is_checked_against_the_value_then(
    text: str, find: str, replace: str
) -> None:
    assert flagged(text) == []
    assert "consistent" in change_verdicts(text)
    found = flagged(text.replace(find, replace, 1))
    assert [rule for rule, _ in found] == ["CC302"], found


@pytest.mark.parametrize(
    "text",
    [
        # no value for the earlier time: nothing to compare
        "Approvals climbed to 71,200 in May, the highest since August 2021.",
        # the "when" clause's value is of another kind than the record's
        "Approvals climbed to 71,200 in May, the highest since 2021, when rates were 0.1%.",
        # two values before the record and no change read: which is the record is unsure
        "Approvals were 71,200 and remortgages 52,000 in May, the highest since 2021, when"
        " lenders approved 74,900.",
    ],
)
def test_a_record_with_no_clear_pair_is_not_judged(text: str) -> None:
    assert flagged(text) == []


def test_a_comparison_reads_a_bare_label_before_its_value() -> None:
    """ "outpacing inflation of 4.0%": a label with no article still leads to the value."""
    text = "Average weekly pay grew by 5.9%, outpacing inflation of 4.0% for a sixth month."
    assert flagged(text) == []
    assert "consistent" in change_verdicts(text)
    found = flagged(text.replace("of 4.0%", "of 6.2%"))
    assert [rule for rule, _ in found] == ["CC302"]
