"""Shares of one whole that add up to 100%, or at most 100%.

- The shares of one whole closed by a remainder ("68.8% of the population and urban
  residents the remaining 31.2%"): with it they make 100%. Shares of one whole listed
  after a verb giving the first its part ("services accounted for 77.6% of GDP, industry
  for 13.5% and agriculture for 8.9%"): at most 100%, exactly when the last is "other".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from claimcheck import vocabulary
from claimcheck.document import Block
from claimcheck.extract.balances import periods_named
from claimcheck.extract.breakdowns import part_of, split_total, total_before
from claimcheck.extract.changes import (
    OF_BACK_REFERENCE,
    TOKEN,
    Value,
    near,
)
from claimcheck.extract.figures import hedge_start
from claimcheck.extract.lexicon import Keywords, any_of
from claimcheck.extract.listed_parts import (
    CLAUSE_BREAKS,
    COMPARED_WITH,
    LIST_CLOSERS,
    LOOSE_SEPARATORS,
    MAX_BREAKDOWN_LABEL,
    REMAINDER_CUE,
    WORD_AFTER_REACH,
    WORD_WINDOW,
    a_year,
    counted_noun,
    is_label,
    list_gap,
    names_a_part,
    stated_plainly,
    unit_key,
    without_and_inside,
)
from claimcheck.extract.mentions import Mentions
from claimcheck.extract.spans import Spans
from claimcheck.model.claims import (
    Amount,
    ChangeClaim,
    TotalClaim,
)

_OPENS_WITH_REST = frozenset(vocabulary.words("cues", "list open with rest"))
_WITH_AFTER = 2  # words a total's clause may go on before the comma and "with"
_TOTAL_LINK = re.compile(
    rf"(?<![\w-])(?:{any_of(vocabulary.words('cues', 'total links'))})\s*\Z", re.IGNORECASE
)
_REMAINDER_WORDS = Keywords(*vocabulary.words("cues", "remainder"))
_REST_NAME_WORDS = Keywords(*vocabulary.words("cues", "rest names"))
# A list's last item named the rest a few words before its figure, after the comma,
# semicolon or "and" opening it: "and all other items ¥12.3 trillion".
_COORDINATORS = vocabulary.pattern(vocabulary.words("clauses", "coordinators"))
_REST_NAMED = re.compile(
    r"(?:[,;]|(?<![\w-])and)\s+"
    rf"(?P<name>{vocabulary.pattern(vocabulary.words('cues', 'rest names'))})"
    rf"\s+(?:(?!{_COORDINATORS})[^\W\d_][\w'’-]*\s+){{0,5}}\Z",
    re.IGNORECASE,
)
HUNDRED_PERCENT = Amount(value=100.0, unit="percent", text="100%", digits="100")
_NAMES_WHOLE = re.compile(r"\s+of\s")  # "68.8% of the population"
# A figure restated as a share of a whole, which makes it a part: ", or 47.3% of spending",
# "1.66 trillion shillings, or 41.6%, is earmarked".
_SHARE_OF_A_WHOLE = re.compile(
    r"\s*,\s*(?:or\s+)?(?:[^\W\d_]+\s+)?[\d.,]+\s*(?:%|per\s*cent|percent)(?:\s+of\s|\s*[,)])",
    re.IGNORECASE,
)
_SHARE_LIST_VERB = re.compile(
    rf"(?<![\w-]){vocabulary.pattern(vocabulary.words('cues', 'share list verbs'))}\s+\Z",
    re.IGNORECASE,
)
_SHARE_LIST_REST = frozenset(vocabulary.words("cues", "share list rest"))
_SHARE_LIST_EACH = frozenset(vocabulary.words("cues", "share list each"))
_MIN_OPEN_SHARES = 3  # two shares of one base may be two ratios to it, no parts of it


def read_shares(values: Sequence[Value], changes: Sequence[ChangeClaim]) -> list[Value]:
    """The percentages that may be shares: none in a stated change ("rose 5%")."""
    stated = Spans((c.start or 0, c.end or 0) for c in changes)
    return [v for v in values if unit_key(v) == "percent" and not stated.covers(v.start or 0)]


def read_remainders(mentions: Mentions, shares: Sequence[Value]) -> Iterator[TotalClaim]:
    """A share named as the rest of its whole and the shares before it, which with it make
    100%: "Rural residents made up 68.8% of the population and urban residents the
    remaining 31.2%"; "Samsung took 20%, Apple 15% and LG 3%, other brands the remaining
    62%". The shares are the percentages before it in its sentence, listed ("A 20%, B 15%
    and C 3%"), back to the first that names its whole ("68.8% of the population") or to
    the sentence's start; a percentage in a stated change is none of them, and a list
    broken by other words leaves the remainder unread.
    """
    text = mentions.text
    cues = _REMAINDER_WORDS.positions(text)
    if not cues:
        return
    for at, rest in enumerate(shares):
        start = hedge_start(text, rest)
        if not near(cues, start - WORD_WINDOW, start):
            continue
        cue = REMAINDER_CUE.search(text, max(0, start - WORD_WINDOW), start)
        if cue is None:
            continue
        sentence = mentions.document.sentence_at(rest.start or 0)
        parts = _shares_before(text, shares[:at], sentence.start, rest)
        if not parts or _begun_before(mentions, parts[0], sentence):
            continue
        first = parts[0].start or 0
        yield TotalClaim(
            text=text[first : rest.end or 0],
            start=first,
            end=rest.end,
            parts=(*parts, rest),
            total=HUNDRED_PERCENT,
            wording=" ".join(cue.group().lower().split()),
        )


def _begun_before(mentions: Mentions, first: Value, sentence: Block) -> bool:
    """Whether a remainder's list, whose first share names no whole, may have begun in the
    sentence before, which holds a share naming its whole: "Sheinbaum won 59.8% of the
    vote, ... double the 27.5% won by Gálvez. Máynez took 10.4%, and the remaining 2.3% ..."."""
    if _NAMES_WHOLE.match(mentions.text, first.end or 0):
        return False
    previous = mentions.document.sentence_before(sentence)
    if previous is None:
        return False
    shares = mentions.proportions  # a share in a change too: "59.8% of the vote, double"
    low, high = (
        bisect.bisect_left(shares, at, key=lambda share: share.start or 0)
        for at in (previous.start, previous.end)
    )
    return any(_NAMES_WHOLE.match(mentions.text, share.end or 0) for share in shares[low:high])


