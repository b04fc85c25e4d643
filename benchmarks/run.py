"""Benchmark claimcheck on a synthetic news corpus: `python benchmarks/run.py --size 5MB`.

Reports, on one core:

- throughput (MB/s, articles/s) and median and p99 latency per article, for reading,
  extracting, checking and writing each article's JSON report (`check_many`);
- recall on the corpus's seeded slips, apart for the generated articles and for those in
  the real-copy corpus's forms, and the share of findings that hit a slip;
- extraction time against quantulum3's on the same articles (`pip install -e '.[bench]'`);
- start-up: `claimcheck check` on one small file, as a subprocess, best of N;
- peak memory of a streaming run over two corpus sizes (it should not grow).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import corpus

import claimcheck
from claimcheck import DocumentReport

SMALL = Path(__file__).parent.parent / "fixtures" / "articles" / "seed.txt"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="5MB", help="corpus size (default 5MB)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--error-rate", type=float, default=0.1, help="share of slips (0.1)")
    parser.add_argument(
        "--realcopy-share", type=float, default=0.5, help="share of real-copy articles (0.5)"
    )
    parser.add_argument(
        "--compare", default="500KB", help="text to run quantulum3 on (default 500KB; 0: none)"
    )
    parser.add_argument("--startup-runs", type=int, default=10, help="best of N (default 10)")
    parser.add_argument("--jobs", type=int, default=0, help="also time a run on N processes")
    parser.add_argument("--profile", action="store_true", help="print the end-to-end profile")
    parser.add_argument("--stream-probe", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.stream_probe:
        _stream_probe(args.stream_probe)
        return

    size = corpus.parse_size(args.size)
    with tempfile.TemporaryDirectory(prefix="claimcheck-bench-") as tmp:
        folder = Path(tmp) / "corpus"
        articles = corpus.write(
            corpus.generate(
                size,
                seed=args.seed,
                error_rate=args.error_rate,
                realcopy_share=args.realcopy_share,
            ),
            folder,
        )
        paths = [folder / a.name for a in articles]
        megabytes = sum(p.stat().st_size for p in paths) / 1e6
        print(f"corpus: {len(articles)} articles, {megabytes:.2f} MB, seed {args.seed}")
        claimcheck.check(SMALL.read_text(encoding="utf-8"))  # imports and first-use costs

        rows: list[tuple[str, str]] = []
        profiler = cProfile.Profile() if args.profile else None
        if profiler:
            profiler.enable()
        cpu = time.process_time()
        latencies, reports = _end_to_end(paths)
        cpu = time.process_time() - cpu
        if profiler:
            profiler.disable()
        total = sum(latencies)
        rows += [
            ("end to end (read, extract, check, JSON)", f"{megabytes / total:.2f} MB/s"),
            ("end to end, by CPU time (load on the machine aside)", f"{megabytes / cpu:.2f} MB/s"),
            *_by_form(articles, latencies),
            ("articles per second", f"{len(paths) / total:,.0f}"),
            ("latency per article, median", f"{1e3 * statistics.median(latencies):.2f} ms"),
            ("latency per article, p99", f"{1e3 * _percentile(latencies, 0.99):.2f} ms"),
            ("claims per second", f"{sum(len(r.claims) for r in reports) / total:,.0f}"),
            ("yardstick: one `re` pass finding digit runs", f"{_yardstick(paths):.1f} MB/s"),
        ]
        if args.jobs:
            start = time.perf_counter()
            _parallel(paths, args.jobs)
            seconds = time.perf_counter() - start
            rows.append((f"end to end, --jobs {args.jobs}", f"{megabytes / seconds:.2f} MB/s"))
        rows += _extraction(articles, corpus.parse_size(args.compare))
        rows += _startup(args.startup_runs)
        rows.append(("peak RSS of this run (corpus held in memory)", f"{_peak_mb():.0f} MB"))
        rows += _streaming(Path(tmp), size, args.seed, args.realcopy_share)
        print()
        _table(rows)
        print()
        _accuracy(articles, reports)
        if profiler:
            print()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


def _end_to_end(paths: list[Path]) -> tuple[list[float], list[DocumentReport]]:
    """Seconds per article (read, extract, check, JSON report) and the reports."""
    latencies = []
    reports = []
    last = time.perf_counter()
    for report in claimcheck.check_many(paths):
        report.to_json()
        now = time.perf_counter()
        latencies.append(now - last)
        last = now
        reports.append(report.documents[0].model_copy(update={"text": ""}))
    return latencies, reports


def _by_form(articles: list[corpus.Article], latencies: list[float]) -> list[tuple[str, str]]:
    """End-to-end MB/s on the generated articles and on those in real-copy wordings apart."""
    rows = []
    for realcopy, label in ((False, "generated"), (True, "real-copy")):
        timed = [
            (len(article.text.encode()), seconds)
            for article, seconds in zip(articles, latencies, strict=True)
            if (article.form != corpus.GENERATED) == realcopy
        ]
        if timed:
            size, seconds = (sum(column) for column in zip(*timed, strict=True))
            rows.append((f"end to end, {label} articles only", f"{size / 1e6 / seconds:.2f} MB/s"))
    return rows


def _yardstick(paths: list[Path]) -> float:
    """MB/s of the least a text checker does: read each file and find its digit runs once.

    A machine's speed at this bounds any design made of such passes: at 5 MB/s, a
    checker has the time of about (yardstick / 5) of them for all of its work.
    """
    digits = re.compile(r"[0-9]+")
    start = time.perf_counter()
    size = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        size += len(text.encode())
        for _ in digits.finditer(text):
            pass
    return size / 1e6 / (time.perf_counter() - start)


def _parallel(paths: list[Path], jobs: int) -> None:
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(jobs) as pool:
        for report in claimcheck.check_many(paths, executor=pool):
            report.to_json()


def _extraction(articles: list[corpus.Article], budget: int) -> list[tuple[str, str]]:
    """claimcheck's and quantulum3's extraction time on the same articles.

    The two run article by article in turn, so a change in the machine's load during the
    run weighs on both alike and their ratio stays steady.
    """
    sample, size = [], 0
    for article in articles:
        if size >= budget:
            break
        sample.append(article.text)
        size += len(article.text.encode())
    if not sample:
        return []
    try:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as quantulum
    except ImportError as error:
        ours = _seconds(claimcheck.extract, sample)
        return [
            (f"extraction only, claimcheck ({size / 1e3:.0f} kB)", f"{size / 1e6 / ours:.2f} MB/s"),
            ("extraction only, quantulum3", f"skipped: cannot import ({error})"),
        ]
    quantulum.parse(sample[0])  # loads its unit tables and classifier
    ours = theirs = 0.0
    for text in sample:
        ours += _seconds(claimcheck.extract, [text])
        theirs += _seconds(quantulum.parse, [text])
    return [
        (f"extraction only, claimcheck ({size / 1e3:.0f} kB)", f"{size / 1e6 / ours:.2f} MB/s"),
        (f"extraction only, quantulum3 ({size / 1e3:.0f} kB)", f"{size / 1e6 / theirs:.3f} MB/s"),
        ("claimcheck extraction speed / quantulum3's", f"{theirs / ours:.0f}x"),
    ]


def _seconds(function: Callable[[str], object], texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        function(text)
    return time.perf_counter() - start


def _startup(runs: int) -> list[tuple[str, str]]:
    """Best-of-N wall time of fresh processes, with bytecode cached as an install has it."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "claimcheck-bench-pycache")
    script = Path(sys.executable).with_name("claimcheck")
    cli = [str(script)] if script.exists() else [sys.executable, "-m", "claimcheck"]
    commands = {
        "start-up: python -c pass": [sys.executable, "-c", "pass"],
        "start-up: import claimcheck": [sys.executable, "-c", "import claimcheck"],
        "start-up: claimcheck check (one small file)": [*cli, "check", str(SMALL)],
    }
    rows = []
    for label, command in commands.items():
        subprocess.run(command, env=env, capture_output=True, check=False)  # write bytecode
        best = min(_timed(command, env) for _ in range(runs))
        rows.append((f"{label}, best of {runs}", f"{best:.3f} s"))
    probe = (
        "import sys, claimcheck; claimcheck.check(open(sys.argv[1]).read());"
        " print('pint' in sys.modules)"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe, str(SMALL)], env=env, capture_output=True, text=True
    ).stdout.strip()
    rows.append(("pint imported by a check without units", loaded))
    return rows


