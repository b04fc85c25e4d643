"""Per-capita figures: a total spread over a population, and the figure per member.

"GDP of $1.2 trillion, or about $23,000 per person for its 52 million people" states a
total, a figure per person and the population; "spending of 4.2 billion euros for 1.9
million residents, or 2,200 euros a head" the same in another order. The per-member figure
is anchored on its cue ("per person", "per head", "per capita", "per household"); its total
is the one amount of its currency or unit before it in the sentence, and its population the
one count named with a population noun ("52 million people", "a population of 52 million"),
or by its place with no noun after it ("Thailand's 35.4 million brought in", "The city of
2.1 million spends"). A figure per member a comparing word introduces ("well below the
R5,200 per head budgeted by its neighbour") is another's, and not read. A total inside a
noun phrase a determiner opens names an envelope ("under the Rs 1.70 lakh crore package,
Rs 17,891 crore went to ..."): beside a total stated without one, it is not a candidate.
With no single candidate for each, no claim is made. A figure per member so read, restated
for a group ("$45,939, or $183,756 for an average family of four"), is the group's figure
over its size (a price alone is not read so: a family ticket may be cheaper).

A figure per unit of area is read the same way, over the one area its sentence states: a
density ("20,02,658 inhabitants on 6411.56 sq km, or 312 persons for each square kilometre")
over the one count of people, a yield ("5.9 tonnes a hectare") over the one amount of its
unit; an area stated in another unit is converted to the cue's; a bare figure after "a
density of" is per unit of the area beside it. Several in one sentence ("Monaco, with 32,409
residents on 1.95 km2, a density of 16,620, and Singapore, whose 4,425,720 people live on
692.70 km2, or 6,389 to the square kilometre") are each read over the figures since the one
before. A figure for a round number of members ("1022 females for every 1,000 males", "2.5
doctors per 1,000 people") is read over the one count its own noun names and the one count
the members' noun names, in its sentence or else the sentence before. A figure "per" any
other noun ("$600 per seat", "$3,000 for every resident") is read over the one count that
noun names in its clause ("2,000 seats", "300 schools") and the one total of its kind, among
the figures since the one before it per the same noun ("..., $30,000 a member, and the
second fund's 5,000 members hold $400 million, or $80,000 a member"). A people named after
its place ("50 million Kenyans") is a population; so is a count in the sentence before that
names the cue's members, when the figure's sentence points back ("Nigeria has 200 million
people. Its GDP of $440 billion works out at $2,200 per person"), and a total there when it
points back to a figure ("that is $2,200 per person"); a clause a semicolon sets before the
figure's is read so too ("220 million people; its GDP ..."). An amount set after its clause
as an average (", an average of $3 million each", ", averaging $313", ", £50 million
apiece") is read over the one total of its kind and the one count before it in the clause,
and one after a count "each of" opens ("Each of the 650,000 residents will receive $1,000")
over the one total of its kind; a total named a pool the shares come out of ("out of a $40
million prize pool") may hold more than they do.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Sequence

from claimcheck import vocabulary
from claimcheck.document import Block
from claimcheck.extract.changes import Value, stated_values, values_within
from claimcheck.extract.figures import NOT_LETTER_AFTER, hedge_start
from claimcheck.extract.lexicon import Keywords, any_of, rate_base
from claimcheck.extract.listed_parts import COMPARING_WORDS, compared
from claimcheck.extract.measures import AREAS, PER_AREA
from claimcheck.extract.mentions import Mentions
from claimcheck.extract.period_rates import find_period_rates
from claimcheck.extract.rate_parts import (
    ASIDE,
    DEMONYM,
    NOT_A_LETTER,
    OWN_WORD,
    WORD,
    bare,
    clause_values,
    convertible,
    drawn_from,
    in_kind,
    in_unit,
    named_by,
    people_after,
    rate_claim,
    same_kind,
    singular,
    unit_named,
    wholes,
    with_own_unit,
)
from claimcheck.extract.rate_triples import find_rate_triples
from claimcheck.model.claims import Amount, Money, PerCapitaClaim
from claimcheck.reference.scales import SCALE_ALIASES, SCALES
from claimcheck.reference.units import UNITS, UnitWords

_SHARE_CUES = vocabulary.words("cues", "per member share")
_MEMBER_CUES = tuple(
    f"{determiner} {member}"
    for determiner in vocabulary.words("cues", "member determiners")
    for member in vocabulary.words("cues", "members named")
)
_CUES = (*vocabulary.words("cues", "per capita"), *_SHARE_CUES, *_MEMBER_CUES)
# One of a people named after its place, after "for every": "40,700 euros for every Italian".
_DETERMINER_LAST = vocabulary.pattern(
    word.split()[-1] for word in vocabulary.words("cues", "member determiners")
)
_PEOPLE_MEMBER = (
    rf"(?:{_DETERMINER_LAST})\s+"
    r"(?-i:[A-Z][a-z]+(?:an|ese))"
)
_CUES_AFTER = (*_CUES, *vocabulary.words("cues", "per member after"))
# The cue after the per-member figure, maybe after the word of its unit or what it is of
# and an aside: "8 tonnes per capita", "A$92,000 of debt per person", "$500 (£390) a head".
_PER = re.compile(
    rf"(?:\s+(?:of\s+)?{OWN_WORD})?{ASIDE}\s+(?P<cue>{any_of(_CUES_AFTER)}|{_PEOPLE_MEMBER})"
    rf"{NOT_LETTER_AFTER}",
    re.IGNORECASE,
)
# Cues that only introduce their figure, an amount: "the average household income was
# $70,000".
_AVERAGE_CUES = frozenset(vocabulary.words("cues", "per member before"))
# ... introduced by a comparing word and a few words naming whose it is: another's ("well
# above the OECD average of 8.6 litres").
_COMPARED_CUE = re.compile(
    rf"(?<![\w-])(?:{any_of(COMPARING_WORDS)})"
    rf"(?:\s+(?:{vocabulary.pattern(vocabulary.words('clauses', 'determiners'))}))?"
    r"(?:\s+[^\W\d_][\w-]*){0,3}\s+\Z",
    re.IGNORECASE,
)
_COMPARED_CUE_REACH = 60  # characters before a cue searched for a comparing word
# A figure a share noun names, a rate of its own: "a crude death rate of 7.1".
_RATE_NAMED = re.compile(
    rf"(?<![\w-])(?:{any_of(vocabulary.words('cues', 'share nouns'))})\s+"
    rf"(?:{any_of(vocabulary.words('cues', 'share noun links'))})\s+\Z",
    re.IGNORECASE,
)
_RATE_NAME_REACH = 30  # characters before a figure that may name it a rate
_CUES_BEFORE = (*_CUES, *_AVERAGE_CUES)
_CUE = Keywords(*_CUES_AFTER, *_CUES_BEFORE)
_CUE_SET = frozenset(_CUES)
# A cue that introduces its figure: "GDP per capita of about $10,900", "per head is just $8.55".
_PER_LINK = vocabulary.pattern(vocabulary.words("cues", "per capita links"))
_PER_QUALIFIER = vocabulary.pattern(vocabulary.words("cues", "per capita qualifiers"))
# An aside between the cue and its link may name the place: "GDP per capita in Brazil,
# home to 203 million people, reached 53,600 reais"; a comma may set the cue first: "Per
# head, the figure is £2,600".
_PER_BEFORE = re.compile(
    rf"(?P<cue>{any_of(_CUES_BEFORE)})(?:,?\s+[^\W\d_][\w-]*){{0,4}}?(?:,\s[^;:()]{{1,60}}?,)?"
    rf"\s+{_PER_LINK}\s+(?:{_PER_QUALIFIER}\s+)?",
    re.IGNORECASE,
)
# ... ending right before its figure.
_PER_BEFORE_FIGURE = re.compile(_PER_BEFORE.pattern + r"\Z", re.IGNORECASE)
_PER_BEFORE_REACH = 100  # characters: a cue, an aside of at most 60, a link
# The words that make the count after them a population: "a population of 52 million",
# "The city of 2.1 million spends".
_POPULATION_OF = vocabulary.pattern(vocabulary.words("cues", "population of"))
# A figure for one member or group: "$183,756 for a family of four", "for each pupil"; not
# one for a whole population ("$4.5 trillion for a population of 333 million").
_FOR_ONE = re.compile(
    rf"\s+for\s+(?:a|an|each|every|one)\b(?!\s+(?:[^\W\d_]+\s+)?{_POPULATION_OF}(?!\w))",
    re.IGNORECASE,
)
# A per-member figure that shares a total out ("each resident's share", "divided among")
# may take its total from the sentence before.
_SHARING = re.compile(
    rf"(?<![\w-])(?:{any_of((*_SHARE_CUES, *vocabulary.words('cues', 'sharing out')))}"
    rf"|{vocabulary.pattern(vocabulary.words('cues', 'sharing verbs'))}"
    r"(?:\s+[^\W\d_][\w'’-]*){0,2}\s+"
    rf"{vocabulary.pattern(vocabulary.words('cues', 'sharing prepositions'))})"
    rf"{NOT_LETTER_AFTER}",
    re.IGNORECASE,
)
_MEMBER = re.compile(r"([^\W\d_]+)['’]s\b")  # the member a share cue names: "household"
_COUNT_CUE_REACH = 30  # characters before a count read for its population's cue
_POPULATION_BEFORE = re.compile(
    rf"(?<![\w-]){_POPULATION_OF}"
    rf"(?:\s+{vocabulary.pattern(vocabulary.words('cues', 'linking adverbs'))})?"  # "[now] at"
    rf"(?:,|\s+{_PER_LINK})?\s+\Z",
    re.IGNORECASE,
)
# A plural noun naming a count of other things than people ("The state of 1,200 farms
# earned"), told from a verb ("The city of 2.1 million spends 4.2 billion rand") by what
# follows: a verb's object, a figure or a determiner.
_DETERMINER = vocabulary.pattern(vocabulary.words("clauses", "determiners"))
_NOUN_AFTER = re.compile(rf"\s+[a-z][\w-]*[^s\W]s\b(?!\s+(?:[^\w\s]|\d|{_DETERMINER}\b))")
# A count owned by its place, with no noun after it: "Thailand's 35.4 million brought in".
_OWNED = re.compile(r"[^\W\d_]['’]s\s+\Z")
_OWNED_BARE = re.compile(r"\s+[a-z]")  # the next word is not a capital's sentence or a figure
# A figure inside a noun phrase its determiner opens names an envelope, not a new total:
# "Under the Rs 1.70 lakh crore relief package, Rs 17,891 crore went to ...".
_DETERMINED = re.compile(
    rf"(?<![\w-])(?:{any_of(vocabulary.words('clauses', 'determiners'))})\s+\Z", re.IGNORECASE
)
# A bare figure a density noun introduces: "a density of 649", "population density was 337".
_DENSITY_LINK = re.compile(
    rf"(?<![\w-]){vocabulary.pattern(vocabulary.words('cues', 'density links'))}\s+\Z",
    re.IGNORECASE,
)
_GROUPED_AFTER = re.compile(r" [0-9]{3}(?![0-9])")  # "1 642": the digits a space groups
# Words a sentence points back to a figure of the one before with ("that is $2,200 per
# person": a total), and those that point back to what it named ("Its GDP": a population).
_POINTING_BACK = re.compile(
    rf"(?<![\w-])(?:{any_of(vocabulary.words('clauses', 'pointing back'))}){NOT_LETTER_AFTER}",
    re.IGNORECASE,
)
# ... and those that point back to what it counted ("for every one of them").
_POINTERS = vocabulary.words(
    "clauses", "pointing back", "pointing back owners", "pointing back to a group"
)
_POINTING_BACK_TO_MEMBERS = re.compile(
    rf"(?<![\w-])(?:{any_of(_POINTERS)})"
    rf"{NOT_LETTER_AFTER}",
    re.IGNORECASE,
)
_POINTING_BACK_OR_OWNER = re.compile(
    rf"(?<![\w-])(?:{any_of(vocabulary.words('clauses', 'pointing back', 'pointing back owners'))})"
    rf"{NOT_LETTER_AFTER}",
    re.IGNORECASE,
)
# The members of a cue per person, and the nouns that count people as such.
# The noun right before a cue, naming the total it is over ("[GDP] per capita"), and how far
# before a figure of the sentence before that noun may name it.
_NOUN_BEFORE_CUE = re.compile(r"(?<![\w-])([^\W\d_][\w-]{1,30})\s+\Z")
_NAME_REACH = 40
_PERSON_MEMBERS = frozenset(vocabulary.words("cues", "per person members"))
_PEOPLE = frozenset(vocabulary.words("cues", "people nouns"))
# Words that open a count whose every member gets the figure after it: "each of the 650,000".
_EACH_OF = re.compile(
    rf"(?<![\w-])(?P<cue>{vocabulary.pattern(vocabulary.words('cues', 'each of'))})\s+"
    rf"(?:{_DETERMINER})"
    r"(?:\s+[^\W\d_][\w-]*['’]s?)?"  # an owner: "each of the country's 52.4 million"
    r"\s+\Z",
    re.IGNORECASE,
)
# A clause whose subject is each member, the figure it opens its member's: "each would be on
# the hook for $36,813", "every eligible resident will receive a dividend of $2,069", "each
# of them carries $256,812"; words only between (no figure, no clause boundary), and never
# each of a time ("each year").
_MEMBER_OPENER = Keywords(*vocabulary.words("cues", "member openers"))
_DISTRIBUTIVE = re.compile(
    rf"(?P<cue>{vocabulary.pattern(vocabulary.words('cues', 'member openers'))})"
    r"(?:\s+(?P<member>[^\W\d_][\w'’-]*))?(?:\s+[^\W\d_][\w'’-]*){0,9}\s+\Z",
    re.IGNORECASE,
)
_DISTRIBUTIVE_REACH = 90  # characters from the opener to its figure
_EACH_OF_REACH = 40  # characters from "each of" to its count
_QUALIFIED = re.compile(  # "per resident of the suburbs": some members only
    rf"\s+(?:{vocabulary.pattern(vocabulary.words('cues', 'member qualifiers'))})",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s?\Z")  # "Norwegian's": the member is "Norwegian"
_NEARBY_REACH = 300  # characters back a count of the sentence before may stand
_NEARBY_CLAUSE = 80  # characters either side of a figure its clause is looked for in
# Cues naming no member of their own: "$600 apiece", "$3 million each".
_GENERIC_CUES = frozenset(
    word.lower() for word in vocabulary.words("cues", "per member after", "per member before")
)
# A determiner or pronoun after "that", which makes it open a relative clause.
_RELATIVE_AFTER = re.compile(
    rf"\s+(?:{_DETERMINER}|{vocabulary.pattern(vocabulary.words('clauses', 'subject pronouns'))})"
    r"\b",
    re.IGNORECASE,
)
# What may not stand right before such an opener: a preposition ("in every region").
_OPENER_BARRIER = re.compile(
    rf"(?<![\w-]){vocabulary.pattern(vocabulary.words('cues', 'member opener barriers'))}\s+\Z",
    re.IGNORECASE,
)
# The words of a distributive opener that name no member: "each of them", "each would".
_NO_MEMBER = frozenset(word.lower() for word in vocabulary.words("cues", "member opener fillers"))
# An average set after its clause: ", an average of $313", ", averaging $3 million" ...
_AVERAGE_BEFORE = re.compile(
    rf",\s+(?:or\s+)?(?:{vocabulary.pattern(vocabulary.words('cues', 'average links'))})\s+\Z",
    re.IGNORECASE,
)
# ... or marked after its figure (", $3 million each"), the figure ending its clause.
_COMMA_BEFORE = re.compile(r",\s+(?:or\s+)?\Z", re.IGNORECASE)
_AVERAGE_AFTER = re.compile(
    rf"(?:\s+(?P<each>{vocabulary.pattern(vocabulary.words('cues', 'average after'))}))?"
    r"(?P<end>\s*(?:[,.;:)]|\Z))",
    re.IGNORECASE,
)
_MIN_COUNT = 1000  # a population is counted in thousands at least
# A figure per member restated for a group of them: "$45,939, or $183,756 for an average
# family of four": the words between the two amounts, then those before the group's size.
_OR = re.compile(r",?\s+or\s+\Z")
_GROUP = re.compile(r"\s+for\s+an?\s+(?:[^\W\d_]+\s+)?[^\W\d_]+\s+of\s+\Z", re.IGNORECASE)
_MAX_GROUP = 20  # a group of members is a family or a household, never a population
# The words between a figure and the round number of members it is stated for, and those
# before that number.
_BASE_CUE = vocabulary.pattern(vocabulary.words("cues", "per base"))
_PER_BASE = re.compile(rf"(?:\s+(?P<noun>[^\W\d_][\w-]*))?\s+(?P<cue>{_BASE_CUE})\s+", re.I)
# One of a thing set against a number of members: "one teacher for every 20 pupils".
_ONE_FOR = re.compile(
    rf"(?<![\w-])(?:{vocabulary.pattern(vocabulary.words('cues', 'one of a thing'))})\s+"
    rf"(?P<noun>[^\W\d_][\w-]*)\s+{_BASE_CUE}\s+\Z",
    re.IGNORECASE,
)
# A figure per one of any counted thing: "$600 per seat", "4 teachers per school"; never
# "per share", nor per unit of time ("a capacity of 60 million a year").
_NEVER_COUNTED = frozenset(
    word.lower()
    for word in (*vocabulary.words("cues", "per one never", "time units"), *SCALES, *SCALE_ALIASES)
)  # "per billion vehicle-km" is per that many, read by the rates per a round number
_PER_ONE = vocabulary.pattern(vocabulary.words("cues", "per one"))
_NOUN_OF = re.compile(r"\s+[^\W\d_]+\s+of\b", re.IGNORECASE)  # a noun phrase going on
_PER_NOUN = re.compile(
    rf"(?:\s+[^\W\d_][\w-]*)?{ASIDE}\s+{NOT_A_LETTER}(?P<cue>{_PER_ONE}\s+(?P<noun>[^\W\d_]+))\b",
    re.IGNORECASE,
)


def find_per_capita(mentions: Mentions) -> list[PerCapitaClaim]:
    """Every per-capita figure stated with its total and population, in text order."""
    text = mentions.text
    cues = _CUE.positions(text)
    values = stated_values(mentions)
    starts = [v.start or 0 for v in values]
    claims = [
        *_per_area(mentions, values, starts),
        *_per_base(mentions, values, starts),
        *_per_noun(mentions, values, starts),
        *find_period_rates(mentions, values),
    ]
    cues = sorted({*cues, *_MEMBER_OPENER.positions(text)})
    if cues:
        claims.extend(_per_member_claims(mentions, values, starts, cues))
    read = {claim.per.start for claim in claims}
    claims.extend(_averages(mentions, values, starts, read))
    claims.extend(_each_of(mentions, values, starts, read))
    claimed = {v.start for claim in claims for v in (claim.total, claim.per, claim.count)}
    claims.extend(find_rate_triples(mentions, values, claimed))
    return sorted(claims, key=lambda claim: claim.start or 0)


def _per_member_claims(
    mentions: Mentions, values: Sequence[Value], starts: Sequence[int], cues: Sequence[int]
) -> list[PerCapitaClaim]:
    """Every figure a population's cue anchors, with its total and population."""
    text = mentions.text
    claims: list[PerCapitaClaim] = []
    ends = [v.end or 0 for v in values]
    done: set[int | None] = set()
    for at in cues:
        found = _per_member(text, values, ends, starts, at)
        if found is None or found[0].start in done:
            continue  # "every member gets $300 each": one figure, two cues
        per, cue = found
        if compared(text, per) or _compared_cue(text, per, cue):
            continue  # "well below the R5,200 per head budgeted by its neighbour": another's
        if bare(per) and cue["cue"].lower() in _AVERAGE_CUES:
            continue  # "an average family of four", "the average age was 45": no amount
        around = clause_values(mentions, values, starts, per)
        shared = _shared_out_before(mentions, values, starts, per)
        counts = [v for v in around if v is not per and _is_count(text, v)]
        if counts:  # "2 million residents and its 300,000 commuters": either may be the one
            counts = [
                v for v in around if any(v is c for c in counts) or _rival_count(text, v, per)
            ]
        if len(counts) > 1:  # each count with its own total: the one next to the figure
            counts = list(_paired_count(text, around, counts, per))
        if len(counts) == 1 and not _is_count(text, counts[0]):
            continue  # the figure is over the other members
        if not counts:  # "... 115 million households. That puts each household's share at"
            counts = list(_members_named(text, cue, [v for v in shared if _is_count(text, v)]))
        owned = _pointed_back(mentions, values, starts, per, _POINTING_BACK_OR_OWNER)
        if not counts:  # "Nigeria has 200 million people. Its GDP ... is $2,200 per person."
            counts = [v for v in owned if _is_count(text, v) and _counts_members(text, v, cue)]
        if not counts:  # "... 2.5 million people; the payment cost $1.5 billion, or $600 each"
            counts = _nearby_counts(mentions, values, starts, per, cue, around)
        if len(counts) != 1 or not isinstance(counts[0], Amount):
            continue
        (count,) = counts
        measured = with_own_unit(text, per)
        kin = [
            v
            for v in around
            if v is not per
            and v is not count
            and _may_total(text, v, measured)
            and not compared(text, v)  # "£255 per pupil, down from £510"
        ]
        totals = [v for v in kin if (v.start or 0) < (per.start or 0)]
        if not totals:  # "GDP reached $440 billion. With 200 million people, that is ...",
            # before a total stated after it, of another clause: "..., and the deficit ..."
            pointed = _pointed_back(mentions, values, starts, per, _POINTING_BACK)
            totals = [v for v in pointed if v is not count and _may_total(text, v, measured)]
        if not totals:  # "GDP is Rs 720.4 billion. ..., GDP per capita works out at"
            totals = [
                v
                for v in _named_before(mentions, values, starts, cue.start())
                if v is not count and _may_total(text, v, measured)
            ]
        totals = totals or kin  # a total stated after: "at $4,685 each they spent $41.7 billion"
        if not totals:
            totals = [v for v in shared if _may_total(text, v, measured)]
        if not totals and _points_back_in_clause(text, per):  # "carries $256,812 of that debt"
            totals = [
                v
                for v in _values_before(mentions, values, starts, per)
                if v is not count and _may_total(text, v, measured)
            ]
        if len(totals) > 1:  # a stated total is a better reading than a named envelope
            totals = [v for v in totals if not _determined(text, v)]
        if len(totals) > 1:  # a whole, not its parts listed after it
            totals = wholes(text, totals)
        if len(totals) > 1:  # the total paired with the count, no other count between them
            totals = [v for v in totals if not _count_between(around, v, count)]
        if len(totals) != 1:
            continue
        (total,) = totals
        # a price may be cheaper for a family; a total's share is not
        claims.extend(_for_a_group(mentions, values, starts, per, cue))
        dressed = in_kind(text, per, total)
        if dressed is None:
            continue
        per, total = dressed
        claims.append(rate_claim(text, total, per, count, cue["cue"], max(cue.end(), per.end or 0)))
        done.add(per.start)
    return claims


