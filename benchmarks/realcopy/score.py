"""Score claimcheck on the real-copy corpus: `python benchmarks/realcopy/score.py [-v]`.

Each document in `docs/` is a passage paraphrased from a published article, with every
checkable relation among its figures marked and realistic slips seeded into copies of it
(the format is described in `benchmarks/README.md`). Per relation kind this prints:

- relations: how many checkable relations the documents mark;
- coverage: the share of them that got a verdict (consistent or inconsistent) from a
  claim of a matching kind (`CLAIM_KINDS`) whose span overlaps at least two of the
  relation's figures (or its only figure);
- slips, caught, recall: a slip is caught when, on the slipped copy, a finding overlaps
  any figure of the relation it breaks;
- false alarms: findings on the clean documents (attributed to the kind of the relation
  whose figures they overlap, "unrelated" otherwise), and their rate per 50 documents.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import date as Date
from pathlib import Path

import claimcheck
from claimcheck import DocumentReport

DOCS = Path(__file__).parent / "docs"
GENRES = ("wire", "statistics", "central-bank", "company", "budget", "encyclopedia")
SPLITS = ("dev", "heldout")

# Which claimcheck claim kinds (the `kind` of each claim in `report.to_json()`) can give a
# verdict on each corpus relation kind. "per-capita" and "restatement" are named for the
# claim kinds the reader is expected to gain; a kind not yet produced simply covers nothing.
CLAIM_KINDS: dict[str, tuple[str, ...]] = {
    "share": ("share", "breakdown"),
    "fraction": ("fraction-restatement", "share"),
    "total": ("total", "breakdown"),
    "difference": ("difference",),
    # a change sized in its values' own unit ("£8.8bn, £6.9bn less than the £15.7bn") is
    # read once, as the difference of its two values: that reading checks it too
    "change": ("change", "difference"),
    "direction": ("change",),
    "per-capita": ("per-capita",),
    "unit": ("unit-conversion",),
    "conversion": ("conversion",),
    "restatement": ("restatement", "restated-figure", "unit-conversion"),
}
KINDS = tuple(CLAIM_KINDS)
UNRELATED = "unrelated"
VERDICTS = ("consistent", "inconsistent")  # a claim with one of these covers its relation

Span = tuple[int, int]


@dataclass(frozen=True)
class Relation:
    kind: str
    figures: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class Slip:
    relation: int
    find: str
    replace: str
    note: str


@dataclass(frozen=True)
class Document:
    id: str
    source: str
    genre: str
    date: str
    split: str
    text: str
    relations: tuple[Relation, ...]
    slips: tuple[Slip, ...]

    @property
    def when(self) -> Date | None:
        return Date.fromisoformat(self.date) if self.date else None

    def spans(self, relation: Relation) -> list[Span]:
        """Where the relation's figures are in the clean text."""
        return [_span(self.text, figure) for figure in relation.figures]

    def slipped(self, slip: Slip) -> tuple[str, list[Span]]:
        """The text with the slip made, and its relation's figures' spans in that text."""
        at = self.text.index(slip.find)
        end = at + len(slip.find)
        shift = len(slip.replace) - len(slip.find)
        spans = [
            shifted(span, at, end, shift) for span in self.spans(self.relations[slip.relation])
        ]
        return self.text[:at] + slip.replace + self.text[end:], spans


class FormatError(ValueError):
    """A corpus document that breaks the format."""


def shifted(span: Span, at: int, end: int, shift: int) -> Span:
    """A span of the clean text, after `at:end` was replaced by `shift` more characters."""
    start, stop = span
    if start <= at and end <= stop:  # the replaced text lies inside this span
        return start, stop + shift
    return (start + shift, stop + shift) if start >= end else (start, stop)


def _span(text: str, figure: str) -> Span:
    start = text.index(figure)
    return start, start + len(figure)


