"""Corroboration report as one self-contained HTML page, for an editor's browser.

The page holds everything it needs (its stylesheet and a small filtering script are inlined,
nothing is fetched), so it opens from disk, offline, and can be attached to a ticket. It has:

- a summary: counts per status and per document, and the quotes that need attention first
  (altered, misattributed, uncorroborated), each linked to its entry;
- for ``compare`` over several documents, a table of the quotes by speaker across documents:
  which document carries which quote, in which wording;
- an entry per quote: speaker, status, the sentence around it, and for each match its place,
  relation and score with the two wordings side by side, changed words marked;
- filters by status and speaker; the state is kept in the address (``#status=altered``), so a
  filtered view can be linked to.

Document text never becomes markup: every piece is escaped, control characters and
bidirectional overrides are shown as escapes, ids and anchors are made by the renderer, and a
Content-Security-Policy allows only the page's own script and stylesheet (by hash), so even an
escaping mistake could not run a script. Status is told by a word and a symbol, not by colour
alone, and deleted and inserted words are struck through and underlined as well as coloured,
so the page also prints legibly.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from html import escape
from importlib.resources import files

from quoteverify.extraction.tokens import is_sentence_break, tokens
from quoteverify.model import STATUSES, Document, Finding, Match, Quote, Report, Status
from quoteverify.render.check_common import FilePlaces, split_documents, summary_line
from quoteverify.render.diff import surroundings
from quoteverify.render.report_text import MAX_MATCHES, _count, clean, shorten, speaker_name

ATTENTION: tuple[Status, ...] = ("altered", "misattributed", "uncorroborated")
"""Statuses a person should look at first, worst first."""

ATTENTION_LIMIT = 200
"""Quotes listed under "Needs attention"; the rest are counted (the filters show them all)."""

MATRIX_DOCUMENTS = 8
"""The speaker table has a column per document up to this many documents, a list beyond."""

CONTEXT_CHARS = 240
"""At most this many characters of the sentence are shown on either side of a quote."""

SYMBOLS: dict[Status, str] = {
    "corroborated": "✓",
    "partial": "◐",
    "altered": "≠",
    "misattributed": "⇄",
    "uncorroborated": "?",
}
"""A symbol beside each status word, so status never rests on colour alone."""

MEANINGS: dict[Status, str] = {
    "corroborated": "found with the same wording and a compatible speaker",
    "partial": "part of the quote is found, the rest is not",
    "altered": "found, but with words changed",
    "misattributed": "found, but credited to someone else",
    "uncorroborated": "not found in the other documents",
}
"""What each status means, for the summary table (``check`` searches sources, not documents)."""

# Control characters other than whitespace, and the bidirectional overrides and isolates that
# make text display in another order than it is stored: shown as escapes, never obeyed.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# A blank line (Markdown drafts have their markup blanked to spaces, so spaces may sit in it).
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_STOP = re.compile(r"[.!?]")
_CLOSING = frozenset("\"'”’»)]")


def render_html(report: Report) -> str:
    """Render a report of ``compare`` or ``check`` as one self-contained HTML page.

    >>> from quoteverify.model import Quote
    >>> doc = Document("a.txt", 'She said: "<b>Hi</b>" and left.')
    >>> quote = Quote("<b>Hi</b>", 11, 20, None, None, "utterance", 0)
    >>> page = render_html(Report((doc,), (Finding("a.txt", quote, "uncorroborated", 0.0, ()),)))
    >>> page.startswith("<!DOCTYPE html>"), "<b>Hi</b>" in page, "&lt;b&gt;Hi&lt;/b&gt;" in page
    (True, False, True)
    """
    return _Page(report).render()


class _Page:
    """One report being rendered: the lookups every part of the page shares."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.places = FilePlaces(report.documents)
        self.is_check = bool(report.drafts)
        if self.is_check:
            self.shown, self.sources = split_documents(report)
        else:
            self.shown, self.sources = report.documents, ()
        self.doc_anchor = {document.id: f"doc-{k}" for k, document in enumerate(self.shown)}
        self.by_document: dict[str, list[tuple[int, Finding]]] = {d.id: [] for d in self.shown}
        self.anchor_of: dict[tuple[str, int, int], int] = {}
        for k, finding in enumerate(report.findings):
            if finding.doc_id not in self.by_document:
                raise ValueError(f"the report has no document with id {finding.doc_id!r}")
            self.by_document[finding.doc_id].append((k, finding))
            self.anchor_of[(finding.doc_id, finding.quote.start, finding.quote.end)] = k
        for doc_id, _ in report.warnings:
            self.places.document(doc_id)  # ValueError for a warning about no document

    def render(self) -> str:
        css, script = _asset("html_report.css"), _asset("html_report.js")
        policy = (
            f"default-src 'none'; style-src '{_digest(css)}'; script-src '{_digest(script)}';"
            " img-src data:; base-uri 'none'; form-action 'none'"
        )
        title = self.title()
        parts = [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta http-equiv="Content-Security-Policy" content="{policy}">',
            '<meta name="generator" content="quoteverify">',
            f"<title>{_text(title)}</title>",
            f"<style>{css}</style>",
            "</head>",
            "<body>",
            '<a class="skip" href="#quotes">Skip to the quotes</a>',
            "<header>",
            f"<h1>{_text(title)}</h1>",
            *self.lede(),
            "</header>",
            "<main>",
            *self.summary(),
            *self.speaker_table(),
            *self.filters(),
            *self.quotes(),
            "</main>",
            "<footer><p>Made by quoteverify. Scores run from 0 to 100; a match's relation says"
            " how its passage compares with the quote.</p></footer>",
            f"<script>{script}</script>",
            "</body>",
            "</html>",
        ]
        return "\n".join(parts) + "\n"

    # -- header and summary --------------------------------------------------------------

    def title(self) -> str:
        quotes = _count(len(self.report.findings), "quote")
        if self.is_check:
            return f"quoteverify check: {quotes} in {_count(len(self.shown), 'draft')}"
        return f"quoteverify compare: {quotes} in {_count(len(self.shown), 'document')}"

    def lede(self) -> list[str]:
        if self.is_check:
            lines = [f'<p class="lede" id="verdict">{_text(summary_line(self.report))}.</p>']
            if self.sources:
                paths = ", ".join(
                    f"<code>{_text(self.places.path(d.id))}</code>" for d in self.sources
                )
                lines.append(f'<p class="sources">Checked against {paths}.</p>')
            return lines
        silenced = sum(finding.suppressed for finding in self.report.findings)
        suppressed = f", {silenced} suppressed" if silenced else ""
        warnings = _count(len(self.report.warnings), "text warning")
        return [
            f'<p class="lede">Each quote is looked for in the other documents{suppressed};'
            f" {warnings}.</p>"
        ]

    def summary(self) -> list[str]:
        counts = self.report.counts()
        total = len(self.report.findings)
        lines = [
            '<section id="summary" aria-labelledby="summary-title">',
            '<h2 id="summary-title">Summary</h2>',
            '<div class="tables">',
            '<table id="status-counts">',
            "<caption>Quotes by status</caption>",
            '<thead><tr><th scope="col">status</th><th scope="col">quotes</th>'
            '<th scope="col">meaning</th></tr></thead>',
            "<tbody>",
        ]
        for status in STATUSES:
            lines.append(
                f'<tr data-status="{status}"><th scope="row">{_badge(status)}</th>'
                f'<td class="count"><a href="#status={status}">{counts[status]}</a></td>'
                f"<td>{self.meaning(status)}</td></tr>"
            )
        lines += [
            "</tbody>",
            f'<tfoot><tr><th scope="row">total</th><td class="count">{total}</td><td></td>'
            "</tr></tfoot>",
            "</table>",
            *self.document_table(),
            "</div>",
            *self.attention(),
            "</section>",
        ]
        return lines

    def meaning(self, status: Status) -> str:
        meaning = MEANINGS[status]
        return meaning.replace("other documents", "sources") if self.is_check else meaning

    def document_table(self) -> list[str]:
        noun = "draft" if self.is_check else "document"
        heads = "".join(f'<th scope="col">{_badge(status)}</th>' for status in STATUSES)
        lines = [
            '<table id="document-counts">',
            f"<caption>Quotes by {noun}</caption>",
            f'<thead><tr><th scope="col">{noun}</th><th scope="col">quotes</th>{heads}</tr>'
            "</thead>",
            "<tbody>",
        ]
        for document in self.shown:
            findings = [finding for _, finding in self.by_document[document.id]]
            cells = "".join(
                f'<td class="count" data-status="{status}">'
                f"{sum(finding.status == status for finding in findings)}</td>"
                for status in STATUSES
            )
            lines.append(
                f'<tr data-doc="{_text(document.id)}"><th scope="row">'
                f'<a href="#{self.doc_anchor[document.id]}">{_text(document.id)}</a></th>'
                f'<td class="count">{len(findings)}</td>{cells}</tr>'
            )
        lines += ["</tbody>", "</table>"]
        return lines

    def attention(self) -> list[str]:
        needing = [
            (k, finding)
            for k, finding in enumerate(self.report.findings)
            if finding.status in ATTENTION and not finding.suppressed
        ]
        needing.sort(key=lambda item: ATTENTION.index(item[1].status))  # stable: text order
        lines = [
            '<section id="attention" aria-labelledby="attention-title">',
            '<h3 id="attention-title">Needs attention</h3>',
        ]
        if not needing:
            lines += ['<p class="none">No quote needs attention.</p>', "</section>"]
            return lines
        lines.append("<ol>")
        for k, finding in needing[:ATTENTION_LIMIT]:
            place = self.places.place(finding.doc_id, finding.quote.start)
            name = _text(speaker_name(finding.quote.speaker))
            lines.append(
                f'<li class="filterable" data-status="{finding.status}" data-speaker="{name}">'
                f"{_badge(finding.status)} "
                f'<a href="#q-{k}">{_text(finding.doc_id)}:{place}</a> '
                f'<span class="speaker">{name}</span>: '
                f"<q>{_text(shorten(clean(finding.quote.text), 140))}</q></li>"
            )
        lines.append("</ol>")
        hidden = len(needing) - ATTENTION_LIMIT
        if hidden > 0:
            lines.append(
                f'<p class="more">and {hidden} more; filter the quotes by status to see them.</p>'
            )
        lines.append("</section>")
        return lines

    # -- quotes by speaker across documents ----------------------------------------------

    def speaker_table(self) -> list[str]:
        """For ``compare`` over several documents: one row per quote, grouped by speaker, with
        each document's wording of it (quotes that match each other are one row).

        Up to :data:`MATRIX_DOCUMENTS` documents get a column each. Over more, a matrix would
        grow with quotes times documents, so each row lists only the documents that carry the
        quote, and only quotes carried by two documents or more are listed.
        """
        if self.is_check or len(self.shown) < 2 or not self.report.findings:
            return []
        findings = self.report.findings
        matrix = len(self.shown) <= MATRIX_DOCUMENTS
        groups = _quote_groups(findings, self.anchor_of)
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
                f'<th scope="col"><a href="#{self.doc_anchor[d.id]}">{_text(d.id)}</a></th>'
                for d in self.shown
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
            lines.append(f'<tbody data-speaker="{_text(name)}">')
            for n, members in enumerate(rows):
                statuses = sorted({findings[k].status for k in members})
                head = (
                    f'<th scope="rowgroup" rowspan="{len(rows)}">{_text(name)}</th>'
                    if n == 0
                    else ""
                )
                cells = self.speaker_cells(members, matrix)
                lines.append(
                    f'<tr class="filterable" data-speaker="{_text(name)}"'
                    f' data-status="{" ".join(statuses)}">{head}{cells}</tr>'
                )
            lines.append("</tbody>")
        lines += ["</table>", "</div>", "</section>"]
        return lines

    def speaker_cells(self, members: list[int], matrix: bool) -> str:
        """The cells of one row of the speaker table: a cell per document, or (not ``matrix``)
        a count and a list of the documents carrying the quote with their wording."""
        here: dict[str, list[str]] = {}
        for k in members:
            finding = self.report.findings[k]
            here.setdefault(finding.doc_id, []).append(
                f'<a href="#q-{k}">{_badge(finding.status, short=True)}</a> '
                f"<q>{_text(shorten(clean(finding.quote.text), 160))}</q>"
            )
        if not matrix:
            items = "".join(
                f"<li><b>{_text(doc_id)}</b>: {'; '.join(entries)}</li>"
                for doc_id, entries in here.items()
            )
            return f'<td class="count">{len(here)}</td><td><ul class="carried">{items}</ul></td>'
        return "".join(
            "<td>" + "<br>".join(here[d.id]) + "</td>"
            if d.id in here
            else '<td class="absent"><span class="visually-hidden">not carried</span></td>'
            for d in self.shown
        )

    # -- filters ---------------------------------------------------------------------------

    def filters(self) -> list[str]:
        speakers = Counter(speaker_name(f.quote.speaker) for f in self.report.findings)
        options = "".join(
            f'<option value="{_text(name)}">{_text(name)} ({number})</option>'
            for name, number in sorted(speakers.items(), key=lambda i: (-i[1], i[0].casefold()))
        )
        boxes = "".join(
            f'<label><input type="checkbox" name="status" value="{status}" checked> '
            f"{_badge(status)}</label>"
            for status in STATUSES
        )
        # Hidden until the script runs: without it every quote is shown and nothing is lost.
        return [
            '<form id="filters" hidden aria-label="Filter the quotes">',
            f"<fieldset><legend>Status</legend>{boxes}</fieldset>",
            '<p><label for="speaker-filter">Speaker</label> '
            '<select id="speaker-filter" name="speaker"><option value="">every speaker</option>'
            f"{options}</select> "
            '<button type="button" id="reset-filters">Show all</button></p>',
            '<p id="shown-count" aria-live="polite"></p>',
            "</form>",
        ]

    # -- the quotes --------------------------------------------------------------------------

    def quotes(self) -> list[str]:
        lines = ['<section id="quotes" aria-labelledby="quotes-title" tabindex="-1">']
        lines.append('<h2 id="quotes-title">Quotes</h2>')
        warnings: dict[str, list[str]] = {}
        for doc_id, warning in self.report.warnings:
            place = self.places.place(doc_id, warning.start)
            warnings.setdefault(doc_id, []).append(
                f"<li>{place} {_text(warning.code)}: {_text(warning.message)}</li>"
            )
        for document in self.shown:
            findings = self.by_document[document.id]
            lines += [
                f'<section class="document" id="{self.doc_anchor[document.id]}">',
                f"<h3>{_text(document.id)}</h3>",
            ]
            path = self.places.path(document.id)
            if path != document.id:
                lines.append(f'<p class="path"><code>{_text(path)}</code></p>')
            if document.id in warnings:
                lines += ['<ul class="warnings">', *warnings[document.id], "</ul>"]
            if not findings:
                lines.append('<p class="none">No quotes.</p>')
            lines += [self.entry(k, finding, document) for k, finding in findings]
            lines.append("</section>")
        lines.append("</section>")
        return lines

    def entry(self, k: int, finding: Finding, document: Document) -> str:
        quote = finding.quote
        name = speaker_name(quote.speaker)
        classes = "quote filterable" + (" suppressed" if finding.suppressed else "")
        badges = [_badge(finding.status)]
        if self.is_check:
            badges.append(f'<span class="severity {finding.severity}">{finding.severity}</span>')
        if finding.suppressed:
            badges.append('<span class="flag">suppressed</span>')
        place = f"{self.places.path(document.id)}:{self.places.place(document.id, quote.start)}"
        parts = [
            f'<article class="{classes}" id="q-{k}" data-status="{finding.status}"'
            f' data-speaker="{_text(name)}" data-doc="{_text(document.id)}">',
            f'<header>{" ".join(badges)} <a class="place" href="#q-{k}">{_text(place)}</a>'
            f"</header>",
            f'<p class="who">{_who(quote)}</p>',
            _in_context(document.text, quote),
        ]
        if finding.matches:
            covered = round(finding.coverage * 100)
            parts.append(f'<p class="coverage">{covered}% of its words were found.</p>')
            parts.append('<ol class="matches">')
            parts += [self.match(document, quote, match) for match in finding.matches[:MAX_MATCHES]]
            parts.append("</ol>")
            hidden = len(finding.matches) - MAX_MATCHES
            if hidden > 0:
                parts.append(f'<p class="more">and {_count(hidden, "more match")}.</p>')
        else:
            found = "the sources" if self.is_check else "the other documents"
            parts.append(f'<p class="unmatched">Not found in {found}.</p>')
        parts.append("</article>")
        return "\n".join(parts)

    def match(self, document: Document, quote: Quote, match: Match) -> str:
        other = self.places.document(match.doc_id)
        where = f"{self.places.path(match.doc_id)}:{self.places.place(match.doc_id, match.start)}"
        anchor = None
        if match.quote is not None:
            anchor = self.anchor_of.get((match.doc_id, match.quote.start, match.quote.end))
        place = _text(where) if anchor is None else f'<a href="#q-{anchor}">{_text(where)}</a>'
        credited = "speaker unknown"
        if match.other_speaker is not None:
            credited = f"credited to {_text(speaker_name(match.other_speaker))}"
        facts = [
            place,
            f'<span class="relation">{match.relation}</span>',
            f"score {match.score:.1f}",
            f'<span class="agreement {match.speaker}">speaker {match.speaker}</span> ({credited})',
        ]
        if match.quote is None:
            facts.append("in unquoted text")
        lines = [
            f'<li class="match" data-relation="{match.relation}" data-doc="{_text(match.doc_id)}">',
            f'<p class="match-head">{" · ".join(facts)}</p>',
        ]
        this_side, other_side, changed = _sides(document.text, other.text, match)
        if changed:
            lines += [
                '<div class="diff" role="group" aria-label="Wording side by side">',
                f'<div class="side this"><p class="side-label">{_text(document.id)}</p>'
                f"<p>{this_side}</p></div>",
                f'<div class="side other"><p class="side-label">{_text(match.doc_id)}</p>'
                f"<p>{other_side}</p></div>",
                "</div>",
            ]
        else:
            lines.append('<p class="same">Same wording.</p>')
        lines.append("</li>")
        return "\n".join(lines)


