"""Changes and differences whose values real copy states in other orders and forms.

Each class of wording in `VARIANTS` has several variants written for these tests: each
clean one gets a verdict and no finding, and with its slip made the right rule fires at
the slipped figure (or, for a difference, at its stated gap, naming the slipped figure).
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import claimcheck

# Each variant: a clean text, the slip (find, replace), the rule the slip must fire and
# the claim kind that gives the verdict.
VARIANTS = [
    # one value and its change stated twice, in its own unit and in percent: the other
    # value is implied ("22,683,600, up 359,600, or 1.6%" was 22,324,000)
    (
        "The island's population stood at 22,683,600 in June, up 359,600, or 1.6%, on a year"
        " earlier.",
        "1.6%",
        "2.6%",
        "CC301",
        "change",
    ),
    (
        "Tax receipts are budgeted at 16.98 billion euros, an increase of 9.2%, or 1.43 billion"
        " euros, on last year.",
        "1.43 billion",
        "1.93 billion",
        "CC301",
        "change",
    ),
    (
        "Defence appropriations will grow by $1.6 billion, or 8.5%, to $20.61 billion.",
        "8.5%",
        "9.5%",
        "CC301",
        "change",
    ),
    (
        "Grain stocks fell by 95 million tonnes, or about 4 percent, to 2.22 billion tonnes.",
        "about 4 percent",
        "about 9 percent",
        "CC301",
        "change",
    ),
    (
        "The jobless rate rose to 7.2% in March, up 0.4 percentage points, or 5.9%, from"
        " February's level.",
        "5.9%",
        "9.5%",
        "CC301",
        "change",
    ),
    # the compared value named by a short label: "than the national average of Y"
    (
        "Spending per pupil in the county was £6,996 last year, 10% higher than the national"
        " average of £6,360.",
        "10% higher",
        "20% higher",
        "CC301",
        "change",
    ),
    (
        "The subsidy was trimmed to 54,370 crore rupees in the revised estimate, 27.5 per cent"
        " below the budget projection of 75,000 crore rupees.",
        "27.5 per cent",
        "17.5 per cent",
        "CC301",
        "change",
    ),
    (
        "Factory investment grew 6% in the half year, 1.5 percentage points below its"
        " first-quarter pace of 7.5%.",
        "7.5%",
        "9.5%",
        "CC301",
        "change",
    ),
    (
        "Group sales came to 27.5 trillion yen, 0.4 percent less than the past year's 27.6"
        " trillion yen.",
        "0.4 percent less",
        "0.4 percent more",
        "CC302",
        "change",
    ),
    (
        "The harbour handled 8.1 million containers, 12% more than its previous record of"
        " 7.23 million containers.",
        "12%",
        "21%",
        "CC301",
        "change",
    ),
    # issue 10's example: the size of a change stated after its two values
    (
        "The bank lowered its rate to 4.50% from 5.00%, a cut of 50 basis points.",
        "50 basis points",
        "25 basis points",
        "CC301",
        "change",
    ),
    # a day between the parts, and an object closed by a comma
    (
        "The central bank lowered its policy rate by 50 basis points today, to 2.75 percent"
        " from 3.25 percent.",
        "50 basis points",
        "25 basis points",
        "CC301",
        "change",
    ),
    (
        "The monetary board trimmed its base rate on Wednesday, by 25 basis points to 1.25%"
        " from 1.50%.",
        "1.50%",
        "1.75%",
        "CC301",
        "change",
    ),
    (
        "Policymakers raised the deposit rate by 0.5 points on Thursday to 4.75% from 4.25%.",
        "4.25%",
        "4.5%",
        "CC301",
        "change",
    ),
    (
        "Lenders cut the mortgage rate yesterday, to 6.1% from 6.4%, a fall of 0.3 points.",
        "0.3 points",
        "0.5 points",
        "CC301",
        "change",
    ),
    # a size in apposition, its figure before its noun: ", a 0.9 per cent rise"
    (
        "Rice output was revised up to 86.3 million tonnes from 85.5 million tonnes, a 0.9 per"
        " cent rise.",
        "0.9 per",
        "9 per",
        "CC301",
        "change",
    ),
    (
        "The index fell to 1,968 points from 2,050 points, a 4% decline.",
        "4% decline",
        "6% decline",
        "CC301",
        "change",
    ),
    (
        "Visitor numbers went from 1.20 million in 2022 to 1.35 million in 2023, a 12.5% gain.",
        "12.5%",
        "21.5%",
        "CC301",
        "change",
    ),
    # a value set against an earlier one, the change sized after both
    (
        "Brent averaged $51.84 a barrel in the quarter, against $33.35 a year earlier, an"
        " increase of 55%.",
        "55%",
        "65%",
        "CC301",
        "change",
    ),
    (
        "Exports totalled 4.2 billion euros in May, compared with 3.9 billion euros a year"
        " earlier, a rise of 8%.",
        "a rise of 8%",
        "a fall of 8%",
        "CC302",
        "change",
    ),
    (
        "Home sales came to 61,250 in April, versus 70,000 in the same months of 2022, a"
        " drop of 12.5%.",
        "12.5%",
        "21.5%",
        "CC301",
        "change",
    ),
    # a second size in apposition measures the change the other way, implying the old value
    (
        "The city's population rose 1.6 per cent in the year to 30 June, to 2,268,360, an"
        " annual increase of 35,960 people.",
        "1.6 per cent",
        "2.6 per cent",
        "CC301",
        "change",
    ),
    (
        "Crude output increased by 11.9% to 2,290,000 barrels a day, up 243,000 barrels a day.",
        "243,000",
        "343,000",
        "CC301",
        "change",
    ),
    (
        "Net sales climbed 8% to 5.40 billion euros, an increase of 0.40 billion euros.",
        "0.40 billion",
        "0.60 billion",
        "CC301",
        "change",
    ),
    # a comparison pointing back to the one alike value of the sentence before
    (
        "Public spending per head across the country was £8,913 last year, the Treasury says."
        " The north-east's £8,638 was 3% below that; the capital spent more.",
        "3% below",
        "13% below",
        "CC301",
        "change",
    ),
    (
        "The average rent in the city reached 1,450 euros a month in May. The old town's 1,740"
        " euros was 20% higher than that.",
        "20% higher",
        "20% lower",
        "CC302",
        "change",
    ),
    # a name with a number ("FY22", "Q3") is no value of a difference
    (
        "The FY22 budget projects spending of Rs 34.8 lakh crore against receipts of Rs 19.7"
        " lakh crore, which implies a fiscal deficit of Rs 15.1 lakh crore.",
        "Rs 15.1",
        "Rs 13.1",
        "CC304",
        "difference",
    ),
    (
        "In Q3 the province spent 8.2 billion rand against revenue of 7.5 billion rand,"
        " leaving a shortfall of 0.7 billion rand.",
        "7.5 billion",
        "7.9 billion",
        "CC304",
        "difference",
    ),
    # an attribution between the pair and its difference
    (
        "The country exported goods worth 89.9 billion euros in May and imported 74.0 billion"
        " euros, the statistics office reports, which gives a trade surplus of 15.9 billion"
        " euros.",
        "15.9 billion",
        "19.5 billion",
        "CC304",
        "difference",
    ),
    (
        "Exports came to $48.3 billion and imports to $45.6 billion, the ministry said on"
        " Monday, leaving a surplus of $2.7 billion.",
        "$45.6 billion",
        "$46.5 billion",
        "CC304",
        "difference",
    ),
]


def verdicts(text: str, kind: str) -> list[str | None]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == kind]


@pytest.mark.parametrize(("text", "find", "replace", "rule", "kind"), VARIANTS)
def test_a_variant_gets_a_verdict_and_stays_clean(
    text: str, find: str, replace: str, rule: str, kind: str
) -> None:
    assert "consistent" in verdicts(text, kind)
    assert claimcheck.check(text).findings == []


@pytest.mark.parametrize(("text", "find", "replace", "rule", "kind"), VARIANTS)
def test_a_variant_with_its_slip_is_flagged_at_the_slipped_figure(
    text: str, find: str, replace: str, rule: str, kind: str
) -> None:
    slipped = text.replace(find, replace, 1)
    at = slipped.index(replace)
    found = claimcheck.check(slipped).findings
    assert [f.rule for f in found] == [rule]
    # the finding marks the slipped figure, or (a difference marks its stated gap) names it
    assert found[0].start <= at < found[0].end or replace in found[0].message


def test_an_implied_value_is_shown_with_how_it_was_worked_out() -> None:
    text = "Membership reached 12,400 in May, up 1,400, or 20%, on a year earlier."
    (finding,) = claimcheck.check(text).findings
    assert "11,000 (12,400 less 1,400)" in finding.message
    assert "+12.7%" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        # the sizes are in another currency than the value
        "Revenue reached 4.2 billion euros, up $0.6 billion, or 40%, on 2022.",
        # a rate's change in percent may be relative: it is not read as points
        "The jobless rate rose to 7.2% in March, up 0.4%, or 25% on the decade's low.",
    ],
)
def test_a_size_in_another_unit_implies_no_value(text: str) -> None:
    assert claimcheck.check(text).findings == []


@settings(max_examples=40, deadline=None)
@given(
    old=st.integers(10_001, 99_999).filter(lambda n: n % 10),
    percent=st.integers(2, 40),
    up=st.booleans(),
    slip=st.integers(3, 9),
)
def test_a_percent_is_flagged_exactly_when_it_misfits_the_value_and_its_amount(
    old: int, percent: int, up: bool, slip: int
) -> None:
    new = round(old * (1 + percent / 100)) if up else round(old * (1 - percent / 100))
    assume(new % 10)  # "25,000" may be rounded to thousands: then a wrong percent can fit
    word = "up" if up else "down"
    stated = f"{abs(new - old) / old * 100:.1f}%"
    text = f"Attendance was {new:,} last season, {word} {abs(new - old):,}, or {stated}."
    assert claimcheck.check(text).findings == []
    wrong = f"{abs(new - old) / old * 100 + slip:.1f}%"
    assert [f.rule for f in claimcheck.check(text.replace(stated, wrong)).findings] == ["CC301"]


@pytest.mark.parametrize(
    "text",
    [
        # the last part of a breakdown: the comparison may be of the part or of the whole
        "Spending per person was £15,371, made up of £13,923 of current and £1,448 of capital"
        " spending, 19% above the national average of £12,958.",
        "The budget is $9.1 billion, including $4.2 billion for rail and $3.3 billion for"
        " roads, 40% more than the previous plan's $6.5 billion.",
        # values in different currencies are never the two sides of a change
        "Imports were 4.2 billion euros in May, versus $3.9 billion a year earlier, a rise of 18%.",
        # the size belongs to a clause of its own, not to the compared pair
        "Exports were 4.2 billion euros in May, against 3.9 billion euros of imports, and"
        " output rose, a rise of 18%.",
        # a comparison may point back to either of two alike values: no reading is best
        "Rents averaged 1,100 euros in the suburbs and 1,450 euros in the city. The old town's"
        " 1,740 euros was 20% higher than that.",
        # a day before its month is no value: "the year to 30 June" is no "to" part
        "The population rose 1.6 per cent in the year to 30 June from 2,232,000.",
        # a label that is a clause, not a name of the compared value
        "Sales reached 4.2 million units, 10% more than the firm said it expected in its"
        " outlook of 3.1 million units.",
    ],
)
def test_a_comparison_with_no_clear_subject_or_reference_makes_no_finding(text: str) -> None:
    assert claimcheck.check(text).findings == []


@settings(max_examples=40, deadline=None)
@given(
    old=st.integers(1_001, 9_999).filter(lambda n: n % 10),
    percent=st.integers(3, 60),
    label=st.sampled_from(["national average", "previous record", "budget projection", "plan"]),
    day=st.sampled_from(["", " on Tuesday", " today"]),
    slip=st.booleans(),
)
def test_a_comparison_with_a_named_reference_is_flagged_exactly_when_its_direction_is_wrong(
    old: int, percent: int, label: str, day: str, slip: bool
) -> None:
    new = round(old * (1 + percent / 100))
    word = "lower" if slip else "higher"
    text = (
        f"The agency said{day} that spending reached {new:,} euros, {percent}% {word} than the"
        f" {label} of {old:,} euros."
    )
    assert [f.rule for f in claimcheck.check(text).findings] == (["CC302"] if slip else [])
