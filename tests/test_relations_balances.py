"""Balances as real copy words them: a surplus, deficit, gap or shortfall whose two values
are found by their role words (exports and imports, revenue and spending), before or after
it, in its sentence or the one next to it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck


def flagged(text: str) -> list[tuple[str, str]]:
    """Each finding's rule and the text it points at."""
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


def verdicts(text: str, kind: str) -> list[str]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == kind]


@pytest.mark.parametrize(
    ("text", "find", "replace", "balance"),
    [
        # the balance first, its values after it with a clause between
        (
            "The state's budget gap widened to 4.2 billion euros this year, as revenue, hit by"
            " weaker corporate tax, fell to 61.3 billion euros while spending rose to 65.5"
            " billion euros.",
            "65.5 billion euros",
            "66.5 billion euros",
            "4.2 billion euros",
        ),
        # the values in the sentence before, pointed back to
        (
            "Japan imported goods worth 9.2 trillion yen in the first half and its exports came"
            " to 8.1 trillion yen. That left a trade deficit of 1.1 trillion yen, the finance"
            " ministry said.",
            "1.1 trillion yen",
            "1.4 trillion yen",
            "1.4 trillion yen",
        ),
        # the values in the sentence after, naming no other period
        (
            "Britain's deficit in goods trade widened to £18.5 billion in June. Imports climbed"
            " to £52.3 billion, while exports slipped to £33.8 billion.",
            "£33.8 billion",
            "£38.8 billion",
            "£18.5 billion",
        ),
        # a balance after its values, several words from the second
        (
            "Exports climbed 9% to $41.2 billion and, with imports at $35.6 billion, the"
            " country posted a trade surplus of $5.6 billion.",
            "$5.6 billion",
            "$6.5 billion",
            "$6.5 billion",
        ),
        # a verb between the two sides, each named by its role word, the size after "by"
        (
            "Imports outstripped exports by $3.1 billion in July, the statistics agency said."
            " Exports rose to $21.4 billion and imports to $24.5 billion.",
            "$24.5 billion",
            "$25.4 billion",
            "$3.1 billion",
        ),
        (
            "The council's revenue outpaced its spending by £12 million in 2019: revenue was"
            " £410 million and spending £398 million.",
            "£398 million",
            "£389 million",
            "£12 million",
        ),
        # a verb for each side
        (
            "In 2022 the country sold R412 billion of goods abroad and bought R389 billion."
            " The difference, a R23 billion surplus, was the smallest in a decade.",
            "R389 billion",
            "R398 billion",
            "R23 billion",
        ),
        # a balance stated as being in the black or in the red, past a conversion
        (
            "Exports reached $21.7 billion and imports $18.5 billion, leaving the country $3.2"
            " billion in the black.",
            "$18.5 billion",
            "$15.8 billion",
            "$3.2 billion",
        ),
        (
            "The budget was 35 trillion rupiah ($2.3 billion) in the red in 2023. Revenue"
            " reached 2,553 trillion rupiah, against spending of 2,588 trillion rupiah.",
            "2,588 trillion rupiah",
            "2,885 trillion rupiah",
            "35 trillion rupiah",
        ),
        # a verb between the two sides, each stated with its role word
        (
            "Exports of $21.7 billion exceeded imports of $18.5 billion by $3.2 billion in May.",
            "$18.5 billion",
            "$15.8 billion",
            "$3.2 billion",
        ),
        # an adverb between the balance's link and its figure
        (
            "Exports totalled $21.7 billion in May. Imports came to $18.5 billion. The trade"
            " surplus was therefore $3.2 billion.",
            "$18.5 billion",
            "$15.8 billion",
            "$3.2 billion",
        ),
        # a side set against the other by a verb after it, the balance stated before them
        (
            "The budget deficit reached R1.0 trillion in the half, with spending of R3.4"
            " trillion outstripping revenue of R2.4 trillion.",
            "R2.4 trillion",
            "R2.6 trillion",
            "R1.0 trillion",
        ),
    ],
)
def test_a_balance_read_by_its_values_roles(
    text: str, find: str, replace: str, balance: str
) -> None:
    assert flagged(text) == []
    assert verdicts(text, "difference") == ["consistent"]
    assert flagged(text.replace(find, replace)) == [("CC304", balance)]


def test_a_deficit_where_the_positive_side_is_larger_is_flagged() -> None:
    text = (
        "Taiwan's trade deficit was $4.6 billion in May: exports reached $37.1 billion and"
        " imports $32.5 billion."
    )
    assert flagged(text) == [("CC304", "$4.6 billion")]
    assert flagged(text.replace("deficit", "surplus")) == []


