"""The public API: check a text, a file, or claims built by hand."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck import ConversionClaim, Money, Period
from claimcheck.reference.rates import RateTable

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "articles" / "seed.txt"
CORRECTED = ROOT / "fixtures" / "articles" / "seed-corrected.txt"


def test_seed_article_gives_exactly_its_two_mislabel_findings_naming_cny() -> None:
    report = claimcheck.check_file(SEED)
    text = SEED.read_text(encoding="utf-8")
    assert [f.rule for f in report.findings] == ["CC102", "CC102"]
    assert [f.suggestion for f in report.findings] == ["CNY", "CNY"]
    spans = [text[f.start : f.end] for f in report.findings]
    assert spans == [
        "11.5 trillion JPY (approximately 1.6 trillion USD)",
        "100 billion JPY (around 14.2 billion USD)",
    ]
    for finding in report.findings:
        assert "JPY/USD" in finding.message and "CNY" in finding.message


def test_corrected_seed_article_is_clean() -> None:
    report = claimcheck.check_file(CORRECTED)
    assert report.findings == []
    conversions = [v for c, v in report.judged() if c.kind == "conversion"]
    assert len(conversions) == 2
    assert {v.verdict for v in conversions} == {"consistent"}


def test_findings_carry_line_and_column_of_their_span() -> None:
    text = "Intro line.\nThe plant cost 600 billion yen ($4.3 million) in 2023."
    finding = claimcheck.check(text).findings[0]
    assert (finding.line, finding.column) == (2, 16)
    assert text[finding.start : finding.end].startswith("600 billion yen")


def test_extract_returns_unjudged_claims_with_spans() -> None:
    text = "Panasonic will spend 600 billion yen ($4.3 billion) on plants in 2023."
    claims = claimcheck.extract(text)
    conversion = next(c for c in claims if isinstance(c, ConversionClaim))
    assert text[conversion.start : conversion.end] == "600 billion yen ($4.3 billion)"
    assert conversion.source.currency == "JPY" and conversion.target.currency == "USD"
    assert [p.label for p in conversion.periods] == ["2023"]


def test_a_claim_built_by_hand_is_checked_without_text() -> None:
    rate = RateTable.bundled().cross("JPY", "USD", Period.year(2023))
    assert rate is not None
    good = ConversionClaim(
        source=Money(value=600e9, currency="JPY", low=595e9, high=605e9),
        target=Money(value=600e9 / rate.mean, currency="USD"),
        periods=(Period.year(2023),),
    )
    wrong = good.model_copy(
        update={"target": Money(value=600e9 / rate.mean / 1000, currency="USD")}
    )
    report = claimcheck.check_claims([good, wrong])
    assert [v.verdict for _, v in report.judged()] == ["consistent", "inconsistent"]
    assert [f.rule for f in report.findings] == ["CC103"]


def test_unverifiable_claims_give_no_finding_and_say_why() -> None:
    report = claimcheck.check("The plant cost 12 trillion Iranian rials ($480 million) in 2024.")
    assert report.findings == []
    (judged,) = [v for c, v in report.judged() if c.kind == "conversion"]
    assert judged.verdict == "unverifiable"
    assert judged.reason is not None and "IRR" in judged.reason


def test_json_report_round_trips_through_the_models() -> None:
    report = claimcheck.check_file(SEED)
    data = json.loads(report.to_json())
    assert set(data) >= {"version", "documents"}
    finding = data["documents"][0]["findings"][0]
    for key in (
        "rule",
        "name",
        "severity",
        "message",
        "suggestion",
        "start",
        "end",
        "line",
        "column",
        "end_line",
        "end_column",
    ):
        assert key in finding
    claim = data["documents"][0]["claims"][0]
    assert {"kind", "text", "start", "end", "verdict"} <= set(claim)
    again = claimcheck.Report.model_validate_json(report.to_json())
    assert again.findings == report.findings


def test_reports_and_quantities_pickle() -> None:
    report = claimcheck.check_file(SEED)
    assert pickle.loads(pickle.dumps(report)) == report
    quantity = Money.parse("11.5 trillion JPY").quantity
    assert pickle.loads(pickle.dumps(quantity)) == quantity


def test_money_of_different_currencies_cannot_be_added() -> None:
    import pint

    with pytest.raises(pint.DimensionalityError):
        Money.parse("5 billion yen").quantity + Money.parse("$5 billion").quantity


def test_options_are_validated() -> None:
    with pytest.raises(ValueError):
        claimcheck.check("text", tolerance=5)


# --- claim ids ----------------------------------------------------------------------


def test_every_claim_has_a_distinct_id_that_survives_json() -> None:
    report = claimcheck.check_file(SEED)
    ids = [claim.id for claim in report.claims]
    assert len(set(ids)) == len(ids) > 10
    assert "conversion@" in " ".join(ids)
    again = claimcheck.Report.model_validate_json(report.to_json())
    assert [claim.id for claim in again.claims] == ids


# --- claims paired with their verdicts ---------------------------------------------


def test_a_report_holds_the_claims_as_extracted_and_their_verdicts_by_claim_id() -> None:
    text = SEED.read_text(encoding="utf-8")
    (document,) = claimcheck.check(text).documents
    assert document.claims == claimcheck.extract(text)
    ids = {claim.id for claim in document.claims}
    assert document.verdicts and set(document.verdicts) <= ids
    assert [v.verdict for _, v in document.judged()].count("inconsistent") == 2
    for claim, judged in document.judged():
        assert (judged.verdict is None) == (claim.id not in document.verdicts)


def test_claims_built_by_hand_are_judged_as_they_are_not_copied() -> None:
    rate = RateTable.bundled().cross("JPY", "USD", Period.year(2023))
    assert rate is not None
    claim = ConversionClaim(
        source=Money(value=600e9, currency="JPY"),
        target=Money(value=600e9 / rate.mean, currency="USD"),
        periods=(Period.year(2023),),
    )
    report = claimcheck.check_claims([claim])
    ((judged_claim, judged),) = report.judged()
    assert judged_claim is claim
    assert judged.verdict == "consistent" and judged.reading == ("JPY", "USD")
    assert judged.rate_used is not None and "2023" in judged.rate_used


def test_an_unchecked_figure_says_so_and_takes_no_verdict_entry() -> None:
    (document,) = claimcheck.check("Officials counted 14 platforms.").documents
    ((claim, judged),) = document.judged()
    assert claim.kind == "figure" and judged.verdict is None and judged.reason is None
    assert document.verdicts == {}
    assert json.loads(document.model_dump_json())["claims"][0]["verdict"] is None


@settings(max_examples=15, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "The plant cost {a} billion yuan (${b} billion) in 2023.",
                "Sales rose {a} percent to {b} million euros from 90 million euros.",
                "Of the {b} staff, {a} percent work abroad.",
                "Officials counted {a} platforms and {b} stations.",
            ]
        ),
        min_size=1,
        max_size=5,
    ),
    st.integers(1, 99),
    st.integers(1, 99),
)
def test_verdicts_survive_the_json_report_claim_by_claim(
    sentences: list[str], a: int, b: int
) -> None:
    report = claimcheck.check(" ".join(s.format(a=a, b=b) for s in sentences))
    again = claimcheck.Report.model_validate_json(report.to_json())
    assert list(again.judged()) == list(report.judged())
    assert again.to_json() == report.to_json()
    for claim in json.loads(report.to_json())["documents"][0]["claims"]:
        assert list(claim)[4:7] == ["verdict", "reason", "facts"]


def test_a_claim_keeps_its_id_through_judging_whatever_its_place_in_the_list() -> None:
    yen = ConversionClaim(
        source=Money.parse("11.5 trillion JPY"),
        target=Money.parse("about 1.6 trillion USD"),
        periods=(Period.year(2024),),
    )
    yuan = yen.model_copy(update={"source": Money.parse("11.5 trillion CNY")})
    assert yen.id != yuan.id and yen.id.startswith("conversion#")
    forward = list(claimcheck.check_claims([yen, yuan]).judged())
    backward = claimcheck.check_claims([yuan, yen]).judged()
    assert [c.id for c, _ in forward] == [yen.id, yuan.id]
    verdicts = {c.id: v.verdict for c, v in forward}
    assert verdicts == {c.id: v.verdict for c, v in backward}
    assert verdicts == {yen.id: "inconsistent", yuan.id: "consistent"}


_FRAGMENTS = (
    "rose", "fell", "20 percent", "to", "from", "$1.6 billion", "1.2 billion yuan", "(", ")",
    "a quarter", "or", "35 percent", "of", "total", "4,", "7 and 9 billion euros",
    "22 billion in all", "surplus of 2.7", "exports of 48.3", "imports of 45.6", "150 km²",
    "(58 sq mi)", "in 2024", ".", ",", "doubled", "60 percent in Guangdong", "and",
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=30))
def test_claim_ids_are_distinct_in_any_text(fragments: list[str]) -> None:
    # judgements are kept by claim id, so two claims of one text must never share one
    ids = [claim.id for claim in claimcheck.extract(" ".join(fragments))]
    assert len(ids) == len(set(ids))
