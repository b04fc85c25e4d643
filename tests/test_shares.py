"""Shares of a whole, fractions restated as percentages, and breakdowns (CC201-CC203)."""

from __future__ import annotations

import bisect

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.extract.figures import find_figures
from claimcheck.extract.proportions import find_proportions
from claimcheck.extract.shares import _reach
from claimcheck.judges.shares import nearest_fraction
from claimcheck.model.claims import (
    Amount,
    BreakdownClaim,
    FractionRestatementClaim,
    Money,
    ShareClaim,
)
from claimcheck.report import Finding
from claimcheck.rules.cc201_share_of_whole import ShareOfWhole
from claimcheck.rules.cc202_fraction_percent_mismatch import FractionPercentMismatch
from claimcheck.rules.cc203_shares_sum import SharesSum


def findings(text: str) -> list[Finding]:
    return claimcheck.check(text).findings


def flagged(text: str, rule: str, phrase: str) -> Finding:
    """The one finding of `rule`, which must overlap `phrase`; no other rule may fire."""
    found = findings(text)
    assert [f.rule for f in found] == [rule], [(f.rule, f.message) for f in found]
    start = text.index(phrase)
    assert found[0].start < start + len(phrase) and start < found[0].end
    return found[0]


def assert_clean(text: str) -> None:
    found = findings(text)
    assert found == [], [(f.rule, f.message) for f in found]


def shares(text: str) -> list[ShareClaim]:
    return [c for c in claimcheck.extract(text) if isinstance(c, ShareClaim)]


def breakdowns(text: str) -> list[BreakdownClaim]:
    return [c for c in claimcheck.extract(text) if isinstance(c, BreakdownClaim)]


# --- CC201 share-of-whole --------------------------------------------------------------

WRONG_SHARES = [
    # text, phrase the finding must overlap, suggested share
    (
        "Jiangsu's GDP of 13.7 trillion yuan was 15 percent of China's 134.9 trillion yuan"
        " economy in 2024.",
        "15 percent of China's 134.9 trillion yuan economy",
        "10.2 percent",
    ),
    (
        "CHENGDU - Sichuan's 6.5 trillion yuan economy was 8 percent of the national"
        " 126 trillion yuan, the statistics bureau said.",
        "8 percent of the national 126 trillion yuan",
        "5.2 percent",
    ),
    (
        "The province spent 830 million yuan on research last year, 8 percent of its"
        " 16.6 billion yuan budget.",
        "8 percent of its 16.6 billion yuan budget",
        "5 percent",
    ),
    (
        "The province spent 830 million yuan on research, 8 percent of the 16.6 billion.",
        "8 percent of the 16.6 billion",
        "5 percent",
    ),
    (
        "Exports of 2.5 trillion yuan accounted for 30 percent of the 12 trillion yuan total.",
        "30 percent of the 12 trillion yuan total",
        "20.8 percent",
    ),
    (
        "The 400 private hospitals make up 30 percent of the city's 2,000 hospitals.",
        "30 percent of the city's 2,000 hospitals",
        "20 percent",
    ),
    (
        "Its 2.1 trillion yuan of loans represented 60 percent of the bank's 5 trillion yuan"
        " in assets.",
        "60 percent of the bank's 5 trillion yuan",
        "42 percent",
    ),
    (
        "Guangdong exported 5.5 trillion yuan of goods, a 30 percent share of the national"
        " 25 trillion yuan total.",
        "30 percent share of the national 25 trillion yuan total",
        "22 percent",
    ),
    (
        "Total investment reached 120 billion yuan, of which 36 billion yuan, or 40 percent,"
        " went to chips.",
        "36 billion yuan, or 40 percent",
        "30 percent",
    ),
    (
        "Chip subsidies are 8 percent of the 16.6 billion yuan fund, or 830 million yuan.",
        "8 percent of the 16.6 billion yuan fund, or 830 million yuan",
        "5 percent",
    ),
    (
        "The company will cut 10 percent of its 5,000 jobs, or 800 positions, by March.",
        "10 percent of its 5,000 jobs, or 800",
        "16 percent",
    ),
    (
        "Of the 31 joint laboratories, 20 (60 percent) are in Guangdong.",
        "20 (60 percent)",
        "64.5 percent",
    ),
    (
        "The new zone covers 400 square kilometres, 2 percent of the city's 2,000 sq km.",
        "2 percent of the city's 2,000 sq km",
        "20 percent",
    ),
    (
        "The park covers 40 square miles, 10 percent of the city's 2,000 square kilometres.",
        "10 percent of the city's 2,000 square kilometres",
        "5.2 percent",
    ),
    (
        "Jiangsu's GDP rose 5.8 percent to 13.7 trillion yuan, 15 percent of China's"
        " 134.9 trillion yuan economy.",
        "15 percent of China's 134.9 trillion yuan economy",
        "10.2 percent",
    ),
    (
        "Tesla delivered 1.8 million cars in 2023, about 30 percent of the 9.5 million electric"
        " cars sold worldwide.",
        "about 30 percent of the 9.5 million",
        "18.9 percent",
    ),
    (
        "More than a third of the 31 labs, or 8, are in Guangdong.",
        "More than a third of the 31 labs, or 8",
        "25.8 percent",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "suggestion"), WRONG_SHARES)