def load(path: Path) -> Document:
    """Read one document, naming the file in the error when it is not valid TOML or lacks a key."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise FormatError(f"{path}: not valid TOML ({error}); see benchmarks/README.md") from None
    try:
        return Document(
            id=data["id"],
            source=data["source"],
            genre=data["genre"],
            date=data["date"],
            split=data["split"],
            text=data["text"],
            relations=tuple(
                Relation(r["kind"], tuple(r["figures"]), r["note"]) for r in data["relation"]
            ),
            slips=tuple(
                Slip(s["relation"], s["find"], s["replace"], s["note"])
                for s in data.get("slip", [])
            ),
        )
    except KeyError as missing:
        raise FormatError(f"{path}: missing key {missing}; see benchmarks/README.md") from None


def load_all(folder: Path = DOCS) -> list[Document]:
    return [load(path) for path in sorted(folder.glob("*.toml"))]


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _report(text: str, when: Date | None) -> DocumentReport:
    return claimcheck.check(text, date=when).documents[0]


@dataclass
class Row:
    relations: int = 0
    covered: int = 0
    slips: int = 0
    caught: int = 0
    false_alarms: int = 0

    def as_dict(self) -> dict[str, float | int | None]:
        return {
            "relations": self.relations,
            "covered": self.covered,
            "coverage": self.covered / self.relations if self.relations else None,
            "slips": self.slips,
            "caught": self.caught,
            "recall": self.caught / self.slips if self.slips else None,
            "false_alarms": self.false_alarms,
        }


@dataclass
class Score:
    documents: int = 0
    rows: dict[str, Row] = field(default_factory=lambda: {kind: Row() for kind in KINDS})
    alarms: list[str] = field(default_factory=list)  # one line per false alarm
    missed: list[str] = field(default_factory=list)  # one line per missed slip

    def total(self) -> Row:
        rows = self.rows.values()
        return Row(*(sum(getattr(row, f.name) for row in rows) for f in fields(Row)))

    def named(self) -> list[tuple[str, Row]]:
        """The kinds with relations or false alarms, in table order."""
        return [(kind, row) for kind, row in self.rows.items() if row.relations or row.false_alarms]

    def per_50(self) -> float:
        return 50 * self.total().false_alarms / self.documents if self.documents else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "kinds": {kind: row.as_dict() for kind, row in self.named()},
            "total": self.total().as_dict(),
            "false_alarms_per_50_documents": self.per_50(),
            "false_alarms": self.alarms,
        }


def _covered(report: DocumentReport, relation: Relation, spans: list[Span]) -> bool:
    needed = min(2, len(spans))
    for claim, judged in report.judged():
        if claim.kind not in CLAIM_KINDS[relation.kind] or judged.verdict not in VERDICTS:
            continue
        if claim.start is None or claim.end is None:
            continue
        if sum(_overlaps((claim.start, claim.end), span) for span in spans) >= needed:
            return True
    return False


def score(documents: Iterable[Document]) -> Score:
    """Check every clean document and every slipped copy, and count per relation kind."""
    result = Score()
    for document in documents:
        result.documents += 1
        clean = _report(document.text, document.when)
        relation_spans = [document.spans(relation) for relation in document.relations]
        for relation, spans in zip(document.relations, relation_spans, strict=True):
            row = result.rows[relation.kind]
            row.relations += 1
            row.covered += _covered(clean, relation, spans)
        for finding in clean.findings:
            where = (finding.start, finding.end)
            kind = next(
                (
                    relation.kind
                    for relation, spans in zip(document.relations, relation_spans, strict=True)
                    if any(_overlaps(where, span) for span in spans)
                ),
                UNRELATED,
            )
            result.rows.setdefault(kind, Row()).false_alarms += 1
            excerpt = document.text[finding.start : finding.end]
            result.alarms.append(f"{document.id}: {finding.rule} on {excerpt!r}: {finding.message}")
        for slip in document.slips:
            row = result.rows[document.relations[slip.relation].kind]
            row.slips += 1
            text, spans = document.slipped(slip)
            findings = _report(text, document.when).findings
            if any(_overlaps((f.start, f.end), span) for f in findings for span in spans):
                row.caught += 1
            else:
                result.missed.append(f"{document.id}: {slip.note}")
    return result


def _percent(part: int, whole: int) -> str:
    return f"{part / whole:.0%}" if whole else "-"


def table(result: Score, markdown: bool) -> str:
    """The per-kind table, as Markdown or plain aligned text."""
    header = ("kind", "relations", "coverage", "slips", "caught", "recall", "false alarms")
    lines: list[Sequence[str]] = []
    for kind, row in [*result.named(), ("total", result.total())]:
        lines.append(
            (
                kind,
                str(row.relations),
                _percent(row.covered, row.relations),
                str(row.slips),
                str(row.caught),
                _percent(row.caught, row.slips),
                str(row.false_alarms),
            )
        )
    footer = (
        f"{result.documents} clean documents, {result.per_50():.1f} false alarms per 50 documents"
    )
    if markdown:
        out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
        out += ["| " + " | ".join(line) + " |" for line in lines]
        return "\n".join([*out, "", footer])
    widths = [max(len(line[i]) for line in [header, *lines]) for i in range(len(header))]
    out = [
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True))
        for line in [header, *lines]
    ]
    return "\n".join([*out, footer])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=[*SPLITS, "all"], default="dev")
    parser.add_argument("-v", "--verbose", action="store_true", help="list false alarms and misses")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--docs", type=Path, default=DOCS, help="the corpus folder")
    parser.add_argument(
        "--series", default="", help="only documents whose id starts so (rcF: one held-out set)"
    )
    args = parser.parse_args(argv)
    documents = [
        d
        for d in load_all(args.docs)
        if args.split in ("all", d.split) and d.id.startswith(args.series)
    ]
    result = score(documents)
    if args.json:
        print(json.dumps(result.as_dict(), indent=2))
        return 0
    print(table(result, args.markdown))
    if args.verbose:
        print("\nfalse alarms on clean documents:", *result.alarms or ["none"], sep="\n  ")
        print("\nslips missed:", *result.missed or ["none"], sep="\n  ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
