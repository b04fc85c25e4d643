"""One quantity stated twice in another form, as real copy words it: a count or an amount
regrouped at another scale ("$1.2 billion ($1,200 million)"), after "equal to" or a dash,
a fraction of a scale word ("a quarter of a million (250,000)"); a measure restated after
words naming what it measures, in a bracket that goes on, after a spaced hyphen or a hedged
link, and in power and energy units ("4,300 MW, or 4.3 GW"). Each form is checked clean
(a consistent verdict, no finding) and with a slip in the restatement."""

from __future__ import annotations

import pytest

import claimcheck


def findings(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.suggestion or "") for f in claimcheck.check(text).findings]


def verdicts(text: str, kind: str) -> list[str]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == kind]


# A count or an amount restated in another spelling: (form, right, wrong).
COUNTS = [
    ("The district has 14 lakh voters, equal to {} million, on its rolls.", "1.4", "4.1"),
    ("About {} million pilgrims - 4.6 crore - came to the fair.", "46", "64"),
    ("Some 2.7 crore homes — roughly {} million — got a connection.", "27", "72"),
    ("The firm has 1.8 billion shares, or {} million, in issue.", "1,800", "8,100"),
    ("A quarter of a million ({}) people marched through the capital.", "250,000", "520,000"),
    ("Three-quarters of a million people, or {}, signed the petition.", "750,000", "570,000"),
    # amounts regrouped at another scale, or respelled after a link
    ("Sales came to $2.3 billion (${} million) in the quarter.", "2,300", "3,200"),
    ("The plan costs Rs 7,600 billion, or Rs {} trillion, over five years.", "7.6", "6.7"),
    ("The state spent ₹36,000 crore, equal to ₹{} billion, on canals.", "360", "630"),
    ("Japan's fund added ¥4.1 trillion (¥{} billion) in bonds.", "4,100", "1,400"),
    ("Exports hit $2.3 billion — ${} million — in the year.", "2,300", "3,200"),
    # a measure restated at another scale as a bare count
    ("Mills crushed 2,950 lakh tonnes ({} million) of cane this season.", "295", "259"),
    ("Lagos owes ₦1.9 trillion – or about ₦{} billion – to lenders.", "1,900", "9,100"),
]


@pytest.mark.parametrize(("form", "right", "wrong"), COUNTS)
def test_a_count_or_amount_in_another_form_is_read(form: str, right: str, wrong: str) -> None:
    clean = form.format(right)
    assert findings(clean) == []
    assert verdicts(clean, "restated-figure") == ["consistent"]
    assert [rule for rule, _ in findings(form.format(wrong))] == ["CC305"]


def test_a_fraction_of_a_scale_word_is_its_count() -> None:
    """Three quarters of a million is 750,000, not a million, and no share."""
    found = claimcheck.check("Three quarters of a million (450,000) tickets were sold.").findings
    assert [f.rule for f in found] == ["CC305"]
    assert "is 750,000, not 450,000" in found[0].message


# A measure restated in another unit: (form, right, wrong).
MEASURES = [
    ("The grid will add 3,200 MW, or {} GW, of wind capacity.", "3.2", "2.3"),
    ("The dam produces 1,450 megawatts ({} gigawatts) at full flow.", "1.45", "14.5"),
    ("Solar panels supplied 18.5 TWh ({} GWh) last year.", "18,500", "15,800"),
    ("A typical home uses 2,700 kWh ({} MWh) a year.", "2.7", "7.2"),
    ("Its 600-MW ({}-GW) reactor went back online.", "0.6", "6"),
    ("About 3 million acres of grassland, roughly {} million hectares, burned.", "1.2", "2.1"),
    ("The reserve spans 5,000 square kilometres of wetland ({} square miles).", "1,930", "1,390"),
    ("The lake is some 600 square kilometres in area ({} square miles).", "232", "322"),
    ("The blaze burned 30,000 hectares ({} acres, more than the city itself).", "74,000", "47,000"),
    ("The reservoir covers 45 square kilometres - about {} square miles.", "17", "71"),
    ("The canal runs 160 km, roughly equivalent to {} miles, to the sea.", "100", "160"),
    ("The storm flooded 900 sq mi, an area equal to {} square kilometres.", "2,330", "3,230"),
]


@pytest.mark.parametrize(("form", "right", "wrong"), MEASURES)
def test_a_measure_in_another_unit_is_read(form: str, right: str, wrong: str) -> None:
    clean = form.format(right)
    assert findings(clean) == []
    assert verdicts(clean, "unit-conversion") == ["consistent"]
    assert [rule for rule, _ in findings(form.format(wrong))] == ["CC401"]


def test_a_power_restated_in_its_own_unit_names_the_unit_that_fits() -> None:
    found = findings("The park will add 2,800 MW (2.8 MW) to the grid next year.")
    assert found == [("CC401", "gigawatts")]


# Clean copy the widened readings must leave alone: a year-before figure in brackets, a list
# after a comma, a second quantity of another thing, a fraction that is a share.
GUARDS = [
    "Sales were £1.2 billion (£980 million) in the first half.",
    "Budgets of 1,200 lakh, 3 crore and 5 crore went to three districts.",
    "The farm grows 5,000 acres of wheat, or 2,000 acres of barley, each year.",
    "A quarter of a century ago, three-quarters of the voters backed the party.",
    "Capacity reached 4,300 MW, and 1.2 GW more is planned for 2027.",
    "Output was 41 million tonnes (38 million) in the year.",
    "Grants ran from $1,200 million - $1.5 billion in the north to $2 billion.",
    "The payout rose 3.4%, equal to 212.5 cents a share.",
]


@pytest.mark.parametrize("text", GUARDS)
def test_clean_copy_gives_no_finding(text: str) -> None:
    assert findings(text) == []