@pytest.mark.parametrize(
    "text",
    [
        # the values are of another period than the balance
        "The trade surplus was $5 billion in March. In April exports were $20 billion and"
        " imports $16 billion.",
        # a balance in the next sentence that neither points back nor names a side
        "Exports were $20 billion and imports $16 billion in April. Analysts expect a surplus"
        " of $2 billion in May.",
        # two figures on one side: no single reading
        "The deficit was $3 billion, with exports of $12 billion and $10 billion of sales"
        " abroad against imports of $15 billion.",
        # a verb whose other side is no role: "exceeded forecasts"
        "Exports exceeded forecasts by $2 billion; exports were $20 billion and imports $16"
        " billion.",
        # no role words at all
        "The gap was $3 billion; the first fund held $12 billion and the second $16 billion.",
        # another currency
        "The surplus hit $2 billion, as exports reached 40 billion pesos and imports 31"
        " billion pesos.",
        # in the red, with no sides named by role words
        "The index ended the day 45 points in the red, at 3,200, after opening at 3,260.",
        # a verb whose other side is no role, with figures on both hands
        "Revenue of $5.2 billion exceeded forecasts of $4.9 billion by $0.3 billion.",
        "Exports of $21.7 billion exceeded last year's $18.5 billion by $3.2 billion.",
        # a side set against an earlier value of its own, not against the other side
        "The deficit reached R1.4 trillion, with spending of R3.4 trillion outstripping last"
        " year's R2.4 trillion.",
    ],
)
def test_a_balance_without_one_clear_pair_makes_no_difference(text: str) -> None:
    assert flagged(text) == []
    assert verdicts(text, "difference") == []


@settings(max_examples=40, deadline=None)
@given(
    exports=st.integers(100, 5_000),
    imports=st.integers(100, 5_000),
    off=st.one_of(st.just(0), st.integers(3, 60), st.integers(-60, -3)),
)
def test_a_balance_before_its_values_is_flagged_only_when_it_misses_them(
    exports: int, imports: int, off: int
) -> None:
    gap = abs(exports - imports) + off
    if exports == imports or gap <= 0:
        return
    word = "surplus" if exports > imports else "deficit"
    text = (
        f"The trade {word} stood at ${gap / 10:.1f} billion in May. Exports reached"
        f" ${exports / 10:.1f} billion and imports ${imports / 10:.1f} billion."
    )
    assert verdicts(text, "difference") == (["consistent"] if off == 0 else ["inconsistent"])


@pytest.mark.parametrize(
    "text",
    [
        # a balance compared with, of another time than the values stated after it
        "The deficit narrowed in the four months, compared with a shortfall of $290.4"
        " billion in the same months a year earlier. Revenue came to $961 billion and outlays"
        " to $1,145 billion.",
        "The budget gap was 12 billion rand a year earlier. Revenue reached 90 billion rand"
        " and spending 98 billion rand.",
    ],
)
def test_a_balance_of_another_time_is_not_read_with_the_values_near_it(text: str) -> None:
    assert flagged(text) == []
    assert verdicts(text, "difference") == []


@pytest.mark.parametrize(
    ("text", "find", "replace", "difference"),
    [
        # a comparison whose first value carries a period and ", which was"
        (
            "Britain borrowed £121.6 billion in 2011/12, which was £4.4 billion short of the"
            " £126.0 billion the watchdog had forecast.",
            "£4.4 billion",
            "£5.4 billion",
            "£5.4 billion",
        ),
        (
            "The appeal brought in $8.2 million in 2023, which was $1.3 million short of its"
            " $9.5 million goal.",
            "$8.2 million",
            "$8.7 million",
            "$1.3 million",
        ),
        (
            "Tax receipts came to R1.29 trillion in 2019/20, which was R52.5 billion short of"
            " the R1.34 trillion budgeted.",
            "R52.5 billion",
            "R82.5 billion",
            "R82.5 billion",
        ),
    ],
)
def test_a_shortfall_against_a_target_is_a_difference(
    text: str, find: str, replace: str, difference: str
) -> None:
    assert flagged(text) == []
    assert verdicts(text, "difference") == ["consistent"]
    assert flagged(text.replace(find, replace)) == [("CC304", difference)]


