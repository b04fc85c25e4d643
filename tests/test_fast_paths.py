"""The shortcuts that make figure-dense text cheap give what the long way gives.

Each reader's per-figure shortcut (an amount built without re-validating, a hedge read once
per place, a cheap test before a costly search) is checked against the long way on inputs
hypothesis makes, so that a report never depends on which way a figure was read.
"""

from __future__ import annotations

import re
import string

from hypothesis import example, given
from hypothesis import strategies as st

from claimcheck.extract import changes, figures
from claimcheck.extract.periods import MONTH_NAMES
from claimcheck.model.claims import Amount, Money, unvalidated_fields_set
from claimcheck.model.inventory import BareFigures
from claimcheck.period import Period

_FLOATS = st.floats(allow_nan=False)
_TEXTS = st.none() | st.text(max_size=8)
_PLACES = st.none() | st.integers(min_value=0, max_value=10**6)


@st.composite
def amount_fields(draw: st.DrawFn) -> dict[str, object]:
    """Fields a reader may pass for an amount, with ints and missing bounds among them."""
    fields: dict[str, object] = {"value": draw(_FLOATS | st.integers(-(10**6), 10**6))}
    optional = {
        "low": _FLOATS | st.integers(-5, 5),
        "high": _FLOATS,
        "multiplier": _FLOATS,
        "scale": _TEXTS,
        "digits": _TEXTS,
        "hedge": _TEXTS,
        "text": _TEXTS,
        "start": _PLACES,
        "end": _PLACES,
        "unit": st.sampled_from(["", "percent", "percentage_point", "mile"]),
    }
    for name, values in optional.items():
        if draw(st.booleans()):
            fields[name] = draw(values)
    return fields


@given(amount_fields())
def test_an_amount_made_from_a_readers_fields_is_the_amount_validation_makes(
    fields: dict[str, object],
) -> None:
    validated = Amount(**fields)  # type: ignore[arg-type]
    made = Amount.made(fields)
    assert made == validated
    assert made.model_dump_json() == validated.model_dump_json()
    assert made.model_fields_set == validated.model_fields_set
    assert list(made.__dict__) == list(validated.__dict__)
    assert repr(made) == repr(validated)


@given(
    amount_fields(),
    st.sampled_from(["USD", "usd", "EUR", "", "Hk$"]),
    st.lists(st.sampled_from(["USD", "EUR", "hkd"]), max_size=3).map(tuple),
)
def test_money_made_from_a_readers_fields_is_the_money_validation_makes(
    fields: dict[str, object], currency: str, candidates: tuple[str, ...]
) -> None:
    fields = {k: v for k, v in fields.items() if k != "unit"}
    fields |= {"currency": currency, "candidates": candidates}
    validated = Money(**fields)  # type: ignore[arg-type]
    for made in (Money.made(fields), Money.made(fields)):  # the first of a shape validates
        assert made == validated
        assert made.model_dump_json() == validated.model_dump_json()
        assert made.model_fields_set == validated.model_fields_set
        assert list(made.__dict__) == list(validated.__dict__)
        assert repr(made) == repr(validated)


_NEAR_HEDGES = st.lists(
    st.sampled_from(["about ", "more than ", "nearly ", "up to ", "over ", "spread ", "5 ", " "]),
    max_size=4,
).map("".join)


@given(_NEAR_HEDGES, _NEAR_HEDGES, st.integers(0, 40))
def test_a_hedge_read_again_or_in_another_text_is_the_hedge_there(
    first: str, second: str, pos: int
) -> None:
    """Hedges are kept by place for the text read last: never for another text."""
    one, other = first + "12%", second + "12%"
    for text in (one, other, one):
        at = min(pos, len(text))
        assert figures.read_hedge(text, at) == figures._read_hedge(text, at)
        assert figures.read_hedge(text, at) == figures._read_hedge(text, at)


_AFTER_GROUPS = st.text(
    alphabet=string.ascii_letters + string.digits + " \t\n.,;%$€£()-" + "éİıſK",
    max_size=14,
)


@given(_AFTER_GROUPS)
@example("-MN")  # a scale after a hyphen, as in "$169-million"
def test_no_scale_or_currency_word_follows_where_the_quick_test_says_none_may(after: str) -> None:
    text = "12 345" + after
    if not figures._word_may_follow(text, 6):
        scale = figures._SCALE_AFTER.match(text, 6)
        assert scale is None or not (scale["scale"] or scale["letter"] or scale["subunit"])
        assert figures._CURRENCY_WORD_AFTER.match(text, 6) is None


