"""Messages: judges report in figures, and the words live in one module."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

import claimcheck
from claimcheck import messages
from claimcheck.model.judgement import said

SOURCE = Path(__file__).resolve().parents[1] / "src" / "claimcheck"
SEED = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "seed.txt"
# said("fx.rate", ...) names its wording literally; said(f"change.{kind}-sized", ...) by a pattern
_SAID = re.compile(r"""said\(\s*(f?)"([^"]+)\"""")
_QUOTED = re.compile(r'"([a-z][a-z-]*\.[a-z.-]+)"')
_F_QUOTED = re.compile(
    r'said\(\s*f"([^"]+)"|f"([a-z][a-z-]*\.[a-z-]*\{[^"\s]+)"'
)  # keys have no spaces


def _keys_said() -> tuple[set[str], set[str], list[re.Pattern[str]]]:
    """The wording keys said literally, every quoted string, and the patterns of f-string keys."""
    literal, quoted, patterns = set(), set(), []
    for path in SOURCE.rglob("*.py"):
        if path.name == "messages.py":
            continue
        source = path.read_text(encoding="utf-8")
        quoted.update(_QUOTED.findall(source))  # 'said("fx.above" if up else "fx.below")'
        literal.update(key for is_f, key in _SAID.findall(source) if not is_f)
        for said_f, dotted_f in _F_QUOTED.findall(source):  # f"change.{kind}-sized"
            parts = re.split(r"\{[^}]*\}", said_f or dotted_f)
            patterns.append(re.compile("[a-z-]+".join(map(re.escape, parts)) + r"\Z"))
    return literal, quoted, patterns


def test_every_wording_a_judge_asks_for_exists_and_none_is_unused() -> None:
    literal, quoted, patterns = _keys_said()
    assert literal and patterns
    assert literal - set(messages.WORDING) == set()
    assert all(any(p.match(key) for key in messages.WORDING) for p in patterns)
    unused = [
        key
        for key in messages.WORDING
        if key not in quoted and not any(p.match(key) for p in patterns)
    ]
    assert unused == []


def test_every_wording_is_a_valid_template() -> None:
    for key, wording in messages.WORDING.items():
        fields = [name for _, name, _, _ in string.Formatter().parse(wording) if name]
        assert all(name.isidentifier() for name in fields), key


def test_a_judge_reports_figures_and_the_wording_makes_the_sentence() -> None:
    report = claimcheck.check_file(SEED)
    # the judges' structured diagnosis: the seed's conversions match the yuan rate
    assert [f.suggestion for f in report.findings] == ["CNY", "CNY"]
    assert "it matches CNY (7.20)" in report.findings[0].message


def test_wording_changes_in_one_place(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(messages.WORDING, "fx.mislabel", "{rate}: looks like {currency}")
    report = claimcheck.Checker().check_file(SEED)
    assert report.findings[0].message == "implied rate 7.19 JPY/USD: looks like CNY"


@pytest.mark.parametrize(
    ("value", "spec", "written"),
    [
        (7.1875, "", "7.19"),
        (21.01, "x", "21x"),
        (0.5412, "2", "0.54"),
        (1000.0, "2", "1,000"),
        (12, "", "12"),
    ],
)
def test_numbers_are_written_to_the_wording_s_precision(
    value: float, spec: str, written: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(messages.WORDING, "fx.rate", "{rate:" + spec + "}")
    assert messages.text(said("fx.rate", rate=value)) == written


def _said_calls() -> list[tuple[str, str | re.Pattern[str], set[str] | None]]:
    """Each `said(key, name=...)` in the code: where, its key (or key pattern), its names
    (None when some come from a `**mapping`)."""
    calls = []
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "said"):
                continue
            names = {k.arg for k in node.keywords if k.arg is not None}
            spread = any(k.arg is None for k in node.keywords)
            where = f"{path.name}:{node.lineno}"
            for key in _keys_of(node.args[0]):
                calls.append((where, key, None if spread else names))
    return calls


def _keys_of(node: ast.expr) -> list[str | re.Pattern[str]]:
    if isinstance(node, ast.Constant):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _keys_of(node.body) + _keys_of(node.orelse)
    assert isinstance(node, ast.JoinedStr), ast.unparse(node)
    parts = [v.value if isinstance(v, ast.Constant) else None for v in node.values]
    return [re.compile("".join(re.escape(p) if p else "[a-z-]+" for p in parts) + r"\Z")]


def test_every_wording_gets_the_figures_it_names() -> None:
    # keys written as f-strings ("period.{source}") are left out: which wording they pick
    # is known only when the code runs
    calls = [call for call in _said_calls() if isinstance(call[1], str)]
    assert len(calls) > 50
    missing = []
    for where, key, names in calls:
        assert isinstance(key, str)
        wording = messages.WORDING[key]
        fields = {name for _, name, _, _ in string.Formatter().parse(wording) if name}
        if names is not None and not fields <= names:
            missing.append((where, key, sorted(fields - names)))
    assert missing == []


def test_a_bare_figure_that_took_points_is_shown_in_points() -> None:
    """Not as a percentage: "119,662 points → 122,637 points", never "119,662% → ..."."""
    report = claimcheck.check(
        "The index closed at 122,637 points, 5.2% higher than the close of 119,662."
    )
    (finding,) = report.findings
    assert "119,662 points → 122,637 points" in finding.message
    assert "119,662%" not in finding.message
