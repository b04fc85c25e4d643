"""Per-capita figures worded as real copy words them: "each" after the figure, a total
stated after it, cues named for the members ("per visitor"), two statements in one
sentence set against each other with "while", a population noun after words that describe
the members, and several totals and counts in one sentence, each paired with its
neighbours. Each form is checked clean (no finding) and with a slip in the figure per
member (CC306)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.extract import per_capita


def rules(text: str) -> list[str]:
    return [f.rule for f in claimcheck.check(text).findings]


def verdicts(text: str, kind: str) -> list[str]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == kind]


# Each form twice: the figure per member as the total over the count, then off by a third.
FORMS = [
    # "each" after the figure per member
    "The airline's 6.2 million passengers paid $1.86 billion in fees, or about {} each.",
    "Some 2.4 million households received grants totalling 1.2 billion euros, {} each.",
    "The fund paid out Rs 4,500 crore to 1.5 crore beneficiaries, Rs {} apiece.",
    # the total stated after the figure per member
    "Norway saw only 5.5 million visitors, but at $1,400 each they spent {} in all.",
    "Britain's deficit came to {} per person, or £84 billion across its 67 million people.",
    # the cue names the members
    "The park drew 3.2 million visitors who spent $480 million, or {} per visitor.",
    "Hospitals treated 1.8 million patients at a cost of 9 billion euros, {} per patient.",
    # the cue introduces its figure, after an emphasis word
    "The assembly cost $120 million to run for its 30 million residents, so the cost per"
    " head is just {}.",
    # the count after a verb of sharing out: "over" is no hedge ("spread over 1.2 million")
    "The grants, 3.6 billion euros spread over 1.2 million households, came to {} each.",
    "Payouts of $840 million, divided over 2.8 million recipients, averaged {} apiece.",
    "A relief fund of Rs 9,000 crore, shared over 4.5 crore beneficiaries, worked out at Rs {}"
    " per beneficiary.",
    # the cue introduces a hedged figure: "is just over", "at only about"
    "The city spent $600 million on its 2 million residents, so spending per head is just over {}.",
    "Schools got 4.8 billion euros for 1.2 million pupils, putting funding per pupil at only"
    " about {}.",
    # the population noun after words that describe the members
    "The programme paid 1.2 billion euros to some 400,000 elderly, disabled and low-income"
    " pensioners, {} each.",
    # two totals and two counts in one sentence: each figure pairs with its neighbours
    "The fund sent $900 million to 3 million small farmers, and the insurance scheme paid $600"
    " million to 1.5 million rural households, at {} per household.",
    "Of the Rs 5,000 crore released, Rs 3,000 crore went to 1.5 crore women and Rs 2,000 crore"
    " to 50 lakh men, at Rs {} a head.",
]
RIGHT = ["$300", "500", "3,000", "$7.7 billion", "£1,250", "$150", "5,000 euros", "$4"]
RIGHT += ["3,000 euros", "$300", "2,000", "$300", "4,000 euros", "3,000 euros", "$400", "4,000"]
WRONG = ["$400", "700", "4,000", "$11 billion", "£1,750", "$210", "7,000 euros", "$6"]
WRONG += ["2,000 euros", "$220", "1,500", "$500", "6,000 euros", "4,000 euros", "$600", "5,000"]


@pytest.mark.parametrize(("form", "figure"), list(zip(FORMS, RIGHT, strict=True)))
def test_a_per_capita_figure_worded_another_way_is_read_and_fits(form: str, figure: str) -> None:
    text = form.format(figure)
    assert rules(text) == []
    assert verdicts(text, "per-capita") == ["consistent"]


@pytest.mark.parametrize(("form", "figure"), list(zip(FORMS, WRONG, strict=True)))
def test_a_per_capita_slip_worded_another_way_is_flagged(form: str, figure: str) -> None:
    text = form.format(figure)
    assert rules(text) == ["CC306"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Spain drew 82 million visitors who spent $68 billion, or $830 each, while Italy's"
            " 62 million visitors spent $49 billion, $790 per head.",
            [],
        ),
        (
            "Spain drew 82 million visitors who spent $68 billion, or $830 each, while Italy's"
            " 62 million visitors spent $49 billion, $990 per head.",
            ["CC306"],
        ),
        (
            "Farm workers in the north got 2,000 euros each, 1.2 billion euros for 600,000"
            " workers; in the south 400,000 workers shared 0.6 billion euros, 1,500 euros each.",
            [],
        ),
        (
            "Its 3 million customers paid $90 million, or $30 each; the 2 million users of the"
            " rival service paid $80 million, $60 each.",
            ["CC306"],
        ),
    ],
)
def test_clauses_set_against_each_other_are_read_apart(text: str, found: list[str]) -> None:
    assert rules(text) == found
    assert len(verdicts(text, "per-capita")) == 2


@pytest.mark.parametrize(
    "text",
    [
        # two totals of the currency in the clause: no single reading is best
        "Rs 1.70 lakh crore was announced, and Rs 17,891 crore went to 8.94 crore farmers"
        " receiving Rs 3,000 each.",
        # two counts of members: which one shares the total is not said
        "The 2.1 million visitors and 1.3 million residents spent $900 million, $300 each.",
        # a figure for a family or per household is no total to divide
        "For its 312 million people the debt works out at $45,939 per person, or $183,756 for"
        " a family of four.",
        "For its 312 million people the debt works out at $45,939 each, or $183,756 per"
        " household of four.",
        # a figure per member beside a far older one is no total of it
        "Shared among a population of 312 million, each resident's part is $45,939, or 51"
        " times the $894 a head of 1918.",
        # a count without a noun naming members is not a population
        "The bank sold 4.5 million bonds raising $4.5 billion, at $1,000 each.",
    ],
)
def test_a_per_member_figure_without_one_clear_reading_is_not_read(text: str) -> None:
    assert verdicts(text, "per-capita") == []
    assert rules(text) == []


# The total in the sentence before one that shares it out; each twice, right then a slip.
SHARED_OUT = [
    "The province owes 84 billion rand. Shared among its 6 million residents, each"
    " resident's share is about R{}.",
    "Council debt reached £2.4 billion last year. Divided between 800,000 households, that"
    " is £{} per household.",
    "The fund holds $630 million. Split among 2.1 million members, every member gets ${} each.",
    # the count too in the sentence before: the one whose noun the cue names
    "The city owes $4.8 billion, and it has 600,000 households and 1.5 million residents."
    " That puts each household's share at about ${}.",
    "Debts of 9 billion euros fall on 3 million citizens and 1.2 million firms. Split among"
    " them, every citizen's share comes to {} euros.",
]
SHARED_RIGHT = ["14,000", "3,000", "300", "8,000", "3,000"]
SHARED_WRONG = ["41,000", "2,000", "360", "3,200", "7,500"]


@pytest.mark.parametrize(
    ("form", "right", "wrong"), list(zip(SHARED_OUT, SHARED_RIGHT, SHARED_WRONG, strict=True))
)
def test_a_total_in_the_sentence_before_shared_out_is_read(
    form: str, right: str, wrong: str
) -> None:
    clean = form.format(right)
    assert rules(clean) == []
    assert verdicts(clean, "per-capita") == ["consistent"]
    assert rules(form.format(wrong)) == ["CC306"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # no word shares the total out: the per-member figure may measure something else
        ("The province owes 84 billion rand. Its 6 million residents earn R41,000 per person.", []),
        # the sentence before is another paragraph
        (
            "The province owes 84 billion rand.\n\nShared among its 6 million residents, each"
            " resident's share is about R41,000.",
            [],
        ),
        # two counts in the sentence before, and a cue that names neither
        (
            "The city owes $4.8 billion, and it has 600,000 households and 1.5 million"
            " residents. Divided among them, the share is $8,000 per person.",
            [],
        ),
        # the figure after the first per-member one is not the share: only $30,000 is read
        (
            "The state owes $90 billion. Divided among its 3 million people, each resident's"
            " share is $30,000, three times the $10,000 a head of 1990.",
            ["consistent"],
        ),
    ],
)
def test_a_total_in_the_sentence_before_is_read_only_when_shared_out(
    text: str, read: list[str]
) -> None:
    assert rules(text) == []
    assert verdicts(text, "per-capita") == read


@st.composite
def contrasted_documents(draw: st.DrawFn, *, slip: bool) -> str:
    """Two per-capita statements in one sentence, joined by "while"; the slip in the second."""
    parts = []
    for index in range(2):
        count = draw(st.integers(11, 990)) / 10  # millions, one decimal
        each = draw(st.integers(110, 8900))  # whole dollars per member
        total = count * 1e6 * each / 1e9  # billions
        if slip and index == 1:
            each = round(each * draw(st.sampled_from((0.7, 1.4))))
        noun = draw(st.sampled_from(("visitors", "customers", "residents", "passengers")))
        cue = draw(st.sampled_from(("each", "apiece", "per head", "per person")))
        parts.append(f"{count:.1f} million {noun} spent ${total:.2f} billion, or ${each:,} {cue}")
    return f"Last year {parts[0]}, while {parts[1]}."


@settings(max_examples=30, deadline=None)
@given(text=contrasted_documents(slip=False))
def test_contrasted_per_capita_figures_that_fit_are_never_flagged(text: str) -> None:
    assert rules(text) == []
    assert verdicts(text, "per-capita") == ["consistent", "consistent"]


@settings(max_examples=30, deadline=None)
@given(text=contrasted_documents(slip=True))
def test_a_contrasted_per_capita_slip_is_always_flagged(text: str) -> None:
    assert rules(text) == ["CC306"]


class _Counted:
    """A compiled pattern that counts the searches made with it."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.calls = 0

    def search(self, *args: object) -> re.Match[str] | None:
        self.calls += 1
        return self.pattern.search(*args)  # type: ignore[arg-type]

    def fullmatch(self, *args: object) -> re.Match[str] | None:
        self.calls += 1
        return self.pattern.fullmatch(*args)  # type: ignore[arg-type]


_MONEY_ALONE = " ".join(f"The fund paid ${n} million, then ${n + 1} million." for n in range(40))
_MONEY_INSIDE = " ".join(
    f"It paid ${n} million in fees and ${n} million in tax." for n in range(40)
)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # "one teacher for every 20 pupils", "each of the 650,000 residents", "1022 females
        # for every 1,000 males": cues of bare counts, never looked for around money alone.
        ("_ONE_FOR", _MONEY_ALONE),
        ("_EACH_OF", _MONEY_ALONE),
        ("_PER_BASE", _MONEY_ALONE),
        # ", an average of $313": never looked for before an amount inside its clause.
        ("_AVERAGE_BEFORE", _MONEY_INSIDE),
    ],
)
def test_cues_are_not_searched_for_around_figures_they_cannot_name(
    name: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    counted = _Counted(getattr(per_capita, name))
    monkeypatch.setattr(per_capita, name, counted)
    assert len(claimcheck.check(text).claims) >= 80  # every amount read
    assert counted.calls == 0
