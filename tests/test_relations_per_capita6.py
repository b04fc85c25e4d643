"""Per-capita figures read from the structure of their sentence, in wordings the readers
missed: a population stated before the figure per member ("for a population of 333
million, or $13,493 per person"), a count "for every one of" opens, a place "of" a count
with no noun after it ("The city of 2.1 million spends"), a population in brackets, a
figure per member "of" what it measures ("A$92,000 of debt per person"), an aside after
the figure, a cue set first with a comma, a clause a semicolon sets before the figure,
and one of a thing for a round number of members with both counts stated. Each form is
checked clean (read, no finding) and with a slip in the figure per member (CC306);
wordings that state no such relation, or leave it ambiguous, give no finding."""

from __future__ import annotations

import pytest

import claimcheck


def rules(text: str) -> list[str]:
    return [f.rule for f in claimcheck.check(text).findings]


def verdicts(text: str) -> list[str]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == "per-capita"]


# Each form with its figure per member right, then wrong.
FORMS = [
    # the population stated before the figure per member, after the total
    (
        "America's health bill came to $4.5 trillion for a population of 333 million, or {}"
        " per person.",
        "$13,493",
        "$17,493",
    ),
    (
        "Lagos state budgeted ₦2.2 trillion for a population of about 22 million in 2024,"
        " roughly {} per resident.",
        "₦100,000",
        "₦140,000",
    ),
    # a count "for every one of" opens, after the figure
    (
        "The debt of 27 billion euros works out at {} for every one of the country's 5.4"
        " million citizens.",
        "5,000 euros",
        "6,000 euros",
    ),
    (
        "Canada's C$1.2 trillion federal debt equals about {} for every single one of its 40"
        " million residents.",
        "C$30,000",
        "C$34,000",
    ),
    # a place of a count, with no noun after it
    (
        "The city of 2.1 million spends 4.2 billion rand a year, about {} a resident.",
        "R2,000",
        "R2,900",
    ),
    (
        "The nation of 10 million exported goods worth $50 billion in 2023, or {} per capita.",
        "$5,000",
        "$7,000",
    ),
    (
        "The island of 80,000 took in £240 million from tourism last year, some {} per inhabitant.",
        "£3,000",
        "£3,800",
    ),
    # a population in brackets
    (
        "Portugal (population 10.3 million) collected €51.5 billion in taxes last year,"
        " roughly {} per inhabitant.",
        "€5,000",
        "€6,200",
    ),
    # a figure per member of what it measures
    (
        "A population of 26 million and A$2.4 trillion in private debt mean {} of debt per person.",
        "A$92,000",
        "A$98,000",
    ),
    # an aside in brackets between the figure and its cue
    (
        "The fund's $2.6 billion is shared among 1.3 million residents, or {} (about £1,580)"
        " per resident.",
        "$2,000",
        "$2,600",
    ),
    (
        "The 40 reserves cover 12 million hectares, an average of {} (about 3,000 km2) a reserve.",
        "300,000 hectares",
        "400,000 hectares",
    ),
    # the cue set first, with a comma, and the total and population after a colon
    (
        "Per head, the figure is {}: the region's 3 million residents paid £7.8 billion in tax.",
        "£2,600",
        "£3,900",
    ),
    # the population in a clause a semicolon sets before the figure's, pointed back to
    (
        "There are 1.8 million households in the region; their combined savings of £90"
        " billion work out at {} per household.",
        "£50,000",
        "£60,000",
    ),
    (
        "Nigeria has 220 million people; its GDP of $440 billion is {} per person.",
        "$2,000",
        "$2,600",
    ),
    # one of a thing for a round number of members, with both counts stated
    (
        "The region has one doctor for every {} people, with 4,500 doctors for its 4.5"
        " million people.",
        "1,000",
        "100",
    ),
    # an adverb between the population and its link, a hedge before its count
    (
        "Output reached 3,187.6 billion pesos last year. With the population now at 41.3"
        " million, that works out to about {} per head.",
        "77,200 pesos",
        "72,700 pesos",
    ),
    (
        "Tourism brought in $18.42 billion in 2024. Spread across a population of roughly"
        " 9.71 million, that amounted to about {} for every resident.",
        "$1,897",
        "$1,789",
    ),
]


@pytest.mark.parametrize(("form", "right", "wrong"), FORMS)
def test_clean_form_is_read_and_passes(form: str, right: str, wrong: str) -> None:
    text = form.format(right)
    assert verdicts(text) == ["consistent"]
    assert rules(text) == []


@pytest.mark.parametrize(("form", "right", "wrong"), FORMS)
def test_slipped_form_is_caught(form: str, right: str, wrong: str) -> None:
    text = form.format(wrong)
    findings = [f for f in claimcheck.check(text).findings if f.rule == "CC306"]
    assert [text[f.start : f.end] for f in findings] == [wrong]


def test_the_fix_is_the_total_over_the_population() -> None:
    (finding,) = claimcheck.check(
        "The nation of 10 million exported goods worth $50 billion in 2023, or $7,000 per capita."
    ).findings
    assert finding.suggestion == "$5,000"


# Wordings that state no such relation, or leave it ambiguous: no finding.
GUARDS = [
    # a place of a count of things other than people
    "The state of 1,200 farms earned $3 billion, or $1,000 per capita.",
    # two populations, no cue which the figure is over
    "The city of 2.1 million and its suburbs of 900,000 people spend 4.2 billion rand a"
    " year, about R1,400 a resident.",
    # two totals of the figure's currency
    "The country of 8 million has a $400 billion economy and a $90 billion budget, about"
    " $11,250 a head.",
    # a group the figure is for, not a population
    "For a family of four, the bill comes to $183,756, or $45,939 for each person.",
    # one of a thing with no count of its own stated
    "A town of 12,000 has one pharmacy for every 4,000 residents.",
    # a semicolon with no word pointing back: two statements
    "There are 1.8 million households in the region; savings of £90 billion were"
    " recorded, and £60,000 a household is the target.",
]


@pytest.mark.parametrize("text", GUARDS)
def test_no_relation_no_finding(text: str) -> None:
    assert rules(text) == []
