"""Totals and differences as real copy words them, beyond a list closed by "and".

A total opening its sentence with one part after it ("Of the £54.80 spent on food, £14.40
went on meat"), a sentence pointing back to a total in the one before ("Of that, ..."),
and differences named with a qualifier ("a monthly deficit of", "a gender gap of").
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import claimcheck


def rules(text: str) -> list[str]:
    return [f.rule for f in claimcheck.check(text).findings]


def verdicts(text: str, kind: str) -> list[str]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == kind]


# --- a total opening its sentence, one part after the comma closing its name -----------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Of the £62.30 households spent on housing, £21.10 went on rent.", []),
        ("Of the £62.30 households spent on housing, £71.10 went on rent.", ["CC303"]),
        (
            "Of the $2.4 billion the county received under the relief act, officials have"
            " already committed $1.9 billion, mostly to hospitals.",
            [],
        ),
        (
            "Of the $2.4 billion the county received under the relief act, officials have"
            " already committed $3.9 billion, mostly to hospitals.",
            ["CC303"],
        ),
        (
            "Of the 31.7 million people employed in the region, the agency estimates, 12.2"
            " million work part time.",
            [],
        ),
        (
            "Of the 31.7 million people employed in the region, the agency estimates, 42.2"
            " million work part time.",
            ["CC303"],
        ),
        # the total owned by a name before it
        ("Of the firm's 8,400 staff, 5,100 work in Spain.", []),
        ("Of the firm's 8,400 staff, 9,100 work in Spain.", ["CC303"]),
        ("Of Chile's 19.5 million people, 8.3 million live in the capital.", []),
        ("Of Chile's 19.5 million people, 21.3 million live in the capital.", ["CC303"]),
    ],
)
def test_one_part_of_a_total_that_opens_the_sentence(text: str, found: list[str]) -> None:
    assert rules(text) == found
    assert verdicts(text, "total") == (["inconsistent"] if found else ["consistent"])


@pytest.mark.parametrize(
    "text",
    [
        "Of the 140 branches, on March 31, 90 were still open.",  # a date is no part
        "Of the 14 projects, since 2019, 9 were finished.",  # nor a year
        "Of the 120 stores it runs, 2 million customers visited one last year.",  # other count
        "Of the $3 billion raised, 40% goes to schools.",  # a share, read elsewhere
        "Of the $3 billion raised, about half came from abroad, up from $1 billion.",
        "Of course, 8,400 staff joined and 9,100 left.",  # no total opens the sentence
    ],
)
def test_a_figure_after_an_opening_total_that_is_not_its_part(text: str) -> None:
    assert rules(text) == []
    assert verdicts(text, "total") in ([], ["consistent"])


# --- "Of that, ..." pointing back to the total in the sentence before -------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The rescue package will cost about 640 billion rupees, the minister said. Of"
            " that, 210 billion rupees is already in this year's budget.",
            [],
        ),
        (
            "The rescue package will cost about 640 billion rupees, the minister said. Of"
            " that, 710 billion rupees is already in this year's budget.",
            ["CC303"],
        ),
        (
            "Gold holdings totalled 8,133 tonnes at the end of June. Of the total, vaults in"
            " the capital held 5,020 tonnes and regional depots 1,100 tonnes.",
            [],
        ),
        (
            "Gold holdings totalled 8,133 tonnes at the end of June. Of the total, vaults in"
            " the capital held 9,020 tonnes and regional depots 1,100 tonnes.",
            ["CC303"],
        ),
        (
            "The hospital's budget is 1.25 billion euros this year. Of this, 870 million euros"
            " pays for staff.",
            [],
        ),
        (
            # 190 (185-195 as rounded) and 200 (195-205) only touch: the part may be the smaller.
            "The ministry will spend 200 million pesos on the scheme. Of that, 190 million"
            " pesos goes to clinics.",
            [],
        ),
    ],
)
def test_of_that_points_back_to_a_total(text: str, found: list[str]) -> None:
    assert rules(text) == found
    assert verdicts(text, "total") == (["inconsistent"] if found else ["consistent"])


@pytest.mark.parametrize(
    "text",
    [
        # Two dollar figures before, neither a figure compared with: which one "this" is,
        # is not clear.
        "It spends $33.9 billion on schools and $34.4 billion on roads. Of this,"
        " $45.8 billion comes from taxes.",
        # The total is in another paragraph.
        "The plan costs 640 billion rupees.\n\nOf that, 710 billion rupees is in the budget.",
        # No figure of the part's currency before it.
        "The plan costs 640 billion rupees. Of that, $9 billion comes from abroad.",
    ],
)
def test_of_that_without_one_clear_total_makes_no_claim(text: str) -> None:
    assert verdicts(text, "total") == []
    assert rules(text) == []


@settings(max_examples=40, deadline=None)
@given(
    total=st.integers(200, 9_000),
    share=st.integers(5, 95),
    over=st.integers(110, 300),
    opener=st.sampled_from(("Of that", "Of this", "Of the total")),
)
def test_a_part_pointed_back_to_is_flagged_only_when_above_its_total(
    total: int, share: int, over: int, opener: str
) -> None:
    def text(part: int) -> str:
        return (
            f"The ministry will spend {total:,} million pesos on the programme. {opener},"
            f" {part:,} million pesos goes to rural clinics."
        )

    assert rules(text(total * share // 100)) == []
    assert rules(text(total * over // 100 + 10)) == ["CC303"]


# --- a difference stated between the two values it compares -----------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "At Friday's close the lender's market value of 812.4 billion yen was 37.9 billion"
            " yen more than its rival's 774.5 billion yen.",
            [],
        ),
        (
            "At Friday's close the lender's market value of 812.4 billion yen was 73.9 billion"
            " yen more than its rival's 774.5 billion yen.",
            ["CC304"],
        ),
        (
            "Pension funds held $6.2 trillion in listed shares, $0.9 trillion more than the"
            " $5.3 trillion of a year earlier.",
            [],
        ),
        (
            "Pension funds held $6.2 trillion in listed shares, $1.9 trillion more than the"
            " $5.3 trillion of a year earlier.",
            ["CC304"],
        ),
        (
            "The harvest came in at 88.2 million tonnes, 4.6 million tonnes, or 5 per cent,"
            " below the record 92.8 million tonnes of 2021.",
            [],
        ),
        (
            "The harvest came in at 88.2 million tonnes, 6.4 million tonnes, or 5 per cent,"
            " below the record 92.8 million tonnes of 2021.",
            ["CC304"],
        ),
        ("This autumn 41,300 students enrolled, 2,100 fewer than the 43,400 of last autumn.", []),
        (
            "This autumn 41,300 students enrolled, 1,200 fewer than the 43,400 of last autumn.",
            ["CC304"],
        ),
    ],
)
def test_a_difference_between_the_values_it_compares(text: str, found: list[str]) -> None:
    assert rules(text) == found
    assert verdicts(text, "difference") == (["inconsistent"] if found else ["consistent"])


@pytest.mark.parametrize(
    "text",
    [
        # Percentages: "1% more" may be relative or in points.
        "Turnout was 61%, 4% higher than the 57% of 2019.",
        # The first value is of another clause: "and profit was".
        "Revenue rose to $9 billion and profit was $5 billion, above the $3 billion forecast.",
        # Three currencies.
        "Sales reached 4.1 billion euros, $0.3 billion more than the 3.8 billion pounds.",
    ],
)
def test_a_comparison_without_three_comparable_values_makes_no_difference(text: str) -> None:
    assert verdicts(text, "difference") == []


@settings(max_examples=40, deadline=None)
@given(
    first=st.integers(2_000, 90_000),
    second=st.integers(2_000, 90_000),
    error=st.integers(3, 20),
)
def test_a_compared_difference_is_flagged_only_when_it_is_off(
    first: int, second: int, error: int
) -> None:
    assume(first % 10 and second % 10 and abs(first - second) >= 500)
    word = "more" if first > second else "fewer"
    gap = abs(first - second)

    def text(stated: int) -> str:
        return (
            f"The county recorded {first:,} births, {stated:,} {word} than the {second:,} of"
            " the year before."
        )

    assert rules(text(gap)) == []
    assert rules(text(gap + error * gap // 10)) == ["CC304"]


# --- a difference named with one more word, after "which implies", in its own clause ----


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "In March, receipts rose 4.1 percent to $312 billion and spending grew 6.2 percent"
            " to $341.5 billion, leaving a monthly deficit of $29.5 billion.",
            [],
        ),
        (
            "In March, receipts rose 4.1 percent to $312 billion and spending grew 6.2 percent"
            " to $341.5 billion, leaving a monthly deficit of $92.5 billion.",
            ["CC304"],
        ),
        (
            "The plan projects spending of Rs 41.2 lakh crore against receipts of Rs 27.9 lakh"
            " crore, which implies a fiscal deficit of Rs 13.3 lakh crore.",
            [],
        ),
        (
            "The plan projects spending of Rs 41.2 lakh crore against receipts of Rs 27.9 lakh"
            " crore, which implies a fiscal deficit of Rs 31.3 lakh crore.",
            ["CC304"],
        ),
        (
            "The survey put literacy at 64.2%, with men at 71.3% and women at 58.9%, a gender"
            " gap of 12.4 percentage points.",
            [],
        ),
        (
            "The survey put literacy at 64.2%, with men at 71.3% and women at 58.9%, a gender"
            " gap of 21.4 percentage points.",
            ["CC304"],
        ),
        (
            "Men earned a median 41.7 dollars an hour and women 35.2 dollars, a pay gap of 6.5"
            " dollars.",
            [],
        ),
    ],
)
def test_a_difference_named_with_a_qualifier_or_implied(text: str, found: list[str]) -> None:
    assert rules(text) == found


def test_the_end_of_a_range_of_years_is_not_a_value_of_a_difference() -> None:
    text = (
        "Debt is expected to peak at 35.2% of GDP in 2026-27 before easing to 30.2% by"
        " 2034-35, and a deficit of $28.3 billion is forecast for 2024-25."
    )
    assert rules(text) == []
    assert verdicts(text, "difference") == []


# --- a part stated with its whole: "X of the Y", "X of them" ------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Schools took £41billion of the Treasury's £66billion package announced on Monday.", []),
        (
            "Schools took £71billion of the Treasury's £66billion package announced on Monday.",
            ["CC303"],
        ),
        ("Exporters sold 3.1 million tonnes of the 4.6 million tonnes harvested.", []),
        ("Exporters sold 6.1 million tonnes of the 4.6 million tonnes harvested.", ["CC303"]),
        (
            "The scheme reaches some 18 million households in the north, about 6 million of"
            " them in rented homes.",
            [],
        ),
        (
            "The scheme reaches some 18 million households in the north, about 26 million of"
            " them in rented homes.",
            ["CC303"],
        ),
        ("The 2021 count found 3,712,448 residents, 1,802,113 of them men.", []),
        ("The 2021 count found 3,712,448 residents, 4,802,113 of them men.", ["CC303"]),
    ],
)
def test_a_part_stated_with_its_whole(text: str, found: list[str]) -> None:
    assert rules(text) == found
    assert verdicts(text, "total") == (["inconsistent"] if found else ["consistent"])


@pytest.mark.parametrize(
    "text",
    [
        "Three of the 2019 winners returned this year.",  # a year is no whole
        "It sold 5 million of the 2021 bonds.",
        "Turnout reached 64% of the 48% expected.",  # percentages are shares
        "The bank bought 2 million of its 10-year bonds.",  # a count, not of its whole
        "Some 1.2 million of the 800 members' relatives signed.",  # a larger scale: not a part
    ],
)
def test_an_of_phrase_that_names_no_whole_makes_no_total(text: str) -> None:
    assert rules(text) == []
    assert verdicts(text, "total") == []


@settings(max_examples=40, deadline=None)
@given(whole=st.integers(1_001, 99_999), share=st.integers(1, 99), over=st.integers(11, 30))
def test_a_part_of_its_whole_is_flagged_only_when_above_it(
    whole: int, share: int, over: int
) -> None:
    def text(part: int) -> str:
        return f"Inspectors visited {part:,} of the region's {whole:,} farms last year."

    assume(whole % 10)
    assert rules(text(max(1, whole * share // 100))) == []
    assert rules(text(whole * over // 10 + 7)) == ["CC303"]


# --- a difference written as a subtraction: "A minus B, came to C" ------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "In the region, natural increase, 48,210 births minus 39,870 deaths, came to 8,340"
            " last year.",
            [],
        ),
        (
            "In the region, natural increase, 48,210 births minus 39,870 deaths, came to 3,840"
            " last year.",
            ["CC304"],
        ),
        (
            "Births outpaced deaths by 8,340 (from 48,210 births less 39,870 deaths) in the"
            " region.",
            [],
        ),
        (
            "Births outpaced deaths by 8,430 (from 48,210 births less 39,870 deaths) in the"
            " region.",
            ["CC304"],
        ),
        ("Operating income was €7.4 million minus €2.9 million of costs, giving €4.5 million.", []),
        (
            "Operating income was €7.4 million minus €2.9 million of costs, giving €5.4 million.",
            ["CC304"],
        ),
        ("Its reserve, 12,600 tonnes less 4,100 tonnes sold, leaves 8,500 tonnes.", []),
        ("Its reserve, 12,600 tonnes less 4,100 tonnes sold, leaves 6,500 tonnes.", ["CC304"]),
    ],
)
def test_a_difference_written_as_a_subtraction(text: str, found: list[str]) -> None:
    assert rules(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "It spent 5 billion less than the 7 billion planned.",  # a comparison, read elsewhere
        "Costs were $3 million less in 2024, at $9 million.",  # "less" without a value after
        "Sales of 40,000 cars minus 1,500 returns, and 12,000 vans.",  # no stated result
        "Revenue of $8 million minus $2 million of costs, giving 6 million users.",  # other unit
    ],
)
def test_a_subtraction_without_a_stated_result_makes_no_claim(text: str) -> None:
    assert rules(text) == []
    assert verdicts(text, "difference") == []


# --- a total counted back to the figures just listed: "the three together" ----------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Lyon had 522,250 residents, Toulouse 504,078 and Nice 348,085, so the three"
            " cities together held 1,374,413.",
            [],
        ),
        (
            "Lyon had 522,250 residents, Toulouse 504,078 and Nice 348,085, so the three"
            " cities together held 1,734,413.",
            ["CC303"],
        ),
        (
            "Norway led with $41.2 billion, followed by Qatar at $27.6 billion; between them"
            " the two supplied $68.8 billion of the imports.",
            [],
        ),
        (
            "Norway led with $41.2 billion, followed by Qatar at $27.6 billion; between them"
            " the two supplied $86.8 billion of the imports.",
            ["CC303"],
        ),
        (
            "Wheat took 1.84 million hectares, barley 0.92 million and maize 0.61 million"
            " hectares; taken together the three crops cover 3.37 million hectares.",
            [],
        ),
        (
            "Wheat took 1.84 million hectares, barley 0.92 million and maize 0.61 million"
            " hectares; taken together the three crops cover 3.73 million hectares.",
            ["CC303"],
        ),
    ],
)
def test_a_total_counted_back_to_its_parts(text: str, found: list[str]) -> None:
    assert rules(text) == found
    assert ("inconsistent" in verdicts(text, "total")) == bool(found)


@pytest.mark.parametrize(
    "text",
    [
        # Another count: the two companies' staff are not their revenue and profit.
        "Revenue was $5 billion and profit $1 billion; the two companies together employ"
        " 30,000 people.",
        # The count reaches past a clause break: the first figure is no part.
        "Prices rose 12 percent in March; Lyon had 522,250 residents and Nice 348,085, the"
        " three together 1,374,413.",
    ],
)
def test_a_count_that_does_not_name_the_listed_figures_makes_no_total(text: str) -> None:
    assert rules(text) == []


# --- lists closed by "plus", breakdowns after a period, a verb or "came from" ------------


def flagged(text: str) -> list[tuple[str, str]]:
    """Each finding's rule with the text it covers."""
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


