"""Shell completion: the bash script is run in bash; zsh and fish are checked by content."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from claimcheck.cli import main

BASH = shutil.which("bash")


def completion(capsys: pytest.CaptureFixture[str], shell: str) -> str:
    assert main(["completion", shell]) == 0
    return capsys.readouterr().out


def complete(script: str, line: str, folder: Path) -> list[str]:
    """What bash offers after `line` (its last word is being completed)."""
    words = line.split(" ")
    program = (
        f"{script}\n"
        f"COMP_WORDS=({' '.join(repr(w) for w in words)}); COMP_CWORD={len(words) - 1}\n"
        "_claimcheck_complete; printf '%s\\n' \"${COMPREPLY[@]}\"\n"
    )
    assert BASH is not None
    result = subprocess.run(
        [BASH, "--norc", "-c", program], cwd=folder, capture_output=True, text=True, check=True
    )
    return [line for line in result.stdout.splitlines() if line]


@pytest.mark.skipif(BASH is None, reason="needs bash")
@pytest.mark.parametrize(
    ("line", "offered"),
    [
        ("claimcheck ch", ["check"]),
        ("claimcheck c", ["check", "claims", "completion"]),
        ("claimcheck check --fail", ["--fail-on"]),
        ("claimcheck check --fail-on ", ["error", "warning"]),
        ("claimcheck check --output-format s", ["sarif"]),
        ("claimcheck check --ignore CC10", [f"CC10{i}" for i in range(1, 7)]),
        ("claimcheck rule CC30", [f"CC30{i}" for i in range(1, 7)]),
        ("claimcheck completion ", ["bash", "fish", "zsh"]),
        ("claimcheck check sto", ["story.md"]),
    ],
)
def test_bash_completes_commands_options_choices_and_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, line: str, offered: list[str]
) -> None:
    (tmp_path / "story.md").write_text("text", encoding="utf-8")
    assert sorted(complete(completion(capsys, "bash"), line, tmp_path)) == offered


def test_zsh_loads_the_bash_completion(capsys: pytest.CaptureFixture[str]) -> None:
    script = completion(capsys, "zsh")
    assert script.startswith("autoload -U +X bashcompinit && bashcompinit\n")
    assert script.endswith(completion(capsys, "bash"))


def test_fish_lists_every_command_and_option(capsys: pytest.CaptureFixture[str]) -> None:
    script = completion(capsys, "fish")
    for command in ("check", "claims", "rules", "rule", "completion"):
        assert f" -a {command} -d " in script
    assert "-l fail-on -x -a 'error warning'" in script
    assert "-s q -l quiet -d" in script
    assert "-l stdin-filename -r -F" in script
    for line in script.splitlines()[1:]:
        assert line.startswith("complete -c claimcheck ")
        assert line.count("'") % 2 == 0  # every quote closed


def test_an_unknown_shell_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["completion", "tcsh"])
    assert stop.value.code == 2
    assert "invalid choice: 'tcsh'" in capsys.readouterr().err
