"""Direction words comparing two stated values, as real copy words them.

Each class of wording in `VARIANTS` has several variants written for these tests: each
clean one gets a verdict and no finding, and with its slip made the direction rule fires
at the compared figures.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck


def findings(text: str) -> list[tuple[str, str]]:
    """Each finding's rule and the text it points at."""
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


def change_verdicts(text: str) -> list[str]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == "change"]


# Each variant: a clean text, the slip (find, replace) and a figure the finding must cover.
VARIANTS = [
    # a degree word between the comma and the comparison: "a little above", "far more than"
    (
        "Operating profit came in at 77.71 billion reais, a little above the 76.3 billion"
        " reais the company had guided.",
        "a little above",
        "a little below",
        "76.3 billion reais",
    ),
    (
        "The province spent 908 dollars a resident, far more than the 630 dollars its"
        " neighbour managed.",
        "630 dollars",
        "930 dollars",
        "930 dollars",
    ),
    (
        "Turnover reached £41.6m, slightly lower than the £42.9m of the previous year.",
        "£42.9m",
        "£40.9m",
        "£40.9m",
    ),
    (
        "Attendance was 51,870, well below the 60,200 the club had budgeted for.",
        "well below",
        "well above",
        "51,870",
    ),
    # comparison words beyond above and below: "short of", "shy of", "ahead of", "behind",
    # "beating", "outpacing", "trailing"
    (
        "The harvest came to 271.4 million tonnes, short of the 275 million tonnes the"
        " ministry had targeted.",
        "short of",
        "ahead of",
        "271.4 million tonnes",
    ),
    (
        "Quarterly sales were $12.08 billion, beating the $11.9 billion Wall Street expected.",
        "$11.9 billion",
        "$12.9 billion",
        "$12.9 billion",
    ),
    (
        "Its shares closed at 1,842 pence, behind the 1,905 pence they fetched in March.",
        "behind",
        "ahead of",
        "1,842 pence",
    ),
    (
        "The reservoir held 3,180 megalitres, just shy of the 3,240 megalitres recorded a"
        " year earlier.",
        "3,240 megalitres",
        "3,140 megalitres",
        "3,140",
    ),
    (
        "Exports totalled 96.2 billion euros, outpacing the 91.7 billion euros of imports.",
        "outpacing",
        "trailing",
        "96.2 billion euros",
    ),
    # the compared value after an owner and a possessive: "June's", "the central bank's"
    (
        "Remittances reached $2,459 million in July, above June's $2,417 million.",
        "$2,417 million",
        "$2,471 million",
        "$2,471 million",
    ),
    (
        "The surplus hit $89.42 billion, just short of the central bank's $90 billion forecast.",
        "$90 billion",
        "$88 billion",
        "$88 billion",
    ),
    (
        "Wait times rose to 41 minutes from 37 minutes last winter and well above the"
        " health board's 30 minutes target.",
        "well above",
        "well below",
        "41 minutes",
    ),
    # a comparison after a change's earlier value compares the change's new value
    (
        "Net profit rose to 3,460 million crowns from 3,330 million a year earlier, slightly"
        " ahead of the 3,430 million analysts had forecast.",
        "slightly ahead of",
        "slightly behind",
        "3,460 million crowns",
    ),
    (
        "The unit earned $1.22 billion, up sharply from $512 million, beating the $860 million"
        " one broker had pencilled in.",
        "$860 million",
        "$1.26 billion",
        "$1.26 billion",
    ),
    (
        "Operating income was SEK 3.9 billion, up from SEK 3.7 billion a year earlier and"
        " above the SEK 3.36 billion analysts had forecast.",
        "SEK 3.36 billion",
        "SEK 3.96 billion",
        "SEK 3.96 billion",
    ),
    # a pace word comparing a change's rate with the rate of another change named by a noun
    (
        "Imports climbed 3.2 percent in the second quarter, slowing from 4.5 percent growth"
        " in the first.",
        "slowing",
        "accelerating",
        "3.2 percent",
    ),
    (
        "Retail sales fell 1.4% in October, a steeper drop than the 0.6% decline in September.",
        "steeper",
        "milder",
        "0.6%",
    ),
    (
        "Wages grew 4.1% over the year, again behind the 5.3% rise in consumer prices.",
        "5.3%",
        "3.5%",
        "3.5%",
    ),
    (
        "Rents rose 2.7 per cent, up from the 2.2 per cent gain recorded a year earlier.",
        "2.2 per cent",
        "2.9 per cent",
        "2.9 per cent",
    ),
    # the direction word's object names a change noun that only modifies another:
    # "its growth forecast", "the growth rate"
    (
        "The central bank downgraded this year's growth outlook to 1.5 percent from 1.9 percent.",
        "1.9 percent",
        "1.2 percent",
        "1.2 percent",
    ),
    (
        "The IMF raised its 2025 growth forecast for India to 6.6% from 6.4%.",
        "raised",
        "cut",
        "6.6%",
    ),
    (
        "Ministers trimmed the growth target to 4.5 per cent from 5 per cent.",
        "4.5 per cent",
        "6.5 per cent",
        "6.5 per cent",
    ),
    (
        "The euro area's growth rate slowed to 0.2% in the third quarter from 0.6%.",
        "slowed",
        "quickened",
        "0.2%",
    ),
    # one direction word heading a list of pairs: a plural noun, or a word before a colon
    (
        "Growth projections were revised down: 2024 to 2.9% from 3.1%, 2025 to 2.6% from"
        " 2.8%, and 2026 to an average of 2.4% from 2.5%.",
        "2.8%",
        "2.5%",
        "2.5%",
    ),
    (
        "The sharpest declines in vacancy rates came in Leeds, from 7.4% to 5.9%, Bristol,"
        " from 6.8% to 6.1%, and Glasgow, from 9.2% to 8.3%.",
        "8.3%",
        "9.3%",
        "9.3%",
    ),
    (
        "The biggest increases were in petrol, from £1.42 to £1.52, and in bread, from £1.18"
        " to £1.26.",
        "£1.26",
        "£1.16",
        "£1.16",
    ),
    (
        "Tariffs were cut: on steel to 12 percent from 25 percent, and on aluminium to 8"
        " percent from 10 percent.",
        "to 8 percent",
        "to 18 percent",
        "18 percent",
    ),
    # a participle after a comma moves from the value before it: "$35.0B, falling to $14.0B"
    (
        "Net debt is put at $35.0B for 2024-25, falling to $14.0B in 2027-28.",
        "$14.0B",
        "$41.0B",
        "$41.0B",
    ),
    (
        "The jobless rate was 5.2% in May, rising to 5.4% in June.",
        "rising",
        "easing",
        "5.4%",
    ),
    (
        "Arrivals stood at 1.84 million in the first half, climbing to 2.07 million by September.",
        "1.84 million",
        "2.14 million",
        "2.14 million",
    ),
    # a day before its month is no value: the comparison reaches the figure before the date
    (
        "The state gained 64,300 residents in the year to 30 June 2024, fewer than the"
        " 71,900 of the year before.",
        "71,900",
        "61,900",
        "61,900",
    ),
    (
        "Turnover reached €2.31 billion in the year ended 31 March, above the €2.18 billion"
        " of a year earlier.",
        "above",
        "below",
        "€2.31 billion",
    ),
    # an aside restating the new value as a share of something does not end the change
    (
        "The deficit is set to shrink to $514 billion, or 3 percent of GDP, from $680 billion"
        " last year.",
        "shrink",
        "swell",
        "$514 billion",
    ),
    (
        "Borrowing fell to £121.4bn, equal to 4.5% of national income, from £130.8bn.",
        "£130.8bn",
        "£103.8bn",
        "£103.8bn",
    ),
    (
        "Arrears narrowed to 7.01 trillion rupees, or about 112 percent of the full-year"
        " target, from 7.17 trillion rupees.",
        "7.17 trillion",
        "6.17 trillion",
        "6.17 trillion",
    ),
    # a "from ... to" pair named by a direction noun in apposition, with no size
    (
        "Median rent went from €1,180 in 2022 to €1,265 in 2023, a rise.",
        "€1,265",
        "€1,165",
        "€1,165",
    ),
    (
        "The jobless count went from 2.41 million to 2.28 million, a decline.",
        "a decline",
        "an increase",
        "2.28 million",
    ),
    # a comparison joined by "and" to a change compares the change's new value
    (
        "Exports reached $2,459 million in July, 9.4% more than a year before and above"
        " June's $2,417 million.",
        "above",
        "below",
        "$2,459 million",
    ),
    (
        "Ticket sales rose to 4.82 million from 4.51 million and slightly ahead of the 4.7"
        " million the league had hoped for.",
        "the 4.7",
        "the 4.9",
        "4.9",
    ),
    # the new value before a per-share restatement of it: "$7.56 billion, or $1.60 a share"
    (
        "Quarterly profit came to $7.56 billion, or $1.60 a share, up from $4.09 billion, or"
        " 85 cents, a year earlier.",
        "up from",
        "down from",
        "$7.56 billion",
    ),
    (
        "Net income was €912 million, or €1.14 a share, down from €1.03 billion a year earlier.",
        "€1.03 billion",
        "€0.83 billion",
        "€0.83 billion",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace", "figure"), VARIANTS)
def test_a_variant_gets_a_verdict_and_stays_clean(
    text: str, find: str, replace: str, figure: str
) -> None:
    assert "consistent" in change_verdicts(text)
    assert findings(text) == []


@pytest.mark.parametrize(("text", "find", "replace", "figure"), VARIANTS)
def test_a_variant_with_its_slip_is_flagged_at_its_figures(
    text: str, find: str, replace: str, figure: str
) -> None:
    found = findings(text.replace(find, replace, 1))
    assert [rule for rule, _ in found] == ["CC302"]
    assert figure in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        # "and" joins a comparison to a value only after a change's earlier value
        "Revenue was $3 billion and below the $4 billion forecast.",
        "Costs were $3 billion and profit above the $4 billion forecast.",
        # a comparison word with no value before it, or one in another currency
        "Shares rose ahead of the $4.2 billion results.",
        "Sales reached 4.1 billion euros, just short of the $4.6 billion analysts had expected.",
        # "just short of" as a hedge of the value itself: nearly $90 billion
        "The surplus hit $89.42 billion, just short of $90 billion.",
        # the rate compared is of a change in the other direction: no pace is stated
        "Output fell 0.8% in May, slowing from a 0.5% rise in April.",
        "Exports rose 2.1%, picking up from a 3.4% fall a year earlier.",
        # a rate compared with a change's rate that the clause does not state first
        "Sales rose 5%, compared with a 15% rise a year earlier.",
        # a list's later pair after a new clause, or after a change of its own
        "The biggest falls came in Spain, from 26.1% to 24.0%, while Italy went from 9.1% to"
        " 11.2%.",
        "Sales rose 5%, and costs went from $3 billion to $4 billion: from 2.1% to 1.7%.",
        "The largest gains: from 3.1% to $4.2 billion.",
        # a participle whose earlier value is in another unit, or in another clause
        "Sales were 4.2 million units, rising to $5.1 billion in 2025.",
        "Sales were $4.2 billion and costs rose, rising to $5.1 billion in 2025.",
        # a share aside with no closing comma, or whose "from" value is a share too
        "The deficit fell to $514 billion, or 3 percent of GDP from 3.5 percent.",
        "The deficit fell to $514 billion, or 3.9 percent of GDP, from 3.5 percent.",
        # too many words before the possessive to name one owner
        "Exports were $5.1 billion, above what analysts polled by the agency's $4.8 billion.",
    ],
)
def test_a_comparison_with_no_clear_reading_makes_no_finding(text: str) -> None:
    assert findings(text) == []


