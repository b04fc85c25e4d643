"""Clean wording of real copy that once raised false alarms: changes and comparisons."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.report import Finding


def findings(text: str, *rules: str) -> list[Finding]:
    return [f for f in claimcheck.check(text).findings if not rules or f.rule in rules]


# --- a number before a unit of time is a span, never an amount --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Reserves stood at $3.2 billion, up 8% on 18 months before. Together, the two lean"
        " years have given $5.1 billion of profit.",
        "Deposits hit €860 million, 6 percent higher than three years prior. Put together, the"
        " last two years have yielded €610 million of earnings.",
        "Turnover was £14 billion, up 9 per cent on 2 quarters before. Taken together, both"
        " years have produced £4.5 billion in profit.",
        "Cash reached CHF 9.4 billion, up 5% on six-months before.",
    ],
)
def test_a_span_of_time_takes_no_currency_or_scale(text: str) -> None:
    assert findings(text, "CC301", "CC303") == []


def test_a_slip_beside_a_span_of_time_is_still_caught() -> None:
    found = findings("Reserves rose 20% to $3.2 billion from $2.8 billion twelve months earlier.")
    assert [(f.rule, f.message) for f in found] == [
        ("CC301", "$2.8 billion → $3.2 billion is +14.3%, not +20%")
    ]


@pytest.mark.parametrize(("gain", "flagged"), [("11%", False), ("25%", True)])
def test_a_bare_number_without_a_unit_of_time_still_takes_its_partners_scale(
    gain: str, flagged: bool
) -> None:
    found = findings(f"Sales rose to €13.3 billion from twelve, a gain of {gain}.", "CC301")
    assert bool(found) is flagged
    assert all("twelve billion" in f.message for f in found)