def _each_of(
    mentions: Mentions, values: Sequence[Value], starts: Sequence[int], read: set[int | None]
) -> list[PerCapitaClaim]:
    """Every amount given to each member of a count "each of" opens ("Each of the 650,000
    eligible residents will receive $1,000, for a total payout of $650 million"): the next
    value after the count, read over the one total of its kind in the clause."""
    text = mentions.text
    claims = []
    for index, count in enumerate(values[:-1]):
        per = values[index + 1]
        if not bare(count) or bare(per) or per.start in read:
            continue
        start = hedge_start(text, count)
        opened = _EACH_OF.search(text, max(0, start - _EACH_OF_REACH), start)
        if not opened:
            continue
        clause = clause_values(mentions, values, starts, per)
        totals = [v for v in clause if v is not per and same_kind(v, per) and v.value > per.value]
        if len(totals) > 1:
            totals = [v for v in totals if not _determined(text, v)]
        others = [v for v in clause if v is not count and bare(v)]
        if count not in clause or others or len(totals) != 1:
            continue  # another count the total may be over: "given to the 20 clubs"
        wording = " ".join(opened["cue"].lower().split())
        claim = rate_claim(text, totals[0], per, count, wording, per.end or 0)
        claims.append(claim.model_copy(update={"open": drawn_from(text, totals[0])}))
    return claims


