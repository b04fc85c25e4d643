"""CC302 change-direction."""

from claimcheck.judges.arithmetic import DIRECTION
from claimcheck.rules.diagnosis import DiagnosisRule


class ChangeDirection(DiagnosisRule):
    """A change is said to go one way while its values go the other.

    "Rose by 2.4 trillion from 612.5 trillion to 610.1 trillion" is a fall; "revised
    down to 7.3% from 7.1%" is a revision up. Only a change whose two values differ
    beyond their rounding is judged.

    Failing example::

        Household loans rose by 2.4 trillion won from 612.5 trillion won to 610.1 trillion won in March.

    Passing example::

        Household loans fell by 2.4 trillion won from 612.5 trillion won to 610.1 trillion won in March.
    """

    code = "CC302"
    name = "change-direction"
    diagnosis = DIRECTION
