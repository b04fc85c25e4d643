"""Direction words whose way depends on what they describe ("improved", "worsened")."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck import vocabulary
from claimcheck.extract.polarity import direction


def way(sentence: str) -> str | None:
    word = next(w for w in sorted(vocabulary.words("directions", "verb better", "verb worse"),
                                  key=len, reverse=True) if f" {w} " in sentence)  # fmt: skip
    return direction(sentence, sentence.index(f" {word} ") + 1, word)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The jobless rate improved to 4.1% in May.", "down"),
        ("Unemployment improves to 5.2% in the bank's forecast.", "down"),
        ("The budget deficit worsened to 5.5% of GDP.", "up"),
        ("Its operating margin improved to 8.2% from 7.9%.", "up"),
        ("Consumer confidence deteriorated to 91.2 in June.", "down"),
        ("The bank's net interest margin worsened to 2.1%.", "down"),
    ],
)
def test_the_noun_before_the_word_says_which_way_is_better(sentence: str, expected: str) -> None:
    assert way(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Inflation improved to 2.1% in May.",  # neither list: which way is better is debated
        "The outlook improved to 2.1% growth.",  # the noun after the verb is not its subject
        "Losses and profits both improved to 4 million.",  # both kinds: no single reading
        "Profit rose, and the index improved to 98.",  # the clause ends before "improved"
    ],
)
def test_without_one_clear_subject_the_word_states_no_direction(sentence: str) -> None:
    assert way(sentence) is None


def test_a_word_of_neither_section_has_no_polarity() -> None:
    assert direction("Unemployment rose to 4%.", 13, "rose") is None


@pytest.mark.parametrize(
    ("clean", "slipped", "fix"),
    [
        ("The jobless rate improved to 4.1% from 4.5% in the quarter.",
         "The jobless rate improved to 4.5% from 4.1% in the quarter.", "worsened"),
        ("Its operating margin improved to 11.2% from 9.8% a year earlier.",
         "Its operating margin worsened to 11.2% from 9.8% a year earlier.", "improved"),
        ("The budget deficit worsened to 5.5% of GDP last year, from 4.8%.",
         "The budget deficit improved to 5.5% of GDP last year, from 4.8%.", "worsened"),
        ("Consumer confidence deteriorated to 91.2 in June from 95.3 in May.",
         "Consumer confidence deteriorated to 95.3 in June from 91.2 in May.", "improved"),
    ],
)  # fmt: skip
def test_a_polar_word_is_checked_in_the_direction_its_noun_gives(
    clean: str, slipped: str, fix: str
) -> None:
    assert claimcheck.check(clean).findings == []
    (finding,) = claimcheck.check(slipped).findings
    assert (finding.rule, finding.suggestion) == ("CC302", fix)


def test_a_polar_word_without_a_clear_noun_states_no_change() -> None:
    text = "Inflation improved to 2.5% from 2.1%."  # which way is better is not said
    assert [c for c in claimcheck.extract(text) if c.kind == "change"] == []
