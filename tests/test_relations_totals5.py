"""Totals as real copy words them, fifth set: a total pointed back to past a figure it is
compared with, or by a named "sum" or "total"; a partitive opening naming a whole its
sentence qualified; a list of parts each named before its figure after "Of the 150
seats," (also after a semicolon); names joined by "and"; a breakdown verb in the present
tense; quadrillions."""

from __future__ import annotations

import pytest

import claimcheck


def flagged(text: str) -> list[tuple[str, str]]:
    """Each finding's rule and the text it points at."""
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


def verdicts(text: str) -> list[str]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == "total"]


def slipped(text: str, find: str, replace: str) -> str:
    assert text.count(find) == 1
    return text.replace(find, replace)


READ = [
    # "Of that" points back past a figure compared with ("more than the", "above the")
    (
        "The mill ground a record 48.37 million tonnes of wheat, more than the 45.12 million"
        " tonnes of the season before. Of that, 30.25 million tonnes went to bakers and 18.12"
        " million tonnes to exporters.",
        "18.12 million tonnes",
        "28.12 million tonnes",
        "48.37 million tonnes",
    ),
    (
        "Lagos state spent ₦612 billion in 2023, above the ₦580 billion it had planned. Of"
        " that, roads took ₦214 billion and health ₦131 billion.",
        "₦214 billion",
        "₦514 billion",
        "₦612 billion",
    ),
    # a named sum or total pointed back to
    (
        "The governor struck out R7.4 billion of projects. Of the vetoed sum, R2.9 billion"
        " were bridges and R4.5 billion were dams.",
        "R4.5 billion",
        "R5.5 billion",
        "R7.4 billion",
    ),
    (
        "Donors pledged €3.86 billion at the Brussels meeting. Of this year's total, €1.41"
        " billion will go to food aid and €2.45 billion to shelter.",
        "€1.41 billion",
        "€2.41 billion",
        "€3.86 billion",
    ),
    # "Of the revenue" names a whole its sentence qualified ("Federal revenue")
    (
        "Federal revenue reached A$64.3 billion in the quarter and spending A$71.9 billion."
        " Of the revenue, income tax brought in A$38.2 billion, company tax A$17.4 billion"
        " and excise A$8.7 billion.",
        "A$17.4 billion",
        "A$27.4 billion",
        "A$64.3 billion",
    ),
    # names joined by "and" inside a list
    (
        "Revenue reached Rs 9,430 crore in March and spending Rs 11,200 crore. Of the revenue,"
        " taxes brought in Rs 6,120 crore, customs and excise Rs 2,210 crore and fees Rs 1,100"
        " crore.",
        "Rs 1,100 crore",
        "Rs 3,100 crore",
        "Rs 9,430 crore",
    ),
    # parts named before their figures after the total opening the sentence
    (
        "Of the 150 seats, the Greens won 71, the Liberals 52, the Farmers 19 and others 8.",
        "won 71",
        "won 81",
        "150",
    ),
    # ... or opening a clause after a semicolon
    (
        "The Greens took 44.1% of the vote; of the 150 seats, the Greens won 71, the"
        " Liberals 52, the Farmers 19 and others 8.",
        "Liberals 52",
        "Liberals 62",
        "150",
    ),
    # a breakdown verb in the present tense, pointed back to
    (
        "The assembly raised the budget to $9.12 billion. It splits into $0.53 billion of"
        " transfers, $2.87 billion for capital projects, $3.52 billion of running costs and"
        " $2.20 billion for debt.",
        "$2.87 billion",
        "$3.87 billion",
        "$9.12 billion",
    ),
    # quadrillions are a scale
    (
        "Taxes brought in 1.07 quadrillion IDR and other sources 563 trillion IDR, a total of"
        " 1.633 quadrillion IDR.",
        "563 trillion IDR",
        "763 trillion IDR",
        "1.633 quadrillion IDR",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace", "total"), READ)
def test_parts_of_a_total_pointed_back_to_or_opening_are_read(
    text: str, find: str, replace: str, total: str
) -> None:
    assert "consistent" in verdicts(text)
    assert flagged(text) == []
    assert flagged(slipped(text, find, replace)) == [("CC303", total)]


@pytest.mark.parametrize(
    "text",
    [
        # two figures of the kind not compared before "Of the ... sum": which is split?
        "The governor struck out R7.4 billion of projects and R3.1 billion of grants. Of the"
        " vetoed sum, R5.9 billion were bridges and R4.5 billion were dams.",
        # "Of the revenue" names two figures: which one is split is not clear
        "Federal revenue reached A$64.3 billion and state revenue A$31.9 billion. Of the"
        " revenue, income tax brought in A$58.2 billion and company tax A$27.4 billion.",
        # a total that is only a comparison's lower bound is no whole pointed back to
        "Output rose above 45 million tonnes. Of that, 30 million tonnes went to bakers and"
        " 28 million tonnes to exporters.",
        # "of that" after a semicolon points to no figure of the sentence before
        "Sales were $4 billion in 2023 and $9 billion in 2024; of that, $6 billion came from"
        " Asia and $5 billion from Europe.",
        # a new clause after the list's "and" is no part ("and imports dropped to")
        "Exports fell to $5.4 billion, copper sales among them at $2.8 billion, and imports"
        " dropped to $4.5 billion.",
    ],
)
def test_wholes_not_clearly_pointed_back_to_stay_silent(text: str) -> None:
    assert [rule for rule, _ in flagged(text) if rule == "CC303"] == []


@pytest.mark.parametrize("text", [t for t, *_ in READ])
def test_clean_copy_gives_no_finding(text: str) -> None:
    assert flagged(text) == []
