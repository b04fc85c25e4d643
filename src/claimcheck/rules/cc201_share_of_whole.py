"""CC201 share-of-whole."""

from claimcheck.judges.shares import SHARE_OF_WHOLE
from claimcheck.rules.diagnosis import DiagnosisRule


class ShareOfWhole(DiagnosisRule):
    """A share disagrees with the part and the whole the text gives for it.

    The part divided by the whole, each read as the interval its rounding allows,
    must meet the share stated, widened by the tolerance. Part and whole may be
    money in one currency, counts, or quantities in units that convert. A share named
    as another proportion, before it or right after it ("at an interest rate of 9%",
    "on a vote share of 44.1%", "a 44.1% vote share" beside "121 of the 240 seats"),
    is not the part's share of the whole and is not read.

    Failing example::

        Jiangsu's GDP of 13.7 trillion yuan was 15 percent of China's 134.9 trillion yuan economy in 2024.

    Passing example::

        Jiangsu's GDP of 13.7 trillion yuan was 10.2 percent of China's 134.9 trillion yuan economy in 2024, roughly a tenth.
    """

    code = "CC201"
    name = "share-of-whole"
    diagnosis = SHARE_OF_WHOLE
