"""Corroboration in partitions: the stages of :func:`~.corroborate.corroborate`, cut so that
each runs on one partition of the documents or one bucket of the word index, in another
process or on another machine (:mod:`.cluster` runs them on Dask; :class:`InProcess` here, one
after another).

1. :func:`prepare`: extract and fold each document of a partition (a list of documents, or a
   shard read where the stage runs); :func:`sizes` says how many documents, words, quotes
   and paragraphs it has, so every partition learns its numbers in the run (:class:`Bases`).
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
from array import array
from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import Any, Protocol

import attrs
import numpy as np

from quoteverify.config import Config
from quoteverify.errors import InputError
from quoteverify.inputs.shards import read_shard
from quoteverify.matching.corroborate import (
    _analyse,
    _narration_frequencies,
    _prepare,
    _Prepared,
    align_candidates,
    judge_found,
    lay_out,
)
from quoteverify.matching.evidence import Rarity
from quoteverify.matching.index import (
    few_queries,
    group_hits,
    join_places,
    ngram_hits_needed,
    ngram_keys,
    pair_postings,
    short_places,
)
from quoteverify.matching.words import word_key, word_keys
from quoteverify.model import Document, Finding, Report, TextWarning

Array = np.ndarray[Any, Any]
Source = Sequence[Document] | str
"""A partition's documents, or the path of a JSON Lines shard (``.jsonl``, ``.jsonl.gz``)
read where the partition is prepared."""

Sink = Callable[[int, Sequence[Finding], Sequence[tuple[str, TextWarning]], Sequence[Document]],
                Any]
"""Takes a partition's findings and warnings where they are made (its number, then the
documents they point into) instead of sending them back: a writer of shards."""

DOCUMENTS_PER_PARTITION = 2500


@attrs.frozen
class Part:
    """One partition, prepared: its documents ready for matching, with their word keys;
    positions count from the partition's first word."""

    documents: tuple[Document, ...]
    prepared: tuple[_Prepared, ...]
    keys: tuple[array[int], ...]


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
    keys = []
    offset = 0
    for document in documents:
        if not isinstance(document, Document):
            raise TypeError(f"expected Documents, not {type(document).__name__}")
        extraction, folded, starts, ends = _analyse(document.text)
        prepared.append(_prepare(document, extraction, starts, ends, offset))
        keys.append(word_keys(folded) if starts else array("q"))
        offset += len(starts)
    return Part(documents, tuple(prepared), tuple(keys))


def sizes(part: Part, n: int) -> Sizes:
    layout = _layout(part, Bases(0, 0, 0, 0))
    lengths = layout.queries[:, 2] - layout.queries[:, 1]
    return Sizes(
        documents=len(part.documents),
        words=sum(len(k) for k in part.keys),
        quotes=sum(len(p.quote_ranges) for p in part.prepared),
        paragraphs=len(layout.paragraph_of),
        short=frozenset(lengths[lengths < n].tolist()),
        few=bool(len(few_queries(layout.queries, n))),
        ids=np.array([word_key(d.id) for d in part.documents], dtype=np.int64),
    )


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


def _layout(part: Part, bases: Bases) -> Any:
    return lay_out(part.prepared, _ids(part), bases.doc, bases.gid, bases.paragraph)


def _bucket_of(keys: Array, buckets: int) -> Array:
    bucket: Array = keys.view(np.uint64) % np.uint64(buckets)
    return bucket


def _cut(table: Array, keys: Array, buckets: int) -> list[Array]:
    """The rows of a table by the bucket of their key, each in the table's order."""
    bucket = _bucket_of(keys, buckets)
    return [table[bucket == b] for b in range(buckets)]


