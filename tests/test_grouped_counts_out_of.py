"""A count written in groups of digits is read whole before "out of": "4,001 out of 4,012
(89.8%)" is a share of 4,012, never the fraction "001 out of 4"."""

from __future__ import annotations

from readings import assert_caught


def test_a_grouped_count_out_of_its_whole_is_a_share() -> None:
    clean = "By the deadline, 4,001 out of 4,012 (99.7%) had replied."
    assert_caught(clean, clean.replace("99.7%", "89.8%"), "CC201")
