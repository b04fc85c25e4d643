"""CC103 magnitude-slip."""

from claimcheck.judges.fx import MAGNITUDE
from claimcheck.rules.diagnosis import DiagnosisRule


class MagnitudeSlip(DiagnosisRule):
    """A conversion is off by a power of ten: a wrong scale word or a slipped digit.

    The implied rate fits the reference once one amount is scaled by a thousand, a
    million (million for billion...) or by ten or a hundred; the suggestion rewrites
    the amount with the scale that fits.

    Failing example::

        ZURICH - Nestle agreed to buy the brand for 2.6 billion Swiss francs ($2.95 million) in 2024.

    Passing example::

        ZURICH - Nestle agreed to buy the brand for 2.6 billion Swiss francs ($2.95 billion) in 2024.
    """

    code = "CC103"
    name = "magnitude-slip"
    diagnosis = MAGNITUDE