@pytest.mark.parametrize(
    ("text", "find", "replace", "total"),
    [
        (
            "Spending totalled $9.1 billion: $4.2 billion on schools, $3.3 billion on"
            " hospitals plus $1.6 billion on roads.",
            "$3.3",
            "$3.8",
            "$9.1 billion",
        ),
        (
            "The lender will hand 14.60 billion reais back to investors in 2025: 13.45 billion"
            " reais in dividends plus 1.15 billion reais in buybacks.",
            "13.45",
            "14.35",
            "14.60 billion reais",
        ),
        (
            "The deal is worth 870 million euros, made up of 520 million euros in cash plus"
            " 350 million euros in shares.",
            "350 million",
            "530 million",
            "870 million euros",
        ),
        (
            "Visitors spent £11.5 million on food plus £6.7 million on rides, a total of £18.2"
            " million.",
            "£6.7",
            "£7.6",
            "£18.2 million",
        ),
    ],
)
def test_a_list_closed_by_plus(text: str, find: str, replace: str, total: str) -> None:
    assert flagged(text) == []
    assert verdicts(text, "total") == ["consistent"]
    wrong = text.replace(find, replace, 1)
    assert [rule for rule, _ in flagged(wrong)] == ["CC303"]
    assert all(total in where for _, where in flagged(wrong))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a period between the total and its colon
        (
            "The province plans a deficit of $28.5 billion for 2026-27: $25.5 billion for"
            " operations and $3 billion for reserves.",
            [],
        ),
        (
            "The province plans a deficit of $28.5 billion for 2026-27: $25.5 billion for"
            " operations and $8 billion for reserves.",
            ["CC303"],
        ),
        (
            "Airlines paid 3.4 billion euros for the first quarter of 2025: 2.1 billion euros"
            " to airports and 1.3 billion euros to air traffic control.",
            [],
        ),
        (
            "Airlines paid 3.4 billion euros for the first quarter of 2025: 2.1 billion euros"
            " to airports and 3.1 billion euros to air traffic control.",
            ["CC303"],
        ),
        # a short verb after the first part: "is for", "goes to", "is earmarked for"
        (
            "The livestock ministry gets 12.32 billion shillings, of which 1 billion shillings"
            " is for restocking and 500 million shillings for milk coolers.",
            [],
        ),
        (
            "The livestock ministry gets 1.2 billion shillings, of which 1.1 billion shillings"
            " is for restocking and 500 million shillings for milk coolers.",
            ["CC303"],
        ),
        (
            "The grant totals $640 million, split into $410 million going to hospitals and"
            " $230 million to clinics.",
            [],
        ),
        (
            "The grant totals $640 million, split into $410 million going to hospitals and"
            " $320 million to clinics.",
            ["CC303"],
        ),
        # "came from" names every source: the parts must make the total
        (
            "Traffic revenue of £8,432m came from £7,803m of passengers, £579m of cargo and"
            " £50m of charters.",
            [],
        ),
        (
            "Traffic revenue of £8,432m came from £7,830m of passengers, £579m of cargo and"
            " £50m of charters.",
            ["CC303"],
        ),
        (
            "Group sales of 4.6 billion kronor came from 2.9 billion kronor in Sweden and 1.2"
            " billion kronor in Norway.",
            ["CC303"],
        ),
        (
            "Last year's funding of $96 million comes from $51 million in federal grants and"
            " $45 million in state money.",
            [],
        ),
    ],
)
def test_a_breakdown_after_a_period_a_verb_or_came_from(text: str, found: list[str]) -> None:
    assert rules(text) == found
    assert verdicts(text, "total") == (["inconsistent"] if found else ["consistent"])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The appeal collected $4.5 million in March and $3.3 million in April, which brought"
            " the total to $7.8 million.",
            [],
        ),
        # a running total may hold figures from before the list: parts may fall short of it
        (
            "The appeal collected $4.5 million in March and $3.3 million in April, which brought"
            " the total to $8.7 million.",
            [],
        ),
        (
            "The appeal collected $4.5 million in March and $3.3 million in April, which brought"
            " the total to $7.2 million.",
            ["CC303"],
        ),
        (
            "Donors gave 120 million yen in spring and 95 million yen in autumn, which brings"
            " the total to 215 million yen.",
            [],
        ),
        (
            "Donors gave 120 million yen in spring and 95 million yen in autumn, which brings"
            " the total to 251 million yen.",
            [],
        ),
        (
            "Donors gave 120 million yen in spring and 95 million yen in autumn, which brings"
            " the total to 205 million yen.",
            ["CC303"],
        ),
    ],
)
def test_brought_the_total_to(text: str, found: list[str]) -> None:
    assert rules(text) == found


