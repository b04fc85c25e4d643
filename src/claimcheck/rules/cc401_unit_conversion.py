"""CC401 unit-conversion."""

from claimcheck.judges.units import UNIT_CONVERSION
from claimcheck.rules.diagnosis import DiagnosisRule


class UnitConversion(DiagnosisRule):
    """A quantity's stated equivalent in another unit does not match its conversion.

    The first figure, converted by the exact factor between the two units, must meet the
    second within the writer's rounding and hedges and the tolerance; a unit factor is
    exact, so there is no other slack. The message names the likely slip: a length factor applied to an
    area or a volume ("150 km² (93 sq mi)" used km to mi), a unit name that does not fit
    where another common unit of the same dimension does, or a plain mismatch, with the
    correct value as the suggestion.

    Failing example::

        The new free-trade zone adds 150 square kilometres (93 square miles) along the coast.

    Failing example::

        The reclaimed wetland covers 80 square kilometres (31 acres) of the estuary.

    Passing example::

        Pudong New Area covers 1,210 square kilometres (467 square miles).

    Passing example::

        Temperatures in Wuhan reached 40°C (104°F) on Tuesday, and the 1,200-km (746-mile) pipeline was shut.
    """

    code = "CC401"
    name = "unit-conversion"
    diagnosis = UNIT_CONVERSION
