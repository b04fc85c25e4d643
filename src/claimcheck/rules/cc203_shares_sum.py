"""CC203 shares-sum."""

from claimcheck.judges.shares import SHARES_SUM
from claimcheck.rules.diagnosis import DiagnosisRule


class SharesSum(DiagnosisRule):
    """Shares of one whole listed together add up to more than 100%.

    Shares of one whole ("Of the 31 laboratories, 60 percent are in ...") may add up
    to less than 100% unless the text says the list is complete ("split between",
    "the remaining 15 percent"); then they must make 100%. An amount listed with its
    share ("20 (60 percent)") must be that share of the whole.

    Failing example::

        Of the 31 joint laboratories, 60 percent are in Guangdong, 35 percent in Hong Kong and 15 percent in Macao.

    Passing example::

        Of the 31 joint laboratories, 52 percent are in Guangdong, 35 percent in Hong Kong and 13 percent in Macao.
    """

    code = "CC203"
    name = "shares-sum"
    diagnosis = SHARES_SUM
