"""Changes and direction words on real copy's wordings (issue 10, third pass).

Each class of wording has several variants written for these tests: each clean one gets a
verdict and no finding, and with its slip made the right rule fires at its figures.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

import claimcheck


def findings(text: str) -> list[tuple[str, str]]:
    """Each finding's rule and the text it points at."""
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


def change_verdicts(text: str) -> list[str]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == "change"]


# Each variant: a clean text, the slip (find, replace), the rule it breaks and a figure
# the finding must cover.
VARIANTS = [
    # direction words real copy uses beyond rose and fell: "moderated", "ballooned", and a
    # deficit "wider" or "narrower than" the one before
    (
        "On an annual basis growth moderated to 2.5 percent from 2.8 percent.",
        "moderated",
        "accelerated",
        "CC302",
        "2.5 percent",
    ),
    (
        "Core inflation moderated to 3.1% in June from 3.4% in May, the office said.",
        "3.4%",
        "2.4%",
        "CC302",
        "2.4%",
    ),
    (
        "The shortfall ballooned to 14.6% of GDP from 6.8% a year earlier.",
        "ballooned",
        "shrank",
        "CC302",
        "14.6%",
    ),
    (
        "The consolidated deficit is now put at 4.9% of GDP, wider than the 4.0% expected.",
        "wider",
        "narrower",
        "CC302",
        "4.9%",
    ),
    (
        "The trade gap came to $36.4 billion, narrower than the $41.2 billion of March.",
        "$41.2 billion",
        "$31.2 billion",
        "CC302",
        "$31.2 billion",
    ),
    # a degree word before the size of the change: "a further", "another", "an additional"
    (
        "The gap fell a further $4.8 billion to $38.8 billion from $43.6 billion.",
        "$38.8 billion",
        "$39.8 billion",
        "CC301",
        "$39.8 billion",
    ),
    (
        "The bank cut its rate by another 25 basis points to 4.50% from 4.75% on Thursday.",
        "25 basis points",
        "50 basis points",
        "CC301",
        "50 basis points",
    ),
    (
        "Output rose an additional 2.0 million tonnes to 41.5 million tonnes from 39.5 "
        "million tonnes.",
        "41.5 million",
        "45.1 million",
        "CC301",
        "45.1 million",
    ),
    # the earlier value named by its period between "from" and it: "its April estimate of"
    (
        "The fiscal deficit came to 3.2%, down from its April estimate of 3.4%.",
        "down",
        "up",
        "CC302",
        "3.2%",
    ),
    (
        "Wheat output was put at 107.9 million tonnes, up from the ministry's February "
        "estimate of 105.6 million tonnes.",
        "105.6 million",
        "110.6 million",
        "CC302",
        "110.6 million",
    ),
    (
        "Revenue reached 4.2 billion euros, above its March forecast of 3.9 billion euros.",
        "above",
        "below",
        "CC302",
        "4.2 billion euros",
    ),
    # a comparison after ", which was" (or "is") that compares the value before it
    (
        "Net income was 885,630 ringgits, which was 96.0% more than the 451,880 ringgits "
        "made a year before.",
        "96.0%",
        "69.0%",
        "CC301",
        "69.0%",
    ),
    (
        "Spending in Wales came to £10,374 per head, which is 16% above the UK average of £8,913.",
        "16% above",
        "6% above",
        "CC301",
        "6% above",
    ),
    (
        "Exports reached $4.2 billion, which was well below the $4.6 billion forecast.",
        "below",
        "above",
        "CC302",
        "$4.2 billion",
    ),
    # a comparison conceded after the value: "though short of", "albeit below"
    (
        "Remittances reached US$2,459 million in July, though short of the May record of "
        "US$2,584 million.",
        "US$2,584 million",
        "US$2,384 million",
        "CC302",
        "US$2,384 million",
    ),
    (
        "Profit was $3.1 billion, albeit below the $3.3 billion analysts had expected.",
        "below",
        "above",
        "CC302",
        "$3.1 billion",
    ),
    (
        "Exports rose to 14.2 million tonnes from 13.8 million tonnes, although below the "
        "record 15.1 million tonnes of 2019.",
        "15.1 million",
        "12.1 million",
        "CC302",
        "12.1 million",
    ),
    # a revision after a comma moves the value before it: "X, revised up from Y"
    (
        "Across the bloc output grew 0.4 per cent in the quarter, revised up from an "
        "earlier estimate of 0.3 per cent.",
        "revised up",
        "revised down",
        "CC302",
        "0.3 per cent",
    ),
    (
        "The deficit is now seen at 4.9% of GDP, lowered from 5.2% in February.",
        "lowered",
        "raised",
        "CC302",
        "5.2%",
    ),
    (
        "Rice output stands at 86.3 million tonnes, trimmed from 88.5 million tonnes.",
        "88.5 million",
        "85.5 million",
        "CC302",
        "85.5 million",
    ),
    (
        "Output grew 0.4 per cent in the quarter, which was revised up from an earlier "
        "estimate of 0.3 per cent.",
        "0.3 per cent",
        "0.5 per cent",
        "CC302",
        "0.5 per cent",
    ),
    (
        "The deficit forecast of 4.9% was lowered from 5.2% in February.",
        "lowered",
        "raised",
        "CC302",
        "4.9%",
    ),
    # a participle after "before" moves from the value before it: "peak at X before easing"
    (
        "Debt is expected to peak at 35.2% of GDP in 2026-27 before easing to 30.2% by 2034-35.",
        "30.2%",
        "38.2%",
        "CC302",
        "38.2%",
    ),
    (
        "The jobless rate stood at 5.1% in 2023, before falling to 4.6% this year.",
        "falling",
        "rising",
        "CC302",
        "4.6%",
    ),
    # a multiple's base form: "is to double", "would halve", "set to triple"
    (
        "Military aid is to double this year, to 8 billion euros from 4.1 billion euros.",
        "4.1 billion",
        "5.1 billion",
        "CC301",
        "5.1 billion",
    ),
    (
        "The plan would halve the waiting list to 3,050 from 6,100 by March.",
        "3,050",
        "4,050",
        "CC301",
        "4,050",
    ),
    # a multiple that compares the value before it with the one after: "twice the",
    # "more than twice the previous record of", "double the"
    (
        "The two months together produced $7.81 billion, almost twice the $4.12 billion of "
        "the same period a year earlier.",
        "$4.12 billion",
        "$2.12 billion",
        "CC301",
        "$2.12 billion",
    ),
    (
        "Deals hit $82.3 billion in the quarter, more than twice the previous record of "
        "$38.1 billion.",
        "$82.3 billion",
        "$72.3 billion",
        "CC301",
        "$72.3 billion",
    ),
    (
        "Exports reached 9.1 million tonnes, double the 4.6 million tonnes shipped in 2010.",
        "4.6 million",
        "5.6 million",
        "CC301",
        "5.6 million",
    ),
    # a period named with "ending" between a change's values
    (
        "Weekly household spending rose to £572.60 in the year ending March 2018 from £568.70.",
        "£568.70",
        "£578.60",
        "CC302",
        "£578.60",
    ),
    # the earlier value in the next sentence, dated at the earlier time and pointing back
    # with "it"; or both values there, compared, for a change stated with none
    (
        "The miner said net profit had more than doubled, to Rs 61.52 crore. In the "
        "corresponding quarter a year earlier it had earned Rs 27.34 crore.",
        "Rs 27.34 crore",
        "Rs 37.34 crore",
        "CC301",
        "Rs 37.34 crore",
    ),
    (
        "Passenger numbers rose to 8.2 million last year. Two years earlier it had carried "
        "7.6 million.",
        "7.6 million",
        "8.6 million",
        "CC302",
        "8.6 million",
    ),
    (
        "Quarterly profit more than doubled from a year earlier, the group said. It earned "
        "238.3 billion yen in the quarter, compared with 105.6 billion yen a year before.",
        "105.6 billion",
        "150.6 billion",
        "CC301",
        "150.6 billion",
    ),
    (
        "Unit sales rose 12 percent in the quarter. It sold 4.1 million cars, against 3.66 "
        "million in the same quarter of 2023.",
        "3.66",
        "3.96",
        "CC301",
        "3.96 million",
    ),
    # a change's size in the next sentence, pointing back: "That was an increase of 6.1%"
    (
        "Sales rose to $5.2 billion from $4.9 billion. That was an increase of 6.1%.",
        "6.1%",
        "16.1%",
        "CC301",
        "16.1%",
    ),
    (
        "The jobless rate slipped to 4.0 per cent in May from 4.1 per cent. That was a fall "
        "of 0.1 percentage point.",
        "0.1 percentage point",
        "0.7 percentage point",
        "CC301",
        "0.7 percentage point",
    ),
    (
        "Ridership climbed to 412,000 in 2023 from 371,000. This marked an 11 percent rise.",
        "11 percent",
        "21 percent",
        "CC301",
        "21 percent",
    ),
    # an earlier value placed at an earlier time by a clause of the sentence: "which had
    # stood at", "having hit", "after reaching"
    (
        "The rediscount rate, which had stood at 0.55 percent, was lowered to 0.11 percent.",
        "0.55 percent",
        "0.05 percent",
        "CC302",
        "0.05 percent",
    ),
    (
        "Having hit an all-time high of $1.219 trillion in August, the reserves declined to "
        "$1.201 trillion by the end of September.",
        "declined",
        "climbed",
        "CC302",
        "$1.201 trillion",
    ),
    (
        "The deficit should shrink to $845 billion this year, after reaching $1.1 trillion "
        "in 2012.",
        "shrink",
        "grow",
        "CC302",
        "$845 billion",
    ),
    (
        "Membership, which had been 12,400 in 2019, rose to 13,100 last year.",
        "12,400",
        "14,200",
        "CC302",
        "14,200",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace", "rule", "figure"), VARIANTS)
def test_a_variant_gets_a_verdict_and_stays_clean(
    text: str, find: str, replace: str, rule: str, figure: str
) -> None:
    assert "consistent" in change_verdicts(text)
    assert findings(text) == []


@pytest.mark.parametrize(("text", "find", "replace", "rule", "figure"), VARIANTS)
def test_a_variant_with_its_slip_is_flagged_at_its_figures(
    text: str, find: str, replace: str, rule: str, figure: str
) -> None:
    found = findings(text.replace(find, replace, 1))
    assert [r for r, _ in found] == [rule]
    assert figure in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        # a value in a clause set against the change is another figure's
        "The jobless rate fell to 4.5% in March, while in Spain it had been 12%.",
        "Inflation fell to 2.1% in May, the lowest since 2021, when it had been 1.9%.",
        # after the change, "had reached" may be a later value
        "A decade later its share had climbed to 32 per cent, and by 2020 it had reached "
        "42 per cent.",
        # two earlier values: no reading is clearly best
        "With sales having reached $5 billion and costs having hit $3 billion, profit rose "
        "to $4 billion.",
        # an earlier value of another currency is not this change's
        "Having hit 1.2 trillion yen in August, exports rose to $9.1 billion in September.",
        # the next sentence names another figure, or no earlier time, or a change of its own
        "Profit rose 20% to $5 billion. A year earlier, revenue had been $20 billion.",
        "Profit rose to $5 billion. In 2030 it expects $4 billion.",
        "Profit rose to $5 billion. A year earlier it had fallen to $4.6 billion.",
        "Sales rose 12 percent. Revenue was $4.1 billion, against $5.2 billion of costs.",
        # words whose direction depends on the figure, right as written: unemployment that
        # improves falls, a margin that improves rises (tests/test_polarity.py); a balance
        # names no better way, and a contraction that deepens grows in size while its
        # signed value falls ("deepened" is not read)
        "The jobless rate improved to 4.1% from 4.5% in the quarter.",
        "The operating margin improved to 11.2% from 9.8% a year earlier.",
        "The trade balance worsened to a deficit of $4.2 billion from $3.1 billion.",
        "The contraction deepened to 2.4% in the third quarter from 1.1% in the second.",
        # a size in the next sentence that does not point back is another figure's
        "Sales rose to $5.2 billion from $4.9 billion. Costs showed an increase of 16%.",
        # "twice" with no compared value after it compares nothing
        "Revenue was $5 billion, twice the level of its rival, which made $3 billion.",
        # the wider economy is no comparison
        "The wider economy grew 2% last year, against 1.5% the year before.",
    ],
)
def test_values_of_other_clauses_make_no_finding(text: str) -> None:
    assert findings(text) == []


