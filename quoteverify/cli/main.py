"""The ``quoteverify`` command: run a subcommand and turn every failure into an exit status.

The arguments are parsed by :mod:`.parser` and the output written by :mod:`.output`.
Commands import what they need when they run, so ``--help``, ``--version`` and usage errors
stay cheap. Every problem with the input is one line on stderr and exit status 2, never a
traceback; output is only written once everything has been computed.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from typing import TYPE_CHECKING

from quoteverify.cli.output import reason, write_output
from quoteverify.cli.parser import build_parser
from quoteverify.cli.utterance_view import check_options as check_view_options
from quoteverify.cli.utterance_view import write_view, write_view_file
from quoteverify.errors import QuoteverifyError

if TYPE_CHECKING:
    from collections.abc import Iterable
    from contextlib import AbstractContextManager

    from quoteverify.config import Config
    from quoteverify.matching.progress import Progress
    from quoteverify.model import Document, Report
    from quoteverify.render.findings_jsonl import ShardWriter

EXIT_INPUT_ERROR = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: what a shell reports for a tool whose reader went away

EXIT_ERRORS_FOUND = 1

MIN_DOCUMENTS = 2
"""``compare`` needs something to compare a document with."""

PROGRESS_DELAY = 2.0
"""Seconds a run lasts before its progress is shown: a short run stays as it was."""


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit status.

    >>> main(["extract", "no/such/file.txt"])  # the message goes to stderr
    2
    """
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits itself for --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else int(exc.code is not None)
    try:
        status = _RUNS[args.command](args)
    except QuoteverifyError as exc:
        _print_error(str(exc))
        if args.command == "check" and args.format == "github":
            _write_step_summary_error(str(exc))
        return EXIT_INPUT_ERROR
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    return status


def _run_extract(args: argparse.Namespace) -> int:
    from quoteverify import extract
    from quoteverify.inputs.load import iter_documents
    from quoteverify.inputs.shards import expand_paths
    from quoteverify.render import RENDERERS

    # Read everything first, so bad input fails before any slow work and before any output.
    documents = list(iter_documents(expand_paths(args.paths)))
    results = [(document, extract(document.text)) for document in documents]
    if args.format == "text":
        from quoteverify.render.text import render_text

        output = render_text(results, color=_use_color(args))
    else:
        output = RENDERERS[args.format](results)
    write_output(output, args.output)
    return 0


def _run_compare(args: argparse.Namespace) -> int:
    from quoteverify import corroborate
    from quoteverify.inputs.load import iter_documents
    from quoteverify.inputs.shards import expand_paths
    from quoteverify.matching.progress import counted

    check_view_options(args)
    if args.scheduler is not None:
        return _run_compare_on_cluster(args)
    sink = _shard_writer(args)
    with _progress(args) as progress:
        documents = list(counted(iter_documents(expand_paths(args.paths)), progress))
        if len(documents) < MIN_DOCUMENTS:
            found = "".join(f" ({document.id})" for document in documents)
            raise QuoteverifyError(
                f"compare needs at least {MIN_DOCUMENTS} documents, got {len(documents)}{found};"
                " give more files, a directory or a corpus"
            )
        if sink is not None:
            _make_directory(sink.directory)  # before the long part: a typo fails at once
        report = corroborate(documents, config=_compare_config(args), progress=progress)
    if sink is not None:
        counts = sink(0, report.findings, report.warnings, documents)
        _say_counts(args, len(documents), [counts])
        if args.by_utterance:
            write_view_file(args, shards=1)
        return 0
    _write_report(args, report)
    return 0


def _progress(args: argparse.Namespace) -> AbstractContextManager[Progress | None]:
    """Progress bars on standard error when it is a terminal (after two seconds), unless
    --quiet; nothing otherwise. Standard output is never written to."""
    if args.quiet or not sys.stderr.isatty():
        return contextlib.nullcontext()
    from quoteverify.render.progress import TerminalProgress

    return TerminalProgress(sys.stderr, delay=PROGRESS_DELAY)


