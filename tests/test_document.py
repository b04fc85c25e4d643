"""Documents split into sentences and paragraphs and map offsets to lines and columns."""

from __future__ import annotations

from claimcheck.document import Document


def sentences(text: str) -> list[str]:
    document = Document(text)
    return [text[s.start : s.end] for s in document.sentences]


def test_sentences_end_at_stops_but_not_at_abbreviations_or_decimals() -> None:
    text = "Mr. Smith paid $4.5 billion. The U.S. economy grew 2.1 percent in Jan. 2024. Next!"
    assert sentences(text) == [
        "Mr. Smith paid $4.5 billion.",
        "The U.S. economy grew 2.1 percent in Jan. 2024.",
        "Next!",
    ]


def test_sentences_never_cross_a_line_break() -> None:
    assert sentences("Coordinated Regional Development\nRather than that, it grew.") == [
        "Coordinated Regional Development",
        "Rather than that, it grew.",
    ]


def test_paragraphs_are_separated_by_blank_lines_or_else_by_lines() -> None:
    text = "First para\ncontinues here.\n\nSecond para."
    document = Document(text)
    assert [text[p.start : p.end] for p in document.paragraphs] == [
        "First para\ncontinues here.",
        "Second para.",
    ]
    lines = Document("One.\nTwo.\nThree.")
    assert len(lines.paragraphs) == 3


def test_line_and_column_are_one_based() -> None:
    document = Document("ab\ncd\n\nef")
    assert document.line_column(0) == (1, 1)
    assert document.line_column(4) == (2, 2)
    assert document.line_column(7) == (4, 1)


def test_sentence_at_any_offset_contains_that_offset() -> None:
    text = "It rose. Then it fell sharply.\n\nA new paragraph."
    document = Document(text)
    for offset in range(len(text)):
        block = document.sentence_at(offset)
        assert block.start <= offset < block.end or text[offset].isspace()


def test_a_currency_mark_written_with_a_full_stop_ends_no_sentence() -> None:
    """ "Ps. 2,987.9 million", "Tk. 500 crore", "Gs. 40 billion": every currency mark the
    reference data spells with a full stop leaves the amount in its sentence."""
    from claimcheck.reference.currencies import DATA_SYMBOLS, SYMBOLS

    dotted = sorted(s for s in (*SYMBOLS, *DATA_SYMBOLS) if s.endswith(".") and s[0].isalpha())
    assert dotted
    for mark in dotted:
        text = f"Revenue rose to {mark} 2,987.9 million from {mark} 2,178.1 million."
        assert len(Document(text).sentences) == 1, mark
    # after an amount, such a mark may end its sentence
    assert sentences("A ticket costs 500 kr. The price rose.") == [
        "A ticket costs 500 kr.",
        "The price rose.",
    ]
