"""Partitions of a corroboration run, prepared: each partition's documents extracted and folded
(:func:`prepare`), its numbers (:class:`Sizes`, from :func:`prepared`), its words' places
inside quotes added over the run (:func:`held`), and where each partition starts in the run
(:func:`number`). The stages that follow are in :mod:`.shuffle` and :mod:`.partitions`.
"""

from __future__ import annotations

import pickle
from array import array
from collections.abc import Callable, Sequence
from typing import Any

import attrs
import numpy as np

from quoteverify.errors import InputError
from quoteverify.inputs.shards import read_shard
from quoteverify.matching.corroborate import _analyse, _prepare, _Prepared, lay_out
from quoteverify.matching.index import NOWHERE, few_queries
from quoteverify.matching.packing import dumps
from quoteverify.matching.words import word_key, word_keys
from quoteverify.model import Document, Finding, TextWarning

Array = np.ndarray[Any, Any]
Source = Sequence[Document] | str
"""A partition's documents, or the path of a JSON Lines shard (``.jsonl``, ``.jsonl.gz``)
read where the partition is prepared."""

Sink = Callable[[int, Sequence[Finding], Sequence[tuple[str, TextWarning]], Sequence[Document]],
                Any]
"""Takes a partition's findings and warnings where they are made (its number, then the
documents they point into) instead of sending them back: a writer of shards."""

DOCUMENTS_PER_PARTITION = 2500

BYTES_PER_WORD = 80
"""About the memory a prepared document takes per word: its text, extraction, word spans and
keys (79 measured on benchmarks/bench_scale.py's corpus). A cluster's workers are told sizes
from this (``__sizeof__``, which Dask asks), so that they know when to move answers to disk:
a record's own size, which Python would report, is a few dozen bytes however much it holds."""


@attrs.frozen
class Part:
    """One partition, prepared: its documents ready for matching, with their word keys;
    positions count from the partition's first word."""

    documents: tuple[Document, ...]
    prepared: tuple[_Prepared, ...]
    keys: tuple[array[int], ...]

    def __reduce__(self) -> tuple[Any, tuple[bytes]]:
        return _unpack_part, (dumps((self.documents, self.prepared, self.keys)),)

    def __sizeof__(self) -> int:
        return BYTES_PER_WORD * sum(map(len, self.keys)) + 100 * len(self.documents)


def _unpack_part(data: bytes) -> Part:
    return Part(*pickle.loads(data))


@attrs.frozen
class Sizes:
    documents: int
    words: int
    quotes: int
    paragraphs: int
    short: frozenset[int]  # lengths under n of the quotes looked up
    few: bool  # some quote is looked up word by word
    ids: Array  # word_key of each document id (duplicates are refused)


@attrs.frozen
class Bases:
    """The numbers in the run of a partition's first document, word, quote and paragraph."""

    doc: int
    word: int
    gid: int
    paragraph: int


def prepare(source: Source) -> Part:
    """Extract and fold the documents of a partition."""
    documents = tuple(read_shard(source)) if isinstance(source, str) else tuple(source)
    prepared = []
    texts = []
    offset = 0
    for document in documents:
        if not isinstance(document, Document):
            raise TypeError(f"expected Documents, not {type(document).__name__}")
        extraction, folded, starts, ends = _analyse(document.text)
        prepared.append(_prepare(document, extraction, starts, ends, offset))
        if starts:
            texts.append(folded)
        offset += len(starts)
    every = word_keys(" ".join(texts))  # (at once: numpy's work is per call)
    keys = tuple(every[p.offset : p.offset + len(p.starts)] for p in prepared)
    return Part(documents, tuple(prepared), keys)


@attrs.frozen
class Sketch:
    """What the index stages need of a prepared partition: its word keys and where each word
    belongs (:class:`~.corroborate.Layout`), numbered from the partition's first document,
    quote and paragraph (:func:`placed` numbers them in the run); and which quotes are terms.
    A tenth of the partition's size, and read back at once, where the partition itself is
    hundreds of thousands of records."""

    ids: Array
    doc: Array
    target: Array
    attributed: Array
    queries: Array
    terms: Array

    def __sizeof__(self) -> int:
        return sum(a.nbytes for a in attrs.astuple(self, recurse=False))


