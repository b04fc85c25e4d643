"""Changes worded as independent copy words them, read over the figures a clause has.

- direction verbs beyond the common ones ("collapsed", "rebounded", "dwindled", "pared")
  and comparisons ("exceeding", "surpassing"), all read from the vocabulary;
- a change sized two ways, joined by "or", before a comparative: "50.2 million tonnes,
  1.3 million tonnes or 2.7 percent more than a year earlier", "151,300, were 800, or
  0.5%, higher than the 150,500";
- a noun's size set "on" or "over" the earlier value: "a gain of 2.5% on January's $96.0
  billion", "a jump of 20 per cent over the Rs 2,000 crore";
- a value, then a comma and a linking verb: "Turnover, at $322 million, was up 35% on";
- an earlier value in brackets dated by a year or an earlier-period word: "to R341.9
  million (R279.3 million in the prior half)", "to €3,517 million (2023: €3,229 million)";
- a comparison after an amount's equivalent in another currency: "15.6 trillion won
  ($14.6 billion), 57.7 percent more than the 9.89 trillion won";
- a sentence that points back ("That would be 4.0 percent above ...") to the one value of
  the sentence before alike to the value it compares;
- an earlier value "after" or "following" a change, with only period words after it in its
  clause: "eased to 2.1% in June, after 2.4% in May";
- a "from ... to" pair sized by a noun in apposition, with or without an article, after a
  rate's unit: "went from $31.06 to $32.05 an hour, growth of 3.2%";
- a span of two periods between a direction word and its values: "almost doubled between
  1973 and 2011, from 9% to 16%";
- a unit's short symbol ("66 GW", "279.51 MT") or a hyphenated noun ("88,497 full-time
  equivalents") between a value and the next part;
- a comparison whose subject names its new value in the sentence before, by a word of the
  same stem just before that value ("exported goods worth X ... Exports were 6.3% above");
- an adjective between "by" and the size: "grew by a mere 0.1%";
- "down to" as a level reached, not a hedge ("was down to 12.5 per cent");
- an amount's change stated in percentage or basis points, a slip for percent.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import claimcheck


def rules_at(text: str, figure: str) -> list[str]:
    """The rules whose findings cover `figure` in `text`."""
    at = text.index(figure)
    return [
        f.rule for f in claimcheck.check(text).findings if f.start <= at < at + len(figure) <= f.end
    ]


def change_verdicts(text: str) -> list[str]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == "change"]


# Each: a clean text, a slip (find, replace) that breaks its change, the rule that must
# fire and the figure the finding must cover.
CASES = [
    # direction words from the vocabulary
    (
        "Net profit collapsed 57.6% to €978 million from €2,304 million.",
        ("57.6%", "42.4%"),
        "CC301",
        "42.4%",
    ),
    (
        "Air traffic rebounded to 4.1 million passengers in June from 3.2 million in May.",
        ("3.2 million in May", "4.3 million in May"),
        "CC302",
        "rebounded",
    ),
    (
        "The fund's reserves dwindled by 12% to $880 million, from $1.00 billion a year ago.",
        ("$880 million", "$980 million"),
        "CC301",
        "12%",
    ),
    (
        "The miner pared its output forecast to 31 million tonnes from 34 million tonnes.",
        ("34 million tonnes", "29 million tonnes"),
        "CC302",
        "pared",
    ),
    (
        "Orders came to 3.1 million units, exceeding the 2.9 million analysts expected.",
        ("2.9 million", "3.2 million"),
        "CC302",
        "exceeding",
    ),
    # a change sized two ways, joined by "or"
    (
        "Wheat output reached 50.2 million tonnes, 1.3 million tonnes or 2.7 percent more than"
        " a year earlier.",
        ("2.7 percent", "8.7 percent"),
        "CC301",
        "8.7 percent",
    ),
    (
        "Births for the year, 151,300, were 800, or 0.5%, higher than the 150,500 of 2011.",
        ("0.5%", "5%"),
        "CC301",
        "5%",
    ),
    (
        "The district counted 41,250 pupils in September, 1,250, or 2.9%, fewer than a year"
        " before.",
        ("2.9%", "9.2%"),
        "CC301",
        "9.2%",
    ),
    (
        "Imports totalled $5.42 billion last year, $0.31 billion or 5.4% less than in 2019.",
        ("5.4%", "4.5%"),
        "CC301",
        "4.5%",
    ),
    # a noun's size "on" or "over" the earlier value
    (
        "Exports hit a record $98.4 billion, a gain of 2.5% on January's $96.0 billion.",
        ("2.5%", "5.2%"),
        "CC301",
        "5.2%",
    ),
    (
        "Plan spending is put at Rs 2,400 crore, a jump of 20 per cent over the Rs 2,000 crore"
        " set aside last year.",
        ("Rs 2,000 crore", "Rs 2,200 crore"),
        "CC301",
        "20 per cent",
    ),
    # a comma before the linking verb
    (
        "Turnover, at $322 million, was up 35% on $238 million.",
        ("35%", "53%"),
        "CC301",
        "53%",
    ),
    (
        "The jobless rate, 6.1%, was 0.4 points higher than the 5.7% of March.",
        ("5.7%", "5.9%"),
        "CC301",
        "0.4 points",
    ),
    # an earlier value in brackets, dated
    (
        "Trading profit jumped 22% to R341.9 million (R279.3 million in the prior half).",
        ("R279.3 million", "R297.3 million"),
        "CC301",
        "22%",
    ),
    (
        "Operating profit rose 8.9% to €3,517 million (2023: €3,229 million).",
        ("8.9%", "9.8%"),
        "CC301",
        "9.8%",
    ),
    (
        "Group sales fell 4% to 11.5 billion kronor (12.0 billion kronor a year earlier).",
        ("fell", "rose"),
        "CC302",
        "rose",
    ),
    # "down to" is a level reached, not a hedge: the clause before dates the earlier value
    (
        "Food inflation, which had stood at 31 per cent in August, was down to 12.5 per cent"
        " by May.",
        ("12.5 per cent", "52.5 per cent"),
        "CC302",
        "down to",
    ),
    (
        "The backlog, which had stood at 7,400 cases in 2021, is now down to 5,100.",
        ("5,100", "8,100"),
        "CC302",
        "down to",
    ),
    # a sentence pointing back to the one alike value of the sentence before
    (
        "Combined profit is forecast at 42.9 trillion yen ($307 billion) this year, according"
        " to a tally of 1,400 companies. That would be 4.0 percent above the 41.3 trillion yen"
        " earned last year.",
        ("4.0 percent", "14.0 percent"),
        "CC301",
        "14.0 percent",
    ),
    (
        "The council expects to collect £812 million in 2025 from 96,000 households. This will"
        " be 6% more than the £766 million of 2024.",
        ("£766 million", "£786 million"),
        "CC301",
        "6%",
    ),
    # an earlier value "after" or "following" the change, dated and nothing more
    (
        "Inflation eased to 2.1% in June, after 2.4% in May.",
        ("2.4% in May", "1.4% in May"),
        "CC302",
        "eased",
    ),
    (
        "Sales rose to $3.2 billion in the quarter, following $2.9 billion a year earlier.",
        ("$2.9 billion", "$3.9 billion"),
        "CC302",
        "rose",
    ),
    (
        "After 6.1% in March, the jobless rate climbed to 6.4% in April.",
        ("6.4% in April", "5.4% in April"),
        "CC302",
        "climbed",
    ),
    # a "from ... to" pair sized by a noun in apposition with no article
    (
        "The city's count went from 861,542 residents in 2016 to 869,666 in 2017, growth of"
        " 0.94 percent.",
        ("0.94 percent", "9.4 percent"),
        "CC301",
        "9.4 percent",
    ),
    (
        "Average pay went from $31.06 to $32.05 an hour, growth of 3.2%.",
        ("3.2%", "2.3%"),
        "CC301",
        "2.3%",
    ),
    (
        "Enrolment went from 4,120 pupils in 2020 to 4,388 in 2024, growth of 6.5%.",
        ("6.5%", "5.6%"),
        "CC301",
        "5.6%",
    ),
    # a span between two periods between the direction word and its values
    (
        "The share of adults living alone almost doubled between 1973 and 2011, from 9% to 16%.",
        ("16%", "26%"),
        "CC301",
        "doubled",
    ),
    (
        "Output fell between January and June to 4.1 million tonnes from 4.6 million tonnes.",
        ("4.6 million tonnes", "3.6 million tonnes"),
        "CC302",
        "fell",
    ),
    # a unit's short symbol or a hyphenated noun after a value, before the next part
    (
        "Wind capacity rose to 66 GW from 51 GW a year earlier.",
        ("51 GW", "71 GW"),
        "CC302",
        "rose",
    ),
    (
        "The latest estimate raises grain output to 279.51 MT from the 277.49 MT estimated in"
        " February.",
        ("raises", "lowers"),
        "CC302",
        "lowers",
    ),
    (
        "The average workforce shrank 1.4% to 88,497 full-time equivalents from 89,732.",
        ("89,732", "98,732"),
        "CC301",
        "1.4%",
    ),
    # a comparison whose subject names its new value in the sentence before
    (
        "The country exported goods worth 812.5 billion euros in 2019 and imported goods worth"
        " 640.2 billion euros. Exports were 4.1% above the 780.5 billion euros of 2018.",
        ("4.1%", "1.4%"),
        "CC301",
        "1.4%",
    ),
    (
        "The council's road spending came to £48.2 million, and it raised £12.6 million in"
        " parking fees. Spending on roads was 7% higher than the £45.0 million of the year"
        " before.",
        ("£45.0 million", "£40.5 million"),
        "CC301",
        "7%",
    ),
    # an adjective between "by" and the size: "by a mere 0.1%", "by a hefty 12%"
    (
        "Per capita GDP grew by a mere 0.1% last year, well below the economy's 0.9% expansion.",
        ("0.9% expansion", "0.09% expansion"),
        "CC302",
        "below",
    ),
    (
        "Exports rose by a hefty 12% to $4.1bn from $3.66bn.",
        ("12%", "21%"),
        "CC301",
        "21%",
    ),
    # a comparison after a bracketed equivalent in another currency
    (
        "Profit reached 15.6 trillion won ($14.6 billion), 57.7 percent more than the 9.89"
        " trillion won of 2017.",
        ("57.7 percent", "75.7 percent"),
        "CC301",
        "75.7 percent",
    ),
    (
        "Revenue came to $5.2 billion (4.8 billion euros), up from $4.1 billion.",
        ("up from", "down from"),
        "CC302",
        "down from",
    ),
]


@pytest.mark.parametrize(("text", "slip", "rule", "figure"), CASES)
def test_the_clean_change_is_read_and_consistent(
    text: str, slip: tuple[str, str], rule: str, figure: str
) -> None:
    assert "consistent" in change_verdicts(text)
    assert "inconsistent" not in change_verdicts(text)
    assert claimcheck.check(text).findings == []


@pytest.mark.parametrize(("text", "slip", "rule", "figure"), CASES)
def test_the_slip_is_found_at_its_figure(
    text: str, slip: tuple[str, str], rule: str, figure: str
) -> None:
    assert rule in rules_at(text.replace(*slip), figure)


@pytest.mark.parametrize(
    ("text", "points", "percent"),
    [
        (
            "Non-plan spending is set to grow 7.2 percentage points to Rs 3,91,263 crore from"
            " Rs 3,64,914 crore.",
            "7.2 percentage points",
            "+7.2%",
        ),
        (
            "Remittances reached $2.397 billion in February, up 3.3 percentage points on $2.32"
            " billion.",
            "3.3 percentage points",
            "+3.3%",
        ),
        ("Operating costs rose 50 basis points to £2.10bn from £2.00bn.", "50 basis points", "+5%"),
    ],
)
def test_an_amounts_change_in_points_is_a_slip_for_percent(
    text: str, points: str, percent: str
) -> None:
    (finding,) = claimcheck.check(text).findings
    assert finding.rule == "CC301"
    assert finding.start <= text.index(points) < text.index(points) + len(points) <= finding.end
    assert percent in finding.message
    assert "in percent" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        # the first of two figures joined by "or" is the new value when none stands before it
        "Imports were $12 billion, or 10% more than the $10 billion of 2019.",
        "Each ticket costs $12, or 10% more than last season.",
        # a share restating an amount, then a comparison of something else
        "The plant employs 1,200 people, or 4% of the town, more than any other firm.",
        # a bracket with no date is no earlier value
        "Operating profit rose 8.9% to €3,517 million (€3,229 million).",
        # a bracket with a later value, not dated before
        "Output rose 3% to 4.1 million tonnes (of which 1.2 million tonnes exported).",
        # two alike values in the sentence before: neither is clearly the one pointed back to
        "Profit rose to 4.6 billion euros and sales to 9.1 billion euros. That was up 15"
        " percent from 4.2 billion euros.",
        # "after" an amount of something, not an earlier state
        "Profit fell to $40 million after $5 million of charges.",
        "Output fell to 3.2 million tonnes after 2.9 million tonnes were lost to floods.",
        # a noun with no pair before it, or in a sentence of its own
        "Exports rose to $5bn. Growth of 4% is expected next year.",
        # a span between two figures, not two periods
        "Prices rose between 2% and 3% in most regions, from a low base.",
        # a capitalised word after a value is no unit
        "Sales rose to 4.1 million The company said from its base in Lyon.",
        # the subject names two values of the sentence before, or none
        "Exports of cars came to 40.2 billion euros and exports of parts to 12.1 billion"
        " euros. Exports were 30% above the 9.3 billion euros of 2018.",
        "Sales came to 40.2 billion euros. Profit was 30% above the 9.3 billion euros of 2018.",
        # the word after a value names it, not the value after that word
        "The council spent £48.2 million on roads and raised £12.6 million in parking fees."
        " Spending on roads was 7% higher than the £45.0 million of the year before.",
        # bare points of a share price are its currency's units
        "Shares fell 2 points to $45 from $47 on Friday.",
        # "up to" stays a hedge
        "Fines of up to $5,000 apply, which had stood at $2,000 in 2019.",
        # the words, not values: no change
        "The bridge collapsed in 2019, 40 years after it opened, killing 43 people.",
        "Police recovered 12 kg of cocaine and 3 rifles in the raid.",
    ],
)
def test_look_alike_sentences_stay_silent(text: str) -> None:
    assert claimcheck.check(text).findings == []


def _two_sizes(new: int, size: int, percent: str, word: str) -> str:
    return (
        f"The region recorded {new:,} births in 2023, {size:,} or {percent}% {word} than a year"
        " earlier."
    )


@settings(max_examples=40, deadline=None)
@given(
    old=st.integers(min_value=20_000, max_value=900_000),
    rate=st.floats(min_value=0.02, max_value=0.4),
    up=st.booleans(),
)
def test_a_change_sized_two_ways_is_clean_when_both_sizes_agree(
    old: int, rate: float, up: bool
) -> None:
    size = round(old * rate)
    new = old + size if up else old - size
    percent = f"{100 * size / old:.1f}"
    text = _two_sizes(new, size, percent, "more" if up else "fewer")
    assert change_verdicts(text) == ["consistent"]
    assert claimcheck.check(text).findings == []


@settings(max_examples=40, deadline=None)
@given(
    old=st.integers(min_value=20_000, max_value=900_000),
    rate=st.floats(min_value=0.02, max_value=0.4),
    off=st.floats(min_value=1.5, max_value=3.0),
)
def test_a_percentage_that_disagrees_with_the_amount_is_a_change_mismatch(
    old: int, rate: float, off: float
) -> None:
    size = round(old * rate)
    assume(size % 10 and (old + size) % 10)  # no trailing zeros, which read as rounded
    stated = 100 * size / old * off
    assume(stated < 95)
    percent = f"{stated:.1f}"
    text = _two_sizes(old + size, size, percent, "more")
    assert "CC301" in rules_at(text, f"{percent}%")


@settings(max_examples=40, deadline=None)
@given(
    new=st.integers(min_value=5, max_value=150),
    old=st.integers(min_value=5, max_value=150),
    right=st.booleans(),
)
def test_a_rate_after_its_earlier_reading_is_judged_by_its_direction_word(
    new: int, old: int, right: bool
) -> None:
    assume(new != old)
    rose = (new > old) == right
    text = (
        f"The jobless rate {'rose' if rose else 'fell'} to {new / 10:.1f}% in June, after"
        f" {old / 10:.1f}% in May."
    )
    if right:
        assert change_verdicts(text) == ["consistent"]
        assert claimcheck.check(text).findings == []
    else:
        assert "CC302" in rules_at(text, "rose" if rose else "fell")
