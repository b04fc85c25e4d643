"""Rates read from the figures of a clause (extract/rate_triples.py): a total, the count it
is over and the figure per one, whatever order and asides the sentence puts them in. Each
form is checked clean (no finding) and with a seeded slip (a finding at the rate); where
two totals or two counts could be the ones, no rate is read at all."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck


def findings(text: str) -> list[tuple[str, str]]:
    """Each finding's rule and the text it points at."""
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


def rates(text: str) -> list[str]:
    """The verdict on each per-capita claim read in the text."""
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == "per-capita"]


# (clean sentence, slipped sentence, the slipped figure the finding points at)
FORMS = [
    (  # the rate's own noun names its total; the count is named otherwise
        "The Harbour party's 2,480,000 votes returned 40 councillors, roughly 62 thousand"
        " votes for every seat, its best result.",
        "The Harbour party's 2,480,000 votes returned 40 councillors, roughly 72 thousand"
        " votes for every seat, its best result.",
        "72 thousand",
    ),
    (  # across a colon, total and count after the rate
        "The Pirates needed 91.5 thousand votes per seat: 1,098,000 votes gave them just 12 MPs.",
        "The Pirates needed 81.5 thousand votes per seat: 1,098,000 votes gave them just 12 MPs.",
        "81.5 thousand",
    ),
    (  # "each", no unit: the one total is no count
        "In Wales the Rural party's 3,150,000 votes won 45 seats, 70 thousand each, well"
        " clear of its rivals.",
        "In Wales the Rural party's 3,150,000 votes won 45 seats, 80 thousand each, well"
        " clear of its rivals.",
        "80 thousand",
    ),
    (  # a cue before the count marks it as the members
        "In all, 4,420 applications came in, about 17 per school among the 260 campuses"
        " taking part.",
        "In all, 4,420 applications came in, about 27 per school among the 260 campuses"
        " taking part.",
        "27",
    ),
    (  # a small group of people, euros
        "The voucher was worth €120 a person, so a family with 5 members got €600 in total.",
        "The voucher was worth €120 a person, so a family with 5 members got €800 in total.",
        "€120",
    ),
    (  # yen, a household of people
        "Last winter's fuel rebate came to ¥30,000 a head, so a household of 4 people was"
        " paid ¥120,000.",
        "Last winter's fuel rebate came to ¥30,000 a head, so a household of 4 people was"
        " paid ¥150,000.",
        "¥30,000",
    ),
    (  # a parenthetical and a date range before the figures
        "Between April and June (the first quarter), 2,720,000 tickets were sold at 85"
        " venues, some 32 thousand tickets for each venue.",
        "Between April and June (the first quarter), 2,720,000 tickets were sold at 85"
        " venues, some 42 thousand tickets for each venue.",
        "42 thousand",
    ),
    (  # a unit, an aside between total and rate
        "The co-operative's 1,836 tonnes of cocoa, from 612 growers, works out at 3 tonnes each.",
        "The co-operative's 1,836 tonnes of cocoa, from 612 growers, works out at 4 tonnes each.",
        "4 tonnes",
    ),
    (  # a total in tonnes, the figure each in kilograms
        "The country's 1.4 billion people burned 400 million tonnes of coal last year, or"
        " about 286 kg each.",
        "The country's 1.4 billion people burned 400 million tonnes of coal last year, or"
        " about 386 kg each.",
        "386 kg",
    ),
    (  # a whole and its parts in the sentence before, shared out over a population
        "The province owes C$48.6 billion, made up of C$31.2 billion in bonds and C$17.4"
        " billion in loans. Spread over its 5.4 million residents, that is C$9,000 per"
        " resident.",
        "The province owes C$48.6 billion, made up of C$31.2 billion in bonds and C$17.4"
        " billion in loans. Spread over its 5.4 million residents, that is C$6,000 per"
        " resident.",
        "C$6,000",
    ),
    (  # a scale word, a year between
        "The league's 18 clubs drew 5.4 million spectators in 2023, 300,000 a club.",
        "The league's 18 clubs drew 5.4 million spectators in 2023, 360,000 a club.",
        "360,000",
    ),
]


