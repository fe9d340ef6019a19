"""``quoteverify check`` for GitHub Actions: a workflow command per problem, which GitHub shows
as an annotation on the draft's line, and a Markdown summary for the job's summary page.

GitHub shows at most ten error and ten warning annotations per step, so the summary
(:func:`github_step_summary`, which the command line appends to ``$GITHUB_STEP_SUMMARY``)
lists every problem. Workflow commands are read line by line: everything from the document is
put on one line first, and the command is then escaped as the Actions toolkit does it.
"""

from __future__ import annotations

from quoteverify.config import TEXT_WARNING_SEVERITY
from quoteverify.model import Finding, Report, TextWarning
from quoteverify.render.check_common import (
    LISTED_SEVERITIES,
    FilePlaces,
    FileSpan,
    draft_warnings,
    finding_change_lines,
    finding_diff,
    finding_headline,
    split_documents,
    status_line,
    summary_line,
)
from quoteverify.render.markdown import escape, fenced
from quoteverify.render.report_text import agreement, clean, quoted, speaker_name

SUMMARY_LIMIT = 1_000_000
"""Bytes of UTF-8 the step summary stays under: GitHub refuses a summary over 1 MiB."""


def escape_data(text: str) -> str:
    """Escape the message of a workflow command (what follows the second ``::``).

    >>> escape_data("100%\\r\\nsure")
    '100%25%0D%0Asure'
    """
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value of a workflow command (``file=...``, ``title=...``).

    >>> escape_property("a,b: c%")
    'a%2Cb%3A c%25'
    """
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def workflow_command(command: str, properties: dict[str, str | int], message: str) -> str:
    """One workflow command line, properties in the order given.

    >>> workflow_command("warning", {"file": "a,b.md", "line": 3}, "one\\ntwo")
    '::warning file=a%2Cb.md,line=3::one%0Atwo'
    """
    listed = ",".join(f"{name}={escape_property(str(value))}" for name, value in properties.items())
    return f"::{command}{' ' + listed if listed else ''}::{escape_data(message)}"


def render_github(report: Report, *, root: str | None = None) -> str:
    """An ``::error`` or ``::warning`` workflow command per unsuppressed problem, in draft order,
    then one per problem in a draft's text (a quote mark never closed), at the mark.

    The message is the finding on one line, then the words that differ, one ``- draft`` and
    one ``+ source`` line per change. A quote that spans lines is annotated at its start
    (the runner drops columns from an annotation whose lines differ). ``root``, the
    repository's root, makes the paths relative to it, as the runner reads them.

    >>> from quoteverify.model import Document, Quote
    >>> draft = Document("d.md", 'Intro.\\n"Cut it, 100%," she said.', "news/d, 1.md")
    >>> quote = Quote("Cut it, 100%,", 8, 21, None, None, "utterance", 0)
    >>> print(render_github(Report((draft,), (
    ...     Finding("d.md", quote, "uncorroborated", 0.0, (), "warning"),))), end="")
    ::warning file=news/d%2C 1.md,line=2,col=2,endLine=2,endColumn=15,title=quoteverify%3A uncorroborated::uncorroborated quote, (no speaker): "Cut it, 100%25,"; not found in the sources
    """  # noqa: E501
    places = FilePlaces(report.documents, root=root)
    lines = []
    for finding in report.findings:
        places.document(finding.doc_id)  # an unknown id is an error, as in the other formats
        if finding.suppressed or finding.severity not in LISTED_SEVERITIES:
            continue
        span = places.span(finding.doc_id, finding.quote.start, finding.quote.end)
        properties = _annotation(places.path(finding.doc_id), span, finding.status)
        headline = finding_headline(finding, places)
        changes = finding_change_lines(finding)
        message = "\n".join([headline, *changes, *finding_diff(finding)])
        lines.append(workflow_command(finding.severity, properties, message))
    if TEXT_WARNING_SEVERITY in LISTED_SEVERITIES:
        for doc_id, warning in draft_warnings(report):
            span = places.span(doc_id, warning.start, warning.end)
            properties = _annotation(places.path(doc_id), span, warning.code)
            lines.append(
                workflow_command(TEXT_WARNING_SEVERITY, properties, _warning_message(warning))
            )
    return "".join(line + "\n" for line in lines)


def _annotation(path: str, span: FileSpan, title: str) -> dict[str, str | int]:
    """The properties of an annotation of ``span`` in the file ``path``."""
    properties: dict[str, str | int] = {
        "file": path,
        "line": span.start_line,
        "col": span.start_column,
    }
    if span.end_line == span.start_line:
        properties.update(endLine=span.end_line, endColumn=span.end_column)
    properties["title"] = f"quoteverify: {title}"
    return properties


def _warning_message(warning: TextWarning) -> str:
    return f"{warning.code}: {clean(warning.message)}"


def github_step_summary(report: Report, *, root: str | None = None) -> str:
    """A Markdown summary for ``$GITHUB_STEP_SUMMARY``: the counts, a table of the drafts with
    findings, and every unsuppressed error and warning (errors first), with its best match and
    the words that differ. Past :data:`SUMMARY_LIMIT` the rest are counted, not listed.

    >>> from quoteverify.model import Document, Quote
    >>> draft = Document("d.md", '"Go *now*," she said.', "news/d.md")
    >>> quote = Quote("Go *now*,", 1, 10, None, None, "utterance", 0)
    >>> print(github_step_summary(Report((draft,), (
    ...     Finding("d.md", quote, "uncorroborated", 0.0, (), "warning"),))), end="")
    ## quoteverify: 0 errors, 1 warning, 0 info, 0 suppressed in 1 draft (0 sources)
    <BLANKLINE>
    0 corroborated, 0 partial, 0 altered, 0 misattributed, 1 uncorroborated
    <BLANKLINE>
    | draft | errors | warnings | info | suppressed |
    | :-- | --: | --: | --: | --: |
    | news/d.md | 0 | 1 | 0 | 0 |
    <BLANKLINE>
    ### Errors and warnings
    <BLANKLINE>
    - **warning**, **uncorroborated** at news/d.md 1:2, (no speaker): "Go \\*now\\*,"
      - not found in the sources
    """
    places = FilePlaces(report.documents, root=root)
    for finding in report.findings:
        places.document(finding.doc_id)
    parts = [
        f"## quoteverify: {escape(summary_line(report))}",
        "",
        status_line(report),
        "",
        *_table(report, places),
    ]
    listed = [
        (finding.severity, _entry(finding, places))
        for finding in report.findings
        if not finding.suppressed and finding.severity in LISTED_SEVERITIES
    ]
    if TEXT_WARNING_SEVERITY in LISTED_SEVERITIES:
        listed += [
            (TEXT_WARNING_SEVERITY, _warning_entry(doc_id, warning, places))
            for doc_id, warning in draft_warnings(report)
        ]
    listed.sort(key=lambda item: LISTED_SEVERITIES.index(item[0]))  # stable
    if not listed:
        return "\n".join([*parts, "", "No errors or warnings."]) + "\n"
    parts += ["", "### Errors and warnings", ""]
    size = sum(len(part.encode("utf-8")) + 1 for part in parts)
    for shown, (_, entry) in enumerate(listed):
        entry_size = sum(len(line.encode("utf-8")) + 1 for line in entry)
        # Room is kept for the line that says how many more there are.
        if size + entry_size > SUMMARY_LIMIT - 200:
            rest = len(listed) - shown
            parts += [
                "",
                f"…and {rest} more {'error or warning' if rest == 1 else 'errors or warnings'},"
                " left out to keep this summary under GitHub's size limit"
                " (`--format json` lists them all).",
            ]
            break
        parts += entry
        size += entry_size
    return "\n".join(parts) + "\n"


def _table(report: Report, places: FilePlaces) -> list[str]:
    """Counts per draft that has findings, and a total row when there is more than one."""
    drafts, _ = split_documents(report)
    counts = {document.id: [0, 0, 0, 0] for document in drafts}
    columns = {"error": 0, "warning": 1, "info": 2}
    for finding in report.findings:
        counts[finding.doc_id][3 if finding.suppressed else columns[finding.severity]] += 1
    rows = [
        "| draft | errors | warnings | info | suppressed |",
        "| :-- | --: | --: | --: | --: |",
    ]
    shown = [(doc_id, row) for doc_id, row in counts.items() if any(row)]
    rows += [
        f"| {escape(places.path(doc_id))} | " + " | ".join(map(str, row)) + " |"
        for doc_id, row in shown
    ]
    if len(shown) > 1:
        totals = [sum(row[column] for _, row in shown) for column in range(4)]
        rows.append("| **total** | " + " | ".join(map(str, totals)) + " |")
    return rows


def _warning_entry(doc_id: str, warning: TextWarning, places: FilePlaces) -> list[str]:
    """A problem in a draft's text as a Markdown list item."""
    where = f"{escape(places.path(doc_id))} {places.place(doc_id, warning.start)}"
    return [
        f"- **{TEXT_WARNING_SEVERITY}**, **{warning.code}** at {where}:"
        f" {escape(clean(warning.message))}"
    ]


def _entry(finding: Finding, places: FilePlaces) -> list[str]:
    """A finding as a Markdown list item, with its best match and diff below it."""
    quote = finding.quote
    where = f"{escape(places.path(finding.doc_id))} {places.place(finding.doc_id, quote.start)}"
    lines = [
        f"- **{finding.severity}**, **{finding.status}** at {where},"
        f" {escape(speaker_name(quote.speaker))}: {escape(quoted(quote.text))}"
    ]
    if not finding.matches:
        return [*lines, "  - not found in the sources"]
    best = finding.matches[0]
    source = f"{escape(places.path(best.doc_id))} {places.place(best.doc_id, best.start)}"
    unquoted = "" if best.quote is not None else ", in unquoted text"
    lines.append(
        f"  - best match {source}: {best.relation}, score {best.score:.1f},"
        f" {escape(agreement(best))}{unquoted}"
    )
    lines += [f"  - {escape(change)}" for change in finding_change_lines(finding)]
    diff = finding_diff(finding)
    if diff:
        lines += ["    " + line for line in fenced(diff, "diff")]
    return lines
