"""Money as national presses write it where the Unicode CLDR has no such spelling: a
conversion written so is read in its own currency and judged at that currency's rate."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.period import Period
from claimcheck.reference.rates import RateTable

RATES = RateTable.bundled()

# (how the amount is written, with {} for its figure; its currency; the year)
FORMS = [
    ("NIS {} billion", "ILS", 2022),
    ("KD {} billion", "KWD", 2019),
    ("BD {} billion", "BHD", 2021),
    ("JD {} billion", "JOD", 2020),
    ("RO {} billion", "OMR", 2023),
    ("Tsh {} trillion", "TZS", 2022),
    ("MK {} billion", "MWK", 2018),
    ("BZ$ {} million", "BZD", 2021),
    ("Bds$ {} million", "BBD", 2022),
    ("G$ {} billion", "GYD", 2023),
    ("Afl. {} million", "AWG", 2020),
    ("{} billion pula", "BWP", 2019),
    ("{} million tala", "WST", 2021),
    ("{} million pa'anga", "TOP", 2022),
    ("{} billion lek", "ALL", 2018),
    ("TL {} million", "TRY", 2021),
]
SCALES = {"million": 1e6, "billion": 1e9, "trillion": 1e12}


def story(form: str, year: int, dollars_factor: float, code: str) -> str:
    scale = next(word for word in SCALES if word in form)
    rate = RATES.cross(code, "USD", Period.year(year))
    assert rate is not None
    dollars = 450 * SCALES[scale] / rate.mean * dollars_factor
    written = (
        f"${dollars / 1e6:,.1f} million" if dollars < 1e9 else f"${dollars / 1e9:,.2f} billion"
    )
    return f"In {year} the government spent {form.format(450)} ({written}) on health."


@pytest.mark.parametrize(("form", "code", "year"), FORMS)
def test_a_press_spelling_is_read_in_its_currency(form: str, code: str, year: int) -> None:
    text = story(form, year, 1.0, code)
    judged = [j for j in claimcheck.check(text).judged() if j.claim.kind == "conversion"]
    assert [j.verdict.verdict for j in judged] == ["consistent"]
    assert judged[0].verdict.reading == (code, "USD")


@pytest.mark.parametrize(("form", "code", "year"), FORMS)
def test_a_conversion_written_so_at_a_wrong_rate_is_caught(form: str, code: str, year: int) -> None:
    text = story(form, year, 2.5, code)
    (rule,) = [f.rule for f in claimcheck.check(text).findings]
    assert rule in {"CC101", "CC102", "CC104"}  # off the reference, another currency's, inverted


def test_a_dollar_at_par_written_so_is_its_own_currency() -> None:
    """The Bahamian dollar is pegged at par: "B$" is read as it, not as the US dollar."""
    (claim,) = [c for c in claimcheck.extract("Nassau spent B$ 450 million.") if c.kind == "amount"]
    assert claim.model_dump()["amount"]["currency"] == "BSD"


@pytest.mark.parametrize(
    "text",
    [
        "The BD group and the KD team met RO officials in Muscat.",
        "Residents of NIS housing blocks paid rent.",
    ],
)
def test_the_letters_alone_are_no_money(text: str) -> None:
    assert [c for c in claimcheck.extract(text) if c.kind == "amount"] == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("PRAGUE - The utility CEZ earned 450 billion crowns in 2021.", "CZK"),
        ("In Stockholm, Ericsson's sales reached 450 billion crowns.", "SEK"),
    ],
)
def test_crowns_are_the_currency_of_the_documents_places(text: str, code: str) -> None:
    (claim,) = [c for c in claimcheck.extract(text) if c.kind == "amount"]
    assert claim.model_dump()["amount"]["currency"] == code


def test_trillion_abbreviated_trln_is_a_scale() -> None:
    (claim,) = [c for c in claimcheck.extract("Debt reached $1.2 trln.") if c.kind == "amount"]
    assert claim.model_dump()["amount"]["value"] == 1.2e12
