"""The command line: exit codes, the JSON contract, errors that name the file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "fixtures" / "articles"
SEED = ARTICLES / "seed.txt"
CORRECTED = ARTICLES / "seed-corrected.txt"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_exits_1_with_findings_and_0_when_clean(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", str(SEED))
    assert code == 1
    assert "CC102 currency-mislabel" in out and "fix: CNY" in out
    assert "»11.5 trillion JPY (approximately 1.6 trillion USD)«" in out
    assert "2 findings in 1 of 1 document" in err
    code, out, err = run(capsys, "check", str(CORRECTED))
    assert code == 0
    assert out == ""


def test_concise_output_is_one_line_per_finding(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--output-format", "concise", str(SEED))
    lines = out.splitlines()
    assert code == 1
    assert len(lines) == 2
    assert lines[0].startswith(f"{SEED}:17:182: CC102 [error] implied rate 7.19 JPY/USD")
    assert lines[0].endswith("(suggestion: CNY)")


def test_json_output_follows_the_report_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", "--output-format", "json", str(SEED), str(CORRECTED))
    assert code == 1
    report = json.loads(out)
    assert [Path(d["path"]).name for d in report["documents"]] == ["seed.txt", "seed-corrected.txt"]
    first = report["documents"][0]["findings"][0]
    text = SEED.read_text(encoding="utf-8")
    assert text[first["start"] : first["end"]].startswith("11.5 trillion JPY")
    assert (first["line"], first["column"]) == (17, 182)
    assert first["suggestion"] == "CNY"
    assert report["documents"][1]["findings"] == []
    assert "finding" in err  # the summary goes to stderr, stdout stays JSON


def test_folders_are_walked_for_text_files(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--output-format", "json", str(ARTICLES))
    assert code == 1
    names = {Path(d["path"]).name for d in json.loads(out)["documents"]}
    assert {"seed.txt", "seed-corrected.txt"} <= names


def test_unreadable_files_are_named_and_the_rest_still_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Le caf\xe9 a co\xfbt\xe9 5 millions d'euros.".encode("latin-1"))
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x00")
    missing = tmp_path / "missing.txt"
    code, out, err = run(
        capsys, "check", "--output-format", "json", str(bad), str(binary), str(missing), str(SEED)
    )
    assert code == 2
    assert f"{bad}: not valid UTF-8" in err and "re-save the file as UTF-8" in err
    assert f"{binary}: looks like a binary file" in err
    assert f"{missing}: no such file" in err
    documents = json.loads(out)["documents"]
    assert [len(d["findings"]) for d in documents if d["path"] == str(SEED)] == [2]


def test_date_option_dates_documents_that_state_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Panasonic will spend 600 billion yen ($4.3 billion) on plants.")
    code, out, _ = run(
        capsys, "claims", "--output-format", "json", "--date", "2023-06-01", str(story)
    )
    assert code == 0
    (claim,) = [c for c in json.loads(out)["documents"][0]["claims"] if c["kind"] == "conversion"]
    assert claim["verdict"] == "consistent"
    assert {p["source"] for p in claim["periods"]} == {"document"}


def test_bad_options_exit_2_with_the_fix(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "check", "--select", "CC999", str(SEED))
    assert code == 2 and "CC999" in err and "claimcheck rules" in err
    code, _, err = run(capsys, "check", "--date", "yesterday", str(SEED))
    assert code == 2 and "--date" in err


def test_claims_lists_every_figure_with_its_verdict(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "claims", str(SEED))
    assert code == 0
    assert "conversion  inconsistent  11.5 trillion JPY (approximately 1.6 trillion USD)" in out
    assert "figure" in out and "30 percent" in out


def test_rules_lists_codes_names_and_summaries(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules")
    assert code == 0
    assert "CC102  currency-mislabel" in out


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "claimcheck", "check", "--output-format", "concise", str(SEED)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert result.stdout.count("CC102") == 2


def test_a_run_of_the_program_spares_the_collector_what_it_loaded_at_start(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The program's patterns, models and word lists live as long as it does: its full
    garbage collections skip them (about 3% of the time a corpus takes), while a caller
    of `main(argv)` keeps its process's collector as it was."""
    import gc

    monkeypatch.setattr(sys, "argv", ["claimcheck", "rules"])
    before = gc.get_freeze_count()
    try:
        assert main(["rules"]) == 0
        assert gc.get_freeze_count() == before
        assert main() == 0
        assert gc.get_freeze_count() > before
    finally:
        gc.unfreeze()
    assert "CC" in capsys.readouterr().out
