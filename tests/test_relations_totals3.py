"""Totals as real copy words them, third set: parts listed with more words between them
than a fixed list form allows (a relative clause, an aside, a long name)."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.model.claims import TotalClaim


def flagged(text: str) -> list[tuple[str, str]]:
    """Each finding's rule and the text it points at."""
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


def verdicts(text: str, kind: str) -> list[str]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == kind]


def totals_of(text: str) -> list[str]:
    """The stated total of each total claim, as written."""
    return [c.total.text or "" for c in claimcheck.extract(text) if isinstance(c, TotalClaim)]


# --- parts with an aside or a relative clause between them --------------------------------


@pytest.mark.parametrize(
    ("text", "find", "replace", "total"),
    [
        (
            "The transport plan will cost $16 billion. Of this, $12.4 billion comes from fuel"
            " duties, road tolls and parking fees and $3.6 billion from the federal government.",
            "$3.6 billion",
            "$4.6 billion",
            "$16 billion",
        ),
        (
            "Of the €9.8 billion the ministry received last year, the rail agency took €5.1"
            " billion and the road fund, which also pays for bridges, €4.2 billion.",
            "€4.2 billion",
            "€5.2 billion",
            "€9.8 billion",
        ),
        (
            "The council set a budget of £840 million, of which £510 million is for schools,"
            " mostly teachers' pay, and £290 million is for social care.",
            "£290 million",
            "£390 million",
            "£840 million",
        ),
        (
            "Group revenue was ¥4.6 trillion, made up of ¥3.1 trillion from cars, which sold"
            " strongly in Asia, and ¥1.5 trillion from financial services.",
            "¥1.5 trillion",
            "¥1.2 trillion",
            "¥4.6 trillion",
        ),
        (
            "The province collected R88 billion in taxes. Of that amount, R61 billion came from"
            " personal income tax, its largest source by far, and R19 billion from fuel levies.",
            "R19 billion",
            "R29 billion",
            "R88 billion",
        ),
        (
            "Of the 2.4 million tonnes harvested, 1.5 million tonnes was exported, mainly to"
            " Egypt and Turkey, and 0.6 million tonnes went to feed mills.",
            "0.6 million tonnes",
            "1.6 million tonnes",
            "2.4 million tonnes",
        ),
    ],
)
def test_parts_with_an_aside_between_them_are_read(
    text: str, find: str, replace: str, total: str
) -> None:
    assert flagged(text) == []
    assert verdicts(text, "total") == ["consistent"]
    assert flagged(text.replace(find, replace)) == [("CC303", total)]


@pytest.mark.parametrize(
    "text",
    [
        # a figure compared with, or a forecast, is not a part
        "Of the $12 billion allocated, $5 billion goes to rail, up from $4 billion last year,"
        " and officials expect $9 billion more next year.",
        "The fund holds $20 billion. Of this, $8 billion sits in bonds, and analysts estimate"
        " $15 billion will be needed by 2030.",
        "Of the €9.8 billion the ministry received, the rail agency took €5.1 billion, against"
        " €6.2 billion a year earlier.",
        "Of the 2.4 million tonnes harvested, 1.5 million tonnes was exported, and 1.9 million"
        " tonnes was forecast for next year.",
        # a part broken down in turn: its parts are not the total's
        "The council set a budget of £840 million, of which £510 million is for schools: £300"
        " million for pay and £210 million for buildings.",
        # a list that goes on after it closes: which figures are the parts is unclear
        "Of the $9 billion, $4 billion is for roads and bridges, $3 billion for rail and $2.5"
        " billion for ports.",
    ],
)
def test_figures_that_are_not_listed_parts_make_no_finding(text: str) -> None:
    assert flagged(text) == []


