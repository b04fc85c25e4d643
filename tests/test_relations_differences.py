"""Differences as real copy words them beyond the fixed forms: a balance named as the
subject of its figure's clause, its sides named across asides, its own sentence's sides
before its neighbours', and a side's part going to a named place no rival of it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck


def flagged(text: str) -> list[tuple[str, str]]:
    """Each finding's rule and the text it points at."""
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


def verdicts(text: str) -> list[str]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == "difference"]


# (text, find, replace, the balance figure the finding points at once the slip is made)
SUBJECT_OF_ITS_CLAUSE = [
    # a change, its percentage and a period between the balance and its figure
    (
        "Australia's goods trade surplus shrank 8.1% in June to A$5.1 billion, the statistics"
        " bureau said. Exports rose to A$42.7 billion, while imports climbed to A$37.6 billion.",
        "A$37.6 billion",
        "A$36.7 billion",
        "A$5.1 billion",
    ),
    # a phrase naming whose balance it is, and a year
    (
        "The budget shortfall of the federal government for the first half of 2019 reached 64"
        " billion rand: revenue was 610 billion rand and spending 674 billion rand.",
        "64 billion rand",
        "46 billion rand",
        "46 billion rand",
    ),
    # an adverb and a comma before the link
    (
        "India's trade deficit in goods widened again, to $24.2 billion in May. Exports fell"
        " to $38.1 billion and imports rose to $62.3 billion.",
        "$62.3 billion",
        "$63.2 billion",
        "$24.2 billion",
    ),
    # a colon after a run of period words
    (
        "Thailand posted a trade surplus for a second month in a row in March: $1.9 billion,"
        " as exports hit $24.6 billion against imports of $22.7 billion.",
        "$22.7 billion",
        "$27.7 billion",
        "$1.9 billion",
    ),
]

SIDES_FOUND = [
    # a side's role word set off from its verb by a long aside
    (
        "The trade gap was $3.4 billion in October. Imports, boosted by higher prices for crude"
        " oil, liquefied natural gas and coal from abroad, rose to $19.8 billion, while exports"
        " came to $16.4 billion.",
        "$19.8 billion",
        "$18.9 billion",
        "$3.4 billion",
    ),
    (
        "Canada's surplus came to C$1.2 billion. Exports, helped by strong demand for potash,"
        " wheat and canola among buyers in Asia, reached C$61.9 billion and imports C$60.7"
        " billion.",
        "C$60.7 billion",
        "C$60.2 billion",
        "C$1.2 billion",
    ),
    # changes in "per cent" between a side's role word and its value
    (
        "The surplus stood at €4.2 billion. Exports grew 2.1 per cent to €30.5 billion and"
        " imports rose 1.4 per cent to €26.3 billion.",
        "€26.3 billion",
        "€23.6 billion",
        "€4.2 billion",
    ),
    # the balance's own sentence holds both sides; the next holds other figures
    (
        "The trade surplus reached $5.3 billion as exports rose to $52.4 billion and imports to"
        " $47.1 billion. Services receipts were $3.2 billion, against $4.0 billion a year"
        " earlier.",
        "$47.1 billion",
        "$41.7 billion",
        "$5.3 billion",
    ),
    (
        "The state ran a deficit of R42 billion, with revenue of R410 billion against spending"
        " of R452 billion. Interest costs reached R61 billion, up from R55 billion.",
        "R410 billion",
        "R401 billion",
        "R42 billion",
    ),
    # a part of a side going to or coming from a named place is no rival of the side
    (
        "Spain's trade deficit was €3.1 billion in May, the ministry said. Exports rose to €32.4"
        " billion and imports to €35.5 billion. Exports to France reached €4.9 billion.",
        "€35.5 billion",
        "€35.9 billion",
        "€3.1 billion",
    ),
    (
        "Mexico's trade gap stood at $2.2 billion in April. Exports climbed to $51.0 billion,"
        " and imports to $53.2 billion. Imports came to $21.4 billion from the United States.",
        "$51.0 billion",
        "$50.1 billion",
        "$2.2 billion",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace", "balance"), SUBJECT_OF_ITS_CLAUSE)
def test_a_balance_heading_its_figures_clause_is_read(
    text: str, find: str, replace: str, balance: str
) -> None:
    assert flagged(text) == []
    assert verdicts(text) == ["consistent"]
    assert flagged(text.replace(find, replace)) == [("CC304", balance)]


@pytest.mark.parametrize(("text", "find", "replace", "balance"), SIDES_FOUND)
def test_a_balances_sides_are_found_past_asides_and_parts(
    text: str, find: str, replace: str, balance: str
) -> None:
    assert flagged(text) == []
    assert verdicts(text) == ["consistent"]
    assert flagged(text.replace(find, replace)) == [("CC304", balance)]


@pytest.mark.parametrize(
    "text",
    [
        # a balance with one partner is no balance of the whole trade's sides
        "The trade deficit with China widened to $4.1 billion. Exports rose to $20.2 billion"
        " and imports to $23.6 billion.",
        "The deficit with Japan was €2.0 billion in May. Exports were €30.0 billion"
        " and imports €33.5 billion.",
        # an expected balance is not the one the sides give
        "Economists had expected the deficit to widen to $5.0 billion. Exports were $20.2"
        " billion and imports $23.6 billion.",
    ],
)
def test_a_balance_of_one_partner_or_expected_is_not_judged_by_the_sides(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a forecast balance
        "Analysts forecast the surplus would reach $6.5 billion in June; exports came to $40.1"
        " billion and imports to $35.2 billion.",
        # another figure of money between the balance word and the figure
        "The deficit, larger than the $2.9 billion forecast, hit $3.4 billion. Exports were"
        " $20.2 billion and imports $23.6 billion.",
        # a role word between them: the figure is the side's, not the balance's
        "The surplus grew as exports climbed to $44.0 billion, while imports were $40.0 billion.",
    ],
)
def test_a_balance_word_before_a_figure_it_does_not_head_makes_no_difference(text: str) -> None:
    """Guards for the reading above: the words between must leave the figure the balance's."""
    assert flagged(text) == []
    assert verdicts(text) == []


_BETWEEN = st.sampled_from(
    [
        " {verb} to",
        " {verb} {pct}% in {month} to",
        " for {month} {verb}, to",
        " on goods and services trade {verb} {pct} per cent to",
        " for the first half of 2021 was",
        " for a third month in a row in {month}:",
    ]
)


@settings(max_examples=40, deadline=None)
@given(
    between=_BETWEEN,
    verb=st.sampled_from(["narrowed", "widened", "shrank", "grew", "came in"]),
    pct=st.integers(1, 19),
    month=st.sampled_from(["March", "July", "November"]),
    exports=st.integers(300, 900),
    imports=st.integers(300, 900),
    off=st.one_of(st.just(0), st.integers(4, 40), st.integers(-40, -4)),
)
def test_a_balance_heading_its_clause_is_judged_by_its_sides(
    between: str, verb: str, pct: int, month: str, exports: int, imports: int, off: int
) -> None:
    gap = abs(exports - imports) + off
    if abs(exports - imports) < 10 or gap <= 0:
        return
    word = "surplus" if exports > imports else "deficit"
    words = between.format(verb=verb, pct=pct, month=month)
    text = (
        f"The country's trade {word}{words} ${gap / 10:.1f} billion. Exports reached"
        f" ${exports / 10:.1f} billion and imports ${imports / 10:.1f} billion."
    )
    assert verdicts(text) == (["consistent"] if off == 0 else ["inconsistent"])