def _averages(
    mentions: Mentions, values: Sequence[Value], starts: Sequence[int], read: set[int | None]
) -> list[PerCapitaClaim]:
    """Every amount set after its clause as the average over what the clause counts ("The
    420 schools received $1.26 billion, an average of $3 million each", "..., averaging
    $313"), read over the one total of its kind and the one count before it in its clause;
    none when the average is per something else ("an average of $60,000 a week") or sits
    inside the clause ("paid an average of $400,000 in tax")."""
    text = mentions.text
    claims = []
    for per in values:
        if per.start in read or bare(per) or not isinstance(per, Amount | Money):
            continue
        closed = _AVERAGE_AFTER.match(text, per.end or 0)
        if not closed:
            continue  # not set after its clause
        start = hedge_start(text, per)
        opened = _AVERAGE_BEFORE.search(text, max(0, start - 30), start)
        if not (
            opened or (closed["each"] and _COMMA_BEFORE.search(text, max(0, start - 8), start))
        ):
            continue  # "at $1,000 each" is a price
        before = [
            v
            for v in clause_values(mentions, values, starts, per)
            if (v.start or 0) < (per.start or 0)
        ]
        totals = [v for v in before if same_kind(v, per) and v.value > per.value]
        if len(totals) > 1:
            totals = [v for v in totals if not _determined(text, v)]
        counts = [v for v in before if bare(v) and WORD.match(text, (v.end or 0) + 1)]
        if len(totals) != 1 or len(counts) != 1:
            continue
        (total,), (count,) = totals, counts
        cue = (opened[0] if opened else closed["each"]).strip(" ,")
        claims.append(rate_claim(text, total, per, count, cue, closed.start("end")))
    return claims


