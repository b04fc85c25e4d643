"""The command line: `claimcheck check`, `claims`, `rules`, `rule CODE`, `rates`, `completion`,
`serve`."""

from __future__ import annotations

import argparse
import gc
import os
import sys
import textwrap
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from claimcheck.api import check
from claimcheck.atomic import replace_file
from claimcheck.baseline import write_baseline
from claimcheck.checker import Checker, Source
from claimcheck.completion import SHELLS, script
from claimcheck.config import Resolved, resolve
from claimcheck.config import Source as ConfigSource
from claimcheck.config import checked as checked_values
from claimcheck.errors import ClaimcheckError
from claimcheck.output import FORMATS, render
from claimcheck.output.style import Style, wants_colour
from claimcheck.output.text import claims_table, note_lines, printable, summary
from claimcheck.reference.currencies import currency_name
from claimcheck.reference.rates import RateTable
from claimcheck.report import DocumentReport, Report
from claimcheck.rules import Rule, all_rules, select_rules
from claimcheck.settings import Settings
from claimcheck.sources import decode, find_inputs, is_selected
from claimcheck.version import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
STDIN = "-"
_PROGRESS_AFTER = 1.0  # seconds a run takes before its progress line shows
_PROGRESS_EVERY = 0.1  # seconds between updates of the progress line
_FAILING = {"error": ("error",), "warning": ("error", "warning")}  # --fail-on: what fails
_ENGLISH = "It reads English text; figures in other languages are not recognised."


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:  # the program's own run: what it loaded at start lives as long as it,
        gc.freeze()  # and full collections no longer walk it (3% of a corpus check's time)
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except ClaimcheckError as error:
        print(printable(f"claimcheck: error: {error}"), file=sys.stderr)
        return EXIT_ERROR


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimcheck",
        description=f"Check the figures in news text against each other. {_ENGLISH}",
    )
    parser.add_argument("--version", action="version", version=f"claimcheck {__version__}")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    check = commands.add_parser(
        "check",
        help="check documents and report discrepancies",
        description=f"Check documents and report discrepancies. {_ENGLISH}",
    )
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
        "--fail-on",
        choices=sorted(_FAILING),
        default="warning",
        help="the least severe finding that makes the exit status 1 (default: warning, i.e. any"
        " finding); `error` lets warnings such as CC106 pass",
    )
    check.add_argument(
        "--statistics",
        action="store_true",
        help="print how many findings each rule made instead of the report",
    )
    check.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="print the report and errors only: no summary, coverage or progress",
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

    rule = commands.add_parser("rule", help="explain a rule, with its examples")
    rule.add_argument("rule", metavar="CODE", help="a rule code (CC102), prefix (CC1) or name")
    rule.set_defaults(run=_rule)

    completion = commands.add_parser("completion", help="print a shell completion script")
    completion.add_argument(
        "shell",
        choices=SHELLS,
        help='bash: eval "$(claimcheck completion bash)" in ~/.bashrc; zsh: the same in'
        " ~/.zshrc; fish: claimcheck completion fish > ~/.config/fish/completions/claimcheck.fish",
    )
    completion.set_defaults(run=_completion)

    serve = commands.add_parser(
        "serve", help="open a local web page to check stories in the browser (no internet needed)"
    )
    serve.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1: this computer)",
    )
    serve.add_argument(
        "--port",
        type=_port,
        default=8000,
        help="port to listen on (default 8000; 0: any free port)",
    )
    serve.set_defaults(run=_serve)

    rates = commands.add_parser(
        "rates", help="list the currencies and periods the reference rates cover, and sources"
    )
    rates.add_argument("currencies", nargs="*", metavar="CODE", help="only these ISO codes")
    rates.add_argument(
        "--rates", help="a TOML file of exchange rates that adds to or overrides the bundled ones"
    )
    rates.set_defaults(run=_rates)
    return parser


def _document_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        help="check files in N processes (default 1; at most one per processor)",
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files or folders (.txt, .md, .html); - reads standard input",
    )
    parser.add_argument(
        "--force-exclude",
        action="store_true",
        help="apply include/exclude to files named on the command line too (for pre-commit)",
    )
    parser.add_argument(
        "--stdin-filename",
        metavar="NAME",
        help="the name of the text read from standard input: shown in reports, and used to"
        " pick its kind (.md, .html), its config file and whether include/exclude take it",
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
    stdin_name = args.stdin_filename or STDIN
    return resolve([stdin_name if path == STDIN else path for path in args.paths], options)


def _checker(args: argparse.Namespace, resolved: Resolved) -> Checker:
    """A Checker for the settings: the rates, baseline and facts files are read now, so
    that their errors come before any document is checked."""
    settings = resolved.settings
    if getattr(args, "write_baseline", None):
        settings = settings.model_copy(update={"baseline": None})  # record every finding
    return Checker(settings=settings)


def _port(text: str) -> int:
    """A port number for --port, or a usage error that gives the range."""
    if not text.strip().isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"must be a port number from 0 to 65535, got {text!r}")
    return int(text)


