"""A story's publication date from its metadata: front matter, or an HTML page's head.

Front matter opens a Markdown or HTML file: YAML between `---` lines, TOML between
`+++` lines, or a JSON object. The date is the first of the keys `datePublished`,
`publishDate`, `pubDate`, `published` and `date` that holds one (any letter case). An
HTML page is dated by `<meta property="article:published_time">`, else JSON-LD's
`datePublished`, else the first `<time datetime>`. A date is ISO 8601 (a time after
it is ignored), RFC 2822 as in RSS ("Tue, 05 Mar 2024 10:00:00 GMT"), or written out
("March 5, 2024", "5 March 2024"). A date that is there but cannot be read gives a
note saying so, never an error. Every function here is pure: text in, values out.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

DATE_KEYS = ("datepublished", "publishdate", "pubdate", "published", "date")

_YAML = re.compile(r"\A---[ \t]*\r?\n(?P<body>(?:.*\r?\n)*?)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)")
_TOML = re.compile(r"\A\+\+\+[ \t]*\r?\n(?P<body>(?:.*\r?\n)*?)\+\+\+[ \t]*(?:\r?\n|\Z)")
_YAML_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*\r?$", re.M)
_ISO = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ].*)?")  # a time after the date is ignored
_WRITTEN = ("%B %d, %Y", "%B %d %Y", "%d %B %Y", "%b %d, %Y", "%b %d %Y", "%d %b %Y")
_ATTRIBUTE = r"""\b{name}\s*=\s*(?:"(?P<{group}>[^"]*)"|'(?P<{group}2>[^']*)')"""
_META = re.compile(r"<meta\b[^<>]*>", re.IGNORECASE)
_PUBLISHED_TIME = re.compile(r"""(?:property|name)\s*=\s*["']article:published_time["']""", re.I)
_CONTENT = re.compile(_ATTRIBUTE.format(name="content", group="v"), re.IGNORECASE)
_TIME = re.compile(r"<time\b[^<>]*>", re.IGNORECASE)
_DATETIME = re.compile(_ATTRIBUTE.format(name="datetime", group="v"), re.IGNORECASE)
_LD_PUBLISHED = re.compile(r""""datePublished"\s*:\s*"(?P<v>[^"]*)\"""")
_LD_SCRIPT = re.compile(
    r"""<script\b[^<>]*application/ld\+json[^<>]*>(?P<body>.*?)</script\s*>""",
    re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True, slots=True)
class Dated:
    """What a document's metadata says of its date: the date, where it was found, and a
    note when a date is there but cannot be read."""

    date: date | None = None
    source: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """The front matter at [0, end) of a text, and the date it gives."""

    end: int
    dated: Dated


def read_front_matter(text: str) -> FrontMatter | None:
    """The front matter opening `text`, or None when it opens with none."""
    if match := _YAML.match(text):
        return FrontMatter(match.end(), _dated(_yaml_fields(match["body"])))
    if match := _TOML.match(text):
        try:
            fields = tomllib.loads(match["body"])
        except tomllib.TOMLDecodeError:
            note = "the front matter is not valid TOML, so its date cannot be read"
            return FrontMatter(match.end(), Dated(note=note))
        return FrontMatter(match.end(), _dated(fields))
    if text.startswith("{"):
        try:
            fields, end = json.JSONDecoder().raw_decode(text)
        except json.JSONDecodeError:
            return None  # a text that opens with a brace, not front matter
        if isinstance(fields, dict):
            return FrontMatter(end, _dated(fields))
    return None


def html_date(text: str) -> Dated:
    """The date an HTML page's metadata gives, if any."""
    for meta in _META.finditer(text):
        if _PUBLISHED_TIME.search(meta.group()) and (content := _CONTENT.search(meta.group())):
            return _reading(content["v"] or content["v2"], "article:published_time")
    for script in _LD_SCRIPT.finditer(text):
        if found := _LD_PUBLISHED.search(script["body"]):
            return _reading(found["v"], "JSON-LD datePublished")
    for time in _TIME.finditer(text):
        if value := _DATETIME.search(time.group()):
            return _reading(value["v"] or value["v2"], "<time datetime>")
    return Dated()


def parse_published(value: Any) -> date | None:
    """A date from a metadata value (a string, or a TOML date), or None if it holds none."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    value = value.strip().strip("\"'").strip()
    if match := _ISO.fullmatch(value):
        try:
            return date.fromisoformat(match[1])
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    for form in _WRITTEN:
        try:
            return datetime.strptime(value, form).date()
        except ValueError:
            continue
    return None


def _yaml_fields(body: str) -> dict[str, str]:
    """The top-level `key: value` lines of YAML front matter (all a date needs)."""
    return {m["key"]: m["value"] for m in _YAML_KEY.finditer(body)}


def _dated(fields: dict[str, Any]) -> Dated:
    by_key = {str(key).lower(): (str(key), value) for key, value in fields.items()}
    for wanted in DATE_KEYS:
        key, value = by_key.get(wanted, (wanted, None))
        if value is None or isinstance(value, bool) or value in ("true", "false", ""):
            continue  # `published: true` is a flag, not a date
        return _reading(value, "front matter", f"the front matter's {key}")
    return Dated()


def _reading(value: Any, source: str, where: str | None = None) -> Dated:
    found = parse_published(value)
    if found is not None:
        return Dated(found, source)
    shown = " ".join(str(value).split())[:60]
    return Dated(
        note=f'the date in {where or source} ("{shown}") cannot be read; write it as'
        " YYYY-MM-DD, or give the date with --date"
    )