def postings(
    part: Part, bases: Bases, n: int, buckets: int, short: frozenset[int], few: bool
) -> list[dict[str, Array]]:
    """The partition's postings, one dict of tables per bucket; positions, documents, quotes
    and paragraphs are numbered in the run."""
    ids = _ids(part)
    layout = _layout(part, bases)
    doc, target, attributed, queries = (
        layout.doc, layout.target, layout.attributed, layout.queries
    )
    position = bases.word + np.arange(len(ids), dtype=np.int64)
    tables: dict[str, tuple[Array, Array]] = {}  # name -> (rows, keys)
    # n-grams: (key, position, document, quote looked up or -1, its start, its length, target)
    keys = ngram_keys(ids, n)
    if len(keys):
        row_of = np.full(len(keys), -1, dtype=np.int64)
        for row, (_, start, end, _) in enumerate(queries):
            if end - start >= n:
                row_of[start : end - n + 1] = row
        at = np.flatnonzero(doc[: len(keys)] == doc[n - 1 :])
        # (row -1, no query, reads the last row: quote -1, no words)
        padded = np.r_[queries, np.array([[-1, 0, 0, 0]], dtype=np.int64)]
        asking = padded[row_of[at]]
        gid, qstart, qlen = asking[:, 0], asking[:, 1] + bases.word, asking[:, 2] - asking[:, 1]
        table = np.stack([keys[at], position[at], doc[at], gid, qstart, qlen, target[at]], 1)
        tables["ngram"] = (table, keys[at])
    # short runs inside quotes and turns, and the short quotes looked up by them
    for size in sorted(short):
        run_keys = ngram_keys(ids, size)
        places = np.flatnonzero(short_places(attributed, target, size))
        table = np.stack([run_keys[places], position[places], doc[places], target[places]], 1)
        tables[f"short{size}"] = (table, run_keys[places])
        rows = np.flatnonzero(queries[:, 2] - queries[:, 1] == size)
        starts = queries[rows, 1]
        wanted = np.stack([run_keys[starts], queries[rows, 0], doc[starts]], 1)
        tables[f"want{size}"] = (wanted, run_keys[starts])
    # single words inside quotes and turns, and the words of the quotes looked up by them
    if few:
        places = np.flatnonzero(attributed)
        table = np.stack([ids[places], position[places], doc[places], target[places]], 1)
        tables["few"] = (table, ids[places])
        rows = few_queries(queries, n)
        lengths = queries[rows, 2] - queries[rows, 1]
        each = np.repeat(rows, lengths)
        at = queries[each, 1] + (
            np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        )
        wanted = np.stack([ids[at], queries[each, 0], doc[at]], 1)
        tables["wantfew"] = (wanted, ids[at])
    # narration: each word's documents (counted per partition, summed per bucket)
    counts = _narration_frequencies(ids, doc, attributed)  # (words in two documents or more)
    singles = _narration_words(ids, doc, attributed)
    narration = np.array(
        [(key, counts.get(key, 1)) for key in singles.tolist()], dtype=np.int64
    ).reshape(-1, 2)
    tables["narration"] = (narration, narration[:, 0])
    pieces: list[dict[str, Array]] = [{} for _ in range(buckets)]
    for name, (table, table_keys) in tables.items():
        for b, rows_of_b in enumerate(_cut(table, table_keys, buckets)):
            pieces[b][name] = rows_of_b
    return pieces


def _narration_words(ids: Array, doc: Array, attributed: Array) -> Array:
    """Every word written in some document's own sentences (outside quotes and turns)."""
    found: Array = np.unique(ids[~attributed])
    return found


def bucket_hits(
    pieces: Sequence[dict[str, Array]], gid_bases: Array, n: int, max_df: int
) -> tuple[list[dict[str, Array]], dict[int, int]]:
    """Pair one bucket's postings from every partition (given in partition order): the hits,
    per partition of the quote looked up, and the narration counts of the bucket's words."""

    def joined(name: str, columns: int) -> Array:
        found = [p[name] for p in pieces if name in p]
        return np.concatenate(found) if found else np.zeros((0, columns), dtype=np.int64)

    hits: dict[str, list[Array]] = {"ngram": [], "short": [], "few": []}
    grams = joined("ngram", 7)
    if len(grams):
        found = pair_postings(grams[:, 0], grams[:, 2], grams[:, 3], max_df=max_df)
        for flag, a, b in ((0, found.a, found.b), (1, found.over_a, found.over_b)):
            lo = grams[b, 1] - (grams[a, 1] - grams[a, 4])
            needed = ngram_hits_needed(grams[a, 5], n)
            flags = np.full(len(a), flag, dtype=np.int64)
            hits["ngram"].append(
                np.stack([grams[a, 3], grams[b, 6], lo, lo + grams[a, 5], needed, flags], 1)
            )
    sizes = sorted(
        {int(name[5:]) for p in pieces for name in p if name.startswith("short")}
    )
    for size in sizes:
        places, wanted = joined(f"short{size}", 4), joined(f"want{size}", 3)
        w, p = join_places(wanted[:, 0], wanted[:, 2], places[:, 0], places[:, 2], max_df=max_df)
        lo = places[p, 1]
        hits["short"].append(np.stack([wanted[w, 1], places[p, 3], lo, lo + size], 1))
    places, wanted = joined("few", 4), joined("wantfew", 3)
    if len(wanted):
        w, p = join_places(wanted[:, 0], wanted[:, 2], places[:, 0], places[:, 2], max_df=max_df)
        lo = places[p, 1]
        hits["few"].append(np.stack([wanted[w, 1], places[p, 3], lo, lo + 1], 1))
    routed: list[dict[str, Array]] = [{} for _ in range(len(gid_bases))]
    for name, columns in (("ngram", 6), ("short", 4), ("few", 4)):
        table = np.concatenate(hits[name]) if hits[name] else np.zeros((0, columns), np.int64)
        owner = np.searchsorted(gid_bases, table[:, 0], side="right") - 1
        for j, out in enumerate(routed):
            out[name] = table[owner == j]
    narration = joined("narration", 2)
    keys, inverse = np.unique(narration[:, 0], return_inverse=True)
    counts = np.bincount(inverse.reshape(-1), weights=narration[:, 1], minlength=len(keys))
    several = counts > 1
    return routed, dict(
        zip(keys[several].tolist(), counts[several].astype(np.int64).tolist(), strict=True)
    )


