"""claimcheck: check the figures in a piece of writing against each other and reference data."""

# The one place the version is written; pyproject.toml reads it from here (and reading
# it from the installed metadata instead would cost every start-up a few tens of ms).
__version__ = "0.1.0"

from claimcheck.api import check, check_claims, check_file, check_many, extract
from claimcheck.claims import (
    Claim,
    ConversionClaim,
    Money,
    MoneyClaim,
    StatedRateClaim,
    Verdict,
)
from claimcheck.errors import ClaimcheckError, ConfigError, InputError, RatesFileError
from claimcheck.frames import claims_to_dataframe
from claimcheck.interval import Interval
from claimcheck.period import Period
from claimcheck.report import DocumentReport, Finding, Report
from claimcheck.settings import Settings

__all__ = [
    "Claim",
    "ClaimcheckError",
    "ConfigError",
    "ConversionClaim",
    "DocumentReport",
    "Finding",
    "InputError",
    "Interval",
    "Money",
    "MoneyClaim",
    "Period",
    "RatesFileError",
    "Report",
    "Settings",
    "StatedRateClaim",
    "Verdict",
    "__version__",
    "check",
    "check_claims",
    "check_file",
    "check_many",
    "claims_to_dataframe",
    "extract",
]
