"""What a check of a text reads and reports, as a test states it: shared by the tests of
each reading."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st

import claimcheck
from claimcheck.model.claims import ChangeClaim


def rules(text: str) -> list[str]:
    """The rule of each finding on `text`, in report order."""
    return [finding.rule for finding in claimcheck.check(text).findings]


def flagged(text: str) -> list[tuple[str, str]]:
    """Each finding's rule and the text it points at."""
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


def change_pairs(text: str) -> list[tuple[str, str]]:
    """The (old, new) values of each change read with both, as written."""
    return [
        (claim.from_value.text, claim.to_value.text)
        for claim in claimcheck.check(text).claims
        if isinstance(claim, ChangeClaim)
        and claim.from_value is not None
        and claim.to_value is not None
    ]


def assert_caught(clean: str, slipped: str, rule: str) -> None:
    """A clean text has no finding, and the same text with one slip has the one finding."""
    assert not rules(clean), clean
    assert rules(slipped) == [rule], slipped


def money_in(text: str) -> list[tuple[str, str]]:
    """Each amount of money read alone (no claim relates it), as written and with its
    currency."""
    return [
        (text[c.start : c.end], c.model_dump()["amount"]["currency"])
        for c in claimcheck.extract(text)
        if c.kind == "amount" and c.start is not None and c.end is not None
    ]


def unrounded(low: int, high: int) -> st.SearchStrategy[int]:
    """Whole figures from `low` to `high` that do not end in 0: a figure ending in 0 may be
    rounded to tens or more, which widens what it can mean."""
    return st.integers(low, high).filter(lambda n: n % 10)


def listed(figures: Sequence[str]) -> str:
    """Figures as a list is written: "A, B and C"."""
    return ", ".join(figures[:-1]) + f" and {figures[-1]}"
