"""One part after "including" or "includes": "The company sold 2.1 million vehicles,
including 1.2 million in China". The list may leave parts out, so the part may fall short
of its total but never exceed it; a net figure's parts may ("net income of $2 billion,
including $7 billion from a sale" is true when other parts are losses)."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from readings import assert_caught, rules


def test_a_part_above_its_total_is_caught() -> None:
    clean = "The company sold 2.13 million vehicles in 2023, including 1.24 million in China."
    assert_caught(clean, clean.replace("1.24 million", "2.41 million"), "CC303")


def test_includes_as_a_verb_of_the_total() -> None:
    clean = "The ministry's budget of $4.1 billion includes $1.3 billion for roads."
    assert_caught(clean, clean.replace("$1.3 billion", "$4.7 billion"), "CC303")


def test_a_net_figures_part_may_exceed_it() -> None:
    for text in (
        "Net income was $2.1 billion, including $7.3 billion from the sale of a unit.",
        "The company made a profit of $2.1 billion, including a $7.3 billion gain.",
    ):
        assert rules(text) == [], text


def test_a_rate_or_another_subjects_verb_is_no_total() -> None:
    """ "includes" after "and" has the sentence's subject, not the figure before it."""
    text = (
        "The budget raises the minimum wage to $15 an hour and includes $4 million of "
        "capital spending."
    )
    assert rules(text) == []


@settings(max_examples=60, deadline=None)
@given(
    total=st.integers(min_value=1_001, max_value=9_999),
    part=st.integers(min_value=1_001, max_value=9_999),
    cue=st.sampled_from(["including", "of which"]),
    thing=st.sampled_from(["vehicles", "visitors", "tonnes of wheat"]),
)
def test_one_part_is_judged_against_its_total(total: int, part: int, cue: str, thing: str) -> None:
    """Whatever the figures, one part after the cue is a finding exactly when it exceeds
    its total (both written to the thousand, never equal, so that rounding decides
    nothing)."""
    assume(part != total and part % 10 and total % 10)
    text = (
        f"The port handled {total:,} thousand {thing} in 2023, {cue} {part:,} thousand from Asia."
    )
    assert rules(text) == (["CC303"] if part > total else [])
