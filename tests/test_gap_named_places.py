"""A gap set off after its two values ("..., a difference of 4.54 pesos") when the second
value is named by a place with its region ("in Hermosillo, Sonora,") or by a long name and
a year ("in the Basque Country in 2023"): a name counts as one word, a year as none."""

from __future__ import annotations

import pytest

from readings import assert_caught


@pytest.mark.parametrize(
    ("clean", "slipped"),
    [
        (
            "A kilo of tortillas cost an average of 23.87 pesos in the capital in November"
            " 2024, against 28.41 pesos in Hermosillo, Sonora, a difference of 4.54 pesos,"
            " according to the council.",
            "A kilo of tortillas cost an average of 23.87 pesos in the capital in November"
            " 2024, against 28.41 pesos in Hermosillo, Sonora, a difference of 5.54 pesos,"
            " according to the council.",
        ),
        (
            "Median rent was $1,386 in Austin against $1,712 in Dallas, Texas, a gap of $326.",
            "Median rent was $1,386 in Austin against $1,712 in Dallas, Texas, a gap of $362.",
        ),
        (
            "Public health spending per inhabitant ranged from €1,492 in Andalusia to €2,060"
            " in the Basque Country in 2023, a difference of €568, according to a report.",
            "Public health spending per inhabitant ranged from €1,492 in Andalusia to €2,060"
            " in the Basque Country in 2023, a difference of €658, according to a report.",
        ),
    ],
)
def test_a_gap_after_a_value_named_by_a_place_is_checked(clean: str, slipped: str) -> None:
    assert_caught(clean, slipped, "CC304")
