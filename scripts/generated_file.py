"""Write a generated data file, or with --check say whether the bundled one is current."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from pathlib import Path


def arguments(doc: str, default: Path) -> argparse.ArgumentParser:
    """A generator's command line: --output (default `default`) and --check."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--output", type=Path, default=default, help="where to write the file")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if the file at --output is not up to date"
    )
    return parser


def one_line_each(meta: Mapping[str, object], section: str, entries: Mapping[str, object]) -> str:
    """JSON text {"meta": ..., section: ...} with one line per meta key and per entry.

    One line per entry keeps a regenerated file's diff to the entries that changed.
    """
    lines = ["{", '  "meta": {']
    lines.extend(
        f"    {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in meta.items()
    )
    lines[-1] = lines[-1].rstrip(",")
    lines.extend(["  },", f"  {json.dumps(section)}: {{"])
    lines.extend(
        f"    {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in entries.items()
    )
    lines[-1] = lines[-1].rstrip(",")
    lines.extend(["  }", "}"])
    text = "\n".join(lines) + "\n"
    json.loads(text)  # the hand-rolled layout must stay valid JSON
    return text


def write_or_check(text: str, output: Path, *, check: bool, script: str) -> int:
    """Write `text` to `output`; with `check`, exit status 1 if `output` differs from it.

    `script` is the generator's path from the repository root, named in the message.
    """
    if check:
        current = output.read_text(encoding="utf-8") if output.exists() else None
        if current != text:
            print(
                f"{output} is stale or was edited by hand; regenerate it with: python {script}",
                file=sys.stderr,
            )
            return 1
        print(f"{output} is up to date")
        return 0
    output.write_text(text, encoding="utf-8")
    print(f"wrote {output} ({len(text):,} bytes)")
    return 0
