"""Totals as real copy words them, second set: a total with its parts named in brackets
after it ("£14,842 per person (£12,605 current, £2,237 capital)")."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import claimcheck


def flagged(text: str) -> list[tuple[str, str]]:
    """Each finding's rule and the text it points at."""
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


def verdicts(text: str, kind: str) -> list[str]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == kind]


# --- a total with its parts in brackets, each named by a word or two after it -----------


@pytest.mark.parametrize(
    ("text", "find", "replace", "total"),
    [
        (
            "London spent £14,842 per person (£12,605 current, £2,237 capital), 15% above"
            " the average.",
            "£2,237",
            "£2,337",
            "£14,842",
        ),
        (
            "Sales reached $5.2 billion ($3.1 billion domestic, $2.1 billion abroad) in"
            " the year to June.",
            "$2.1 billion",
            "$2.4 billion",
            "$5.2 billion",
        ),
        (
            "The trust treated 48,200 patients (31,900 adults and 16,300 children) last winter.",
            "16,300",
            "15,300",
            "48,200",
        ),
        (
            "Household debt stood at 1.92 trillion won (1.31 trillion won mortgages, 0.61"
            " trillion won unsecured) at the end of March.",
            "0.61 trillion won",
            "0.51 trillion won",
            "1.92 trillion won",
        ),
    ],
)
def test_a_total_with_its_parts_named_in_brackets(
    text: str, find: str, replace: str, total: str
) -> None:
    assert flagged(text) == []
    assert verdicts(text, "total") == ["consistent"]
    assert flagged(text.replace(find, replace)) == [("CC303", total)]


@pytest.mark.parametrize(
    "text",
    [
        # a comparison or restatement in brackets, not a breakdown
        "Revenue rose to £1.4bn, up from £1.2bn (£980m) a year earlier.",
        "Revenue was £1.4bn (£1.1bn in 2022, £1.0bn in 2021).",
        "Revenue was £1.4bn ($1.8bn, €1.6bn).",
        "The fund is worth $9 billion ($4 billion, $3 billion).",
        "Profit was $9 billion (against $4 billion, $3 billion).",
        "Its budget of $3.2 billion (versus $1.1 billion and $0.9 billion in 2019) grew.",
    ],
)
def test_figures_in_brackets_that_are_not_named_parts_make_no_total(text: str) -> None:
    assert flagged(text) == []
    assert verdicts(text, "total") == []


@settings(max_examples=40, deadline=None)
@given(
    first=st.integers(1_000, 50_000).filter(lambda n: n % 10),  # written to the unit
    second=st.integers(100, 9_000).filter(lambda n: n % 10),
    off=st.one_of(st.just(0), st.integers(5, 900), st.integers(-900, -5)),
)
def test_a_bracketed_breakdown_is_flagged_only_when_its_parts_miss_the_total(
    first: int, second: int, off: int
) -> None:
    total = first + second + off
    assume(total % 10)  # every figure written to the unit: no rounding hides the gap
    text = f"The region spent £{total:,} per pupil (£{first:,} current, £{second:,} capital)."
    assert verdicts(text, "total") == (["consistent"] if off == 0 else ["inconsistent"])


# --- a part pointing back to the sentence before ("of that"), and "the remaining" rest ---


@pytest.mark.parametrize(
    ("text", "find", "replace"),
    [
        (
            "The minister sought approval for extra spending of Rs 4.8 lakh crore. Only Rs"
            " 53,963.58 crore of that is new cash; the remaining Rs 4.26 lakh crore is"
            " matched by savings.",
            "Rs 4.26 lakh crore",
            "Rs 4.62 lakh crore",
        ),
        (
            "The city borrowed $2.5 billion last year. About $1.1 billion of this went to"
            " schools, and the remaining $1.4 billion to roads.",
            "$1.1 billion",
            "$1.3 billion",
        ),
        (
            "Donors pledged 640 million euros at the conference. Some 410 million euros of"
            " the total is for housing, while the other 230 million euros will rebuild"
            " schools.",
            "230 million",
            "130 million",
        ),
    ],
)
def test_a_part_of_that_with_the_remaining_rest(text: str, find: str, replace: str) -> None:
    assert flagged(text) == []
    assert verdicts(text, "total") == ["consistent"]
    slip = text.replace(find, replace)
    assert [rule for rule, _ in flagged(slip)] == ["CC303"]
    assert verdicts(slip, "total") == ["inconsistent"]


