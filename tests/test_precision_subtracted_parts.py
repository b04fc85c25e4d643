"""A part the text subtracts is never added into a total: a bridge from one profit figure to
another lists gains and losses ("made up of €20 million from trading and -€8 million from
currencies"); read as a sum of its magnitudes it would raise a false alarm on clean copy."""

from __future__ import annotations

import pytest

import claimcheck


@pytest.mark.parametrize(
    "text",
    [
        "The result was €12 million, made up of +€20 million from trading and -€8 million"
        " from currency effects.",
        "Operating profit of €12 million was made up of €20 million from trading and a loss"
        " of €8 million on currency effects.",
        "Net income of $4.1 billion comprised $5.3 billion from operations and a net loss of"
        " $1.2 billion at the discontinued unit.",
        "The fund's $900 million return was split between $1.4 billion from equities and"
        " minus $500 million from bonds.",
    ],
)
def test_a_subtracted_part_is_not_added(text: str) -> None:
    assert claimcheck.check(text).findings == []


def test_a_total_of_added_parts_is_still_checked() -> None:
    text = (
        "Operating profit of €28 million was made up of €20 million from trading and €8"
        " million from services."
    )
    assert claimcheck.check(text).findings == []
    slipped = text.replace("€28 million", "€38 million")
    assert [f.rule for f in claimcheck.check(slipped).findings] == ["CC303"]