def _sides(this_text: str, other_text: str, match: Match) -> tuple[str, str, bool]:
    """Both passages of a match as HTML, words only this quote has in ``<del>``, words only the
    other has in ``<ins>``; and whether any word differs. Words the other passage has around
    the whole quote (a fragment's surroundings) are shown muted, not as changes, unless the
    passages overlap."""
    hunks = match.diff
    if not hunks:
        return "", "", False
    lead, trail = surroundings(match)
    this_parts: list[tuple[tuple[int, int], str]] = []
    other_parts: list[tuple[tuple[int, int], str]] = []
    changed = False
    for position, hunk in enumerate(hunks):
        edge = position < lead or position >= len(hunks) - trail
        if hunk.op == "equal":
            this_parts.append((hunk.this_span, ""))
            other_parts.append((hunk.other_span, ""))
            continue
        if edge:
            other_parts.append((hunk.other_span, "muted"))
            continue
        changed = True
        if hunk.op in ("delete", "replace"):
            this_parts.append((hunk.this_span, "del"))
        if hunk.op in ("insert", "replace"):
            other_parts.append((hunk.other_span, "ins"))
    return _side(this_text, this_parts), _side(other_text, other_parts), changed


_GAP_CHARS = 24
"""Text between two hunks longer than this (it never is inside one quote) is shown as "…"."""