def share_lists(mentions: Mentions, shares: Sequence[Value]) -> Iterator[TotalClaim]:
    """The shares of one whole listed after a verb giving the first its part: "Services
    accounted for 77.6% of GDP, industry for 13.5% and agriculture for 8.9%"; "the coast
    took 62.0% of stays, the capital 19.4%, mountain resorts 12.7% and other places 5.9%".
    The first names the whole, the others none, each named before its share (a name may
    hold "and": "power and energy 13.8%"; shares named after them, "55.8% from metals",
    split the first); the list closes with "and". Parts not
    named may be left out, so the shares may fall short of 100% but never exceed it,
    unless the last is named all the rest ("other places", "everything else"). Two shares
    alone may be two ratios to one base ("exports made up 60% of GDP and imports 50%"):
    an open list needs three. A list
    closed by "the remaining" is the remainders reader's; a percentage in a stated change
    is no listed share.
    """
    text = mentions.text
    for at, first in enumerate(shares):
        start = hedge_start(text, first)
        if not _NAMES_WHOLE.match(text, first.end or 0) or not _SHARE_LIST_VERB.search(
            text, max(0, start - WORD_WINDOW), start
        ):
            continue
        sentence = mentions.document.sentence_at(start)
        parts = _shares_listed_after(text, shares, at, sentence)
        if len(parts) < 2:
            continue
        last = hedge_start(text, parts[-1])
        if REMAINDER_CUE.search(text, max(0, last - WORD_WINDOW), last):
            continue  # "... and agriculture the remaining 12.1%": read as a remainder
        label = [t.lower() for t in TOKEN.findall(text, parts[-2].end or 0, last)]
        complete = bool(_SHARE_LIST_REST.intersection(label))
        if len(parts) < _MIN_OPEN_SHARES and not complete:
            continue  # "exports made up 60% of GDP and imports 50%": two ratios to one base
        end = parts[-1].end or 0
        yield TotalClaim(
            text=text[first.start or 0 : end],
            start=first.start,
            end=end,
            parts=tuple(parts),
            total=HUNDRED_PERCENT,
            wording="shares",
            open=not complete,
        )


