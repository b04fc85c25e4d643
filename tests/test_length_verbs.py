"""Lengths of time move by "lengthened" and "shortened" as other values rise and fall: the
word's direction is checked against the two values."""

from __future__ import annotations

import pytest

from readings import assert_caught


@pytest.mark.parametrize(
    ("text", "find", "replace"),
    [
        (
            "Average waits at the border shortened to 37 minutes in May from 52 minutes in"
            " April, the agency said.",
            "shortened",
            "lengthened",
        ),
        (
            "The median stay lengthened to 6.3 nights this summer from 5.8 nights a year earlier.",
            "lengthened",
            "shortened",
        ),
    ],
)
def test_a_length_moved_the_wrong_way_is_reported(text: str, find: str, replace: str) -> None:
    assert_caught(text, text.replace(find, replace, 1), "CC302")
