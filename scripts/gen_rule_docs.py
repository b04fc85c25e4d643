#!/usr/bin/env python3
"""Write docs/rules.md from the rules' own docstrings: `python scripts/gen_rule_docs.py`.

`--check` exits 1 when docs/rules.md is not what the rules say (CI runs it via the tests).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from claimcheck.rules import all_rules

DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def render() -> str:
    """The rule reference, one section per rule."""
    lines = [
        "# Rule reference",
        "",
        "Generated from the rules' docstrings by `scripts/gen_rule_docs.py`; do not edit by hand.",
        "Select or ignore rules by code (`CC102`), prefix (`CC1`) or name (`currency-mislabel`).",
        "",
        "| code | name | severity | summary |",
        "| --- | --- | --- | --- |",
    ]
    rules = all_rules()
    lines += [
        f"| [{r.code}](#{r.code.lower()}) | {r.name} | {r.severity} | {r.summary()} |"
        for r in rules
    ]
    for rule in rules:
        lines += [
            "",
            f"## {rule.code}",
            "",
            f"**{rule.name}** ({rule.severity}): {rule.summary()}",
            "",
        ]
        lines += [rule.explanation(), ""]
        for kind, examples in rule.examples().items():
            for example in examples:
                lines += [f"{kind} example:", "", "```text", example, "```", ""]
    return "\n".join(lines).rstrip() + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if docs/rules.md is stale")
    args = parser.parse_args()
    text = render()
    if args.check:
        if not DOCS.exists() or DOCS.read_text(encoding="utf-8") != text:
            print(f"{DOCS} is stale: run python scripts/gen_rule_docs.py", file=sys.stderr)
            return 1
        return 0
    DOCS.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
