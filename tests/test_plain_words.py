"""What a report says is written for editors: no message names a library claimcheck uses
inside ("× 0.3861 (pint)") or prints a value as Python spells it ("not Half", 'rose',
None, nan), over the reports of every worked case, every rule example and many texts
made from them with other figures and capitals."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.output import render
from claimcheck.output.text import claims_table
from claimcheck.report import Report
from claimcheck.rules import Rule, all_rules

ROOT = Path(__file__).resolve().parent.parent
LIBRARIES = re.compile(
    r"\b(pint|pydantic|babel|numpy|pandas|python|currency_?converter|tomllib|regex)\b", re.I
)
PYTHON_SPELLINGS = {
    "a constant": re.compile(r"\b(None|True|False|nan|NaN|inf)\b"),
    "a repr": re.compile(r"(?:^|[\s(=:])'[^'\s][^']*'|\w\(\w+=|<\w+ |object at 0x|\\[nrtxu]"),
    # a currency's letters before a figure are no capital: "not Rs 1,592"
    "a sentence's capital mid-sentence": re.compile(r"\bnot [A-Z][a-z]+\b(?! ?\d)|“[A-Z][a-z]+”"),
    "exponent notation": re.compile(r"\de[+-]?\d"),
}
EXAMPLES = [
    (example, getattr(rule, "example_options", {}))
    for rule in all_rules()
    for kind in ("Failing", "Passing")
    for example in rule.examples()[kind]
]
CASES = [
    case["text"]
    for path in sorted((ROOT / "tests" / "cases").glob("*.toml"))
    for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]
]
ARTICLES = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures").rglob("*.txt"))]


def words(report: Report) -> Iterator[str]:
    """Everything a report tells a reader in words."""
    for document in report.documents:
        yield from document.notes
        for finding in document.findings:
            yield finding.message
            yield from (finding.suggestion or "", finding.arithmetic or "")
        for verdict in document.verdicts.values():
            yield verdict.reason or ""


def assert_plain(report: Report) -> None:
    for text in words(report):
        assert not LIBRARIES.search(text), text
        for what, pattern in PYTHON_SPELLINGS.items():
            assert not pattern.search(text), f"{what} in: {text}"


def test_the_worked_cases_and_rule_examples_speak_plainly() -> None:
    reports = [claimcheck.check(text) for text in [*CASES, *ARTICLES]]
    reports += [claimcheck.check(text, **options) for text, options in EXAMPLES]
    assert sum(len(report.findings) for report in reports) > 30  # plenty to read
    for report in reports:
        assert_plain(report)


FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
NUMBERS = st.sampled_from(["0", "1", "2", "3.5", "12", "100", "250", "1,000", "0.5", "99.9"])


@st.composite
def variants(draw: st.DrawFn) -> tuple[str, dict[str, object]]:
    """A rule example with other figures, and maybe every sentence capitalised."""
    text, options = draw(st.sampled_from(EXAMPLES))
    text = FIGURE.sub(lambda m: draw(NUMBERS) if draw(st.booleans()) else m.group(), text)
    if draw(st.booleans()):
        text = re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m[1] + m[2].upper(), text)
    return text, options


@settings(max_examples=150, deadline=None)
@given(variants())
def test_reports_on_texts_with_other_figures_speak_plainly(
    variant: tuple[str, dict[str, object]],
) -> None:
    text, options = variant
    assert_plain(claimcheck.check(text, **options))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "spelling"),
    [
        ("Tripled from 100 to 200, sales hit a record in 2024.", "not tripled (3 times)"),
        ("Half (60%) of voters agreed.", "half is 50%"),
        ("Sales rose to 1.8 billion euros in 2023 from 2.1 billion euros in 2022.", "says “rose”"),
        ("The park covers 500 square kilometres (500 square miles).", "square miles: × 0.3861;"),
    ],
)
def test_the_slips_once_found_read_as_english(text: str, spelling: str) -> None:
    report = claimcheck.check(text)
    assert any(spelling in line for line in words(report)), list(words(report))


@pytest.mark.parametrize("rule", all_rules(), ids=lambda rule: rule.code)
def test_what_a_rule_says_of_itself_speaks_plainly(rule: type[Rule]) -> None:
    """`claimcheck rule`, docs/rules.md and the SARIF rule help all show these words."""
    for text in (rule.summary(), rule.explanation()):
        assert not LIBRARIES.search(text), text
        assert not PYTHON_SPELLINGS["a constant"].search(text), text


class _Words(HTMLParser):
    """The words an HTML report shows: its text and tooltips, not its style or script."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []
        self._hidden = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._hidden = tag in ("style", "script")
        self.shown += [value for name, value in attrs if name == "title" and value]

    def handle_endtag(self, tag: str) -> None:
        self._hidden = False

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.shown.append(data)


def shown(report: Report, fmt: str) -> str:
    """What a reader of one output format sees."""
    if fmt == "claims":
        return claims_table(report)
    if fmt == "html":
        words = _Words()
        words.feed(render(report, fmt))
        return "\n".join(words.shown)
    return render(report, fmt)


@pytest.mark.parametrize("fmt", ["concise", "full", "markdown", "html", "github", "claims"])
def test_every_output_people_read_speaks_plainly(fmt: str) -> None:
    """The outputs add words of their own (coverage, titles, legends): none may slip either.
    A spelling the story itself contains, quoted back to the reader, is the story's."""
    stories = [(text, {}) for text in [*CASES, *ARTICLES]] + EXAMPLES
    for text, options in stories:
        report = claimcheck.check(text, path="story.txt", **options)  # type: ignore[arg-type]
        for line in shown(report, fmt).splitlines():
            for pattern in (LIBRARIES, *PYTHON_SPELLINGS.values()):
                found = pattern.search(line)
                assert not found or found.group() in text, f"{fmt}: {line}"
