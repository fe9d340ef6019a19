"""Human-readable corroboration report: a block per document, a line per quote with its status,
its best matches in the other documents and, where the wording differs, the words that differ.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quoteverify.model import Document, Finding, Match, Report, Speaker
from quoteverify.render.diff import change_lines, match_diff_lines
from quoteverify.render.paint import Paint, painter, status_style
from quoteverify.render.position import LineIndex

MAX_MATCHES = 3
"""Matches shown per quote, best first; the rest are counted."""

QUOTE_WIDTH = 80
"""Quotes longer than this many characters are shortened (with "…") to keep one per line."""

# Control characters (a terminal would obey an escape sequence), the bidirectional overrides
# and isolates that make text display in another order than it is stored, and lone surrogates
# (a file name that is not UTF-8), which no UTF-8 output can hold.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# The same, but line breaks and tabs kept: for text shown as it is in the file (a snippet).
_UNSAFE_IN_LINES = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


class Places:
    """``line:column`` of offsets into each document of a report, one line index per document.

    >>> places = Places([Document("a.txt", "one\\ntwo")])
    >>> places.line_col("a.txt", 5), places.place("a.txt", 5)
    ((2, 2), '2:2')
    """

    __slots__ = ("_documents", "_indexes")

    def __init__(self, documents: Iterable[Document]) -> None:
        # Positions are shown in the file: an HTML document's text maps back through its origin.
        self._documents = {document.id: document for document in documents}
        self._indexes = {
            doc_id: LineIndex(document.file_text()) for doc_id, document in self._documents.items()
        }

    def line_col(self, doc_id: str, offset: int) -> tuple[int, int]:
        """Return ``(line, column)`` of ``offset`` in the document ``doc_id``, from 1."""
        try:
            index = self._indexes[doc_id]
        except KeyError:
            raise ValueError(f"the report has no document with id {doc_id!r}") from None
        return index.line_col(self._documents[doc_id].file_offset(offset))

    def place(self, doc_id: str, offset: int) -> str:
        """Return ``"line:column"`` of ``offset`` in the document ``doc_id``."""
        return "{}:{}".format(*self.line_col(doc_id, offset))


def render_report_text(report: Report, *, color: bool = False) -> str:
    """Render a corroboration report for a person reading a terminal; ANSI colour (headers,
    statuses, the two sides of a diff) only with ``color=True``.

    >>> from quoteverify.model import Finding, Match, Quote
    >>> a = Document("a.txt", '"We are ready," she said.')
    >>> b = Document("b.txt", 'He said:\\n"We are ready."')
    >>> ours = Quote("We are ready,", 1, 14, None, None, "utterance", 0)
    >>> theirs = Quote("We are ready.", 10, 23, None, None, "utterance", 0)
    >>> match = Match("b.txt", 10, 23, theirs.text, theirs, "normalized", 100.0, "unknown",
    ...               None, 3, ())
    >>> print(render_report_text(Report((a, b), (
    ...     Finding("a.txt", ours, "corroborated", 1.0, (match,)),
    ...     Finding("b.txt", theirs, "uncorroborated", 0.0, ())))))
    a.txt
      1:2  corroborated  (no speaker)  "We are ready,"
           -> b.txt 2:2  normalized  100.0  speaker unknown
    <BLANKLINE>
    b.txt
      2:2  uncorroborated  (no speaker)  "We are ready."
    <BLANKLINE>
    2 documents, 2 quotes, 0 warnings
    1 corroborated, 0 partial, 0 altered, 0 misattributed, 1 uncorroborated
    <BLANKLINE>
    """
    places = Places(report.documents)
    findings: dict[str, list[Finding]] = {document.id: [] for document in report.documents}
    for finding in report.findings:
        if finding.doc_id not in findings:
            raise ValueError(f"the report has no document with id {finding.doc_id!r}")
        findings[finding.doc_id].append(finding)
    warnings: dict[str, list[tuple[int, str]]] = {document.id: [] for document in report.documents}
    for doc_id, warning in report.warnings:
        if doc_id not in warnings:
            raise ValueError(f"the report has no document with id {doc_id!r}")
        warnings[doc_id].append((warning.start, f"{warning.code}: {clean(warning.message)}"))
    paint = painter(color)
    blocks = [
        _render_document(document, findings[document.id], warnings[document.id], places, paint)
        for document in report.documents
    ]
    summary = ", ".join(
        [
            _count(len(report.documents), "document"),
            _count(len(report.findings), "quote"),
            _count(len(report.warnings), "warning"),
        ]
    )
    counts = ", ".join(f"{number} {status}" for status, number in report.counts().items())
    return "\n".join([*blocks, summary, counts]) + "\n"


def _render_document(
    document: Document,
    findings: list[Finding],
    warnings: list[tuple[int, str]],
    places: Places,
    paint: Paint,
) -> str:
    header = paint("header", clean(document.id))
    if document.source and document.source != document.id:
        header += f"  ({clean(document.source)})"
    # (offset, order, status column, detail, finding): warnings sort after a quote at the same
    # offset; the sort is stable, so findings at one offset keep the report's order.
    rows: list[tuple[int, int, str, str, Finding | None]] = [
        (
            finding.quote.start,
            0,
            finding.status,
            f"{speaker_name(finding.quote.speaker)}  {quoted(finding.quote.text)}",
            finding,
        )
        for finding in findings
    ]
    rows.extend((offset, 1, "warning", detail, None) for offset, detail in warnings)
    if not rows:
        return f"{header}\n  no quotes\n"
    rows.sort(key=lambda row: row[:2])
    where = [places.place(document.id, row[0]) for row in rows]
    place_width = max(map(len, where))
    status_width = max(len(row[2]) for row in rows)
    indent = " " * (2 + place_width + 2)
    lines = [header]
    for place, (_, _, status, detail, finding) in zip(where, rows, strict=True):
        style = "warning" if finding is None else status_style(finding.status)
        cell = paint(style, f"{status:<{status_width}}")
        lines.append(f"  {place:<{place_width}}  {cell}  {detail}")
        if finding is not None:
            lines.extend(indent + line for line in _match_lines(finding, places, paint))
    return "\n".join(lines) + "\n"


def _match_lines(finding: Finding, places: Places, paint: Paint) -> list[str]:
    lines: list[str] = []
    for match in finding.matches[:MAX_MATCHES]:
        lines.append(paint("match", f"-> {describe_match(match, places)}"))
        lines += [f"     {clean(change)}" for change in change_lines(match)]
        for this, other in match_diff_lines(match):
            lines += [
                "     " + paint("-", f"- {clean(this)}".rstrip()),
                "     " + paint("+", f"+ {clean(other)}".rstrip()),
            ]
    hidden = len(finding.matches) - MAX_MATCHES
    if hidden > 0:
        lines.append(f"   and {_count(hidden, 'more match')}")
    return lines


def describe_match(match: Match, places: Places) -> str:
    """Say where a match is, how it relates to the quote, its score and the speakers' agreement.

    >>> from quoteverify.model import Speaker
    >>> singh = Speaker("Sabrina Singh", "she", 3, 6, role="Pentagon spokeswoman")
    >>> match = Match("b.txt", 0, 2, "Go", None, "fragment-of", 100, "compatible", singh, 1, ())
    >>> describe_match(match, Places([Document("b.txt", "Go, she said.")]))
    'b.txt 1:1  fragment-of  100.0  speaker compatible (Sabrina Singh)  unquoted'
    """
    description = (
        f"{clean(match.doc_id)} {places.place(match.doc_id, match.start)}  {match.relation}"
        f"  {match.score:.1f}  {agreement(match)}"
    )
    return description if match.quote is not None else description + "  unquoted"


def agreement(match: Match) -> str:
    """How the other document's speaker compares with the quote's, naming the other speaker.

    >>> match = Match("b.txt", 0, 2, "Go", None, "exact", 100, "unknown", None, 1, ())
    >>> agreement(match)
    'speaker unknown'
    """
    if match.other_speaker is None:
        return f"speaker {match.speaker}"
    return f"speaker {match.speaker} ({clean(match.other_speaker.name)})"


def speaker_name(speaker: Speaker | None) -> str:
    """The speaker's name on one line, or ``(no speaker)``.

    >>> speaker_name(Speaker("Mark\\nRutte", "Rutte", 0, 5)), speaker_name(None)
    ('Mark Rutte', '(no speaker)')
    """
    return "(no speaker)" if speaker is None else clean(speaker.name)


def quoted(text: str, width: int = QUOTE_WIDTH) -> str:
    """Put a quote on one line in double quotes, shortened at a word boundary if too long.

    >>> quoted("We are\\n\\n  ready."), quoted("one two three four", width=12)
    ('"We are ready."', '"one two…"')
    """
    return f'"{shorten(clean(text), width)}"'


def shorten(text: str, width: int) -> str:
    """Cut ``text`` to at most ``width`` characters, at a word boundary when one is near, with "…".

    >>> shorten("one two three", 9), shorten("one two", 9)
    ('one two…', 'one two')
    """
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    space = cut.rfind(" ")
    if space > width // 2:
        cut = cut[:space]
    return cut.rstrip() + "…"


def clean(text: str) -> str:
    """Put text on one line (runs of whitespace become one space) and make control characters
    and bidirectional overrides visible as escapes, so document text cannot steer a terminal.

    >>> clean("a\\n\\tb \\x1b[31mred\\u202e")
    'a b \\\\x1b[31mred\\\\u202e'
    """
    return inert(" ".join(text.split()))


def inert(text: str, *, lines: bool = False) -> str:
    """Make control characters, bidirectional overrides and lone surrogates visible as
    escapes, whitespace left as it is (but for line breaks and tabs, unless ``lines``).

    >>> inert("two\\nlines \\x1b[2J\\u2066"), inert("a\\n\\x07b", lines=True)
    ('two\\\\nlines \\\\x1b[2J\\\\u2066', 'a\\n\\\\x07b')
    """
    unsafe = _UNSAFE_IN_LINES if lines else _UNSAFE
    return unsafe.sub(lambda found: ascii(found.group())[1:-1], text)


def _count(number: int, noun: str) -> str:
    """Count a noun in English.

    >>> _count(1, "quote"), _count(2, "more match")
    ('1 quote', '2 more matches')
    """
    if number == 1:
        return f"{number} {noun}"
    return f"{number} {noun}{'es' if noun.endswith(('s', 'ch', 'sh', 'x')) else 's'}"
