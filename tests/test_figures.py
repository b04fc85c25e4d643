"""Tests for reading figures, their precision, scales and hedges out of news text."""

from __future__ import annotations

import math

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimcheck.extract.figures import Figure, Hedge, apply_hedge, find_figures, read_hedge
from claimcheck.interval import Interval
from claimcheck.reference.scales import SCALES, scale_word_for


def spans(text: str) -> list[str]:
    return [text[f.start : f.end] for f in find_figures(text)]


def only(text: str) -> Figure:
    figures = find_figures(text)
    assert len(figures) == 1, spans(text)
    return figures[0]


def hedge_of(text: str, figure: Figure) -> Hedge | None:
    found = read_hedge(text, figure.start)
    return found[0] if found else None


def assert_interval(interval: Interval, low: float, high: float) -> None:
    assert interval.low == pytest.approx(low, rel=1e-12)
    assert interval.high == pytest.approx(high, rel=1e-12)


# --- digits, precision and scales -------------------------------------------------------

READINGS = [
    # text, span, value, low, high, scale, hedge
    (
        "Japan pledged 11.5 trillion JPY in aid.",
        "11.5 trillion",
        1.15e13,
        1.145e13,
        1.155e13,
        "trillion",
        None,
    ),
    ("worth 1.6 trillion USD", "1.6 trillion", 1.6e12, 1.55e12, 1.65e12, "trillion", None),
    ("Inflation was 14.2 per cent.", "14.2", 14.2, 14.15, 14.25, None, None),
    ("the ratio stood at 1.60 in March", "1.60", 1.6, 1.595, 1.605, None, None),
    ("650 workers were laid off", "650", 650, 645, 655, None, None),
    ("It employs 1,800 people.", "1,800", 1800, 1750, 1850, None, None),
    ("100 villages flooded", "100", 100, 95, 105, None, None),
    ("2,000 homes were lost", "2,000", 2000, 1950, 2050, None, None),
    ("20 schools closed", "20", 20, 19.5, 20.5, None, None),
    ("2 ministers resigned", "2", 2, 1.5, 2.5, None, None),
    ("1,210 cases were confirmed", "1,210", 1210, 1205, 1215, None, None),
    ("a crowd of 12,500 fans", "12,500", 12500, 12450, 12550, None, None),
    (
        "The census counted 2,130,456 residents.",
        "2,130,456",
        2130456,
        2130455.5,
        2130456.5,
        None,
        None,
    ),
    (
        "a turnover of ₹12,48,730.55",
        "12,48,730.55",
        1248730.55,
        1248730.545,
        1248730.555,
        None,
        None,
    ),
    (
        "revenue of 41-point-26 billion dollars",
        "41-point-26 billion",
        41.26e9,
        41.255e9,
        41.265e9,
        "billion",
        None,
    ),
    ("a deal worth $5 bn", "5 bn", 5e9, 4.5e9, 5.5e9, "bn", None),
    ("it raised 318.5million euros", "318.5million", 318.5e6, 318.45e6, 318.55e6, "million", None),
    ("a £1.6tn economy", "1.6tn", 1.6e12, 1.55e12, 1.65e12, "tn", None),
    ("orders for €270M", "270M", 270e6, 265e6, 275e6, "M", None),
    ("a $5b bond sale", "5b", 5e9, 4.5e9, 5.5e9, "b", None),
    ("a £5m grant", "5m", 5e6, 4.5e6, 5.5e6, "m", None),
    ("salaries of $120k", "120k", 120e3, 115e3, 125e3, "k", None),
    ("The fund holds INR 640.5 Cr in bonds.", "640.5 Cr", 6.405e9, 6.4045e9, 6.4055e9, "Cr", None),
    ("a 2.5 crore grant", "2.5 crore", 2.5e7, 2.45e7, 2.55e7, "crore", None),
    ("Rs 3 lakh compensation", "3 lakh", 3e5, 2.5e5, 3.5e5, "lakh", None),
    ("5 lacs", "5 lacs", 5e5, 4.5e5, 5.5e5, "lacs", None),
    ("a ₹1.5 lakh crore package", "1.5 lakh crore", 1.5e12, 1.45e12, 1.55e12, "lakh crore", None),
    # hyphenated, as Indian papers also write it: never "1.5 lakh" and a stray word
    ("a ₹1.5 lakh-crore package", "1.5 lakh-crore", 1.5e12, 1.45e12, 1.55e12, "lakh-crore", None),
    (
        "50 thousand crore rupees",
        "50 thousand crore",
        5e11,
        4.95e11,
        5.05e11,
        "thousand crore",
        None,
    ),
    ("2.4 Billion people", "2.4 Billion", 2.4e9, 2.35e9, 2.45e9, "Billion", None),
    ("some 3.2 mln barrels", "3.2 mln", 3.2e6, 3.15e6, 3.25e6, "mln", Hedge.APPROX),
    ("exports of $4.1 bln", "4.1 bln", 4.1e9, 4.05e9, 4.15e9, "bln", None),
    ("debt of 1.1 trn yuan", "1.1 trn", 1.1e12, 1.05e12, 1.15e12, "trn", None),
    ("China's RMB48.2 billion stimulus", "48.2 billion", 48.2e9, 48.15e9, 48.25e9, "billion", None),
    ("priced at Rp15,210 a share", "15,210", 15210, 15205, 15215, None, None),
    ("a fine of Rs.500", "500", 500, 495, 505, None, None),
    ("US$61.2 billion", "61.2 billion", 61.2e9, 61.15e9, 61.25e9, "billion", None),
    ("Temperatures fell to -5 degrees", "-5", -5, -5.5, -4.5, None, None),
    ("a margin of (−3.2%)", "−3.2", -3.2, -3.25, -3.15, None, None),
    (
        "approximately 1.6 trillion USD",
        "1.6 trillion",
        1.6e12,
        1.55e12,
        1.65e12,
        "trillion",
        Hedge.APPROX,
    ),
    ("more than 2,000 homes", "2,000", 2000, 1950, 2050, None, Hedge.ABOVE),
    ("up to 1.5 lakh crore", "1.5 lakh crore", 1.5e12, 1.45e12, 1.55e12, "lakh crore", Hedge.BELOW),
    (
        "nearly 41-point-26 billion",
        "41-point-26 billion",
        41.26e9,
        41.255e9,
        41.265e9,
        "billion",
        Hedge.NEARLY,
    ),
]


