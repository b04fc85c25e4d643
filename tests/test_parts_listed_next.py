"""Parts listed in the sentence after the one figure of their kind, opened by a verb that
makes a part of a whole ("By region, Europe contributed ..."), may end that sentence's
first clause: "...; the board proposed a dividend of €0.74 a share" holds no part. The
parts may fall short of the total, never exceed it. A figure restated as a share
("$22.86 million worth, or 20 percent") is a part itself, never the whole of the list
after it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from readings import assert_caught, flagged


def test_a_list_closing_the_first_clause_of_the_next_sentence_is_read() -> None:
    assert_caught(
        "Group revenue was €6.12bn, the industrial group said. By region, Europe contributed"
        " €3.41bn, the Americas €1.56bn and Asia-Pacific €1.15bn; the board proposed a"
        " dividend of €0.74 a share.",
        "Group revenue was €6.12bn, the industrial group said. By region, Europe contributed"
        " €3.41bn, the Americas €2.56bn and Asia-Pacific €1.15bn; the board proposed a"
        " dividend of €0.74 a share.",
        "CC303",
    )


def test_a_figure_restated_as_a_share_is_not_split_by_the_list_after_it() -> None:
    text = (
        "Ethiopia earned $115.46 million from coffee exports in July. Germany was the main"
        " destination, buying $22.86 million worth, or 20 percent; the United States"
        " accounted for more than $17.8 million (15 percent) and Belgium close to $12.3"
        " million (11 percent)."
    )
    assert flagged(text) == []


@given(
    parts=st.lists(st.integers(101, 999).filter(lambda n: n % 10), min_size=2, max_size=3),
    verb=st.sampled_from(["accounted for", "contributed", "made up"]),
    reserve=st.integers(11, 99).filter(lambda n: n % 10),
)
@settings(max_examples=50, deadline=None)
def test_a_list_after_its_total_is_checked_up_to_a_semicolon(
    parts: list[int], verb: str, reserve: int
) -> None:
    """Generated: a total, then its parts after a verb of parts, then a semicolon and a
    figure of the same kind that is no part. The sum as stated is clean, and so is a total
    above it (the list may leave parts out); a total below it is reported with the sum of
    the parts."""
    regions = ["the south", "the east"]
    rest = [f"{name} £{p / 10:.1f} million" for name, p in zip(regions, parts[1:], strict=False)]
    first = f"The north {verb} £{parts[0] / 10:.1f} million"
    listed = ", ".join([first, *rest[:-1]]) + " and " + rest[-1]
    total = sum(parts)

    def story(total: int) -> str:
        return (
            f"The council spent £{total / 10:.1f} million last year. {listed}; it also set"
            f" aside £{reserve / 10:.1f} million for reserves."
        )

    assert flagged(story(total)) == []
    assert flagged(story(total + total // 5)) == []
    findings = claimcheck.check(story(total - total // 5)).findings
    assert [f.rule for f in findings] == ["CC303"]
    said = findings[0].message
    assert f"add up to £{total / 10:.1f} million" in said
    assert f"the total of £{(total - total // 5) / 10:.1f} million" in said
