"""The command line: `claimcheck check`, `claimcheck claims`, `claimcheck rules`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from claimcheck import __version__
from claimcheck.api import check_document
from claimcheck.errors import ClaimcheckError, InputError
from claimcheck.extract.periods import parse_date
from claimcheck.output import FORMATS, render
from claimcheck.output.text import claims_table
from claimcheck.report import DocumentReport, Report
from claimcheck.rules import all_rules, unknown_rule_keys
from claimcheck.settings import Settings
from claimcheck.sources import find_inputs, make_document, read_text

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except ClaimcheckError as error:
        print(f"claimcheck: error: {error}", file=sys.stderr)
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
    check.set_defaults(run=_check)

    claims = commands.add_parser("claims", help="list the claims found, with verdicts")
    _document_options(claims)
    claims.add_argument("--output-format", choices=["text", "json"], default="text")
    claims.set_defaults(run=_claims)

    rules = commands.add_parser("rules", help="list the rules")
    rules.set_defaults(run=_rules)
    return parser


def _document_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (.txt, .md)")
    parser.add_argument(
        "--date", help="publication date for documents that state none (YYYY-MM-DD)"
    )
    parser.add_argument("--tolerance", type=float, help="relative tolerance (default 0.03)")
    parser.add_argument(
        "--select", help="only these rules (codes, prefixes or names, comma-separated)"
    )
    parser.add_argument(
        "--ignore", help="skip these rules (codes, prefixes or names, comma-separated)"
    )
    parser.add_argument(
        "--rates", help="a TOML file of exchange rates that adds to or overrides the bundled ones"
    )


def _settings(args: argparse.Namespace) -> Settings:
    options: dict[str, object] = {}
    try:
        if args.date:
            options["date"] = parse_date(args.date)
    except ValueError as error:
        raise ClaimcheckError(f"--date: {error}") from None
    if args.tolerance is not None:
        if not 0 <= args.tolerance <= 1:
            raise ClaimcheckError("--tolerance: must be between 0 and 1, e.g. 0.03 for 3%")
        options["tolerance"] = args.tolerance
    for key in ("select", "ignore"):
        value = getattr(args, key)
        if value:
            keys = [k.strip() for k in value.split(",") if k.strip()]
            unknown = unknown_rule_keys(keys)
            if unknown:
                raise ClaimcheckError(
                    f"--{key}: no rule named {', '.join(unknown)}; `claimcheck rules` lists them"
                )
            options[key] = keys
    if args.rates:
        options["rates"] = args.rates
    settings = Settings.model_validate(options)
    settings.rate_table  # noqa: B018 - load a user rates file now, so its errors come first
    return settings


def _run(args: argparse.Namespace) -> Report:
    settings = _settings(args)
    documents = []
    for item in find_inputs(args.paths):
        if isinstance(item, InputError):
            documents.append(DocumentReport(path=str(item).split(":")[0], error=str(item)))
            continue
        try:
            text = read_text(item)
        except InputError as error:
            documents.append(DocumentReport(path=str(item), error=str(error)))
            continue
        documents.append(check_document(make_document(text, str(item), settings.date), settings))
    return Report(version=__version__, documents=documents)


def _check(args: argparse.Namespace) -> int:
    report = _run(args)
    sys.stdout.write(render(report, args.output_format))
    for doc in report.errors:
        print(f"claimcheck: error: {doc.error}", file=sys.stderr)
    print(_summary(report), file=sys.stderr)
    if report.errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if report.findings else EXIT_CLEAN


def _claims(args: argparse.Namespace) -> int:
    report = _run(args)
    sys.stdout.write(report.to_json() if args.output_format == "json" else claims_table(report))
    for doc in report.errors:
        print(f"claimcheck: error: {doc.error}", file=sys.stderr)
    return EXIT_ERROR if report.errors else EXIT_CLEAN


def _rules(args: argparse.Namespace) -> int:
    for rule in all_rules():
        print(f"{rule.code}  {rule.name:<28} {rule.severity:<8} {rule.summary()}")
    return EXIT_CLEAN


def _summary(report: Report) -> str:
    checked = [d for d in report.documents if d.error is None]
    flagged = sum(1 for d in checked if d.findings)
    n = len(report.findings)
    text = (
        f"{n} finding{'s' * (n != 1)} in {flagged} of {len(checked)}"
        f" document{'s' * (len(checked) != 1)}"
    )
    if report.errors:
        text += f"; {len(report.errors)} could not be read"
    return text
