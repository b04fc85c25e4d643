"""The pytest plugin: `pytest --claimcheck` checks every story as a test item.

Enable it with `--claimcheck` (or `addopts = "--claimcheck"`). Each document under the
test paths that the `include` and `exclude` settings select, as the command line would,
becomes one item marked `claimcheck`; a document with findings fails with the full
report, its first finding on the summary line. A document that passed and has not
changed since (nor have the settings, the files they name or claimcheck) is skipped,
from pytest's cache.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimcheck.api import check
from claimcheck.checker import Checker
from claimcheck.config import KEYS, Source, checked, resolve
from claimcheck.errors import ClaimcheckError
from claimcheck.output import render
from claimcheck.report import Report
from claimcheck.settings import Settings
from claimcheck.sources import KINDS, is_selected, read_text
from claimcheck.version import __version__

_CHECKER = pytest.StashKey[Checker]()
_CACHE_PREFIX = "claimcheck/passed/"


_OPTIONS = (
    ("tolerance", "relative tolerance, e.g. 0.03"),
    ("select", "only these rules (comma-separated codes, prefixes or names)"),
    ("ignore", "skip these rules (comma-separated codes, prefixes or names)"),
    ("date", "publication date for documents that state none (YYYY-MM-DD)"),
    ("rates", "a TOML rates file adding to or overriding the bundled rates"),
    ("baseline", "a baseline file of accepted findings"),
    ("facts", "a TOML facts sheet to check figures against (repeatable; later ones override)"),
    ("include", "globs of the documents to check (default: .md, .markdown, .txt, .html, .htm)"),
    ("exclude", "globs of documents or folders not to check"),
)
_LISTS = ("facts", "include", "exclude")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("claimcheck", "check the figures in documents with claimcheck")
    group.addoption("--claimcheck", action="store_true", help="check documents with claimcheck")
    for name, help_text in _OPTIONS:
        action = "append" if name in _LISTS else "store"
        group.addoption(
            f"--claimcheck-{name}", dest=f"claimcheck_{name}", action=action, help=help_text
        )
        if name in _LISTS:
            parser.addini(f"claimcheck_{name}", help_text, type="linelist")
        else:
            parser.addini(f"claimcheck_{name}", help_text, type="string")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "claimcheck: a document checked by claimcheck")
    if config.getoption("claimcheck"):
        config.stash[_CHECKER] = _checker(config)


def _checker(config: pytest.Config) -> Checker:
    """A Checker with claimcheck's own configuration (config file, environment), then the
    pytest ini file, then the pytest command line; a bad value or file stops the run."""
    root = config.rootpath
    ini = {name: config.getini(f"claimcheck_{name}") for name, _ in _OPTIONS}
    command_line = {name: config.getoption(f"claimcheck_{name}") for name, _ in _OPTIONS}
    layers = (
        (Source("pytest ini", lambda key: f"claimcheck_{key}", root), ini),
        (Source("pytest command line", lambda key: f"--claimcheck-{key}"), command_line),
    )
    try:
        values = resolve([str(root)], {}).settings.model_dump(include=set(KEYS))
        for source, raw in layers:
            values |= checked({k: v for k, v in raw.items() if v}, source)
        return Checker(settings=Settings.model_validate(values))
    except ClaimcheckError as error:
        raise pytest.UsageError(f"claimcheck: {error}") from None


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    """A document the settings select under the root folder, or one named on the command
    line (with a document's suffix), as `claimcheck check` would take them."""
    config = parent.config
    if _CHECKER not in config.stash:
        return None

    settings = config.stash[_CHECKER].settings
    if parent.session.isinitpath(file_path):
        wanted = file_path.suffix.lower() in KINDS
    else:
        root = config.rootpath if file_path.is_relative_to(config.rootpath) else file_path.parent
        wanted = is_selected(file_path, root, settings.include, settings.exclude)
    return DocumentFile.from_parent(parent, path=file_path) if wanted else None


class DocumentFile(pytest.File):
    """A document to check: one test item."""

    def collect(self) -> Iterator[pytest.Item]:
        yield DocumentItem.from_parent(self, name=self.path.name)


class ClaimcheckFailure(Exception):
    """A document's figures do not agree."""

    def __init__(self, report: Report) -> None:
        super().__init__(render(report, "full"))
        self.report = report


class DocumentItem(pytest.Item):
    """Checks one document; fails with the report an editor can act on."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.add_marker("claimcheck")
        self._cache_key = self._fingerprint(self.config.stash[_CHECKER].settings)
        cache = getattr(self.config, "cache", None)
        if cache is not None and self._cache_key and cache.get(self._cache_key, False):
            # A skip mark, not a skip in runtest, so that the summary line names the
            # story ("SKIPPED [1] stories/a.md:1: ...") rather than this file.
            self.add_marker(pytest.mark.skip(reason=SKIP_REASON))

    def runtest(self) -> None:
        checker = self.config.stash[_CHECKER]
        [report] = checker.check_many([(self.shown_path, read_text(self.path))])
        if report.findings:
            raise ClaimcheckFailure(report)
        cache = getattr(self.config, "cache", None)
        if cache is not None and self._cache_key:
            cache.set(self._cache_key, True)

    @property
    def shown_path(self) -> str:
        """The document's path as reports show it: relative to the working folder if inside
        it, as on the command line (a baseline's paths resolve the same way)."""
        here = Path.cwd()
        return str(self.path.relative_to(here) if self.path.is_relative_to(here) else self.path)

    def _fingerprint(self, settings: Settings) -> str:
        """The cache key of this text: a hash of everything the check reads: the document,
        the settings, the contents of the rates file, baseline and facts sheets they name,
        and claimcheck's version."""
        digest = hashlib.sha256(__version__.encode())
        digest.update(settings.model_dump_json().encode())
        for path in (self.path, settings.rates, settings.baseline, *settings.facts):
            if path is not None:
                try:
                    digest.update(b"\x00" + hashlib.sha256(Path(path).read_bytes()).digest())
                except OSError:  # the check that follows says what is wrong with it
                    digest.update(b"\x00unreadable")
        return _CACHE_PREFIX + digest.hexdigest()[:32]

    def repr_failure(
        self,
        excinfo: pytest.ExceptionInfo[BaseException],
        style: Any = None,
    ) -> str:
        if isinstance(excinfo.value, ClaimcheckFailure):
            return f"{_headline(excinfo.value.report)}\n\n{excinfo.value}"
        if isinstance(excinfo.value, ClaimcheckError):
            return f"claimcheck: {excinfo.value}"
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"claimcheck: {self.shown_path}"


SKIP_REASON = "unchanged since it passed claimcheck last time"


def _headline(report: Report) -> str:
    """The first finding on one line, as pytest's short summary shows it:
    "stories/budget.md:10:17 CC301 change-mismatch: ... (and 2 more findings)"."""
    [document] = report.documents
    first, more = document.findings[0], len(document.findings) - 1
    line = f"{document.path}:{first.line}:{first.column} {first.rule} {first.name}: {first.message}"
    return line + (f" (and {more} more finding{'s' * (more != 1)})" if more else "")


class Fixture:
    """The `claimcheck` fixture: check texts in test code with the session's settings."""

    def __init__(self, checker: Checker) -> None:
        self.checker = checker

    def check(self, text: str, **options: Any) -> Report:
        """Check a text with the session's Checker, or with `options` on top of its settings."""
        if not options:
            return self.checker.check(text)
        return check(text, settings=self.checker.settings, **options)

    def assert_consistent(self, text: str, **options: Any) -> Report:
        """Fail with the full report when the text's figures do not agree."""
        __tracebackhide__ = True
        report = self.check(text, **options)
        if report.findings:
            n = len(report.findings)
            raise AssertionError(
                f"claimcheck: {n} finding{'s' * (n != 1)}:\n\n{render(report, 'full')}"
            )
        return report


@pytest.fixture
def claimcheck(request: pytest.FixtureRequest) -> Fixture:
    """Check texts in code: `claimcheck.assert_consistent(text)`."""
    config = request.config
    checker = config.stash.get(_CHECKER, None) or _checker(config)
    return Fixture(checker)
