"""Clean wording of real copy that once raised false alarms: changes and comparisons."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.report import Finding


def findings(text: str, *rules: str) -> list[Finding]:
    return [f for f in claimcheck.check(text).findings if not rules or f.rule in rules]


def said(text: str) -> list[tuple[str, str]]:
    """Each finding's rule and message."""
    return [(f.rule, f.message) for f in findings(text)]


# --- a number before a unit of time is a span, never an amount --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Reserves stood at $3.2 billion, up 8% on 18 months before. Together, the two lean"
        " years have given $5.1 billion of profit.",
        "Deposits hit €860 million, 6 percent higher than three years prior. Put together, the"
        " last two years have yielded €610 million of earnings.",
        "Turnover was £14 billion, up 9 per cent on 2 quarters before. Taken together, both"
        " years have produced £4.5 billion in profit.",
        "Cash reached CHF 9.4 billion, up 5% on six-months before.",
    ],
)
def test_a_span_of_time_takes_no_currency_or_scale(text: str) -> None:
    assert findings(text, "CC301", "CC303") == []


def test_a_slip_beside_a_span_of_time_is_still_caught() -> None:
    found = said("Reserves rose 20% to $3.2 billion from $2.8 billion twelve months earlier.")
    assert found == [("CC301", "$2.8 billion → $3.2 billion is +14.3%, not +20%")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Queues grew to 41 minutes from 37 minutes, a rise of 20%.",
            "37 minutes → 41 minutes is +10.8%, not +20%",
        ),
        (
            "The trial ran for 18 months, up from 12 months, a rise of 25%.",
            "12 months → 18 months is +50%, not +25%",
        ),
    ],
)
def test_a_change_between_two_spans_of_time_is_still_checked(text: str, message: str) -> None:
    assert said(text) == [("CC301", message)]


@pytest.mark.parametrize(("gain", "flagged"), [("11%", False), ("25%", True)])
def test_a_bare_number_without_a_unit_of_time_still_takes_its_partners_scale(
    gain: str, flagged: bool
) -> None:
    found = findings(f"Sales rose to €13.3 billion from twelve, a gain of {gain}.", "CC301")
    assert bool(found) is flagged
    assert all("twelve billion" in f.message for f in found)


# --- the value a comparison word introduces is the old one ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Membership stood at 5,120 in 2019 versus 6,040 in 2015, a drop of 920, or 15%.",
        "Exports reached $8.6 billion last year compared with $7.2 billion in 2021, an increase"
        " of $1.4 billion, or 19%.",
        "Dealers sold 3,460 cars in 2021 against 4,050 in 2019, a fall of 590, or 14.6%, as"
        " supply dried up.",
        "Exports reached $8.6 billion last year from $7.2 billion in 2021, an increase of $1.4"
        " billion, or 19%.",
        "Fees stood at 2.3 million francs in 2024 from 2.0 million francs in 2023, a gain of 0.3"
        " million francs, or 15%.",
    ],
)
def test_a_size_after_a_compared_value_relates_the_new_value_to_it(text: str) -> None:
    assert findings(text, "CC301", "CC302") == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Membership stood at 5,120 in 2019 versus 6,040 in 2015, a drop of 920, or 25%.",
            "6,040 → 5,120 is −15.2%, not −25%",
        ),
        (
            "Exports reached $8.6 billion last year compared with $7.2 billion in 2021, an"
            " increase of $1.9 billion, or 19%.",
            "$7.2 billion → $8.6 billion is a rise of $1.4 billion, not $1.9 billion",
        ),
        (
            "Fees stood at 2.3 million francs in 2024 from 2.0 million francs in 2023, a gain of"
            " 0.3 million francs, or 25%.",
            "2.0 million francs → 2.3 million francs is +15%, not +25%",
        ),
    ],
)
def test_a_slip_in_a_size_after_a_compared_value_is_caught(text: str, message: str) -> None:
    assert said(text) == [("CC301", message)]


