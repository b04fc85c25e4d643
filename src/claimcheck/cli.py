"""The command line: `claimcheck check`, `claimcheck claims`, `claimcheck rules`."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from claimcheck import __version__
from claimcheck.api import check_many
from claimcheck.atomic import replace_file
from claimcheck.baseline import write_baseline
from claimcheck.config import Resolved, resolve
from claimcheck.errors import ClaimcheckError
from claimcheck.output import FORMATS, render
from claimcheck.output.text import claims_table, printable, summary
from claimcheck.report import DocumentReport, Report
from claimcheck.rules import all_rules
from claimcheck.settings import Settings

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
_PROGRESS_EVERY = 0.1  # seconds between updates of the progress counter


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except ClaimcheckError as error:
        print(printable(f"claimcheck: error: {error}"), file=sys.stderr)
        return EXIT_ERROR


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimcheck", description="Check the figures in news text against each other."
    )
    parser.add_argument("--version", action="version", version=f"claimcheck {__version__}")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    check = commands.add_parser("check", help="check documents and report discrepancies")
    _document_options(check)
    check.add_argument(
        "--output-format", choices=sorted(FORMATS), default="full", help="default: full"
    )
    check.add_argument(
        "-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout"
    )
    check.add_argument(
        "--exit-zero",
        action="store_true",
        help="exit 0 even when there are findings (2 still means a file could not be read)",
    )
    check.add_argument("--baseline", metavar="FILE", help="do not report the findings FILE accepts")
    check.add_argument(
        "--write-baseline", metavar="FILE", help="record the current findings in FILE as accepted"
    )
    check.add_argument(
        "--show-settings",
        action="store_true",
        help="print the settings and where each comes from, then exit",
    )
    check.set_defaults(run=_check)

    claims = commands.add_parser("claims", help="list the claims found, with verdicts")
    _document_options(claims)
    claims.add_argument("--output-format", choices=["text", "json"], default="text")
    claims.set_defaults(run=_claims)

    rules = commands.add_parser("rules", help="list the rules")
    rules.set_defaults(run=_rules)
    return parser


def _document_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-j", "--jobs", type=int, default=1, help="check files in N processes (default 1)"
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="files or folders (.txt, .md, .html)"
    )
    parser.add_argument(
        "--date", help="publication date for documents that state none (YYYY-MM-DD)"
    )
    parser.add_argument("--tolerance", help="relative tolerance (default 0.03)")
    parser.add_argument(
        "--select", help="only these rules (codes, prefixes or names, comma-separated)"
    )
    parser.add_argument(
        "--ignore", help="skip these rules (codes, prefixes or names, comma-separated)"
    )
    parser.add_argument(
        "--rates", help="a TOML file of exchange rates that adds to or overrides the bundled ones"
    )
    parser.add_argument(
        "--facts",
        action="append",
        metavar="FILE",
        help="a TOML facts sheet to check figures against (repeatable; later sheets override)",
    )


def _resolve(args: argparse.Namespace) -> Resolved:
    """The settings from the options given, the environment and the config file."""
    keys = ("tolerance", "select", "ignore", "date", "rates", "baseline", "facts")
    options = {key: value for key in keys if (value := getattr(args, key, None)) is not None}
    return resolve(args.paths, options)


def _settings(args: argparse.Namespace, resolved: Resolved) -> Settings:
    settings = resolved.settings
    if getattr(args, "write_baseline", None):
        settings = settings.model_copy(update={"baseline": None})  # record every finding
    settings.rate_table  # noqa: B018 - read the rates and baseline files now, so their
    settings.accepted  # noqa: B018 - errors come before any document is checked
    settings.fact_sheet  # noqa: B018 - and so do those of the facts sheets
    return settings


def _run(args: argparse.Namespace) -> Report:
    resolved = _resolve(args)
    settings = _settings(args, resolved)
    if args.jobs < 1:
        raise ClaimcheckError("--jobs: must be 1 or more")
    if args.jobs == 1:
        documents = list(_progress(check_many(args.paths, settings=settings)))
    else:
        from concurrent.futures import ProcessPoolExecutor  # only for --jobs: slow to import

        with ProcessPoolExecutor(args.jobs) as pool:
            reports = check_many(args.paths, executor=pool, settings=settings)
            documents = list(_progress(reports))
    if not documents:
        raise ClaimcheckError(
            f"no document to check in {', '.join(args.paths)} (looked for"
            f" {', '.join(settings.include)}); check the paths and the include setting"
        )
    _refuse_to_overwrite(args, documents, settings, resolved.file)
    return Report(version=__version__, documents=documents)


def _refuse_to_overwrite(
    args: argparse.Namespace,
    documents: list[DocumentReport],
    settings: Settings,
    config: Path | None,
) -> None:
    """A ClaimcheckError if `-o` or `--write-baseline` names a file the check reads."""
    read = {
        os.path.realpath(path): what
        for what, paths in (
            ("a checked document", [doc.path for doc in documents] + list(args.paths)),
            ("the configuration", [config]),
            ("the rates file", [settings.rates]),
            ("a facts sheet", settings.facts),
        )
        for path in paths
        if path is not None
    }
    outputs = [("--output", getattr(args, "output", None))]
    outputs.append(("--write-baseline", getattr(args, "write_baseline", None)))
    if not getattr(args, "write_baseline", None):  # --write-baseline may update --baseline
        read |= {os.path.realpath(settings.baseline): "the baseline"} if settings.baseline else {}
    for option, target in outputs:
        if target is not None and (what := read.get(os.path.realpath(target))):
            raise ClaimcheckError(
                f"{option}: {target} is {what}; writing to it would destroy it,"
                " so give another file"
            )


def _progress(reports: Iterator[DocumentReport]) -> Iterator[DocumentReport]:
    """Count the documents checked on stderr when it is a terminal; say nothing when piped."""
    if not sys.stderr.isatty():
        yield from reports
        return
    last, counted = time.monotonic(), False
    for done, report in enumerate(reports, start=1):
        if time.monotonic() - last > _PROGRESS_EVERY:
            print(f"\rchecked {done} documents", end="", file=sys.stderr, flush=True)
            last, counted = time.monotonic(), True
        yield report
    if counted:
        print("\r\033[K", end="", file=sys.stderr, flush=True)  # clear the counter's line


def _check(args: argparse.Namespace) -> int:
    if args.show_settings:
        sys.stdout.write(printable(_resolve(args).describe()))
        return EXIT_CLEAN
    report = _run(args)
    if args.write_baseline:
        return _write_baseline(args.write_baseline, report)
    _write(render(report, args.output_format), args.output)
    _print_errors(report)
    print(printable(_summary(report)), file=sys.stderr)
    if report.errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if report.findings and not args.exit_zero else EXIT_CLEAN


def _write(text: str, path: str | None) -> None:
    """The report to stdout, or to the file `-o` names (whole, or not at all)."""
    if path is None:
        sys.stdout.write(text)
        return
    try:
        replace_file(Path(path), text)
    except OSError as error:
        raise ClaimcheckError(f"--output: cannot write {path} ({error.strerror})") from None


def _write_baseline(path: str, report: Report) -> int:
    _print_errors(report)
    if report.errors:
        n = len(report.errors)
        raise ClaimcheckError(
            f"--write-baseline: {n} document{'s' * (n != 1)} could not be read, so {path} is"
            " left as it was; fix the paths and run again"
        )
    written = write_baseline(Path(path), report.documents)
    count = written.entries
    print(
        printable(
            f"wrote {count} finding{'s' * (count != 1)} to {path} as accepted"
            f" ({written.added} added, {written.dropped} dropped)"
        ),
        file=sys.stderr,
    )
    return EXIT_CLEAN


def _print_errors(report: Report) -> None:
    for doc in report.errors:
        print(printable(f"claimcheck: error: {doc.error}"), file=sys.stderr)


def _claims(args: argparse.Namespace) -> int:
    report = _run(args)
    sys.stdout.write(report.to_json() if args.output_format == "json" else claims_table(report))
    _print_errors(report)
    return EXIT_ERROR if report.errors else EXIT_CLEAN


def _rules(args: argparse.Namespace) -> int:
    for rule in all_rules():
        print(f"{rule.code}  {rule.name:<28} {rule.severity:<8} {rule.summary()}")
    return EXIT_CLEAN


def _summary(report: Report) -> str:
    text = summary(report.documents)
    for name in ("suppressed", "baselined"):
        count = sum(getattr(doc, name) for doc in report.documents)
        text += f"; {count} {name}" if count else ""
    return "\n".join([text, *(_coverage(doc) for doc in report.documents if not doc.error)])


def _coverage(doc: DocumentReport) -> str:
    """'seed.txt: 14 figures, 4 checked (2 consistent, 2 inconsistent), 10 unverifiable (...)'."""
    c = doc.coverage
    text = (
        f"{doc.path or '<text>'}: {c.figures} figure{'s' * (c.figures != 1)},"
        f" {c.checked} checked ({c.consistent} consistent, {c.inconsistent} inconsistent),"
        f" {c.unverifiable} unverifiable"
    )
    reasons = "; ".join(f"{n} {reason}" for reason, n in c.reasons.items())
    return f"{text} ({reasons})" if reasons else text
