"""GitHub Actions workflow commands: one annotation per finding, shown on the pull request."""

from __future__ import annotations

from claimcheck.output.text import printable
from claimcheck.report import Finding, Report

_LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def render(report: Report) -> str:
    """`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message` lines."""
    lines = []
    for doc in report.documents:
        where = {"file": doc.path.replace("\\", "/")} if doc.path else {}
        if doc.error:
            lines.append(command("error", {**where, "title": "claimcheck"}, doc.error))
        for f in doc.findings:
            properties: dict[str, object] = {**where}
            if doc.text:
                properties |= {
                    "line": f.line,
                    "col": f.column,
                    "endLine": f.end_line,
                    "endColumn": f.end_column,
                }
            properties["title"] = f"{f.rule} {f.name}"
            lines.append(command(_LEVELS[f.severity], properties, _message(f)))
    return printable("\n".join(lines) + ("\n" if lines else ""))  # a CI log is a terminal


def command(name: str, properties: dict[str, object], message: str) -> str:
    """One workflow command with its properties and message escaped."""
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name}{' ' + props if props else ''}::{escape_data(message)}"


def escape_data(text: str) -> str:
    """Escape a command's message: % first, then carriage returns and line feeds."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value: as a message, and also ':' and ','."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _message(f: Finding) -> str:
    lines = [f.message]
    if f.suggestion:
        lines.append(f"fix: {f.suggestion}")
    if f.arithmetic:
        lines.append(f"= {f.arithmetic}")
    return "\n".join(lines)
