"""A wire story's dateline ("NAIROBI, May 4 (Reuters) - ") is a sentence of its own: what
follows it opens its sentence, as a total named first does ("Of the 1,240 schools ...")."""

from __future__ import annotations

import pytest

from readings import flagged


@pytest.mark.parametrize(
    "dateline",
    [
        "",
        "NAIROBI - ",
        "NAIROBI, May 4 (Reuters) - ",
        "SEOUL, June 1 (Yonhap) -- ",
        "MEXICO CITY — ",
        "RIYADH/SINGAPORE — ",
    ],
)
def test_a_total_opening_the_sentence_after_a_dateline_is_read(dateline: str) -> None:
    text = (
        f"{dateline}Of the 1,240 schools inspected this year, 713 were in towns and 618 in"
        " rural areas."
    )
    assert [rule for rule, _ in flagged(text)] == ["CC303"]
    assert flagged(text.replace("713", "613")) == []
