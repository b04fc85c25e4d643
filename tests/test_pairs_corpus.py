"""The pairs corpus (benchmarks/pairs): every line follows the format, a broken line is
named with its fix, and the clean passages of the pairs never tuned to raise no finding."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from scripts import load_script

PAIRS = Path(__file__).parent.parent / "benchmarks" / "pairs"


score = load_script(PAIRS / "score.py", "pairs_score")


def test_every_pair_follows_the_format() -> None:
    pairs = score.load()
    assert Counter(p.split for p in pairs) == {"tuned": 700, "kept-aside": 700, "fresh": 1000}
    assert len({p.id for p in pairs}) == len(pairs)


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ("not json", "line 1: not JSON"),
        ('{"id": "x"}', "line 1: keys must be"),
    ],
)
def test_a_broken_line_is_named_with_its_fix(tmp_path: Path, line: str, says: str) -> None:
    path = tmp_path / "pairs.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(score.FormatError, match=says):
        score.load(path)


def test_a_slip_that_is_not_the_clean_passage_changed_once_is_refused(tmp_path: Path) -> None:
    fields = {
        "id": "x-1",
        "split": "fresh",
        "genre": "wire",
        "kind": "share",
        "clean": "Exports were $5 billion, 40% of the $12.5 billion total.",
        "slip": "Exports were $6 billion, 40% of the $12.5 billion total.",
        "wrong": "$6 billion",
        "right": "$4 billion",
        "why": "5 / 12.5 = 40%",
    }
    path = tmp_path / "pairs.jsonl"
    path.write_text(score.json.dumps(fields) + "\n", encoding="utf-8")
    with pytest.raises(score.FormatError, match="`slip` must be `clean` with `right` made"):
        score.load(path)


def test_the_clean_passages_never_tuned_to_raise_no_finding() -> None:
    kept = [p for p in score.load() if p.split != "tuned"]
    alarms = [p.id for p in kept if score.claimcheck.check(p.clean).findings]
    assert alarms == []
