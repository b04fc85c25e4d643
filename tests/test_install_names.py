"""The docs install this project under its own distribution name, with extras it has.

The package index holds an unrelated `claimcheck`: a doc that says `pip install claimcheck`
installs someone else's code. Every install line in the README, docs/ (Markdown and the
tutorial notebook) and benchmarks/README.md must name the distribution in pyproject.toml,
or the local checkout (`.`), and only extras that pyproject.toml defines.
"""

from __future__ import annotations

import json
import re
import shlex
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
NAME = PROJECT["name"]
EXTRAS = set(PROJECT["optional-dependencies"])
DOCS = sorted(
    [
        ROOT / "README.md",
        ROOT / "benchmarks" / "README.md",
        *(ROOT / "docs").glob("*.md"),
        *(ROOT / "docs").glob("*.ipynb"),
    ]
)

# An install command, up to the end of its line, inline code span or shell operator.
_INSTALL = re.compile(r"\b(?:pip3?|pipx|uv pip) install\b([^`\n;&|#]*)|\buv add\b([^`\n;&|#]*)")
_REQUIREMENT = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*|\.)(?:\[([^\]]*)\])?")
# Options that take a value, whose value is not a distribution.
_OPTIONS_WITH_VALUE = {"-r", "--requirement", "-c", "--constraint", "-i", "--index-url"}


def _text(path: Path) -> str:
    if path.suffix == ".ipynb":
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        return "\n".join("".join(cell["source"]) for cell in cells)
    return path.read_text(encoding="utf-8")


def installs(text: str) -> list[tuple[str, set[str]]]:
    """Each (distribution, extras) that an install command in `text` names; '.' for a checkout."""
    found = []
    for match in _INSTALL.finditer(text):
        words = shlex.split(match.group(1) or match.group(2) or "", posix=True)
        skip = False
        for word in words:
            if skip or word.startswith("-"):
                skip = word in _OPTIONS_WITH_VALUE
                continue
            requirement = _REQUIREMENT.match(word)
            assert requirement, f"cannot read the requirement {word!r} in {match.group(0)!r}"
            extras = {e.strip() for e in (requirement.group(2) or "").split(",") if e.strip()}
            found.append((requirement.group(1), extras))
    return found


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_the_distribution_is_not_the_name_an_unrelated_project_holds() -> None:
    assert _normalised(NAME) != "claimcheck"
    assert PROJECT["scripts"] == {"claimcheck": "claimcheck.cli:main"}  # the command stays


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_install_line_names_this_distribution_and_its_extras(doc: Path) -> None:
    for name, extras in installs(_text(doc)):
        assert name == "." or _normalised(name) == _normalised(NAME), (
            f"{doc.relative_to(ROOT)} tells users to install {name!r}; this project is {NAME!r}"
        )
        assert extras <= EXTRAS, f"{doc.relative_to(ROOT)} names unknown extras {extras - EXTRAS}"


def test_the_readme_installs_from_the_package_index_by_this_name() -> None:
    assert (NAME, set()) in installs(_text(ROOT / "README.md"))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("pip install claimcheck", [("claimcheck", set())]),
        ("`pip install 'claimcheck[pandas]'`", [("claimcheck", {"pandas"})]),
        ("pip install -q -e '.[dev,bench]' && claimcheck check x", [(".", {"dev", "bench"})]),
        ("- run: pip install -U other-tool==1.0 # comment", [("other-tool", set())]),
        ("uv add 'claimcheck[serve]'", [("claimcheck", {"serve"})]),
        ("pip install -r requirements.txt", []),
        ("the pip documentation explains how to install things", []),
    ],
)
def test_install_lines_are_read_as_a_user_would_run_them(
    line: str, expected: list[tuple[str, set[str]]]
) -> None:
    assert installs(line) == expected