@settings(max_examples=40, deadline=None)
@given(
    first=st.integers(31, 899).filter(lambda n: n % 10 != 0),
    second=st.integers(31, 899).filter(lambda n: n % 10 != 0),
    off=st.sampled_from([0, 0, 37, 151, -19]),
    aside=st.sampled_from(
        [
            ", which the regulator approved in June,",
            ", mostly for wages,",
            " from fees, fines and charges,",
        ]
    ),
)
def test_an_aside_between_parts_is_flagged_only_when_they_miss_the_total(
    first: int, second: int, off: int, aside: str
) -> None:
    """`off`: how far the stated total is from its parts' sum. A total ending in zeros may be
    rounded to tens or hundreds, so an `off` within that rounding is left out."""
    stated = first + second + off
    rounded_to = 10 ** (len(str(stated)) - len(str(stated).rstrip("0")))
    assume(off == 0 or abs(off) > rounded_to)
    text = (
        f"Revenue was ${stated} million, made up of ${first} million from sales{aside} and"
        f" ${second} million from licences."
    )
    wrong = off != 0
    assert bool(flagged(text)) == wrong
    assert verdicts(text, "total") == ["inconsistent" if wrong else "consistent"]


# --- a net change and the moves it nets ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "find", "replace", "net"),
    [
        (
            "Factories added 41,200 workers in March while retailers cut 12,700 jobs, for a net"
            " gain of 28,500 positions.",
            "28,500",
            "38,500",
            "38,500",
        ),
        (
            "Full-time employment rose by 9,800, or 0.6%, and part-time employment fell by"
            " 3,100, or 0.4%, a net increase of 6,700 on the month.",
            "3,100",
            "3,900",
            "6,700",
        ),
        (
            "The county gained 2,340 residents through births but lost 3,010 through"
            " migration, a net loss of 670 people.",
            "a net loss",
            "a net gain",
            "670",
        ),
        (
            "Capital spending climbed by $2.4 billion and debt service declined by $0.9 billion,"
            " so outlays grew by a net $1.5 billion.",
            "$1.5 billion",
            "$1.9 billion",
            "$1.9 billion",
        ),
    ],
)
def test_a_net_change_is_the_sum_of_the_signed_moves_before_it(
    text: str, find: str, replace: str, net: str
) -> None:
    assert flagged(text) == []
    assert verdicts(text, "total") == ["consistent"]
    assert flagged(text.replace(find, replace)) == [("CC303", net)]  # net: as slipped


@pytest.mark.parametrize(
    "text",
    [
        # moves after the net figure may be examples, not all it nets
        "Payrolls rose by a net 50,000, as factories added 10,000 and shops lost 5,000.",
        # moves all one way: the figure is no balance of them
        "Exports rose by $3 billion and imports climbed by $2 billion, a net gain of $9 billion"
        " in trade volume.",
        # no net word: the last figure is another change
        "Hiring rose by 41,200 while layoffs fell by 12,700, and wages gained 8,000 euros.",
        # a net figure in percent is not the sum of moves in jobs
        "Full-time jobs rose by 9,800 and part-time jobs fell by 3,100, a net increase of 0.4%.",
    ],
)
def test_figures_that_net_nothing_make_no_finding(text: str) -> None:
    assert flagged(text) == []


@settings(max_examples=40, deadline=None)
@given(
    up=st.integers(1_100, 99_000).filter(lambda n: n % 100 != 0),
    down=st.integers(1_100, 99_000).filter(lambda n: n % 100 != 0),
    off=st.sampled_from([0, 0, 0, 900, -700]),
)
def test_a_net_change_is_flagged_only_when_its_moves_miss_it(up: int, down: int, off: int) -> None:
    """`off`: how far the stated net is from the moves' balance; its direction word is
    the balance's."""
    net = up - down + off
    assume(abs(net) > 1_000)
    word = "gain" if net >= 0 else "loss"
    text = (
        f"Full-time jobs rose by {up:,} while part-time jobs fell by {down:,}, a net {word} of"
        f" {abs(net):,}."
    )
    assert bool(flagged(text)) == (off != 0)


# --- an aside between a total and its breakdown cue -----------------------------------------


