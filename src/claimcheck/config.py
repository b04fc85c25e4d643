"""Configuration: settings from the command line, the environment and a config file.

Precedence, highest first: command-line options; `CLAIMCHECK_<KEY>` environment
variables (lists comma-separated); the first config file found walking up from the
inputs (`claimcheck.toml` with top-level keys, before `[tool.claimcheck]` in a
`pyproject.toml` of the same folder; a `pyproject.toml` without that table is passed
over); the defaults. The keys are the `Settings` fields. Paths in a config file are
relative to its folder; elsewhere, to the working directory.

Every value from every source is checked here, in one place: a bad one is a
ConfigError that names where it came from, the key and the fix.
"""

from __future__ import annotations

import difflib
import json
import os
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from claimcheck.errors import ConfigError
from claimcheck.extract.periods import parse_date
from claimcheck.rules import all_rules, unknown_rule_keys
from claimcheck.settings import Settings

CONFIG_FILES = ("claimcheck.toml", "pyproject.toml")
ENV_PREFIX = "CLAIMCHECK_"
KEYS = tuple(Settings.model_fields)


class OptionError(ConfigError, ValueError):
    """A bad keyword option to an API function: also a ValueError, as Python callers expect."""


class _Bad(ValueError):
    """A value that cannot be used: the message says what is wanted."""

    def __init__(self, wanted: str, *, show_value: bool = True) -> None:
        super().__init__(wanted)
        self.show_value = show_value


@dataclass(frozen=True)
class Source:
    """Where a set of values came from, for messages and `--show-settings`."""

    name: str  # "command line", "environment", "pyproject.toml [tool.claimcheck]", ...
    label: Callable[[str], str]  # a key as this source spells it: "--tolerance", ...
    folder: Path = field(default_factory=Path)  # what relative paths are relative to
    file: Path | None = None
    error: type[ConfigError] = ConfigError


COMMAND_LINE = Source("command line", lambda key: f"--{key.replace('_', '-')}")
ENVIRONMENT = Source("environment", lambda key: ENV_PREFIX + key.upper())
OPTIONS = Source("options", lambda key: f"option {key!r}", error=OptionError)


@dataclass(frozen=True)
class Resolved:
    """Settings, where each value came from, and the config file read, if any."""

    settings: Settings
    origins: Mapping[str, str]
    file: Path | None = None

    def describe(self) -> str:
        """The settings as TOML-like lines, each with where its value came from."""
        source = _shown(self.file) if self.file else "none found"
        lines = [
            "# precedence: command line > environment > config file > defaults",
            f"# config file: {source}",
        ]
        values = self.settings.model_dump(include=set(KEYS))
        width = max(len(key) for key in KEYS)
        for key in KEYS:
            setting = f"{key:<{width}} = {_toml(values[key])}"
            lines.append(f"{setting:<48} # {self.origins.get(key, 'default')}")
        return "\n".join(lines) + "\n"


def resolve(
    paths: Sequence[str],
    options: Mapping[str, Any],
    environ: Mapping[str, str] | None = None,
) -> Resolved:
    """The settings for checking `paths`, given command-line `options` (unset: absent)."""
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    found = find_config(paths)
    layers: list[tuple[Source, Mapping[str, Any]]] = []
    if found is not None:
        layers.append(found)
    env = {key: environ.get(ENV_PREFIX + key.upper(), "") for key in KEYS}
    env = {key: value for key, value in env.items() if value.strip()}
    layers += [(ENVIRONMENT, env), (COMMAND_LINE, options)]
    for source, raw in layers:
        for key, value in checked(raw, source).items():
            values[key] = value
            origins[key] = source.label(key) if source.file is None else source.name
    return Resolved(_settings(values), origins, found[0].file if found else None)


def with_options(base: Settings, options: Mapping[str, Any]) -> Settings:
    """`base` with API keyword options applied, each checked like any other value."""
    if not options:
        return base
    return _settings({**base.model_dump(include=set(KEYS)), **checked(options, OPTIONS)})


def find_config(paths: Sequence[str]) -> tuple[Source, dict[str, Any]] | None:
    """The first config file found walking up from each input in turn, and its values."""
    searched: set[Path] = set()
    for name in paths or ["."]:
        start = Path(os.path.realpath(name))  # not Path.resolve: it raises on a loop of links
        try:
            folder = start if start.is_dir() else start.parent
        except OSError:  # a name too long to look up, say: the input's own error tells
            folder = start.parent
        for candidate in (folder, *folder.parents):
            if candidate in searched:
                break
            searched.add(candidate)
            for file_name in CONFIG_FILES:
                found = _read_config(candidate / file_name)
                if found is not None:
                    return found
    return None