def _shares_listed_after(
    text: str, shares: Sequence[Value], at: int, sentence: Block
) -> list[Value]:
    """The shares listed from shares[at], which names the whole, to the one after the
    closing "and"; empty when the list does not close so in the sentence, or a share in
    it names a whole of its own or is one of several equal ones ("12% apiece")."""
    parts = [shares[at]]
    for share in shares[at + 1 :]:
        if (share.start or 0) >= sentence.end:
            return []
        end = parts[-1].end or 0
        if len(parts) == 1:  # the whole's name, out to its comma or "and"
            end = _after_whole(text, end, hedge_start(text, share))
        gap = _joined_name(
            without_and_inside(TOKEN.findall(text, end, hedge_start(text, share)), capitals=True)
        )
        closing = bool(LIST_CLOSERS.intersection(t.lower() for t in gap))
        if list_gap(gap, closing=closing, named=True) in (None, "after"):
            return []  # "57% of exports, 55.8% from metals and 1.2% from ...": a split of the first
        after = TOKEN.findall(text, share.end or 0, (share.end or 0) + WORD_AFTER_REACH)[:1]
        if _NAMES_WHOLE.match(text, share.end or 0) or (
            after and after[0].lower() in _SHARE_LIST_EACH
        ):
            return []
        parts.append(share)
        if closing:
            return parts
    return []


def _joined_name(gap: list[str]) -> list[str]:
    """The words between two listed shares without a closing word inside the name after a
    comma: ", power [and] energy 13.8%" names one part, not the list's last."""
    if gap[:1] != [","] or len(gap) < 4:
        return gap
    inner = [i for i, t in enumerate(gap[2:-1], start=2) if t.lower() in LIST_CLOSERS]
    return [t for i, t in enumerate(gap) if i not in inner]


def _after_whole(text: str, end: int, before: int) -> int:
    """Where the name of a share's whole ends ("of the economy in 2017"): at the comma, or
    the closing word, before the next share (`before`)."""
    tokens = list(TOKEN.finditer(text, end, before))
    for token in tokens:
        if token.group() == "," or token.group().lower() in LIST_CLOSERS:
            return token.start()
    return end


def lists_closed_by_rest(mentions: Mentions, values: Sequence[Value]) -> Iterator[TotalClaim]:
    """Parts listed to a last one named the rest, which makes them all of a total: "The
    medical business contributed ¥453.6 billion, pharmaceuticals ¥74.3 billion and the
    packaging unit ¥58.0 billion, with the remaining ¥0.8 billion from other activities";
    "sent $1.73 billion, with land-based workers sending $1.37 billion and sea-based
    workers the remaining $360.68 million"; "London recorded 1,127 of them and the West
    Midlands 618; the other regions together accounted for 1,166".

    The rest is named so right before its figure ("the remaining", "the balance of"), or
    by a name opening the list's last item ("and all other items ¥12.3 trillion"). The
    parts are the figures of the rest's currency or unit before it in its sentence, each
    after a comma or "and" (a figure compared with is skipped), back to one after "with"
    (`list open with rest`), which is their total, or to the first, when the sentence
    opens with a few words naming it or the first points back ("1,127 of them") and the
    total is the one figure of the kind in the sentence before. A rest alone in its
    sentence closes the list of the sentence before ("Concessions brought in $37,900 and
    the golf outing $21,480. The remaining $24,970 came from ads"), whose total is then
    the one figure of the kind in the sentence before that, for the same period. Not
    percentages: shares closed by a remainder make 100%.
    """
    text = mentions.text
    if not _REMAINDER_WORDS.positions(text) and not _REST_NAME_WORDS.positions(text):
        return
    for index, rest in enumerate(values):
        start = hedge_start(text, rest)
        if unit_key(rest) in ("percent", "percentage_point") or a_year(rest):
            continue
        window = max(0, start - WORD_WINDOW)
        cue = REMAINDER_CUE.search(text, window, start) or _REST_NAMED.search(text, window, start)
        if cue is None or not stated_plainly(TOKEN.findall(text, cue.end(), start)):
            continue
        sentence = mentions.document.sentence_at(start)
        if _list_goes_on(text, values, index, sentence.end):
            continue  # "crèches and other settings 478,000; écoles 97,000": not the last
        parts, total, at, whole = _listed_back(text, values, index, sentence.start, sentence.start)
        previous = mentions.document.sentence_before(sentence)
        if whole and len(parts) == 1 and previous is not None:
            sentence = previous  # the rest alone in its sentence: its list is in the one before
            parts, total, at, whole = _listed_back(text, values, index, previous.start, start)
        if len(parts) < 2:
            continue
        linked = total is None and _stated_as_total(text, sentence, parts)
        if total is None:  # the list reached its sentence's start
            # a name may hold "and": "China Road [and] Bridge Corporation financed"
            lead = without_and_inside(
                TOKEN.findall(text, sentence.start, hedge_start(text, parts[0])), capitals=True
            )
            if is_label(lead, MAX_BREAKDOWN_LABEL) or OF_BACK_REFERENCE.match(
                text, parts[0].end or 0
            ):
                total = total_before(mentions, values, at, sentence.start, parts[0])
            if total is not None and (
                _SHARE_OF_A_WHOLE.match(text, total.end or 0)
                or _another_period(mentions, total, sentence, rest)
            ):
                # "E£1.83 trillion, or 47.3% of total spending": a part itself; or a total
                # of another period than its parts
                total = None
        if linked:  # the first figure is the total, unless one before may be: no reading
            total, parts = (None, parts) if total is not None else (parts[0], parts[1:])
        if total is None or not all(part_of(p, total) for p in parts):
            continue
        if len({counted_noun(text, v) for v in (total, *parts)} - {None}) > 1:
            continue  # "nine of the 17 seats, with 25,892 votes ... the other eight seats"
        span = min(total.start or 0, parts[0].start or 0), rest.end or 0
        name = cue.groupdict().get("name") or cue.group()
        wording = " ".join(name.rstrip(" ,").lower().split())
        yield split_total(text, total, parts, wording, span=span)


