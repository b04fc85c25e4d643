"""Properties of currency conversions, on generated documents whose right answer is known.

Every expected figure is computed from the bundled reference table: a correct conversion
converts at the year's mean rate; a wrong one is scaled beyond anything the year's range,
the tolerance and the figures' rounding allow.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from claimcheck import api, vocabulary
from claimcheck.extract.currencies import find_currency_marks
from claimcheck.model.claims import ConversionClaim
from claimcheck.period import Period
from claimcheck.reference.rates import RateRange, RateTable
from claimcheck.report import DocumentReport, JudgedClaim
from claimcheck.settings import DEFAULT_TOLERANCE
from claimcheck.sources import strip_markup

RATES = RateTable.bundled()
EXAMPLES = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.filter_too_much]
)

# How each currency is written: (mark, written before the figure, needs its place named).
MARKS: dict[str, list[tuple[str, bool, bool]]] = {
    "USD": [("US$", True, False), ("$", True, False), ("USD", True, False),
            ("USD", False, False), ("U.S. dollars", False, False)],
    "EUR": [("€", True, False), ("EUR", True, False), ("euros", False, False)],
    "JPY": [("¥", True, False), ("JPY", True, False), ("yen", False, False)],
    "CNY": [("RMB", True, False), ("CNY", False, False), ("yuan", False, False),
            ("renminbi", False, False), ("¥", True, True)],
    "GBP": [("£", True, False), ("GBP", True, False), ("pounds", False, False)],
    "INR": [("₹", True, False), ("Rs", True, False), ("INR", True, False),
            ("rupees", False, False)],
    "KRW": [("₩", True, False), ("KRW", True, False), ("won", False, False)],
    "SGD": [("S$", True, False), ("SGD", True, False), ("Singapore dollars", False, False)],
    "HKD": [("HK$", True, False), ("HKD", True, False), ("Hong Kong dollars", False, False)],
    "AUD": [("A$", True, False), ("AUD", True, False), ("Australian dollars", False, False)],
    "CAD": [("C$", True, False), ("CAD", True, False), ("Canadian dollars", False, False)],
    "CHF": [("CHF", True, False), ("SFr", True, False), ("Swiss francs", False, False)],
    "IDR": [("Rp", True, False), ("IDR", True, False), ("rupiah", False, False)],
    "THB": [("฿", True, False), ("THB", False, False), ("baht", False, False)],
    "MYR": [("RM", True, False), ("MYR", True, False), ("ringgit", False, False)],
    "BRL": [("R$", True, False), ("BRL", True, False), ("reais", False, False)],
    "ZAR": [("ZAR", True, False), ("rand", False, False)],
    "TRY": [("₺", True, False), ("TRY", True, False), ("lira", False, False)],
    "MXN": [("MXN", True, False), ("Mexican pesos", False, False)],
    "PHP": [("₱", True, False), ("PHP", True, False), ("Philippine pesos", False, False)],
    "PLN": [("PLN", True, False), ("zlotys", False, False)],
    "SEK": [("SEK", True, False), ("Swedish crowns", False, False)],
    "NOK": [("NOK", True, False), ("Norwegian crowns", False, False)],
    "DKK": [("DKK", True, False), ("Danish crowns", False, False)],
    "CZK": [("CZK", True, False), ("Czech crowns", False, False)],
    "HUF": [("HUF", True, False), ("forints", False, False)],
    "ILS": [("₪", True, False), ("ILS", True, False), ("shekels", False, False)],
    "NZD": [("NZ$", True, False), ("NZD", True, False), ("New Zealand dollars", False, False)],
}  # fmt: skip
PLACES = {
    "USD": "NEW YORK", "EUR": "FRANKFURT", "JPY": "TOKYO", "CNY": "BEIJING", "GBP": "LONDON",
    "INR": "MUMBAI", "KRW": "SEOUL", "SGD": "SINGAPORE", "HKD": "HONG KONG", "AUD": "SYDNEY",
    "CAD": "TORONTO", "CHF": "ZURICH", "IDR": "JAKARTA", "THB": "BANGKOK",
    "MYR": "KUALA LUMPUR", "BRL": "SAO PAULO", "ZAR": "JOHANNESBURG", "TRY": "ISTANBUL",
    "MXN": "MEXICO CITY", "PHP": "MANILA", "PLN": "WARSAW", "SEK": "STOCKHOLM", "NOK": "OSLO",
    "DKK": "COPENHAGEN", "CZK": "PRAGUE", "HUF": "BUDAPEST", "ILS": "TEL AVIV",
    "NZD": "WELLINGTON",
}  # fmt: skip
CURRENCIES = sorted(MARKS)
# How the second amount is joined to the first: text before it and after it.
LINKS = [(" (", ")"), (", or ", ","), (", equivalent to ", ","), (" (equivalent to ", ")"),
         (", worth ", ","), (" or ", ""), (" [", "]")]  # fmt: skip
APPROX_HEDGES = ["", "about ", "around ", "approximately ", "roughly ", "some "]
ALL_HEDGES = [*APPROX_HEDGES, "nearly ", "almost ", "more than ", "over ", "just under "]
SCALES = ((1e12, "trillion", "tn"), (1e9, "billion", "bn"), (1e6, "million", "mn"))
STYLES = ("word", "smaller", "abbrev", "digits")


def rounded(value: float, sig: int) -> float:
    """`value` rounded to `sig` significant figures."""
    return float(f"{value:.{sig - 1}e}")


def number(value: float, sig: int) -> str:
    """A value already rounded to `sig` figures, with the decimals that show them."""
    decimals = max(0, sig - 1 - math.floor(math.log10(value) + 1e-9))
    return f"{value:,.{decimals}f}"


def figure(value: float, sig: int, style: str) -> str:
    """An amount as a reporter writes it: '1.6 trillion', '1,600 billion', '1.6tn', digits."""
    value = rounded(value, sig)
    if style == "digits" and value >= 1e15:  # longer runs of digits are identifiers
        style = "word"
    for i, (factor, word, short) in enumerate(SCALES):
        if value < factor:
            continue
        if style == "word":
            return f"{number(value / factor, sig)} {word}"
        if style == "abbrev":
            return f"{number(value / factor, sig)}{short}"
        if style == "smaller" and i + 1 < len(SCALES):
            smaller, smaller_word, _ = SCALES[i + 1]
            return f"{number(value / smaller, sig)} {smaller_word}"
        break
    return number(value, sig)


def money(value: float, sig: int, style: str, mark: tuple[str, bool, bool], glued: bool) -> str:
    text, before, _ = mark
    if before:
        return f"{text}{'' if glued else ' '}{figure(value, sig, style)}"
    return f"{figure(value, sig, style)} {text}"


@dataclass(frozen=True)
class Conversion:
    """A generated one-sentence story with a conversion in it."""

    source: str
    target: str
    year: int
    amount: float  # the source amount, as written (rounded)
    sig_source: int
    sig_target: int
    source_mark: tuple[str, bool, bool]
    target_mark: tuple[str, bool, bool]
    glued: bool
    link: tuple[str, str]
    hedge: str
    place: bool

    @property
    def reference(self) -> RateRange:
        found = RATES.cross(self.source, self.target, Period.year(self.year))
        assert found is not None
        return found

    def text(self, factor: float = 1.0, style: str = "word", target_style: str = "word") -> str:
        """The story, its converted amount multiplied by `factor` (1: converted right)."""
        converted = self.amount / self.reference.mean * factor
        first = money(self.amount, self.sig_source, style, self.source_mark, self.glued)
        second = money(converted, self.sig_target, target_style, self.target_mark, self.glued)
        dateline = f"{PLACES[self.source]} - " if self.place else ""
        opener, closer = self.link
        return (
            f"{dateline}The group agreed to invest {first}{opener}{self.hedge}{second}{closer}"
            f" in new plants in {self.year}, it said.\n"
        )


def _years(a: str, b: str) -> list[int]:
    return [y for y in range(2000, 2026) if RATES.cross(a, b, Period.year(y)) is not None]


def _candidates(mark: str) -> tuple[str, ...]:
    (found,) = find_currency_marks(mark)
    return found.candidates


@st.composite
def conversions(
    draw: st.DrawFn, hedges: list[str] = ALL_HEDGES, distinct: bool = False
) -> Conversion:
    """A story converting at the mean rate; with `distinct`, neither mark can be read as
    the other side's currency ("$" beside Canadian dollars may itself mean them)."""
    source, target = draw(st.lists(st.sampled_from(CURRENCIES), min_size=2, max_size=2,
                                   unique=True))  # fmt: skip
    years = _years(source, target)
    assume(years)
    year = draw(st.sampled_from(years))
    place = draw(st.booleans())
    marks = [m for m in MARKS[source] if (place or not m[2])]
    target_marks = [m for m in MARKS[target] if not m[2]]
    if distinct:
        marks = [m for m in marks if target not in _candidates(m[0])]
        target_marks = [m for m in target_marks if source not in _candidates(m[0])]
    source_mark = draw(st.sampled_from(marks))
    target_mark = draw(st.sampled_from(target_marks))
    per_usd = RATES.per_usd(source, Period.year(year))
    assert per_usd is not None
    sig_source = draw(st.integers(2, 4))
    usd = draw(st.floats(1e6, 5e11))
    return Conversion(
        source=source,
        target=target,
        year=year,
        amount=rounded(usd * per_usd.mean, sig_source),
        sig_source=sig_source,
        sig_target=draw(st.integers(2, 4)),
        source_mark=source_mark,
        target_mark=target_mark,
        glued=draw(st.booleans()),
        link=draw(st.sampled_from(LINKS)),
        hedge=draw(st.sampled_from(hedges)),
        place=place,
    )