@pytest.mark.parametrize(
    ("text", "find", "replace", "total"),
    [
        (
            "Sales totalled $88.2 billion, $4.1 billion more than a year earlier: $61.0 billion"
            " of hardware and $27.2 billion of services.",
            "$27.2 billion",
            "$29.2 billion",
            "$88.2 billion",
        ),
        (
            "Trade with Japan fell 4% to $815.8 billion, 11.6% of the total, made up of exports"
            " of $622.4 billion and imports of $193.4 billion.",
            "$193.4 billion",
            "$183.4 billion",
            "$815.8 billion",
        ),
        (
            "The city's budget reached €2.45 billion, a record, comprising €1.61 billion for"
            " services and €0.84 billion for investment.",
            "€1.61 billion",
            "€1.16 billion",
            "€2.45 billion",
        ),
        (
            "Freight income came to A$41.7 million, up from A$39.2 million, split between"
            " A$30.5 million from rail and A$11.2 million from road haulage.",
            "A$11.2 million",
            "A$14.2 million",
            "A$41.7 million",
        ),
    ],
)
def test_a_total_read_past_an_aside_before_its_breakdown(
    text: str, find: str, replace: str, total: str
) -> None:
    assert flagged(text) == []
    assert verdicts(text, "total") == ["consistent"]
    assert flagged(text.replace(find, replace)) == [("CC303", total)]


@pytest.mark.parametrize(
    "text",
    [
        # the aside's figure is of the parts' kind and compares nothing: it is their total
        "Revenue was $9.4 billion, profit $2.6 billion: $1.7 billion from cars and $0.9"
        " billion from trucks.",
        # the aside is a clause of its own
        "Exports were $5.2 billion, while imports were flat: $3.1 billion of cars and $0.4"
        " billion of parts went abroad.",
    ],
)
def test_an_aside_that_may_hold_the_total_makes_no_finding(text: str) -> None:
    assert flagged(text) == []


# --- an amount two words split whole: trade into exports and imports -----------------------


@pytest.mark.parametrize(
    ("text", "find", "replace", "total"),
    [
        (
            "India's merchandise trade with the Gulf came to $184.5 billion last year, with"
            " exports of $56.2 billion and imports of $128.3 billion.",
            "$56.2 billion",
            "$65.2 billion",
            "$184.5 billion",
        ),
        (
            "Bilateral trade rose 8% to 96.4 billion yuan. Exports climbed 11% to 52.9 billion"
            " yuan, while imports gained 4% to 43.5 billion yuan.",
            "43.5 billion yuan",
            "45.3 billion yuan",
            "96.4 billion yuan",
        ),
        (
            "Foreign trade in the first half stood at ₩612.3 trillion, and exports accounted for"
            " ₩318.0 trillion while imports were ₩294.3 trillion.",
            "₩612.3 trillion",
            "₩621.3 trillion",
            "₩621.3 trillion",
        ),
    ],
)
def test_trade_is_its_exports_and_imports(text: str, find: str, replace: str, total: str) -> None:
    assert flagged(text) == []
    assert verdicts(text, "total") == ["consistent"]
    assert flagged(text.replace(find, replace)) == [("CC303", total)]  # total: as slipped


@pytest.mark.parametrize(
    "text",
    [
        # a balance of the two, not their sum
        "The trade surplus widened to $41.5 billion as exports rose to $187.0 billion and"
        " imports slipped to $145.5 billion.",
        # the parts follow another trade figure: they are its parts
        "Trade with the EU reached $1.11 trillion. Trade with Japan fell to $815.9 billion,"
        " with exports of $622.4 billion and imports of $193.5 billion.",
        # "trade" names another thing's owner
        "The trade ministry's budget is $3.2 billion; exports of farm goods reached $1.9"
        " billion and imports of fuel $4.4 billion.",
        # a value compared with is not a part, and then only one side is stated
        "Trade reached $88.0 billion, as exports rose to $51.2 billion from $47.9 billion.",
    ],
)
def test_figures_near_trade_that_are_not_its_parts_make_no_total(text: str) -> None:
    assert flagged(text) == []
    assert totals_of(text) in ([], ["$815.9 billion"])  # Japan's trade has its parts


# --- a list closed by the rest: all the parts of a total -------------------------------------


