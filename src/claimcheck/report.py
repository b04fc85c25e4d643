"""Reports: the findings and the judged claims of each document (the JSON contract)."""

from __future__ import annotations

from datetime import date as Date
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, field_validator

from claimcheck import frames
from claimcheck.model import hooks
from claimcheck.model.claims import Claim, Model

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

    def _repr_html_(self) -> str | None:
        return hooks.shown(self, "html")

    def _repr_markdown_(self) -> str | None:
        return hooks.shown(self, "markdown")

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(hooks.shown(self, "pretty") or repr(self))


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
        return hooks.shown(self, "text") or repr(self)

    def findings_frame(self) -> pd.DataFrame:
        """One row per finding (needs pandas: pip install 'newsroom-claimcheck[pandas]')."""
        return frames.findings_dataframe(
            (doc.path, doc.text, finding) for doc in self.documents for finding in doc.findings
        )

    def claims_frame(self) -> pd.DataFrame:
        """One row per claim, with its verdict and its kind's values in columns of their own."""
        return frames.claims_dataframe(
            (doc.path, claim) for doc in self.documents for claim in doc.claims
        )

    def _repr_html_(self) -> str | None:
        return hooks.shown(self, "html")

    def _repr_markdown_(self) -> str | None:
        return hooks.shown(self, "markdown")

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(hooks.shown(self, "pretty") or repr(self))
