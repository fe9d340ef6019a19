"""The word index of a partitioned run, shuffled by hash: each partition cuts its postings into
buckets (:func:`postings`), each bucket pairs the postings of every partition
(:func:`bucket_hits`), and each partition collapses its quotes' hits into candidates
(:func:`candidates`).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import numpy as np

from quoteverify.matching.corroborate import _narration_frequencies
from quoteverify.matching.index import (
    few_queries,
    group_hits,
    join_places,
    ngram_hits_needed,
    ngram_keys,
    pair_postings,
    rarest_limits,
    short_places,
)
from quoteverify.matching.parts import Array, Bases, Sketch, grouped, placed


def _bucket_of(keys: Array, buckets: int) -> Array:
    bucket: Array = keys.view(np.uint64) % np.uint64(buckets)
    return bucket


def _cut(table: Array, keys: Array, buckets: int) -> list[Array]:
    """The rows of a table by the bucket of their key, each in the table's order."""
    return grouped(table, _bucket_of(keys, buckets).astype(np.int64), buckets)


def postings(
    sketch: Sketch,
    bases: Bases,
    n: int,
    buckets: int,
    short: frozenset[int],
    held: Array | None,
    max_df: int,
) -> list[dict[str, Array]]:
    """The partition's postings, one dict of tables per bucket; positions, documents, quotes
    and paragraphs are numbered in the run. ``held``: how many places inside quotes and
    turns each word has in the run (:func:`.parts.held`), when some quote is looked up by
    its single words."""
    ids, attributed = sketch.ids, sketch.attributed
    doc, target, queries = placed(sketch, bases)
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
    if held is not None:
        places = np.flatnonzero(attributed)
        table = np.stack([ids[places], position[places], doc[places], target[places]], 1)
        tables["few"] = (table, ids[places])
        rows = few_queries(queries, n)
        lengths = queries[rows, 2] - queries[rows, 1]
        each = np.repeat(rows, lengths)
        at = queries[each, 1] + (
            np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        )
        found = np.searchsorted(held[:, 0], ids[at])
        counts = held[np.minimum(found, len(held) - 1), 1]
        limits = rarest_limits(each, counts, max_df)
        wanted = np.stack([ids[at], queries[each, 0], doc[at], limits], 1)
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
    places, wanted = joined("few", 4), joined("wantfew", 4)
    if len(wanted):
        w, p = join_places(
            wanted[:, 0], wanted[:, 2], places[:, 0], places[:, 2], max_df=wanted[:, 3]
        )
        lo = places[p, 1]
        hits["few"].append(np.stack([wanted[w, 1], places[p, 3], lo, lo + 1], 1))
    routed: list[dict[str, Array]] = [{} for _ in range(len(gid_bases))]
    for name, columns in (("ngram", 6), ("short", 4), ("few", 4)):
        table = np.concatenate(hits[name]) if hits[name] else np.zeros((0, columns), np.int64)
        owner = np.searchsorted(gid_bases, table[:, 0], side="right") - 1
        for out, rows in zip(routed, grouped(table, owner, len(routed)), strict=True):
            out[name] = rows
    narration = joined("narration", 2)
    keys, inverse = np.unique(narration[:, 0], return_inverse=True)
    counts = np.bincount(inverse.reshape(-1), weights=narration[:, 1], minlength=len(keys))
    several = counts > 1
    return routed, dict(
        zip(keys[several].tolist(), counts[several].astype(np.int64).tolist(), strict=True)
    )


@attrs.frozen
class Candidates:
    """A partition's candidates, as one process finds them."""

    long: Array
    short: Array
    few: Array

    def __sizeof__(self) -> int:  # (for a cluster's workers: see parts.BYTES_PER_WORD)
        return self.long.nbytes + self.short.nbytes + self.few.nbytes


def candidates(
    pieces: Sequence[dict[str, Array]], gid_bases: Array
) -> tuple[Candidates, list[Array]]:
    """Collapse the hits of a partition's quotes, from every bucket, into candidates; and the
    reverse pairs it sends each partition of a target quote: (target, quote, stream). (A
    pair, so that an executor that stores answers element by element gives each partition
    its reverse pairs without the rest.)"""

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
    return Candidates(long=streams[0], short=streams[1], few=streams[2]), grouped(
        reverse, owner, len(gid_bases)
    )
