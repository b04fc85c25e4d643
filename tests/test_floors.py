"""The floors, read from the code's own imports: nothing imports a floor above its own.

docs/how-it-works.md ("The code's floors") describes them. A new module must be given
its floor here; an import that goes up a floor, a judge that reads text, or an import
of claimcheck hidden inside a function for any reason but start-up time fails a test.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[1] / "src" / "claimcheck"

# Bottom up; a module belongs to the floor of the longest name it starts with.
FLOORS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("basics", ("atomic", "errors", "formatting", "interval", "period", "version")),
    ("reference data and vocabulary", ("reference", "vocabulary")),
    ("typed model", ("model", "facts.model", "settings")),
    (
        "reading and judging",
        (
            "document",
            "front_matter",
            "sources",
            "extract",
            "facts",
            "judges",
            "context",
            "rules",
            "messages",
        ),
    ),
    ("report", ("report", "frames", "suppressions", "baseline", "checking")),
    (
        "front ends",
        (
            "",
            "checker",
            "api",
            "config",
            "output",
            "cli",
            "completion",
            "pytest_plugin",
            "web",
            "__main__",
        ),
    ),
)

# The only claimcheck modules a function may import, and why: each saves start-up time
# or needs an optional extra.
START_UP_IMPORTS = {
    "claimcheck.model.units": "it loads pint, which takes a noticeable part of a second",
    "claimcheck.facts.sheet": "its pydantic models are built only when a facts sheet is read",
    "claimcheck.web": "it needs the optional serve extra (Starlette, uvicorn)",
}


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, e.g. "claimcheck.judges.fx"
    target: str  # the imported module, e.g. "claimcheck.reference.scales"
    line: int
    in_function: bool
    type_only: bool  # under `if TYPE_CHECKING:`
    commented: bool


def _name(path: Path) -> str:
    parts = path.relative_to(SOURCE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _target(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    base = base[: len(base) - node.level + (1 if is_package else 0)]
    return ".".join([*base, *([node.module] if node.module else [])])


def _imports() -> list[Import]:
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        module = _name(path)
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        tree = ast.parse(source)
        type_only = {
            id(child)
            for node in ast.walk(tree)
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
            for statement in node.body
            for child in ast.walk(statement)
        }
        in_function = {
            id(child)
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            for child in ast.walk(node)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                base = _target(node, module, path.name == "__init__.py")
                # `from claimcheck import formatting` imports the module claimcheck.formatting
                targets = [
                    f"{base}.{alias.name}"
                    if (SOURCE.parent / base.replace(".", "/") / f"{alias.name}.py").exists()
                    or (SOURCE.parent / base.replace(".", "/") / alias.name).is_dir()
                    else base
                    for alias in node.names
                ]
            elif isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                continue
            text = " ".join(lines[node.lineno - 1 : node.end_lineno])
            for target in targets:
                if target == "claimcheck" or target.startswith("claimcheck."):
                    found.append(
                        Import(
                            module,
                            target,
                            node.lineno,
                            id(node) in in_function,
                            id(node) in type_only,
                            "#" in text,
                        )
                    )
    return found


def floor_of(module: str) -> int:
    """The index in FLOORS of a module's floor; KeyError if none is given."""
    name = module.removeprefix("claimcheck").removeprefix(".")
    best = max(
        (
            (len(prefix), index)
            for index, (_, prefixes) in enumerate(FLOORS)
            for prefix in prefixes
            if name == prefix or name.startswith(prefix + ".") or (prefix == "" and name == "")
        ),
        default=None,
    )
    if best is None:
        raise KeyError(module)
    return best[1]


IMPORTS = _imports()
MODULES = sorted({_name(path) for path in SOURCE.rglob("*.py")})


def test_the_imports_are_read_as_written() -> None:
    # the reader above sees each kind of import, so the tests below cannot pass vacuously
    kinds = {(i.module, i.target): (i.in_function, i.type_only) for i in IMPORTS}
    assert kinds[("claimcheck.judges.fx", "claimcheck.reference.scales")] == (False, False)
    assert kinds[("claimcheck.report", "claimcheck.frames")] == (False, False)
    assert kinds[("claimcheck.model.claims", "claimcheck.model.units")][0]
    assert kinds[("claimcheck.judges.units", "claimcheck.judges.context")] == (False, True)
    assert len(MODULES) > 60


@pytest.mark.parametrize("module", MODULES)
def test_every_module_has_a_floor(module: str) -> None:
    floor_of(module)


def test_no_module_imports_a_floor_above_its_own() -> None:
    upward = [
        f"{i.module} ({FLOORS[floor_of(i.module)][0]}) imports {i.target}"
        f" ({FLOORS[floor_of(i.target)][0]}) at line {i.line}"
        for i in IMPORTS
        if floor_of(i.target) > floor_of(i.module)
    ]
    assert upward == []


def test_the_model_and_reference_import_no_reading_judging_report_or_renderer() -> None:
    model = floor_of("claimcheck.model")
    assert [i for i in IMPORTS if floor_of(i.module) <= model < floor_of(i.target)] == []
    assert floor_of("claimcheck.extract.figures") > model
    assert floor_of("claimcheck.output.html") > floor_of("claimcheck.report") > model


@pytest.mark.parametrize("judging", ["claimcheck.judges", "claimcheck.rules", "claimcheck.context"])
def test_no_judge_reads_text(judging: str) -> None:
    reading = [
        i
        for i in IMPORTS
        if (i.module == judging or i.module.startswith(judging + "."))
        and i.target.startswith("claimcheck.extract")
    ]
    assert reading == []


def test_imports_inside_functions_are_only_for_start_up_time_and_say_so() -> None:
    hidden = [i for i in IMPORTS if i.in_function]
    assert hidden  # the start-up imports below are real
    assert [i for i in hidden if i.target not in START_UP_IMPORTS] == []
    assert [i for i in hidden if not i.commented] == []
