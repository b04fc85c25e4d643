"""Shares and fractions read from the structure of the sentence: a restatement after a period
phrase, a part set off by commas after its share, an "Of the ..." opener after a phrase of
time or place or before the part's subject and verb, "among" between a part and its whole,
"of which" before a subject and verb, and a whole stated in the sentence before. Each form
is checked clean (no finding, a consistent claim) and with a seeded slip (the right rule, at
the slipped figure); guards check that wordings where the whole is not clearly named make
no claim."""

from __future__ import annotations

import re

import pytest

import claimcheck


def findings(text: str) -> list[tuple[str, str]]:
    """Each finding's rule and the text it points at."""
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


def verdicts(text: str, kinds: tuple[str, ...]) -> list[str]:
    return [str(v.verdict) for c, v in claimcheck.check(text).judged() if c.kind in kinds]


def slipped_at(text: str, figure: str, rule: str) -> bool:
    """Whether a finding of `rule` points at the slipped figure (a number of its own)."""
    found = re.search(rf"(?<![\d.,]){re.escape(figure)}(?!\d|[,.]\d)", text)
    assert found is not None
    at = found.start()
    return any(f.rule == rule and f.start <= at < f.end for f in claimcheck.check(text).findings)


SHARE = ("share",)
RESTATED = ("fraction-restatement",)

# A percentage restated as a fraction after a period named after its noun.
AFTER_A_PERIOD = [
    ("Wind supplied {}% of the grid's power last year, more than a quarter.", "27", "17"),
    (
        "Exports to Japan made up {}% of the total in the first quarter, roughly a tenth.",
        "9.8",
        "19.8",
    ),
    ("Women held {} percent of board seats at the end of March, about a third.", "34", "44"),
    ("Renters made up {}% of households in Leipzig this year, or two in five.", "43", "23"),
    ("Solar met {}% of demand over the past week, about an eighth.", "12", "21"),
]


@pytest.mark.parametrize(("form", "right", "slipped"), AFTER_A_PERIOD)
def test_a_restatement_after_a_period_fits_and_its_slip_is_found(
    form: str, right: str, slipped: str
) -> None:
    text = form.format(right)
    assert findings(text) == []
    assert "consistent" in verdicts(text, RESTATED)
    assert slipped_at(form.format(slipped), slipped, "CC202")


# A share, then its part set off by commas: "about a third, 640, were accepted".
APPOSED = [
    ("Of the 1,800 applicants, about a third, {}, were accepted.", "640", "840"),
    ("Of the $40 billion package, roughly a quarter, ${} billion, will go to roads.", "9.8", "14"),
    (
        "Of the 2.4 million tonnes harvested, almost half, {} million tonnes, was exported.",
        "1.1",
        "1.6",
    ),
    ("Of the 9,600 homes inspected, 15%, {}, had damp.", "1,440", "1,940"),
]


@pytest.mark.parametrize(("form", "right", "slipped"), APPOSED)
def test_a_part_set_off_after_its_share_fits_and_its_slip_is_found(
    form: str, right: str, slipped: str
) -> None:
    text = form.format(right)
    assert findings(text) == []
    assert verdicts(text, SHARE) == ["consistent"]
    assert slipped_at(form.format(slipped), slipped, "CC201")


# An "Of the ..." or "Among the ..." opener after a phrase of time or place, or before the
# subject and verb of its part; "among" and "of which" tying a part to its whole.
OPENERS = [
    ("In the state assembly, of the 120 members, 31 or {}% are women.", "25.8", "35.8"),
    ("Last year, of the 5,200 flights scheduled, 1,040, or {}%, were delayed.", "20", "30"),
    ("Among the 4,500 graduates, 3,150, or {}%, found work within six months.", "70", "60"),
    ("In 2023, among the 640 clinics, 96 ({}%) closed.", "15", "25"),
    (
        "Of its 120 billion rand budget, the department spent two-thirds, {} billion rand, on"
        " salaries.",
        "80",
        "60",
    ),
    ("Sweden follows, with 162 women among 349 members, or {}%.", "46.4", "36.4"),
    (
        "Farmers planted 2.1 million hectares, of which wheat covered about 40%, or {} hectares.",
        "840,000",
        "640,000",
    ),
]


@pytest.mark.parametrize(("form", "right", "slipped"), OPENERS)
def test_an_opened_whole_fits_and_its_slip_is_found(form: str, right: str, slipped: str) -> None:
    text = form.format(right)
    assert findings(text) == []
    assert verdicts(text, SHARE) == ["consistent"]
    assert slipped_at(form.format(slipped), slipped, "CC201")


# A part stated with its share alone, its whole the one amount of its kind in the sentence
# before (a count: of the same noun).
WHOLE_BEFORE = [
    ("The ministry spent 21 billion euros. Health took 8.4 billion euros, or {}%.", "40", "30"),
    ("The state budget totals $14 billion. Pensions take $4.2 billion, or {}%.", "30", "20"),
    (
        "The park counted 1,250 visitors on Sunday. Children made up 500 visitors, or {}%.",
        "40",
        "50",
    ),
    (
        "Sales reached ¥900 billion in the year. Overseas sales made up ¥360 billion ({}%).",
        "40",
        "50",
    ),
]


@pytest.mark.parametrize(("form", "right", "slipped"), WHOLE_BEFORE)
def test_a_whole_in_the_sentence_before_fits_and_its_slip_is_found(
    form: str, right: str, slipped: str
) -> None:
    text = form.format(right)
    assert findings(text) == []
    assert verdicts(text, SHARE) == ["consistent"]
    assert slipped_at(form.format(slipped), f"{slipped}%", "CC201")


# Where the sentence before states no whole clearly, no claim and no finding.
NO_CLEAR_WHOLE = [
    # one member's own amount, a sibling of the part
    "Lula led the first round with 55,545,263 votes. Tebet came third with 4,863,857 votes (9.2%).",
    "Health took 8.4 billion euros. Schools got 6.3 billion euros, or 12%.",
    # a count of another noun
    "Registered voters numbered 8 million. Candidate A won 2.8 million votes, or 47%.",
    # a count with no noun of its own
    "The park counted 1,250 visitors on Sunday. Children made up 500, or 30%.",
    # another year's
    "The ministry spent 21 billion euros in 2023. Health took 8.4 billion euros in 2024, or 25%.",
    # parts listed with shares, their whole unstated
    "Ana won 5,500,000 votes, 48% of the total. Ben won 900,000 votes, or 8%.",
    # two amounts of its kind before
    "Revenue was $5 billion and costs $3 billion. Exports were $2 billion, or 70%.",
]


@pytest.mark.parametrize("text", NO_CLEAR_WHOLE)
def test_no_whole_clearly_named_gives_no_share(text: str) -> None:
    assert findings(text) == []
    assert "consistent" not in verdicts(text, SHARE)


# Clean copy in these forms gives no finding.
CLEAN = [
    "Coal's share fell to 27% last year, more than a quarter below its peak.",
    "Of the 1,800 applicants, about a third, or 640, were accepted, and 200 more were waitlisted.",
    "Among other things, the plan sets aside 30%, or $12 billion, for roads.",
    "Of the 600 seats, the ruling party won 301 in 2019, compared with 280 in 2014.",
    "Prices rose 5%, 2 points above the target, last year.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_copy_gives_no_finding(text: str) -> None:
    assert findings(text) == []
