"""Candidate lookup: which passages of other documents share enough words with a quote to be
worth aligning. All pairs are never compared.

Every word of every document is indexed by the word n-gram starting there (hashed to one
integer). The n-grams of a quote are looked up; an n-gram found in more than ``max_df`` places
is boilerplate and proposes nothing. A (quote, target) pair becomes a candidate when they share
two n-grams (one, for a quote with a single n-gram). Quotes shorter than n words are looked up
by their whole word sequence, and only inside other documents' quotes and transcript turns. The
whole lookup is vectorised with numpy: sorting the n-gram keys once replaces a hash table of
Python objects, and its cost grows as n log n in the number of words.
"""

from __future__ import annotations

from typing import Any

import attrs
import numpy as np

_MULTIPLIER = np.int64(0x5BD1E995)  # any odd constant mixes word ids into one key

Array = np.ndarray[Any, Any]


@attrs.frozen
class Corpus:
    """Every word of every document, as parallel arrays over global word positions.

    ``ids``: the word (folded, as an integer); ``doc``: its document; ``target``: the quote
    (>= 0) or paragraph (-1 - paragraph) it belongs to, which is what a hit gets aligned
    against; ``attributed``: inside a quote or a transcript turn. ``queries`` are the quotes
    to look up, as global word ranges ``(quote id, start, end, has an elision)``.
    """

    ids: Array
    doc: Array
    target: Array
    attributed: Array
    queries: Array


@attrs.frozen
class Candidates:
    """Parallel arrays: quote ``query`` might match ``target`` (a quote id, or -1 - paragraph);
    the hits fall between global positions ``lo`` and ``hi`` of the target's document."""

    query: Array
    target: Array
    lo: Array
    hi: Array


def ngram_keys(ids: Array, n: int) -> Array:
    """One integer per position for the n words starting there (length ``len(ids) - n + 1``).

    >>> keys = ngram_keys(np.array([1, 2, 3, 1, 2, 3]), 3)
    >>> len(keys), bool(keys[0] == keys[3]), bool(keys[0] == keys[1])
    (4, True, False)
    """
    count = len(ids) - n + 1
    if count <= 0:
        return np.zeros(0, dtype=np.int64)
    keys = ids[:count].astype(np.int64)
    with np.errstate(over="ignore"):
        for k in range(1, n):
            keys = keys * _MULTIPLIER + ids[k : k + count]
    return keys


