"""Changes in values written in glued pence ("204p") in a text that writes "£"."""

from __future__ import annotations

import pytest

import claimcheck


def flagged(text: str) -> list[tuple[str, str]]:
    """Each finding's rule and the text it points at."""
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


def rules(text: str) -> list[str]:
    return [f.rule for f in claimcheck.check(text).findings]


@pytest.mark.parametrize(
    ("text", "find", "replace", "rule"),
    [
        (
            "Shares in the grocer closed at 162p on Friday, down 8.5% from 177p, valuing it"
            " at £2.1bn.",
            "8.5%",
            "18.5%",
            "CC301",
        ),
        (
            "The interim dividend rises to 3.4p a share from 3.1p, the board said; group"
            " revenue was £640m.",
            "rises",
            "falls",
            "CC302",
        ),
        (
            "Diluted earnings were 22.8p, 6% lower on the 24.3p of a year earlier, as sales"
            " of £1.2bn slipped.",
            "24.3p",
            "42.3p",
            "CC301",
        ),
        (
            "Basic earnings per share fell 3% to 41.2p (2023: 42.5p) on revenue of £310m.",
            "42.5p",
            "45.2p",
            "CC301",
        ),
        (
            "After the bid worth £900m, the insurer's stock jumped from 96.5p to 131p.",
            "jumped",
            "slumped",
            "CC302",
        ),
    ],
)
def test_a_change_in_glued_pence_is_checked(text: str, find: str, replace: str, rule: str) -> None:
    assert flagged(text) == []
    assert rules(text.replace(find, replace)) == [rule]


@pytest.mark.parametrize(
    "text",
    [
        # no pound sign: a glued "p" is not read as pence
        "Shares fell to 162p on Friday, down 18.5% from 177p.",
        # a video format, not a price
        "A 1080p television now costs £199, down 12% from £226.",
        # a share of a pound is no value of the pound it is a share of
        "The NHS will receive 38p of every £1 the state spends by 2023, down from 43p in 2000.",
    ],
)
def test_no_finding_where_a_glued_p_is_no_price(text: str) -> None:
    assert flagged(text) == []
