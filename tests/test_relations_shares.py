"""Shares as real copy words them, beyond one part beside its percentage.

Written for issue 10: a whole stated once, then several parts each with its share; a
part stated "of" a whole named with a possessive. Each form is checked clean, with a
seeded slip, and over generated documents whose right answer is known.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.settings import DEFAULT_TOLERANCE


def share_verdicts(text: str) -> list[str | None]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == "share"]


def rules(text: str) -> list[str]:
    return [f.rule for f in claimcheck.check(text).findings]


def assert_share_checked(text: str, share: str, slip: str) -> None:
    """`text` with `share` is consistent; with `slip`, CC201 is raised on the slipped share."""
    assert rules(text.format(share)) == []
    assert share_verdicts(text.format(share)) == ["consistent"]
    slipped = text.format(slip)
    found = claimcheck.check(slipped).findings
    assert [f.rule for f in found] == ["CC201"]
    assert slip in slipped[found[0].start : found[0].end]


# --- a whole stated once, then its parts with their shares ------------------------------

LISTS = [
    "Of the 1,379 towns where the bank will stop paying, 928 ({0}%) have a branch and 325"
    " ({1}%) an agent; in the remaining 126 ({2}%), people must travel.",
    "Of the 640 schools inspected last spring, 352 ({0}%) were rated good, 192 ({1}%)"
    " adequate and 96 ({2}%) poor.",
    "The fire had reached 31,594 acres by Saturday: 24,384 acres of it, or {0}%, is private"
    " land, 5,931 acres ({1}%) is federal and 1,279 acres ({2}%) belongs to the state.",
    "The ministry spent 2.4 billion euros last year: 1.2 billion euros ({0}%) on pensions,"
    " 720 million euros ({1}%) on health and 480 million euros ({2}%) on schools.",
    # the whole's noun and verb before the colon
    "After the recount 38,200 valid ballots remained: 21,010, or {0}%, for the mayor, 13,370,"
    " or {1}%, for her rival and 3,820, or {2}%, for the rest.",
]
SHARES = [
    ("67", "24", "9"),
    ("55", "30", "15"),
    ("77", "19", "4"),
    ("50", "30", "20"),
    ("55", "35", "10"),
]


@pytest.mark.parametrize(("text", "shares"), list(zip(LISTS, SHARES, strict=True)))
def test_parts_listed_after_their_whole_are_each_checked(
    text: str, shares: tuple[str, str, str]
) -> None:
    assert rules(text.format(*shares)) == []
    assert share_verdicts(text.format(*shares)).count("consistent") == 3
    first, second, third = shares
    wrong = str(int(second) + 20)
    slipped = text.format(first, wrong, third)
    found = claimcheck.check(slipped).findings
    assert [f.rule for f in found] == ["CC201"]
    assert f"{wrong}%" in slipped[found[0].start : found[0].end]


@pytest.mark.parametrize(
    "text",
    [
        # the colon follows a figure of another kind: a rate is no whole for a count
        "Turnout was 61%: 4,200 voters (12%) spoiled their ballots.",
        # the parts come before the whole they would be read against
        "About 24,384 acres (77%) burned before the fire reached 31,594 acres: crews held it.",
        # a percentage restated as an amount more than planned is a change, not a share
        "Tax receipts reached 90.2 billion UAH in June: 40.1 billion UAH from income tax, 2.1%"
        " or 800 million UAH more than planned, and 50.1 billion UAH from VAT.",
        "Duties brought 61.5 billion UAH into the treasury: 20.4 billion UAH from fuel, 4.8% or"
        " 900 million UAH above plan.",
    ],
)
def test_no_list_whole_without_a_whole_of_the_same_kind_before_the_parts(text: str) -> None:
    assert rules(text) == []
    assert "inconsistent" not in share_verdicts(text)


@settings(max_examples=60, deadline=None)
@given(
    whole=st.integers(200, 90_000),
    fractions=st.lists(st.integers(5, 60), min_size=2, max_size=3),
    slip=st.booleans(),
)
def test_a_listed_part_is_flagged_exactly_when_its_share_is_off(
    whole: int, fractions: list[int], slip: bool
) -> None:
    parts = [whole * f // 100 for f in fractions]
    shares = [round(100 * p / whole) for p in parts]
    if slip:
        shares[-1] += 9
    items = ", ".join(
        f"{p:,} ({s}%) in region {i}" for i, (p, s) in enumerate(zip(parts, shares, strict=True))
    )
    text = f"Of the {whole:,} clinics counted, {items}."
    assert ("CC201" in rules(text)) is slip


# --- a part "of" a whole named with a possessive ----------------------------------------

POSSESSIVE = [
    "Together the three provinces held 29,573,079 of Canada's 39,566,248 residents, or about {}%.",
    "The college admitted 640 of the city's 1,800 applicants, an acceptance rate of {}%.",
    "Rebels now hold 12 of the country's 40 provinces, or {} percent, the army said.",
    "Some 340 of the union's 1,250 members, {} percent, voted to strike.",
]


@pytest.mark.parametrize(
    ("text", "share", "slip"),
    [
        (POSSESSIVE[0], "75", "57"),
        (POSSESSIVE[1], "36", "45"),
        (POSSESSIVE[2], "30", "40"),
        (POSSESSIVE[3], "27", "72"),
    ],
)
def test_a_part_of_a_possessed_whole_is_checked(text: str, share: str, slip: str) -> None:
    assert rules(text.format(share)) == []
    assert share_verdicts(text.format(share)) == ["consistent"]
    assert rules(text.format(slip)) == ["CC201"]


# --- a part and its share worded around the share's verb, "of" or dashes ----------------

WORDED_AROUND = [
    # the share set off by "or" and commas shares its part's "of" phrase
    "Farmers received $2.4 billion, or {} percent, of the $40 billion relief package.",
    "Some 41,300 pupils, or {}%, of the region's 295,000 sat the exam early.",
    # "At" opens the sentence with the part, then the subject it sizes
    "At $6.4 billion, defence spending makes up {}% of the $40 billion budget.",
    "At 1.26 million, women made up {} percent of the workforce of 4.2 million.",
    # the part set off by dashes after its share
    "Of the city's 8.34 million residents, about {}% - 3.12 million - were born abroad.",
    # a share noun set off by a dash after the part
    "Of the 5,001,334 registered voters, 3,210,455 voted - a turnout of {}%.",
    # the part's own "of" phrase names the whole its share is of
    "Exports rose 8% to $48.2 billion in 2023, while imports fell 3% to $41.5 billion."
    " Machinery made up $19.3 billion of exports, or {}%.",
    # the part "at" its amount after the share's "of" phrase
    "The country exported goods worth $48.2 billion last year. Machinery accounted for {}%"
    " of exports, at $19.3 billion.",
    # "the latter" standing for the part before the share's verb
    "Revenue is projected at $45 billion. Wages will cost $24 billion and interest $9"
    " billion, the latter equal to {}% of projected revenue.",
]


@pytest.mark.parametrize(
    ("text", "share", "slip"),
    [
        (WORDED_AROUND[0], "6", "9"),
        (WORDED_AROUND[1], "14", "19"),
        (WORDED_AROUND[2], "16", "26"),
        (WORDED_AROUND[3], "30", "40"),
        (WORDED_AROUND[4], "37", "47"),
        (WORDED_AROUND[5], "64.2", "61.2"),
        (WORDED_AROUND[6], "40", "50"),
        (WORDED_AROUND[7], "40", "50"),
        (WORDED_AROUND[8], "20", "30"),
    ],
)
def test_a_share_worded_around_its_verb_or_of_is_checked(text: str, share: str, slip: str) -> None:
    assert_share_checked(text, share, slip)


@pytest.mark.parametrize(
    "text",
    [
        # a comma before "of which" opens a clause, not the share's whole
        "Farmers received $2.4 billion, or 9 percent, of which $1 billion went to dairy.",
        # no "or": the "of" phrase after the comma is not the share's
        "Farmers received $2.4 billion, 9 percent, of the $40 billion relief package.",
        # "At" in the middle of a sentence opens no part
        "The bill came at $6.4 billion, defence spending makes up 26% of the $40 billion budget.",
        # a change after the subject, not a share
        "At $6.4 billion, defence spending is 26% higher than the $5.1 billion of 2020.",
        # a rate of something else, however set off, is no share of the count before it
        "Of the 5,001,334 registered voters, 3,210,455 voted - a growth rate of 4% on 2019.",
        "Of the 5,001,334 registered voters, 3,210,455 voted, a growth rate of 4% on 2019.",
        # the part's own "of" phrase names no amount stated
        "Exports rose 8% to $48.2 billion in 2023, while imports fell 3% to $41.5 billion."
        " Machinery made up $19.3 billion of sales to Asia, or 50%.",
        # "at" an amount that opens a comparison is no part
        "The country exported goods worth $48.2 billion last year. Machinery accounted for"
        " 50% of exports, at $19.3 billion more than in 2020.",
        # "the last" before a change, not a share verb
        "Revenue is projected at $45 billion. Wages will cost $24 billion and interest $9"
        " billion, the last up 30% from 2023.",
        # the amount after the dash opens a change, not the share's part
        "Of the city's 8.34 million residents, 47% - 3.12 million more than in 2000 - were"
        " born abroad.",
    ],
)
def test_no_share_worded_around_when_the_words_do_not_tie_it(text: str) -> None:
    assert "CC201" not in rules(text)


# --- a whole stated away from the share's "of": after it, pointed back to, or "as much" ----

ELSEWHERE = [
    # a relative clause on the share's noun gives its amount
    (
        "Wages rose 4% to 61.2 billion rand, about {} of total spending, which grew 6 percent"
        " to 184.5 billion rand.",
        "a third",
        "a quarter",
    ),
    (
        "Tax receipts came to $31.4 billion, making up {} of revenue, which itself climbed to"
        " $42.6 billion.",
        "73.7%",
        "63.7%",
    ),
    (
        "Imports of fuel were 9,120 tonnes, or {} of all imports, which reached 36,400 tonnes.",
        "25%",
        "35%",
    ),
    # "of that" and a noun pointing back to the amount the noun names
    (
        "The bridge is now expected to cost $4.2 billion, an overrun of $1.1 billion. About {}"
        " of that expected cost, $2.1 billion, has been spent.",
        "50%",
        "60%",
    ),
    (
        "The ministry budgeted €900 million for the programme. Roughly {} of that budget, €300"
        " million, will go to schools.",
        "a third",
        "half",
    ),
    # a fraction "as much" as the amount after "as", or the one before the part
    (
        "The mill turns out 9,000 tonnes, {} as much as the 27,000 tonnes its rival makes.",
        "a third",
        "half",
    ),
    (
        "Households in the north pay £1,840 a year and those in the south £920, {} as much.",
        "half",
        "a third",
    ),
    (
        "The clinic saw 310 patients in March, {} as many as the 1,240 it saw in January.",
        "a quarter",
        "a fifth",
    ),
]


@pytest.mark.parametrize(("text", "share", "slip"), ELSEWHERE)
def test_a_whole_stated_away_from_the_shares_of_is_checked(
    text: str, share: str, slip: str
) -> None:
    assert_share_checked(text, share, slip)


@pytest.mark.parametrize(
    "text",
    [
        # the clause says what is expected of the noun, not its amount
        "Chips made up 20% of exports, which analysts expect to reach $90 billion next year,"
        " at $14 billion.",
        # the change leads to words, not the noun's amount
        "Taxes of $40 billion made up 50% of revenue, which fell 3% to its lowest in a decade,"
        " $96 billion.",
        # a clause on a change noun sizes the change, never the part's whole
        "Sales rose to $900 million, 54% of the growth, which reached $162 million.",
        # "from" names an earlier value, never the noun's amount now
        "Taxes of $40 billion made up 50% of revenue, which rose 3% from $96 billion.",
        # the noun after "that" names no amount stated before
        "The bridge cost $4.2 billion, an overrun of $1.1 billion. About 60% of that extra"
        " spending, $0.9 billion, came from tolls.",
        # "that" opens a clause, not a noun pointing back
        "Donors pledged €900 million at the summit. A third of that went to schools, €200"
        " million in all.",
        # "as" names a time, not an amount
        "The clinic saw 310 patients in March, a third as many as in January.",
        # several amounts of the part's kind before it: no one whole
        "Imports came to $12 billion against $40 billion of exports; services brought in $4"
        " billion, half as much.",
        # a multiple is no fraction of the amount
        "Households in the north pay £1,840 a year and those in the south £920, twice as much.",
    ],
)
def test_no_whole_away_from_the_share_the_words_do_not_give(text: str) -> None:
    assert rules(text) == []
    assert "inconsistent" not in share_verdicts(text)


# --- a part whose conversion follows it in brackets --------------------------------------

CONVERTED = [
    "The deficit narrowed to 7.01 trillion rupees ($97.80 billion), or {} percent of the"
    " full-year target of 6.24 trillion rupees.",
    "The insurer paid out 3.2 billion reais ($640 million), or {}% of its premiums of 8"
    " billion reais.",
    "Bavaria's grant of 450 million euros (about $490 million) amounts to {}% of the"
    " scheme's 1.5 billion euros.",
]


@pytest.mark.parametrize(
    ("text", "share", "slip"),
    [(CONVERTED[0], "112.4", "121.4"), (CONVERTED[1], "40", "20"), (CONVERTED[2], "30", "3")],
)
def test_a_part_is_read_in_its_own_currency_not_its_bracketed_conversion(
    text: str, share: str, slip: str
) -> None:
    assert "CC201" not in rules(text.format(share))
    assert share_verdicts(text.format(share)) == ["consistent"]
    assert "CC201" in rules(text.format(slip))


# --- a fraction restated between dashes or commas ----------------------------------------

RESTATED = [
    "Almost two-thirds of tenants - {} per cent - live in flats built before 1970.",
    "Nearly one in five councils, {}%, have less than £830 a head to spend.",
    "About a quarter of the firms surveyed, {} percent, plan to hire next year.",
    "Roughly half of the country's doctors - {}% - work in the capital.",
]


@pytest.mark.parametrize(
    ("text", "percent", "slip"),
    [
        (RESTATED[0], "63", "36"),
        (RESTATED[1], "19", "91"),
        (RESTATED[2], "24", "42"),
        (RESTATED[3], "51", "15"),
    ],
)
def test_a_fraction_restated_between_dashes_or_commas_is_checked(
    text: str, percent: str, slip: str
) -> None:
    assert rules(text.format(percent)) == []
    restatements = [
        v.verdict
        for c, v in claimcheck.check(text.format(percent)).judged()
        if c.kind == "fraction-restatement"
    ]
    assert restatements == ["consistent"]
    assert rules(text.format(slip)) == ["CC202"]


@pytest.mark.parametrize(
    "text",
    [
        # a comma that does not close the percentage: a second, different figure
        "A third of voters, 19% more than in 2019, stayed home.",
        "Half of the firms, 30% of them exporters, raised prices.",
    ],
)
def test_a_percentage_after_a_comma_that_says_something_else_is_no_restatement(
    text: str,
) -> None:
    assert rules(text) == []


# --- the percentages a fraction word covers ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("Three-quarters of households (76%) own a car.", "67%"),
        ("Fewer than half of the stations (47%) met the target.", "54%"),
        ("Nearly two-thirds of the staff (64%) work part time.", "56%"),
        ("More than a third of the loans, 36%, were repaid early.", "31%"),
        ("About a quarter of the land (26 percent) is forest.", "36 percent"),
    ],
)
def test_a_fraction_word_covers_the_percentages_editors_describe_with_it(
    text: str, slip: str
) -> None:
    assert rules(text) == []
    percent = text[text.index("(") + 1 : text.index(")")] if "(" in text else "36%"
    assert rules(text.replace(percent, slip)) == ["CC202"]


WORDS = {
    "a quarter": 25.0,
    "a third": 100 / 3,
    "half": 50.0,
    "two-thirds": 200 / 3,
    "three-quarters": 75.0,
    "a fifth": 20.0,
    "a tenth": 10.0,
}


@settings(max_examples=80, deadline=None)
@given(word=st.sampled_from(sorted(WORDS)), offset=st.floats(-0.35, 0.35))
def test_a_fraction_word_is_flagged_exactly_when_the_percentage_is_far_from_it(
    word: str, offset: float
) -> None:
    value = WORDS[word]
    percent = round(value * (1 + offset))
    reach = min(0.1 * value, 5.0)
    text = f"Officials said {word} of the schools ({percent}%) had closed."
    if abs(percent - value) <= reach - 0.5:
        assert rules(text) == []
    elif abs(percent - value) > reach + 0.5 + DEFAULT_TOLERANCE * percent:
        assert rules(text) == ["CC202"]


# --- a part "of them" pointing back to its whole -----------------------------------------

POINTING_BACK = [
    "The club has 1,200 members, and 300 of them, or {}%, are under 18.",
    "The scheme paid around 7.6 crore farmers, each entitled to ₹6,000 a year. Uttar Pradesh"
    " accounted for 1.70 crore of them, about {} per cent, officials said.",
    "The airline flew 42,000 passengers on Sunday. Some 9,240 of them, {} percent, were"
    " travelling on business.",
]


@pytest.mark.parametrize(
    ("text", "share", "slip"),
    [
        (POINTING_BACK[0], "25", "52"),
        (POINTING_BACK[1], "22.37", "32.37"),
        (POINTING_BACK[2], "22", "12"),
    ],
)
def test_a_part_of_them_is_read_against_the_whole_it_points_back_to(
    text: str, share: str, slip: str
) -> None:
    assert rules(text.format(share)) == []
    assert share_verdicts(text.format(share)) == ["consistent"]
    assert rules(text.format(slip)) == ["CC201"]


@pytest.mark.parametrize(
    "text",
    [
        # two counts before "of them": no clear whole, so no claim
        "The club has 1,200 members and 40 coaches, and 300 of them, or 52%, are under 18.",
        # the sentence before is in another paragraph
        "The airline flew 42,000 passengers on Sunday.\n\nSome 9,240 of them, 12 percent, were"
        " travelling on business.",
    ],
)
def test_of_them_with_no_single_whole_makes_no_claim(text: str) -> None:
    assert rules(text) == []
    assert "inconsistent" not in share_verdicts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Health and housing together get 6 percent of the national budget, $240 billion: health"
        " 4 percent, or $160 billion, and housing 2 percent, or $80 billion.",
        "The two regions hold 12% of the country's 50 million people, 6 million: the north 7%,"
        " or 3.5 million, and the south 5%, or 2.5 million.",
    ],
)
def test_a_whole_that_is_itself_a_share_leaves_its_parts_shares_unread(text: str) -> None:
    # the parts' percentages are of the larger base, not of the whole before the colon
    assert rules(text) == []


# --- a whole named by a noun, its amount stated before the part --------------------------

NAMED_BEFORE = [
    # "the market": the one count stated before, the one "than" sets off left aside
    "Smartphone makers shipped 342 million phones in the quarter, 2% fewer than the 349"
    " million of a year earlier. Huawei sold 54.2 million, a record {}% of the global market.",
    # "the total", in the sentence before
    "Shoppers spent £4.8 billion online in December. Clothing took £1.2 billion, or {}% of"
    " the total.",
    # two amounts before: the words next to one of them name it ("net")
    "The county's net expenditure came to £207.8m in 2003 after £294.0m of income. Education"
    " was the largest item at £86.2m, or {}% of net spending.",
    # "half the electorate", the whole earlier in the same sentence
    "In all 96 crore citizens can vote this year, among them 47 crore women, {} the electorate.",
    # a share noun with no "of" phrase
    "About 4.1 million people were eligible and 2.9 million voted, a turnout of {}%.",
]


@pytest.mark.parametrize(
    ("text", "share", "slip", "rule"),
    [
        (NAMED_BEFORE[0], "15.8", "25.8", "CC201"),
        (NAMED_BEFORE[1], "25", "35", "CC201"),
        (NAMED_BEFORE[2], "41.5", "31.5", "CC201"),
        (NAMED_BEFORE[3], "almost half", "almost a third of", "CC201"),
        (NAMED_BEFORE[4], "71", "61", "CC201"),
    ],
)
def test_a_whole_named_by_a_noun_is_the_amount_of_its_kind_stated_before_the_part(
    text: str, share: str, slip: str, rule: str
) -> None:
    assert rules(text.format(share)) == []
    assert share_verdicts(text.format(share)) == ["consistent"]
    slipped = text.format(slip)
    found = claimcheck.check(slipped).findings
    assert [f.rule for f in found] == [rule]
    assert slip.split()[-1] in slipped[found[0].start : found[0].end]


@pytest.mark.parametrize(
    "text",
    [
        # the "of" phrase names a whole the text gives no amount for
        "The government spent $50 billion on defence and $20 billion on schools, 2% of GDP.",
        # two counts before, neither named by the share's noun: no clear whole
        "Exporters shipped 300 million phones and importers 280 million; Huawei sold 54"
        " million, 11% of the market.",
        # the amount set off by "than" is no whole
        "Shipments were 342 million, fewer than the 400 million of a year before. Huawei sold"
        " 54.2 million, 15.8% of the market.",
        # the sentence before is in another paragraph
        "Shoppers spent £4.8 billion online in December.\n\nClothing took £1.2 billion, or 45%"
        " of the total.",
        # a whole in another currency is not the part's
        "Exports reached $12 billion. Rice brought in 9 billion baht, or 20% of the total.",
    ],
)
def test_a_noun_whole_with_no_single_amount_of_its_kind_makes_no_finding(text: str) -> None:
    assert rules(text) == []
    assert "inconsistent" not in share_verdicts(text)


# Nouns that may name the bicycles sold ("total spending" may not: what was sold is the
# other side of a flow, `test_precision_probed.py`).
NOUNS = ["the total", "the market", "all sales", "total sales", "the whole"]


@settings(max_examples=60, deadline=None)
@given(
    whole=st.integers(2_000, 90_000),
    fraction=st.integers(5, 80),
    noun=st.sampled_from(NOUNS),
    same_sentence=st.booleans(),
    slip=st.booleans(),
)
def test_a_share_of_a_noun_whole_is_flagged_exactly_when_it_is_off(
    whole: int, fraction: int, noun: str, same_sentence: bool, slip: bool
) -> None:
    part = whole * fraction // 100
    share = round(100 * part / whole) + (11 if slip else 0)
    joint = ", and" if same_sentence else ". In the end,"
    text = (
        f"Stores sold {whole:,} bicycles in the year{joint} the chain sold {part:,}, or"
        f" {share}% of {noun}."
    )
    assert ("CC201" in rules(text)) is slip
    assert share_verdicts(text) == ["inconsistent" if slip else "consistent"]


# --- shares listed after a first one continue its whole ----------------------------------

CONTINUED = (
    "The scheme paid 7,600 farmers in the year to November 30. Uttar Pradesh accounted for"
    " 1,700 of them, about {0} per cent, followed by Maharashtra with 700 ({1} per cent) and"
    " Karnataka with 470 ({2} per cent)."
)


@pytest.mark.parametrize(
    ("shares", "slipped"),
    [(("22.4", "9.2", "6.2"), 1), (("22.4", "9.2", "6.2"), 2), (("22.4", "9.2", "6.2"), 0)],
)
def test_shares_listed_after_a_first_one_are_read_against_its_whole(
    shares: tuple[str, str, str], slipped: int
) -> None:
    text = CONTINUED.format(*shares)
    assert rules(text) == []
    assert share_verdicts(text) == ["consistent"] * 3
    wrong = list(shares)
    wrong[slipped] = str(float(wrong[slipped]) + 10)
    slipped_text = CONTINUED.format(*wrong)
    found = claimcheck.check(slipped_text).findings
    assert [f.rule for f in found] == ["CC201"]
    assert wrong[slipped] in slipped_text[found[0].start : found[0].end]


def test_a_day_of_the_month_is_not_a_whole_a_part_could_point_back_to() -> None:
    for when in ("By November 30", "On 30 September", "As of March 1"):
        text = (
            f"{when} the scheme had paid 7,600 farmers. Uttar Pradesh accounted for 1,700 of"
            " them, {} per cent."
        )
        assert share_verdicts(text.format("22.4")) == ["consistent"]
        assert rules(text.format("32.4")) == ["CC201"]


# --- a share "of the growth": its whole is the amount stated as a change -----------------

OF_A_CHANGE = [
    # the part bracketed after the "of" phrase; "reaching 61,000" is no change
    "The town grew by 4,200 residents last year, reaching 61,000. Migration from abroad"
    " supplied {}% of the growth (2,900 people).",
    "Payrolls increased by 250,000 in March. Health care added 70,000 jobs, or {}% of the"
    " increase.",
    # two counts in the part's own sentence, neither a change: the change before wins
    "The population rose by 375,000 in the year. There were 304,000 births and 165,000"
    " deaths, a natural increase of 139,000 that accounted for {} per cent of growth.",
    "Sales jumped by $4.2 billion to $31 billion. Exports contributed $1.5 billion, or {}% of"
    " the gain.",
]


@pytest.mark.parametrize(
    ("text", "share", "slip"),
    [
        (OF_A_CHANGE[0], "69", "59"),
        (OF_A_CHANGE[1], "28", "38"),
        (OF_A_CHANGE[2], "37", "47"),
        (OF_A_CHANGE[3], "36", "26"),
    ],
)
def test_a_share_of_a_change_is_read_against_the_amount_stated_as_one(
    text: str, share: str, slip: str
) -> None:
    assert "CC201" not in rules(text.format(share))
    assert share_verdicts(text.format(share)) == ["consistent"]
    slipped = text.format(slip)
    found = [f for f in claimcheck.check(slipped).findings if f.rule == "CC201"]
    assert len(found) == 1
    assert slip in slipped[found[0].start : found[0].end]


@settings(max_examples=40, deadline=None)
@given(
    # a round growth ("1,000") is read to its rounding, 950 to 1,050: not this test's point
    growth=st.integers(1_000, 500_000).filter(lambda g: g % 10 != 0),
    fraction=st.integers(10, 90),
    verb=st.sampled_from(["grew by", "rose by", "increased by", "added"]),
    noun=st.sampled_from(["the growth", "the increase", "the rise", "growth"]),
    slip=st.booleans(),
)
def test_a_share_of_a_change_is_flagged_exactly_when_it_is_off(
    growth: int, fraction: int, verb: str, noun: str, slip: bool
) -> None:
    part = growth * fraction // 100
    share = round(100 * part / growth) + (12 if slip else 0)
    text = (
        f"The region {verb} {growth:,} people last year, to a population of {growth * 40:,}."
        f" Newcomers from abroad supplied {part:,}, or {share}% of {noun}."
    )
    assert ("CC201" in rules(text)) is slip
    assert share_verdicts(text) == ["inconsistent" if slip else "consistent"]


# --- a part set off by a comma before its verb, and counts written in words --------------


@pytest.mark.parametrize(
    ("text", "share", "slip"),
    [
        (
            "West Bengal counted 91,347,736 people in 2011. Its largest district, with"
            " 10,082,852 residents, held about {}% of the state's population.",
            "11",
            "21",
        ),
        (
            "Global shipments reached 360 million phones in the quarter. Samsung, with 71.5"
            " million, took {}% of the market.",
            "20",
            "30",
        ),
    ],
)
def test_a_part_set_off_by_commas_before_its_verb_is_read(text: str, share: str, slip: str) -> None:
    assert rules(text.format(share)) == []
    assert share_verdicts(text.format(share)) == ["consistent"]
    assert rules(text.format(slip)) == ["CC201"]


@pytest.mark.parametrize(
    "text",
    [
        # a number in a name is no whole
        "North Twenty Four Parganas, with 1,008,285 residents, held about 11% of the state's"
        " population.",
        # a count in words is no part
        "The three regions took 40% of the national market of 2,000 stores.",
    ],
)
def test_counts_written_in_words_are_neither_parts_nor_noun_wholes(text: str) -> None:
    assert rules(text) == []
    assert "inconsistent" not in share_verdicts(text)


# --- "a 20% share": a share noun after the percentage ------------------------------------


@pytest.mark.parametrize(
    ("text", "share", "slip"),
    [
        (
            "Global shipments fell 2% to 360 million phones in the quarter. Samsung led with"
            " 71.5 million, a {}% share, despite an 11% decline.",
            "20",
            "30",
        ),
        (
            "Voters cast 12,400 ballots on Sunday. The mayor won 7,300 of them, a {} percent"
            " share.",
            "59",
            "49",
        ),
    ],
)
def test_a_share_noun_after_the_percentage_reads_the_whole_before(
    text: str, share: str, slip: str
) -> None:
    assert "CC201" not in rules(text.format(share))
    assert share_verdicts(text.format(share)) == ["consistent"]
    assert "CC201" in rules(text.format(slip))


def test_a_count_in_words_before_of_them_is_no_whole() -> None:
    # "three instalments" is no whole "of them" could point back to
    text = (
        "The scheme paid 7,600 farmers, each entitled to ₹6,000 a year in three instalments."
        " Uttar Pradesh accounted for 1,700 of them, about {} per cent."
    )
    assert share_verdicts(text.format("22.4")) == ["consistent"]
    assert rules(text.format("32.4")) == ["CC201"]


# --- a fraction a hedge bounds is not widened --------------------------------------------


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Fewer than half (47%) of the households were married couples.", "52%"),
        ("Less than a third of the firms (31%) plan to hire.", "35%"),
        ("More than a quarter of the staff (27%) work from home.", "23%"),
    ],
)
def test_a_percentage_past_the_fraction_a_hedge_bounds_is_flagged(text: str, wrong: str) -> None:
    assert rules(text) == []
    right = text[text.index("(") + 1 : text.index(")")]
    assert rules(text.replace(right, wrong)) == ["CC202"]


# --- a share in a relative clause on its whole: "800 of whom (40%)", "40% of which" ------

RELATIVE = [
    "The firm employs 2,000 people, 800 of whom ({}%) are women.",
    "The league has 1,250 registered players, 300 of whom, or {} percent, are under 12.",
    "The budget of $40 billion, {}% of which goes to health ($12 billion), passed on Friday.",
    "Lending reached 9.6 billion euros, {}% of which, or 2.4 billion euros, went to farms.",
]


@pytest.mark.parametrize(
    ("text", "share", "slip"),
    [
        (RELATIVE[0], "40", "30"),
        (RELATIVE[1], "24", "42"),
        (RELATIVE[2], "30", "40"),
        (RELATIVE[3], "25", "35"),
    ],
)
def test_a_share_in_a_relative_clause_on_its_whole_is_checked(
    text: str, share: str, slip: str
) -> None:
    assert rules(text.format(share)) == []
    assert share_verdicts(text.format(share)) == ["consistent"]
    assert rules(text.format(slip)) == ["CC201"]


def test_of_which_with_no_amount_for_the_part_makes_no_finding() -> None:
    text = "The budget of $40 billion, 40% of which goes to health, passed on Friday."
    assert rules(text) == []
    assert "inconsistent" not in share_verdicts(text)


# --- participles that make a share: "accounting for", "making up", "representing" --------


@pytest.mark.parametrize(
    ("verb", "share", "slip"),
    [
        ("accounting for", "30", "40"),
        ("making up", "30", "20"),
        ("representing", "30", "35"),
        ("amounting to", "30", "13"),
        ("equal to", "30", "3"),
    ],
)
def test_a_participle_ties_a_part_to_its_share(verb: str, share: str, slip: str) -> None:
    text = "Machinery exports of $12 billion, {} {}% of all exports of $40 billion, led the list."
    assert rules(text.format(verb, share)) == []
    assert share_verdicts(text.format(verb, share)) == ["consistent"]
    assert rules(text.format(verb, slip)) == ["CC201"]


# --- a fraction restated after its noun and a time or place ------------------------------


@pytest.mark.parametrize(
    ("text", "percent", "slip"),
    [
        ("Two in five adults in the survey, or about {}%, have no savings.", "40", "30"),
        ("Nearly half of the firms surveyed in March, {}%, plan to hire.", "48", "38"),
        ("About a third of voters in the north ({}%) backed the plan.", "34", "43"),
        ("Nearly half of all adults - about {}% - own shares.", "47", "57"),
        ("Two in five young adults in Britain, or about {}%, rent.", "40", "60"),
    ],
)
def test_a_fraction_restated_after_its_noun_and_a_time_or_place_is_checked(
    text: str, percent: str, slip: str
) -> None:
    assert rules(text.format(percent)) == []
    restated = [
        v.verdict
        for c, v in claimcheck.check(text.format(percent)).judged()
        if c.kind == "fraction-restatement"
    ]
    assert restated == ["consistent"]
    assert rules(text.format(slip)) == ["CC202"]


@pytest.mark.parametrize(
    "text",
    [
        # a percentage for another place is no restatement
        "Half of voters in the north, or 45% in the south, backed it.",
        "A third of the staff in Paris, 20% more than in Lyon, work remotely.",
    ],
)
def test_a_percentage_about_something_else_after_a_fraction_is_no_restatement(
    text: str,
) -> None:
    assert rules(text) == []


@settings(max_examples=60, deadline=None)
@given(
    count=st.sampled_from([("one in four", 25), ("two in five", 40), ("three in ten", 30)]),
    noun=st.sampled_from(["adults", "small firms", "households"]),
    where=st.sampled_from(["", " in the survey", " in Wales", " in 2024"]),
    offset=st.integers(-12, 12),
)
def test_a_count_fraction_restated_is_flagged_exactly_when_far_from_it(
    count: tuple[str, int], noun: str, where: str, offset: int
) -> None:
    words, value = count
    percent = value + offset
    text = f"{words.capitalize()} {noun}{where}, or {percent}%, expect prices to rise."
    reach = min(0.1 * value, 5.0)
    if abs(offset) <= reach - 0.5:
        assert rules(text) == []
    elif abs(offset) > reach + 0.5 + DEFAULT_TOLERANCE * percent:
        assert rules(text) == ["CC202"]


# --- two parts, then their two shares of one whole in the same order ---------------------

IN_ORDER = [
    "Health gets $12 billion and schools $8 billion, {}% and {}% of the $40 billion budget"
    " respectively.",
    "Health and schools get $12 billion and $8 billion, or {}% and {}% of the $40 billion budget.",
    "The north counted 4,500 cases and the south 1,500 cases, {}% and {}% of the national 15,000.",
]


@pytest.mark.parametrize("text", IN_ORDER)
def test_parts_then_their_shares_in_order_are_each_checked(text: str) -> None:
    first, second = ("30", "20") if "$" in text else ("30", "10")
    assert rules(text.format(first, second)) == []
    assert share_verdicts(text.format(first, second)) == ["consistent", "consistent"]
    swapped = text.format(second, first)
    assert rules(swapped) == ["CC201", "CC201"]


def test_changes_listed_in_order_are_no_shares() -> None:
    text = "Sales reached $12 billion and profit $8 billion, up 30% and 20% of the $40 billion."
    assert "CC201" not in rules(text)


@pytest.mark.parametrize(
    ("text", "share", "slip"),
    [
        (
            "Average weekly spending rose to £572.60 from £568.70, the ONS said. Transport, at"
            " £80.80, took the biggest share, {}% of the total.",
            "14",
            "24",
        ),
        (
            "The group sold 9,000 cars in Europe. Germany, with 3,600, took the largest share,"
            " {}% of all sales.",
            "40",
            "30",
        ),
    ],
)
def test_a_part_that_takes_the_biggest_share_is_read_against_the_whole_before(
    text: str, share: str, slip: str
) -> None:
    assert "CC201" not in rules(text.format(share))
    assert share_verdicts(text.format(share)) == ["consistent"]
    assert "CC201" in rules(text.format(slip))


@pytest.mark.parametrize(
    ("noun", "share", "slip"),
    [("exports", "25", "20"), ("imports", "20", "25"), ("all exports", "25", "20")],
)
def test_the_noun_of_a_share_picks_the_whole_it_names_among_several(
    noun: str, share: str, slip: str
) -> None:
    text = (
        "Imports were $50 billion and exports $40 billion. Oil made up $10 billion, or {}% of {}."
    )
    assert rules(text.format(share, noun)) == []
    assert share_verdicts(text.format(share, noun)) == ["consistent"]
    assert rules(text.format(slip, noun)) == ["CC201"]


@settings(max_examples=40, deadline=None)
@given(
    first=st.integers(1_000, 90_000),
    second=st.integers(1_000, 90_000),
    part=st.integers(100, 900),
    share=st.integers(1, 99),
    noun=st.sampled_from(["the total", "the market", "all sales"]),
)
def test_a_noun_whole_with_two_unnamed_amounts_before_is_never_a_finding(
    first: int, second: int, part: int, share: int, noun: str
) -> None:
    # two counts before the part, neither named by the share's noun: no clear whole
    text = (
        f"The north shipped {first:,} bicycles and the south {second:,} scooters. The chain"
        f" sold {part:,}, or {share}% of {noun}."
    )
    assert rules(text) == []


# --- a part "of" its whole, then words about the whole, then the share ---------------------

PART_OF_WHOLE_THEN_WORDS = [
    "The academy offered places to just {part} of the {whole} students who applied this"
    " winter, a record-low {share}%.",
    "In the lottery, {part} of the {whole} households that entered were housed, putting the"
    " success rate at a mere {share}%.",
    "Inspectors passed {part} out of a batch of {whole} valves the plant in Ohio shipped last week,"
    " or {share}%.",
    "The union said {part} of its {whole} members had voted, a turnout of {share}%.",
    "Only {part} of the {whole} claims filed in the storm's wake were paid, a rate of {share}%.",
]


@pytest.mark.parametrize("text", PART_OF_WHOLE_THEN_WORDS)
def test_a_part_of_its_whole_reaches_its_share_across_words(text: str) -> None:
    clean = text.format(part="1,597", whole="15,661", share="10.2")
    assert rules(clean) == []
    assert share_verdicts(clean) == ["consistent"]
    slipped = text.format(part="1,597", whole="15,661", share="12.2")
    found = claimcheck.check(slipped).findings
    assert [f.rule for f in found] == ["CC201"]
    assert "12.2%" in slipped[found[0].start : found[0].end]


@pytest.mark.parametrize(
    "text",
    [
        # a new clause between the whole and the percentage: the percentage is its own
        "The firm hired 120 of the 200 engineers it sought, while inflation ran at 3%.",
        # a comparison: the percentage is not the part's share
        "It filled 120 of the 200 posts, compared with 45% last year.",
        # a change, not a share
        "The dealer sold 120 of the 200 cars on its lot, up 30%.",
    ],
)
def test_a_part_of_its_whole_lends_no_share_to_another_clause(text: str) -> None:
    assert rules(text) == []
    assert share_verdicts(text) == []


@settings(max_examples=60, deadline=None)
@given(
    whole=st.integers(10_000, 900_000),  # parts of a thousand and more: their rounding is slight
    percent=st.integers(10, 80),
    words=st.sampled_from(PART_OF_WHOLE_THEN_WORDS),
    slip=st.booleans(),
)
def test_a_part_of_its_whole_is_flagged_exactly_when_its_share_is_off(
    whole: int, percent: int, words: str, slip: bool
) -> None:
    part = whole * percent // 100
    share = round(100 * part / whole)
    stated = share + 10 if slip else share
    text = words.format(part=f"{part:,}", whole=f"{whole:,}", share=stated)
    assert share_verdicts(text) == ["inconsistent" if slip else "consistent"]


def test_a_part_of_them_reaches_its_share_past_its_verb() -> None:
    text = (
        "The district had 186,371 registered voters on polling day, and 150,198 of them"
        " cast a ballot, just under {share}%."
    )
    assert rules(text.format(share="81")) == []
    assert share_verdicts(text.format(share="81")) == ["consistent"]
    slipped = text.format(share="71")
    assert rules(slipped) == ["CC201"]


@pytest.mark.parametrize(
    "text",
    [
        "A maker whose sales come to Rs 2,00,000 in a market worth Rs 5,00,000 in all holds"
        " a 40% share.",
        "Its stores took $3 million, in a region selling $12 million in total, a 25% share.",
    ],
)
def test_an_amount_marked_as_a_total_is_never_read_as_the_part(text: str) -> None:
    assert rules(text) == []
    assert "inconsistent" not in share_verdicts(text)


# --- a fraction restated as a percentage, set off by commas with a cue after it ------------

FRACTION_THEN_CUED_PERCENT = [
    "Roughly two-thirds of the nurses polled, {percent}% in all, said they planned to stay.",
    "More than two in five families renting their flat, {percent}% according to the census,"
    " spend a third of their income on rent.",
    "Nearly three in five of the farms in the valley, {percent}% in total, grow only maize.",
    "About half of the firms in the region, {percent}% based on the chamber's count, expect"
    " to hire.",
]
FRACTION_RIGHT = ["68", "43.1", "58", "49"]
FRACTION_WRONG = ["86", "34.1", "85", "29"]


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    list(zip(FRACTION_THEN_CUED_PERCENT, FRACTION_RIGHT, FRACTION_WRONG, strict=True)),
)
def test_a_fraction_restated_with_a_cue_after_the_percentage_is_checked(
    text: str, right: str, wrong: str
) -> None:
    clean = text.format(percent=right)
    assert rules(clean) == []
    slipped = text.format(percent=wrong)
    found = claimcheck.check(slipped).findings
    assert [f.rule for f in found] == ["CC202"]
    assert f"{wrong}%" in slipped[found[0].start : found[0].end]


@pytest.mark.parametrize(
    "text",
    [
        # a percentage for another year is no restatement of the fraction
        "A third of the firms in 2020, 45% in 2023, said they would invest.",
        "Half the staff, 30% last year, took the buyout.",
    ],
)
def test_a_percentage_for_another_time_does_not_restate_a_fraction(text: str) -> None:
    assert rules(text) == []


@settings(max_examples=60, deadline=None)
@given(
    fraction=st.sampled_from([("one in five", 20), ("two-thirds", 66.7), ("a quarter", 25)]),
    offset=st.integers(-2, 2),
    slip=st.booleans(),
    cue=st.sampled_from(["in all", "according to the poll", "in total"]),
)
def test_a_cued_restatement_is_flagged_exactly_when_far_off(
    fraction: tuple[str, float], offset: int, slip: bool, cue: str
) -> None:
    words, value = fraction
    percent = round(value) + offset + (25 if slip else 0)
    text = f"About {words} of the voters asked, {percent}% {cue}, backed the plan."
    assert rules(text) == (["CC202"] if slip else [])


# --- a sentence that opens with the whole and points back to the part before it -------------

WHOLE_OPENERS = [
    "The county counted {part} ballots on Tuesday. Against the {whole} voters on its rolls,"
    " that is a turnout of {share}%.",
    "The college made offers to {part} students this year. With {whole} applications on"
    " file, that works out to an acceptance rate of {share}%.",
    "Rangers logged {part} wolves in the park last winter. Out of the {whole} counted across"
    " the region, that was {share}%.",
    "The fund paid out {part} claims in March. Set against the {whole} it received, this"
    " amounts to {share}%.",
]


@pytest.mark.parametrize("text", WHOLE_OPENERS)
def test_a_whole_opening_a_sentence_meets_the_part_pointed_back_to(text: str) -> None:
    clean = text.format(part="3,071", whole="3,515", share="87")
    assert rules(clean) == []
    assert share_verdicts(clean) == ["consistent"]
    slipped = text.format(part="3,071", whole="3,515", share="78")
    found = claimcheck.check(slipped).findings
    assert [f.rule for f in found] == ["CC201"]
    assert "78%" in slipped[found[0].start : found[0].end]


@pytest.mark.parametrize(
    "text",
    [
        # two counts in the sentence before: "that" points to neither for sure
        "The county counted 3,071 ballots and 212 postal votes. Against the 3,515 voters on"
        " its rolls, that is a turnout of 60%.",
        # no sentence before to point back to
        "Against the 3,515 voters on its rolls, that is a turnout of 60%.",
    ],
)
def test_a_whole_opening_a_sentence_needs_one_part_to_point_back_to(text: str) -> None:
    assert rules(text) == []
    assert "inconsistent" not in share_verdicts(text)


# --- a share named by a noun takes the only whole of its kind in its own sentence first -----


@pytest.mark.parametrize(
    "text",
    [
        "The registry lists 2,400 members and 310 guests. In 2024 more than 900 members could"
        " vote, but only about 540 did, a turnout of {share}%.",
        "The plant employs 1,200 staff and 90 contractors. Of roughly 800 eligible workers,"
        " about 600 joined the union, a membership rate of {share}%.",
    ],
)
def test_a_noun_named_share_prefers_the_one_whole_in_its_sentence(text: str) -> None:
    clean = text.format(share="60" if "900" in text else "75")
    assert rules(clean) == []
    assert "consistent" in share_verdicts(clean)
    # "more than 900" allows a lower share, never a higher one
    slipped = text.format(share="80" if "900" in text else "45")
    assert rules(slipped) == ["CC201"]


def test_a_part_stated_with_its_own_share_is_never_the_whole_of_another() -> None:
    text = (
        "The group created R26.6 billion of wealth. Staff took R17.7 billion of it, about"
        " two-thirds (67%). Lenders got R2.9 billion, or 11%, and the state R1.8 billion,"
        " which is 7% of the total."
    )
    assert rules(text) == []


# --- a share naming its whole, stated a few sentences back in the paragraph ------------------

NAMED_FAR_BACK = [
    "The cooperative generated wealth of $1.76 billion last year. Members were paid first."
    " The biggest slice went to the state: taxes of $587 million came to {share} of the"
    " wealth created.",
    "Visitors spent 8.2 billion euros in the region in 2023. Hotels did best. Restaurants"
    " were next. Museums took 820 million euros, {share} of what visitors spent.",
]


@pytest.mark.parametrize("text", NAMED_FAR_BACK)
def test_a_whole_named_sentences_back_in_the_paragraph_is_found(text: str) -> None:
    clean = text.format(share="a third" if "wealth" in text else "10%")
    assert rules(clean) == []
    assert share_verdicts(clean) == ["consistent"]
    slipped = text.format(share="a fifth" if "wealth" in text else "20%")
    assert rules(slipped) == ["CC201"]


def test_a_whole_named_back_in_another_paragraph_is_not_read() -> None:
    text = (
        "The cooperative generated wealth of $1.76 billion last year.\n\n"
        "Taxes of $587 million came to a fifth of the wealth created."
    )
    assert rules(text) == []


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "Most at risk were those over 80, nearly half of whom ({}%) live alone.",
            "48.6",
            "38.6",
        ),
        ("The bank has 2,000 branches, about a third of which, {}%, are rural.", "33", "53"),
        ("It polled 1,500 farmers, two in five of whom ({}%) grow rice.", "40", "24"),
    ],
)
def test_a_fraction_of_whom_restated_as_a_percentage_is_checked(
    text: str, right: str, wrong: str
) -> None:
    assert rules(text.format(right)) == []
    slipped = text.format(wrong)
    found = claimcheck.check(slipped).findings
    assert [f.rule for f in found] == ["CC202"]
    assert f"{wrong}%" in slipped[found[0].start : found[0].end]


@pytest.mark.parametrize(
    "text",
    [
        "Reserves reached $14.3 trillion, $1.4 trillion more than a year earlier. Three"
        " banks added $513 billion between them, {} of the rise.",
        "Exports came to 92 million tonnes, 12 million tonnes higher than in 2022; Brazil"
        " alone shipped 3 million tonnes more, {} of the increase.",
    ],
)
def test_a_share_of_a_rise_stated_as_a_gap_is_checked(text: str) -> None:
    right = "more than a third" if "$" in text else "a quarter"
    assert rules(text.format(right)) == []
    assert "consistent" in share_verdicts(text.format(right))
    assert rules(text.format("two-thirds")) == ["CC201"]


# --- parts stated with their shares across a paragraph continue its whole --------------------

RUNNING_WHOLE = [
    "The trust raised £4.8 million last year. Legacies brought in £2.4 million of it, half"
    " the total. Shops took £1.2 million, or {share}%.",
    "Revenue was $10 billion, of which $4 billion (40%) came from services. Goods brought"
    " in $6 billion, or {share}%.",
    "Of the 1,200 staff, 300 (25%) work in Lyon. A further 480 ({share}%) are in Paris.",
]


@pytest.mark.parametrize("text", RUNNING_WHOLE)
def test_a_part_with_its_share_continues_the_paragraphs_whole(text: str) -> None:
    right = {"£": "25", "$": "60"}.get(next((c for c in "£$" if c in text), ""), "40")
    assert rules(text.format(share=right)) == []
    slipped = text.format(share=str(int(right) + 15))
    found = claimcheck.check(slipped).findings
    assert [f.rule for f in found] == ["CC201"]
    assert f"{int(right) + 15}%" in slipped[found[0].start : found[0].end]


@pytest.mark.parametrize(
    "text",
    [
        # the percentage is the change the amount came from
        "Revenue was $10 billion, of which $4 billion (40%) came from services. Cash"
        " reserves fell to $2 billion, or 7%.",
        # another period: another whole
        "Of the 2,000 people, 800 (40%) voted. Turnout in 2019 was 1,500, or 65%.",
        # another paragraph
        "Of the 2,000 people, 800 (40%) voted.\n\nThe club has 1,500 members, or 65%.",
    ],
)
def test_a_paragraphs_whole_is_not_lent_to_a_percentage_of_something_else(text: str) -> None:
    assert rules(text) == []


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "Overseas buyers accounted for 4,300 of the 19,000 homes sold in the city, {}% of"
            " the total.",
            "23",
            "32",
        ),
        ("Rural clinics saw 1,240 of the 6,200 patients treated, {}% of the total.", "20", "12"),
    ],
)
def test_a_part_of_its_whole_then_a_share_of_the_total(text: str, right: str, wrong: str) -> None:
    assert rules(text.format(right)) == []
    assert share_verdicts(text.format(right)) == ["consistent"]
    assert rules(text.format(wrong)) == ["CC201"]


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "The province collected 96 billion rand in taxes; mining firms paid 24 billion"
            " rand, {} of it.",
            "a quarter",
            "a third",
        ),
        (
            "Shoppers bought 3,000 tonnes of coffee; cafes used 600 tonnes, about {} of them.",
            "20%",
            "40%",
        ),
    ],
)
def test_a_share_of_it_points_back_to_its_whole(text: str, right: str, wrong: str) -> None:
    assert rules(text.format(right)) == []
    assert share_verdicts(text.format(right)) == ["consistent"]
    assert rules(text.format(wrong)) == ["CC201"]


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "Three-quarters of the firms polled by the chamber ({} per cent) expect to raise"
            " prices.",
            "74",
            "54",
        ),
        ("Over a quarter of the budget, at {} percent, goes on debt interest.", "27", "17"),
        ("About a third of students, {} percent of those surveyed, skipped meals.", "35", "55"),
    ],
)
def test_a_fraction_restated_past_a_frame_or_the_people_asked(
    text: str, right: str, wrong: str
) -> None:
    assert rules(text.format(right)) == []
    assert rules(text.format(wrong)) == ["CC202"]


@pytest.mark.parametrize(
    "text",
    [
        "Two in five adults in the north, 30% in the south, own a car.",
        "One in four Britons, 40% of those in London, works from home.",
        "A fifth of pupils in the region, 35% in the capital, speak two languages.",
        "A third of the firms by 2030, 60% by 2040, will use robots.",
        "Half the staff, at 30% last year, took the offer.",
    ],
)
def test_a_percentage_of_another_place_group_or_time_restates_no_fraction(text: str) -> None:
    assert rules(text) == []


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "Brazil's soy crop hit 155 million tonnes, of which China bought 70 million tonnes,"
            " or {}%.",
            "45",
            "54",
        ),
        (
            "The city has 48,000 rental flats, of which the council owns 12,000, or {}%.",
            "25",
            "35",
        ),
        (
            "Tokyo's budget is 8.5 trillion yen, and welfare takes 1.7 trillion yen of that, or"
            " {} percent.",
            "20",
            "30",
        ),
        (
            "Some 2.7 million Australians, out of a population of 26 million, were born in"
            " England, roughly {}.",
            "one in ten",
            "one in five",
        ),
    ],
)
def test_a_part_in_a_clause_on_its_whole_is_checked(text: str, right: str, wrong: str) -> None:
    assert rules(text.format(right)) == []
    assert share_verdicts(text.format(right)) == ["consistent"]
    assert rules(text.format(wrong)) == ["CC201"]


def test_a_clause_on_a_whole_of_another_kind_lends_it_no_part() -> None:
    text = "The city has 48,000 rental flats, of which the council sold $12 million, or 40%."
    assert rules(text) == []


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "India produced 1,300 terawatt hours from coal, {}% of its output of 1,750"
            " terawatt hours.",
            "74",
            "47",
        ),
        ("Norway shipped 4.2 million tonnes to Germany, {}% of its 12 million tonnes.", "35", "53"),
    ],
)
def test_a_part_named_by_where_it_came_from_or_went(text: str, right: str, wrong: str) -> None:
    assert rules(text.format(right)) == []
    assert share_verdicts(text.format(right)) == ["consistent"]
    assert rules(text.format(wrong)) == ["CC201"]


def test_a_part_compared_with_a_figure_is_not_the_share_s_part() -> None:
    text = "Sales rose to 4.2 million tonnes from 3.1 million tonnes, 35% of the 12 million tonnes."
    assert "inconsistent" not in share_verdicts(text)


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        ("Of the €96 billion raised, income tax brought in €38 billion - about {}%.", "40", "60"),
        ("Out of 250 members, 160 voted in favour – {}% – and 90 against.", "64", "46"),
        (
            "Health gets {}% of the $620 billion budget ($112 billion), more than any other"
            " department.",
            "18",
            "28",
        ),
    ],
)
def test_a_part_set_off_by_a_dash_or_a_bracket(text: str, right: str, wrong: str) -> None:
    assert rules(text.format(right)) == []
    assert share_verdicts(text.format(right)) == ["consistent"]
    assert rules(text.format(wrong)) == ["CC201"]


@pytest.mark.parametrize(
    "text",
    [
        # a "with" clause may count another group than the rate's
        "The unemployment rate hit 9%, with 300 of the 1,000 plant workers laid off.",
        # the bracket converts the whole, it is no part of it
        "Health gets 18% of the 620 billion yuan budget ($86 billion).",
    ],
)
def test_no_part_is_taken_from_a_with_clause_or_a_conversion(text: str) -> None:
    assert rules(text) == []
    assert "inconsistent" not in share_verdicts(text)


def test_a_part_listed_with_another_is_not_its_whole() -> None:
    text = "Wages take €4.1 billion and pensions €2.3 billion, a share of {}%."
    assert rules(text.format("24")) == []
    assert "inconsistent" not in share_verdicts(text.format("24"))


@pytest.mark.parametrize(
    "text",
    [
        # a share noun another word makes some other proportion
        "The lender approved 640 of the 1,800 requests, at an interest rate of 9%.",
        "The club won 20 of its 38 games, a points share of 61%.",
        # a percentage of a group of its own
        "640 of the 1,800 applicants were women, or 45% of those admitted.",
    ],
)
def test_a_part_of_its_whole_lends_nothing_to_another_proportion(text: str) -> None:
    assert rules(text) == []
    assert "inconsistent" not in share_verdicts(text)


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "The 2,400 schools that failed inspection amount to {}% of the 21,800 inspected.",
            "11",
            "21",
        ),
        ("The 310 clinics which closed in March were {}% of the 2,480 open.", "12.5", "21.5"),
        (
            "Over {} per cent of the 5,000 households surveyed - 3,100 - said bills had risen.",
            "60",
            "70",
        ),
        ("About {}% of the 9,600 staff — 2,400 — work from home.", "25", "35"),
    ],
)
def test_a_part_past_a_clause_without_commas_or_set_between_dashes(
    text: str, right: str, wrong: str
) -> None:
    assert rules(text.format(right)) == []
    assert share_verdicts(text.format(right)) == ["consistent"]
    assert rules(text.format(wrong)) == ["CC201"]


@pytest.mark.parametrize(
    "text",
    [
        "The 2,400 schools that failed were 11% more than in 2022.",
        "About 30% of the 5,000 staff - 1,500 in Paris - work from home.",
    ],
)
def test_a_clause_without_commas_or_dashes_hides_no_other_reading(text: str) -> None:
    assert rules(text) == []


# --- a whole followed by its change is still a whole ------------------------------------

# A percentage right after an amount that says how it changed ("totalled RMB 7.01 trillion,
# 3.7% more than a year earlier") is the amount's change, not a share that makes it a part.
WHOLE_WITH_ITS_CHANGE = [
    "Exports totalled $48.2 billion, 6.1% more than a year before. Machinery brought in"
    " $12.05 billion, {}% of the total.",
    "The region's farms sold 96,000 tonnes, 12% higher than in 2021. Wheat made up 24,000"
    " tonnes, or {}% of the total.",
    "Visitors to the park numbered 1,840,000 (8% fewer than in 2018) last year. Foreign"
    " tourists accounted for 460,000, some {}% of the total.",
]


@pytest.mark.parametrize("text", WHOLE_WITH_ITS_CHANGE)
def test_a_whole_followed_by_its_change_is_read_as_the_whole(text: str) -> None:
    assert rules(text.format(25)) == []
    assert share_verdicts(text.format(25)) == ["consistent"]
    slipped = text.format(35)
    found = claimcheck.check(slipped).findings
    assert [f.rule for f in found] == ["CC201"]
    assert "35%" in slipped[found[0].start : found[0].end]


@settings(max_examples=50, deadline=None)
@given(
    whole=st.integers(2_000, 90_000),
    change=st.integers(1, 30),
    fraction=st.integers(5, 80),
    comparative=st.sampled_from(["more", "less", "higher", "lower"]),
    slip=st.booleans(),
)
def test_a_share_of_a_whole_with_its_change_is_flagged_exactly_when_it_is_off(
    whole: int, change: int, fraction: int, comparative: str, slip: bool
) -> None:
    part = whole * fraction // 100
    share = round(100 * part / whole) + (13 if slip else 0)
    text = (
        f"The mill's output reached {whole:,} tonnes, {change}% {comparative} than in 2022."
        f" Exports took {part:,} tonnes, or {share}% of the total."
    )
    assert ("CC201" in rules(text)) is slip
    assert share_verdicts(text) == ["inconsistent" if slip else "consistent"]


# --- an average is no whole of an aggregate ----------------------------------------------


@pytest.mark.parametrize(
    ("average", "aggregate", "per_unit", "share", "slip"),
    [
        (
            "Migrants sent home $22.4 billion in 2012. The average transfer shrank by 4%, from"
            " $326 to $313.",
            "Jalisco received $2.2 billion, or almost 10% of the total.",
            "The average fee was $31.30, or {}% of the total.",
            "10",
            "20",
        ),
        (
            "The median home sold for $420,000.",
            "Builders earned $3.1 million, or 12% of the total.",
            "The median agent's fee was $12,600, or {}% of the total.",
            "3",
            "8",
        ),
        (
            "Households spent an average of £520 a week.",
            "Landlords collected £2.4 billion, or 20% of the total.",
            "Housing, at £78 a week, took {}% of the total.",
            "15",
            "25",
        ),
    ],
)
def test_an_average_is_the_whole_only_of_a_part_stated_per_unit_too(
    average: str, aggregate: str, per_unit: str, share: str, slip: str
) -> None:
    silent = f"{average} {aggregate}"
    assert rules(silent) == []
    assert "inconsistent" not in share_verdicts(silent)
    checked = f"{average} {per_unit}"
    assert rules(checked.format(share)) == []
    assert share_verdicts(checked.format(share)) == ["consistent"]
    slipped = checked.format(slip)
    found = claimcheck.check(slipped).findings
    assert [f.rule for f in found] == ["CC201"]
    assert f"{slip}%" in slipped[found[0].start : found[0].end]


# --- "of them" points back past densities and compared figures ----------------------------

OF_THEM_PAST_RATES = [
    "The town had 48,000 residents in 2021, or 410 people per square kilometre. Women made up"
    " 24,960 of them, or {}%.",
    "The district counted 1,250,000 inhabitants, against 1,100,000 a decade earlier. Some"
    " 300,000 of them, about {} per cent, live in towns.",
    "The league has 3,600 players, 12 per square mile of its territory, compared with 2,900"
    " in 2015. Around 900 of them, {}%, are women.",
]


@pytest.mark.parametrize(
    ("text", "share", "slip"),
    [
        (OF_THEM_PAST_RATES[0], "52", "62"),
        (OF_THEM_PAST_RATES[1], "24", "34"),
        (OF_THEM_PAST_RATES[2], "25", "15"),
    ],
)
def test_of_them_points_back_past_a_density_or_a_compared_figure(
    text: str, share: str, slip: str
) -> None:
    assert_share_checked(text, share, slip)


def test_a_density_is_no_whole_of_them_points_back_to() -> None:
    text = "The town has 410 people per square kilometre. Women made up 213 of them, or 40%."
    assert rules(text) == []
    assert "inconsistent" not in share_verdicts(text)


# --- a noun whole is never an amount stated as a change -----------------------------------

NOUN_WHOLE_BESIDE_A_CHANGE = [
    "The village had 2,400 residents in 2020, 150 more than in 2010. Children number 600,"
    " which is {}% of the population.",
    "Sales reached $80 million, $6 million more than a year before. Online orders brought in"
    " $20 million, or {}% of the total.",
    "The fleet grew by 40 ships to 480 ships. Tankers were 120 ships, {}% of the total.",
]


@pytest.mark.parametrize("text", NOUN_WHOLE_BESIDE_A_CHANGE)
def test_a_noun_whole_passes_over_an_amount_stated_as_a_change(text: str) -> None:
    assert rules(text.format(25)) == []
    assert share_verdicts(text.format(25)) == ["consistent"]
    slipped = text.format(35)
    found = claimcheck.check(slipped).findings
    assert [f.rule for f in found] == ["CC201"]
    assert "35%" in slipped[found[0].start : found[0].end]


def test_a_change_alone_is_no_whole_of_the_total() -> None:
    text = "The roster grew by 150 members. Juniors were 50, or 40% of the total."
    assert rules(text) == []
    assert "inconsistent" not in share_verdicts(text)


@settings(max_examples=50, deadline=None)
@given(
    whole=st.integers(2_000, 90_000),
    change=st.integers(10, 1_900),
    fraction=st.integers(5, 80),
    slip=st.booleans(),
)
def test_a_share_of_a_whole_beside_its_change_is_flagged_exactly_when_it_is_off(
    whole: int, change: int, fraction: int, slip: bool
) -> None:
    part = whole * fraction // 100
    share = round(100 * part / whole) + (17 if slip else 0)
    text = (
        f"The agency employed {whole:,} staff in 2024, {change:,} more than in 2019."
        f" Engineers were {part:,}, or {share}% of the total."
    )
    assert ("CC201" in rules(text)) is slip
    assert share_verdicts(text) == ["inconsistent" if slip else "consistent"]


# --- an opener that points back: "Of those companies, 320, or roughly 20%" -----------------

POINTED_OPENERS = [
    "The government budgeted 93.45 trillion naira over eight years. Of that, 67.4 trillion"
    " naira, or {} percent, went to recurrent spending.",
    "The council spent £480 million in 2023. Of this, £120 million, or {}%, went on schools.",
    "The firm hired 2,400 people last year. Of these, 600 ({}%) were graduates.",
    "Revenue was $33.9 billion, against $34.4 billion the year before. Of the total, $8.5"
    " billion, some {}%, came from Asia.",
]


@pytest.mark.parametrize(
    ("text", "share", "slip"),
    [
        (POINTED_OPENERS[0], "72.1", "62.1"),
        (POINTED_OPENERS[1], "25", "35"),
        (POINTED_OPENERS[2], "25", "52"),
        (POINTED_OPENERS[3], "25", "15"),
    ],
)
def test_a_part_after_an_opener_that_points_back_is_read_against_the_whole_before(
    text: str, share: str, slip: str
) -> None:
    assert_share_checked(text, share, slip)


@pytest.mark.parametrize(
    "text",
    [
        # two counts the opener could point back to, neither named by it
        "The firm hired 2,400 people and let 300 go last year. Of these, 600 (40%) were graduates.",
        # the sentence before is in another paragraph
        "The council spent £480 million in 2023.\n\nOf this, £120 million, or 35%, went on"
        " schools.",
        # an opener that names its own group, not a pointer or a whole
        "The firm hired 2,400 people last year. Of its engineers, 600 (40%) were graduates.",
    ],
)
def test_an_opener_with_no_single_whole_to_point_back_to_makes_no_finding(text: str) -> None:
    assert rules(text) == []
    assert "inconsistent" not in share_verdicts(text)


@settings(max_examples=50, deadline=None)
@given(
    whole=st.integers(2_000, 90_000),
    fraction=st.integers(5, 80),
    pointer=st.sampled_from(["Of these", "Of those", "Of them", "Of the total"]),
    slip=st.booleans(),
)
def test_a_share_after_a_pointing_opener_is_flagged_exactly_when_it_is_off(
    whole: int, fraction: int, pointer: str, slip: bool
) -> None:
    part = whole * fraction // 100
    share = round(100 * part / whole) + (19 if slip else 0)
    text = (
        f"The port handled {whole:,} containers in May. {pointer}, {part:,}, or {share}%,"
        " came from China."
    )
    assert ("CC201" in rules(text)) is slip
    assert share_verdicts(text) == ["inconsistent" if slip else "consistent"]


# --- a change between a part and its share -------------------------------------------------

CHANGE_BETWEEN = [
    "Trade reached 10.3 trillion yuan. Private firms traded 5.85 trillion yuan, up 5.8%, or"
    " {}% of the total.",
    "Exports were 4.2 billion euros. Cars brought in 2.1 billion euros (down 3% on the year),"
    " {}% of the total.",
    "The budget is 40 billion rand. Health gets 10 billion rand, a rise of 6%, or {}% of the"
    " total.",
]


@pytest.mark.parametrize(
    ("text", "share", "slip"),
    [
        (CHANGE_BETWEEN[0], "56.8", "65.8"),
        (CHANGE_BETWEEN[1], "50", "40"),
        (CHANGE_BETWEEN[2], "25", "35"),
    ],
)
def test_a_change_between_a_part_and_its_share_leaves_them_related(
    text: str, share: str, slip: str
) -> None:
    assert_share_checked(text, share, slip)


def test_a_percentage_between_that_is_no_change_relates_nothing() -> None:
    text = "The budget is 40 billion rand. Health gets 10 billion rand, about 6%, or 35% of it."
    assert rules(text) == []
    assert "inconsistent" not in share_verdicts(text)


@settings(max_examples=50, deadline=None)
@given(
    whole=st.integers(200, 9_000),
    fraction=st.integers(5, 80),
    change=st.sampled_from(["up 4%", "down 12%", "a rise of 7.5%", "a fall of 3%"]),
    bracketed=st.booleans(),
    slip=st.booleans(),
)
def test_a_share_past_a_change_is_flagged_exactly_when_it_is_off(
    whole: int, fraction: int, change: str, bracketed: bool, slip: bool
) -> None:
    part = whole * fraction // 100
    share = round(100 * part / whole) + (15 if slip else 0)
    aside = f" ({change})" if bracketed else f", {change},"
    text = (
        f"Sales came to {whole:,} million dollars. Phones made {part:,} million dollars{aside}"
        f" or {share}% of the total."
    )
    assert ("CC201" in rules(text)) is slip
    assert share_verdicts(text) == ["inconsistent" if slip else "consistent"]


# --- a count in words stated with its share is a part --------------------------------------

COUNTS_IN_WORDS = [
    "Of the 120 seats, Labour won 66 (55%), the Greens twelve seats ({}%) and independents"
    " three seats (2.5%).",
    "The fleet of 60 ships includes nine tankers, {}% of the total.",
    "The club has 200 members, of whom eight members ({}%) are under 18.",
]


@pytest.mark.parametrize(
    ("text", "share", "slip"),
    [
        (COUNTS_IN_WORDS[0], "10", "20"),
        (COUNTS_IN_WORDS[1], "15", "25"),
        (COUNTS_IN_WORDS[2], "4", "14"),
    ],
)
def test_a_count_in_words_with_its_share_beside_it_is_a_part(
    text: str, share: str, slip: str
) -> None:
    assert rules(text.format(share)) == []
    assert "consistent" in share_verdicts(text.format(share))
    slipped = text.format(slip)
    found = claimcheck.check(slipped).findings
    assert [f.rule for f in found] == ["CC201"]
    assert f"{slip}%" in slipped[found[0].start : found[0].end]


@pytest.mark.parametrize(
    "text",
    [
        # a fraction after a count in words: no share of it ("in seven phases, nearly half")
        "The 90 seats were filled in seven rounds, nearly half of them in May.",
        # a bare comma and a share of its own group
        "The 80 schools were split into two groups, 40% of them in the north.",
        # a count in words as the subject of a share verb
        "The two regions hold 12% of the country's 50 million people.",
    ],
)
def test_a_count_in_words_not_stated_with_its_share_is_no_part(text: str) -> None:
    assert rules(text) == []
    assert "inconsistent" not in share_verdicts(text)


# --- a whole sized by a compound adjective: "a 75-seat legislature" -----------------------

SIZED_WHOLES = [
    "In the 1991 election for a 75-seat legislature, the New Democrats won 51 seats, or {}%.",
    "The 27-member bloc saw 18 members, or {}%, back the plan.",
    "At the 400-bed hospital, nurses staffed 100 beds ({}%) overnight.",
    # people counted in a body sized by its members or seats
    "The 61-member council now has 25 women ({}%).",
]


@pytest.mark.parametrize(
    ("text", "share", "slip"),
    [
        (SIZED_WHOLES[0], "68.00", "58.00"),
        (SIZED_WHOLES[1], "67", "57"),
        (SIZED_WHOLES[2], "25", "35"),
        (SIZED_WHOLES[3], "41.0", "51.0"),
    ],
)
def test_a_count_of_the_members_a_compound_adjective_sizes_is_a_share_of_it(
    text: str, share: str, slip: str
) -> None:
    assert_share_checked(text, share, slip)


@pytest.mark.parametrize(
    "text",
    [
        # a span of time is no count of members
        "A 30-year bond has paid coupons for 12 years (55%) so far.",
        # rooms are no members of the staff counted
        "The 50-room hotel employs 20 women (70%).",
        # a second body sized since the first share: its own whole, never the first's
        "Our 12-member team includes 5 women (42%), and our 40-seat bus carries 30"
        " passengers (75%).",
        # the part counts other members than the whole's
        "The 500-bed hospital had 120 patients (30%) in intensive care.",
    ],
)
def test_a_compound_adjective_of_another_noun_or_of_time_sizes_no_whole(text: str) -> None:
    assert rules(text) == []
    assert "inconsistent" not in share_verdicts(text)


# --- a fraction restated as a percentage: the percentage is a share of the part's whole ----

RESTATED_SHARES = [
    (
        "Imperial created R26 585 million of wealth. Salaries took {} million of it, about"
        " two-thirds (67%).",
        "R17 744",
        "R14 744",
    ),
    ("Of the 2,000 voters, 700 - about a third, {}% - backed him.", "35", "45"),
    (
        "The fund holds $9 billion, of which $4.6 billion, roughly half, or {}%, is in bonds.",
        "51",
        "61",
    ),
]


@pytest.mark.parametrize(("text", "right", "slip"), RESTATED_SHARES)
def test_the_percentage_a_fraction_is_restated_as_is_checked_against_the_part(
    text: str, right: str, slip: str
) -> None:
    assert rules(text.format(right)) == []
    assert share_verdicts(text.format(right)).count("consistent") == 2
    slipped = text.format(slip)
    found = claimcheck.check(slipped).findings
    assert [f.rule for f in found] == ["CC201"]
    assert "%" in slipped[found[0].start : found[0].end]
    assert slip in slipped[found[0].start : found[0].end]


def test_a_fraction_and_a_percentage_of_two_groups_share_no_part() -> None:
    text = "Of the 2,000 voters, 700 backed him - about a third in the north and 45% in the south."
    assert rules(text) == []
    assert "inconsistent" not in share_verdicts(text)


@settings(max_examples=50, deadline=None)
@given(
    whole=st.integers(2_000, 90_000),
    fraction=st.sampled_from([("a quarter", 25), ("a third", 33), ("half", 50)]),
    nudge=st.integers(-2, 2),
    form=st.sampled_from(
        [
            "{part}, about {word} ({share}%), had",
            "{part}, about {word}, or {share}%, had",
            "{part} - about {word}, {share}% - had",
        ]
    ),
    slip=st.booleans(),
)
def test_the_percentage_of_a_restated_fraction_is_flagged_exactly_when_it_is_off(
    whole: int, fraction: tuple[str, int], nudge: int, form: str, slip: bool
) -> None:
    word, value = fraction
    part = round(whole * (value + nudge) / 100)
    share = round(100 * part / whole) + (9 if slip else 0)
    said = form.format(part=f"{part:,}", word=word, share=share)
    text = f"Of the {whole:,} homes, {said} no heating."
    assert ("CC201" in rules(text)) is slip


# --- "of which" with a share verb whose particle is "up" ----------------------------------

OF_WHICH_MADE_UP = [
    "Exports had grown to $5.7 billion, of which oil cakes made up $0.95 billion, or {}%.",
    "The region employs 48,000 people, of whom farm workers make up 12,000, some {}%.",
    "The fund held 8 tonnes of gold, of which coins took up 2 tonnes ({}%).",
]


@pytest.mark.parametrize(
    ("text", "share", "slip"),
    [
        (OF_WHICH_MADE_UP[0], "16.7", "26.7"),
        (OF_WHICH_MADE_UP[1], "25", "35"),
        (OF_WHICH_MADE_UP[2], "25", "15"),
    ],
)
def test_of_which_with_made_up_or_took_up_reads_its_whole(text: str, share: str, slip: str) -> None:
    assert_share_checked(text, share, slip)


def test_of_which_then_a_change_word_is_no_share_clause() -> None:
    text = "Exports had grown to $5.7 billion, of which imports were up $0.95 billion, or 40%."
    assert rules(text) == []
    assert "inconsistent" not in share_verdicts(text)


# --- the nouns for the people who live in a place name one whole -----------------------

RESIDENT_WHOLES = [
    "The district had 2,000,000 inhabitants in 2011. The census counted 964,000 workers, {}%"
    " of all residents.",
    "The island's 84,000 citizens voted on Sunday; 21,000, or {}% of its residents, live abroad.",
    "About 12,000 dwellers fill the old town. Its new quarter holds 4,800, {}% of the inhabitants.",
]


@pytest.mark.parametrize(
    ("text", "share", "slip"),
    [
        (RESIDENT_WHOLES[0], "48.2", "58.2"),
        (RESIDENT_WHOLES[1], "25", "35"),
        (RESIDENT_WHOLES[2], "40", "30"),
    ],
)
def test_a_share_of_residents_is_of_the_inhabitants_counted_before(
    text: str, share: str, slip: str
) -> None:
    assert_share_checked(text, share, slip)


def test_a_group_of_the_population_is_no_whole_of_all_residents() -> None:
    text = "The rural population was 16,000. Farmers number 8,000, or 30% of all residents."
    assert rules(text) == []
    assert "inconsistent" not in share_verdicts(text)


# --- a part set off by commas after its share's "of" phrase -------------------------------

PART_AFTER_COMMA = [
    "The country added 392,665 residents last year. More than {} of the gain, 244,622"
    " people, came from migration.",
    "The firm employs 30,000 staff; about {} of the workforce, 12,000 people, work abroad.",
    "Sales reached $9 billion. Roughly {} of the total, $3 billion, came from Asia.",
]


@pytest.mark.parametrize(
    ("text", "share", "slip"),
    [
        (PART_AFTER_COMMA[0], "three-fifths", "four-fifths"),
        (PART_AFTER_COMMA[1], "40%", "50%"),
        (PART_AFTER_COMMA[2], "a third", "two-thirds"),
    ],
)
def test_a_part_set_off_by_commas_after_the_of_phrase_is_read(
    text: str, share: str, slip: str
) -> None:
    assert_share_checked(text, share, slip)


@pytest.mark.parametrize(
    "text",
    [
        # more than two words before the closing comma: no apposition
        "Sales were $9 billion; 30% of the total, 2 billion more than planned, came from Asia.",
        # a relative clause after the amount
        "The firm employs 30,000 staff; about 40% of the workforce, 12,000 of whom are"
        " engineers, work abroad.",
    ],
)
def test_an_amount_after_the_of_phrase_that_is_no_apposition_is_no_part(text: str) -> None:
    assert rules(text) == []
    assert "inconsistent" not in share_verdicts(text)