_BEFORE_WORDS = st.sampled_from(
    [*MONTH_NAMES, "No", "No.", "#", "rank", "Ranked", "place", "2024", "1999-", "2020/", "x", "5"]
)


@given(st.lists(_BEFORE_WORDS | st.text(" .-–/#\t", max_size=2), max_size=4).map("".join))
def test_a_date_before_a_figure_is_searched_for_wherever_one_may_end(before: str) -> None:
    before = before[-12:]
    if changes._DATE_BEFORE.search(before):
        assert before.rstrip()[-1:].lower() in changes._DATE_BEFORE_ENDS


def test_spaced_digit_groups_join_only_before_a_scale_or_currency_word_or_after_a_mark() -> None:
    def read(text: str) -> list[str]:
        return [figure.digits for figure in figures.find_figures(text)]

    assert read("rooms 101 102 103") == ["101", "102", "103"]
    assert read("12 500 euros") == ["12 500"]  # read as one number, kept as written
    assert read("R86 370 million") == ["86 370"]
    assert read("12 500 3") == ["12", "500", "3"]


def test_bare_figures_kept_as_records_are_the_claims_the_readers_made() -> None:
    periods = (Period.year(2024),)
    amounts = [
        Amount.made({"value": 1.0, "low": 0.5, "high": 1.5, "text": "1", "start": 0, "end": 1}),
        Amount(value=2.0, unit="percent", text="2", start=1, end=2),
    ]
    bare = BareFigures("12")
    for amount in amounts:
        assert bare.add(amount, periods)
    assert [bare.claim(i).amount for i in range(2)] == amounts  # type: ignore[attr-defined]
    assert all(bare.claim(i).periods == periods for i in range(2))


@given(amount_fields())
def test_a_figure_kept_from_its_amounts_fields_is_the_figure_kept_from_its_amount(
    fields: dict[str, object],
) -> None:
    """A plain count is kept as a record without its amount being made: the same record."""
    fields |= {"text": "12", "start": 6, "end": 8}
    amount = Amount.made(fields)  # the first amount of these fields is validated
    from_amount, from_fields = BareFigures("about 12 homes"), BareFigures("about 12 homes")
    kept = from_amount.add(amount, ())
    unvalidated = unvalidated_fields_set(Amount, fields) is not None  # made builds it unvalidated
    assert from_fields.add_amount_fields(fields, ()) == (kept and unvalidated)
    if len(from_fields):
        made = from_fields.claim(0)
        assert made == from_amount.claim(0)
        assert made.model_dump_json() == from_amount.claim(0).model_dump_json()
        assert made.amount.model_fields_set == amount.model_fields_set  # type: ignore[attr-defined]


@given(
    st.integers(0, 10**6),
    st.sampled_from(["12", "3", "3.25", "1,200", "twelve", "12 500", "1.5 billion", "2M"]),
    st.sampled_from(["", "about ", "more than ", "the "]),
    st.sampled_from([" homes", "", "%", " m"]),
)
def test_a_plain_figure_kept_from_its_own_fields_is_kept_as_from_its_amounts_fields(
    offset: int, written: str, before: str, after: str
) -> None:
    """A count with no hedge is kept from the figure's fields: the record its amount's
    fields (`stated_fields`) give. (The pipeline gives a hedged count's fields instead.)"""
    text = before + written + after
    for figure in figures.find_figures(text):
        if figures.read_hedge(text, figure.start) is not None:
            continue
        fields = figures.stated_fields(text, figure)
        Amount.made(fields)  # the first amount of these fields is validated
        whole = "x" * offset + text
        from_fields, from_figure = BareFigures(whole), BareFigures(whole)
        kept = from_fields.add_amount_fields(fields, (), offset)
        interval = figure.interval
        floats = (figure.value, interval.low, interval.high, figure.multiplier)
        place, spelled = (figure.start, figure.end), (figure.scale, figure.digits)
        plain = from_figure.add_plain(text, place, floats, spelled, (), offset)
        assert plain == kept
        if plain:
            assert from_figure.claim(0) == from_fields.claim(0)
            assert from_figure.claim(0).model_dump_json() == from_fields.claim(0).model_dump_json()
            assert from_figure.claim(0).amount.model_fields_set == (  # type: ignore[attr-defined]
                from_fields.claim(0).amount.model_fields_set  # type: ignore[attr-defined]
            )


