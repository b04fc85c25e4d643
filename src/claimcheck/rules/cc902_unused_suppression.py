"""CC902 unused-suppression."""

from claimcheck.rules.suppression import SuppressionRule


class UnusedSuppression(SuppressionRule):
    """A suppression comment silences no finding: the text it covered was fixed or moved.

    Once the figure a comment was written for is corrected, the comment would silence the
    next slip in its paragraph unseen; remove it. A comment is only reported when the
    rules it names were run (a comment for CC301, or for every rule, is not reported
    under `--select CC1`), and
    comments naming CC9 rules are never reported, so that `ignore-file CC902` can keep
    an archive's old comments quiet.

    Failing example::

        <!-- claimcheck: ignore CC102 -->
        The region's GDP reached 11.5 trillion yuan ($1.6 trillion) in 2024.

    Passing example::

        <!-- claimcheck: ignore CC102 -->
        The region's GDP reached 11.5 trillion yen ($1.6 trillion) in 2024.
    """

    code = "CC902"
    name = "unused-suppression"
