"""Totals as real copy words them, sixth set: two parts in clauses joined by "while"
before their combined total, a total named by "totalled" or as a change's new value with
its parts in the next sentence, a part "of that" pointing back a sentence, a list of parts
in one clause of a sentence that lists another, parts matched "respectively" to names
listed before them, and lists whose parts carry an aside, a share restating them or a
pointer back ("those to ...", "of the total")."""

from __future__ import annotations

import pytest

import claimcheck


def rules(text: str) -> list[str]:
    """The rules of the findings on total relations (CC303)."""
    return [f.rule for f in claimcheck.check(text).findings if f.rule == "CC303"]


def slipped(text: str, find: str, replace: str) -> str:
    assert text.count(find) == 1
    return text.replace(find, replace)


# Each: a clean text, a figure in it, and a slip of that figure the reader must catch.
READABLE = [
    # two parts in clauses joined by ", while" / ", whereas" before their combined total
    (
        "Unit A earned 1.2 billion rand, while unit B earned 0.9 billion rand, together 2.1"
        " billion rand.",
        "together 2.1",
        "together 2.4",
    ),
    (
        "Imports from Chile rose to $4.1 billion, while those from Peru fell to $2.2 billion,"
        " for a combined $6.3 billion.",
        "$2.2 billion",
        "$2.7 billion",
    ),
    (
        "Port throughput reached 52,400 tonnes in May, 4 percent more than a year earlier,"
        " whereas rail freight came to 31,700 tonnes, a combined 84,100 tonnes.",
        "84,100",
        "81,400",
    ),
    # a total named by "totalled" and its parts in the next sentence, with no link word
    (
        "Spending totalled €9.4 billion in 2024. Schools took €6.1 billion and hospitals"
        " €3.3 billion.",
        "€3.3 billion",
        "€3.8 billion",
    ),
    (
        "The fund's payouts totaled 820 million rand last year. Pensioners received 510"
        " million rand and widows 310 million rand.",
        "310 million",
        "410 million",
    ),
    # the parts listed in one clause, another list after ", while" or ";"
    (
        "Exports rose to $8.9 billion in June and imports to $9.1 billion. Exports to Asia"
        " reached $5.0 billion and those to Europe $3.9 billion; imports from Asia were $6.2"
        " billion and those from Europe $2.9 billion.",
        "$2.9 billion",
        "$3.9 billion",
    ),
    (
        "Sales fell 3% to ¥840 billion and purchases 8% to ¥910 billion. Sales to domestic"
        " buyers were worth ¥510 billion and those to buyers abroad ¥330 billion, while"
        " purchases came to ¥600 billion at home and ¥310 billion abroad.",
        "¥330 billion",
        "¥380 billion",
    ),
    # a noun linked straight to its first figure, the parts split by where they come from
    (
        "Exports fell 5% to €131.2 billion and imports 12% to €110.8 billion. Imports came to"
        " €58.9 billion from the EU and €51.9 billion from outside it.",
        "€51.9 billion",
        "€56.9 billion",
    ),
    # a part named by a pointer back and a longer phrase: "those to the rest of the world"
    (
        "Norway's exports fell to NOK 131.2 billion in November. Exports to EU countries"
        " were worth NOK 71.5 billion and those to the rest of the world NOK 59.7 billion.",
        "NOK 59.7",
        "NOK 65.7",
    ),
    # a share "of the total" beside a part, and a part named "capital projects"
    (
        "Total spending is set at N6.2 trillion. Salaries take N2.9 trillion, debt service"
        " N1.8 trillion (about 29% of the total) and capital projects N1.5 trillion.",
        "N1.5 trillion",
        "N1.9 trillion",
    ),
    # a part "of that" pointing back to the one figure of its kind in the sentence before
    (
        "The agency spent $4.1 billion last year. Salaries took $2.3 billion of that, and"
        " rent $1.8 billion.",
        "$2.3 billion",
        "$2.8 billion",
    ),
    (
        "The plan costs 750 billion roubles. Regions will get 310 billion roubles of it.",
        "310 billion",
        "810 billion",
    ),
    # a named total that is a change's new value, its earlier value after it
    (
        "Total revenue rose 8% to $9.1 billion from $8.4 billion. Europe contributed $4.2"
        " billion and Asia $4.9 billion.",
        "$4.9 billion",
        "$5.2 billion",
    ),
    (
        "Exports climbed 6 percent to 48,300 tonnes in March from 45,600 tonnes. Wheat"
        " accounted for 21,000 tonnes and barley for 27,300 tonnes.",
        "27,300",
        "29,300",
    ),
    # "respectively" in commas before the total, or after parts whose names a cue lists
    (
        "Land-based and sea-based workers sent US$17.6 billion and US$5.2 billion,"
        " respectively, for a total of US$22.8 billion.",
        "US$5.2 billion",
        "US$6.2 billion",
    ),
    (
        "Group sales of €5.5 billion were split between Europe and Asia, at €3.1 billion and"
        " €2.4 billion respectively.",
        "€2.4 billion",
        "€2.9 billion",
    ),
    (
        "The fund's assets of A$48 billion comprise loans, bonds and cash of A$31 billion,"
        " A$12 billion and A$5 billion, respectively.",
        "A$12 billion",
        "A$14 billion",
    ),
    # each part of a count restated as a share in an aside: ", or 53.1%,"
    (
        "After 412 spoilt papers were set aside, 38,516 valid votes remained: 20,437, or"
        " 53.1%, for the motion and 18,079, or 46.9%, against.",
        "18,079",
        "18,709",
    ),
    (
        "Enrolment reached 38,520 pupils: 20,440, or 53.1%, in state schools and 18,080, or"
        " 46.9%, in private ones.",
        "18,080",
        "18,780",
    ),
    # an aside in commas inside the last part's name
    (
        "Overall turnover reached 7,400 tonnes. Local mills accounted for 3,100 tonnes and"
        " foreign buyers, mostly Chinese, for 4,300 tonnes.",
        "4,300",
        "4,800",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace"), READABLE)
def test_clean_copy_gives_no_finding(text: str, find: str, replace: str) -> None:
    assert rules(text) == []


@pytest.mark.parametrize(("text", "find", "replace"), READABLE)
def test_a_slipped_part_or_total_is_found(text: str, find: str, replace: str) -> None:
    assert rules(slipped(text, find, replace)) == ["CC303"]


@pytest.mark.parametrize(
    "text",
    [
        # a running total: earlier pledges are in it too
        "Germany pledged $2 billion, while France added $1 billion, bringing the total to"
        " $10 billion.",
        # "to" a combined figure: the new level, not the sum of two changes
        "Sales rose by $4 million, while costs rose by $3 million, to a combined $20 million.",
        # a gap after the parts, not their total
        "The US pledged $2.2 billion, while Japan gave $1.4 billion, together $0.5 billion"
        " more than last year.",
        "The US pledged $2.2 billion, Japan $1.4 billion and Germany $0.6 billion, together"
        " $0.5 billion more than last year.",
        # a third figure of the kind before the pair: which are the parts?
        "Group revenue was $9 billion; unit A earned $1.2 billion, while unit B earned $0.9"
        " billion, together $5 billion.",
        # a forecast is no part stated
        "Unit A earned 1.2 billion rand, while analysts expect unit B to earn 0.9 billion"
        " rand, together 3 billion rand.",
        # no total named and no part verb: the figures need not be parts
        "The budget for defence was €9.4 billion. Schools took €6.1 billion and hospitals"
        " €4.2 billion.",
        # the noun linked straight to figures of two months: no split of the total
        "Exports reached ¥900 billion in March. Exports were ¥700 billion in April and ¥650"
        " billion in May.",
        # the list sentence restates the noun that names the total
        "Spending totalled $14 million. Spending came to $9 million and revenue to $8 million.",
        # the next sentence has a total of its own
        "Spending totalled €9.4 billion. Schools took €6.1 billion and hospitals €4.2 billion,"
        " a combined €10.3 billion in all.",
        # "of that" with two figures of its kind in the sentence before: which is it?
        "The agency spent $4.1 billion and raised $3.9 billion. Salaries took $4.3 billion"
        " of that.",
        "Revenue rose to $4.1 billion from $3.9 billion. Salaries took $4.3 billion of that.",
        # the parts of another time than the total, a change's new value
        "Total revenue rose 8% to $9.1 billion from $8.4 billion. A year earlier Europe"
        " contributed $4.2 billion and Asia $5.2 billion.",
        # no total named and no part verb
        "Revenue rose 8% to $9.1 billion from $8.4 billion. Europe brought in $4.2 billion"
        " and Asia $5.2 billion.",
        # "respectively" after a figure that is not the last of the list read
        "Group sales of €5.5 billion were split between Europe and Asia, at €3.1 billion and"
        " €2.9 billion, against €2.0 billion and €1.6 billion respectively a year earlier.",
        # an aside with a figure is no aside: "mostly 900 tonnes Chinese"
        "Overall turnover reached 7,400 tonnes. Local mills accounted for 3,100 tonnes and"
        " foreign buyers, 900 tonnes of it Chinese, for 4,800 tonnes.",
    ],
)
def test_figures_that_are_no_parts_stay_silent(text: str) -> None:
    assert rules(text) == []
