"""A gap a verb states between two sides named by nouns, their figures stated before it:
"The census counted 23,498,000 females and 22,407,000 males. Females thus outnumbered
males by 1,091,000"."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readings import flagged, unrounded

SIDES = (
    ("females", "males", "outnumbered"),
    ("exports", "imports", "exceeded"),
    ("orders", "shipments", "outstripped"),
    ("applications", "approvals", "outpaced"),
)


@settings(max_examples=40, deadline=None)
@given(
    low=unrounded(100_001, 900_000),
    gap=unrounded(1_001, 99_999),
    sides=st.sampled_from(SIDES),
    then=st.sampled_from([". ", ", so "]),
    slip=st.integers(1, 9),
)
def test_a_gap_between_sides_named_by_nouns_is_checked(
    low: int, gap: int, sides: tuple[str, str, str], then: str, slip: int
) -> None:
    more, fewer, verb = sides
    text = "The office counted {:,} {} and {:,} {}{}{} {} {} by {:,}."
    opening = more.capitalize() if then == ". " else more
    clean = text.format(low + gap, more, low, fewer, then, opening, verb, fewer, gap)
    assert flagged(clean) == []
    wrong = gap + slip * 10_000
    slipped = text.format(low + gap, more, low, fewer, then, opening, verb, fewer, wrong)
    assert flagged(slipped) == [("CC304", f"{wrong:,}")]


def test_sides_named_before_their_figures_across_sentences() -> None:
    text = (
        "New orders came in at $87.3 billion in September, while shipments of those goods"
        " were $84.9 billion. Orders thus exceeded shipments by $2.4 billion."
    )
    assert flagged(text) == []
    assert flagged(text.replace("$2.4", "$4.2")) == [("CC304", "$4.2 billion")]


def test_a_noun_that_names_no_figure_relates_nothing() -> None:
    text = (
        "The census counted 23,498,000 females and 22,407,000 males. Women thus outnumbered"
        " men by 1,191,000."
    )
    assert flagged(text) == []
