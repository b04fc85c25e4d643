"""Changes in values written in glued pence ("204p") in a text that writes "£"; a change
sized only, whose values a participle after it gives ("cut its rate by 50 basis points,
lowering it to 4.25% from 4.75%"); and words that state a move but not its way ("taking
it to", "a move of 50 basis points"), whose way the values give; a fraction of a point as
a compound modifier ("a quarter-point cut"); a value and the one it replaces ("X rather than
Y"), sized by a change noun in apposition; a new value dated with a full date before its
change ("in the quarter ended Sept. 30, 2023, up 8% from"); a pair sized after it in
brackets or after "or" ("from R962 to R1 003 (4.3%)"); a verb's old value after "on" and
a period's possessive ("rose 12% on last year's $3.1bn to $3.5bn")."""

from __future__ import annotations

import pytest

import claimcheck


def flagged(text: str) -> list[tuple[str, str]]:
    """Each finding's rule and the text it points at."""
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


def rules(text: str) -> list[str]:
    return [f.rule for f in claimcheck.check(text).findings]


@pytest.mark.parametrize(
    ("text", "find", "replace", "rule"),
    [
        (
            "Shares in the grocer closed at 162p on Friday, down 8.5% from 177p, valuing it"
            " at £2.1bn.",
            "8.5%",
            "18.5%",
            "CC301",
        ),
        (
            "The interim dividend rises to 3.4p a share from 3.1p, the board said; group"
            " revenue was £640m.",
            "rises",
            "falls",
            "CC302",
        ),
        (
            "Diluted earnings were 22.8p, 6% lower on the 24.3p of a year earlier, as sales"
            " of £1.2bn slipped.",
            "24.3p",
            "42.3p",
            "CC301",
        ),
        (
            "Basic earnings per share fell 3% to 41.2p (2023: 42.5p) on revenue of £310m.",
            "42.5p",
            "45.2p",
            "CC301",
        ),
        (
            "After the bid worth £900m, the insurer's stock jumped from 96.5p to 131p.",
            "jumped",
            "slumped",
            "CC302",
        ),
    ],
)
def test_a_change_in_glued_pence_is_checked(text: str, find: str, replace: str, rule: str) -> None:
    assert flagged(text) == []
    assert rules(text.replace(find, replace)) == [rule]


@pytest.mark.parametrize(
    "text",
    [
        # no pound sign: a glued "p" is not read as pence
        "Shares fell to 162p on Friday, down 18.5% from 177p.",
        # a video format, not a price
        "A 1080p television now costs £199, down 12% from £226.",
        # a share of a pound is no value of the pound it is a share of
        "The NHS will receive 38p of every £1 the state spends by 2023, down from 43p in 2000.",
    ],
)
def test_no_finding_where_a_glued_p_is_no_price(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "find", "replace"),
    [
        # a participle of a direction verb gives the values of the change sized before it
        (
            "Norges Bank raised its key policy rate by 0.25 percentage points on Thursday,"
            " lifting it to 4.5% from 4.25%.",
            "4.25%",
            "4.0%",
        ),
        (
            "The Fed lifted rates by 25 basis points on Wednesday, raising the federal funds"
            " rate to 4.75% from 4.5%.",
            "25 basis points",
            "50 basis points",
        ),
        # ... and so does a neutral participle, going the way of the change it sizes
        (
            "The Reserve Bank trimmed its cash rate by 25 basis points on Tuesday, bringing it"
            " to 3.85% from 4.10%.",
            "25 basis points",
            "35 basis points",
        ),
        (
            "The Bank of Canada cut its key rate by 50 basis points, moving it to 3.75% from"
            " 4.25%.",
            "3.75%",
            "3.5%",
        ),
        (
            "Banxico raised its benchmark by 75 basis points in June, taking it to 7.75% from"
            " 7.00%.",
            "75 basis points",
            "57 basis points",
        ),
        # a neutral noun sizes the change before it, or its own pair
        (
            "The central bank cut its deposit rate to 2.25% from 2.75% on Thursday, a move of"
            " 50 basis points.",
            "50 basis points",
            "25 basis points",
        ),
        (
            "The Riksbank made a 50 basis point move on Wednesday, to 2.75% from 3.25%.",
            "50 basis point",
            "25 basis point",
        ),
        (
            "The licence fee will move 4.2% in April, to £174.50 from £167.50.",
            "4.2%",
            "2.4%",
        ),
        (
            "Average rents in Leeds climbed to £1,344 a month from £1,200, a shift of 12%.",
            "12%",
            "21%",
        ),
        (
            "Home ownership among under-35s went from 38.4% to 34.1%, a shift of 4.3 points.",
            "4.3 points",
            "3.4 points",
        ),
    ],
)
def test_a_change_valued_or_sized_by_a_word_in_apposition_is_checked(
    text: str, find: str, replace: str
) -> None:
    assert flagged(text) == []
    assert rules(text.replace(find, replace)) == ["CC301"]


