"""Score how far each reading survives an aside inside its relation:
`python benchmarks/asides/score.py`.

Each relation of `relations.toml` is checked bare (a comma where the aside would stand)
and with every aside of every class (attribution, time, place, record, relative) in its
slot, clean and slipped. Per relation kind and aside class this prints how many slipped
passages were caught (a finding, where the clean passage has none) and how many clean
passages raised a finding (false alarms). The relations are the team's own: the score
says which readings an aside breaks, not how much of real copy is read.
"""

from __future__ import annotations

import argparse
import json
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import claimcheck

RELATIONS = Path(__file__).parent / "relations.toml"
BARE = ","


@dataclass(frozen=True)
class Relation:
    kind: str
    text: str
    right: str
    wrong: str

    def passages(self, aside: str) -> tuple[str, str]:
        """The clean and the slipped passage with `aside` in the aside's slot."""
        text = self.text.replace("{aside}", aside)
        return text.replace("{figure}", self.right), text.replace("{figure}", self.wrong)


def load(path: Path = RELATIONS) -> tuple[list[Relation], dict[str, list[str]]]:
    """The relations and the asides, by class."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    relations = [Relation(**entry) for entry in data["relation"]]
    for relation in relations:
        for slot in ("{aside}", "{figure}"):
            if relation.text.count(slot) != 1:
                raise ValueError(f"{path}: {relation.text!r} needs one {slot}")
    return relations, {name: list(texts) for name, texts in data["asides"].items()}


def outcome(relation: Relation, aside: str) -> str:
    """ "caught", "missed" or "false alarm" for the relation with `aside` in it."""
    clean, slipped = relation.passages(aside)
    if claimcheck.check(clean).findings:
        return "false alarm"
    return "caught" if claimcheck.check(slipped).findings else "missed"


def score(path: Path = RELATIONS) -> dict[tuple[str, str], Counter[str]]:
    """Per (relation kind, aside class), the count of each outcome; the class "bare" is
    the relation without an aside."""
    relations, asides = load(path)
    counts: dict[tuple[str, str], Counter[str]] = {}
    for relation in relations:
        for name, texts in {"bare": [BARE], **asides}.items():
            tally = counts.setdefault((relation.kind, name), Counter())
            tally.update(outcome(relation, aside) for aside in texts)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    args = parser.parse_args()
    counts = score()
    if args.json:
        rows = [{"kind": k, "aside": a, **dict(c)} for (k, a), c in sorted(counts.items())]
        print(json.dumps(rows, indent=1))
        return
    print(f"{'kind':<12}{'aside':<13}{'caught':>8}{'of':>5}{'false alarms':>14}")
    for (kind, aside), tally in sorted(counts.items()):
        total = sum(tally.values())
        print(f"{kind:<12}{aside:<13}{tally['caught']:>8}{total:>5}{tally['false alarm']:>14}")
    every = sum(counts.values(), Counter())
    print(f"{'all':<25}{every['caught']:>8}{sum(every.values()):>5}{every['false alarm']:>14}")


if __name__ == "__main__":
    main()
