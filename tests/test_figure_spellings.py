"""Figures written the way real copy writes them: hyphenated units, plus signs, a bare
"point", dotted Kenyan shillings and the kwacha's "K" where the places support it."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import claimcheck
from claimcheck.extract.figures import find_figures
from claimcheck.extract.proportions import find_proportions
from claimcheck.model.claims import ChangeClaim, MoneyClaim


def _proportions(text: str) -> list[tuple[str, float, str]]:
    return [
        (p.text or "", round(p.value, 6), p.unit)
        for p in find_proportions(text, find_figures(text))
    ]


def _rules(text: str) -> list[str]:
    return [finding.rule for finding in claimcheck.check(text).findings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inflation was 7.9-percent in May.", ("7.9-percent", 7.9, "percent")),
        ("a 25-basis-point cut", ("25-basis-point", 0.25, "percentage_point")),
        ("a 3.5-percentage-point gap", ("3.5-percentage-point", 3.5, "percentage_point")),
        ("up 2-percentage-points", ("2-percentage-points", 2.0, "percentage_point")),
        ("a 50-bps hike", ("50-bps", 0.5, "percentage_point")),
        ("a 12-per-cent rise", ("12-per-cent", 12.0, "percent")),
    ],
)
def test_a_hyphen_between_number_and_unit_keeps_the_unit(
    text: str, expected: tuple[str, float, str]
) -> None:
    assert _proportions(text) == [expected]


@pytest.mark.parametrize("text", ["a 10-point plan", "a 25-point drop in the index"])
def test_a_hyphenated_bare_point_is_a_count_not_a_percentage_point(text: str) -> None:
    assert _proportions(text) == []


@given(st.decimals(min_value=0, max_value=99, places=2, allow_nan=False))
def test_hyphenated_percent_reads_as_the_spaced_one(value: object) -> None:
    spaced = _proportions(f"prices rose {value} percent")
    hyphenated = _proportions(f"prices rose {value}-percent")
    assert [(v, u) for _, v, u in hyphenated] == [(v, u) for _, v, u in spaced]


@pytest.mark.parametrize(
    ("clean", "slip"),
    [
        (
            "The central bank lowered its rate to 4.50% from 5.00%, a 50-basis-point cut.",
            "The central bank lowered its rate to 4.50% from 5.00%, a 25-basis-point cut.",
        ),
        (
            "Unemployment rose to 5.2% from 4.8%, a 0.4-percentage-point increase.",
            "Unemployment rose to 5.2% from 4.8%, a 0.6-percentage-point increase.",
        ),
        (
            "Inflation climbed to 3.5 percent from point-75 percent, a rise of 2.75 points.",
            "Inflation climbed to 3.5 percent from point-75 percent, a rise of 2.25 points.",
        ),
        (
            "Exports grew to 14-point-87 trillion won from 13-point-5 trillion won,"
            " up 1-point-37 trillion won.",
            "Exports grew to 14-point-87 trillion won from 13-point-5 trillion won,"
            " up 1-point-73 trillion won.",
        ),
    ],
)
def test_changes_in_these_spellings_are_checked(clean: str, slip: str) -> None:
    assert _rules(clean) == []
    assert _rules(slip) == ["CC301"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Growth was point-75 percent.", 0.75),
        ("rates rose point five percent", 0.5),
        ("a point-5 billion deal", 0.5e9),
        ("profit of two-point-43 trillion won", 2.43e12),
    ],
)
def test_a_bare_point_before_a_percent_or_scale_is_a_decimal(text: str, value: float) -> None:
    figures = find_figures(text)
    assert [f.value for f in figures] == [pytest.approx(value)]
    assert "point" in figures[0].digits.lower()


@pytest.mark.parametrize("text", ["at match point 5 he served", "the point 5 of them"])
def test_a_bare_point_without_a_unit_is_no_decimal(text: str) -> None:
    assert [f.value for f in find_figures(text)] == [5.0]


@pytest.mark.parametrize(
    ("text", "value", "digits"),
    [
        ("Payrolls rose +264,000 in May.", 264_000.0, "264,000"),
        ("output (+1.5%) rose", 1.5, "1.5"),
        ("GDP fell -0.3% in the quarter.", -0.3, "-0.3"),
        ("Output fell −1.2 per cent.", -1.2, "−1.2"),
    ],
)
def test_a_sign_is_read_with_its_figure(text: str, value: float, digits: str) -> None:
    (figure,) = find_figures(text)
    assert (figure.value, figure.digits) == (value, digits)
    assert text[figure.start] in "+-−"


def test_a_plus_between_digits_is_arithmetic_not_a_sign() -> None:
    assert [f.value for f in find_figures("1+2=3")] == [1.0, 2.0, 3.0]


@pytest.mark.parametrize(
    "text",
    [
        "In Nairobi, the Kenyan Treasury spent Kshs. 130 billion.",
        "In Nairobi, the Kenyan Treasury spent KShs. 130 billion.",
        "In Nairobi, the Kenyan Treasury spent Ksh. 130 billion.",
    ],
)
def test_dotted_kenyan_shillings_are_money(text: str) -> None:
    (claim,) = [c for c in claimcheck.extract(text) if isinstance(c, MoneyClaim)]
    assert claim.amount.currency == "KES"
    assert claim.amount.value == 130e9


def test_a_dotted_kenyan_shilling_conversion_is_checked() -> None:
    clean = "In Nairobi, the Kenyan Treasury spent Kshs. 130 billion ($1 billion) in 2023."
    assert _rules(clean) == []
    assert _rules(clean.replace("$1 billion", "$2 billion")) == ["CC101"]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Zambia's treasury set aside K20 billion for roads.", "ZMW"),
        ("Malawi set aside K120 billion for farm inputs.", "MWK"),
    ],
)
def test_k_is_the_kwacha_where_the_places_support_it(text: str, currency: str) -> None:
    (claim,) = [c for c in claimcheck.extract(text) if isinstance(c, MoneyClaim)]
    assert claim.amount.currency == currency


@pytest.mark.parametrize(
    "text",
    [
        "The K2 expedition cost 5 million dollars.",
        "K-pop sales hit 5 billion won.",
        "He bought a K9 unit for 20 million dollars.",
    ],
)
def test_k_is_no_currency_without_a_kwacha_place(text: str) -> None:
    money = [c for c in claimcheck.extract(text) if isinstance(c, MoneyClaim)]
    assert all(not (c.amount.text or "").startswith("K") for c in money)


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        ("pay climbed by 6 cents to $25.79", 0.06, "6 cents"),
        ("a fare of 75 Cents in $ terms", 0.75, "75 Cents"),
        ("Petrol costs 12.5 pence more than a year ago, at £1.45.", 0.125, "12.5 pence"),
        ("a stamp now costs fifty pence", 0.5, "fifty pence"),
        ("Shares rose to 204p; the group is worth £15bn.", 2.04, "204p"),
    ],
)
def test_cents_and_pence_are_hundredths(text: str, value: float, span: str) -> None:
    (figure,) = [f for f in find_figures(text) if text[f.start : f.end] == span]
    assert figure.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "Shares rose to 204p.",  # no pound sign: a glued "p" is not read as pence
        "It sold for 99c each, or $1.98 for two.",
        "a 1080p screen for £200",
        "a 720P camera for £90",
        "the G6p enzyme, £5 a test",
        "not a penny more",
        "It was 30C in the shade, $5 a bottle.",
    ],
)
def test_a_glued_letter_is_no_hundredth_where_a_reader_could_disagree(text: str) -> None:
    assert all(f.multiplier != 0.01 for f in find_figures(text))


def test_a_change_in_cents_is_a_change_of_hundredths_of_the_dollar() -> None:
    clean = "Hourly pay climbed by 6 cents to $25.79 from $25.73 in September."
    assert _rules(clean) == []
    slipped = claimcheck.check(clean.replace("$25.73", "$25.37")).findings
    assert [f.rule for f in slipped] == ["CC301"]
    assert "42 cents" in slipped[0].message


def test_a_change_in_pence_is_checked() -> None:
    clean = "Shares in the grocer rose 12 pence to 204 pence from 192 pence; it is worth £15bn."
    assert _rules(clean) == []
    assert _rules(clean.replace("rose 12 pence", "rose 21 pence")) == ["CC301"]


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("The target range is 4.5-4.75% now.", "4.5-4.75%", 4.45, 4.755),
        ("a band of 4.5 – 4.75 per cent", "4.5 – 4.75 per cent", 4.45, 4.755),
        ("Growth of between 3% and 4% is expected.", "3% and 4%", 2.5, 4.5),
        ("Output may fall 3-4 percentage points.", "3-4 percentage points", 2.5, 4.5),
    ],
)
def test_a_range_is_one_interval_from_low_to_high(
    text: str, span: str, low: float, high: float
) -> None:
    (proportion,) = [p for p in find_proportions(text, find_figures(text))]
    assert proportion.text == span
    assert (proportion.low, proportion.high) == (pytest.approx(low), pytest.approx(high))
    changes = [c for c in claimcheck.extract(text) if isinstance(c, ChangeClaim)]
    assert all(c.from_value is None and c.to_value is None for c in changes)


@pytest.mark.parametrize(
    "text",
    [
        "The score was 3-2% of the vote.",  # falling ends are no range
        "Support was between 5% and 4%.",
        "Prices rose 3% and wages 4%.",  # no "between"
    ],
)
def test_figures_that_are_no_range_stay_apart(text: str) -> None:
    proportions = find_proportions(text, find_figures(text))
    assert proportions
    assert all(p.low == pytest.approx(p.value - 0.5) for p in proportions)


def test_a_change_between_ranges_compares_their_intervals() -> None:
    clean = "The Fed raised rates to 4.5-4.75%, up 25 basis points from 4.25-4.5%."
    assert _rules(clean) == []
    assert _rules(clean.replace("up 25 basis", "up 125 basis")) == ["CC301"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("half a point", 0.5, "percentage_point"),
        ("half a percentage point", 0.5, "percentage_point"),
        ("a quarter percentage point", 0.25, "percentage_point"),
        ("a quarter of a point", 0.25, "percentage_point"),
        ("three-quarters of a percentage point", 0.75, "percentage_point"),
        ("a tenth of a percentage point", 0.1, "percentage_point"),
        ("half a basis point", 0.005, "percentage_point"),
    ],
)
def test_a_fraction_of_a_unit_is_a_size(text: str, value: float, unit: str) -> None:
    (size,) = find_proportions(text, find_figures(text))
    assert (size.text, size.value, size.unit) == (text, pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("clean", "slip"),
    [
        (
            "Rates fell half a point to 4.50% from 5.00%.",
            "Rates fell a quarter point to 4.50% from 5.00%.",
        ),
        (
            "Rates fell a quarter percentage point to 4.75% from 5.00%.",
            "Rates fell half a percentage point to 4.75% from 5.00%.",
        ),
        (
            "Rates rose three-quarters of a percentage point to 5.75% from 5.00%.",
            "Rates rose three-quarters of a percentage point to 5.50% from 5.00%.",
        ),
    ],
)
def test_changes_by_a_fraction_of_a_point_are_checked(clean: str, slip: str) -> None:
    assert _rules(clean) == []
    assert _rules(slip) == ["CC301"]


@pytest.mark.parametrize(
    ("text", "share"),
    [("a third of voters", 100 / 3), ("half the 10-point plan", 50.0)],
)
def test_a_fraction_of_a_noun_stays_a_share(text: str, share: float) -> None:
    (proportion,) = find_proportions(text, find_figures(text))
    assert (proportion.value, proportion.unit) == (pytest.approx(share), "percent")


@pytest.mark.parametrize("text", ["Russia paid 500 RUR.", "Sberbank earned RUR 1.2 billion."])
def test_rur_is_the_ruble(text: str) -> None:
    (claim,) = [c for c in claimcheck.extract(text) if isinstance(c, MoneyClaim)]
    assert claim.amount.currency == "RUB"


def test_a_rur_conversion_is_checked() -> None:
    clean = "In Moscow the bank earned RUR 90 billion ($1 billion) in 2023."
    assert _rules(clean) == []
    assert _rules(clean.replace("$1 billion", "$3 billion")) == ["CC101"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("two and a half million people", 2.5e6),
        ("one and a half times the 2019 level", 1.5),
        ("one and a quarter billion dollars", 1.25e9),
        ("six and a half per cent", 6.5),
        ("two and a half years", 2.5),
    ],
)
def test_and_a_half_is_part_of_the_number(text: str, value: float) -> None:
    assert find_figures(text)[0].value == pytest.approx(value)


def test_a_halfpenny_is_no_half() -> None:
    assert [f.value for f in find_figures("two and a halfpenny")] == [2.0]


_ONES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]  # fmt: skip
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = [(10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand")]


def _below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    if rest < 20:
        tens = _ONES[rest]
    else:
        tens = _TENS[rest // 10] + (f"-{_ONES[rest % 10]}" if rest % 10 else "")
    if not hundreds:
        return tens
    return f"{_ONES[hundreds]} hundred" + (f" and {tens}" if rest else "")


def _in_words(n: int, comma: bool) -> str:
    """`n` spelled as a cheque or a budget bill spells it, one group per scale word."""
    groups = []
    for size, name in _SCALES:
        count, n = divmod(n, size)
        if count:
            groups.append(f"{_below_thousand(count)} {name}")
    if n:
        groups.append(_below_thousand(n))
    return (", " if comma else " ").join(groups)


@given(st.integers(1, 999_999), st.integers(0, 999_999), st.booleans())
def test_a_number_in_words_written_in_groups_is_one_figure(
    millions: int, rest: int, comma: bool
) -> None:
    # a last group of units follows "thousand" ("four million, two" may be 4 million and 2)
    assume(rest >= 1000 or rest == 0)
    assume(rest % 1000 != 1)  # a lone "one" is no figure ("one of them"): "thousand and one"
    number = millions * 10**6 + rest
    spelled = _in_words(number, comma)
    assert [f.value for f in find_figures(f"The bill sets out {spelled} naira.")] == [number]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Of the four million, two were lost.", [4e6, 2]),  # a bare group after millions
        ("Two million, three million and five million were pledged.", [2e6, 3e6, 5e6]),
        ("One million people, two hundred thousand homes.", [1e6, 2e5]),
    ],
)
def test_figures_in_words_that_are_not_one_number_stay_apart(
    text: str, values: list[float]
) -> None:
    assert [f.value for f in find_figures(text)] == values


def test_a_restatement_in_grouped_words_is_checked() -> None:
    clean = "The grant is one million, two hundred thousand dollars ($1.2 million)."
    assert _rules(clean) == []
    assert _rules(clean.replace("two hundred", "five hundred")) == ["CC305"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The deficit narrowed to $169-million.", 169e6),
        ("Exports rose to $38.1-billion in October.", 38.1e9),
        ("It sealed a $1.5-billion deal.", 1.5e9),
    ],
)
def test_a_scale_word_after_a_hyphen_scales_its_figure(text: str, value: float) -> None:
    assert [f.value for f in find_figures(text)] == [pytest.approx(value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Output reached 4 million 965,000 bags.", 4_965_000),
        ("Exports rose to one million 204,000 bags.", 1_204_000),
        ("The census counted 2 billion 150,000 people.", 2_000_150_000),
    ],
)
def test_grouped_digits_go_on_from_a_whole_number_of_millions(text: str, value: int) -> None:
    (claim,) = claimcheck.extract(text)
    assert claim.amount.value == value


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("It had 4 million, 965,000 of them new.", [4_000_000, 965_000]),  # a comma parts them
        ("about 4.5 million 965,000", [4_500_000, 965_000]),  # no whole number of millions
        ("4 million 965 people", [4_000_000, 965]),  # no group of thousands
    ],
)
def test_digits_after_a_scale_word_join_only_as_spoken_copy_writes_them(
    text: str, values: list[int]
) -> None:
    assert [f.value for f in find_figures(text)] == values


def test_a_change_between_two_spoken_figures_is_checked() -> None:
    clean = (
        "Output has reached 4 million 965,000 bags, 1.8% below the 5 million 58,000 bags of a"
        " year before."
    )
    assert [f.rule for f in claimcheck.check(clean).findings] == []
    assert [f.rule for f in claimcheck.check(clean.replace("1.8%", "2.8%")).findings] == ["CC301"]
