"""Shares read against the amount their paragraph opens with (issue 10).

Copy states an aggregate first and its parts in later sentences, each restated as a
percentage ("312,740, or 87.6%") or given as a share "of the total". The whole is the
amount of the part's kind that the paragraph's first sentence states, when no other amount
of that kind stands between it and the part; a change, a member's value or a figure set off
by a comparison is never that whole. A whole the share's own noun names may itself be a
part stated with its share ("44,310 (12.4%) were foreign nationals ... 38.4% of all the
foreigners").
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck


def share_verdicts(text: str) -> list[str | None]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == "share"]


def findings(text: str) -> list[tuple[str, str]]:
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


# (text with {} for the percentage, the right percentage, a slipped one, the slipped part)
RESTATED = [
    (
        "At the end of the year the island counted 357,050 residents, the statistics office"
        " said. Citizens numbered 312,740, or {}%.",
        "87.6",
        "78.6",
        "312,740",
    ),
    (
        "The fund took in €5.4 billion over the year, its managers said on Tuesday. Pension"
        " schemes put in €1.9 billion ({}%), mostly in the second half.",
        "35",
        "53",
        "€1.9 billion",
    ),
    (
        "Some 48,200 vehicles were registered in the region in 2023, according to the"
        " licensing agency. Electric models, which dealers still find hard to sell, numbered"
        " 6,750 ({}%).",
        "14",
        "24",
        "6,750",
    ),
    (
        "Japan's carmakers sold 4.1 million vehicles at home last year. Hybrids, which"
        " dealers say sell best in cities, came to 2.2 million, or {} percent.",
        "54",
        "45",
        "2.2 million",
    ),
]


@pytest.mark.parametrize(("text", "share", "slip", "part"), RESTATED)
def test_a_part_restated_as_a_percentage_is_read_against_the_paragraphs_opening_amount(
    text: str, share: str, slip: str, part: str
) -> None:
    clean = text.format(share)
    assert findings(clean) == []
    assert share_verdicts(clean) == ["consistent"]
    slipped = text.format(slip)
    found = findings(slipped)
    assert [rule for rule, _ in found] == ["CC201"]
    assert part in found[0][1] and slip in found[0][1]


OF_THE_TOTAL = [
    (
        "Goods trade reached 10.3 trillion yuan in the quarter; exports were 6.13 trillion"
        " yuan and imports 4.17 trillion yuan. Private firms traded 5.85 trillion yuan, up"
        " 5.8%, or {}% of the total.",
        "56.8",
        "65.8",
    ),
    (
        "Migrants sent home $22.4 billion in 2012, less than the $22.8 billion of 2011. The"
        " average transfer shrank from $326 to $313. Jalisco received $2.2 billion, or"
        " about {}% of the total.",
        "10",
        "15",
    ),
    (
        "The council will spend £840 million next year, with £310 million from grants and"
        " £95 million from fees. Social care alone takes £290 million, about {}% of the total.",
        "35",
        "45",
    ),
]


@pytest.mark.parametrize(("text", "share", "slip"), OF_THE_TOTAL)
def test_a_share_of_the_total_is_read_against_the_amount_the_paragraph_opens_with(
    text: str, share: str, slip: str
) -> None:
    assert findings(text.format(share)) == []
    assert "consistent" in share_verdicts(text.format(share))
    found = findings(text.format(slip))
    assert [rule for rule, _ in found] == ["CC201"]
    assert slip in found[0][1]


SILENT = [
    # another amount of the kind stands between the opening one and the part
    "Exports were $80 billion last year. Shipments to Asia were $30 billion. Machinery"
    " made up $12 billion, or 40%.",
    # the percentage is the change the amount made
    "Sales reached $12 billion in 2023. Profit rose by $1.2 billion, or 25%.",
    "The population stood at 22,683,600 in June. Natural increase was 151,300 people, up"
    " 800, or 0.5%, on the year.",
    "The population stood at 22,683,600 in June. Births were 800, or 0.5%, higher than in"
    " the year before.",
    # a member's value is no part of an aggregate counted in billions
    "The grants budget is R567 billion this year. The child grant is R480 (5.0%) a month.",
    # no amount of the kind opens the paragraph
    "Turnout was high in the north. Some 312,740 voted, or 47%.",
    # the part is in the paragraph's first sentence
    "The firm had 9,000 staff, and 2,000 of its engineers, or 80%, work remotely.",
    # another paragraph's amount is never the whole
    "The island counted 357,050 residents.\n\nCitizens numbered 12,740, or 87.6%.",
]


@pytest.mark.parametrize("text", SILENT)
def test_no_opening_amount_is_read_as_a_whole_the_words_do_not_make_one(text: str) -> None:
    assert findings(text) == []


NOUNS = ["residents", "members", "voters", "pupils", "workers"]
GROUPS = ["Women", "Newcomers", "Those in the north", "Part-timers"]


@settings(max_examples=40, deadline=None)
@given(
    whole=st.integers(min_value=20_000, max_value=900_000),
    fraction=st.floats(min_value=0.05, max_value=0.9),
    noun=st.sampled_from(NOUNS),
    group=st.sampled_from(GROUPS),
    bracketed=st.booleans(),
)
def test_generated_parts_restated_as_percentages_are_judged_right(
    whole: int, fraction: float, noun: str, group: str, bracketed: bool
) -> None:
    part = round(whole * fraction)
    percent = 100 * part / whole

    def text(share: float) -> str:
        restated = f"({share:.1f}%)" if bracketed else f"or {share:.1f}%"
        sep = " " if bracketed else ", "
        return (
            f"The register listed {whole:,} {noun} at the end of March, the agency said."
            f" {group} numbered {part:,}{sep}{restated}."
        )

    assert findings(text(percent)) == []
    assert share_verdicts(text(percent)) == ["consistent"]
    found = findings(text(percent * 1.25))
    assert [rule for rule, _ in found] == ["CC201"]
    assert f"{part:,}" in found[0][1]


# --- a whole its share's noun names, though stated with a share of its own --------------------

NAMED_WITH_OWN_SHARE = [
    (
        "The island had 357,050 residents at the end of the year. Citizens numbered 312,740,"
        " and the other 44,310 (12.4%) were foreign nationals. Poles formed the biggest group"
        " at 17,010, about {}% of all the foreigners.",
        "38.4",
        "34.8",
    ),
    (
        "The ministry counted 9,400 schools in 2022; 2,100 (22%) were private academies."
        " Religious trusts ran 620 of them, or {}% of the academies.",
        "30",
        "13",
    ),
]


@pytest.mark.parametrize(("text", "share", "slip"), NAMED_WITH_OWN_SHARE)
def test_a_whole_named_by_the_shares_noun_may_be_a_part_stated_with_its_own_share(
    text: str, share: str, slip: str
) -> None:
    assert findings(text.format(share)) == []
    assert "consistent" in share_verdicts(text.format(share))
    found = findings(text.format(slip))
    assert [rule for rule, _ in found] == ["CC201"]
    assert slip in found[0][1]


def test_the_noun_a_percentage_is_of_never_names_the_amount_before_it() -> None:
    # "of GDP" is what 6.8% is of, not a name for the Rs7.2 trillion before it
    text = (
        "The shortfall came to Rs7.2 trillion, or 6.8 percent of GDP. Governments spent"
        " Rs20.5 trillion (19.3 percent of GDP), while revenue reached Rs13.3 trillion."
    )
    assert findings(text) == []
