"""The shape of a rule: a stable code, a name, examples, and a check over claims."""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar, Literal

from claimcheck.context import CheckContext

Severity = Literal["error", "warning", "info"]

_EXAMPLE = re.compile(r"^(Failing|Passing) example::\n\n((?:    .*\n|\n)+)", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Issue:
    """A discrepancy a rule found in one claim (by its id); the span defaults to the claim's."""

    claim: str
    message: str
    suggestion: str | None = None
    arithmetic: str | None = None
    start: int | None = None
    end: int | None = None


class Rule:
    """Base class: subclasses set the class attributes and implement `check`.

    The docstring holds a one-line summary, an explanation, and at least one
    "Failing example::" and one "Passing example::" block; the rule reference in
    docs/ and the tests are generated from them.
    """

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity] = "error"

    def check(self, ctx: CheckContext) -> Iterable[Issue]:
        raise NotImplementedError

    @classmethod
    def summary(cls) -> str:
        return (inspect.getdoc(cls) or "").partition("\n")[0]

    @classmethod
    def explanation(cls) -> str:
        """The docstring between the summary and the examples, as one paragraph."""
        body = (inspect.getdoc(cls) or "").partition("\n")[2].split("Failing example::")[0]
        return " ".join(body.split())

    @classmethod
    def examples(cls) -> dict[str, list[str]]:
        """The failing and passing examples from the docstring."""
        found: dict[str, list[str]] = {"Failing": [], "Passing": []}
        doc = inspect.getdoc(cls) or ""
        for kind, block in _EXAMPLE.findall(doc + "\n"):
            found[kind].append(inspect.cleandoc(block))
        return found
