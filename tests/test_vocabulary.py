"""The vocabulary: word lists kept once, as data files, and read by every extractor."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import claimcheck
from claimcheck import vocabulary
from claimcheck.vocabulary import VocabularyError

FILES = ("directions", "hedges", "scales", "numbers", "clauses", "cues")

# Checks a text and prints the rules of its findings, the kinds of its claims and the
# hedges of its amounts as JSON.
_CHECK = """
import json, sys
import claimcheck
report = claimcheck.check(sys.argv[1])
print(json.dumps({
    "rules": [f.rule for f in report.findings],
    "kinds": [c.kind for c in report.claims],
    "hedges": [c.amount.hedge for c in report.claims if hasattr(c, "amount")],
}))
"""


def check_with(package: Path, text: str) -> dict[str, list[str]]:
    """The check of `text` by the claimcheck package copied under `package`."""
    result = subprocess.run(
        [sys.executable, "-c", _CHECK, text],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(package)},
    )
    found: dict[str, list[str]] = json.loads(result.stdout)
    return found


@pytest.fixture
def copied(tmp_path: Path) -> Path:
    """A copy of the claimcheck package, whose vocabulary files a test may edit."""
    shutil.copytree(
        Path(claimcheck.__file__).parent,
        tmp_path / "claimcheck",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    return tmp_path


def add_entry(package: Path, file: str, section: str, entry: str) -> None:
    """Add an entry at the top of a section of the copied package's vocabulary file."""
    path = package / "claimcheck" / "vocabulary" / f"{file}.txt"
    text = path.read_text(encoding="utf-8")
    header = f"[{section}]\n"
    assert header in text
    path.write_text(text.replace(header, header + entry + "\n"), encoding="utf-8")


def test_a_direction_verb_added_to_the_file_is_read_by_every_extractor(copied: Path) -> None:
    change = "Exports skyrocketed 20 percent to 30 billion euros from 20 billion euros."
    share = "Exports skyrocketed 20 percent of the 40 billion euro economy to 8 billion euros."
    assert check_with(copied, change)["rules"] == []
    assert "share" in check_with(copied, share)["kinds"]
    add_entry(copied, "directions", "verb up", "skyrocketed, skyrockets")
    assert check_with(copied, change)["rules"] == ["CC301"]  # 20 -> 30 is 50 percent
    # ... and the shares reader now knows it for a change, not a share of the economy.
    assert "share" not in check_with(copied, share)["kinds"]


def test_a_hedge_added_to_the_file_is_read_as_one(copied: Path) -> None:
    text = "The agency put the damage at give or take 5 billion euros."
    assert check_with(copied, text)["hedges"] == [None]
    add_entry(copied, "hedges", "approx", "give or take")
    assert check_with(copied, text)["hedges"] == ["approx"]


def test_every_bundled_file_reads() -> None:
    for name in FILES:
        assert vocabulary.sections(name), name


def test_a_direction_word_is_in_exactly_one_section() -> None:
    seen: dict[str, str] = {}
    for kind in ("verb", "adverb", "noun", "compare", "multiple"):
        for direction in ("up", "down"):
            for word in vocabulary.words("directions", f"{kind} {direction}"):
                assert word not in seen, (word, seen.get(word), f"{kind} {direction}")
                seen[word] = f"{kind} {direction}"


@pytest.mark.parametrize(
    ("content", "fix"),
    [
        ("rose, fell\n", "start with '[name]'"),
        ("[verb up]\nrose, , fell\n", "spellings separated by commas"),
        ("[verb up]\nrose, fell =\n", "optionally followed by '= value'"),
        ("[verb up]\nrose\n[verb up]\nfell\n", "one '[name]' per section"),
    ],
)
def test_a_broken_file_names_the_file_the_line_and_the_fix(content: str, fix: str) -> None:
    with pytest.raises(VocabularyError, match=rf"broken\.txt, line \d+: .*{re.escape(fix)}"):
        vocabulary.parse(content, "broken.txt")


def test_a_missing_section_or_value_names_the_fix() -> None:
    with pytest.raises(VocabularyError, match=r"no section \[verb sideways\]; add it"):
        vocabulary.section("directions", "verb sideways")
    with pytest.raises(VocabularyError, match="needs a value"):
        vocabulary.values("directions", "verb up")


# --- unit spellings, generated from pint ----------------------------------------------------

UNITS_SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "update_units.py"


def run_units_script(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(UNITS_SCRIPT), *args], capture_output=True, text=True, check=False
    )


def test_the_unit_spellings_are_up_to_date_with_pint() -> None:
    result = run_units_script("--check")
    assert result.returncode == 0, result.stderr


def test_the_check_detects_an_edited_units_file(tmp_path: Path) -> None:
    bundled = Path(vocabulary.__file__).parent / "units.txt"
    edited = tmp_path / "units.txt"
    edited.write_text(bundled.read_text(encoding="utf-8").replace("metre", "metr"), "utf-8")
    result = run_units_script("--check", "--output", str(edited))
    assert result.returncode == 1
    assert "python scripts/update_units.py" in result.stderr


@pytest.mark.parametrize(
    "text",
    [
        "The cask holds 30 litres (8 gal).",  # a pint symbol
        "Highs reached 30 degC (86 degF) on Monday.",  # pint's symbols
    ],
)
def test_spellings_pint_gives_are_read_as_units(text: str) -> None:
    kinds = [c.kind for c in claimcheck.check(text).claims]
    assert kinds == ["unit-conversion"]


def test_a_unit_spelling_added_by_pint_is_read(copied: Path) -> None:
    text = "The field measures 200 metres (656 footsies)."
    assert "unit-conversion" not in check_with(copied, text)["kinds"]
    path = copied / "claimcheck" / "vocabulary" / "units.txt"
    path.write_text(
        path.read_text(encoding="utf-8").replace("foot, feet", "foot, footsie, feet"),
        encoding="utf-8",
    )
    assert check_with(copied, text)["kinds"] == ["unit-conversion"]
