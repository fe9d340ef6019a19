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

from collections.abc import Iterator
from typing import Any

import attrs
import numpy as np

_MULTIPLIER = np.int64(0x5BD1E995)  # any odd constant mixes word ids into one key

Array = np.ndarray[Any, Any]


NOWHERE = -(2**62)
"""The target of a word that belongs to no quote and no paragraph body (a transcript turn's
label, "MAYOR HOLT:"): hits there are no candidates."""


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
    found = pair_postings(keys[positions], doc[positions], query_of[positions], max_df=max_df)
    a, b = positions[found.a], positions[found.b]
    over = ~np.isin(query_of[positions[found.over_a]], query_of[a])
    if over.any():
        a = np.r_[a, positions[found.over_a[over]]]
        b = np.r_[b, positions[found.over_b[over]]]
    if len(a) == 0:
        return _empty()
    rows = query_of[a]
    length = corpus.queries[rows, 2] - corpus.queries[rows, 1]
    lo = b - (a - corpus.queries[rows, 1])  # where the quote would start in b's document
    rows, target, lo, hi = group_hits(
        rows, corpus.target[b], lo, lo + length, needed=ngram_hits_needed(length, n)
    )
    return Candidates(query=corpus.queries[rows, 0], target=target, lo=lo, hi=hi)


def ngram_hits_needed(length: Array, n: int) -> Array:
    """The shared n-grams a quote of ``length`` words needs with a target to be a candidate.

    Quotes under 3n words share two n-grams with a source only when nothing changed in most
    of them; one shared n-gram is enough to try the alignment, which is the real test.
    """
    return np.where(length < 3 * n, 1, np.minimum(2, length - n + 1))


@attrs.frozen
class Pairs:
    """Index pairs into a list of postings: ``a`` is looked up and found at ``b``; ``over_a``
    and ``over_b`` the same from n-grams found in more than ``max_df`` places."""

    a: Array
    b: Array
    over_a: Array
    over_b: Array


def pair_postings(keys: Array, doc: Array, query_of: Array, *, max_df: int) -> Pairs:
    """Pair the postings that share a key: each posting inside a query (``query_of >= 0``) with
    each posting of the same key in another document.

    The postings must be in text order and hold every posting of each key they hold, so the
    same pairs come from all of a run's postings at once or from those whose keys fall in one
    bucket of a hash partition. A key found in more than ``max_df`` places is boilerplate: its
    pairs come apart in ``over_a``/``over_b``, each looked-up posting with the first
    ``max_df`` postings of other documents, for the caller to keep for the quotes that have
    no other pair (:func:`find_candidates`).

    >>> found = pair_postings(np.array([7, 7, 8, 7]), np.array([0, 1, 1, 2]),
    ...                       np.array([0, -1, -1, -1]), max_df=5)
    >>> found.a.tolist(), found.b.tolist(), len(found.over_a)
    ([0, 0], [1, 3], 0)
    """
    order = np.argsort(keys, kind="stable")
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
    done = set(query_of[a].tolist())
    over_a, over_b = _past_max_df(order, over_starts, over_sizes, query_of, doc, done, max_df)
    return Pairs(a=a, b=b, over_a=over_a, over_b=over_b)


def _past_max_df(
    order: Array,
    starts: Array,
    sizes: Array,
    query_of: Array,
    doc: Array,
    done: set[int],
    max_df: int,
) -> tuple[Array, Array]:
    """Pairs for the quotes the index found nothing for, from their n-grams found in more than
    ``max_df`` places, each looked for in its first ``max_df`` places in other documents.

    A quote repeated in many sources is boilerplate to the index, but it is still a quote: were
    it dropped, a changed word would read as a quote found nowhere (a warning) instead of an
    altered one (an error). Quotes with pairs among these postings (``done``) are passed over;
    a caller that holds only some of a run's postings drops the pairs of quotes that have
    pairs elsewhere.
    """
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
        places = np.flatnonzero(short_places(corpus.attributed, corpus.target, size))
        starts = corpus.queries[rows, 1]
        places = places[np.isin(keys[places], keys[starts])]  # (only these are counted)
        w, p = join_places(
            keys[starts], corpus.doc[starts], keys[places], corpus.doc[places], max_df=max_df
        )
        b = places[p]
        parts.append((rows[w], corpus.target[b], b, b + size))
    if not parts:
        return _empty()
    row, target, lo, hi = (np.concatenate(p) for p in zip(*parts, strict=True))
    row, target, lo, hi = group_hits(row, target, lo, hi, needed=np.ones(len(row), np.int64))
    return Candidates(query=corpus.queries[row, 0], target=target, lo=lo, hi=hi)


