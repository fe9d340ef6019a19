"""The ``quoteverify`` command: parse arguments, read the input, call the library, render, write.

Commands import what they need when they run, so ``--help``, ``--version`` and usage errors
stay cheap. Every problem with the input is one line on stderr and exit status 2, never a
traceback; output is only written once everything has been computed.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quoteverify import __version__
from quoteverify.errors import QuoteverifyError
from quoteverify.extraction.extract import COMPILED

if TYPE_CHECKING:
    from quoteverify.model import Report

HELP_WIDTH = 80
"""Help is wrapped at a fixed width so it (and docs/cli.md, generated from it) never varies."""

EXIT_INPUT_ERROR = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: what a shell reports for a tool whose reader went away

_EXIT_STATUS = """\
exit status:
  0    success
  2    bad input or usage: one line on stderr names the file and the problem
  130  interrupted
"""

_EXTRACT_DESCRIPTION = """\
List the direct quotations in news texts, with who said them and where.

Each PATH is a text file, a directory (searched recursively for .txt, .md and
.text files; hidden files and directories are skipped) or a .jsonl corpus with
one {"id": ..., "text": ...} object a line. Files are read as UTF-8. Nothing is
written unless every input can be read.
"""

_EXTRACT_EPILOG = """\
examples:
  quoteverify extract article.txt
  quoteverify extract articles/ --format json --output quotes.json
  quoteverify extract corpus.jsonl --format json
"""


_COMPARE_DESCRIPTION = """\
Check every quote against the other documents: is it found elsewhere, word for
word, and attributed to the same speaker?

Each quote is reported as corroborated (all its words found, speaker not
different), partial (at least --min-words of its words found, the rest
nowhere), altered (the best match has changed wording), misattributed (the
best match credits a different speaker) or uncorroborated (not found). Only
other documents are searched, never a quote's own. PATH is read as by
"quoteverify extract"; at least two documents are needed. The exit status is 0
whatever the findings.
"""

_COMPARE_EPILOG = """\
examples:
  quoteverify compare seeds/
  quoteverify compare draft.txt sources/ --format markdown --output report.md
  quoteverify compare seeds/ --format html --output report.html
  quoteverify compare corpus.jsonl --format json --min-words 6
"""

_CHECK_DESCRIPTION = """\
Check the quotes of editorial drafts against their sources, for CI.

Each quote in a DRAFT (a text, Markdown or HTML file) is looked for in the
sources only: files, directories and .jsonl corpora given with --sources, listed
as sources in [tool.quoteverify] (pyproject.toml) or quoteverify.toml (found by
walking up from the first draft), or in a Markdown draft's front matter
(sources:, relative to the draft). Transcripts whose lines start with speaker
labels (MS. SINGH:) count as that speaker's words.

Findings are errors (altered, misattributed), warnings (uncorroborated; errors
with --strict) or information (partial, corroborated); severities can be set per
status in the settings file. <!-- quoteverify: ignore --> on the line before a
quote skips it; <!-- quoteverify: off --> ... <!-- quoteverify: on --> skips a
region. Skipped findings are counted, never dropped.
"""

_CHECK_EPILOG = """\
exit status:
  0    no errors (or --exit-zero)
  1    errors found
  2    bad input or usage, including a source that cannot be read

