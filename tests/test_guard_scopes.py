"""Guards scoped to the clause they govern (issue 10): a change's basis.

A basis ("adjusted", "like-for-like", "excluding", "in real terms") makes a change whose
values it qualifies unverifiable. It is no longer taken from anywhere in the sentence: a
basis in another clause with its own subject ("Adjusted operating profit slipped ..., and
turnover grew to ... from ...", "..., while underlying margins narrowed ...") leaves the
other clause's change to be checked as written. A basis still governs its own change, a
clause with no subject of its own (", and down ..."), and the whole sentence when it opens
it set off by a comma ("Adjusted for inflation, ...") or follows its last change ("...,
both in constant currency"). A basis naming the change's own subject ("The lender's
underlying mortgage book finished September at ...") qualifies both values, however long
the subject and its verb, unless it heads a phrase of its own ("adjusted for inflation").
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck

CHANGE_RULES = ("CC301", "CC302")


def change_findings(text: str) -> list[str]:
    """The text each change finding points at."""
    return [
        text[f.start : f.end] for f in claimcheck.check(text).findings if f.rule in CHANGE_RULES
    ]


def verdicts(text: str) -> list[tuple[str, str | None, str | None]]:
    """Each change claim's text, verdict and reason."""
    return [
        (c.text, v.verdict, v.reason)
        for c, v in claimcheck.check(text).judged()
        if c.kind == "change"
    ]


def verdict_of(text: str, figure: str) -> tuple[str | None, str | None]:
    """The verdict and reason of the change claim that holds `figure`."""
    found = [(verdict, reason) for said, verdict, reason in verdicts(text) if figure in said]
    assert len(found) == 1, verdicts(text)
    return found[0]


# Each: a clean text whose basis belongs to another clause, the slip (find, replace) that
# breaks the change of the clause it does not qualify, and a figure of that change.
OTHER_CLAUSE = [
    # the basis names the subject of the clause before, joined by "and"
    (
        "Adjusted operating profit slipped to $4.1bn from $4.4bn, and turnover grew to"
        " $20.3bn from $19.8bn.",
        "$20.3bn",
        "$18.3bn",
    ),
    # ... by "while", the basis several words before its own change
    (
        "Like-for-like sales at the chain edged up to £812 million from £790 million, while"
        " group revenue dipped to £1.94 billion from £2.02 billion.",
        "£1.94 billion",
        "£2.14 billion",
    ),
    # ... by "but", the basis after its clause's subject
    (
        "Sales excluding fuel climbed to 9.6 billion rand from 9.1 billion rand, but fuel"
        " receipts dropped to 3.3 billion rand from 3.8 billion rand.",
        "3.3 billion rand",
        "4.3 billion rand",
    ),
    # ... by a semicolon, the other change sized in percent
    (
        "Organic volumes rose 3% to 41 million tonnes; exports fell 8% to 12.5 million tonnes"
        " from 13.6 million tonnes.",
        "12.5 million tonnes",
        "14.5 million tonnes",
    ),
    # the basis names the subject of the clause after
    (
        "Turnover grew to €20.3bn from €19.8bn, while underlying margins narrowed to 6.2%"
        " from 6.9%.",
        "€20.3bn",
        "€18.3bn",
    ),
    (
        "Ticket income reached NZ$48.5 million, up from NZ$44.9 million, whereas adjusted"
        " catering earnings shrank to NZ$7.1 million from NZ$7.6 million.",
        "NZ$44.9 million",
        "NZ$49.9 million",
    ),
]


