"""CC102 currency-mislabel."""

from claimcheck.judges.fx import MISLABEL
from claimcheck.rules.diagnosis import DiagnosisRule


class CurrencyMislabel(DiagnosisRule):
    """A conversion fits another currency than the one written: the currency is mislabelled.

    The implied rate misses the stated currency's range but fits another currency's: one
    the document's places or names point to, or one that shares the written mark (¥ is
    both yen and yuan). A rate that fits an unrelated currency only by chance is no
    diagnosis: CC101 reports it, with the amount at the reference rate.

    Failing example::

        BEIJING - The region's GDP reached 11.5 trillion JPY (approximately 1.6 trillion USD) in 2024.

    Passing example::

        BEIJING - The region's GDP reached 11.5 trillion CNY (approximately 1.6 trillion USD) in 2024.
    """

    code = "CC102"
    name = "currency-mislabel"
    diagnosis = MISLABEL
