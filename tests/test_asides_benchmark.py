"""The asides benchmark (benchmarks/asides): an aside put inside a clean relation never
raises a finding, every relation is caught bare (so a miss with an aside is the aside's
doing), and a relation written without its slots is refused with the slot named."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimcheck
from scripts import load_script

ASIDES = Path(__file__).parent.parent / "benchmarks" / "asides"

score = load_script(ASIDES / "score.py", "asides_score")
RELATIONS, BY_CLASS = score.load()
EVERY_ASIDE = [aside for texts in BY_CLASS.values() for aside in texts]


@pytest.mark.parametrize("aside", EVERY_ASIDE)
def test_no_aside_raises_a_finding_on_a_clean_relation(aside: str) -> None:
    for relation in RELATIONS:
        clean, _ = relation.passages(aside)
        assert claimcheck.check(clean).findings == [], clean


@pytest.mark.parametrize("relation", RELATIONS, ids=lambda r: r.text[:40])
def test_every_relation_is_caught_bare(relation: object) -> None:
    assert score.outcome(relation, score.BARE) == "caught"


def test_a_relation_without_its_slots_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "relations.toml"
    path.write_text(
        '[asides]\ntime = [" in May,"]\n\n[[relation]]\nkind = "share"\n'
        'text = "Exports were $4 billion, or {figure} of the total."\n'
        'right = "1%"\nwrong = "2%"\n',
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match=r"needs one \{aside\}"):
        score.load(path)
