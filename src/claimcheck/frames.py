"""Findings and claims as records and pandas DataFrames (pandas is an optional extra)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from claimcheck.claims import Claim, ClaimBase, Stated
from claimcheck.report import DocumentReport, Finding, Report

if TYPE_CHECKING:
    import pandas as pd

FINDING_COLUMNS = (
    "path",
    "rule",
    "name",
    "severity",
    "message",
    "suggestion",
    "line",
    "column",
    "end_line",
    "end_column",
    "start",
    "end",
    "text",
    "arithmetic",
)
CLAIM_COLUMNS = ("path", "kind", "text", "start", "end", "verdict", "reason", "periods")

_SCALARS = (str, int, float, bool)


def findings_to_dataframe(report: Report | DocumentReport) -> pd.DataFrame:
    """One row per finding: where it is, the rule, the message, the fix and the arithmetic."""
    _require_pandas()
    import pandas

    rows = [finding_record(doc, f) for doc in _documents(report) for f in doc.findings]
    return pandas.DataFrame(rows, columns=list(FINDING_COLUMNS))


def claims_to_dataframe(claims: Report | DocumentReport | Iterable[Claim]) -> pd.DataFrame:
    """One row per claim: path, kind, text, span, verdict, reason, then its values flattened.

    Kind-specific values get one column each: `source_value`, `source_currency`,
    `target_value`, … for a conversion; a kind that lacks a column leaves it empty.
    """
    _require_pandas()
    import pandas

    rows = [claim_record(claim, path) for path, claim in _claims_with_paths(claims)]
    columns = dict.fromkeys(CLAIM_COLUMNS)
    for row in rows:
        columns.update(dict.fromkeys(row))
    return pandas.DataFrame(rows, columns=list(columns))


def finding_record(doc: DocumentReport, finding: Finding) -> dict[str, Any]:
    """A finding as a flat record, with its path and the text of its span."""
    record: dict[str, Any] = {"path": doc.path, "text": doc.text[finding.start : finding.end]}
    record.update(finding.model_dump())
    return {column: record[column] for column in FINDING_COLUMNS}


def claim_record(claim: ClaimBase, path: str | None = None) -> dict[str, Any]:
    """A claim as a flat record: the common fields, then `claim_values`."""
    return {
        "path": path,
        "kind": getattr(claim, "kind", type(claim).__name__),
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "verdict": claim.verdict,
        "reason": claim.reason,
        "periods": ", ".join(p.label for p in claim.periods) or None,
        **claim_values(claim),
    }


def claim_values(claim: ClaimBase) -> dict[str, Any]:
    """The kind-specific values of a claim, flattened: `source_value`, `rate_used`, …

    A stated figure gives `<field>_value`, `_low`, `_high` and its currency or unit;
    scalars are kept as they are; a list of figures gives `<field>_values`.
    """
    values: dict[str, Any] = {}
    for name in type(claim).model_fields:
        if name in ClaimBase.model_fields or name == "kind":
            continue
        value = getattr(claim, name)
        if isinstance(value, Stated):
            values.update(_stated(name, value))
        elif value is None or isinstance(value, _SCALARS):
            values[name] = value
        elif isinstance(value, tuple | list) and all(isinstance(v, Stated) for v in value):
            values[f"{name}_values"] = tuple(v.value for v in value)
        elif isinstance(value, tuple | list) and all(isinstance(v, _SCALARS) for v in value):
            values[name] = tuple(value)
    return values


def _stated(name: str, figure: Stated) -> dict[str, Any]:
    own = {
        f"{name}_{key}": getattr(figure, key)
        for key in type(figure).model_fields
        if key not in Stated.model_fields and isinstance(getattr(figure, key), _SCALARS)
    }
    return {
        f"{name}_value": figure.value,
        f"{name}_low": figure.low,
        f"{name}_high": figure.high,
        **own,
    }


def _documents(report: Report | DocumentReport) -> list[DocumentReport]:
    return report.documents if isinstance(report, Report) else [report]


def _claims_with_paths(
    claims: Report | DocumentReport | Iterable[Claim],
) -> Iterator[tuple[str | None, ClaimBase]]:
    if isinstance(claims, Report | DocumentReport):
        for doc in _documents(claims):
            for claim in doc.claims:
                yield doc.path, claim
    else:
        for claim in claims:
            yield None, claim


def _require_pandas() -> None:
    try:
        import pandas  # noqa: F401
    except ImportError as error:
        raise ImportError(
            "claimcheck's DataFrames need pandas, which is not installed:"
            " pip install 'newsroom-claimcheck[pandas]'"
        ) from error
