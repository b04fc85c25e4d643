"""Gaps that the balance readers leave: a gap set off after its two values, each named by
a short phrase ("67.3% in the north against 58.1% in the south, a difference of 9.2
points"), and a difference in points stated between the two rates it compares ("3.75%,
50 basis points below its main refinancing rate of 4.25%")."""

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


@pytest.mark.parametrize(
    ("text", "find", "replace", "gap"),
    [
        # each value named by a place after it, the gap in points after a comma
        (
            "Turnout reached 71.4% in Flanders against 63.9% in Wallonia, a difference of 7.5"
            " points.",
            "7.5 points",
            "5.7 points",
            "5.7 points",
        ),
        # a spread in basis points, the two rates in clauses of their own
        (
            "Ten-year Bunds yielded 2.41%, while Italian bonds of the same maturity paid 3.86%,"
            " leaving a spread of 145 basis points.",
            "3.86%",
            "3.68%",
            "145 basis points",
        ),
        # counts of one noun, the gap named "lead"
        (
            "The incumbent drew 18,420 votes to her challenger's 15,910 in the runoff, a lead"
            " of 2,510.",
            "15,910",
            "15,190",
            "2,510",
        ),
        # money, a gap with a word before it and a joining word after the comma
        (
            "Median pay came to £38,900 for men and £34,200 for women, giving a pay gap of £4,700.",
            "£4,700",
            "£7,400",
            "£7,400",
        ),
        # a unit, each value named by a phrase
        (
            "Rainfall totalled 812 mm at the coast and 544 mm inland, a gap of 268 mm.",
            "544 mm",
            "454 mm",
            "268 mm",
        ),
        # the two sides in a clause of their own after a colon, an earlier figure before it
        (
            "The town ended the year with 840 fewer residents than a year earlier: 15.2"
            " thousand births against 16.9 thousand deaths gave a natural decrease of 1,700.",
            "16.9 thousand",
            "19.6 thousand",
            "1,700",
        ),
    ],
)
def test_a_gap_set_off_after_its_two_named_values(
    text: str, find: str, replace: str, gap: str
) -> None:
    assert flagged(text) == []
    assert verdicts(text, "difference") == ["consistent"]
    assert flagged(text.replace(find, replace)) == [("CC304", gap)]


@pytest.mark.parametrize(
    ("text", "find", "replace"),
    [
        (
            "Italy's yield, at 3.86%, stood just 145 basis points above Germany's 2.41%.",
            "145 basis points",
            "154 basis points",
        ),
        (
            "At 5.2%, the jobless rate for women was 0.7 percentage point higher than the 4.5%"
            " recorded for men.",
            "0.7 percentage point",
            "1.7 percentage point",
        ),
        (
            "The real policy rate fell to 2.07%, a mere 7 basis points above the 2.0% neutral"
            " rate.",
            "2.07%",
            "2.17%",
        ),
        (
            "Greece's 10-year yield closed at 3.31%, 62 basis points more than Spain's 10-year"
            " yield of 2.69%.",
            "2.69%",
            "2.96%",
        ),
    ],
)
def test_a_difference_in_points_between_two_rates(text: str, find: str, replace: str) -> None:
    assert flagged(text) == []
    assert verdicts(text, "difference") == ["consistent"]
    slipped = text.replace(find, replace)
    assert [rule for rule, _ in flagged(slipped)] == ["CC304"]


@pytest.mark.parametrize(
    "text",
    [
        # a gap in percent of two percentages may be relative: never read
        "Approval stood at 44% among men and 36% among women, a gap of 18%.",
        # a third value of the kind before the gap: which two is unsaid
        "Sales were $12 billion in Asia, $9 billion in Europe and $4 billion in Africa, a gap"
        " of $5 billion.",
        # the gap is a share of a whole, not of the values before it
        "Revenue was $40 billion and spending $46 billion, a deficit of 3% of GDP.",
        # a clause between the second value and the gap
        "The first fund held $20 billion and the second $16 billion, and analysts expect a gap"
        " of $7 billion next year.",
        # points compared with no rate after them
        "Inflation eased to 2.9%, 0.4 points above what economists had forecast.",
        # another currency between
        "Revenue was 40 billion pesos and spending $3 billion, a gap of $1 billion.",
        # the two values before the balance are parts of the figure before them
        "Imports cost $148.8 billion, of which local firms paid $55.0 billion and foreign"
        " ones $93.8 billion, leaving a surplus of $8.0 billion.",
        "Imports cost $148.8 billion: local firms paid $55.0 billion and foreign ones $93.8"
        " billion, leaving a surplus of $8.0 billion.",
    ],
)
def test_look_alikes_relate_nothing(text: str) -> None:
    assert flagged(text) == []
    assert verdicts(text, "difference") == []


