"""The one pint registry, with each ISO 4217 currency as a dimension of its own."""

from __future__ import annotations

from functools import cache

import pint


@cache
def registry() -> pint.UnitRegistry:
    """The package's registry, also set as pint's application registry so quantities pickle."""
    ureg = pint.UnitRegistry(cache_folder=":auto:")
    from claimcheck.extract.currencies import ISO_CODES
    from claimcheck.reference import RateTable

    for code in sorted(ISO_CODES | RateTable.bundled().currencies()):
        ureg.define(f"{code} = [currency_{code}]")
    pint.set_application_registry(ureg)
    return ureg


def money_quantity(value: float, currency: str) -> pint.Quantity:
    """A money amount as a quantity; yen and dollars cannot be added by mistake."""
    return registry().Quantity(value, currency)
