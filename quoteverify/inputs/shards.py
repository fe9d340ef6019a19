"""JSON Lines shards of an archive: ``.jsonl`` or gzipped ``.jsonl.gz`` files of one
``{"id": ..., "text": ...}`` object a line (``source`` and ``date`` optional; other fields are
passed over), named one by one or by glob patterns.

A shard is read where it is used: on a cluster, by the worker that prepares its partition,
so the client only lists the files.
"""

from __future__ import annotations

import glob
import gzip
import os
from collections.abc import Iterable
from pathlib import Path

from quoteverify.errors import InputError
from quoteverify.inputs.load import corpus_document
from quoteverify.model import Document

SHARD_SUFFIXES = (".jsonl", ".jsonl.gz")


def is_shard(path: str) -> bool:
    """Whether a path (or glob pattern) names JSON Lines shards.

    >>> is_shard("archive/2024-*.jsonl.gz"), is_shard("story.txt")
    (True, False)
    """
    return path.lower().endswith(SHARD_SUFFIXES)


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


def read_shard(path: str | Path) -> list[Document]:
    """The documents of one shard, in order; ``source`` defaults to ``path:line``.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     shard = Path(folder, "a.jsonl.gz")
    ...     _ = shard.write_bytes(gzip.compress(b'{"id": "x", "text": "Hi.", "date": "2024"}'))
    ...     [(d.id, d.text, d.source == f"{shard}:1") for d in read_shard(shard)]
    [('x', 'Hi.', True)]
    """
    path = Path(path)
    try:
        if path.name.lower().endswith(".gz"):
            with gzip.open(path, "rb") as file:
                data = file.read()
        else:
            data = path.read_bytes()
        text = data.decode("utf-8")
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read shard: {exc}") from None
    documents = []
    for line_number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            where = f"{path}: line {line_number}"
            documents.append(corpus_document(line, where, default_source=f"{path}:{line_number}"))
    return documents
