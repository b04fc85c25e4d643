"""A sentence may open by saying how much of the whole before it its part is ("The bulk of
that, €14.5bn or nearly 87%, ...", "Virtually all of that money — $5.55 billion, or 98.8%
— arrived ..."): the share is of the one figure of the part's kind in the sentence
before, as after "Of that,"."""

from __future__ import annotations

import pytest

from readings import assert_caught, flagged


@pytest.mark.parametrize(
    ("clean", "find", "replace"),
    [
        (
            "The Bundestag's budget committee approved €16.7bn for the health ministry in 2025."
            " The bulk of that, €14.5bn or nearly 87%, is the federal subsidy to the insurance"
            " funds.",
            "87%",
            "78%",
        ),
        (
            "Remittances slipped 1.7% in May from a year earlier to $5.62 billion, the central"
            " bank said. Virtually all of that money — $5.55 billion, or 98.8% — arrived through"
            " electronic transfers.",
            "98.8%",
            "89.8%",
        ),
        (
            "The council will spend £412 million next year. Most of that, £261 million or 63%, goes"
            " on adult social care.",
            "63%",
            "73%",
        ),
    ],
)
def test_a_share_after_a_quantified_opener(clean: str, find: str, replace: str) -> None:
    assert_caught(clean, clean.replace(find, replace), "CC201")


def test_an_opener_with_two_figures_before_it_points_to_neither() -> None:
    text = (
        "The council will spend £412 million on care and £96 million on roads next year. The"
        " bulk of that, £261 million or 73%, goes on adult social care."
    )
    assert flagged(text) == []
