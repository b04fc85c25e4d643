"""Linking claims to facts: which entity and metric a figure or a share is about.

Linking reads the document against the sheet's names, once per document, before the
judges run. It is deliberately narrow, so that a link is never a guess:

- A *metric phrase* names whose metric it is: "China's total area", "the GBA's GDP",
  "Guangdong GDP", "the GDP of Guangdong", "national output". A reference "the
  country's" ("the nation's", "the region's", "the province's", "the city's"...) or
  "national" stands for the entity of that kind named last before it.
- A figure is linked when a metric phrase comes before it in its sentence and it is
  the first figure of the metric's kind (money, an area...) after it, with no other
  entity and no clause break ("while", "but", "compared with", "from"...) between.
- A share is linked when what it is "of" is a metric phrase ("less than 0.6 percent of
  China's total area") and its sentence names exactly one other entity before it,
  as the subject ("The GBA, which represents...", "Guangdong accounts for...") or
  with the same metric or "share" ("Guangdong's share of national output").

Anything else stays unlinked, and so unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimcheck.facts.load import FactSheet
from claimcheck.model.judgement import Said, said

if TYPE_CHECKING:
    from claimcheck.facts.sheet import Entity, Metric


@dataclass(frozen=True, slots=True)
class Named:
    """An entity as the text names it, directly or by a reference; `how` explains which."""

    entity: Entity
    start: int
    end: int
    how: Said  # how the text names it, for the report
    possessive: bool = False
    reference: bool = False


@dataclass(frozen=True, slots=True)
class Link:
    """What a claim is about: its subject's metric and, for a share, the whole's entity."""

    subject: Named
    metric: Metric
    whole: Named | None = None

    def explain(self, role: str) -> Said:
        named = self.whole if role == "whole" and self.whole is not None else self.subject
        return said("facts.link", metric=self.metric.name, entity=named.entity.name, how=named.how)


@dataclass(frozen=True)
class LinkedFacts:
    """A facts sheet and the links of one document's claims to it, by claim id."""

    sheet: FactSheet = field(default_factory=FactSheet)
    links: Mapping[str, Link] = field(default_factory=dict)
