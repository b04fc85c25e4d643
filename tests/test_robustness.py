"""Every input gets an answer: no traceback, no hang, work linear in the size of the text."""

from __future__ import annotations

import gc
import json
import math
import re
import signal
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck import ClaimcheckError, ConfigError, Report
from claimcheck.cli import main
from claimcheck.config import ENV_PREFIX, KEYS, resolve
from claimcheck.extract.scan import WARM_UP
from claimcheck.sources import MAX_FILE_BYTES

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "articles" / "seed.txt"
WUHAN = "WUHAN - Hubei's GDP rose to 6 trillion yen ($834 billion) in 2024, the government said."


@pytest.fixture(autouse=True)
def no_hang(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail, rather than hang, if one test runs for more than a minute (or the seconds its
    `time_limit` mark gives: a test under tracemalloc runs a few times slower)."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return
    mark = request.node.get_closest_marker("time_limit")
    seconds = int(mark.args[0]) if mark else 60

    def stop(signum: int, frame: FrameType | None) -> None:
        raise TimeoutError(f"claimcheck took over {seconds} s: something is not linear")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    code = main(["check", "--output-format", "json", *args])
    out, err = capsys.readouterr()
    return code, json.loads(out), err


# Files


def test_empty_and_blank_files_are_checked_and_clean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, data in {
        "empty.txt": b"",
        "blank.md": b" \n\t\n",
        "bom.txt": b"\xef\xbb\xbf",
    }.items():
        (tmp_path / name).write_bytes(data)
    code, report, err = run(capsys, str(tmp_path))
    assert code == 0
    assert sorted(Path(d["path"]).name for d in report["documents"]) == [
        "blank.md",
        "bom.txt",
        "empty.txt",
    ]
    assert all(d["error"] is None and d["findings"] == [] for d in report["documents"])
    assert "0 findings in 0 of 3 documents" in err


def test_a_file_over_the_size_limit_is_named_and_the_rest_are_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    huge = tmp_path / "dump.txt"
    with huge.open("wb") as handle:  # sparse: 100 MB on paper, nothing on disk
        handle.truncate(100_000_000)
    code, report, err = run(capsys, str(huge), str(SEED))
    assert code == 2
    assert f"{huge}: 100.0 MB is over the {MAX_FILE_BYTES // 10**6} MB limit" in err
    assert "split it into articles" in err
    assert [len(d["findings"]) for d in report["documents"]] == [0, 2]


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_refused_rather_than_read_forever(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    pipe = tmp_path / "feed.txt"
    os.mkfifo(pipe)
    code, report, err = run(capsys, str(pipe), str(SEED))
    assert code == 2
    assert f"{pipe}: not a regular file" in err
    assert [len(d["findings"]) for d in report["documents"]] == [0, 2]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("Revenue of 5 million euros.".encode("utf-16-le"), "looks like a binary file"),
        ("Revenue of 5 million euros \u2014".encode()[:-1], "not valid UTF-8"),
        (b"\x00" * 10 + b"$5 million", "looks like a binary file"),
    ],
    ids=["utf-16-without-byte-order-mark", "truncated-utf-8", "nul-bytes"],
)
def test_undecodable_files_get_an_error_naming_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes, message: str
) -> None:
    story = tmp_path / "story.txt"
    story.write_bytes(data)
    code, report, err = run(capsys, str(story))
    assert code == 2
    assert f"{story}: {message}" in err
    assert report["documents"][0]["error"].startswith(f"{story}: {message}")


