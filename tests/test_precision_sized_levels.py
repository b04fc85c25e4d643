"""A move stated with its size and the level it reached, then split: "Employment rose by
21,400 to 11,902,300, 17,600 of them full-time and 3,800 part-time". The parts may be the
size's or the level's; the words do not say which, so no total is read, and the parts'
sum is never set against the level. Parts that are levels reached ("full-time jobs rose
17,600 to 8,228,700") say it is the level's."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readings import assert_caught, rules

SPLITS = [
    "{whole}, {a} of them full-time and {b} part-time",
    "{whole}, with {a} more full-time jobs and {b} more part-time ones",
    "{whole}, with {a} additional full-time jobs and {b} additional part-time ones",
]


@settings(max_examples=60, deadline=None)
@given(
    a=st.integers(min_value=1_001, max_value=60_000),
    b=st.integers(min_value=1_001, max_value=60_000),
    level=st.integers(min_value=2_000_000, max_value=20_000_000),
    split=st.sampled_from(SPLITS),
    verb=st.sampled_from(["rose by", "rose", "grew by", "increased by"]),
)
def test_a_split_of_a_move_is_never_set_against_its_level(
    a: int, b: int, level: int, split: str, verb: str
) -> None:
    """Whatever the figures, parts that add up to the size raise no finding."""
    whole = f"Employment {verb} {a + b:,} to {level:,} in May"
    text = split.format(whole=whole, a=f"{a:,}", b=f"{b:,}") + "."
    assert rules(text) == []


def test_levels_reached_still_split_the_level() -> None:
    clean = (
        "Employment rose by 21,400 to 11,902,300 in May: full-time jobs rose 17,600 to "
        "8,228,700 and part-time jobs rose 3,800 to 3,673,600."
    )
    assert_caught(clean, clean.replace("3,673,600", "3,763,600"), "CC303")


def test_a_breakdown_cue_after_a_sized_level_splits_the_level() -> None:
    clean = (
        "Imports declined $4.2 billion to $228.7 billion, made up of goods worth $187.6 "
        "billion and services worth $41.1 billion."
    )
    assert_caught(clean, clean.replace("$41.1 billion", "$14.1 billion"), "CC303")
