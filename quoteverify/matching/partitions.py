"""Corroboration in partitions: the stages of :func:`~.corroborate.corroborate`, cut so that
each runs on one partition of the documents or one bucket of the word index, in another
process or on another machine (:mod:`.cluster` runs them on Dask; :class:`InProcess` here, one
after another). Stages 1 and 2-4 live in :mod:`.parts` and :mod:`.shuffle`.

1. :func:`prepare`: extract and fold each document of a partition (a list of documents, or a
   shard read where the stage runs); its :class:`.parts.Sizes` say how many documents, words,
   quotes and paragraphs it has, so every partition learns its numbers in the run
   (:class:`Bases`), and its words' places inside quotes are added over the run
   (:func:`.parts.held`, a tree of tasks).
2. :func:`postings`: the partition's word n-grams (and, for short quotes, its short runs and
   single words inside quotes), cut into buckets by the hash of their key.
3. :func:`bucket_hits`: each bucket pairs its postings (:func:`.index.pair_postings`,
   :func:`.index.join_places`), routes each hit to the partition of its quote, and counts the
   documents each narration word is in.
4. :func:`candidates`: each partition collapses its quotes' hits into candidates
   (:func:`.index.group_hits`) and sends each target quote its reverse pair; :func:`plan`
   orders them as one process does and lists the target documents it needs.
5. :func:`serve` sends those documents; :func:`align` aligns and judges the partition's quotes
   (:func:`.corroborate.align_candidates`, :func:`.corroborate.judge_found`).

The findings are those of one process, quote for quote: the same candidates in the same
order reach the same alignment. Words are known by :func:`.words.word_key`, which every
process computes alike (``hash`` does not).
"""

from __future__ import annotations

import math
import operator
import pickle
from array import array
from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import Any, Protocol

import attrs
import numpy as np

from quoteverify.config import Config
from quoteverify.matching.corroborate import _Prepared, align_candidates, judge_found
from quoteverify.matching.evidence import Rarity
from quoteverify.matching.packing import Packed, dumps, unpacked
from quoteverify.matching.parts import (
    BYTES_PER_WORD,
    DOCUMENTS_PER_PARTITION,
    HELD_FAN_IN,
    Array,
    Bases,
    Part,
    Sink,
    Sizes,
    Sketch,
    Source,
    grouped,
    held,
    number,
    prepare,
    prepared,
)
from quoteverify.matching.progress import PARTITIONS, PREPARED
from quoteverify.matching.shuffle import Candidates, bucket_hits, candidates, postings
from quoteverify.matching.words import word_key
from quoteverify.model import Document, Finding, Report, TextWarning

__all__ = [
    "DOCUMENTS_PER_PARTITION",
    "Bases",
    "Candidates",
    "Part",
    "Sink",
    "Sizes",
    "Source",
    "bucket_hits",
    "candidates",
    "number",
    "postings",
    "prepare",
    "prepared",
]


@attrs.frozen
class Plan:
    """A partition's candidates in the order one process aligns them, and the partitions
    whose documents hold their targets."""

    pairs: list[tuple[int, int, int, int]]
    needs: list[int]

    def __sizeof__(self) -> int:  # (for a cluster's workers: see parts.BYTES_PER_WORD)
        return 200 * len(self.pairs) + 8 * len(self.needs)


def plan(
    sketch: Sketch,
    bases: Bases,
    own: Candidates,
    reverse: Sequence[Array],
    gid_bases: Array,
    paragraph_bases: Array,
) -> tuple[Plan, list[Array]]:
    """The plan, and the quotes and paragraphs (by number in the run) it wants from each
    partition (empty for most)."""
    terms = set((sketch.terms + bases.gid).tolist())
    back = np.concatenate(list(reverse)) if reverse else np.zeros((0, 3), np.int64)
    back = back[np.lexsort((back[:, 1], back[:, 2]))] if len(back) else back
    pairs: list[tuple[int, int, int, int]] = [
        (int(q), int(t), int(lo), int(hi))
        for table in (own.long, own.short, own.few)
        for q, t, lo, hi in table.tolist()
    ]
    pairs += [(t, q, -1, -1) for t, q, _ in back.tolist() if t not in terms]
    pairs.sort(key=operator.itemgetter(0))  # stable: as corroborate's sort
    targets = np.unique(np.array([t for _, t, _, _ in pairs], dtype=np.int64))
    quoted, paragraphs = targets[targets >= 0], -1 - targets[targets < 0]
    by_owner = [
        grouped(numbers, np.searchsorted(numbering, numbers, side="right") - 1, len(gid_bases))
        for numbers, numbering in ((quoted, gid_bases), (paragraphs, paragraph_bases))
    ]
    wanted = [np.r_[mine, -1 - theirs] for mine, theirs in zip(*by_owner, strict=True)]
    return Plan(pairs, [i for i, w in enumerate(wanted) if len(w)]), wanted


