"""A hostile filesystem and a careless user: every path gets an answer, nothing is lost.

Paths that cannot be read are errors naming them (exit 2) while the other inputs are still
checked; no flag writes over a story, a report or a baseline; nothing ever writes into a
checked file; the pytest plugin's cache never skips a story whose check would now differ.
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import importlib
import json
import os
import pkgutil
import re
import resource
import signal
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import claimcheck
from claimcheck.cli import main

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "articles" / "seed.txt"
WUHAN = "WUHAN - Hubei's GDP rose to 6 trillion yen ($834 billion) in 2024, the government said."
FACTS = """version = 1
[[entity]]
name = "China"
kind = "country"
[[metric]]
name = "GDP"
[[fact]]
entity = "China"
metric = "GDP"
period = "2024"
value = {value}
unit = "CNY"
source = {{ publisher = "National Bureau of Statistics", title = "Communiqué" }}
"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def documents(out: str) -> list[dict[str, Any]]:
    return list(json.loads(out)["documents"])


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with one story that has findings (the seed) and one with none."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seed.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "clean.txt").write_text("The ministry did not comment.\n", encoding="utf-8")
    return tmp_path


def unreadable_folders(monkeypatch: pytest.MonkeyPatch, *folders: Path) -> None:
    """Make listing these folders fail as it does without read permission (even for root)."""
    real = os.scandir
    refused = {os.path.abspath(folder) for folder in folders}

    def scandir(path: Any = ".") -> Any:
        if os.path.abspath(os.fsdecode(path)) in refused:
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


# Paths that cannot be read


@pytest.mark.parametrize("loop", [("loop",), ("a", "b")], ids=["self", "two-links"])
def test_a_loop_of_symbolic_links_is_an_error_naming_it_and_the_rest_are_checked(
    desk: Path, capsys: pytest.CaptureFixture[str], loop: tuple[str, ...]
) -> None:
    for name, target in zip(loop, loop[1:] + loop[:1], strict=True):
        (desk / name).symlink_to(target)
    code, out, err = run(capsys, "check", "--output-format", "json", loop[0], "seed.txt")
    assert code == 2
    assert f"{loop[0]}: a loop of symbolic links" in err
    assert "Traceback" not in err
    assert [(d["path"], len(d["findings"])) for d in documents(out)] == [
        (loop[0], 0),
        ("seed.txt", 2),
    ]