@pytest.mark.parametrize(
    "text",
    [
        # no remainder named: the part may be one of several
        "The city borrowed $2.5 billion last year. About $1.1 billion of this went to"
        " schools and $0.9 billion to roads.",
        # two figures of the currency in the sentence before: no one clear total
        "The city borrowed $2.5 billion and spent $2.1 billion last year. About $1.1"
        " billion of this went to schools, and the remaining $1.9 billion to roads.",
        # a new paragraph does not point back
        "The city borrowed $2.5 billion last year.\n\nAbout $1.1 billion of this went to"
        " schools, and the remaining $1.9 billion to roads.",
        # the rest is in another currency
        "The city borrowed $2.5 billion last year. About $1.1 billion of this went to"
        " schools, and the remaining 1.9 billion euros to roads.",
    ],
)
def test_a_part_of_that_without_a_clear_total_and_rest_makes_no_total(text: str) -> None:
    assert flagged(text) == []
    assert verdicts(text, "total") == []


# --- "Of this, ..." points past a figure the sentence before compares with ---------------


@pytest.mark.parametrize(
    ("text", "find", "replace"),
    [
        (
            "The budget appropriates $33.9 billion, against $34.4 billion the year before."
            " Of this, $15.8 billion comes from state taxes and $18.1 billion from"
            " federal money.",
            "$18.1 billion",
            "$19.1 billion",
        ),
        (
            "The airline carried 4.2 million passengers, up from 3.6 million. Of these,"
            " 2.9 million went to domestic routes and 1.3 million to international ones.",
            "1.3 million",
            "1.8 million",
        ),
        (
            "Tax receipts reached 912 billion rupees in the quarter, compared with 877"
            " billion rupees a year ago. Of that, 540 billion rupees came from income tax"
            " and 372 billion rupees from customs.",
            "540 billion",
            "640 billion",
        ),
    ],
)
def test_of_that_points_past_a_compared_figure(text: str, find: str, replace: str) -> None:
    assert flagged(text) == []
    assert "consistent" in verdicts(text, "total")
    slip = text.replace(find, replace)
    assert [rule for rule, _ in flagged(slip)] == ["CC303"]


def test_of_that_with_two_figures_not_compared_makes_no_total() -> None:
    text = (
        "The city spent $3.3 billion on schools and $2.1 billion on roads. Of this,"
        " $1.8 billion went to teachers and $2.4 billion to buildings."
    )
    assert flagged(text) == []
    assert verdicts(text, "total") == []


# --- one part of a total: "of which", "of it", "Of that sum, ... the remaining", "the rest" --


@pytest.mark.parametrize(
    ("text", "find", "replace", "total"),
    [
        # one part right after "of which"
        (
            "The ministry received £31.1 billion in transfers, of which £12.2 billion went to"
            " local councils.",
            "£12.2 billion",
            "£42.2 billion",
            "£31.1 billion",
        ),
        (
            "Enrolment reached 48,200 students in 2023, of which 31,900 studied part-time.",
            "48,200",
            "28,200",
            "28,200",
        ),
        # a part pointing back with "of it"
        (
            "The city borrowed $840 million last year, $310 million of it to refinance old debt.",
            "$310 million",
            "$910 million",
            "$840 million",
        ),
        (
            "Italy could draw 172.7 billion euros from the fund, 81.8 billion euros of it as"
            " grants.",
            "172.7 billion euros",
            "72.7 billion euros",
            "72.7 billion euros",
        ),
    ],
)
def test_one_part_of_a_total_may_not_exceed_it(
    text: str, find: str, replace: str, total: str
) -> None:
    assert flagged(text) == []
    assert verdicts(text, "total") == ["consistent"]
    assert flagged(text.replace(find, replace)) == [("CC303", total)]


@pytest.mark.parametrize(
    ("text", "find", "replace", "total"),
    [
        # "Of that sum, ..." and the rest named with "the remaining"
        (
            "The recovery plan is worth 750 billion euros. Of that sum, 390 billion euros will"
            " be paid as grants, while the remaining 360 billion euros will be lent.",
            "360 billion euros",
            "330 billion euros",
            "750 billion euros",
        ),
        # "of that" after the part, and the rest after a comma
        (
            "Revenue came to $6,255 million in the quarter. Its hotels accounted for $5,603"
            " million of that, and other items for the rest, $652 million.",
            "$652 million",
            "$562 million",
            "$6,255 million",
        ),
        # a currency abbreviation with a full stop ends no sentence
        (
            "Roads receive Kshs. 199.4 billion in all: Kshs. 72.2 billion of recurrent"
            " spending and Kshs. 127.2 billion for development.",
            "Kshs. 72.2 billion",
            "Kshs. 82.2 billion",
            "Kshs. 199.4 billion",
        ),
    ],
)
def test_a_part_and_the_named_rest_make_the_total(
    text: str, find: str, replace: str, total: str
) -> None:
    assert flagged(text) == []
    assert verdicts(text, "total") == ["consistent"]
    assert flagged(text.replace(find, replace)) == [("CC303", total)]


