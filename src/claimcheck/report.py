"""Reports: the findings and the judged claims of each document (the JSON contract)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date as Date
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from pydantic import (
    Field,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    ValidationInfo,
    field_serializer,
    field_validator,
    model_validator,
)

from claimcheck import frames
from claimcheck.model import hooks
from claimcheck.model.claims import Claim, ClaimBase, ConversionClaim, Model
from claimcheck.model.inventory import Claims
from claimcheck.model.judgement import CONVERSION_ONLY, NOT_CHECKED, ClaimVerdict

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


class JudgedClaim(NamedTuple):
    """A claim and its verdict, as `DocumentReport.judged()` pairs them."""

    claim: Claim
    verdict: ClaimVerdict

    def _repr_html_(self) -> str | None:
        return hooks.shown(self, "html")

    def _repr_markdown_(self) -> str | None:
        return hooks.shown(self, "markdown")


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
    claims: Claims = Field(default_factory=Claims)  # as extracted (or built by hand)
    # The verdict of each judged claim, by claim id; JSON shows each with its claim.
    verdicts: dict[str, ClaimVerdict] = Field(default_factory=dict, exclude=True, repr=False)
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

    @model_validator(mode="before")
    @classmethod
    def _verdicts_from_claims(cls, data: Any) -> Any:
        """A report read from JSON: each claim's verdict fields go to `verdicts`."""
        if not isinstance(data, dict) or "verdicts" in data or not data.get("claims"):
            return data
        claims, verdicts = [], []
        for claim in data["claims"]:
            judged = {}
            if isinstance(claim, dict):
                claim = dict(claim)
                judged = {
                    name: claim.pop(name) for name in ClaimVerdict.model_fields if name in claim
                }
            claims.append(claim)
            verdicts.append(judged)
        return {**data, "claims": claims, "verdicts": verdicts}

    @field_validator("verdicts", mode="before")
    @classmethod
    def _by_claim_id(cls, value: Any, info: ValidationInfo) -> Any:
        """Verdicts listed in the order of the claims, keyed by the claims' ids."""
        if not isinstance(value, list):
            return value
        claims: list[ClaimBase] = info.data.get("claims", [])
        return {
            claim.id: verdict
            for claim, verdict in zip(claims, value, strict=True)
            if ClaimVerdict.model_validate(verdict) != NOT_CHECKED
        }

    @field_serializer("claims", mode="wrap")
    def _claims_with_verdicts(
        self,
        claims: list[ClaimBase],
        handler: SerializerFunctionWrapHandler,
        info: SerializationInfo,
    ) -> list[dict[str, Any]]:
        """Each claim with its verdict, as the JSON contract has it (bare figures made
        into their claims once, for both)."""
        claims = list(claims)
        return [
            _with_verdict(claim, fields, self.verdict(claim), info)
            for claim, fields in zip(claims, handler(claims), strict=True)
        ]

    def verdict(self, claim: ClaimBase) -> ClaimVerdict:
        """The claim's verdict (`verdict` None when no check applied to it)."""
        return self.verdicts.get(claim.id, NOT_CHECKED)

    def judged(self) -> Iterator[JudgedClaim]:
        """Each claim with its verdict, in the order of the text."""
        for claim in self.claims:
            yield JudgedClaim(claim, self.verdict(claim))

    def _repr_html_(self) -> str | None:
        return hooks.shown(self, "html")

    def _repr_markdown_(self) -> str | None:
        return hooks.shown(self, "markdown")

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(hooks.shown(self, "pretty") or repr(self))


def _with_verdict(
    claim: ClaimBase, fields: dict[str, Any], verdict: ClaimVerdict, info: SerializationInfo
) -> dict[str, Any]:
    """A claim's fields with its verdict's, as the JSON contract orders them: the verdict
    after the claim's place, a conversion's reading and rate last."""
    judged = verdict.model_dump(
        mode=info.mode, exclude_none=info.exclude_none, exclude_defaults=info.exclude_defaults
    )
    last = {name: judged.pop(name) for name in CONVERSION_ONLY if name in judged}
    place = {name: fields.pop(name) for name in ClaimBase.model_fields if name in fields}
    return {**place, **judged, **fields, **(last if isinstance(claim, ConversionClaim) else {})}


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

    def judged(self) -> Iterator[JudgedClaim]:
        """Each claim of each document with its verdict."""
        for doc in self.documents:
            yield from doc.judged()

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
            (doc.path, claim, doc.verdict(claim)) for doc in self.documents for claim in doc.claims
        )

    def _repr_html_(self) -> str | None:
        return hooks.shown(self, "html")

    def _repr_markdown_(self) -> str | None:
        return hooks.shown(self, "markdown")

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(hooks.shown(self, "pretty") or repr(self))
