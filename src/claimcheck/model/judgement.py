"""Judgements: the verdict a check reaches on one claim, and the slip it diagnosed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from claimcheck.model.claims import Verdict


class Judged(Protocol):
    """What every judgement offers the rules and the report."""

    @property
    def verdict(self) -> Verdict: ...
    @property
    def reason(self) -> str | None: ...
    @property
    def diagnosis(self) -> str | None: ...
    @property
    def message(self) -> str | None: ...
    @property
    def suggestion(self) -> str | None: ...
    @property
    def arithmetic(self) -> str | None: ...
    @property
    def span(self) -> tuple[int, int] | None: ...


@dataclass(frozen=True, slots=True)
class Judgement:
    """A verdict; for an inconsistent claim, the slip (`diagnosis`), message and fix."""

    verdict: Verdict
    reason: str | None = None
    diagnosis: str | None = None
    message: str | None = None
    suggestion: str | None = None
    arithmetic: str | None = None
    span: tuple[int, int] | None = None  # where to mark a finding, if not the whole claim

    @classmethod
    def consistent(cls, arithmetic: str | None = None) -> Judgement:
        return cls("consistent", arithmetic=arithmetic)

    @classmethod
    def unverifiable(cls, reason: str) -> Judgement:
        return cls("unverifiable", reason=reason)

    @classmethod
    def inconsistent(
        cls,
        diagnosis: str,
        message: str,
        suggestion: str | None,
        arithmetic: str | None,
        span: tuple[int, int] | None = None,
    ) -> Judgement:
        return cls("inconsistent", message, diagnosis, message, suggestion, arithmetic, span)
