"""Readings fixed by probing with pairs of passages written by others (issue 10).

Each pair was a clean passage and the same passage with one figure slipped. Five clean
passages raised a finding: a direction word that opens a place's name ("Greater China"), a
running balance set against one period's sides, an age bound read as the whole of a count,
a total stated after a figure per head that points back to its own, and a vote tally that
hid a budget's split. Each test pairs the guard with the slip it must still catch. The
last test is a reading the pairs showed missing: a change pointing back through an article.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

import claimcheck


def rules(text: str) -> list[str]:
    return [f.rule for f in claimcheck.check(text, date="2024-05-01").findings]


# A direction word written with a capital before a capitalised word names a place.
@given(
    name=st.sampled_from(["Greater China", "Greater London", "Lower Saxony", "Upper Austria"]),
    old=st.integers(200, 900),
    new=st.integers(200, 900),
)
def test_a_direction_word_opening_a_name_states_no_change(name: str, old: int, new: int) -> None:
    assume(abs(old - new) > 10)
    verb = "rose" if new > old else "fell"
    text = f"Revenue in {name} {verb} to ${new / 100:.2f} billion from ${old / 100:.2f} billion."
    assert rules(text) == []


def test_the_verb_after_such_a_name_is_still_judged() -> None:
    assert rules("Revenue in Greater China rose to $2.98 billion from $3.27 billion.") == ["CC302"]


# A running balance set against one period's sides ("while the year-to-date surplus") is
# of another time; one the sides give ("giving a year-to-date surplus") is theirs.
@given(
    exports=st.integers(10_000, 20_000),
    imports=st.integers(5_000, 9_999),
    running=st.integers(10_000, 40_000),
    words=st.sampled_from(
        ["year-to-date surplus", "surplus so far this year", "cumulative surplus"]
    ),
)
def test_a_running_balance_set_against_the_sides_is_no_difference_of_them(
    exports: int, imports: int, running: int, words: str
) -> None:
    assume(abs(running - (exports - imports)) > 100)
    text = (
        f"Exports came in at R{exports / 100:.2f} billion and imports at R{imports / 100:.2f}"
        f" billion, SARS said, while the {words} stood at R{running / 100:.2f} billion."
    )
    assert rules(text) == []


def test_a_running_balance_the_sides_give_is_still_judged() -> None:
    text = (
        "By the third week of November exports totalled $300.014 billion, against imports of"
        " $213.502 billion, giving a record year-to-date surplus of ${} billion."
    )
    assert rules(text.format("86.512")) == []
    assert rules(text.format("68.512")) == ["CC304"]


# An age bound after a verb is no whole: "27 of the dead were aged under 18".
@given(
    count=st.integers(19, 99),
    bound=st.integers(12, 18),
    verb=st.sampled_from(["were aged under", "were under", "were aged below", "are over"]),
)
def test_a_bound_after_a_verb_is_no_whole_of_the_count(count: int, bound: int, verb: str) -> None:
    text = f"The road toll stood at 341, and the ministry said {count} of the dead {verb} {bound}."
    assert rules(text) == []


def test_a_whole_named_with_the_part_is_still_judged() -> None:
    assert rules("The ministry said 27 of the 18 dead were motorcyclists.") == ["CC303"]


# A figure per head whose sentence points back takes its total from the sentence before,
# not from a clause of its own after it.
@given(per_head=st.sampled_from(["22.0", "21.9", "22.1"]))
def test_a_pointed_back_total_beats_a_total_stated_after(per_head: str) -> None:
    text = (
        "Government debt reached a record 1,126.7 trillion won at the end of 2023. That amounts"
        f" to about {per_head} million won for each of the country's 51.3 million people, and"
        " the fiscal deficit widened to 87.0 trillion won."
    )
    assert rules(text) == []


def test_a_slipped_figure_per_head_pointing_back_is_caught() -> None:
    text = (
        "Government debt reached a record 1,126.7 trillion won at the end of 2023. That amounts"
        " to about 12.0 million won for each of the country's 51.3 million people, and the"
        " fiscal deficit widened to 87.0 trillion won."
    )
    assert rules(text) == ["CC306"]


# A vote tally counts no quantity: it neither hides a split nor stands in a relation.
@given(
    ayes=st.integers(5, 12),
    noes=st.integers(0, 4),
    parts=st.tuples(st.integers(10, 30), st.integers(10, 30), st.integers(10, 30)),
    slip=st.integers(5, 20),
)
def test_a_split_after_a_vote_tally_is_judged(
    ayes: int, noes: int, parts: tuple[int, int, int], slip: int
) -> None:
    first, second, third = parts
    total = first + second + third
    text = (
        f"The council on Monday approved a ${total / 10:.1f} billion budget by a {ayes}-{noes}"
        f" vote, including a ${first / 10:.1f} billion general fund, ${{}} billion in"
        f" enterprise funds and ${third / 10:.1f} billion in capital funds."
    )
    assert rules(text.format(f"{second / 10:.1f}")) == []
    assert rules(text.format(f"{(second + slip) / 10:.1f}")) == ["CC303"]


def test_a_tally_is_no_figure() -> None:
    report = claimcheck.check("The court ruled by a 5–4 decision and the board by a 7-2 vote.")
    assert [claim.text for claim in report.claims] == []


# A change's sentence that points back to the level before it through an article: "That
# was a decline of 8.7% from 727,288".
@given(
    old=st.integers(500_000, 900_000),
    pct=st.integers(20, 150),
    noun=st.sampled_from(["a decline", "a fall", "a drop"]),
    pointer=st.sampled_from(["That was", "This was", "That represented"]),
)
def test_a_change_pointing_back_through_an_article_is_judged(
    old: int, pct: int, noun: str, pointer: str
) -> None:
    new = round(old * (1 - pct / 1000))
    text = (
        f"Japan recorded {new:,} births in 2024, the health ministry said. {pointer} {noun}"
        f" of {{}}% from {old:,} the previous year."
    )
    assert rules(text.format(f"{pct / 10:.1f}")) == []
    assert rules(text.format(f"{pct / 10 + 3:.1f}")) == ["CC301"]