def wanted_from(own_plan: Plan) -> list[int]:
    """The partitions a plan needs documents from."""
    return own_plan.needs


@attrs.frozen
class Served:
    """Documents a partition sends another: each with its numbers in the run."""

    documents: list[tuple[_Prepared, array[int], int, int]]  # (prepared, keys, gid, paragraph)

    def __reduce__(self) -> tuple[Any, tuple[bytes]]:
        return _unpack_served, (dumps(self.documents),)

    def __sizeof__(self) -> int:
        return BYTES_PER_WORD * sum(len(keys) for _, keys, _, _ in self.documents)


def _unpack_served(data: bytes) -> Served:
    return Served(pickle.loads(data))


def _firsts(part: Part, bases: Bases) -> tuple[list[int], list[int]]:
    """The number in the run of each document's first quote and first paragraph, and one
    past the partition's last (counted once a task: a partition serving P others would
    otherwise count them P times, and a run's work grow as the square of its partitions)."""
    gids = list(accumulate((len(p.quote_ranges) for p in part.prepared), initial=bases.gid))
    paragraphs = list(
        accumulate((len(p.paragraph_ranges) for p in part.prepared), initial=bases.paragraph)
    )
    return gids, paragraphs


def _numbered(
    part: Part,
    bases: Bases,
    which: Sequence[int] | None = None,
    firsts: tuple[list[int], list[int]] | None = None,
) -> list[tuple[_Prepared, array[int], int, int]]:
    """The partition's documents (or those numbered ``which``, in order), offsets and
    numbers made the run's (``firsts``: :func:`_firsts`, if the caller has it)."""
    gids, paragraphs = firsts or _firsts(part, bases)
    return [
        (attrs.evolve(part.prepared[d], offset=bases.word + part.prepared[d].offset),
         part.keys[d], gids[d], paragraphs[d])
        for d in (range(len(part.prepared)) if which is None else which)
    ]


def serve(part: Part, bases: Bases, wanted: Sequence[Array]) -> list[Served]:
    """The documents of a partition that hold the targets each of some partitions wants from
    it (its quotes and paragraphs by number in the run), one :class:`Served` each: the
    partition is read once for all of them."""
    firsts = _firsts(part, bases)
    quote_ends, paragraph_ends = (np.array(numbers[1:], dtype=np.int64) for numbers in firsts)
    out = []
    for numbers in wanted:
        quoted, paragraphs = numbers[numbers >= 0], -1 - numbers[numbers < 0]
        docs = set(np.searchsorted(quote_ends, quoted, side="right").tolist())
        docs |= set(np.searchsorted(paragraph_ends, paragraphs, side="right").tolist())
        out.append(Served(_numbered(part, bases, sorted(docs), firsts)))
    return out


class _DocIds:
    """The word ids of the documents at hand, sliced by global word positions."""

    def __init__(self, documents: Sequence[tuple[_Prepared, array[int], int, int]]):
        by_offset = {p.offset: keys for p, keys, _, _ in documents if len(keys)}
        self._offsets = sorted(by_offset)
        self._keys = [by_offset[o] for o in self._offsets]

    def __getitem__(self, positions: slice, /) -> array[int]:
        start, stop = positions.start, positions.stop
        if stop <= start:
            return array("q")
        k = bisect_right(self._offsets, start) - 1
        return self._keys[k][start - self._offsets[k] : stop - self._offsets[k]]


