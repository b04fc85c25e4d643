"""Currency conversions clean copy writes, read without false alarms.

A currency name several currencies share ("kroner", "dirhams", "dinars") is resolved by the
document's places; where nothing decides, a conversion that fits one of its readings is no
finding, and one that fits none still is. Two conversions conflict (CC106) only when each
one's period is stated for it and the periods overlap.

Converted amounts come from the bundled reference table, never typed in.
"""

from __future__ import annotations

import pytest

from claimcheck import api
from claimcheck.model.claims import ConversionClaim
from claimcheck.period import Period
from claimcheck.reference.currencies import DATA_NAMES, NAMES
from claimcheck.reference.rates import RateTable
from claimcheck.report import DocumentReport

RATES = RateTable.bundled()


def at_rate(amount: float, source: str, year: int, target: str = "USD") -> float:
    """`amount` of `source` in `target` at the year's mean reference rate."""
    rate = RATES.cross(source, target, Period.year(year))
    assert rate is not None
    return amount / rate.mean


def check(text: str, date: str = "2023-06-30") -> DocumentReport:
    (document,) = api.check(text, date=date).documents
    return document


def findings(text: str, date: str = "2023-06-30") -> list[tuple[str, str]]:
    """Each finding's rule and the text it marks."""
    return [(f.rule, text[f.start : f.end]) for f in check(text, date).findings]


def readings(text: str, date: str = "2023-06-30") -> list[tuple[str, str] | None]:
    """The currencies each conversion was judged in."""
    document = check(text, date)
    return [
        document.verdict(claim).reading
        for claim in document.claims
        if isinstance(claim, ConversionClaim)
    ]


# --- a shared currency name, resolved by the document's places -----------------------------

# (story with {} where the dollars go; the amount in the local currency; its code; the year)
PLACED = [
    (
        "CASABLANCA - Exporters earned 48 billion dirhams (${:.1f} billion) in 2022.",
        48,
        "MAD",
        2022,
    ),
    (
        "Morocco's phosphate group paid 12 billion dirhams (${:.2f} billion) in taxes in 2021.",
        12,
        "MAD",
        2021,
    ),
    (
        "Tourists left 9.5 billion dirhams (${:.2f} billion) in Marrakesh hotels in 2019.",
        9.5,
        "MAD",
        2019,
    ),
]


@pytest.mark.parametrize(("story", "amount", "code", "year"), PLACED)
def test_a_shared_name_is_read_as_the_currency_of_the_documents_places(
    story: str, amount: float, code: str, year: int
) -> None:
    text = story.format(at_rate(amount, code, year))
    assert findings(text) == []
    assert readings(text) == [(code, "USD")]


@pytest.mark.parametrize(("story", "amount", "code", "year"), PLACED)
def test_a_scale_slip_in_a_placed_conversion_is_still_caught(
    story: str, amount: float, code: str, year: int
) -> None:
    text = story.format(at_rate(amount, code, year)).replace(" billion)", " million)")
    dollars = text[text.index("($") + 1 : text.index(")")]
    assert findings(text) == [("CC103", f"{amount:g} billion dirhams ({dollars})")]


# --- a shared currency name nothing decides -------------------------------------------------

# (story with {} where the dollars go; the amount; the currency it was converted from; the year)
UNPLACED = [
    (
        "The drugmaker lifted operating profit to 9.4 billion kroner (${:.2f} billion) in 2022.",
        9.4,
        "DKK",
        2022,
    ),
    (
        "The insurer paid out 31 billion kroner (${:.2f} billion) in claims in 2015.",
        31,
        "NOK",
        2015,
    ),
    (
        "The ministry set aside 640 million dinars (${:.2f} billion) for schools in 2022.",
        640,
        "JOD",
        2022,
    ),
    (
        "The port authority borrowed 2.2 billion dirhams (${:.0f} million) in 2020.",
        2.2,
        "MAD",
        2020,
    ),
    ("The group sold bonds worth 15 billion pesos (${:.0f} million) in 2018.", 15, "PHP", 2018),
]