def _per_area(
    mentions: Mentions, values: Sequence[Value], starts: Sequence[int]
) -> list[PerCapitaClaim]:
    """Every figure per unit of area stated with one area and one amount it spreads over
    that area: a count of people for a density, an amount of the unit it names for a
    yield, money of its currency for money. Those are the ones stated since the figure
    before it per unit of area in its sentence ("Monaco, with 32,409 residents on 1.95
    km2, a density of 16,620, and Singapore, whose 4,425,720 people live on 692.70 km2,
    or 6,389 to the square kilometre"), or else the ones up to the next such figure."""
    text, document = mentions.text, mentions.document
    figures = [v for v in values if per_area(text, v) or _density(text, v)]
    claims = []
    for index, per in enumerate(figures):
        cue = PER_AREA.match(text, per.end or 0)  # None: "a density of 649"
        unit = _unit_of(cue["noun"] or "" if bare(per) else per, UNITS) if cue else None
        if isinstance(per, Amount) and per.unit and unit is None:
            continue  # "12% a hectare" is no figure per hectare
        sentence = document.sentence_at(per.start or 0)
        before = figures[index - 1].end or 0 if index else 0
        after = figures[index + 1].start or 0 if index + 1 < len(figures) else len(text)
        start, end = max(before, sentence.start), min(after, sentence.end)
        for stretch in (Block(start, per.start or 0), Block(start, end)):
            around = [
                v for v in values_within(values, starts, stretch.start, stretch.end) if v is not per
            ]
            areas = [v for v in around if isinstance(v, Amount) and _unit_of(v, AREAS)]
            totals = _area_totals(text, per, unit, cue, around)
            if len(areas) == 1 and len(totals) == 1:
                break
        else:
            continue
        (area,), (total,) = areas, totals
        if cue is None:  # per unit of the area as stated
            count, wording, cue_end = area, "density", per.end or 0
        else:
            wanted = next(AREAS[i].units[0] for i in range(len(AREAS)) if cue[f"area{i}"])
            count = in_unit(area, wanted)
            wording, cue_end = text[cue.start("cue") : cue.end()], cue.end()
        dressed = in_kind(text, per, total)
        if dressed is None:
            continue
        per, total = dressed
        claims.append(rate_claim(text, total, per, count, wording, cue_end))
    return claims


