"""CC304 difference-mismatch."""

from claimcheck.judges.arithmetic import DIFFERENCE
from claimcheck.rules.diagnosis import DiagnosisRule


class DifferenceMismatch(DiagnosisRule):
    """A stated surplus, deficit, gap, shortfall or margin is not the difference of its two values.

    "Exports of 48.31 billion and imports of 45.6 billion, a surplus of 3.51 billion":
    the surplus is 2.71 billion. Where the roles are plain (exports and imports,
    revenue and spending), a surplus must be the larger side's excess and a deficit
    the other's, so a surplus called a deficit is reported too, as is a difference its
    comparative places the wrong way ("342,000, 24,000 more than the 366,000"). The
    finding marks the stated difference.

    Failing example::

        Exports of 48.31 billion dollars and imports of 45.6 billion dollars left a surplus of 3.51 billion dollars.

    Passing example::

        Exports of 48.31 billion dollars and imports of 45.6 billion dollars left a surplus of 2.71 billion dollars.
    """

    code = "CC304"
    name = "difference-mismatch"
    diagnosis = DIFFERENCE
