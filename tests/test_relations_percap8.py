"""Figures per member as real copy words them: a clause whose subject is each member ("each
would owe $X", "every eligible adult will get $X"), the members named after "for every" or
"for each" ("for every citizen", "for every Italian"), a count in another clause or the
sentence before, a total the clause points back to after its figure ("of that debt"), a
sharing verb in any form ("divide it equally among"), a population set off by a comma
("its population, 6.1 million"), and more words between a cue and its figure."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck


def flagged(text: str) -> list[str]:
    """The rules of the per-capita findings of a text."""
    return [f.rule for f in claimcheck.check(text).findings]


def read(text: str) -> list[str]:
    """The text of each per-capita claim read."""
    return [text[c.start : c.end] for c in claimcheck.extract(text) if c.kind == "per-capita"]


# Each reads one figure per member with its count and its total; the slip breaks it.
READINGS = [
    # each member as the subject, the total pointed back to by a sharing verb with an adverb
    (
        "The province ran up C$12.6 billion of new debt. Share it evenly across its 4.2 million"
        " residents and each would carry C$3,000 of it.",
        "C$3,000",
        "C$3,900",
    ),
    # a count in a clause a semicolon sets before, a total pointed back to after the figure
    (
        "The utility owes lenders R84 billion. The city counts 1.4 million households; on"
        " average, each of them is liable for R60,000 of that debt.",
        "R60,000",
        "R66,000",
    ),
    # a count and a total in the clause before, "each" after a count as its subject
    (
        "The 2.5 million pensioners each got a top-up of 120 euros, a bill of 300 million euros"
        " for the treasury.",
        "120 euros",
        "150 euros",
    ),
    # members named after "for every", a count in a clause after a semicolon
    (
        "Public debt stands at 2.7 trillion euros, about 45,000 euros for every Italian; the"
        " country has 60 million people.",
        "45,000 euros",
        "54,000 euros",
    ),
    # "for every person" (no fixed phrase), a count of the people in the sentence before
    (
        "Portugal is home to 10.4 million people. Its health service costs 13 billion euros a"
        " year, or 1,250 euros for every person.",
        "1,250 euros",
        "1,520 euros",
    ),
    # a count in the sentence before for a generic cue after the figure
    (
        "The state has 26 million residents. Its $130 billion budget works out at roughly $5,000"
        " for every one of them.",
        "$5,000",
        "$5,800",
    ),
    # a recipient is a person: a count of people in a clause before the semicolon
    (
        "The rebate went to 3.2 million people; it cost about NZ$960 million, or NZ$300 per"
        " recipient.",
        "NZ$300",
        "NZ$390",
    ),
    # more words between the cue and its link, a verb as the link
    (
        "With 7.5 million people and output of 6 trillion forint, the region's per capita"
        " economic output averaged 800,000 forint.",
        "800,000 forint",
        "600,000 forint",
    ),
    # a distributive subject naming a people, and its possessive
    (
        "The fund holds 18 trillion kroner and there are 5.5 million Norwegians, so each"
        " Norwegian's share is about 3.3 million kroner.",
        "3.3 million kroner",
        "3.8 million kroner",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace"), READINGS)
def test_reading_is_read_and_its_slip_found(text: str, find: str, replace: str) -> None:
    assert read(text), "the figure per member is read"
    assert not claimcheck.check(text).findings
    slipped = text.replace(find, replace, 1)
    findings = claimcheck.check(slipped).findings
    assert any(f.start <= slipped.index(replace) < f.end for f in findings), findings


# Clean copy of the kind, worded differently, where no one reading is clear: silent.
SILENT = [
    # a total in the sentence before with nothing pointing back to it
    "Exports reached $5 billion in 2023. The 3 million residents each paid $200 in tax.",
    # each of a time, not a member
    "Every year the fund pays out $40 billion, and the country has 5.5 million people.",
    # "every" after a preposition names a place
    "In every region sales rose to $5 million; the company has 12,000 staff.",
    # each of a count of other things
    "The country has 10 million people; each of the 4 banks holds $30 billion in assets.",
    # households are not the people counted
    "The country has 5 million people. Each household pays $1,200 in water charges, and the"
    " utility earns $900 million.",
    # an amount added on ("another"), after a relative "that", not pointed back
    "The federal debt is $30 trillion. There are 130 million households; each carries $230,000"
    " of that debt, before another $700,000 per household in obligations that the official"
    " figure leaves out.",
    # the count of the clause before has a total of its own
    "The city has 2 million people and spends $4 billion; the suburbs pay $900 per resident.",
    # a price each, not a share of a total
    "The 40,000 tickets sold out within an hour, at $250 each, and the promoter hopes to raise"
    " $12 million from sponsors.",
]


@pytest.mark.parametrize("text", SILENT)
def test_clean_copy_stays_silent(text: str) -> None:
    assert flagged(text) == []


@settings(max_examples=40, deadline=None)
@given(
    count=st.integers(min_value=2, max_value=90),
    each=st.integers(min_value=2, max_value=90),
    wrong=st.booleans(),
)
def test_each_member_as_subject(count: int, each: int, wrong: bool) -> None:
    """A total and a count in the sentence before, each member the subject of the figure's
    clause, pointing back with "that": right when the figure is the total over the count,
    a finding when it is off by half."""
    total = count * each * 1000  # millions of euros: each * 1000 euros a person
    stated = each * 1500 if wrong else each * 1000
    text = (
        f"The scheme costs {total:,} million euros and reaches {count},000,000 people. From"
        f" that sum, each of them receives {stated:,} euros."
    )
    assert bool(flagged(text)) == wrong