def _density(text: str, value: Value) -> bool:
    """Whether a bare figure is one a density noun introduces: "a density of 649"; not the
    first digits of a number a space groups ("a density of 1 642"), which is unsure."""
    start = hedge_start(text, value)
    return (
        bare(value)
        and _DENSITY_LINK.search(text, max(0, start - 30), start) is not None
        and not _GROUPED_AFTER.match(text, value.end or 0)
    )


def _area_totals(
    text: str,
    per: Value,
    unit: UnitWords | None,
    cue: re.Match[str] | None,
    around: Sequence[Value],
) -> Sequence[Value]:
    """The amounts a figure per unit of area may spread over it: money of its currency,
    an amount of the unit it names, or else counts of people; never a value compared with
    it ("3.4 tonnes a hectare, against 2.9 tonnes five years ago": a yield too)."""
    around = [v for v in around if not compared(text, v)]
    if isinstance(per, Money):
        return [v for v in around if same_kind(v, per)]
    if unit is not None:
        return [v for v in around if isinstance(v, Amount) and v.unit in unit.units]
    return _named_counts(text, cue["noun"] if cue else None, [v for v in around if bare(v)])


def _per_base(
    mentions: Mentions, values: Sequence[Value], starts: Sequence[int]
) -> list[PerCapitaClaim]:
    """Every figure stated for a round number of members ("1022 females for every 1,000
    males") with the one count its noun names and the one count the members' noun names
    (for members who are people, else the one count of people; a figure naming nothing,
    "3 per 1,000 residents", is over the one other count): in its sentence, or else
    in the sentence before, which may give the one its sentence lacks when the sentence
    points back ("1,280 deaths. ..., that amounts to 15.8 deaths per 100,000 residents").
    A number of members stated for one
    ("one teacher for every 20 pupils") is read the other way up: the members' count over
    the count of ones."""
    text, document = mentions.text, mentions.document
    claims = []
    for per, base in itertools.pairwise(values):
        if not (bare(per) and bare(base) and _round(base)):
            continue
        cue = _PER_BASE.fullmatch(text, per.end or 0, base.start or 0)
        member = WORD.match(text, (base.end or 0) + 1)
        if not (cue and member and (cue["noun"] or member[0].lower() in _PEOPLE)):
            continue
        sentence = document.sentence_at(per.start or 0)
        previous = document.sentence_before(sentence)
        # the other of the two from the sentence before only when this one points back
        # ("..., that amounts to 15.8 deaths per 100,000 residents")
        back = _POINTING_BACK.search(text, sentence.start, per.start or 0) is not None
        totals: list[Value] = []
        counts: list[Value] = []
        for block in (sentence, *([previous] if previous else [])):
            around = [
                v
                for v in values_within(values, starts, block.start, block.end)
                if v not in (per, base) and bare(v) and not _named_a_rate(text, v)
            ]
            members = [v for v in around if named_by(text, v, member[0])] or [
                v for v in around if _people_for(text, v, member[0])
            ]
            # a figure naming nothing per a number of people ("3 per 1,000 residents") is
            # over the one other count
            named = [
                v
                for v in around
                if (named_by(text, v, cue["noun"]) if cue["noun"] else v not in members)
            ]
            members = [v for v in members if v not in named]
            totals, counts = totals or named, counts or members
            if (totals or counts) and not (back and bool(totals) != bool(counts)):
                break
        if len(totals) != 1 or len(counts) != 1 or totals[0] is counts[0]:
            continue
        (total,), (count,) = totals, counts
        scale = base.value
        count = count.model_copy(
            update={
                "value": count.value / scale,
                "low": count.low / scale,
                "high": count.high / scale,
            }
        )
        wording = text[cue.start("cue") : member.end()]
        claims.append(rate_claim(text, total, per, count, wording, member.end()))
    return [*claims, *_for_one(mentions, values, starts)]


def _named_a_rate(text: str, value: Value) -> bool:
    """Whether a share noun names a figure a rate of its own, no count: "and a crude death
    rate of 7.1"."""
    start = hedge_start(text, value)
    return _RATE_NAMED.search(text, max(0, start - _RATE_NAME_REACH), start) is not None


def _people_for(text: str, count: Value, member: str) -> bool:
    """Whether a count of people may count a rate's members who are people, named by
    another noun: "16 million people", "a population of 8.1 million" for "per 1,000
    inhabitants"."""
    return member.lower() in _PEOPLE and _is_count(text, count)


def _for_one(
    mentions: Mentions, values: Sequence[Value], starts: Sequence[int]
) -> list[PerCapitaClaim]:
    """Every number of members stated for one ("one teacher for every 20 pupils") with the
    one count of its sentence the members' noun names and the one its noun names, read as
    the members' count over the count of ones."""
    text = mentions.text
    claims = []
    for per in values:
        if not bare(per):
            continue
        start = hedge_start(text, per)
        one = _ONE_FOR.search(text, max(0, start - 40), start)
        member = WORD.match(text, (per.end or 0) + 1)
        if not (one and member) or (_round(per) and one[0][0].isdigit()):
            continue  # "1 doctor per 1,000 people" is read as a rate per 1,000
        sentence = mentions.document.sentence_at(per.start or 0)
        around = [
            v
            for v in values_within(values, starts, sentence.start, sentence.end)
            if bare(v) and not one.start() <= (v.start or 0) <= (per.start or 0)
        ]
        totals = [v for v in around if named_by(text, v, member[0])]
        counts = [v for v in around if named_by(text, v, one["noun"])]
        if len(totals) != 1 or len(counts) != 1 or totals[0] is counts[0]:
            continue
        wording = text[one.start() : member.end()]
        claims.append(rate_claim(text, totals[0], per, counts[0], wording, member.end()))
    return claims


