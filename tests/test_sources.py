"""Reading Markdown and HTML: markup skipped, every offset still pointing into the file."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimcheck
from claimcheck.cli import main
from claimcheck.settings import DEFAULT_INCLUDE
from claimcheck.sources import Kind, find_inputs, strip_markup

MARKDOWN_STORY = """\
---
title: "Jing-Jin-Ji: a decade of coordinated growth"
date: 2025-05-20
tags: [economy, innovation]
---

# Jing-Jin-Ji: a decade of *coordinated* growth

The coordinated development initiative, a national strategy launched in February 2014, \
has markedly increased innovation in the region.

As of today, there are **14 innovative platforms** and seven national manufacturing \
clusters. The region's GDP reached **11.5 trillion JPY (approximately 1.6 trillion USD)** \
in 2024, according to [CGTN](https://www.cgtn.com/news/2025-05-20/jing-jin-ji.html).

> High-tech enterprises in the Yangtze River Delta contribute more than 30 percent of
> China's total capacity, the [report](https://example.org/yrd-2025) said.

| Region | GDP in 2024 |
|:-------|------------:|
| Guangdong | 13.6 trillion yuan |
"""

HTML_STORY = """\
<!DOCTYPE html>
<html lang="en">
<head>
  <title>Guangdong's economy</title>
  <style>p.lede { font-size: 1.25em; margin: 0 0 12px; }</style>
  <script>window.dataLayer = [{"gdp": "13.6 trillion JPY (1.9 trillion USD)"}];</script>
