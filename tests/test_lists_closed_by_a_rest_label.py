"""A list whose last part is named as the rest of its total ("those to the rest of the
world", "and 6,500 elsewhere") is complete, even after a word that lists only some parts
("including"): its parts must add up to the total, not merely stay under it."""

from __future__ import annotations

import pytest

from readings import assert_caught, flagged


@pytest.mark.parametrize(
    ("clean", "find", "replace"),
    [
        (
            "Exports fell 5% to €131.2 billion and imports 12% to €110.8 billion. Exports to EU"
            " countries were worth €71.5 billion and those to the rest of the world €59.7"
            " billion.",
            "€59.7 billion",
            "€57.9 billion",
        ),
        (
            "The group employs 34,000 people, including 19,000 in Germany, 8,500 in France and"
            " 6,500 elsewhere.",
            "34,000",
            "41,000",
        ),
    ],
)
def test_a_list_closed_by_the_rest_adds_up(clean: str, find: str, replace: str) -> None:
    assert_caught(clean, clean.replace(find, replace), "CC303")


def test_a_list_after_including_without_a_rest_may_fall_short() -> None:
    text = (
        "The group employs 41,000 people, including 19,000 in Germany, 8,500 in France and"
        " 6,500 in Spain."
    )
    assert flagged(text) == []