def test_a_size_after_a_rise_from_a_value_still_restates_it() -> None:
    found = findings(
        "Net income rose to 410 million euros from 380 million euros, an increase of 12%."
    )
    assert [(f.rule, f.message) for f in found] == [
        ("CC301", "380 million euros → 410 million euros is +7.9%, not +12%")
    ]


def test_a_size_after_an_up_from_change_still_restates_it() -> None:
    found = findings(
        "Sales were 300 units in the quarter, up from 250 units a year earlier, an increase of 30%."
    )
    assert [(f.rule, f.message) for f in found] == [("CC301", "250 → 300 is +20%, not +30%")]


# --- a second comparison shares the first one's subject ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The jobless rate hit 6.2%: 0.8 points under the 7% of 2019, yet 1.1 points above the"
        " 5.1% logged in 2017.",
        "Margins ended at 18 per cent, 3 points below the 21 per cent of last year, though 2"
        " points higher than the 16 per cent of 2021.",
        "Turnout came in at 64 percent: that was 5 points under the 69 percent of 2016, yet 6"
        " points more than the 58 percent recorded in 2012.",
    ],
)
def test_the_value_compared_with_is_not_the_subject_of_a_second_comparison(text: str) -> None:
    assert findings(text, "CC301", "CC302") == []


@pytest.mark.parametrize(("gap", "flagged"), [("$6 million", False), ("$9 million", True)])
def test_a_second_comparison_joined_by_and_compares_the_shared_subject(
    gap: str, flagged: bool
) -> None:
    text = (
        "Revenue reached $40 million, $4 million below the $44 million of 2022 and"
        f" {gap} above the $34 million of 2021."
    )
    # read as the first comparison is: a difference from a stated earlier value
    expected = [("CC304", f"$40 million − $34 million is $6 million, not {gap}")]
    assert said(text) == (expected if flagged else [])


def test_a_comparison_after_a_concession_still_compares_the_value_before_it() -> None:
    found = findings(
        "Output was 9.1 million tonnes in March, yet 0.6 million tonnes short of the 9.5 million"
        " tonnes planned."
    )
    assert [(f.rule, f.message) for f in found] == [
        (
            "CC301",
            "9.5 million tonnes → 9.1 million tonnes is a fall of 0.4 million tonnes, not 0.6"
            " million tonnes",
        )
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Turnout came in at 64 percent: that was 5 points under the 69 percent of 2016, yet"
            " 9 points more than the 58 percent recorded in 2012.",
            "58 percent → 64 percent is +6 percentage points, not +9",
        ),
        (
            "Margins ended at 18 per cent, 3 points below the 21 per cent of last year, though 4"
            " points higher than the 16 per cent of 2021.",
            "16 per cent → 18 per cent is +2 percentage points, not +4",
        ),
        (
            "Sales were $12 million, $2 million below the $14 million of 2022, though $5 million"
            " above the $9 million forecast.",
            "$9 million → $12 million is a rise of $3 million, not $5 million",
        ),
    ],
)
def test_a_slip_in_a_second_comparison_is_caught_against_the_shared_subject(
    text: str, message: str
) -> None:
    found = findings(text, "CC301")
    assert len(found) == 1 and found[0].message.startswith(message), found


# --- a percentage "of" something after "or" is a share, not the change's size -----------


@pytest.mark.parametrize(
    "text",
    [
        "Wages fell to €230 million from €260 million a year earlier, or 56% of turnover.",
        "Exports rose to $4.1 billion from $3.6 billion, or 38 percent of GDP.",
        "Membership rose by 3,367 voters, or 17.2% of the electorate.",
        "Arrears climbed to R8.4 billion from R7.9 billion, or 9 per cent of the book.",
    ],
)
def test_a_share_after_or_is_not_the_size_of_the_change(text: str) -> None:
    assert findings(text, "CC301", "CC302") == []


def test_a_bare_percentage_after_or_is_still_the_size_of_the_change() -> None:
    found = said("Profit climbed to £80 million from £60 million, or 12%.")
    assert found == [("CC301", "£60 million → £80 million is +33.3%, not +12%")]
