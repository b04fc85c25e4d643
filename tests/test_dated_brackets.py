"""The year before in a dated bracket, as results releases write it (issue 10).

"Profit before tax was £1,284m (2023: £1,136m), up 13.0%" and "Revenue rose 6.5% to €21.4
billion in 2024 (2023: €20.1 billion)" state a change's earlier value in a bracket dated
by a year or an earlier-period word. The change is judged against it; a bracket with no
date ("£1,284m (£1,136m)") may be anything and is left alone.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

import claimcheck

# Each form with its new value, the earlier one and the stated change.
FORMS = [
    "Profit before tax was {new} ({year}: {old}), up {pct}%, the group said.",
    "The group reported revenue of {new} for the year ({year}: {old}), an increase of {pct}%.",
    "Revenue rose {pct}% to {new} in {now} ({year}: {old}), with Europe the largest region.",
    "Operating profit climbed {pct} per cent to {new} (first half {year}: {old}).",
]
MARKS = ["£", "€", "$", "CHF ", "SEK "]


def _money(mark: str, tenths: int) -> str:
    return f"{mark}{tenths / 10:,.1f} billion"


def findings(text: str) -> list[str]:
    return [f.rule for f in claimcheck.check(text).findings]


@given(
    form=st.sampled_from(FORMS),
    mark=st.sampled_from(MARKS),
    old=st.integers(101, 9_000),
    rise=st.integers(1, 400),
    year=st.integers(2005, 2024),
)
def test_a_change_against_the_dated_bracket_is_judged(
    form: str, mark: str, old: int, rise: int, year: int
) -> None:
    new = old + old * rise // 1000
    assume(new > old)
    pct = round((new - old) / old * 100, 1)
    assume(pct > 0.5)
    words = {"new": _money(mark, new), "old": _money(mark, old), "year": year, "now": year + 1}
    assert findings(form.format(pct=pct, **words)) == []
    wrong = round(pct * 2 + 3, 1)  # a size the two values cannot give
    assert findings(form.format(pct=wrong, **words)) == ["CC301"]


def test_the_direction_is_judged_against_the_dated_bracket() -> None:
    text = "Profit before tax was £1,284m (2023: £1,136m), {} 13.0%."
    assert findings(text.format("up")) == []
    assert findings(text.format("down")) == ["CC302"]


def test_an_undated_bracket_is_no_earlier_value() -> None:
    """Company results also bracket the year before without a date, but so do other asides:
    with no year or earlier-period word the bracket gives no earlier value."""
    for text in (
        "Profit before tax was £1,284m (£1,036m), up 13.0%.",
        "Revenue rose 6.5% to €21.4 billion in 2024 (€18.1 billion).",
    ):
        kinds = [c.kind for c, v in claimcheck.check(text).judged() if v.verdict]
        assert "change" not in kinds
        assert findings(text) == []


@given(
    parts=st.lists(st.integers(min_value=101, max_value=989), min_size=2, max_size=3),
    earlier=st.integers(min_value=101, max_value=2_999),
    slip=st.integers(min_value=2, max_value=9),
)
def test_the_year_before_in_a_bracket_leaves_a_total_its_parts(
    parts: list[int], earlier: int, slip: int
) -> None:
    """A total with last year's figure in a bracket, its parts listed in the next
    sentence: never flagged when they add up, always when one is off by tenths."""
    names = ["Europe", "the Americas", "Asia"][: len(parts)]

    def text(figures: list[int]) -> str:
        listed = [f"{name} €{f / 10:.1f}bn" for name, f in zip(names, figures, strict=False)]
        body = ", ".join(listed[:-1]) + f" and {listed[-1]}"
        return (
            f"Group revenue was €{sum(parts) / 10:.1f}bn (2023: €{earlier / 10:.1f}bn)."
            f" {body.replace(names[0], names[0] + ' contributed', 1)}."
        )

    assume(all(p % 10 for p in parts) and sum(parts) % 10)
    assert findings(text(parts)) == []
    slipped = [parts[0] + slip * 10, *parts[1:]]
    assert findings(text(slipped)) == ["CC303"]
