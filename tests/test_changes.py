"""Changes: a rise or fall, its stated size and the two values it compares (CC301, CC302)."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.document import Block, Document
from claimcheck.extract.changes import (
    _ANCHOR,
    _ANCHORS,
    _FOLD_WORD,
    _WORDS,
    _anchors,
    find_changes,
    stated_values,
)
from claimcheck.extract.mentions import Mentions
from claimcheck.extract.scan import folded_starts
from claimcheck.model.claims import ChangeClaim, Money
from claimcheck.report import Finding


def changes(text: str) -> list[ChangeClaim]:
    return find_changes(Mentions(Document(text)))


def only_change(text: str) -> ChangeClaim:
    found = changes(text)
    assert len(found) == 1, [c.text for c in found]
    return found[0]


def findings(text: str, *rules: str) -> list[Finding]:
    return [f for f in claimcheck.check(text).findings if not rules or f.rule in rules]


def change_verdicts(text: str) -> list[str | None]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == "change"]


# --- reading changes -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "direction", "by", "to", "source"),
    [
        (
            "Net profit fell 20 percent to 1.8 billion euros in 2023 from 2.1 billion euros in"
            " 2022.",
            "down",
            ["20 percent"],
            "1.8 billion euros",
            "2.1 billion euros",
        ),
        (
            "Sales climbed 9 percent to 3.1 billion pounds from 2.6 billion.",
            "up",
            ["9 percent"],
            "3.1 billion pounds",
            "2.6 billion",
        ),
        (
            "Household loans rose by 2.4 trillion won from 612.5 trillion won to 610.1 trillion"
            " won.",
            "up",
            ["2.4 trillion won"],
            "610.1 trillion won",
            "612.5 trillion won",
        ),
        (
            "The ECB cut its deposit rate by 25 basis points to 3.75% from 4%.",
            "down",
            ["25 basis points"],
            "3.75%",
            "4%",
        ),
        (
            "Revenue was 3.1 billion pounds, up 9 percent from 2.6 billion.",
            "up",
            ["9 percent"],
            "3.1 billion pounds",
            "2.6 billion",
        ),
        (
            "The bank posted a 20 percent rise in net profit to 1.8 billion euros from 1.5 billion"
            " euros.",
            "up",
            ["20 percent"],
            "1.8 billion euros",
            "1.5 billion euros",
        ),
        (
            "Inflation hit 11.3 percent, 7 percentage points above the 4.3 percent pace of 2022.",
            "up",
            ["7 percentage points"],
            "11.3 percent",
            "4.3 percent",
        ),
        (
            "The index fell 2.3 percent, or 120 points, to 5,100 from 5,220.",
            "down",
            ["2.3 percent", "120 points"],
            "5,100",
            "5,220",
        ),
        (
            "Unemployment ticked up to 3.9% in March from 3.7% in February.",
            "up",
            [],
            "3.9%",
            "3.7%",
        ),
        (
            "Shares closed 2 percent higher at 105 on Friday.",
            "up",
            ["2 percent"],
            "105",
            None,
        ),
        (
            "Output rose 3 percent in the first nine months to 120 million tonnes from 116 million"
            " tonnes.",
            "up",
            ["3 percent"],
            "120 million tonnes",
            "116 million tonnes",
        ),
    ],
)
def test_reads_the_parts_of_a_change(
    text: str, direction: str, by: list[str], to: str | None, source: str | None
) -> None:
    change = only_change(text)
    assert change.direction == direction
    assert [b.text for b in change.by] == by
    assert (change.to_value.text if change.to_value else None) == to
    assert (change.from_value.text if change.from_value else None) == source


def test_the_from_value_may_come_first() -> None:
    change = only_change("Spending rose from 2.6 to 3.1 billion euros.")
    assert change.from_value is not None and change.to_value is not None
    assert change.from_value.value == pytest.approx(2.6e9)
    assert isinstance(change.from_value, Money) and change.from_value.currency == "EUR"


def test_reads_multiples() -> None:
    tripled = only_change("Exports tripled to 90 billion from 40 billion.")
    assert tripled.multiple is not None and tripled.multiple.value == 3
    fivefold = only_change("Sales grew fivefold to 50 million from 10 million.")
    assert fivefold.multiple is not None and fivefold.multiple.value == 5
    halved = only_change("The dividend was halved to 0.5 euros from 1 euro.")
    assert halved.direction == "down"
    assert halved.multiple is not None and halved.multiple.value == 2


def test_more_than_doubled_is_open_upwards() -> None:
    change = only_change("Profit more than doubled to 3.4 billion yuan from 1.5 billion yuan.")
    assert change.multiple is not None
    assert change.multiple.hedge == "above"


def test_a_range_is_one_stated_change() -> None:
    change = only_change("Prices are expected to rise 5-10% this year.")
    (by,) = change.by
    assert (by.low, by.high, by.unit) == (4.5, 10.5, "percent")
    assert [b.text for b in only_change("The index rose 120 to 5,100 from 4,980.").by] == ["120"]


def test_a_bare_change_beside_scaled_values_is_not_guessed() -> None:
    # "5" may be 5 billion or a dropped "percent": neither is assumed
    change = only_change("Sales rose 5 to 2.1 billion from 2.0 billion.")
    assert change.by == ()
    assert findings("Sales rose 5 to 2.1 billion from 2.0 billion.") == []


def test_an_equivalent_in_brackets_is_skipped() -> None:
    change = only_change(
        "Revenue rose 9 percent to 3.1 billion pounds ($3.9 billion) from 2.85 billion pounds."
    )
    assert change.from_value is not None and change.from_value.text == "2.85 billion pounds"


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose 5.2% year on year.",
        "Exports were up 5.2% YoY in May.",
        "Shares rose 4 percent in early trading.",
        "China's GDP grew 5.2 percent in 2023 to 126 trillion yuan.",
    ],
)
def test_a_change_without_both_values_has_no_verdict(text: str) -> None:
    assert change_verdicts(text) == [None]
    assert findings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The company set up 5 factories from 2020 to 2023.",
        "Prices could rise up to 20 percent.",
        "The company cut 500 jobs, or 5 percent of its 10,000 workforce.",
        "Profit rose, helped by 3 billion euros in subsidies, to 1.8 billion from 1.2 billion.",
        "The team dropped to No. 3 from No. 1 in the rankings.",
    ],
)
def test_words_that_state_no_checkable_change(text: str) -> None:
    assert all(c.from_value is None or c.to_value is None for c in changes(text))
    assert findings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The yen weakened and the yuan fell to 7.3 per dollar from 7.1.",
        "Profits fell 50 percent on a like-for-like basis to 1 billion from 1.5 billion.",
        "Sales in constant currency rose 8% to 3.2 billion euros from 3.1 billion euros.",
        "Revenue rose 3% sequentially to $2.1 billion, up from $1.8 billion a year earlier.",
        "The net loss fell to -1.2 billion dollars from -2.1 billion dollars.",
    ],
)
def test_values_not_compared_as_written_are_unverifiable(text: str) -> None:
    assert change_verdicts(text) == ["unverifiable"]
    assert findings(text) == []


# --- CC301 change-mismatch -------------------------------------------------------------


def test_public_case_p12_percent_change() -> None:
    text = "Net profit fell 20 percent to 1.8 billion euros in 2023 from 2.1 billion euros in 2022."
    (finding,) = findings(text)
    assert finding.rule == "CC301"
    assert "−14.3%, not −20%" in finding.message
    assert finding.suggestion == "fell 14 percent"
    assert (
        "fell 20 percent to 1.8 billion euros in 2023 from 2.1 billion"
        in text[finding.start : finding.end]
    )
    assert finding.arithmetic and "with the figures' rounding" in finding.arithmetic


@pytest.mark.parametrize(
    ("text", "message", "suggestion"),
    [
        (
            "Sales climbed 9 percent to 3.1 billion pounds from 2.6 billion.",
            "+19.2%, not +9%",
            "climbed 19 percent",
        ),
        (
            "Exports tripled to 90 billion dollars from 40 billion dollars.",
            "2.25 times, not tripled",
            "more than doubled",
        ),
        (
            "Deposits were up 14.2 trillion won from 1,905 trillion won to 1,912 trillion won.",
            "a rise of 7 trillion won, not 14.2 trillion won",
            "up 7 trillion won",
        ),
        (
            "The jobless rate rose 3 percent from 4.5 percent to 7.5 percent.",
            "probably meant percentage points",
            "rose 3 percentage points",
        ),
        (
            "Inflation hit 11.3 percent, 5 percentage points above the 4.3 percent pace of 2022.",
            "+7 percentage points, not +5",
            "7.0 percentage points above",
        ),
        (
            "The company posted a 30 percent rise in net profit to 1.8 billion euros from 1.5"
            " billion euros.",
            "+20%, not +30%",
            "20 percent rise",
        ),
        (
            "Output halved to 1.5 million tonnes from 1.9 million tonnes.",
            "1.27 times smaller, not halved",
            "fell 21 percent",
        ),
        (  # the old value stated after the new one is still this change's
            "Sales climbed 9 percent to 3.1 billion pounds, up from 2.6 billion.",
            "+19.2%, not +9%",
            "climbed 19 percent",
        ),
    ],
)
def test_change_mismatch(text: str, message: str, suggestion: str) -> None:
    (finding,) = findings(text)
    assert finding.rule == "CC301"
    assert message in finding.message
    assert finding.suggestion == suggestion


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose 9 percent to 3.1 billion pounds from 2.85 billion pounds.",
        "Sales climbed 19 percent to 3.1 billion pounds from 2.6 billion.",
        "Exports rose 125 percent to 90 billion dollars from 40 billion dollars.",
        "Inflation hit 11.3 percent, 7 percentage points above the 4.3 percent pace of 2022.",
        "The jobless rate rose 3 percentage points from 4.5 percent to 7.5 percent.",
        "Exports to the US rose 10 percent to 500 billion from 450 billion.",
        "Unemployment fell 0.2 percentage point to 3.8 percent from 4.0 percent.",
        "Bond yields rose 12 basis points to 4.35% from 4.23%.",
        "The index fell 2.3 percent, or 120 points, to 5,100 from 5,220.",
        "Tesla cut prices by as much as 20 percent to 35,000 dollars from 44,000 dollars.",
        "Output doubled to 3.6 million from 1.9 million.",
        "Profit more than doubled to 3.4 billion yuan from 1.5 billion yuan.",
        "The population fell by half to 2,000 from 4,100.",
        "Revenue was 3.1 billion pounds, up 9 percent from 2.85 billion pounds.",
        "Sales rose 5 percent year on year to 2.1 billion euros in the third quarter, from"
        " 2.0 billion euros a year earlier.",
        "Net income jumped 52% to $2.1 billion, or $1.32 a share, from $1.4 billion, or 87 cents"
        " a share, a year earlier.",
    ],
)
def test_changes_that_fit_their_values(text: str) -> None:
    assert findings(text) == []
    assert change_verdicts(text)[-1] == "consistent"


# --- CC302 change-direction ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        (
            "Household loans rose by 2.4 trillion won from 612.5 trillion won to 610.1 trillion"
            " won.",
            "fell",
        ),
        ("The 2024 growth forecast was revised down to 7.3% from 7.1%.", "revised up"),
        ("About 56,800 households were affected, up from 89,700 in 1990.", "down"),
        ("Unemployment fell to 4.1 percent in May from 3.9 percent in April.", "rose"),
        ("Revenue was 2.1 billion euros, an increase from 2.4 billion euros.", "decrease"),
        (
            "Net income fell 40% to $2.1 billion, or $1.32 a share, from $1.4 billion, or 87 cents"
            " a share, a year earlier.",
            "rose",
        ),
    ],
)
def test_change_direction(text: str, suggestion: str) -> None:
    (finding,) = findings(text)
    assert finding.rule == "CC302"
    assert finding.suggestion == suggestion


@pytest.mark.parametrize(
    "text",
    [
        "Household loans fell by 2.4 trillion won from 612.5 trillion won to 610.1 trillion won.",
        "The 2024 growth forecast was revised up to 7.3% from 7.1%.",
        "Payrolls rose by 200,000 in May, down from 250,000 in April.",
        "Prices rose 3.1 percent in January from a year earlier, down from 3.4 percent in"
        " December.",
        "Inflation fell to 3.1 percent in January, down from 3.4 percent in December.",
        "The rate was cut to 5.25 percent from 5.5 percent, the first cut since 2020.",
        "Its market share rose to 25 percent from a fifth.",
    ],
)
def test_direction_words_that_fit(text: str) -> None:
    assert findings(text) == []


def test_public_case_p14_stays_clean() -> None:
    text = (
        "LONDON - The fund raised £800 million ($995 million) in 2023 and €2 billion ($2.16"
        " billion)"
        " in 2024; its Hong Kong arm added HK$10 billion (US$1.28 billion) in 2024.\n"
        "Shares rose 4 percent, and the fund's 1,800 staff (up from 1,500) work in 12 countries.\n"
    )
    assert findings(text) == []
    assert sorted(map(str, change_verdicts(text))) == ["None", "consistent"]


def test_a_multiple_needs_no_value() -> None:
    assert [c.multiple and c.multiple.value for c in changes("Exports doubled in 2023.")] == [2]
    assert [c.text for c in changes("Output rose fivefold. Costs halved.")] == [
        "rose fivefold",
        "halved",
    ]


def test_a_direction_word_with_no_value_in_its_sentence_states_no_change() -> None:
    text = "Shares rose. Net profit was 3.1 billion euros in 2024, up 9 percent."
    assert [c.text for c in changes(text)] == ["3.1 billion euros in 2024, up 9 percent"]


# --- properties ------------------------------------------------------------------------

_NEWS = st.lists(
    st.sampled_from(
        [
            *("Sales rose", "Profit edged", "Costs went", "revised", "up", "Down", "lower"),
            *(" 5 percent", " to 3.1 billion euros", " from 2.6 billion", ", up 9 percent"),
            *(" doubled", " fivefold", " shares", " the", ".", ". ", "\n", "\n\n", " ", ","),
        ]
    ),
    max_size=14,
).map("".join)


@settings(deadline=None)
@given(_NEWS)
@example("Sales rose 5 percent, profit edged\nup 5 percent and costs went\nup")
def test_direction_words_in_sentences_with_values_are_read_as_in_the_whole_text(
    text: str,
) -> None:
    document = Document(text)
    starts = [v.start or 0 for v in stated_values(Mentions(document))]
    found = _anchors(document, starts, folded_starts(_FOLD_WORD, text))
    every = list(_ANCHORS.finditer(text))
    for sentence in {document.sentence_at(start) for start in starts}:
        assert _spans_in(found, sentence) == _spans_in(every, sentence)


def _spans_in(anchors: list[re.Match[str]], sentence: Block) -> list[tuple[int, int]]:
    return [m.span() for m in anchors if sentence.start <= m.start() < sentence.end]


# Direction words as a list, longest first: what `_ANCHOR` must match, in fewer steps.
_LISTED = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(w.replace(" ", r"\s+") for w in sorted(_WORDS, key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)
_DIRECTION_FRAGMENTS = st.sampled_from(
    [
        *_WORDS,
        *("ROSE", "Edged", "edged  Up", "revised\nupwards", "uptick", "upward", "risen-"),
        *("x", "-", "_", " ", "\n", ",", "(", "5%", "ı", "ſ", "\u212a"),
    ]
)


@given(st.lists(_DIRECTION_FRAGMENTS, max_size=10).map("".join))
def test_direction_words_are_read_as_listed(text: str) -> None:
    assert [m.span() for m in _ANCHOR.finditer(text)] == [m.span() for m in _LISTED.finditer(text)]


_VALUES = st.floats(min_value=1.0, max_value=999.0, allow_nan=False)
# Values written with one decimal ("123.4"), so their rounding is known to be 0.05.
_PRECISE = st.floats(min_value=10.0, max_value=999.0, allow_nan=False)
_RATIOS = st.floats(min_value=0.3, max_value=5.0).filter(lambda r: abs(r - 1) > 0.01)
_ORDERS = st.sampled_from(["to-from", "from-to", "after"])


def _sig3(value: float) -> str:
    """A value as a writer gives it: three significant figures."""
    text = f"{value:.3g}"
    return text if "e" not in text else f"{float(text):.0f}"


def _sentence(old: str, new: str, percent: float, order: str) -> str:
    verb = "rose" if float(new) > float(old) else "fell"
    size = f"{abs(percent):.1f} percent"
    if order == "to-from":
        return f"Net profit {verb} {size} to {new} billion euros in 2024 from {old} billion euros."
    if order == "from-to":
        return f"Net profit {verb} {size} from {old} billion euros to {new} billion euros in 2024."
    adverb = "up" if verb == "rose" else "down"
    return f"Net profit was {new} billion euros in 2024, {adverb} {size} from {old} billion euros."


@settings(max_examples=60, deadline=None)
@given(_VALUES, _RATIOS, _ORDERS)
def test_changes_rounded_as_a_writer_would_are_clean(old: float, ratio: float, order: str) -> None:
    new = old * ratio
    old_text, new_text = _sig3(old), _sig3(new)
    if float(old_text) == float(new_text):
        return
    percent = (new / old - 1) * 100  # from the exact values, as the writer's source had them
    assert findings(_sentence(old_text, new_text, percent, order)) == []


@settings(max_examples=60, deadline=None)
@given(_PRECISE, _RATIOS, _ORDERS, st.sampled_from([-1, 1]))
def test_changes_perturbed_beyond_rounding_are_flagged(
    old: float, ratio: float, order: str, side: int
) -> None:
    old_text, new_text = f"{old:.1f}", f"{old * ratio:.1f}"
    if float(old_text) == float(new_text):
        return
    true = (float(new_text) / float(old_text) - 1) * 100
    wrong = true + side * (2 + 0.2 * abs(true))  # far beyond the figures' rounding
    if wrong * true <= 0:  # a perturbation across zero is a direction slip, tested below
        return
    found = findings(_sentence(old_text, new_text, wrong, order))
    assert [f.rule for f in found] == ["CC301"]


@settings(max_examples=40, deadline=None)
@given(_PRECISE, _RATIOS, _ORDERS)
def test_a_change_said_to_go_the_wrong_way_is_flagged(old: float, ratio: float, order: str) -> None:
    old_text, new_text = f"{old:.1f}", f"{old * ratio:.1f}"
    if abs(float(new_text) / float(old_text) - 1) < 0.02:
        return
    percent = (float(new_text) / float(old_text) - 1) * 100
    sentence = _sentence(old_text, new_text, percent, order)
    opposite = {"rose": "fell", "fell": "rose", "up": "down", "down": "up"}
    swapped = re.sub(r"\b(rose|fell|up|down)\b", lambda m: opposite[m.group()], sentence)
    assert [f.rule for f in findings(swapped)] == ["CC302"]


def test_a_change_built_by_hand_is_judged() -> None:
    def euros(value: float) -> Money:
        return Money(value=value, low=value - 0.05e9, high=value + 0.05e9, currency="EUR")

    claim = ChangeClaim(
        direction="up",
        wording="rose",
        from_value=euros(2.1e9),
        to_value=euros(1.8e9),
    )
    (finding,) = claimcheck.check_claims([claim]).findings
    assert (finding.rule, finding.suggestion) == ("CC302", "fell")


def test_the_fix_is_not_itself_a_borderline_figure() -> None:
    text = "Sales rose 8 percent to 77.8 billion euros from 75.9 billion euros in 2024."
    (finding,) = claimcheck.check(text).findings
    assert finding.suggestion == "rose 2.5 percent"


@pytest.mark.parametrize(
    "period", ["in the 12 months to December", "over 12 months", "within the 12 months to May"]
)
def test_a_duration_is_never_the_value_a_change_slows_from(period: str) -> None:
    clean = f"Consumer prices rose 1.5 percent {period}, slowing from 2.0 percent in November."
    assert claimcheck.check(clean).findings == []
    slipped = clean.replace("1.5 percent", "2.5 percent")
    assert [f.rule for f in claimcheck.check(slipped).findings] == ["CC302"]
