"""CC101 conversion-off-reference."""

from claimcheck.judges.fx import OFF_REFERENCE
from claimcheck.rules.diagnosis import DiagnosisRule


class ConversionOffReference(DiagnosisRule):
    """A currency conversion implies a rate outside the reference range for its period.

    The implied rate (the first amount divided by the second) is compared with the
    range of the daily reference fixings in the figure's period, widened by the
    tolerance. This rule reports the misses that no more specific slip explains
    (see CC102 to CC104).

    Failing example::

        The company paid 500 million euros ($610 million) for the stake in 2024.

    Passing example::

        The company paid 500 million euros ($541 million) for the stake in 2024.
    """

    code = "CC101"
    name = "conversion-off-reference"
    diagnosis = OFF_REFERENCE