@pytest.mark.parametrize(
    ("text", "find", "replace", "total"),
    [
        (
            "The group's sales reached ¥812.4 billion in the year. Its chemicals arm brought in"
            " ¥401.2 billion, plastics ¥255.0 billion and the fibre unit ¥98.7 billion, with"
            " the remaining ¥57.5 billion from trading.",
            "¥98.7 billion",
            "¥89.7 billion",
            "¥812.4 billion",
        ),
        (
            "Migrants sent $3.64 billion home, with workers in the Gulf sending $2.21 billion"
            " and those in Europe, mostly in Italy and Spain, the remaining $1.43 billion.",
            "$1.43 billion",
            "$1.34 billion",
            "$3.64 billion",
        ),
        (
            "The fund paid out €96 million last year. Pensions took €61 million, health"
            " cover €22 million and, for the rest, €13 million went on administration.",
            "€22 million",
            "€27 million",
            "€96 million",
        ),
    ],
)
def test_a_list_closed_by_the_rest_is_all_of_its_total(
    text: str, find: str, replace: str, total: str
) -> None:
    assert flagged(text) == []
    assert verdicts(text, "total") == ["consistent"]
    assert flagged(text.replace(find, replace)) == [("CC303", total)]


@pytest.mark.parametrize(
    "text",
    [
        # two figures of the kind in the sentence before: which is the total is unclear
        "Sales were ¥812.4 billion and costs ¥640.1 billion. Chemicals brought in ¥401.2"
        " billion, plastics ¥255.0 billion and the remaining ¥57.5 billion came from trading.",
        # the sentence opens with a clause of its own, not a name of the first part
        "Sales reached ¥812.4 billion. After the plant in Osaka closed for repairs in the"
        " spring, chemicals brought in ¥401.2 billion and the remaining ¥57.5 billion came"
        " from trading.",
        # "with" before the rest itself opens no list: the total stays unread
        "Revenue was $5.2 billion, up from $4.9 billion, with the remaining $0.4 billion"
        " from services.",
    ],
)
def test_a_rest_without_one_clear_total_makes_no_finding(text: str) -> None:
    assert flagged(text) == []


# --- a sentence that points back to a total and breaks it down ------------------------------


@pytest.mark.parametrize(
    ("text", "find", "replace", "total"),
    [
        (
            "Proposed spending for 2026 adds up to $8.61 billion, 16% more than this year. It is"
            " made up of running costs of $3.49 billion, debt service of $2.01 billion and"
            " capital projects of $3.11 billion.",
            "$2.01 billion",
            "$2.21 billion",
            "$8.61 billion",
        ),
        (
            "The rescue package is worth £4.2bn. This comprises £2.9bn of loans and £1.3bn of"
            " grants to small firms.",
            "£1.3bn",
            "£1.6bn",
            "£4.2bn",
        ),
        (
            "Farm exports earned A$71.4 billion last season. That figure includes A$14.2 billion"
            " from beef and A$10.6 billion from wheat.",
            "A$14.2 billion",
            "A$64.2 billion",
            "A$71.4 billion",
        ),
    ],
)
def test_a_breakdown_pointing_back_to_its_total(
    text: str, find: str, replace: str, total: str
) -> None:
    assert flagged(text) == []
    assert verdicts(text, "total") == ["consistent"]
    assert flagged(text.replace(find, replace)) == [("CC303", total)]


@pytest.mark.parametrize(
    "text",
    [
        # two figures of the kind before: which one "it" points to is unclear
        "Revenue was £9.2bn and costs were £7.1bn. It is made up of £5.0bn of wages and £2.9bn"
        " of materials.",
        # the pointer is the subject of another clause, far from the cue
        "The fund holds £4.2bn. It said on Monday, after a long review of its holdings, that"
        " the portfolio is made up of £2.1bn of bonds and £3.6bn of shares.",
    ],
)
def test_a_pointer_without_one_clear_total_makes_no_finding(text: str) -> None:
    assert flagged(text) == []


# --- a percentage whole never sums parts that count something ------------------------------