def _listed_back(
    text: str, values: Sequence[Value], index: int, floor: int, boundary: int
) -> tuple[list[Value], Value | None, int, bool]:
    """The parts listed before the rest at values[index] back to `floor`, the total after
    "with" or pointed back to within them when there is one, the index of the first part,
    and whether the list reached `floor` unbroken. A part before `boundary`, the start of
    the rest's sentence, is set off from the rest by the sentence's end."""
    rest = values[index]
    key = unit_key(rest)
    parts: list[Value] = [rest]
    at = index
    for k in range(index - 1, -1, -1):
        value = values[k]
        if (value.start or 0) < floor:
            return parts, None, at, True
        begin = hedge_start(text, value)
        if key and not unit_key(value) and not a_year(value) and not counted_noun(text, value):
            # "4.21 million, 2.97 million and 2.41 million bpd": parts whose unit is unsure
            return [], None, at, False
        if (
            unit_key(value) != key
            or a_year(value)
            or COMPARED_WITH.search(text, max(0, begin - WORD_WINDOW), begin)
        ):
            continue
        gap = [t.lower() for t in TOKEN.findall(text, value.end or 0, hedge_start(text, parts[0]))]
        crossing = len(parts) == 1 and (value.end or 0) < boundary
        if not (crossing or LOOSE_SEPARATORS.intersection(gap)) or not stated_plainly(gap):
            return [], None, at, False
        if len(parts) > 1 and _opens_with_rest(gap):
            # "with" opening the words after the total ("$1.73 billion, with land-based
            # workers sending"), not naming a part ("Hlas with 27"); not "..., with the
            # remaining ¥0.8 billion": that is the rest's; nor a part
            # closing a list of its own: "KSh 5.2 billion to works and KSh 3.1 billion
            # to education, with recurrent spending taking ..."
            if _closes_a_list(text, values, k, floor):
                return [], None, at, False
            return parts, value, at, False
        if OF_BACK_REFERENCE.match(text, parts[0].end or 0):
            # "$33.6 billion; local firms earned $9.7 billion of that"
            return parts, value, at, False
        parts.insert(0, value)
        at = k
    return parts, None, at, True


