"""Findings and claims as records and pandas DataFrames (pandas is an optional extra)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from claimcheck.model.claims import Claim, ClaimBase, ConversionClaim, Stated
from claimcheck.model.judgement import CONVERSION_ONLY, NOT_CHECKED, ClaimVerdict

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


def findings_dataframe(rows: Iterable[tuple[str | None, str, BaseModel]]) -> pd.DataFrame:
    """One row per finding, from (path, text of the document, finding) triples."""
    records = [finding_record(path, text, finding) for path, text, finding in rows]
    return _dataframe(records, FINDING_COLUMNS)


def claims_dataframe(
    rows: Iterable[tuple[str | None, ClaimBase, ClaimVerdict]],
) -> pd.DataFrame:
    """One row per claim, from (path, claim, verdict) triples: its place, verdict, values.

    Kind-specific values get one column each: `source_value`, `source_currency`,
    `target_value`, … for a conversion; a kind that lacks a column leaves it empty.
    """
    records = [claim_record(claim, verdict, path) for path, claim, verdict in rows]
    columns = dict.fromkeys(CLAIM_COLUMNS)
    for record in records:
        columns.update(dict.fromkeys(record))
    return _dataframe(records, tuple(columns))


def claims_to_dataframe(claims: Iterable[Claim]) -> pd.DataFrame:
    """One row per claim of a list built by hand (a report has `Report.claims_frame()`)."""
    return claims_dataframe((None, claim, NOT_CHECKED) for claim in claims)


def finding_record(path: str | None, text: str, finding: BaseModel) -> dict[str, Any]:
    """A finding as a flat record, with its path and the text of its span."""
    record: dict[str, Any] = finding.model_dump()
    record.update(path=path, text=text[record["start"] : record["end"]])
    return {column: record[column] for column in FINDING_COLUMNS}


def claim_record(
    claim: ClaimBase, verdict: ClaimVerdict = NOT_CHECKED, path: str | None = None
) -> dict[str, Any]:
    """A claim as a flat record: the common fields, its verdict, then `claim_values`."""
    return {
        "path": path,
        "kind": getattr(claim, "kind", type(claim).__name__),
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "verdict": verdict.verdict,
        "reason": verdict.reason,
        "periods": ", ".join(p.label for p in claim.periods) or None,
        **claim_values(claim, verdict),
    }


def claim_values(claim: ClaimBase, verdict: ClaimVerdict = NOT_CHECKED) -> dict[str, Any]:
    """The kind-specific values of a claim, flattened: `source_value`, `rate_used`, …

    A stated figure gives `<field>_value`, `_low`, `_high` and its currency or unit;
    scalars are kept as they are; a list of figures gives `<field>_values`; a
    conversion ends with the reading and rate its verdict used.
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
    if isinstance(claim, ConversionClaim):
        values.update((name, getattr(verdict, name)) for name in CONVERSION_ONLY)
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


def _dataframe(records: list[dict[str, Any]], columns: Sequence[str]) -> pd.DataFrame:
    _require_pandas()
    import pandas  # an optional extra, loaded only when a frame is asked for

    return pandas.DataFrame(records, columns=list(columns))


def _require_pandas() -> None:
    try:
        import pandas  # noqa: F401
    except ImportError as error:
        raise ImportError(
            "claimcheck's DataFrames need pandas, which is not installed:"
            " pip install 'newsroom-claimcheck[pandas]'"
        ) from error
