"""Regenerate docs/cli.md from the argparse help: ``python docs/gen_cli_docs.py``.

``--check`` writes nothing and exits 1 when docs/cli.md is out of date (tests/test_docs.py
checks the same thing).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quoteverify.cli import help_markdown

CLI_DOCS = Path(__file__).with_name("cli.md")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether cli.md is stale")
    args = parser.parse_args(argv)
    expected = help_markdown()
    current = CLI_DOCS.read_text(encoding="utf-8") if CLI_DOCS.exists() else ""
    if args.check:
        if current != expected:
            print(f"{CLI_DOCS} is out of date; run: python docs/gen_cli_docs.py", file=sys.stderr)
            return 1
        return 0
    if current != expected:
        CLI_DOCS.write_text(expected, encoding="utf-8", newline="\n")
        print(f"wrote {CLI_DOCS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