def test_a_share_that_its_part_and_whole_contradict_is_flagged(
    text: str, phrase: str, suggestion: str
) -> None:
    finding = flagged(text, "CC201", phrase)
    assert finding.suggestion == suggestion
    assert f"= {suggestion.split()[0]}%, not" in finding.message


def test_the_message_gives_the_arithmetic() -> None:
    text = (
        "Jiangsu's GDP of 13.7 trillion yuan was 15 percent of China's 134.9 trillion yuan"
        " economy in 2024."
    )
    finding = flagged(text, "CC201", "15 percent")
    assert finding.message == "13.7 trillion CNY / 134.9 trillion CNY = 10.2%, not 15 percent"
    assert finding.arithmetic == "13.7 trillion CNY / 134.9 trillion CNY = 10.2%"


RIGHT_SHARES = [
    "Jiangsu's GDP of 13.7 trillion yuan was 10.2 percent of China's 134.9 trillion yuan"
    " economy in 2024, roughly a tenth.",
    "Sichuan's 6.5 trillion yuan economy was 5.2 percent of the national 126 trillion yuan.",
    "The province spent 830 million yuan on research, 5 percent of the 16.6 billion.",
    "Exports of 2.5 trillion yuan accounted for about 21 percent of the 12 trillion yuan total.",
    "The 400 private hospitals make up 20 percent of the city's 2,000 hospitals.",
    "Guangdong exported 5.5 trillion yuan of goods, a 22 percent share of the national"
    " 25 trillion yuan total.",
    "Total investment reached 120 billion yuan, of which 36 billion yuan, or 30 percent,"
    " went to chips.",
    "Chip subsidies are 5 percent of the 16.6 billion yuan fund, or 830 million yuan.",
    "Of the 31 joint laboratories, 20 (64.5 percent) are in Guangdong.",
    "The new zone covers 400 square kilometres, 20 percent of the city's 2,000 sq km.",
    "The park covers 40 square miles, 5 percent of the city's 2,000 square kilometres.",
    "The 80 million residents make up 6 percent of China's 1.4 billion people.",
    "Nearly 2 million visitors were 45 percent of the city's 4.5 million tourists.",
    "Tesla delivered 1.8 million cars in 2023, about 19 percent of the 9.5 million electric"
    " cars sold worldwide.",
    "More than a third of the 31 labs, or 12, are in Guangdong.",
    "Only 3 percent of the 200 applicants, or six people, were hired.",
]


@pytest.mark.parametrize("text", RIGHT_SHARES)
def test_a_share_its_part_and_whole_bear_out_is_consistent(text: str) -> None:
    assert_clean(text)
    report = claimcheck.check(text)
    judged = [v for c, v in report.judged() if isinstance(c, ShareClaim) and c.part and c.whole]
    assert [v.verdict for v in judged] == ["consistent"]