@pytest.mark.parametrize(
    "text",
    [
        # "with" may list some uses or other figures entirely: no reading
        "Sales reached $10 billion, with $6 billion expected in 2027 and $8 billion in 2028.",
        # a label that begins a new clause is not a part's name
        "The fund holds $9 billion: $4 billion was lent out while $7 billion plus interest is due.",
    ],
)
def test_lists_that_are_no_breakdown_make_no_finding(text: str) -> None:
    assert rules(text) == []


@given(
    parts=st.lists(st.integers(11, 900), min_size=2, max_size=4),
    closer=st.sampled_from(("and", "plus")),
    off=st.integers(3, 40),
)
def test_a_generated_breakdown_is_flagged_only_when_its_parts_miss_the_total(
    parts: list[int], closer: str, off: int
) -> None:
    # "100 million" may be rounded to hundreds; "250 million" to tens
    assume(all(part % 10 for part in parts) and (sum(parts) + off) % 10)
    labels = ("for schools", "for roads", "for ports", "for clinics")
    listed = [f"{part} million pesos {label}" for part, label in zip(parts, labels, strict=False)]
    body = ", ".join(listed[:-1]) + f" {closer} {listed[-1]}"

    def text(total: int) -> str:
        return f"The state budget of {total:,} million pesos for 2026: {body}."

    assert rules(text(sum(parts))) == []
    assert verdicts(text(sum(parts)), "total") == ["consistent"]
    assert rules(text(sum(parts) + off)) == ["CC303"]


