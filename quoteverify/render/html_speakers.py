"""The table of quotes by speaker across documents, for ``compare`` over several documents.

Quotes that match each other (a match landing on another finding's quote) are one row, found by
union-find over the matches; rows are grouped by speaker, the most quoted first. Up to
:data:`MATRIX_DOCUMENTS` documents get a column each; beyond that a row lists the documents
that carry its quote.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from quoteverify.model import Document, Finding, Report
from quoteverify.render.html_text import badge, escaped
from quoteverify.render.report_text import _count, clean, shorten, speaker_name

MATRIX_DOCUMENTS = 8
"""The speaker table has a column per document up to this many documents, a list beyond."""


def speaker_table(
    report: Report,
    shown: Sequence[Document],
    doc_anchor: dict[str, str],
    anchor_of: dict[tuple[str, int, int], int],
) -> list[str]:
    """For ``compare`` over several documents: one row per quote, grouped by speaker, with
    each document's wording of it (quotes that match each other are one row).

    Up to :data:`MATRIX_DOCUMENTS` documents get a column each. Over more, a matrix would
    grow with quotes times documents, so each row lists only the documents that carry the
    quote, and only quotes carried by two documents or more are listed.
    """
    if len(shown) < 2 or not report.findings:
        return []
    findings = report.findings
    matrix = len(shown) <= MATRIX_DOCUMENTS
    groups = _quote_groups(findings, anchor_of)
    if not matrix:
        groups = [g for g in groups if len({findings[k].doc_id for k in g}) > 1]
    by_speaker: dict[str, list[list[int]]] = {}
    for members in groups:
        names = Counter(speaker_name(findings[k].quote.speaker) for k in members)
        named = [name for name, _ in names.most_common() if name != "(no speaker)"]
        by_speaker.setdefault(named[0] if named else "(no speaker)", []).append(members)
    order = sorted(
        by_speaker,
        key=lambda name: (name == "(no speaker)", -len(by_speaker[name]), name.casefold()),
    )
    if matrix:
        about = "A cell holds that document's wording."
        heads = "".join(
            f'<th scope="col"><a href="#{doc_anchor[d.id]}">{escaped(d.id)}</a></th>'
            for d in shown
        )
    else:
        shared = sum(len(rows) for rows in by_speaker.values())
        about = (
            f"{_count(shared, 'quote')} carried by two documents or more, each with the"
            " documents that carry it and their wording."
        )
        heads = '<th scope="col">documents</th><th scope="col">wording in each</th>'
    lines = [
        '<section id="by-speaker" aria-labelledby="by-speaker-title">',
        '<h2 id="by-speaker-title">Quotes by speaker across documents</h2>',
        f"<p>Each row is one quote; quotes that match each other share a row. {about}</p>",
        '<div class="scroll" tabindex="0" role="region" aria-labelledby="by-speaker-title">',
        '<table id="speaker-table">',
        f'<thead><tr><th scope="col">speaker</th>{heads}</tr></thead>',
    ]
    for name in order:
        rows = by_speaker[name]
        lines.append(f'<tbody data-speaker="{escaped(name)}">')
        for n, members in enumerate(rows):
            statuses = sorted({findings[k].status for k in members})
            head = (
                f'<th scope="rowgroup" rowspan="{len(rows)}">{escaped(name)}</th>'
                if n == 0
                else ""
            )
            cells = _speaker_cells(findings, shown, members, matrix)
            lines.append(
                f'<tr class="filterable" data-speaker="{escaped(name)}"'
                f' data-status="{" ".join(statuses)}">{head}{cells}</tr>'
            )
        lines.append("</tbody>")
    lines += ["</table>", "</div>", "</section>"]
    return lines


def _speaker_cells(
    findings: Sequence[Finding], shown: Sequence[Document], members: list[int], matrix: bool
) -> str:
    """The cells of one row of the speaker table: a cell per document, or (not ``matrix``)
    a count and a list of the documents carrying the quote with their wording."""
    here: dict[str, list[str]] = {}
    for k in members:
        finding = findings[k]
        here.setdefault(finding.doc_id, []).append(
            f'<a href="#q-{k}">{badge(finding.status, short=True)}</a> '
            f"<q>{escaped(shorten(clean(finding.quote.text), 160))}</q>"
        )
    if not matrix:
        items = "".join(
            f"<li><b>{escaped(doc_id)}</b>: {'; '.join(entries)}</li>"
            for doc_id, entries in here.items()
        )
        return f'<td class="count">{len(here)}</td><td><ul class="carried">{items}</ul></td>'
    return "".join(
        "<td>" + "<br>".join(here[d.id]) + "</td>"
        if d.id in here
        else '<td class="absent"><span class="visually-hidden">not carried</span></td>'
        for d in shown
    )


def _quote_groups(
    findings: Sequence[Finding], position: dict[tuple[str, int, int], int]
) -> list[list[int]]:
    """Findings whose quotes match each other, as lists of finding positions (union-find over
    the matches that land on another finding's quote), in the order of their first member.
    ``position`` finds a finding by its quote: ``(doc_id, start, end)``."""
    parent = list(range(len(findings)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for k, finding in enumerate(findings):
        for match in finding.matches:
            if match.quote is None:
                continue
            other = position.get((match.doc_id, match.quote.start, match.quote.end))
            if other is not None:
                a, b = root(k), root(other)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = {}
    for k in range(len(findings)):
        groups.setdefault(root(k), []).append(k)
    return list(groups.values())
