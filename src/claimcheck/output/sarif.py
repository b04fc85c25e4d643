"""SARIF 2.1.0: the report for code-scanning tools (GitHub code scanning, IDE viewers).

Columns and character offsets count Unicode code points (`columnKind`), as claimcheck's
spans do. Each result carries a fingerprint that survives edits elsewhere in the file:
a hash of the rule, the flagged text (whitespace-normalised) and which occurrence of that
text it is, so a baseline keeps matching after lines are added above it.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from claimcheck.report import DocumentReport, Finding, Report
from claimcheck.rules import Rule, all_rules

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
INFORMATION_URI = "https://pypi.org/project/newsroom-claimcheck/"
FINGERPRINT = "claimcheck/v1"

_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
_EXAMPLES = re.compile(r"^(?:Failing|Passing) example::", re.MULTILINE)


def render(report: Report, rules: Sequence[type[Rule]] | None = None) -> str:
    """The whole report as one SARIF log with one run; the driver lists `rules` (default all)."""
    rules = all_rules() if rules is None else rules
    index = {rule.code: i for i, rule in enumerate(rules)}
    results = [
        _result(doc, f, fingerprint, index.get(f.rule))
        for doc in report.documents
        for f, fingerprint in _fingerprinted(doc)
    ]
    run = {
        "tool": {
            "driver": {
                "name": "claimcheck",
                "version": report.version,
                "semanticVersion": report.version,
                "informationUri": INFORMATION_URI,
                "rules": [_rule(rule) for rule in rules],
            }
        },
        "columnKind": "unicodeCodePoints",
        "invocations": [
            {
                "executionSuccessful": not report.errors,
                "toolExecutionNotifications": [_notification(doc) for doc in report.errors],
            }
        ],
        "results": results,
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def artifact_location(path: str) -> dict[str, str]:
    """A path as a SARIF artifact location: relative to the current directory when it can be."""
    target = Path(path)
    if target.is_absolute():
        try:
            target = Path(os.path.relpath(target, Path.cwd()))
        except ValueError:  # another drive on Windows
            return {"uri": target.as_uri()}
        if target.parts[:1] == ("..",):
            return {"uri": Path(path).as_uri()}
    return {"uri": quote(target.as_posix()), "uriBaseId": "%SRCROOT%"}


def explanation(rule: type[Rule]) -> str:
    """The rule's docstring between the summary line and the examples, one line a paragraph."""
    doc = inspect.getdoc(rule) or ""
    body = "\n".join(_EXAMPLES.split(doc, maxsplit=1)[0].splitlines()[1:])
    return "\n\n".join(" ".join(p.split()) for p in body.split("\n\n") if p.strip())


def _rule(rule: type[Rule]) -> dict[str, Any]:
    summary, details = rule.summary(), explanation(rule)
    examples = rule.examples()
    text = [summary, details]
    markdown = [summary, details]
    for kind in ("Failing", "Passing"):
        for example in examples[kind]:
            text.append(f"{kind} example:\n{_indent(example)}")
            markdown.append(f"**{kind} example**\n\n```text\n{example}\n```")
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": f"{summary} {details}".strip()},
        "help": {
            "text": "\n\n".join(p for p in text if p),
            "markdown": "\n\n".join(p for p in markdown if p),
        },
        "defaultConfiguration": {"level": _LEVELS[rule.severity]},
    }


def _fingerprinted(doc: DocumentReport) -> list[tuple[Finding, str]]:
    """Each finding with a fingerprint independent of where in the file it is."""
    seen: dict[tuple[str, str], int] = {}
    found = []
    for f in doc.findings:
        flagged = " ".join(doc.text[f.start : f.end].split()).casefold() or f.message
        occurrence = seen.get((f.rule, flagged), 0)
        seen[(f.rule, flagged)] = occurrence + 1
        digest = hashlib.sha256(f"{f.rule}\0{flagged}\0{occurrence}".encode()).hexdigest()
        found.append((f, digest[:32]))
    return found


def _result(
    doc: DocumentReport, f: Finding, fingerprint: str, rule_index: int | None
) -> dict[str, Any]:
    result: dict[str, Any] = {"ruleId": f.rule}
    if rule_index is not None:
        result["ruleIndex"] = rule_index
    result |= {"level": _LEVELS[f.severity], "message": {"text": f.message}}
    if doc.path:
        region: dict[str, Any] = {}
        if doc.text:
            region = {
                "startLine": f.line,
                "startColumn": f.column,
                "endLine": f.end_line,
                "endColumn": f.end_column,
                "charOffset": f.start,
                "charLength": f.end - f.start,
                "snippet": {"text": doc.text[f.start : f.end]},
            }
        location: dict[str, Any] = {"artifactLocation": artifact_location(doc.path)}
        result["locations"] = [
            {"physicalLocation": location | ({"region": region} if region else {})}
        ]
    result["partialFingerprints"] = {FINGERPRINT: fingerprint}
    properties = {"suggestion": f.suggestion, "arithmetic": f.arithmetic, "name": f.name}
    result["properties"] = {k: v for k, v in properties.items() if v is not None}
    return result


def _notification(doc: DocumentReport) -> dict[str, Any]:
    notification: dict[str, Any] = {"level": "error", "message": {"text": doc.error or ""}}
    if doc.path:
        notification["locations"] = [
            {"physicalLocation": {"artifactLocation": artifact_location(doc.path)}}
        ]
    return notification


def _indent(text: str) -> str:
    return "\n".join(f"    {line}" for line in text.splitlines())
