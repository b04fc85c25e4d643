"""Configuration: config files found from the inputs, the environment, the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimcheck
from claimcheck.cli import main
from claimcheck.config import COMMAND_LINE, KEYS, checked, find_config
from claimcheck.errors import ConfigError

GDP = "The region's GDP reached 11.5 trillion JPY (approximately 1.6 trillion USD) in 2024.\n"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A newsroom repository: stories/ with one mislabelled conversion, no config yet."""
    for key in KEYS:
        monkeypatch.delenv(f"CLAIMCHECK_{key.upper()}", raising=False)
    _write(tmp_path / "stories" / "gdp.md", GDP)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _setting(out: str, key: str) -> tuple[str, str]:
    """The value and origin of one line of --show-settings."""
    (line,) = [line for line in out.splitlines() if line.startswith(f"{key} ")]
    value, origin = line.split("#", 1)
    return value.split("=", 1)[1].strip(), origin.strip()


def test_command_line_beats_environment_beats_file_beats_default(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(project / "pyproject.toml", '[tool.claimcheck]\nignore = ["CC102"]\ntolerance = 0.05\n')
    assert _run(capsys, "check", "stories")[0] == 0  # the file ignores the finding

    monkeypatch.setenv("CLAIMCHECK_IGNORE", "CC101, CC103")
    assert _run(capsys, "check", "stories")[0] == 1  # the environment replaces the file's list

    code, out, _ = _run(capsys, "check", "--ignore", "currency-mislabel", "--show-settings", ".")
    assert code == 0
    assert _setting(out, "ignore") == ('["currency-mislabel"]', "--ignore")
    assert _setting(out, "tolerance") == ("0.05", "pyproject.toml [tool.claimcheck]")
    assert _setting(out, "select") == ("[]", "default")
    assert _run(capsys, "check", "--ignore", "currency-mislabel", "stories")[0] == 0


def test_show_settings_names_the_environment_variable(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMCHECK_DATE", "2024-06-30")
    code, out, _ = _run(capsys, "check", "--show-settings", "stories")
    assert code == 0
    assert "# config file: none found" in out
    assert _setting(out, "date") == ("2024-06-30", "CLAIMCHECK_DATE")


def test_the_nearest_config_wins_and_claimcheck_toml_beats_pyproject(project: Path) -> None:
    _write(project / "pyproject.toml", "[tool.claimcheck]\ntolerance = 0.1\n")
    _write(project / "stories" / "pyproject.toml", '[project]\nname = "stories"\n')
    source, values = find_config(["stories/gdp.md"])  # type: ignore[misc]
    assert (source.file, values) == (project / "pyproject.toml", {"tolerance": 0.1})

    _write(project / "stories" / "claimcheck.toml", "tolerance = 0.02\n")
    _write(project / "stories" / "pyproject.toml", "[tool.claimcheck]\ntolerance = 0.2\n")
    source, values = find_config(["stories/gdp.md"])  # type: ignore[misc]
    assert (source.file, values) == (project / "stories" / "claimcheck.toml", {"tolerance": 0.02})


def test_paths_in_a_config_file_are_relative_to_it(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(project / "desk" / "rates.toml", 'source = "Desk rates"\n')
    _write(project / "claimcheck.toml", 'rates = "desk/rates.toml"\nbaseline = "accepted.json"\n')
    monkeypatch.chdir(project / "stories")
    code, out, _ = _run(capsys, "check", "--show-settings", "gdp.md")
    assert code == 0
    assert _setting(out, "rates")[0] == f'"{project / "desk" / "rates.toml"}"'
    assert _setting(out, "baseline")[0] == f'"{project / "accepted.json"}"'


@pytest.mark.parametrize(
    ("config", "message"),
    [
        (
            '[tool.claimcheck]\ntolerance = "high"\n',
            "pyproject.toml: [tool.claimcheck] tolerance: must be a number between 0 and 1,"
            " e.g. 0.03 for 3%, got 'high'",
        ),
        (
            "[tool.claimcheck]\ntolerence = 0.05\n",
            "pyproject.toml: [tool.claimcheck] tolerence: unknown key; did you mean 'tolerance'?"
            " valid keys: tolerance, select, ignore, date, rates, baseline, include, exclude",
        ),
        (
            '[tool.claimcheck]\nselect = ["CC012"]\n',
            "pyproject.toml: [tool.claimcheck] select: no rule named 'CC012'",
        ),
        (
            '[tool.claimcheck]\nrates = "missing.toml"\n',
            "pyproject.toml: [tool.claimcheck] rates: no such file",
        ),
        (
            '[tool.claimcheck]\ndate = "last spring"\n',
            "date: must be a date, YYYY-MM-DD (or YYYY-MM, YYYY), got 'last spring'",
        ),
        ("[tool.claimcheck\n", "pyproject.toml: not valid TOML"),
        ("[tool]\nclaimcheck = 3\n", "[tool.claimcheck] must be a table"),
    ],
)
def test_a_bad_config_file_exits_2_naming_file_key_and_fix(
    project: Path, capsys: pytest.CaptureFixture[str], config: str, message: str
) -> None:
    _write(project / "pyproject.toml", config)
    code, out, err = _run(capsys, "check", "stories")
    assert code == 2 and out == ""
    assert message in err


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (["--tolerance", "3%"], {}, "--tolerance: must be a number between 0 and 1"),
        (["--date", "yesterday"], {}, "--date: must be a date"),
        ([], {"CLAIMCHECK_TOLERANCE": "1.5"}, "CLAIMCHECK_TOLERANCE: must be a number"),
        ([], {"CLAIMCHECK_SELECT": "CC102,currency-mislabl"}, "did you mean 'currency-mislabel'"),
    ],
)
def test_bad_options_and_variables_exit_2_naming_where_they_came_from(
    project: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    env: dict[str, str],
    message: str,
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    code, _, err = _run(capsys, "check", *args, "stories")
    assert code == 2 and message in err


def test_include_and_exclude_choose_the_files_under_a_folder(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(project / "stories" / "drafts" / "wip.md", GDP)
    _write(project / "stories" / "notes.rst", GDP)
    _write(project / "claimcheck.toml", 'include = ["*.md", "*.rst"]\nexclude = ["drafts"]\n')
    code, out, err = _run(capsys, "check", "--output-format", "concise", "stories")
    assert code == 1 and "2 findings in 2 of 2 documents" in err
    assert "notes.rst" in out and "wip.md" not in out
    # A file named on the command line is checked whatever the globs say.
    named = _run(capsys, "check", "--output-format", "concise", "stories/drafts/wip.md")
    assert "wip.md" in named[1]


def test_every_setting_has_a_check(project: Path) -> None:
    _write(project / "rates.toml", 'source = "Desk"\n')
    _write(project / "facts.toml", "version = 1\n")
    values = {
        "tolerance": 0.05,
        "select": ["CC1"],
        "ignore": "CC101",
        "date": "2024-06",
        "rates": "rates.toml",
        "baseline": "accepted.json",
        "include": ["*.md"],
        "exclude": ["drafts"],
        "facts": ["facts.toml"],
    }
    assert set(values) == set(KEYS)
    assert checked(values, COMMAND_LINE)["ignore"] == ["CC101"]


def test_the_api_ignores_config_files_and_checks_its_options(project: Path) -> None:
    _write(project / "pyproject.toml", '[tool.claimcheck]\nignore = ["CC102"]\n')
    assert [f.rule for f in claimcheck.check_file("stories/gdp.md").findings] == ["CC102"]
    with pytest.raises(ConfigError, match="option 'tolerance': must be a number"):
        claimcheck.check(GDP, tolerance="high")
    with pytest.raises(ConfigError, match="unknown key; did you mean 'select'"):
        claimcheck.check(GDP, selcet=["CC102"])