def checked(text: str) -> DocumentReport:
    (document,) = api.check(text).documents
    return document


def the_conversion(document: DocumentReport) -> JudgedClaim:
    found = [judged for judged in document.judged() if isinstance(judged.claim, ConversionClaim)]
    assert len(found) == 1, [c.text for c in document.claims]
    return found[0]


@EXAMPLES
@given(conversions())
def test_a_correct_conversion_gives_no_finding(conversion: Conversion) -> None:
    text = conversion.text()
    document = checked(text)
    judged = the_conversion(document).verdict
    assert judged.verdict == "consistent", (text, judged.reason, judged.rate_used)
    assert judged.reading == (conversion.source, conversion.target)
    assert str(conversion.year) in (judged.rate_used or "")
    assert document.findings == []


@EXAMPLES
@given(conversions(APPROX_HEDGES, distinct=True), st.floats(1.3, 3.0), st.booleans())
def test_a_converted_amount_off_beyond_the_years_range_gives_one_finding(
    conversion: Conversion, k: float, up: bool
) -> None:
    spread = conversion.reference.high / conversion.reference.low
    factor = k * spread if up else 1 / (k * spread)
    text = conversion.text(factor)
    document = checked(text)
    assert the_conversion(document).verdict.verdict == "inconsistent", text
    assert len(document.findings) == 1, text
    (finding,) = document.findings
    assert text[finding.start : finding.end] == the_conversion(document).claim.text