MULTIPLIERS = {
    None: 1.0,
    "k": 1e3,
    "thousand": 1e3,
    "lakh": 1e5,
    "lacs": 1e5,
    "M": 1e6,
    "m": 1e6,
    "million": 1e6,
    "mln": 1e6,
    "crore": 1e7,
    "Cr": 1e7,
    "thousand crore": 1e10,
    "b": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "billion": 1e9,
    "Billion": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    "lakh crore": 1e12,
    "lakh-crore": 1e12,
}


@pytest.mark.parametrize(("text", "span", "value", "low", "high", "scale", "hedge"), READINGS)
def test_reads_value_interval_span_scale_and_hedge(
    text: str,
    span: str,
    value: float,
    low: float,
    high: float,
    scale: str | None,
    hedge: Hedge | None,
) -> None:
    figure = only(text)
    assert text[figure.start : figure.end] == span
    assert figure.value == pytest.approx(value, rel=1e-12)
    assert_interval(figure.interval, low, high)
    assert figure.scale == scale
    assert figure.multiplier == MULTIPLIERS[scale]
    assert not figure.word
    assert hedge_of(text, figure) == hedge


def test_digits_are_as_written() -> None:
    text = "₹12,48,730.55 and 41-point-26 billion and -7"
    assert [f.digits for f in find_figures(text)] == ["12,48,730.55", "41-point-26", "-7"]


def test_decimal_trailing_zeros_count() -> None:
    assert_interval(only("1.600").interval, 1.5995, 1.6005)


def test_spaced_list_is_several_numbers() -> None:
    assert spans("Sections 4, 7 and 9 apply.") == ["4", "7", "9"]


def test_badly_grouped_commas_are_not_figures() -> None:
    assert spans("scores of 4,7 and 1,2345 and 1,000,00 and 0,5") == []


@pytest.mark.parametrize("text", ["1.234,5", "1,234.5,6", "v1.2.3", "12.05.2024"])
def test_european_decimals_and_dotted_numbers_are_not_figures(text: str) -> None:
    assert find_figures(text) == []


def test_scale_must_end_at_word_boundary() -> None:
    figure = only("5 millionaires")
    assert (figure.value, figure.scale) == (5, None)


@pytest.mark.parametrize("text", ["5 m", "5 Mbps", "5 K", "5 B"])
def test_single_letter_scale_must_be_glued(text: str) -> None:
    figure = only(text)
    assert (text[figure.start : figure.end], figure.scale, figure.value) == ("5", None, 5)


