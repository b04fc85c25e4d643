"""The mentions of one document, found once and shared by every claim extractor."""

from __future__ import annotations

import re
from functools import cached_property

from claimcheck.document import Document
from claimcheck.extract.currencies import CurrencyMark, find_currency_marks
from claimcheck.extract.figures import Figure, find_figures
from claimcheck.extract.measures import Measure, find_measures
from claimcheck.extract.money import find_money
from claimcheck.extract.places import currencies_in_context
from claimcheck.extract.proportions import find_proportions
from claimcheck.model.claims import Amount, Money

_LETTER = re.compile(r"[^\W\d_]")


class Mentions:
    """Figures, currency marks, amounts of money and proportions in a document."""

    def __init__(
        self, document: Document, currency_context: dict[str, float] | None = None
    ) -> None:
        """`currency_context`: the whole document's, when this one is a part of it."""
        self.document = document
        self.text = document.text
        if currency_context is not None:
            self.__dict__["currency_context"] = currency_context

    @cached_property
    def figures(self) -> list[Figure]:
        return find_figures(self.text)

    @cached_property
    def marks(self) -> list[CurrencyMark]:
        return find_currency_marks(self.text)

    @cached_property
    def currency_context(self) -> dict[str, float]:
        """Currencies the document's places and names point to, with weights."""
        return currencies_in_context(self.text, self.marks)

    @cached_property
    def money(self) -> list[Money]:
        return find_money(self.text, self.currency_context, self.marks, self.figures)

    @cached_property
    def proportions(self) -> list[Amount]:
        return find_proportions(self.text, self.figures)

    @cached_property
    def measures(self) -> list[Measure]:
        """Figures written with a physical unit ("150 square kilometres")."""
        return find_measures(self.text, self.figures, self.money, self.proportions)

    @cached_property
    def has_words(self) -> bool:
        """Whether the text has a letter: a line of figures has none, and a reader of
        relations stated in words finds nothing in it. A number written as one character
        ("½", "²") is no letter, though it is a word character."""
        return any(match.group().isalpha() for match in _LETTER.finditer(self.text))