OPEN_HEDGES = [*vocabulary.words("hedges", "above"), *vocabulary.words("hedges", "below")]


@EXAMPLES
@given(
    conversions(APPROX_HEDGES, distinct=True),
    st.sampled_from(OPEN_HEDGES),
    st.floats(1.3, 3.0),
    st.booleans(),
)
def test_an_open_hedge_on_the_amount_is_converted_as_written(
    conversion: Conversion, hedge: str, k: float, up: bool
) -> None:
    """An open hedge bounds the quantity ("more than 3 trillion won (US$2.6 billion)"): the
    bracket converts the figure, so one off beyond the year's range is still wrong."""
    spread = conversion.reference.high / conversion.reference.low
    factor = k * spread if up else 1 / (k * spread)
    hedged = "The group agreed to invest " + hedge + " "
    clean = conversion.text().replace("The group agreed to invest ", hedged)
    assert checked(clean).findings == [], clean
    slipped = conversion.text(factor).replace("The group agreed to invest ", hedged)
    document = checked(slipped)
    assert the_conversion(document).verdict.verdict == "inconsistent", slipped
    (finding,) = document.findings
    assert slipped[finding.start : finding.end] == the_conversion(document).claim.text


def _far(implied: float, ref: RateRange, margin: float) -> bool:
    """Whether `implied` is outside the range by more than the tolerance and `margin`."""
    low = ref.low * (1 - DEFAULT_TOLERANCE) / margin
    high = ref.high * (1 + DEFAULT_TOLERANCE) * margin
    return not low <= implied <= high


