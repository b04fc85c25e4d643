"""Changes and direction words as real copy words them, beyond "rose X% to Y from Z".

Each class of wording in `VARIANTS` has several variants written for these tests: each
clean one gets a verdict and no finding, and with its slip made the right rule fires.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import claimcheck


def findings(text: str) -> list[str]:
    return [f.rule for f in claimcheck.check(text).findings]


def change_verdicts(text: str) -> list[str]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == "change"]


# Each variant: a clean text, the slip (find, replace) and the rule the slip must fire.
VARIANTS = [
    # a comparative after the new value: "X, 43% more than the Y"
    (
        "Exports reached 4.6 billion dollars in March, 15 percent more than the 4.0 billion"
        " dollars shipped a year earlier.",
        "15 percent",
        "25 percent",
        "CC301",
    ),
    (
        "The insurer reported net profit of ₹13,680 crore for the quarter, 43% more than the"
        " ₹9,567 crore it made a year before.",
        "43% more",
        "43% less",
        "CC302",
    ),
    (
        "Rents averaged £1,248 a month, 4% less than the £1,301 of 2022.",
        "4% less",
        "4% more",
        "CC302",
    ),
    (
        "Carmakers shipped 342 million vehicles, 1.8% fewer than the 348.2 million of 2023.",
        "1.8%",
        "8.1%",
        "CC301",
    ),
    # fiscal years and rate units between the parts: "in 2001/2002", "a share"
    (
        "The council's net budget increased from £200.56m in 2001/2002 to £203.86m in 2002/2003.",
        "increased",
        "decreased",
        "CC302",
    ),
    (
        "Debt is projected to fall to 30.2% of GDP in 2034-35 from 35.2% in 2026-27.",
        "fall",
        "rise",
        "CC302",
    ),
    (
        "Health spending grew to 41.3 billion rand in 2023/24 from 38.9 billion rand in 2022/23.",
        "38.9",
        "43.9",
        "CC302",
    ),
    ("The quarterly dividend rose to $0.73 a share from $0.69.", "$0.69", "$0.79", "CC302"),
    ("Wheat fell to 212 euros per tonne from 236 euros in May.", "fell", "climbed", "CC302"),
    ("Brent rose 58% to $53.70 a barrel from $33.90.", "58%", "85%", "CC301"),
    # "from X to Y" with no direction word, sized after: ", a gain of 1.8%"
    (
        "Median household income went from $71,040 in 2023 to $72,330 in 2024, a gain of 1.8%.",
        "1.8%",
        "8.1%",
        "CC301",
    ),
    (
        "The island's population went from 30,576 people in 2006 to an estimated 37,174 ten years"
        " later, a jump of 21.6 per cent.",
        "a jump",
        "a fall",
        "CC302",
    ),
    ("Ticket prices went from 40 euros to 52 euros, up 30 percent.", "up 30", "up 20", "CC301"),
    (
        "Output moved from 1.82 million barrels a day in 2019 to 1.61 million in 2021, a drop of"
        " 11.5 percent.",
        "a drop",
        "a rise",
        "CC302",
    ),
    # a growth rate compared with the one before: "grew 4.1%, picking up from 3.9%"
    (
        "Household spending grew 4.1% in the three months to September, picking up from 3.9% in"
        " the second quarter.",
        "picking up",
        "slowing",
        "CC302",
    ),
    (
        "Seasonally adjusted output expanded 0.2% in the second quarter, slowing from 0.4% in the"
        " first.",
        "0.4%",
        "0.1%",
        "CC302",
    ),
    (
        "Retail sales rose 6.3 percent in May from a year earlier, accelerating from 5.1 percent"
        " in April.",
        "accelerating",
        "easing",
        "CC302",
    ),
    (
        "Wages climbed 2.8 per cent over the year, easing from 3.4 per cent in 2023.",
        "3.4 per cent",
        "2.4 per cent",
        "CC302",
    ),
    # a linking verb before "up from" / "down from": "£7.84bn was down from £8.95bn"
    ("April's deficit of £7.84bn was down from £8.95bn a year ago.", "down", "up", "CC302"),
    ("The department's $16.03 is down from a peak of $28 in 1984.", "$28", "$12", "CC302"),
    (
        "Union membership of 48,210 has been up from 45,900 since the spring.",
        "up from",
        "down from",
        "CC302",
    ),
    (
        "Arrivals of 1.36 million were up from 1.21 million in 2022, the ministry said.",
        "1.21 million",
        "1.42 million",
        "CC302",
    ),
    # a comparison after the new value with no change stated: "X, below the Y"
    (
        "The minister now sees a deficit of $36.4 billion this fiscal year, below the $43.0"
        " billion forecast in the spring.",
        "below",
        "above",
        "CC302",
    ),
    (
        "So far this year the government has borrowed £63.518bn, less than the £71.005bn at the"
        " same point last year.",
        "£71.005bn",
        "£61.005bn",
        "CC302",
    ),
    (
        "The deficit came to 9.3% of GDP, lower than the 9.5% pencilled in by the ministry.",
        "9.3%",
        "9.8%",
        "CC302",
    ),
    (
        "The motion won 77.2 percent, above the 75 percent it needed.",
        "77.2 percent",
        "71.2 percent",
        "CC302",
    ),
    ("Turnout of 61% was higher than the 58% recorded in 2019.", "higher", "lower", "CC302"),
    # a comparative with a noun of its own: "0.4%, a smaller increase than the 0.5%"
    (
        "Prices rose 0.4% over the month, a smaller monthly increase than the 0.5 per cent seen a"
        " year before.",
        "0.4%",
        "0.6%",
        "CC302",
    ),
    (
        "The index rose 2.0% in the 12 months to November, a slower increase than October's 2.4%.",
        "slower",
        "faster",
        "CC302",
    ),
    ("Rents climbed 7.3% in 2024, a faster rise than the 5.8% of 2023.", "5.8%", "8.5%", "CC302"),
    (
        "Output grew 3.4 percent last year, a bigger gain than the 2.9 percent the ministry had"
        " forecast.",
        "bigger",
        "smaller",
        "CC302",
    ),
    # an adverb of manner after the verb: "rose steadily, from 9% to 80%"
    (
        "Home computer access rose continuously, from 9% of households in 1984 to 80% in 2011.",
        "rose",
        "fell",
        "CC302",
    ),
    (
        "Exports fell steadily, from 5.2 billion dollars in 2019 to 4.1 billion dollars in 2023.",
        "4.1 billion",
        "6.1 billion",
        "CC302",
    ),
    (
        "The jobless rate climbed sharply to 7.4% from 5.9% over the winter.",
        "5.9%",
        "8.9%",
        "CC302",
    ),
    (
        "Sales rose modestly 5% to 5.18 billion dollars from 4.93 billion dollars.",
        "5%",
        "15%",
        "CC301",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace", "rule"), VARIANTS)
def test_a_variant_gets_a_verdict_and_stays_clean(
    text: str, find: str, replace: str, rule: str
) -> None:
    assert "consistent" in change_verdicts(text)
    assert findings(text) == []


@pytest.mark.parametrize(("text", "find", "replace", "rule"), VARIANTS)
def test_a_variant_with_its_slip_is_flagged(text: str, find: str, replace: str, rule: str) -> None:
    assert findings(text.replace(find, replace, 1)) == [rule]


@pytest.mark.parametrize(
    "text",
    [
        "More than 500 people came, more than the 300 the organisers expected.",
        "Sales hit 220 million units, 10 percent more than analysts had expected.",
        "The firm sold 40% more cars than in 2019.",
        # "less than" and "more than" as hedges of a value are no direction words
        "Sales rose to 5 million euros from less than 4 million euros.",
        "Sales fell to less than 4 million euros from 5 million euros.",
        "Output rose to more than 12,000 tonnes from 9,400 tonnes.",
        # the size follows a clause of its own, not the pair
        "Prices went from 40 euros to 52 euros, and wages rose, a gain of 3 percent.",
        # two values that are not a "from ... to" pair
        "Sales were 40 euros and costs 52 euros, a gain of 30 percent.",
        # a percentage and a count are never compared
        "Natural increase was 151,300 people, 0.5%, higher than the 150,500 of 2011.",
        # a different currency
        "Sales reached 4.1 billion euros, below the $4.6 billion analysts had expected.",
        # only one value
        "Prices rose more than expected in May, above the 2 percent target.",
    ],
)
def test_a_comparison_without_two_alike_values_makes_no_finding(text: str) -> None:
    assert findings(text) == []


@settings(max_examples=40, deadline=None)
@given(
    old=st.integers(1_001, 9_999).filter(lambda n: n % 10),  # not a round figure
    percent=st.integers(2, 60),
    word=st.sampled_from(["more", "less"]),
    slip=st.booleans(),
)
def test_a_stated_comparative_is_flagged_exactly_when_its_direction_is_wrong(
    old: int, percent: int, word: str, slip: bool
) -> None:
    up = (word == "more") != slip
    new = round(old * (1 + percent / 100)) if up else round(old * (1 - percent / 100))
    assume(new % 10)  # "2,100" may be rounded to hundreds: its order against 2,059 is unsure
    text = (
        f"Revenue was {new:,} million euros, {percent}% {word} than the {old:,} million euros"
        " of 2021."
    )
    assert findings(text) == (["CC302"] if slip else [])


def test_a_noun_after_an_adjective_keeps_its_own_reading() -> None:
    # "bigger" with no "than" leaves the noun its own change: 5% from 2.95 billion
    text = "Sales posted a bigger rise of 5% to 3.1 billion euros from 2.95 billion euros."
    assert change_verdicts(text) == ["consistent"]
    assert findings(text.replace("2.95", "3.25")) == ["CC302"]


def test_a_comparative_sized_in_the_values_unit_is_read_once_as_their_gap() -> None:
    text = (
        "The average household spends £489 a week, £7.70 less than the £496.70 of a year earlier."
    )
    report = claimcheck.check(text)
    assert [(c.kind, v.verdict) for c, v in report.judged() if v.verdict] == [
        ("difference", "consistent")
    ]
    assert findings(text.replace("£7.70", "£17.70", 1)) == ["CC304"]
