"""Reading one document against a facts sheet: its entity names, references, metric phrases.

`link_claims` links each claim to what `Reader` finds, by the rules `link` describes.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimcheck import vocabulary
from claimcheck.document import Document
from claimcheck.facts.link import Link, LinkedFacts, Named
from claimcheck.facts.load import FactSheet
from claimcheck.facts.model import dimensionality, is_currency
from claimcheck.model.claims import (
    Amount,
    Claim,
    ConversionClaim,
    FigureClaim,
    Money,
    MoneyClaim,
    UnitConversionClaim,
)
from claimcheck.model.judgement import said

if TYPE_CHECKING:
    from claimcheck.facts.sheet import Metric


def _facts(section: str) -> str:
    """A pattern of the words of one section of the facts vocabulary."""
    return vocabulary.pattern(vocabulary.words("facts", section))


# The words a reference uses for each kind of entity: "the nation's" is a country.
_REFERENCE_WORDS = vocabulary.values("facts", "references")
_REFERENCE = re.compile(
    r"\b[Tt]he\s+(?P<word>" + "|".join(_REFERENCE_WORDS) + r")['’]s?(?![\w])"
    r"|\b(?P<national>[Nn]ational)\b"
)
_TRAILING_APOSTROPHE = re.compile(r"['’]s?\Z")
# What a name may carry after it and still be the name: "the Beijing-Tianjin-Hebei region's".
_NAME_TAIL = re.compile(
    rf"(?:\s+{_facts('name tails')})?"
    r"(?P<apostrophe>['’]s?(?![\w]))?"
)
_MODIFIERS = rf"(?:{_facts('modifiers')}\s+){{0,2}}"
# Between an owner and its metric: "China's total area", "Guangdong GDP".
_OWNER_GAP = re.compile(rf"(?:['’]s?)?\s+{_MODIFIERS}", re.IGNORECASE)
# Between a metric and its owner: "the GDP of Guangdong", "total area of the GBA".
_OF_OWNER = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
# After a metric, words that make it another measure: "GDP per capita", "GDP growth".
_OTHER_MEASURE = re.compile(
    rf"\s*(?:-\s*)?{_facts('other measures')}",
    re.IGNORECASE,
)
# Between a metric phrase and its figure, what ends the link: another clause or a comparison.
_BREAK = re.compile(
    rf";|\b{_facts('breaks')}",
    re.IGNORECASE,
)
# Before a share, what may follow a subject named without a possessive.
_SUBJECT_NEXT = re.compile(
    rf"\s*(?:[,(—–]|{_facts('subject adverbs')}|{_facts('subject verbs')})",
    re.IGNORECASE,
)
_OF_BEFORE = re.compile(r"(?:\bshare\s+)?\bof\s+(?:the\s+)?\Z", re.IGNORECASE)
_SHARE_WORD = re.compile(r"\s+share\b", re.IGNORECASE)
_SHARE_OF = re.compile(r"\bshare\s+of\s+(?:the\s+)?\Z", re.IGNORECASE)
# Between "share of X" and the share: "was", "stood at", "rose to"...
_SHARE_VERB = re.compile(rf"\s+{_facts('share verbs')}\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class MetricPhrase:
    """A metric and the entity it belongs to: "China's total area"."""

    owner: Named
    metric: Metric
    start: int
    end: int
    metric_end: int


def claim_dimension(claim: Claim) -> str | None:
    """What a claim's figure measures, in the terms of `fact_dimension`; None if nothing."""
    amount = _figure_of(claim)
    if isinstance(amount, Money):
        return "money"
    if amount is None or amount.unit == "percentage_point":
        return None
    return fact_dimension(amount.unit)


def fact_dimension(unit: str) -> str | None:
    """A unit's kind: "money", "percent", "count" or its physical dimension."""
    if is_currency(unit):
        return "money"
    if unit in ("", "percent"):
        return unit or "count"
    return dimensionality(unit)


def _figure_of(claim: Claim) -> Money | Amount | None:
    if isinstance(claim, MoneyClaim | FigureClaim):
        return claim.amount
    if isinstance(claim, ConversionClaim | UnitConversionClaim):
        return claim.source
    return None