# --- shares closed by a remainder: "the remaining 31.2%" --------------------------------


@pytest.mark.parametrize(
    ("text", "find", "replace"),
    [
        (
            "Rural residents made up 68.84% of the population and urban residents the"
            " remaining 31.16%.",
            "31.16%",
            "38.16%",
        ),
        (
            "Men accounted for 68.2% of patients but 48.9% of the household population, in"
            " which women made up the other 51.1%.",
            "51.1%",
            "15.1%",
        ),
        (
            "North America provides 44 per cent of sales, and the rest of the world the"
            " other 56 per cent.",
            "56 per cent",
            "65 per cent",
        ),
        (
            "Shipments put Samsung at 20%, Huawei 15%, Apple 11% and Xiaomi 9%, with all"
            " other brands taking the remaining 45%.",
            "Huawei 15%",
            "Huawei 51%",
        ),
    ],
)
def test_shares_closed_by_a_remainder_make_a_whole(text: str, find: str, replace: str) -> None:
    assert flagged(text) == []
    assert verdicts(text, "total") == ["consistent"]
    wrong = text.replace(find, replace, 1)
    assert [rule for rule, _ in flagged(wrong)] == ["CC303"]
    assert all(replace in where for _, where in flagged(wrong))


@pytest.mark.parametrize(
    "text",
    [
        # a share of another whole before the list: the walk stops at "of patients"
        "Women were 31% of patients and 52% of the staff, where men held the other 48%.",
        # a percentage in a stated change is no share of the whole
        "The firm's stake rose to 51% from 30%, and the other 49% is held by funds.",
        # a list broken by other words: which shares the remainder completes is unclear
        "Labour won 41% in the city, the party's best result in years 22% and the"
        " Liberals 19%, and independents the remaining 18%.",
    ],
)
def test_a_remainder_without_a_clear_list_of_shares_makes_no_finding(text: str) -> None:
    assert rules(text) == []


