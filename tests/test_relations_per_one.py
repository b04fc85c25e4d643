"""Figures per member or per counted thing worded as independent copy words them: "a" as
the cue ("$15,000 a student", "33 thousand a seat"), a people named after their place as
the population ("50 million Kenyans"), "for every man, woman and child", and several
totals, counts and rates in one sentence, each rate read with the total and count stated
next to it. Each form is checked clean (no finding) and with a seeded slip flagged at the
figure (CC306); look-alikes that relate nothing stay silent."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck


def findings(text: str) -> list[tuple[str, str]]:
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


def verdicts(text: str) -> list[str]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == "per-capita"]


FORMS = [
    # "a" as the cue, the count named by its noun
    "The state's 1.2 million pupils cost $18 billion a year to teach, or {} a pupil.",
    "Organisers sold 45,000 tickets and took in 2.7 million euros, about {} a ticket.",
    "Over its 400 branches the chain employs 9,600 staff, or {} a branch.",
    # a people named after their place
    "Kenya's output of $110 billion works out at {} per person for its 50 million Kenyans.",
    "Tax receipts of C$450 billion come to roughly {} per head across 38 million Canadians.",
    # "for every man, woman and child"
    "Public debt has reached £2.5 trillion, {} for every man, woman and child among the"
    " 67 million people in the country.",
    # two pairs in one sentence: the rate reads with the total and count next to it
    "The first fund's 12,000 members hold $360 million, or $30,000 a member, and the second"
    " fund's 5,000 members hold $400 million, or {} a member.",
    "In the north 2,400,000 ballots went to 60 seats, 40 thousand a seat, while in the south"
    " 1,500,000 ballots filled 50 seats, or {} a seat.",
]
RIGHT = ["$15,000", "60 euros", "24", "$2,200", "C$11,800", "£37,300", "$80,000", "30 thousand"]
WRONG = ["$19,000", "90 euros", "42", "$3,200", "C$15,800", "£47,300", "$50,000", "36 thousand"]


@pytest.mark.parametrize(("form", "figure"), list(zip(FORMS, RIGHT, strict=True)))
def test_a_figure_per_one_that_fits_is_read_and_never_flagged(form: str, figure: str) -> None:
    text = form.format(figure)
    assert findings(text) == []
    assert "consistent" in verdicts(text)
    assert "inconsistent" not in verdicts(text)


@pytest.mark.parametrize(("form", "figure"), list(zip(FORMS, WRONG, strict=True)))
def test_a_slip_in_a_figure_per_one_is_flagged_at_it(form: str, figure: str) -> None:
    text = form.format(figure)
    found = findings(text)
    assert [rule for rule, _ in found] == ["CC306"]
    assert found[0][1] in figure


@pytest.mark.parametrize(
    "text",
    [
        # a rate per a thing no count names: "per game" beside "82 matches"
        "The club sold 1.6 million tickets over 82 matches, about 19,500 a game.",
        # a place name that is no people after the count
        "Exports worth $4 billion left 2,000 Texas ports, about $3 million a shipment.",
        # the count after the rate, a total of its own between them
        "Each grower got $4,000 a farm, while the 30,000 farms sold $90 million of cane and"
        " 12,000 farms were idle.",
    ],
)
def test_a_look_alike_figure_per_one_is_not_read(text: str) -> None:
    assert findings(text) == []
    assert verdicts(text) == []


@pytest.mark.parametrize(("first", "second"), [("30", "35"), ("36", "35"), ("30", "53")])
def test_a_rate_beside_a_rate_per_the_same_thing_takes_neither_as_its_total(
    first: str, second: str
) -> None:
    text = (
        f"The Greens' 900,000 votes won 30 seats, {first} thousand votes for every seat, and"
        f" the Liberals' 1,400,000 votes won 40 seats, or {second} thousand a seat."
    )
    wrong = [f"{figure} thousand" for figure in (first, second) if figure not in ("30", "35")]
    assert [excerpt for _, excerpt in findings(text)] == wrong


@st.composite
def two_groups(draw: st.DrawFn, *, slip: bool) -> tuple[str, str]:
    """Two groups in one sentence, each with its total, its count and the figure per one,
    all written to the unit; with `slip`, the second figure off by at least a fifth."""
    rows = []
    for _ in range(2):
        count = draw(st.integers(min_value=20, max_value=900))
        each = draw(st.integers(min_value=200, max_value=9_000))
        rows.append((count, count * each, each))
    (count1, total1, each1), (count2, total2, each2) = rows
    if slip:
        each2 += max(1, each2 // 5) * draw(st.sampled_from([-2, 2]))
    noun = draw(st.sampled_from(["school", "clinic", "library"]))
    plural = "libraries" if noun == "library" else f"{noun}s"
    cue = draw(st.sampled_from(["a", "per", "for each"]))
    text = (
        f"The east spent ${total1:,} on its {count1:,} {plural}, ${each1:,} {cue} {noun}, and the"
        f" west ${total2:,} on its {count2:,} {plural}, ${each2:,} {cue} {noun}."
    )
    return text, f"${each2:,}"


@settings(max_examples=30, deadline=None)
@given(case=two_groups(slip=False))
def test_two_rates_in_one_sentence_that_fit_are_never_flagged(case: tuple[str, str]) -> None:
    text, _ = case
    assert findings(text) == []
    assert verdicts(text) == ["consistent", "consistent"]


@settings(max_examples=30, deadline=None)
@given(case=two_groups(slip=True))
def test_a_slip_in_the_second_of_two_rates_is_flagged_at_it(case: tuple[str, str]) -> None:
    text, stated = case
    found = findings(text)
    assert [rule for rule, _ in found] == ["CC306"]
    assert found[0][1] in stated


# The population or the total in the sentence before, the figure's sentence pointing back
# to it ("that is", "its").
BACK_FORMS = [
    "Nigeria has about 200 million people. Its GDP of $440 billion works out at {} per person.",
    "Last year the national debt reached £2.4 trillion. Spread across 60 million people, that"
    " comes to {} a head.",
    "The region counts 4 million households. Their energy bills, 8 billion euros in all, work"
    " out at {} per household.",
    "Health spending hit C$380 billion in 2023. With 40 million Canadians, this was about {}"
    " per capita.",
]
BACK_RIGHT = ["$2,200", "£40,000", "2,000 euros", "C$9,500"]
BACK_WRONG = ["$3,200", "£30,000", "1,200 euros", "C$5,900"]


@pytest.mark.parametrize(("form", "figure"), list(zip(BACK_FORMS, BACK_RIGHT, strict=True)))
def test_a_figure_per_person_pointing_back_to_the_sentence_before_is_read(
    form: str, figure: str
) -> None:
    text = form.format(figure)
    assert findings(text) == []
    assert verdicts(text) == ["consistent"]


@pytest.mark.parametrize(("form", "figure"), list(zip(BACK_FORMS, BACK_WRONG, strict=True)))
def test_a_slip_in_a_figure_per_person_pointing_back_is_flagged_at_it(
    form: str, figure: str
) -> None:
    text = form.format(figure)
    found = findings(text)
    assert [rule for rule, _ in found] == ["CC306"]
    assert found[0][1] in figure


@pytest.mark.parametrize(
    "text",
    [
        # the count before names other members than the cue's
        "The country has 50 million people. Its schools cost $2 billion, or $400 per pupil.",
        "The state has 9 million residents. Its 30,000 farms got $3 billion, $60,000 per"
        " household.",
        # no word pointing back: the figure before is about something else
        "Revenue was $5 billion. Staff at the 20,000-strong firm earn $60,000 per employee.",
        "The city has 3 million people. Parking fines raised $90 million, about $45 per"
        " resident of the suburbs.",
    ],
)
def test_a_figure_per_person_with_no_population_pointed_back_to_is_not_read(text: str) -> None:
    assert findings(text) == []
    assert verdicts(text) == []


# An average set after its clause, over the one total and the one count the clause states.
AVERAGE_FORMS = [
    "The 420 schools received $1.26 billion, an average of {} each.",
    "Across 1,200 hospitals, the ministry spent 6 billion euros last year, an average of {}.",
    "Remittances totalled $12.8 billion from 41 million transfers, an average of about {}.",
    "In 2023 the league's 20 clubs spent £1.6 billion on wages, or {} on average.",
    "The 250 councils will share R5 billion, {} apiece, the treasury said.",
]
AVERAGE_RIGHT = ["$3 million", "5 million euros", "$312", "£80 million", "R20 million"]
AVERAGE_WRONG = ["$4 million", "8 million euros", "$213", "£60 million", "R25 million"]


@pytest.mark.parametrize(("form", "figure"), list(zip(AVERAGE_FORMS, AVERAGE_RIGHT, strict=True)))
def test_an_average_after_its_clause_that_fits_is_read(form: str, figure: str) -> None:
    text = form.format(figure)
    assert findings(text) == []
    assert verdicts(text) == ["consistent"]


@pytest.mark.parametrize(("form", "figure"), list(zip(AVERAGE_FORMS, AVERAGE_WRONG, strict=True)))
def test_a_slip_in_an_average_after_its_clause_is_flagged_at_it(form: str, figure: str) -> None:
    text = form.format(figure)
    found = findings(text)
    assert [rule for rule, _ in found] == ["CC306"]
    assert found[0][1] in figure


@pytest.mark.parametrize(
    "text",
    [
        # the average sits inside the clause: of another quantity
        "The 500 companies earned $2 billion and paid an average of $400,000 in tax.",
        # the average is per something else
        "The 30 clubs spent £1.5 billion, an average of £60,000 a week.",
        # two counts: which the total is spread over is not said
        "Its 40 stores and 2,000 staff brought in $600 million, an average of $15 million.",
        # an average rate, no amount
        "The 12 funds hold $800 million, averaging 6% a year.",
        # no total of its kind
        "The 300 firms exported 2 million tonnes, an average of $9 million.",
    ],
)
def test_a_look_alike_average_is_not_read(text: str) -> None:
    assert findings(text) == []
    assert verdicts(text) == []


@st.composite
def averages(draw: st.DrawFn, *, slip: bool) -> tuple[str, str]:
    """A total over a count and its average, the total written to the unit; with `slip`,
    the average off by at least a fifth."""
    count = draw(st.integers(min_value=12, max_value=5_000))
    each = draw(st.integers(min_value=100, max_value=90_000))
    off = max(1, each // 5) * draw(st.sampled_from([-2, 2])) if slip else 0
    each_stated = each + off
    noun = draw(st.sampled_from(["farms", "firms", "charities", "towns"]))
    link = draw(st.sampled_from([", an average of {}", ", averaging {}", ", {} each"]))
    text = f"The {count:,} {noun} received ${count * each:,} in grants" + link.format(
        f"${each_stated:,}"
    )
    return text + ".", f"${each_stated:,}"


@settings(max_examples=30, deadline=None)
@given(case=averages(slip=False))
def test_an_average_that_fits_is_never_flagged(case: tuple[str, str]) -> None:
    text, _ = case
    assert findings(text) == []
    assert verdicts(text) == ["consistent"]


@settings(max_examples=30, deadline=None)
@given(case=averages(slip=True))
def test_a_slip_in_an_average_is_always_flagged_at_it(case: tuple[str, str]) -> None:
    text, stated = case
    found = findings(text)
    assert [rule for rule, _ in found] == ["CC306"]
    assert found[0][1] in stated


# "each of" opening the count whose every member gets the amount after it, and a cue whose
# figure comes after an aside.
EACH_FORMS = [
    "Each of the 650,000 eligible residents will receive {}, for a total payout of $650 million.",
    "The state will pay out $650 million, with each of its 650,000 eligible residents"
    " receiving {}.",
    "Every one of the 40 districts gets {} from the 120 million euro fund.",
    "GDP per capita in Brazil, home to 203 million people, reached {}, out of total output"
    " of 10.9 trillion reais.",
    "Spending per head, in a country of 5 million people, came to {} of the £60 billion budget.",
]
EACH_RIGHT = ["$1,000", "$1,000", "3 million euros", "53,700 reais", "£12,000"]
EACH_WRONG = ["$1,400", "$1,700", "5 million euros", "35,700 reais", "£21,000"]


@pytest.mark.parametrize(("form", "figure"), list(zip(EACH_FORMS, EACH_RIGHT, strict=True)))
def test_an_amount_for_each_of_a_count_that_fits_is_read(form: str, figure: str) -> None:
    text = form.format(figure)
    assert findings(text) == []
    assert verdicts(text) == ["consistent"]


@pytest.mark.parametrize(("form", "figure"), list(zip(EACH_FORMS, EACH_WRONG, strict=True)))
def test_a_slip_in_an_amount_for_each_of_a_count_is_flagged_at_it(form: str, figure: str) -> None:
    text = form.format(figure)
    found = findings(text)
    assert [rule for rule, _ in found] == ["CC306"]
    assert found[0][1] in figure


@pytest.mark.parametrize(
    "text",
    [
        # another count the total may be over
        "Each of the 12 clubs received £6 million, out of £60 million given to the 20 clubs.",
        # a share, not an amount, after the count
        "Each of the 30 members owns 2% of the fund, worth $90 million.",
        # no total of its kind
        "Each of the 300 farms harvested 40 tonnes, worth $9,000.",
    ],
)
def test_a_look_alike_amount_for_each_of_a_count_is_not_read(text: str) -> None:
    assert findings(text) == []
    assert verdicts(text) == []
