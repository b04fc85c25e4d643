"""Changes and comparisons whose parts real copy spreads out (issue 10, fourth pass).

- an aside between a value and its change that restates the value another way, in other
  currencies or per share: "18.77bn rupees ($372.9m; £234.5m), down from 22.23bn rupees",
  "44.56 billion reais, or about US$8.86 billion, beating the 43.5 billion reais";
- a change sized both ways in apposition, whatever sits between the sizes (a unit, a
  comma and "or", a bracket) or after them (a noun in apposition that gives the values):
  "up 3,367 voters (+7.2%) to 50,085", "3.3% higher, an increase of $0.99 to $31.06";
- a span of two periods between a value and its sizes: "£46.3bn between April and
  September, £7.5bn or 13.9% less";
- "bp" for basis points;
- a multiple written as a number and "times", comparing the value before it with the one
  after it: "$400 billion, four times the $100 billion of 2007", "2.83 times the";
- nouns of pace ("a deceleration from April's 35.3%", "an acceleration from 1.5%");
- "better than" and "worse than", read like "improved" by the noun before them in their
  sentence ("the deficit came to 4.4% of GDP, better than the 4.5% target");
- values before and after the verb in any order: "Profit, R285.7m against R172.5m, rose
  by 66%", "From $2.82bn a year earlier, profit dropped 14.9% to $2.4bn", "At 5.03%,
  inflation is above the 4.9% target", "4.2%, the highest since 2021 and up from 3.9%";
- "upward" or "downward" after an object, and a target or goal as the earlier value:
  "revised its deficit goal upward, to Rs8.4 trillion from", "from a target of 5.1 percent";
- a hedged size in a sentence pointing back: "That is just over 10% more than";
- a rate's move sized in points that names only where it came from, read from the level
  the rate is said to stand "at" before it, in its sentence or, when the move points back
  with "it", in the sentence before: "kept the rate at 6.75%, after lowering it by 50 basis
  points from 7.25%";
- a basis that names the values as written ("in unadjusted terms") keeps them comparable,
  and so does one naming the change's subject ("Underlying profit rose ...": both values
  are underlying), while one after the values ("on an underlying basis") keeps them apart.

Findings of other rules (a conversion in an aside is judged on its own) are left out: each
test asserts what the change reader makes of the text.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import claimcheck

CHANGE_RULES = ("CC301", "CC302")


def change_findings(text: str) -> list[tuple[str, str]]:
    """Each change finding's rule and the text it points at."""
    return [
        (f.rule, text[f.start : f.end])
        for f in claimcheck.check(text).findings
        if f.rule in CHANGE_RULES
    ]


def change_verdicts(text: str) -> list[str]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == "change"]


