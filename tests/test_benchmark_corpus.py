"""The benchmark's generated corpus (benchmarks/corpus.py): the same seed gives the same
corpus, and half of it is written in the wordings of the real-copy corpus's development
documents (never a held-out one), with figures moved so that every relation still holds
and every seeded slip still breaks its relation."""

from __future__ import annotations

import random
import re
import sys
import tomllib
from datetime import date
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck

BENCHMARKS = Path(__file__).parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import corpus  # noqa: E402
from realcopy import forms  # noqa: E402

SPLITS = {
    path.stem: tomllib.loads(path.read_text(encoding="utf-8"))["split"]
    for path in (BENCHMARKS / "realcopy" / "docs").glob("*.toml")
}
FORMS = forms.load_forms()
BY_ID = {form.id: form for form in FORMS}
SIZE = 150_000

_FIGURE = re.compile(r"(\d+(?:,\d+)*(?:\.\d+)?)(\s?(?:trillion|billion|million)\b)?", re.IGNORECASE)
_SCALE = {"million": 6, "billion": 9, "trillion": 12}
_SIGNS = re.compile(r"[$€£]")


def _figures(text: str) -> list[tuple[Decimal, bool]]:
    """Each number of `text` as (value with its scale word, whether it reads as a year)."""
    found = []
    for match in _FIGURE.finditer(text):
        digits, scale = match.group(1), match.group(2)
        value = Decimal(digits.replace(",", ""))
        if scale:
            value = value.scaleb(_SCALE[scale.strip().lower()])
        found.append((value, scale is None and re.fullmatch(r"(19|20)\d\d", digits) is not None))
    return found


def _words(text: str) -> str:
    """The text without its numbers, scale words and dollar, euro and pound signs."""
    return _SIGNS.sub("", _FIGURE.sub("#", text))


def test_the_same_seed_gives_the_same_corpus() -> None:
    first = list(corpus.generate(SIZE, seed=3))
    again = list(corpus.generate(SIZE, seed=3))
    other = list(corpus.generate(SIZE, seed=4))
    assert [(a.name, a.text, a.seeded) for a in first] == [
        (a.name, a.text, a.seeded) for a in again
    ]
    assert [a.text for a in first] != [a.text for a in other]


def test_half_the_articles_use_many_dev_wordings_and_no_heldout_one() -> None:
    # about 45 articles in SIZE draw a real-copy wording: enough text for every dev form
    articles = list(corpus.generate(SIZE * (len(FORMS) // 40 + 1), seed=0))
    drawn = [a for a in articles if a.form != corpus.GENERATED]
    used = {a.form for a in drawn}
    assert 0.4 < len(drawn) / len(articles) < 0.6
    assert len(drawn) > len(FORMS) > 200
    assert used == set(BY_ID), "every dev document's wording is used before one is reused"
    assert {SPLITS[form] for form in used} == {"dev"}
    assert {form.document.split for form in FORMS} == {"dev"}
    assert len(FORMS) == sum(split == "dev" for split in SPLITS.values())


def test_a_share_of_zero_gives_only_generated_forms() -> None:
    articles = list(corpus.generate(SIZE, seed=0, realcopy_share=0))
    assert {a.form for a in articles} == {corpus.GENERATED}
    assert all(a.name.endswith(".txt") for a in articles)


def test_a_real_copy_article_keeps_its_document_wording_and_marks_its_figures() -> None:
    articles = list(corpus.generate(2 * SIZE, seed=1))
    drawn = [a for a in articles if a.form != corpus.GENERATED]
    for article in drawn:
        document = BY_ID[article.form].document
        if not article.errors:
            assert _words(document.text) in _words(article.text), article.name
        relations = {(r.kind, len(r.figures)) for r in document.relations}
        assert {(s.kind, len(s.spans)) for s in article.seeded} <= relations
        if document.date:
            assert article.name.endswith(".md") and article.text.startswith("---\ndate: ")


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(FORMS), st.integers(0, 2**32), st.data())
def test_figures_move_together_so_relations_and_slips_keep_their_arithmetic(
    form: forms.Form, seed: int, data: st.DataObject
) -> None:
    document = form.document
    slip = data.draw(st.sampled_from([None, *range(len(document.slips))]))
    original = document.text if slip is None else document.slipped(document.slips[slip])[0]
    passage = forms.fill(form, random.Random(seed), slip)
    assert _words(passage.text) == _words(original)
    pairs = list(zip(_figures(original), _figures(passage.text), strict=True))
    factors = {new / old for (old, is_year), (new, _) in pairs if new != old and not is_year}
    offsets = {new - old for (old, is_year), (new, _) in pairs if is_year and new != old}
    assert len(factors) <= 1 and all(f == Decimal(10) ** round(f.log10()) for f in factors)
    assert len(offsets) <= 1 and all(abs(offset) <= 3 for offset in offsets)
    for kind, spans in passage.relations:
        assert all(0 <= start < end <= len(passage.text) for start, end in spans), kind


def _verdicts(text: str, when: str, spans: tuple[tuple[int, int], ...]) -> tuple[list[str], bool]:
    """The rules claimcheck raises on `text`, and whether one overlaps `spans`."""
    findings = claimcheck.check(text, date=date.fromisoformat(when) if when else None)
    found = findings.documents[0].findings
    caught = any(f.start < end and start < f.end for f in found for start, end in spans)
    return sorted(f.rule for f in found), caught


def test_claimcheck_judges_a_filled_passage_as_it_judges_its_original() -> None:
    """New figures change no verdict: the same findings on every clean passage, and the
    same slips caught, so the benchmark's recall on these wordings is the real copy's."""
    for index, form in enumerate(FORMS):
        document = form.document
        rng = random.Random(index)
        for slip in [None, *range(len(document.slips))]:
            if slip is None:
                text, spans = document.text, ()
            else:
                text, found = document.slipped(document.slips[slip])
                spans = tuple(found)
            passage = forms.fill(form, rng, slip)
            moved = passage.relations[passage.slipped][1] if passage.slipped is not None else ()
            assert _verdicts(passage.text, passage.date, moved) == _verdicts(
                text, document.date, spans
            ), (form.id, slip, passage.text)
