"""Paths -> documents: text, Markdown and HTML files, directories of them, and corpora
(JSON Lines, gzipped or not, and Parquet: :mod:`.shards`).

Every problem with the input raises :class:`InputError` with a one-line message that names the
file (and the line, for a corpus) and says what is wrong. Problems *in* a text are not this
module's business: an empty file is a document with nothing in it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from quoteverify.errors import InputError
from quoteverify.inputs.records import document_in_format
from quoteverify.inputs.shards import is_shard, shard_documents
from quoteverify.model import Document, decode_utf8, file_problem, read_text_file

MARKDOWN_SUFFIXES = frozenset({".markdown", ".md"})
"""Files read as Markdown: the prose, mapped back into the file by ``Document.origin``."""
HTML_SUFFIXES = frozenset({".htm", ".html"})
"""Files read as HTML: the visible text, mapped back into the file by ``Document.origin``."""
TEXT_SUFFIXES = frozenset({".text", ".txt"}) | MARKDOWN_SUFFIXES | HTML_SUFFIXES
"""Files a directory is searched for (case-insensitive); any file named directly is read."""
CORPUS_SUFFIX = ".jsonl"
"""Corpora a directory is searched for, with ``corpora``; any corpus named is read
(``.jsonl``, ``.jsonl.gz``, ``.parquet``: :data:`~quoteverify.inputs.shards.SHARD_SUFFIXES`)."""

_SURROGATE = re.compile("[\ud800-\udfff]")


def iter_documents(
    paths: Iterable[str | Path],
    *,
    corpora: bool = False,
    admit: Callable[[Path], bool] | None = None,
) -> Iterator[Document]:
    """Yield the documents at ``paths``, in order, raising :class:`InputError` on bad input.

    A path is a file (its id is the file name), a directory (searched recursively in sorted
    order for the :data:`TEXT_SUFFIXES`, skipping hidden files; an id is the path below the
    directory) or a corpus, read as a stream: a ``.jsonl`` or ``.jsonl.gz`` file with one
    ``{"id": ..., "text": ...}`` object a line (an optional ``"format"`` is ``"text"``,
    ``"markdown"`` or ``"html"``; an optional ``"source"`` says where the text came from, an
    optional ``"date"`` when it was published, in ISO 8601), or a ``.parquet`` file with
    those columns (needs pyarrow:
    :mod:`~quoteverify.inputs.parquet`). Ids must be unique
    across all the paths. A ``.md`` or ``.markdown`` file is read as Markdown (see
    :func:`~quoteverify.inputs.markdown.markdown_document`), an ``.html`` or ``.htm`` file as
    HTML (see :func:`~quoteverify.inputs.html.html_document`), any other file as plain text.
    With ``corpora``, a directory's ``.jsonl`` files are read as corpora too (``quoteverify
    check`` reads a sources folder so); without it, a corpus is read only when named.
    ``admit``, when given, is called with each file, named or found in a directory, before it
    is read: a file it returns False for is passed over, and it may raise
    :class:`InputError` to refuse one (``quoteverify check`` applies its settings so).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = Path(folder, "b.txt").write_text("Second.", encoding="utf-8")
    ...     _ = Path(folder, "a.md").write_text('"First," she said.', encoding="utf-8")
    ...     [(doc.id, doc.text) for doc in iter_documents([folder])]
    [('a.md', '"First," she said.'), ('b.txt', 'Second.')]
    >>> list(iter_documents(["no/such/file.txt"]))
    Traceback (most recent call last):
    ...
    quoteverify.errors.InputError: no/such/file.txt: no such file or directory
    """
    if isinstance(paths, (str, Path)):
        raise TypeError("iter_documents expects an iterable of paths; wrap a single path in a list")
    first_seen: dict[str, str] = {}
    for path in paths:
        for where, document in _documents_at(Path(path), corpora, admit or _everything):
            if document.id in first_seen:
                raise InputError(
                    f"{where}: duplicate document id {document.id!r}"
                    f" (already used by {first_seen[document.id]})"
                )
            first_seen[document.id] = where
            yield document


def _everything(path: Path) -> bool:
    return True


def _documents_at(
    path: Path, corpora: bool, admit: Callable[[Path], bool]
) -> Iterator[tuple[str, Document]]:
    """Yield ``(where, document)`` pairs; ``where`` locates the document in error messages."""
    if not os.path.lexists(path):
        raise InputError(f"{path}: no such file or directory")
    problem = file_problem(path)
    if problem:
        raise InputError(f"{path}: {problem}")
    if path.is_dir():
        suffixes = TEXT_SUFFIXES | {CORPUS_SUFFIX} if corpora else TEXT_SUFFIXES
        for file in _text_files_in(path, suffixes, admit):
            if file.suffix.lower() == CORPUS_SUFFIX:
                yield from _corpus_documents(file)
            else:
                yield str(file), _file_document(file, file.relative_to(path).as_posix())
    elif not admit(path):
        return
    elif is_shard(path):
        yield from _corpus_documents(path)
    else:
        yield str(path), _file_document(path, path.name)


STDIN_NAME = "<stdin>"
"""The path shown for standard input when no file name is given for it."""


def stdin_document(data: bytes, path: str | None = None) -> Document:
    """A document from the bytes of standard input, read as the file ``path`` would be (its
    format by its suffix, its path shown), or as plain text named ``<stdin>``.

    >>> stdin_document('<p>&ldquo;Hi&rdquo;</p>'.encode(), "news/a.html").text.strip()
    '“Hi”'
    >>> stdin_document(b"x\\x00", "a.md")
    Traceback (most recent call last):
    ...
    quoteverify.errors.InputError: a.md (standard input): looks like a binary file (NUL byte \
at byte 1); quoteverify reads UTF-8 text
    """
    shown = f"{path} (standard input)" if path else STDIN_NAME
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(
            f"{shown}: looks like a binary file (NUL byte at byte {nul});"
            " quoteverify reads UTF-8 text"
        )
    text = decode_utf8(data, shown)
    if path is None:
        return Document(id=STDIN_NAME, text=text, source=STDIN_NAME)
    suffix = Path(path).suffix.lower()
    form = "markdown" if suffix in MARKDOWN_SUFFIXES else "html" if suffix in HTML_SUFFIXES else ""
    return document_in_format(Path(path).name, text, path, form)


def _file_document(path: Path, doc_id: str) -> Document:
    _check_name(path)
    suffix = path.suffix.lower()
    form = "markdown" if suffix in MARKDOWN_SUFFIXES else "html" if suffix in HTML_SUFFIXES else ""
    return document_in_format(doc_id, read_text_file(path), str(path), form)


def _text_files_in(
    directory: Path, suffixes: frozenset[str], admit: Callable[[Path], bool]
) -> list[Path]:
    def fail(exc: OSError) -> None:
        where = exc.filename or directory
        raise InputError(f"{where}: cannot read directory: {exc.strerror or type(exc).__name__}")

    found: list[Path] = []
    for root, dirnames, filenames in os.walk(directory, onerror=fail):
        # Pruning in place stops os.walk descending into hidden directories (.git, .venv).
        dirnames[:] = [name for name in dirnames if not name.startswith(".")]
        found += (
            Path(root, name)
            for name in filenames
            if not name.startswith(".") and Path(name).suffix.lower() in suffixes
        )
    if not found:
        listed = ", ".join(sorted(suffixes))
        raise InputError(f"{directory}: no text files ({listed}) in this directory")
    files = []
    for file in sorted(found, key=lambda file: file.relative_to(directory).parts):
        if not admit(file):
            continue
        # A broken link, a FIFO or a socket named like a text file is never passed over:
        # a source missing silently would let a misquote through.
        problem = file_problem(file)
        if problem:
            raise InputError(f"{file}: {problem}")
        files.append(file)
    return files


def _check_name(path: Path) -> None:
    """A file name that is not UTF-8 reaches Python as lone surrogates: refuse it by name."""
    if _SURROGATE.search(str(path)):
        shown = os.fsencode(path).decode("utf-8", "backslashreplace")
        raise InputError(f"{shown}: file name is not valid UTF-8; rename the file")


def _corpus_documents(path: Path) -> Iterator[tuple[str, Document]]:
    _check_name(path)
    return shard_documents(path)
