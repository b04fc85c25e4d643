"""Totals as real copy words them, fourth set: a part pointing back with "of them" or "of
it" and the parts listed after it, and a figure named as a total whose parts are listed in
the next sentence."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import claimcheck


def flagged(text: str) -> list[tuple[str, str]]:
    """Each finding's rule and the text it points at."""
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


def verdicts(text: str) -> list[str]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == "total"]


def unrounded(low: int, high: int) -> st.SearchStrategy[int]:
    """Whole figures ending in a digit other than 0: "130" may be rounded to the ten."""
    return st.integers(min_value=low, max_value=high).filter(lambda n: n % 10 != 0)


def slipped(text: str, find: str, replace: str) -> str:
    assert text.count(find) == 1
    return text.replace(find, replace)


# --- parts pointing back with "of them", "of it", listed to "and" -------------------------

POINTED_BACK = [
    (
        "The airline carried 4.2 million passengers in May, 2.9 million of them on domestic"
        " routes and 1.3 million on international flights.",
        "1.3 million",
        "2.3 million",
        "4.2 million",
    ),
    (
        "The pension fund paid out £620 million last year, £410 million of it to retired"
        " members and £150 million to their widows.",
        "£150 million",
        "£250 million",
        "£620 million",
    ),
    (
        "Imports from Asia totalled ¥8.3 trillion, ¥5.6 trillion of them from China, which"
        " stayed the largest supplier, and ¥2.1 trillion from South Korea.",
        "¥5.6 trillion",
        "¥6.6 trillion",
        "¥8.3 trillion",
    ),
    (
        "Donors pledged CHF 96 million for the appeal, CHF 58 million of it for shelter,"
        " CHF 21 million for food and CHF 12 million for clean water.",
        "CHF 21 million",
        "CHF 31 million",
        "CHF 96 million",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace", "total"), POINTED_BACK)
def test_parts_listed_after_of_them_are_read_with_their_total(
    text: str, find: str, replace: str, total: str
) -> None:
    assert verdicts(text) == ["consistent"]
    assert flagged(text) == []
    assert flagged(slipped(text, find, replace)) == [("CC303", total)]


@given(
    whole=unrounded(20, 900),
    first=unrounded(1, 900),
    second=unrounded(1, 900),
    currency=st.sampled_from(["$", "€", "£"]),
)
@settings(max_examples=40, deadline=None)
def test_parts_after_of_them_never_exceed_their_total(
    whole: int, first: int, second: int, currency: str
) -> None:
    text = (
        f"The agency spent {currency}{whole} million in 2024, {currency}{first} million of it"
        f" on salaries and {currency}{second} million on rent."
    )
    # each figure is rounded to the million: a sum within a million of the whole may hold
    assume(not whole < first + second < whole + 2)
    expected = [("CC303", f"{currency}{whole} million")] if first + second > whole else []
    assert flagged(text) == expected


def test_a_later_figure_of_another_clause_is_no_listed_part() -> None:
    # the 4,000 hired is no part of the 5,000 employed: no list, and the one part fits
    text = "The firm employs 5,000 people, 2,000 of them in Spain, and hired 4,000 in 2023."
    assert flagged(text) == []


# --- a total named so, its parts listed in the next sentence -------------------------------

LISTED_AFTER = [
    (
        "Total spending came to €9.4 billion. Schools took €4.1 billion, hospitals €3.2"
        " billion and roads €2.1 billion.",
        "€3.2 billion",
        "€4.2 billion",
        "€9.4 billion",
    ),
    (
        "The two units had combined revenue of R4.5 billion. Mining and energy earned R2.9"
        " billion and R1.6 billion, respectively.",
        "R2.9 billion",
        "R3.9 billion",
        "R4.5 billion",
    ),
    (
        "The retailer's turnover reached $86 million, its highest yet. Its shops brought in"
        " $51 million and its website $35 million.",
        "$35 million",
        "$53 million",
        "$86 million",
    ),
    (
        "Ministries asked for 640 billion won in all. Defence, which wants new frigates,"
        " sought 410 billion won and education 190 billion won.",
        "190 billion won",
        "290 billion won",
        "640 billion won",
    ),
    # not named a total, but the only figure of its kind, its parts given by a part verb
    (
        "The ministry spent €412.6 million last year. Hospitals accounted for €230.4 million"
        " and clinics for €131.9 million.",
        "€131.9 million",
        "€331.9 million",
        "€412.6 million",
    ),
    (
        "Shipments abroad reached 88,400 tonnes. Cement made up 51,200 tonnes and steel"
        " 29,800 tonnes.",
        "29,800 tonnes",
        "39,800 tonnes",
        "88,400 tonnes",
    ),
]


# --- the largest part of a whole, named so, and the parts ranked after it ----------------

LARGEST_PARTS = [
    # the whole the largest of the figures before the part in its sentence
    (
        "The council approved spending of R84.2 billion and borrowing of R6.1 billion; the"
        " biggest slice, R31.7 billion, goes to housing.",
        "R31.7 billion",
        "R91.7 billion",
        "R84.2 billion",
    ),
    # the whole in the sentence before, the parts ranked after the largest
    (
        "Households owed a record $17.5 trillion. Mortgages are by far the largest piece at"
        " $12.1 trillion, followed by $1.6 trillion in car loans and $1.3 trillion on cards.",
        "$1.6 trillion",
        "$6.1 trillion",
        "$17.5 trillion",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace", "total"), [*LISTED_AFTER, *LARGEST_PARTS])
def test_parts_stated_apart_from_their_total_are_read_with_it(
    text: str, find: str, replace: str, total: str
) -> None:
    assert verdicts(text) == ["consistent"]
    assert flagged(text) == []
    assert flagged(slipped(text, find, replace)) == [("CC303", total)]


@pytest.mark.parametrize(
    "text",
    [
        # the next sentence is of another year or compares: its figures are not the parts
        "Total spending was €9.4 billion in 2024. In 2023 schools took €6.1 billion and"
        " hospitals €4.2 billion.",
        "Total spending was €9.4 billion. A year earlier schools took €6.1 billion and"
        " hospitals €4.2 billion.",
        "Total spending was €9.4 billion. Schools took €6.1 billion, compared with €4.2 billion"
        " for hospitals and €1.1 billion for roads.",
        # not named a total: two figures one after the other relate to nothing
        "The budget for defence was €9.4 billion. Schools took €6.1 billion and hospitals €4.2"
        " billion.",
        # a share named as a total is no amount to split
        "Combined, the two firms hold 38% of the market. Alpha sells 30% and Beta 20% of all"
        " phones in Europe.",
        # the next sentence has a total of its own
        "Total spending was €9.4 billion. Schools took €6.1 billion and hospitals €4.2"
        " billion, a combined €10.3 billion.",
        # a part verb, but a second figure of the kind beside the total: which is split?
        "The ministry spent €412.6 million on care and €80.2 million on debt. Hospitals"
        " accounted for €230.4 million and clinics for €331.9 million.",
        # no total named and no part verb: the figures need not be parts
        "The ministry spent €412.6 million last year. Hospitals received €230.4 million and"
        " clinics €331.9 million.",
    ],
)
def test_figures_that_are_no_parts_of_a_named_total_stay_silent(text: str) -> None:
    assert [rule for rule, _ in flagged(text) if rule == "CC303"] == []


# --- shares closed by a remainder: the whole's name and lower-case labels between -------

REMAINDERS = [
    (
        "By sector, services made up 61.2% of output in 2022, manufacturing 27.5% and farming"
        " the remaining 11.3%.",
        "27.5%",
        "25.7%",
    ),
    (
        "Brand A sold 31%, brand B 24%, brand C 18% and smaller makers the remaining 27%.",
        "27%",
        "37%",
    ),
    (
        "In the poll 48 percent of voters backed the plan, 37 percent opposed it and the"
        " remaining 15 percent were undecided.",
        "37 percent",
        "47 percent",
    ),
    (
        "Wind supplied 42 per cent of the grid's power last year, gas 31 per cent, nuclear 15"
        " per cent and other sources the rest, 12 per cent.",
        "15 per cent",
        "51 per cent",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace"), REMAINDERS)
def test_shares_closed_by_a_remainder_make_a_whole(text: str, find: str, replace: str) -> None:
    assert verdicts(text) == ["consistent"]
    assert flagged(text) == []
    slip = slipped(text, find, replace)
    found = flagged(slip)
    assert [rule for rule, _ in found] == ["CC303"]
    assert replace in found[0][1]


@given(shares=st.lists(unrounded(1, 60), min_size=2, max_size=4))
@settings(max_examples=40, deadline=None)
def test_a_remainder_completes_the_listed_shares_to_a_hundred(shares: list[int]) -> None:
    assume(sum(shares) < 100)
    names = ["rail", "road", "air", "sea"]
    listed = ", ".join(f"{name} {share}%" for name, share in zip(names, shares, strict=False))
    rest = 100 - sum(shares)
    text = f"Freight went {listed} and pipelines the remaining {rest}%."
    assert verdicts(text) == ["consistent"]
    assert flagged(text.replace(f"remaining {rest}%", f"remaining {rest + 10}%")) != []


# --- shares of one whole listed after a verb giving the first its part ------------------

SHARE_LISTS = [
    (
        "Services accounted for 71.4% of output in 2019, industry for 21.8% and farming for 6.8%.",
        "21.8%",
        "31.8%",
    ),
    (
        "Cars made up 64 per cent of sales, vans 21 per cent and trucks 9 per cent.",
        "9 per cent",
        "19 per cent",
    ),
    (
        "At the election Labour won 48 percent of the seats, the Conservatives 31 percent and"
        " the Liberal Democrats 12 percent.",
        "31 percent",
        "51 percent",
    ),
    (
        # the last share named all the rest: the shares make 100%, so one short is a slip
        "The coast took 58.5% of visitor nights, the lakes 22.1%, the mountains 11.6% and"
        " other regions 7.8%.",
        "7.8%",
        "5.8%",
    ),
    (
        # a name with "and" inside it is one part, not the list's last
        "By region, the north takes 31.2% of the grant, the south 24.5%, trade and industry"
        " 18.3% and everything else 26.0%.",
        "24.5%",
        "42.5%",
    ),
    (
        "Coal supplied 41.3% of the power, gas and oil 27.9% and hydro 16.4%.",
        "16.4%",
        "61.4%",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace"), SHARE_LISTS)
def test_shares_of_one_whole_listed_never_exceed_it(text: str, find: str, replace: str) -> None:
    assert verdicts(text) == ["consistent"]
    assert flagged(text) == []
    found = flagged(slipped(text, find, replace))
    assert [rule for rule, _ in found] == ["CC303"]
    assert replace in found[0][1]


@given(shares=st.lists(unrounded(1, 70), min_size=3, max_size=4))
@settings(max_examples=40, deadline=None)
def test_listed_shares_are_flagged_only_above_a_hundred(shares: list[int]) -> None:
    # each share is rounded to the point: a sum within a point per share of 100 may hold
    assume(not 100 < sum(shares) <= 100 + len(shares))
    names = ["home sales", "licences", "services"]
    *middle, last = zip(names, shares[1:], strict=False)
    listed = "".join(f", {name} {share}%" for name, share in middle)
    text = f"Exports made up {shares[0]}% of revenue{listed} and {last[0]} {last[1]}%."
    assert (flagged(text) != []) == (sum(shares) > 100)


@pytest.mark.parametrize(
    "text",
    [
        # ratios to one base, no parts of it
        "Debt reached 60% of GDP, the deficit 3% and spending 45%.",
        # several answers each: no verb giving a part its share
        "In the survey 60% of firms cited costs, 45% red tape and 30% a lack of staff.",
        # a share of each of several: equal shares are not listed once each
        "The coast took 50% of stays, and the lakes and other places 25% each.",
        # two shares of one base: two ratios to it, no parts of it
        "Exports made up 61% of GDP and imports 55%.",
        # a later share names a whole of its own
        "Vans made up 64% of sales, and trucks 51% of profit and 30%.",
        # shares labelled after them split the first share, no siblings of it
        "Mining supplied 57.0% of exports, 55.8% from metals and 1.2% from other minerals.",
    ],
)
def test_shares_that_are_no_parts_of_one_whole_stay_silent(text: str) -> None:
    assert flagged(text) == []


# --- "of it", "of that" point back past a figure compared with ---------------------------

POINTED_PAST_A_COMPARISON = [
    (
        "Education receives R297.5 billion, up from R265.7 billion last year, with R205.8"
        " billion of it for schools and R58.0 billion for universities.",
        "R58.0 billion",
        "R98.0 billion",
        "R297.5 billion",
    ),
    (
        "Health is allocated £168.4 million, £11.1 million more than last year's £157.3"
        " million, with £75 million of that for clinics and £29.4 million for hospitals.",
        "£75 million",
        "£175 million",
        "£168.4 million",
    ),
    (
        "The fund holds $48 billion, against $52 billion a year earlier, $30 billion of it in"
        " bonds and $12 billion in shares.",
        "$30 billion",
        "$40 billion",
        "$48 billion",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace", "total"), POINTED_PAST_A_COMPARISON)
def test_of_it_points_back_past_a_figure_compared_with(
    text: str, find: str, replace: str, total: str
) -> None:
    assert "consistent" in verdicts(text)
    assert flagged(text) == []
    assert ("CC303", total) in flagged(slipped(text, find, replace))


def test_of_it_after_two_figures_not_compared_points_nowhere() -> None:
    text = (
        "The fund holds $48 billion and the bank $20 billion, $30 billion of it in bonds and"
        " $25 billion in shares."
    )
    assert flagged(text) == []


# --- a sentence opening with the noun of a total stated before it, listing its parts ------

NAMED_BACK = [
    (
        "Exports fell 5% on the year to €131.2 billion and imports dropped 2% to €110.8"
        " billion. Exports to the EU were worth €71.5 billion and exports to Asia €39.7"
        " billion.",
        "€71.5 billion",
        "€97.5 billion",
        "€131.2 billion",
    ),
    (
        "The estimates provided Kshs762.4 billion for recurrent expenditure and Kshs386.6"
        " billion for development. Recurrent spending consisted of Kshs552.9 billion of"
        " salaries and Kshs209.5 billion of debt payments.",
        "Kshs552.9 billion",
        "Kshs652.9 billion",
        "Kshs762.4 billion",
    ),
    (
        "Two-way trade reached US$262.5 billion in the five months, with imports at US$126.4"
        " billion. Nothing changed in the rules. Of the import bill, local firms accounted for"
        " US$44.0 billion and foreign ones for US$82.4 billion.",
        "US$82.4 billion",
        "US$92.4 billion",
        "US$126.4 billion",
    ),
    (
        "The city council set its 2025 budget at £840 million. Budget plans give schools £390"
        " million, housing £210 million and transport £150 million.",
        "£390 million",
        "£590 million",
        "£840 million",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace", "total"), NAMED_BACK)
def test_a_list_opened_by_its_totals_noun_is_read_with_it(
    text: str, find: str, replace: str, total: str
) -> None:
    assert verdicts(text) == ["consistent"]
    assert flagged(text) == []
    assert flagged(slipped(text, find, replace)) == [("CC303", total)]


@pytest.mark.parametrize(
    "text",
    [
        # the noun names two figures before: which one is split is not clear
        "Exports to Asia were €40 billion and exports to Africa €20 billion. Exports by sea"
        " came to €31 billion and exports by air €25 billion.",
        # another time: last year's parts are no parts of this year's total
        "Exports reached €60 billion in 2024. Exports in 2023 were €41 billion to the EU and"
        " €35 billion to Asia.",
        # a list opened by a noun no figure before is named by
        "Exports reached €60 billion. Profits were €41 billion at home and €35 billion abroad.",
        # the noun is not the sentence's first: "firms" names the figure before, the list
        # is of another whole
        "Foreign firms earned a net $18.6 billion. Of the import bill, domestic firms paid"
        " $44.0 billion and foreign firms $82.4 billion.",
    ],
)
def test_lists_whose_noun_points_to_no_single_total_stay_silent(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the earlier figure's noun is narrowed ("of cars"): a part, not the whole
        "The deficit was €3 billion. Imports of fuel came to €7 billion, a high. Traders"
        " shrugged. Imports to the north were €20 billion and imports to the south €16 billion.",
        # the earlier figure's noun has a modifier before it ("grain"): a part, not the whole
        "Grain exports reached £6 billion. Exports by rail were £11 billion and exports by"
        " road £9 billion.",
        # the list sentence restates its noun bare: a figure stated again, not split
        "Exports reached ¥900 billion in March. Exports were ¥700 billion and imports ¥650"
        " billion.",
        "Spending totalled $14 million. Spending came to $9 million and revenue to $8 million.",
    ],
)
def test_a_narrowed_whole_or_a_bare_restatement_is_no_noun_opened_list(text: str) -> None:
    assert flagged(text) == []


def test_a_bare_whole_split_by_narrowed_nouns_is_still_read() -> None:
    text = (
        "Exports reached £26 billion in the year. Exports by rail were £11 billion and exports"
        " by road £9 billion."
    )
    assert verdicts(text) == ["consistent"]
    assert flagged(slipped(text, "£11 billion", "£19 billion")) == [("CC303", "£26 billion")]


@pytest.mark.parametrize(
    "text",
    [
        # the largest slice of another whole, named after it
        "The region gets €2 billion. The biggest slice of the national fund, €5 billion, goes"
        " to the capital.",
        # a figure given as a part before the largest one is no whole of it
        "Health gets R40 billion; the biggest slice, R95 billion, goes to social grants.",
        # no figure before the largest part
        "The biggest slice, $5 billion, goes to defence.",
    ],
)
def test_a_largest_part_without_a_stated_whole_stays_silent(text: str) -> None:
    assert flagged(text) == []
