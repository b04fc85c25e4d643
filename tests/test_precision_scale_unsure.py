"""A bare figure beside a scaled one shares its scale only when the two, as written, are
within ten times of each other: "from 2.6 to 3.1 billion euros" is 2.6 billion, but in
"rose from 900 to 1.2 million euros" neither 900 euros nor 900 million is clearly meant,
and a change read either way would be a false alarm or a guess."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readings import assert_caught, change_pairs, rules


def test_figures_far_apart_as_written_make_no_change() -> None:
    text = "Profit rose from 900 to 1.2 million euros in 2023."
    assert change_pairs(text) == []
    assert rules(text) == []


def test_figures_close_as_written_share_the_scale() -> None:
    clean = "Profit rose from 2.6 to 3.1 billion euros in 2023."
    assert change_pairs(clean) == [("2.6", "3.1 billion euros")]
    assert_caught(clean, clean.replace("rose", "fell"), "CC302")


def test_nought_needs_no_scale() -> None:
    text = "The surplus fell to 0 from 1.2 million euros in 2023."
    assert change_pairs(text) == [("1.2 million euros", "0")]
    assert rules(text) == []


@settings(max_examples=80, deadline=None)
@given(
    bare=st.integers(min_value=11, max_value=999),
    scaled=st.integers(min_value=11, max_value=99),
    scale=st.sampled_from(["million", "billion"]),
    verb=st.sampled_from(["rose", "fell", "climbed", "dropped"]),
    order=st.booleans(),
)
def test_no_finding_is_made_of_an_unsure_scale(
    bare: int, scaled: int, scale: str, verb: str, order: bool
) -> None:
    """Whatever the figures and the verb, a pair whose bare figure is more than ten times
    its partner's written number, or less than a tenth of it, is no finding; one within
    ten times is read at the shared scale."""
    written = scaled / 10
    pair = (
        f"from {bare} to {written} {scale} euros"
        if order
        else f"to {written} {scale} euros from {bare}"
    )
    text = f"Profit {verb} {pair} in 2023."
    within = written / 10 <= bare <= written * 10
    assert bool(change_pairs(text)) == within
    if not within:
        assert rules(text) == []