@given(
    shares=st.lists(st.integers(2, 30), min_size=1, max_size=3),
    off=st.integers(3, 15),  # beyond the rounding of four whole percentages
    word=st.sampled_from(("the remaining", "the other")),
)
def test_a_generated_remainder_is_flagged_only_when_the_shares_miss_100(
    shares: list[int], off: int, word: str
) -> None:
    names = ("Alpha", "Beta", "Gamma")
    listed = [f"{name} {share}%" for name, share in zip(names, shares, strict=False)]
    body = listed[0] if len(listed) == 1 else ", ".join(listed[:-1]) + f" and {listed[-1]}"

    def text(rest: int) -> str:
        return f"The survey gave {body}, with smaller brands taking {word} {rest}%."

    rest = 100 - sum(shares)
    assume(rest % 10 and (rest + off) % 10)  # "50%" may be rounded to tens
    assert verdicts(text(rest), "total") == ["consistent"]
    assert rules(text(100 - sum(shares))) == []
    assert rules(text(100 - sum(shares) + off)) == ["CC303"]


# --- parts named by the words before them, or by a noun before the next part's article ----


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Spending totalled $9.1 billion: defence took $4.2 billion, health $3.3 billion"
            " and education $1.6 billion.",
            [],
        ),
        (
            "Spending totalled $9.1 billion: defence took $4.2 billion, health $7.3 billion"
            " and education $1.6 billion.",
            ["CC303"],
        ),
        (
            "Tax revenue is put at 1,422 billion rupees, of which income tax brings in 552"
            " billion rupees, value-added tax 360 billion rupees and customs duty 229 billion"
            " rupees.",
            [],
        ),
        (
            "Tax revenue is put at 1,422 billion rupees, of which income tax brings in 852"
            " billion rupees, value-added tax 360 billion rupees and customs duty 229 billion"
            " rupees.",
            ["CC303"],
        ),
        (
            "The group earned €9.6 billion: Europe contributed €4.1 billion, Asia €3.2"
            " billion and the Americas €2.3 billion.",
            [],
        ),
        (
            "The group earned €9.6 billion: Europe contributed €4.1 billion, Asia €3.2"
            " billion and the Americas €3.2 billion.",
            ["CC303"],
        ),
    ],
)
def test_a_breakdown_whose_parts_are_named_before_them(text: str, found: list[str]) -> None:
    assert rules(text) == found
    assert verdicts(text, "total") == (["inconsistent"] if found else ["consistent"])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The plan projects a deficit of $28.5 billion for 2026-27: a $25.5 billion"
            " shortfall plus a $3 billion contingency fund.",
            [],
        ),
        (
            "The plan projects a deficit of $28.5 billion for 2026-27: a $25.5 billion"
            " shortfall plus a $8 billion contingency fund.",
            ["CC303"],
        ),
        (
            "The package is worth 9.2 billion euros, made up of a 5.1 billion euro loan and"
            " a 4.1 billion euro grant.",
            [],
        ),
        (
            "The package is worth 9.2 billion euros, made up of a 5.1 billion euro loan and"
            " a 1.4 billion euro grant.",
            ["CC303"],
        ),
        (
            "The town took out a $4.2 million loan and a $3.1 million grant, a total of $7.3"
            " million.",
            [],
        ),
        (
            "The town took out a $4.2 million loan and a $3.1 million grant, a total of $9.3"
            " million.",
            ["CC303"],
        ),
    ],
)
def test_parts_named_by_a_noun_before_the_next_article(text: str, found: list[str]) -> None:
    assert rules(text) == found
    assert verdicts(text, "total") == (["inconsistent"] if found else ["consistent"])


