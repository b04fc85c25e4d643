"""CC901 unknown-suppression."""

from claimcheck.rules.suppression import SuppressionRule


class UnknownSuppression(SuppressionRule):
    """A suppression comment is misspelt or names no rule, so it silences nothing.

    A comment addressed to claimcheck must read `claimcheck: ignore` (the next paragraph,
    or in plain text the next non-blank line) or `claimcheck: ignore-file` (the whole
    document), followed by rule codes, prefixes or names, or by nothing for every rule.
    A misspelt word ("ignroe", "claimchek") or a code that names no rule ("CC1O2") would
    leave the finding it was meant for silenced by nothing; the message names the fix.

    Failing example::

        <!-- claimcheck: ignroe CC102 -->
        The region's GDP reached 11.5 trillion yuan ($1.6 trillion) in 2024.

    Passing example::

        <!-- claimcheck: ignore CC102 -->
        The region's GDP reached 11.5 trillion yen ($1.6 trillion) in 2024.
    """

    code = "CC901"
    name = "unknown-suppression"
