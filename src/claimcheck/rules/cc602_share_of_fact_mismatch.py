"""CC602 share-of-fact-mismatch."""

from claimcheck.judges.facts import SHARE_MISMATCH
from claimcheck.rules.cc601_fact_mismatch import FactRule


class ShareOfFactMismatch(FactRule):
    """A share misses the ratio of the facts for its part and its whole.

    Only with a facts sheet (`--facts`). A share is linked when what it is "of" names
    an entity's metric ("of China's total area", "of the nation's total economic
    output") and its sentence names one other entity as its subject ("The GBA, which
    represents..."). The share must meet the part's fact over the whole's, both of the
    claim's period or the nearest earlier one the sheet has, within the tolerance. The
    examples are checked with `fixtures/facts/china-regions.toml`.

    Failing example::

        The GBA, which represents 6 percent of China's total area, is among the country's most open regions.

    Passing example::

        The GBA, which represents less than 0.6 percent of China's total area, is among the country's most open regions.
    """

    code = "CC602"
    name = "share-of-fact-mismatch"
    diagnosis = SHARE_MISMATCH
