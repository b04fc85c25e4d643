"""CC305 restated-figure-mismatch."""

from claimcheck.judges.arithmetic import RESTATED
from claimcheck.rules.diagnosis import DiagnosisRule


class RestatedFigureMismatch(DiagnosisRule):
    """The same figure for the same year is stated twice with values that cannot agree.

    One metric of one year ("revenue in 2023") stated twice in one currency or unit
    must agree within its rounding and the tolerance. Only plain statements are
    compared: the same metric words and owner, an explicit year next to each, and
    no forecast, revision, adjustment, segment or place in either sentence. A count
    restated in brackets in another numbering ("3.2 crore (32 million) voters") must
    agree the same way.

    Failing example::

        Revenue rose to 4.2 billion euros in 2023, the company said. Its 2023 revenue of 4.8 billion euros was a record.

    Passing example::

        Revenue rose to 4.2 billion euros in 2023, the company said. Its 2023 revenue of 4.2 billion euros was a record.
    """

    code = "CC305"
    name = "restated-figure-mismatch"
    severity = "warning"
    diagnosis = RESTATED