def _run(args: argparse.Namespace) -> Report:
    resolved = _resolve(args)
    checker = _checker(args, resolved)
    if args.jobs < 1:
        raise ClaimcheckError("--jobs: must be 1 or more")
    if args.paths.count(STDIN) > 1:
        raise ClaimcheckError("standard input (-) can be read only once")
    settings = checker.settings
    sources = _sources(args, settings)
    show = not getattr(args, "quiet", False) and sys.stderr.isatty()
    total = _count(sources, settings) if show else 0
    if args.jobs == 1:
        reports = list(_progress(checker.check_many(sources), total))
    else:
        from concurrent.futures import ProcessPoolExecutor  # only for --jobs: slow to import

        # More processes than processors check no faster, and thousands would stall the machine.
        with ProcessPoolExecutor(min(args.jobs, os.cpu_count() or 1)) as pool:
            reports = list(_progress(checker.check_many(sources, executor=pool), total))
    documents = [doc for report in reports for doc in report.documents]
    if not documents and sources:
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


def _sources(args: argparse.Namespace, settings: Settings) -> list[Source]:
    """The paths given, with `-` replaced by the text on standard input and its name;
    a named standard input that `include`/`exclude` leave out is not checked, nor with
    `--force-exclude` is a file named that they leave out."""
    sources: list[Source] = [
        path
        for path in args.paths
        if path != STDIN
        and not (args.force_exclude and Path(path).is_file() and not _selected_name(path, settings))
    ]
    if STDIN not in args.paths:
        return sources
    name = args.stdin_filename
    text = decode(sys.stdin.buffer.read(), name or "standard input")
    if name is None or _selected_name(name, settings):
        sources.insert(args.paths.index(STDIN), (name or "<stdin>", text))
    elif not getattr(args, "quiet", False):
        print(
            f"claimcheck: {name} is not checked: the include/exclude settings leave it out",
            file=sys.stderr,
        )
    return sources


def _selected_name(name: str, settings: Settings) -> bool:
    """Whether include/exclude take a file of this name, as if found under the working folder."""
    path = Path(name).resolve()
    here = Path.cwd()
    root = here if path.is_relative_to(here) else path.parent
    return is_selected(path, root, settings.include, settings.exclude)


def _count(sources: Sequence[Source], settings: Settings) -> int:
    """How many documents the sources stand for (a folder for the files under it)."""
    return sum(
        1
        if isinstance(source, tuple)
        else sum(1 for _ in find_inputs([str(source)], settings.include, settings.exclude))
        for source in sources
    )


