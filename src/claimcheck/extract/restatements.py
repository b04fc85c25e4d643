"""Restated figures: one metric of one period stated twice, which must agree.

- A restatement: one metric of one period stated in a paragraph and referred back to
  ("Revenue rose to 4.2 billion euros in 2023" ... "the 2023 revenue of 4.8 billion
  euros"). Only plain statements count: the same metric words and owner, an explicit
  year next to each, one currency or unit, no forecast, revision, segment, adjustment
  or place in either sentence, and a second statement that points back ("the", "its",
  the year before the metric): a fresh "Net profit rose to ..." may be another company's.
  A count restated in brackets at another scale ("3.2 crore (32 million) voters") is a
  restatement too.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from claimcheck import vocabulary
from claimcheck.document import Block
from claimcheck.extract.changes import (
    TOKEN,
    Value,
    read_changes,
    stated_values,
)
from claimcheck.extract.figures import Hedge, hedge_start
from claimcheck.extract.lexicon import CLAUSE_END, any_of
from claimcheck.extract.listed_parts import (
    METRIC_LINKS,
    MONTH_NAMES,
    RESTATEMENT_GUARD,
    WORD_WINDOW,
    YEAR_EARLIER,
    YEAR_FIGURE,
    unit_key,
)
from claimcheck.extract.mentions import Mentions
from claimcheck.extract.scan import Scan
from claimcheck.model.claims import (
    Amount,
    ChangeClaim,
    Money,
    RestatedFigureClaim,
)

# Between a count and its restatement: maybe the noun counted, then a bracket, or a comma
# or a dash with maybe a link ("9,13,47,736 people (about 91.3 million)", "3.34 crore, or
# ...", "12 lakh voters, equal to 1.2 million", "970 million — about 97 crore —").
_RESTATING = re.compile(
    r"(?:\s+(?P<noun>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?))?"
    r"\s*(?:(?P<open>\()|(?:,|(?P<dash>\s-(?=\s)|[–—]))"
    rf"(?:\s*(?P<link>{vocabulary.pattern(vocabulary.words('cues', 'restatement links'))}))?"
    rf"|\s(?P<verb>{vocabulary.pattern(vocabulary.words('cues', 'measure equals'))}))\s*",
    re.IGNORECASE,
)
_SCALE = operator.attrgetter("multiplier")  # a figure's scale, to sort by
_INDIAN_SCALE = re.compile(r"\b(?:lakh|crore)\b")
_CLOSE_BRACKET = re.compile(r"\s*\)")
_CLOSE_DASH = re.compile(r"\s+-\s|\s*[–—]")  # a dash pair sets a figure off as brackets do
_NOUN = re.compile(r"\s+([^\W\d_][\w-]*)")
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?\Z", re.IGNORECASE)
_FUNCTION_WORDS = frozenset(
    (*vocabulary.words("cues", "part prepositions"), *vocabulary.words("clauses", "phrase ends"))
)

# Restatements: the metrics, the words that may modify them, and what rules a sentence out.
_METRICS = frozenset(vocabulary.words("cues", "metrics"))
METRIC_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(_METRICS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
METRIC_WORDS = Scan(METRIC_WORD, any_of(_METRICS))
_LONGEST_METRIC = max(map(len, _METRICS))
_METRIC_ENDS = tuple(sorted(_METRICS))
_MODIFIERS = frozenset(vocabulary.words("cues", "metric modifiers"))
# Owners that name the story's subject, not a part of it: "its revenue", "the group's revenue".
_NEUTRAL_OWNERS = frozenset(
    (
        "its",
        "their",
        *(f"the {w}{s}" for w in vocabulary.words("cues", "neutral owners") for s in ("'s", "’s")),
    )
)
_BOUNDARY = frozenset(
    (
        *vocabulary.clause_words(),
        *vocabulary.words("clauses", "reporting"),
        *vocabulary.words("cues", "metric boundaries"),
    )
)
# The links by their last word ("at", "of", "was"), each list in the order above.
_LINKS_BY_END = {
    last: [link for link in METRIC_LINKS if link[-1] == last]
    for last in dict.fromkeys(link[-1] for link in METRIC_LINKS)
}
_LINK_ENDS = tuple(_LINKS_BY_END)
_PLACE = re.compile(
    rf"\b(?i:in|at|from|across|outside|for)\s+(?:the\s+)?(?!(?:{MONTH_NAMES})\b)[A-Z][a-z]"
)
_YEAR_AFTER = re.compile(
    r"\s+(?:in|for|during)\s+(?P<year>(?:fiscal\s+)?(?:19|20)\d\d)\b"
    r"(?!['’/-]|\s*[-–]|\s+(?:and|to|through|until|or)\b)",
    re.IGNORECASE,
)


def find_restated_figures(mentions: Mentions) -> list[RestatedFigureClaim]:
    """Each figure stated again for the same metric and year, paired with its first
    statement, and each count restated in brackets in another numbering ("3.2 crore (32
    million) voters")."""
    firsts: dict[tuple[str, str, str, int], _Mention] = {}
    claims = list(_restated_counts(mentions))
    for mention in sorted(_mentions(mentions), key=lambda m: m.start):
        paragraph = mentions.document.paragraph_at(mention.start).start
        key = (mention.metric, mention.period, unit_key(mention.value), paragraph)
        first = firsts.setdefault(key, mention)
        if first is mention or first.value.start == mention.value.start:
            continue
        if not mention.refers_back:  # a fresh statement may be of another company
            continue
        claims.append(
            RestatedFigureClaim(
                text=mentions.text[mention.start : mention.end],
                start=mention.start,
                end=mention.end,
                metric=mention.metric,
                period=mention.period,
                first=first.value,
                second=mention.value,
            )
        )
    return claims


