"""JSON Lines: one JSON object per finding, with its document's path (streams, grep, jq).

A document that could not be read gets one line of its own: `{"path": ..., "error": ...}`.
"""

from __future__ import annotations

import json
from typing import Any

from claimcheck.report import Report


def render(report: Report) -> str:
    """One line per finding: `path` and the finding's fields of the JSON report contract."""
    lines = []
    for doc in report.documents:
        rows: list[dict[str, Any]] = [{"path": doc.path, "error": doc.error}] if doc.error else []
        rows += [{"path": doc.path, **f.model_dump(mode="json")} for f in doc.findings]
        lines += [json.dumps(row, ensure_ascii=False) for row in rows]
    return "\n".join(lines) + ("\n" if lines else "")
