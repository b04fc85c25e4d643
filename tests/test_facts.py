"""Facts sheets: the format and its errors, linking claims to facts, and the checks."""

from __future__ import annotations

import json
import math
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck import formatting
from claimcheck.cli import main
from claimcheck.errors import FactsFileError
from claimcheck.facts.load import load_sheets
from claimcheck.report import Report

ROOT = Path(__file__).resolve().parent.parent
SHEET = ROOT / "fixtures" / "facts" / "china-regions.toml"
SEED = ROOT / "fixtures" / "articles" / "seed.txt"

pytest_plugins = ["pytester"]

HEADER = """version = 1

[sources.nbs]
publisher = "National Bureau of Statistics of China"
title = "Statistical Communiqué on the 2024 National Economic and Social Development"
date = 2025-02-28

[[entity]]
name = "China"
kind = "country"

[[entity]]
name = "Guangdong"
kind = "province"
aliases = ["Guangdong Province"]

[[metric]]
name = "GDP"
aliases = ["economic output"]
"""


def _sheet(tmp_path: Path, body: str, name: str = "facts.toml") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def _fact(entity: str, period: str, value: str, unit: str = "CNY") -> str:
    return f"""
[[fact]]
entity = "{entity}"
metric = "GDP"
period = "{period}"
value = {value}
unit = "{unit}"
source = "nbs"
"""


def _check(text: str, *sheets: Path) -> Report:
    return claimcheck.check(text, facts=list(sheets))


def _linked(report: Report) -> list[tuple[str, str | None, list[tuple[str, str, str | None]]]]:
    return [
        (c.kind, v.verdict, [(u.entity, u.role, u.period) for u in v.facts])
        for c, v in report.judged()
        if v.facts
    ]


# --- the format ----------------------------------------------------------------------


def test_the_bundled_sheet_loads_with_a_source_for_every_fact() -> None:
    sheet = load_sheets([SHEET])
    assert {e.name for e in sheet.entities} >= {
        "China",
        "Greater Bay Area",
        "Yangtze River Delta",
        "Beijing-Tianjin-Hebei",
        "Guangdong",
        "Hong Kong",
        "Macao",
    }
    assert sheet.facts and all(f.source.publisher for f in sheet.facts.values())
    assert all(f.source.title or f.source.url for f in sheet.facts.values())


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            _fact("China", "2024", "1").replace('source = "nbs"', ""),
            r"fact 1 \(China, GDP, 2024\): source: Field required",
        ),
        (_fact("China", "2024", "1", "$"), r"fact 1 \(China, GDP, 2024\): unit: .*'\$'"),
        (_fact("China", "2020-2024", "1"), r"fact 1 .*: period: .*give each year its own fact"),
        (_fact("China", "2024", '"lots"'), r"fact 1 \(China, GDP, 2024\): value: "),
        (_fact("Hebei", "2024", "1"), r"fact for Hebei GDP 2024: entity: no entity named 'Hebei'"),
        (
            _fact("China", "2024", "1").replace('"nbs"', '"imf"'),
            r"fact 1 .*: source: no \[sources.imf\]",
        ),
        (
            '\n[[entity]]\nname = "Canton"\nkind = "province"\naliases = ["Guangdong"]\n',
            r"entity 'Canton': aliases: 'Guangdong' already names entity 'Guangdong'",
        ),
        ('\n[[entity]]\nname = "Shenzhen"\nkind = "town"\n', r"entity 3 \(Shenzhen\): kind: "),
        (
            _fact("China", "2024", "1").replace(
                "value = 1", 'value = 1\nbound = "more than"\nhigh = 2'
            ),
            r"fact 1 .*: give either a bound or low and high",
        ),
    ],
)
def test_an_invalid_sheet_names_the_file_the_entry_and_the_field(
    tmp_path: Path, body: str, expected: str
) -> None:
    path = _sheet(tmp_path, body)
    with pytest.raises(FactsFileError, match=expected) as error:
        load_sheets([path])
    assert str(path) in str(error.value)


def test_a_sheet_without_its_version_or_with_bad_toml_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "facts.toml"
    path.write_text(HEADER.replace("version = 1", ""), encoding="utf-8")
    with pytest.raises(FactsFileError, match="version = 1"):
        load_sheets([path])
    path.write_text("version = 1\n[[entity]\n", encoding="utf-8")
    with pytest.raises(FactsFileError, match="not valid TOML"):
        load_sheets([path])


