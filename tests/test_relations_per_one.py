"""Figures per member or per counted thing worded as independent copy words them: "a" as the
cue ("$15,000 a pupil", "40 thousand a seat"), a people named after their place as the
population ("50 million Kenyans"), "for every man, woman and child", several totals,
counts and rates in one sentence (each rate read with the total and count stated next to
it), a population or total in the sentence before that the figure's sentence points back
to, an average set after its clause, an amount for "each of" a count, a cue whose figure
follows an aside, "average" introducing a figure per member, and one of a thing for a
number of members ("one teacher for every 20 pupils"). Each form is checked clean (no
finding) and with a seeded slip flagged at the figure (CC306); look-alikes that relate
nothing stay silent."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck


def findings(text: str) -> list[tuple[str, str]]:
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


def verdicts(text: str) -> list[str]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == "per-capita"]


def assert_flagged_at(text: str, figure: str) -> None:
    found = findings(text)
    assert [rule for rule, _ in found] == ["CC306"]
    assert found[0][1] in figure


# Each form with the figure that fits and a slip in it.
FORMS = [
    # "a" as the cue, the count named by its noun
    ("The state's 1.2 million pupils cost $18 billion a year to teach, or {} a pupil.",
     "$15,000", "$19,000"),
    ("Organisers sold 45,000 tickets and took in 2.7 million euros, about {} a ticket.",
     "60 euros", "90 euros"),
    ("Over its 400 branches the chain employs 9,600 staff, or {} a branch.", "24", "42"),
    # a people named after their place
    ("Kenya's output of $110 billion works out at {} per person for its 50 million Kenyans.",
     "$2,200", "$3,200"),
    ("Tax receipts of C$450 billion come to roughly {} per head across 38 million Canadians.",
     "C$11,800", "C$15,800"),
    # "for every man, woman and child"
    ("Public debt has reached £2.5 trillion, {} for every man, woman and child among the"
     " 67 million people in the country.", "£37,300", "£47,300"),
    # two pairs in one sentence: the rate reads with the total and count next to it
    ("The first fund's 12,000 members hold $360 million, or $30,000 a member, and the second"
     " fund's 5,000 members hold $400 million, or {} a member.", "$80,000", "$50,000"),
    ("In the north 2,400,000 ballots went to 60 seats, 40 thousand a seat, while in the south"
     " 1,500,000 ballots filled 50 seats, or {} a seat.", "30 thousand", "36 thousand"),
    # the population or the total in the sentence before, pointed back to ("that", "its")
    ("Nigeria has about 200 million people. Its GDP of $440 billion works out at {} per"
     " person.", "$2,200", "$3,200"),
    ("Last year the national debt reached £2.4 trillion. Spread across 60 million people, that"
     " comes to {} a head.", "£40,000", "£30,000"),
    ("The region counts 4 million households. Their energy bills, 8 billion euros in all, work"
     " out at {} per household.", "2,000 euros", "1,200 euros"),
    ("Health spending hit C$380 billion in 2023. With 40 million Canadians, this was about {}"
     " per capita.", "C$9,500", "C$5,900"),
    # an average set after its clause, over the one total and the one count it states
    ("The 420 schools received $1.26 billion, an average of {} each.", "$3 million",
     "$4 million"),
    ("Across 1,200 hospitals, the ministry spent 6 billion euros last year, an average of {}.",
     "5 million euros", "8 million euros"),
    ("Remittances totalled $12.8 billion from 41 million transfers, an average of about {}.",
     "$312", "$213"),
    ("In 2023 the league's 20 clubs spent £1.6 billion on wages, or {} on average.",
     "£80 million", "£60 million"),
    ("The 250 councils will share R5 billion, {} apiece, the treasury said.", "R20 million",
     "R25 million"),
    # "each of" opening the count whose every member gets the amount after it
    ("Each of the 650,000 eligible residents will receive {}, for a total payout of $650"
     " million.", "$1,000", "$1,400"),
    ("The state will pay out $650 million, with each of its 650,000 eligible residents"
     " receiving {}.", "$1,000", "$1,700"),
    ("Every one of the 40 districts gets {} from the 120 million euro fund.",
     "3 million euros", "5 million euros"),
    # a cue whose figure follows an aside
    ("GDP per capita in Brazil, home to 203 million people, reached {}, out of total output"
     " of 10.9 trillion reais.", "53,700 reais", "35,700 reais"),
    ("Spending per head, in a country of 5 million people, came to {} of the £60 billion"
     " budget.", "£12,000", "£21,000"),
    # "average" or "mean" introducing the figure per member
    ("The average household income was {} across 2.1 million households, a total of $147"
     " billion.", "$70,000", "$77,000"),
    ("The 5 million workers earned $250 billion last year, and average pay was {}.",
     "$50,000", "$60,000"),
    ("The mean grant of about {} went to 30,000 students, at a cost of $120 million.",
     "$4,000", "$6,000"),
    # one of a thing for a number of members: the members over the count of ones
    ("The 40,000 teachers serve 800,000 pupils, one teacher for every {} pupils.", "20", "25"),
    ("With 12,000 doctors for 18 million people, the country has a doctor for every {}"
     " people.", "1,500", "5,100"),
    ("The network's 350 branches serve 2.8 million customers, or 1 branch per {} customers.",
     "8,000", "6,000"),
]  # fmt: skip


@pytest.mark.parametrize(("form", "right", "wrong"), FORMS)
def test_a_figure_per_one_that_fits_is_read_and_a_slip_in_it_is_flagged(
    form: str, right: str, wrong: str
) -> None:
    text = form.format(right)
    assert findings(text) == []
    assert "consistent" in verdicts(text)
    assert "inconsistent" not in verdicts(text)
    assert_flagged_at(form.format(wrong), wrong)


@pytest.mark.parametrize(
    "text",
    [
        # a rate per a thing no count names: "a game" beside "82 venues"
        "The club sold 1.6 million tickets at 82 venues, about 19,500 a game.",
        # a place name that is no people after the count
        "Exports worth $4 billion left 2,000 Texas ports, about $3 million a shipment.",
        # the count after the rate, a total of its own between them
        "Each grower got $4,000 a farm, while the 30,000 farms sold $90 million of cane and"
        " 12,000 farms were idle.",
        # the count in the sentence before names other members than the cue's
        "The country has 50 million people. Its schools cost $2 billion, or $400 per pupil.",
        "The state has 9 million residents. Its 30,000 farms got $3 billion, $60,000 per"
        " household.",
        # no word pointing back: the figure before is about something else
        "Revenue was $5 billion. Staff at the 20,000-strong firm earn $60,000 per employee.",
        "The city has 3 million people. Parking fines raised $90 million, about $45 per"
        " resident of the suburbs.",
        # an average inside its clause: of another quantity
        "The 500 companies earned $2 billion and paid an average of $400,000 in tax.",
        # an average per something else
        "The 30 clubs spent £1.5 billion, an average of £60,000 a week.",
        # two counts: which the total is spread over is not said
        "Its 40 stores and 2,000 staff brought in $600 million, an average of $15 million.",
        "Each of the 12 clubs received £6 million, out of £60 million given to the 20 clubs.",
        # an average rate, or a share, not an amount
        "The 12 funds hold $800 million, averaging 6% a year.",
        "Each of the 30 members owns 2% of the fund, worth $90 million.",
        # no total of its kind
        "The 300 firms exported 2 million tonnes, an average of $9 million.",
        "Each of the 300 farms harvested 40 tonnes, worth $9,000.",
        # an average that is no amount, or no population to spread a total over
        "The average age was 45 among its 2 million people, who earn $90 billion a year.",
        "The average price was $300,000 in a market of 2 million homes worth $600 billion.",
        # one of a thing with no count its noun names
        "The 800,000 pupils have one computer for every 20 pupils.",
        "Only one bank in every 12 towns has 3,000 branches and 900 customers.",
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
def two_groups(draw: st.DrawFn, *, slip: bool) -> tuple[str, str, int]:
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
    return text, f"${each2:,}", 2


@st.composite
def averages(draw: st.DrawFn, *, slip: bool) -> tuple[str, str, int]:
    """A total over a count and its average, the total written to the unit; with `slip`,
    the average off by at least a fifth."""
    count = draw(st.integers(min_value=12, max_value=5_000))
    each = draw(st.integers(min_value=100, max_value=90_000))
    stated = each + (max(1, each // 5) * draw(st.sampled_from([-2, 2])) if slip else 0)
    noun = draw(st.sampled_from(["farms", "firms", "charities", "towns"]))
    link = draw(st.sampled_from([", an average of {}", ", averaging {}", ", {} each"]))
    text = f"The {count:,} {noun} received ${count * each:,} in grants{link}."
    return text.format(f"${stated:,}"), f"${stated:,}", 1


@settings(max_examples=30, deadline=None)
@given(case=st.one_of(two_groups(slip=False), averages(slip=False)))
def test_rates_and_averages_that_fit_are_never_flagged(case: tuple[str, str, int]) -> None:
    text, _, read = case
    assert findings(text) == []
    assert verdicts(text) == ["consistent"] * read


@settings(max_examples=30, deadline=None)
@given(case=st.one_of(two_groups(slip=True), averages(slip=True)))
def test_a_slip_in_a_rate_or_an_average_is_always_flagged_at_it(
    case: tuple[str, str, int],
) -> None:
    text, stated, _ = case
    assert_flagged_at(text, stated)
