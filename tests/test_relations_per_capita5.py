"""Per-capita figures per period and per counted thing named in other words: an amount for
one period restated for another ("£3.12 for the year, roughly 6p a week"), an amount
spread over a span of time ("$48 million in 16 days, or $3 million a day") and a rate per
one over a count its noun names in another word ("a game" over "240 matches", "persons"
for "people"). Each form is checked clean (read, no finding) and with a slip in the figure
per one (CC306); wordings that state no such relation give no finding."""

from __future__ import annotations

import pytest

import claimcheck


def rules(text: str) -> list[str]:
    return [f.rule for f in claimcheck.check(text).findings]


def verdicts(text: str) -> list[str]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == "per-capita"]


# Each form with its figure per one right, then wrong.
FORMS = [
    # an amount for one period restated for a shorter one, with a hedge or a restating word
    ("The board raised the water charge by £3.12 for the year, roughly {} a week.", "6p", "9p"),
    ("Parking permits will rise by $180 a year, or about {} a month.", "$15", "$21"),
    (
        "The town council set a yearly levy rise of €84 for a typical home, equivalent to {}"
        " a month.",
        "€7",
        "€9",
    ),
    (
        "Members pay an annual fee of R1 460, the equivalent of {} a day.",
        "R4",
        "R6",
    ),
    # an amount spread over a span of periods stated in its sentence
    ("The appeal raised $48 million in 16 days, or {} a day.", "$3 million", "$4 million"),
    (
        "Over the past nine months the carrier lost 2.7 billion rupees, some {} a month.",
        "300 million rupees",
        "400 million rupees",
    ),
    (
        "The festival welcomed 630,000 visitors over 21 days, an average of {} a day.",
        "30,000",
        "40,000",
    ),
    (
        "The blockade lasted 40 days and cost exporters an estimated ¥96 billion, about {} a day.",
        "¥2.4 billion",
        "¥3.4 billion",
    ),
    # a count named in another word than the rate's noun
    ("The clubs scored 624 goals in 240 matches, an average of {} a game.", "2.6", "3.1"),
    ("Arsenal have netted 57 in 19 fixtures this term, {} a game.", "3", "4"),
    (
        "Some 6.3 million people live in 2.8 million homes, an average of {} persons each.",
        "2.25",
        "2.65",
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
    findings = claimcheck.check(text).findings
    assert [f.rule for f in findings] == ["CC306"]
    assert text[findings[0].start : findings[0].end] == wrong


def test_an_amount_restated_for_a_longer_period() -> None:
    text = "The premium goes up by A$2.50 a week, or roughly {} a year."
    assert verdicts(text.format("A$130")) == ["consistent"]
    (finding,) = claimcheck.check(text.format("A$310")).findings
    assert finding.rule == "CC306"
    assert "a week" in finding.message  # the figure per week, the year's over its weeks


def test_the_fix_is_the_total_over_the_span() -> None:
    (finding,) = claimcheck.check(
        "The appeal raised $48 million in 16 days, or $4 million a day."
    ).findings
    assert finding.suggestion is not None and finding.suggestion.startswith("$3")


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        (
            "The club earned $96 million from 40 home games, about $1.2 million a game.",
            "$2.4 million",
        ),
        ("The appeal raised $48 million in 16 days, or $4 million a day.", "$3 million"),
        (
            "The blockade lasted 40 days and cost exporters ¥96 billion, about ¥3.5 billion a day.",
            "¥2.4 billion",
        ),
    ],
)
def test_the_fix_is_written_as_precisely_as_the_stated_figure(text: str, fix: str) -> None:
    """Not "$2.400000 million": a count's exact rounding does not lend the fix decimals."""
    (finding,) = claimcheck.check(text).findings
    assert finding.suggestion == fix
    assert fix in finding.message


# Wordings that state no relation between the figures: no finding, whatever the arithmetic.
GUARDS = [
    # two prices, not one restated: a plain "or" with no hedge
    "The streaming plan costs £99 a year, or £9.99 a month.",
    "Gym membership is $40 a month, or $400 a year.",
    # a period that dates the amount, not what it is for
    "Rent averaged £900 a month, up from about £800 a year earlier.",
    # percentages compound: no division
    "Prices rose 6% a year, or about 0.8% a month.",
    # no span of the figure's period in its sentence
    "The firm earned $36 million in 2023, or $150,000 a day.",
    # two totals of its kind before it
    "In 30 days the charity raised $36 million and spent $24 million, $900,000 a day.",
    # money over a span with a count per day: no kind in common
    "The campaign raised $36 million in 30 days, 1,500 donors a day.",
    # a span of another period than the figure's
    "The appeal raised $48 million in 16 weeks, or $5 million a day.",
]


@pytest.mark.parametrize("text", GUARDS)
def test_no_relation_no_finding(text: str) -> None:
    assert rules(text) == []


@pytest.mark.parametrize(
    ("per", "flagged"),
    [("$13,493", False), ("$18,493", True)],
)
def test_a_hedged_population_is_a_count_not_an_amount_of_money(per: str, flagged: bool) -> None:
    """A population "of about 333 million" after dollars counts people, hedge or not."""
    text = (
        f"Health spending reached $4.5 trillion, or {per} per person, for a population of"
        " about 333 million."
    )
    assert [f.rule for f in claimcheck.check(text).findings] == (["CC306"] if flagged else [])
