"""Dating a story from its metadata: front matter in every common form, HTML heads."""

from __future__ import annotations

import html
import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimcheck
from claimcheck.front_matter import DATE_KEYS, html_date, read_front_matter
from claimcheck.output import render

DAY = date(2024, 3, 5)
STORY = "Output rose 5 percent to 105 tonnes from 100 tonnes.\n"

FORMS = {
    "yaml": "---\ntitle: A story\n{key}: {value}\ntags: [a, b]\n---\n",
    "yaml-quoted": '---\ntitle: A story\n{key}: "{value}"\n---\n',
    "toml": '+++\ntitle = "A story"\n{key} = "{value}"\n+++\n',
    "toml-native": '+++\ntitle = "A story"\n{key} = {value}\n+++\n',
    "json": '{{\n  "title": "A story",\n  "{key}": "{value}"\n}}\n',
}
KEYS = ["date", "pubDate", "published", "publishDate", "datePublished"]


def dated(text: str, name: str = "story.md") -> claimcheck.DocumentReport:
    [document] = claimcheck.check(text, path=name).documents
    return document


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("name", ["story.md", "story.html", "story.txt"])
def test_every_front_matter_form_and_date_key_dates_the_story(
    form: str, key: str, name: str
) -> None:
    head = FORMS[form].format(key=key, value="2024-03-05")
    document = dated(head + STORY, name)
    assert (document.date, document.date_source) == (DAY, "front matter")
    assert document.notes == []
    # the front matter is blanked: it makes no claim, and the story's keep their places
    alone = dated(STORY, name).claims
    assert [(c.text, c.start) for c in document.claims] == [
        (c.text, (c.start or 0) + len(head)) for c in alone
    ]
    assert alone


@pytest.mark.parametrize(
    "value",
    [
        "2024-03-05",
        "2024-03-05T10:30:00Z",
        "2024-03-05 10:30:00 +0100",
        "Tue, 05 Mar 2024 10:30:00 GMT",
        "March 5, 2024",
        "5 March 2024",
        "Mar 5, 2024",
    ],
)
def test_dates_in_the_forms_publishing_tools_write(value: str) -> None:
    assert dated(f"---\npubDate: {value}\n---\n{STORY}").date == DAY


def test_a_publication_key_wins_over_a_plain_date() -> None:
    head = "---\ndate: 2023-01-01\npublishDate: 2024-03-05\n---\n"
    assert dated(head + STORY).date == DAY


def test_published_as_a_flag_is_not_a_date() -> None:
    document = dated("---\npublished: true\ndate: 2024-03-05\n---\n" + STORY)
    assert (document.date, document.notes) == (DAY, [])


@pytest.mark.parametrize(
    "head",
    [
        "---\ndate: next Tuesday\n---\n",
        "---\ndate: 2024-13-45\n---\n",
        '+++\ndate = "soon"\n+++\n',
        "+++\ndate = = broken\n+++\n",
        '{"datePublished": "someday"}\n',
    ],
)
def test_a_date_that_cannot_be_read_says_so_and_the_story_is_still_checked(head: str) -> None:
    document = dated(head + STORY)
    assert document.date is None and document.error is None
    [note] = document.notes
    assert "date" in note and "cannot be read" in note
    assert document.claims  # checked all the same


def test_an_unreadable_date_is_noted_in_the_json_report() -> None:
    report = claimcheck.check("---\ndate: someday\n---\n" + STORY, path="a.md")
    [document] = json.loads(report.to_json())["documents"]
    assert document["notes"] == [
        'the date in the front matter\'s date ("someday") cannot be read; write it as'
        " YYYY-MM-DD, or give the date with --date"
    ]


@pytest.mark.parametrize("fmt", ["full", "markdown", "html"])
def test_an_unreadable_date_is_noted_in_the_reports_people_read(fmt: str) -> None:
    report = claimcheck.check("---\ndate: someday\n---\n" + STORY, path="a.md")
    shown = html.unescape(render(report, fmt)) if fmt == "html" else render(report, fmt)
    assert 'the date in the front matter\'s date ("someday") cannot be read' in shown
    assert "give the date with --date" in shown


def test_a_date_given_by_the_user_wins() -> None:
    report = claimcheck.check("---\ndate: 2024-03-05\n---\n" + STORY, date=date(2020, 1, 1))
    assert report.documents[0].date == date(2020, 1, 1)


HTML_HEADS = {
    "article:published_time": (
        '<meta property="article:published_time" content="2024-03-05T08:00:00+00:00">'
    ),
    "article:published_time by name": ("<meta content='2024-03-05' name='article:published_time'>"),
    "JSON-LD datePublished": (
        '<script type="application/ld+json">{"@context": "https://schema.org",'
        ' "@type": "NewsArticle", "datePublished": "2024-03-05T08:00:00Z"}</script>'
    ),
    "<time datetime>": '<p>By A. Writer, <time datetime="2024-03-05">March 5</time></p>',
}


@pytest.mark.parametrize("where", sorted(HTML_HEADS))
def test_html_pages_are_dated_from_their_metadata(where: str) -> None:
    page = f"<html><head>{HTML_HEADS[where]}</head><body><p>{STORY}</p></body></html>"
    document = dated(page, "story.html")
    assert document.date == DAY
    assert document.date_source == where.removesuffix(" by name")


def test_html_metadata_is_ranked_meta_then_json_ld_then_time() -> None:
    page = (
        '<time datetime="2001-01-01"></time>'
        '<script type="application/ld+json">{"datePublished": "2002-02-02"}</script>'
        '<meta property="article:published_time" content="2024-03-05">'
    )
    assert html_date(page).date == DAY
    assert html_date(page.replace("2024-03-05", "soon")).note is not None


def test_a_markdown_story_without_metadata_keeps_its_dateline() -> None:
    document = dated("BEIJING, March 5, 2024 - " + STORY)
    assert (document.date, document.date_source) == (DAY, "dateline")


def test_a_text_that_opens_with_a_brace_but_no_json_is_prose() -> None:
    assert read_front_matter("{not json} Output rose 5 percent.") is None


@given(st.text(max_size=300))
def test_the_reader_never_fails_and_stays_inside_the_text(text: str) -> None:
    for candidate in (text, "---\n" + text, "+++\n" + text + "\n+++\n", "{" + text):
        found = read_front_matter(candidate)
        assert found is None or 0 < found.end <= len(candidate)
        html_date(candidate)


@given(st.sampled_from(KEYS), st.dates(min_value=date(1900, 1, 1)), st.sampled_from(sorted(FORMS)))
def test_any_date_in_any_form_reads_back(key: str, day: date, form: str) -> None:
    found = read_front_matter(FORMS[form].format(key=key, value=day.isoformat()) + STORY)
    assert found is not None and found.dated.date == day
    assert key.lower() in DATE_KEYS
