"""Totals read as scored candidates (extract/candidate_totals.py): a total, a breakdown cue
after it and its parts, with words, clauses, dates and names between them; the total is
the candidate the words make clearly best, never the one whose parts add up."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck


def rules(text: str) -> list[str]:
    return [f.rule for f in claimcheck.check(text).findings]


def totals(text: str) -> list[tuple[str, str, bool]]:
    """Each total claim's verdict, total and whether its list is open."""
    return [
        (v.verdict, c.total.text, c.open)  # type: ignore[attr-defined]
        for c, v in claimcheck.check(text).judged()
        if c.kind == "total"
    ]


@pytest.mark.parametrize(
    ("text", "find", "replace", "total", "open_list"),
    [
        # a date, a name and an aside between the total and its cue
        (
            "The charity raised $8.4 million in 2025, a record according to its director Ana"
            " Ruiz, split between $5.1 million from private donors and $3.3 million in"
            " government grants.",
            "$3.3 million",
            "$3.9 million",
            "$8.4 million",
            False,
        ),
        # a change between the total and its cue, a relative clause between the parts
        (
            "The region recorded 6,240 road accidents, 310 fewer than in 2023, made up of 4,100"
            " in towns, which police patrol more often, and 2,140 on rural roads.",
            "2,140",
            "2,340",
            "6,240",
            False,
        ),
        # a bracketed aside before an open list: the parts may fall short, never exceed
        (
            "The ministry will spend 96 billion pesos on water (its largest budget since 2011),"
            " of which 40 billion pesos for new pipes, which engineers have long requested,"
            " and 31 billion pesos for treatment plants.",
            "40 billion pesos",
            "70 billion pesos",
            "96 billion pesos",
            True,
        ),
        # "of which" with one part, a unit and a name between
        (
            "Harbour cranes at Port Elm moved 412,000 tonnes this spring, a record says director"
            " Li Wen, of which 390,000 tonnes were bound for Egypt.",
            "390,000 tonnes were",
            "490,000 tonnes were",
            "412,000 tonnes",
            True,
        ),
    ],
)
def test_a_split_with_words_between_is_read(
    text: str, find: str, replace: str, total: str, open_list: bool
) -> None:
    assert totals(text) == [("consistent", total, open_list)]
    assert rules(text) == []
    slipped = text.replace(find, replace)
    assert [t[0] for t in totals(slipped)] == ["inconsistent"]
    assert rules(slipped) == ["CC303"]


def test_including_is_left_to_the_other_readers() -> None:
    """ "including" may attach to a noun before the nearest figure: no candidate reading."""
    including = (
        "The charity raised $8.4 million in 2025, a record according to its director Ana"
        " Ruiz, including $5.1 million from private donors and $3.9 million in grants."
    )
    split = including.replace("including", "split between")
    assert totals(including) == []
    assert rules(split) == ["CC303"]


LABELS = st.sampled_from(["for roads", "on repairs", "in grants", "for staff pay", "abroad"])
ASIDES = st.sampled_from(
    [
        ", a record according to the mayor's office in Lyon,",
        ", which the council approved in a vote on March 3,",
    ]
)


@settings(max_examples=25, deadline=None)
@given(
    st.integers(2, 90),
    st.integers(2, 90),
    LABELS,
    LABELS,
    ASIDES,
    st.booleans(),
)
def test_words_between_never_break_the_split(
    first: int, second: int, label1: str, label2: str, aside: str, slip: bool
) -> None:
    whole = first + second + (7 if slip else 0)
    text = (
        f"The town budgeted ${whole} million in 2026{aside} split between ${first} million"
        f" {label1} and ${second} million {label2}."
    )
    assert [t[0] for t in totals(text)] == ["inconsistent" if slip else "consistent"]


def test_parallel_parts_before_a_total_are_read() -> None:
    """Parts each after the same preposition, changes between them, then the total."""
    text = (
        "Ticket revenue at the three parks climbed: the northern one grew 6% to 41.2 million"
        " francs, the lakeside one 3% to 28.5 million francs, for a total of 69.7 million"
        " francs, a record."
    )
    assert totals(text) == [("consistent", "69.7 million francs", False)]
    slipped = text.replace("28.5 million", "26.5 million")
    assert rules(slipped) == ["CC303"]
    # a figure after another word makes the list unclear: no claim
    unclear = text.replace("the lakeside one 3% to", "the lakeside one, worth")
    assert totals(unclear) == []