def _per_noun(
    mentions: Mentions, values: Sequence[Value], starts: Sequence[int]
) -> list[PerCapitaClaim]:
    """Every figure "per" a noun the cues of a population do not hold ("$600 per seat") with
    the one count that noun names ("2,000 seats") and the one total of its kind, before
    it if any (a bare figure's total is the one other bare count), in its clause: among
    those stated since the figure before it per the same noun ("..., $30,000 a member,
    and the second fund's 5,000 members hold $400 million, or $80,000 a member"), or else
    up to the next one."""
    text = mentions.text
    rates = [(per, cue) for per in values if (cue := _per_noun_cue(text, per))]
    claims = []
    for index, (per, cue) in enumerate(rates):
        noun = singular(cue["noun"])
        start, end = 0, len(text)
        if index and singular(rates[index - 1][1]["noun"]) == noun:
            start = rates[index - 1][0].end or 0
        if index + 1 < len(rates) and singular(rates[index + 1][1]["noun"]) == noun:
            end = rates[index + 1][0].start or 0
        clause = [v for v in clause_values(mentions, values, starts, per) if v is not per]
        for stretch in (Block(start, per.start or 0), Block(start, end)):
            around = [v for v in clause if stretch.start <= (v.start or 0) < stretch.end]
            claim = _per_noun_claim(text, per, cue, around)
            if claim is not None:
                claims.append(claim)
                break
    return claims


def _per_noun_cue(text: str, value: Value) -> re.Match[str] | None:
    """The cue "per" a counted thing after a figure ("per seat", "a ticket"), none for a
    population's cue or an area's, read by their own readers, or "per share"."""
    cue = _PER_NOUN.match(text, value.end or 0)
    if (
        cue is None
        or _NOUN_OF.match(text, cue.end())  # "36 for a goal difference of +32"
        or " ".join(cue["cue"].lower().split()) in _CUE_SET
        or cue["noun"].lower() in _NEVER_COUNTED
        or PER_AREA.match(text, value.end or 0)
    ):
        return None
    return cue


def _per_noun_claim(
    text: str, per: Value, cue: re.Match[str], around: Sequence[Value]
) -> PerCapitaClaim | None:
    """The claim that a figure per a counted thing is the one total of its kind among
    `around` over the one count its noun names; none without one clear reading."""
    counts = [v for v in around if bare(v) and named_by(text, v, cue["noun"])]
    if len(counts) > 1:  # the count the noun names right after it: "248 seats"
        counts = [v for v in counts if named_by(text, v, cue["noun"], reach=1)]
    if len(counts) != 1:
        return None
    (count,) = counts
    kin = [
        v
        for v in around
        if v is not count
        and (bare(v) if bare(per) else same_kind(v, per))
        and v.value > per.value
        and not per_member(text, v)
    ]
    totals = [v for v in kin if (v.start or 0) < (per.start or 0)] or kin
    if len(totals) > 1:
        totals = [v for v in totals if not _determined(text, v)]
    if len(totals) != 1 or any(_between(v, count, per) for v in kin if v is not totals[0]):
        return None  # no one total, or the count goes with a total of its own
    (total,) = totals
    dressed = in_kind(text, per, total)
    if dressed is None:
        return None
    per, total = dressed
    return rate_claim(text, total, per, count, cue["cue"], cue.end())


def _round(base: Value) -> bool:
    """Whether a figure is a round base of a rate: 10, 100, 1,000, 100,000 ..."""
    exponent = math.log10(base.value) if base.value > 0 else 0.0
    return exponent >= 1 and exponent.is_integer()


def in_a_rate(text: str, value: Value) -> bool:
    """Whether a count is one of the two of a rate ("1022 females for every 1,000 males"):
    the figure stated for the base, or the base."""
    return bool(_PER_BASE.match(text, value.end or 0) or rate_base(text, value.start or 0))


def per_member(text: str, value: Value) -> bool:
    """Whether a figure is stated per member of a group ("$45,939 per person", "$3,870 a
    head", "$183,756 for a family of four", "GDP per capita of $10,900")."""
    end, start = value.end or 0, hedge_start(text, value)
    return bool(
        _PER.match(text, end)
        or _FOR_ONE.match(text, end)
        or _PER_BEFORE_FIGURE.search(text, max(0, start - _PER_BEFORE_REACH), start)
    )


def per_area(text: str, value: Value) -> bool:
    """Whether a figure is stated per unit of area ("2666.9 persons per square mile"): a
    density or a yield, never a count or amount of its own."""
    return PER_AREA.match(text, value.end or 0) is not None


def _unit_of(value: Value | str, units: Sequence[UnitWords]) -> UnitWords | None:
    """The unit of `units` an amount is in, or a word names ("tonnes")."""
    if isinstance(value, str):
        return unit_named(value, units)
    return next((u for u in units if isinstance(value, Amount) and value.unit in u.units), None)


def _named_counts(text: str, noun: str | None, values: Sequence[Value]) -> Sequence[Value]:
    """The counts of people among `values` when there are several: those named with a
    population noun, and of those the ones named with the per-area figure's own noun."""
    counts = values
    if len(counts) > 1:
        counts = [v for v in counts if _is_count(text, v)]
    if len(counts) > 1 and noun:
        counts = [v for v in counts if named_by(text, v, noun)]
    return counts


def _for_a_group(
    mentions: Mentions,
    values: Sequence[Value],
    starts: Sequence[int],
    per: Value,
    cue: re.Match[str],
) -> list[PerCapitaClaim]:
    """The figure per member restated for a group, in the next amount of its kind in the
    sentence ("$45,939, or $183,756 for an average family of four"), as a claim that the
    group's figure over its size is the figure per member; none when the words are not
    those of a group."""
    text = mentions.text
    after = bisect.bisect_left(starts, per.start or 0) + 1
    last = bisect.bisect_left(starts, mentions.document.sentence_at(per.start or 0).end)
    index = next((i for i in range(after, last) if same_kind(values[i], per)), None)
    if index is None or index + 1 >= last:
        return []
    group, size = values[index], values[index + 1]
    if not (
        _OR.search(text, max(per.end or 0, cue.end()), hedge_start(text, group))
        and _GROUP.search(text, group.end or 0, size.start or 0)
        and bare(size)
        and size.value == round(size.value)
        and 2 <= size.value <= _MAX_GROUP
    ):
        return []
    whole = size.model_copy(update={"low": size.value, "high": size.value})  # members are whole
    start, end = min(per.start or 0, cue.start()), size.end or 0
    return [
        PerCapitaClaim(
            text=text[start:end],
            start=start,
            end=end,
            total=group,
            per=per,
            count=whole,
            wording=" ".join(cue["cue"].lower().split()),
        )
    ]


def _shared_out_before(
    mentions: Mentions, values: Sequence[Value], starts: Sequence[int], per: Value
) -> Sequence[Value]:
    """The values of the sentence before, when the per-member figure's sentence says it
    shares a total out: "The debt is $14.3 trillion. Divided among a population of 312
    million, each resident's share is $45,939"; none otherwise."""
    text, document = mentions.text, mentions.document
    sentence = document.sentence_at(per.start or 0)
    previous = document.sentence_before(sentence)
    sharing = [m.end() for m in _SHARING.finditer(text, sentence.start, per.start or 0)]
    if previous is None or not sharing:
        return ()
    between = values_within(values, starts, sharing[-1], per.start or 0)
    if any(same_kind(v, per) for v in between):
        return ()  # the share is the first figure of its kind after the sharing word
    return values_within(values, starts, previous.start, previous.end)