def test_a_later_sheet_overrides_an_earlier_one_with_a_warning_in_the_report(
    tmp_path: Path,
) -> None:
    first = _sheet(tmp_path, _fact("China", "2024", "100e12"), "old.toml")
    second = _sheet(tmp_path, _fact("China", "2024", "134.9084e12"), "new.toml")
    with pytest.warns(UserWarning, match="replaces the one in .*old.toml"):
        report = _check("China's GDP reached 134.9 trillion yuan in 2024.", first, second)
    assert report.findings == []
    assert any("new.toml" in note and "old.toml" in note for note in report.documents[0].notes)


def test_the_cli_refuses_a_bad_sheet_before_reading_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _sheet(tmp_path, _fact("China", "2024", "1", "dollars"))
    assert main(["check", str(SEED), "--facts", str(path)]) == 2
    assert "unit: " in capsys.readouterr().err


# --- linking -------------------------------------------------------------------------


def test_an_alias_and_a_possessive_link_a_figure_to_its_fact() -> None:
    report = _check("Jingjinji's GDP reached 11.5 trillion yuan in 2024, officials said.", SHEET)
    assert _linked(report) == [
        ("amount", "consistent", [("Beijing-Tianjin-Hebei", "subject", "2024")])
    ]
    first = report.documents[0].verdict(report.claims[0])
    assert "“Jingjinji” names Beijing-Tianjin-Hebei" in first.facts[0].link


def test_a_reference_resolves_to_the_last_entity_of_its_kind_and_says_so() -> None:
    text = (
        "Officials in the Jing-Jin-Ji area met in Beijing on Monday.\n\n"
        "The region's GDP reached 13.5 trillion yuan in 2024."
    )
    report = _check(text, SHEET)
    assert [f.rule for f in report.findings] == ["CC601"]
    assert "11.5 trillion CNY" in report.findings[0].message
    (used,) = report.documents[0].verdict(report.claims[-1]).facts
    assert used.entity == "Beijing-Tianjin-Hebei" and used.source.publisher.startswith("Beijing")
    assert "“The region's” refers to Beijing-Tianjin-Hebei, the last region named" in used.link


def test_the_countrys_figure_uses_the_nearest_earlier_period_and_says_which() -> None:
    text = "China's economy is vast. In 2025 the country's GDP reached 135 trillion yuan."
    report = _check(text, SHEET)
    (judged,) = [v for _, v in report.judged() if v.facts]
    assert judged.verdict == "consistent" and judged.facts[0].period == "2024"
    assert "the sheet has none for 2025" in judged.facts[0].link
    assert "“the country's” refers to China" in judged.facts[0].link


def test_a_share_of_national_territory_links_part_and_whole() -> None:
    text = "China is vast. The GBA's share of the national territory is {} percent."
    fine, wrong = (_check(text.format(share), SHEET) for share in ("0.58", "5.8"))
    assert _linked(fine) == [
        ("share", "consistent", [("Greater Bay Area", "part", None), ("China", "whole", None)])
    ]
    assert [f.rule for f in wrong.findings] == ["CC602"]


def test_a_period_with_no_fact_at_or_before_it_is_unverifiable() -> None:
    report = _check("Guangdong's GDP was 9 trillion yuan in 2018.", SHEET)
    ((_, judged),) = report.judged()
    assert report.findings == [] and judged.verdict == "unverifiable"
    assert judged.reason == "no GDP of Guangdong for 2018 or earlier in the facts sheet"


@pytest.mark.parametrize(
    "text",
    [
        "Hebei's GDP reached 4.8 trillion yuan in 2024.",  # an entity the sheet lacks
        "China's GDP per capita reached 95,749 yuan in 2024.",  # another measure
        "China's GDP grew 5 percent in 2024, while exports reached 25 trillion yuan.",
        "The GBA's output of cars reached 3 million in 2024.",  # a count, not money
        "Guangdong's exports were 9 percent of China's GDP in 2023.",  # part is not GDP
        "South China's Guangdong accounts for 40 percent of national GDP.",  # two subjects
    ],
)
def test_a_claim_without_a_clear_entity_and_metric_is_left_as_it_was(text: str) -> None:
    with_facts, without = _check(text, SHEET), claimcheck.check(text)
    assert with_facts.findings == without.findings == []
    verdicts = [v for _, v in with_facts.judged()]
    assert [v.verdict for v in verdicts] == [v.verdict for _, v in without.judged()]
    assert all(not v.facts for v in verdicts)


