"""``quoteverify check`` for a person at a terminal, in the manner of Vale and proselint: a block
per draft (its path as the header), a line per quote at its ``line:column`` in the file, then
the best match in the sources and, where the wording differs, the words that differ.

Suppressed findings are not listed but counted in the summary. Document text is made safe for
the terminal (:func:`~quoteverify.render.report_text.clean`); colour is added only when asked
for, and never to the text itself.
"""

from __future__ import annotations

from quoteverify.config import TEXT_WARNING_SEVERITY
from quoteverify.model import Document, Finding, Report
from quoteverify.render.check_common import (
    FilePlaces,
    finding_change_lines,
    finding_diff,
    split_documents,
    status_line,
    summary_line,
)
from quoteverify.render.paint import Paint, painter
from quoteverify.render.report_text import agreement, clean, quoted, speaker_name

SEVERITY_WIDTH = len("warning")


def render_check_text(report: Report, *, color: bool = False, summary: bool = True) -> str:
    """Render a check report for a terminal; ANSI colour only with ``color=True``.
    ``summary=False`` leaves out the two summary lines (``--quiet``): nothing is left of a
    report with nothing to list.

    >>> from quoteverify.model import Match, Quote
    >>> draft = Document("draft.md", 'Intro.\\n"We are ready," she said.', "news/draft.md")
    >>> wire = Document("wire.txt", 'RUIZ: We are ready.')
    >>> ours = Quote("We are ready,", 8, 21, None, None, "utterance", 0)
    >>> match = Match("wire.txt", 6, 18, "We are ready", None, "normalized", 100.0, "unknown",
    ...               None, 3, ())
    >>> print(render_check_text(Report((draft, wire), (
    ...     Finding("draft.md", ours, "corroborated", 1.0, (match,), "info"),))))
    news/draft.md
      2:2  corroborated  info     (no speaker)  "We are ready,"
           wire.txt 1:7  normalized  100.0  speaker unknown  unquoted
    <BLANKLINE>
    0 errors, 0 warnings, 1 info, 0 suppressed in 1 draft (1 source)
    1 corroborated, 0 partial, 0 altered, 0 misattributed, 0 uncorroborated
    <BLANKLINE>
    """
    paint = painter(color)
    places = FilePlaces(report.documents)
    drafts, _ = split_documents(report)
    findings: dict[str, list[Finding]] = {document.id: [] for document in drafts}
    for finding in report.findings:
        places.document(finding.doc_id)  # an unknown id is an error, as in the other formats
        findings[finding.doc_id].append(finding)
    notes: dict[str, list[tuple[int, str, str]]] = {document.id: [] for document in drafts}
    for doc_id, warning in report.warnings:
        places.document(doc_id)
        if doc_id in notes:  # a source's unclosed quote is no business of the draft's author
            notes[doc_id].append((warning.start, warning.code, clean(warning.message)))
    blocks = [
        _draft_block(document, findings[document.id], notes[document.id], places, paint)
        for document in drafts
    ]
    if not summary:
        return "\n".join(block for block in blocks if block)
    counts = [summary_line(report, paint=paint), status_line(report)]
    return "\n".join([*(block for block in blocks if block), *counts]) + "\n"


def _draft_block(
    document: Document,
    findings: list[Finding],
    notes: list[tuple[int, str, str]],
    places: FilePlaces,
    paint: Paint,
) -> str:
    # (offset, order, status column, severity, detail, finding): a text warning sorts after a
    # quote at the same offset; the sort is stable, so findings keep the report's order.
    rows: list[tuple[int, int, str, str, str, Finding | None]] = [
        (
            finding.quote.start,
            0,
            finding.status,
            finding.severity,
            f"{speaker_name(finding.quote.speaker)}  {quoted(finding.quote.text)}",
            finding,
        )
        for finding in findings
        if not finding.suppressed
    ]
    rows.extend(
        (offset, 1, code, TEXT_WARNING_SEVERITY, message, None) for offset, code, message in notes
    )
    if not rows:
        return ""
    rows.sort(key=lambda row: row[:2])
    where = [places.place(document.id, row[0]) for row in rows]
    place_width = max(map(len, where))
    status_width = max(len(row[2]) for row in rows)
    indent = " " * (2 + place_width + 2)
    lines = [paint("header", clean(places.path(document.id)))]
    for place, (_, _, status, severity, detail, finding) in zip(where, rows, strict=True):
        status_cell = paint(severity, f"{status:<{status_width}}")
        severity_cell = paint(severity, f"{severity:<{SEVERITY_WIDTH}}")
        lines.append(f"  {place:<{place_width}}  {status_cell}  {severity_cell}  {detail}")
        if finding is not None and finding.matches:
            lines.append(indent + paint("match", _describe_best(finding, places)))
            lines.extend(f"{indent}  {line}" for line in finding_change_lines(finding))
            lines.extend(f"{indent}  {paint(line[0], line)}" for line in finding_diff(finding))
    return "\n".join(lines) + "\n"


def _describe_best(finding: Finding, places: FilePlaces) -> str:
    """``source_path line:col  relation  score  speaker agreement`` of the best match."""
    best = finding.matches[0]
    description = (
        f"{clean(places.path(best.doc_id))} {places.place(best.doc_id, best.start)}"
        f"  {best.relation}  {best.score:.1f}  {agreement(best)}"
    )
    return description if best.quote is not None else description + "  unquoted"
