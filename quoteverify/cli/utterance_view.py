"""``compare --by-utterance``: the corpus view instead of the per-quote report.

Printed in the text, json or jsonl format; with ``--output-dir``, written beside the findings
shards as ``utterances.jsonl``, from the shards read back (a cluster's findings are never
gathered in one process).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from quoteverify.cli.output import write_output
from quoteverify.errors import QuoteverifyError

if TYPE_CHECKING:
    from quoteverify.model import Report

FORMATS = ("text", "json", "jsonl")
"""The formats of the utterance view (markdown and html are the per-quote report's only)."""


def check_options(args: argparse.Namespace) -> None:
    """Refuse, before any work, the options the view cannot go with.

    >>> check_options(argparse.Namespace(by_utterance=True, format="html", min_documents=None))
    Traceback (most recent call last):
    ...
    quoteverify.errors.QuoteverifyError: --by-utterance writes text, json or jsonl, not html
    """
    if args.by_utterance and args.format not in FORMATS:
        raise QuoteverifyError(
            f"--by-utterance writes {', '.join(FORMATS[:-1])} or {FORMATS[-1]}, not {args.format}"
        )
    if args.min_documents is not None and not args.by_utterance:
        raise QuoteverifyError("--min-documents goes with --by-utterance")


def write_view(args: argparse.Namespace, report: Report, *, color: bool) -> None:
    """The utterances of a report, to ``--output`` or standard output in ``--format``."""
    from quoteverify.matching.utterance_view import utterances
    from quoteverify.render import utterances as render

    found = utterances(report, min_documents=args.min_documents or 1)
    if args.format == "text":
        output = render.render_utterances_text(found, color=color)
    elif args.format == "json":
        output = render.render_utterances_json(found)
    else:
        output = render.render_utterances_jsonl(found)
    write_output(output, args.output)


def write_view_file(args: argparse.Namespace, shards: int) -> None:
    """``utterances.jsonl`` in ``--output-dir``, from the ``shards`` findings shards written
    there, read back one line at a time (in one process too: one way for every run)."""
    from quoteverify.matching.utterance_view import utterances_in_shards
    from quoteverify.render.report_text import _count, inert
    from quoteverify.render.utterances import write_utterances

    found = utterances_in_shards(args.output_dir, shards, min_documents=args.min_documents or 1)
    path = write_utterances(args.output_dir, found)  # (a write that fails: one error line)
    if not args.quiet:
        print(f"{_count(len(found), 'utterance')} in {inert(str(path))}", file=sys.stderr)
