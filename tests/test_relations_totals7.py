"""Totals and differences as real copy words them, seventh set: a total stated as a
change's bare size ("raised £2.2 billion", "rose by $3 billion") that the parts after it
split, with "of which", "with ... of that", "... of it" or a next sentence opening "Of
that,"; a part "of it" pointing back past a change's earlier value ("to R105.8 million
from R86.8 million; R100.7 million of it ..."); and a balance whose sides stand in
sentences next to it, past a value compared with ("more than the $37.7 billion of a year
earlier") or a change's earlier value ("from €47.7 billion")."""

from __future__ import annotations

import pytest

import claimcheck


def findings(text: str, rule: str) -> list[str]:
    """The rules of the findings of one kind (CC303 totals, CC304 differences)."""
    return [f.rule for f in claimcheck.check(text).findings if f.rule == rule]


def verdicts(text: str, kind: str) -> list[str]:
    """The verdicts of the claims of one kind read from a text."""
    report = claimcheck.check(text).documents[0]
    return [judged.verdict for claim, judged in report.judged() if claim.kind == kind]


def slipped(text: str, find: str, replace: str) -> str:
    assert text.count(find) == 1
    return text.replace(find, replace)


# Each: a clean text, a figure in it, and a slip of that figure the reader must catch.
TOTALS = [
    # a change's bare size, split by one part pointing back to it in its sentence
    (
        "The levy raised £2.2 billion, with £1.9 billion of that going to schools.",
        "£1.9 billion",
        "£2.9 billion",
    ),
    (
        "The bond sale raised €850 million last week, with €600 million of it placed with"
        " foreign funds.",
        "€600 million",
        "€900 million",
    ),
    (
        "The council's new parking charge raised NZ$14.5 million in its first year, of which"
        " NZ$9.2 million came from the city centre.",
        "NZ$9.2 million",
        "NZ$19.2 million",
    ),
    (
        "The carbon tax raised C$7.8 billion, C$5.1 billion of it from heavy industry.",
        "C$5.1 billion",
        "C$8.1 billion",
    ),
    # ... or by the next sentence, opening by pointing back to it
    (
        "The windfall tax raised £5.6 billion in 2023. Of that, £3.9 billion went to energy"
        " bills and £1.2 billion to pensioners.",
        "£3.9 billion",
        "£4.9 billion",
    ),
    (
        "Sales rose by $3 billion last year. Of this, $1.8 billion came from Asia.",
        "$1.8 billion",
        "$3.8 billion",
    ),
    # a part "of it" past the earlier value of the change whose new value it splits
    (
        "Profit for the half climbed 22% to R105.8 million from R86.8 million; R100.7 million"
        " of it belongs to shareholders of the parent and R5.1 million to minorities.",
        "R5.1 million",
        "R7.1 million",
    ),
    (
        "Group revenue fell to ¥812 billion in 2024 from ¥905 billion, with ¥530 billion of"
        " that earned overseas.",
        "¥530 billion",
        "¥830 billion",
    ),
]

DIFFERENCES = [
    # a side set against a value compared with, the other side in the next sentence
    (
        "Exports rose 6% to $40.3 billion in May, 6.8 percent more than the $37.7 billion of"
        " a year earlier. Imports rose 7.5 percent to $38.9 billion, leaving a surplus of"
        " $1.4 billion.",
        "$1.4 billion",
        "$2.4 billion",
    ),
    # a side given with its earlier value ("from ...")
    (
        "Exports slid to €40.3 billion in June from €47.7 billion a year before. Imports"
        " rose to €38.9 billion, leaving a surplus of €1.4 billion.",
        "€1.4 billion",
        "€2.1 billion",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace"), TOTALS)
def test_a_clean_total_is_read_and_holds(text: str, find: str, replace: str) -> None:
    assert findings(text, "CC303") == []
    assert verdicts(text, "total") == ["consistent"]


@pytest.mark.parametrize(("text", "find", "replace"), TOTALS)
def test_a_slipped_part_or_total_is_found(text: str, find: str, replace: str) -> None:
    assert findings(slipped(text, find, replace), "CC303") == ["CC303"]


@pytest.mark.parametrize(("text", "find", "replace"), DIFFERENCES)
def test_a_clean_balance_is_read_and_holds(text: str, find: str, replace: str) -> None:
    assert findings(text, "CC304") == []
    assert "consistent" in verdicts(text, "difference")


@pytest.mark.parametrize(("text", "find", "replace"), DIFFERENCES)
def test_a_slipped_balance_is_found(text: str, find: str, replace: str) -> None:
    assert findings(slipped(text, find, replace), "CC304") == ["CC304"]


@pytest.mark.parametrize(
    "text",
    [
        # a rate is split by rates, not parts: no total
        "Prices rose 5%, including 3% from energy.",
        "Prices rose 4% in March. Of that, 6% came from energy.",
        # two changes in the sentence before: which one "of that" splits is unsaid
        "Sales rose $2 billion and costs $3 billion. Of that, $2.5 billion came from wages.",
        # the part points back to the change's new value, not its earlier one
        "Group revenue fell to ¥812 billion from ¥905 billion, with ¥530 billion of that"
        " earned overseas.",
        # a side "of" something is a part of it: no balance is read from it
        "Exports of goods reached €112.4 billion, against €108.1 billion a year before."
        " Imports came to €98.3 billion, so the surplus stood at €15.1 billion.",
    ],
)
def test_figures_with_no_clear_total_stay_silent(text: str) -> None:
    assert findings(text, "CC303") == []
    assert findings(text, "CC304") == []