def test_a_share_names_what_it_is_of_even_with_no_part_or_whole() -> None:
    text = "The GBA, which represents less than 0.6 percent of China's total area, thrives."
    [share] = shares(text)
    assert share.of == "China's total area"
    assert share.share.value == 0.6 and share.share.hedge == "below"
    assert share.part is None and share.whole is None
    report = claimcheck.check(text)
    assert report.findings == []
    assert [v.verdict for c, v in report.judged() if c.kind == "share"] == [None]


@pytest.mark.parametrize(
    ("text", "of"),
    [
        ("Guangdong's share of national exports was 22 percent in 2024.", "national exports"),
        ("The delta produces a quarter of national output.", "national output"),
        ("Services made up 54 percent of the economy in 2024.", "the economy"),
        ("Of those polled, 60 percent said yes.", "those polled"),
        ("Tencent owns 30 percent of the company, worth $2 billion.", "the company"),
    ],
)
def test_the_of_phrase_is_what_the_text_says(text: str, of: str) -> None:
    assert [s.of for s in shares(text)] == [of]


@pytest.mark.parametrize(
    "text",
    [
        "Retail sales rose 9 percent in 2024.",
        "Exports were up 4 percent from a year earlier.",
        "China's economy grew 5.2 percent in 2023.",
        "The firm reported a 3 percent increase in sales.",
        "Exports rose 9 percent to 2.5 trillion yuan, up 4 percent of the total.",
        "Spending grew by 2 percent of GDP.",
        "Turnout was 62 percent, up from 58 percent in 2019.",
    ],
)
def test_a_growth_rate_is_never_a_share(text: str) -> None:
    assert shares(text) == []
    assert breakdowns(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the amount is in a subordinate clause or a comparison, not the share's subject
        "Guangdong, which invested 2 billion yuan, accounts for 15 percent of China's"
        " 134.9 trillion yuan economy.",
        "After selling 2 billion yuan of bonds, the firm holds 15 percent of the"
        " 134.9 trillion yuan market.",
        "Beijing, with 21.9 million residents, is home to 15 percent of China's 1.41 billion"
        " people.",
        "With 2 million visitors, the park drew 80 percent of the city's 4 million tourists.",
        # a count that is not the part: it names the districts, the share is of area
        "In 3 districts, farms make up 20 percent of the city's 2,000 square kilometres.",
    ],
)
def test_no_part_is_guessed_when_the_sentence_does_not_make_it_the_share(text: str) -> None:
    assert_clean(text)
    assert all(s.part is None for s in shares(text))


def test_part_and_whole_in_different_currencies_are_unverifiable_not_wrong() -> None:
    text = "The firm's $2 billion in sales was 5 percent of the 100 billion yuan market."
    report = claimcheck.check(text)
    assert report.findings == []
    [share] = [v for c, v in report.judged() if isinstance(c, ShareClaim)]
    assert share.verdict == "unverifiable"
    assert share.reason is not None and "different currencies" in share.reason


def test_a_share_built_by_hand_is_judged() -> None:
    claim = ShareClaim(
        share=Amount(value=15, low=14.5, high=15.5, unit="percent"),
        part=Money(value=13.7e12, low=13.65e12, high=13.75e12, currency="CNY"),
        whole=Money(value=134.9e12, low=134.85e12, high=134.95e12, currency="CNY"),
    )
    report = claimcheck.check_claims([claim])
    assert [f.rule for f in report.findings] == ["CC201"]
    assert report.findings[0].suggestion == "10.2 percent"
    fixed = claim.model_copy(update={"share": Amount(value=10.2, low=10.15, high=10.25)})
    assert claimcheck.check_claims([fixed]).findings == []


# --- CC202 fraction-percent-mismatch ---------------------------------------------------

