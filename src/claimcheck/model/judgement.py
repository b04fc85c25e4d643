"""Judgements: the verdict a check reaches on one claim, and the slip it diagnosed.

A judge says what it found in figures, as `Said` values; `claimcheck.messages` puts
them into words, so that the wording changes in one place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from claimcheck.facts.model import FactUse
from claimcheck.model.claims import Model, Verdict


@dataclass(frozen=True, slots=True)
class Said:
    """What a judge has to say, in figures: `key` names its wording in `messages`,
    `values` (figures as written, numbers, or other `Said`) fill it in."""

    key: str
    values: Mapping[str, object] = field(default_factory=dict)


def said(key: str, **values: object) -> Said:
    """`Said(key, values)`, with the values as keyword arguments."""
    return Said(key, values)


class Judged(Protocol):
    """What every judgement offers the rules and the report."""

    @property
    def verdict(self) -> Verdict: ...
    @property
    def reason(self) -> Said | None: ...
    @property
    def diagnosis(self) -> str | None: ...
    @property
    def message(self) -> Said | None: ...
    @property
    def suggestion(self) -> str | None: ...
    @property
    def arithmetic(self) -> Said | None: ...
    @property
    def span(self) -> tuple[int, int] | None: ...


@dataclass(frozen=True, slots=True)
class Judgement:
    """A verdict; for an inconsistent claim, the slip (`diagnosis`), message and fix."""

    verdict: Verdict
    reason: Said | None = None
    diagnosis: str | None = None
    message: Said | None = None
    suggestion: str | None = None
    arithmetic: Said | None = None
    span: tuple[int, int] | None = None  # where to mark a finding, if not the whole claim

    @classmethod
    def consistent(cls, arithmetic: Said | None = None) -> Judgement:
        return cls("consistent", arithmetic=arithmetic)

    @classmethod
    def unverifiable(cls, reason: Said) -> Judgement:
        return cls("unverifiable", reason=reason)

    @classmethod
    def inconsistent(
        cls,
        diagnosis: str,
        message: Said,
        suggestion: str | None,
        arithmetic: Said | None,
        span: tuple[int, int] | None = None,
    ) -> Judgement:
        return cls("inconsistent", message, diagnosis, message, suggestion, arithmetic, span)


class ClaimVerdict(Model):
    """What judging found of one claim: its verdict, and what its judges used.

    A report keeps one per judged claim, by the claim's `id`; `verdict` None is "not checked".
    """

    verdict: Verdict | None = None
    reason: str | None = None
    facts: tuple[FactUse, ...] = ()  # the facts-sheet figures its verdict used, with sources
    reading: tuple[str, str] | None = None  # a conversion's currencies, as its judge read them
    rate_used: str | None = None  # the reference rate a conversion was judged by


NOT_CHECKED = ClaimVerdict()
CONVERSION_ONLY = ("reading", "rate_used")  # what only a conversion's verdict tells