@pytest.mark.parametrize("text", ["5mg", "5ms", "5G", "3D", "A380", "3rd", "21st", "the 1990s"])
def test_digits_glued_to_letters_on_the_right_are_not_figures(text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize("text", ["COVID-19", "abc123", "pre-2020", "G20", "Q3", "var_5"])
def test_identifiers_are_not_figures(text: str) -> None:
    assert find_figures(text) == []


def test_short_capitalised_prefix_is_a_currency() -> None:
    assert spans("FY2024 and KSh500") == ["2024", "500"]


@pytest.mark.parametrize("text", ["at 10:30 today", "a 1/2 share", "open 24/7", "on 12/05/2024"])
def test_times_and_slashed_numbers_are_not_figures(text: str) -> None:
    assert find_figures(text) == []


def test_urls_and_emails_are_skipped() -> None:
    text = "See https://example.com/2024/report-5 or @user2024 and www.site9.com, not 7"
    assert spans(text) == ["7"]


def test_minus_is_a_sign_only_after_space_start_or_parenthesis() -> None:
    assert [f.value for f in find_figures("-4 and (-3) and 5-10 and x -2")] == [-4, -3, 5, 10, -2]


def test_ascii_digits_only() -> None:
    assert find_figures("٣٤ and １２") == []


def test_looks_like_year() -> None:
    years = {
        f.digits: f.looks_like_year for f in find_figures("In 2024, 2,024 and 2024.5 and 1799")
    }
    assert years == {"2024": True, "2,024": False, "2024.5": False, "1799": False}
    assert not only("2024 million").looks_like_year
    assert not only("-2024").looks_like_year


def test_overlong_digit_runs_are_not_figures() -> None:
    assert find_figures("account 1234567890123456789") == []


# --- number words -----------------------------------------------------------------------

WORDS = [
    # text, span, value, low, high, scale
    ("three trillion yen", "three trillion", 3e12, 2.5e12, 3.5e12, "trillion"),
    ("Twenty-five people died", "Twenty-five", 25, 24.5, 25.5, None),
    ("ninety nine days", "ninety nine", 99, 98.5, 99.5, None),
    ("seven schools", "seven", 7, 6.5, 7.5, None),
    ("nineteen children", "nineteen", 19, 18.5, 19.5, None),
    ("twenty officers", "twenty", 20, 19.5, 20.5, None),
    ("three hundred troops", "three hundred", 300, 295, 305, None),
    ("a hundred days", "a hundred", 100, 95, 105, None),
    ("one hundred and twenty-five", "one hundred and twenty-five", 125, 124.5, 125.5, None),
    ("two thousand jobs", "two thousand", 2000, 1500, 2500, "thousand"),
    ("a million people", "a million", 1e6, 0.95e6, 1.05e6, "million"),
    ("half a million homes", "half a million", 5e5, 4.5e5, 5.5e5, "million"),
    ("a billion dollars", "a billion", 1e9, 0.95e9, 1.05e9, "billion"),
    ("one million doses", "one million", 1e6, 0.5e6, 1.5e6, "million"),
    ("a dozen countries", "a dozen", 12, 11.5, 12.5, None),
    ("half a dozen reports", "half a dozen", 6, 5.5, 6.5, None),
    ("twenty-five million", "twenty-five million", 25e6, 24.5e6, 25.5e6, "million"),
]


@pytest.mark.parametrize(("text", "span", "value", "low", "high", "scale"), WORDS)
def test_reads_number_words(
    text: str, span: str, value: float, low: float, high: float, scale: str | None
) -> None:
    figure = only(text)
    assert text[figure.start : figure.end] == span
    assert figure.value == pytest.approx(value)
    assert_interval(figure.interval, low, high)
    assert figure.scale == scale
    assert figure.word
    assert not figure.looks_like_year


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("one of the largest", []),
        ("a deal", []),
        ("One-ninth of the budget", []),
        ("two-thirds of voters", []),
        ("a third of homes", []),
        ("three quarters of staff", []),
        ("the first time", []),
        ("the twenty-first century", []),
        ("someone often canine", []),
        ("three in four adults", ["four"]),
        ("one in nine adults", ["nine"]),
        ("two in 10 voters", ["10"]),
    ],
)
def test_lone_one_fractions_ratios_and_ordinals_are_skipped(text: str, found: list[str]) -> None:
    assert spans(text) == found


# --- hedges -------------------------------------------------------------------------------

