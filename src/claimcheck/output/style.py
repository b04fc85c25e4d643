"""Colour on a terminal: whether to use it, and how each part of a finding looks.

Colour is used when the stream is a terminal (and `TERM` is not `dumb`), or whenever
`FORCE_COLOR` is set; never when `NO_COLOR` is set (https://no-color.org), which wins.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TextIO

_RESET = "\033[0m"
_CODES = {"bold": "1", "dim": "2", "red": "31", "green": "32", "yellow": "33", "cyan": "36"}
_SEVERITY = {"error": "red", "warning": "yellow", "info": "cyan"}


def wants_colour(stream: TextIO, environ: Mapping[str, str] | None = None) -> bool:
    """Whether text written to `stream` should be coloured."""
    environ = os.environ if environ is None else environ
    if environ.get("NO_COLOR"):
        return False
    if environ.get("FORCE_COLOR"):
        return True
    is_terminal = getattr(stream, "isatty", None)
    return bool(is_terminal and is_terminal()) and environ.get("TERM") != "dumb"


@dataclass(frozen=True)
class Style:
    """Paints text with ANSI colours, or leaves it as it is when `colour` is off."""

    colour: bool = False

    def paint(self, text: str, *names: str) -> str:
        if not self.colour or not text:
            return text
        return f"\033[{';'.join(_CODES[name] for name in names)}m{text}{_RESET}"

    def severity(self, text: str, severity: str) -> str:
        return self.paint(text, "bold", _SEVERITY.get(severity, "bold"))


PLAIN = Style()
