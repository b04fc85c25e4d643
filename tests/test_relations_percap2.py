"""Per-capita figures and currency conversions as real copy writes them, beyond the forms
of test_relations_per_capita.py: the rouble's banking code "RUR" as a mark, and a figure
per member judged on the figures' rounding alone (exact arithmetic, like a total). Each
form is checked clean (no finding) and with a seeded slip (the right rule, at the slipped
figure)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck


def findings(text: str) -> list[tuple[str, str]]:
    """Each finding's rule and the text it points at."""
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


def verdicts(text: str, kind: str) -> list[str]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == kind]


# "RUR", the rouble's pre-1998 code that Russian banks and the financial press kept for the
# redenominated rouble, marks an amount before a number like "RUB".
RUR_FORMS = [
    "In 2002 the ministry raised its surplus estimate to RUR77.35bn (around {}).",
    "Russia's 2003 budget foresees revenue of RUR2.4 trillion, or about {}, officials said.",
    "The bank lent RUR 12bn ({}) to regional utilities in 2005.",
]
RUR_RIGHT = ["$2.45bn", "$78bn", "$425m"]
RUR_SLIPPED = ["$24.5bn", "$7.8bn", "$4.25bn"]


@pytest.mark.parametrize(("form", "dollars"), list(zip(RUR_FORMS, RUR_RIGHT, strict=True)))
def test_a_rur_amount_is_read_as_roubles_and_fits(form: str, dollars: str) -> None:
    text = form.format(dollars)
    assert findings(text) == []
    assert verdicts(text, "conversion") == ["consistent"]


@pytest.mark.parametrize(("form", "dollars"), list(zip(RUR_FORMS, RUR_SLIPPED, strict=True)))
def test_a_slipped_dollar_amount_beside_rur_is_flagged(form: str, dollars: str) -> None:
    text = form.format(dollars)
    ((rule, where),) = findings(text)
    assert rule == "CC103"  # off by a factor of ten
    assert where.startswith("RUR") and where.rstrip(")").endswith(dollars)


@pytest.mark.parametrize(
    "text",
    [
        "The RUR code was retired in 1998.",
        "Analysts at RUR Capital expect 5% growth in 2002.",
    ],
)
def test_rur_without_a_number_after_it_is_no_currency(text: str) -> None:
    assert verdicts(text, "conversion") == []
    assert findings(text) == []


# A figure per member is exact arithmetic on its total and population: only the figures'
# rounding gives slack, never the 5% tolerance kept for reference rates. Each slip below is
# within 5% of the quotient, so only this reading catches it.
EXACT_FORMS = [
    "The state owed $14,344,668,281,211 in May. Divided among a population of {} million,"
    " each resident's share is $45,939.",
    "The fund paid £32,816,993,700 to England's {} people, or £599 per capita.",
    "The city spent 4,890 million euros on its {} residents, 2,000 euros per resident.",
]
EXACT_RIGHT = ["312.25", "54,786,300", "2,445,000"]
EXACT_SLIPPED = ["321.25", "53,786,300", "2,345,000"]


@pytest.mark.parametrize(("form", "count"), list(zip(EXACT_FORMS, EXACT_RIGHT, strict=True)))
def test_a_per_capita_figure_that_is_the_quotient_fits(form: str, count: str) -> None:
    text = form.format(count)
    assert findings(text) == []
    assert verdicts(text, "per-capita") == ["consistent"]


@pytest.mark.parametrize(("form", "count"), list(zip(EXACT_FORMS, EXACT_SLIPPED, strict=True)))
def test_a_population_slip_inside_the_tolerance_is_flagged(form: str, count: str) -> None:
    text = form.format(count)
    assert [rule for rule, _ in findings(text)] == ["CC306"]


def test_a_hedge_still_widens_a_per_capita_figure() -> None:
    # 14.3 trillion / 312 million = 45,833: "roughly $46,000" is its rounding and hedge
    text = (
        "The debt stood at $14.3 trillion, or roughly $46,000 per person for its 312 million"
        " people."
    )
    assert findings(text) == []
    assert verdicts(text, "per-capita") == ["consistent"]


