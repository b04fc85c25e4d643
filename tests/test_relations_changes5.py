"""Changes whose parts a reporting period with its own "to" or "from" stands between.

A period that ends "to" a date ("in the six months to 31 December", "for the year to
March") or runs "from" one date "to" another ("from July 1 to October 30") dates the value
before it: its "to" and "from" lead to no value of the change; and "a year earlier" after
a measure counts a time back, not a rate's unit. A bare comparison in a sentence pointing
back ("That was well below the ...") takes its subject from the sentence before, and a
compared value may be named "final" ("above the final 3.6 trillion"). Each clean text
gets a verdict and no finding; with its slip made the right rule fires.
"""

from __future__ import annotations

import pytest

import claimcheck


def findings(text: str) -> list[str]:
    return [f.rule for f in claimcheck.check(text).findings]


def change_verdicts(text: str) -> list[str]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == "change"]


# Each variant: a clean text, the slip (find, replace) and the rule the slip must fire.
VARIANTS = [
    # a period ending "to" a month, with or without its day and year
    (
        "Group turnover climbed 18% to 41.3 billion rand in the six months to 31 August 2024,"
        " from 35.0 billion rand.",
        "18%",
        "28%",
        "CC301",
    ),
    (
        "Freight volumes fell 6 percent to 212 million tonnes in the year to March, from"
        " 225.5 million tonnes.",
        "fell",
        "rose",
        "CC302",
    ),
    (
        "The airline lifted passenger revenue by 9.5% to €2,190 million in the quarter to"
        " June 30, from €2,000 million a year before.",
        "9.5%",
        "5.9%",
        "CC301",
    ),
    (
        "Pre-tax profit dropped to £38.2m in the 52 weeks to 4 February 2023, from £45.9m,"
        " a fall of 17%.",
        "17%",
        "71%",
        "CC301",
    ),
    # a period running "from" one date "to" another
    (
        "Tax receipts rose to 5.4 trillion won from April to June, compared with 4.8 trillion"
        " won in the same months of 2022, an increase of 12.5 percent.",
        "12.5 percent",
        "21.5 percent",
        "CC301",
    ),
    (
        "The province's surplus shrank to $1.9 billion in the five months from April 1 to"
        " August 31, against $2.6 billion in the same stretch a year earlier.",
        "shrank",
        "grew",
        "CC302",
    ),
    # an earlier value dated "a year earlier", which makes no rate of its unit
    (
        "Steel output slipped to 8.1 million tonnes in May from 8.5 million tonnes a year"
        " earlier, a 4.7% decline, the industry body said.",
        "4.7%",
        "7.4%",
        "CC301",
    ),
    # a bare comparison whose subject a sentence pointing back gives
    (
        "Japan's current account showed a surplus of ¥1.9 trillion in March. That was more"
        " than the ¥1.6 trillion of March last year.",
        "more",
        "less",
        "CC302",
    ),
    (
        "Chile's copper agency put June output at 470,500 tonnes. This was well below the"
        " 501,200 tonnes of May, the agency added.",
        "below",
        "above",
        "CC302",
    ),
    # a compared value named final, provisional or original before it
    (
        "The agency now expects a shortfall of 4.2 trillion won, well above the final 3.6"
        " trillion won recorded for 2023.",
        "above",
        "below",
        "CC302",
    ),
    # values set against each other across such a period, sized after them
    (
        "Coal imports reached 61.2 million tonnes for the year to November against 48.0"
        " million tonnes a year earlier, an increase of 27.5 per cent.",
        "27.5 per cent",
        "72.5 per cent",
        "CC301",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace", "rule"), VARIANTS)
def test_clean_copy_is_read_and_passes(text: str, find: str, replace: str, rule: str) -> None:
    assert findings(text) == []
    assert "consistent" in change_verdicts(text)


@pytest.mark.parametrize(("text", "find", "replace", "rule"), VARIANTS)
def test_slip_across_a_period_is_flagged(text: str, find: str, replace: str, rule: str) -> None:
    slipped = text.replace(find, replace, 1)
    assert slipped != text
    assert rule in findings(slipped)


# Guards: clean copy where "to" or "from" before a month is no part of a change.
GUARDS = [
    "Sales rose 4% to $8.1 billion in the year to June, the company said, helped by a weaker"
    " currency.",
    "Inflation eased to 3.1% from July to September, from 3.4% in the quarter before.",
    "The index fell 2.5% in the quarter to March and is expected to rise 1.5% from April to June.",
    "Output rose to 1.2 million barrels a day in the year to December from 1.1 million"
    " barrels a day.",
    "The mill makes 120,000 tonnes a year, up from 100,000 tonnes a year in 2019, a rise of 20%.",
]


@pytest.mark.parametrize("text", GUARDS)
def test_clean_copy_with_period_words_gives_no_finding(text: str) -> None:
    assert findings(text) == []