@pytest.mark.parametrize(("clean", "slipped", "where"), FORMS)
def test_a_rate_that_fits_is_read_and_raises_nothing(clean: str, slipped: str, where: str) -> None:
    assert findings(clean) == []
    assert rates(clean) == ["consistent"]


@pytest.mark.parametrize(("clean", "slipped", "where"), FORMS)
def test_a_slipped_rate_is_flagged_at_the_rate(clean: str, slipped: str, where: str) -> None:
    ((rule, at),) = findings(slipped)
    assert rule == "CC306"
    assert at == where


@pytest.mark.parametrize(
    "text",
    [
        # two totals of one currency, no cue to pick
        "The fund paid $600 million in 2022 and $780 million in 2023 to its 1.5 million"
        " members, $400 a member.",
        # two counts of people: the figure per head may be over either or both
        "Greater Hobart has 2.05 million residents and its 250,000 commuters, and the levy"
        " raises $920 million, or $400 a head.",
        "The levy raises $920 million from the city's 2.05 million residents and its 250,000"
        " commuters, about $400 a head.",
        # two totals its own noun names
        "The party's 2,480,000 votes and 1,900,000 postal votes returned 40 seats, about 71"
        " thousand votes for every seat.",
        # two counts "each" may be over
        "The 40 clubs and their 1,200 players shared 60 million rand, 65 thousand rand each.",
        # a count glued to its noun is the size of another thing
        "Tickets cost $45 a seat at the 18,000-seat arena, which took $12 million last season.",
        # a price, not an average over the clause
        "The 20 firms pledged $5 million each to the $2 billion fund.",
        # per unit of time, per share
        "Brent rose to $84 a barrel as OPEC's 13 members agreed to cut 2 million barrels a"
        " day, worth about $61 billion a year.",
        "The company paid a dividend of 52 cents a share, or $1.3 billion in all, to its"
        " 40,000 shareholders.",
    ],
)
def test_no_rate_is_read_without_one_clear_reading(text: str) -> None:
    assert findings(text) == []
    assert rates(text) == []


@settings(max_examples=40, deadline=None)
@given(
    seats=st.integers(min_value=12, max_value=400),
    per_seat=st.integers(min_value=20_000, max_value=150_000),
    form=st.sampled_from(
        [
            "The {party} party's {total:,} votes returned {count} MPs, or {per} thousand"
            " votes for every seat.",
            "The {party} party needed {per} thousand votes per seat: {total:,} votes brought"
            " it {count} MPs.",
            "In the north the {party} party's {total:,} votes won {count} seats, {per}"
            " thousand each, after a long campaign.",
        ]
    ),
    party=st.sampled_from(["Green", "Harbour", "Farmers'", "Civic"]),
    slip=st.sampled_from([0.0, 0.5, 0.75, 0.85, 1.15, 1.3, 2.0]),
)
def test_a_generated_rate_is_flagged_exactly_when_off(
    seats: int, per_seat: int, form: str, party: str, slip: float
) -> None:
    total = seats * per_seat
    stated = per_seat * (slip or 1.0) / 1000
    text = form.format(party=party, total=total, count=seats, per=f"{stated:.2f}")
    if slip:  # off by more than 10%
        assert [rule for rule, _ in findings(text)] == ["CC306"]
    else:
        assert findings(text) == []
        assert rates(text) == ["consistent"]


@settings(max_examples=30, deadline=None)
@given(
    members=st.integers(min_value=2, max_value=9),
    per_person=st.integers(min_value=50, max_value=5_000),
    currency=st.sampled_from(["$", "€", "£", "¥"]),
    slip=st.sampled_from([0.0, 0.6, 0.88, 1.12, 1.5]),
)
def test_a_generated_group_payment_is_flagged_exactly_when_off(
    members: int, per_person: int, currency: str, slip: float
) -> None:
    total = round(members * per_person * (slip or 1.0))
    text = (
        f"The grant came to {currency}{per_person:,} a person, so a family with {members}"
        f" members received {currency}{total:,} altogether."
    )
    if slip:
        assert [rule for rule, _ in findings(text)] == ["CC306"]
    else:
        assert findings(text) == []
