"""Errors a user can cause; each message names the file and the fix."""


class ClaimcheckError(Exception):
    """Base class for errors caused by input or configuration."""


class InputError(ClaimcheckError):
    """A document could not be read; `path` names it, when known."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class ConfigError(ClaimcheckError):
    """A configuration file or option is invalid."""


class RatesFileError(ClaimcheckError):
    """A user rates file is invalid."""


class FactsFileError(ClaimcheckError):
    """A facts sheet is invalid."""
