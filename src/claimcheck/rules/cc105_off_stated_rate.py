"""CC105 conversion-off-stated-rate."""

from claimcheck.judges.fx import OFF_STATED_RATE
from claimcheck.rules.diagnosis import DiagnosisRule


class ConversionOffStatedRate(DiagnosisRule):
    """A conversion disagrees with the exchange rate the document itself states.

    A rate stated in the text ("at 145 yen to the dollar") or in a footer
    ("($1 = 7.15 yuan)") is the document's own rate for that pair and takes the
    place of the reference for its conversions.

    Failing example::

        Shanghai will spend 30 billion yuan ($4.2 billion) on chips and 80 billion yuan ($9.1 billion) on data centres.
        ($1 = 7.15 yuan)

    Passing example::

        Shanghai will spend 30 billion yuan ($4.2 billion) on chips and 80 billion yuan ($11.2 billion) on data centres.
        ($1 = 7.15 yuan)
    """

    code = "CC105"
    name = "conversion-off-stated-rate"
    diagnosis = OFF_STATED_RATE
