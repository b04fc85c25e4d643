"""Reading facts sheets, and combining several into one index the checks look facts up in.

Sheets are combined in order: a later sheet's fact replaces an earlier one's for the
same (entity, metric, period), with a warning; entities and metrics declared again
add their aliases. Any error names the file, the entry and the field.
"""

from __future__ import annotations

import tomllib
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import ValidationError

from claimcheck.errors import FactsFileError
from claimcheck.facts.model import Bound, FactUse, Role, Source
from claimcheck.interval import Interval
from claimcheck.period import Period

if TYPE_CHECKING:  # the sheet format's models are built only when a sheet is read
    from claimcheck.facts.sheet import Entity, FactEntry, Metric, SheetFile

Key = tuple[str, str, str | None]  # entity, metric, period as written (None: standing)
_T = TypeVar("_T", "Entity", "Metric")


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact, resolved: its entity, metric, period, value interval, unit and source."""

    entity: Entity
    metric: Metric
    period: Period | None
    value: float
    interval: Interval
    bound: Bound | None
    unit: str
    source: Source
    file: str

    def use(self, role: Role = "subject", link: str = "") -> FactUse:
        """The fact as a judged claim records it."""
        low, high = (
            (self.value, self.value) if self.bound else (self.interval.low, self.interval.high)
        )
        return FactUse(
            entity=self.entity.name,
            metric=self.metric.name,
            period=self.period.label if self.period else None,
            value=self.value,
            low=None if low == self.value else low,
            high=None if high == self.value else high,
            bound=self.bound,
            unit=self.unit,
            source=self.source,
            role=role,
            link=link,
        )


@dataclass(frozen=True)
class FactSheet:
    """Every entity, metric and fact of the sheets given, and the notes made combining them."""

    entities: tuple[Entity, ...] = ()
    metrics: tuple[Metric, ...] = ()
    facts: Mapping[Key, Fact] = field(default_factory=dict)
    notes: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.facts)

    def series(self, entity: str, metric: str) -> list[Fact]:
        """The facts for one entity and metric, standing facts first, then by period."""
        found = [f for (e, m, _), f in self.facts.items() if e == entity and m == metric]
        return sorted(found, key=lambda f: (f.period is not None, f.period and f.period.start))

    def unit(self, metric: str) -> str | None:
        """The unit of a metric's first fact: what a figure must measure to be compared."""
        return next((f.unit for (_, m, _), f in self.facts.items() if m == metric), None)


def load_sheets(paths: Sequence[Path]) -> FactSheet:
    """The sheets at `paths`, combined in order; FactsFileError if one is invalid."""
    if not paths:
        return FactSheet()
    from claimcheck.facts.sheet import parse_period  # the sheet models: when a sheet is read

    entities: dict[str, Entity] = {}
    metrics: dict[str, Metric] = {}
    entries: dict[Key, tuple[FactEntry, str]] = {}
    notes: list[str] = []
    for path in paths:
        sheet = read_sheet(path)
        for entity in sheet.entity:
            entities[entity.name] = _merged(entities, entity)
        for metric in sheet.metric:
            metrics[metric.name] = _merged(metrics, metric)
        _check_names(path, entities.values(), "entity")
        _check_names(path, metrics.values(), "metric")
        for entry in sheet.fact:
            key = (entry.entity, entry.metric, entry.period)
            if key in entries:
                earlier = entries[key][1]
                note = (
                    f"{path}: the fact for {_describe(key)} replaces the one in {earlier}"
                    f" ({entries[key][0].value:g} {entries[key][0].unit} ->"
                    f" {entry.value:g} {entry.unit})"
                )
                warnings.warn(note, stacklevel=2)
                notes.append(note)
            entries[key] = (entry, str(path))
    facts: dict[Key, Fact] = {}
    for key, (entry, file) in entries.items():
        owner, measure = entities.get(entry.entity), metrics.get(entry.metric)
        if owner is None or measure is None:
            missing = "entity" if owner is None else "metric"
            name = entry.entity if owner is None else entry.metric
            raise FactsFileError(
                f"{file}: fact for {_describe(key)}: {missing}: no {missing} named {name!r};"
                f" declare it in an [[{missing}]] table"
            )
        period = parse_period(entry.period) if entry.period else None
        facts[key] = Fact(
            owner,
            measure,
            period,
            entry.value,
            entry.interval,
            entry.bound,
            entry.unit,
            entry.source,
            file,
        )
    return FactSheet(tuple(entities.values()), tuple(metrics.values()), facts, tuple(notes))