def _unplaced(story: str, amount: float, code: str, year: int, factor: float = 1.0) -> str:
    scale = 1e9 if "billion" in story.split("(")[0] else 1e6
    dollars = at_rate(amount * scale, code, year) * factor
    return story.format(dollars / (1e6 if "million)" in story else 1e9))


@pytest.mark.parametrize(("story", "amount", "code", "year"), UNPLACED)
def test_a_conversion_that_fits_one_reading_of_a_shared_name_is_no_finding(
    story: str, amount: float, code: str, year: int
) -> None:
    text = _unplaced(story, amount, code, year)
    assert findings(text) == []
    assert readings(text) == [(code, "USD")]  # the verdict says which currency fits


@pytest.mark.parametrize(("story", "amount", "code", "year"), UNPLACED)
def test_a_conversion_that_fits_no_reading_of_a_shared_name_is_still_a_finding(
    story: str, amount: float, code: str, year: int
) -> None:
    text = _unplaced(story, amount, code, year, factor=1000)
    ((rule, marked),) = findings(text)
    assert rule in {"CC101", "CC102", "CC103", "CC104"}
    assert marked.startswith(f"{amount:g} ")


# A name shared by several currencies of which one alone is widely traded keeps that one as
# its reading: a conversion at another's rate is still a finding.
ONE_TRADED = [
    ("The carrier earned 40 billion pounds (${:.2f} billion) in 2022.", 40, "EGP", 2022),
    ("The mill paid 90 billion rupees (${:.0f} million) in 2021.", 90, "PKR", 2021),
]


@pytest.mark.parametrize(("story", "amount", "code", "year"), ONE_TRADED)
def test_a_shared_name_with_one_widely_traded_reading_keeps_it(
    story: str, amount: float, code: str, year: int
) -> None:
    text = _unplaced(story, amount, code, year)
    found = findings(text)
    assert len(found) == 1
    assert found[0][0] in {"CC101", "CC102"}


# In a document that names places, a shared name is read as a mark is: its usual reading and
# those the places support. Dollars in a Tokyo story are US dollars, and a conversion at
# another dollar's rate is a finding judged against the US dollar, not explained away.
PLACED_OUTSIDE = [
    (
        "Toyota, based in Tokyo, earned 1.1 trillion yen ({:.1f} billion dollars) in {}.",
        1.1e3,
        "JPY",
    ),
    ("Stockholm's Ericsson booked 24 billion kronor ({:.2f} billion dollars) in {}.", 24, "SEK"),
    ("In Seoul, Samsung spent 9.6 trillion won ({:.1f} billion dollars) in {}.", 9.6e3, "KRW"),
]


@pytest.mark.parametrize(("story", "amount", "code"), PLACED_OUTSIDE)
def test_a_shared_name_in_a_placed_story_keeps_its_usual_reading(
    story: str, amount: float, code: str
) -> None:
    year = 2021
    right = story.format(at_rate(amount, code, year), year)
    assert findings(right) == []
    assert readings(right) == [(code, "USD")]
    wrong = story.format(at_rate(amount, code, year, "CAD"), year)
    assert [rule for rule, _ in findings(wrong)] in (["CC101"], ["CC102"])
    assert readings(wrong) == [(code, "USD")]


# --- conflicting conversions only for stated, overlapping periods ---------------------------


def _per_head(code: str, name: str, late: int, early: int) -> str:
    """Two years' figures in one sentence, then an undated one converted at the later rate."""
    return (
        f"Output per head rose to 52,000 {name} (${at_rate(52_000, code, late):,.0f}) in {late} "
        f"from 47,310 {name} (${at_rate(47_310, code, early):,.0f}) in {early}. Poorer regions "
        f"trail, among them one at 33,870 {name}, or ${at_rate(33_870, code, late):,.0f}."
    )


@pytest.mark.parametrize(
    ("code", "name", "late", "early"),
    [("BRL", "reais", 2015, 2014), ("JPY", "yen", 2013, 2012), ("RUB", "rubles", 2015, 2014)],
)
def test_conversions_whose_own_period_is_unknown_never_conflict(
    code: str, name: str, late: int, early: int
) -> None:
    text = _per_head(code, name, late, early)
    assert "CC106" not in [rule for rule, _ in findings(text, date=f"{late + 1}-03-01")]


