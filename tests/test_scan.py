"""The fast whole-text scans find exactly what their patterns find, so extraction is unchanged."""

from __future__ import annotations

from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extract import (
    balances,
    breakdowns,
    changes,
    figures,
    lexicon,
    net_changes,
    per_capita,
    periods,
    proportions,
    restatements,
    totals,
)
from claimcheck.extract.scan import folded_starts

SCANS = {
    "changes": changes._ANCHORS,
    "periods": periods._PERIODS,
    "metrics": restatements.METRIC_WORDS,
    "figures": figures._FIGURES,
    "fractions": proportions._FRACTIONS,
}

# News phrasing, and the characters that case folding or word boundaries treat specially.
FRAGMENTS = [
    "Exports rose 9 percent to 3.1 billion euros in 2023, up from 2.6 billion",
    "Revenue edged  up to $1,234.5 million in the first half of 2024",
    "net profit fell by a third; sales were revised\nupwards in Q3 2023 and FY24",
    "The combined total, in all, was HK$10 billion (US$1.28 billion)",
    "a surplus of ₩1.4 trillion, or one in nine households, since March 2024",
    "twenty-five",
    "Half of 2024",
    "half a dozen",
    "two-thirds",
    "3 out of 4 firms",
    "An eighth",
    "One in\n5",
    "5five",
    "1999/2000",
    "mid-2024",
    "set up",
    "-4.5%",
    "−3",
    "http://x.com/5",
    "www.a5",
    "@x5",
    "ROSE",
    "Rıse",
    "ſales",
    "\u212a",
    "İ",
    "é",
    "’",
    "_",
    "元",
    "円",
    "R$5",
    "Rs. 5,000 crore",
    " ",
    "  ",
    "\n",
    ",",
    ".",
    "-",
    "(",
    ")",
]


@st.composite
def texts(draw: st.DrawFn) -> tuple[str, int, int | None]:
    parts = draw(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=12))
    text = "".join(parts)
    start = draw(st.integers(0, len(text)))
    end = draw(st.none() | st.integers(start, len(text)))
    return text, start, end


@pytest.fixture(autouse=True, scope="module")
def _past_warm_up() -> None:
    """Scans read short texts with their pattern alone at first; test their fast path."""
    for scan in SCANS.values():
        scan._plain = 10**9


@pytest.mark.parametrize("name", SCANS)
@given(case=texts())
def test_a_scan_finds_what_its_pattern_finds(name: str, case: tuple[str, int, int | None]) -> None:
    text, start, end = case
    scan = SCANS[name]
    stop = len(text) if end is None else end
    expected = [(m.span(), m.group()) for m in scan.pattern.finditer(text, start, stop)]
    assert [(m.span(), m.group()) for m in scan.finditer(text, start, end)] == expected


@given(case=texts())
def test_word_positions_match_a_case_insensitive_search(case: tuple[str, int, int | None]) -> None:
    text = case[0]
    for pattern in (totals.TOTAL_WORDS.pattern, balances.DIFFERENCE_WORDS.pattern):
        assert folded_starts(pattern, text) == [m.start() for m in pattern.finditer(text)]


KEYWORDS = {
    "population cues": per_capita._CUE,
    "breakdown cues": breakdowns.BREAKDOWN_CUES,
    "falls": net_changes.NEGATIVE_CONTRIBUTION,
}


@pytest.mark.parametrize("name", KEYWORDS)
@given(case=texts())
def test_cue_words_are_found_as_their_pattern_finds_them_and_searched_once_per_text(
    name: str, case: tuple[str, int, int | None]
) -> None:
    """Several readers ask where one text's cue words are: the text is searched once."""
    text = case[0] + " combined total: of which cut fell per capita each"
    keywords = KEYWORDS[name]
    expected = [m.start() for m in keywords.pattern.finditer(text)]
    assert keywords.positions(text) == expected
    with mock.patch.object(lexicon, "folded_starts", return_value=[]) as search:
        assert keywords.positions(text) == expected
    assert search.call_count == 0
