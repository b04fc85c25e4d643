"""Megatonnes ("31.9 Mt", pint's symbol for a million tonnes, as steel, cement and coal
copy writes them), and a total named by a word between "a" and "total" after its parts
("..., for a national total of 31.9 Mt")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readings import flagged, listed, unrounded

REGIONS = ("Minas Gerais", "Rio de Janeiro", "Espírito Santo", "São Paulo")
NAMES = ("national", "group", "regional", "combined")


def test_megatonnes_restated_in_million_tonnes_are_checked() -> None:
    assert flagged("Output reached 10.4 Mt (10.4 million tonnes).") == []
    assert flagged("Output reached 10.4 Mt (11.4 million tonnes).") == [
        ("CC401", "10.4 Mt (11.4 million tonnes)")
    ]


@settings(max_examples=40, deadline=None)
@given(
    parts=st.lists(unrounded(11, 989), min_size=2, max_size=4),
    name=st.sampled_from(NAMES),
    slip=st.integers(2, 9),
)
def test_parts_before_a_named_total_add_up_to_it(parts: list[int], name: str, slip: int) -> None:
    figures = [f"{region} {part / 10:.1f} Mt" for part, region in zip(parts, REGIONS, strict=False)]
    total = f"{sum(parts) / 10:.1f} Mt"
    clean = f"Crude steel output in 2023: {listed(figures)}, for a {name} total of {total}."
    assert flagged(clean) == []
    wrong = f"{(sum(parts) + slip * 10) / 10:.1f} Mt"
    assert flagged(clean.replace(f"total of {total}", f"total of {wrong}")) == [("CC303", wrong)]
