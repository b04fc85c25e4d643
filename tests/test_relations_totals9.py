"""Totals as real copy words them, ninth set: a total that opens the clause after a colon
("...: of the 63.8 billion euros set aside, ..."), and listed parts whose names close with
"with" ("Labour with 45%, the Tories with 30%"); with guards for readings the words do not
support."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readings import assert_caught, rules

# --- a total opening the clause after a colon ---------------------------------------------


def test_a_total_opening_the_clause_after_a_colon_is_split_into_its_parts() -> None:
    clean = (
        "Poland came third: of the 63.8 billion euros set aside for Warsaw, 37.7 billion "
        "euros will go to grants and 26.1 billion euros to loans."
    )
    assert_caught(clean, clean.replace("26.1 billion", "36.1 billion"), "CC303")


def test_a_pointer_back_after_a_colon_splits_the_clause_before() -> None:
    clean = (
        "The group made a profit of R3.6 billion: of that, R3.1 billion belonged to "
        "shareholders and R0.5 billion to minority holders."
    )
    assert_caught(clean, clean.replace("R3.1 billion", "R3.9 billion"), "CC303")


def test_a_total_inside_the_clause_after_a_colon_opens_nothing() -> None:
    """Only a total that opens the clause splits it: after "most of", the clause is about
    another figure than its opening words."""
    text = (
        "Turnout was 61%: most of the 308 seats went to the Conservatives, who won 166, "
        "against 103 for the New Democrats and 54 for the Liberals."
    )
    assert rules(text) == []


@settings(max_examples=40, deadline=None)
@given(
    tens=st.integers(min_value=20, max_value=900),
    cut=st.integers(min_value=20, max_value=80),
    excess=st.integers(min_value=1, max_value=60),
)
def test_parts_after_a_colon_opening_are_judged_against_their_total(
    tens: int, cut: int, excess: int
) -> None:
    """Parts that fall short of the total are consistent (not every use need be named);
    parts that exceed it beyond the rounding of the figures written (each ends in a digit
    other than 0, so half a unit each) are a finding, whatever the figures."""
    total = tens * 10 + 7
    first = tens * cut // 100 * 10 + 3
    second = total - first - 1
    text = (
        f"The county listed its plans: of the {total:,} homes to be built, {first:,} will "
        f"go up in the north and {second:,} in the south."
    )
    assert rules(text) == []
    over = text.replace(f"{second:,} in", f"{second + 10 * excess:,} in")
    assert rules(over) == ["CC303"]


# --- parts named with "with" ----------------------------------------------------------


def test_shares_listed_with_with_add_up_to_the_share_they_split() -> None:
    clean = (
        "The top three parties took 90% of the vote: Labour with 45%, the Conservatives "
        "with 30% and the Greens with 15%."
    )
    assert_caught(clean, clean.replace("with 15%", "with 10%"), "CC303")


def test_shares_in_words_listed_with_with_after_a_colon() -> None:
    clean = (
        "Four crops made up 49 per cent of world crop output in 2019: sugarcane with "
        "21 per cent, maize with 12 per cent, rice with 8 per cent and wheat with 8 per cent."
    )
    assert_caught(clean, clean.replace("maize with 12", "maize with 21"), "CC303")


def test_a_part_with_each_after_it_is_not_added_once() -> None:
    """Rice and wheat "with eight per cent each" are two parts of eight: never read as one."""
    text = (
        "Four crops made up 49 per cent of the world's crop output in 2019: sugarcane with "
        "21 per cent, maize with 12 per cent, and rice and wheat with eight per cent each."
    )
    assert rules(text) == []


def test_with_opening_a_loose_list_is_still_no_breakdown() -> None:
    """After "with" opening the list, a comparison may be of the last part or the whole:
    the list is not read as a breakdown."""
    text = (
        "The harvest reached 3.4 million tonnes, with wheat at 2.1 million tonnes and "
        "barley with 1.9 million tonnes, up from 3.1 million tonnes."
    )
    assert rules(text) == []
