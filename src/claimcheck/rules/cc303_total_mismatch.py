"""CC303 total-mismatch."""

from claimcheck.judges.arithmetic import TOTAL
from claimcheck.rules.diagnosis import DiagnosisRule


class TotalMismatch(DiagnosisRule):
    """A stated total is not the sum of the parts listed with it.

    Parts listed "A, B and C" and a total stated with them ("a combined", "a total
    of", "in all", "altogether", "totalling") must add up, allowing only for the
    rounding of each figure. Bare parts share a trailing scale and currency: "4, 7
    and 9 billion euros" are three amounts in billions of euros. Parts that may leave
    others out (after "including", or each set against its earlier value: "gold $12.3bn,
    up from $9.9bn, and ...") may fall short of the total, never exceed it. A part
    written above its total to the same rounding is above it for certain, though their
    intervals meet: rounding is monotone, so "sold 4.1 million, including 4.2 million in
    China" is a finding, while "about 4.1 million" or a round "4,000" keeps the doubt.
    The finding marks the stated total.

    Failing example::

        The city issued bonds of 12 billion, 8 billion and 5 billion yuan in 2024, a combined 30 billion yuan.

    Passing example::

        The city issued bonds of 12 billion, 8 billion and 5 billion yuan in 2024, a combined 25 billion yuan.
    """

    code = "CC303"
    name = "total-mismatch"
    diagnosis = TOTAL
