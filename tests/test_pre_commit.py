"""The pre-commit hook: a valid hooks file whose entry runs claimcheck on staged stories."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "articles" / "seed.txt"
CORRECTED = ROOT / "fixtures" / "articles" / "seed-corrected.txt"
# The keys pre-commit reads from a hooks file, and the languages it installs hooks in.
REQUIRED = {"id", "name", "entry", "language"}
KNOWN = REQUIRED | {
    "alias", "files", "exclude", "types", "types_or", "exclude_types", "always_run",
    "fail_fast", "verbose", "pass_filenames", "require_serial", "description",
    "language_version", "log_file", "minimum_pre_commit_version", "args", "stages",
}  # fmt: skip


@pytest.fixture(scope="module")
def hook() -> dict[str, Any]:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert isinstance(hooks, list) and len(hooks) == 1
    [found] = hooks
    assert isinstance(found, dict)
    return found


def test_the_hooks_file_is_one_valid_hook(hook: dict[str, Any]) -> None:
    assert REQUIRED <= set(hook) <= KNOWN
    assert hook["id"] == "claimcheck"
    assert hook["language"] == "python"  # pre-commit pip-installs this repository
    assert hook["types"] == ["text"]
    assert shlex.split(hook["entry"])[:2] == ["claimcheck", "check"]


@pytest.mark.parametrize(
    ("name", "taken"),
    [
        ("stories/a.txt", True),
        ("a.md", True),
        ("a.markdown", True),
        ("site/a.html", True),
        ("site/a.htm", True),
        ("setup.py", False),
        ("a.md.bak", False),
        ("a.rst", False),
    ],
)
def test_the_files_pattern_takes_the_stories_claimcheck_reads(
    hook: dict[str, Any], name: str, taken: bool
) -> None:
    assert bool(re.search(hook["files"], name)) == taken  # pre-commit uses re.search


def _run_entry(hook: dict[str, Any], *files: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The hook as pre-commit runs it: the entry, then the staged files' names."""
    command, *options = shlex.split(hook["entry"])
    program = shutil.which(command, path=str(Path(sys.executable).parent))
    assert program is not None, "the claimcheck script is installed beside python"
    return subprocess.run(
        [program, *options, *map(str, files)], cwd=cwd, capture_output=True, text=True
    )


def test_the_entry_fails_on_a_story_with_findings_and_passes_a_clean_one(
    hook: dict[str, Any], tmp_path: Path
) -> None:
    (tmp_path / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "ok.md").write_text(CORRECTED.read_text(encoding="utf-8"), encoding="utf-8")
    failing = _run_entry(hook, Path("seed.txt"), Path("ok.md"), cwd=tmp_path)
    assert failing.returncode == 1
    assert "seed.txt:17:182: CC102 [error]" in failing.stdout
    assert _run_entry(hook, Path("ok.md"), cwd=tmp_path).returncode == 0


def test_the_entry_honours_the_projects_exclude(hook: dict[str, Any], tmp_path: Path) -> None:
    (tmp_path / "claimcheck.toml").write_text('exclude = ["drafts"]\n', encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "seed.txt").write_text(SEED.read_text(encoding="utf-8"))
    result = _run_entry(hook, Path("drafts/seed.txt"), cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, "")
