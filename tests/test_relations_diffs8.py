"""Differences read from the way copy relates them, not from one fixed wording: a balance
verb's sides and size whatever their digits and the adverb before the size; a balance whose
clause holds its own sides before it ("set against"); a side named by the role word after
its figure ("spent on imports"); a comparison that points back to the value before it
("; that was", ". That was"), its compared figure in brackets after a period; a balance
of one partner no rival of the whole; and the readings that must not be taken."""

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


# (clean text, the figure to slip, its slipped form)
READ = [
    # a balance verb whose sides' figures group their digits
    (
        "Shipments abroad of $12,480 million outstripped imports of $11,935 million by"
        " $545 million in the quarter.",
        "$545 million",
        "$455 million",
    ),
    # ... and an adverb between "by" and the size
    (
        "Tax receipts of R48.2 billion exceeded spending of R47.6 billion by only R0.6 billion.",
        "R0.6 billion",
        "R0.9 billion",
    ),
    # the balance's clause holds its sides, set against each other, before its word
    (
        "Exports worth €8.1 billion set against imports of €9.4 billion gave the region a"
        " goods and services deficit of €1.3 billion.",
        "€1.3 billion",
        "€3.1 billion",
    ),
    # each side named by the role word after its figure
    (
        "The shortfall reached 3,450 million pesos, with 9,120 million pesos earned from"
        " exports and 12,570 million pesos spent on imports.",
        "3,450 million pesos",
        "3,540 million pesos",
    ),
    # a comparison pointing back across a semicolon
    (
        "Ticket revenue for the season came to £41.6 million; that was £3.2 million more than"
        " the £38.4 million of the season before.",
        "£3.2 million",
        "£2.3 million",
    ),
    # ... its compared figure in brackets after the period it names
    (
        "Port fees brought in £29.5 million; that was £4.2 million higher than in the same"
        " months of 2021/22 (£25.3 million).",
        "£4.2 million",
        "£4.8 million",
    ),
    # a change's size between a balance's word and its figure, the sides after a colon
    (
        "Over the year the deficit widened by $2.4 billion, or 1.1 percent, to $221.6 billion:"
        " the country sold $905.3 billion abroad and bought $1,126.9 billion.",
        "$1,126.9 billion",
        "$1,162.9 billion",
    ),
    # another balance with one partner, in the paragraph, is no rival of the whole's
    (
        "The country posted a trade surplus of 88.2 billion yen in October. Exports came to"
        " 7.415 trillion yen and imports to 7.327 trillion yen. It ran a 41.0 billion yen"
        " deficit with Korea.",
        "88.2 billion yen",
        "82.8 billion yen",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace"), READ)
def test_a_difference_worded_so_is_read_and_judged(text: str, find: str, replace: str) -> None:
    assert flagged(text) == []
    assert "consistent" in verdicts(text)
    assert flagged(text.replace(find, replace))


# clean texts whose figures agree, each worded so that a reading not taken would misread it
SILENT = [
    # the last pair of a longer list, each part named before it, is not the list
    "The city expects property tax of $412 million, fees of $96 million, grants of $58"
    " million and $30 million in fines, $596 million in all.",
    # a balance's parts after a colon, offset later in the sentence by a balance of its kind
    "The surplus was €9 billion in May: goods added €14 billion and services €3 billion,"
    " while a deficit of €8 billion on secondary income pulled the other way.",
    # a cost of sales is no margin's whole
    "Turnover was £2,450 million. After cost of sales of £1,310 million, gross profit came to"
    " £1,140 million, a gross margin of 46.5%.",
    # "that" after two values of the unit points at neither for certain
    "Revenue was $5.2 billion and costs $4.1 billion; that was $0.9 billion more than the"
    " $4.3 billion of 2022.",
    # a figure spent on something that is no side
    "The deficit narrowed to $2.0 billion, with $1.2 billion spent on defence and exports of"
    " $9.5 billion.",
]


@pytest.mark.parametrize("text", SILENT)
def test_a_reading_not_taken_stays_silent(text: str) -> None:
    assert flagged(text) == []


def test_that_pointing_at_two_values_reads_no_difference() -> None:
    text = SILENT[3]
    assert "inconsistent" not in verdicts(text)
    assert flagged(text.replace("$0.9 billion", "$1.9 billion")) == []


@settings(max_examples=25, deadline=None)
@given(
    first=st.integers(200, 900),
    gap=st.integers(5, 90),
    more=st.booleans(),
    link=st.sampled_from(["; that was", ". That was", "; this was", ". It was"]),
    off=st.one_of(st.just(0), st.integers(3, 9), st.integers(-9, -3)),
)
def test_a_comparison_pointing_back_is_judged_by_its_arithmetic(
    first: int, gap: int, more: bool, link: str, off: int
) -> None:
    second = first - gap if more else first + gap
    stated = gap + off
    if stated <= 0 or second <= 0:
        return
    word = "more than" if more else "less than"
    text = (
        f"Sales at the group reached ${first / 10:.1f} million in the year{link}"
        f" ${stated / 10:.1f} million {word} the ${second / 10:.1f} million of the year before."
    )
    if off == 0:
        assert flagged(text) == []
        assert verdicts(text) == ["consistent"]
    else:
        assert verdicts(text) == ["inconsistent"]
        assert flagged(text)