def _written_as(draw: st.DrawFn, conversion: Conversion) -> str:
    """A currency far enough from the true one that no other slip explains the rate."""
    period = Period.year(conversion.year)
    implied = conversion.reference.mean
    wrong = []
    for other in CURRENCIES:
        ref = RATES.cross(other, conversion.target, period)
        if other in (conversion.source, conversion.target) or ref is None:
            continue
        # Not confusable with a scale word slipped on either amount, or a rate upside down.
        readings = [implied * 1000.0**n for n in range(-4, 5)] + [1 / implied]
        if all(_far(r, ref, 1.5) for r in readings):
            wrong.append(other)
    assume(wrong)
    return draw(st.sampled_from(wrong))


@EXAMPLES
@given(st.data())
def test_a_mislabelled_currency_is_named_when_the_document_names_its_place(
    data: st.DataObject,
) -> None:
    conversion = data.draw(conversions(APPROX_HEDGES))
    written = _written_as(data.draw, conversion)
    # A mark that may also mean the true currency ("¥" in a Beijing story) is no slip.
    marks = [
        m
        for m in MARKS[written]
        if _candidates(m[0])[0] == written
        and conversion.source not in _candidates(m[0])
        and not m[2]
    ]
    assume(marks)
    target_marks = [m for m in MARKS[conversion.target] if len(_candidates(m[0])) == 1]
    mislabelled = replace(
        conversion,
        source_mark=data.draw(st.sampled_from(marks)),
        target_mark=data.draw(st.sampled_from(target_marks)),
        place=True,
    )
    text = mislabelled.text()
    document = checked(text)
    assert len(document.findings) == 1, text
    (finding,) = document.findings
    assert finding.rule == "CC102", (text, finding.message)
    assert finding.suggestion == conversion.source, (text, finding.message)


def _last_digit(value: float, sig: int) -> str:
    """The last significant digit of `value` rounded to `sig` figures."""
    return f"{value:.{sig - 1}e}".split("e")[0][-1]


@EXAMPLES
@given(conversions(APPROX_HEDGES, distinct=True), st.sampled_from([1.0, 1.5, 1 / 1.5, 1000.0]))
def test_formatting_variants_give_the_same_verdict(conversion: Conversion, k: float) -> None:
    spread = conversion.reference.high / conversion.reference.low
    factor = k if k in (1.0, 1000.0) else k * spread
    converted = conversion.amount / conversion.reference.mean * factor
    # Plain digits cannot show a significant trailing zero ("29.0 million" is more precise
    # than "29,000,000"), so only figures whose last significant digit is not 0 have
    # variants that all state the same precision.
    assume(_last_digit(conversion.amount, conversion.sig_source) != "0")
    assume(_last_digit(converted, conversion.sig_target) != "0")
    verdicts = set()
    for style in STYLES:
        for target_style in STYLES:
            document = checked(conversion.text(factor, style, target_style))
            verdicts.add((the_conversion(document).verdict.verdict, len(document.findings)))
    assert len(verdicts) == 1, (conversion.text(factor), verdicts)


SYMBOLS = "0123456789 ,.()[]-–—/=;:%\n$€£¥₹₩฿₺₱₪"
PIECES = [
    *SYMBOLS, "US$", "HK$", "S$", "RMB", "Rp", "Rs", "yuan", "yen", "dollars", "euros",
    " billion", " million", "tn", "bn", "crore", "lakh", "about ", " or ", "equivalent to ",
    " at ", " to the dollar", "$1 = ", "as of May 3, 2023", " in 2024", "BEIJING - ",
    "-point-", "three ", "(down from ", "fiscal ", "Q3 ", "12,48,730.55",
]  # fmt: skip
NOISE = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=60).map("".join),
    st.text(alphabet=st.sampled_from(SYMBOLS) | st.characters(), max_size=200),
)


@settings(max_examples=150, deadline=None)
@given(NOISE)
@example("0\x1f£")  # a control character inside an amount: read as a space
def test_any_text_is_read_without_error_and_every_span_lies_inside_it(text: str) -> None:
    document = checked(text)
    read, _ = strip_markup(text, "text")  # control characters are read as spaces
    for claim in document.claims:
        assert claim.start is not None and claim.end is not None
        assert 0 <= claim.start <= claim.end <= len(text)
        if claim.kind in ("conversion", "stated-rate", "amount"):
            assert read[claim.start : claim.end] == claim.text
    for finding in document.findings:
        assert 0 <= finding.start <= finding.end <= len(text)