def test_a_figure_in_another_currency_is_compared_through_the_reference_rates() -> None:
    report = _check("Macao's GDP was about 50 billion US dollars in 2024.", SHEET)
    assert _linked(report) == [("amount", "consistent", [("Macao", "subject", "2024")])]
    wrong = _check("Macao's GDP was about 80 billion US dollars in 2024.", SHEET)
    (finding,) = wrong.findings
    assert finding.rule == "CC601" and "403 billion MOP" in finding.message
    assert finding.suggestion is not None and finding.suggestion.endswith("billion USD")


def test_a_mislabelled_currency_is_named_in_the_suggestion() -> None:
    report = _check("Jingjinji's GDP reached 11.5 trillion yen in 2024.", SHEET)
    (finding,) = report.findings
    assert finding.rule == "CC601" and finding.suggestion == "CNY"
    assert "the currency looks mislabelled" in finding.message


# --- the seed article ----------------------------------------------------------------


def _seed_json(
    capsys: pytest.CaptureFixture[str], path: Path
) -> tuple[int, dict[str, object], str]:
    code = main(["check", "--output-format", "json", str(path), "--facts", str(SHEET)])
    out, err = capsys.readouterr()
    return code, json.loads(out)["documents"][0], err


def test_the_seed_with_the_bundled_sheet_keeps_exactly_its_two_mislabels(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, document, err = _seed_json(capsys, SEED)
    assert code == 1
    assert [f["rule"] for f in document["findings"]] == ["CC102", "CC102"]  # type: ignore[index]
    shares = {c["text"]: c for c in document["claims"] if c["kind"] == "share"}  # type: ignore[attr-defined,index]
    area = shares["less than 0.6 percent of China’s total area"]
    output = shares["one-ninth of the nation’s total economic output"]
    assert area["verdict"] == output["verdict"] == "consistent"
    assert [(f["entity"], f["metric"], f["role"]) for f in area["facts"]] == [
        ("Greater Bay Area", "area", "part"),
        ("China", "area", "whole"),
    ]
    assert all(f["source"]["publisher"] for f in area["facts"] + output["facts"])
    assert "“the nation’s” refers to China" in output["facts"][1]["link"]
    coverage = document["coverage"]  # type: ignore[index]
    assert coverage["checked"] == coverage["consistent"] + coverage["inconsistent"] >= 4
    assert coverage["figures"] == coverage["checked"] + coverage["unverifiable"]
    assert f"{coverage['figures']} figures, {coverage['checked']} checked" in err


def test_a_seed_that_makes_the_gba_ten_times_larger_is_flagged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = SEED.read_text(encoding="utf-8").replace("less than 0.6 percent", "6 percent")
    path = tmp_path / "seed-6.txt"
    path.write_text(text, encoding="utf-8")
    _, document, _ = _seed_json(capsys, path)
    rules = [f["rule"] for f in document["findings"]]  # type: ignore[index]
    assert sorted(rules) == ["CC102", "CC102", "CC602"]
    (finding,) = [f for f in document["findings"] if f["rule"] == "CC602"]  # type: ignore[attr-defined,index]
    assert finding["suggestion"] == "0.58 percent"
    assert "56,000 km²" in finding["message"]


def test_coverage_counts_what_was_checked_and_groups_the_reasons() -> None:
    text = (
        "Guangdong's GDP was 9 trillion yuan in 2018. Hebei hosts 14 platforms. "
        "Jingjinji's GDP reached 11.5 trillion yuan in 2024."
    )
    coverage = _check(text, SHEET).documents[0].coverage
    assert (coverage.figures, coverage.checked, coverage.consistent) == (3, 1, 1)
    assert coverage.unverifiable == 2
    assert coverage.reasons == {
        "no GDP of Guangdong for 2018 or earlier in the facts sheet": 1,
        "nothing to check it against": 1,
    }


def test_the_config_file_names_the_sheets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.txt").write_text(
        "The Beijing-Tianjin-Hebei region's GDP reached 13.5 trillion yuan in 2024.\n",
        encoding="utf-8",
    )
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.claimcheck]\nfacts = ["{SHEET.as_posix()}"]\n', encoding="utf-8"
    )
    assert main(["check", "--output-format", "concise", "story.txt"]) == 1
    assert "CC601" in capsys.readouterr().out


