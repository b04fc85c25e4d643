"""Reports: the findings and the judged claims of each document (the JSON contract)."""

from __future__ import annotations

from datetime import date as Date
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, field_validator

from claimcheck.claims import Claim, Model

if TYPE_CHECKING:
    import pandas as pd

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


class Coverage(Model):
    """How many figures (claims) a document states, and how many could be checked.

    `checked` = `consistent` + `inconsistent`; `unverifiable` counts the others, with
    their `reasons` grouped (a figure no check applies to counts as unverifiable too).
    """

    figures: int = 0
    checked: int = 0
    consistent: int = 0
    inconsistent: int = 0
    unverifiable: int = 0
    reasons: dict[str, int] = Field(default_factory=dict)


class DocumentReport(Model):
    """The findings and claims of one document, or the error that stopped it being read."""

    path: str | None = None
    findings: list[Finding] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    date: Date | None = None
    date_source: str | None = None
    error: str | None = None
    suppressed: int = 0  # findings dropped by `claimcheck: ignore` comments in the text
    baselined: int = 0  # findings dropped because the baseline file accepts them
    coverage: Coverage = Field(default_factory=Coverage)
    notes: list[str] = Field(default_factory=list)  # e.g. a facts sheet overriding another
    text: str = Field(default="", exclude=True, repr=False)

    @field_validator("path", "error")
    @classmethod
    def _printable(cls, value: str | None) -> str | None:
        """A file name that is not UTF-8 keeps its other characters, with U+FFFD for the rest."""
        if value is None or value.isascii():
            return value
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")

    def _repr_html_(self) -> str:
        from claimcheck.output.html import document_html

        return document_html(self)

    def _repr_markdown_(self) -> str:
        from claimcheck.output.markdown import document_markdown

        return document_markdown(self)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        from claimcheck.output.text import plain

        printer.text(plain([self]))


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
        return self.model_dump_json(indent=indent)

    def __str__(self) -> str:
        from claimcheck.output import render

        return render(self, "full")

    def to_dataframe(self) -> pd.DataFrame:
        """One row per finding (needs pandas: pip install 'claimcheck[pandas]')."""
        from claimcheck.frames import findings_to_dataframe

        return findings_to_dataframe(self)

    def _repr_html_(self) -> str:
        from claimcheck.output.html import report_html

        return report_html(self)

    def _repr_markdown_(self) -> str:
        from claimcheck.output.markdown import render

        return render(self)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        from claimcheck.output.text import plain

        printer.text(plain(self.documents))
