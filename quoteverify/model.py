"""Frozen records shared by every stage: documents, quotes, speakers, cues and text warnings.

Every record that points into a text carries ``start`` and ``end`` character offsets into the
original string, with the text kept beside them, so a finding can always be shown in the
user's file.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
import sys
from bisect import bisect_right
from pathlib import Path
from typing import Literal

import attrs

from quoteverify.errors import InputError

QuoteKind = Literal["utterance", "fragment", "term"]
SpeakerKind = Literal["person", "organization", "unknown"]
ResolvedBy = Literal["explicit", "pronoun", "surname", "role", "continuation", "label"]
Relation = Literal[
    "exact",
    "normalized",
    "editorial",
    "fragment-of",
    "contains",
    "overlaps",
    "elided",
    "altered",
]
Agreement = Literal["same", "compatible", "different", "unknown"]
Status = Literal["corroborated", "partial", "altered", "misattributed", "uncorroborated"]
HunkOp = Literal["equal", "replace", "insert", "delete"]
HunkKind = Literal[
    "editorial",
    "number",
    "negation",
    "word-form",
    "substitution",
    "insertion",
    "deletion",
    "reordering",
]
Severity = Literal["error", "warning", "info"]


@attrs.frozen
class Cue:
    """The attribution words as written ("said", "told reporters", "according to")."""

    text: str
    start: int
    end: int


@attrs.frozen
class Speaker:
    """Who a quote is attributed to.

    ``name`` is the fullest name the document gives ("Sabrina Singh"); ``mention`` is the words
    written where the quote is attributed ("she", "Singh", "the NATO chief"), at
    ``start``:``end``; ``role`` is a title or job ("Pentagon spokeswoman") when the document
    gives one. ``confidence`` (0 to 1) is how often a speaker found the way this one was
    (``resolved_by``, with or without a cue) is the right person; see docs/extraction.md.
    """

    name: str
    mention: str
    start: int
    end: int
    role: str | None = None
    kind: SpeakerKind = "person"
    resolved_by: ResolvedBy = "explicit"
    confidence: float = 1.0


@attrs.frozen
class Quote:
    """One contiguous quoted segment; ``text == source_text[start:end]``, marks excluded.

    ``utterance`` numbers the utterances of a document from 0: the segments of a quote split
    around "she said", or running over several paragraphs, share it.
    """

    text: str
    start: int
    end: int
    speaker: Speaker | None
    cue: Cue | None
    kind: QuoteKind
    utterance: int


@attrs.frozen
class TextWarning:
    """A problem in the text itself (not an error): an unclosed or unopened quote mark."""

    code: Literal["unclosed-quote", "unopened-quote"]
    message: str
    start: int
    end: int


@attrs.frozen
class Extraction:
    """Everything :func:`quoteverify.extract` finds in one text."""

    quotes: tuple[Quote, ...]
    warnings: tuple[TextWarning, ...]


@attrs.frozen
class Hunk:
    """One step of a word-level diff between a quote ("this") and a passage ("other").

    ``op`` reads from this quote's side: ``delete`` is words only this quote has, ``insert``
    words only the other passage has. Spans are character offsets into each document's text;
    the side without words has an empty span where they would be.
    """

    op: HunkOp
    this_text: str
    other_text: str
    this_span: tuple[int, int]
    other_span: tuple[int, int]
    kind: HunkKind | None = None
    """For a change, what kind (docs/matching.md): ``editorial`` (house style only, the quote
    still corroborated), ``number``, ``negation``, ``word-form``, ``substitution``,
    ``insertion`` (words this quote adds), ``deletion`` (words it leaves out) or
    ``reordering``; None for equal words and for words beyond the matched stretch that are no
    change (the other passage's surroundings)."""


@attrs.frozen
class Match:
    """Where a quote's words appear in another document, and how they differ.

    ``start``:``end`` is the matched passage in that document (``text`` is its text); ``quote``
    is the other document's quote holding it, or None when the words are in its unquoted text
    (a transcript, a press release). ``speaker`` compares the two speakers; ``other_speaker``
    is who the other document credits (a transcript label counts). ``words`` is how many of
    this quote's words the passage confirms; ``diff`` covers both passages in full. ``score``
    (0-100) is how much of the quote the passage bears out: its equal words against the words
    it changes and the quote's words it lacks. ``evidence`` is how unlikely the shared words
    are to be shared by chance, in bits (docs/matching.md).
    """

    doc_id: str
    start: int
    end: int
    text: str
    quote: Quote | None
    relation: Relation
    score: float
    speaker: Agreement
    other_speaker: Speaker | None
    words: int
    diff: tuple[Hunk, ...]
    evidence: float = 0.0


@attrs.frozen
class Finding:
    """What the other documents say about one quote; ``matches`` are best first.

    ``severity`` is what the run's :class:`~quoteverify.Config` makes of the status;
    ``suppressed`` marks a finding an inline ``quoteverify: ignore`` comment silenced (still
    counted, never dropped).
    """

    doc_id: str
    quote: Quote
    status: Status
    coverage: float
    matches: tuple[Match, ...]
    severity: Severity = "info"
    suppressed: bool = False


@attrs.frozen
class Report:
    """The findings of a run, in document order, with the documents and their text warnings."""


    documents: tuple[Document, ...]
    findings: tuple[Finding, ...]
    warnings: tuple[tuple[str, TextWarning], ...] = ()
    drafts: tuple[str, ...] = ()
    """For ``check``: the ids of the drafts (the other documents are sources)."""

    def counts(self) -> dict[Status, int]:
        """How many findings have each status (every status present, in a fixed order)."""
        counts = dict.fromkeys(STATUSES, 0)
        for finding in self.findings:
            counts[finding.status] += 1
        return counts


STATUSES: tuple[Status, ...] = (
    "corroborated", "partial", "altered", "misattributed", "uncorroborated"
)


@attrs.frozen
class Origin:
    """The file a document's text was taken from, when the text is not the file verbatim
    (the visible text of an HTML page): the file's text, and for each run of the document's
    text, ``(offset in the document text, offset in the file)``, sorted."""

    text: str
    runs: tuple[tuple[int, int], ...]

    def file_offset(self, offset: int) -> int:
        """Where a document offset lies in the file.

        >>> Origin("<p>Hi &amp; bye</p>", ((0, 3), (3, 6), (4, 11))).file_offset(5)
        12
        """
        k = bisect_right(self.runs, (offset, sys.maxsize)) - 1
        if k < 0:
            return offset
        text_at, file_at = self.runs[k]
        return file_at + offset - text_at


@attrs.frozen
class Document:
    """A text to check, with an id (a file name or a corpus id) and where it came from.

    ``origin`` is set when ``text`` is not the file's text verbatim (HTML), so positions can
    still be shown in the file. ``date`` is when it was published, as a corpus line gives it
    (an ISO 8601 date, ``2024-11-05``, or date and time), or None: only the utterance view
    reads it (first and last seen).
    """

    id: str
    text: str
    source: str | None = None
    origin: Origin | None = None
    date: str | None = None

    def file_offset(self, offset: int) -> int:
        """Where an offset into ``text`` lies in the file the document was read from."""
        return offset if self.origin is None else self.origin.file_offset(offset)

    def file_text(self) -> str:
        """The text of the file the document was read from (``text`` unless it has an origin)."""
        return self.text if self.origin is None else self.origin.text

    @classmethod
    def from_path(cls, path: str | Path) -> Document:
        """Read a UTF-8 text file as plain text (a byte-order mark is tolerated); the id is the
        file name.

        The text is the file's, markup and all: to read Markdown and HTML as the command line
        does (the prose, mapped back into the file), use :func:`quoteverify.load`.

        Raises :class:`InputError`, naming the file, when it is missing, unreadable or not UTF-8.
        """
        path = Path(path)
        return cls(id=path.name, text=read_text_file(path), source=str(path))


def read_text_file(path: Path) -> str:
    """Read a UTF-8 text file, refusing binary files before trying to decode them.

    Raises :class:`InputError` naming the file: missing, not a regular file (see
    :func:`file_problem`), unreadable, binary (a NUL byte) or not UTF-8.
    """
    problem = file_problem(path)
    if problem:
        raise InputError(f"{path}: {problem}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(
            f"{path}: cannot read file: {exc.strerror or type(exc).__name__}"
        ) from None
    nul = data.find(b"\x00")
    if nul >= 0:
        # Checked before decoding, so a PDF or a UTF-16 file is called what it is.
        raise InputError(
            f"{path}: looks like a binary file (NUL byte at byte {nul});"
            " quoteverify reads UTF-8 text"
        )
    return decode_utf8(data, str(path))


def file_problem(path: Path | str) -> str | None:
    """Why ``path`` is no text file to read, or None for a regular file or a directory.

    Only ``stat`` is called: opening a FIFO for reading would wait for a writer.

    >>> file_problem("no/such/file.txt")
    'cannot read file: No such file or directory'
    >>> file_problem(os.devnull), file_problem(".")
    ('not a regular file (a device)', None)
    """
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
        if exc.errno == errno.ENOENT and os.path.islink(path):
            return "broken symbolic link"
        return f"cannot read file: {exc.strerror or type(exc).__name__}"
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    kind = "a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
    return f"not a regular file ({kind})"


def decode_utf8(data: bytes, name: str) -> str:
    """Decode UTF-8 (BOM tolerated), or raise :class:`InputError` naming the byte offset.

    >>> decode_utf8(b"\\xef\\xbb\\xbfsaid", "a.txt")
    'said'
    >>> decode_utf8(b"ok \\xff", "a.txt")
    Traceback (most recent call last):
    ...
    quoteverify.errors.InputError: a.txt: not valid UTF-8 at byte 3 (0xff)
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
        offset = len(codecs.BOM_UTF8)
    else:
        offset = 0
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start]
        raise InputError(
            f"{name}: not valid UTF-8 at byte {exc.start + offset} (0x{bad:02x})"
        ) from None