@settings(max_examples=40, deadline=None)
@given(
    first=st.integers(50, 900),
    second=st.integers(50, 900),
    off=st.one_of(st.just(0), st.integers(3, 40), st.integers(-40, -3)),
    above=st.booleans(),
)
def test_points_between_rates_are_flagged_only_when_they_miss(
    first: int, second: int, off: int, above: bool
) -> None:
    """Rates in hundredths of a percent, the stated gap in basis points."""
    if first == second or abs(first - second) + off <= 0:
        return
    high, low = max(first, second), min(first, second)
    gap = high - low + off
    assume(gap % 10)  # a round gap may be rounded
    stated, other = (high, low) if above else (low, high)
    side = "above" if above else "below"
    text = (
        f"The yield rose to {stated / 100:.2f}%, a mere {gap} basis points {side} the"
        f" {other / 100:.2f}% paid on bills."
    )
    expected = f"{gap} basis points"
    assert flagged(text) == ([] if off == 0 else [("CC304", expected)])


@settings(max_examples=40, deadline=None)
@given(
    first=st.integers(1_000, 90_000),
    second=st.integers(1_000, 90_000),
    off=st.one_of(st.just(0), st.integers(2, 500), st.integers(-500, -2)),
)
def test_a_gap_after_named_counts_is_flagged_only_when_it_misses(
    first: int, second: int, off: int
) -> None:
    assume(abs(first - second) >= 100 and first % 10 and second % 10)  # exact, not rounded
    gap = abs(first - second) + off
    assume(gap % 10)
    text = (
        f"The north counted {first:,} voters at the polls and the south {second:,} at theirs,"
        f" a difference of {gap:,}."
    )
    assert flagged(text) == ([] if off == 0 else [("CC304", f"{gap:,}")])


@pytest.mark.parametrize(
    ("text", "find", "replace", "balance"),
    [
        # the sides two sentences after the balance, a sentence without figures between
        (
            "The trade surplus reached 14.2 billion euros in May, the statistics office said."
            " Officials pointed to strong demand from Asia. Exports rose 3% to 120.5 billion"
            " euros and imports 1% to 106.3 billion euros.",
            "106.3 billion euros",
            "108.3 billion euros",
            "14.2 billion euros",
        ),
        # the sides two sentences before, one named by a verb
        (
            "Revenue came to C$48.1 billion, while the province spent C$51.6 billion. Both"
            " figures were records. That left a deficit of C$3.5 billion.",
            "C$48.1 billion",
            "C$41.8 billion",
            "C$3.5 billion",
        ),
        # the sides two sentences on, past one with figures of another kind
        (
            "Brazil's trade surplus narrowed to $4.1 billion in October. Soybean shipments fell"
            " 12%, the ministry said, and iron ore sales 8%. Exports came to $27.6 billion and"
            " imports to $23.5 billion.",
            "$4.1 billion",
            "$1.4 billion",
            "$1.4 billion",
        ),
        # purchases and sales abroad as the sides
        (
            "Korea ran a goods deficit of $2.3 billion in June. Its sales abroad rose to $54.1"
            " billion, while purchases from abroad rose to $56.4 billion.",
            "$56.4 billion",
            "$58.4 billion",
            "$2.3 billion",
        ),
        # imports in the next sentence, exports in the one after
        (
            "Peru's trade deficit shrank to $2.4 billion in April, the central bank said."
            " Imports reached $11.9 billion, 3 per cent less than a year earlier. Exports edged up"
            " to $9.5 billion.",
            "$9.5 billion",
            "$8.5 billion",
            "$2.4 billion",
        ),
        # a part of one side beside it, named by a qualified role word
        (
            "The goods surplus widened to 6.2 billion euros. Total exports rose 2% to 48.7"
            " billion euros, with machinery exports at 12.1 billion euros. Imports fell to"
            " 42.5 billion euros.",
            "42.5 billion euros",
            "45.2 billion euros",
            "6.2 billion euros",
        ),
        # both sides before the balance, one to a sentence
        (
            "Kenya's revenue came to Sh1.9 trillion. Spending reached Sh2.6 trillion. The"
            " budget deficit was Sh0.7 trillion.",
            "Sh2.6 trillion",
            "Sh2.9 trillion",
            "Sh0.7 trillion",
        ),
        # one side in the balance's sentence, the other in the nearest sentence naming one
        (
            "Korea's exports climbed 3% to $56.6 billion. Chip exports reached $11.7 billion,"
            " a record. Imports shrank to $52.3 billion, which left a surplus of $4.3 billion.",
            "$52.3 billion",
            "$53.2 billion",
            "$4.3 billion",
        ),
        # a side with its own parts listed after a breakdown cue
        (
            "Imports cost $148.8 billion, of which local firms paid $55.0 billion and foreign"
            " ones $93.8 billion, leaving a surplus of $8.0 billion. Exports came to $156.8"
            " billion.",
            "$156.8 billion",
            "$165.8 billion",
            "$8.0 billion",
        ),
        # both sides in one sentence with a part of one beside them
        (
            "Chile ran a trade surplus of $0.9 billion in August. Exports fell to $5.4"
            " billion, copper sales among them at $2.8 billion, and imports dropped to $4.5"
            " billion.",
            "$4.5 billion",
            "$4.8 billion",
            "$0.9 billion",
        ),
        # a hedge before the balance's noun states an estimate, not an expectation
        (
            "Vietnam ran an estimated trade surplus of $1.1 billion in May. Exports came to"
            " $33.6 billion and imports to $32.5 billion.",
            "$32.5 billion",
            "$35.2 billion",
            "$1.1 billion",
        ),
        # parts of a side pointing back to it with "of that"
        (
            "The trade surplus reached $1.1 billion. Exports came to $33.6 billion; local firms"
            " earned $9.7 billion of that and foreign ones the other $23.9 billion. Imports were"
            " $32.5 billion.",
            "$32.5 billion",
            "$35.2 billion",
            "$1.1 billion",
        ),
    ],
)
def test_a_balance_with_its_sides_in_the_nearest_sentence_naming_them(
    text: str, find: str, replace: str, balance: str
) -> None:
    assert flagged(text) == []
    assert verdicts(text, "difference") == ["consistent"]
    assert flagged(text.replace(find, replace)) == [("CC304", balance)]


