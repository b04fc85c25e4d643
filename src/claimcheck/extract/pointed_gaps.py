"""Gaps a sentence opens with, pointing back to the two values of the sentence before.

Runs after every other reader (`pipeline`). Example::

    A basket of 41 staples cost NZ$248.37 at the dearest supermarket and NZ$231.92 at the
    cheapest. The difference, NZ$16.45, was smaller than a year ago.

The sentence opens with a definite gap noun (`[gap back]`: "The difference", "The
shortfall"), maybe what it is between and an adverb ("The gap between the sexes thus stood
at"), and its figure right after it ("of", a comma, or a linking verb between); the
sentence before, in the same paragraph, holds exactly two values of the figure's currency
or unit (two percentages for a gap in points), and the gap's own sentence none before it.
Neither of the two may be a figure no side could be: a year, a percentage for a gap not in
points, a part counted of the other ("640 of the 1,800"), or a value some claim already
relates (a change's size, a difference's side). Which side is the larger is not said, so
only the gap's size is checked (`DifferenceClaim.ordered` is False). A figure some
difference already states is that difference's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck import vocabulary
from claimcheck.extract.changes import Value, stated_values
from claimcheck.extract.figures import hedge_start
from claimcheck.extract.lexicon import Keywords, any_of
from claimcheck.extract.listed_parts import COUNTED_OF, a_year, unit_key
from claimcheck.extract.mentions import Mentions
from claimcheck.model.claims import Claim, DifferenceClaim, parts_read

_ADVERB = rf"(?:\s+(?:{any_of(vocabulary.words('cues', 'linking adverbs'))}))?"
_LINK = rf"(?:\s*,|\s+of|\s+(?:{any_of(vocabulary.words('directions', 'linking verbs'))}))"
# What it is between ends at a link or "at": "The gap between the sexes thus stood at",
# never at the figure ("The gap between the city's two busiest museums was ...").
_OPENER = re.compile(
    rf"[\"“'‘]?(?P<noun>{any_of(vocabulary.words('cues', 'gap back'))})"
    rf"(?:\s+between(?:\s+[^\W\d_][\w'’-]*){{1,5}}?(?:{_ADVERB}{_LINK}|\s+at)|{_ADVERB}{_LINK}?)"
    r"\s+\Z",
    re.IGNORECASE,
)
_GAP_WORDS = Keywords(*vocabulary.words("cues", "gap back"))
_PERCENT, _POINTS = "percent", "percentage_point"


def with_pointed_gaps(mentions: Mentions, found: Sequence[Claim]) -> list[Claim]:
    """The claims read, and a difference for each gap described above."""
    if not _GAP_WORDS.positions(mentions.text):
        return list(found)
    values = stated_values(mentions)
    related = set(parts_read(found))
    stated = {c.difference.start for c in found if isinstance(c, DifferenceClaim)}
    gaps = [
        gap
        for value in values
        if value.start not in stated and (gap := _gap(mentions, values, value, related))
    ]
    return [*found, *gaps]


def _gap(
    mentions: Mentions,
    values: Sequence[Value],
    stated: Value,
    related: set[tuple[int | None, int | None]],
) -> DifferenceClaim | None:
    """The difference a gap opening its sentence states of the sentence before, if any."""
    text, document = mentions.text, mentions.document
    sentence = document.sentence_at(stated.start or 0)
    opener = _OPENER.match(text, sentence.start, stated.start or 0)
    key = unit_key(stated)
    if opener is None or key == _PERCENT:
        return None
    previous = document.sentence_before(sentence)
    if previous is None:
        return None
    side_key = _PERCENT if key == _POINTS else key  # "22.2% ... 13.3%. The gap, 8.9 points"
    sides = [v for v in values if previous.start <= (v.start or 0) < previous.end]
    sides = [v for v in sides if unit_key(v) == side_key and not a_year(v)]
    if len(sides) != 2 or any((v.start, v.end) in related for v in sides):
        return None  # a value some claim relates already: a change's size, a side
    first, second = sides
    if COUNTED_OF.fullmatch(text, first.end or 0, hedge_start(text, second)):
        return None  # "640 of the 1,800": a part and its whole
    start, end = first.start or 0, stated.end or 0
    return DifferenceClaim(
        text=text[start:end],
        start=start,
        end=end,
        minuend=first,
        subtrahend=second,
        difference=stated,
        wording=" ".join(opener["noun"].lower().split()[1:]),
    )
