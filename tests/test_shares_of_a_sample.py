"""Survey copy: a share of "the sample" or "respondents" is of the number surveyed, and the
people counted may say what they are between their count and its share ("1,151 said they
were certain to vote, or 57% of the sample")."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from readings import flagged, unrounded

WHOLES = ("the sample", "respondents", "the total")
VERBS = ("said they", "said that they", "reported that they")


@settings(max_examples=40, deadline=None)
@given(
    surveyed=unrounded(1001, 2999),
    share=st.integers(11, 89),
    whole=st.sampled_from(WHOLES),
    verb=st.sampled_from(VERBS),
    slip=st.integers(5, 10),
)
def test_a_share_of_the_people_surveyed_is_checked(
    surveyed: int, share: int, whole: str, verb: str, slip: int
) -> None:
    part = round(surveyed * share / 100)
    assume(abs(part / surveyed * 100 - share) < 0.4)  # the share is right to the percent
    text = (
        f"In a survey of {surveyed:,} adults, {part:,} {verb} were certain to vote, or {{}}%"
        f" of {whole}."
    )
    assert flagged(text.format(share)) == []
    slipped = text.format(share + slip)
    assert [rule for rule, _ in flagged(slipped)] == ["CC201"]