@attrs.frozen
class Candidates:
    """A partition's candidates, as one process finds them, and the reverse pairs it sends."""

    long: Array
    short: Array
    few: Array
    reverse: list[Array]  # per partition of the target quote: (target, quote, stream)


def candidates(pieces: Sequence[dict[str, Array]], gid_bases: Array) -> Candidates:
    """Collapse the hits of a partition's quotes, from every bucket, into candidates."""

    def joined(name: str, columns: int) -> Array:
        found = [p[name] for p in pieces if name in p]
        return np.concatenate(found) if found else np.zeros((0, columns), dtype=np.int64)

    grams = joined("ngram", 6)
    # Pairs of boilerplate n-grams only for quotes with no other pair (index._past_max_df).
    done = grams[grams[:, 5] == 0, 0]
    grams = grams[(grams[:, 5] == 0) | ~np.isin(grams[:, 0], done)]
    short, few = joined("short", 4), joined("few", 4)
    streams = []
    for table, needed in (
        (grams, grams[:, 4]),
        (short, np.ones(len(short), dtype=np.int64)),
        (few, np.full(len(few), 2, dtype=np.int64)),
    ):
        found = group_hits(table[:, 0], table[:, 1], table[:, 2], table[:, 3], needed=needed)
        streams.append(np.stack(found, 1) if len(found[0]) else np.zeros((0, 4), np.int64))
    reverse_parts = []
    for stream, pairs in enumerate(streams):
        quoted = pairs[pairs[:, 1] >= 0]
        reverse_parts.append(
            np.stack([quoted[:, 1], quoted[:, 0], np.full(len(quoted), stream)], 1)
        )
    reverse = np.concatenate(reverse_parts)
    owner = np.searchsorted(gid_bases, reverse[:, 0], side="right") - 1
    return Candidates(
        long=streams[0],
        short=streams[1],
        few=streams[2],
        reverse=[reverse[owner == j] for j in range(len(gid_bases))],
    )


@attrs.frozen
class Plan:
    """A partition's candidates in the order one process aligns them, and the quotes and
    paragraphs (by number in the run) it needs from each partition."""

    pairs: list[tuple[int, int, int, int]]
    wanted: dict[int, Array]


def plan(
    part: Part,
    bases: Bases,
    own: Candidates,
    reverse: Sequence[Array],
    gid_bases: Array,
    paragraph_bases: Array,
) -> Plan:
    kinds = [q.kind for p in part.prepared for q in p.extraction.quotes]
    terms = {bases.gid + k for k, kind in enumerate(kinds) if kind == "term"}
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
    wanted: dict[int, Array] = {}
    for numbers, numbering, sign in ((quoted, gid_bases, 1), (paragraphs, paragraph_bases, -1)):
        owner = np.searchsorted(numbering, numbers, side="right") - 1
        for i in np.unique(owner).tolist():
            mine = numbers[owner == i] if sign > 0 else -1 - numbers[owner == i]
            wanted[i] = np.r_[wanted.get(i, np.zeros(0, np.int64)), mine]
    return Plan(pairs, wanted)


def wanted_from(own_plan: Plan) -> list[int]:
    """The partitions a plan needs documents from."""
    return sorted(own_plan.wanted)


@attrs.frozen
class Served:
    """Documents a partition sends another: each with its numbers in the run."""

    documents: list[tuple[_Prepared, array[int], int, int]]  # (prepared, keys, gid, paragraph)


def _numbered(part: Part, bases: Bases) -> list[tuple[_Prepared, array[int], int, int]]:
    """The partition's documents, offsets and numbers made the run's."""
    out = []
    gid, paragraph = bases.gid, bases.paragraph
    for p, keys in zip(part.prepared, part.keys, strict=True):
        out.append((attrs.evolve(p, offset=bases.word + p.offset), keys, gid, paragraph))
        gid += len(p.quote_ranges)
        paragraph += len(p.paragraph_ranges)
    return out


