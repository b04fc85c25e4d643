"""A comparison opening the clause after a change compares the change's rate, or its new
value, with the value it names: "1.6 percent higher than a year earlier, a smaller gain
than August's 2 per cent"; "grew 8% to 4.2 billion zlotys, short of the 4.5 billion"."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import claimcheck
from readings import change_pairs, rules


@pytest.mark.parametrize(
    ("clean", "slipped", "pair"),
    [
        (
            "Consumer prices rose 2.4 percent from a year before in March, a slightly faster "
            "pace than February's 2.2 percent, the agency said.",
            "Consumer prices rose 2.4 percent from a year before in March, a slightly slower "
            "pace than February's 2.2 percent, the agency said.",
            ("2.2 percent", "2.4 percent"),
        ),
        (
            "Industrial output was 3.1% higher than a year earlier, the statistics office said "
            "on Friday, a touch below the 3.4% recorded in May.",
            "Industrial output was 3.1% higher than a year earlier, the statistics office said "
            "on Friday, a touch above the 3.4% recorded in May.",
            ("3.4%", "3.1%"),
        ),
        (
            "Average earnings were 5.6% higher than a year earlier in June, a sharper rise "
            "than the 5.2% of May.",
            "Average earnings were 5.6% higher than a year earlier in June, a milder rise "
            "than the 5.2% of May.",
            ("5.2%", "5.6%"),
        ),
        (
            "Home prices rose 0.4% on the month, a little above last year's monthly average "
            "of 0.3%.",
            "Home prices rose 0.4% on the month, a little above last year's monthly average "
            "of 0.5%.",
            ("0.3%", "0.4%"),
        ),
    ],
)
def test_a_comparison_after_a_change_is_judged(
    clean: str, slipped: str, pair: tuple[str, str]
) -> None:
    assert pair in change_pairs(clean)
    assert not rules(clean)
    assert rules(slipped) == ["CC302"]


def test_the_finding_names_the_comparison_word_and_the_two_values() -> None:
    text = (
        "Retail sales grew 12.1 percent on the year to 12.42 trillion yuan, a shade slower "
        "than the 12 percent pace of May."
    )
    (finding,) = claimcheck.check(text).findings
    assert "12 percent → 12.1 percent" in finding.message
    assert "slower" in finding.message
    assert text[finding.start : finding.end].endswith("12 percent")


@pytest.mark.parametrize(
    "text",
    [
        # the value after "below" is another clause's: a coordinator stands between
        "Exports rose 6.1% in May and imports were little changed, below the 5% pace of April.",
        # a fall's size compared: sizes or signed rates? (-4.5 is below -3.1; 4.5 is not)
        "Output fell 4.5% in May, below the 3.1% fall economists expected.",
        "Exports dropped 2.2% on the year, a touch above the 1.9% decline in April.",
        # the compared value is a share of something else, not a rate of change
        "Public debt grew 6% in the year, below 60% of GDP, the limit set by the treaty.",
        # a new value in another currency than the compared one
        "Revenue rose 8% to 4.7 billion zlotys, below the $1.3 billion of its rival.",
        # a sentence later: another subject
        "Prices rose 2.9% in July. Wages, however, were above the 3.5% of June.",
    ],
)
def test_no_reading_is_taken_when_another_is_as_likely(text: str) -> None:
    assert not rules(text)
    assert all(
        new not in ("4.5%", "2.2%", "6%", "4.7 billion zlotys", "8%", "6.1%", "2.9%")
        for _, new in change_pairs(text)
    )


def test_a_steeper_fall_still_compares_the_sizes() -> None:
    """ "Steeper", unlike "below", says the sizes are compared: a fall is still read."""
    clean = (
        "Private investment shrank 0.5 per cent in the first seven months, a steeper drop "
        "than the 0.2 per cent decline in the first half."
    )
    assert not rules(clean)
    assert rules(clean.replace("steeper", "smaller")) == ["CC302"]


_RATE = st.integers(min_value=10, max_value=99).map(lambda tenths: tenths / 10)
_PHRASES = st.sampled_from(
    [
        ("a faster pace than August's", "up"),
        ("a bigger gain than the", "up"),
        ("quickening from", "up"),
        ("a touch above the", "up"),
        ("ahead of the", "up"),
        ("a slower pace than August's", "down"),
        ("a smaller gain than the", "down"),
        ("easing from", "down"),
        ("slightly below the", "down"),
        ("short of the", "down"),
    ]
)
_BETWEEN = st.sampled_from(
    ["", " than a year earlier", " on the year", " in October", ", the bureau said on Friday"]
)


@settings(max_examples=80, deadline=None)
@given(new=_RATE, old=_RATE, phrase=_PHRASES, between=_BETWEEN)
def test_the_comparison_word_is_checked_against_the_two_rates(
    new: float, old: float, phrase: tuple[str, str], between: str
) -> None:
    """Two rates written to one decimal that differ are in a known order: the word is
    right exactly when it names that order ("above 1.1%" alone is a hedge, so each
    placing word is followed by "the")."""
    assume(new != old)
    words, way = phrase
    text = f"Consumer prices rose {new:.1f}%{between}, {words} {old:.1f}%."
    wrong = (way == "up") != (new > old)
    assert rules(text) == (["CC302"] if wrong else [])