@pytest.mark.parametrize(
    ("clean", "slip", "figure"),
    [
        (
            "The county lost 64 thousand residents over the decade, roughly 5% of its"
            " population, of which 41 thousand moved abroad and 23 thousand were lost to an"
            " ageing population.",
            "Turnout reached 64%, of which 40 came from urban districts and 34 from rural ones.",
            "64%",
        ),
        (
            "The airline carried 2.4 million passengers, about 9% of the market, of which 1.6"
            " million flew domestic routes and 0.8 million international ones.",
            "The coalition won 52% of the seats, of which 31 went to the larger party and 27 to"
            " its partner.",
            "52%",
        ),
        (
            "Unemployment fell by 12 thousand people, close to 3% of the jobless, of which 8"
            " thousand found work in services and 4 thousand in industry.",
            "Unemployment fell by 12 thousand people, close to 3% of the jobless, of which 2"
            " found work in services and 3 in industry.",
            "3%",
        ),
    ],
)
def test_parts_with_a_scale_word_are_no_parts_of_a_percentage(
    clean: str, slip: str, figure: str
) -> None:
    assert flagged(clean) == []
    assert ("CC303", figure) in flagged(slip)  # bare parts of a percentage still are in %


@settings(max_examples=30, deadline=None)
@given(
    share=st.integers(min_value=2, max_value=40),
    first=st.integers(min_value=2, max_value=900),
    second=st.integers(min_value=2, max_value=900),
    scale=st.sampled_from(["thousand", "million"]),
)
def test_a_percentage_whole_never_takes_counts_as_parts(
    share: int, first: int, second: int, scale: str
) -> None:
    text = (
        f"The town lost {first + second} {scale} people, about {share}% of the total, of which"
        f" {first} {scale} moved away and {second} {scale} died."
    )
    assert "inconsistent" not in verdicts(text, "total")


# --- a list closed by "the other": the figure the parts point back to is their total -------


@pytest.mark.parametrize(
    ("text", "find", "replace", "total"),
    [
        (  # "of that" points back past a comparison; the sentence before has a balance
            "The ministry reported a budget shortfall of €2.4 billion for the first quarter."
            " Tax receipts came to €48.5 billion, 6% more than a year earlier; income tax"
            " brought in €20.1 billion of that, up 4.2%, and other taxes, duties included, the"
            " other €28.4 billion.",
            "€28.4 billion",
            "€29.4 billion",
            "€48.5 billion",
        ),
        (  # "of it" without a verb stating the total
            "The group booked a one-off charge of ¥95 billion last year. Sales reached ¥812"
            " billion; the home market supplied ¥530 billion of it and exports the remaining"
            " ¥282 billion.",
            "¥282 billion",
            "¥292 billion",
            "¥812 billion",
        ),
        (  # a verb stating the total, a clause break, no figure of its kind before
            "Revenue totalled R61.2 billion; mining paid R40.5 billion and the remaining R20.7"
            " billion came from other sectors.",
            "R20.7 billion",
            "R21.7 billion",
            "R61.2 billion",
        ),
    ],
)
def test_the_rest_closes_the_parts_of_the_total_they_point_to(
    text: str, find: str, replace: str, total: str
) -> None:
    assert flagged(text) == []
    assert ("CC303", total) in flagged(text.replace(find, replace))


def test_a_verb_states_the_total_only_before_a_clause_break() -> None:
    stated = (
        "Spending came to $10.4 billion; rail took $5.2 billion and the remaining $5.7 billion"
        " went to roads."
    )
    listed = (  # the first figure a part, named in the list's own pattern: the total is before
        "The city budget is $10.4 billion. Rail spending came to $5.2 billion, roads $3.1"
        " billion and the remaining $2.6 billion went to ports."
    )
    assert flagged(stated) == [("CC303", "$10.4 billion")]
    assert flagged(listed) == [("CC303", "$10.4 billion")]


@pytest.mark.parametrize(
    "text",
    [
        "The province posted a surplus of R3.1 billion. Revenue totalled R61.2 billion; mining"
        " paid R40.5 billion and the remaining R20.7 billion came from other sectors.",
        "Kenya ran a current-account gap of Sh48 billion in March. Imports stood at Sh212"
        " billion; fuel cost Sh61 billion and machinery took the remaining Sh151 billion.",
        "The port logged a net outflow of €1.3 billion in May. Cargo fees stood at €9.8"
        " billion; container lines paid €6.1 billion and bulk carriers the other €3.7 billion.",
    ],
)
def test_a_total_stated_by_its_verb_is_never_a_part_of_a_figure_before(text: str) -> None:
    """Either figure may be the whole: no reading is clearly best, so no finding."""
    assert flagged(text) == []