# No reference rate for the rial: only the two conversions' own rates can disagree.
@pytest.mark.parametrize(
    "text",
    [
        "In 2024 the dam cost 12 trillion Iranian rials ($480 million). "
        "The port cost 6 trillion Iranian rials ($360 million) in 2024.",
        "The dam, finished in 2024, cost 12 trillion Iranian rials ($480 million). "
        "Its port cost 6 trillion Iranian rials ($360 million).",
        "The dam cost 12 trillion Iranian rials ($480 million). "
        "Its port cost 6 trillion Iranian rials ($360 million).",
    ],
    ids=["each-sentence", "one-paragraph-period", "document-period"],
)
def test_conversions_of_one_stated_period_still_conflict(text: str) -> None:
    assert findings(text, date="2024-11-01") == [
        ("CC106", "6 trillion Iranian rials ($360 million)")
    ]


def test_conversions_of_two_stated_periods_never_conflict() -> None:
    text = (
        "In 2023 the dam cost 12 trillion Iranian rials ($480 million). "
        "In 2024 the port cost 6 trillion Iranian rials ($360 million)."
    )
    assert findings(text, date="2024-11-01") == []


def _shared_names() -> list[tuple[str, str]]:
    """Every currency name the tables and CLDR give to several currencies, with each
    currency it may then be read as: the widely traded ones, or all if none is."""
    traded = RATES.traded_daily
    spelled = {**DATA_NAMES, **NAMES}
    pairs = []
    for key, codes in spelled.items():
        if len(codes) < 2:
            continue
        name = key[:-3] + "s" if key.endswith("(s)") else key
        readable = [code for code in codes if code in traded] or list(codes)
        pairs += [(name, code) for code in readable]
    return pairs


@pytest.mark.parametrize(("name", "code"), _shared_names())
def test_every_reading_of_a_shared_name_is_judged(name: str, code: str) -> None:
    rate = RATES.per_usd(code, Period.year(2022))
    if rate is None:
        pytest.skip(f"no 2022 rate for {code}")
    dollars = at_rate(500e6, code, 2022) / 1e6
    text = f"The fund paid out 500 million {name} (${dollars:,.1f} million) in 2022."
    assert findings(text) == []


# --- places CLDR names beyond the hand-kept list ---------------------------------------------

# (story with {} where the dollars go; the amount in billions; its code; the year)
CLDR_PLACED = [
    ("Senegal raised 1,200 billion francs (${:.2f} billion) in 2021.", 1200, "XOF", 2021),
    ("Rwanda spent 540 billion francs (${:.2f} billion) on roads in 2019.", 540, "RWF", 2019),
    ("Tunisia's central bank lent 7 billion dinars (${:.2f} billion) in 2019.", 7, "TND", 2019),
    ("In Bahrain, banks lent 2.1 billion dinars (${:.2f} billion) in 2020.", 2.1, "BHD", 2020),
]


@pytest.mark.parametrize(("story", "amount", "code", "year"), CLDR_PLACED)
def test_a_country_cldr_names_decides_a_shared_name(
    story: str, amount: float, code: str, year: int
) -> None:
    text = story.format(at_rate(amount, code, year))
    assert findings(text) == []
    assert readings(text) == [(code, "USD")]
    slipped = story.format(at_rate(amount, code, year) * 3)
    assert [rule for rule, _ in findings(slipped)] in (["CC101"], ["CC102"])


@pytest.mark.parametrize(
    "story",
    [
        "Jordan Peterson's publisher paid him 40 million dinars (${:.1f} million) in 2021.",
        "Chad Smith's firm in Georgia earned 40 million dinars (${:.1f} million) in 2021.",
    ],
)
def test_a_name_too_often_something_else_decides_nothing(story: str) -> None:
    """Jordan, Chad and Georgia are given names and a US state as often as countries: the
    dinars stay every dinar, and a conversion at Kuwait's rate is no finding."""
    text = story.format(at_rate(40, "KWD", 2021))
    assert findings(text) == []
