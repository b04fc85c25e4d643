"""Shares and fractions as real copy words them: a whole named by the "of" phrase that opens
the part's clause anywhere in its sentence, an apposition ("the equivalent of") or a verb
("has a rate of") between part and share, an owner of several words before the whole, a
part inside a relative clause before its verb, a total stated in the next sentence, a part
and share in one subordinate clause, and a fraction whose part is set off after it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck


def flagged(text: str) -> list[tuple[str, str]]:
    """Each finding's rule and the text it points at."""
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


def shares(text: str) -> list[tuple[str, str]]:
    """Each share claim with a verdict, and its verdict."""
    return [
        (c.kind, v.verdict)
        for c, v in claimcheck.check(text).judged()
        if c.kind == "share" and v.verdict in ("consistent", "inconsistent")
    ]


# (clean text, the figure a slip changes, its slipped form, the finding's message)
READINGS = [
    # the whole opens the part's clause after a colon, past another share's whole
    (
        "Labour took 31 of the 60 upper-house seats (51.7%); of the 120 seats in the lower"
        " house, 58, or 48.3%, went to the coalition.",
        "48.3%",
        "61.3%",
        "58 / 120 = 48.3%, not 61.3%",
    ),
    # ... or after a comma and a phrase of place
    (
        "The Greens hold 14 of 90 seats in the senate (15.6%), and in the lower chamber, of"
        " the 240 seats, 36, or 15%, are theirs.",
        "or 15%",
        "or 21%",
        "36 / 240 = 15%, not 21%",
    ),
    # an apposition between the part and its share of a total stated the sentence before
    (
        "Group sales came to €8.0 billion last year. Germany contributed €2.4 billion, the"
        " equivalent of 30% of the total.",
        "30%",
        "40%",
        "2.4 billion EUR / 8.0 billion EUR = 30%, not 40%",
    ),
    # an owner of several words before the whole
    (
        "Women now hold 52 of the National Assembly's 175 seats, or 29.7 percent.",
        "29.7 percent",
        "25.7 percent",
        "52 / 175 = 29.7%, not 25.7 percent",
    ),
    # a verb, not a comma, before the share noun; the part points back to its whole
    (
        "A college that drew 12,400 applications and admitted 1,860 of those applicants has"
        " an admission rate of 15%.",
        "15%",
        "12%",
        "1,860 / 12,400 = 15%, not 12%",
    ),
    # the part inside a relative clause between its subject and the share verb
    (
        "Solar farms, which added 84 GW of capacity, supplied 67% of the 126 GW of new capacity.",
        "67%",
        "55%",
        "84 GW / 126 GW = 66.7%, not 55%",
    ),
    # the total in the next sentence, named as such and by the share's "of" phrase
    (
        "Electronics makers shipped $41.2 billion, 43% of the country's exports. Total"
        " exports for the year were put at $96.5 billion.",
        "43%",
        "34%",
        "41.2 billion USD / 96.5 billion USD = 42.7%, not 34%",
    ),
    # part and share in one subordinate clause, the whole sized before them
    (
        "The lower house lags, while in the 90-member senate the 27 women make up 30 percent.",
        "30 percent",
        "40 percent",
        "27 / 90 = 30%, not 40 percent",
    ),
    # part and whole in a clause after a phrase opened by a subordinator
    (
        "After the 2019 vote women held 33 of the 120 seats in the chamber, 27.5%.",
        "27.5%",
        "35.5%",
        "33 / 120 = 27.5%, not 35.5%",
    ),
    # a fraction in words, its part set off after it and ending the clause
    (
        "Farm exports reached $6.0 billion, and more than a third, $2.1 billion, came from coffee.",
        "more than a third",
        "less than a quarter",
        "2.1 billion USD / 6.0 billion USD = 35%, not a quarter",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace", "message"), READINGS, ids=str)
def test_a_slipped_share_is_found(text: str, find: str, replace: str, message: str) -> None:
    assert text.count(find) == 1
    slipped = text.replace(find, replace)
    found = [(f.rule, f.message) for f in claimcheck.check(slipped).findings]
    assert ("CC201", message) in found, found


@pytest.mark.parametrize(("text", "find", "replace", "message"), READINGS)
def test_the_clean_share_is_read_and_silent(
    text: str, find: str, replace: str, message: str
) -> None:
    assert flagged(text) == []
    assert ("share", "consistent") in shares(text)


@pytest.mark.parametrize(
    "text",
    [
        # the opener's whole, not the whole of the share before it in the sentence
        "Sweden has 162 women among 349 members (46.4%), and in South Africa, of the 400"
        " seats, 178, or 44.5%, went to women.",
        # a later total in the next sentence is no whole when one came before
        "Farm exports were worth $3.10 billion in 1995. Coffee brought in $0.84 billion,"
        " 27.1% of the total. By 1997 the total had grown to $5.73 billion.",
        # the next sentence names another period's value, not a total
        "Electronics makers shipped $41.2 billion, 43% of the country's exports. A year"
        " earlier exports had been $88.0 billion.",
        # a relative clause naming no part of the whole
        "Guangdong, which invested 2 billion yuan, accounts for 15 percent of China's 134.9"
        " trillion yuan economy.",
        # a relative clause before a change, not a share
        "Exports came to $33.6 billion. Phones, which earned $6.63 billion, rose 41.7%.",
        # a fraction set off before a comparison, not a part
        "Exports reached $2.2 billion, and about a third, $0.7 billion more than last year.",
        # a deficit's share of a GDP the text never states
        "The budget projects total expenditure of Rs 34.8 lakh crore against receipts of"
        " Rs 19.7 lakh crore, which implies a fiscal deficit of Rs 15.1 lakh crore, or 6.8%"
        " of projected GDP.",
        # another rate after a verb, not the share of the part
        "The lender approved 640 of the 1,800 requests, with an interest rate of 9%.",
        # a subordinate clause before the part's own clause: no reading across them
        "When the council approved 8.4 billion euros, 30% of the regional total went to rail.",
    ],
)
def test_clean_copy_stays_silent(text: str) -> None:
    assert flagged(text) == []


@settings(max_examples=30, deadline=None)
@given(
    whole=st.integers(min_value=50, max_value=900),
    fraction=st.floats(min_value=0.1, max_value=0.8),
    off=st.sampled_from([-12, 12]),
)
def test_an_opener_mid_sentence_names_the_whole(whole: int, fraction: float, off: int) -> None:
    part = max(1, round(whole * fraction))
    share = round(100 * part / whole, 1)
    text = (
        f"The first chamber seats 14 women among 61 members (23%), and in the second, of the"
        f" {whole} seats, {part}, or {share}%, went to women."
    )
    assert flagged(text) == []
    wrong = round(share + off, 1)
    slipped = text.replace(f"or {share}%", f"or {wrong}%")
    assert any(rule == "CC201" for rule, _ in flagged(slipped)), slipped
