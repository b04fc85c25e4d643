"""A share pointing back to its whole ("of it", "of them", "of that") with its part stated
right after it (issue 10): "Spending is set at 533.8 billion pounds, and a quarter of it,
133.6 billion pounds, goes on interest". The whole is the one amount of the part's kind
before it in the sentence, or else in the sentence before."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck


def share_verdicts(text: str) -> list[str | None]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == "share"]


def findings(text: str) -> list[tuple[str, str]]:
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


# (text with {} for the share, the right share, a slipped one)
POINTED = [
    (
        "Total spending is set to climb to 533.8 billion pounds, and {} of it, 133.6 billion"
        " pounds, will go on interest.",
        "a quarter",
        "a third",
    ),
    (
        "The region's farms employed 84,000 people last year. Some {} of them (21,000) were"
        " seasonal workers from abroad.",
        "25%",
        "52%",
    ),
    (
        "Donors pledged $4.2 billion at the conference in Geneva; {} of that - $1.3 billion -"
        " was earmarked for food aid.",
        "31 percent",
        "13 percent",
    ),
    (
        "The trust holds 1,250 hectares of woodland, and {} of it, or 500 hectares, is ancient"
        " forest.",
        "two-fifths",
        "three-fifths",
    ),
]


@pytest.mark.parametrize(("text", "share", "slip"), POINTED)
def test_a_share_of_it_with_its_part_after_is_read_against_the_whole_before(
    text: str, share: str, slip: str
) -> None:
    assert findings(text.format(share)) == []
    assert share_verdicts(text.format(share)) == ["consistent"]
    found = findings(text.format(slip))
    assert [rule for rule, _ in found] == ["CC201"]
    assert slip in found[0][1]


SILENT = [
    # two amounts of the kind before: no telling which "it" is
    "The city spent $4 billion and the state $6 billion, and 30% of it, $1.5 billion, went"
    " on roads.",
    # what follows "of them" is no amount
    "The firm hired 2,400 people last year, and 40% of them, mostly engineers, work remotely.",
    # the amount after is of another kind than the only one before
    "The fund holds $3 billion, and 20% of it, 4,000 tonnes of gold, sits in London.",
]


@pytest.mark.parametrize("text", SILENT)
def test_a_share_of_it_with_no_single_whole_or_no_part_after_is_never_a_finding(
    text: str,
) -> None:
    assert findings(text) == []


@settings(max_examples=40, deadline=None)
@given(
    whole=st.integers(min_value=1_000, max_value=90_000),
    fraction=st.floats(min_value=0.05, max_value=0.95),
    pointer=st.sampled_from(["it", "that", "this"]),
    gap=st.sampled_from([", {}, ", " ({}) ", ", or {}, ", " - {} - "]),
    currency=st.sampled_from(["$", "€", "£"]),
)
def test_generated_shares_of_it_are_judged_right(
    whole: int, fraction: float, pointer: str, gap: str, currency: str
) -> None:
    part = round(whole * fraction)
    percent = 100 * part / whole

    def text(stated: float) -> str:
        amount = gap.format(f"{currency}{part:,} million")
        return (
            f"The agency's budget is {currency}{whole:,} million this year, and"
            f" {stated:.1f}% of {pointer}{amount}goes on salaries."
        )

    assert findings(text(percent)) == []
    assert share_verdicts(text(percent)) == ["consistent"]
    found = findings(text(percent * 1.3))
    assert [rule for rule, _ in found] == ["CC201"]


# --- an opener pointing back to the one amount of the sentence before ----------------------


@pytest.mark.parametrize(
    ("text", "share", "slip"),
    [
        (
            "Forecasts were compiled by the newspaper from 1,549 listed businesses. Of those"
            " companies, 320, or roughly {}, expect record results.",
            "20%",
            "30%",
        ),
        (
            "The census drew its sample from 48,000 households in the spring. Of these, 12,500"
            " ({}) rented their home.",
            "26%",
            "36%",
        ),
    ],
)
def test_an_opener_points_back_to_the_only_amount_before_though_set_off(
    text: str, share: str, slip: str
) -> None:
    assert findings(text.format(share)) == []
    assert share_verdicts(text.format(share)) == ["consistent"]
    found = findings(text.format(slip))
    assert [rule for rule, _ in found] == ["CC201"]
    assert slip in found[0][1]


def test_an_opener_with_two_set_off_amounts_before_points_to_neither() -> None:
    text = (
        "The survey drew on answers from 1,549 firms and from 310 banks. Of those, 320, or"
        " 40%, expect record results."
    )
    assert findings(text) == []