def _shard_writer(args: argparse.Namespace) -> ShardWriter | None:
    """The writer of --output-dir's shards, made before the run so that a missing pyarrow
    fails at once, not after hours; None without --output-dir."""
    if args.output_dir is None:
        if args.shard_format is not None:
            raise QuoteverifyError("--shard-format needs --output-dir, where shards are written")
        return None
    from quoteverify.render.findings_jsonl import ShardWriter

    shard_format = args.shard_format or "jsonl"
    if shard_format == "parquet":
        from quoteverify.render.findings_parquet import import_pyarrow

        import_pyarrow()
    return ShardWriter(args.output_dir, shard_format)


def _make_directory(path: str) -> None:
    """Make --output-dir (in one process; on a cluster it is the workers' to make)."""
    if os.path.exists(path) and not os.path.isdir(path):
        raise QuoteverifyError(f"{path}: cannot write findings here: not a directory")
    try:
        os.makedirs(path, exist_ok=True)
    except OSError as exc:
        raise QuoteverifyError(f"{path}: cannot make the output directory: {reason(exc)}") from None


def _compare_config(args: argparse.Namespace) -> Config:
    import attrs

    from quoteverify.config import Config

    config = Config()
    if args.min_words is not None:
        config = attrs.evolve(config, min_words=args.min_words)
    if args.max_df is not None:
        config = attrs.evolve(config, max_df=args.max_df)
    return config


def _run_compare_on_cluster(args: argparse.Namespace) -> int:
    """compare on a Dask cluster: shards are read by the workers, other paths here."""
    from quoteverify.inputs.load import iter_documents
    from quoteverify.inputs.shards import expand_shards, is_shard
    from quoteverify.matching import cluster, partitions
    from quoteverify.matching.progress import counted

    sink = _shard_writer(args)
    read_here = [path for path in args.paths if not is_shard(path)]
    shards = expand_shards([path for path in args.paths if is_shard(path)])
    with _progress(args) as progress:
        documents = list(counted(iter_documents(read_here), progress)) if read_here else []
        sources: list[partitions.Source] = [*partitions.split(documents, 2), *shards]
        sources = [source for source in sources if len(source)]
        outcome, gathered = cluster.run(
            sources, _compare_config(args), args.scheduler, documents=documents if not shards
            else (), sink=sink, progress=progress,
        )
    if outcome.documents < MIN_DOCUMENTS:
        raise QuoteverifyError(
            f"compare needs at least {MIN_DOCUMENTS} documents, got {outcome.documents}"
        )
    if sink is not None:
        _say_counts(args, outcome.documents, outcome.results)
        if args.by_utterance:
            write_view_file(args, shards=len(outcome.results))
        return 0
    report = partitions.report(gathered, outcome)
    _write_report(args, report)
    return 0


def _write_report(args: argparse.Namespace, report: Report) -> None:
    """compare's report in its format; the text in colour where --color and NO_COLOR say."""
    from quoteverify.render import REPORT_RENDERERS

    if args.by_utterance:
        write_view(args, report, color=_use_color(args))
        return
    if args.format == "text":
        from quoteverify.render.report_text import render_report_text

        output = render_report_text(report, color=_use_color(args))
    else:
        output = REPORT_RENDERERS[args.format](report)
    write_output(output, args.output)


def _say_counts(args: argparse.Namespace, documents: int, counts: list[dict[str, int]]) -> None:
    """The counts of a run written to shards, on stderr (the findings are in the shards)."""
    if args.quiet:
        return
    total = {status: sum(c[status] for c in counts) for status in counts[0]} if counts else {}
    shown = ", ".join(f"{n} {status}" for status, n in total.items())
    print(
        f"{documents} documents, {sum(total.values())} findings in {args.output_dir}: {shown}",
        file=sys.stderr,
    )


def _run_check(args: argparse.Namespace) -> int:
    import attrs

    from quoteverify.gate.check import at_least, check
    from quoteverify.gate.settings import gather

    draft_paths, stdin = _stdin_draft(args.drafts, args.stdin_filename)
    drafts, sources, settings = gather(
        draft_paths, args.sources, settings_path=args.config, stdin=stdin
    )
    config = settings.config
    if args.min_words is not None:
        config = attrs.evolve(config, min_words=args.min_words)
    if args.max_df is not None:
        config = attrs.evolve(config, max_df=args.max_df)
    if args.strict:
        config = attrs.evolve(config, strict=True)
    report = check(_shown_relative(drafts), _shown_relative(sources), config=config)
    # Errors are counted before anything is left out: what is shown never changes the status.
    errors = sum(1 for f in report.findings if f.severity == "error" and not f.suppressed)
    report = at_least(report, "error" if args.quiet else args.min_severity)
    # code scanning and annotations read paths from the root of the repository, which is
    # how gather gives every file read (quoteverify.gate.boundary.relocated)
    root = os.curdir
    write_output(_render_check(report, args, quiet=args.quiet, root=root), args.output)
    if args.format == "github":
        _write_step_summary(report, root)
    return EXIT_ERRORS_FOUND if errors and not args.exit_zero else 0