def _restated_counts(mentions: Mentions) -> Iterator[RestatedFigureClaim]:
    """A count restated right after itself at another scale: in brackets ("3.2 crore (32
    million) voters", "1.2 billion (120 crore)"), or after a comma ("3,33,87,677, or 3.34
    crore", "970 million people, about 97 crore"); an amount only when respelled in the
    same currency ("Rs 480 billion, that is Rs 48,000 crore")."""
    text = mentions.text
    values = _joined_indian(text, stated_values(mentions))
    for first, second in itertools.pairwise(values):
        if not _alike(first, second) or (
            first.scale == second.scale and _in_words(first) == _in_words(second)
        ):
            continue
        gap = _RESTATING.fullmatch(text, first.end or 0, hedge_start(text, second))
        if gap is None or (not gap["open"] and _counts_otherwise(text, first, second)):
            continue  # "a further six trains, or 54 carriages": two counts
        end = second.end or 0
        regrouped = _regrouped(first, second)
        if gap["open"]:
            close = _CLOSE_BRACKET.match(text, end)
            counts = not (isinstance(first, Money) or first.unit) and first.scale and second.scale
            if close is None or not (
                counts
                or _respelled(first, second)
                or regrouped
                or _rescaled(first, second)
                or _rewritten(first, second)
            ):
                continue
            end = close.end()
        elif gap["verb"]:
            if not (_respelled(first, second) or regrouped or _rescaled(first, second)):
                continue  # "the 2.5 crore comes to 25 million"; never "3 million is 2,000 more"
            if CLAUSE_END.match(text, end) is None:
                continue
        elif not (
            _respelled(first, second)
            or (
                (gap["link"] or second.hedge)
                and (
                    regrouped or _rescaled(first, second) or _spelled_otherwise(text, first, second)
                )
            )
            or (gap["dash"] and regrouped and _CLOSE_DASH.match(text, end))
        ):
            continue  # a list may run on past a comma: "1,200 lakh, 3 crore and 5 crore"
        if regrouped and _indian(first) and _indian(second):
            first, second = (
                _cut_short(v) if v is max(first, second, key=_SCALE) else v for v in (first, second)
            )
        noun = gap["noun"] or (match[1] if (match := _NOUN.match(text, end)) else None)
        yield RestatedFigureClaim(
            text=text[first.start or 0 : end],
            start=first.start,
            end=end,
            metric="" if isinstance(first, Money) or first.unit else noun or "",  # named already
            period="",
            first=first,
            second=second,
        )


def _counts_otherwise(text: str, first: Value, second: Value) -> bool:
    """Whether two counts name different things right after them, so one restates no other:
    "a further six trains, or 54 carriages"."""
    found = [_NOUN.match(text, v.end or 0) for v in (first, second)]
    nouns = [n[1].lower().rstrip("s") for n in found if n is not None]
    named = len(nouns) == 2 and not _FUNCTION_WORDS.intersection(nouns)  # "1 million [of] them"
    return named and nouns[0] != nouns[1] and not any(map(_INDIAN_SCALE.match, nouns))


