"""A capitalised number word inside a sentence is a name, no figure ("with Seven
contributing A$842 million", "the Formula One season"); at a sentence's start, after a
colon or a quotation mark it still counts ("Seven people died")."""

from __future__ import annotations

import claimcheck
from readings import assert_caught


def test_a_network_named_by_a_number_word_is_no_part_of_a_list() -> None:
    clean = (
        "SYDNEY — Seven and Foxtel will pay a combined A$1,453 million for the cricket rights,"
        " with Seven contributing A$842 million and Foxtel A$611 million, Cricket Australia"
        " said on Thursday."
    )
    assert_caught(clean, clean.replace("A$611 million", "A$661 million"), "CC303")


def test_a_number_word_opening_a_sentence_is_still_a_figure() -> None:
    report = claimcheck.check("The storm hit on Monday. Seven people died. He said: Two fled.")
    assert [claim.text for claim in report.claims] == ["Seven", "Two"]


def test_a_capitalised_number_word_inside_a_sentence_is_a_name() -> None:
    report = claimcheck.check("Revenue from the Formula One season and Channel Nine rose.")
    assert report.claims == []