def test_a_figure_made_through_its_slots_is_the_figure_its_class_makes() -> None:
    """`figures._figure` sets a frozen figure's slots directly: the same object, still
    frozen, equal and hashed alike."""
    import dataclasses
    from decimal import Decimal

    made = figures._figure(
        3, 8, Decimal("1.5"), Decimal("0.05"), "1.5", "bn", word=False, year=False
    )
    scaled, interval, multiplier = figures._scaled(Decimal("1.5"), Decimal("0.05"), "bn")
    built = figures.Figure(3, 8, scaled, interval, "1.5", "bn", multiplier, False, False)
    assert made == built and hash(made) == hash(built) and repr(made) == repr(built)
    assert all(
        getattr(made, field.name) is getattr(built, field.name)
        or getattr(made, field.name) == getattr(built, field.name)
        for field in dataclasses.fields(figures.Figure)
    )
    try:
        made.start = 0  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("a figure must stay frozen")


@given(
    st.sampled_from(["12%", "3.5 percent", "1,200 (40%)", "half", "20 percent"]),
    st.sampled_from([" ", "  ", "\n", " (", ", ", " - ", " or ", " of them, ", "% ", " "]),
    st.sampled_from(["12", "3.5%", "1,200", "$4 billion", "9 million"]),
    st.sampled_from(["", " of the 40 labs", " were shut.", ")"]),
)
def test_a_share_before_a_figure_is_read_as_the_long_way_reads_it(
    share: str, gap: str, after: str, tail: str
) -> None:
    """A share with a digit next skips the tests for a bracket, link or comma after it."""
    from unittest import mock

    import claimcheck
    from claimcheck.extract import shares

    text = f"Of the 3,000 homes, 1,200 were sold, {share}{gap}{after}{tail}"
    quick = [claim.model_dump_json() for claim in claimcheck.extract(text)]
    with mock.patch.object(shares, "_FIGURE_NEXT", re.compile(r"(?!)")):
        assert [claim.model_dump_json() for claim in claimcheck.extract(text)] == quick


@given(st.text(alphabet="0123456789.%pert c", max_size=12), st.sampled_from(["percent", ""]))
def test_a_percentage_ending_in_a_percent_sign_is_no_fraction(text: str, unit: str) -> None:
    from claimcheck.model import claims

    amount = Amount(value=1.0, unit=unit, text=text)
    written = claims._PERCENT_WRITTEN.search(text) is not None
    assert amount.is_fraction == (unit == "percent" and not written)


def _first_characters(items: list[tuple[object, object]]) -> tuple[set[int], bool] | None:
    """The characters a parsed pattern can start with, and whether it can match nothing;
    None when it can start with any (a class of a category, or an opcode not read here)."""
    found: set[int] = set()
    for op, arg in items:
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero-width: what follows starts the match
        if name == "LITERAL":
            return found | {arg}, False  # type: ignore[arg-type]
        if name == "IN":
            chars = set()
            for member, value in arg:  # type: ignore[attr-defined]
                if str(member) == "LITERAL":
                    chars.add(value)
                elif str(member) == "RANGE":
                    chars.update(range(value[0], value[1] + 1))
                else:
                    return None
            return found | chars, False
        if name == "SUBPATTERN":
            inner = _first_characters(arg[-1])  # type: ignore[index]
        elif name == "BRANCH":
            branches = [_first_characters(branch) for branch in arg[1]]  # type: ignore[index]
            if any(branch is None for branch in branches):
                return None
            inner = (
                set().union(*(b[0] for b in branches if b)),
                any(b[1] for b in branches if b),
            )
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _, body = arg  # type: ignore[misc]
            repeated = _first_characters(body)
            inner = None if repeated is None else (repeated[0], repeated[1] or low == 0)
        else:
            return None
        if inner is None:
            return None
        found |= inner[0]
        if not inner[1]:
            return found, False
    return found, True


def test_no_unit_starts_with_what_the_unit_reader_skips() -> None:
    """The unit reader skips a figure followed by a digit, space or punctuation: every
    written unit (any case) starts with something else."""
    import re
    from re import _parser  # type: ignore[attr-defined]

    from claimcheck.extract import measures
    from claimcheck.reference.units import UNITS, alternatives

    skipped = re.compile(measures._NO_UNIT_START)
    for unit in UNITS:
        read = _first_characters(list(_parser.parse(alternatives(unit), re.IGNORECASE)))
        assert read is not None and not read[1], unit.name
        for code in read[0]:
            for case in {chr(code), chr(code).lower(), chr(code).upper()}:
                assert not skipped.match(case), (unit.name, case)
