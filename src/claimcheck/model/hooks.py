"""What the upper floors lend the model, looked up when used, as pint looks up its formatters.

The model and the report import neither the reading nor the rendering floor: `output`
registers how a claim or a report shows itself in a notebook or in print, `extract` how
an amount of money is read from text, and a model looks the function up when it is asked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_LENT: dict[tuple[str, type], Callable[..., Any]] = {}


def lend(name: str, kind: type, function: Callable[..., Any]) -> None:
    """Register `function` as `name` for objects of `kind` and its subclasses."""
    _LENT[name, kind] = function


def lent(name: str, kind: type) -> Callable[..., Any] | None:
    """The function registered as `name` for `kind` or its nearest base class, if any."""
    for cls in kind.__mro__:
        found = _LENT.get((name, cls))
        if found is not None:
            return found
    return None


def shown(model: object, fmt: str) -> str | None:
    """`model` rendered in `fmt` ("html", "markdown", "text", "pretty") by the renderer lent
    for its type; None (the notebook then shows the next format) when none is."""
    render = lent(fmt, type(model))
    return render(model) if render is not None else None
