"""Totals as real copy words them, eighth set: parts in the sentence after their total set
against earlier values there, a split's parts named in relative
clauses, a total restated in brackets before its cue, "of that" after a semicolon, a split
"as follows" whose parts must all be there, and the whole a pair of side words splits;
with guards for readings the words do not support."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck


def flagged(text: str) -> list[tuple[str, str]]:
    """Each finding's rule and the text it points at."""
    report = claimcheck.check(text)
    return [(finding.rule, text[finding.start : finding.end]) for finding in report.findings]


def verdicts(text: str) -> list[str]:
    """The verdict on each total read."""
    judged = claimcheck.check(text).judged()
    return [verdict.verdict for claim, verdict in judged if claim.kind == "total"]


def slipped(text: str, find: str, replace: str) -> str:
    """The text with its one `find` replaced."""
    before, found, after = text.partition(find)
    assert found and find not in after
    return before + replace + after


# --- parts named by a verb in the next sentence -------------------------------------------


def test_parts_set_against_earlier_values_in_the_next_sentence() -> None:
    text = (
        "The central bank's reserves rose to $61.8 billion from $58.2 billion in March."
        " Foreign currency holdings made up $47.5 billion, against $45.0 billion, and gold"
        " $12.9 billion, up from $11.8 billion."
    )
    assert flagged(text) == []
    assert "consistent" in verdicts(text)
    assert ("CC303", "$61.8 billion") in flagged(slipped(text, "$47.5 billion", "$57.5 billion"))


def test_a_total_stated_as_a_share_is_no_whole_of_the_next_sentence() -> None:
    # the first figure is itself a part of a whole named after it
    text = (
        "Wages of R640 million took a third of the value added. Lenders accounted for R505"
        " million and the state for R225 million."
    )
    assert flagged(text) == []


# --- parts named in relative clauses after a split ------------------------------------------


def test_parts_named_in_relative_clauses() -> None:
    text = (
        "A further 840 million kroner for research is divided between the universities,"
        " which get 610 million kroner, and the national institutes, which receive 230"
        " million kroner."
    )
    assert flagged(text) == []
    assert "consistent" in verdicts(text)
    wrong = slipped(text, "230 million", "330 million")
    assert ("CC303", "840 million kroner") in flagged(wrong)


# --- a total restated in brackets before its breakdown cue ----------------------------------


@pytest.mark.parametrize("bracket", ["(Rs 31.6 billion)", "(about $380 million)", "(a record)"])
def test_a_total_restated_in_brackets_before_its_cue(bracket: str) -> None:
    text = (
        f"The state's Rs 3,160 crore {bracket} for irrigation is split between canals,"
        " which get Rs 2,240 crore, and wells, which get Rs 920 crore."
    )
    assert flagged(text) == []
    wrong = slipped(text, "Rs 920 crore", "Rs 1,920 crore")
    assert ("CC303", "Rs 3,160 crore") in flagged(wrong)


# --- "of that" after a semicolon points back within the sentence --------------------------


def test_of_that_after_a_semicolon() -> None:
    text = (
        "The insurer booked a profit of €812 million, up from €655 million; of that, €744"
        " million went to shareholders and €68 million to minority owners."
    )
    assert flagged(text) == []
    assert "consistent" in verdicts(text)
    assert ("CC303", "€812 million") in flagged(slipped(text, "€744 million", "€784 million"))


def test_of_that_after_a_semicolon_with_two_candidates_is_unread() -> None:
    # which of the two amounts "that" means is not said
    text = (
        "Sales rose to $5.2 billion and costs to $4.6 billion; of that, $3.9 billion went"
        " on wages and $1.1 billion on rent."
    )
    assert flagged(text) == []
    assert verdicts(text) == []


# --- a split "as follows": the list is all of it --------------------------------------------


def test_divided_as_follows_lists_every_part() -> None:
    text = (
        "The 151 seats of the new chamber were divided as follows: the Alliance 78, the"
        " Front 41, the Greens 19 and independents 13."
    )
    assert flagged(text) == []
    # falling short of the total is a slip too, not a list that leaves parts out
    assert ("CC303", "151") in flagged(slipped(text, "Front 41", "Front 14"))


# --- a whole split by side words --------------------------------------------------------------


def test_the_whole_named_by_the_side_that_opens_the_split() -> None:
    # "Rural residents" is split; the town count before is no whole of it
    text = (
        "The district had 433,180 town dwellers and 812,406 rural residents. Rural"
        " residents split into 419,077 men and 393,329 women."
    )
    assert flagged(text) == []
    assert ("CC303", "812,406") in flagged(slipped(text, "393,329", "339,329"))


def test_a_count_compared_with_is_no_whole_of_a_split() -> None:
    text = (
        "The island counted 86,211 inhabitants in 2022, down from 88,950 a decade before."
        " Women outnumbered men: there were 44,120 females and 42,091 males."
    )
    assert flagged(text) == []
    assert ("CC303", "86,211") in flagged(slipped(text, "42,091", "24,091"))


def test_a_different_group_opening_the_split_is_unread() -> None:
    text = "The town had 52,940 residents. Rural residents split into 34,967 men and 30,019 women."
    assert flagged(text) == []


# --- other relations the parts' sentences must not be read into -----------------------------


def test_the_rest_after_a_share_of_an_unstated_whole_takes_no_earlier_whole() -> None:
    text = (
        "Exports, at $19.4bn, were 61% of the country's $31.9bn trade. Oil sales supplied"
        " $14.6bn (75% of the export total), and the rest, $4.8bn or 25%, came from other"
        " goods."
    )
    assert flagged(text) == []


def test_a_part_is_compared_not_its_whole() -> None:
    text = "The party won 291 of the 577 seats, eight short of the 299 needed to govern alone."
    assert flagged(text) == []
    assert ("CC304", "six") in flagged(slipped(text, "eight short", "six short"))


# --- property: generated next-sentence breakdowns -------------------------------------------


@settings(max_examples=25, deadline=None)
@given(
    a=st.integers(min_value=11, max_value=89),
    b=st.integers(min_value=11, max_value=89),
    c=st.integers(min_value=11, max_value=89),
    verb=st.sampled_from(["accounted for", "contributed", "made up"]),
    off=st.sampled_from([0, 9, 20]),
)
def test_generated_verb_breakdowns(a: int, b: int, c: int, verb: str, off: int) -> None:
    total = a + b + c + off  # parts may fall short of their total, never exceed it
    text = (
        f"The group's revenue came to {total}.4 million pounds. Retail {verb} {a}.1 million"
        f" pounds, wholesale {b}.2 million pounds and online {c}.1 million pounds."
    )
    assert flagged(text) == []
    over = f"The group's revenue came to {a + b}.4 million pounds." + text[text.index(" Retail") :]
    assert any(rule == "CC303" for rule, _ in flagged(over))
