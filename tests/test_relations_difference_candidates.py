"""The fallback reader of balances (`scored_balances`): a surplus, deficit or gap the other
readers left, its sides chosen by scoring readings on words alone, a claim made only when
one reading is clearly best."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck


def flagged(text: str) -> list[tuple[str, str]]:
    """Each finding's rule and the text it points at."""
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


def differences(text: str) -> list[tuple[str, str, str]]:
    """Each difference claim's stated gap and its two sides, as the user sees them."""
    return [
        (c.difference.text or "", c.minuend.text or "", c.subtrahend.text or "")
        for c, _ in claimcheck.check(text).judged()
        if c.kind == "difference"
    ]


@pytest.mark.parametrize(
    ("text", "slipped", "balance", "sides"),
    [
        # a side named by a verb in the sentence before, past a value compared with
        (
            "Taiwan shipped $38.6 billion of goods abroad in October, 5.2 percent more than the"
            " $36.7 billion of a year before, the finance ministry said on Friday. Imports"
            " climbed 3.1 percent to $33.9 billion, leaving a surplus of $4.7 billion.",
            "$5.7 billion",
            "$4.7 billion",
            ("$38.6 billion", "$33.9 billion"),
        ),
        # a side named by a word naming the whole ("outbound shipments"), a change between
        (
            "Vietnam's outbound shipments in the first ten days of May came to $9.7 billion, up"
            " 6 percent from $9.15 billion a year earlier, customs data showed. Imports, at $9.1"
            " billion, were 2 percent lower, leaving a trade surplus of $0.6 billion.",
            "$1.6 billion",
            "$0.6 billion",
            ("$9.7 billion", "$9.1 billion"),
        ),
    ],
)
def test_a_balance_the_other_readers_left_is_read_and_checked(
    text: str, slipped: str, balance: str, sides: tuple[str, str]
) -> None:
    assert flagged(text) == []
    assert (balance, *sides) in differences(text)
    wrong = text.replace(balance, slipped, 1)
    assert ("CC304", slipped) in flagged(wrong)


_CLEAR = (
    "Oman shipped 3.2 billion rials of goods in the quarter, 4 percent more than the 3.1"
    " billion rials a year earlier. Imports eased to 2.5 billion rials, leaving a surplus of"
    " 0.7 billion rials."
)


@pytest.mark.parametrize(
    "unclear",
    [
        # two values equally named by one role: no reading is clearly best
        "Ghana's exports were 1.9 billion cedis in May and 2.2 billion cedis in June, the"
        " central bank said. Imports reached 2.6 billion cedis, leaving a deficit of 0.1"
        " billion cedis.",
        # a primary balance is not revenue less all spending
        "Kenya shipped 81 billion shillings of tea and flowers abroad, the bureau said."
        " Imports climbed to 95 billion shillings, and the primary deficit narrowed to 6"
        " billion shillings.",
        # the sides are of the quarter, the balance of one month
        "Laos shipped 2.4 billion dollars of goods in the quarter, the ministry said. Imports"
        " reached 2.1 billion dollars in the quarter, while the deficit for March alone came"
        " to 0.9 billion dollars.",
    ],
)
def test_no_claim_when_no_reading_is_clearly_best(unclear: str) -> None:
    text = f"{_CLEAR}\n\n{unclear}"
    assert differences(text) == [("0.7 billion rials", "3.2 billion rials", "2.5 billion rials")]
    assert flagged(text) == []


# Words between a side's role word and its figure, or after the side: none must matter.
_ASIDES = ("", ", the customs office said on Tuesday,", " (about 4% of output)")
_ASIDES += (", which economists at two banks had expected,", " in the 12 months to March")


@settings(max_examples=25, deadline=None)
@given(
    exports=st.integers(min_value=300, max_value=900),
    imports=st.integers(min_value=100, max_value=290),
    slip=st.integers(min_value=20, max_value=60),
    aside=st.sampled_from(_ASIDES),
    verb=st.sampled_from(["rose", "slipped", "edged up"]),
)
def test_intervening_words_do_not_break_the_balance(
    exports: int, imports: int, slip: int, aside: str, verb: str
) -> None:
    """The exporter shipped X; imports, after asides, came to Y, leaving a surplus of X-Y:
    consistent when it is, flagged when it is off by more than rounding."""
    text = (
        f"The island shipped {exports / 10:.1f} billion euros of goods{aside}. Imports{aside}"
        f" {verb} 2 percent to {imports / 10:.1f} billion euros, leaving a surplus of"
        " {gap:.1f} billion euros."
    )
    right = text.format(gap=(exports - imports) / 10)
    assert flagged(right) == []
    wrong = text.format(gap=(exports - imports + slip) / 10)
    assert [rule for rule, _ in flagged(wrong)] == ["CC304"]