def serve(part: Part, bases: Bases, own_plan: Plan, index: int) -> Served:
    """The documents of partition ``part`` (number ``index``) that hold the targets a plan
    wants from it."""
    wanted = own_plan.wanted.get(index, np.zeros(0, np.int64))
    quote_ends = np.array(list(accumulate(len(p.quote_ranges) for p in part.prepared)))
    paragraph_ends = np.array(list(accumulate(len(p.paragraph_ranges) for p in part.prepared)))
    quoted = wanted[wanted >= 0] - bases.gid
    paragraphs = -1 - wanted[wanted < 0] - bases.paragraph
    docs = set(np.searchsorted(quote_ends, quoted, side="right").tolist())
    docs |= set(np.searchsorted(paragraph_ends, paragraphs, side="right").tolist())
    numbered = _numbered(part, bases)
    return Served([numbered[d] for d in sorted(docs)])


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


def align(
    part: Part,
    bases: Bases,
    own_plan: Plan,
    served: Sequence[Served],
    topical: dict[int, int],
    documents: int,
    config: Config,
    index: int = 0,
    sink: Sink | None = None,
) -> tuple[list[Finding], list[tuple[str, TextWarning]]] | Any:
    """Align and judge a partition's quotes; to ``sink`` if given (its answer is returned)."""
    own = _numbered(part, bases)
    at_hand = {entry[0].document.id: entry for entry in own}
    for piece in served:
        for entry in piece.documents:
            at_hand.setdefault(entry[0].document.id, entry)
    everything = list(at_hand.values())
    quotes: dict[int, tuple[_Prepared, int]] = {}
    paragraph_of: dict[int, tuple[_Prepared, int]] = {}
    for p, _, gid, paragraph in everything:
        quotes.update((gid + k, (p, k)) for k in range(len(p.quote_ranges)))
        paragraph_of.update((paragraph + k, (p, k)) for k in range(len(p.paragraph_ranges)))
    rarity = Rarity(key=word_key)
    rarity.narration(topical, documents)
    matches = align_candidates(
        own_plan.pairs, quotes, paragraph_of, _DocIds(everything), rarity, config
    )
    prepared = [p for p, _, _, _ in own]
    findings = judge_found(prepared, bases.gid, matches, config)
    warnings = [(p.document.id, w) for p in prepared for w in p.extraction.warnings]
    if sink is not None:
        return sink(index, findings, warnings, [p.document for p, _, _, _ in everything])
    return findings, warnings


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
    progress: Callable[[list[Any]], None] | None = None,
) -> Outcome:
    """Corroborate the documents of ``sources`` (partitions, in order) on ``executor``."""
    n, max_df = config.ngram, config.max_df
    count = len(sources)
    buckets = buckets or count
    submit = executor.submit
    parts = [submit(prepare, source, name="prepare") for source in sources]
    all_sizes: list[Sizes] = executor.gather([submit(sizes, p, n, name="sizes") for p in parts])
    bases = number(all_sizes)
    gid_bases = np.array([b.gid for b in bases], dtype=np.int64)
    paragraph_bases = np.array([b.paragraph for b in bases], dtype=np.int64)
    short = frozenset().union(*(s.short for s in all_sizes))
    few = any(s.few for s in all_sizes)
    posted = [
        submit(postings, parts[i], bases[i], n, buckets, short, few, name="postings")
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
    narrations = executor.gather([submit(_pick, h, 1, name="pick") for h in bucketed])
    topical: dict[int, int] = {}
    for piece in narrations:
        topical.update(piece)
    found = [
        submit(
            candidates,
            [submit(_pick, h, 0, j, name="pick") for h in bucketed],
            shared_bases,
            name="candidates",
        )
        for j in range(count)
    ]
    plans = [
        submit(
            plan,
            parts[j],
            bases[j],
            found[j],
            [submit(_pick, found[i], "reverse", j, name="pick") for i in range(count)],
            shared_bases,
            paragraph_bases,
            name="plan",
        )
        for j in range(count)
    ]
    needs = executor.gather([submit(wanted_from, p, name="wanted") for p in plans])
    shared_topical = executor.share(topical)
    total = sum(s.documents for s in all_sizes)
    aligned = [
        submit(
            align,
            parts[j],
            bases[j],
            plans[j],
            [submit(serve, parts[i], bases[i], plans[j], i, name="serve") for i in needs[j]],
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
        progress(aligned)
    return Outcome(executor.gather(aligned), total, parts)


def report(
    documents: Sequence[Document], outcome: Outcome
) -> Report:
    """The report of a run without a sink, over ``documents``."""
    findings = [f for fs, _ in outcome.results for f in fs]
    warnings = [w for _, ws in outcome.results for w in ws]
    return Report(documents=tuple(documents), findings=tuple(findings), warnings=tuple(warnings))