class Reader:
    """The entity names, references and metric phrases of one document."""

    def __init__(self, document: Document, sheet: FactSheet, claims: Sequence[Claim]) -> None:
        self.document = document
        self.claims = claims
        self.claim_starts = [c.start or 0 for c in claims]  # claims come in text order
        self.text = document.text
        self.sheet = sheet
        self.named = self._named()
        self.named_starts = [n.start for n in self.named]
        self.phrases = sorted(self._phrases(), key=lambda p: p.end)
        self.phrase_ends = [p.end for p in self.phrases]
        self.phrase_starts = sorted((p.start, i) for i, p in enumerate(self.phrases))
        self.wholes = {(p.owner.start, p.owner.end) for p in self.phrases if self._after_of(p)}
        self.dimensions = {m.name: fact_dimension(sheet.unit(m.name) or "") for m in sheet.metrics}

    # --- names -----------------------------------------------------------------------

    def _named(self) -> list[Named]:
        entities = {name: entity for entity in self.sheet.entities for name in entity.names}
        if not entities:
            return []
        names = sorted(entities, key=len, reverse=True)
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")
        direct = []
        for match in pattern.finditer(self.text):
            entity = entities[match.group()]
            tail = _NAME_TAIL.match(self.text, match.end())
            end = tail.end() if tail else match.end()
            how = said("facts.names", written=match.group(), entity=entity.name)
            possessive = tail is not None and tail["apostrophe"] is not None
            direct.append(Named(entity, match.start(), end, how, possessive))
        references = [r for m in _REFERENCE.finditer(self.text) if (r := self._resolve(m, direct))]
        return sorted(direct + references, key=lambda n: n.start)

    def _resolve(self, match: re.Match[str], direct: Sequence[Named]) -> Named | None:
        """A reference, as the entity of its kind named last before it."""
        kind = "country" if match["national"] else _REFERENCE_WORDS[match["word"].lower()]
        before = [n for n in direct if n.end <= match.start() and n.entity.kind == kind]
        if not before:
            return None
        last = before[-1]
        line, _ = self.document.line_column(last.start)
        written = _TRAILING_APOSTROPHE.sub("", self.text[last.start : last.end])
        how = said(
            "facts.refers",
            written=match.group(),
            entity=last.entity.name,
            kind=kind,
            named=written,
            line=line,
        )
        possessive = not match["national"]
        return Named(last.entity, match.start(), match.end(), how, possessive, reference=True)

    def _phrases(self) -> Iterator[MetricPhrase]:
        metrics = {name.casefold(): m for m in self.sheet.metrics for name in m.names}
        if not metrics:
            return
        names = sorted(metrics, key=len, reverse=True)
        pattern = re.compile(
            r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])", re.IGNORECASE
        )
        spans = [(n.start, n.end) for n in self.named]
        for match in pattern.finditer(self.text):
            if any(s < match.end() and match.start() < e for s, e in spans):
                continue  # "Area" in "Greater Bay Area"
            if _OTHER_MEASURE.match(self.text, match.end()):
                continue
            metric = metrics[match.group().casefold()]
            owner = self._owner_before(match.start())
            if owner is not None:
                yield MetricPhrase(owner, metric, owner.start, match.end(), match.end())
                continue
            of = _OF_OWNER.match(self.text, match.end())
            after = self._named_at(of.end()) if of else None
            if after is not None:
                yield MetricPhrase(after, metric, match.start(), after.end, match.end())

    def _owner_before(self, start: int) -> Named | None:
        """The entity or reference right before a metric: "China's total", "national"."""
        index = bisect.bisect_left(self.named_starts, start) - 1
        while index >= 0 and self.named[index].end > start:
            index -= 1
        if index < 0:
            return None
        named = self.named[index]
        if _OWNER_GAP.fullmatch(self.text, named.end, start) or (
            named.end == start and named.possessive
        ):
            return named
        return None

    def _named_at(self, pos: int) -> Named | None:
        index = bisect.bisect_left(self.named_starts, pos)
        if index < len(self.named) and self.named[index].start == pos:
            return self.named[index]
        return None

    def _named_in(self, start: int, end: int) -> list[Named]:
        """The names and references that start in [start, end) and end by `end`."""
        lo = bisect.bisect_left(self.named_starts, start)
        hi = bisect.bisect_left(self.named_starts, end)
        return [n for n in self.named[lo:hi] if n.end <= end]

    def _after_of(self, phrase: MetricPhrase) -> bool:
        """Whether a metric phrase is what something is "of": "0.6 percent of China's area"."""
        return bool(_OF_BEFORE.search(self.text, max(0, phrase.start - 40), phrase.start))

    # --- figures ---------------------------------------------------------------------

    def figure(self, claim: Claim) -> Link | None:
        """The metric phrase a figure states the value of, if exactly that is clear."""
        dimension = claim_dimension(claim)
        start = claim.start
        if dimension is None or start is None:
            return None
        sentence = self.document.sentence_at(start)
        index = bisect.bisect_right(self.phrase_ends, start) - 1
        if index < 0 or self.phrases[index].start < sentence.start:
            return None
        phrase = self.phrases[index]
        if self.dimensions.get(phrase.metric.name) != dimension:
            return None
        if _BREAK.search(self.text, phrase.end, start) or self._named_in(phrase.end, start):
            return None
        lo = bisect.bisect_left(self.claim_starts, phrase.end)
        between = self.claims[lo : bisect.bisect_left(self.claim_starts, start)]
        if any(claim_dimension(other) == dimension for other in between):
            return None  # the first figure of the metric's kind after it is another one
        return Link(phrase.owner, phrase.metric)

    # --- shares ----------------------------------------------------------------------

    def share(self, claim: Claim) -> Link | None:
        """A share of a metric phrase, with the one entity its sentence makes the part."""
        share = getattr(claim, "share", None)
        if not isinstance(share, Amount) or share.end is None or claim.start is None:
            return None
        whole = self._whole(share.end, claim.end or share.end) or self._share_of(share.start)
        if whole is None or self.dimensions.get(whole.metric.name) is None:
            return None
        subject = self._subject(claim.start, whole)
        if subject is None:
            return None
        return Link(subject, whole.metric, whole.owner)

    def _whole(self, start: int, end: int) -> MetricPhrase | None:
        """The metric phrase a share is "of": the first one right after "of"."""
        index = bisect.bisect_left(self.phrase_starts, (start, -1))
        if index == len(self.phrase_starts) or self.phrase_starts[index][0] > end:
            return None
        phrase = self.phrases[self.phrase_starts[index][1]]
        window = self.text[start : phrase.start]
        return phrase if _OF_BEFORE.search(window) and len(window) <= 40 else None

    def _share_of(self, start: int | None) -> MetricPhrase | None:
        """What "X's share of [national output] was 10 percent" is a share of."""
        if start is None:
            return None
        index = bisect.bisect_right(self.phrase_ends, start) - 1
        if index < 0:
            return None
        phrase = self.phrases[index]
        sentence = self.document.sentence_at(start)
        if phrase.start < sentence.start or not _SHARE_OF.search(
            self.text, max(sentence.start, phrase.start - 40), phrase.start
        ):
            return None
        verb = _SHARE_VERB.match(self.text, phrase.end, start)
        return phrase if verb is not None and start - verb.end() <= 20 else None

    def _subject(self, start: int, whole: MetricPhrase) -> Named | None:
        """The one entity named before the share in its sentence that is not a whole."""
        sentence = self.document.sentence_at(start)
        candidates = [
            n
            for n in self._named_in(sentence.start, start)
            if not n.reference and (n.start, n.end) not in self.wholes
        ]
        if len({n.entity.name for n in candidates}) != 1:
            return None
        subject = candidates[0]
        if subject.entity == whole.owner.entity:
            return None
        if subject.possessive:
            own = next((p for p in self.phrases if p.owner == subject), None)
            same = own is not None and own.metric == whole.metric
            return subject if same or _SHARE_WORD.match(self.text, subject.end) else None
        return subject if _SUBJECT_NEXT.match(self.text, subject.end) else None


def link_claims(document: Document, claims: Sequence[Claim], sheet: FactSheet) -> LinkedFacts:
    """The links of the claims of `document` to the entities and metrics of `sheet`."""
    if not sheet or not document.text:
        return LinkedFacts(sheet)
    reader = Reader(document, sheet, claims)
    links: dict[str, Link] = {}
    for claim in claims:
        found = reader.share(claim) if claim.kind == "share" else reader.figure(claim)
        if found is not None:
            links[claim.id] = found
    return LinkedFacts(sheet, links)