# Each: a clean text, the slip (find, replace), the rule it breaks and a figure the
# finding must cover.
VARIANTS = [
    # another view of the new value between it and the direction word or comparison
    (
        "In the quarter the group earned 18.77bn rupees ($372.9m; £234.5m), down from"
        " 22.23bn rupees a year before.",
        "22.23bn rupees",
        "12.23bn rupees",
        "CC302",
        "18.77bn rupees",
    ),
    (
        "Net income came to 44.56 billion reais, or about US$8.86 billion, beating the 43.5"
        " billion reais analysts had expected.",
        "43.5 billion reais",
        "45.3 billion reais",
        "CC302",
        "44.56 billion reais",
    ),
    (
        "Turnover reached 6.2 billion euros (6.7 billion dollars, 5.3 billion pounds), short of"
        " the 6.5 billion euros the board had forecast.",
        "6.5 billion euros",
        "5.6 billion euros",
        "CC302",
        "6.2 billion euros",
    ),
    (
        "Quarterly profit fell 16% to 2.1 billion euros ($2.3 billion; £1.8 billion) from 2.5"
        " billion euros.",
        "2.5 billion euros",
        "2.9 billion euros",
        "CC301",
        "16%",
    ),
    (
        "Profit was 940 million francs, or 2.15 francs a share, up 12% on 839 million francs.",
        "839 million francs",
        "939 million francs",
        "CC301",
        "12%",
    ),
    # a change sized both ways, with a unit, a bracket or a noun in apposition between
    (
        "With registration up 3,367 voters (+7.2%) to 50,085, turnout fell.",
        "+7.2%",
        "+2.7%",
        "CC301",
        "+2.7%",
    ),
    (
        "Membership fell by 1,200 members (2.4%) to 48,800 over the year.",
        "2.4%",
        "4.2%",
        "CC301",
        "4.2%",
    ),
    (
        "The club's membership rose by 2,150 people, or 4.5%, to 49,850 in 2023.",
        "4.5%",
        "5.4%",
        "CC301",
        "5.4%",
    ),
    (
        "Average hourly wages were 3.3% higher than a year earlier, an increase of $0.99 to"
        " $31.06.",
        "$0.99",
        "$0.69",
        "CC301",
        "3.3%",
    ),
    (
        "Output fell 2% last year, a drop of 40,000 tonnes to 1.96 million tonnes.",
        "40,000 tonnes",
        "90,000 tonnes",
        "CC301",
        "2%",
    ),
    (
        "Rents climbed 6.1% in the year, an increase of ¥4,700 to ¥81,700 a month.",
        "6.1%",
        "1.6%",
        "CC301",
        "1.6%",
    ),
    # a span of two periods between the value and its sizes
    (
        "The state borrowed £46.3bn between April and September, £7.5bn or 13.9% less than a"
        " year earlier.",
        "13.9%",
        "16.2%",
        "CC301",
        "16.2%",
    ),
    (
        "Farmers harvested 12.4 million tonnes between January and June, 600,000 tonnes or"
        " 5.1% more than a year before.",
        "5.1%",
        "1.5%",
        "CC301",
        "1.5%",
    ),
    # "bp"
    (
        "The central bank cut its key rate by 50 bp to 4.50% from 5.00%.",
        "50 bp",
        "25 bp",
        "CC301",
        "25 bp",
    ),
    (
        "The regulator lifted the reserve ratio by 75 bp, to 9.25% from 8.50%.",
        "8.50%",
        "8.25%",
        "CC301",
        "75 bp",
    ),
    # a multiple in "times", comparing the value before it with the one after it
    (
        "Total trade hit a record $400 billion in 2017, four times the $100 billion first"
        " reached in 2007.",
        "four times",
        "three times",
        "CC301",
        "three times",
    ),
    (
        "City dwellers averaged 23,512 yuan, 2.83 times the 8,297 yuan of rural residents.",
        "2.83 times",
        "3.28 times",
        "CC301",
        "3.28 times",
    ),
    (
        "Every resident's share is roughly $45,939, more than 51 times the $894 a head of 1918.",
        "$894",
        "$984",
        "CC301",
        "$45,939",
    ),
    (
        "Its sales, at €12 million, were three times as much as the €4 million of 2019.",
        "€4 million",
        "€6 million",
        "CC301",
        "€12 million",
    ),
    # pace nouns
    (
        "Prices were up 25.2% on a year earlier in May, a marked deceleration from April's 35.3%.",
        "25.2%",
        "45.2%",
        "CC302",
        "45.2%",
    ),
    (
        "Growth was 2.1% in the quarter, an acceleration from 1.5% in the three months before.",
        "acceleration",
        "deceleration",
        "CC302",
        "2.1%",
    ),
    # "upward" and "downward" after an object; a target or goal as the earlier value
    (
        "Over the year the ministry revised its borrowing goal upward, to Rs8.4 trillion from"
        " the Rs6.9 trillion first budgeted.",
        "upward",
        "downward",
        "CC302",
        "Rs8.4 trillion",
    ),
    (
        "The agency marked its harvest estimate downwards, to 41.2 million tonnes from 43.0"
        " million tonnes.",
        "43.0 million tonnes",
        "40.3 million tonnes",
        "CC302",
        "41.2 million tonnes",
    ),
    (
        "The cabinet has raised its full-year deficit projection to 6.3 percent of GDP, from a"
        " target of 5.1 percent.",
        "raised",
        "lowered",
        "CC302",
        "6.3 percent",
    ),
    # a hedged size in a sentence pointing back to the value before
    (
        "The state closed the year with a deficit of E£239.9bn, preliminary figures show. That"
        " is just over 10% more than the E£217.6bn projected in the budget.",
        "just over 10%",
        "just over 20%",
        "CC301",
        "20%",
    ),
    (
        "Exports reached NT$1.42 trillion in the half. That was roughly 8% above the NT$1.31"
        " trillion of a year earlier.",
        "roughly 8%",
        "roughly 18%",
        "CC301",
        "18%",
    ),
    # values before and after the verb in any order: a pair set against each other before
    # it, a value the sentence opens with, an aside closed by "and"
    (
        "Profit for the half, R285.7 million against R172.5 million, rose by 66%.",
        "66%",
        "76%",
        "CC301",
        "76%",
    ),
    (
        "Net sales, 3,412 million kronor versus 3,050 million kronor, climbed 11.9%.",
        "3,050 million kronor",
        "3,150 million kronor",
        "CC301",
        "11.9%",
    ),
    (
        "From $2.82 billion a year earlier, operating profit dropped 14.9% to $2.4 billion.",
        "14.9%",
        "24.9%",
        "CC301",
        "24.9%",
    ),
    (
        "From 1,204 in 2019, the number of branches fell to 1,020.",
        "fell",
        "rose",
        "CC302",
        "1,020",
    ),
    (
        "At 5.03%, inflation is above the 4.9% target.",
        "above",
        "below",
        "CC302",
        "5.03%",
    ),
    (
        "At $61.2 billion, the trade gap was narrower than the $64.7 billion forecast.",
        "$64.7 billion",
        "$54.7 billion",
        "CC302",
        "$61.2 billion",
    ),
    (
        "The jobless rate was 4.2%, the highest since 2021 and up from 3.9% in May.",
        "up from",
        "down from",
        "CC302",
        "4.2%",
    ),
    # "better than" and "worse than": the noun before them says which way is better
    (
        "The deficit came to 4.4% of GDP, a little better than the 4.5% the finance law had"
        " aimed for.",
        "better",
        "worse",
        "CC302",
        "4.4%",
    ),
    (
        "The jobless rate was 5.1% in March, worse than the 4.8% economists expected.",
        "4.8%",
        "5.8%",
        "CC302",
        "5.1%",
    ),
    (
        "Operating profit of ¥212 billion was better than the ¥190 billion analysts expected.",
        "¥190 billion",
        "¥290 billion",
        "CC302",
        "¥212 billion",
    ),
    # a rate's move sized in points from a stated level, its new level stated "at" before
    (
        "The central bank kept the repo rate at 6.75 percent on Tuesday, after having lowered"
        " it in September by 50 basis points from 7.25 percent.",
        "7.25 percent",
        "7.5 percent",
        "CC301",
        "50 basis points",
    ),
    (
        "The policy rate now stands at a record-low 3.5%, the governor said on Thursday. The"
        " committee has brought it down 300 basis points this year, from 6.5% in January.",
        "300 basis points",
        "275 basis points",
        "CC301",
        "275 basis points",
    ),
    (
        "Mortgage lenders held their variable rate at 7.9% in May. They had cut it by half a"
        " percentage point from 8.4% in March.",
        "8.4%",
        "8.9%",
        "CC301",
        "half a percentage point",
    ),
    # a basis naming the values as written
    (
        "In unadjusted terms, retailers took £7.0 billion a week in July, slightly more than"
        " the £6.9 billion a week of a year earlier.",
        "£6.9 billion",
        "£7.9 billion",
        "CC302",
        "£7.0 billion",
    ),
    # a basis naming the change's subject qualifies both its values
    (
        "Germany's adjusted trade surplus shrank to €12.6 billion in March from €14.7 billion"
        " in February, the statistics office said.",
        "€14.7 billion",
        "€11.7 billion",
        "CC302",
        "shrank",
    ),
    (
        "Underlying profit at the miner rose 6.9% to A$3.1 billion, from A$2.9 billion a year"
        " earlier.",
        "A$2.9 billion",
        "A$2.6 billion",
        "CC301",
        "6.9%",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace", "rule", "figure"), VARIANTS)
def test_a_variant_gets_a_verdict_and_stays_clean(
    text: str, find: str, replace: str, rule: str, figure: str
) -> None:
    assert "consistent" in change_verdicts(text)
    assert change_findings(text) == []


@pytest.mark.parametrize(("text", "find", "replace", "rule", "figure"), VARIANTS)
def test_a_variant_with_its_slip_is_flagged_at_its_figures(
    text: str, find: str, replace: str, rule: str, figure: str
) -> None:
    found = change_findings(text.replace(find, replace, 1))
    assert [r for r, _ in found] == [rule]
    assert figure in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        # "times" as how often, or with no value compared after it
        "The bank raised rates four times the previous year, from 1% to 3%.",
        "The bank raised its rate three times in 2022, to 4% from 1%.",
        "Exports reached $5 billion, four times the size of the 2010 total.",
        "Revenue was $5 billion, three times the level of its rival, which made $3 billion.",
        # a bracket of its own after a size is no second size
        "Natural increase accounted for 46% (138,100 people, from 273,500 births less 135,400"
        " deaths).",
        "Prices rose 5% (4.8% in real terms) to $210.",
        # a basis that changes what the values mean still keeps them apart
        "In real terms, retailers took £7.0 billion a week in July, slightly less than the"
        " £6.9 billion a week of a year earlier.",
        # a basis stated after the values, or one that is no subject's, keeps them apart
        "Profit rose 5% to £3.1bn from £2.9bn on an underlying basis.",
        "Like-for-like sales rose 2% to £3bn from £2.6bn.",
        "Adjusted for inflation, wages fell to $910 a week from $880.",
        # a fronted value of another thing, or with more than period words before its comma
        "From $5 billion in sales, profit rose 10% to $1 billion.",
        "At $5 billion, the fund said profit fell 10% from $2 billion.",
        "Sales were $5 billion against $4 billion of costs, and profit rose 10%.",
        # "better" with no noun that says which way is better
        "Results of $2.1 billion were better than the $2.4 billion of the year before.",
        "The season was better than 2019's, with 120 sunny days against 98.",
        # a move from a level with no level stated "at" before it, or two, or only a
        # comparison: no reading is clearly best
        "Inflation was 3.1% in May. The bank cut its rate by 50 basis points from 5%.",
        "The rate stood at 4% and the yield at 6%. The bank cut it by 25 basis points from 4.5%.",
        "The deficit is put at 6.9% of GDP, against a revised 7.4%, itself 0.9 percentage"
        " points above the 6.5% of the year before.",
        # a pace noun with no rate to compare
        "The slowdown in China cut exports by 5% to $3 billion.",
    ],
)
def test_look_alikes_make_no_change_finding(text: str) -> None:
    assert change_findings(text) == []