@pytest.mark.parametrize(
    "text",
    [
        # a part after "including" may exceed a total that other parts reduce
        "Net income was $2 billion, including $7 billion from the sale of its stake.",
        # words between "of which" and the figure: not read as the part alone
        "Profit was $2 billion, of which a one-off gain of $7 billion was offset by charges.",
    ],
)
def test_a_part_that_may_exceed_its_total_is_not_read_alone(text: str) -> None:
    assert flagged(text) == []


@settings(max_examples=40, deadline=None)
@given(
    total=st.integers(200, 90_000).filter(lambda n: n % 10),  # written to the unit
    part=st.integers(100, 180_000).filter(lambda n: n % 10),
)
def test_a_part_after_of_which_is_flagged_only_above_its_total(total: int, part: int) -> None:
    assume(abs(part - total) > 1)  # figures a unit apart may round to the same amount
    text = f"The agency spent ${total:,} million, of which ${part:,} million went on staff."
    assert verdicts(text, "total") == (["consistent"] if part <= total else ["inconsistent"])


# --- a count split by two words that make it whole: male and female, full- and part-time ---


@pytest.mark.parametrize(
    ("text", "find", "replace", "total"),
    [
        (
            "The 2011 census counted 1,210,569,573 Indians, 623,121,843 of them male and"
            " 587,447,730 female.",
            "587,447,730",
            "587,474,730",
            "1,210,569,573",
        ),
        (
            "The city had 2.4 million residents in 2020, 1.7 million of them urban and 0.7"
            " million rural.",
            "0.7 million",
            "0.9 million",
            "2.4 million",
        ),
        (
            "The school has 1,240 pupils, with 610 boys and 630 girls.",
            "630 girls",
            "680 girls",
            "1,240",
        ),
        # the parts in the sentence after the total
        (
            "The survey reached 52,300 workers. Some 39,800 worked full-time and 12,500 part-time.",
            "39,800",
            "38,900",
            "52,300",
        ),
        # the pair names another split earlier in the text, in a sentence of its own
        (
            "The pilot round drew 410 men and 388 women. The full study enrolled 9,640"
            " adults, 4,710 of them men and 4,930 women.",
            "4,930 women",
            "4,390 women",
            "9,640",
        ),
        # a change's size split by the pair right after it
        (
            "Payrolls grew by 52,400 in May, made up of 40,100 full-time and 12,300 part-time"
            " jobs.",
            "12,300",
            "21,300",
            "52,400",
        ),
        (
            "The province added 48,600 jobs last year, 31,200 of them full-time and 17,400"
            " part-time.",
            "31,200",
            "13,200",
            "48,600",
        ),
    ],
)
def test_a_count_split_by_two_words_that_make_it_whole(
    text: str, find: str, replace: str, total: str
) -> None:
    assert flagged(text) == []
    assert verdicts(text, "total") == ["consistent"] * len(verdicts(text, "total"))
    assert "consistent" in verdicts(text, "total")
    assert flagged(text.replace(find, replace)) == [("CC303", total)]


@pytest.mark.parametrize(
    "text",
    [
        # averages do not add up
        "Men earned 540 a week on average and women 460, against 505 for all workers.",
        # a side word that may name either of two counts in its clause
        "Employment reached 11,902,300. Full-time jobs rose to 8,228,700, while part-time"
        " employment shed 18,500 to 3,673,600.",
        # two counts with no side word between them: no single whole
        "The firm had 900 staff and 1,400 contractors; 700 were men and 1,600 women.",
        # a multiple is no count of people
        "Nearly four times as many men as women earn that much: 68,100 men against 17,900 women.",
        # one side named twice in a sentence: which two make the split is unsaid
        "The club has 2,300 members: 900 men joined before 2010, 700 men since, and 640 women.",
        # a change's size with a figure after it that is no part of it
        "Payrolls grew by 52,400 in May, 9,000 more than forecast, and full-time work rose"
        " by 30,100 while part-time work rose by 12,300.",
    ],
)
def test_counts_named_by_side_words_without_one_clear_whole_make_no_total(text: str) -> None:
    assert flagged(text) == []


@settings(max_examples=40, deadline=None)
@given(
    urban=st.integers(1_000, 900_000).filter(lambda n: n % 10),  # written to the unit
    rural=st.integers(1_000, 900_000).filter(lambda n: n % 10),
    off=st.one_of(st.just(0), st.integers(5, 500), st.integers(-500, -5)),
)
def test_a_split_count_is_flagged_only_when_its_parts_miss_it(
    urban: int, rural: int, off: int
) -> None:
    total = urban + rural + off
    assume(total % 10)  # every figure written to the unit: no rounding hides the gap
    text = f"The region counted {total:,} residents, {urban:,} of them urban and {rural:,} rural."
    judged = [
        v for c, v in claimcheck.check(text).judged() if c.kind == "total" and len(c.parts) == 2
    ]
    assert [v.verdict for v in judged] == (["consistent"] if off == 0 else ["inconsistent"])
