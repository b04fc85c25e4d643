"""A name may join two words with "and": a part's name anywhere in a list, not only in
its last part ("A$13.9 million on television and digital advertising, A$5.2 million on
field operations and A$3.3 million on polling"), and the name of who stated a part ("China
Road and Bridge Corporation financed KSh 65.0 billion of the bill and the government the
other KSh 23.6 billion")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readings import flagged, listed, unrounded

NAMES = (
    "on television and radio",
    "on wages and salaries",
    "for roads and bridges",
    "on rent and utilities",
    "for schools and colleges",
)


@settings(max_examples=40, deadline=None)
@given(
    parts=st.lists(unrounded(11, 989), min_size=2, max_size=5),
    slipped=st.integers(0, 4),
    data=st.data(),
)
def test_parts_named_with_and_inside_add_up_to_their_total(
    parts: list[int], slipped: int, data: st.DataObject
) -> None:
    names = data.draw(st.permutations(NAMES))
    figures = [f"${part / 10:.1f} million {name}" for part, name in zip(parts, names, strict=False)]
    clean = f"The council spent ${sum(parts) / 10:.1f} million last year: {listed(figures)}."
    assert flagged(clean) == []
    at = slipped % len(parts)
    wrong = parts[at] + 100  # ten million more: beyond any rounding
    slip = clean.replace(
        figures[at], figures[at].replace(f"${parts[at] / 10:.1f}", f"${wrong / 10:.1f}")
    )
    assert [rule for rule, _ in flagged(slip)] == ["CC303"]


def test_a_campaign_return_with_two_worded_part_names_is_checked() -> None:
    text = (
        "The opposition spent A$22.4 million on its 2022 federal campaign: A$13.9 million on"
        " television and digital advertising, A$5.2 million on field operations and A$3.3"
        " million on polling and research, according to its annual return."
    )
    assert flagged(text) == []
    assert flagged(text.replace("A$5.2", "A$6.2")) == [("CC303", "A$22.4 million")]


COMPANIES = (
    "China Road and Bridge Corporation",
    "Procter and Gamble",
    "Marks and Spencer",
    "Standard and Poor's",
)


@settings(max_examples=30, deadline=None)
@given(
    company=st.sampled_from(COMPANIES),
    first=unrounded(101, 899),
    rest=unrounded(11, 99),
    slip=st.integers(2, 9),
)
def test_a_part_named_by_a_name_with_and_closes_with_the_rest(
    company: str, first: int, rest: int, slip: int
) -> None:
    total = f"KSh {(first + rest) / 10:.1f} billion"
    clean = (
        f"The expressway cost {total}. {company} financed KSh {first / 10:.1f} billion of"
        f" the bill and the government the other KSh {rest / 10:.1f} billion."
    )
    assert flagged(clean) == []
    wrong = f"KSh {(rest + slip * 10) / 10:.1f} billion"
    slipped = clean.replace(f"other KSh {rest / 10:.1f} billion", f"other {wrong}")
    assert [rule for rule, _ in flagged(slipped)] == ["CC303"]