@pytest.mark.parametrize("where", ["option", "ini"])
def test_the_pytest_plugin_checks_stories_against_the_sheets(
    pytester: pytest.Pytester, where: str
) -> None:
    ini = f'claimcheck_facts = ["{SHEET.as_posix()}"]\n' if where == "ini" else ""
    pytester.makepyprojecttoml(f"[tool.pytest.ini_options]\n{ini}")
    stories = pytester.mkdir("stories")
    (stories / "jjj.txt").write_text(
        "The Beijing-Tianjin-Hebei region's GDP reached 13.5 trillion yuan in 2024.\n",
        encoding="utf-8",
    )
    option = ["--claimcheck-facts", str(SHEET)] if where == "option" else []
    result = pytester.runpytest("--claimcheck", "-p", "no:cacheprovider", *option)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*CC601 fact-mismatch*", "*11.5 trillion CNY*"])


# --- properties ----------------------------------------------------------------------


def _writer_rounds(value: float, digits: int) -> tuple[str, float]:
    """A figure as a writer rounds it: `digits` significant figures, whole numbers at least."""
    written = formatting.number(value, digits)
    return written, float(written.replace(",", ""))


def _area_sheet(folder: str, part: float, whole: float) -> Path:
    path = Path(folder) / "areas.toml"
    path.write_text(
        HEADER.replace(
            "[[metric]]", '[[metric]]\nname = "area"\naliases = ["total area"]\n\n[[metric]]'
        )
        + f"""
[[fact]]
entity = "Guangdong"
metric = "area"
value = {part!r}
unit = "km**2"
source = "nbs"

[[fact]]
entity = "China"
metric = "area"
value = {whole!r}
unit = "km**2"
source = "nbs"
""",
        encoding="utf-8",
    )
    return path


@settings(max_examples=30, deadline=None)
@given(
    part=st.floats(1_000, 500_000),
    whole=st.floats(1e6, 1e7),
    digits=st.integers(1, 3),
    factor=st.sampled_from([0.3, 0.5, 1.6, 2.5, 10.0]),
)
def test_shares_rounded_as_a_writer_would_agree_with_their_facts_and_perturbed_ones_do_not(
    part: float, whole: float, digits: int, factor: float
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        sheet = _area_sheet(folder, part, whole)
        written, _ = _writer_rounds(100 * part / whole, digits)
        text = f"Guangdong, which covers {written} percent of China's total area, is coastal."
        report = _check(text, sheet)
        assert report.findings == [], text
        assert [v.verdict for _, v in report.judged() if v.facts] == ["consistent"]
        wrong, _ = _writer_rounds(100 * part / whole * factor, 3)
        text = f"Guangdong, which covers {wrong} percent of China's total area, is coastal."
        assert [f.rule for f in _check(text, sheet).findings] == ["CC602"], text


@settings(max_examples=30, deadline=None)
@given(
    value=st.floats(1e11, 5e13),
    digits=st.integers(2, 4),
    factor=st.sampled_from([0.5, 0.8, 1.25, 2.0]),
)
def test_figures_rounded_as_a_writer_would_agree_with_their_facts_and_perturbed_ones_do_not(
    value: float, digits: int, factor: float
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        sheet = _sheet(Path(folder), _fact("Guangdong", "2024", repr(value)))
        written, _ = _writer_rounds(value / 1e9, digits)
        text = f"Guangdong's GDP reached {written} billion yuan in 2024."
        assert _check(text, sheet).findings == [], text
        wrong, rounded = _writer_rounds(value * factor / 1e9, digits)
        assert not math.isclose(rounded, value / 1e9, rel_tol=0.1)
        text = f"Guangdong's GDP reached {wrong} billion yuan in 2024."
        assert [f.rule for f in _check(text, sheet).findings] == ["CC601"], text
