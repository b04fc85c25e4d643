"""A document's claims, with its bare figures kept as compact records until they are read.

A figure no extractor relates to another (a `FigureClaim` or `MoneyClaim`) has nothing to
be checked against, yet the inventory of figures lists it. As two pydantic models it takes
about 700 bytes; as a record of arrays it takes under 80, and it is made into its models
only when a caller reads it, so a text made of nothing but figures is held in memory
proportional to its size with a small constant.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, overload

from pydantic import GetCoreSchemaHandler
from pydantic_core import core_schema

from claimcheck.model.claims import (
    Amount,
    Claim,
    FigureClaim,
    Money,
    MoneyClaim,
    unvalidated_fields_set,
)
from claimcheck.period import Period

_FLOATS = ("value", "low", "high", "multiplier")
_NAMES = ("scale", "digits", "hedge", "unit", "currency", "candidates")  # as `add` keeps them
_NOT_INTERNED = (-1,) * len(_NAMES)  # the index `add` reads of a value not yet interned
_AMOUNT_DEFAULTS = {name: info.default for name, info in Amount.model_fields.items()}
# A plain figure's fields, as `figures.stated_fields` orders them, before its hedge and
# place; the fields of `_NAMES` after "digits" that a plain figure with no hedge keeps;
# and the fields set `add_amount_fields` finds for the types of its scale and digits.
_PLAIN_FIELDS = ("value", "low", "high", "multiplier", "scale", "digits")
_PLAIN_TAIL = tuple(map({**_AMOUNT_DEFAULTS, "hedge": None}.get, _NAMES[2:]))
_PLAIN_SETS: dict[tuple[type, type], set[str]] = {}


class BareFigures:
    """Bare figures as records in arrays: place and value, and the rest as indices into a
    table of the distinct strings and periods they use (a document repeats them)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = array("q")  # start, end of each figure
        self.floats = array("d")  # value, low, high, multiplier of each figure
        self.names = array("I")  # indices into `values`: the fields of _NAMES, then periods
        self.shapes = array("B")  # index into `kinds`
        self.kinds: list[tuple[type[Amount | Money], frozenset[str]]] = []
        self.values: list[object] = []
        self._index: dict[object, int] = {}
        self._last_periods: tuple[object, int] = (None, 0)
        self._last_shape: tuple[type | None, set[str] | None, int] = (None, None, 0)
        self._shapes: dict[tuple[type, int], int] = {}
        self._held_sets: list[set[str]] = []

    def add(self, amount: Amount | Money, periods: tuple[Period, ...], offset: int = 0) -> bool:
        """Keep a bare figure, read from the part of the text at `offset`, as a record;
        False if it cannot be kept exactly so."""
        # The model's field values, read without its attribute hooks.
        fields_set = amount.__pydantic_fields_set__
        return self._keep(type(amount), amount.__dict__, fields_set, periods, offset)

    def add_amount_fields(
        self, fields: dict[str, Any], periods: tuple[Period, ...], offset: int = 0
    ) -> bool:
        """Keep a plain figure from the fields of its amount (`Amount.made`) without making
        the amount; False if it cannot be kept exactly so (then make it and `add` it)."""
        names = unvalidated_fields_set(Amount, fields)
        if names is None:
            return False
        return self._keep(Amount, {**_AMOUNT_DEFAULTS, **fields}, names, periods, offset)

    def add_plain(
        self,
        text: str,
        place: tuple[int, int],
        floats: tuple[float, float, float, float],
        written: tuple[str | None, str],
        periods: tuple[Period, ...],
        offset: int = 0,
    ) -> bool:
        """Keep a plain figure with no hedge, read at text[start:end] (`place`) of the part
        at `offset`, as `add_amount_fields` keeps the fields `figures.stated_fields` makes
        of it (its value, bounds and factor, its scale and digits), without making them;
        False if it cannot be kept exactly so (then give `add_amount_fields` its fields)."""
        value, low, high, multiplier = floats
        if not type(value) is type(low) is type(high) is type(multiplier) is float:
            return False
        scale, digits = written
        fields_set = _PLAIN_SETS.get((type(scale), type(digits)))
        if fields_set is None:  # the fields set `add_amount_fields` finds for these types
            fields = dict(zip(_PLAIN_FIELDS, (*floats, *written), strict=True))
            fields.update(hedge=None, text=text[place[0] : place[1]], start=place[0])
            fields["end"] = place[1]
            fields_set = unvalidated_fields_set(Amount, fields)
            if fields_set is None:
                return False
            _PLAIN_SETS[(type(scale), type(digits))] = fields_set
        start, end = place[0] + offset, place[1] + offset
        if text[place[0] : place[1]] != self.text[start:end]:
            return False
        named = [scale, digits, *_PLAIN_TAIL]
        self._record(Amount, fields_set, (start, end), floats, named, periods)
        return True

    def _keep(
        self,
        kind: type[Amount | Money],
        fields: dict[str, Any],
        fields_set: set[str],
        periods: tuple[Period, ...],
        offset: int,
    ) -> bool:
        start, end = fields["start"], fields["end"]
        if start is None or end is None:
            return False
        start, end = start + offset, end + offset
        floats = value, low, high, multiplier = (
            fields["value"],
            fields["low"],
            fields["high"],
            fields["multiplier"],
        )
        if fields["text"] != self.text[start:end] or not (
            type(value) is type(low) is type(high) is type(multiplier) is float
        ):
            return False
        self._record(kind, fields_set, (start, end), floats, list(map(fields.get, _NAMES)), periods)
        return True

    def _record(
        self,
        kind: type[Amount | Money],
        fields_set: set[str],
        place: tuple[int, int],
        floats: tuple[float, float, float, float],
        named: list[object],
        periods: tuple[Period, ...],
    ) -> None:
        """Append one record: its place in the text, its floats, the values of `_NAMES`
        (`named`) and its periods as indices, and its shape."""
        self.spans.extend(place)
        self.floats.extend(floats)
        names = list(map(self._index.get, named, _NOT_INTERNED))
        if -1 in names:
            names = list(map(self._intern, named))
        last_periods, last_index = self._last_periods  # the figures of a sentence share them
        names.append(last_index if periods is last_periods else self._intern_periods(periods))
        self.names.extend(names)
        last_kind, last_set, last_shape = self._last_shape  # one shape follows another
        if kind is not last_kind or fields_set is not last_set:
            last_shape = self._intern_kind(kind, fields_set)
            self._last_shape = (kind, fields_set, last_shape)
        self.shapes.append(last_shape)

    def __len__(self) -> int:
        return len(self.shapes)

    def start(self, index: int) -> int:
        return self.spans[2 * index]

    def end(self, index: int) -> int:
        return self.spans[2 * index + 1]

    def claim(self, index: int) -> Claim:
        """The figure's claim, as the extractors would have made it."""
        kind, fields_set = self.kinds[self.shapes[index]]
        start, end = self.spans[2 * index], self.spans[2 * index + 1]
        width = len(_NAMES) + 1
        names = self.names[width * index : width * (index + 1)]
        floats = self.floats[4 * index : 4 * index + 4]
        read: dict[str, object] = dict(zip(_FLOATS, floats, strict=True))
        read.update(zip(_NAMES, (self.values[i] for i in names[:-1]), strict=True))
        read.update(text=self.text[start:end], start=start, end=end)
        amount = kind(**{name: read[name] for name in fields_set})
        periods: tuple[Period, ...] = self.values[names[-1]]  # type: ignore[assignment]
        made = MoneyClaim if isinstance(amount, Money) else FigureClaim
        return made(text=amount.text or "", start=start, end=end, amount=amount, periods=periods)

    def order(self) -> array[int]:
        """The records by place in the text (stable: records at one place keep their order)."""
        spans = iter(self.spans)
        places = list(zip(spans, spans, strict=True))  # each record's (start, end)
        return array("q", sorted(range(len(self)), key=places.__getitem__))

    def _intern(self, value: object) -> int:
        # Strings, None and tuples: values of different types are never equal here.
        found = self._index.get(value)
        if found is None:
            found = self._index[value] = len(self.values)
            self.values.append(value)
        return found

    def _intern_periods(self, periods: tuple[Period, ...]) -> int:
        """The index of the periods, which the figures of one sentence share (one tuple)."""
        if periods is not self._last_periods[0]:
            self._last_periods = (periods, self._intern(periods))
        return self._last_periods[1]

    def _intern_kind(self, kind: type[Amount | Money], fields: set[str]) -> int:
        # Models with the same fields set share one set (`claims.Model`): looked up by
        # identity, the set held in `kinds` so that its identity stays its own.
        key = (kind, id(fields))
        found = self._shapes.get(key)
        if found is None:
            shape = (kind, frozenset(fields))
            if shape not in self.kinds:
                self.kinds.append(shape)
            found = self._shapes[key] = self.kinds.index(shape)
            self._held_sets.append(fields)
        return found


