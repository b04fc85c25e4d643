"""Baselines: findings accepted once, so that later runs report only new ones.

`claimcheck check --write-baseline FILE PATH...` records the current findings in FILE;
`--baseline FILE` (or `baseline = "FILE"` in the configuration, or `baseline=` in the
API) drops the findings it records. The file is JSON:

    {"version": 1, "entries": [{"path": "stories/a.md", "rule": "CC102",
      "fingerprint": "3f9a…", "message": "implied rate 7.19 JPY/USD is …"}]}

Paths are relative to the baseline file's folder. A finding is recognised by its
`fingerprint`, which ignores where in the document the finding is, so it survives
edits elsewhere in the text, and changes when the flagged figures change.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck.atomic import replace_file
from claimcheck.errors import ConfigError
from claimcheck.report import DocumentReport, Finding
from claimcheck.version import __version__

VERSION = 1
_Key = tuple[str | None, str, str]  # document path, rule code, fingerprint


def fingerprint(finding: Finding, text: str) -> str:
    """A stable identity for a finding in its document's text.

    It hashes the rule code, the flagged text with its whitespace normalised, and how
    many times that text (as whole words) occurs earlier in the document, so that two
    identical flagged phrases differ. Offsets, lines and the message play no part.
    """
    words = text[finding.start : finding.end].split()
    if words:
        phrase = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(word) for word in words) + r"(?!\w)")
        occurrence = len(phrase.findall(text, 0, finding.start))
        flagged = " ".join(words)
    else:  # a finding on claims built by hand, with no text behind them
        occurrence, flagged = 0, finding.message
    data = f"{finding.rule}\x00{flagged}\x00{occurrence}".encode()
    return hashlib.sha256(data).hexdigest()[:16]


@dataclass(frozen=True)
class Baseline:
    """The findings a baseline file accepts."""

    path: Path
    entries: frozenset[_Key]

    @classmethod
    def read(cls, path: Path) -> Baseline:
        """The baseline in a file, or a ConfigError that says how to fix it."""
        try:
            if path.exists() and not path.is_file():  # a pipe or a device is read forever
                raise ConfigError(f"{path}: not a regular file; give the path of a baseline file")
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(
                f"{path}: no such baseline file; write one with"
                f" `claimcheck check --write-baseline {path} PATH...`"
            ) from None
        except OSError as error:
            raise ConfigError(f"{path}: cannot read the baseline ({error.strerror})") from None
        except (ValueError, UnicodeDecodeError) as error:
            raise ConfigError(
                f"{path}: not a claimcheck baseline ({error}); write it again with --write-baseline"
            ) from None
        return cls(path, frozenset(_entries(path, data)))

    def split(
        self, document: str | None, text: str, findings: Sequence[Finding]
    ) -> tuple[list[Finding], int]:
        """The findings of a document the baseline does not accept, and how many it does."""
        key = _relative(self.path, document)
        kept = [f for f in findings if (key, f.rule, fingerprint(f, text)) not in self.entries]
        return kept, len(findings) - len(kept)


@dataclass(frozen=True)
class Written:
    """A baseline just written: its entries, and how it differs from the one it replaced."""

    entries: int
    added: int
    dropped: int


def write_baseline(path: Path, documents: Iterable[DocumentReport]) -> Written:
    """Record the findings of the documents in a baseline file, replacing it whole."""
    entries = [
        {
            "path": _relative(path, doc.path),
            "rule": f.rule,
            "fingerprint": fingerprint(f, doc.text),
            "message": f.message,
        }
        for doc in documents
        for f in doc.findings
    ]
    keys = {(e["path"], e["rule"], e["fingerprint"]) for e in entries}
    try:
        previous = Baseline.read(path).entries
    except ConfigError:  # none yet, or one that cannot be read: everything is new
        previous = frozenset()
    data = {"version": VERSION, "generated_by": f"claimcheck {__version__}", "entries": entries}
    try:
        replace_file(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    except OSError as error:
        raise ConfigError(f"{path}: cannot write the baseline ({error.strerror})") from None
    return Written(len(entries), len(keys - previous), len(previous - keys))


def _entries(path: Path, data: Any) -> Iterable[_Key]:
    fix = "write it again with --write-baseline"
    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise ConfigError(f"{path}: not a version {VERSION} claimcheck baseline; {fix}")
    entries = data.get("entries")
    if not isinstance(entries, list):
        raise ConfigError(f"{path}: no list of entries; {fix}")
    for number, entry in enumerate(entries, start=1):
        if not (
            isinstance(entry, dict)
            and isinstance(entry.get("path"), str | None)
            and isinstance(entry.get("rule"), str)
            and isinstance(entry.get("fingerprint"), str)
        ):
            raise ConfigError(
                f"{path}: entry {number} needs a path, a rule and a fingerprint; {fix}"
            )
        yield entry["path"], entry["rule"], entry["fingerprint"]


def _relative(baseline: Path, document: str | None) -> str | None:
    """A document's path relative to the baseline file's folder, with forward slashes."""
    if document is None:
        return None
    folder = baseline.resolve().parent
    target = Path(document).resolve()
    try:
        return Path(os.path.relpath(target, folder)).as_posix()
    except ValueError:  # another drive, on Windows
        return target.as_posix()