@pytest.mark.parametrize(
    "text",
    [
        # the words before the first figure are a forecast, not a part's name
        "Revenue was $5 billion: analysts had expected $4.8 billion and a year earlier it"
        " was $4.5 billion.",
        # the words before a later figure hold a verb: a new clause, not a part's name
        "Costs were $5 billion: wages took $2.1 billion and in 2027 it will be $4.5 billion.",
    ],
)
def test_words_before_a_figure_that_name_no_part_make_no_breakdown(text: str) -> None:
    assert rules(text) == []
    assert verdicts(text, "total") == []


# --- "Of this," with a list, "the remaining" closing a list, "together", "respectively" ---


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The state budget is $33.9 billion. Of this, $15.8 billion comes from state taxes"
            " and $18.1 billion from federal money.",
            [],
        ),
        (
            "The state budget is $33.9 billion. Of this, $15.8 billion comes from state taxes"
            " and $28.1 billion from federal money.",
            ["CC303"],
        ),
        # "Of that" lists may leave parts out: falling short is no slip
        (
            "The council will spend 750 million pounds. Of that, 310 million pounds goes to"
            " housing and 200 million pounds to transport.",
            [],
        ),
        (
            "The council will spend 750 million pounds. Of that, 510 million pounds goes to"
            " housing and 290 million pounds to transport.",
            ["CC303"],
        ),
    ],
)
def test_of_that_points_back_to_a_total_with_a_list(text: str, found: list[str]) -> None:
    assert rules(text) == found
    assert verdicts(text, "total") == (["inconsistent"] if found else ["consistent"])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Of the $12.4 billion allocated, $5.1 billion goes to rail and the remaining $7.3"
            " billion to roads.",
            [],
        ),
        # "the remaining" says the list is complete: falling short is a slip too
        (
            "Of the $12.4 billion allocated, $5.1 billion goes to rail and the remaining $3.7"
            " billion to roads.",
            ["CC303"],
        ),
        (
            "The fund holds 8.6 billion kronor, including 5.2 billion kronor in bonds and the"
            " other 3.4 billion kronor in shares.",
            [],
        ),
        (
            "The fund holds 8.6 billion kronor, including 5.2 billion kronor in bonds and the"
            " other 4.3 billion kronor in shares.",
            ["CC303"],
        ),
    ],
)
def test_a_remainder_closes_a_list_of_parts(text: str, found: list[str]) -> None:
    assert rules(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Ontario had 15.4 million, Quebec 8.8 million and British Columbia 5.4 million,"
            " together 29.6 million.",
            [],
        ),
        (
            "Ontario had 15.4 million, Quebec 8.8 million and British Columbia 5.4 million,"
            " together 26.9 million.",
            ["CC303"],
        ),
        (
            "Germany and France pledged $4.2 billion and $3.1 billion respectively, a total of"
            " $7.3 billion.",
            [],
        ),
        (
            "Germany and France pledged $4.2 billion and $3.1 billion respectively, a total of"
            " $9.3 billion.",
            ["CC303"],
        ),
    ],
)
def test_a_total_after_together_or_a_respectively_list(text: str, found: list[str]) -> None:
    assert rules(text) == found
    assert verdicts(text, "total") == (["inconsistent"] if found else ["consistent"])


