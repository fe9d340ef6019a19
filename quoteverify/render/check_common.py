"""What the ``quoteverify check`` formats share: places in the user's files, which documents are
drafts, the counts of the summary line, and a finding told in one message.

A check report points into files, not into the text that was matched: for an HTML page the
matched text is the page's visible text, and :class:`FilePlaces` maps it back through
``Document.origin``. For plain text and Markdown (whose markup is blanked to spaces, keeping
every offset) the two are the same.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Callable, Iterable
from typing import NamedTuple

from quoteverify.model import Document, Finding, Report, TextWarning
from quoteverify.render.diff import change_lines, match_diff_lines
from quoteverify.render.position import LineIndex
from quoteverify.render.report_text import (
    Places,
    _count,
    agreement,
    clean,
    quoted,
    speaker_name,
)

_CHARACTER_REFERENCE = re.compile(
    r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)
"""A character reference (``&rdquo;``, ``&#8221;``) in HTML or Markdown."""

LISTED_SEVERITIES = ("error", "warning")
"""Severities that are problems: a format for CI annotates these (and summarises the rest)."""


class FileSpan(NamedTuple):
    """Where a span of a document's text lies in its file: 1-based lines and columns (the end
    column is that of the character after the span) and the file offsets, end exclusive."""

    start_line: int
    start_column: int
    end_line: int
    end_column: int
    start: int
    end: int


class FilePlaces(Places):
    """``line:column`` in the *file* each document was read from (through ``Document.origin``
    when its text is derived, as an HTML page's visible text is), and the path to show.

    A :class:`Places`, so it can stand in wherever the report renderers take one. (Were
    :class:`Places` itself to count in files, only :meth:`path` and :meth:`span` would remain.)

    >>> from quoteverify.model import Origin
    >>> page = Document("p.html", "Hi & bye", "site/p.html",
    ...                 Origin("<p>\\nHi &amp; bye</p>", ((0, 4), (3, 7), (4, 12))))
    >>> places = FilePlaces([page])
    >>> places.place("p.html", 5), places.path("p.html")
    ('2:10', 'site/p.html')
    >>> places.span("p.html", 0, 8)
    FileSpan(start_line=2, start_column=1, end_line=2, end_column=13, start=4, end=16)

    ``root`` (the repository's root) makes every file path relative to it, as code scanning
    and workflow annotations read them: ``FilePlaces([page], root="site").path("p.html")`` is
    ``'p.html'``.
    """

    __slots__ = ("_documents", "_root")

    def __init__(self, documents: Iterable[Document], *, root: str | None = None) -> None:
        self._root = root
        self._documents = {document.id: document for document in documents}
        self._indexes = {
            doc_id: LineIndex(document.file_text()) for doc_id, document in self._documents.items()
        }

    def document(self, doc_id: str) -> Document:
        """The document with this id (``ValueError`` when the report has none)."""
        try:
            return self._documents[doc_id]
        except KeyError:
            raise ValueError(f"the report has no document with id {doc_id!r}") from None

    def line_col(self, doc_id: str, offset: int) -> tuple[int, int]:
        """Return ``(line, column)`` in the file of ``offset`` into the document's text."""
        return self._indexes[doc_id].line_col(self.document(doc_id).file_offset(offset))

    def path(self, doc_id: str) -> str:
        """The file a document was read from, as given or relative to the root (its id when
        it has no source)."""
        document = self.document(doc_id)
        path = document.source or document.id
        return path if self._root is None else relative_path(path, self._root)

    def span(self, doc_id: str, start: int, end: int) -> FileSpan:
        """Where ``start``:``end`` of the document's text lies in its file.

        The end is found from the span's last character, so markup between two runs of
        visible text (an HTML closing tag) is not taken into the span; a last character
        written as a character reference (``&rdquo;``) ends the span after the reference.
        """
        document = self.document(doc_id)
        file_start = document.file_offset(start)
        file_end = _file_end(document, end - 1) if end > start else file_start
        index = self._indexes[doc_id]
        start_line, start_column = index.line_col(file_start)
        end_line, end_column = index.line_col(file_end)
        return FileSpan(start_line, start_column, end_line, end_column, file_start, file_end)


_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def relative_path(path: str, root: str = os.curdir) -> str:
    """``path`` relative to the folder ``root`` (both absolute, or relative to the current
    directory), with ``/``; a URL, or a path on another drive, is kept as it is.

    >>> relative_path("drafts/a.md"), relative_path("/srv/news/drafts/a.md", "/srv/news")
    ('drafts/a.md', 'drafts/a.md')
    >>> relative_path("a.md", "drafts"), relative_path("https://example.org/a")
    ('../a.md', 'https://example.org/a')
    """
    if _URL.match(path):
        return path
    try:
        relative = os.path.relpath(path, root)
    except ValueError:  # another drive on Windows: there is no relative path
        return path
    return relative.replace(os.sep, "/")


def _file_end(document: Document, last: int) -> int:
    """The file offset just after the character at ``last`` of the document's text.

    >>> from quoteverify.model import Origin
    >>> page = Document("p.html", "“Hi", None, Origin("<p>&ldquo;Hi", ((0, 3), (1, 10))))
    >>> _file_end(page, 0), _file_end(page, 2)
    (10, 12)
    """
    at = document.file_offset(last)
    if document.origin is not None:
        written = _CHARACTER_REFERENCE.match(document.origin.text, at)
        if written and html.unescape(written.group()) == document.text[last]:
            return written.end()
    return at + 1


class Tally(NamedTuple):
    """Findings by severity (suppressed ones counted apart, whatever their severity)."""

    errors: int
    warnings: int
    info: int
    suppressed: int


def tally(report: Report) -> Tally:
    """Count a report's findings by severity.

    >>> from quoteverify.model import Quote
    >>> quote = Quote("Go now", 1, 7, None, None, "utterance", 0)
    >>> report = Report((Document("d.md", '"Go now"'),), (
    ...     Finding("d.md", quote, "altered", 0.5, (), "error"),
    ...     Finding("d.md", quote, "altered", 0.5, (), "error", suppressed=True)))
    >>> tally(report)
    Tally(errors=1, warnings=0, info=0, suppressed=1)
    """
    counts = {"error": 0, "warning": 0, "info": 0}
    suppressed = 0
    for finding in report.findings:
        if finding.suppressed:
            suppressed += 1
        else:
            counts[finding.severity] += 1
    return Tally(counts["error"], counts["warning"], counts["info"], suppressed)


def split_documents(report: Report) -> tuple[tuple[Document, ...], tuple[Document, ...]]:
    """``(drafts, sources)`` of a check report: ``Report.drafts`` names the drafts.

    A report not made by ``check`` (no drafts named) counts every document with a finding
    as a draft.

    >>> docs = (Document("a.md", ""), Document("s.txt", ""))
    >>> drafts, sources = split_documents(Report(docs, (), drafts=("a.md",)))
    >>> [d.id for d in drafts], [d.id for d in sources]
    (['a.md'], ['s.txt'])
    """
    named = set(report.drafts) or {finding.doc_id for finding in report.findings}
    drafts = tuple(d for d in report.documents if d.id in named)
    return drafts, tuple(d for d in report.documents if d.id not in named)


def draft_warnings(report: Report) -> list[tuple[str, TextWarning]]:
    """The text warnings of the drafts, in report order: a source's unclosed quote is no
    business of the draft's author.

    >>> warning = TextWarning("unclosed-quote", "never closed", 0, 1)
    >>> report = Report((Document("a.md", '"'), Document("s.txt", '"')), (),
    ...                 (("a.md", warning), ("s.txt", warning)), drafts=("a.md",))
    >>> [doc_id for doc_id, _ in draft_warnings(report)]
    ['a.md']
    """
    drafts, _ = split_documents(report)
    ids = {document.id for document in drafts}
    return [(doc_id, warning) for doc_id, warning in report.warnings if doc_id in ids]


def summary_line(report: Report, *, paint: Callable[[str, str], str] | None = None) -> str:
    """The first summary line of every check format: findings by severity, drafts and sources.
    ``paint(severity, text)`` may style the counts of errors and warnings when there are any.

    >>> from quoteverify.model import Quote
    >>> quote = Quote("Go now", 1, 7, None, None, "utterance", 0)
    >>> summary_line(Report((Document("d.md", '"Go now"'), Document("s.txt", "")),
    ...                     (Finding("d.md", quote, "altered", 0.5, (), "error"),)))
    '1 error, 0 warnings, 0 info, 0 suppressed in 1 draft (1 source)'
    """
    errors, warnings, info, suppressed = tally(report)
    drafts, sources = split_documents(report)
    error_count, warning_count = _count(errors, "error"), _count(warnings, "warning")
    if paint is not None:
        error_count = paint("error", error_count) if errors else error_count
        warning_count = paint("warning", warning_count) if warnings else warning_count
    return (
        f"{error_count}, {warning_count}, {info} info,"
        f" {suppressed} suppressed in {_count(len(drafts), 'draft')}"
        f" ({_count(len(sources), 'source')})"
    )


def status_line(report: Report) -> str:
    """How many findings have each status, suppressed ones included, and the drafts' text
    warnings when there are any.

    >>> status_line(Report((), ()))
    '0 corroborated, 0 partial, 0 altered, 0 misattributed, 0 uncorroborated'
    """
    line = ", ".join(f"{number} {status}" for status, number in report.counts().items())
    text_warnings = len(draft_warnings(report))
    return f"{line}, {_count(text_warnings, 'text warning')}" if text_warnings else line


def finding_headline(
    finding: Finding, places: FilePlaces, *, link: Callable[[str], str] | None = None
) -> str:
    """A finding on one line: status, speaker, the quote (shortened) and where its best match
    is, how it relates, its score and whose words the source says they are. ``link`` may wrap
    the ``path:line:column`` of the best match (SARIF makes it a link to a related location).

    >>> from quoteverify.model import Match, Quote
    >>> draft = Document("d.md", '"We will never yield," she said.')
    >>> wire = Document("w.txt", 'Ruiz: "We will not yield."', "wire/w.txt")
    >>> ours = Quote("We will never yield,", 1, 21, None, None, "utterance", 0)
    >>> match = Match("w.txt", 7, 24, "We will not yield", None, "altered", 75.0, "unknown",
    ...               None, 3, ())
    >>> finding_headline(Finding("d.md", ours, "altered", 0.75, (match,)),
    ...                  FilePlaces([draft, wire]))
    'altered quote, (no speaker): "We will never yield,"; best match wire/w.txt:1:8 (altered, score 75.0, speaker unknown, in unquoted text)'
    >>> finding_headline(Finding("d.md", ours, "uncorroborated", 0.0, ()), FilePlaces([draft]))
    'uncorroborated quote, (no speaker): "We will never yield,"; not found in the sources'
    """  # noqa: E501
    quote = finding.quote
    headline = f"{finding.status} quote, {speaker_name(quote.speaker)}: {quoted(quote.text)}"
    if not finding.matches:
        return f"{headline}; not found in the sources"
    best = finding.matches[0]
    where = f"{clean(places.path(best.doc_id))}:{places.place(best.doc_id, best.start)}"
    if link is not None:
        where = link(where)
    unquoted = "" if best.quote is not None else ", in unquoted text"
    return (
        f"{headline}; best match {where}"
        f" ({best.relation}, score {best.score:.1f}, {agreement(best)}{unquoted})"
    )


def finding_diff(finding: Finding) -> list[str]:
    """The ``- draft words`` / ``+ source words`` lines of the best match, on one line each and
    safe for a terminal; none when the wording is the same.

    >>> from quoteverify.model import Hunk, Match, Quote
    >>> quote = Quote("We will never yield", 0, 19, None, None, "utterance", 0)
    >>> diff = (Hunk("equal", "We will", "We will", (0, 7), (0, 7)),
    ...         Hunk("replace", "never", "not", (8, 13), (8, 11)))
    >>> match = Match("w", 0, 11, "We will not", None, "altered", 75.0, "unknown", None, 2, diff)
    >>> finding_diff(Finding("d", quote, "altered", 0.75, (match,)))
    ['- We will never', '+ We will not']
    """
    if not finding.matches:
        return []
    return [
        line
        for this, other in match_diff_lines(finding.matches[0])
        for line in (f"- {clean(this)}".rstrip(), f"+ {clean(other)}".rstrip())
    ]


def finding_change_lines(finding: Finding) -> list[str]:
    """The changes of the best match in words, one line each and safe for a terminal:
    ``number changed: 10,000 → 12,000`` (the source's words, then the draft's)."""
    if not finding.matches:
        return []
    return [clean(line) for line in change_lines(finding.matches[0])]


def finding_changes(finding: Finding) -> list[str]:
    """The words that differ from the best match, one phrase per change, for a one-line
    message: ``"draft words" -> source has "source words"``.

    >>> from quoteverify.model import Hunk, Match, Quote
    >>> quote = Quote("We will never yield", 0, 19, None, None, "utterance", 0)
    >>> diff = (Hunk("equal", "We will", "We will", (0, 7), (0, 7)),
    ...         Hunk("replace", "never", "not", (8, 13), (8, 11)))
    >>> match = Match("w", 0, 11, "We will not", None, "altered", 75.0, "unknown", None, 2, diff)
    >>> finding_changes(Finding("d", quote, "altered", 0.75, (match,)))
    ['"We will never" -> source has "We will not"']
    """
    if not finding.matches:
        return []
    return [
        f'"{clean(this)}" -> source has "{clean(other)}"'
        for this, other in match_diff_lines(finding.matches[0])
    ]