def read_sheet(path: Path) -> SheetFile:
    """One sheet, validated; FactsFileError naming the file, entry and field if invalid."""
    from claimcheck.facts.sheet import SheetFile  # the sheet models: when a sheet is read

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise FactsFileError(f"{path}: cannot be read ({error.strerror}); check the path") from None
    except UnicodeDecodeError:
        raise FactsFileError(f"{path}: not UTF-8 text; save it as UTF-8") from None
    except tomllib.TOMLDecodeError as error:
        raise FactsFileError(f"{path}: not valid TOML ({error}); fix the syntax") from None
    if type(data.get("version")) is not int or data.get("version") != 1:
        raise FactsFileError(
            f"{path}: version: expected `version = 1` at the top of the sheet,"
            f" got {data.get('version')!r}"
        )
    _resolve_sources(path, data)
    try:
        return SheetFile.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        message = first["msg"].removeprefix("Value error, ")
        raise FactsFileError(f"{path}: {_where(data, first['loc'])}: {message}") from None


def _resolve_sources(path: Path, data: dict[str, Any]) -> None:
    """Replace each fact's source key by the `[sources]` entry it names."""
    sources = data.get("sources", {})
    facts = data.get("fact", [])
    if not isinstance(sources, dict) or not isinstance(facts, list):
        return  # validation reports the wrong shape
    for index, fact in enumerate(facts):
        if isinstance(fact, dict) and isinstance(fact.get("source"), str):
            key = fact["source"]
            if key not in sources:
                known = ", ".join(sorted(sources)) or "none"
                raise FactsFileError(
                    f"{path}: {_where(data, ('fact', index))}: source: no [sources.{key}]"
                    f" table (sources defined: {known})"
                )
            fact["source"] = sources[key]


def _where(data: Mapping[str, Any], loc: Sequence[int | str]) -> str:
    """An error's place as a person reads it: "fact 3 (China, GDP, 2024): value"."""
    if not loc:
        return "sheet"
    head, *rest = loc
    if head in ("entity", "metric", "fact") and rest and isinstance(rest[0], int):
        index = int(rest[0])
        rest = rest[1:]
        entry = data.get(str(head), [])[index]
        place = f"{head} {index + 1}"
        if isinstance(entry, dict):
            names = [str(entry[k]) for k in ("name", "entity", "metric", "period") if k in entry]
            place += f" ({', '.join(names)})" if names else ""
    elif head == "sources" and rest:
        place = f"[sources.{rest[0]}]"
        rest = rest[1:]
    else:
        place = str(head)
    fields = ".".join(str(part) for part in rest)
    return f"{place}: {fields}" if fields else place


def _merged(declared: Mapping[str, _T], later: _T) -> _T:
    """A declaration, with the aliases of any earlier one of the same name added."""
    earlier: tuple[str, ...] = declared[later.name].aliases if later.name in declared else ()
    aliases = tuple(dict.fromkeys((*earlier, *later.aliases)))
    return later.model_copy(update={"aliases": aliases})


def _check_names(path: Path, items: Iterable[Entity | Metric], what: str) -> None:
    """No name or alias may stand for two different entities (or metrics)."""
    seen: dict[str, str] = {}
    for item in items:
        for name in item.names:
            other = seen.setdefault(name.casefold(), item.name)
            if other != item.name:
                raise FactsFileError(
                    f"{path}: {what} {item.name!r}: aliases: {name!r} already names"
                    f" {what} {other!r};"
                    " a name must stand for one thing"
                )


def _describe(key: Key) -> str:
    entity, metric, period = key
    return f"{entity} {metric} {period}" if period else f"{entity} {metric} (standing)"
