"""Baselines: accepted findings stay quiet, through edits elsewhere; new ones are reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimcheck
from claimcheck.baseline import fingerprint
from claimcheck.cli import main

GDP = "The region's GDP reached 11.5 trillion JPY (approximately 1.6 trillion USD) in 2024."
GUANGDONG = "Guangdong's economy grew to 13.6 trillion JPY (about 1.9 trillion USD) in 2024."
STORY = f"Jing-Jin-Ji and the Greater Bay Area\n\n{GDP}\n\n{GUANGDONG}\n"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A newsroom folder with one story, the working directory for the test."""
    (tmp_path / "stories").mkdir()
    (tmp_path / "stories" / "gdp.md").write_text(STORY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_written_baseline_silences_the_findings_it_records(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(capsys, "check", "--write-baseline", "baseline.json", "stories")
    assert code == 0 and "wrote 2 findings to baseline.json" in err
    data = json.loads((project / "baseline.json").read_text(encoding="utf-8"))
    assert data["version"] == 1
    assert [(e["path"], e["rule"]) for e in data["entries"]] == [("stories/gdp.md", "CC102")] * 2
    assert "7.19 JPY/USD" in data["entries"][0]["message"]

    code, out, err = _run(
        capsys, "check", "--baseline", "baseline.json", "--output-format", "json", "stories"
    )
    assert code == 0
    assert json.loads(out)["documents"][0]["baselined"] == 2
    assert "0 findings in 0 of 1 document; 2 baselined" in err


def test_the_baseline_survives_edits_elsewhere_and_a_new_finding_is_reported(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(capsys, "check", "--write-baseline", "baseline.json", "stories")
    story = project / "stories" / "gdp.md"
    new = "Exports were worth 42 billion JPY (about 6 billion USD) in 2024."
    story.write_text(
        "BEIJING, May 20 (CGTN) — An update.\n\nMore context, with a new paragraph.\n\n"
        + STORY.replace("according", "reportedly")
        + f"\n{new}\n",
        encoding="utf-8",
    )
    code, out, _ = _run(
        capsys, "check", "--baseline", "baseline.json", "--output-format", "concise", "stories"
    )
    assert code == 1
    (line,) = out.splitlines()
    assert "CC102" in line and "7.00 JPY/USD" in line


def test_editing_the_flagged_figure_brings_the_finding_back(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(capsys, "check", "--write-baseline", "baseline.json", "stories")
    story = project / "stories" / "gdp.md"
    edited = STORY.replace("1.6 trillion USD", "1.5 trillion USD")
    story.write_text(edited, encoding="utf-8")
    code, out, err = _run(
        capsys, "check", "--baseline", "baseline.json", "--output-format", "json", "stories"
    )
    assert code == 1 and "1 baselined" in err  # Guangdong's finding is still accepted
    (finding,) = json.loads(out)["documents"][0]["findings"]
    assert edited[finding["start"] : finding["end"]].endswith("1.5 trillion USD)")
    assert "7.67 JPY/USD" in finding["message"]


def test_a_repeated_flagged_phrase_is_a_new_finding(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(capsys, "check", "--write-baseline", "baseline.json", "stories")
    story = project / "stories" / "gdp.md"
    story.write_text(f"{STORY}\nAs noted above: {GDP}\n", encoding="utf-8")
    code, out, _ = _run(
        capsys, "check", "--baseline", "baseline.json", "--output-format", "json", "stories"
    )
    (finding,) = json.loads(out)["documents"][0]["findings"]
    assert code == 1 and finding["line"] == 7


def test_the_baseline_in_the_config_file_is_found_from_anywhere(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "pyproject.toml").write_text(
        '[tool.claimcheck]\nbaseline = "checks/accepted.json"\n', encoding="utf-8"
    )
    (project / "checks").mkdir()
    _run(capsys, "check", "--write-baseline", "checks/accepted.json", "stories")
    monkeypatch.chdir(project / "stories")
    code, _, err = _run(capsys, "check", "gdp.md")
    assert code == 0 and "2 baselined" in err


def test_the_api_takes_a_baseline(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _run(capsys, "check", "--write-baseline", "baseline.json", "stories/gdp.md")
    report = claimcheck.check_file("stories/gdp.md", baseline="baseline.json")
    assert report.findings == [] and report.documents[0].baselined == 2
    assert len(claimcheck.check_file("stories/gdp.md").findings) == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such baseline file; write one with `claimcheck check --write-baseline"),
        ("{not json", "not a claimcheck baseline"),
        ('{"version": 7, "entries": []}', "not a version 1 claimcheck baseline"),
        ('{"version": 1, "entries": [{"rule": "CC102"}]}', "entry 1 needs a path"),
    ],
)
def test_a_bad_baseline_stops_the_run_with_the_fix(
    project: Path, capsys: pytest.CaptureFixture[str], content: str | None, message: str
) -> None:
    if content is not None:
        (project / "baseline.json").write_text(content, encoding="utf-8")
    code, out, err = _run(capsys, "check", "--baseline", "baseline.json", "stories")
    assert code == 2 and out == ""
    assert "baseline.json: " in err and message in err


WORDS = st.lists(st.sampled_from(["The", "bank", "said", "on", "Monday", ",", "\n\n"]))


@given(before=WORDS.map(" ".join), after=WORDS.map(" ".join))
def test_a_fingerprint_ignores_text_around_the_finding(before: str, after: str) -> None:
    (finding,) = claimcheck.check(GDP).findings
    shifted = f"{before} {GDP} {after}"
    (moved,) = claimcheck.check(shifted).findings
    assert fingerprint(moved, shifted) == fingerprint(finding, GDP)
