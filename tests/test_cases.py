"""Every worked case in tests/cases/*.toml, scored as `claimcheck check --output-format json`.

Each case is written to a file and checked through the CLI in-process. A finding must
overlap each expected phrase (and name its `suggest`, where given, in its suggestion
or message), and no finding may overlap nothing expected: a false alarm fails the case.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

from claimcheck.cli import main

CASES_DIR = Path(__file__).parent / "cases"


def _cases() -> list[Any]:
    params = []
    for path in sorted(CASES_DIR.glob("*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
            params.append(pytest.param(case, id=f"{path.stem}:{case['id']}"))
    return params


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def test_there_are_case_files() -> None:
    assert {"public.toml", "conversions.toml"} <= {p.name for p in CASES_DIR.glob("*.toml")}


@pytest.mark.parametrize("case", _cases())
def test_case(case: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / f"{case['id']}.txt"
    path.write_text(case["text"], encoding="utf-8")
    status = main(["check", "--output-format", "json", str(path)])
    out = capsys.readouterr().out
    (document,) = json.loads(out)["documents"]
    findings = document["findings"]
    assert status == (1 if findings else 0)

    spans = []
    missed = []
    for expected in case.get("expect", []):
        start = case["text"].find(expected["phrase"])
        assert start >= 0, f"phrase not in text: {expected['phrase']!r}"
        span = (start, start + len(expected["phrase"]))
        spans.append(span)
        found = [f for f in findings if _overlaps((f["start"], f["end"]), span)]
        if "suggest" in expected:
            found = [
                f
                for f in found
                if expected["suggest"] in f"{f.get('suggestion') or ''} {f['message']}"
            ]
        if not found:
            missed.append(expected["phrase"])
    false_alarms = [
        f"{f['rule']} {case['text'][f['start'] : f['end']]!r}: {f['message']}"
        for f in findings
        if not any(_overlaps((f["start"], f["end"]), span) for span in spans)
    ]
    assert not false_alarms, f"false alarms: {false_alarms}"
    assert not missed, f"missed: {missed}; findings: {[f['message'] for f in findings]}"