def test_together_with_is_no_total() -> None:
    text = "Prices rose 3% in May and 4% in June, together with a 2% rise in July."
    assert verdicts(text, "total") == []


# --- contributions in points that add up to a change in percent ------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "GDP grew 2.1% in the quarter: consumption added 1.5 percentage points and"
            " investment 0.6 points.",
            [],
        ),
        (
            "GDP grew 2.1% in the quarter: consumption added 1.5 percentage points and"
            " investment 0.9 points.",
            ["CC303"],
        ),
        (
            "Exports rose 6.4 percent last year, with machinery contributing 3.1 percentage"
            " points, chemicals 2.2 points and food 1.1 points.",
            [],
        ),
        (
            "Exports rose 6.4 percent last year, with machinery contributing 3.1 percentage"
            " points, chemicals 2.2 points and food 2.1 points.",
            ["CC303"],
        ),
        (
            "Consumer prices climbed 3.4% in March, made up of 2.3 percentage points from"
            " services and 1.1 percentage points from goods.",
            [],
        ),
        (
            "Consumer prices climbed 3.4% in March, made up of 2.3 percentage points from"
            " services and 1.7 percentage points from goods.",
            ["CC303"],
        ),
    ],
)
def test_contributions_in_points_add_up_to_a_change(text: str, found: list[str]) -> None:
    assert rules(text) == found
    assert verdicts(text, "total") == (["inconsistent"] if found else ["consistent"])


@pytest.mark.parametrize(
    "text",
    [
        # a negative contribution: its sign is not guessed, so nothing is read
        "GDP grew 2.1% in the quarter: consumption added 1.5 percentage points and net"
        " trade subtracted 0.6 points.",
        "Sales rose 4.2%: pricing added 5.1 points and volumes fell 0.9 points.",
        "Output rose 1.2% in May: cars added 0.8 points and a negative 0.4 points came from"
        " mining.",
    ],
)
def test_contributions_with_a_negative_one_make_no_total(text: str) -> None:
    assert rules(text) == []
    assert verdicts(text, "total") == []


@given(
    points=st.lists(st.integers(1, 40), min_size=2, max_size=3),
    off=st.integers(3, 20),
)
def test_generated_contributions_are_flagged_only_when_they_miss_the_change(
    points: list[int], off: int
) -> None:
    names = ("services", "industry", "farming")
    listed = [f"{name} {p / 10:.1f} points" for name, p in zip(names, points, strict=False)]
    body = ", ".join(listed[:-1]) + f" and {listed[-1]}"

    def text(total: int) -> str:
        return f"Output grew {total / 10:.1f}% last year: {body}."

    assert verdicts(text(sum(points)), "total") == ["consistent"]
    assert rules(text(sum(points) + off)) == ["CC303"]