# A comparison after a change "to A from B" compares the new value A, never the old B, even
# when "by" and a count follow the compared value ("forecast by 12 analysts") or the
# comparison is sized: (clean text, slip find, slip replace, rule, figure the finding covers).
AFTER_A_CHANGE = [
    (
        "Quarterly net income rose 9% to $8.2 billion from $7.5 billion, above the"
        " $7.9 billion forecast by 12 analysts.",
        "above",
        "below",
        "CC302",
        "$8.2 billion",
    ),
    (
        "Exports fell 6% to 41.3 billion rand from 43.9 billion rand, below the 42.0 billion"
        " rand forecast by 11 economists.",
        "below the",
        "above the",
        "CC302",
        "41.3 billion rand",
    ),
    (
        "Turnover grew to 5,400 crore from 4,800 crore, beating the 5,100 crore estimate by"
        " 300 crore.",
        "300 crore.",
        "700 crore.",
        "CC301",
        "700 crore",
    ),
    (
        "Revenue rose 9% to $8.2 billion from $7.5 billion, above the $7.9 billion consensus"
        " by $0.3 billion.",
        "$0.3 billion.",
        "$0.9 billion.",
        "CC301",
        "$0.9 billion",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace", "rule", "figure"), AFTER_A_CHANGE)
def test_a_comparison_after_a_change_compares_its_new_value(
    text: str, find: str, replace: str, rule: str, figure: str
) -> None:
    assert findings(text) == []
    assert "consistent" in change_verdicts(text)
    slipped = text.replace(find, replace, 1)
    assert any(r == rule and figure in span for r, span in findings(slipped))


@pytest.mark.parametrize(
    "text",
    [
        "Sales climbed to €640 million from €590 million, ahead of the €615 million expected"
        " by four brokers.",
        "Pre-tax profit jumped 31% to 88.1 billion won from 67.2 billion won a year earlier,"
        " ahead of the 84.0 billion won forecast by nine analysts.",
    ],
)
def test_a_change_old_value_is_no_subject_of_the_comparison_after_it(text: str) -> None:
    assert findings(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # look-alikes the old reading was right on: with no change before it, the value
        # before the comparison is its subject
        ("Revenue was $7.5 billion, above the $7.1 billion forecast by 12 analysts.", []),
        ("Revenue was $7.5 billion, below the $7.1 billion forecast by 12 analysts.", ["CC302"]),
        # a sized noun after a change's earlier value sizes that change, not a comparison
        (
            "Output per worker climbed to about 41,000 rupees in 2019 from 36,500 rupees in"
            " 2018, an increase of 12.3 percent.",
            [],
        ),
        (
            "Output per worker climbed to about 41,000 rupees in 2019 from 36,500 rupees in"
            " 2018, an increase of 2.3 percent.",
            ["CC301"],
        ),
    ],
)
def test_a_value_with_no_change_before_it_stays_the_subject(text: str, expected: list[str]) -> None:
    assert [rule for rule, _ in findings(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a round figure compared with one written to units is written to units too
        ("The index rose to 2,000 from 2,013.", ["CC302"]),
        ("Membership climbed to 500 members from 503 members.", ["CC302"]),
        ("The index fell to 2,000 from 2,013.", []),
        # a hedge keeps the doubt of its rounding
        ("The index rose to about 2,000 from 2,013.", []),
    ],
)
def test_a_round_figure_takes_the_precision_of_the_one_it_is_compared_with(
    text: str, expected: list[str]
) -> None:
    assert [rule for rule, _ in findings(text)] == expected


# "100" alone may be rounded to tens, but beside "101" in one sentence it is written to
# units (a round figure takes the precision of a figure written to its last unit), so 101
# to 100 is a fall: the pair is kept, and pinned. Two figures that both end in zero ("110"
# and "100") leave the round one's step unsure, and the tool is right not to judge them
# (tests/test_relations_direction2.py: "fell to 2,000 from 1,960"): not generated.
@example(old=101, new=100, cue="which had stood at", verb=("rose", "up"))
@settings(max_examples=30, deadline=None)
@given(
    old=st.integers(100, 999),
    new=st.integers(100, 999),
    cue=st.sampled_from(["which had stood at", "which had been"]),
    verb=st.sampled_from([("rose", "up"), ("fell", "down"), ("climbed", "up"), ("eased", "down")]),
)
def test_an_earlier_value_named_by_its_clause_decides_the_direction(
    old: int, new: int, cue: str, verb: tuple[str, str]
) -> None:
    assume(old % 10 or new % 10)
    word, direction = verb
    text = f"The index, {cue} {old} points, {word} to {new} points in March."
    moved = "up" if new > old else "down"
    expected = [] if new == old or moved == direction else ["CC302"]
    assert [rule for rule, _ in findings(text)] == expected


# A whole number spelled out ("eight per cent", by house style below ten) is written to its
# units like "8": beside "8.5" the pair is in a known order, so "fell to 8.5 per cent from
# eight per cent" is a rise for certain, though the two intervals meet at 8.5.
SPELLED = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


@settings(max_examples=40, deadline=None)
@given(
    whole=st.integers(2, 9),  # "one" is as often a pronoun as a figure
    tenths=st.integers(-9, 9).filter(lambda n: n != 0),
    spelled_first=st.booleans(),
    verb=st.sampled_from(
        [("rose", "up"), ("fell", "down"), ("edged up", "up"), ("dipped", "down")]
    ),
    unit=st.sampled_from([" per cent", "%", " billion euros", " million people"]),
)
def test_a_spelled_whole_number_and_a_decimal_are_in_a_known_order(
    whole: int, tenths: int, spelled_first: bool, verb: tuple[str, str], unit: str
) -> None:
    other = whole + tenths / 10
    assume(other > 0)
    spelled = f"{SPELLED[whole - 1]}{unit.replace('%', ' percent')}"
    written = f"{other:.1f}{unit}"
    old, new = (spelled, written) if spelled_first else (written, spelled)
    moved = "up" if (other > whole) == spelled_first else "down"
    word, direction = verb
    text = f"The figure {word} to {new} from {old} last year."
    assert change_verdicts(text) == ["consistent" if moved == direction else "inconsistent"]
    assert [rule for rule, _ in findings(text)] == ([] if moved == direction else ["CC302"])


@pytest.mark.parametrize(
    "text",
    [
        # a spelled number with a hedge keeps its doubt, and so do two round figures
        "The rate fell to 8.5 per cent from about eight per cent.",
        "Membership fell to forty thousand from 39,000.",
    ],
)
def test_a_spelled_number_whose_rounding_is_unsure_is_not_ordered(text: str) -> None:
    assert findings(text) == []


# A value given with its share of something before a change stated after it: the change
# is the value's, read past the share ("240,100, or 61 per cent of the growth, down from").
SHARE_ASIDES = [
    (
        "Migration brought in 183,700 people, or 58 per cent of the increase, up from"
        " 171,200 the year before.",
        "171,200",
        "191,200",
        "CC302",
    ),
    (
        "Tourism earned the island 2.6 billion rand, or 12% of its income, down 4% from"
        " 2.71 billion rand.",
        "down 4%",
        "down 14%",
        "CC301",
    ),
    (
        "The ministry spent ¥3.9 trillion, or a third of the total, up from ¥3.4 trillion.",
        "up from",
        "down from",
        "CC302",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace", "rule"), SHARE_ASIDES)
def test_a_change_after_a_share_aside_is_the_amount_s(
    text: str, find: str, replace: str, rule: str
) -> None:
    assert findings(text) == []
    assert "consistent" in change_verdicts(text)
    assert [r for r, _ in findings(text.replace(find, replace))] == [rule]


@pytest.mark.parametrize(
    "text",
    [
        # the change compares the share itself: no amount's change is read
        "Some 1.24 million people, or 5.1% of the labour force, were jobless, down from 5.4%.",
        # a count never takes the percent sign of the percentage it is compared with
        "It contributed 240,100, or 61 per cent of the growth, down from 259,400 a year earlier.",
    ],
)
def test_a_share_aside_and_a_percentage_compared_make_no_finding(text: str) -> None:
    assert findings(text) == []


def test_a_count_is_never_compared_with_a_percentage_as_if_it_were_one() -> None:
    # read as 229,400 per cent falling to 61 per cent, this was judged consistent
    text = "The agency counted 61 per cent of the total, down from 229,400 a year earlier."
    assert "consistent" not in change_verdicts(text)
