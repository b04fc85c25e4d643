"""A wire story's dateline ("NAIROBI, May 4 (Reuters) - ") is a sentence of its own: what
follows it opens its sentence, as a total named first does ("Of the 1,240 schools ...")."""

from __future__ import annotations

import pytest

from claimcheck.document import Document
from readings import flagged


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("JAKARTA - Exports rose.", "JAKARTA - "),
        ("SEOUL, June 1 (Yonhap) -- Exports rose.", "SEOUL, June 1 (Yonhap) -- "),
        ("MEXICO CITY — Exports rose.", "MEXICO CITY — "),
        ("RIYADH/SINGAPORE — Exports rose.", "RIYADH/SINGAPORE — "),
    ],
)
def test_a_dateline_is_a_sentence_of_its_own(text: str, dateline: str) -> None:
    first, second = Document(text).sentences
    assert text[first.start : first.end] == dateline
    assert text[second.start : second.end] == "Exports rose."


@pytest.mark.parametrize("text", ["US - China trade fell.", "Exports - which rose - fell."])
def test_a_dash_after_a_short_or_lower_case_opening_is_no_dateline(text: str) -> None:
    assert len(Document(text).sentences) == 1


@pytest.mark.parametrize("dateline", ["", "NAIROBI - ", "NAIROBI, May 4 (Reuters) - "])
def test_a_total_opening_the_sentence_after_a_dateline_is_read(dateline: str) -> None:
    text = (
        f"{dateline}Of the 1,240 schools inspected this year, 713 were in towns and 618 in"
        " rural areas."
    )
    assert [rule for rule, _ in flagged(text)] == ["CC303"]
    assert flagged(text.replace("713", "613")) == []
