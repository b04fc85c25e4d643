"""Shares read across a comparison, a definite opener, a reporting clause and a month; and
fractions with an adjective after their article.

Each form is checked clean (consistent, no finding) and with a seeded slip (a finding on
the slipped figure); guards keep readings that are not there unread.
"""

from __future__ import annotations

import pytest

import claimcheck


def verdicts(text: str, kind: str = "share") -> list[str | None]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == kind]


def findings(text: str) -> list[tuple[str, str]]:
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


def assert_checked(text: str, right: str, slip: str, rule: str = "CC201") -> None:
    """`text` with `right` is consistent and clean; with `slip`, `rule` is raised on it."""
    clean = text.format(right)
    assert findings(clean) == []
    assert "consistent" in verdicts(clean) + verdicts(clean, "fraction-restatement")
    slipped = text.format(slip)
    found = findings(slipped)
    assert [r for r, _ in found] == [rule]
    assert slip in found[0][1]


# --- a part compared "from" an earlier value before its share ---------------------------

COMPARED = [
    # 192 / 345 = 55.7%
    (
        "The club's accounts show turnover of £345m. Its wage bill grew to £192m from £166m,"
        " {0}% of turnover, and profit was £25m.",
        "56",
        "65",
    ),
    # 11,300 / 48,000 = 23.5%
    (
        "The state has set aside Rs 11,300 crore for schools, up from Rs 10,690 crore a year"
        " earlier - {0} per cent of its Rs 48,000 crore budget.",
        "24",
        "42",
    ),
    # 3.9 / 15.2 = 25.7%
    (
        "Exports of coffee fell to $3.9 billion from $4.4 billion in 2022, {0} percent of the"
        " country's $15.2 billion of exports.",
        "26",
        "62",
    ),
]


@pytest.mark.parametrize(("text", "right", "slip"), COMPARED)
def test_a_part_compared_from_an_earlier_value_is_the_level(
    text: str, right: str, slip: str
) -> None:
    assert_checked(text, right, slip)


# --- "Of the ballots, ...": a definite opener naming a count in the sentence before ------

OPENERS = [
    # 431,153 / 6,006,211 = 7.2%
    (
        "In the 1977 election, 6,006,211 ballots were cast by the 6,316,662 registered voters."
        " Of the ballots, 431,153, or {0}%, were blank or spoiled.",
        "7.2",
        "2.7",
    ),
    # 1,020 / 2,400 = 42.5%
    (
        "The survey reached 2,400 households and 310 firms in May. Of the households, 1,020"
        " ({0}%) said prices had risen.",
        "42.5",
        "24.5",
    ),
]


@pytest.mark.parametrize(("text", "right", "slip"), OPENERS)
def test_a_definite_opener_takes_the_count_its_noun_names(text: str, right: str, slip: str) -> None:
    assert_checked(text, right, slip)


def test_a_definite_opener_naming_no_count_before_reads_no_whole() -> None:
    # "the ballots cast" ends in no noun of the count before: no whole, no finding
    text = "Last year 5,000 ballots were spoiled. Of the ballots cast, 3,000 (20%) were spoiled."
    assert findings(text) == []
    assert "inconsistent" not in verdicts(text)


# --- a relative clause reporting who said it ---------------------------------------------

REPORTED = [
    # 401.8 / 522.8 = 76.9%
    (
        "By November the deficit was Rp 401.8 trillion, which the finance minister said was"
        " {0} percent of the Rp 522.8 trillion allowed for the year.",
        "76.8",
        "67.8",
    ),
    # 2.6 / 9.1 = 28.6%
    (
        "The authority collected R2.6 billion in fines, which officials at the treasury say is"
        " {0}% of the R9.1 billion it is owed.",
        "28.6",
        "82.6",
    ),
]


@pytest.mark.parametrize(("text", "right", "slip"), REPORTED)
def test_a_relative_clause_with_a_reporting_verb_reaches_its_part(
    text: str, right: str, slip: str
) -> None:
    assert_checked(text, right, slip)


# --- a part's clause dated by a month -----------------------------------------------------

MONTHS = [
    # 157.87 / 2,782.88 = 5.67%
    (
        "Spending picked up: Tk 157.87 billion went on development work in December, {0} per"
        " cent of the Tk 2,782.88 billion programme.",
        "5.67",
        "6.57",
    ),
    # 4.2 / 35 = 12%
    (
        "Of this year's aid, $4.2 billion went to dairy farmers in March, {0}% of the $35"
        " billion paid out so far.",
        "12",
        "21",
    ),
]


@pytest.mark.parametrize(("text", "right", "slip"), MONTHS)
def test_a_part_dated_by_a_month_keeps_its_share(text: str, right: str, slip: str) -> None:
    assert_checked(text, right, slip)


# --- "an estimated quarter (25%)": an adjective between the article and the fraction -------

FRACTIONS = [
    ("Before the count, an estimated quarter ({0}%) of adults said no form had come.", "25", "52"),
    ("A further fifth, {0} percent, said they had never heard of the scheme.", "21", "12"),
    ("The levy raised a full third ({0}%) of the city's income last year.", "34", "43"),
]


@pytest.mark.parametrize(("text", "right", "slip"), FRACTIONS)
def test_a_fraction_with_an_adjective_is_restated(text: str, right: str, slip: str) -> None:
    assert_checked(text, right, slip, "CC202")


@pytest.mark.parametrize(
    "text",
    [
        "The third round of talks ended; a further third round is planned for June.",
        "Two full thirds of the match had passed when the rain came, 40% of the stands empty.",
    ],
)
def test_an_ordinal_or_counted_fraction_with_an_adjective_is_no_finding(text: str) -> None:
    assert findings(text) == []