def _joined_indian(text: str, values: Sequence[Value]) -> list[Value]:
    """The values with each Indian compound count read as one: "4 crore 10 lakh" is
    41,000,000, as precise as its lakh."""
    joined: list[Value] = []
    for value in values:
        last = joined[-1] if joined else None
        if (
            isinstance(last, Amount)
            and isinstance(value, Amount)
            and not (last.unit or value.unit or last.hedge or value.hedge)
            and (last.scale or "").lower() == "crore"
            and (value.scale or "").lower() == "lakh"
            and value.value < last.multiplier
            and float(last.value / last.multiplier).is_integer()
            and not text[last.end or 0 : value.start or 0].strip()
        ):
            joined[-1] = value.model_copy(
                update={
                    "value": last.value + value.value,
                    "low": last.value + value.low,
                    "high": last.value + value.high,
                    "digits": f"{(last.value + value.value) / last.multiplier:g}",  # in crore
                    "scale": last.scale,
                    "multiplier": last.multiplier,
                    "text": text[last.start or 0 : value.end or 0],
                    "start": last.start,
                }
            )
        else:
            joined.append(value)
    return joined


def _alike(first: Value, second: Value) -> bool:
    """Whether two values may restate each other: two counts, or two amounts of one currency
    (never where a mark could mean another: "MXN 12 million ($960,000)" is a conversion);
    a measure may be restated as a bare count ("12 lakh tonnes (1.2 million)"), both with a
    scale word."""
    if isinstance(first, Money) or isinstance(second, Money):
        return (
            isinstance(first, Money)
            and isinstance(second, Money)
            and first.currency == second.currency
            and (len(second.candidates) == 1 or first.candidates == second.candidates)
        )
    if first.unit:  # a measure restated at another scale as a bare count, never "2.9% (29 cents)"
        return not second.unit and first.multiplier > 1 and second.multiplier > 1
    return not second.unit


def _respelled(first: Value, second: Value) -> bool:
    """Whether two counts are one number in two spellings: Indian and Western scale words
    ("970 million, about 97 crore"), or full digits and a scale word ("3,33,87,677, or
    3.34 crore"), not a count and a smaller one ("3 million (2,000 of them children)")."""
    if first.scale and second.scale:
        return _indian(first) != _indian(second)
    full, scaled = (first, second) if second.scale else (second, first)
    if not scaled.scale or full.scale:
        return False
    # "0.5 million (500,000)": a part of one scale word, restated in full digits
    part = scaled.value < scaled.multiplier and full.value >= scaled.multiplier / 10
    return full.value >= scaled.multiplier or part


def _regrouped(first: Value, second: Value) -> bool:
    """Whether two figures are one number at two scales, the one at the smaller scale
    counting whole units of the larger ("₹4,37,821 crore, or ₹4.37 lakh crore", "320 lakh,
    or 3.2 crore", "$1.2 billion ($1,200 million)"), not a sum and a smaller one ("₹50
    crore, or ₹5 lakh a village", "£1.2 billion (£980 million)" the year before)."""
    small, large = sorted((first, second), key=_SCALE)
    return bool(
        small.scale
        and large.scale
        and small.multiplier < large.multiplier
        and small.value >= large.multiplier
    )


def _rescaled(first: Value, second: Value) -> bool:
    """Whether two figures are one number at two scale words, the one at the larger scale
    a part of it ("$300 billion, or $0.3 trillion", "250 lakh (0.25 crore)... "), never a
    sum and a smaller one ("₹50 crore, or ₹5 lakh a village")."""
    small, large = sorted((first, second), key=_SCALE)
    return bool(
        small.scale
        and large.scale
        and small.multiplier < large.multiplier
        and large.value < large.multiplier
        and small.value >= large.multiplier / 10
    )


def _cut_short(value: Value) -> Value:
    """The figure at the larger scale, rounded or cut short as Indian copy writes it:
    ₹4,37,821 crore is "₹4.37 lakh crore" as well as "₹4.38 lakh crore"."""
    return value.model_copy(update={"high": 2 * value.high - value.value})


