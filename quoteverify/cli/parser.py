"""The command line's arguments and help: one subcommand per job, help at a fixed width.

``docs/cli.md`` is generated from this help (``help_markdown``), and a test fails when they
differ.

>>> build_parser().parse_args(["extract", "a.txt", "--format", "json"]).format
'json'
"""

from __future__ import annotations

import argparse
from typing import Any

from quoteverify._version import __version__
from quoteverify.extraction.extract import COMPILED

HELP_WIDTH = 80
"""Help is wrapped at a fixed width so it (and docs/cli.md, generated from it) never varies."""

_EXIT_STATUS = """\
exit status:
  0    success
  2    bad input or usage: one line on stderr names the file and the problem
  130  interrupted
"""

_EXTRACT_DESCRIPTION = """\
List the direct quotations in news texts, with who said them and where.

Each PATH is a text file, a directory (searched recursively for .txt, .md and
.text files; hidden files and directories are skipped) or a corpus: a .jsonl or
.jsonl.gz file with one {"id": ..., "text": ...} object a line, or a .parquet
file with id and text columns (needs pip install 'quoteverify[parquet]'); a
quoted glob pattern of corpora ('archive/*.jsonl.gz') is expanded in sorted
order. Corpora are read as streams. Files are read as UTF-8; only
regular files are read, and a broken link, a FIFO or a socket named like a text
file in a directory is an error, never skipped. Nothing is written unless every
input can be read.
"""

_EXTRACT_EPILOG = """\
examples:
  quoteverify extract article.txt
  quoteverify extract articles/ --format json --output quotes.json
  quoteverify extract corpus.jsonl --format json
  quoteverify extract 'archive/*.parquet' --format json --output quotes.json
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

On a terminal, a run that lasts over two seconds shows its progress on stderr
(documents read, quotes extracted, candidates aligned, with rates and the time
left); --quiet, or stderr that is not a terminal, shows none.
"""

_COMPARE_EPILOG = """\
examples:
  quoteverify compare seeds/
  quoteverify compare draft.txt sources/ --format markdown --output report.md
  quoteverify compare seeds/ --format html --output report.html
  quoteverify compare corpus.jsonl --format json --min-words 6
  quoteverify compare 'archive/*.jsonl.gz' --output-dir out/ --shard-format parquet
  quoteverify compare 'archive/*.jsonl.gz' --scheduler processes:2 --output-dir out/
  quoteverify compare corpus.jsonl --by-utterance --min-documents 2 --format jsonl
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
  quoteverify check - --stdin-filename drafts/story.md < unsaved.md
"""


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
    _add_color(extract)

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
        choices=("text", "json", "jsonl", "markdown", "html"),
        default="text",
        help="text for people, json for programs, jsonl for one finding (or utterance) a"
        " line, markdown for a pull-request comment or html for a page to open in a"
        " browser; default: text",
    )
    _add_output(compare)
    _add_color(compare)
    compare.add_argument(
        "--min-words",
        type=_positive_int,
        metavar="N",
        help="words a quote must share with a passage to be partly corroborated; shorter"
        " quotes must be found whole; default: 4",
    )
    _add_max_df(compare)
    compare.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run the stages in partitions: on a Dask cluster, a scheduler's address"
        " (tcp://host:8786) or processes:N for N local worker processes (needs pip install"
        " 'quoteverify[dask]'); or local:N, N processes of this machine that keep every"
        " stage's answers on disk (bounded memory, no Dask); .jsonl, .jsonl.gz and .parquet"
        " PATHs (and quoted glob patterns of them) are then read by the workers",
    )
    compare.add_argument(
        "--output-dir",
        metavar="DIR",
        help="write the findings as shards in DIR (findings-NNNNN.jsonl, one finding a"
        " line, or .parquet, one finding a row) instead of a report, and print the counts",
    )
    compare.add_argument(
        "--shard-format",
        choices=("jsonl", "parquet"),
        help="the shards of --output-dir: jsonl (JSON Lines) or parquet (nested columns;"
        " needs pip install 'quoteverify[parquet]'); default: jsonl",
    )
    compare.add_argument(
        "--quiet", action="store_true", help="no progress and no counts on stderr"
    )
    compare.add_argument(
        "--by-utterance",
        action="store_true",
        help="group the quotes that match across documents into utterances (who said it,"
        " which sources carry it, in which wordings, first and last seen by the corpus's"
        " dates) and print those (text, json or jsonl) instead of the findings; with"
        " --output-dir, write them to DIR/utterances.jsonl beside the findings shards",
    )
    compare.add_argument(
        "--min-documents",
        type=_positive_int,
        metavar="N",
        help="with --by-utterance, only utterances found in N documents or more; default: 1"
        " (every quote)",
    )

    check = commands.add_parser(
        "check",
        help="check drafts against their sources; exit 1 on errors (for CI)",
        description=_CHECK_DESCRIPTION,
        epilog=_CHECK_EPILOG,
        formatter_class=_HelpFormatter,
    )
    check.add_argument(
        "drafts", nargs="+", metavar="DRAFT", help="a draft file to check; - for standard input"
    )
    check.add_argument(
        "--stdin-filename",
        metavar="PATH",
        help="the file the draft on standard input stands for (it need not exist): its"
        " suffix sets the format, it is the path shown, and settings, the repository and"
        " front matter sources are found from it",
    )
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
        "--min-severity",
        choices=("error", "warning", "info"),
        default="info",
        help="show and count only findings at this severity or above (the exit status is"
        " the same); default: info",
    )
    check.add_argument(
        "--quiet",
        action="store_true",
        help="print errors only: --min-severity error, and the text format without its"
        " summary (nothing at all when there are no errors)",
    )
    check.add_argument(
        "--config", metavar="FILE", help="read settings from FILE instead of searching for them"
    )
    _add_output(check)
    _add_color(check)
    check.add_argument(
        "--min-words",
        type=_positive_int,
        metavar="N",
        help="words a quote must share with a source to be partly corroborated; default: 4"
        " (or the settings file's min_words)",
    )
    _add_max_df(check, " (or the settings file's max_df)")
    return parser


def _add_paths(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a text file, a directory, or a corpus (.jsonl, .jsonl.gz or .parquet, or a"
        " quoted glob pattern of them)",
    )


def _add_max_df(command: argparse.ArgumentParser, default_from: str = "") -> None:
    command.add_argument(
        "--max-df",
        type=_at_least_two,
        metavar="N",
        help="a run of words found in more than N places is boilerplate: it is only looked"
        " at for a quote found nowhere else, in its first N places; default: 50"
        + default_from,
    )


def _at_least_two(text: str) -> int:
    number = _positive_int(text)
    if number < 2:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 2, got {text!r}")
    return number


def _add_output(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--output",
        metavar="FILE",
        help="write to FILE instead of standard output; FILE is replaced only when the run"
        " succeeds",
    )


def _add_color(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour in the text format: auto colours a terminal unless NO_COLOR is set"
        " (to anything but nothing); default: auto",
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