WRONG_RESTATEMENTS = [
    (
        "The delta produces a quarter of national output, or about 35 percent, on 4 percent"
        " of the land.",
        "a quarter of national output, or about 35 percent",
        "25 percent",
    ),
    (
        "Guangdong ships a fifth of national exports, or 30 percent, the ministry said.",
        "a fifth of national exports, or 30 percent",
        "20 percent",
    ),
    ("The group holds 35 percent, or about a fifth, of the market.", "35 percent", "a third"),
    ("One in five residents, or 30 percent, are over 65.", "One in five residents", "20 percent"),
    ("China emits a third of global emissions (45 percent).", "a third", "33.3 percent"),
    ("Two-thirds of the budget, or 50 percent, goes to salaries.", "Two-thirds", "66.7 percent"),
    # the fraction closing the sentence after a comma restates the percentage
    ("The party took 52 percent of the vote, roughly a third.", "roughly a third", "a half"),
    # a fraction "in" a count may name what it counts before the closing comma
    (
        "About 9.8 percent of the workforce, roughly one in five workers, is out of a job.",
        "one in five",
        "a tenth",
    ),
    (
        "Some 41.3 percent of voters, or about one in five voters, stayed at home.",
        "one in five",
        "two-fifths",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "suggestion"), WRONG_RESTATEMENTS)
def test_a_fraction_restated_as_a_different_percentage_is_flagged(
    text: str, phrase: str, suggestion: str
) -> None:
    finding = flagged(text, "CC202", phrase)
    assert finding.suggestion == suggestion


def test_the_restatement_message_names_both_readings() -> None:
    text = "The delta produces a quarter of national output, or about 35 percent."
    finding = flagged(text, "CC202", "a quarter")
    assert finding.message.startswith("a quarter is 25% (22.5%–27.5% as a writer rounds it)")
    assert "35% is about a third" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Jiangsu's GDP of 13.7 trillion yuan was 10.2 percent of China's 134.9 trillion yuan"
        " economy in 2024, roughly a tenth.",
        "The GBA generates one-ninth, or 11 percent, of national output.",
        "The group holds 35 percent, or about a third, of the market.",
        "About one in five residents, or 20 percent, are over 65.",
        "China emits a third of global emissions (33 percent).",
        "Half of the budget, or 52 percent, goes to salaries.",
        # not restatements: a share of something else, a share within a share
        "The fund raised 30 percent of its target, roughly half from abroad.",
        "Guangdong has 30 percent of the labs, about a third of them private.",
        "Exports were 20 percent of output, or about a fifth.",
        "The party took 52 percent of the vote, just over half.",
        # a fraction sizing something else, not closing the sentence
        "Unemployment fell to 5.2 percent, half the rate of 2010.",
        # a rate with no "of" phrase: half of what it was, it may be
        "Unemployment fell to 5.2 percent in March, roughly half.",
        "About 9.8 percent of the workforce, roughly one in ten workers, is out of a job.",
        # a place of the fraction's own: another group
        "Some 41.3 percent of voters stayed at home, or about one in five in the north.",
    ],
)
def test_a_fraction_and_its_percentage_that_agree_are_clean(text: str) -> None:
    assert_clean(text)


def test_a_restatement_is_a_claim_of_its_own() -> None:
    text = "The GBA generates one-ninth, or 11 percent, of national output."
    [claim] = [c for c in claimcheck.extract(text) if isinstance(c, FractionRestatementClaim)]
    assert (claim.first.text, claim.second.text) == ("one-ninth", "11 percent")
    assert claim.text == "one-ninth, or 11 percent"


@pytest.mark.parametrize(
    ("percent", "fraction"),
    [(50, "a half"), (35, "a third"), (20, "a fifth"), (66.7, "two-thirds"), (11, "a ninth")],
)
def test_the_nearest_fraction_is_the_one_a_writer_would_use(percent: float, fraction: str) -> None:
    assert nearest_fraction(percent) == fraction


# --- CC203 shares-sum ------------------------------------------------------------------

