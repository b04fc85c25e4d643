"""CC301 change-mismatch."""

from claimcheck.judges.arithmetic import CHANGE
from claimcheck.rules.diagnosis import DiagnosisRule


class ChangeMismatch(DiagnosisRule):
    """A stated change does not fit the two values it compares.

    "Fell 20 percent to 1.8 billion from 2.1 billion" is a fall of 14.3 percent, not
    20. The change is worked out from the two values, with their rounding, and
    compared with the stated one: a percentage ("rose 9 percent"), a change in
    percentage points, an amount ("up 14.2 trillion") or a multiple ("tripled",
    "halved", "fivefold"). A percentage that matches the change in percentage points
    instead ("rose 3 percent from 4.5 percent to 7.5 percent") is reported as points
    written as percent. A percentage is checked against the values' rounding and its
    own, with no tolerance on top: every figure is printed, so "fell 37%" for a fall
    from 4.09 to 2.52 (38.4%) is a slip for "38%".

    Failing example::

        Net profit fell 20 percent to 1.8 billion euros in 2023 from 2.1 billion euros in 2022.

    Passing example::

        Net profit fell 14 percent to 1.8 billion euros in 2023 from 2.1 billion euros in 2022.
    """

    code = "CC301"
    name = "change-mismatch"
    diagnosis = CHANGE
