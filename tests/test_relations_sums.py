"""Sums read over a sentence's figures: a total, its cue and the parts listed after it.

Each sentence is checked clean (no finding) and with one part slipped (a finding on the
total), and sentences whose figures are no list of parts give no total at all.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.document import Document
from claimcheck.extract.changes import stated_values
from claimcheck.extract.mentions import Mentions
from claimcheck.extract.sums import read_listed_sums, read_sums
from claimcheck.model.claims import TotalClaim


def rules(text: str) -> list[str]:
    return [f.rule for f in claimcheck.check(text).findings]


def summed(text: str) -> list[TotalClaim]:
    """The totals the sum readers alone read in a text."""
    mentions = Mentions(Document(text))
    values = stated_values(mentions)
    return [*read_sums(mentions, values, set()), *read_listed_sums(mentions, values, set())]


def totals(text: str) -> list[str]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == "total"]


# (clean sentence, the part as written, the part slipped)
SLIPPED = [
    (
        "The carrier will hand R$ 9.80 billion back to investors for the second half of"
        " 2023: R$ 8.65 billion in dividends and special payouts plus R$ 1.15 billion spent"
        " on buying back shares.",
        "R$ 1.15 billion",
        "R$ 1.51 billion",
    ),
    (
        "Ports receive an extra Rs 1,284 crore (Rs 12.84 billion): Rs 384 crore (Rs 3.84"
        " billion) for dredging and Rs 900 crore for new berths.",
        "384 crore (Rs 3.84",
        "484 crore (Rs 4.84",
    ),
    (
        "The water board's reserve stood at NZ$312 million, made up of NZ$190 million in term"
        " deposits and NZ$122 million held in government stock.",
        "NZ$122 million",
        "NZ$212 million",
    ),
    (
        "Overseas sales brought in 84.20 billion yuan in the quarter, split between 51.60"
        " billion yuan for state-owned groups and 32.60 billion yuan for private firms.",
        "32.60 billion yuan",
        "23.60 billion yuan",
    ),
    (
        "The county's capital plan is worth £61.40, comprising £18.30 on libraries, £29.90"
        " on parks and £13.20 on street lighting, per resident.",
        "£29.90",
        "£92.90",
    ),
    (
        "South Africa's health department gets R274.6 billion, to be split between clinics"
        " (R120.4 billion), district hospitals (R97.1 billion) and ambulance services (R57.1"
        " billion).",
        "R97.1 billion",
        "R79.1 billion",
    ),
]


# parts listed first, then their total
SLIPPED += [
    (
        "Ajax took €41.3 million and the league's other clubs €27.9 million, for a combined"
        " €69.2 million.",
        "€27.9 million",
        "€72.9 million",
    ),
    (
        "The harbour board collected NZ$6.4 million, the airport NZ$9.2 million and the"
        " rail operator NZ$3.1 million, NZ$18.7 million in all.",
        "NZ$9.2 million",
        "NZ$2.9 million",
    ),
    (
        "Exports to Kenya were worth $412 million and those to Uganda $238 million, making"
        " a total of $650 million.",
        "$238 million",
        "$283 million",
    ),
    # the total named by a noun after "for total" or "for combined"
    (
        "Ferries earned €31.6 million and buses €22.9 million, for total fares of €54.5 million.",
        "€22.9 million",
        "€29.2 million",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace"), SLIPPED)
def test_a_total_and_its_listed_parts(text: str, find: str, replace: str) -> None:
    assert rules(text) == []
    assert "consistent" in totals(text)
    assert rules(text.replace(find, replace)) == ["CC303"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "of which" may name only some parts: they may fall short, never exceed
        (
            "Ferry fares totalled €61.8 million over the summer, with island routes bringing"
            " in €38.5 million and coastal routes €17.2 million.",
            [],
        ),
        (
            "Ferry fares totalled €61.8 million over the summer, with island routes bringing"
            " in €38.5 million and coastal routes €71.2 million.",
            ["CC303"],
        ),
        (
            "The ministry gets ¥4.6 trillion, of which ¥1.9 trillion goes to pensions and"
            " ¥1.1 trillion to child care.",
            [],
        ),
        (
            "The ministry gets ¥4.6 trillion, of which ¥1.9 trillion goes to pensions and"
            " ¥3.1 trillion to child care.",
            ["CC303"],
        ),
        # a verb that sets parts of the total aside for their uses
        (
            "The $90 billion package provides $28 billion for small firms and $8 billion for"
            " schools.",
            [],
        ),
        (
            "The $90 billion package provides $28 billion for small firms and $82 billion for"
            " schools.",
            ["CC303"],
        ),
        ("The $2 billion fund sets aside $300 million for parks and $900 million for roads.", []),
        # amounts per period are no parts of a total that is none
        (
            "The $2 billion fund provides $500 million a year for five years and $400 million a"
            " year after that.",
            [],
        ),
        # a count split after a colon
        ("The floods killed 14 people: 9 in the north and 5 in the south.", []),
        ("The floods killed 14 people: 9 in the north and 15 in the south.", ["CC303"]),
        ("The carrier flies to 60 cities: 20 in Europe, 25 in Asia and 15 elsewhere.", []),
        ("The carrier flies to 60 cities: 20 in Europe, 35 in Asia and 15 elsewhere.", ["CC303"]),
    ],
)
def test_an_open_list_may_fall_short_never_exceed(text: str, found: list[str]) -> None:
    assert rules(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Fuel imports cost KES 96.5 billion: KES 41.2 billion went on diesel and KES 30.8"
        " billion on petrol.",
        "Oslo pledged €4.2 billion and Bern €3.1 billion, bringing the total to €9.5 billion.",
        "Transfers came to €12.4 billion this year: €6.1 billion from the regions and"
        " €2.7 billion from the cities.",
    ],
)
def test_a_colon_list_is_read_open(text: str) -> None:
    """Also a total a list brings a running figure to: it may hold earlier parts."""
    claims = summed(text)
    assert claims
    assert all(claim.open for claim in claims)


@pytest.mark.parametrize(
    "text",
    [
        # a change, a comparison, an earlier value or another currency among the figures
        "Reserves reached $41.5 billion: gold made up $12.3 billion, up from $9.9 billion,"
        " and currencies $25.0 billion.",
        "Receipts came to €7.7 billion, compared with €6.1 billion: €3.3 billion from"
        " tolls and €2.2 billion from fares.",
        "The fund is worth $18 billion, made up of $9 billion in bonds and ¥400 billion in shares.",
        "The fund held $18 billion, made up of $11 billion in bonds in 2022 and $13 billion"
        " in 2023.",
        # rates over periods, ranges, multiples and signed parts
        "The buyer will pay $75 million: $41 million upfront and $8.5 million a year for"
        " the next four years.",
        "The works cost $2 billion: between $1.1 billion and $1.4 billion.",
        "Net profit came to £1.4 billion: £2.6 billion of trading profit and a £0.9 billion"
        " charge.",
        # two ways of splitting one total, and a nested split
        "Shipments of $9 billion, including $6 billion to Asia and $5 billion of machinery,"
        " set a record.",
        "Welfare gets R210bn, of which R160bn goes on grants, including R64bn for pensions"
        " and R55bn for child support.",
        # ", with" after a total no word names as one
        "Fares rose to €61.8 million, with island routes at €38.5 million and coastal"
        " routes at €17.2 million.",
        # after its parts, a total in another clause, or one a running figure may exceed
        "Lagos spent ₦41 billion and Kano ₦23 billion; altogether ₦70 billion was spent.",
        "Ajax took €41.3 million, PSV €27.9 million and Feyenoord took loans totalling"
        " €19.2 million.",
        "Sales were $4.1 billion in 2023 and $3.9 billion in 2022, a combined $8.0 billion.",
        # the figure before the cue is a part itself, or a share of the whole
        "About $6 billion came from Ohio, $4 billion from Iowa and $3 billion from Utah.",
        "Most of the $12 billion came from Ohio ($7 billion) and Iowa ($2 billion).",
        # counts after their parts: a count before them may be one of them
        "Some 9,000 tests were run, the north logged 1,240 cases and the south 860, a total"
        " of 2,100.",
        # a whole the parts come out of, not their sum
        "Ferries earned €31.6 million and buses €22.9 million, out of total fares of"
        " €94.5 million.",
        # counts of other things after a colon: no parts of the count before it
        "The side finished on 82 points: 24 wins, 10 draws and 4 defeats.",
        "The plant employs 480 workers: 3 shifts of 160.",
    ],
)
def test_figures_that_are_no_list_of_parts_make_no_total(text: str) -> None:
    assert summed(text) == []


_CURRENCIES = st.sampled_from(["$", "€", "£", "R", "Rs "])
_SCALES = st.sampled_from(["million", "billion"])
_LABELS = ["for schools", "for roads", "for hospitals", "for housing"]


def _breakdown(parts: list[float], total: float, mark: str, scale: str) -> str:
    listed = [f"{mark}{p:.1f} {scale} {label}" for p, label in zip(parts, _LABELS, strict=False)]
    joined = ", ".join(listed[:-1]) + " and " + listed[-1]
    return f"The council will spend {mark}{total:.1f} {scale}, made up of {joined}."


@settings(max_examples=40, deadline=None)
@given(
    parts=st.lists(st.integers(10, 900), min_size=2, max_size=4),
    mark=_CURRENCIES,
    scale=_SCALES,
    slip=st.integers(0, 3),
)
def test_generated_breakdowns_are_flagged_only_when_they_miss(
    parts: list[int], mark: str, scale: str, slip: int
) -> None:
    values = [p / 10 for p in parts]
    total = sum(values)
    assert rules(_breakdown(values, total, mark, scale)) == []
    off = list(values)
    off[slip % len(off)] += total * 0.2  # the parts now miss the total by 20%
    assert rules(_breakdown(off, total, mark, scale)) == ["CC303"]
