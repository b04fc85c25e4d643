"""CC102 currency-mislabel."""

from claimcheck.judges.fx import MISLABEL
from claimcheck.rules.diagnosis import DiagnosisRule


class CurrencyMislabel(DiagnosisRule):
    """A conversion fits another currency than the one written: the currency is mislabelled.

    The implied rate misses the stated currency's range but fits another currency's.
    The suggestion names it, preferring currencies that share the written mark (¥ is
    both yen and yuan) or that the document's places point to.

    Failing example::

        BEIJING - The region's GDP reached 11.5 trillion JPY (approximately 1.6 trillion USD) in 2024.

    Passing example::

        BEIJING - The region's GDP reached 11.5 trillion CNY (approximately 1.6 trillion USD) in 2024.
    """

    code = "CC102"
    name = "currency-mislabel"
    diagnosis = MISLABEL
