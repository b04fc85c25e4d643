"""claimcheck: check the figures in a piece of writing against each other and reference data."""

from claimcheck import output  # noqa: F401 - lends claims and reports their notebook displays
from claimcheck.api import check, check_claims, check_file, check_many, extract
from claimcheck.checker import Checker
from claimcheck.errors import ClaimcheckError, ConfigError, InputError, RatesFileError
from claimcheck.frames import claims_to_dataframe
from claimcheck.interval import Interval
from claimcheck.model.claims import (
    Amount,
    BreakdownClaim,
    BreakdownItem,
    ChangeClaim,
    Claim,
    ConversionClaim,
    DifferenceClaim,
    FigureClaim,
    FractionRestatementClaim,
    Money,
    MoneyClaim,
    PerCapitaClaim,
    RestatedFigureClaim,
    ShareClaim,
    StatedRateClaim,
    TotalClaim,
    UnitConversionClaim,
    Verdict,
)
from claimcheck.model.judgement import ClaimVerdict
from claimcheck.period import Period
from claimcheck.report import Coverage, DocumentReport, Finding, JudgedClaim, Report
from claimcheck.settings import Settings
from claimcheck.version import __version__

__all__ = [
    "Amount",
    "BreakdownClaim",
    "BreakdownItem",
    "ChangeClaim",
    "Checker",
    "Claim",
    "ClaimVerdict",
    "ClaimcheckError",
    "ConfigError",
    "ConversionClaim",
    "Coverage",
    "DifferenceClaim",
    "DocumentReport",
    "FigureClaim",
    "Finding",
    "FractionRestatementClaim",
    "InputError",
    "Interval",
    "JudgedClaim",
    "Money",
    "MoneyClaim",
    "PerCapitaClaim",
    "Period",
    "RatesFileError",
    "Report",
    "RestatedFigureClaim",
    "Settings",
    "ShareClaim",
    "StatedRateClaim",
    "TotalClaim",
    "UnitConversionClaim",
    "Verdict",
    "__version__",
    "check",
    "check_claims",
    "check_file",
    "check_many",
    "claims_to_dataframe",
    "extract",
]