def _pointed_back(
    mentions: Mentions,
    values: Sequence[Value],
    starts: Sequence[int],
    per: Value,
    pointer: re.Pattern[str],
) -> Sequence[Value]:
    """The values of the clause a semicolon sets before the per-member figure's ("1.8
    million households; their savings of ..."), or else of the sentence before, when the
    figure's clause points back to it before the figure with a `pointer` word ("that is
    $2,200 per person", "Its GDP of ..."); none otherwise."""
    text, document = mentions.text, mentions.document
    at = per.start or 0
    sentence = document.sentence_at(at)
    last = text.rfind(";", sentence.start, at)
    previous: Block | None
    if last >= 0:
        previous, start = (
            Block(text.rfind(";", sentence.start, last) + 1 or sentence.start, last),
            last + 1,
        )
    else:
        previous, start = document.sentence_before(sentence), sentence.start
    if previous is None or not pointer.search(text, start, at):
        return ()
    return values_within(values, starts, previous.start, previous.end)


def _named_before(
    mentions: Mentions, values: Sequence[Value], starts: Sequence[int], cue: int
) -> Sequence[Value]:
    """The values of the sentence before a cue that the word right before the cue names a
    few words before them: "GDP is estimated at Rs 720.4 billion. ..., GDP per capita works
    out at" (for "GDP")."""
    text, document = mentions.text, mentions.document
    noun = _NOUN_BEFORE_CUE.search(text, max(0, cue - _NAME_REACH), cue)
    previous = document.sentence_before(document.sentence_at(cue))
    if noun is None or previous is None:
        return ()
    named = re.compile(rf"(?<![\w-]){re.escape(noun[1])}(?![\w-])", re.IGNORECASE)
    return [
        v
        for v in values_within(values, starts, previous.start, previous.end)
        if named.search(text, max(previous.start, hedge_start(text, v) - _NAME_REACH), v.start or 0)
    ]


def _values_before(
    mentions: Mentions, values: Sequence[Value], starts: Sequence[int], per: Value
) -> Sequence[Value]:
    """The values of the sentence before a figure's, in its paragraph; none without one."""
    document = mentions.document
    previous = document.sentence_before(document.sentence_at(per.start or 0))
    if previous is None:
        return ()
    return values_within(
        values, starts, max(previous.start, previous.end - _NEARBY_REACH), previous.end
    )


def _nearby_counts(
    mentions: Mentions,
    values: Sequence[Value],
    starts: Sequence[int],
    per: Value,
    cue: re.Match[str],
    clause: Sequence[Value],
) -> list[Value]:
    """The one count of the cue's members a per-member figure's clause lacks, from the rest
    of its sentence ("2.5 million people; the payment cost $1.5 billion, or $600 per
    recipient") when that part states no total of its own, or else from the sentence
    before; none when there is no one such count."""
    text, document = mentions.text, mentions.document
    sentence = document.sentence_at(per.start or 0)
    measured = with_own_unit(text, per)
    inside = {c.start for c in clause}
    rest: Sequence[Value] = [
        v
        for v in values_within(
            values,
            starts,
            max(sentence.start, (per.start or 0) - _NEARBY_REACH),
            min(sentence.end, (per.end or 0) + _NEARBY_REACH),
        )
        if v.start not in inside
    ]
    if any(_may_total(text, v, measured) for v in rest):
        rest = []  # a part with a total of its own is another relation
    previous = document.sentence_before(sentence)
    blocks = [rest]
    # a count of the sentence before, for members the cue names with no qualifier ("each
    # resident will get $200"), or else pointed back to ("Its ... costs 1,250 euros for
    # every person", not "$45 per resident of the suburbs")
    pointed = _POINTING_BACK_TO_MEMBERS.search(
        text,
        max(sentence.start, (per.start or 0) - 2 * _NEARBY_CLAUSE),
        min(sentence.end, (per.end or 0) + _NEARBY_CLAUSE),
    )
    if (
        previous is not None
        and previous.end > (per.start or 0) - _NEARBY_REACH
        and (pointed or not _QUALIFIED.match(text, cue.end()))
    ):
        blocks.append(_values_before(mentions, values, starts, per))
    for block in blocks:
        counts = [v for v in block if v is not per and _fits_members(text, v, cue)]
        if counts:
            return counts if len(counts) == 1 else []
    return []


def _fits_members(text: str, count: Value, cue: re.Match[str]) -> bool:
    """Whether a count may count the members a cue names: a population for a cue naming
    none ("apiece", "each of them ..."), or for a distributive opener naming one the count
    its noun names ("each household ..."), else as `_counts_members` says."""
    if not bare(count) or count.value < _MIN_COUNT or in_a_rate(text, count):
        return False
    words = WORD.findall(cue["cue"])
    if "member" in cue.groupdict():  # a distributive opener
        member = _POSSESSIVE.sub("", cue["member"] or "")
        if not member or member.lower() in _NO_MEMBER or member.lower().endswith("ing"):
            return _is_count(text, count) or bool(_NOUN_AFTER.match(text, count.end or 0))
        if member.lower() in _PERSON_MEMBERS or member[0].isupper():  # "each resident"
            return _is_count(text, count) and _counts_members(text, count, cue, member)
        named = WORD.match(text, (count.end or 0) + 1)
        return named is not None and singular(named[0]).lower() == singular(member).lower()
    if not words or " ".join(words).lower() in _GENERIC_CUES:
        return _is_count(text, count)
    return _is_count(text, count) and _counts_members(text, count, cue)


def _clause_end(text: str, per: Value) -> int:
    """Where the clause of a figure ends: its next comma, semicolon, colon or full stop, a
    bounded number of characters on at most."""
    end = per.end or 0
    closed = [i for i in (text.find(mark, end, end + _NEARBY_CLAUSE) for mark in ",;:.") if i >= 0]
    return min(closed, default=min(len(text), end + _NEARBY_CLAUSE))


def _points_back_in_clause(text: str, per: Value) -> bool:
    """Whether the words of a per-member figure's clause, up to a few after it, point back
    to a figure of the sentence before ("each of them carries $256,812 of that debt"); a
    "that" opening a relative clause ("that the official figure leaves out") does not."""
    start = max(0, (per.start or 0) - _NEARBY_CLAUSE)
    opened = max(text.rfind(mark, start, per.start or 0) for mark in ",;:.")
    stop = _clause_end(text, per)
    for pointer in _POINTING_BACK.finditer(text, max(start, opened + 1), stop):
        if not _RELATIVE_AFTER.match(text, pointer.end()):
            return True
    return False


def _counts_members(
    text: str, count: Value, cue: re.Match[str], member_word: str | None = None
) -> bool:
    """Whether a count names the members a cue is per: its own noun ("per household",
    "115 million households"), or people for a cue per person ("per head", "200 million
    people", "a population of 52 million", "50 million Kenyans")."""
    last = member_word or WORD.findall(cue["cue"])[-1]
    member = singular(last)
    before = _words_before(text, count)
    noun = WORD.match(text, (count.end or 0) + 1)
    named = "population" if _POPULATION_BEFORE.search(before) else noun[0] if noun else ""
    if member.lower() in _PERSON_MEMBERS or last[0].isupper():  # "for every Italian"
        return named.lower() in _PEOPLE or DEMONYM.fullmatch(named) is not None
    return singular(named) == member