WRONG_BREAKDOWNS = [
    (
        "Of the 31 joint laboratories, 60 percent are in Guangdong, 35 percent in Hong Kong"
        " and 15 percent in Macao.",
        "60 percent are in Guangdong, 35 percent in Hong Kong and 15 percent in Macao",
    ),
    (
        "Of the 107 firms, 52 percent are in Shenzhen, 31 in Guangzhou and 24 in Dongguan.",
        "52 percent are in Shenzhen, 31 in Guangzhou and 24 in Dongguan",
    ),
    (
        "Of the 120 billion yuan, 60 percent went to chips, 30 percent to AI and 20 percent"
        " to biotech.",
        "60 percent went to chips",
    ),
    (
        "The city has 31 labs, of which 60 percent are in Guangdong, 35 percent in Hong Kong"
        " and 15 percent in Macao.",
        "15 percent in Macao",
    ),
    (
        "About 60 percent of the labs are based in Guangdong, 35 percent in Hong Kong and"
        " 15 percent in Macao.",
        "35 percent in Hong Kong",
    ),
    (
        "Of the 31 labs, Guangdong hosts 60 percent, Hong Kong 35 percent and Macao 15 percent.",
        "Guangdong hosts 60 percent",
    ),
    (
        "The 120 billion yuan fund is split between chips (60 percent), AI (30 percent) and"
        " biotech (20 percent).",
        "chips (60 percent)",
    ),
    # complete lists short of 100%
    (
        "The fund is divided among Guangdong (50 percent), Hong Kong (30 percent) and Macao"
        " (10 percent).",
        "Macao (10 percent)",
    ),
    (
        "Of the labs, 50 percent are in Guangdong, 30 percent in Hong Kong and the remaining"
        " 10 percent in Macao.",
        "the remaining 10 percent in Macao",
    ),
    # an amount listed with its share that the whole contradicts
    (
        "Of the 31 laboratories, 20 (60 percent) are in Guangdong, 8 (26 percent) in Hong Kong"
        " and 3 (10 percent) in Macao.",
        "20 (60 percent)",
    ),
]


@pytest.mark.parametrize(("text", "phrase"), WRONG_BREAKDOWNS)
def test_shares_of_one_whole_that_cannot_add_up_are_flagged(text: str, phrase: str) -> None:
    flagged(text, "CC203", phrase)


def test_the_breakdown_message_gives_the_sum() -> None:
    text = (
        "Of the 31 joint laboratories, 60 percent are in Guangdong, 35 percent in Hong Kong"
        " and 15 percent in Macao."
    )
    finding = flagged(text, "CC203", "60 percent")
    assert finding.message == "60% + 35% + 15% = 110%, more than 100%"


def test_an_amount_listed_with_its_share_is_checked_against_the_whole() -> None:
    text = (
        "Of the 31 laboratories, 20 (60 percent) are in Guangdong, 8 (26 percent) in Hong Kong"
        " and 3 (10 percent) in Macao."
    )
    finding = flagged(text, "CC203", "20 (60 percent)")
    assert "20 / 31 = 64.5%, not 60 percent" in finding.message
    assert finding.suggestion == "64.5 percent"
    [breakdown] = breakdowns(text)
    assert [item.label for item in breakdown.items] == ["Guangdong", "Hong Kong", "Macao"]
    assert [item.part.value for item in breakdown.items if item.part] == [20, 8, 3]


@pytest.mark.parametrize(
    "text",
    [
        "Of the 31 joint laboratories, 52 percent are in Guangdong, 35 percent in Hong Kong"
        " and 13 percent in Macao.",
        "Of the 107 firms, 52 percent are in Shenzhen, 31 in Guangzhou and 17 in Dongguan.",
        # open lists may fall short of 100%
        "Of the labs, 50 percent are in Guangdong and 30 percent in Hong Kong.",
        "Of the labs, 60 percent are in Guangdong, 30 percent in Hong Kong and the rest in Macao.",
        "The fund is split between chips (60 percent), AI (30 percent) and the rest, cash.",
        "The fund is split between chips (60 percent), AI (30 percent) and biotech (10 percent).",
        # rounding: three thirds
        "Of the labs, 34 percent are in Guangdong, 33 percent in Hong Kong and 34 percent"
        " in Macao.",
        "Of the 31 laboratories, 20 (65 percent) are in Guangdong, 8 (26 percent) in Hong Kong"
        " and 3 (10 percent) in Macao.",
        # not breakdowns: shares of different wholes, growth rates, overlapping answers
        "Exports were 30 percent of output and imports 40 percent of demand.",
        "Exports accounted for 60 percent of GDP and imports 50 percent.",
        "The ministry put 60 percent of exports and 50 percent of imports under review.",
        "Inflation hit 60 percent in Argentina, 45 percent in Turkey and 30 percent in Nigeria.",
        "Of the regions, exports rose 60 percent in Guangdong, 45 percent in Hong Kong and"
        " 30 percent in Macao.",
        "Of the firms surveyed, 60 percent export to the US, 45 percent to Europe and 30 percent"
        " to Japan.",
        "Of those polled, 60 percent said yes and 45 percent said no.",
        "Of the 500 staff, 60 percent were in Shanghai in 2023 and 55 percent in 2024.",
    ],
)
def test_shares_that_can_add_up_or_are_not_of_one_whole_are_clean(text: str) -> None:
    assert_clean(text)


