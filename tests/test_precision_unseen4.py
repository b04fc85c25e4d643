"""Readings that gave false alarms on clean copy written for a new held-out set, as general
classes in our own wording: a comparative that grades a verb, lists compared pairwise, a
share of an earlier time, and a change's size taken for a ratio's whole."""

from __future__ import annotations

import pytest

import claimcheck

CLEAN = [
    # "more" grades the verb before it; the verb's direction holds
    "Revenue fell to $608 million from $1,052 million, but costs dropped by more, to $524"
    " million from $1,057 million.",
    "Rents rose 4%, and prices rose even more, to 310,000 zlotys from 280,000 zlotys.",
    "Sales climbed, though profit climbed by less, to ¥12.1 billion from ¥11.8 billion.",
    # two values set against two others: which with which is not said
    "The regulator allowed revenue of R318bn for 2023/2024 and R352bn for 2024/2025, short"
    " of the R351bn and R381bn the utility had asked for.",
    "Exports of 12.4 billion ringgit and 13.9 billion ringgit were above the 11.8 billion"
    " ringgit and 12.6 billion ringgit of the same months a year ago.",
    # the earlier share is of the earlier whole, which the text does not give
    "Scotland had 1.1 million residents aged 65 and over in 2022. Of them, 41 per cent (0.45"
    " million) lived alone, up from 38 per cent (0.34 million) ten years before.",
    "Of the 6.3 million voters, 58% (3.65 million) turned out, against 49% (2.9 million) in"
    " the previous election.",
    # an aside after a share's whole restates the share's part, not the whole
    "Just 4% of the 150 entrants, or six riders, reached the finish in Lyon.",
    # a change's size after an object is never a ratio's whole
    "In the first half Acme grew net sales by €44.8 million, or 3.3%, to €1,421.3 million."
    " Operating profit reached €216.1 million, a margin of 15.2%.",
]

SLIPPED = [
    ("Prices rose 3.2%, more than the 3.5% economists had expected.", "CC302"),
    ("The regulator allowed R352bn for 2024/2025, short of the R351bn asked for.", "CC302"),
    (
        "Of the 6.3 million voters, 68% (3.65 million) turned out, the commission said.",
        "CC201",
    ),
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_copy_of_these_forms_gives_no_finding(text: str) -> None:
    assert claimcheck.check(text).findings == []


@pytest.mark.parametrize(("text", "rule"), SLIPPED)
def test_the_forms_each_class_still_reads_report_a_slip(text: str, rule: str) -> None:
    assert [finding.rule for finding in claimcheck.check(text).findings] == [rule]
