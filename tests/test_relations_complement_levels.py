"""A whole split by two words that make it whole, each part the level a move reached:
"Employment fell by 1,000 to 11,902,300. Full-time jobs rose 17,600 to 8,228,700, while
part-time employment shed 18,500 to 3,673,600". The moves' sizes are neither the whole
nor parts, whatever verb states them ("shed" is one that says a fall)."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.model.claims import TotalClaim
from readings import assert_caught, rules

CLEAN = (
    "Employment fell by about 1,000 to 11,902,300 in December, the bureau said. Full-time "
    "jobs rose 17,600 to 8,228,700, while part-time employment shed 18,500 to 3,673,600."
)


def splits(text: str) -> list[tuple[str, list[str]]]:
    """Each total read: its whole and its parts, as written."""
    return [
        (claim.total.text or "", [part.text or "" for part in claim.parts])
        for claim in claimcheck.check(text).claims
        if isinstance(claim, TotalClaim)
    ]


def test_the_levels_reached_split_the_level_before() -> None:
    assert splits(CLEAN) == [("11,902,300", ["8,228,700", "3,673,600"])]
    assert_caught(CLEAN, CLEAN.replace("3,673,600", "3,763,600"), "CC303")


def test_shed_states_a_fall() -> None:
    clean = "Payrolls shed 18,500 to 3,673,600 from 3,692,100 in December."
    assert_caught(clean, clean.replace("3,692,100", "3,592,100"), "CC302")


MOVES = ["rose", "fell", "shed", "added", "lost", "gained"]


@settings(max_examples=50, deadline=None)
@given(
    full=st.integers(min_value=4_000_001, max_value=9_000_000),
    part=st.integers(min_value=1_000_001, max_value=3_900_000),
    moves=st.tuples(
        st.integers(1_001, 40_000), st.integers(1_001, 40_000), st.integers(1_001, 9_000)
    ),
    slip=st.integers(min_value=-3, max_value=3),
    words=st.sampled_from([("full-time", "part-time"), ("urban", "rural"), ("male", "female")]),
    verbs=st.tuples(st.sampled_from(MOVES), st.sampled_from(MOVES)),
)
def test_the_split_is_judged_whatever_the_sizes(
    full: int,
    part: int,
    moves: tuple[int, int, int],
    slip: int,
    words: tuple[str, str],
    verbs: tuple[str, str],
) -> None:
    """Whatever the moves' sizes, the two levels reached must add up to the level before:
    a total ten thousand or more off is a finding, one that adds up is none. (Every level
    is written to the unit, so that no rounding can cover the slip.)"""
    assume(full % 10 and part % 10 and (full + part) % 10)
    total = full + part + slip * 10_000
    text = (
        f"Employment rose by {moves[2]:,} to {total:,} in May. {words[0].capitalize()} "
        f"workers {verbs[0]} {moves[0]:,} to {full:,}, while {words[1]} workers {verbs[1]} "
        f"{moves[1]:,} to {part:,}."
    )
    assert rules(text) == ([] if slip == 0 else ["CC303"])
