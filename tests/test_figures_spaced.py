"""Tests for numbers whose digit groups a space separates ("R86 370 million", "1 234 567")."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimcheck
from claimcheck.extract.figures import find_figures


def values(text: str) -> list[float]:
    return [f.value for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Revenue was R86 370 million last year.", 86_370e6),
        ("The fund holds €12 500 in cash.", 12_500),
        ("They paid 12 500 euros for it.", 12_500),
        ("A bill of 1 500 rand.", 1_500),
        ("Costs reached $1 234 567 this year.", 1_234_567),
        ("The town has 1\u00a0234\u00a0567 people.", 1_234_567),
        ("A road of 3\u202f000 km.", 3_000),
        ("Sales fell to -1 234 EUR.", -1_234),
        ("It cost R1 234.50 in all.", 1_234.5),
        ("The budget is R1 000 million.", 1_000e6),
    ],
)
def test_a_number_grouped_by_spaces_is_one_figure(text: str, value: float) -> None:
    assert values(text) == [pytest.approx(value)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2019 370 people moved away.", [2019, 370]),
        ("See rooms 101 102 on the left.", [101, 102]),
        ("The scores were 3 100 and 5.", [3, 100, 5]),
        ("Pay 12 50 euros.", [12, 50]),  # a group of two digits groups nothing
        ("Pay 1 2345 euros.", [1, 2345]),
        ("It was 12 500\n000 euros.", [12, 500]),  # never across a line break
    ],
)
def test_separate_figures_a_space_divides_stay_separate(text: str, expected: list[float]) -> None:
    assert values(text) == expected


@given(
    st.integers(min_value=1_000, max_value=999_999_999),
    st.sampled_from([" ", "\u00a0", "\u202f"]),
    st.sampled_from(["R{} million", "€{}", "{} euros", "US${} in grants"]),
)
def test_any_number_spelled_with_space_groups_reads_as_with_commas(
    number: int, space: str, shape: str
) -> None:
    spaced = f"{number:,}".replace(",", space)
    assert values(shape.format(spaced)) == values(shape.format(f"{number:,}"))


def test_a_spaced_change_is_read_as_one_change() -> None:
    clean = "Revenue rose 10% to R86 370 million from R78 518 million a year earlier."
    slipped = "Revenue rose 20% to R86 370 million from R78 518 million a year earlier."
    assert not claimcheck.check(clean).findings
    assert [f.rule for f in claimcheck.check(slipped).findings] == ["CC301"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a currency code or sign a space parts from the number
        ("Households kept NOK 409 300 on average.", 409_300),
        ("That comes to EUR 4 971 per capita.", 4_971),
        ("A grant of € 12 500 was paid.", 12_500),
        ("They raised US$ 2 750 000 in all.", 2_750_000),
        ("(SEK 125 800 in taxes)", 125_800),
        # a thin space groups as a no-break one does
        ("The town has 1\u2009234\u2009567 people.", 1_234_567),
        # a decimal comma before a scale word ends the groups
        ("Spending of R1 422,2 billion was approved.", 1_422.2e9),
        ("Municipalities spent EUR 4 334,8 million.", 4_334.8e6),
        ("Debt of 1\u00a0081,45 million euros.", 1_081.45e6),
        # a unit after the groups
        ("Output grew from an estimated 5 660 TWh.", 5_660),
        ("A pipeline of 1 200 km was built.", 1_200),
        # groups no figure could start: no space between them parts two figures
        ("Of a labour force of some 500 000, most farm.", 500_000),
        ("It paid each of 1 000 claimants.", 1_000),
        ("Some 2 050 000 voted.", 2_050_000),
        # a first group no figure could start binds the groups after it too
        ("Hungary counted 4 015 186 households.", 4_015_186),
        ("The fund paid 3 007 250 claims.", 3_007_250),
    ],
)
def test_a_number_grouped_by_spaces_is_one_figure_beside_a_mark_or_a_unit(
    text: str, value: float
) -> None:
    assert values(text) == [pytest.approx(value)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2023 357 people left.", [2023, 357]),
        ("Scores of 12 345 were posted.", [12, 345]),
        ("The 357 900 figure is old.", [357, 900]),
        ("Of 12 345, few remain.", [12, 345]),
        # a lone letter is a mark only glued to its number
        ("Grade R 1 500 pupils", [1, 500]),
        # a word that looks like a mark is none unless it is one
        ("In 1 500 cases", [1, 500]),
        ("The ALL 100 200 index", [100, 200]),
        # a decimal comma without a scale word after it is left alone
        ("It cost NOK 1 234,50 then.", [1]),
        # never across a line break, even after a mark (nor is "500" read: "000" is its)
        ("EUR\n12 500 000", [12]),
        # groups after another number may be its own: which one do they belong to?
        ("In 2023 357 900 euros were paid.", [2023, 357, 900]),
        ("In row 3 1 500 euros are due.", [3, 1, 500]),
        # a run that ends in a way no number does reads as no shorter number, nor as its
        # first group alone
        ("It was 1 000 000,5 in all.", []),
        ("It cost NOK 1\u00a0234,50 then.", []),
        # seven groups are no number; nor are the last six of them
        ("It cost R1 000 000 000 000 000 000 in all.", []),
        ("In 2023 1 000 people left.", [2023]),
        ("Codes 100 200 300 400 500 600 700 euros", [100, 200, 300, 400, 500, 600, 700]),
    ],
)
def test_spaces_that_may_part_separate_figures_group_nothing(
    text: str, expected: list[float]
) -> None:
    assert values(text) == expected


@given(
    st.integers(min_value=1_000, max_value=999_999_999),
    st.integers(min_value=0, max_value=99),
    st.sampled_from([" ", "\u00a0", "\u2009", "\u202f"]),
    st.sampled_from(["R{} million", "EUR {} billion", "NOK {} million", "{} billion euros"]),
)
def test_any_spaced_number_with_a_decimal_comma_before_a_scale_reads_back(
    number: int, hundredths: int, space: str, shape: str
) -> None:
    spaced = f"{number:,}".replace(",", space) + f",{hundredths:02d}"
    pointed = f"{number:,}.{hundredths:02d}"
    assert values(shape.format(spaced)) == values(shape.format(pointed))


@given(
    st.integers(min_value=1_000, max_value=999_999_999),
    st.sampled_from(["NOK", "EUR", "US$", "€", "SEK"]),
)
def test_any_spaced_number_after_a_parted_mark_reads_as_with_commas(number: int, mark: str) -> None:
    spaced = f"{number:,}".replace(",", " ")
    assert values(f"paid {mark} {spaced} in all") == [number]


def test_a_slip_in_a_total_written_with_parted_codes_and_spaces_is_caught() -> None:
    clean = (
        "Norway's households earned NOK 535 100 each: work supplied NOK 357 900, "
        "property NOK 67 400 and transfers NOK 109 800."
    )
    slipped = clean.replace("NOK 109 800", "NOK 119 800")
    assert not claimcheck.check(clean).findings
    (finding,) = claimcheck.check(slipped).findings
    assert finding.rule == "CC303"
    # the sum is written as the writer groups digits
    assert finding.message.startswith("the parts add up to NOK 545 100, not NOK 535 100")


def test_a_slip_in_a_change_written_with_spaced_units_is_caught() -> None:
    clean = "Output should grow by 36%, from an estimated 5 660 TWh in 2015 to 7672 TWh in 2021."
    assert not claimcheck.check(clean).findings
    (finding,) = claimcheck.check(clean.replace("36%", "26%")).findings
    assert finding.rule == "CC301"


@pytest.mark.parametrize(("gap", "read"), [(" ", 40_000), ("\u00a0", 1)])
def test_a_long_run_of_digit_groups_is_read_in_linear_time(gap: str, read: int) -> None:
    """Each group may start a figure; none looks at the whole run after it again. (A
    no-break space only groups digits: its run is one number too long to be one.)"""
    started = time.perf_counter()
    figures = find_figures(f"100{gap}" * 40_000)
    assert len(figures) == read
    assert time.perf_counter() - started < 10  # quadratic reading took minutes


def test_a_round_count_grouped_by_a_plain_space_is_not_read_as_its_first_digit() -> None:
    text = "The fund paid NOK 12 500 to each of 1 000 claimants, a total of NOK 12,5 million."
    assert not claimcheck.check(text).findings
    slipped = text.replace("NOK 12,5 million", "NOK 21,5 million")
    assert [f.rule for f in claimcheck.check(slipped).findings] == ["CC306"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The mines produced 368 371 tonnes of copper.", 368_371),
        ("The road runs 12 345 metres.", 12_345),
        ("The fields cover 711 515 hectares.", 711_515),
    ],
)
def test_digits_grouped_by_a_plain_space_before_a_unit_in_words_are_one_figure(
    text: str, value: int
) -> None:
    assert [f.value for f in find_figures(text)] == [value]


def test_a_change_between_spaced_tonnages_is_checked() -> None:
    clean = "Output should climb 5.4% to 750 000 tonnes this year, from 711 515 tonnes last year."
    assert not claimcheck.check(clean).findings
    slipped = clean.replace("5.4%", "15.4%")
    assert [f.rule for f in claimcheck.check(slipped).findings] == ["CC301"]


def test_a_spaced_count_with_a_zero_group_is_checked_whole() -> None:
    """Read as "186" alone before, the households count left the average unchecked."""
    clean = (
        "Hungary counted 4 015 186 households in 2010, home to 9 805 384 people, an average "
        "of 2.4 persons each."
    )
    assert not claimcheck.check(clean).findings
    (finding,) = claimcheck.check(clean.replace("2.4 persons", "3.4 persons")).findings
    assert finding.rule == "CC306"
    # a ratio of exact counts is shown to the stated figure's precision, not rounded to 2
    assert "is 2.44 each, not 3.4" in finding.message