def _opens_with_rest(gap: Sequence[str]) -> bool:
    """Whether "with" opens the words after a list's total, at once or after its clause's
    comma ("$3.64 billion home, with workers in the Gulf sending"), not naming a part
    ("and Hlas with 27")."""
    comma = gap.index(",") + 1 if "," in gap[: _WITH_AFTER + 1] else 0
    return bool(gap[comma : comma + 1]) and gap[comma] in _OPENS_WITH_REST


def _another_period(mentions: Mentions, total: Value, sentence: Block, rest: Value) -> bool:
    """Whether a total read from an earlier sentence is for another period than its parts:
    the sentences name periods, and none in common ("last year" against "this year")."""
    document = mentions.document
    of_total = periods_named(mentions.text, document.sentence_at(total.start or 0))
    of_parts = periods_named(mentions.text, sentence) | periods_named(
        mentions.text, document.sentence_at(rest.start or 0)
    )
    return bool(of_total and of_parts) and not of_total & of_parts


def _closes_a_list(text: str, values: Sequence[Value], index: int, floor: int) -> bool:
    """Whether the value at `index` closes a list of its kind in its sentence, which starts
    at `floor`: "and" stands between it and the value of its kind before it."""
    key = unit_key(values[index])
    for value in values[index - 1 :: -1] if index else ():
        if (value.start or 0) < floor:
            return False
        if unit_key(value) == key:
            gap = TOKEN.findall(text, value.end or 0, hedge_start(text, values[index]))
            return bool(LIST_CLOSERS.intersection(t.lower() for t in gap))
    return False


def _list_goes_on(text: str, values: Sequence[Value], index: int, end: int) -> bool:
    """Whether a part of the list of the value at `index` follows it before `end`, named by
    a few words after a separator, so that it cannot be the rest closing the list:
    "crèches and other collective settings 478,000; écoles maternelles 97,000; and nannies
    the remaining 53,000"."""
    key = unit_key(values[index])
    for value in values[index + 1 :]:
        if (value.start or 0) >= end:
            return False
        if unit_key(value) == key and not a_year(value):
            gap = TOKEN.findall(text, values[index].end or 0, hedge_start(text, value))
            opening = 0
            while opening < len(gap) and gap[opening].lower() in LOOSE_SEPARATORS:
                opening += 1
            return opening > 0 and names_a_part(gap[opening:])
    return False


def _stated_as_total(text: str, sentence: Block, parts: Sequence[Value]) -> bool:
    """Whether the first of a list's figures is stated as a total the others share: a verb
    stating it so before it and a clause break after it ("Exports came to $33.6 billion;
    local firms earned $9.7 billion and foreign ones the other $23.9 billion")."""
    if len(parts) < 3:
        return False
    gap = TOKEN.findall(text, parts[0].end or 0, hedge_start(text, parts[1]))
    return bool(CLAUSE_BREAKS.intersection(gap)) and bool(
        _TOTAL_LINK.search(text, sentence.start, hedge_start(text, parts[0]))
    )


def _shares_before(text: str, shares: Sequence[Value], floor: int, rest: Value) -> list[Value]:
    """The listed shares, last first back, that a remainder completes; empty when the list
    is broken before it reaches a share naming its whole or the sentence's start.

    Each share may be named by a few words of any case ("industry 38.2%"), the first
    share's whole too ("49.7% of the economy in 2017, industry 38.2%"), and the closing
    "and" may come before the last share or before the rest ("A 20%, B 15% and other
    brands the remaining 65%").
    """
    if not shares:
        return []
    parts: list[Value] = []
    before_rest = [t.lower() for t in TOKEN.findall(text, shares[-1].end or 0, rest.start or 0)]
    closed = bool(LIST_CLOSERS.intersection(before_rest))
    for share in reversed(shares):
        if (share.start or 0) < floor:
            break
        if parts:
            end = share.end or 0
            if _NAMES_WHOLE.match(text, end):  # the whole's name, out to its comma
                end = max(end, text.rfind(",", end, hedge_start(text, parts[0])))
            gap = without_and_inside(
                TOKEN.findall(text, end, hedge_start(text, parts[0])), capitals=True
            )
            closing = len(parts) == 1 and not closed
            if list_gap(gap, closing=closing, named=True) is None:
                return []
        parts.insert(0, share)
        if _NAMES_WHOLE.match(text, share.end or 0):
            return parts
    return parts