def _side(text: str, parts: Sequence[tuple[tuple[int, int], str]]) -> str:
    """One passage as HTML: each ``(span, kind)`` with the text between spans kept."""
    out: list[str] = []
    previous: int | None = None
    for (start, end), kind in parts:
        if start >= end:
            continue
        if previous is not None:
            gap = text[previous:start] if previous <= start else " "
            out.append(_text(gap) if len(gap) <= _GAP_CHARS else " … ")
        words = _text(text[start:end])
        if kind == "muted":
            out.append(f'<span class="surround">{words}</span>')
        elif kind:
            out.append(f"<{kind}>{words}</{kind}>")
        else:
            out.append(words)
        previous = end
    return "".join(out)


def _in_context(text: str, quote: Quote) -> str:
    """The quote in the sentence around it, as a block quote: the quote's words marked, the
    sentence's other words muted, at most :data:`CONTEXT_CHARS` of them on either side.

    >>> text = 'Rain fell. Then "we go," Mr. Ruiz said. Later.'
    >>> print(_in_context(text, Quote("we go,", 17, 23, None, None, "utterance", 0)))
    <blockquote class="quote-text"><p><span class="around">Then &quot;</span><mark>we go,</mark><span class="around">&quot; Mr. Ruiz said.</span></p></blockquote>
    """  # noqa: E501
    start, stop = _sentence(text, quote.start, quote.end)
    head = text[start : quote.start]
    if start > 0 and start == quote.start - CONTEXT_CHARS:
        # Cut mid-sentence: start at a word, not inside one.
        space = head.find(" ")
        head = "…" + (head[space + 1 :] if 0 <= space < len(head) // 2 else head)
    tail = text[quote.end : stop]
    if stop == quote.end + CONTEXT_CHARS and stop < len(text):
        space = tail.rfind(" ")
        tail = (tail[:space] if space > len(tail) // 2 else tail) + "…"
    head, tail = _text(head.lstrip()), _text(tail.rstrip())
    return (
        f'<blockquote class="quote-text"><p><span class="around">{head}</span>'
        f'<mark>{_text(quote.text)}</mark><span class="around">{tail}</span></p></blockquote>'
    )


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence (or sentences) around ``start``:``end`` begins and ends, looking
    no further than :data:`CONTEXT_CHARS` either way and never past a blank line.

    >>> text = 'Rain fell.\\n"We go," Ana said. Later.'
    >>> start, stop = _sentence(text, 12, 18)
    >>> text[start:stop]
    '"We go," Ana said.'
    """
    low = max(0, start - CONTEXT_CHARS)
    for paragraph in _PARAGRAPH_BREAK.finditer(text, low, start):
        low = paragraph.end()
    stops = [found.start() for found in _STOP.finditer(text, low, start)]
    after_stop = next(
        (at + 1 for at in reversed(stops) if _ends_sentence(text, at, low, start)), None
    )
    begin = low if after_stop is None else after_stop
    # Closing marks after a stop end the previous sentence, not begin this one.
    while after_stop is not None and begin < start and text[begin] in _CLOSING:
        begin += 1
    while begin < start and text[begin].isspace():
        begin += 1
    high = min(len(text), end + CONTEXT_CHARS)
    blank = _PARAGRAPH_BREAK.search(text, end, high)
    high = blank.start() if blank is not None else high
    # From the quote's last character: a quote ending "... ready." can end its sentence.
    lo = max(start, end - 1)
    stop = next(
        (
            found.end()
            for found in _STOP.finditer(text, lo, high)
            if _ends_sentence(text, found.start(), lo, high)
        ),
        high,
    )
    stop = max(stop, end)
    while stop < high and text[stop] in _CLOSING:
        stop += 1
    return begin, stop


def _ends_sentence(text: str, at: int, lo: int, hi: int) -> bool:
    """Whether the stop at ``at`` ends a sentence (not an abbreviation's period, an initial or
    a decimal point), judged on the few words around it within ``lo``:``hi``.

    >>> text = "Mr. Ruiz paid 3.5 million. Then"
    >>> [_ends_sentence(text, at, 0, len(text)) for at in (2, 15, 25)]
    [False, False, True]
    """
    begin = max(lo, at - 24)
    if begin > lo:  # start at a word, so the word before the stop is whole
        space = text.find(" ", begin, at)
        begin = space + 1 if space >= 0 else begin
    around = tokens(text, begin, min(hi, at + 16))
    return any(
        token.start == at and token.end == at + 1 and is_sentence_break(around, i)
        for i, token in enumerate(around)
    )


RESOLVED_BY = {
    "explicit": "named at the quote",
    "pronoun": "from a pronoun",
    "surname": "from a surname",
    "role": "from a role",
    "continuation": "continues the quote before",
    "label": "from a speaker label",
}
"""How a speaker was found, in words (``Speaker.resolved_by``)."""


def _who(quote: Quote) -> str:
    """Speaker, role and how the speaker was found, as HTML."""
    speaker = quote.speaker
    if speaker is None:
        return '<span class="speaker none">no speaker found</span>'
    parts = [f'<span class="speaker">{_text(speaker_name(speaker))}</span>']
    if speaker.role:
        parts.append(f', <span class="role">{_text(clean(speaker.role))}</span>')
    how = [RESOLVED_BY.get(speaker.resolved_by, speaker.resolved_by)]
    if speaker.mention and speaker.mention != speaker.name:
        how.insert(0, f"written “{_text(clean(speaker.mention))}”")
    if quote.cue is not None:
        how.append(f"cue “{_text(clean(quote.cue.text))}”")
    if speaker.kind != "person":
        how.insert(0, speaker.kind)
    parts.append(f' <span class="how">({"; ".join(how)})</span>')
    return "".join(parts)


def _badge(status: Status, *, short: bool = False) -> str:
    """A status as a word with a symbol (the symbol hidden from screen readers)."""
    symbol = f'<span aria-hidden="true">{SYMBOLS[status]}</span>'
    if short:
        return (
            f'<span class="badge {status}" title="{status}">{symbol}'
            f'<span class="visually-hidden">{status}</span></span>'
        )
    return f'<span class="badge {status}">{symbol} {status}</span>'


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


def _text(text: str) -> str:
    """Escape document text for HTML (attribute values included), unsafe characters shown.

    >>> _text('<img src=x onerror="alert(1)"> \\u202e')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; \\\\u202e'
    """
    return escape(_UNSAFE.sub(lambda found: ascii(found.group())[1:-1], text), quote=True)


@cache
def _asset(name: str) -> str:
    return files("quoteverify.render").joinpath(name).read_text(encoding="utf-8")


def _digest(content: str) -> str:
    """The CSP source expression allowing exactly this inline script or stylesheet."""
    digest = hashlib.sha256(content.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")
