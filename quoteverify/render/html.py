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
from collections import Counter
from functools import cache
from importlib.resources import files

from quoteverify.model import STATUSES, Document, Finding, Match, Quote, Report, Status
from quoteverify.render.check_common import FilePlaces, split_documents, summary_line
from quoteverify.render.diff import change_lines
from quoteverify.render.html_speakers import speaker_table
from quoteverify.render.html_text import badge, escaped, in_context, sides
from quoteverify.render.report_text import MAX_MATCHES, _count, clean, shorten, speaker_name

ATTENTION: tuple[Status, ...] = ("altered", "misattributed", "uncorroborated")
"""Statuses a person should look at first, worst first."""

ATTENTION_LIMIT = 200
"""Quotes listed under "Needs attention"; the rest are counted (the filters show them all)."""

MEANINGS: dict[Status, str] = {
    "corroborated": "found with the same wording and a compatible speaker",
    "partial": "part of the quote is found, the rest is not",
    "altered": "found, but with words changed",
    "misattributed": "found, but credited to someone else",
    "uncorroborated": "not found in the other documents",
}
"""What each status means, for the summary table (``check`` searches sources, not documents)."""


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
            f"<title>{escaped(title)}</title>",
            f"<style>{css}</style>",
            "</head>",
            "<body>",
            '<a class="skip" href="#quotes">Skip to the quotes</a>',
            "<header>",
            f"<h1>{escaped(title)}</h1>",
            *self.lede(),
            "</header>",
            "<main>",
            *self.summary(),
            *self.by_speaker(),
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
            lines = [f'<p class="lede" id="verdict">{escaped(summary_line(self.report))}.</p>']
            if self.sources:
                paths = ", ".join(
                    f"<code>{escaped(self.places.path(d.id))}</code>" for d in self.sources
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
                f'<tr data-status="{status}"><th scope="row">{badge(status)}</th>'
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
        heads = "".join(f'<th scope="col">{badge(status)}</th>' for status in STATUSES)
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
                f'<tr data-doc="{escaped(document.id)}"><th scope="row">'
                f'<a href="#{self.doc_anchor[document.id]}">{escaped(document.id)}</a></th>'
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
            name = escaped(speaker_name(finding.quote.speaker))
            lines.append(
                f'<li class="filterable" data-status="{finding.status}" data-speaker="{name}">'
                f"{badge(finding.status)} "
                f'<a href="#q-{k}">{escaped(finding.doc_id)}:{place}</a> '
                f'<span class="speaker">{name}</span>: '
                f"<q>{escaped(shorten(clean(finding.quote.text), 140))}</q></li>"
            )
        lines.append("</ol>")
        hidden = len(needing) - ATTENTION_LIMIT
        if hidden > 0:
            lines.append(
                f'<p class="more">and {hidden} more; filter the quotes by status to see them.</p>'
            )
        lines.append("</section>")
        return lines

    def by_speaker(self) -> list[str]:
        """For ``compare`` over several documents, the quotes by speaker across them."""
        if self.is_check:
            return []
        return speaker_table(self.report, self.shown, self.doc_anchor, self.anchor_of)

    # -- filters ---------------------------------------------------------------------------

    def filters(self) -> list[str]:
        speakers = Counter(speaker_name(f.quote.speaker) for f in self.report.findings)
        options = "".join(
            f'<option value="{escaped(name)}">{escaped(name)} ({number})</option>'
            for name, number in sorted(speakers.items(), key=lambda i: (-i[1], i[0].casefold()))
        )
        boxes = "".join(
            f'<label><input type="checkbox" name="status" value="{status}" checked> '
            f"{badge(status)}</label>"
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
                f"<li>{place} {escaped(warning.code)}: {escaped(warning.message)}</li>"
            )
        for document in self.shown:
            findings = self.by_document[document.id]
            lines += [
                f'<section class="document" id="{self.doc_anchor[document.id]}">',
                f"<h3>{escaped(document.id)}</h3>",
            ]
            path = self.places.path(document.id)
            if path != document.id:
                lines.append(f'<p class="path"><code>{escaped(path)}</code></p>')
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
        badges = [badge(finding.status)]
        if self.is_check:
            badges.append(f'<span class="severity {finding.severity}">{finding.severity}</span>')
        if finding.suppressed:
            badges.append('<span class="flag">suppressed</span>')
        place = f"{self.places.path(document.id)}:{self.places.place(document.id, quote.start)}"
        parts = [
            f'<article class="{classes}" id="q-{k}" data-status="{finding.status}"'
            f' data-speaker="{escaped(name)}" data-doc="{escaped(document.id)}">',
            f'<header>{" ".join(badges)} <a class="place" href="#q-{k}">{escaped(place)}</a>'
            f"</header>",
            f'<p class="who">{_who(quote)}</p>',
            in_context(document.text, quote),
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
        place = escaped(where) if anchor is None else f'<a href="#q-{anchor}">{escaped(where)}</a>'
        credited = "speaker unknown"
        if match.other_speaker is not None:
            credited = f"credited to {escaped(speaker_name(match.other_speaker))}"
        facts = [
            place,
            f'<span class="relation">{match.relation}</span>',
            f"score {match.score:.1f}",
            f'<span class="agreement {match.speaker}">speaker {match.speaker}</span> ({credited})',
        ]
        if match.quote is None:
            facts.append("in unquoted text")
        lines = [
            f'<li class="match" data-relation="{match.relation}"'
            f' data-doc="{escaped(match.doc_id)}">',
            f'<p class="match-head">{" · ".join(facts)}</p>',
        ]
        changes = change_lines(match)
        if changes:
            items = "".join(f"<li>{escaped(change)}</li>" for change in changes)
            lines.append(f'<ul class="changes" aria-label="What changed">{items}</ul>')
        this_side, other_side, changed = sides(document.text, other.text, match)
        if changed:
            lines += [
                '<div class="diff" role="group" aria-label="Wording side by side">',
                f'<div class="side this"><p class="side-label">{escaped(document.id)}</p>'
                f"<p>{this_side}</p></div>",
                f'<div class="side other"><p class="side-label">{escaped(match.doc_id)}</p>'
                f"<p>{other_side}</p></div>",
                "</div>",
            ]
        else:
            lines.append('<p class="same">Same wording.</p>')
        lines.append("</li>")
        return "\n".join(lines)


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
    parts = [f'<span class="speaker">{escaped(speaker_name(speaker))}</span>']
    if speaker.role:
        parts.append(f', <span class="role">{escaped(clean(speaker.role))}</span>')
    how = [RESOLVED_BY.get(speaker.resolved_by, speaker.resolved_by)]
    if speaker.mention and speaker.mention != speaker.name:
        how.insert(0, f"written “{escaped(clean(speaker.mention))}”")
    if quote.cue is not None:
        how.append(f"cue “{escaped(clean(quote.cue.text))}”")
    if speaker.kind != "person":
        how.insert(0, speaker.kind)
    parts.append(f' <span class="how">({"; ".join(how)})</span>')
    return "".join(parts)


@cache
def _asset(name: str) -> str:
    return files("quoteverify.render").joinpath(name).read_text(encoding="utf-8")


def _digest(content: str) -> str:
    """The CSP source expression allowing exactly this inline script or stylesheet."""
    digest = hashlib.sha256(content.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")
