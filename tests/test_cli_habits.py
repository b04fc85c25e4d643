"""The command line habits users bring from ruff and Vale: standard input, --quiet,
--statistics, --fail-on, colour, progress, `claimcheck rule CODE`."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimcheck.cli import _progress, main
from claimcheck.report import DocumentReport
from claimcheck.rules import all_rules

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "articles" / "seed.txt"
CORRECTED = ROOT / "fixtures" / "articles" / "seed-corrected.txt"
ANSI = re.compile(r"\033\[[0-9;]*m")
CONFLICTING = next(r for r in all_rules() if r.code == "CC106").examples()["Failing"][0]


def run(
    capsys: pytest.CaptureFixture[str], *args: str, stdin: bytes | None = None
) -> tuple[int, str, str]:
    if stdin is not None:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin)))
            code = main(list(args))
    else:
        code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def _no_colour_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)


# --- Standard input ----------------------------------------------------------------


def test_standard_input_is_checked_under_the_name_given(
    capsys: pytest.CaptureFixture[str],
) -> None:
    story = SEED.read_bytes()
    code, out, _ = run(
        capsys, "check", "-", "--stdin-filename", "stories/seed.txt", "-q", stdin=story
    )
    assert code == 1
    assert "stories/seed.txt:17:182: CC102 currency-mislabel" in out


def test_standard_input_without_a_name_is_reported_as_stdin(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "check", "-", "--output-format", "concise", stdin=SEED.read_bytes())
    assert code == 1
    assert out.startswith("<stdin>:17:182: CC102")


def test_the_stdin_name_picks_the_kind_of_text(capsys: pytest.CaptureFixture[str]) -> None:
    """A figure inside Markdown code is not prose: read as .md it is blanked, as .txt not."""
    story = b"```\n11.5 trillion JPY (approximately 1.6 trillion USD) in 2024\n```\n"
    as_markdown = run(capsys, "check", "-", "--stdin-filename", "a.md", stdin=story)
    as_text = run(capsys, "check", "-", "--stdin-filename", "a.txt", stdin=story)
    assert (as_markdown[0], as_text[0]) == (0, 1)


def test_the_stdin_name_finds_the_config_and_its_exclude(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "claimcheck.toml").write_text('exclude = ["drafts"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    story = SEED.read_bytes()
    code, out, err = run(capsys, "check", "-", "--stdin-filename", "drafts/a.txt", stdin=story)
    assert (code, out) == (0, "")
    assert "drafts/a.txt is not checked" in err
    code, out, _ = run(capsys, "check", "-", "--stdin-filename", "final/a.txt", stdin=story)
    assert code == 1 and "final/a.txt:17:182" in out


def test_force_exclude_applies_exclude_to_files_named_too(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "claimcheck.toml").write_text('exclude = ["drafts"]\n', encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.txt").write_text(SEED.read_text(), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "check", "drafts/a.txt")[0] == 1  # a file named is checked
    assert run(capsys, "check", "--force-exclude", "drafts/a.txt")[:2] == (0, "")


def test_bad_bytes_on_standard_input_are_a_clear_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(capsys, "check", "-", "--stdin-filename", "a.md", stdin=b"caf\xe9 5%")
    assert code == 2
    assert "a.md: not valid UTF-8 (byte 3); re-save the file as UTF-8" in err


def test_the_claims_command_reads_standard_input_too(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "claims", "-", stdin=SEED.read_bytes())
    assert code == 0
    assert "<stdin>:17:182: conversion  inconsistent" in out


# --- What is printed, and the exit status ----------------------------------------


def test_the_summary_is_printed_last(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = run(capsys, "check", str(SEED), str(CORRECTED))
    assert err.splitlines()[-1] == "2 findings in 1 of 2 documents"


def test_a_date_that_cannot_be_read_is_noted_before_the_summary(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    story = tmp_path / "a.md"
    story.write_text("---\npubDate: someday\n---\n" + CORRECTED.read_text(), encoding="utf-8")
    code, _, err = run(capsys, "check", str(story))
    assert code == 0
    assert (
        f'{story}: note: the date in the front matter\'s pubDate ("someday") cannot be read' in err
    )
    assert err.splitlines()[-1] == "0 findings in 0 of 1 document"


def test_quiet_prints_the_report_and_nothing_else(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", "--quiet", str(SEED))
    assert code == 1 and "CC102 currency-mislabel" in out
    assert err == ""


def test_quiet_still_names_files_that_cannot_be_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "check", "-q", str(tmp_path / "missing.md"))
    assert code == 2
    assert "missing.md: no such file or directory" in err
    assert "documents" not in err  # no summary


def test_statistics_count_findings_per_rule(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--statistics", str(SEED))
    assert code == 1
    assert out.split() == ["2", "CC102", "currency-mislabel", "error"]


def test_statistics_count_every_rule_that_fired(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text(CONFLICTING + "\n\n" + SEED.read_text(), encoding="utf-8")
    _, out, _ = run(capsys, "check", "--statistics", str(tmp_path))
    rows = [line.split() for line in out.splitlines()]
    assert rows == [["2", "CC102", "currency-mislabel", "error"], ["1", *CC106_ROW]]


CC106_ROW = ["CC106", "conflicting-conversions", "warning"]


@pytest.mark.parametrize(("fail_on", "status"), [("warning", 1), ("error", 0)])
def test_fail_on_error_lets_warnings_pass(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fail_on: str, status: int
) -> None:
    story = tmp_path / "a.txt"
    story.write_text(CONFLICTING, encoding="utf-8")
    code, out, _ = run(capsys, "check", "--fail-on", fail_on, str(story))
    assert code == status
    assert "CC106 conflicting-conversions [warning]" in out  # reported either way


def test_fail_on_error_still_fails_on_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "check", "--fail-on", "error", str(SEED))[0] == 1


@pytest.mark.parametrize("command", [[], ["check"]])
def test_help_says_the_tool_reads_english(
    capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    with pytest.raises(SystemExit):
        main([*command, "--help"])
    assert "reads English" in " ".join(capsys.readouterr().out.split())


# --- Colour --------------------------------------------------------------------------


def test_force_color_colours_the_report(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    _, out, err = run(capsys, "check", str(SEED))
    assert ANSI.search(out) and ANSI.search(err)
    assert "CC102 currency-mislabel [error]" in ANSI.sub("", out)


@pytest.mark.parametrize("fmt", ["full", "concise", "json"])
def test_no_color_wins_and_pipes_get_none(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    _, plain, _ = run(capsys, "check", "--output-format", fmt, str(SEED))
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("NO_COLOR", "1")
    _, out, err = run(capsys, "check", "--output-format", fmt, str(SEED))
    assert "\033[" not in out + err + plain


def test_machine_formats_are_never_coloured(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    _, out, _ = run(capsys, "check", "--output-format", "json", str(SEED))
    assert "\033[" not in out


# --- Progress --------------------------------------------------------------------------


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _reports(n: int) -> Iterator[DocumentReport]:
    return (DocumentReport(path=f"{i}.txt") for i in range(n))


def test_a_long_run_shows_the_total_and_the_time_left_then_clears_it() -> None:
    ticks = iter(range(1000))
    screen = Terminal()
    done = list(_progress(_reports(10), 10, screen, clock=lambda: float(next(ticks))))
    assert len(done) == 10
    shown = screen.getvalue()
    assert "checked 3 of 10 documents, about 7 s left" in shown
    assert shown.endswith("\r\033[K")  # the line is cleared before the summary


def test_a_short_run_or_a_pipe_shows_no_progress() -> None:
    screen, pipe = Terminal(), io.StringIO()
    list(_progress(_reports(10), 10, screen, clock=lambda: 0.0))
    ticks = iter(range(1000))
    list(_progress(_reports(10), 10, pipe, clock=lambda: float(next(ticks))))
    assert screen.getvalue() == pipe.getvalue() == ""


# --- claimcheck rule CODE ----------------------------------------------------------


@pytest.mark.parametrize("rule", all_rules(), ids=lambda rule: rule.code)
def test_rule_explains_a_rule_with_its_examples(
    capsys: pytest.CaptureFixture[str], rule: type
) -> None:
    code, out, _ = run(capsys, "rule", rule.code)
    assert code == 0
    assert out.startswith(f"{rule.code} {rule.name} ({rule.severity})\n")
    for failing in rule.examples()["Failing"]:
        assert " ".join(failing.split()) in " ".join(out.split())
    assert "claimcheck says: " in out  # what it reports on the failing example


def test_rule_by_name_and_a_misspelt_rule(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rule", "change-mismatch")
    assert code == 0 and out.startswith("CC301 change-mismatch")
    code, _, err = run(capsys, "rule", "change-mismatsh")
    assert code == 2
    assert "no rule named 'change-mismatsh' (did you mean 'change-mismatch'?)" in err