class Claims(Sequence[Claim]):
    """A document's claims in text order: those held as models, and bare figures kept as
    records and made into models as they are read (a claim at the place of another
    follows it, as a stable sort of all of them would have it)."""

    def __init__(self, held: Iterable[Claim] = (), bare: BareFigures | None = None) -> None:
        self.held: list[Claim] = list(held)
        self.bare = bare
        self._bare_order: array[int] | None = None
        self._places: array[int] | None = None

    @property
    def bare_count(self) -> int:
        return len(self.bare) if self.bare is not None else 0

    def __len__(self) -> int:
        return len(self.held) + self.bare_count

    def held_before_bare(self) -> int:
        """How many held claims come before the first bare figure in the text."""
        return next((n for n, place in enumerate(self._merged()) if place >= 0), len(self.held))

    def __iter__(self) -> Iterator[Claim]:
        for place in self._merged():
            yield self.held[~place] if place < 0 else self._bare(place)

    @overload
    def __getitem__(self, index: int) -> Claim: ...

    @overload
    def __getitem__(self, index: slice) -> list[Claim]: ...

    def __getitem__(self, index: int | slice) -> Claim | list[Claim]:
        if self.bare is None:
            return self.held[index]
        if self._places is None:
            self._places = array("q", self._merged())
        if isinstance(index, slice):
            return [self.held[~p] if p < 0 else self._bare(p) for p in self._places[index]]
        place = self._places[index]
        return self.held[~place] if place < 0 else self._bare(place)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(list(self))

    def _bare(self, place: int) -> Claim:
        assert self.bare is not None
        return self.bare.claim(place)

    def _merged(self) -> Iterator[int]:
        """Each claim's place: a held claim's as ~index, a bare figure's as its record."""
        held = self.held
        if self.bare is None:
            yield from (~i for i in range(len(held)))
            return
        if self._bare_order is None:
            self._bare_order = self.bare.order()
        bare, order = self.bare, self._bare_order
        i = 0
        for record in order:
            place = (bare.start(record), bare.end(record))
            while i < len(held) and (held[i].start or 0, held[i].end or 0) <= place:
                yield ~i
                i += 1
            yield record
        yield from (~j for j in range(i, len(held)))

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        """Validated from a list of claims (or kept as they are); serialized as that list."""
        listed = handler.generate_schema(list[Claim])
        return core_schema.union_schema(
            [
                core_schema.is_instance_schema(cls),
                core_schema.no_info_after_validator_function(cls, listed),
            ],
            serialization=core_schema.plain_serializer_function_ser_schema(
                list, return_schema=listed
            ),
        )