def test_a_complete_list_is_told_from_an_open_one() -> None:
    complete = "The fund is divided among Guangdong (50 percent) and Hong Kong (50 percent)."
    open_ended = (
        "Of the labs, 50 percent are in Guangdong, 30 percent in Hong Kong and the rest in Macao."
    )
    assert [b.complete for b in breakdowns(complete)] == [True]
    assert [b.complete for b in breakdowns(open_ended)] == [False]


# --- the rules' own examples -------------------------------------------------------------


@pytest.mark.parametrize("rule", [ShareOfWhole, FractionPercentMismatch, SharesSum])
def test_each_rule_flags_its_failing_example_and_passes_its_passing_one(rule: type) -> None:
    examples = rule.examples()
    for text in examples["Failing"]:
        assert [f.rule for f in findings(text)] == [rule.code]
    for text in examples["Passing"]:
        assert_clean(text)


# --- proportions read for these checks ---------------------------------------------------


def proportions(text: str) -> list[str]:
    return [p.text or "" for p in find_proportions(text, find_figures(text))]


def test_a_fraction_word_before_a_place_or_verb_is_a_fraction_not_an_ordinal() -> None:
    assert proportions("half in Guangdong, a third in Hong Kong and a quarter in Macao") == [
        "half",
        "a third",
        "a quarter",
    ]
    assert proportions("a fifth consecutive year, the third quarter, a third term") == []


def test_a_count_in_a_year_is_no_fraction() -> None:
    assert proportions("The chain opened 5 in 2024 and one in nine residents shop there.") == [
        "one in nine"
    ]


def test_fractions_are_told_from_percentages() -> None:
    found = find_proportions(
        "a quarter, 35 percent, 4%, one in five",
        find_figures("a quarter, 35 percent, 4%, one in five"),
    )
    assert [p.is_fraction for p in found] == [True, False, False, True]


# --- properties ------------------------------------------------------------------------

SHARE_TEMPLATES = [
    "Jiangsu's GDP of {part} trillion yuan was {share} percent of China's {whole} trillion yuan"
    " economy in 2024.",
    "Exports of {part} billion yuan accounted for {share} percent of the {whole} billion yuan"
    " total.",
    "The province spent {part} billion yuan on research, {share} percent of its {whole} billion"
    " yuan budget.",
    "Total investment reached {whole} billion yuan, of which {part} billion yuan, or {share}"
    " percent, went to chips.",
    "Chip subsidies are {share} percent of the {whole} billion yuan fund, or {part} billion yuan.",
    "The new zone covers {part} square kilometres, {share} percent of the city's {whole} sq km.",
]


@st.composite
def written_shares(draw: st.DrawFn) -> tuple[str, float, float, float]:
    """A true part and whole, rounded as a writer gives them, with the share they make."""
    whole = draw(st.integers(500, 9999)) / 10
    part = whole * draw(st.floats(0.05, 0.6))
    share = round(part / whole * 100, 1)
    return draw(st.sampled_from(SHARE_TEMPLATES)), round(part, 1), round(whole, 1), share