@settings(max_examples=40, deadline=None)
@given(
    # no trailing zero, so that each figure's rounding is its last digit
    per=st.integers(min_value=200, max_value=9_000).filter(lambda n: n % 10),
    millions=st.integers(min_value=2, max_value=900).filter(lambda n: n % 10),
    off=st.sampled_from([-1, 0, 1]),
)
def test_a_per_capita_figure_is_judged_on_its_rounding(per: int, millions: int, off: int) -> None:
    """A total written to the dollar, over a population written to the million: the stated
    figure per person fits exactly when it is the quotient's rounding."""
    total = (per + off * per * 3 // 100) * millions * 1_000_000  # the quotient, or 3% off it
    text = f"Spending reached ${total:,} for its {millions} million residents, ${per:,} per head."
    low, high = total / ((millions + 0.5) * 1_000_000), total / ((millions - 0.5) * 1_000_000)
    fits = low - 0.5 <= per <= high + 0.5
    assert (findings(text) == []) is fits


# A count owned by its place with no noun after it ("Thailand's 35.4 million brought in"),
# and a total beside an envelope its determiner names ("Under the Rs 1.70 lakh crore
# package, Rs 17,891 crore went to ..."): the stated total is the reading, not the envelope.
READ_FORMS = [
    "Spain drew 81.8 million visitors who spent $68.0 billion, or $831 each, while Thailand's"
    " 35.4 million brought in {}, $1,624 per head.",
    "Portugal's 10.3 million spent 21.6 billion euros on health last year, or {} per person.",
    "Kenya's 54 million received $2.7 billion in remittances, {} a head.",
    "Under the Rs 1.70 lakh crore relief package, Rs 17,891 crore went on the first"
    " instalment, with 8.94 crore identified beneficiaries receiving {} each.",
    "Out of a $40 billion aid plan, $6 billion was paid to 3 million recipients, or {} each.",
    "Within the 12 billion euro budget, 2.4 billion euros reached 800,000 households, {} each.",
]
READ_RIGHT = ["$57.5 billion", "2,097 euros", "$50", "Rs 2,000", "$2,000", "3,000 euros"]
READ_SLIPPED = ["$75.5 billion", "2,790 euros", "$80", "Rs 2,600", "$3,900", "3,900 euros"]


@pytest.mark.parametrize(("form", "figure"), list(zip(READ_FORMS, READ_RIGHT, strict=True)))
def test_an_owned_count_or_a_total_beside_an_envelope_is_read_and_fits(
    form: str, figure: str
) -> None:
    text = form.format(figure)
    assert findings(text) == []
    assert "consistent" in verdicts(text, "per-capita")


@pytest.mark.parametrize(("form", "figure"), list(zip(READ_FORMS, READ_SLIPPED, strict=True)))
def test_an_owned_count_or_a_total_beside_an_envelope_slip_is_flagged(
    form: str, figure: str
) -> None:
    text = form.format(figure)
    assert [rule for rule, _ in findings(text)] == ["CC306"]


@pytest.mark.parametrize(
    "text",
    [
        # two totals, neither named as an envelope: no clear reading
        "Rs 1,700 crore was raised and Rs 17,891 crore went to 8.94 crore beneficiaries, Rs 2,000"
        " each.",
        # two envelopes: no clear reading either
        "Under the $40 billion plan and the $6 billion fund, 3 million farmers got $5,000 each.",
        # an owned figure followed by a capital is a name, not a count
        "Thailand's 35.4 million Baht fund paid $57.5 billion, $1,624 per head.",
    ],
)
def test_a_per_capita_figure_without_one_clear_total_or_count_is_not_read(text: str) -> None:
    assert verdicts(text, "per-capita") == []
    assert findings(text) == []


# A cue per member between an amount and its conversion: "US$304 each, about MXN 5,563".
MEMBER_FORMS = [
    "In February 2018 remittances averaged US$304 each, about {}.",
    "Visitors to Thailand spent $1,624 per head ({}) in 2017.",
    "In 2019 the grant paid 500 euros a person, or about {}, to 2 million people.",
]
MEMBER_RIGHT = ["MXN 5,563", "55,000 baht", "$560"]
MEMBER_SLIPPED = ["MXN 556", "5,500 baht", "$5,600"]


@pytest.mark.parametrize(("form", "other"), list(zip(MEMBER_FORMS, MEMBER_RIGHT, strict=True)))
def test_a_conversion_after_a_cue_per_member_is_read_and_fits(form: str, other: str) -> None:
    text = form.format(other)
    assert findings(text) == []
    assert verdicts(text, "conversion") == ["consistent"]


@pytest.mark.parametrize(("form", "other"), list(zip(MEMBER_FORMS, MEMBER_SLIPPED, strict=True)))
def test_a_slipped_conversion_after_a_cue_per_member_is_flagged(form: str, other: str) -> None:
    text = form.format(other)
    ((rule, where),) = findings(text)
    assert rule == "CC103"  # off by a factor of ten
    assert where.rstrip(")").endswith(other)


# A total's share per member restated for a group: "$45,939, or $183,756 for an average
# family of four" states the group's figure as the share times its size.
GROUP_FORMS = [
    "The state owed $14,344,668,281,211 in May. Divided among a population of 312.25"
    " million, every resident's share is roughly $45,939, or {} for an average family of four.",
    "The city's debt of 1.2 billion euros comes to 2,400 euros per resident for its 500,000"
    " residents, or {} for a household of three.",
    "Health spending reached $90 billion for its 30 million people, $3,000 per person, or {}"
    " for a typical family of five.",
]
GROUP_RIGHT = ["$183,756", "7,200 euros", "$15,000"]
GROUP_SLIPPED = ["$138,756", "9,600 euros", "$18,000"]


@pytest.mark.parametrize(("form", "group"), list(zip(GROUP_FORMS, GROUP_RIGHT, strict=True)))
def test_a_share_restated_for_a_group_is_read_and_fits(form: str, group: str) -> None:
    text = form.format(group)
    assert findings(text) == []
    assert verdicts(text, "per-capita") == ["consistent", "consistent"]


@pytest.mark.parametrize(("form", "group"), list(zip(GROUP_FORMS, GROUP_SLIPPED, strict=True)))
def test_a_slipped_figure_for_a_group_is_flagged(form: str, group: str) -> None:
    text = form.format(group)
    assert [rule for rule, _ in findings(text)] == ["CC306"]
    assert verdicts(text, "per-capita") == ["consistent", "inconsistent"]


@pytest.mark.parametrize(
    "text",
    [
        # a price, not a total's share: a family ticket may be cheaper
        "Entry costs $30 per person, or $100 for a family of four.",
        "The tour is 450 euros a head, or 1,600 euros for a group of four.",
        # a group too large to be a family or a household is not read as one
        "Health spending reached $90 billion for its 30 million people, $3,000 per person, or"
        " $90,000 for a class of 30 pupils.",
    ],
)
def test_a_figure_for_a_group_is_read_only_beside_a_total_share(text: str) -> None:
    assert findings(text) == []
    assert "inconsistent" not in verdicts(text, "per-capita")


def test_a_figure_for_a_group_in_the_next_sentence_is_not_read_as_one() -> None:
    text = (
        "Health spending reached $90 billion for its 30 million people, $3,000 per person."
        " Private insurance costs $11,000 a year, or $18,000 for a family of five."
    )
    assert findings(text) == []
    assert verdicts(text, "per-capita") == ["consistent"]


def test_a_per_capita_figure_of_an_open_total_is_judged() -> None:
    """ "More than" leaves the total unbounded above, so the figure per person is too: one
    below the total's floor over the population is wrong, one above it is not."""
    clean = (
        "The country has GDP of more than $1.2 trillion, or about $23,000 per person for its "
        "52 million people."
    )
    assert findings(clean) == []
    assert findings(clean.replace("$23,000", "$13,000")) == [("CC306", "$13,000")]