HEDGED = [
    ("about 5 million", Hedge.APPROX),
    ("around 5 million", Hedge.APPROX),
    ("approximately 1.6 trillion", Hedge.APPROX),
    ("roughly 40", Hedge.APPROX),
    ("some 5,000 people", Hedge.APPROX),
    ("an estimated 3 million", Hedge.APPROX),
    ("circa 1850", Hedge.APPROX),
    ("c. 1850", Hedge.APPROX),
    ("~5", Hedge.APPROX),
    ("≈5.4", Hedge.APPROX),
    ("≈ 5.4", Hedge.APPROX),
    ("just about 9", Hedge.APPROX),
    ("as much as 4 billion dollars", Hedge.APPROX),
    ("as many as 300", Hedge.APPROX),
    ("more than 200 people", Hedge.ABOVE),
    ("over 40", Hedge.ABOVE),
    ("at least 12", Hedge.ABOVE),
    ("above 3", Hedge.ABOVE),
    ("upwards of 10,000", Hedge.ABOVE),
    ("in excess of 2 bn", Hedge.ABOVE),
    ("exceeding 7", Hedge.ABOVE),
    ("just over 8", Hedge.ABOVE),
    ("north of 1 billion", Hedge.ABOVE),
    ("no less than 4", Hedge.ABOVE),
    ("no fewer than 4", Hedge.ABOVE),
    ("less than 5", Hedge.BELOW),
    ("under 18", Hedge.BELOW),
    ("up to 20", Hedge.BELOW),
    ("below 2", Hedge.BELOW),
    ("fewer than 100", Hedge.BELOW),
    ("at most 3", Hedge.BELOW),
    ("no more than 3", Hedge.BELOW),
    ("nearly 3 million", Hedge.NEARLY),
    ("almost 50", Hedge.NEARLY),
    ("close to 90", Hedge.NEARLY),
    ("nigh on 30", Hedge.NEARLY),
    ("just under 6", Hedge.NEARLY),  # close below it, not anywhere below
    ("just below 2 million", Hedge.NEARLY),
    ("Nearly  three million", Hedge.NEARLY),
    ("ROUGHLY 40", Hedge.APPROX),
    ("approx. 40", Hedge.APPROX),
]


@pytest.mark.parametrize(("text", "hedge"), HEDGED)
def test_reads_hedge_before_figure(text: str, hedge: Hedge) -> None:
    figure = find_figures(text)[0]
    assert read_hedge(text, figure.start) == (hedge, 0)


def test_read_hedge_returns_start_of_hedge() -> None:
    text = "The ministry spent more than 5 billion."
    assert read_hedge(text, text.index("5")) == (Hedge.ABOVE, text.index("more"))


@pytest.mark.parametrize("text", ["hover 5", "awesome 5", "etc. 5", "moreover 5", "5", "the 5"])
def test_hedge_must_be_a_whole_word(text: str) -> None:
    assert read_hedge(text, text.index("5")) is None


def test_hedge_is_found_after_long_text() -> None:
    text = "x" * 100 + " over 5"
    assert read_hedge(text, len(text) - 1) == (Hedge.ABOVE, 101)


def test_apply_hedge() -> None:
    stated = only("1.6 trillion").interval
    assert apply_hedge(stated, None) == stated
    assert_interval(apply_hedge(stated, Hedge.APPROX), 1.5e12, 1.7e12)
    assert apply_hedge(stated, Hedge.ABOVE) == Interval(stated.low, math.inf)
    assert apply_hedge(stated, Hedge.BELOW) == Interval(0.0, stated.high)
    assert_interval(apply_hedge(stated, Hedge.NEARLY), 1.44e12, 1.65e12)


def test_approx_widens_to_at_least_two_percent() -> None:
    assert_interval(apply_hedge(only("1,210").interval, Hedge.APPROX), 1185.8, 1234.2)


def test_nearly_keeps_a_looser_stated_low() -> None:
    assert_interval(apply_hedge(only("2").interval, Hedge.NEARLY), 1.5, 2.5)


def test_hedges_on_negative_values() -> None:
    stated = only("-5").interval
    assert apply_hedge(stated, Hedge.BELOW) == Interval(-math.inf, -4.5)
    assert_interval(apply_hedge(stated, Hedge.NEARLY), -5.5, -4.5)
    assert_interval(apply_hedge(only("-50").interval, Hedge.NEARLY), -50.5, -45)


