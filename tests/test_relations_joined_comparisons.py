"""A comparison joined by "and" or "but" to the change or comparison before it compares the
same subject: "reached R$6.382 billion, 3.45% more than the R$6.169 billion of a year
earlier but 0.6% below the R$6.419 billion of the first quarter"; "$3.1 billion in July, up
4% from a year earlier but down 2% from June's $3.2 billion"."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import claimcheck


def _rules(text: str) -> list[str]:
    return [finding.rule for finding in claimcheck.check(text).findings]


@pytest.mark.parametrize(
    ("clean", "slipped", "rule"),
    [
        (
            "Recurring net profit reached R$6.382 billion in the second quarter, 3.45% more "
            "than the R$6.169 billion of a year earlier but 0.6% below the R$6.419 billion of "
            "the first quarter.",
            "Recurring net profit reached R$6.382 billion in the second quarter, 3.45% more "
            "than the R$6.169 billion of a year earlier but 0.6% above the R$6.419 billion of "
            "the first quarter.",
            "CC302",
        ),
        (
            "The authority collected 465 billion shillings in the quarter, short of a target "
            "of 517.5 billion shillings but 11.6 percent above the 416.8 billion shillings of "
            "a year earlier.",
            "The authority collected 465 billion shillings in the quarter, short of a target "
            "of 517.5 billion shillings but 11.6 percent above the 461.8 billion shillings of "
            "a year earlier.",
            "CC301",
        ),
        (
            "Exports were $3.1 billion in July, up 4% from a year earlier but down 3% from "
            "June's $3.2 billion.",
            "Exports were $3.1 billion in July, up 4% from a year earlier but up 3% from "
            "June's $3.2 billion.",
            "CC302",
        ),
        (
            "Arrivals came to 1.84 million in August, up 6% on the year but 8% below July's "
            "2.0 million.",
            "Arrivals came to 1.84 million in August, up 6% on the year but 18% below July's "
            "2.0 million.",
            "CC301",
        ),
    ],
)
def test_the_joined_comparison_is_judged_against_the_shared_subject(
    clean: str, slipped: str, rule: str
) -> None:
    assert not _rules(clean)
    assert _rules(slipped) == [rule]


@pytest.mark.parametrize(
    "text",
    [
        # another currency: not the subject's comparison
        "Sales were $3.1 billion in July, up 4% from a year earlier but down 2% from June's "
        "€3.3 billion.",
        # another subject after "but": the clause has its own
        "Exports were $3.1 billion in July, up 4% from a year earlier, but the deficit was "
        "down 2% from June's $3.3 billion.",
    ],
)
def test_no_shared_subject_is_read_across_another_subject_or_unit(text: str) -> None:
    assert not _rules(text)


_MONTHS = st.sampled_from(["June's", "May's", "the previous month's", "the first quarter's"])


@settings(max_examples=80, deadline=None)
@given(
    now=st.integers(min_value=150, max_value=400),
    before=st.integers(min_value=150, max_value=400),
    way=st.sampled_from(["up", "down"]),
    joining=st.sampled_from(["but", "and"]),
    basis=st.sampled_from(["from a year earlier", "on the year", "than a year before"]),
    month=_MONTHS,
)
def test_the_joined_direction_word_is_checked(
    now: int, before: int, way: str, joining: str, basis: str, month: str
) -> None:
    """Two amounts written to one decimal that differ are in a known order: the joined
    direction word is right exactly when it names that order."""
    assume(now != before)
    size = "4% more" if basis.startswith("than") else "up 4%"
    text = (
        f"Exports were ${now / 10:.1f} billion in July, {size} {basis} {joining} "
        f"{way} from {month} ${before / 10:.1f} billion."
    )
    wrong = (way == "up") != (now > before)
    assert ("CC302" in _rules(text)) == wrong
