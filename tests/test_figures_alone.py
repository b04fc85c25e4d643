"""A text of figures with no word (a pasted table row, a line of percentages) states no
share, change or total: each of those is named by a word. Only a conversion ("€90 ($100)")
is read there, and every figure is kept."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

import claimcheck

# Claims a text with no word may hold: its conversions, and its figures kept as they are.
_WORDLESS_KINDS = {"figure", "amount", "conversion", "stated-rate"}

_TOKENS = st.sampled_from(
    [
        "12", "3.5", "1,200", "4,600", "45%", "3.1%", "50%", "100%", "0.5", "1/2", "½",
        "€1", "$2.5", "£40", "¥300", "₹5,000", "-5", "+25%", "−3%", "2024",
        "(", ")", "[", "]", "+", "=", "→", "-", "–", "—", "/", ":", ";", ",", "|", "±",
        ". ", "\n", "\n\n",
    ]
)  # fmt: skip


def test_a_line_of_figures_with_a_colon_and_a_dash_is_no_share() -> None:
    """Read as words would be ("₹5,000: €1, 45% of it"), the symbols alone once made a
    share of a rupee whole with a euro part."""
    report = claimcheck.check("$2.5 0.5 1/2 ₹5,000 : €1 - 45% 4,600 £40 ₹5,000 4,600")
    assert {claim.kind for claim in report.claims} <= _WORDLESS_KINDS
    assert not report.findings


def test_a_conversion_needs_no_word() -> None:
    report = claimcheck.check("€90 ($100) | €180 ($200)")
    assert [claim.kind for claim in report.claims] == ["conversion", "conversion"]


@settings(max_examples=300, deadline=None)
@given(st.lists(_TOKENS, min_size=2, max_size=30))
@example(["12", "½", ":", "12", "(", "45%"])  # "½" is a word character, but no letter
def test_figures_with_no_word_are_read_as_conversions_or_kept_as_figures(
    tokens: list[str],
) -> None:
    text = " ".join(tokens)
    report = claimcheck.check(text)
    assert {claim.kind for claim in report.claims} <= _WORDLESS_KINDS
    assert all(finding.rule.startswith("CC1") for finding in report.findings)
