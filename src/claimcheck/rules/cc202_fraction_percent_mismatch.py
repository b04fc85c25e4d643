"""CC202 fraction-percent-mismatch."""

from claimcheck.judges.shares import FRACTION_PERCENT
from claimcheck.rules.diagnosis import DiagnosisRule


class FractionPercentMismatch(DiagnosisRule):
    """A fraction and the percentage that restates it disagree.

    "A quarter" is anything a writer would round to a quarter (22.2% to 28.6%);
    its restatement as a percentage, or a percentage's as a fraction, must meet it.

    Failing example::

        The delta produces a quarter of national output, or about 35 percent, on 4 percent of the land.

    Passing example::

        The delta produces a quarter of national output, or about 25 percent, on 4 percent of the land.
    """

    code = "CC202"
    name = "fraction-percent-mismatch"
    diagnosis = FRACTION_PERCENT
