"""CC306 per-capita-mismatch."""

from claimcheck.judges.arithmetic import PER_CAPITA
from claimcheck.rules.diagnosis import DiagnosisRule


class PerCapitaMismatch(DiagnosisRule):
    """A figure per person, head or household is not its total divided by the population.

    The total, the population and the figure per member must be stated in one sentence,
    the figure with its cue ("per person", "per head", "per capita", "per household"),
    the population with its noun ("52 million people") or as "a population of". The
    division must meet the stated figure within the figures' rounding and hedges only,
    never the tolerance: the figure per member is exact arithmetic on the other two, as a
    total is on its parts. A figure per member restated for a family or household ("or
    $183,756 for a family of four") must be that figure times the group's size. A figure
    per one of anything ("34.12 thousand votes for every seat", "70 thousand each") is
    read from the figures of its clause when one total and one count stand out; where
    two might be either, it is left unread. A figure per member that a comparing word
    introduces ("well below the R5,200 per head budgeted by its neighbour") is another's
    and is not read; a daily average is over the span its total's clause names ("raised
    $48 million in 16 days, or $4 million a day"), never one in a clause of its own after
    it ("105 a day, and its beds were full on 61 days"). A figure for "each of" a count, out of a pool
    ("out of a $40 million prize pool", "from the €2bn fund"), may fall short of an even
    share of it but never exceed one.

    Failing example::

        The country's GDP of $1.2 trillion works out at about $31,000 per person for its 52 million people.

    Passing example::

        The country's GDP of $1.2 trillion works out at about $23,000 per person for its 52 million people.
    """

    code = "CC306"
    name = "per-capita-mismatch"
    severity = "error"
    diagnosis = PER_CAPITA
