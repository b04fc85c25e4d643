"""Reports: the findings and the judged claims of each document (the JSON contract)."""

from __future__ import annotations

import json
from datetime import date as Date
from typing import Literal

from pydantic import Field

from claimcheck.claims import Claim, Model

Severity = Literal["error", "warning", "info"]


class Finding(Model):
    """One discrepancy: which rule, where in the text, what is wrong and the likely fix."""

    rule: str
    name: str
    severity: Severity
    message: str
    suggestion: str | None = None
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    arithmetic: str | None = None


class DocumentReport(Model):
    """The findings and claims of one document, or the error that stopped it being read."""

    path: str | None = None
    findings: list[Finding] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    date: Date | None = None
    date_source: str | None = None
    error: str | None = None
    text: str = Field(default="", exclude=True, repr=False)


class Report(Model):
    """What claimcheck found in one or more documents."""

    version: str
    documents: list[DocumentReport] = Field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        return [f for d in self.documents for f in d.findings]

    @property
    def claims(self) -> list[Claim]:
        return [c for d in self.documents for c in d.claims]

    @property
    def errors(self) -> list[DocumentReport]:
        """The documents that could not be read."""
        return [d for d in self.documents if d.error is not None]

    @property
    def ok(self) -> bool:
        return not self.findings and not self.errors

    def to_json(self, indent: int | None = 2) -> str:
        data = self.model_dump(mode="json", exclude_none=False)
        return json.dumps(data, indent=indent, ensure_ascii=False)

    def __str__(self) -> str:
        from claimcheck.output import render

        return render(self, "full")