def test_a_folder_that_cannot_be_listed_is_an_error_and_the_rest_are_checked(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (desk / "locked").mkdir()
    (desk / "locked" / "story.txt").write_text(WUHAN, encoding="utf-8")
    unreadable_folders(monkeypatch, desk / "locked")
    code, out, err = run(capsys, "check", "--output-format", "json", "locked", "seed.txt")
    assert code == 2
    assert "locked: cannot be read (permission denied)" in err
    assert [d["path"] for d in documents(out)] == ["locked", "seed.txt"]


def test_an_unreadable_folder_inside_a_checked_folder_is_reported_not_skipped(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (desk / "desk" / "locked").mkdir(parents=True)
    (desk / "desk" / "locked" / "story.txt").write_text(WUHAN, encoding="utf-8")
    (desk / "desk" / "open.txt").write_text(WUHAN, encoding="utf-8")
    unreadable_folders(monkeypatch, desk / "desk" / "locked")
    code, out, err = run(capsys, "check", "--output-format", "json", "desk")
    assert code == 2
    assert [(d["path"], d["error"] is None) for d in documents(out)] == [
        (str(Path("desk", "locked")), False),
        (str(Path("desk", "open.txt")), True),
    ]
    assert "1 finding in 1 of 1 document; 1 could not be read" in err


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads all")
def test_a_folder_without_read_permission_is_reported(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    locked = desk / "stories" / "locked"
    locked.mkdir(parents=True)
    (locked / "story.txt").write_text(WUHAN, encoding="utf-8")
    locked.chmod(0)
    try:
        code, _, err = run(capsys, "check", "stories")
    finally:
        locked.chmod(0o755)
    assert code == 2 and "locked: cannot be read (permission denied)" in err


def test_a_run_that_finds_no_document_is_an_error_not_a_pass(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (desk / "empty").mkdir()
    (desk / "empty" / "notes.rst").write_text(WUHAN, encoding="utf-8")
    code, out, err = run(capsys, "check", "empty")
    assert code == 2 and out == ""
    assert "no document to check in empty" in err and "*.md" in err


def test_error_lines_name_the_path_once_and_json_lines_carry_them(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "check", "--output-format", "concise", "gone.txt", "seed.txt")
    assert code == 2
    assert out.splitlines()[0] == "gone.txt: error: no such file or directory; check the path"
    code, out, _ = run(capsys, "check", "--output-format", "json-lines", "gone.txt", "seed.txt")
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines[0] == {
        "path": "gone.txt",
        "error": "gone.txt: no such file or directory; check the path",
    }
    assert [line["rule"] for line in lines[1:]] == ["CC102", "CC102"]


# Encodings and bytes


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_a_file_whose_byte_order_mark_names_its_encoding_is_read(
    desk: Path, capsys: pytest.CaptureFixture[str], encoding: str
) -> None:
    mark = {"utf-16": b"", "utf-16-be": b"\xfe\xff", "utf-32": b""}[encoding]
    (desk / "story.txt").write_bytes(mark + WUHAN.encode(encoding))
    code, out, _ = run(capsys, "check", "--output-format", "json", "story.txt")
    (document,) = documents(out)
    assert code == 1 and [f["rule"] for f in document["findings"]] == ["CC102"]


def test_bytes_are_checked_as_utf_8_and_other_types_are_told_what_to_pass() -> None:
    assert claimcheck.check(WUHAN.encode()).model_dump() == claimcheck.check(WUHAN).model_dump()
    assert claimcheck.extract(WUHAN.encode()) == claimcheck.extract(WUHAN)
    with pytest.raises(TypeError, match=r"takes the text as str, or as bytes in UTF-8, not int"):
        claimcheck.check(2024)  # type: ignore[arg-type]


def test_a_file_name_that_is_not_utf_8_gets_a_report_in_every_format(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if sys.platform == "darwin":
        pytest.skip("macOS file names are always UTF-8")
    (desk / os.fsdecode(b"h\xfcbei.txt")).write_text(WUHAN, encoding="utf-8")
    for fmt in ("json", "sarif", "json-lines", "html"):
        code, _, err = run(capsys, "check", "--output-format", fmt, "-o", f"report.{fmt}", ".")
        assert code == 1, err
        report = (desk / f"report.{fmt}").read_text(encoding="utf-8")
        assert "bei.txt" in report and "\udcfc" not in report


# Never destroy a report, a baseline or a story


def _run_with_a_file_size_limit(limit: int, *args: str) -> subprocess.CompletedProcess[str]:
    """claimcheck in a process that may write no more than `limit` bytes to a file, as on
    a full disk: a write past it fails with EFBIG."""

    def limited() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    return subprocess.run(
        [sys.executable, "-m", "claimcheck", *args],
        capture_output=True,
        text=True,
        preexec_fn=limited,
        check=False,
    )


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs file size limits")
def test_a_failed_report_write_leaves_the_previous_report_whole(desk: Path) -> None:
    good = '{"previous": "report"}\n'
    (desk / "report.json").write_text(good, encoding="utf-8")
    result = _run_with_a_file_size_limit(
        2_000, "check", "--output-format", "json", "-o", "report.json", "seed.txt"
    )
    assert result.returncode == 2
    assert "--output: cannot write report.json" in result.stderr
    assert "Traceback" not in result.stderr
    assert (desk / "report.json").read_text(encoding="utf-8") == good
    assert sorted(p.name for p in desk.iterdir()) == ["clean.txt", "report.json", "seed.txt"]


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs file size limits")
def test_a_failed_baseline_write_leaves_the_previous_baseline_whole(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "check", "--write-baseline", "baseline.json", "seed.txt")[0] == 0
    before = (desk / "baseline.json").read_bytes()
    (desk / "seed.txt").write_text(SEED.read_text(encoding="utf-8") * 3, encoding="utf-8")
    result = _run_with_a_file_size_limit(
        len(before), "check", "--write-baseline", "baseline.json", "seed.txt"
    )
    assert result.returncode == 2 and "cannot write the baseline" in result.stderr
    assert (desk / "baseline.json").read_bytes() == before


LONG_NAME = "a" * 300 + ".txt"  # longer than any file system allows a name to be
HOSTILE = {
    "a name too long for the file system": (["check", LONG_NAME, "seed.txt"], LONG_NAME[:40]),
    "claims of a name too long": (["claims", LONG_NAME], LONG_NAME[:40]),
    "a loop of links and a pipe as inputs": (["check", "loop", "pipe", "seed.txt"], "loop:"),
    "a pipe as the baseline": (["check", "--baseline", "pipe", "seed.txt"], "pipe: not a"),
    "an endless device as the baseline": (
        ["check", "--baseline", "/dev/zero", "seed.txt"],
        "/dev/zero: not a regular file",
    ),
    "a pipe as the facts sheet": (["check", "--facts", "pipe", "seed.txt"], "pipe is not a"),
    "a pipe as the rates file": (["check", "--rates", "pipe", "seed.txt"], "pipe is not a"),
    "a facts sheet's name too long": (["check", "--facts", LONG_NAME, "seed.txt"], "too long"),
    "a rates file's name too long": (["check", "--rates", LONG_NAME, "seed.txt"], "too long"),
    "a folder as the report": (["check", "-o", "stories", "seed.txt"], "cannot write stories"),
    "a port past the last": (["serve", "--port", "99999"], "port number from 0 to 65535"),
    "a negative port": (["serve", "--port", "-1"], "port number from 0 to 65535"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_the_command_line_answers_a_hostile_filesystem_without_a_traceback(
    desk: Path, case: str
) -> None:
    """Run as a user runs it, in a process of its own (a hang fails on the timeout)."""
    os.mkfifo(desk / "pipe")
    (desk / "loop").symlink_to(desk / "loop")
    (desk / "stories").mkdir()
    args, named = HOSTILE[case]
    result = subprocess.run(
        [sys.executable, "-m", "claimcheck", *args], capture_output=True, text=True, timeout=120
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 2, result.stderr
    assert named in result.stderr


@pytest.mark.parametrize("option", ["-o", "--write-baseline"])
def test_a_pipe_or_device_named_as_output_is_written_to_never_replaced(
    desk: Path, capsys: pytest.CaptureFixture[str], option: str
) -> None:
    """`-o /dev/null` or `-o /dev/stdout` must not swap the device for a file (as root,
    that replaces /dev/null for the whole machine); a named pipe stands in for them."""
    pipe = desk / "pipe"
    os.mkfifo(pipe)
    reader = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)  # so that opening it to write returns
    try:
        code = run(capsys, "check", "--output-format", "concise", option, "pipe", "seed.txt")[0]
        received = b"".join(iter(lambda: os.read(reader, 65536), b""))
    finally:
        os.close(reader)
    assert code == (1 if option == "-o" else 0)
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert (b"seed.txt:17:182: CC102" if option == "-o" else b'"CC102"') in received
    assert sorted(p.name for p in desk.iterdir()) == ["clean.txt", "pipe", "seed.txt"]


@pytest.mark.parametrize("option", ["-o", "--write-baseline"])
@pytest.mark.parametrize("target", ["seed.txt", "./stories/../seed.txt", "link.txt"])
def test_no_output_may_be_written_over_a_checked_story(
    desk: Path, capsys: pytest.CaptureFixture[str], option: str, target: str
) -> None:
    (desk / "stories").mkdir()
    (desk / "link.txt").symlink_to(desk / "seed.txt")
    story = (desk / "seed.txt").read_bytes()
    code, out, err = run(capsys, "check", option, target, ".")
    assert code == 2 and out == ""
    assert f"{target} is a checked document" in err
    assert (desk / "seed.txt").read_bytes() == story


@pytest.mark.parametrize("setting", ["--facts", "--rates", "--baseline"])
def test_the_report_may_not_be_written_over_a_file_the_check_reads(
    desk: Path, capsys: pytest.CaptureFixture[str], setting: str
) -> None:
    files = {
        "--facts": FACTS.format(value="134.9e12"),
        "--rates": 'source = "desk"\n[[rate]]\ncurrency = "VND"\nperiod = "2024"\nper_usd = 1\n',
        "--baseline": '{"version": 1, "entries": []}\n',
    }
    (desk / "input.toml").write_text(files[setting], encoding="utf-8")
    assert run(capsys, "check", setting, "input.toml", "clean.txt")[0] == 0  # a valid file
    code, _, err = run(capsys, "check", setting, "input.toml", "-o", "input.toml", "clean.txt")
    assert code == 2 and "--output: input.toml is" in err
    assert (desk / "input.toml").read_text(encoding="utf-8") == files[setting]


def test_a_baseline_is_not_written_from_a_run_that_could_not_read_an_input(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "check", "--write-baseline", "baseline.json", "seed.txt")[0] == 0
    before = (desk / "baseline.json").read_bytes()
    code, _, err = run(capsys, "check", "--write-baseline", "baseline.json", "sed.txt")
    assert code == 2
    assert "sed.txt: no such file" in err and "baseline.json is left as it was" in err
    assert (desk / "baseline.json").read_bytes() == before


def test_writing_a_baseline_says_how_many_entries_it_adds_and_drops(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "check", "--write-baseline", "baseline.json", "seed.txt")
    assert code == 0 and "wrote 2 findings to baseline.json as accepted (2 added, 0 dropped)" in err
    (desk / "wuhan.txt").write_text(WUHAN, encoding="utf-8")
    seed = (desk / "seed.txt").read_text(encoding="utf-8")
    (desk / "seed.txt").write_text(seed.replace("11.5 trillion JPY", "11.5 trillion CNY", 1))
    code, _, err = run(
        capsys, "check", "--write-baseline", "baseline.json", "seed.txt", "wuhan.txt"
    )
    assert code == 0 and "wrote 2 findings to baseline.json as accepted (1 added, 1 dropped)" in err


def _digests(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_nothing_ever_writes_into_a_checked_file(
    desk: Path, capsys: pytest.CaptureFixture[str], pytester: pytest.Pytester
) -> None:
    stories = desk / "stories"
    stories.mkdir()
    for name in ("seed.txt", "seed.md", "seed.html"):
        (stories / name).write_bytes(SEED.read_bytes())
    (stories / "wuhan.txt").write_text(WUHAN + "\x1b[2J", encoding="utf-8")
    before = _digests(stories)
    runs: list[Callable[[], object]] = [
        *(
            (lambda fmt=fmt: main(["check", "--output-format", fmt, "stories"]))
            for fmt in ("full", "concise", "json", "json-lines", "github", "sarif", "html")
        ),
        lambda: main(["check", "--output-format", "markdown", "-o", "report.md", "stories"]),
        lambda: main(["check", "--jobs", "2", "stories"]),
        lambda: main(["claims", "stories"]),
        lambda: main(["check", "--write-baseline", "baseline.json", "stories"]),
        lambda: main(["check", "--baseline", "baseline.json", "stories"]),
        lambda: list(claimcheck.check_many(["stories"])),
        lambda: claimcheck.check_file(stories / "seed.md"),
    ]
    for action in runs:
        action()
        assert _digests(stories) == before
    pytester.makeini("[pytest]\n")
    pytester.runpytest("--claimcheck", str(stories)).assert_outcomes(failed=4)  # every story
    assert _digests(stories) == before
    capsys.readouterr()


# The pytest plugin's cache


@pytest.fixture
def newsroom(pytester: pytest.Pytester) -> Iterator[pytest.Pytester]:
    pytester.makeini("[pytest]\naddopts = --claimcheck --claimcheck-facts=facts.toml -rs\n")
    (pytester.path / "story.txt").write_text(
        "China's GDP was 134.9 trillion yuan in 2024.\n", encoding="utf-8"
    )
    (pytester.path / "facts.toml").write_text(FACTS.format(value="134.9e12"), encoding="utf-8")
    yield pytester


def test_the_plugin_does_not_skip_a_story_an_edited_facts_sheet_now_contradicts(
    newsroom: pytest.Pytester,
) -> None:
    newsroom.runpytest().assert_outcomes(passed=1)
    newsroom.runpytest().assert_outcomes(skipped=1)  # unchanged: skipped from the cache
    (newsroom.path / "facts.toml").write_text(FACTS.format(value="100e12"), encoding="utf-8")
    result = newsroom.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*off the facts: GDP of China in 2024 was 100 trillion CNY*"])


def test_the_plugin_does_not_skip_a_story_when_its_baseline_changes(
    newsroom: pytest.Pytester,
) -> None:
    (newsroom.path / "story.txt").write_text(WUHAN, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(newsroom.path)
        assert main(["check", "--write-baseline", "accepted.json", "story.txt"]) == 0
    newsroom.runpytest("--claimcheck-baseline=accepted.json").assert_outcomes(passed=1)
    (newsroom.path / "accepted.json").write_text('{"version": 1, "entries": []}\n')
    newsroom.runpytest("--claimcheck-baseline=accepted.json").assert_outcomes(failed=1)


# Terminal hygiene

ESCAPES = "\x1b[2J\x1b]0;owned\x07\x1b[31m\x9b1;1H\x07\x08\x7f\u202e"


@pytest.mark.parametrize(
    "command",
    [
        ["check", "--output-format", "full"],
        ["check", "--output-format", "concise"],
        ["check", "--output-format", "github"],
        ["check", "--output-format", "markdown"],
        ["claims"],
    ],
    ids=["full", "concise", "github", "markdown", "claims"],
)
def test_control_characters_never_reach_the_terminal(
    desk: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    (desk / f"{ESCAPES}.txt").write_text(f"{ESCAPES}{WUHAN}{ESCAPES}", encoding="utf-8")
    _, out, err = run(capsys, *command, ".")
    assert "7.19 JPY/USD" in out or "6 trillion yen" in out
    for char in "\x1b\x07\x08\x7f\x9b\u202e":
        assert char not in out and char not in err


def test_figures_are_never_read_out_of_terminal_escapes() -> None:
    coloured = claimcheck.check(WUHAN.replace("6 trillion", "\x1b[31m6 trillion\x1b[0m"))
    (plain,) = claimcheck.check(WUHAN).documents
    (document,) = coloured.documents
    assert [c.kind for c in document.claims] == [c.kind for c in plain.claims]
    assert [f.rule for f in document.findings] == ["CC102"]
    assert not any("31" in c.text or c.text.strip() == "0" for c in document.claims)


# Facts sheets: the loader and docs/facts.md agree


@pytest.mark.parametrize("field", ["value", "low", "high"])
def test_a_facts_sheet_value_of_true_or_false_is_refused(tmp_path: Path, field: str) -> None:
    from claimcheck.errors import FactsFileError
    from claimcheck.facts.load import load_sheets

    sheet = FACTS.format(value="134.9e12") + f"{field} = true\n"
    if field == "value":
        sheet = FACTS.format(value="true")
    (tmp_path / "facts.toml").write_text(sheet, encoding="utf-8")
    with pytest.raises(FactsFileError, match=f"{field}: must be a number, not true or false"):
        load_sheets([tmp_path / "facts.toml"])


def test_a_fact_published_as_a_range_needs_only_low_and_high(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = FACTS.format(value="0").replace("value = 0\n", "low = 130e12\nhigh = 135e12\n")
    (desk / "facts.toml").write_text(sheet, encoding="utf-8")
    for figure, expected in (("134.9", 0), ("120", 1)):
        (desk / "story.txt").write_text(f"China's GDP was {figure} trillion yuan in 2024.\n")
        code, out, err = run(
            capsys, "check", "--facts", "facts.toml", "--output-format", "json", "story.txt"
        )
        assert code == expected, err
        (document,) = documents(out)
        assert document["claims"][0]["verdict"] == ("consistent", "inconsistent")[expected]


# The same figures on every CPython 3.11


def _claimcheck_patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    import claimcheck as package
    from claimcheck.extract.scan import Scan

    for module in pkgutil.walk_packages(package.__path__, "claimcheck."):
        if module.name in ("claimcheck.pytest_plugin", "claimcheck.__main__"):
            continue
        for name, value in vars(importlib.import_module(module.name)).items():
            pattern = value.pattern if isinstance(value, Scan) else value
            if isinstance(pattern, re.Pattern):
                yield f"{module.name}.{name}", pattern


def _quantifiers(parsed: Any) -> Iterator[str]:
    """The names of the constructs in a parsed regular expression, however deeply nested."""
    for item in parsed.data if hasattr(parsed, "data") else parsed:
        if isinstance(item, tuple) and item and hasattr(item[0], "name"):
            yield str(item[0])  # an opcode and its arguments: ("MAX_REPEAT", (0, 2, sub))
            yield from _quantifiers(item[1:])
        elif isinstance(item, list | tuple) or hasattr(item, "data"):
            yield from _quantifiers(item)  # arguments, a branch's subpatterns, a subpattern


def test_the_construct_finder_sees_constructs_nested_in_repeats_and_groups() -> None:
    parsed = re._parser.parse(r"(?:a(?:[0-9]++|x)b)*", 0)  # type: ignore[attr-defined]
    assert {"POSSESSIVE_REPEAT", "MAX_REPEAT", "BRANCH"} <= set(_quantifiers(parsed))


def test_no_pattern_uses_the_constructs_whose_behaviour_changed_within_python_3_11() -> None:
    """Possessive quantifiers and atomic groups matched differently before 3.11.5 (on
    3.11.2 the seed's "2024." was read as a figure): no pattern may use them, so that
    claimcheck reads the same figures on every Python it supports."""
    found = {}
    for name, pattern in _claimcheck_patterns():
        parsed = re._parser.parse(pattern.pattern, pattern.flags)  # type: ignore[attr-defined]
        constructs = set(_quantifiers(parsed)) & {"POSSESSIVE_REPEAT", "ATOMIC_GROUP"}
        if constructs:
            found[name] = sorted(constructs)
    assert len(list(_claimcheck_patterns())) > 50
    assert found == {}


def test_a_year_that_ends_a_sentence_is_a_year_not_another_figure() -> None:
    (claim,) = claimcheck.extract("Unemployment was 5 percent in 2024.")
    assert claim.kind == "figure" and claim.text == "5 percent"
    report = claimcheck.check(SEED.read_text(encoding="utf-8"))
    assert report.documents[0].coverage.figures == 14


# Impossible arithmetic is not judged


@pytest.mark.parametrize(
    "text",
    [
        "SHANGHAI - It cost 10^400 yuan ($10^399) in 2024.",
        "SHANGHAI - It cost 10 ^ 40 yuan ($10 ** 39) in 2024.",
        "SHANGHAI - It holds 6.02 × 10^23 yuan ($8.3 × 10^22) in 2024.",
    ],
)
def test_powers_are_not_read_as_figures(text: str) -> None:
    report = claimcheck.check(text)
    assert report.findings == []
    assert [c.kind for c in report.claims] == []


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Sales rose 50 percent from 0 to 5.", "a change from zero has no percentage"),
        (
            "Sales rose 3 percent to 1 yuan from -5 yuan.",
            "a change from a negative value has no percentage",
        ),
        (
            "Sales rose 50 percent to 3 billion euros in 2024 from 0 euros in 2023.",
            "a change from zero has no percentage",
        ),
        ("Sales tripled from 0 to 5 million euros.", "a change from zero has no percentage"),
        (
            "Sales rose 20 percent from less than 1 million euros to 5 million euros.",
            "a change from a value that may be zero has no percentage",
        ),
    ],
)
def test_a_change_from_zero_or_across_a_sign_is_unverifiable_with_the_reason(
    text: str, reason: str
) -> None:
    (judged,) = [v for c, v in claimcheck.check(text).judged() if c.kind == "change"]
    assert (judged.verdict, judged.reason) == ("unverifiable", reason)


def test_a_change_between_positive_values_is_still_judged() -> None:
    report = claimcheck.check("Sales rose 50 percent from 40 million euros to 50 million euros.")
    assert [f.rule for f in report.findings] == ["CC301"]


def test_check_many_takes_texts_as_bytes_and_reports_those_that_do_not_decode() -> None:
    reports = claimcheck.check_many([("wuhan.txt", WUHAN.encode()), ("bad.txt", b"\xff5%")])
    (good,), (bad,) = (report.documents for report in reports)
    assert [f.rule for f in good.findings] == ["CC102"]
    assert bad.error == "bad.txt: not valid UTF-8 (byte 0); re-save the file as UTF-8"


def test_many_jobs_start_no_more_processes_than_processors(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--jobs 100000` would fork a hundred thousand processes and stall the machine."""
    started: list[int] = []

    class Pool(concurrent.futures.ThreadPoolExecutor):
        def __init__(self, max_workers: int) -> None:
            started.append(max_workers)
            super().__init__(max_workers)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Pool)
    code, out, _ = run(capsys, "check", "--jobs", "100000", "--output-format", "concise", ".")
    assert code == 1 and "seed.txt:17:182: CC102" in out
    assert started == [os.cpu_count() or 1]


@pytest.mark.parametrize(
    "text",
    ["About ſİx people came.", "ſeven hundred firms closed.", "Sales rose fİve-point-ſix percent."],
)
def test_letters_that_only_fold_to_number_words_are_not_read_as_figures(text: str) -> None:
    """Case-insensitive matching folds "ſ" to "s" and "İ" to "i": such words are no number."""
    report = claimcheck.check(text)
    assert report.claims == []
