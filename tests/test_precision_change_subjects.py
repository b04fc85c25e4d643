"""A comparison after a total and the parts it is split into compares the total."""

from __future__ import annotations

import pytest

import claimcheck


@pytest.mark.parametrize(
    ("clean", "slipped", "whole", "fix"),
    [
        (
            "Rice purchases have reached 742 million tonnes, 705 million tonnes of it from the"
            " main crop and 37 million tonnes from the second crop, up from 687 million tonnes"
            " at this point last year.",
            "Rice purchases have reached 742 million tonnes, 705 million tonnes of it from the"
            " main crop and 37 million tonnes from the second crop, down from 687 million"
            " tonnes at this point last year.",
            "742 million tonnes",
            "up",
        ),
        (
            "Crude output reached 12.4 million barrels a day, 9.8 million barrels a day of it"
            " onshore and 2.6 million barrels a day offshore, up from 11.9 million barrels a day"
            " in 2024.",
            "Crude output reached 12.4 million barrels a day, 9.8 million barrels a day of it"
            " onshore and 2.6 million barrels a day offshore, down from 11.9 million barrels a"
            " day in 2024.",
            "12.4 million barrels a day",
            "up",
        ),
        (
            "Coal shipments totalled 58 million tonnes in 2025, 41 million tonnes of them to"
            " China and 17 million tonnes to India, down from 64 million tonnes.",
            "Coal shipments totalled 58 million tonnes in 2025, 41 million tonnes of them to"
            " China and 17 million tonnes to India, up from 64 million tonnes.",
            "58 million tonnes",
            "down",
        ),
        (
            "The airport handled 31.6 million passengers last year, of which 24.2 million flew"
            " abroad and 7.4 million flew domestically, up from 28.9 million in 2023.",
            "The airport handled 31.6 million passengers last year, of which 24.2 million flew"
            " abroad and 7.4 million flew domestically, down from 28.9 million in 2023.",
            "31.6 million",
            "up",
        ),
        (
            "The fund's assets were $84.5 billion, including $61.3 billion in bonds and $23.2"
            " billion in equities, down from $91.7 billion a year earlier.",
            "The fund's assets were $84.5 billion, including $61.3 billion in bonds and $23.2"
            " billion in equities, up from $91.7 billion a year earlier.",
            "$84.5 billion",
            "down",
        ),
        (
            "Tax collections stood at Rs 4,830 crore, made up of Rs 3,120 crore of GST and"
            " Rs 1,710 crore of excise, higher than the Rs 4,410 crore collected a year ago.",
            "Tax collections stood at Rs 4,830 crore, made up of Rs 3,120 crore of GST and"
            " Rs 1,710 crore of excise, lower than the Rs 4,410 crore collected a year ago.",
            "Rs 4,830 crore",
            "higher",
        ),
        (
            "Exports came to 9.2 billion euros, comprising 5.1 billion euros of machinery, 2.3"
            " billion euros of chemicals and 1.8 billion euros of food, up from 8.6 billion"
            " euros.",
            "Exports came to 9.2 billion euros, comprising 5.1 billion euros of machinery, 2.3"
            " billion euros of chemicals and 1.8 billion euros of food, down from 8.6 billion"
            " euros.",
            "9.2 billion euros",
            "up",
        ),
        (
            "Crude output reached 12.4 million barrels a day (9.8 million barrels a day onshore"
            " and 2.6 million barrels a day offshore), up from 11.9 million barrels a day.",
            "Crude output reached 12.4 million barrels a day (9.8 million barrels a day onshore"
            " and 2.6 million barrels a day offshore), down from 11.9 million barrels a day.",
            "12.4 million barrels a day",
            "up",
        ),
        (
            "Spending was £14,842 per person (£12,605 current, £2,237 capital), 15% above the"
            " £12,958 average.",
            "Spending was £14,842 per person (£12,605 current, £2,237 capital), 15% below the"
            " £12,958 average.",
            "£14,842",
            "above",
        ),
    ],
)
def test_a_comparison_after_a_totals_parts_is_judged_on_the_total(
    clean: str, slipped: str, whole: str, fix: str
) -> None:
    assert claimcheck.check(clean).findings == []
    findings = claimcheck.check(slipped).findings
    assert [(f.rule, f.suggestion) for f in findings] == [("CC302", fix)]
    assert slipped[findings[0].start :].startswith(whole)


@pytest.mark.parametrize(
    "text",
    [
        # The compared value is of the last part's size, not the total's: the comparison
        # may be of that part ("37 million tonnes ..., up from 40 million"), or the total
        # may be what is compared, so no reading is clearly best.
        "Rice purchases have reached 742 million tonnes, 705 million tonnes of it from the"
        " main crop and 37 million tonnes from the second crop, up from 40 million tonnes.",
        "Coal shipments totalled 58 million tonnes, 41 million tonnes of them to China and"
        " 17 million tonnes to India, up from 22 million tonnes.",
        "Crude output reached 12.4 million barrels a day, 9.8 million barrels a day of it"
        " onshore and 2.6 million barrels a day offshore, down from 2.1 million barrels a day.",
        # A list opened by "with" promises no parts: the comparison may be of either.
        "The harvest was 3.4 million tonnes, with 2.1 million tonnes of wheat and 1.3"
        " million tonnes of barley, up from 3.1 million tonnes.",
        "Sales reached $8.2 billion, with $5.1 billion in Asia and $3.1 billion in Europe,"
        " down from $7.9 billion.",
    ],
)
def test_a_comparison_that_may_be_of_the_last_part_makes_no_finding(text: str) -> None:
    assert claimcheck.check(text).findings == []
