"""JSON Lines: one JSON object per finding, with its document's path (streams, grep, jq)."""

from __future__ import annotations

import json

from claimcheck.report import Report


def render(report: Report) -> str:
    """One line per finding: `path` and the finding's fields of the JSON report contract."""
    lines = [
        json.dumps({"path": doc.path, **f.model_dump(mode="json")}, ensure_ascii=False)
        for doc in report.documents
        for f in doc.findings
    ]
    return "\n".join(lines) + ("\n" if lines else "")
