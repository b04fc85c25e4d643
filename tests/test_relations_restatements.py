"""Counts restated in another spelling as real copy words them: after the noun counted,
after a comma ("or", "that is", a hedge), and in full digits against a scale word, in
Indian or Western numbering; amounts respelled in the same currency. Each form is
checked clean (no finding) and with a slip in the restatement (CC305)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck


def rules(text: str) -> list[str]:
    return [f.rule for f in claimcheck.check(text).findings]


def verdicts(text: str) -> list[str]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == "restated-figure"]


# Each form twice: the restatement right, then with a slip in it.
FORMS = [
    "Assam counted 3,12,05,576 people, or {} crore, in the 2011 census.",
    "About 94.5 crore voters, nearly {} million, are on the rolls this year.",
    "The scheme has reached 11,04,52,000 farmers (about {} million), the ministry said.",
    "The state employs 6.8 lakh teachers, that is {}, across its districts.",
    "Close to 1.1 billion people, roughly {} crore, live in the two countries.",
    # an amount respelled in the same currency
    "The cut releases Rs 480 billion, that is Rs {} crore, into the banks.",
    "Next year's GDP is put at ₹101.7 lakh crore, or ₹{} trillion, by the council.",
    # an amount written out in words and in digits, or restated about at another scale
    "The bill sets aside four hundred and fifty billion naira (₦{}bn) for transfers.",
    "The fund was worth €{} million (eighty-four million euros) at the end of June.",
    "The deficit reached ₹9,35,120 crore (about ₹{} lakh crore) last year.",
    "Abuja budgeted three hundred and ten billion naira (N{}bn) for roads.",
    # an Indian compound count, crore and lakh together, is one figure
    "The district has 1,84,00,000 voters ({}) on its rolls.",
    "Dhaka's census counts 2 crore 35 lakh residents, or {} million, this year.",
]
RIGHT = [
    "3.12",
    "945",
    "110.5",
    "680,000",
    "110",
    "48,000",
    "101.7",
    "450",
    "84",
    "9.35",
    "310",
    "1 crore 84 lakh",
    "23.5",
]
WRONG = [
    "4.12",
    "845",
    "101.5",
    "860,000",
    "170",
    "84,000",
    "107.1",
    "540",
    "48",
    "3.95",
    "301",
    "1 crore 48 lakh",
    "32.5",
]


@pytest.mark.parametrize(("form", "figure"), list(zip(FORMS, RIGHT, strict=True)))
def test_a_count_respelled_another_way_is_read_and_fits(form: str, figure: str) -> None:
    text = form.format(figure)
    assert rules(text) == []
    assert verdicts(text) == ["consistent"]


@pytest.mark.parametrize(("form", "figure"), list(zip(FORMS, WRONG, strict=True)))
def test_a_slip_in_a_count_respelled_another_way_is_flagged(form: str, figure: str) -> None:
    assert rules(form.format(figure)) == ["CC305"]


@pytest.mark.parametrize(
    ("clean", "slipped"),
    [
        (
            "The rolls list 9.45 crore (9,45,12,300) voters in the state.",
            "The rolls list 9.45 crore (9,54,12,300) voters in the state.",
        ),
        (
            "Some 1.25 million (1,250,400) pupils sat the exam.",
            "Some 1.25 million (1,215,400) pupils sat the exam.",
        ),
        (
            "The census found 3,12,05,576 people, or 3.12 crore, in the state.",
            "The census found 3,12,05,576 people, or 3.21 crore, in the state.",
        ),
    ],
)
def test_a_count_respelled_a_little_off_is_flagged_without_tolerance(
    clean: str, slipped: str
) -> None:
    """Respelling a count between numbering systems is exact: only rounding gives slack,
    so transposed digits one or two percent off are caught, with no tolerance named."""
    assert rules(clean) == []
    (finding,) = claimcheck.check(slipped).findings
    assert finding.rule == "CC305"
    assert "tolerance" not in finding.arithmetic


@pytest.mark.parametrize(
    "text",
    [
        # a count and a smaller part of it, not a restatement
        "The city has 1.2 million residents, 300,000 of them children.",
        "Some 4.5 crore people (2,000 of them officials) took part.",
        # two counts in the same numbering after a comma: a list, not a restatement
        "The region has 2.1 million households, 5.4 million cars and 800,000 bicycles.",
        "Tamil Nadu has 7.2 crore people, 3.6 crore of them women.",
        # an amount and a part of it, or a change, in the same currency
        "The loan was $1.2 billion ($300 million of it in cash).",
        "It raised $1.2 billion, or $300 million more than planned.",
        # a plain bracketed amount in results copy is the year before, not a restatement
        "Revenue rose to £1.2 billion (£980 million) and profit to £140 million (£95 million).",
        "Tax receipts reached Rs 1.2 lakh crore (Rs 98,000 crore) in the quarter.",
        # amounts in two currencies are a conversion, not a restatement
        "The council spent Rs 480 billion, or $5.8 billion, on roads.",
    ],
)
def test_neighbouring_counts_that_are_not_restatements_are_not_read(text: str) -> None:
    assert verdicts(text) == []
    assert rules(text) == []


@st.composite
def respelled_documents(draw: st.DrawFn, *, slip: bool) -> str:
    """A count in full digits (Indian grouping) restated in crore, or in lakh as millions."""
    if draw(st.booleans()):
        count = draw(st.integers(10_000_000, 999_999_999))
        crore = count / 1e7 * (draw(st.sampled_from((0.8, 1.25))) if slip else 1)
        digits = f"{count:,}".replace(",", "")
        head, tail = digits[:-3], digits[-3:]
        pairs = [head[max(0, i - 2) : i] for i in range(len(head), 0, -2)][::-1]
        return f"The census counted {','.join(pairs)},{tail} people, or {crore:.2f} crore."
    lakh = draw(st.integers(11, 990))
    million = lakh / 10 * (draw(st.sampled_from((0.8, 1.25))) if slip else 1)
    return f"The ministry enrolled {lakh} lakh pupils, about {million:.1f} million, this year."


@settings(max_examples=30, deadline=None)
@given(text=respelled_documents(slip=False))
def test_a_respelled_count_that_fits_is_never_flagged(text: str) -> None:
    assert rules(text) == []
    assert verdicts(text) == ["consistent"]


@settings(max_examples=30, deadline=None)
@given(text=respelled_documents(slip=True))
def test_a_respelled_count_off_by_a_fifth_is_always_flagged(text: str) -> None:
    assert rules(text) == ["CC305"]