def _members_named(text: str, cue: re.Match[str], counts: Sequence[Value]) -> Sequence[Value]:
    """The counts whose noun names the members the cue names ("each household's share":
    "115 million households", not "308 million residents"), when there are several."""
    member = _MEMBER.search(cue["cue"])
    if len(counts) < 2 or member is None:
        return counts
    named = re.compile(rf"(?:\s+[^\W\d_][\w'’-]*)?\s+{re.escape(member[1])}", re.IGNORECASE)
    return [v for v in counts if named.match(text, v.end or 0)]


def _per_member(
    text: str, values: Sequence[Value], ends: Sequence[int], starts: Sequence[int], at: int
) -> tuple[Value, re.Match[str]] | None:
    """The figure per member a cue at `at` goes with, and the cue: the value just before
    it ("$23,000 per person") or, after it, the value it introduces ("GDP per capita of
    about $10,900")."""
    index = bisect.bisect_right(ends, at) - 1
    if index >= 0:
        cue = _PER.match(text, values[index].end or 0)
        if cue is not None and cue.start("cue") == at:
            # a count before "each" is its subject's: "The 3 million residents each paid $200"
            if bare(values[index]) and (opened := _distributive(text, values, starts, at)):
                return opened
            return values[index], cue
    cue = _PER_BEFORE.match(text, at)
    index = bisect.bisect_left(starts, cue.end()) if cue else len(values)
    if cue is not None and index < len(values):
        value = values[index]
        # the cue ends at the figure's hedge, or inside it ("is just over $300")
        if hedge_start(text, value) <= cue.end() <= (value.start or 0):
            return value, cue
    return _distributive(text, values, starts, at)


def _compared_cue(text: str, per: Value, cue: re.Match[str]) -> bool:
    """Whether a cue before its figure is introduced by a comparing word, naming another's
    figure: "well above the OECD average of 8.6 litres"."""
    if cue.start() > (per.start or 0):
        return False
    start = cue.start("cue")
    return _COMPARED_CUE.search(text, max(0, start - _COMPARED_CUE_REACH), start) is not None


def _distributive(
    text: str, values: Sequence[Value], starts: Sequence[int], at: int
) -> tuple[Value, re.Match[str]] | None:
    """The amount a clause whose subject is each member gives that member, and the opener:
    the first figure after "each" or "every" at `at`, words only between ("each would be on
    the hook for $36,813", "every Alaskan will get $1,600"); none for each of a time ("each
    year") or an opener inside a clause ("in every region")."""
    index = bisect.bisect_left(starts, at)
    if (
        index >= len(values)
        or _OPENER_BARRIER.search(text, max(0, at - 12), at)
        or (at and (text[at - 1].isalnum() or text[at - 1] in "-'’"))
    ):
        return None
    value = values[index]
    start = hedge_start(text, value)
    if (
        start - at > _DISTRIBUTIVE_REACH
        or bare(value)
        or (isinstance(value, Amount) and value.unit in ("percent", "percentage_point"))
    ):
        return None
    cue = _DISTRIBUTIVE.fullmatch(text, at, start)
    if cue is None or (cue["member"] or "").lower() in _NEVER_COUNTED:
        return None
    return value, cue


def _may_total(text: str, value: Value, per: Value) -> bool:
    """Whether a value may be the total behind a figure per member: of its kind (or in a
    unit of its measure, written in its unit), at least as many times the figure as the
    smallest population has members, and not itself a figure per member ("$45,939 per
    person", "$183,756 for a family of four")."""
    if per_member(text, value):
        return False
    if convertible(value, per) and isinstance(value, Amount) and isinstance(per, Amount):
        value = in_unit(value, per.unit)
    return same_kind(value, per) and value.value >= per.value * _MIN_COUNT


def _words_before(text: str, value: Value) -> str:
    """The text just before a count and its hedge, where a population's cue stands: "a
    population of [roughly] 130.5 million"."""
    start = hedge_start(text, value)
    return text[max(0, start - _COUNT_CUE_REACH) : start]


def _is_count(text: str, value: Value) -> bool:
    """Whether a value counts a population: "52 million people", "a population of 52 million"."""
    if not bare(value) or value.value < _MIN_COUNT:
        return False
    before = _words_before(text, value)
    end = value.end or 0
    return bool(
        people_after(text, end)
        or (_POPULATION_BEFORE.search(before) and not _NOUN_AFTER.match(text, end))
        or (_OWNED.search(before) and _OWNED_BARE.match(text, end))
    )


def _rival_count(text: str, value: Value, per: Value) -> bool:
    """Whether a value counts members of another name a figure per person may be over:
    a count of a population's size that a noun names ("300,000 commuters"), neither of
    the figure's kind nor one of a rate."""
    return (
        value is not per
        and bare(value)
        and value.value >= _MIN_COUNT
        and WORD.match(text, (value.end or 0) + 1) is not None
        and not _may_total(text, value, per)
        and not in_a_rate(text, value)
        and not per_area(text, value)
    )


def _paired_count(
    text: str, around: Sequence[Value], counts: Sequence[Value], per: Value
) -> Sequence[Value]:
    """Of several counts, the one next to the figure per member when every other count is
    set apart from it by a total of its own ("$900 million to 3 million farmers, and $600
    million to 1.5 million households, at $400 per household"); all of them otherwise
    ("2.1 million visitors and 1.3 million residents spent $900 million, $300 each")."""
    paired = [v for v in counts if not _count_between(around, v, per)]
    if len(paired) != 1:
        return counts
    start = paired[0].start or 0
    for other in counts:
        if other is not paired[0] and not any(
            (other.end or 0) <= (v.start or 0) < start and _may_total(text, v, per) for v in around
        ):
            return counts
    return paired


def _between(value: Value, a: Value, b: Value) -> bool:
    """Whether a value stands between two others in the text."""
    low, high = sorted((a, b), key=lambda v: v.start or 0)
    return (low.end or 0) <= (value.start or 0) < (high.start or 0)


def _count_between(values: Sequence[Value], a: Value, b: Value) -> bool:
    """Whether another count stands between two figures: "Rs 30,925 crore was credited to
    20.6 crore women ..., and ... paid Rs 2,814.5 crore to some 2.81 crore people"."""
    low, high = sorted((a, b), key=lambda v: v.start or 0)
    return any(
        bare(v) and v.value >= _MIN_COUNT and (low.end or 0) <= (v.start or 0) < (high.start or 0)
        for v in values
    )


def _determined(text: str, value: Value) -> bool:
    """Whether a figure follows a determiner: "the Rs 1.70 lakh crore package"."""
    start = hedge_start(text, value)
    return _DETERMINED.search(text, max(0, start - 12), start) is not None
