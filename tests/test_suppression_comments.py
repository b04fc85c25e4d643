"""Suppression comments are checked too: misspelt or unknown ones (CC901) and ones that
silence nothing (CC902) are reported, as ruff reports unused `noqa` comments."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck

WRONG = "The region's GDP reached 11.5 trillion JPY (approximately 1.6 trillion USD) in 2024.\n"
RIGHT = "The region's GDP reached 11.5 trillion yuan (approximately 1.6 trillion USD) in 2024.\n"


def findings(text: str, name: str = "story.md", **options: object) -> list[tuple[str, str]]:
    report = claimcheck.check(text, path=name, **options)  # type: ignore[arg-type]
    return [(f.rule, f.suggestion or "") for f in report.findings]


@pytest.mark.parametrize(
    ("comment", "fix"),
    [
        ("<!-- claimcheck: ignroe CC102 -->", "ignore"),
        ("<!-- claimcheck: ignore_file CC102 -->", "ignore-file"),
        ("<!-- claimchek: ignore CC102 -->", "claimcheck:"),
        ("<!-- claim-check: ignore CC102 -->", "claimcheck:"),
        ("<!-- claimcheck ignore CC102 -->", "claimcheck:"),
        ("<!-- claimcheck: disable CC102 -->", ""),
        ("<!-- claimcheck: ignore CC102; CC101 -->", ""),
    ],
)
@pytest.mark.parametrize("name", ["story.md", "story.txt", "story.html"])
def test_a_misspelt_comment_is_reported_and_silences_nothing(
    comment: str, fix: str, name: str
) -> None:
    text = f"{comment}\n{WRONG}"
    report = claimcheck.check(text, path=name)
    first, meant = report.findings
    assert (first.rule, first.name, first.severity) == ("CC901", "unknown-suppression", "warning")
    assert (first.suggestion or "") == fix
    assert "silences nothing" in first.message
    assert text[first.start : first.end] == comment  # the finding points at the comment
    assert meant.rule == "CC102"  # the finding it was meant for is still reported


def test_a_code_that_names_no_rule_is_reported_with_the_likely_one() -> None:
    text = f"<!-- claimcheck: ignore CC1O2, CC102 -->\n{WRONG}"
    report = claimcheck.check(text, path="story.md")
    [finding] = report.findings  # CC102 is silenced, and the comment is reported for CC1O2
    assert (finding.rule, finding.suggestion) == ("CC901", "CC102")
    assert 'no rule is named "CC1O2" (did you mean "CC102"?)' in finding.message


def test_the_known_codes_of_a_comment_still_work_beside_an_unknown_one() -> None:
    assert findings(f"<!-- claimcheck: ignore CC102 CC999 -->\n{WRONG}") == [("CC901", "CC902")]


@pytest.mark.parametrize("name", ["story.md", "story.txt", "story.html"])
def test_a_comment_that_silences_nothing_is_reported(name: str) -> None:
    text = f"<!-- claimcheck: ignore CC102 -->\n{RIGHT}"
    report = claimcheck.check(text, path=name)
    [finding] = report.findings
    assert (finding.rule, finding.name, finding.line) == ("CC902", "unused-suppression", 1)
    assert finding.message.startswith("this comment silences no CC102 finding")


def test_a_comment_that_silences_something_is_not_reported() -> None:
    assert findings(f"<!-- claimcheck: ignore CC102 -->\n{WRONG}") == []
    assert findings(f"<!-- claimcheck: ignore -->\n{WRONG}") == []
    assert findings(f"{WRONG}\n<!-- claimcheck: ignore-file currency-mislabel -->\n") == []


def test_a_comment_for_rules_that_were_not_run_is_not_reported() -> None:
    text = f"<!-- claimcheck: ignore CC301 -->\n{RIGHT}"
    assert findings(text) == [("CC902", "remove the comment")]
    assert findings(text, select=["CC1"]) == []
    assert findings(text, ignore=["CC301"]) == []
    every = f"<!-- claimcheck: ignore -->\n{RIGHT}"
    assert findings(every) == [("CC902", "remove the comment")]
    assert findings(every, select=["CC1", "CC9"]) == []  # it may be for a rule not run


def test_the_comment_rules_can_be_ignored_like_any_other() -> None:
    text = f"<!-- claimcheck: ignore CC102 -->\n{RIGHT}<!-- claimcheck: ignroe -->\n{RIGHT}"
    assert [rule for rule, _ in findings(text)] == ["CC902", "CC901"]
    assert findings(text, ignore=["CC9"]) == []
    assert findings("<!-- claimcheck: ignore-file CC902 -->\n" + text) == [("CC901", "ignore")]


@pytest.mark.parametrize(
    "comment",
    [
        "<!-- TODO: check the figures -->",
        "<!-- claims desk: read by A. Writer -->",
        "<!-- claimchecked by the desk -->",
        "<!-- check: ignore -->",
        "<!---->",
    ],
)
def test_other_comments_are_not_addressed_to_claimcheck(comment: str) -> None:
    assert findings(f"{comment}\n{RIGHT}") == []


@settings(deadline=None)  # a loaded CI machine can take a first check past 200 ms
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz-_", min_size=1, max_size=12))
def test_any_word_after_the_prefix_works_or_is_reported(verb: str) -> None:
    text = f"<!-- claimcheck: {verb} CC102 -->\n{WRONG}"
    rules = [rule for rule, _ in findings(text)]
    if verb in ("ignore", "ignore-file"):
        assert rules == []
    else:
        assert rules == ["CC901", "CC102"]