def _stdin_draft(paths: list[str], name: str | None) -> tuple[list[str], Document | None]:
    """The drafts' paths with ``-`` replaced by the path standard input stands for, and the
    draft read from it (None when no draft is ``-``)."""
    if paths.count("-") > 1:
        raise QuoteverifyError("- (standard input) can be given only once as a draft")
    if "-" not in paths:
        if name is not None:
            raise QuoteverifyError(
                f"--stdin-filename {name}: no draft is - (standard input); give - as a draft"
            )
        return paths, None
    from quoteverify.inputs.load import STDIN_NAME, stdin_document

    document = stdin_document(sys.stdin.buffer.read(), name)
    named = name if name is not None else STDIN_NAME
    return [named if path == "-" else path for path in paths], document


_RUNS = {"extract": _run_extract, "compare": _run_compare, "check": _run_check}


def _render_check(report: Report, args: argparse.Namespace, *, quiet: bool, root: str) -> str:
    from quoteverify.render import CHECK_RENDERERS

    if args.format == "text":
        from quoteverify.render.check_text import render_check_text

        return render_check_text(report, color=_use_color(args), summary=not quiet)
    if args.format == "sarif":
        from quoteverify.render.sarif import render_sarif

        return render_sarif(report, root=root)
    if args.format == "github":
        from quoteverify.render.github import render_github

        return render_github(report, root=root)
    return CHECK_RENDERERS[args.format](report)


def _shown_relative(documents: Iterable[Document]) -> list[Document]:
    """The documents with each absolute file path made relative to the current directory:
    no output shows where a machine keeps its checkout."""
    import attrs

    from quoteverify.render.check_common import relative_path

    return [
        attrs.evolve(d, source=relative_path(d.source))
        if d.source and os.path.isabs(d.source)
        else d
        for d in documents
    ]


def _use_color(args: argparse.Namespace) -> bool:
    """Whether the text format is coloured: ``--color always`` or ``never`` say so; ``auto``
    colours standard output on a terminal, unless ``NO_COLOR`` is set to anything but nothing
    (https://no-color.org: the command line, being more specific, wins over it)."""
    if args.color != "auto":
        return bool(args.color == "always")
    if os.environ.get("NO_COLOR"):
        return False
    return args.output is None and sys.stdout.isatty()


def _write_step_summary(report: Report, root: str) -> None:
    """Append a Markdown summary to $GITHUB_STEP_SUMMARY: GitHub shows only ten annotations
    of each kind per step, the summary shows them all."""
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if not summary:
        return
    from quoteverify.render.github import github_step_summary

    try:
        with open(summary, "a", encoding="utf-8") as file:
            file.write(github_step_summary(report, root=root))
    except OSError as exc:
        message = f"{summary}: cannot write the step summary: {reason(exc)}"
        raise QuoteverifyError(message) from None


def _write_step_summary_error(message: str) -> None:
    """Say on the run's summary page why the check stopped, when a summary is kept: that page
    is where a failed check is read, and without findings it would be empty."""
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if not summary:
        return
    from quoteverify.render.markdown import escape

    with contextlib.suppress(OSError), open(summary, "a", encoding="utf-8") as file:
        file.write(f"## quoteverify: error\n\n{escape(message)}\n")


def _print_error(message: str) -> None:
    # A file name may hold "\n", an escape sequence or a bidirectional override: all are shown
    # as escapes, so the message stays one line and cannot steer the terminal.
    from quoteverify.render.report_text import inert

    print(f"quoteverify: error: {inert(message)}", file=sys.stderr)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the flush at exit cannot raise BrokenPipeError again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())

