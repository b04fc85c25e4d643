"""Checking many documents: in order, streamed, on a process pool or a Dask cluster."""

from __future__ import annotations

import io
import itertools
import json
import pickle
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pint
import pytest

import claimcheck
from claimcheck import ConversionClaim, DocumentReport, Report
from claimcheck import checker as checker_module
from claimcheck import cli as cli_module
from claimcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "articles" / "seed.txt"

HONG_KONG = (
    "HONG KONG - The fund raised HK$10 billion (US$1.28 billion) in 2024 and paid"
    " HK$3.9 billion ($500 million) for the site."
)
WUHAN = "WUHAN - Hubei's GDP rose to 6 trillion yen ($834 billion) in 2024, the government said."
LONDON = "LONDON - Revenue rose 4 percent to £800 million ($995 million) in 2023."


def _story(name: str, text: str) -> tuple[str, str]:
    return (name, text)


def _summary(report: Report) -> tuple[str | None, str | None, list[tuple[str, int]]]:
    (document,) = report.documents
    return document.path, document.error, [(f.rule, f.start) for f in document.findings]


def test_reports_come_in_input_order_for_paths_pairs_and_bad_paths(tmp_path: Path) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "a.txt").write_text(LONDON, encoding="utf-8")
    (folder / "b.md").write_text(WUHAN, encoding="utf-8")
    sources = [
        _story("hk.txt", HONG_KONG),
        str(SEED),
        tmp_path / "missing.txt",
        folder,
        _story("wuhan.txt", WUHAN),
    ]
    reports = list(claimcheck.check_many(sources))
    assert all(isinstance(r, Report) and len(r.documents) == 1 for r in reports)
    assert [r.documents[0].path for r in reports] == [
        "hk.txt",
        str(SEED),
        str(tmp_path / "missing.txt"),
        str(folder / "a.txt"),
        str(folder / "b.md"),
        "wuhan.txt",
    ]
    assert "no such file" in (reports[2].documents[0].error or "")
    assert [len(r.findings) for r in reports] == [0, 2, 0, 0, 1, 1]
    assert reports[1] == claimcheck.check_file(SEED)


def test_options_apply_to_every_document() -> None:
    reports = claimcheck.check_many([_story("w.txt", WUHAN)], ignore=["CC102"])
    assert [r.findings for r in reports] == [[]]


def test_a_process_pool_gives_the_same_reports_in_the_same_order() -> None:
    sources = [_story(f"{i}.txt", text) for i, text in enumerate([HONG_KONG, WUHAN, LONDON] * 4)]
    sources.append(("seed.txt", SEED.read_text(encoding="utf-8")))
    here = [_summary(r) for r in claimcheck.check_many(sources, select=["CC1"])]
    with ProcessPoolExecutor(2) as pool:
        there = [_summary(r) for r in claimcheck.check_many(sources, executor=pool, select=["CC1"])]
    assert there == here
    assert sum(len(findings) for *_, findings in there) == 4 + 2