def prepared(source: Source, n: int) -> tuple[Part, Sketch, Sizes, Array]:
    """:func:`prepare` a partition, with its :class:`Sketch`, its :class:`Sizes`, and the
    places of each of its words inside quotes and turns, (word, count) rows sorted by word
    (how rare a word looked up is, once :func:`held` has added every partition's)."""
    part = prepare(source)
    ids = _ids(part)
    layout = lay_out(part.prepared, ids)
    kinds = [q.kind for p in part.prepared for q in p.extraction.quotes]
    terms = np.array([k for k, kind in enumerate(kinds) if kind == "term"], dtype=np.int64)
    sketch = Sketch(ids, layout.doc, layout.target, layout.attributed, layout.queries, terms)
    lengths = layout.queries[:, 2] - layout.queries[:, 1]
    held = np.stack(np.unique(ids[layout.attributed], return_counts=True), 1)
    return part, sketch, Sizes(
        documents=len(part.documents),
        words=len(ids),
        quotes=len(kinds),
        paragraphs=len(layout.paragraph_of),
        short=frozenset(lengths[lengths < n].tolist()),
        few=bool(len(few_queries(layout.queries, n))),
        ids=np.array([word_key(d.id) for d in part.documents], dtype=np.int64),
    ), held.astype(np.int64)


def grouped(table: Array, owner: Array, count: int) -> list[Array]:
    """The rows of ``table`` for each owner 0..count-1, each in the table's order: one sort,
    not one pass over the table per owner (which, with an owner per partition, made the
    stages' work grow as the square of the partitions).

    >>> [g.tolist() for g in grouped(np.array([10, 11, 12, 13]), np.array([1, 0, 1, 0]), 3)]
    [[11, 13], [10, 12], []]
    """
    order = np.argsort(owner, kind="stable")
    ends = np.cumsum(np.bincount(owner, minlength=count)[:count])
    return np.split(table[order], ends[:-1])


def placed(sketch: Sketch, bases: Bases) -> tuple[Array, Array, Array]:
    """A sketch's documents, targets and queries numbered in the run."""
    doc = sketch.doc + bases.doc
    target = sketch.target.copy()
    target[target >= 0] += bases.gid
    target[(target < 0) & (target != NOWHERE)] -= bases.paragraph
    queries = sketch.queries.copy()
    queries[:, 0] += bases.gid
    return doc, target, queries


HELD_FAN_IN = 16
"""Tables :func:`held` adds in one task: the run adds every partition's in a tree of such
tasks, so no process holds them all (at 445 partitions of a ten-million-quote run, adding
them at once in the coordinator took 2.4 GB)."""


def held(tables: Sequence[Array]) -> Array:
    """Add up (word, count) tables: (word, count) rows sorted by word.

    >>> held([np.array([[7, 1], [9, 2]]), np.array([[3, 5], [9, 1]])]).tolist()
    [[3, 5], [7, 1], [9, 3]]
    """
    both = np.concatenate(list(tables)) if len(tables) else np.zeros((0, 2), np.int64)
    words, inverse = np.unique(both[:, 0].astype(np.int64), return_inverse=True)
    counts = np.bincount(inverse.reshape(-1), weights=both[:, 1], minlength=len(words))
    table: Array = np.stack([words, counts.astype(np.int64)], 1)
    return table


def number(all_sizes: Sequence[Sizes]) -> list[Bases]:
    """Each partition's numbers in the run, from the sizes of all of them, in order."""
    ids = np.concatenate([s.ids for s in all_sizes]) if all_sizes else np.zeros(0, np.int64)
    if len(np.unique(ids)) != len(ids):
        raise InputError("document ids must be unique across the partitions")
    bases = []
    doc = word = gid = paragraph = 0
    for s in all_sizes:
        bases.append(Bases(doc, word, gid, paragraph))
        doc, word = doc + s.documents, word + s.words
        gid, paragraph = gid + s.quotes, paragraph + s.paragraphs
    return bases


def _ids(part: Part) -> Array:
    if not part.keys:
        return np.zeros(0, dtype=np.int64)
    return np.frombuffer(array("q", b"".join(k.tobytes() for k in part.keys)), dtype=np.int64)