class _Numbered:
    """The quotes (or paragraphs) of the documents at hand by their number in the run: (the
    document, its quote k), from each document's first number and count. A search among the
    first numbers: a dict of every quote and paragraph at hand cost a partition's alignment
    about a twentieth of its time."""

    def __init__(self, documents: Sequence[tuple[int, int, _Prepared]]):
        ordered = sorted(
            ((first, count, k) for k, (first, count, _) in enumerate(documents) if count)
        )
        self._firsts = [first for first, _, _ in ordered]
        self._counts = [count for _, count, _ in ordered]
        self._documents = [documents[k][2] for _, _, k in ordered]

    def __getitem__(self, number: int, /) -> tuple[_Prepared, int]:
        k = bisect_right(self._firsts, number) - 1
        if k < 0 or number - self._firsts[k] >= self._counts[k]:
            raise KeyError(number)
        return self._documents[k], number - self._firsts[k]


def align(
    part: Part,
    bases: Bases,
    own_plan: Plan,
    served: Sequence[Served],
    topical: Array,
    documents: int,
    config: Config,
    index: int = 0,
    sink: Sink | None = None,
) -> Packed[tuple[list[Finding], list[tuple[str, TextWarning]]]] | Any:
    """Align and judge a partition's quotes; to ``sink`` if given (its answer is returned;
    else the findings and warnings, packed to be sent fast)."""
    own = _numbered(part, bases)
    at_hand = {entry[0].document.id: entry for entry in own}
    for piece in served:
        for entry in piece.documents:
            at_hand.setdefault(entry[0].document.id, entry)
    everything = list(at_hand.values())
    quotes = _Numbered([(gid, len(p.quote_ranges), p) for p, _, gid, _ in everything])
    paragraph_of = _Numbered([(k, len(p.paragraph_ranges), p) for p, _, _, k in everything])
    rarity = Rarity(key=word_key)
    counts = dict(zip(topical[:, 0].tolist(), topical[:, 1].tolist(), strict=True))
    rarity.narration(counts, documents)
    matches = align_candidates(
        own_plan.pairs, quotes, paragraph_of, _DocIds(everything), rarity, config
    )
    prepared = [p for p, _, _, _ in own]
    findings = judge_found(prepared, bases.gid, matches, config)
    warnings = [(p.document.id, w) for p in prepared for w in p.extraction.warnings]
    if sink is not None:
        return sink(index, findings, warnings, [p.document for p, _, _, _ in everything])
    return Packed((findings, warnings))


class Executor(Protocol):
    """Where the stages run: one after another here, or on a cluster."""

    workers: int

    def submit(self, fn: Callable[..., Any], *args: Any, name: str = "") -> Any: ...

    def gather(self, handles: list[Any]) -> list[Any]: ...

    def share(self, value: Any) -> Any: ...


class InProcess:
    """Runs each stage when it is submitted (for tests and small runs)."""

    workers = 1

    def submit(self, fn: Callable[..., Any], *args: Any, name: str = "") -> Any:
        return fn(*args)

    def gather(self, handles: list[Any]) -> list[Any]:
        return handles

    def share(self, value: Any) -> Any:
        return value


def _pick(value: Any, *path: Any) -> Any:
    for step in path:
        value = getattr(value, step) if isinstance(step, str) else value[step]
    return value


def split(documents: Sequence[Document], workers: int) -> list[list[Document]]:
    """Documents in partitions of about equal size, at least two per worker (for balance)."""
    count = max(1, min(len(documents), max(2 * workers, math.ceil(
        len(documents) / DOCUMENTS_PER_PARTITION))))
    size = math.ceil(len(documents) / count) if documents else 1
    return [list(documents[k : k + size]) for k in range(0, len(documents), size)] or [[]]


@attrs.frozen
class Outcome:
    """What a partitioned run gives back: per partition, its findings and warnings, or the
    sink's answer; and how many documents there were."""

    results: list[Any]
    documents: int
    parts: list[Any]  # handles of the prepared partitions (for the documents, if wanted)


