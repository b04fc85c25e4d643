"""The CI output formats: golden files, GitHub escaping, SARIF structure, HTML safety, -o.

Golden files: every format renders `tests/golden/article.txt` to `tests/golden/article-<format>.*`.
When a change to a renderer (or to the claims or rules behind them) is intended, regenerate
them and review the diff:

    CLAIMCHECK_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_output_formats.py
"""

from __future__ import annotations

import json
import os
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimcheck
from claimcheck.cli import main
from claimcheck.output import FORMATS, render, sarif
from claimcheck.output.github import escape_data, escape_property
from claimcheck.output.html import page, report_html
from claimcheck.report import DocumentReport, Finding, Report
from claimcheck.rules import all_rules
from claimcheck.rules.cc102_currency_mislabel import CurrencyMislabel

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
ARTICLE = GOLDEN / "article.txt"
SEED = ROOT / "fixtures" / "articles" / "seed.txt"
UPDATE = os.environ.get("CLAIMCHECK_UPDATE_GOLDEN") == "1"
SUFFIXES = {"json": ".json", "json-lines": ".jsonl", "sarif": ".sarif", "html": ".html"}
SUFFIXES |= {"markdown": ".md"}

MISLABEL = "The region's GDP reached 11.5 trillion JPY (approximately 1.6 trillion USD) in 2024."


def article_report() -> Report:
    """The golden article's report, with a fixed version so goldens survive releases."""
    text = ARTICLE.read_text(encoding="utf-8")
    report = claimcheck.check(text, path="article.txt")
    return report.model_copy(update={"version": "0.0.0-golden"})


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def finding(**update: Any) -> Finding:
    fields: dict[str, Any] = {
        "rule": "CC102",
        "name": "currency-mislabel",
        "severity": "error",
        "message": "implied rate 7.19 JPY/USD is 21x off; it matches CNY",
        "suggestion": "CNY",
        "start": 25,
        "end": 75,
        "line": 1,
        "column": 26,
        "end_line": 1,
        "end_column": 76,
    }
    return Finding(**(fields | update))


def one_finding_report(path: str | None, text: str = MISLABEL, **update: Any) -> Report:
    doc = DocumentReport(path=path, findings=[finding(**update)], text=text)
    return Report(version="0.0.0-test", documents=[doc])


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_each_format_matches_its_golden_file(fmt: str) -> None:
    golden = GOLDEN / f"article-{fmt}{SUFFIXES.get(fmt, '.txt')}"
    if fmt == "sarif":  # a fixed rule catalogue, so adding a rule does not touch the golden
        rendered = sarif.render(article_report(), rules=[CurrencyMislabel])
    else:
        rendered = render(article_report(), fmt)
    if UPDATE:
        golden.write_text(rendered, encoding="utf-8", newline="")
    assert golden.exists(), f"no golden file {golden.name}: run with CLAIMCHECK_UPDATE_GOLDEN=1"
    expected = golden.read_text(encoding="utf-8")
    assert rendered == expected, f"{golden.name} differs; if intended, regenerate (see docstring)"


def test_the_golden_article_has_one_finding_of_each_verdict_worth_showing() -> None:
    report = article_report()
    verdicts = {c.text: v.verdict for c, v in report.judged() if c.kind == "conversion"}
    assert verdicts["2.5 trillion JPY (about $353 billion)"] == "inconsistent"
    assert verdicts["600 billion yen ($4.3 billion)"] == "consistent"
    assert verdicts["1,500 trillion Iranian rials ($59 billion)"] == "unverifiable"
    assert [f.suggestion for f in report.findings] == ["CNY"]


# --- the command line -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "parse"),
    [
        ("json", json.loads),
        ("sarif", json.loads),
        ("json-lines", lambda out: [json.loads(line) for line in out.splitlines()]),
        ("github", lambda out: [line for line in out.splitlines() if line.startswith("::")]),
    ],
)
def test_machine_formats_keep_stdout_parseable_and_the_summary_on_stderr(
    capsys: pytest.CaptureFixture[str], fmt: str, parse: Any
) -> None:
    code, out, err = run(capsys, "check", "--output-format", fmt, str(SEED))
    assert code == 1
    assert parse(out)
    assert "2 findings in 1 of 1 document" in err
    assert "findings in" not in out


def test_output_option_writes_the_report_to_a_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "claimcheck.sarif"
    code, out, err = run(capsys, "check", "--output-format", "sarif", "-o", str(target), str(SEED))
    assert code == 1
    assert out == ""
    assert "2 findings in 1 of 1 document" in err
    results = json.loads(target.read_text(encoding="utf-8"))["runs"][0]["results"]
    assert [r["properties"]["suggestion"] for r in results] == ["CNY", "CNY"]