# --- the last part's label ending at a clause word when no figure follows ---------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Transport cost households £65.70 a week, comprising £19.10 on vehicle purchases,"
            " £36.40 on running costs and £10.20 on services such as rail and bus fares.",
            [],
        ),
        (
            "Transport cost households £65.70 a week, comprising £19.10 on vehicle purchases,"
            " £36.40 on running costs and £12.20 on services such as rail and bus fares.",
            ["CC303"],
        ),
        (
            "The fund spent $930 million, made up of $520 million on bonds and $410 million on"
            " shares that the board approved in May.",
            [],
        ),
        (
            "The fund spent $930 million, made up of $520 million on bonds and $140 million on"
            " shares that the board approved in May.",
            ["CC303"],
        ),
    ],
)
def test_the_last_label_may_end_at_a_clause_word(text: str, found: list[str]) -> None:
    assert rules(text) == found


def test_a_clause_with_a_figure_after_the_list_leaves_it_unread() -> None:
    text = "Spending was $9 billion: $4 billion on schools and $3 billion on roads while $2"
    text += " billion went to ports."
    assert rules(text) == []
    assert verdicts(text, "total") == []


# --- a total counted back to the parts listed in the sentence before --------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Ontario had 15.4 million people, Quebec 8.8 million and British Columbia 5.4"
            " million. Together, the three provinces held 29.6 million.",
            [],
        ),
        (
            "Ontario had 15.4 million people, Quebec 8.8 million and British Columbia 5.4"
            " million. Together, the three provinces held 26.9 million.",
            ["CC303"],
        ),
        (
            "Germany pledged 4.2 billion euros, France 3.1 billion euros and Italy 2.5 billion"
            " euros. In all, the three countries committed 9.8 billion euros.",
            [],
        ),
        (
            "Germany pledged 4.2 billion euros, France 3.1 billion euros and Italy 2.5 billion"
            " euros. In all, the three countries committed 8.9 billion euros.",
            ["CC303"],
        ),
    ],
)
def test_a_total_counted_back_to_the_sentence_before(text: str, found: list[str]) -> None:
    assert rules(text) == found
    assert verdicts(text, "total") == (["inconsistent"] if found else ["consistent"])


@pytest.mark.parametrize(
    "text",
    [
        # two parts listed, three counted: the count names figures not listed
        "Germany pledged 4.2 billion euros and France 3.1 billion euros. In all, the three"
        " countries committed 8.9 billion euros.",
        # a new paragraph is a new passage
        "Germany pledged 4.2 billion euros, France 3.1 billion euros and Italy 2.5 billion"
        " euros.\n\nIn all, the three countries committed 8.9 billion euros.",
        # parts spread over two sentences are no list
        "Germany pledged 4.2 billion euros. France gave 3.1 billion euros and Italy 2.5"
        " billion euros. In all, the three countries committed 8.9 billion euros.",
    ],
)
def test_a_count_back_across_sentences_needs_one_listed_sentence(text: str) -> None:
    assert rules(text) == []


# --- "A accounted for X and B for Y": parts named before them, ending with a preposition --


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Reserves totalled $1.28 trillion. Of the total, securities accounted for $1.19"
            " trillion and deposits for $15.79 billion.",
            [],
        ),
        (
            "Reserves totalled $1.28 trillion. Of the total, securities accounted for $1.19"
            " trillion and deposits for $150.79 billion.",
            ["CC303"],
        ),
        (
            "The company employs 1,800 people. Of these, services account for 1,230 and"
            " manufacturing for 570.",
            [],
        ),
        (
            "The company employs 1,800 people. Of these, services account for 1,230 and"
            " manufacturing for 670.",
            ["CC303"],
        ),
        (
            "Spending reached 96.3 billion rand: health took 41.2 billion rand, schools 30.5"
            " billion rand and policing about 24.6 billion rand.",
            [],
        ),
        (
            "Spending reached 96.3 billion rand: health took 41.2 billion rand, schools 30.5"
            " billion rand and policing about 42.6 billion rand.",
            ["CC303"],
        ),
    ],
)
def test_parts_named_before_them_with_a_preposition(text: str, found: list[str]) -> None:
    assert rules(text) == found
    assert verdicts(text, "total") == (["inconsistent"] if found else ["consistent"])


def test_a_period_before_a_figure_names_no_part() -> None:
    text = "Revenue was $5 billion: sales took $3.2 billion and a year earlier at $4.5 billion."
    assert rules(text) == []
    assert verdicts(text, "total") == []
