"""One sign rule for the parts of a total, whichever reader reads it (`subtracts_a_part`).

A part whose own words subtract it ("a loss of", "minus", "$1.2 billion of write-downs",
"a $2 billion deficit on services") is never added into a total: such a total makes no
claim. A total its own words name a deficit or a loss adds the losses listed under it
and subtracts a gain; parts all subtracted alike add up. A part named plainly ("net
sales", "+€20 million", "$2.2 billion against losses") is added, and a slip in its total
is found.

And a figure in an aside after a sentence's subject ("The firm, worth $20bn, sold ...")
is no listed part of a total the sentence states later.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck import vocabulary


def _totals(text: str) -> list[tuple[str, list[str]]]:
    claims = claimcheck.check(text).claims
    return [(c.total.text, [p.text for p in c.parts]) for c in claims if c.kind == "total"]


def _rules(text: str) -> list[str]:
    return [f.rule for f in claimcheck.check(text).findings]


# Clean copy whose total is the parts' balance, not their sum: one part is subtracted.
SUBTRACTED = [
    # a fallback split after a relative clause, the loss named before or after the figure
    "The pension scheme reported a surplus of £2 billion, which trustees review every"
    " spring, made up of £6 billion in bonds bought since 2019 and £4 billion of losses on"
    " property.",
    "The carmaker's result of $1 billion, which analysts had expected, was made up of $3"
    " billion from trucks sold abroad and a $2 billion write-down at the battery unit.",
    # a breakdown after "comprised"
    "Net income of $2 billion comprised $3.5 billion from operations and $1.5 billion of"
    " impairments at the mining arm.",
    # a balance split after a colon: the deficit subtracts from the surplus
    "The balance was $5 billion: a $7 billion surplus on goods and a $2 billion deficit on"
    " services.",
    "Its current account showed a surplus of 12 billion euros: a 19 billion euro surplus in"
    " goods and a 7 billion euro deficit in services.",
    # a charge, subtracted from a profit (added to costs): its sign is not read
    "Operating profit of €14 million was made up of €20 million from trading and a charge"
    " of €6 million for restructuring the plants.",
    # a total named a deficit: the surplus listed under it subtracts
    "The deficit reached $5 billion: a $7 billion shortfall on goods and a $2 billion"
    " surplus on services.",
]


@pytest.mark.parametrize("text", SUBTRACTED)
def test_a_part_its_words_subtract_is_never_added(text: str) -> None:
    assert _rules(text) == []
    assert _totals(text) == []


def test_losses_under_a_deficit_add_up() -> None:
    text = (
        "The agency now projects a deficit of $40.5 billion for next year: a $36.5 billion"
        " shortfall plus a $4 billion reserve for emergencies."
    )
    assert _totals(text) == [("$40.5 billion", ["$36.5 billion", "$4 billion"])]
    assert _rules(text.replace("$40.5 billion", "$44.5 billion")) == ["CC303"]


def test_parts_subtracted_alike_add_up() -> None:
    text = (
        "The budget gap came to $11.4 billion: an $8.1 billion deficit at the centre and a"
        " $3.3 billion shortfall in the regions."
    )
    assert _rules(text) == []
    assert _rules(text.replace("$11.4 billion", "$12.4 billion")) == ["CC303"]


@pytest.mark.parametrize(
    ("text", "slipped"),
    [
        # "net" names the parts, not a sign: a listed sum after them
        (
            "The east earned $3.2 billion and the west $1.8 billion in net sales, for a"
            " combined $5 billion.",
            "$6 billion",
        ),
        # a plus sign, "the balance of" (the rest) and "net sales" add as written
        (
            "Operating profit was €9.6 million, made up of +€6.1 million from trading and"
            " +€3.5 million from services.",
            "€10.6 million",
        ),
        (
            "Funding reached $9.6 billion: $6.1 billion from donors and the balance of $3.5"
            " billion from the state.",
            "$10.6 billion",
        ),
        (
            "Revenue was $9.6 billion: $6.1 billion in Asia and $3.5 billion of net sales in"
            " Europe.",
            "$10.6 billion",
        ),
        # cuts are what a total of savings adds
        (
            "Savings came to £12.4 billion, split between £9.1 billion of spending cuts and"
            " £3.3 billion from higher taxes.",
            "£13.4 billion",
        ),
        # a loss the part is set against ("against losses") does not sign it
        (
            "The bank set aside $5.3 billion, split between $3.1 billion for mortgages and"
            " $2.2 billion against losses on loans to builders.",
            "$6.3 billion",
        ),
    ],
)
def test_a_plainly_added_part_still_gives_a_finding(text: str, slipped: str) -> None:
    assert _rules(text) == []
    total = _totals(text)[0][0]
    assert _rules(text.replace(total, slipped)) == ["CC303"]


# A part its words subtract or sign, generated with words between the figures: whatever
# the subtracting word, the reader and the filler, the clean balance raises no alarm.
_WORDS = [w for w in vocabulary.words("cues", "subtracted parts") if " " not in w]
_FILLERS = ["", " booked in the spring", " that the board flagged", " at two plants"]
_FORMS = [
    "Operating profit of €{total} million was made up of €{a} million from trading{f} and"
    " a {w} of €{b} million on currencies.",
    "The result was €{total} million: €{a} million from trading{f} and €{b} million of"
    " {w} at the unit.",
    "The unit earned €{a} million{f} and the other lost €{b} million in {w}, for a combined"
    " €{total} million.",
]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(_FORMS),
    st.sampled_from(_WORDS),
    st.sampled_from(_FILLERS),
    st.integers(min_value=30, max_value=90),
    st.integers(min_value=5, max_value=25),
)
def test_generated_subtracted_parts_raise_no_alarm(
    form: str, word: str, filler: str, a: int, b: int
) -> None:
    text = form.format(total=a - b, a=a, b=b, w=word, f=filler)
    assert _rules(text) == []


# The appositive or descriptive clause after a sentence's subject: its figure describes
# the subject and is no listed part of the total stated later.
APPOSITIVES = [
    "The firm, worth $20bn, sold its shipping arm for $3.2bn and its port stake for $1.8bn,"
    " a total of $5bn.",
    "The group, valued at $20bn last year, sold its shipping arm for $3.2bn and its port"
    " stake for $1.8bn, for a combined $5bn.",
    "The miner, with $20bn of debt, sold a copper mine for $3.2bn and a coal unit for"
    " $1.8bn, a total of $5bn.",
    "Last year the charity, a $20bn endowment, gave $3.2bn to schools and $1.8bn to"
    " clinics, $5bn in all.",
    "The insurer, which has $20bn of assets, paid $3.2bn to savers and $1.8bn to staff, a"
    " total of $5bn.",
]


@pytest.mark.parametrize("text", APPOSITIVES)
def test_a_figure_describing_the_subject_is_no_part(text: str) -> None:
    assert _rules(text) == []
    assert _totals(text) == [("$5bn", ["$3.2bn", "$1.8bn"])]


@pytest.mark.parametrize("text", APPOSITIVES[:3])
def test_a_slipped_total_after_an_appositive_is_found(text: str) -> None:
    slipped = text.replace("$5bn", "$6bn")
    assert _rules(slipped) == ["CC303"]
    assert _totals(slipped)[0][1] == ["$3.2bn", "$1.8bn"]


def test_an_aside_on_a_listed_part_keeps_it() -> None:
    # the aside names a part, not the subject: "and" follows it
    text = (
        "The grant is split between the schools programme, which gets Rs 2,000 crore, and"
        " higher education, which gets Rs 250 crore, a total of Rs 2,250 crore."
    )
    assert _rules(text) == []