def test_scale_word_for() -> None:
    assert scale_word_for(1e9) == "billion"
    assert scale_word_for(1e5) == "lakh"
    assert scale_word_for(1e12) == "trillion"
    assert scale_word_for(1.0) is None
    assert all(scale_word_for(factor) == word for word, factor in SCALES.items())


# --- adversarial input --------------------------------------------------------------------

ADVERSARIAL = [
    "9" * 200_000,
    "1," * 100_000,
    "1." * 100_000,
    "-" * 200_000,
    "−" * 200_000,
    "1,000," * 33_000,
    "0" * 200_000,
    "x1" * 100_000,
    "a " * 100_000,
    "@" * 200_000,
    "https://" * 25_000,
    "1" + " " * 200_000 + "million",
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda text: repr(text[:8]))
def test_adversarial_input_finishes(text: str) -> None:
    assert len(find_figures(text)) <= 1


def test_many_figures_are_all_found() -> None:
    assert len(find_figures("1 " * 20_000)) == 20_000


# --- properties ---------------------------------------------------------------------------

WRITTEN_SCALES = [
    ("", 1.0),
    (" million", 1e6),
    ("million", 1e6),
    (" bn", 1e9),
    ("bn", 1e9),
    ("M", 1e6),
    ("k", 1e3),
    (" trillion", 1e12),
    (" crore", 1e7),
    (" lakh", 1e5),
    (" Cr", 1e7),
    (" thousand", 1e3),
]


@given(
    value=st.floats(min_value=0, max_value=999_999, allow_nan=False),
    decimals=st.integers(min_value=0, max_value=3),
    written_scale=st.sampled_from(WRITTEN_SCALES),
    grouped=st.booleans(),
    prefix=st.sampled_from(["", "$", "US$", "€", "Rs.", "RMB", "INR ", "about "]),
)
def test_written_values_read_back(
    value: float,
    decimals: int,
    written_scale: tuple[str, float],
    grouped: bool,
    prefix: str,
) -> None:
    scale, multiplier = written_scale
    number = f"{value:,.{decimals}f}" if grouped else f"{value:.{decimals}f}"
    written = number + scale
    text = f"The figure was {prefix}{written}, officials said."
    figure = only(text)
    assert text[figure.start : figure.end] == written
    assert figure.multiplier == multiplier
    assert value * multiplier in figure.interval.widen(1e-12)


@given(st.text())
def test_never_raises_and_spans_are_ordered(text: str) -> None:
    end = 0
    for figure in find_figures(text):
        assert end <= figure.start < figure.end <= len(text)
        assert figure.interval.low <= figure.value <= figure.interval.high
        end = figure.end


@settings(max_examples=1000)
@given(st.text(alphabet="0123456789,.-− kmbMBKilonthusadcre", max_size=60))
@example("K1 000")  # a currency mark glued before digits a plain space groups
def test_number_like_text_gives_consistent_figures(text: str) -> None:
    end = 0
    for figure in find_figures(text):
        assert end <= figure.start < figure.end <= len(text)
        assert text[figure.start : figure.end].startswith(figure.digits)
        assert figure.interval.low <= figure.value <= figure.interval.high
        end = figure.end


@given(
    value=st.floats(min_value=0.001, max_value=1e12),
    spread=st.floats(min_value=0, max_value=1),
    hedge=st.sampled_from(list(Hedge)),
)
def test_hedges_only_widen_positive_figures(value: float, spread: float, hedge: Hedge) -> None:
    stated = Interval(value * (1 - spread), value * (1 + spread))
    hedged = apply_hedge(stated, hedge)
    assert hedged.low <= stated.low
    assert hedged.high >= stated.high


def test_a_hedge_in_any_unicode_case_form_is_read() -> None:
    text = "ſome 5 billion"  # the long s folds to "some"
    assert read_hedge(text, text.index("5")) == (Hedge.APPROX, 0)


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("K1 000", "1 000", 1_000),
        ("a fee of R12 500 a month", "12 500", 12_500),
        ("R86 370 million", "86 370", 86_370e6),
        ("1\u00a0234\u00a0567 euros", "1\u00a0234\u00a0567", 1_234_567),
        ("-1\u202f250 tonnes", "-1\u202f250", -1_250),
    ],
)
def test_digits_spaces_group_are_kept_as_written(text: str, written: str, value: float) -> None:
    (figure,) = find_figures(text)
    assert figure.digits == written
    assert text[figure.start : figure.end].startswith(written)
    assert figure.value == pytest.approx(value)