@settings(max_examples=40, deadline=None)
@given(
    old=st.integers(20, 900),
    factor=st.integers(2, 9),
    stated=st.integers(2, 9),
    noun=st.sampled_from(["exports", "sales", "spending", "revenue"]),
    currency=st.sampled_from([("$", "billion"), ("€", "million"), ("£", "bn")]),
)
def test_a_multiple_in_times_is_checked_against_its_two_values(
    old: int, factor: int, stated: int, noun: str, currency: tuple[str, str]
) -> None:
    new = old * factor
    assume(old % 10 != 0 and new % 10 != 0)  # a round figure may be rounded further
    mark, scale = currency
    words = ["", "", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    text = (
        f"Last year {noun} reached {mark}{new} {scale}, {words[stated]} times the"
        f" {mark}{old} {scale} of a decade earlier."
    )
    rules = [rule for rule, _ in change_findings(text)]
    assert rules == ([] if stated == factor else ["CC301"])


@settings(max_examples=40, deadline=None)
@given(
    old=st.integers(10_000, 90_000),
    step=st.integers(-4_000, 4_000).filter(lambda n: abs(n) >= 200),
    off=st.sampled_from([0.0, 0.0, 2.0, -1.5]),
    bracket=st.booleans(),
)
def test_a_change_sized_both_ways_is_checked_against_its_new_value(
    old: int, step: int, off: float, bracket: bool
) -> None:
    new = old + step
    assume(new % 100 != 0)  # a round figure may be rounded further
    percent = round(100 * abs(step) / old + off, 1)
    verb = "rose" if step > 0 else "fell"
    sized = f"{abs(step):,} members ({percent}%)" if bracket else f"{abs(step):,}, or {percent}%,"
    text = f"Membership {verb} by {sized} to {new:,} last year."
    rules = [rule for rule, _ in change_findings(text)]
    assert rules == ([] if off == 0.0 else ["CC301"])
