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

SUBJECT_OF_ITS_CLAUSE += [
    # an aside between commas, with a year
    (
        "Japan's trade deficit, the largest since 2014, reached 2.19 trillion yen in December."
        " Imports climbed to 8.52 trillion yen, while exports rose to 6.33 trillion yen.",
        "6.33 trillion",
        "6.03 trillion",
        "2.19 trillion yen",
    ),
    # an aside with an expectation the figure then states is the balance's own
    (
        "The current-account surplus, which the central bank had expected to shrink, grew to"
        " $7.4 billion. Receipts rose to $55.0 billion and payments to $47.6 billion.",
        "$47.6 billion",
        "$46.7 billion",
        "$7.4 billion",
    ),
]

SUBJECT_OF_ITS_CLAUSE += [
    # the figure fronted before the balance it states
    (
        "At $4.8 billion in May, the trade deficit was the smallest in a year. Exports rose to"
        " $30.1 billion and imports to $34.9 billion.",
        "$34.9 billion",
        "$39.4 billion",
        "$4.8 billion",
    ),
    (
        "At a record €21.7 billion, Germany's surplus beat forecasts. Exports came to €131.2"
        " billion and imports to €109.5 billion.",
        "€109.5 billion",
        "€105.9 billion",
        "€21.7 billion",
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
        # a balance of the month before, in a clause opening with "after"
        "The trade gap came to $2.4 billion in April, after a revised $3.9 billion shortfall"
        " in March. Exports reached $20.1 billion and imports $22.5 billion.",
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


SUBTRACTIONS = [
    (
        "Operating profit of €812 million, less a restructuring charge of €145 million, gave a"
        " net result for the year of €667 million.",
        "€145 million",
        "€154 million",
        "€667 million",
    ),
    (
        "Gross sales of $4,210 million, minus refunds to customers of $385 million, left net"
        " sales of $3,825 million.",
        "$385 million",
        "$358 million",
        "$3,825 million",
    ),
    # the result is also the size of a change ("added")
    (
        "Net migration, 61,200 arrivals less 48,900 departures, added 12,300 people to the island.",
        "48,900",
        "49,800",
        "12,300",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace", "result"), SUBTRACTIONS)
def test_a_subtraction_with_labelled_operands_is_read(
    text: str, find: str, replace: str, result: str
) -> None:
    assert flagged(text) == []
    assert verdicts(text) == ["consistent"]
    assert flagged(text.replace(find, replace)) == [("CC304", result)]


COMPARED_WITH_A_CHANGES_NEW_VALUE = [
    # across a full stop, pointed back to
    (
        "Wheat output rose to 112.9 million tonnes from 110.6 million tonnes a year earlier."
        " That is 4.2 million tonnes above the previous record of 108.7 million tonnes.",
        "108.7 million",
        "107.8 million",
        "4.2 million tonnes",
    ),
    # in points, past an attribution and a semicolon
    (
        "The vacancy rate fell to 5.1% from 5.6%, the agency said; that is 1.3 points below"
        " the 6.4% of 2019.",
        "6.4%",
        "6.8%",
        "1.3 points",
    ),
    # joined by "and" to the change's old value
    (
        "Steel production was put at 84.3 million tonnes, down from an earlier estimate of"
        " 85.0 million tonnes and 3.1 million tonnes short of the 87.4 million tonnes of 2021.",
        "87.4 million",
        "88.4 million",
        "3.1 million tonnes",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace", "stated"), COMPARED_WITH_A_CHANGES_NEW_VALUE)
def test_a_difference_of_a_changes_new_value_is_read_past_its_old_one(
    text: str, find: str, replace: str, stated: str
) -> None:
    assert flagged(text) == []
    assert verdicts(text) == ["consistent"]
    assert flagged(text.replace(find, replace)) == [("CC304", stated)]


RIVALS_THAT_ARE_NONE = [
    # a side's figure of the month before, in the sides' sentence
    (
        "The trade deficit narrowed to $31.2 billion in June from $33.0 billion in May."
        " Exports climbed to $98.4 billion, up 2.1% on May's $96.4 billion, while imports"
        " eased to $129.6 billion.",
        "$129.6 billion",
        "$126.9 billion",
        "$31.2 billion",
    ),
    # a part of a side coming from one place, beside the whole side
    (
        "The surplus was £2.3 billion in the quarter. Exports rose to £41.0 billion and"
        " imports to £38.7 billion, while imports from the Gulf came to £5.5 billion.",
        "£38.7 billion",
        "£37.8 billion",
        "£2.3 billion",
    ),
    # the year before dates the balance's earlier figure, not the balance
    (
        "Brazil's annual trade surplus widened to $98 billion from $71 billion the year"
        " before, as exports reached $340 billion and imports $242 billion.",
        "$242 billion",
        "$224 billion",
        "$98 billion",
    ),
]


RIVALS_THAT_ARE_NONE += [
    # a clause opening with one partner's name gives that partner's trade
    (
        "Japan ran a trade deficit of 1.31 trillion yen in January. Exports fell to 5.43"
        " trillion yen and imports to 6.74 trillion yen. With China, exports of 0.90 trillion"
        " yen and imports of 1.74 trillion yen left a deficit of 0.84 trillion yen.",
        "6.74 trillion",
        "6.47 trillion",
        "1.31 trillion yen",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace", "balance"), RIVALS_THAT_ARE_NONE)
def test_a_figure_of_another_time_or_place_is_no_rival_side(
    text: str, find: str, replace: str, balance: str
) -> None:
    assert flagged(text) == []
    assert set(verdicts(text)) == {"consistent"}  # the balance's, and a partner's if stated
    assert flagged(text.replace(find, replace)) == [("CC304", balance)]


@pytest.mark.parametrize(
    "text",
    [
        # a percentage compared in percent, not points: maybe relative
        "Prices rose 2.5% from 2.1%; that is 1.9% above the euro-area rate of 0.6%.",
        # "less than" compares, it does not subtract
        "Revenue of $900 million, less than the $950 million forecast, came to $900 million.",
        # a clause between the subtraction and its result
        "Profit before tax was 1,310 million pesos, less taxes of 402 million pesos, which left"
        " 908 million pesos for shareholders.",
    ],
)
def test_look_alike_differences_stay_silent(text: str) -> None:
    """Guards for the readings above."""
    assert flagged(text) == []
    assert verdicts(text) == []


@settings(max_examples=30, deadline=None)
@given(
    new=st.integers(200, 900),
    old=st.integers(200, 900),
    gap=st.integers(5, 90),
    above=st.booleans(),
    off=st.one_of(st.just(0), st.integers(2, 9), st.integers(-9, -2)),
    link=st.sampled_from(
        ["; that is", ", the ministry said; that was", ". This is", " and", ", and"]
    ),
)
def test_a_difference_of_a_changes_new_value_is_judged_on_that_value(
    new: int, old: int, gap: int, above: bool, off: int, link: str
) -> None:
    if new == old or gap + off <= 0:
        return  # a difference stated below zero ("-0.4 million tonnes below") is no slip here
    other = new - gap if above else new + gap
    word, verb = ("above" if above else "below"), ("rose" if new > old else "fell")
    text = (
        f"Output {verb} to {new / 10:.1f} million tonnes from {old / 10:.1f} million"
        f" tonnes{link} {(gap + off) / 10:.1f} million tonnes {word} the {other / 10:.1f}"
        " million tonnes of 2019."
    )
    assert verdicts(text) == (["consistent"] if off == 0 else ["inconsistent"])