def checked(raw: Mapping[str, Any], source: Source) -> dict[str, Any]:
    """The values of one source, each converted to its Settings type; ConfigError if bad."""
    values = {}
    for key, value in raw.items():
        if key not in _CHECKS:
            close = difflib.get_close_matches(key, KEYS, n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            raise source.error(
                f"{source.label(key)}: unknown key; {hint}valid keys: {', '.join(KEYS)}"
            )
        try:
            values[key] = _CHECKS[key](value, source.folder)
        except _Bad as bad:
            got = f", got {value!r}" if bad.show_value else ""
            raise source.error(f"{source.label(key)}: {bad}{got}") from None
    return values


def _read_config(path: Path) -> tuple[Source, dict[str, Any]] | None:
    if not path.is_file():
        return None
    shown = _shown(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{shown}: cannot be read ({error}); fix or remove the file") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{shown}: not valid TOML ({error}); fix the syntax") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        if not isinstance(tool, dict) or "claimcheck" not in tool:
            return None
        data = tool["claimcheck"]
        if not isinstance(data, dict):
            raise ConfigError(f"{shown}: [tool.claimcheck] must be a table of settings")
        name, prefix = f"{shown} [tool.claimcheck]", f"{shown}: [tool.claimcheck] "
    else:
        name, prefix = shown, f"{shown}: "
    return Source(name, lambda key: prefix + key, path.parent, path), data


def _settings(values: Mapping[str, Any]) -> Settings:
    try:
        return Settings.model_validate(values)
    except ValidationError as error:  # pragma: no cover - `checked` lets no bad value through
        raise ConfigError(str(error)) from None


def _shown(path: Path) -> str:
    """A path as a user would write it: relative to the working directory if inside it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _toml(value: Any) -> str:
    if value is None:
        return "(not set)"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return json.dumps([v if isinstance(v, str) else str(v) for v in value])
    return json.dumps(value if isinstance(value, int | float) else str(value))


# --- One check per key: (raw value, folder for relative paths) -> Settings value -----


def _tolerance(value: Any, folder: Path) -> float:
    wanted = "must be a number between 0 and 1, e.g. 0.03 for 3%"
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            raise _Bad(wanted) from None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise _Bad(wanted)
    return float(value)


def _strings(value: Any, example: str) -> list[str]:
    """A list of strings, or a comma-separated string."""
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    if isinstance(value, list | tuple) and all(isinstance(v, str) and v.strip() for v in value):
        return [v.strip() for v in value]
    raise _Bad(f"must be a list of {example}")


def _rules(value: Any, folder: Path) -> list[str]:
    keys = _strings(value, 'rule codes or names, e.g. ["CC102", "currency-mislabel"]')
    unknown = unknown_rule_keys(keys)
    if unknown:
        known = [rule.code for rule in all_rules()] + [rule.name for rule in all_rules()]
        close = difflib.get_close_matches(unknown[0], known, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise _Bad(
            f"no rule named {unknown[0]!r}{hint}; `claimcheck rules` lists them", show_value=False
        )
    return keys


def _globs(value: Any, folder: Path) -> list[str]:
    return _strings(value, 'file name globs, e.g. ["*.md", "drafts/*"]')


def _date(value: Any, folder: Path) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return parse_date(value)
        except ValueError:
            pass
    raise _Bad("must be a date, YYYY-MM-DD (or YYYY-MM, YYYY)")


def _path(value: Any, folder: Path) -> Path:
    if isinstance(value, Path) or (isinstance(value, str) and value.strip()):
        try:
            return folder / Path(value).expanduser()
        except RuntimeError:  # "~someone" names no user here
            raise _Bad("must be a file path; no such user's home folder") from None
    raise _Bad("must be a file path")


def _existing(path: Path, folder: Path, what: str) -> Path:
    try:
        found, exists = path.is_file(), path.exists()
    except OSError as error:  # a name too long to look up, say
        found, exists, why = False, True, f"{_shown(path)} cannot be read ({error.strerror})"
    else:  # a pipe or a device would be read forever
        why = f"{_shown(path)} is not a regular file" if exists else f"no such file {_shown(path)}"
    if not found:
        raise _Bad(
            f"{why}; give the path of {what}"
            + (f" (relative to {_shown(folder)})" if folder != Path() and not exists else ""),
            show_value=False,
        )
    return path


def _rates(value: Any, folder: Path) -> Path:
    return _existing(_path(value, folder), folder, "a TOML rates file")


def _facts(value: Any, folder: Path) -> list[Path]:
    """Facts sheets: a list of paths, or a comma-separated string; each must exist."""
    names = [value] if isinstance(value, Path) else value
    if isinstance(names, list | tuple) and all(isinstance(v, Path) for v in names):
        names = [str(v) for v in names]
    return [
        _existing(_path(name, folder), folder, "a TOML facts sheet")
        for name in _strings(names, "facts sheet paths")
    ]


_CHECKS: dict[str, Callable[[Any, Path], Any]] = {
    "tolerance": _tolerance,
    "select": _rules,
    "ignore": _rules,
    "date": _date,
    "rates": _rates,
    "baseline": _path,
    "include": _globs,
    "exclude": _globs,
    "facts": _facts,
}