def _rewritten(first: Value, second: Value) -> bool:
    """Whether a bracket restates an amount in another hand: written out in words and
    then in digits ("two hundred and twenty billion naira (N220bn)"), or at another scale
    with a hedge ("₹18,21,461 crore (about ₹18.21 lakh crore)"); never a plain bracketed
    figure, which company results use for the year before ("£1.2 billion (£980 million)")."""
    if _in_words(first) != _in_words(second):
        return True
    return second.hedge == Hedge.APPROX and first.multiplier != second.multiplier


def _spelled_otherwise(text: str, first: Value, second: Value) -> bool:
    """Whether one figure is in words and the other in digits, the first not a share's whole
    ("3 percent of the 200 applicants, or six": the aside restates the share's part)."""
    whole = _OF_BEFORE.search(text, max(0, hedge_start(text, first) - 8), hedge_start(text, first))
    return _in_words(first) != _in_words(second) and whole is None


def _in_words(value: Value) -> bool:
    return any(ch.isalpha() for ch in value.digits or "")


def _indian(value: Value) -> bool:
    return bool(value.scale and _INDIAN_SCALE.search(value.scale))


@dataclass(frozen=True, slots=True)
class _Phrase:
    """A metric named in the text: 'its 2023 net profit of' is net profit, 2023, 5 tokens."""

    metric: str
    year: str | None
    size: int  # tokens, with the link word
    refers_back: bool  # has "the", an owner or a year: "the 2023 revenue", "its revenue"


@dataclass(frozen=True, slots=True)
class _Mention:
    """A figure stated as a metric of one year: 'the 2023 revenue of 4.8 billion euros'."""

    metric: str
    period: str
    value: Value
    start: int
    end: int
    refers_back: bool = False


def _mentions(mentions: Mentions) -> Iterator[_Mention]:
    """Every plain statement of a metric's value for a year."""
    text = mentions.text
    ruled_out = _RuledOut(text)
    seen: set[int] = set()
    for change in read_changes(mentions):
        for mention in _change_mentions(mentions, change, ruled_out):
            seen.add(mention.value.start or 0)
            yield mention
    for value in stated_values(mentions):
        start = value.start or 0
        if start in seen:
            continue
        end = hedge_start(text, value)
        if not may_name(text[max(0, end - WORD_WINDOW) : end], linked=True):
            continue
        sentence = mentions.document.sentence_at(start)
        named = phrase_before(text, sentence, end, linked=True)
        if named is None:
            continue
        if not metric_near(text, start) or ruled_out(sentence):
            continue
        phrase, phrase_start = named
        period = _period(phrase.year, _YEAR_AFTER.match(text, value.end or 0))
        if period is not None:
            end = value.end or start
            yield _Mention(phrase.metric, period, value, phrase_start, end, phrase.refers_back)


def metric_near(text: str, end: int) -> bool:
    """Whether a metric word starts in the `WORD_WINDOW` characters before `end`."""
    # The longest metric fits before the search's end, so the word it cuts is none of them.
    found = METRIC_WORDS.finditer(text, max(0, end - WORD_WINDOW), end + _LONGEST_METRIC + 1)
    first = next(found, None)
    return first is not None and first.start() <= end


def _change_mentions(
    mentions: Mentions, change: ChangeClaim, ruled_out: _RuledOut
) -> list[_Mention]:
    """The new and old values of "Revenue rose 5 percent to 4.2 billion euros in 2023 from ..."."""
    text = mentions.text
    start = change.start or 0
    new = change.to_value
    if not change.wording_first or new is None or (new.start or 0) < start:
        return []
    if not may_name(text[max(0, start - WORD_WINDOW) : start], linked=False):
        return []
    sentence = mentions.document.sentence_at(start)
    named = phrase_before(text, sentence, start, linked=False)
    if named is None or ruled_out(sentence):
        return []
    phrase, phrase_start = named
    metric = phrase.metric
    period = _period(phrase.year, _YEAR_AFTER.match(text, new.end or 0))
    if period is None:
        return []
    found = [_Mention(metric, period, new, phrase_start, new.end or start)]
    old = change.from_value
    if old is not None:
        old_period = _period(None, _YEAR_AFTER.match(text, old.end or 0))
        if old_period is None and YEAR_EARLIER.match(text, old.end or 0) and period.isdigit():
            old_period = str(int(period) - 1)
        if old_period is not None and old_period != period:
            found.append(_Mention(metric, old_period, old, phrase_start, old.end or start))
    return found


