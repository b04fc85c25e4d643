"""Which of many spans a range overlaps, in log time: the spans sorted by start, and the
furthest end reached by each prefix of them."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable


class Spans:
    """Spans of text, (start, end), asked whether a range overlaps any of them."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._furthest = list(itertools.accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a span: one starting before `end` reaches past
        `start`."""
        before = bisect.bisect_left(self._starts, end)
        return before > 0 and self._furthest[before - 1] > start

    def covers(self, at: int) -> bool:
        """Whether the position `at` lies inside a span."""
        return self.overlaps(at, at + 1)