examples:
  quoteverify check drafts/story.md --sources transcripts/ wire.jsonl
  quoteverify check drafts/*.md --format github
  quoteverify check story.md --format sarif --output quoteverify.sarif
  quoteverify check story.md --format html --output check.html
"""

EXIT_ERRORS_FOUND = 1

MIN_DOCUMENTS = 2
"""``compare`` needs something to compare a document with."""


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    def __init__(self, prog: str, **kwargs: Any) -> None:
        kwargs["width"] = HELP_WIDTH
        kwargs.setdefault("max_help_position", 28)
        super().__init__(prog, **kwargs)


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser, one subcommand per job.

    >>> build_parser().parse_args(["extract", "a.txt", "--format", "json"]).format
    'json'
    """
    parser = argparse.ArgumentParser(
        prog="quoteverify",
        description="Extract, attribute and cross-check direct quotations in news text.",
        epilog=_EXIT_STATUS,
        formatter_class=_HelpFormatter,
    )
    build = "compiled" if COMPILED else "pure Python"
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__} ({build})")
    commands = parser.add_subparsers(
        title="commands", metavar="COMMAND", dest="command", required=True
    )

    extract = commands.add_parser(
        "extract",
        help="list the quotes in texts and who said them",
        description=_EXTRACT_DESCRIPTION,
        epilog=_EXTRACT_EPILOG,
        formatter_class=_HelpFormatter,
    )
    _add_paths(extract)
    extract.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text for people or json for programs; default: text",
    )
    _add_output(extract)
    extract.set_defaults(run=_run_extract)

    compare = commands.add_parser(
        "compare",
        help="check each quote against the other documents",
        description=_COMPARE_DESCRIPTION,
        epilog=_COMPARE_EPILOG,
        formatter_class=_HelpFormatter,
    )
    _add_paths(compare)
    compare.add_argument(
        "--format",
        choices=("text", "json", "markdown", "html"),
        default="text",
        help="text for people, json for programs, markdown for a pull-request comment or"
        " html for a page to open in a browser; default: text",
    )
    _add_output(compare)
    compare.add_argument(
        "--min-words",
        type=_positive_int,
        metavar="N",
        help="words a quote must share with a passage to be partly corroborated; shorter"
        " quotes must be found whole; default: 4",
    )
    compare.set_defaults(run=_run_compare)

    check = commands.add_parser(
        "check",
        help="check drafts against their sources; exit 1 on errors (for CI)",
        description=_CHECK_DESCRIPTION,
        epilog=_CHECK_EPILOG,
        formatter_class=_HelpFormatter,
    )
    check.add_argument("drafts", nargs="+", metavar="DRAFT", help="a draft file to check")
    check.add_argument(
        "--sources",
        nargs="+",
        metavar="PATH",
        help="files, directories or .jsonl corpora to check against (replaces the settings"
        " file's sources)",
    )
    check.add_argument(
        "--format",
        choices=("text", "json", "github", "sarif", "markdown", "html"),
        default="text",
        help="text for people, json for programs, github for workflow annotations, sarif"
        " for code scanning, markdown for a pull-request comment, html for a page to open"
        " in a browser; default: text",
    )
    check.add_argument(
        "--strict", action="store_true", help="treat uncorroborated quotes as errors"
    )
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when errors are found")
    check.add_argument(
        "--config", metavar="FILE", help="read settings from FILE instead of searching for them"
    )
    _add_output(check)
    check.add_argument(
        "--min-words",
        type=_positive_int,
        metavar="N",
        help="words a quote must share with a source to be partly corroborated; default: 4"
        " (or the settings file's min_words)",
    )
    check.set_defaults(run=_run_check)
    return parser


def _add_paths(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "paths", nargs="+", metavar="PATH", help="a text file, a directory or a .jsonl corpus"
    )


def _add_output(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--output",
        metavar="FILE",
        help="write to FILE instead of standard output; FILE is replaced only when the run"
        " succeeds",
    )


def _positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1.

    >>> _positive_int("6")
    6
    >>> _positive_int("0")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: expected a whole number of at least 1, got '0'
    """
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return number


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
        status: int = args.run(args)
    except QuoteverifyError as exc:
        _print_error(str(exc))
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
    from quoteverify.render import RENDERERS

    # Read everything first, so bad input fails before any slow work and before any output.
    documents = list(iter_documents(args.paths))
    results = [(document, extract(document.text)) for document in documents]
    _write_output(RENDERERS[args.format](results), args.output)
    return 0


def _run_compare(args: argparse.Namespace) -> int:
    from quoteverify import corroborate
    from quoteverify.config import Config
    from quoteverify.inputs.load import iter_documents
    from quoteverify.render import REPORT_RENDERERS

    documents = list(iter_documents(args.paths))
    if len(documents) < MIN_DOCUMENTS:
        found = "".join(f" ({document.id})" for document in documents)
        raise QuoteverifyError(
            f"compare needs at least {MIN_DOCUMENTS} documents, got {len(documents)}{found};"
            " give more files, a directory or a .jsonl corpus"
        )
    config = Config() if args.min_words is None else Config(min_words=args.min_words)
    report = corroborate(documents, config=config)
    _write_output(REPORT_RENDERERS[args.format](report), args.output)
    return 0


def _run_check(args: argparse.Namespace) -> int:
    import attrs

    from quoteverify.gate.check import check
    from quoteverify.gate.settings import gather

    drafts, sources, settings = gather(args.drafts, args.sources, settings_path=args.config)
    config = settings.config
    if args.min_words is not None:
        config = attrs.evolve(config, min_words=args.min_words)
    if args.strict:
        config = attrs.evolve(config, strict=True)
    report = check(drafts, sources, config=config)
    _write_output(_render_check(report, args.format, args.output), args.output)
    if args.format == "github":
        _write_step_summary(report)
    errors = sum(1 for f in report.findings if f.severity == "error" and not f.suppressed)
    return EXIT_ERRORS_FOUND if errors and not args.exit_zero else 0


def _render_check(report: Report, form: str, output: str | None) -> str:
    from quoteverify.render import CHECK_RENDERERS

    if form == "text":
        from quoteverify.render.check_text import render_check_text

        return render_check_text(report, color=output is None and sys.stdout.isatty())
    return CHECK_RENDERERS[form](report)


def _write_step_summary(report: Report) -> None:
    """Append a Markdown summary to $GITHUB_STEP_SUMMARY: GitHub shows only ten annotations
    of each kind per step, the summary shows them all."""
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if not summary:
        return
    from quoteverify.render.github import github_step_summary

    try:
        with open(summary, "a", encoding="utf-8") as file:
            file.write(github_step_summary(report))
    except OSError as exc:
        message = f"{summary}: cannot write the step summary: {_reason(exc)}"
        raise QuoteverifyError(message) from None


def _write_output(text: str, output: str | None) -> None:
    if output is None:
        _write_stdout(text)
    else:
        _write_file_atomically(Path(output), text)


def _write_stdout(text: str) -> None:
    # Bytes, not text: output is UTF-8 whatever the locale says (JSON must be UTF-8 anyway).
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        sys.stdout.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()


def _write_file_atomically(path: Path, text: str) -> None:
    """Write to a temporary file beside ``path``, then rename it over ``path``.

    A reader of ``path`` sees the old file or the new one, never half of one, and a failed or
    interrupted run leaves nothing behind.
    """
    import tempfile

    mode = _mode_for(path)
    try:
        fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise QuoteverifyError(f"{path}: cannot write output: {_reason(exc)}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temp_name, mode)  # mkstemp makes it 0600; give it the mode a new file gets
        os.replace(temp_name, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(exc, OSError):
            raise QuoteverifyError(f"{path}: cannot write output: {_reason(exc)}") from None
        raise


def _mode_for(path: Path) -> int:
    """The permission bits of the file being replaced, or those a new file would get."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _print_error(message: str) -> None:
    one_line = message.replace("\r", "\\r").replace("\n", "\\n")  # a file name may hold "\n"
    print(f"quoteverify: error: {one_line}", file=sys.stderr)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the flush at exit cannot raise BrokenPipeError again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def help_markdown() -> str:
    """Return the CLI reference (docs/cli.md): the ``--help`` of every command, in Markdown.

    >>> help_markdown().splitlines()[2]
    '# Command-line reference'
    """
    parser = build_parser()
    sections = [("quoteverify", parser)]
    # argparse has no public way to list subcommands; _SubParsersAction is the usual route.
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            sections.extend((f"quoteverify {name}", sub) for name, sub in action.choices.items())
    parts = [
        "<!-- Generated from the argparse help by docs/gen_cli_docs.py: do not edit by hand. -->",
        "",
        "# Command-line reference",
    ]
    for title, section_parser in sections:
        # Python 3.14 colours help on a terminal; the attribute does nothing before that.
        setattr(section_parser, "color", False)  # noqa: B010 (not in older typeshed stubs)
        help_text = section_parser.format_help().rstrip("\n")
        parts += ["", f"## {title}", "", "```text", help_text, "```"]
    return "\n".join(parts) + "\n"
