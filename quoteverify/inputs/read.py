"""One file -> one document, read as the command line reads it: the library's way in.

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as folder:
...     path = Path(folder, "draft.md")
...     _ = path.write_text('> "We *will*\\n> win," she said. <!-- "no" -->', encoding="utf-8")
...     load(path).text
'"We will win," she said.'
"""

from __future__ import annotations

from pathlib import Path

from quoteverify.errors import InputError
from quoteverify.inputs.load import iter_documents
from quoteverify.inputs.shards import is_shard
from quoteverify.model import Document


def load(path: str | Path) -> Document:
    """Read one file exactly as ``quoteverify`` on the command line reads it.

    A ``.md`` or ``.markdown`` file is read as Markdown (its prose: markup, code and comments
    left out), an ``.html`` or ``.htm`` file as HTML (its visible text), any other file as
    plain UTF-8 text. The id is the file name; ``document.file_offset`` maps a position in the
    text back into the file. :meth:`Document.from_path` reads any file as plain text.

    Raises :class:`InputError` naming the file when it is missing, unreadable, not UTF-8, or a
    directory or a corpus (``.jsonl``, ``.jsonl.gz`` or ``.parquet``: those hold many
    documents; see :func:`quoteverify.inputs.load.iter_documents`).
    """
    path = Path(path)
    if path.is_dir() or is_shard(path):
        kind = "a directory" if path.is_dir() else "a corpus"
        raise InputError(f"{path}: is {kind}; quoteverify.load reads one file")
    [document] = iter_documents([path])
    return document