def run(
    sources: Sequence[Source],
    config: Config,
    executor: Executor,
    *,
    buckets: int | None = None,
    sink: Sink | None = None,
    progress: Callable[[str, list[Any]], None] | None = None,
) -> Outcome:
    """Corroborate the documents of ``sources`` (partitions, in order) on ``executor``;
    ``progress``, if given, is handed the tasks of a stage to watch before they are waited
    for: the preparations (:data:`.progress.PREPARED`), then the alignments
    (:data:`.progress.PARTITIONS`)."""
    n, max_df = config.ngram, config.max_df
    count = len(sources)
    buckets = buckets or count
    submit = executor.submit
    made = [submit(prepared, source, n, name="prepare") for source in sources]
    parts = [submit(_pick, m, 0, name="pick") for m in made]
    sketches = [submit(_pick, m, 1, name="pick") for m in made]
    sized = [submit(_pick, m, 2, name="pick") for m in made]
    tables = [submit(_pick, m, 3, name="pick") for m in made]
    del made
    if progress is not None:
        progress(PREPARED, sized)
    all_sizes: list[Sizes] = executor.gather(sized)
    bases = number(all_sizes)
    gid_bases = np.array([b.gid for b in bases], dtype=np.int64)
    paragraph_bases = np.array([b.paragraph for b in bases], dtype=np.int64)
    short = frozenset().union(*(s.short for s in all_sizes))
    words_held = None
    if any(s.few for s in all_sizes):
        while True:  # (a tree of additions: no process holds every partition's table)
            tables = [submit(held, tables[k : k + HELD_FAN_IN], name="held")
                      for k in range(0, len(tables), HELD_FAN_IN)]
            if len(tables) == 1:
                break
        words_held = tables[0]
    del tables
    posted = [
        submit(postings, sketches[i], bases[i], n, buckets, short, words_held, max_df,
               name="postings")
        for i in range(count)
    ]
    shared_bases = executor.share(gid_bases)
    bucketed = [
        submit(
            bucket_hits,
            [submit(_pick, posted[i], b, name="pick") for i in range(count)],
            shared_bases,
            n,
            max_df,
            name="bucket",
        )
        for b in range(buckets)
    ]
    del posted  # (a cluster or a spilling executor lets go of the postings once paired)
    narrations = executor.gather([submit(_pick, h, 1, name="pick") for h in bucketed])
    # (as a table: a dict of a large vocabulary is slow to send)
    topical = np.array(
        [pair for piece in narrations for pair in piece.items()], dtype=np.int64
    ).reshape(-1, 2)
    found = [
        submit(
            candidates,
            [submit(_pick, h, 0, j, name="pick") for h in bucketed],
            shared_bases,
            name="candidates",
        )
        for j in range(count)
    ]
    del bucketed
    planned = [
        submit(
            plan,
            sketches[j],
            bases[j],
            submit(_pick, found[j], 0, name="pick"),
            [submit(_pick, found[i], 1, j, name="pick") for i in range(count)],
            shared_bases,
            paragraph_bases,
            name="plan",
        )
        for j in range(count)
    ]
    del found, sketches
    plans = [submit(_pick, p, 0, name="pick") for p in planned]
    needs = executor.gather([submit(wanted_from, p, name="wanted") for p in plans])
    # each partition serves every partition that needs its documents in one task
    takers: list[list[int]] = [[] for _ in range(count)]
    for j in range(count):
        for i in needs[j]:
            if i != j:  # (its own documents it has)
                takers[i].append(j)
    served = [
        submit(serve, parts[i], bases[i], [submit(_pick, planned[j], 1, i, name="pick")
                                           for j in takers[i]], name="serve")
        if takers[i] else None
        for i in range(count)
    ]
    del planned
    place = {(i, j): k for i in range(count) for k, j in enumerate(takers[i])}
    shared_topical = executor.share(topical)
    total = sum(s.documents for s in all_sizes)
    aligned = [
        submit(
            align,
            parts[j],
            bases[j],
            plans[j],
            [submit(_pick, served[i], place[i, j], name="pick") for i in needs[j] if i != j],
            shared_topical,
            total,
            config,
            j,
            sink,
            name="align",
        )
        for j in range(count)
    ]
    if progress is not None:
        progress(PARTITIONS, aligned)
    return Outcome([unpacked(r) for r in executor.gather(aligned)], total, parts)


def report(
    documents: Sequence[Document], outcome: Outcome
) -> Report:
    """The report of a run without a sink, over ``documents``."""
    findings = [f for fs, _ in outcome.results for f in fs]
    warnings = [w for _, ws in outcome.results for w in ws]
    return Report(documents=tuple(documents), findings=tuple(findings), warnings=tuple(warnings))
