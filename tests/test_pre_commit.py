"""The pre-commit hook: a valid hooks file whose entry runs claimcheck on staged stories."""

from __future__ import annotations

import os
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


# --- pre-commit itself, on the configurations the docs show ----------------------

_YAML_BLOCK = re.compile(r"```yaml\n(.*?)```", re.S)


def documented_hooks(path: Path) -> dict[str, str]:
    """The pre-commit entries a doc shows, by kind: 'local', or 'repository' (a placeholder)."""
    found = {}
    for block in _YAML_BLOCK.findall(path.read_text(encoding="utf-8")):
        if "id: claimcheck" in block:
            [entry] = yaml.safe_load("repos:\n" + block)["repos"]
            found["local" if entry["repo"] == "local" else "repository"] = block
    return found


@pytest.mark.parametrize("doc", ["README.md", "docs/cli.md"])
def test_the_docs_say_plainly_where_the_repository_address_goes(doc: str) -> None:
    block = documented_hooks(ROOT / doc)["repository"]
    [entry] = yaml.safe_load("repos:\n" + block)["repos"]
    # No address that looks real but leads nowhere: the placeholder says what to write.
    assert entry["repo"] == "<the URL or path of your claimcheck repository>"
    assert entry["rev"] == "<a tag or commit of it>"
    assert entry["hooks"] == [{"id": "claimcheck"}]
    assert "repo: local" in (ROOT / doc).read_text(encoding="utf-8")


def test_the_documented_local_hook_is_the_published_one(hook: dict[str, Any]) -> None:
    block = documented_hooks(ROOT / "docs" / "cli.md")["local"]
    [local] = yaml.safe_load("repos:\n" + block)["repos"][0]["hooks"]
    assert local["language"] == "system"
    assert {k: local[k] for k in ("id", "entry", "files")} == {
        k: hook[k] for k in ("id", "entry", "files")
    }


def _newsroom(tmp_path: Path, config: str) -> Path:
    """A git repository with the seed, a corrected story and a pre-commit config, staged."""
    repo = tmp_path / "newsroom"
    repo.mkdir()
    (repo / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (repo / "ok.md").write_text(CORRECTED.read_text(encoding="utf-8"), encoding="utf-8")
    (repo / ".pre-commit-config.yaml").write_text("repos:\n" + config, encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    subprocess.run(["git", "add", "."], cwd=repo, check=True)
    return repo


def _pre_commit(repo: Path, *files: str) -> subprocess.CompletedProcess[str]:
    """`pre-commit run` on some staged files, with a cache of its own and this venv first."""
    bin_dir = str(Path(sys.executable).parent)
    program = shutil.which("pre-commit", path=bin_dir)
    assert program is not None, "pre-commit is in the dev extra"
    env = {
        **os.environ,
        "PATH": bin_dir + os.pathsep + os.environ.get("PATH", ""),
        "PRE_COMMIT_HOME": str(repo.parent / "pre-commit-cache"),
    }
    return subprocess.run(
        [program, "run", "--files", *files],
        cwd=repo,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )


def test_pre_commit_runs_the_documented_local_hook(tmp_path: Path) -> None:
    repo = _newsroom(tmp_path, documented_hooks(ROOT / "docs" / "cli.md")["local"])
    failing = _pre_commit(repo, "seed.txt", "ok.md")
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "seed.txt:17:182: CC102 [error]" in failing.stdout
    passing = _pre_commit(repo, "ok.md")
    assert passing.returncode == 0, passing.stdout + passing.stderr


@pytest.mark.installs
def test_pre_commit_installs_the_hook_from_a_clone_of_this_repository(tmp_path: Path) -> None:
    """The documented three lines, pointed at this repository's path and commit: pre-commit
    clones it and pip-installs claimcheck (from the package index) as it would for a user."""
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    if head.returncode != 0:
        pytest.skip("the project is not a git checkout, which pre-commit needs to clone")
    block = documented_hooks(ROOT / "docs" / "cli.md")["repository"]
    block = block.replace("<the URL or path of your claimcheck repository>", str(ROOT))
    repo = _newsroom(tmp_path, block.replace("<a tag or commit of it>", head.stdout.strip()))
    result = _pre_commit(repo, "seed.txt", "ok.md")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "seed.txt:17:182: CC102 [error]" in result.stdout
