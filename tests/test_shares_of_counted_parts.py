"""A share of a part read with its whole by another reader ("Of those, 193,000 ..."): the
percentage after the part in its sentence, or opening the next sentence that points back to
it ("That translated to 50.49 per cent"), is the part's share of that whole."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from readings import assert_caught, flagged


@pytest.mark.parametrize(
    ("clean", "slipped"),
    [
        (
            "The register held 6.38 million claimants in June. Of those, 417,000 had claimed"
            " for over two years, equivalent to 6.5% of the total.",
            "The register held 6.38 million claimants in June. Of those, 417,000 had claimed"
            " for over two years, equivalent to 5.6% of the total.",
        ),
        (
            "Floods damaged 73,418 homes in the province. Of these, 21,906 homes still stood"
            " empty by March – roughly 30% – while the rest have been repaired.",
            "Floods damaged 73,418 homes in the province. Of these, 21,906 homes still stood"
            " empty by March – roughly 39% – while the rest have been repaired.",
        ),
        (
            "Of the 2,318,547 ballots counted, the mayor won 1,207,391. That handed him"
            " 52.07 per cent, the commission said.",
            "Of the 2,318,547 ballots counted, the mayor won 1,207,391. That handed him"
            " 57.02 per cent, the commission said.",
        ),
    ],
)
def test_a_share_of_a_part_counted_of_its_whole_is_checked(clean: str, slipped: str) -> None:
    assert_caught(clean, slipped, "CC201")


def test_a_change_after_the_counted_part_is_no_share() -> None:
    text = (
        "The register held 6.38 million claimants in June. Of those, 417,000 had claimed for"
        " over two years, up 8.3% from a year earlier."
    )
    assert flagged(text) == []


def test_a_share_of_another_whole_is_not_read_as_the_parts() -> None:
    text = (
        "Floods damaged 73,418 homes in the province. Of these, 21,906 homes remained"
        " uninhabitable in March, or 2.7% of the housing stock."
    )
    assert flagged(text) == []


@settings(max_examples=40, deadline=None)
@given(
    whole=st.integers(min_value=20_001, max_value=900_000),
    tenths=st.integers(min_value=51, max_value=949),
    off=st.integers(min_value=6, max_value=40),
)
def test_a_pointed_share_is_judged_against_the_counted_part(
    whole: int, tenths: int, off: int
) -> None:
    """The part's own share is never flagged; one off by more than the tolerance (3%)
    always is."""
    part = whole * tenths // 1000
    right = round(100 * part / whole, 1)
    wrong = round(right * (1 + off / 100), 1)
    assume(part % 10 and whole % 10 and right * 10 % 10 and wrong * 10 % 10 and wrong < 100)

    def text(share: float) -> str:
        return (
            f"Of the {whole:,} tickets sold, members bought {part:,}. That gave them {share:.1f}%."
        )

    assert flagged(text(right)) == []
    assert [rule for rule, _ in flagged(text(wrong))] == ["CC201"]


def test_a_part_counted_out_of_its_whole_takes_the_share_the_next_sentence_points_to() -> None:
    assert_caught(
        "The region had 8,417 dairy farms in 2022 out of a total of 61,903 holdings, the"
        " census showed. That put the dairy share at 13.6%.",
        "The region had 8,417 dairy farms in 2022 out of a total of 61,903 holdings, the"
        " census showed. That put the dairy share at 16.3%.",
        "CC201",
    )


def test_a_pointer_after_a_part_with_a_share_of_its_own_takes_no_share() -> None:
    text = (
        "Clinics said 41,872 of the 47,306 pupils tested in 2024 had both doses, giving"
        " coverage of 88.5%. That remains below the 95% level experts recommend."
    )
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("clean", "slipped"),
    [
        (
            "One in four of the 9,316 nurses recruited under the scheme, 2,329 people, have"
            " since left.",
            "One in four of the 9,316 nurses recruited under the scheme, 3,229 people, have"
            " since left.",
        ),
        (
            "About a third of the 5,817 homes approved in 2023-24 were in the north — 1,943"
            " in all, mostly flats.",
            "About a third of the 5,817 homes approved in 2023-24 were in the north — 2,943"
            " in all, mostly flats.",
        ),
        (
            "Nearly three-fifths of the group's sales came from Asia: $4.61 billion of the"
            " $7.83 billion it booked in 2024.",
            "Nearly three-fifths of the group's sales came from Asia: $3.61 billion of the"
            " $7.83 billion it booked in 2024.",
        ),
    ],
)
def test_a_part_after_its_share_and_whole_is_judged(clean: str, slipped: str) -> None:
    """A part in apposition after the whole of a share's "of" phrase, or a part and whole
    set off after the phrase by a colon or a dash."""
    assert_caught(clean, slipped, "CC201")


def test_a_count_in_a_clause_of_its_own_is_no_part_after_the_whole() -> None:
    text = "About 25% of the 4,860 dwellings were in the south, 1,212 were in the north."
    assert flagged(text) == []


def test_a_change_before_a_colon_takes_no_part_after_it() -> None:
    text = (
        "Profits fell 40 percent in the first half: the 55 of the top 100 firms that reported"
        " earned less than a year earlier."
    )
    assert flagged(text) == []