def _timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, capture_output=True, check=False)
    return time.perf_counter() - start


def _streaming(tmp: Path, size: int, seed: int, realcopy_share: float) -> list[tuple[str, str]]:
    """Peak RSS of a fresh process streaming `check_many` over a corpus, at two sizes."""
    rows = []
    for factor in (0.25, 1.0):
        folder = tmp / f"stream-{factor}"
        articles = corpus.generate(int(size * factor), seed=seed + 1, realcopy_share=realcopy_share)
        corpus.write(articles, folder)
        out = subprocess.run(
            [sys.executable, __file__, "--stream-probe", str(folder)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        probe = json.loads(out)
        rows.append(
            (
                f"peak RSS streaming {probe['megabytes']:.1f} MB ({probe['articles']} articles)",
                f"{probe['peak_mb']:.0f} MB",
            )
        )
    return rows


def _stream_probe(folder: Path) -> None:
    """Stream every article in `folder` through check_many to JSON; print the peak RSS."""
    paths = sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md"))
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for report in claimcheck.check_many(paths):
            sink.write(report.to_json(None))
    megabytes = sum(p.stat().st_size for p in paths) / 1e6
    print(json.dumps({"articles": len(paths), "megabytes": megabytes, "peak_mb": _peak_mb()}))


def _peak_mb() -> float:
    """Peak resident memory of this process (VmHWM: unlike ru_maxrss, not inherited on exec)."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    kilobytes = next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM"))
    return int(kilobytes) / 1024


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _accuracy(articles: list[corpus.Article], reports: list[DocumentReport]) -> None:
    """Recall on the seeded slips by form and kind, and the share of findings that hit one."""
    by_name = {a.name: a for a in articles}
    seeded: Counter[tuple[bool, str]] = Counter()
    found: Counter[tuple[bool, str]] = Counter()
    hits = alarms = 0
    for report in reports:
        article = by_name[Path(report.path or "").name]
        for slip in article.errors:
            key = (slip.form != corpus.GENERATED, slip.kind)
            seeded[key] += 1
            found[key] += any(slip.touches(f.start, f.end) for f in report.findings)
        for finding in report.findings:
            if any(slip.touches(finding.start, finding.end) for slip in article.errors):
                hits += 1
            else:
                alarms += 1
    for realcopy, title in ((False, "generated forms"), (True, "real-copy forms")):
        kinds = sorted(kind for is_realcopy, kind in seeded if is_realcopy == realcopy)
        total = sum(seeded[(realcopy, kind)] for kind in kinds)
        caught = sum(found[(realcopy, kind)] for kind in kinds)
        print(f"seeded slips found, {title}: {caught}/{total} = {caught / max(total, 1):.1%}")
        for kind in kinds:
            n, k = seeded[(realcopy, kind)], found[(realcopy, kind)]
            print(f"  {kind:<12} {k:>5} / {n:<5} {k / n:.0%}")
    findings = hits + alarms
    precision = f"{hits / findings:.1%}" if findings else "n/a"
    print(f"precision {hits}/{findings} = {precision} ({alarms} findings hit no seeded slip)")


def _table(rows: list[tuple[str, str]]) -> None:
    width = max(len(label) for label, _ in rows)
    print(f"| {'measure':<{width}} | result |")
    print(f"|{'-' * (width + 2)}|--------|")
    for label, value in rows:
        print(f"| {label:<{width}} | {value} |")


if __name__ == "__main__":
    main()
