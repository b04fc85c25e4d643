"""A total that is the subject of a verb sharing it out ("allocates", "devotes") and the
parts after the verb: "The £8.3 billion budget allocates £4.2 billion to schools and £3.1
billion to hospitals". The parts may fall short of the total, never exceed it; "gives"
is no such verb ("that gives a new value of $172,200 and a tax bill of $1,071.78")."""

from __future__ import annotations

import pytest

from readings import assert_caught, rules


@pytest.mark.parametrize("verb", ["allocates", "allots", "assigns", "devotes"])
def test_parts_after_an_allocating_verb_never_exceed_its_subject(verb: str) -> None:
    clean = f"The £8.3 billion budget {verb} £4.2 billion to schools and £3.1 billion to hospitals."
    assert_caught(clean, clean.replace("£3.1 billion", "£4.8 billion"), "CC303")


def test_gives_yields_a_result_not_a_share_out() -> None:
    text = (
        "Applied to the $150,000 example, that gives a new value of $172,200 and a tax bill "
        "of $1,071.78."
    )
    assert rules(text) == []