@pytest.mark.parametrize(
    "text",
    [
        # a nearer sentence names one side only: which exports are meant is unsaid
        "The surplus was $4 billion. Exports of cars came to $9 billion, a record. Analysts"
        " were surprised. Exports were $30 billion and imports $25 billion.",
        # the sides come later, in another month
        "The surplus was $4 billion in May. Analysts were surprised. In June exports were $30"
        " billion and imports $25 billion.",
        # another balance in the balance's sentence
        "The goods surplus was $4 billion and the services deficit $2 billion. Officials"
        " said little. Exports were $30 billion and imports $25 billion.",
        # sides named with a word qualifying them are parts: "car exports", "oil imports"
        "Japan's trade deficit was 0.6 trillion yen in May. Officials blamed energy costs. Car"
        " exports rose to 1.5 trillion yen and oil imports to 2.9 trillion yen.",
        # a value of the kind that no role word names beside the sides
        "The surplus was $4 billion. Officials said little. Exports were $30 billion,"
        " investment $12 billion and imports $25 billion.",
        # a side qualified by a common word opening its sentence is a part of it
        "The trade deficit was $3 billion. Oil imports rose to $9 billion. Exports fell to"
        " $14 billion.",
        # a side named with what it is of is a part too
        "The trade deficit was $3 billion. Exports of cars fell to $14 billion. Imports rose"
        " to $9 billion.",
        # the sides on either hand of the balance may be of different times or places
        "Exports fell to $14 billion. The trade deficit was $3 billion. Imports rose to $9"
        " billion.",
        # a sentence between the two sides breaks the pair
        "The trade deficit was $3 billion. Imports rose to $9 billion. Analysts were"
        " surprised. Exports fell to $14 billion.",
        # a value of the kind that no role word names beside a side
        "The trade deficit was $3 billion. Imports rose to $9 billion, against $7 billion in"
        " the budget. Exports fell to $14 billion.",
        # one side in the balance's sentence, and a value no role word names beside the other
        "Imports fell to $52 billion, leaving a surplus of $4 billion. Exports rose to $56"
        " billion and investment to $9 billion.",
        # the other side qualified by a common word: a part, not the side
        "Imports fell to $52 billion, leaving a surplus of $4 billion. Officials were"
        " pleased. Car exports rose to $56 billion.",
        # after a side's breakdown cue, a value of the other role is a side of its own
        "The deficit was $2 billion. Exports were $30 billion: $20 billion of goods and"
        " imports of $10 billion, officials said, and then $22 billion of other imports.",
        # a balance someone expected is no balance of the sides stated
        "Analysts had expected a trade surplus of $2.1 billion in May. Exports came to $33.6"
        " billion and imports to $32.5 billion.",
    ],
)
def test_a_balance_without_one_nearest_pair_relates_nothing(text: str) -> None:
    assert flagged(text) == []
    assert verdicts(text, "difference") == []


@settings(max_examples=40, deadline=None)
@given(
    exports=st.integers(1_001, 9_999),
    imports=st.integers(1_001, 9_999),
    off=st.one_of(st.just(0), st.integers(3, 90), st.integers(-90, -3)),
    before=st.booleans(),
)
def test_a_balance_sentences_from_its_sides_is_flagged_only_when_it_misses_them(
    exports: int, imports: int, off: int, before: bool
) -> None:
    """Values in tenths of a billion rand; the balance named for its sign."""
    assume(abs(exports - imports) >= 10)
    size = abs(exports - imports) + off
    assume(size > 0 and size % 10)
    word = "surplus" if exports > imports else "deficit"
    sides = (
        f"Exports came to R{exports / 10:.1f} billion and imports to R{imports / 10:.1f} billion."
    )
    balance = f"The trade {word} was R{size / 10:.1f} billion"
    aside = "The figures were published on Tuesday."
    text = (
        f"{sides} {aside} {balance}, officials said."
        if before
        else f"{balance} in May. {aside} {sides}"
    )
    expected = [] if off == 0 else [("CC304", f"R{size / 10:.1f} billion")]
    assert flagged(text) == expected
