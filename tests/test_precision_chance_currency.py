"""A conversion that misses its reference rate is reported as a mislabelled currency only
when the currency it fits is one the reader could have meant: named or placed in the
document, or sharing the written mark. A chance match with an unrelated currency is no
diagnosis: the conversion is off its reference rate, and the report gives the amount at
that rate."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.extract.places import currencies_in_context
from claimcheck.reference.currencies import shares_mark

STORY = (
    "Indonesia's parliament passed a 2015 budget in which state spending tops IDR 2,039.5 "
    "trillion ({converted}) for the first time."
)


def test_a_rate_that_fits_an_unrelated_currency_is_off_reference() -> None:
    """7,554 rupiah a dollar is near no rate of the rupiah's, but near the Bosnian mark's
    of 2015 by chance: nothing in the story points to it."""
    report = claimcheck.check(STORY.format(converted="USD 270 billion"))
    (finding,) = report.findings
    assert finding.rule == "CC101"
    assert "BAM" not in finding.message
    assert "152 billion USD" in finding.message  # the amount at the reference rate


def test_a_currency_the_document_places_is_still_a_diagnosis() -> None:
    text = (
        "BEIJING - The region's GDP reached 11.5 trillion JPY (approximately 1.6 trillion "
        "USD) in 2024."
    )
    (finding,) = claimcheck.check(text).findings
    assert finding.rule == "CC102"
    assert "CNY" in finding.message


@settings(max_examples=60, deadline=None)
@given(
    factor=st.floats(min_value=0.2, max_value=0.9) | st.floats(min_value=1.15, max_value=5.0),
    code=st.sampled_from(["USD", "EUR", "GBP", "JPY", "CHF"]),
)
def test_a_mislabel_names_only_a_currency_the_reader_could_have_meant(
    factor: float, code: str
) -> None:
    """Whatever the slip, a currency a diagnosis names is one the story names or places,
    or one that shares the written mark."""
    fair = {"USD": 164.0, "EUR": 148.0, "GBP": 107.0, "JPY": 19_700.0, "CHF": 158.0}[code]
    text = STORY.format(converted=f"{code} {fair * factor:,.1f} billion")
    context = currencies_in_context(text)
    for finding in claimcheck.check(text).findings:
        if finding.rule != "CC102":
            continue
        suggested = set(re.findall(r"\b[A-Z]{3}\b", finding.message)) - {"IDR", code}
        for other in suggested:
            assert (
                context.get(other, 0) > 0 or shares_mark(code, other) or shares_mark("IDR", other)
            ), (other, finding.message)