</head>
<body>
<article>
<h1>Guangdong&rsquo;s economy grows</h1>
<p class="lede">GUANGZHOU &mdash; Guangdong&rsquo;s economy grew to
<strong>13.6 trillion JPY (about 1.9 trillion USD)</strong> in 2024, official data showed.</p>
<p>The province attracted 2.1 billion euros (&#36;2.3 billion) of foreign investment
in 2024, R&amp;D spending included.</p>
</article>
</body>
</html>
"""


def _at(text: str, line: int, column: int) -> str:
    """The text of a file from a 1-based line and column on."""
    return text.splitlines()[line - 1][column - 1 :]


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_markdown_finding_points_at_the_figure_in_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "jing-jin-ji.md", MARKDOWN_STORY)
    code = main(["check", "--output-format", "json", str(path)])
    (finding,) = json.loads(capsys.readouterr().out)["documents"][0]["findings"]
    assert code == 1
    assert finding["rule"] == "CC102" and finding["suggestion"] == "CNY"
    assert _at(MARKDOWN_STORY, finding["line"], finding["column"]).startswith(
        "11.5 trillion JPY (approximately 1.6 trillion USD)**"
    )
    assert MARKDOWN_STORY[finding["start"] : finding["end"]] == (
        "11.5 trillion JPY (approximately 1.6 trillion USD)"
    )


def test_markdown_front_matter_dates_the_story_and_its_markup_makes_no_claims() -> None:
    report = claimcheck.check(MARKDOWN_STORY, path="jing-jin-ji.md")
    (document,) = report.documents
    assert (str(document.date), document.date_source) == ("2025-05-20", "front matter")
    texts = [claim.text for claim in report.claims]
    # The URL's date, the heading's "#" and the front matter make no figures; prose does.
    assert "14" in texts and "30 percent" in texts and "13.6 trillion yuan" in texts
    assert not any("2025-05-20" in text or text.startswith("05") for text in texts)
    assert all(MARKDOWN_STORY[c.start : c.end] == c.text for c in report.claims)


def test_an_html_finding_points_at_the_figure_and_scripts_are_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "guangdong.html", HTML_STORY)
    code = main(["check", "--output-format", "json", str(path)])
    document = json.loads(capsys.readouterr().out)["documents"][0]
    assert code == 1
    (finding,) = document["findings"]  # the script's copy of the figures is not read
    assert _at(HTML_STORY, finding["line"], finding["column"]).startswith(
        "13.6 trillion JPY (about 1.9 trillion USD)</strong>"
    )
    conversions = [c for c in document["claims"] if c["kind"] == "conversion"]
    assert [c["verdict"] for c in conversions] == ["inconsistent", "consistent"]
    # "&#36;2.3 billion" reads as "$2.3 billion": the euro conversion is checked.
    assert "2.3 billion" in conversions[1]["text"]


def test_html_entities_become_their_characters_without_moving_the_text() -> None:
    html = "<p>AT&amp;T paid &#36;2.3 billion &ndash; about &euro;2.1 billion.</p>"
    text, _ = strip_markup(html, "html")
    assert len(text) == len(html)
    assert " ".join(text.split()) == "AT& T paid $2.3 billion – about €2.1 billion."
    assert text.index("$2.3") + 1 == html.index("2.3")
    text, _ = strip_markup("<td>&minus;4.2&#37;</td><td>(&#36;2.3 billion)</td>", "html")
    assert text.split() == ["−4.2%", "(", "$2.3", "billion)"]


def test_code_is_not_read_as_prose(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = (
        "# Reproducing the chart\n\n"
        "The bad line was `gdp = '11.5 trillion JPY (approximately 1.6 trillion USD)'`.\n\n"
        "```python\n"
        "label = '13.6 trillion JPY (about 1.9 trillion USD)'\n"
        "```\n\n"
        "<pre>13.6 trillion JPY (about 1.9 trillion USD)</pre>\n"
    )
    path = _write(tmp_path, "notes.md", story)
    assert main(["check", str(path)]) == 0
    assert "0 findings" in capsys.readouterr().err


def test_lists_headings_quotes_and_tables_lose_only_their_markers() -> None:
    markdown = (
        "## 2024 in numbers\n\n"
        "1. Exports rose 7.1 percent.\n"
        "2. Imports fell 2.3 percent.\n\n"
        "- [x] Guangdong: 13.6 trillion yuan\n"
        "> > Nested quote: 4.2 percent\n\n"
        "| City | Share |\n"
        "|------|------:|\n"
        "| Shenzhen | 26\\% |\n"
    )
    text, _ = strip_markup(markdown, "markdown")
    assert [" ".join(line.split()) for line in text.splitlines()] == [
        "2024 in numbers",
        "",
        "Exports rose 7.1 percent.",
        "Imports fell 2.3 percent.",
        "",
        "Guangdong: 13.6 trillion yuan",
        "Nested quote: 4.2 percent",
        "",
        "City Share",
        "",
        "Shenzhen 26 %",
    ]


def test_emphasis_markers_go_but_snake_case_and_arithmetic_stay() -> None:
    text, _ = strip_markup("**Up** _7.1%_ ~~6%~~ in file_name_v2, 3 * 4, ~5%", "markdown")
    assert " ".join(text.split()) == "Up 7.1% 6% in file_name_v2, 3 * 4, ~5%"


def test_links_keep_their_text_images_vanish() -> None:
    markdown = (
        "See [the 2024 report](https://example.org/r(2024)) and [CGTN][cgtn], "
        "![chart of 2024 GDP](chart-2024.png) [^1]\n\n"
        "[cgtn]: https://www.cgtn.com/2025\n"
        "[^1]: Figures from 2024.\n"
    )
    text, _ = strip_markup(markdown, "markdown")
    assert [" ".join(line.split()) for line in text.splitlines()] == [
        "See the 2024 report and CGTN ,",
        "",
        "",
        "Figures from 2024.",
    ]


MARKUP = st.lists(
    st.sampled_from(
        [*"ab 12.,\n\r\t*_~`#>-+|[]()!</&;:=\\\"'", "<!--", "-->", "&amp;", "```", "---"]
    ),
    max_size=120,
).map("".join)


@given(MARKUP, st.sampled_from(["text", "markdown", "html"]))
def test_reading_keeps_every_offset_and_line(text: str, kind: Kind) -> None:
    stripped, _ = strip_markup(text, kind)
    assert len(stripped) == len(text)
    assert [i for i, c in enumerate(stripped) if c in "\r\n"] == [
        i for i, c in enumerate(text) if c in "\r\n"
    ]


@given(MARKUP)
def test_markdown_only_blanks_or_keeps_characters(text: str) -> None:
    stripped, _ = strip_markup(text.replace("&", "+"), "markdown")  # no entities: 1:1 chars
    assert all(a in (b, " ") for a, b in zip(stripped, text.replace("&", "+"), strict=True))


@pytest.mark.parametrize(
    "piece",
    ["[a](", "`", "<!--", "<script>", "**a", "&amp", "<a ", "[x]: ", "| a |\n", "```\n"],
)
def test_hostile_markup_is_read_in_linear_time(piece: str) -> None:
    start = time.perf_counter()
    for kind in ("markdown", "html"):
        text, _ = strip_markup(piece * 20_000, kind)
        assert len(text) == len(piece) * 20_000
    assert time.perf_counter() - start < 5


def test_folders_yield_text_markdown_and_html_but_not_hidden_files(tmp_path: Path) -> None:
    for name in ("a.txt", "b.md", "c.html", "d.htm", "e.markdown", "f.py", ".hidden.md"):
        _write(tmp_path, name, "text")
    (tmp_path / ".venv").mkdir()
    _write(tmp_path / ".venv", "LICENSE.txt", "text")
    found = [p.name for p in find_inputs([str(tmp_path)], DEFAULT_INCLUDE) if isinstance(p, Path)]
    assert found == ["a.txt", "b.md", "c.html", "d.htm", "e.markdown"]


def test_an_unreadable_file_is_reported_and_the_others_are_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path, "jing-jin-ji.md", MARKDOWN_STORY)
    (tmp_path / "broken.txt").write_bytes(b"GDP rose \xff\xfe 5 percent")
    code = main(["check", "--output-format", "concise", str(tmp_path)])
    out, err = capsys.readouterr()
    assert code == 2
    assert "broken.txt: not valid UTF-8" in err and "re-save the file as UTF-8" in err
    assert "jing-jin-ji.md:11:" in out and "CC102" in out
