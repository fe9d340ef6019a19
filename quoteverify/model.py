"""Frozen records shared by every stage: documents, quotes, speakers, cues and text warnings.

Every record that points into a text carries ``start`` and ``end`` character offsets into the
original string, with the text kept beside them, so a finding can always be shown in the
user's file.
"""

from __future__ import annotations

import codecs
from pathlib import Path
from typing import Literal

import attrs

from quoteverify.errors import InputError

QuoteKind = Literal["utterance", "fragment", "term"]
SpeakerKind = Literal["person", "organization", "unknown"]
ResolvedBy = Literal["explicit", "pronoun", "surname", "role", "continuation", "label"]


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
    gives one.
    """

    name: str
    mention: str
    start: int
    end: int
    role: str | None = None
    kind: SpeakerKind = "person"
    resolved_by: ResolvedBy = "explicit"


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
class Document:
    """A text to check, with an id (a file name or a corpus id) and where it came from."""

    id: str
    text: str
    source: str | None = None

    @classmethod
    def from_path(cls, path: str | Path) -> Document:
        """Read a UTF-8 text file (a byte-order mark is tolerated); the id is the file name.

        Raises :class:`InputError`, naming the file, when it is missing, unreadable or not UTF-8.
        """
        path = Path(path)
        return cls(id=path.name, text=read_text_file(path), source=str(path))


def read_text_file(path: Path) -> str:
    """Read a UTF-8 text file, refusing binary files before trying to decode them.

    Raises :class:`InputError` naming the file: unreadable, binary (a NUL byte) or not UTF-8.
    """
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