@pytest.mark.parametrize(
    ("text", "find", "replace", "difference"),
    [
        # births less deaths named as a natural increase, each count labelled after it
        (
            "There were 304,400 births and 165,300 deaths, a natural increase of 139,100.",
            "165,300",
            "156,300",
            "139,100",
        ),
        # a period between the values and the balance
        (
            "The region recorded 41,250 births and 47,830 deaths in 2022, a natural decrease"
            " of 6,580.",
            "47,830",
            "48,730",
            "6,580",
        ),
        # arrivals less departures named as net migration
        (
            "Some 534,100 people arrived and 302,000 left, giving net migration of 232,100.",
            "302,000",
            "320,000",
            "232,100",
        ),
        # the second value's role word between it and the balance
        (
            "Exports reached $48.3 billion and imports $45.6 billion in March, a surplus of"
            " $2.7 billion.",
            "$45.6 billion",
            "$46.5 billion",
            "$2.7 billion",
        ),
    ],
)
def test_a_population_or_trade_balance_after_its_labelled_values(
    text: str, find: str, replace: str, difference: str
) -> None:
    assert flagged(text) == []
    assert verdicts(text, "difference") == ["consistent"]
    assert flagged(text.replace(find, replace)) == [("CC304", difference)]


# Two balances in one sentence: the sides stated after the second balance (tied to it by
# "with", a colon, a bracket) are the second's; the first takes its sides elsewhere or has
# no claim.
_TWO_BALANCES = [
    (
        "Shipments abroad were worth 412.5 billion kronor over the year and imports 398.2"
        " billion kronor. That left a surplus of 14.3 billion kronor, 2.2 billion kronor less"
        " than in 2022, though December alone ran a 1.5 billion kronor deficit, with 31.9"
        " billion kronor of imports against 30.4 billion kronor of exports.",
        "30.4 billion kronor of exports",
        "29.4 billion kronor of exports",
        "1.5 billion kronor",
    ),
    (
        "In the first half, exports totalled €210.4 billion and imports €201.1 billion. The"
        " six-month surplus thus came to €9.3 billion, while June showed a deficit of €0.7"
        " billion: exports of €33.2 billion and imports of €33.9 billion.",
        "imports of €33.9 billion",
        "imports of €34.9 billion",
        "€0.7 billion",
    ),
    (
        "The province collected R88.6 billion in revenue and spent R81.4 billion. Its surplus"
        " for the year was R7.2 billion, but the fourth quarter posted a shortfall of R1.1"
        " billion (spending of R23.5 billion against revenue of R22.4 billion).",
        "revenue of R22.4 billion",
        "revenue of R21.4 billion",
        "R1.1 billion",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace", "second"), _TWO_BALANCES)
def test_sides_after_a_second_balance_are_its_own(
    text: str, find: str, replace: str, second: str
) -> None:
    assert flagged(text) == []
    assert "inconsistent" not in verdicts(text, "difference")
    assert flagged(text.replace(find, replace)) == [("CC304", second)]


def test_a_first_balance_pointing_back_keeps_its_sides_before_a_second() -> None:
    text = _TWO_BALANCES[0][0]
    assert verdicts(text, "difference") == ["consistent", "consistent"]
    assert flagged(text.replace("14.3 billion kronor", "15.3 billion kronor")) == [
        ("CC304", "15.3 billion kronor")
    ]


def test_one_balance_with_its_sides_after_it_is_still_read_from_them() -> None:
    text = (
        "The June surplus stood at $4.1 billion, with $36.6 billion of exports against $32.5"
        " billion of imports."
    )
    assert verdicts(text, "difference") == ["consistent"]
    assert flagged(text.replace("$32.5 billion", "$33.5 billion")) == [("CC304", "$4.1 billion")]


# A total of both sides ("combined turnover", "two-way trade") is never a side of a balance:
# the balance is exports minus imports.
@pytest.mark.parametrize(
    ("text", "find", "replace", "balance"),
    [
        (
            "Officials put exports for the quarter at $48.2 billion, up 9.1 percent on a year"
            " earlier, while imports reached $45.7 billion, for combined turnover of $93.9"
            " billion and a trade surplus of $2.5 billion, the agency said.",
            "surplus of $2.5 billion",
            "surplus of $3.5 billion",
            "$3.5 billion",
        ),
        (
            "Exports rose 4 percent to £5.62 billion in the month while imports were £5.14"
            " billion, giving combined trade of £10.76 billion and a surplus of £0.48 billion.",
            "£5.14 billion",
            "£5.24 billion",
            "£0.48 billion",
        ),
        (
            "Imports stood at 12.6 trillion won while exports reached 13.9 trillion won,"
            " bringing total trade to 26.5 trillion won and a surplus of 1.3 trillion won.",
            "13.9 trillion won",
            "14.9 trillion won",
            "1.3 trillion won",
        ),
    ],
)
def test_a_total_of_both_sides_is_never_a_side(
    text: str, find: str, replace: str, balance: str
) -> None:
    assert flagged(text) == []
    assert "inconsistent" not in verdicts(text, "difference")
    assert flagged(text.replace(find, replace)) == [("CC304", balance)]


def test_two_values_before_a_balance_are_still_its_sides() -> None:
    text = "Exports hit $51.3 billion and imports $47.9 billion, a trade surplus of $3.4 billion."
    assert verdicts(text, "difference") == ["consistent"]
    assert flagged(text.replace("$3.4 billion", "$4.4 billion")) == [("CC304", "$4.4 billion")]


@settings(max_examples=40, deadline=None)
@given(
    exports=st.integers(100, 5_000),
    imports=st.integers(100, 5_000),
    off=st.one_of(st.just(0), st.integers(3, 60), st.integers(-60, -3)),
    total=st.sampled_from(["combined turnover of", "total trade of", "two-way trade of"]),
)
def test_a_balance_beside_the_total_of_its_sides_is_read_from_the_sides(
    exports: int, imports: int, off: int, total: str
) -> None:
    gap = abs(exports - imports) + off
    if exports == imports or gap <= 0:
        return
    word = "surplus" if exports > imports else "deficit"
    text = (
        f"Exports for the year were ${exports / 10:.1f} billion, 3.5 percent higher than a"
        f" year earlier, while imports stood at ${imports / 10:.1f} billion, for {total}"
        f" ${(exports + imports) / 10:.1f} billion and a trade {word} of ${gap / 10:.1f}"
        " billion."
    )
    assert verdicts(text, "difference") == (["consistent"] if off == 0 else ["inconsistent"])


@pytest.mark.parametrize(
    "text",
    [
        # two balances of one currency before the sides: whose they are is unsaid
        "The trade deficit jumped to $26.5 billion in the third quarter. The rise followed"
        " a jump in the second quarter, when the deficit reached $24.6 billion. Exports grew"
        " to $110.8 billion, but imports climbed to $137.4 billion.",
        "Kenya's budget gap widened to Sh120 billion in the half-year, the Treasury said."
        " In the previous half, when the shortfall stood at Sh98 billion, officials had"
        " promised restraint. Revenue came in at Sh870 billion and spending at Sh990 billion.",
        # three balances in the sentence before the sides
        "The budget showed a surplus of 94.6 billion riyals in the quarter. That followed a"
        " 42.2 billion riyal surplus and an 18.5 billion riyal deficit, leaving a cumulative"
        " surplus of 76.1 billion riyals. Revenue jumped to 135.3 billion riyals, while"
        " spending rose to 40.8 billion riyals.",
    ],
)
def test_sides_two_balances_could_share_are_read_for_neither(text: str) -> None:
    assert flagged(text) == []
    assert verdicts(text, "difference") == []


@pytest.mark.parametrize(
    "text",
    [
        "Qatar's surplus was more than double the 42.2 billion riyal surplus of a year earlier"
        " and followed an 18.5 billion riyal deficit in April-June, leaving a cumulative"
        " surplus of 76.1 billion riyals.",
        "The fund ran a $3.1 million surplus in spring and a $1.2 million deficit in summer,"
        " leaving a net surplus of $0.4 million after fees.",
    ],
)
def test_balances_are_never_the_two_values_of_another_gap(text: str) -> None:
    assert flagged(text) == []
    assert verdicts(text, "difference") == []


@pytest.mark.parametrize(
    "run",
    [", the tenth in a row since June", ", its sixth straight surplus since 2019", ""],
)
def test_a_month_a_run_is_counted_from_is_not_the_balances_time(run: str) -> None:
    """ "Since June" says when a run began, not when the balance stands: the sides a
    sentence away, dated March, are still its own."""
    text = (
        "Exports rose to $56.6 billion in March, the ministry said. Chip exports reached "
        "$11.7 billion. Imports shrank to $52.3 billion, which left a trade surplus of "
        f"$4.3 billion{run}."
    )
    assert not flagged(text)
    assert [rule for rule, _ in flagged(text.replace("$4.3 billion", "$3.4 billion"))] == ["CC304"]