def short_places(attributed: Array, target: Array, size: int) -> Array:
    """Where a run of ``size`` words starts inside one quote or transcript turn (a mask over
    the ``len(target) - size + 1`` positions a run can start at)."""
    count = len(target) - size + 1
    if count <= 0:
        return np.zeros(0, dtype=bool)
    inside: Array = attributed[:count] & (target[:count] == target[size - 1 :])
    return inside


def few_queries(queries: Array, n: int) -> Array:
    """The rows of the queries :func:`find_few` looks up word by word: n to 3n-1 words, or
    elided."""
    lengths = queries[:, 2] - queries[:, 1]
    found: Array = np.flatnonzero((lengths >= n) & ((lengths < 3 * n) | (queries[:, 3] != 0)))
    return found


def find_few(corpus: Corpus, *, n: int, max_df: int) -> Candidates:
    """Propose targets for quotes of n to 3n-1 words, and elided quotes, by their single words.

    Two changed words in a ten-word quote, or an elision between three-word pieces, can leave
    a quote no n-gram in common with its source. Such quotes are looked up word by word,
    inside other documents' quotes and transcript turns only, through words found in at most
    ``max_df`` places (and its rarest words, :func:`rarest_limits`); a target needs two of
    the quote's words.
    """
    queries = corpus.queries
    lengths = queries[:, 2] - queries[:, 1]
    rows = few_queries(queries, n)
    places = np.flatnonzero(corpus.attributed)
    if len(rows) == 0 or len(places) == 0:
        return _empty()
    sizes = lengths[rows]
    row = np.repeat(rows, sizes)
    position = queries[row, 1] + (
        np.arange(int(sizes.sum())) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    )
    wanted = corpus.ids[position]
    keys, docs = corpus.ids[places], corpus.doc[places]
    hit_order = np.argsort(keys, kind="stable")  # (sorted once for every piece below)
    hit_keys = keys[hit_order]
    counts = np.searchsorted(hit_keys, wanted, side="right") - np.searchsorted(hit_keys, wanted)
    limits = rarest_limits(row, counts, max_df)
    # A few thousand queries at a time: a common word's places, joined with every query
    # that asks for it, would otherwise be held for all of them at once. Pieces end at a
    # query's end and come out sorted by row, so the pieces joined are the whole's answer.
    found = []
    for a, b in _pieces(np.cumsum(sizes), FEW_PIECE):
        w, p = join_sorted(
            wanted[a:b], corpus.doc[position[a:b]], hit_order, hit_keys, docs, max_df=limits[a:b]
        )
        hit_row, at = row[a:b][w], places[p]
        found.append(
            group_hits(
                hit_row, corpus.target[at], at, at + 1, needed=np.full(len(w), 2, dtype=np.int64)
            )
        )
    hit_rows, target, lo, hi = (np.concatenate(parts) for parts in zip(*found, strict=True))
    return Candidates(query=queries[hit_rows, 0], target=target, lo=lo, hi=hi)


FEW_PIECE = 200_000
"""Words of the queries :func:`find_few` joins with their places at a time."""


def _pieces(ends: Array, size: int) -> Iterator[tuple[int, int]]:
    """Cut a run of queries, whose words end at ``ends`` (cumulative), into pieces of about
    ``size`` words that end where a query ends.

    >>> list(_pieces(np.array([3, 5, 9, 10]), 4))
    [(0, 5), (5, 9), (9, 10)]
    """
    start = 0
    while start < (ends[-1] if len(ends) else 0):
        k = int(np.searchsorted(ends, start + size, side="left"))
        end = int(ends[min(k, len(ends) - 1)])
        yield start, end
        start = end


RAREST = 3
"""Words of a quote looked up by its single words that are looked up however common (up to
:data:`RARE_CAP` times ``max_df`` places), when it has fewer words than this within
``max_df``."""
RARE_CAP = 4
"""(20 before: at ten million quotes of one synthetic vocabulary, whose made-up words are in
about 590 places each, short quotes then made about 1,800 single-word hits each, 4.3
billion in all, more than the disk of the machine could hold between the index stages; at
one million, where those words are in about 60 places, either cap finds the same pairs.)"""


