"""The pytest plugin: `pytest --claimcheck` checks every story as a test item.

Enable it with `--claimcheck` (or `addopts = "--claimcheck"`). Each document matching
`claimcheck_globs` under the test paths becomes one item marked `claimcheck`; a document
with findings fails with the full report. A document that passed and has not changed
since (nor have the settings, the files they name or claimcheck) is skipped, from
pytest's cache.
"""

from __future__ import annotations

import fnmatch
import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

# claimcheck itself is imported only when the plugin is used, so that installing it
# costs a pytest run that does not ask for it nothing.
if TYPE_CHECKING:
    from claimcheck.report import Report
    from claimcheck.settings import Settings

DEFAULT_GLOBS = ["*.md", "*.txt"]
_SETTINGS = pytest.StashKey["Settings"]()
_CACHE_PREFIX = "claimcheck/passed/"


_OPTIONS = (
    ("tolerance", "relative tolerance, e.g. 0.03"),
    ("select", "only these rules (comma-separated codes, prefixes or names)"),
    ("ignore", "skip these rules (comma-separated codes, prefixes or names)"),
    ("date", "publication date for documents that state none (YYYY-MM-DD)"),
    ("rates", "a TOML rates file adding to or overriding the bundled rates"),
    ("baseline", "a baseline file of accepted findings"),
    ("facts", "a TOML facts sheet to check figures against (repeatable; later ones override)"),
)
_LISTS = ("facts",)


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
    parser.addini("claimcheck_globs", "documents to check", type="linelist", default=DEFAULT_GLOBS)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "claimcheck: a document checked by claimcheck")
    if config.getoption("claimcheck"):
        config.stash[_SETTINGS] = _settings(config)


def _settings(config: pytest.Config) -> Settings:
    """Settings from claimcheck's own configuration (config file, environment), then the
    pytest ini file, then the pytest command line; a bad value stops the run."""
    from claimcheck.config import KEYS, Source, checked, resolve
    from claimcheck.errors import ClaimcheckError
    from claimcheck.settings import Settings

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
        settings = Settings.model_validate(values)
        settings.rate_table  # noqa: B018 - a bad rates file fails the run at once
        settings.fact_sheet  # noqa: B018 - and so does a bad facts sheet
    except ClaimcheckError as error:
        raise pytest.UsageError(f"claimcheck: {error}") from None
    return settings


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    config = parent.config
    if _SETTINGS not in config.stash:
        return None
    globs = config.getini("claimcheck_globs")
    if any(fnmatch.fnmatch(file_path.name, glob) for glob in globs):
        return DocumentFile.from_parent(parent, path=file_path)
    return None


class DocumentFile(pytest.File):
    """A document to check: one test item."""

    def collect(self) -> Iterator[pytest.Item]:
        yield DocumentItem.from_parent(self, name=self.path.name)


class ClaimcheckFailure(Exception):
    """A document's figures do not agree."""

    def __init__(self, report: Report) -> None:
        from claimcheck.output import render

        super().__init__(render(report, "full"))
        self.report = report


class DocumentItem(pytest.Item):
    """Checks one document; fails with the report an editor can act on."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.add_marker("claimcheck")

    def runtest(self) -> None:
        from claimcheck.api import check_file

        settings = self.config.stash[_SETTINGS]
        key = _CACHE_PREFIX + self._fingerprint(settings)
        cache = getattr(self.config, "cache", None)
        if cache is not None and cache.get(key, False):
            pytest.skip("unchanged since it last passed claimcheck")
        report = check_file(self.path, settings=settings)
        if report.findings:
            raise ClaimcheckFailure(report)
        if cache is not None:
            cache.set(key, True)

    def _fingerprint(self, settings: Settings) -> str:
        """A hash of everything the check reads: the document, the settings, the contents of
        the rates file, baseline and facts sheets they name, and claimcheck's version."""
        from claimcheck import __version__

        digest = hashlib.sha256(__version__.encode())
        digest.update(settings.model_dump_json().encode())
        for path in (self.path, settings.rates, settings.baseline, *settings.facts):
            if path is not None:
                try:
                    digest.update(b"\x00" + hashlib.sha256(Path(path).read_bytes()).digest())
                except OSError:  # the check that follows says what is wrong with it
                    digest.update(b"\x00unreadable")
        return digest.hexdigest()[:32]

    def repr_failure(
        self,
        excinfo: pytest.ExceptionInfo[BaseException],
        style: Any = None,
    ) -> str:
        if isinstance(excinfo.value, ClaimcheckFailure):
            n = len(excinfo.value.report.findings)
            return f"{n} finding{'s' * (n != 1)} in {self.path.name}:\n\n{excinfo.value}"
        from claimcheck.errors import ClaimcheckError

        if isinstance(excinfo.value, ClaimcheckError):
            return f"claimcheck: {excinfo.value}"
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"claimcheck: {self.name}"


class Checker:
    """The `claimcheck` fixture: check texts in test code with the session's settings."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def check(self, text: str, **options: Any) -> Report:
        from claimcheck.api import check

        return check(text, settings=self.settings, **options)

    def assert_consistent(self, text: str, **options: Any) -> Report:
        """Fail with the full report when the text's figures do not agree."""
        __tracebackhide__ = True
        from claimcheck.output import render

        report = self.check(text, **options)
        if report.findings:
            n = len(report.findings)
            raise AssertionError(
                f"claimcheck: {n} finding{'s' * (n != 1)}:\n\n{render(report, 'full')}"
            )
        return report


@pytest.fixture
def claimcheck(request: pytest.FixtureRequest) -> Checker:
    """Check texts in code: `claimcheck.assert_consistent(text)`."""
    config = request.config
    settings = config.stash.get(_SETTINGS, None) or _settings(config)
    return Checker(settings)
