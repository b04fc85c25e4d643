"""Every rule documents itself, and its documented examples behave as documented."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import claimcheck
from claimcheck.rules import all_rules, select_rules
from claimcheck.rules.base import Rule

ROOT = Path(__file__).resolve().parent.parent
RULES = all_rules()


def test_codes_and_names_are_unique_and_well_formed() -> None:
    codes = [rule.code for rule in RULES]
    names = [rule.name for rule in RULES]
    assert len(set(codes)) == len(codes)
    assert len(set(names)) == len(names)
    assert all(re.fullmatch(r"CC\d{3}", code) for code in codes)
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)*", name) for name in names)


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_rule_has_summary_and_both_examples(rule: type[Rule]) -> None:
    assert rule.summary().endswith(".")
    examples = rule.examples()
    assert examples["Failing"], f"{rule.code} has no failing example"
    assert examples["Passing"], f"{rule.code} has no passing example"


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_failing_examples_are_flagged_by_their_rule(rule: type[Rule]) -> None:
    for example in rule.examples()["Failing"]:
        report = claimcheck.check(example, **getattr(rule, "example_options", {}))
        assert [f.rule for f in report.findings] == [rule.code], example


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_passing_examples_are_clean(rule: type[Rule]) -> None:
    for example in rule.examples()["Passing"]:
        report = claimcheck.check(example, **getattr(rule, "example_options", {}))
        assert report.findings == [], (example, [f.message for f in report.findings])


def test_rules_are_selected_by_code_prefix_and_name() -> None:
    assert [r.code for r in select_rules(["CC102"])] == ["CC102"]
    assert [r.name for r in select_rules(["currency-mislabel"])] == ["currency-mislabel"]
    assert {r.code[:3] for r in select_rules(["CC1"])} == {"CC1"}
    assert "CC102" not in [r.code for r in select_rules(ignore=["CC102"])]


def test_ignoring_a_rule_silences_its_findings() -> None:
    text = RULES[1].examples()["Failing"][0]
    assert claimcheck.check(text).findings
    assert claimcheck.check(text, ignore=[RULES[1].code]).findings == []


def test_rule_reference_in_docs_is_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_rule_docs.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