class _CountingPool(ProcessPoolExecutor):
    """A pool that records the most documents ever submitted and not yet handed back."""

    def __init__(self) -> None:
        super().__init__(2)
        self.submitted = 0
        self.most_in_flight = 0
        self.yielded = 0

    def submit(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.submitted += 1
        self.most_in_flight = max(self.most_in_flight, self.submitted - self.yielded)
        return super().submit(*args, **kwargs)


def test_work_in_flight_is_bounded_so_memory_stays_flat() -> None:
    endless = (_story(f"{i}.txt", WUHAN) for i in itertools.count())
    with _CountingPool() as pool:
        reports = claimcheck.check_many(endless, executor=pool)
        for report in itertools.islice(reports, 200):
            pool.yielded += 1
            assert len(report.findings) == 1
        reports.close()  # stop early: the work not yet started is dropped
    assert pool.most_in_flight <= checker_module._IN_FLIGHT + 1


def test_reports_and_money_quantities_cross_process_boundaries() -> None:
    report = claimcheck.check(HONG_KONG, path="hk.txt").documents[0]
    assert pickle.loads(pickle.dumps(report)) == report
    # Reports hold plain numbers; a quantity unpickles where claimcheck's registry is built.
    here = _quantities(report)
    with ProcessPoolExecutor(1) as pool:
        there, quantities = pool.submit(_report_and_quantities, HONG_KONG).result()
    assert there == report
    assert quantities == here
    assert {str(q.units) for q in quantities} == {"HKD", "USD"}
    # Hong Kong and US dollars cannot be added by mistake, on either side of the boundary.
    with pytest.raises(pint.DimensionalityError):
        quantities[0] + claimcheck.Money.parse("$5 million").quantity


def _report_and_quantities(text: str) -> tuple[DocumentReport, list[pint.Quantity]]:
    report = claimcheck.check(text, path="hk.txt").documents[0]
    return report, _quantities(report)


def _quantities(report: DocumentReport) -> list[pint.Quantity]:
    """The money of every conversion in the report, as pint quantities."""
    return [
        money.quantity
        for claim in report.claims
        if isinstance(claim, ConversionClaim)
        for money in (claim.source, claim.target)
    ]


def test_a_dask_cluster_runs_check_many_unchanged() -> None:
    distributed = pytest.importorskip("distributed")
    sources = [_story(f"{i}.txt", text) for i, text in enumerate([HONG_KONG, WUHAN, LONDON] * 3)]
    expected = [_summary(r) for r in claimcheck.check_many(sources)]
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        got = [_summary(r) for r in claimcheck.check_many(sources, executor=client.get_executor())]
    assert got == expected


def _stories(folder: Path, count: int) -> None:
    folder.mkdir()
    for i in range(count):
        text = (WUHAN, LONDON, HONG_KONG)[i % 3]
        (folder / f"story-{i:03d}.txt").write_text(text, encoding="utf-8")


def test_cli_jobs_gives_the_same_report_as_one_process(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _stories(tmp_path / "desk", 9)
    assert main(["check", "--output-format", "json", str(tmp_path / "desk")]) == 1
    one = json.loads(capsys.readouterr().out)
    assert main(["check", "--jobs", "2", "--output-format", "json", str(tmp_path / "desk")]) == 1
    two = json.loads(capsys.readouterr().out)
    assert two == one
    assert sum(len(d["findings"]) for d in two["documents"]) == 3


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_counted_on_a_terminal_and_quiet_when_piped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stories(tmp_path / "desk", 5)
    main(["check", "--output-format", "concise", str(tmp_path / "desk")])
    assert "\r" not in capsys.readouterr().err  # stderr is piped here

    terminal = _Terminal()
    monkeypatch.setattr(cli_module.sys, "stderr", terminal)
    monkeypatch.setattr(cli_module, "_PROGRESS_AFTER", -1.0)
    monkeypatch.setattr(cli_module, "_PROGRESS_EVERY", -1.0)
    main(["check", "--output-format", "concise", str(tmp_path / "desk")])
    shown = terminal.getvalue()
    assert "\rchecked 4 of 5 documents, about " in shown
    assert "\r\033[K" in shown  # the counter's line is cleared before the summary


def test_jobs_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--jobs", "0", str(SEED)]) == 2
    assert "--jobs" in capsys.readouterr().err


def _endless_paths(folder: Path) -> Iterator[Path]:
    while True:
        yield from sorted(folder.iterdir())


def test_reports_stream_before_the_inputs_end(tmp_path: Path) -> None:
    _stories(tmp_path / "desk", 3)
    first = list(itertools.islice(claimcheck.check_many(_endless_paths(tmp_path / "desk")), 7))
    assert [len(r.findings) for r in first] == [1, 0, 0, 1, 0, 0, 1]