def test_output_to_a_folder_that_does_not_exist_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "missing" / "report.json"
    code, _, err = run(capsys, "check", "--output", str(target), str(SEED))
    assert code == 2
    assert str(target) in err and "--output" in err


def test_exit_zero_passes_with_findings_but_not_with_unreadable_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "check", "--exit-zero", str(SEED))
    assert code == 0
    assert "fix: CNY" in out
    missing = tmp_path / "missing.txt"
    code, _, err = run(capsys, "check", "--exit-zero", str(SEED), str(missing))
    assert code == 2
    assert "missing.txt" in err


# --- JSON Lines -------------------------------------------------------------------------


def test_json_lines_gives_one_object_per_finding_with_path_and_contract_fields(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = run(capsys, "check", "--output-format", "json-lines", str(SEED))
    rows = [json.loads(line) for line in out.splitlines()]
    text = SEED.read_text(encoding="utf-8")
    assert len(rows) == 2
    for row in rows:
        assert row["path"] == str(SEED)
        assert {"rule", "name", "severity", "message", "suggestion", "start", "end"} <= set(row)
        assert {"line", "column", "end_line", "end_column"} <= set(row)
        assert row["suggestion"] == "CNY"
    assert text[rows[0]["start"] : rows[0]["end"]] == (
        "11.5 trillion JPY (approximately 1.6 trillion USD)"
    )


# --- GitHub Actions ---------------------------------------------------------------------


def test_github_annotation_for_the_seed_points_at_the_span(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = run(capsys, "check", "--output-format", "github", str(SEED))
    first = out.splitlines()[0]
    assert first.startswith(
        f"::error file={SEED},line=17,col=182,endLine=17,endColumn=232,"
        "title=CC102 currency-mislabel::implied rate 7.19 JPY/USD"
    )
    assert "%0Afix: CNY" in first


def test_github_escapes_percent_newlines_colons_and_commas() -> None:
    report = one_finding_report(
        "news/a,b:c.txt",
        message="100% off: 7.19, not 151\r\nsee below",
        suggestion=None,
        rule="CC1:0,1",
    )
    assert render(report, "github") == (
        "::error file=news/a%2Cb%3Ac.txt,line=1,col=26,endLine=1,endColumn=76,"
        "title=CC1%3A0%2C1 currency-mislabel::100%25 off: 7.19, not 151%0D%0Asee below\n"
    )


@pytest.mark.parametrize(("severity", "command"), [("warning", "warning"), ("info", "notice")])
def test_github_maps_severities_to_annotation_levels(severity: str, command: str) -> None:
    out = render(one_finding_report("a.txt", severity=severity), "github")
    assert out.startswith(f"::{command} file=a.txt,")


@given(st.text())
def test_github_escaping_is_reversible_and_leaves_no_separator(text: str) -> None:
    escaped = escape_property(text)
    assert not set(escaped) & {"\r", "\n", ":", ","}
    assert "\n" not in escape_data(text) and "\r" not in escape_data(text)
    decoded = escaped
    for code, char in [("%3A", ":"), ("%2C", ","), ("%0A", "\n"), ("%0D", "\r"), ("%25", "%")]:
        decoded = decoded.replace(code, char)
    assert decoded == text


# --- SARIF ------------------------------------------------------------------------------

# The official SARIF 2.1.0 schema (OASIS, errata 01), kept as test data: see tests/data/SOURCE.md.
SARIF_SCHEMA: dict[str, Any] = json.loads(
    (ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8")
)
SARIF_VALIDATOR = jsonschema.Draft4Validator(
    SARIF_SCHEMA, format_checker=jsonschema.FormatChecker()
)


def sarif_of(report: Report) -> dict[str, Any]:
    log: dict[str, Any] = json.loads(render(report, "sarif"))
    SARIF_VALIDATOR.validate(log)
    return log


def test_sarif_for_the_seed_has_the_required_structure() -> None:
    log = sarif_of(claimcheck.check_file(SEED))
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-schema-2.1.0.json")
    (run_,) = log["runs"]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "claimcheck" and driver["version"] == claimcheck.__version__
    assert [rule["id"] for rule in driver["rules"]] == [rule.code for rule in all_rules()]
    assert run_["invocations"][0]["executionSuccessful"] is True
    results = run_["results"]
    assert len(results) == 2
    for result in results:
        rule = driver["rules"][result["ruleIndex"]]
        assert rule["id"] == result["ruleId"] == "CC102"
        assert result["level"] == "error" and result["properties"]["suggestion"] == "CNY"
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["endLine"] >= region["startLine"]
    region = results[0]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (17, 182)
    assert (region["charOffset"], region["charLength"]) == (1751, 50)


def test_sarif_logs_name_the_schema_they_are_validated_against() -> None:
    jsonschema.Draft4Validator.check_schema(SARIF_SCHEMA)
    assert SARIF_SCHEMA["id"] == sarif.SCHEMA == sarif_of(claimcheck.check(MISLABEL))["$schema"]


def test_the_sarif_schema_rejects_what_code_scanning_would() -> None:
    log = sarif_of(claimcheck.check_file(SEED))
    result = log["runs"][0]["results"][0]
    for broken in (
        {k: v for k, v in result.items() if k != "message"},  # a result needs its message
        result | {"level": "fatal"},  # not a SARIF level
        result | {"ruleID": "CC102"},  # a misspelt property
    ):
        bad = log | {"runs": [log["runs"][0] | {"results": [broken]}]}
        assert not SARIF_VALIDATOR.is_valid(bad)


def test_sarif_rule_help_carries_the_rule_examples() -> None:
    log = sarif_of(claimcheck.check(MISLABEL))
    rules = {rule["id"]: rule for rule in log["runs"][0]["tool"]["driver"]["rules"]}
    for rule in all_rules():
        help_ = rules[rule.code]["help"]
        for example in rule.examples()["Failing"] + rule.examples()["Passing"]:
            assert example in help_["markdown"]
            assert example.splitlines()[0] in help_["text"]
        assert rules[rule.code]["shortDescription"]["text"] == rule.summary()
        level = {"error": "error", "warning": "warning", "info": "note"}[rule.severity]
        assert rules[rule.code]["defaultConfiguration"]["level"] == level


def test_sarif_fingerprints_survive_edits_elsewhere_in_the_file() -> None:
    before = claimcheck.check(MISLABEL, path="story.txt")
    edited = "A new opening paragraph, added by the night desk.\n\n" + MISLABEL
    after = claimcheck.check(edited, path="story.txt")

    def prints(report: Report) -> list[tuple[int, dict[str, str]]]:
        results = sarif_of(report)["runs"][0]["results"]
        return [
            (r["locations"][0]["physicalLocation"]["region"]["startLine"], r["partialFingerprints"])
            for r in results
        ]

    (line_before, print_before), (line_after, print_after) = prints(before) + prints(after)
    assert line_after == line_before + 2
    assert print_after == print_before


def test_sarif_fingerprints_tell_repeated_identical_slips_apart() -> None:
    report = claimcheck.check(MISLABEL + "\n\n" + MISLABEL, path="story.txt")
    results = sarif_of(report)["runs"][0]["results"]
    assert len(results) == 2
    assert results[0]["partialFingerprints"] != results[1]["partialFingerprints"]


def test_sarif_uris_are_relative_to_the_current_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    inside = str(tmp_path / "stories" / "my story.txt")
    elsewhere = str(Path(tmp_path.anchor, "elsewhere", "b.txt"))
    for path, uri, base in [
        (inside, "stories/my%20story.txt", "%SRCROOT%"),
        ("stories/a.txt", "stories/a.txt", "%SRCROOT%"),
        (elsewhere, Path(elsewhere).as_uri(), None),
    ]:
        log = sarif_of(one_finding_report(path))
        location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
        assert location["artifactLocation"].get("uri") == uri
        assert location["artifactLocation"].get("uriBaseId") == base


def test_sarif_reports_an_unreadable_file_as_an_unsuccessful_run(tmp_path: Path) -> None:
    doc = DocumentReport(path="gone.txt", error="gone.txt: no such file; check the path")
    log = sarif_of(Report(version="0.0.0-test", documents=[doc]))
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "error" and "no such file" in note["message"]["text"]


def test_sarif_of_hand_built_claims_has_results_without_locations() -> None:
    source = claimcheck.Money.parse("11.5 trillion JPY")
    target = claimcheck.Money.parse("1.6 trillion USD")
    claim = claimcheck.ConversionClaim(source=source, target=target)
    results = sarif_of(claimcheck.check_claims([claim]))["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["CC102"]
    assert "locations" not in results[0]


# --- HTML -------------------------------------------------------------------------------


class Elements(HTMLParser):
    """The tags, attributes and highlighted marks of an HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.marks: list[tuple[str, str, str]] = []
        self._mark: dict[str, str | None] | None = None
        self._text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "mark":
            self._mark, self._text = dict(attrs), ""

    def handle_data(self, data: str) -> None:
        if self._mark is not None:
            self._text += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._mark is not None:
            mark = self._mark
            self.marks.append((mark.get("class") or "", mark.get("title") or "", self._text))
            self._mark = None


def elements(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    parser.close()
    return parser


HOSTILE = (
    "BEIJING - A statement read <script>alert(1)</script> and nothing else.\n\n"
    "The minister said: \"onmouseover=alert(1) The region's GDP reached 11.5 trillion JPY"
    ' (approximately 1.6 trillion USD) in 2024."\n'
)


def test_html_escapes_markup_from_the_article_and_its_path() -> None:
    report = claimcheck.check(HOSTILE, path='<img src=x onerror="alert(2)">.txt')
    for html in (report_html(report), page(report), report.documents[0]._repr_html_()):
        found = elements(html)
        assert not [t for t, _ in found.tags if t in {"script", "img"}]
        assert not [a for _, attrs in found.tags for a in attrs if a.startswith("on")]
        assert "&lt;script&gt;alert(" in html and ")&lt;/script&gt;" in html
        assert '"onmouseover=' not in html
        assert "&quot;onmouseover=alert(" in html
        assert any("cc-inconsistent" in cls and "CNY" in title for cls, title, _ in found.marks)


def test_html_highlights_each_claim_by_verdict_with_its_reason_as_tooltip() -> None:
    found = elements(page(article_report()))
    by_text = {text: (cls, title) for cls, title, text in found.marks}
    cls, title = by_text["2.5 trillion JPY (about $353 billion)"]
    assert cls == "cc-inconsistent" and "CC102" in title and "suggestion: CNY" in title
    assert by_text["600 billion yen ($4.3 billion)"][0] == "cc-consistent"
    cls, title = by_text["1,500 trillion Iranian rials ($59 billion)"]
    assert cls == "cc-unverifiable" and "no reference rate for IRR" in title


def test_html_page_lists_findings_in_a_table() -> None:
    html = page(claimcheck.check_file(SEED))
    assert html.startswith("<!DOCTYPE html>")
    assert html.count('<tr class="cc-error"') == 2
    assert '<td class="cc-where"><a href="#cc-1-at-1751">17:182</a></td>' in html
    assert '<span class="cc-fix">CNY</span>' in html


def test_html_of_a_clean_article_says_so() -> None:
    html = page(claimcheck.check(MISLABEL.replace("JPY", "CNY")))
    assert "No findings." in html
    assert "cc-consistent" in html


def test_html_shows_findings_before_the_text_each_linked_to_its_mark() -> None:
    report = claimcheck.check_file(SEED)
    html = page(report)
    found = elements(html)
    ids = {attrs["id"]: tag for tag, attrs in found.tags if attrs.get("id")}
    links = [attrs["href"] for tag, attrs in found.tags if tag == "a" and attrs.get("href")]
    assert html.index('<table class="cc-findings">') < html.index('<div class="cc-text">')
    doc = report.documents[0]
    for f in doc.findings:
        target = f"cc-1-at-{f.start}"
        assert f"#{target}" in links and ids[target] == "mark"
        # the mark the link lands on begins with the flagged figures
        start = html.index(f'id="{target}"')
        shown = html[html.index(">", start) + 1 : html.index("</mark>", start)]
        assert doc.text[f.start : f.end].startswith(shown)


def test_html_chart_counts_the_claims_of_each_kind_by_verdict() -> None:
    report = article_report()
    found = elements(report_html(report))
    bars = [attrs for tag, attrs in found.tags if tag == "rect"]
    assert bars, "no chart"
    html = report_html(report)
    for kind in {c.kind for c in report.claims}:
        for verdict in ("inconsistent", "unverifiable", "consistent"):
            n = sum(1 for c, v in report.judged() if c.kind == kind and v.verdict == verdict)
            assert (f"<title>{kind}: {n} {verdict}</title>" in html) == (n > 0)


def test_html_report_of_many_documents_has_an_index_and_expands_only_those_with_findings() -> None:
    stories = [("clean.txt", MISLABEL.replace("JPY", "CNY")), ("slip.txt", MISLABEL)]
    documents = [doc for one in claimcheck.check_many(stories) for doc in one.documents]
    report = Report(version="0", documents=documents)
    found = elements(page(report))
    index = [attrs["href"] for tag, attrs in found.tags if tag == "a" and attrs["href"] == "#cc-1"]
    assert index, "no index link to the first document"
    details = {attrs["id"]: "open" in attrs for tag, attrs in found.tags if tag == "details"}
    assert details == {"cc-1": False, "cc-2": True}
    assert "slip.txt</a>: 1 finding" in page(report)


def test_html_report_is_readable_when_printed() -> None:
    html = page(claimcheck.check_file(SEED))
    print_rules = html[html.index("@media print") :]
    assert "print-color-adjust: exact" in print_rules  # the marks keep their colours
