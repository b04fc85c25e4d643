"""The one pint registry, with each ISO 4217 currency as a dimension of its own."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path
from typing import Any

import pint as pint  # every module of claimcheck imports pint from here
import platformdirs

from claimcheck.reference.currencies import ISO_CODES
from claimcheck.reference.rates import RateTable

Quantity = pint.Quantity[Any]


@cache
def registry() -> pint.UnitRegistry[Any]:
    """The package's registry, also set as pint's application registry so quantities pickle.

    Built on first use only: constructing a pint registry takes a noticeable part of a
    second, and most checks never need one.
    """
    ureg: pint.UnitRegistry[Any] = pint.UnitRegistry(cache_folder=_cache_folder())
    for code in sorted(ISO_CODES | RateTable.bundled().currencies()):
        ureg.define(f"{code} = [currency_{code}]")
    # The Chinese mu (市亩) of the market system set by the Weights and Measures Act of
    # 1929 (chi = 1/3 metre): 60 square zhang = 6,000 square chi = 1/15 hectare, about
    # 666.67 m²; the one market unit of area mainland China kept after 1959 (Wikipedia,
    # "Mu (land)"). pint would otherwise read "mu" as milli-u.
    ureg.define("mu = hectare / 15")
    # The international acre, 43,560 international square feet by definition, which most
    # copy converts with; pint's "acre" is the US survey acre, 4 parts in a million
    # larger: "324,917 acres (131,489 hectares)" is right in international acres.
    ureg.define("international_acre = 43560 * international_foot ** 2")
    pint.set_application_registry(ureg)  # type: ignore[no-untyped-call]
    return ureg


def _cache_folder() -> Path:
    """pint's cache of parsed definitions, one folder per pint installation.

    pint's own shared cache is keyed by the definition file's contents and keeps the path
    it was read from, so a second environment would follow it into a deleted one.
    """
    installation = str(Path(pint.__file__).resolve().parent) + pint.__version__
    key = hashlib.sha1(installation.encode()).hexdigest()[:16]
    return platformdirs.user_cache_path("claimcheck", appauthor=False) / "pint" / key


def money_quantity(value: float, currency: str) -> Quantity:
    """A money amount as a quantity; yen and dollars cannot be added by mistake."""
    return registry().Quantity(value, currency)