@settings(max_examples=60, deadline=None)
@given(written_shares())
def test_shares_rounded_as_a_writer_would_give_no_finding(
    case: tuple[str, float, float, float],
) -> None:
    template, part, whole, share = case
    text = template.format(part=part, whole=whole, share=share)
    assert_clean(text)
    judged = claimcheck.check(text).judged()
    assert [v.verdict for c, v in judged if c.kind == "share"] == ["consistent"]


@settings(max_examples=60, deadline=None)
@given(written_shares(), st.sampled_from([0.5, 0.7, 1.3, 1.5]))
def test_shares_perturbed_beyond_rounding_give_a_finding(
    case: tuple[str, float, float, float], factor: float
) -> None:
    template, part, whole, share = case
    text = template.format(part=part, whole=whole, share=round(share * factor, 1))
    assert [f.rule for f in findings(text)] == ["CC201"]


PLACES = ["Guangdong", "Hong Kong", "Macao", "Shenzhen", "Guangzhou", "Zhuhai", "Foshan"]


@st.composite
def partitions(draw: st.DrawFn) -> list[int]:
    """Shares of one whole, each rounded to a whole percent as a writer would."""
    weights = draw(st.lists(st.floats(0.05, 1.0), min_size=2, max_size=len(PLACES)))
    total = sum(weights)
    return [max(1, round(100 * w / total)) for w in weights]


def listing(shares: list[int], *, every: bool) -> str:
    items = [f"{share} percent in {place}" for share, place in zip(shares, PLACES, strict=False)]
    if not every:
        items[1:] = [item.replace(" percent", "") for item in items[1:]]
    items[0] = items[0].replace(" in ", " are in ")
    return ", ".join(items[:-1]) + " and " + items[-1]


@settings(max_examples=60, deadline=None)
@given(partitions(), st.booleans(), st.integers(20, 400))
def test_breakdowns_summing_to_100_percent_are_clean(
    shares: list[int], every: bool, labs: int
) -> None:
    text = f"Of the {labs} joint laboratories, {listing(shares, every=every)}."
    assert_clean(text)
    assert [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == "breakdown"] == [
        "consistent"
    ]
    split = ", ".join(
        f"{place} ({share} percent)" for share, place in zip(shares, PLACES, strict=False)
    )
    assert_clean(f"The 120 billion yuan fund is split between {split}.")


@settings(max_examples=40, deadline=None)
@given(partitions(), st.integers(10, 40))
def test_breakdowns_well_over_100_percent_are_flagged(shares: list[int], extra: int) -> None:
    shares = [shares[0] + extra, *shares[1:]]
    text = f"Of the 31 joint laboratories, {listing(shares, every=True)}."
    assert [f.rule for f in findings(text)] == ["CC203"]


@pytest.mark.parametrize(
    "text",
    [
        "BERLIN - Of its 320,000 staff, 45 percent work in Germany, 35 percent in France"
        " and 30 percent elsewhere.",
        "Of its 320,000 staff, 45 percent work in Germany, 35 percent in the rest of Europe"
        " and 30 percent abroad.",
    ],
)
def test_breakdowns_after_a_dateline_with_a_large_whole_and_an_elsewhere_item(text: str) -> None:
    (finding,) = claimcheck.check(text).findings
    assert finding.rule == "CC203"
    assert "110%" in finding.message


def test_a_breakdown_ending_elsewhere_that_sums_to_100_is_clean() -> None:
    text = (
        "Of its 320,000 staff, 45 percent work in Germany, 35 percent in the rest of Europe"
        " and 20 percent elsewhere."
    )
    assert claimcheck.check(text).findings == []


_SPANS = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda s: (s[0], s[0] + s[1])),
    max_size=8,
).map(sorted)


@given(_SPANS, st.integers(0, 70), st.integers(1, 12))
def test_a_figure_is_inside_an_amount_where_one_of_the_three_spans_before_it_overlaps(
    spans: list[tuple[int, int]], start: int, length: int
) -> None:
    """The reach of the spans tells whether a figure overlaps one of the three before it."""
    end = start + length
    index = bisect.bisect_left(spans, (end, end))
    expected = any(s < end and start < e for s, e in spans[max(0, index - 3) : index])
    assert (_reach(spans)[index] > start) == expected