@settings(max_examples=40, deadline=None)
@given(
    old=st.integers(1_001, 9_999).filter(lambda n: n % 10),  # not a round figure
    percent=st.integers(2, 40),
    degree=st.sampled_from(["", "a little ", "slightly ", "just ", "well ", "far "]),
    word=st.sampled_from(["above", "ahead of", "beating", "below", "short of", "behind"]),
    owner=st.sampled_from(["the", "last year's", "the ministry's"]),
    slip=st.booleans(),
)
def test_a_comparison_is_flagged_exactly_when_its_direction_is_wrong(
    old: int, percent: int, degree: str, word: str, owner: str, slip: bool
) -> None:
    up = (word in ("above", "ahead of", "beating")) != slip
    new = round(old * (1 + percent / 100)) if up else round(old * (1 - percent / 100))
    text = f"Output was {new:,} million tonnes, {degree}{word} {owner} {old:,} million tonnes."
    assert [rule for rule, _ in findings(text)] == (["CC302"] if slip else [])


@settings(max_examples=30, deadline=None)
@given(
    pairs=st.lists(
        st.tuples(st.integers(101, 999), st.integers(5, 90)).filter(lambda p: p[0] % 10),
        min_size=1,
        max_size=4,
    ),
    down=st.booleans(),
    slipped=st.integers(0, 3),
)
def test_a_listed_pair_is_flagged_exactly_when_it_moves_against_the_list(
    pairs: list[tuple[int, int]], down: bool, slipped: int
) -> None:
    places = ["Leeds", "Bristol", "Glasgow", "Cardiff"]
    noun = "falls" if down else "rises"
    moves = []
    for k, (old, step) in enumerate(pairs):
        against = k == slipped
        new = old - step if down != against else old + step
        moves.append((places[k], old / 10, new / 10))
    items = [f"{place}, from {old:.1f}% to {new:.1f}%" for place, old, new in moves]
    text = f"The biggest {noun} came in {', '.join(items[:-1])}"
    text = f"{text}, and {items[-1]}." if len(items) > 1 else f"{text}{items[-1]}."
    found = findings(text)
    if slipped < len(pairs):
        _, old, new = moves[slipped]
        assert found == [("CC302", f"{old:.1f}% to {new:.1f}%")]
    else:
        assert found == []


@settings(max_examples=40, deadline=None)
@given(
    now=st.integers(11, 99),
    before=st.integers(11, 99),
    verb=st.sampled_from(["rose", "grew", "fell", "shrank"]),
    pace=st.sampled_from(["slowing from", "picking up from", "a faster pace than the"]),
    noun_agrees=st.booleans(),
)
def test_a_pace_against_another_rate_is_judged_only_when_both_move_one_way(
    now: int, before: int, verb: str, pace: str, noun_agrees: bool
) -> None:
    up = verb in ("rose", "grew")
    noun = "increase" if up == noun_agrees else "decline"
    text = (
        f"Output {verb} {now / 10:.1f} percent in the third quarter, {pace} {before / 10:.1f}"
        f" percent {noun} in the second."
    )
    said_faster = not pace.startswith("slowing")
    wrong = now != before and (now > before) != said_faster
    expected = ["CC302"] if noun_agrees and wrong else []
    assert [rule for rule, _ in findings(text)] == expected