def phrase_before(
    text: str, sentence: Block, end: int, *, linked: bool
) -> tuple[_Phrase, int] | None:
    """The metric named just before `end`, and where its phrase starts."""
    floor = max(sentence.start, end - WORD_WINDOW)
    tokens = TOKEN.findall(text, floor, end)
    phrase = _metric_phrase(tokens, linked=linked, whole=floor == sentence.start)
    if phrase is None:
        return None
    return phrase, list(TOKEN.finditer(text, floor, end))[-phrase.size].start()


def may_name(words: str, *, linked: bool) -> bool:
    """Whether words may end with a metric's phrase: a quick test before reading tokens.

    A linked phrase ends with its link ("of", "was"), another with its metric or year;
    spaces and underscores after the last token are no part of it.
    """
    words = words.rstrip()
    if words.endswith("_"):
        return True
    if linked:
        return words.lower().endswith(_LINK_ENDS)
    return words.lower().endswith(_METRIC_ENDS) or words[-1:].isdigit()


def _metric_phrase(tokens: Sequence[str], *, linked: bool, whole: bool) -> _Phrase | None:
    """The metric named at the end of `tokens` ("its 2023 net profit of"); None unless it is
    plainly one metric. `whole`: the tokens start the sentence.
    """
    if linked and (not tokens or tokens[-1].lower() not in _LINK_ENDS):
        return None
    words = [t.lower() for t in tokens]
    i = len(words)
    if linked:
        for link in _LINKS_BY_END[words[-1]]:
            if tuple(words[i - len(link) : i]) == link:
                i -= len(link)
                break
        else:
            return None
    years = []
    if i >= 2 and words[i - 2] in ("in", "for") and YEAR_FIGURE.fullmatch(words[i - 1]):
        years.append(words[i - 1])
        i -= 2
    if i < 1 or words[i - 1] not in _METRICS:
        return None
    head = i - 1
    i = head
    while i > 0 and (
        words[i - 1] in _MODIFIERS or YEAR_FIGURE.fullmatch(words[i - 1].rstrip("'’s"))
    ):
        i -= 1
    modifiers = [w for w in words[i:head] if not YEAR_FIGURE.fullmatch(w.rstrip("'’s"))]
    years += [w.rstrip("'’s") for w in words[i:head] if YEAR_FIGURE.fullmatch(w.rstrip("'’s"))]
    if words[head] == "rate" and not modifiers:
        return None
    owner = ""
    refers_back = bool(years) and i < head
    if i > 0 and (words[i - 1] in ("its", "their") or words[i - 1].endswith(("'s", "’s", "s'"))):
        i -= 1
        owner = words[i]
        refers_back = True
        if i > 0 and words[i - 1] == "the":
            i -= 1
            owner = f"the {owner}"
    elif i > 0 and words[i - 1] == "the":
        i -= 1
        refers_back = True
    if i > 0 and not (words[i - 1] in _BOUNDARY or not tokens[i - 1][0].isalnum()):
        return None
    if i == 0 and not whole:
        return None
    if owner in _NEUTRAL_OWNERS:
        owner = ""
    if len(set(years)) > 1:
        return None
    metric = " ".join(filter(None, [owner, *modifiers, words[head]]))
    return _Phrase(metric, years[0] if years else None, len(words) - i, refers_back)


def _period(year: str | None, after: re.Match[str] | None) -> str | None:
    """The one year a mention names, in its phrase or right after its value."""
    found = {" ".join(y.lower().split()) for y in (year, after and after.group("year")) if y}
    return found.pop() if len(found) == 1 else None


class _RuledOut:
    """Whether a sentence hedges, forecasts, revises, adjusts or narrows its figures.

    Each sentence is read once, however many of its figures ask.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._found: dict[Block, bool] = {}

    def __call__(self, sentence: Block) -> bool:
        found = self._found.get(sentence)
        if found is None:
            text, start, end = self.text, sentence.start, sentence.end
            found = bool(
                RESTATEMENT_GUARD.search(text, start, end) or _PLACE.search(text, start, end)
            )
            self._found[sentence] = found
        return found
