"""The rules: one module each, discovered by their `ccNNN_` file names."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from claimcheck.rules.base import Issue, Rule, Severity

__all__ = ["Issue", "Rule", "Severity", "all_rules", "select_rules"]


@cache
def all_rules() -> tuple[type[Rule], ...]:
    """Every rule, ordered by code."""
    for module in pkgutil.iter_modules(__path__):
        if module.name.startswith("cc"):
            importlib.import_module(f"{__name__}.{module.name}")
    return tuple(sorted(_subclasses(Rule), key=lambda rule: rule.code))


def _subclasses(cls: type[Rule]) -> list[type[Rule]]:
    found = []
    for sub in cls.__subclasses__():
        if hasattr(sub, "code"):
            found.append(sub)
        found.extend(_subclasses(sub))
    return found


def select_rules(
    select: list[str] | None = None, ignore: list[str] | None = None
) -> list[type[Rule]]:
    """The rules chosen by code or name ("CC102", "currency-mislabel", or a prefix "CC1")."""

    def matches(rule: type[Rule], keys: list[str]) -> bool:
        return any(rule.code.startswith(k.upper()) or rule.name == k.lower() for k in keys)

    chosen = [r for r in all_rules() if not select or matches(r, select)]
    return [r for r in chosen if not ignore or not matches(r, ignore)]


def unknown_rule_keys(keys: list[str]) -> list[str]:
    """The keys that name no rule, for a clear error."""
    return [k for k in keys if not select_rules([k])]