@pytest.mark.parametrize(
    "text",
    [
        # the participle moves another thing than the change before it
        "Sales rose 5% in the quarter, lifting operating profit to $2.1bn from $1.8bn.",
        "Exports rose 7% in May, taking the trade surplus to $4.2bn from $3.1bn.",
        # a neutral participle alone states no size to check
        "The bank raised its rate on Thursday, taking it to 5.25% from 4.5%.",
        # a neutral noun that names another thing moved
        "Home ownership went from 64% to 61%, a shift of 5 points to renters.",
        "Yields fell to 4.1% from 4.6% after a move of 80 basis points in oil futures.",
        # a swing is no change of one share
        "Labour took 41% of the vote, up from 37.8% in 2019, a swing of 5 points.",
    ],
)
def test_no_finding_where_the_word_in_apposition_moves_another_thing(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "find", "replace"),
    [
        (
            "Mexico's central bank lifted its benchmark by a quarter-point on Thursday, taking"
            " it to 11.25% from 11.00%.",
            "11.00%",
            "10.75%",
        ),
        # a move in points sizes the rate whose levels the participle gives
        (
            "Chile's central bank voted for a half-point cut, taking its policy rate to 5.75%"
            " from 6.25%.",
            "6.25%",
            "6.75%",
        ),
        (
            "The Fed delivered a three-quarter-point hike on Wednesday, to 3.25% from 2.5%.",
            "2.5%",
            "2.75%",
        ),
    ],
)
def test_a_fraction_of_a_point_as_a_modifier_sizes_a_change(
    text: str, find: str, replace: str
) -> None:
    assert flagged(text) == []
    assert rules(text.replace(find, replace)) == ["CC301"]


def test_a_fraction_of_a_point_alone_states_no_change() -> None:
    assert flagged("Labour holds a half-point lead over the Tories, at 38.5% to 38%.") == []


@pytest.mark.parametrize(
    ("text", "find", "replace"),
    [
        (
            "From April retirees will get £1,837 a month rather than £1,715, a rise of 7.1%.",
            "7.1%",
            "1.7%",
        ),
        (
            "The jobless rate is now forecast at 4.75% instead of 5.25%, a cut of half a point.",
            "half a point",
            "a quarter point",
        ),
        (
            "Under the new deal each club receives ¥412 million rather than ¥380 million, an"
            " increase of 8.4%.",
            "8.4%",
            "4.8%",
        ),
    ],
)
def test_a_value_and_the_one_it_replaces_sized_in_apposition_are_checked(
    text: str, find: str, replace: str
) -> None:
    assert flagged(text) == []
    assert rules(text.replace(find, replace)) == ["CC301"]


@pytest.mark.parametrize(
    "text",
    [
        # after a change's new value, the replaced value is an alternative, not the old one
        "The workforce grew 2.1% to 612,000 rather than 640,000, a rise of 5%.",
        "Sales rose to $5bn rather than the $4.8bn analysts expected, an increase of 10%.",
    ],
)
def test_no_finding_where_the_replaced_value_is_no_old_value(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "find", "replace"),
    [
        (
            "Net income was $2.41 billion in the quarter ended Sept. 30, 2023, up 18% from"
            " $2.04 billion.",
            "18%",
            "8%",
        ),
        (
            "The utility booked revenue of 734.7 billion yen in the year ended March 31, 2024,"
            " a 12.2% increase on the 654.7 billion yen of the previous year.",
            "654.7 billion yen",
            "564.7 billion yen",
        ),
        (
            "Deposits stood at €88.6bn on December 31, 2022, 4.1% less than the €92.4bn of a"
            " year earlier.",
            "4.1%",
            "1.4%",
        ),
    ],
)
def test_a_new_value_dated_in_full_before_its_change_is_checked(
    text: str, find: str, replace: str
) -> None:
    assert flagged(text) == []
    assert rules(text.replace(find, replace)) == ["CC301"]


@pytest.mark.parametrize(
    ("text", "find", "replace"),
    [
        ("The foster care grant rises from R962 to R1 003 (4.3%) in April.", "4.3%", "3.4%"),
        ("Median rent went up from €1,215 to €1,302, or 7.2%.", "7.2%", "2.7%"),
        ("Wages rose from $31.06 to $32.05 (+3.2%) over the year.", "3.2%", "2.3%"),
        ("Turnout rose from 61.2% to 64.9% (3.7 points) in the second round.", "3.7", "7.3"),
    ],
)
def test_a_pair_sized_after_it_is_checked(text: str, find: str, replace: str) -> None:
    assert flagged(text) == []
    assert rules(text.replace(find, replace)) == ["CC301"]


def test_a_pair_restated_in_another_currency_is_no_size() -> None:
    assert flagged("Sales rose from $962m to $1,041m, or €958m.") == []


@pytest.mark.parametrize(
    ("text", "find", "replace"),
    [
        ("Profit rose 12% on the previous year's $3.1bn to $3.5bn.", "12%", "21%"),
        ("Revenue grew 8% on last year's R3.8 billion to R4.1 billion.", "R3.8", "R3.3"),
        (
            "Exports climbed 6.5% to 4.1 trillion yen on October's 3.85 trillion yen.",
            "6.5%",
            "16.5%",
        ),
    ],
)
def test_on_a_periods_value_gives_a_verbs_old_value(text: str, find: str, replace: str) -> None:
    assert flagged(text) == []
    assert rules(text.replace(find, replace)) == ["CC301"]


@pytest.mark.parametrize(
    "text",
    [
        "Shares jumped 8% to $190 on Apple's $90 billion buyback.",
        "Profit rose 12% on sales of $3.1bn to $3.5bn.",
    ],
)
def test_no_finding_where_on_pairs_another_measure(text: str) -> None:
    assert flagged(text) == []