def rarest_limits(row: Array, counts: Array, max_df: int) -> Array:
    """How many places each word looked up may be found in: ``max_df``, or ``RARE_CAP`` times
    that for the :data:`RAREST` rarest words past ``max_df`` of a quote (``row``) that has
    fewer words than that within ``max_df`` (the quote's own words counted in ``counts``,
    ties in word order).

    In a large archive of one topic, every word of a short quote can be in more than
    ``max_df`` places, and the quote would be looked up by none of them; its rarest words
    are still the best evidence it has. Its words within ``max_df`` do not take their place:
    a word found nowhere else (often the word that was changed) cannot make a target's
    second word. The work stays bounded: at most ``RAREST`` words a quote, in at most
    ``RARE_CAP * max_df`` places each.

    >>> rarest_limits(np.array([0, 0, 0, 0, 1]), np.array([90, 60, 5, 70, 80]), 50).tolist()
    [200, 200, 50, 200, 200]
    >>> rarest_limits(np.array([0, 0, 0, 0, 0]), np.array([1, 1, 90, 60, 70]), 50).tolist()
    [50, 50, 200, 200, 200]
    """
    limits = np.full(len(row), max_df, dtype=np.int64)
    past = np.flatnonzero(counts > max_df)
    if not len(past):
        return limits
    within = np.bincount(row[counts <= max_df], minlength=int(row.max()) + 1)
    order = past[np.lexsort((past, counts[past], row[past]))]
    first = np.r_[True, row[order][1:] != row[order][:-1]]
    starts = np.flatnonzero(first)
    rank = np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)]))
    chosen = order[(rank < RAREST) & (within[row[order]] < RAREST)]
    limits[chosen] = RARE_CAP * max_df
    return limits


def join_places(
    wanted: Array, wanted_doc: Array, keys: Array, doc: Array, *, max_df: int | Array
) -> tuple[Array, Array]:
    """Join keys looked up (``wanted``, from documents ``wanted_doc``) with the places that
    hold them (``keys``, in text order, in documents ``doc``): index pairs (wanted, place)
    for a key held in 1 to ``max_df`` places (one limit, or one per key looked up), places in
    the looking document left out.

    The places must hold every place of each key they hold, so a bucket of a hash partition
    gives the same pairs as the whole run.

    >>> w, p = join_places(np.array([5, 6]), np.array([0, 0]),
    ...                    np.array([6, 5, 5]), np.array([1, 0, 2]), max_df=2)
    >>> w.tolist(), p.tolist()
    ([0, 1], [2, 0])
    """
    hit_order = np.argsort(keys, kind="stable")
    return join_sorted(wanted, wanted_doc, hit_order, keys[hit_order], doc, max_df=max_df)


def join_sorted(
    wanted: Array,
    wanted_doc: Array,
    hit_order: Array,
    hit_keys: Array,
    doc: Array,
    *,
    max_df: int | Array,
) -> tuple[Array, Array]:
    """:func:`join_places` with the places' keys already sorted (``hit_order``, a stable
    argsort of them, and ``hit_keys``, the keys in that order): for a caller that joins the
    same places many times."""
    first = np.searchsorted(hit_keys, wanted, side="left")
    count = np.searchsorted(hit_keys, wanted, side="right") - first
    ok = (count > 0) & (count <= max_df)
    rows, first, count = np.flatnonzero(ok), first[ok], count[ok]
    row = np.repeat(rows, count)
    offset = np.arange(int(count.sum())) - np.repeat(np.cumsum(count) - count, count)
    place = hit_order[np.repeat(first, count) + offset]
    other_doc = doc[place] != wanted_doc[row]
    return row[other_doc], place[other_doc]


def group_hits(
    rows: Array, target: Array, lo: Array, hi: Array, *, needed: Array
) -> tuple[Array, Array, Array, Array]:
    """Collapse hits to one per (query row, target) with at least ``needed`` hits, sorted by
    row then target; ``lo``/``hi`` the span of its hits. The order hits come in is no matter.

    >>> [r.tolist() for r in group_hits(np.array([1, 0, 1]), np.array([-1, -1, -1]),
    ...     np.array([9, 4, 3]), np.array([10, 5, 4]), needed=np.array([2, 2, 2]))]
    [[1], [-1], [3], [10]]
    """
    somewhere = target != NOWHERE
    if not somewhere.all():
        rows, target, lo, hi = rows[somewhere], target[somewhere], lo[somewhere], hi[somewhere]
        needed = needed[somewhere]
    if len(rows) == 0:
        none = np.zeros(0, dtype=np.int64)
        return none, none, none, none
    order = np.lexsort((lo, target, rows))
    rows, target, lo, hi, needed = rows[order], target[order], lo[order], hi[order], needed[order]
    first = np.flatnonzero(np.r_[True, (rows[1:] != rows[:-1]) | (target[1:] != target[:-1])])
    counts = np.diff(np.r_[first, len(rows)])
    enough = counts >= needed[first]
    return (
        rows[first[enough]],
        target[first[enough]],
        np.minimum.reduceat(lo, first)[enough],
        np.maximum.reduceat(hi, first)[enough],
    )


def _empty() -> Candidates:
    none = np.zeros(0, dtype=np.int64)
    return Candidates(query=none, target=none, lo=none, hi=none)