def _progress(
    reports: Iterator[Report],
    total: int,
    stream: TextIO | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> Iterator[Report]:
    """'checked 120 of 3400 documents, about 2 min left' on a terminal's stderr, once a
    run has taken a second; nothing when stderr is not a terminal, or `total` is 0."""
    stream = stream or sys.stderr
    if not total or not stream.isatty():
        yield from reports
        return
    start = last = clock()
    shown = False
    for done, report in enumerate(reports, start=1):
        now = clock()
        if now - start > _PROGRESS_AFTER and now - last > _PROGRESS_EVERY and done < total:
            left = (now - start) / done * (total - done)
            print(
                f"\rchecked {done} of {total} documents, {_duration(left)} left\033[K",
                end="",
                file=stream,
                flush=True,
            )
            last, shown = now, True
        yield report
    if shown:
        print("\r\033[K", end="", file=stream, flush=True)  # clear the progress line


def _duration(seconds: float) -> str:
    """'about 40 s', 'about 3 min'."""
    if seconds < 90:
        return f"about {max(1, round(seconds))} s"
    return f"about {round(seconds / 60)} min"


def _check(args: argparse.Namespace) -> int:
    if args.show_settings:
        sys.stdout.write(printable(_resolve(args).describe()))
        return EXIT_CLEAN
    report = _run(args)
    if args.write_baseline:
        return _write_baseline(args.write_baseline, report, quiet=args.quiet)
    to_terminal = args.output is None and not args.statistics
    style = Style(to_terminal and wants_colour(sys.stdout))
    if args.output is not None or not args.statistics:
        _write(render(report, args.output_format, style), args.output)
    if args.statistics:
        sys.stdout.write(_statistics(report))
    _print_errors(report)
    if not args.quiet:
        print(_summary(report, Style(wants_colour(sys.stderr))), file=sys.stderr)
    if report.errors:
        return EXIT_ERROR
    failing = [f for f in report.findings if f.severity in _FAILING[args.fail_on]]
    return EXIT_FINDINGS if failing and not args.exit_zero else EXIT_CLEAN


def _statistics(report: Report) -> str:
    """How many findings each rule made, most first: '    2  CC102  currency-mislabel  error'."""
    counts = Counter((f.rule, f.name, f.severity) for f in report.findings)
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return "".join(
        f"{n:>5}  {code}  {name:<28} {severity}\n" for (code, name, severity), n in ordered
    )


def _write(text: str, path: str | None) -> None:
    """The report to stdout, or to the file `-o` names (whole, or not at all)."""
    if path is None:
        sys.stdout.write(text)
        return
    try:
        replace_file(Path(path), text)
    except OSError as error:
        raise ClaimcheckError(f"--output: cannot write {path} ({error.strerror})") from None


def _write_baseline(path: str, report: Report, *, quiet: bool) -> int:
    _print_errors(report)
    if report.errors:
        n = len(report.errors)
        raise ClaimcheckError(
            f"--write-baseline: {n} document{'s' * (n != 1)} could not be read, so {path} is"
            " left as it was; fix the paths and run again"
        )
    written = write_baseline(Path(path), report.documents)
    count = written.entries
    if quiet:
        return EXIT_CLEAN
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


def _rates(args: argparse.Namespace) -> int:
    table = RateTable.bundled()
    if args.rates:
        table = table.with_overrides(Path(args.rates))
    codes = [code.upper() for code in args.currencies] or sorted(table.currencies())
    print(
        "Units per US dollar, asked in this order: your rates file, ECB daily rates, "
        "documented pegs, IMF annual averages (mean only), ECB rates for part of a period."
    )
    for code in codes:
        found = table.coverage(code)
        name = currency_name(code)
        print(f"{code}  {name}" if name != code else code)
        if not found:
            print(f"     none: conversions in {code} are unverifiable")
        for cover in found:
            span = f"from {cover.first}" if cover.last is None else f"{cover.first} to {cover.last}"
            print(f"     {cover.source}: {span}")
    print("\nSources:")
    for line in table.attribution:
        print(f"  {line}")
    return EXIT_CLEAN


def _rule(args: argparse.Namespace) -> int:
    """`claimcheck rule CC102`: what the rule checks, and what it says on its examples."""
    label = ConfigSource("claimcheck rule", lambda key: "claimcheck rule")
    [keys] = checked_values({"select": args.rule}, label).values()
    sys.stdout.write("\n\n".join(_explain(rule) for rule in select_rules(keys)) + "\n")
    return EXIT_CLEAN


def _explain(rule: type[Rule]) -> str:
    lines = [
        f"{rule.code} {rule.name} ({rule.severity})",
        "",
        rule.summary(),
        "",
        textwrap.fill(rule.explanation(), width=88),
    ]
    for kind, examples in rule.examples().items():
        for example in examples:
            lines += ["", f"{kind} example:", "", textwrap.indent(example, "    ")]
            try:  # a facts rule's examples need their sheet, which only a checkout has
                options = getattr(rule, "example_options", {})
                found = [f for f in check(example, **options).findings if f.rule == rule.code]
            except ClaimcheckError:
                found = []
            if found:
                lines += ["", "  claimcheck says: " + found[0].message]
    return "\n".join(lines)


def _completion(args: argparse.Namespace) -> int:
    codes = [rule.code for rule in all_rules()] + [rule.name for rule in all_rules()]
    words = {"rule": codes, "select": codes, "ignore": codes}
    sys.stdout.write(script(_parser(), args.shell, words))
    return EXIT_CLEAN


def _serve(args: argparse.Namespace) -> int:
    try:
        from claimcheck.web import serve  # needs the serve extra; only for this command
    except ImportError:
        raise ClaimcheckError(
            "serve: the web page needs the serve extra;"
            " install it with: pip install 'newsroom-claimcheck[serve]'"
        ) from None
    serve(args.host, args.port)
    return EXIT_CLEAN


def _summary(report: Report, style: Style) -> str:
    """The coverage and notes of each document, then the one-line summary, last."""
    text = summary(report.documents)
    for name in ("suppressed", "baselined"):
        count = sum(getattr(doc, name) for doc in report.documents)
        text += f"; {count} {name}" if count else ""
    text = style.paint(text, "bold", "red" if report.findings else "green")
    lines = [
        printable(line)
        for doc in report.documents
        if not doc.error
        for line in (_coverage(doc), *note_lines(doc))
    ]
    return "\n".join([*lines, text])


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