# A basis naming the change's subject, however long the subject and its verb before the
# first value, qualifies both values: the change is checked as written.
SUBJECT_NAMED = [
    (
        "The builder said adjusted profit before tax for the year to March 31 jumped by about"
        " 12% to £2.07 billion, from £1.85 billion.",
        "£1.85 billion",
        "£1.55 billion",
    ),
    (
        "The lender's underlying mortgage book finished September at €88.2 billion, 2.9% larger"
        " than in June, when it stood at €85.7 billion.",
        "€85.7 billion",
        "€81.7 billion",
    ),
    (
        "Underlying operating income at the insurer's Asian unit came in at HK$9.4 billion, down"
        " from HK$9.9 billion.",
        "HK$9.9 billion",
        "HK$8.9 billion",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace"), OTHER_CLAUSE + SUBJECT_NAMED)
def test_a_change_no_basis_keeps_apart_is_checked_and_clean(
    text: str, find: str, replace: str
) -> None:
    assert verdict_of(text, find) == ("consistent", None)
    assert change_findings(text) == []


@pytest.mark.parametrize(("text", "find", "replace"), OTHER_CLAUSE + SUBJECT_NAMED)
def test_a_slip_in_a_change_no_basis_keeps_apart_is_flagged(
    text: str, find: str, replace: str
) -> None:
    slipped = text.replace(find, replace, 1)
    found = change_findings(slipped)
    assert len(found) == 1
    assert replace in found[0]


# Each: a text, a figure of a change its basis governs, the basis named, and a slip of
# the figure that would break the change read as written.
GOVERNED = [
    # the basis inside the change's own clause, not naming its subject
    (
        "Revenue rose 4% in constant currency to $4.2bn from $4.1bn, and profit climbed to"
        " $610m from $560m.",
        "$4.2bn",
        "constant currency",
        "$3.2bn",
    ),
    (
        "Like-for-like sales at the chain edged up to £812 million from £790 million, while"
        " group revenue dipped to £1.94 billion from £2.02 billion.",
        "£812 million",
        "like-for-like",
        "£712 million",
    ),
    # a basis opening the sentence, set off by a comma, governs every clause
    (
        "Adjusted for inflation, wages rose to $910 a week from $880, and pensions climbed to"
        " $530 from $500.",
        "$530",
        "adjusted",
        "$430",
    ),
    (
        "In real terms, wages rose to $910 a week from $880, and pensions climbed to $530 from"
        " $500.",
        "$530",
        "in real terms",
        "$470",
    ),
    (
        "Excluding disposals, sales rose to $4.2bn from $4.0bn, and profit climbed to $610m"
        " from $560m.",
        "$610m",
        "excluding",
        "$510m",
    ),
    # a basis after the sentence's last change qualifies them all
    (
        "Revenue rose to $4.2bn from $4.0bn, and profit climbed to $610m from $560m, both in"
        " constant currency.",
        "$4.2bn",
        "constant currency",
        "$3.8bn",
    ),
    # a clause with no subject of its own shares the subject its basis names
    (
        "Revenue rose to $4.2bn from $4.0bn, and rose 3% in constant currency.",
        "$4.2bn",
        "constant currency",
        "$3.9bn",
    ),
]


@pytest.mark.parametrize(("text", "figure", "basis", "wrong"), GOVERNED)
def test_a_basis_still_governs_its_clause_or_its_sentence(
    text: str, figure: str, basis: str, wrong: str
) -> None:
    verdict, reason = verdict_of(text, figure)
    assert verdict == "unverifiable"
    assert reason is not None and f"({basis})" in reason


@pytest.mark.parametrize(("text", "figure", "basis", "wrong"), GOVERNED)
def test_a_governed_change_with_a_slip_stays_quiet(
    text: str, figure: str, basis: str, wrong: str
) -> None:
    slipped = text.replace(figure, wrong, 1)
    assert verdict_of(slipped, wrong)[0] == "unverifiable"
    assert change_findings(slipped) == []


@pytest.mark.parametrize(
    "text",
    [
        # a subject basis that heads a phrase of its own names no subject
        "Adjusted for inflation the index fell to 96 from 104.",
        "Adjusted to exclude one-off gains the group's profit rose 10% to $3.3bn from $3.1bn.",
        "On an underlying basis the group's operating profit rose 10% to $3.3bn from $3.1bn.",
        # a figure between the basis and the change: another clause's
        "Adjusted profit rose 8% and the group's sales climbed to $4.4bn from $4.1bn.",
    ],
)
def test_a_basis_heading_its_own_phrase_keeps_the_values_apart(text: str) -> None:
    assert [verdict for _, verdict, _ in verdicts(text)][-1] == "unverifiable"


SUBJECTS = st.sampled_from(["turnover", "group revenue", "the bank's fee income", "exports"])
BASES = st.sampled_from(["Adjusted", "Underlying", "Like-for-like", "Organic"])
JOINS = st.sampled_from([", and", ", while", ", but", ";"])
ASIDES = st.sampled_from(["", " in the quarter", " over the year", ", the company said,"])


@settings(max_examples=40, deadline=None)
@given(
    basis=BASES,
    join=JOINS,
    subject=SUBJECTS,
    aside=ASIDES,
    old=st.integers(30, 90),
    step=st.integers(2, 9),
    rising=st.booleans(),
)
def test_another_clause_s_basis_leaves_a_change_to_be_checked(
    basis: str, join: str, subject: str, aside: str, old: int, step: int, rising: bool
) -> None:
    new = old + step if rising else old - step
    first = f"{basis} margins narrowed to 6.2% from 6.9%"
    for word, right in (("grew", rising), ("shrank", not rising)):
        text = f"{first}{join} {subject}{aside} {word} to ${new}bn from ${old}bn."
        found = change_findings(text)
        if right:
            assert found == [], text
        else:
            assert len(found) == 1 and f"${new}bn" in found[0], text
