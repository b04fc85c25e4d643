"""Figures per unit of area or per round number of members, read as real copy words them:
a density over the count and the area of its sentence ("488 people per square kilometre",
"312 persons for each square kilometre", "a density of 414 per sq km"), a yield over the
harvest and the area sown ("7 tonnes a hectare"), an area in another unit than the cue's
(hectares against "per sq km"), a rate for a round number of members over the two counts
its nouns name ("1022 females for every 1,000 males", in its sentence or the one before),
a figure "per" any counted thing over the count that noun names ("$600 per seat").
Each form is checked clean (no finding) and with a slip in the rate (CC306), and a reading
with no single area or count is not made."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck


def findings(text: str) -> list[tuple[str, str]]:
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


def verdicts(text: str) -> list[str]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == "per-capita"]


# Each form twice: the figure per unit of area as the total over the area, then a slip.
FORMS = [
    # a density after the count and the area, with the noun of what it counts
    "The district covers 2,400 sq km and had 1,200,000 inhabitants at the last census, or {}"
    " people per square kilometre.",
    # the cue "for each", a clause and a comparison after it
    "Spread over 850 square kilometres, the province's 340,000 residents live at {} persons"
    " for each square kilometre, against 120 for the country as a whole.",
    # the density between the count and the area, with no noun
    "The island is home to 96,000 people, a density of {} per sq km, on 160 sq km of land.",
    # a density across a semicolon, the count named by a population noun among other figures
    "The town had 4,500 residents in 2020, 300 more than in 2010, on only 1.5 square miles;"
    " that is a density of {} persons per square mile.",
    # a yield in the unit of the harvest
    "Farmers harvested 12 million tonnes of wheat from 2 million hectares, or {} a hectare.",
    "The estate picked 3,600 tonnes of tea on 1,200 hectares, a yield of {} tonnes per hectare.",
    # the area in hectares, the density per square kilometre: 50,000 ha = 500 sq km
    "The municipality counts 150,000 people on a land area of 50,000 hectares, giving a"
    " density of {} per sq km.",
]
RIGHT = ["500", "400", "600", "3,000", "6 tonnes", "3", "300"]
WRONG = ["800", "480", "900", "3,900", "9 tonnes", "4", "330"]


@pytest.mark.parametrize(("form", "figure"), list(zip(FORMS, RIGHT, strict=True)))
def test_a_figure_per_unit_of_area_that_fits_is_read_and_never_flagged(
    form: str, figure: str
) -> None:
    text = form.format(figure)
    assert findings(text) == []
    assert verdicts(text) == ["consistent"]


@pytest.mark.parametrize(("form", "figure"), list(zip(FORMS, WRONG, strict=True)))
def test_a_slip_in_a_figure_per_unit_of_area_is_flagged_at_it(form: str, figure: str) -> None:
    text = form.format(figure)
    found = findings(text)
    assert [rule for rule, _ in found] == ["CC306"]
    assert found[0][1] in figure


@pytest.mark.parametrize(
    "text",
    [
        # two areas in the sentence: which one the density is over is not said
        "The region covers 3,000 sq km and its forests 1,200 sq km; its 900,000 people live at"
        " 250 per square kilometre.",
        # two counts, neither named with a population noun
        "The park spans 400 square kilometres and drew 50,000 in spring and 30,000 in summer,"
        " 90 per square kilometre.",
        # a share, not a figure per unit of area
        "Of the 800 hectares planted, 30% per hectare was lost.",
    ],
)
def test_a_figure_per_unit_of_area_without_one_clear_reading_is_not_read(text: str) -> None:
    assert findings(text) == []
    assert verdicts(text) == []


def test_a_density_is_never_read_as_the_whole_of_a_share() -> None:
    text = (
        "The borough had 6,000 residents on 2.5 square miles, a density of 2,400 persons per"
        " square mile. Of them, 4,500 are homeowners, which is 75% of the population."
    )
    assert findings(text) == []


@st.composite
def densities(draw: st.DrawFn, *, slip: bool) -> tuple[str, str]:
    """A count of people on an area and their density, rounded to a whole number; with
    `slip`, the density off by at least a fifth."""
    area = draw(st.integers(min_value=50, max_value=9_000))
    density = draw(st.integers(min_value=20, max_value=4_000))
    people = area * density + 3  # written to the unit: its rounding leaves the density known
    stated = density + max(1, density // 5) * draw(st.sampled_from([-2, 2])) if slip else density
    stated = max(1, stated)
    noun = draw(st.sampled_from(["people", "inhabitants", "residents"]))
    cue = draw(st.sampled_from(["per square kilometre", "per sq km", "for each square kilometre"]))
    text = (
        f"The county covers {area:,} sq km and is home to {people:,} {noun}, {stated:,} {noun}"
        f" {cue}."
    )
    return text, f"{stated:,}"


@settings(max_examples=30, deadline=None)
@given(case=densities(slip=False))
def test_a_density_that_fits_is_never_flagged(case: tuple[str, str]) -> None:
    text, _ = case
    assert findings(text) == []
    assert verdicts(text) == ["consistent"]


@settings(max_examples=30, deadline=None)
@given(case=densities(slip=True))
def test_a_density_slip_is_always_flagged_at_the_density(case: tuple[str, str]) -> None:
    text, stated = case
    found = findings(text)
    assert [rule for rule, _ in found] == ["CC306"]
    assert found[0][1] in stated


# A figure for a round number of members, then a slip in it.
RATE_FORMS = [
    "The city's 1,800 police officers patrol 600,000 residents: {} officers for every 1,000"
    " residents.",
    "The country counts 15 million people and 45,000 nurses, or {} nurses per 10,000 people.",
    # the counts in the sentence before, named as adjectives ("of them male")
    "The census found 520,000 people, 255,000 of them male and 265,000 female. There are"
    " therefore {} females for every 1,000 males.",
    "Enrolment reached 2,000,000 girls and 2,500,000 boys, {} girls to every 100 boys.",
]
RATE_RIGHT = ["3", "30", "1,039", "80"]
RATE_WRONG = ["4", "40", "1,093", "125"]


@pytest.mark.parametrize(("form", "figure"), list(zip(RATE_FORMS, RATE_RIGHT, strict=True)))
def test_a_rate_per_round_number_that_fits_is_read_and_never_flagged(
    form: str, figure: str
) -> None:
    text = form.format(figure)
    assert findings(text) == []
    assert verdicts(text) == ["consistent"]


@pytest.mark.parametrize(("form", "figure"), list(zip(RATE_FORMS, RATE_WRONG, strict=True)))
def test_a_slip_in_a_rate_per_round_number_is_flagged_at_it(form: str, figure: str) -> None:
    text = form.format(figure)
    found = findings(text)
    assert [rule for rule, _ in found] == ["CC306"]
    assert found[0][1] in figure


@pytest.mark.parametrize(
    "text",
    [
        # no counts stated: a rate on its own
        "Infant mortality fell to 28 deaths per 1,000 live births last year.",
        # two counts named "nurses": which one the rate is over is not said
        "Clinics employ 3,000 nurses and hospitals 9,000 nurses for 2 million people, or 6"
        " nurses per 1,000 people.",
        # a base that is no round number: a price for a batch, not a rate
        "The 12,000 students shared 4,000 laptops, 2 laptops for every 7 students.",
    ],
)
def test_a_rate_per_round_number_without_one_clear_reading_is_not_read(text: str) -> None:
    assert findings(text) == []
    assert verdicts(text) == []


@st.composite
def sex_ratios(draw: st.DrawFn, *, slip: bool) -> tuple[str, str]:
    """Counts of men and women and the women per 1,000 men, rounded to a whole number; with
    `slip`, the ratio off by at least a tenth. The counts are written to the unit, so that
    their rounding leaves the ratio known to the unit."""
    men = draw(st.integers(min_value=1_000, max_value=500_000)) * 10 + 7  # written to the unit
    ratio = draw(st.integers(min_value=800, max_value=1_200))
    women = men * ratio // 1_000 // 10 * 10 + 3
    stated = round(women * 1_000 / men)
    if slip:
        stated += draw(st.sampled_from([-1, 1])) * draw(st.integers(min_value=100, max_value=300))
    return (
        f"The district had {men:,} men and {women:,} women in 2011, or {stated:,} women for"
        f" every 1,000 men.",
        f"{stated:,}",
    )


@settings(max_examples=30, deadline=None)
@given(case=sex_ratios(slip=False))
def test_a_rate_per_thousand_that_fits_is_never_flagged(case: tuple[str, str]) -> None:
    text, _ = case
    assert findings(text) == []
    assert verdicts(text) == ["consistent"]


@settings(max_examples=30, deadline=None)
@given(case=sex_ratios(slip=True))
def test_a_rate_per_thousand_slip_is_always_flagged_at_it(case: tuple[str, str]) -> None:
    text, stated = case
    found = findings(text)
    assert [rule for rule, _ in found] == ["CC306"]
    assert found[0][1] in stated


# A figure "per" a counted thing the population cues do not hold, then a slip in it.
NOUN_FORMS = [
    "The 2,000 seats at the gala sold for $1.2 million in all, or {} per seat.",
    "The district's 300 schools hired 1,200 teachers this year, {} teachers per school.",
    # the total after the figure, a clause between
    "At {} per bed, the 450 beds the ministry ordered last spring will cost 9 million euros.",
    "Across its 80 branches, which it opened since 2015, the bank employs 2,400 staff, about {}"
    " per branch.",
]
NOUN_FORMS += [
    # "for every" and "for each" instead of "per"
    "The county spends $1.5 billion a year on its 500,000 residents, or {} for every resident.",
    "The federation shared 6 million euros among its 1,500 clubs, {} for each club.",
]
NOUN_RIGHT = ["$600", "4", "20,000 euros", "30", "$3,000", "4,000 euros"]
NOUN_WRONG = ["$900", "6", "30,000 euros", "40", "$4,000", "6,000 euros"]


@pytest.mark.parametrize(("form", "figure"), list(zip(NOUN_FORMS, NOUN_RIGHT, strict=True)))
def test_a_figure_per_counted_thing_that_fits_is_read_and_never_flagged(
    form: str, figure: str
) -> None:
    text = form.format(figure)
    assert findings(text) == []
    assert verdicts(text) == ["consistent"]


@pytest.mark.parametrize(("form", "figure"), list(zip(NOUN_FORMS, NOUN_WRONG, strict=True)))
def test_a_slip_in_a_figure_per_counted_thing_is_flagged_at_it(form: str, figure: str) -> None:
    text = form.format(figure)
    found = findings(text)
    assert [rule for rule, _ in found] == ["CC306"]
    assert found[0][1] in figure


@pytest.mark.parametrize(
    "text",
    [
        # no count named by the noun: "per game" with "82 towns"
        "The team drew 1.6 million fans from 82 towns, about 19,500 per game.",
        # two totals of its kind before it: which one is spread is not said
        "The league earned $900 million from TV and $300 million from tickets over its 600"
        " games, $2 million per game.",
        # per share of stock: worked out on an average count, beside other totals
        "Net income rose to $2 billion, and the board declared a dividend of $0.50 per share"
        " on its 1.2 billion shares.",
        "Profit was $3.2 billion, or $1.40 per share, with 2.1 billion shares in issue.",
    ],
)
def test_a_figure_per_counted_thing_without_one_clear_reading_is_not_read(text: str) -> None:
    assert findings(text) == []
    assert verdicts(text) == []


# Several places in one sentence, each with its count, its area and its density: each
# density is read over the count and area stated since the density before it. Then a slip.
SEVERAL_FORMS = [
    "Valletta squeezes 6,000 residents into 0.8 sq km, about 7,500 per sq km, while Gozo"
    " spreads its 33,500 people over 67 sq km, or {} per sq km.",
    "The northern ward, home to 48,000 people on 12 km², packs in 4,000 to the square"
    " kilometre; the southern one houses 21,000 on 35 km², just {} to the square kilometre.",
    "With 90,000 inhabitants spread across 300 square miles, the county averages 300 to the"
    " square mile, against {} people per square mile in its neighbour, whose 260,000"
    " inhabitants share 400 square miles.",
]
SEVERAL_RIGHT = ["500", "600", "650"]
SEVERAL_WRONG = ["800", "900", "560"]
# A bare density a density noun introduces, per unit of the area stated beside it.
DENSITY_FORMS = [
    "The atoll's 12,000 islanders live on 30 square kilometres, a density of {}.",
    "Its 2.4 million residents, crowded onto 1,200 km² of delta, give it a population"
    " density of {}, the highest in the region.",
    "Lying on just 85 square miles, the borough counts 170,000 inhabitants, a density of"
    " roughly {}.",
]
DENSITY_RIGHT = ["400", "2,000", "2,000"]
DENSITY_WRONG = ["700", "1,200", "3,000"]


@pytest.mark.parametrize(
    ("form", "figure"),
    list(zip(SEVERAL_FORMS + DENSITY_FORMS, SEVERAL_RIGHT + DENSITY_RIGHT, strict=True)),
)
def test_a_density_among_others_or_after_a_density_noun_is_read(form: str, figure: str) -> None:
    text = form.format(figure)
    assert findings(text) == []
    assert "consistent" in verdicts(text)
    assert "inconsistent" not in verdicts(text)


@pytest.mark.parametrize(
    ("form", "figure"),
    list(zip(SEVERAL_FORMS + DENSITY_FORMS, SEVERAL_WRONG + DENSITY_WRONG, strict=True)),
)
def test_a_slip_in_a_density_among_others_or_after_a_density_noun_is_flagged_at_it(
    form: str, figure: str
) -> None:
    text = form.format(figure)
    found = findings(text)
    assert [rule for rule, _ in found] == ["CC306"]
    assert found[0][1] in figure


@pytest.mark.parametrize(
    "text",
    [
        # two areas before the density, one of them a part of the other: which it is over is
        # not said; the other density of the sentence still reads
        "The 1,200 km² park, 300 km² of it forest, holds 40,000 people, 33 per km², and the"
        " town beside it 9,000 people on 3 km², or 3,000 per km².",
        # the first digits of a number a space groups: which number is unsure
        "The town beside it has 9,000 people on 3 km², or 3,000 per km². Malta's 520,000 people"
        " on 316 km² give it a density of 1 646.",
    ],
)
def test_a_density_without_one_clear_reading_is_not_read_beside_one_that_is(text: str) -> None:
    assert findings(text) == []
    assert verdicts(text) == ["consistent"]


@st.composite
def two_places(draw: st.DrawFn, *, slip: bool) -> tuple[str, str]:
    """Two places in one sentence, each with its people, its area and its density to the
    unit; with `slip`, the second density off by at least a fifth."""
    cases = []
    for _ in range(2):
        area = draw(st.integers(min_value=20, max_value=5_000))
        density = draw(st.integers(min_value=50, max_value=4_000))
        cases.append((area, area * density + 1, density))
    (area1, people1, density1), (area2, people2, density2) = cases
    if slip:
        density2 = max(1, density2 + max(1, density2 // 5) * draw(st.sampled_from([-2, 2])))
    link = draw(st.sampled_from(["a density of", "or", "about"]))
    cue = "" if link == "a density of" else " per sq km"
    text = (
        f"The first valley holds {people1:,} people on {area1:,} sq km, {link} {density1:,}{cue},"
        f" and the second {people2:,} people on {area2:,} sq km, {link} {density2:,}{cue}."
    )
    return text, f"{density2:,}"


@settings(max_examples=30, deadline=None)
@given(case=two_places(slip=False))
def test_two_densities_in_one_sentence_that_fit_are_read_and_never_flagged(
    case: tuple[str, str],
) -> None:
    text, _ = case
    assert findings(text) == []
    assert verdicts(text) == ["consistent", "consistent"]


@settings(max_examples=30, deadline=None)
@given(case=two_places(slip=True))
def test_a_slip_in_the_second_of_two_densities_is_flagged_at_it(case: tuple[str, str]) -> None:
    text, stated = case
    found = findings(text)
    assert [rule for rule, _ in found] == ["CC306"]
    assert found[0][1] in stated
