"""Suppressions: `<!-- claimcheck: ignore ... -->` comments silence findings where they say."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import claimcheck
from claimcheck.cli import main

GDP = (
    "The region's GDP reached 11.5 trillion JPY (approximately 1.6 trillion USD) in 2024,\n"
    "according to CGTN.\n"
)
GUANGDONG = "Guangdong's economy grew to 13.6 trillion JPY (about 1.9 trillion USD) in 2024.\n"
STORY = f"# Jing-Jin-Ji and the Greater Bay Area\n\n{GDP}\n{GUANGDONG}"


def _check(capsys: pytest.CaptureFixture[str], path: Path) -> tuple[int, dict[str, object], str]:
    code = main(["check", "--output-format", "json", str(path)])
    out, err = capsys.readouterr()
    return code, json.loads(out)["documents"][0], err


def _story(tmp_path: Path, text: str, name: str = "story.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_failing_story_passes_once_its_finding_is_suppressed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, document, _ = _check(capsys, _story(tmp_path, STORY))
    assert code == 1 and len(document["findings"]) == 2  # type: ignore[arg-type]

    marked = STORY.replace(GDP, "<!-- claimcheck: ignore CC102 -->\n" + GDP).replace(
        GUANGDONG, "<!-- claimcheck: ignore CC102 -->\n" + GUANGDONG
    )
    code, document, err = _check(capsys, _story(tmp_path, marked))
    assert code == 0
    assert document["findings"] == [] and document["suppressed"] == 2
    assert "0 findings in 0 of 1 document; 2 suppressed" in err


@pytest.mark.parametrize(
    "comment",
    [
        "<!-- claimcheck: ignore CC102 -->",
        "<!-- claimcheck: ignore currency-mislabel -->",
        "<!--claimcheck:ignore CC101,CC102-->",
        "<!-- claimcheck: ignore -->",
        "<!-- claimcheck: ignore CC1 -->",
    ],
)
def test_a_comment_covers_the_next_paragraph_only(comment: str) -> None:
    text = f"{comment}\n{GDP}\n{GUANGDONG}"
    report = claimcheck.check(text, path="story.md")
    (finding,) = report.findings
    assert text[finding.start :].startswith("13.6 trillion JPY")
    assert report.documents[0].suppressed == 1


def test_a_comment_naming_another_rule_suppresses_nothing_and_is_reported_unused() -> None:
    report = claimcheck.check(f"<!-- claimcheck: ignore CC101 -->\n{GDP}", path="story.md")
    assert [f.rule for f in report.findings] == ["CC902", "CC102"]
    assert report.documents[0].suppressed == 0


def test_ignore_file_covers_the_whole_document_wherever_it_is() -> None:
    text = f"{STORY}\n<!-- claimcheck: ignore-file currency-mislabel -->\n"
    report = claimcheck.check(text, path="story.md")
    assert report.findings == [] and report.documents[0].suppressed == 2


def test_in_plain_text_a_comment_covers_the_next_non_blank_line_only() -> None:
    text = f"<!-- claimcheck: ignore -->\n\n{GUANGDONG}{GDP}"
    report = claimcheck.check(text, path="story.txt")
    (finding,) = report.findings  # the GDP line follows the covered line: reported
    assert text[finding.start :].startswith("11.5 trillion JPY") and finding.line == 4
    assert report.documents[0].suppressed == 1


def test_the_comment_is_no_claim_and_moves_no_offset(tmp_path: Path) -> None:
    text = f"<!-- claimcheck: ignore CC101 -->\n{GDP}"
    report = claimcheck.check_file(_story(tmp_path, text, "story.txt"))
    assert [claim.text for claim in report.claims] == [
        "11.5 trillion JPY (approximately 1.6 trillion USD)"
    ]
    unused, finding = report.findings
    assert (unused.rule, unused.line, unused.column) == ("CC902", 1, 1)
    assert (finding.line, finding.column) == (2, 26)


def test_a_comment_inside_code_is_an_example_not_a_suppression() -> None:
    text = f"Write:\n\n```markdown\n<!-- claimcheck: ignore -->\n```\n\n{GDP}"
    report = claimcheck.check(text, path="how-to.md")
    assert [f.rule for f in report.findings] == ["CC102"]


def test_check_file_honours_suppressions_in_html(tmp_path: Path) -> None:
    html = (
        "<html><body>\n<!-- claimcheck: ignore currency-mislabel -->\n"
        f"<p>{GDP}</p>\n<p>{GUANGDONG}</p>\n</body></html>\n"
    )
    report = claimcheck.check_file(_story(tmp_path, html, "story.html"))
    (finding,) = report.findings
    assert html[finding.start :].startswith("13.6 trillion JPY")
    assert report.documents[0].suppressed == 1