def test_a_folder_of_thousands_of_files_is_checked_in_full(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stories = [
        WUHAN,
        "LONDON - Revenue rose 4 percent to £800 million ($995 million) in 2023.",
        "The ministry did not respond to a request for comment.",
        "",
    ]
    for i in range(2000):
        sub = tmp_path / f"desk-{i % 10}"
        sub.mkdir(exist_ok=True)
        (sub / f"story-{i:04d}.txt").write_text(stories[i % 4], encoding="utf-8")
    code, report, _ = run(capsys, str(tmp_path))
    assert code == 1
    assert len(report["documents"]) == 2000
    assert sum(len(d["findings"]) for d in report["documents"]) == 500


# Text: work linear in its length

ADVERSARIAL = {
    "digits": "1234567890" * 50,
    "digit runs": "12345 " * 40,
    "commas": "1," * 200,
    "thousands": "1,000," * 60,
    "dots": "1.2.3.4.5." * 50,
    "minus signs": "-1 -2 -3 −4 " * 40,
    "parentheses": "(" * 200 + ")" * 200,
    "nested brackets": "(1 [2 (3 " * 40,
    "currency marks": "$€£¥₹" * 40,
    "amounts": "$1 " * 60,
    "conversions": "10 yuan ($1.4) " * 30,
    "agreeing conversions": "SHANGHAI - 10 billion yuan ($1.4 billion) and " * 20,
    "full-width digits": "１２３，４５６ " * 40,
    "arabic-indic digits": "١٢٣٤٥ " * 40,
    "no-break spaces": "1\u00a0000\u00a0000 " * 40,
    "percentages": "5% " * 60,
    "fractions and percentages": "a quarter and 25 percent, " * 30,
    "hedges": "about more than nearly " * 40,
    "years": "in 2024 " * 60,
    "shares": "A 30 percent, B 20 percent and C 50 percent of 10 billion yuan; " * 10,
    "changes": "rose 5 percent to 10 billion yuan from 9 billion yuan. " * 10,
    "pairs past words": "raised its rate in four steps from 3% to 5%, " * 10,
    "records": "6.2%, its highest since 2008, when it was 6.7%, and " * 10,
    "changes in part": "$5.1bn, 4% above the $4.9bn, after cutting it by 2% to $4.8bn, "
    "having held it at $4.9bn, " * 10,
    "bases": "adjusted profit rose 5% to $3bn from $2.9bn, and sales rose 2% to $9bn from "
    "$8.8bn, " * 10,
    "sum cues": "profit of $5bn came from $7bn of sales, less $2bn of losses and a $1bn "
    "write-down, plus $1bn, " * 10,
    "balances": "exports of $9 billion and imports of $7 billion, a surplus of $2 billion; " * 10,
    "totals": "12 billion, 8 billion and 5 billion yuan, a combined 25 billion yuan. " * 10,
    "areas": "150 square kilometres (58 square miles). " * 15,
    "number words": "one two three four five six seven eight nine ten " * 20,
    "currency names": "dollar yuan yen euro rupee " * 30,
    "stated rates": "($1 = 7.15 yuan) " * 30,
}


def python_calls(action: Callable[[], object]) -> int:
    """How many Python and C functions `action` calls: a measure of work, unlike time.

    Regex matching inside the C engine is not counted; a catastrophic pattern would hang,
    and the `no_hang` guard fails the test instead.
    """
    count = 0

    def profile(frame: FrameType, event: str, arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    gc.collect()  # garbage of earlier tests is not this action's work: collected before,
    gc.disable()  # and no collection (with its finalizers' calls) falls inside the count
    sys.setprofile(profile)
    try:
        action()
    finally:
        sys.setprofile(None)
        gc.enable()
    return count


@pytest.mark.parametrize("unit", list(ADVERSARIAL.values()), ids=list(ADVERSARIAL))
def test_doubling_adversarial_text_at_most_doubles_the_work(unit: str) -> None:
    # rates, rules and lookups loaded once, before counting; and enough text read first
    # that a pattern compiled once `WARM_UP` characters have been searched
    # (`lexicon.Starts`) is compiled before counting, whichever tests ran before
    claimcheck.check(unit * max(8, WARM_UP // len(unit) + 1))
    once = python_calls(lambda: claimcheck.check(unit * 4).to_json())
    twice = python_calls(lambda: claimcheck.check(unit * 8).to_json())
    assert twice <= 2.5 * once


def test_a_long_sentence_of_balances_takes_work_linear_in_its_length() -> None:
    """Each balance of a sentence looks for its sides only near it (`balances._NEAR`), and
    only as far as the other balances next to it; the sentence's other balances and its
    clauses are found once: a sentence of hundreds of balances costs each balance its
    neighbourhood, not the whole."""
    unit = "a surplus of $4 billion, its 9th in a row and up from $3 billion; "
    claimcheck.check(unit)
    once = python_calls(lambda: claimcheck.check(unit * 80).to_json())
    twice = python_calls(lambda: claimcheck.check(unit * 160).to_json())
    assert twice <= 2.2 * once


def test_the_full_report_takes_work_linear_in_the_number_of_findings() -> None:
    from claimcheck.output import render

    def work(copies: int) -> int:
        report = claimcheck.check("\n".join([WUHAN] * copies))
        assert len(report.findings) == copies
        return python_calls(lambda: render(report, "full"))

    assert work(400) <= 2.5 * work(200)


# Memory: proportional to the text, with a small constant

REPORTING = [
    "Turnout in district {n} was {p:.1f} percent, against {q}% in 2019.",
    "SHANGHAI - The port handled {n} million tonnes worth {b} billion yuan (${c:.1f} billion).",
    "Exports rose {q} percent to {b} billion euros in 2024 from {c:.1f} billion euros a year ago.",
    "Of the {n} staff, {q} percent work abroad and a quarter work from home.",
    "The scheme covers {n} square kilometres (about {q} square miles) around the city.",
    "The minister did not answer questions about the budget on Tuesday.",
]


def reporting(size: int) -> str:
    """News-like text of about `size` characters: many figures, paragraphs of a few lines."""
    import random

    rng = random.Random(12)
    lines: list[str] = []
    written = 0
    while written < size:
        line = rng.choice(REPORTING).format(
            n=rng.randint(2, 900),
            p=rng.uniform(20, 90),
            q=rng.randint(2, 60),
            b=rng.randint(10, 900),
            c=rng.uniform(1, 120),
        )
        lines.append(line + ("\n\n" if rng.random() < 0.3 else " "))
        written += len(lines[-1])
    return "".join(lines)


@pytest.mark.time_limit(240)
def test_a_few_megabytes_are_checked_in_under_100_bytes_of_memory_per_byte() -> None:
    import tracemalloc

    text = reporting(1_500_000)
    claimcheck.check(text[:20_000])  # rates, rules and patterns loaded before measuring
    tracemalloc.start()
    try:
        report = claimcheck.check(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(report.claims) > len(text) / 100  # every figure was read and kept
    assert peak / len(text) < 100


@pytest.mark.parametrize("figure", ["1 ", "5% "])
def test_a_text_of_nothing_but_figures_takes_under_a_kilobyte_a_figure(figure: str) -> None:
    """The densest texts there are, a figure every two or three bytes: each figure is kept
    (as a claim and its amount), so memory is bounded per figure rather than per byte."""
    import tracemalloc

    text = figure * 20_000
    claimcheck.check(text[:2_000])  # rates, rules and patterns loaded before measuring
    tracemalloc.start()
    try:
        report = claimcheck.check(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(report.claims) == 20_000
    assert peak / len(report.claims) < 1_100


def figure_dense(size: int) -> tuple[str, int]:
    """Text of about `size` characters made of figures and little else, in four forms a
    newsroom's files take (a line of percentages with no sentence end, counts, amounts of
    money, a table of numbers), with how many figures it states outside the table."""
    import random

    rng = random.Random(7)
    quarter = size // 4
    percentages = [f"{rng.randint(1, 99)}.{rng.randint(0, 9)}%" for _ in range(quarter // 6)]
    counts = [str(rng.randint(1, 999)) for _ in range(quarter // 4)]
    money = [f"${rng.randint(1, 999)} million." for _ in range(quarter // 14)]
    table = "\n".join(
        ",".join(str(rng.randint(1, 9999)) for _ in range(8)) for _ in range(quarter // 36)
    )
    text = "\n\n".join([" ".join(percentages), " ".join(counts), " ".join(money), table])
    return text, len(percentages) + len(counts) + len(money)


@pytest.mark.time_limit(300)
def test_a_few_megabytes_of_nothing_but_figures_take_under_100_bytes_of_memory_per_byte() -> None:
    """Every bare figure is kept for the inventory, as a compact record, and a long text is
    read a part at a time: memory is proportional to the text, with a small constant."""
    import tracemalloc

    text, stated = figure_dense(2_000_000)
    claimcheck.check(text[:20_000])  # rates, rules and patterns loaded before measuring
    tracemalloc.start()
    try:
        report = claimcheck.check(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak / len(text) < 100
    assert report.documents[0].coverage.figures >= stated  # every figure was read and kept
    assert len(report.claims) == report.documents[0].coverage.figures


@pytest.mark.time_limit(300)
@pytest.mark.parametrize("form", range(4))
def test_figure_dense_text_twice_as_long_takes_twice_the_work(form: int) -> None:
    """No per-figure step scans over the figures around it: the Python calls a check of
    each figure-dense form makes grow in proportion to its length (work, not wall time)."""
    import cProfile
    import pstats

    def calls(size: int) -> int:
        text = figure_dense(size)[0].split("\n\n")[form]
        profiler = cProfile.Profile()
        profiler.runcall(claimcheck.check, text)
        return int(pstats.Stats(profiler).total_calls)  # type: ignore[attr-defined]

    claimcheck.check(figure_dense(20_000)[0])  # rates, rules and patterns loaded before
    # Each form over 64 K characters in both, so that both are read in parts.
    assert calls(2 * 280_000) < 2.2 * calls(280_000)


@pytest.mark.parametrize("form", range(2))
def test_a_text_of_figures_alone_is_not_read_for_relations_stated_in_words(form: int) -> None:
    """A line of percentages or counts has no word: the per-capita reader, whose every
    figure is named by one ("per person", "each"), is not run over it; a story is."""
    from unittest import mock

    from claimcheck.extract import per_capita

    figures = figure_dense(40_000)[0].split("\n\n")[form]
    story = "The 420 schools received $1.26 billion, an average of $3 million each."
    with mock.patch.object(per_capita, "_CUE", wraps=per_capita._CUE) as cues:
        claimcheck.check(figures)
        assert cues.positions.call_count == 0
        assert claimcheck.check(story).claims
        assert cues.positions.call_count > 0


def test_checking_leaves_pint_working_with_dask_arrays() -> None:
    """A notebook that checks a story and then computes with pint quantities of dask arrays
    gets pint as it would without claimcheck: loading pint is never made to skip dask."""
    import subprocess

    pytest.importorskip("dask.array")
    script = (
        "import claimcheck\n"
        "report = claimcheck.check('The lake covers 150 square kilometres (58 square miles).')\n"
        "assert report.claims, 'no unit was converted'\n"
        "import dask.array, pint\n"
        "print((pint.Quantity(dask.array.ones(3), 'm') * 2).compute().magnitude.sum())\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "6.0"


def test_a_long_text_read_in_parts_gives_the_report_of_reading_it_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Parts end where paragraphs do, and relations never cross a paragraph: reading a text
    in parts of a few paragraphs changes no claim, verdict, finding or coverage."""
    from claimcheck.extract import pipeline

    text = reporting(60_000)
    whole = claimcheck.check(text)
    monkeypatch.setattr(pipeline, "_BLOCK", 2_000)
    in_parts = claimcheck.check(text)
    assert whole.findings and len(whole.claims) > 500
    assert in_parts.to_json() == whole.to_json()


def test_a_single_line_of_figures_is_cut_into_parts_between_figures(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from claimcheck.extract import pipeline

    text = " ".join(f"{n % 97}%" for n in range(5_000))  # one line, no sentence end
    monkeypatch.setattr(pipeline, "_BLOCK", 1_000)
    report = claimcheck.check(text)
    assert [claim.text for claim in report.claims] == text.split(" ")


def test_bare_figures_read_back_as_the_claims_they_are() -> None:
    """Kept as records, bare figures still read as claims: by index, slice and iteration
    alike, in text order among the related claims, and through a JSON round trip."""
    text = WUHAN + " Some 12 firms, 5% of them foreign, paid $3 million. " * 3
    report = claimcheck.check(text)
    claims = report.documents[0].claims
    listed = list(claims)
    assert [claims[i] for i in range(len(claims))] == listed == claims[:]
    assert claims[-1] == listed[-1] and claims[1:3] == listed[1:3]
    assert [c.start for c in listed] == sorted(c.start or 0 for c in listed)
    assert {c.kind for c in listed} >= {"conversion", "figure", "amount"}
    assert Report.model_validate_json(report.to_json()).to_json() == report.to_json()


# Numbers at the edges


@pytest.mark.parametrize(
    "text",
    [
        "The deficit hit $999,999,999,999,999 trillion in 2024.",
        "Prices rose 5,000,000,000,000,000,000 percent.",
        "It costs $0.0000000000000001 trillion.",
        "Emissions fell to 0.000000000001 tonnes (0 pounds).",
        "It paid 0 yuan ($0) and 0 percent of 0 dollars in 2024.",
        "SHANGHAI - The firm lost -5 billion yuan (-$700 million) in 2024.",
        "SHANGHAI - It cost 10 billion yuan (less than $1 billion) in 2024.",
        "A total of $0, $0 and $0, a combined $0.",
        "Net profit fell 100 percent to 0 euros in 2024 from 5 billion euros in 2023.",
        "Sales grew 0 percent to 5 billion euros in 2024 from 5 billion euros in 2023.",
        "Sales rose 50 percent to 3 billion euros in 2024 from 0 euros in 2023.",
        "It covers 0 square kilometres (0 square miles).",
        "It was -40 degrees Celsius (-40 degrees Fahrenheit).",
        "Of the 0 staff, 0 percent are in Guangdong.",
        "($1 = 0 yuan) It cost 10 yuan ($1.40).",
    ],
)
def test_huge_tiny_zero_and_negative_figures_raise_no_false_alarm(text: str) -> None:
    report = claimcheck.check(text)
    assert report.findings == []
    assert Report.model_validate_json(report.to_json()).model_dump() == report.model_dump()


# Fuzzing the whole pipeline

FRAGMENTS = [
    *("$", "US$", "HK$", "€", "£", "¥", "₹", "Rs ", "RMB", "₩", "R$", "Rp", "CHF ", "kr"),
    *(" yuan", " yen", " won", " euros", " dollars", " rupees", " JPY", " USD", " CNY"),
    *(" million", " billion", " trillion", "bn", "m", " crore", " lakh", " thousand"),
    *(" percent", "%", " per cent", " percentage points", " basis points"),
    *("a quarter", "half", "one-ninth", "two-thirds", "one in five", "three out of four"),
    *("about ", "more than ", "nearly ", "up to ", "some ", "at least ", "under "),
    *("(", ")", "[", "]", ", ", ". ", " ", "\n", "\n\n", "-", "—", "/", " or ", " and "),
    *(" rose ", " fell ", " to ", " from ", " by ", " of ", " was ", " a combined ", " total "),
    *(" in 2023", " in 2024", " in Q3 2024", " in fiscal 2025", " in March 2024"),
    *("WUHAN - ", "SEOUL, March 3, 2024 (Reuters) - ", "TOKYO — ", "Hong Kong", "China"),
    *(" square kilometres", " square miles", " km²", " acres", " hectares", " mu", " tons"),
    *("($1 = 7.15 yuan)", "at 145 yen to the dollar", "$1 = ", " to the dollar"),
    *("\u00a0", "\u2009", "１２３", "٣", "½", "<!-- claimcheck: ignore -->", "**", "# "),
    *("# Title\n", "<b>", "</b>", "&amp;", "`code`", "http://x.org/1.5"),
]
numbers = st.one_of(
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
    st.integers(min_value=0, max_value=10**12).map(lambda n: f"{n:,}"),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15).map(
        lambda x: f"{x:.{abs(hash(x)) % 6}f}"
    ),
    st.sampled_from(["0", "0.0", "1", "1.6", "12,48,730.55", "3.", ".5", "1e9", "007"]),
)
texts = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), numbers, st.text(max_size=4)), max_size=50
).map("".join)


def _assert_well_formed(text: str, report: Report) -> None:
    (document,) = report.documents
    for claim in document.claims:
        assert claim.start is None or 0 <= claim.start <= (claim.end or 0) <= len(text)
    for finding in document.findings:
        assert 0 <= finding.start <= finding.end <= len(text)
        assert finding.line == text.count("\n", 0, finding.start) + 1
        assert finding.column == finding.start - (text.rfind("\n", 0, finding.start) + 1) + 1
    again = Report.model_validate_json(report.to_json())
    assert again.model_dump() == report.model_dump()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.one_of(st.none(), st.dates(date(2000, 1, 1), date(2030, 12, 31))))
def test_any_text_gets_a_well_formed_report(text: str, when: date | None) -> None:
    _assert_well_formed(text, claimcheck.check(text, date=when))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_any_unicode_text_gets_a_well_formed_report(text: str) -> None:
    _assert_well_formed(text, claimcheck.check(text))


@settings(max_examples=100, deadline=None)
@given(texts, st.sampled_from(["story.txt", "story.md", "story.html"]))
@example("at least 1-1.00-0 a combined ", "story.txt")  # an unbounded quotient's decimals
def test_any_file_of_any_kind_gets_a_report_or_an_error(text: str, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_text(text, encoding="utf-8")
        (report,) = claimcheck.check_many([path])
    (document,) = report.documents
    if "\x00" in text:
        assert (
            document.error
            == f"{path}: looks like a binary file; pass a text, Markdown or HTML file"
        )
        return
    assert document.error is None
    for finding in document.findings:
        assert 0 <= finding.start <= finding.end <= len(text)


# Fuzzing the configuration loader


def _toml(value: Any) -> str:
    """A TOML literal for a generated value (TOML's basic strings take JSON escapes)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return "nan" if math.isnan(value) else ("inf" if value == math.inf else repr(value))
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return json.dumps(value)
    return str(value)


scalars = st.one_of(
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(),
    st.text(max_size=20),
    st.sampled_from(["CC102", "cc1", "currency-mislabel", "*.md", "2024-05-03", "0.05", "nope"]),
    st.dates(),
)
values = st.one_of(scalars, st.lists(scalars, max_size=4))
keys = st.one_of(st.sampled_from(KEYS), st.from_regex(r"[a-z_]{1,12}", fullmatch=True))


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(keys, values, max_size=5), st.booleans())
def test_any_config_file_gives_settings_or_a_config_error(
    table: dict[str, Any], in_pyproject: bool
) -> None:
    lines = [f"{key} = {_toml(value)}" for key, value in table.items()]
    text = ("[tool.claimcheck]\n" if in_pyproject else "") + "\n".join(lines) + "\n"
    name = "pyproject.toml" if in_pyproject else "claimcheck.toml"
    _resolve_quietly(lambda folder: (folder / name).write_text(text, encoding="utf-8"))


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_as_a_config_file_give_settings_or_a_config_error(data: bytes) -> None:
    _resolve_quietly(lambda folder: (folder / "claimcheck.toml").write_bytes(data))


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.sampled_from(KEYS), st.text(max_size=20), max_size=4))
def test_any_environment_gives_settings_or_a_config_error(variables: dict[str, str]) -> None:
    environ = {ENV_PREFIX + key.upper(): value for key, value in variables.items()}
    _resolve_quietly(lambda folder: None, environ)


def _resolve_quietly(
    write: Callable[[Path], object], environ: dict[str, str] | None = None
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        write(Path(folder))
        try:
            resolved = resolve([folder], {}, environ=environ or {})
        except ConfigError as error:
            assert str(error)  # a message that says what to fix
            return
        try:
            claimcheck.Checker(settings=resolved.settings)  # the files it names are read too
        except ClaimcheckError as error:
            assert str(error)


def test_a_path_in_the_home_of_no_such_user_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="CLAIMCHECK_RATES: must be a file path"):
        resolve(["."], {}, environ={"CLAIMCHECK_RATES": "~no-such-user-here/rates.toml"})


# Fuzzing the facts loader and the front-matter reader

FACT_FIELDS = ["entity", "metric", "period", "value", "low", "high", "bound", "unit", "source"]
fact_values = st.one_of(
    scalars,
    st.sampled_from(["China", "GDP", "2024", "2024-Q2", "CNY", "km**2", "more than", "nbs"]),
    st.floats(min_value=-1e15, max_value=1e15),
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.dictionaries(st.sampled_from(FACT_FIELDS), fact_values, max_size=9), max_size=3),
    st.sampled_from(["1", "true", "2", '"1"']),
)
def test_any_facts_sheet_loads_or_gives_a_facts_file_error(
    facts: list[dict[str, Any]], version: str
) -> None:
    from claimcheck.errors import FactsFileError
    from claimcheck.facts.load import load_sheets

    lines = [
        f"version = {version}",
        '[sources.nbs]\npublisher = "NBS"\ntitle = "Communiqué"',
        '[[entity]]\nname = "China"\nkind = "country"',
        '[[metric]]\nname = "GDP"',
    ]
    for fact in facts:
        lines.append("[[fact]]")
        lines += [f"{key} = {_toml(value)}" for key, value in fact.items()]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "facts.toml"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        try:
            sheet = load_sheets([path])
        except FactsFileError as error:
            assert str(error).startswith(f"{path}: ")
            return
    assert version == "1"
    assert not any(isinstance(f.get(k), bool) for f in facts for k in ("value", "low", "high"))
    for fact in sheet.facts.values():
        assert math.isfinite(fact.value)
        assert fact.interval.low <= fact.value <= fact.interval.high


front_matter_lines = st.one_of(
    st.dates().map(lambda day: f"date: {day.isoformat()}"),
    st.dates().map(lambda day: f"date: '{day.isoformat()}'"),
    st.text(max_size=30).map(lambda value: f"date: {value}"),
    st.text(alphabet=st.characters(blacklist_characters="\n"), max_size=30),
    st.sampled_from(["title: GDP", "date:", "date: 2024-02-30", "---", "...", "+++", "tags: [a]"]),
)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["---", "+++"]),
    st.lists(front_matter_lines, max_size=6),
    st.sampled_from(["---", "...", "+++", ""]),
    st.sampled_from(["story.md", "story.txt", "story.html"]),
)
def test_any_front_matter_gives_a_document_and_a_stated_date_dates_it(
    opener: str, lines: list[str], closer: str, name: str
) -> None:
    from claimcheck.sources import make_document

    text = "\n".join([opener, *lines, closer, WUHAN]) + "\n"
    document = make_document(text, name)
    assert len(document.text) == len(text)
    closed = opener == "---" and closer in ("---", "...")  # YAML front matter
    dated_once = lines and not any(line.startswith("date:") for line in lines[1:])
    if closed and dated_once and re.fullmatch(r"date: \d{4}-\d{2}-\d{2}", lines[0]):
        try:
            stated = date.fromisoformat(lines[0][6:])
        except ValueError:
            return
        assert (document.date, document.date_source) == (stated, "front matter")


# Nothing but claimcheck's own errors, whatever the input


@settings(max_examples=150, deadline=None)
@given(
    st.one_of(texts, st.binary(max_size=300), st.text(max_size=200).map(str.encode)),
    st.sampled_from(["story.txt", "story.md", "story.html"]),
)
def test_no_input_raises_anything_but_claimcheck_errors(data: str | bytes, name: str) -> None:
    try:
        claimcheck.check(data, path=name)
    except ClaimcheckError as error:
        assert isinstance(data, bytes) and str(error).startswith(f"{name}: ")
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(raw)
        ((document,),) = (report.documents for report in claimcheck.check_many([path]))
        try:
            claimcheck.check_file(path)
        except ClaimcheckError as error:
            assert document.error == str(error)


# Noise between sentences changes nothing


SENTENCES = [
    "Hubei's GDP reached 6 trillion yen ($834 billion) in 2024.",
    "Exports rose 50 percent to 5 billion euros in 2024 from 4.0 billion euros in 2023.",
    "Of the 200 staff, 30 percent, or 80 people, work abroad.",
    "The park covers 150 square kilometres (90 square miles).",
    "The ministry declined to comment on Tuesday.",
    "Revenue was 10 billion yuan ($1.4 billion) in 2024.",
]
NOISE = st.sampled_from(
    [
        " ",
        "  ",
        "\t",
        "\n",
        "\n\n",
        "\u00a0",
        "\x1b[31m",
        "\x1b[0m ",
        "\x1b]0;title\x07",
        "\x07",
        "\x08",
        "\x7f",
        "\u200b",
        "<b></b>",
        "<br>",
        "<!-- a note -->",
        "<span>",
        "</span>",
    ]
)


def _flagged(text: str, name: str) -> list[tuple[str, str]]:
    report = claimcheck.check(text, path=name)
    return sorted((f.rule, " ".join(text[f.start : f.end].split())) for f in report.findings)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6),
    st.data(),
    st.sampled_from(["story.txt", "story.md", "story.html"]),
)
def test_control_characters_markup_and_whitespace_between_sentences_change_no_finding(
    sentences: list[str], data: st.DataObject, name: str
) -> None:
    noisy = ""
    for sentence in sentences:
        noise = data.draw(st.lists(NOISE, max_size=3).map("".join))
        if name == "story.txt":  # markup is text in a text file
            noise = re.sub(r"<[^>]*>", " ", noise)
        noisy += noise + " " + sentence + " "
    assert _flagged(noisy, name) == _flagged(" ".join(sentences), name)