def find_candidates(corpus: Corpus, *, n: int, max_df: int) -> Candidates:
    """Propose (quote, target) pairs that share words, for quotes of n words or more."""
    ids, doc = corpus.ids, corpus.doc
    keys = ngram_keys(ids, n)
    if len(keys) == 0 or len(corpus.queries) == 0:
        return _empty()
    # A position can be looked up when its n-gram lies inside one query quote.
    query_of = np.full(len(keys), -1, dtype=np.int64)
    for row, (_, start, end, _) in enumerate(corpus.queries):
        if end - start >= n:
            query_of[start : end - n + 1] = row
    within_doc = doc[: len(keys)] == doc[n - 1 :]
    positions = np.flatnonzero(within_doc)
    order = positions[np.argsort(keys[positions], kind="stable")]
    sorted_keys = keys[order]
    starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
    sizes = np.diff(np.r_[starts, len(order)])
    keep = (sizes >= 2) & (sizes <= max_df)
    over = sizes > max_df
    over_starts, over_sizes = starts[over], sizes[over]
    starts, sizes = starts[keep], sizes[keep]
    # Every ordered pair of positions within a group: a is looked up, b is where it is found.
    pair_counts = sizes * sizes
    total = int(pair_counts.sum())
    group = np.repeat(np.arange(len(sizes)), pair_counts)
    offset = np.arange(total) - np.repeat(np.cumsum(pair_counts) - pair_counts, pair_counts)
    a = order[starts[group] + offset // sizes[group]]
    b = order[starts[group] + offset % sizes[group]]
    useful = (query_of[a] >= 0) & (doc[a] != doc[b])
    a, b = a[useful], b[useful]
    if len(over_starts):
        more_a, more_b = _past_max_df(order, over_starts, over_sizes, query_of, doc, a, max_df)
        a, b = np.r_[a, more_a], np.r_[b, more_b]
    if len(a) == 0:
        return _empty()
    rows = query_of[a]
    length = corpus.queries[rows, 2] - corpus.queries[rows, 1]
    lo = b - (a - corpus.queries[rows, 1])  # where the quote would start in b's document
    grams = length - n + 1
    # Quotes under 3n words share two n-grams with a source only when nothing changed in
    # most of them; one shared n-gram is enough to try the alignment, which is the real test.
    needed = np.where(length < 3 * n, 1, np.minimum(2, grams))
    return _group(corpus, rows, corpus.target[b], lo, lo + length, needed=needed)


def _past_max_df(
    order: Array,
    starts: Array,
    sizes: Array,
    query_of: Array,
    doc: Array,
    found: Array,
    max_df: int,
) -> tuple[Array, Array]:
    """Pairs for the quotes the index found nothing for, from their n-grams found in more than
    ``max_df`` places, each looked for in its first ``max_df`` places in other documents.

    A quote repeated in many sources is boilerplate to the index, but it is still a quote: were
    it dropped, a changed word would read as a quote found nowhere (a warning) instead of an
    altered one (an error). Quotes that have candidates are left as they were.
    """
    done = set(query_of[found].tolist())
    pairs_a: list[int] = []
    pairs_b: list[int] = []
    for start, size in zip(starts.tolist(), sizes.tolist(), strict=True):
        members = order[start : start + size]
        asking = members[query_of[members] >= 0]
        for a in asking.tolist():
            if int(query_of[a]) in done:
                continue
            others = members[doc[members] != doc[a]][:max_df].tolist()
            pairs_a += [a] * len(others)
            pairs_b += others
    return np.array(pairs_a, dtype=np.int64), np.array(pairs_b, dtype=np.int64)


def find_short(corpus: Corpus, *, n: int, max_df: int) -> Candidates:
    """Propose targets for quotes of fewer than n words: their whole word sequence, found
    inside another document's quote or transcript turn, in at most ``max_df`` places."""
    lengths = corpus.queries[:, 2] - corpus.queries[:, 1]
    parts = []
    for size in range(1, n):
        rows = np.flatnonzero(lengths == size)
        if len(rows) == 0:
            continue
        keys = ngram_keys(corpus.ids, size)
        inside = corpus.attributed[: len(keys)] & (
            corpus.target[: len(keys)] == corpus.target[size - 1 :]
        )
        wanted = keys[corpus.queries[rows, 1]]
        hits = np.flatnonzero(inside & np.isin(keys, wanted))
        if len(hits) == 0:
            continue
        # Join hits to the queries with the same key through one sort of the hit keys.
        hit_order = hits[np.argsort(keys[hits], kind="stable")]
        hit_keys = keys[hit_order]
        first = np.searchsorted(hit_keys, wanted, side="left")
        last = np.searchsorted(hit_keys, wanted, side="right")
        count = last - first
        ok = (count > 0) & (count <= max_df)
        rows, first, count = rows[ok], first[ok], count[ok]
        row = np.repeat(rows, count)
        offset = np.arange(int(count.sum())) - np.repeat(np.cumsum(count) - count, count)
        b = hit_order[np.repeat(first, count) + offset]
        other_doc = corpus.doc[b] != corpus.doc[corpus.queries[row, 1]]
        row, b = row[other_doc], b[other_doc]
        parts.append((row, corpus.target[b], b, b + size))
    if not parts:
        return _empty()
    row, target, lo, hi = (np.concatenate(p) for p in zip(*parts, strict=True))
    return _group(corpus, row, target, lo, hi, needed=np.ones(len(row), dtype=np.int64))


def find_few(corpus: Corpus, *, n: int, max_df: int) -> Candidates:
    """Propose targets for quotes of n to 3n-1 words, and elided quotes, by their single words.

    Two changed words in a ten-word quote, or an elision between three-word pieces, can leave
    a quote no n-gram in common with its source. Such quotes are looked up word by word,
    inside other documents' quotes and transcript turns only, through words found in at most
    ``max_df`` places; a target needs two of the quote's words.
    """
    queries = corpus.queries
    lengths = queries[:, 2] - queries[:, 1]
    rows = np.flatnonzero((lengths >= n) & ((lengths < 3 * n) | (queries[:, 3] != 0)))
    places = np.flatnonzero(corpus.attributed)
    if len(rows) == 0 or len(places) == 0:
        return _empty()
    sizes = lengths[rows]
    row = np.repeat(rows, sizes)
    position = queries[row, 1] + (
        np.arange(int(sizes.sum())) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    )
    order = places[np.argsort(corpus.ids[places], kind="stable")]
    sorted_ids = corpus.ids[order]
    wanted = corpus.ids[position]
    first = np.searchsorted(sorted_ids, wanted, side="left")
    count = np.searchsorted(sorted_ids, wanted, side="right") - first
    ok = (count > 0) & (count <= max_df)
    row, first, count = row[ok], first[ok], count[ok]
    row = np.repeat(row, count)
    offset = np.arange(int(count.sum())) - np.repeat(np.cumsum(count) - count, count)
    b = order[np.repeat(first, count) + offset]
    other_doc = corpus.doc[b] != corpus.doc[queries[row, 1]]
    row, b = row[other_doc], b[other_doc]
    return _group(corpus, row, corpus.target[b], b, b + 1, needed=np.full(len(row), 2))


def _group(
    corpus: Corpus, rows: Array, target: Array, lo: Array, hi: Array, *, needed: Array
) -> Candidates:
    """Collapse hits to one candidate per (query, target) with enough hits."""
    if len(rows) == 0:
        return _empty()
    order = np.lexsort((lo, target, rows))
    rows, target, lo, hi, needed = rows[order], target[order], lo[order], hi[order], needed[order]
    first = np.flatnonzero(np.r_[True, (rows[1:] != rows[:-1]) | (target[1:] != target[:-1])])
    counts = np.diff(np.r_[first, len(rows)])
    enough = counts >= needed[first]
    return Candidates(
        query=corpus.queries[rows[first[enough]], 0],
        target=target[first[enough]],
        lo=np.minimum.reduceat(lo, first)[enough],
        hi=np.maximum.reduceat(hi, first)[enough],
    )


def _empty() -> Candidates:
    none = np.zeros(0, dtype=np.int64)
    return Candidates(query=none, target=none, lo=none, hi=none)
