"""A move whose clause opens with a later time and a subject pointing back takes its
earlier value from the sentence before: "India's farm exports were worth $3.0997 billion
in 1994/95. By 1996/97 the total had grown to $5.7336 billion", "... reached R$4.6 billion
in March. In April, the Anbima data show, they dropped to R$1.9 billion, a decline of
R$2.7 billion". A subject naming something else, or two candidates, make no reading."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from readings import change_pairs, flagged, rules, unrounded

OPENERS = ("By 2021", "By 2020/21", "Two years later", "Later,", "In the second quarter,")
SUBJECTS = ("the total", "it", "its value", "the value of exports")


@settings(max_examples=40, deadline=None)
@given(
    earlier=unrounded(101, 499),
    later=unrounded(501, 999),
    opener=st.sampled_from(OPENERS),
    subject=st.sampled_from(SUBJECTS),
    rose=st.booleans(),
)
def test_a_later_time_and_a_pointing_subject_take_the_level_before(
    earlier: int, later: int, opener: str, subject: str, rose: bool
) -> None:
    first, second = (earlier, later) if rose else (later, earlier)
    text = (
        "The country's exports were worth ${:.1f} billion in 2019. {} {} had {} to ${:.1f} billion."
    )
    right, wrong = ("grown", "fallen") if rose else ("fallen", "grown")
    clean = text.format(first / 10, opener, subject, right, second / 10)
    assert change_pairs(clean) == [(f"${first / 10:.1f} billion", f"${second / 10:.1f} billion")]
    assert flagged(clean) == []
    assert rules(text.format(first / 10, opener, subject, wrong, second / 10)) == ["CC302"]


@settings(max_examples=40, deadline=None)
@given(
    new=unrounded(11, 49),
    fall=unrounded(11, 49),
    slip=st.integers(1, 9),
    aside=st.sampled_from(("", ", the Anbima data show,", ", the association said,")),
)
def test_a_pronoun_after_a_later_time_takes_the_level_before_a_sized_move(
    new: int, fall: int, slip: int, aside: str
) -> None:
    assume((new + fall) % 10)  # a figure ending in 0 may be rounded
    text = (
        "Net inflows into equity funds reached R${:.1f} billion in March. In April{} they"
        " dropped to R${:.1f} billion, a decline of R${:.1f} billion."
    )
    earlier = new + fall
    clean = text.format(earlier / 10, aside, new / 10, fall / 10)
    assert change_pairs(clean) == [(f"R${earlier / 10:.1f} billion", f"R${new / 10:.1f} billion")]
    assert flagged(clean) == []
    assert rules(text.format(earlier / 10, aside, new / 10, (fall + slip * 10) / 10)) == ["CC301"]


def test_a_subject_naming_another_quantity_takes_no_level_before() -> None:
    # imports are no point back to the exports before: no earlier value, no direction
    text = "Exports were worth $3.1 billion in 2019. By 2021 imports had fallen to $5.7 billion."
    assert change_pairs(text) == []
    assert flagged(text) == []


def test_two_candidates_before_make_no_reading() -> None:
    text = (
        "Exports were worth $3.1 billion and imports $2.8 billion in 2019. By 2021 the total"
        " had fallen to $5.7 billion."
    )
    assert change_pairs(text) == []
    assert flagged(text) == []


def test_later_alone_opens_a_later_time() -> None:
    text = (
        "The country's exports were worth $31.3 billion in 2019. Later, the total had fallen"
        " to $57.1 billion."
    )
    assert change_pairs(text) == [("$31.3 billion", "$57.1 billion")]
    assert rules(text) == ["CC302"]
