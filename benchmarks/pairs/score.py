"""Score claimcheck on pairs of clean and slipped passages: `python benchmarks/pairs/score.py`.

Each line of `pairs.jsonl` is a passage written for probing by a writer who never saw the
readers, every relation in it computed when written (`clean`), and the same passage with
one figure slipped beyond its rounding (`slip`: `wrong` stands where `right` stood). Its
`split` says how it may be used: `tuned` pairs were read and tuned to (they are also
`tests/cases/probed_pairs.toml`), `kept-aside` pairs were only scored, with only their
false alarms read, and `fresh` pairs were never read. Per split and relation kind this
prints:

- covered: the clean passage has a claim of a matching kind (`CLAIM_KINDS`) with a verdict
  over the slipped figure's place;
- caught: on the slipped passage, a finding overlaps the slipped figure, or the passage
  raises a finding its clean passage does not;
- false alarms: clean passages that raise any finding.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import claimcheck

PAIRS = Path(__file__).parent / "pairs.jsonl"
SPLITS = ("tuned", "kept-aside", "fresh")
VERDICTS = ("consistent", "inconsistent")
# The claim kinds (`kind` in `report.to_json()`) that can judge each kind of slip.
CLAIM_KINDS: dict[str, tuple[str, ...]] = {
    "share": ("share", "breakdown"),
    "fraction": ("fraction-restatement", "share"),
    "total": ("total", "breakdown"),
    "difference": ("difference", "change"),
    "change": ("change", "difference"),
    "direction": ("change",),
    "per_capita": ("per-capita",),
    "multiple": ("change",),
    "points": ("change", "difference"),
}
KEYS = {"id", "split", "genre", "kind", "clean", "slip", "wrong", "right", "why"}


class FormatError(ValueError):
    """A line of the pairs file that breaks the format."""


@dataclass(frozen=True)
class Pair:
    id: str
    split: str
    kind: str
    clean: str
    slip: str
    wrong: str

    @property
    def place(self) -> tuple[int, int]:
        """Where the slipped figure stands in the slipped passage."""
        start = self.slip.index(self.wrong)
        return start, start + len(self.wrong)


def load(path: Path = PAIRS) -> list[Pair]:
    """The pairs of a file, naming the line and the fix when one breaks the format."""
    pairs = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        where = f"{path}, line {number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            raise FormatError(f"{where}: not JSON ({error}); one object per line") from None
        if set(data) != KEYS:
            raise FormatError(f"{where}: keys must be {sorted(KEYS)}")
        if data["split"] not in SPLITS or data["kind"] not in CLAIM_KINDS:
            raise FormatError(f"{where}: split must be one of {SPLITS}, kind one of the kinds")
        if data["slip"].count(data["wrong"]) != 1:
            raise FormatError(f"{where}: `wrong` must stand exactly once in `slip`")
        start = data["slip"].index(data["wrong"])
        restored = data["slip"][:start] + data["right"] + data["slip"][start + len(data["wrong"]) :]
        if restored != data["clean"]:
            raise FormatError(f"{where}: `slip` must be `clean` with `right` made `wrong`")
        fields = ("id", "split", "kind", "clean", "slip", "wrong")
        pairs.append(Pair(*(data[field] for field in fields)))
    return pairs


@dataclass(frozen=True)
class Outcome:
    covered: bool
    caught: bool
    false_alarm: bool


def outcome(pair: Pair) -> Outcome:
    """How claimcheck reads one pair."""
    clean = claimcheck.check(pair.clean)
    slipped = claimcheck.check(pair.slip)
    start, end = pair.place  # the prefix before the slip is the same in both passages
    right_end = start + len(pair.clean) - len(pair.slip) + len(pair.wrong)
    (document,) = json.loads(clean.to_json())["documents"]
    covered = any(
        claim["kind"] in CLAIM_KINDS[pair.kind]
        and claim["verdict"] in VERDICTS
        and claim["start"] < right_end
        and start < claim["end"]
        for claim in document["claims"]
    )
    overlaps = any(f.start < end and start < f.end for f in slipped.findings)
    caught = overlaps or (bool(slipped.findings) and not clean.findings)
    return Outcome(covered, caught, bool(clean.findings))


def score(pairs: Sequence[Pair]) -> dict[tuple[str, str], Counter[str]]:
    """Counts of pairs, covered, caught and false alarms by split and kind."""
    counts: dict[tuple[str, str], Counter[str]] = {}
    for pair in pairs:
        read = outcome(pair)
        tally = counts.setdefault((pair.split, pair.kind), Counter())
        tally.update(
            pairs=1,
            covered=read.covered,
            caught=read.caught,
            false_alarms=read.false_alarm,
        )
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, action="append", help="score only these")
    args = parser.parse_args(argv)
    pairs = [p for p in load() if not args.split or p.split in args.split]
    counts = score(pairs)
    print(f"{'split':11} {'kind':11} {'pairs':>5} {'covered':>7} {'caught':>6} {'false':>5}")
    for split in SPLITS:
        total: Counter[str] = Counter()
        for (name, kind), tally in sorted(counts.items()):
            if name == split:
                total.update(tally)
                print(
                    f"{split:11} {kind:11} {tally['pairs']:5} {tally['covered']:7}"
                    f" {tally['caught']:6} {tally['false_alarms']:5}"
                )
        if total:
            print(
                f"{split:11} {'all':11} {total['pairs']:5} {total['covered']:7}"
                f" {total['caught']:6} {total['false_alarms']:5}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
