"""CC104 inverted-rate."""

from claimcheck.judges.fx import INVERTED
from claimcheck.rules.diagnosis import DiagnosisRule


class InvertedRate(DiagnosisRule):
    """A conversion used the exchange rate upside down.

    The implied rate misses the reference but its inverse fits: the writer multiplied
    where they should have divided.

    Failing example::

        The airline's loss narrowed to 2.5 billion euros ($2.31 billion) in 2024.

    Passing example::

        The airline's loss narrowed to 2.5 billion euros ($2.71 billion) in 2024.
    """

    code = "CC104"
    name = "inverted-rate"
    diagnosis = INVERTED
