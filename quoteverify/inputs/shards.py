"""Corpus files, the shards of an archive: JSON Lines (``.jsonl``, gzipped ``.jsonl.gz``) of
one ``{"id": ..., "text": ...}`` object a line, and Parquet (``.parquet``) with ``id`` and
``text`` columns (:mod:`.parquet`); ``source`` and ``format`` optional, ``date`` and any other
field passed over. Named one by one or by glob patterns.

A shard is read as a stream, a line or a batch of rows at a time, where it is used: in one
process by :func:`~quoteverify.inputs.load.iter_documents`, and on a cluster by the worker that
prepares its partition, so the client only lists the files.
"""

from __future__ import annotations

import codecs
import glob
import gzip
import os
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from quoteverify.errors import InputError
from quoteverify.inputs.records import corpus_document
from quoteverify.model import Document

SHARD_SUFFIXES = (".jsonl", ".jsonl.gz", ".parquet")


def is_shard(path: str | Path) -> bool:
    """Whether a path (or glob pattern) names corpus shards.

    >>> is_shard("archive/2024-*.jsonl.gz"), is_shard("a.parquet"), is_shard("story.txt")
    (True, True, False)
    """
    return str(path).lower().endswith(SHARD_SUFFIXES)


def expand_shards(patterns: Iterable[str]) -> list[str]:
    """The shard files of some paths and glob patterns, each pattern's in sorted order.

    A pattern that matches nothing, or a file that is not a regular file, is an
    :class:`InputError` naming it.
    """
    found: list[str] = []
    for pattern in patterns:
        matched = sorted(glob.glob(pattern)) if glob.has_magic(pattern) else [pattern]
        if not matched or not os.path.exists(matched[0]):
            raise InputError(f"{pattern}: no such file or directory")
        for path in matched:
            if not os.path.isfile(path):
                raise InputError(f"{path}: not a regular file")
        found.extend(matched)
    return found


def expand_paths(paths: Iterable[str]) -> list[str]:
    """The paths with each glob pattern of shards (quoted, so the shell left it) replaced by
    the files it matches, in sorted order; other paths as given.

    >>> expand_paths(["story.txt", "no/such/*.jsonl.gz"])
    Traceback (most recent call last):
    ...
    quoteverify.errors.InputError: no/such/*.jsonl.gz: no such file or directory
    """
    found: list[str] = []
    for path in paths:
        found += expand_shards([path]) if is_shard(path) and glob.has_magic(path) else [path]
    return found


def read_shard(path: str | Path) -> list[Document]:
    """The documents of one shard, in order; ``source`` defaults to ``path:line`` (the row,
    counted from 1, for Parquet).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     shard = Path(folder, "a.jsonl.gz")
    ...     _ = shard.write_bytes(gzip.compress(b'{"id": "x", "text": "Hi.", "date": "2024"}'))
    ...     [(d.id, d.text, d.source == f"{shard}:1") for d in read_shard(shard)]
    [('x', 'Hi.', True)]
    """
    return [document for _, document in shard_documents(Path(path))]


def shard_documents(path: Path) -> Iterator[tuple[str, Document]]:
    """Yield ``(where, document)`` for each record of a shard, read as a stream; ``where``
    names the file and the line (or row) for error messages. A shard without a document is an
    :class:`InputError`: an archive that lost its contents must not pass as checked."""
    if path.name.lower().endswith(".parquet"):
        from quoteverify.inputs.parquet import parquet_documents

        rows = parquet_documents(path)
    else:
        rows = _jsonl_documents(path)
    found = False
    for row in rows:
        found = True
        yield row
    if not found:
        kind = "one row a document" if path.name.lower().endswith(".parquet") else (
            "one JSON object a line"
        )
        raise InputError(f"{path}: no documents in this corpus (expected {kind})")


def _jsonl_documents(path: Path) -> Iterator[tuple[str, Document]]:
    for number, line in _lines(path):
        if line.strip():
            where = f"{path}: line {number}"
            yield where, corpus_document(line, where, default_source=f"{path}:{number}")


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    """The numbered lines of a UTF-8 file (gunzipped when its name ends in ``.gz``), split on
    ``\\n`` only (``str.splitlines`` would also break at U+2028 inside a JSON string), with
    the checks of :func:`~quoteverify.model.read_text_file`: a NUL byte or bytes that are not
    UTF-8 are an :class:`InputError` naming the byte (in the gunzipped data)."""
    gzipped = path.name.lower().endswith(".gz")
    unpacked = " of the gunzipped data" if gzipped else ""
    try:
        file: BinaryIO | gzip.GzipFile = (
            gzip.open(path, "rb") if gzipped else open(path, "rb")  # noqa: SIM115
        )
    except OSError as exc:
        raise InputError(f"{path}: cannot read file: {_reason(exc)}") from None
    with file:
        offset = 0
        number = 0
        while True:
            try:
                data = file.readline()
            except (OSError, EOFError, zlib.error) as exc:  # a corrupt or truncated gzip stream
                raise InputError(f"{path}: cannot read shard: {_reason(exc)}") from None
            if not data:
                return
            number += 1
            skip = len(codecs.BOM_UTF8) if number == 1 and data.startswith(codecs.BOM_UTF8) else 0
            nul = data.find(b"\x00")
            if nul >= 0:
                raise InputError(
                    f"{path}: looks like a binary file (NUL byte at byte {offset + nul}"
                    f"{unpacked}); quoteverify reads UTF-8 text"
                )
            try:
                line = data[skip:].rstrip(b"\n").decode("utf-8")
            except UnicodeDecodeError as exc:
                at = offset + skip + exc.start
                raise InputError(
                    f"{path}: not valid UTF-8 at byte {at}{unpacked} (0x{data[at - offset]:02x})"
                ) from None
            offset += len(data)
            yield number, line


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
