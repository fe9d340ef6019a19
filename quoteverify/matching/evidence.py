"""Evidence: how unlikely it is that two passages share their words by chance.

A match shows that the same words were said only when the words it shares would rarely be
shared by chance. Each word weighs what it tells, in bits: ``-log2`` of its probability, the
larger of its frequency in English at large (the ``wordfreq`` package's tables, shipped with
it: nothing is fetched) and its frequency in the narration of the run's documents (a word the
run's articles use in their own sentences, "wall" in a story about a border wall, is topical,
not evidence). Only what a word tells beyond the commonest words counts (``BASE_BITS``), so
"We will continue to" or "on the wrong side of history" weighs little, and "stupid wall" or
"Kursk Oblast" much; a run of equal words longer than a stock phrase adds a little for each
word past ``PHRASE_WORDS``, so a long sentence of common words still counts.

>>> rarity = Rarity()
>>> round(rarity.bits("the"), 1), round(rarity.bits("escalation"), 1)
(0.0, 10.9)
>>> weights = [rarity.bits(w) for w in "we will continue to oblast".split()]
>>> round(evidence(weights, [(0, 4)]), 1), round(evidence(weights, [(4, 5)]), 1)
(5.7, 16.0)
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from functools import cache

BASE_BITS = 8.0
"""What the commonest words tell (about 1 in 256 words of English: "we", "will", "the"): a
word counts for what it tells beyond this."""

MAX_BITS = 24.0
"""A word never tells more than this (a name or a typo the tables lack): one rare word alone
is no shared passage."""

PHRASE_WORDS = 6
"""Equal words in a row past this many add ``RUN_BITS`` each: longer than a stock phrase."""

RUN_BITS = 2.0

_RUN_PRIOR = 50
"""A word's frequency in the run's narration counts as documents with it among this many at
least, so that in a run of two or three documents one narration does not make a word common."""


class Rarity:
    """The bits each folded word of a run tells, weighed when a match first asks (most words
    of a run never are)."""

    def __init__(self, key: Callable[[str], int] = hash) -> None:
        self._key = key
        """How the run knows a folded word (its word ids): ``hash`` in one process,
        :func:`~quoteverify.matching.words.word_key` where processes must agree."""
        self._bits: dict[str, float] = {}
        self._topical: dict[int, float] = {}
        self.by_key: dict[int, float] = {}
        """What each word tells, by its key (the hash of the folded word), once weighed."""

    def narration(self, documents_with: dict[int, int], documents: int) -> None:
        """Take in the run's narration: for each word (by hash), in how many documents it
        stands outside any quote or transcript turn, out of ``documents``."""
        self.by_key.clear()
        size = max(documents, _RUN_PRIOR)
        self._topical = {
            key: -math.log2((count - 1) / size)
            for key, count in documents_with.items()
            if count > 1  # narration of one document, the draft's own, says nothing
        }

    def bits(self, word: str) -> float:
        """What a folded word tells beyond the commonest words, in bits."""
        bits = self._bits.get(word)
        if bits is None:
            bits = self._bits[word] = _english_bits(word)
        if self._topical:
            topical = self._topical.get(self._key(word))  # (the run's words by key)
            if topical is not None and topical < bits:
                bits = topical
        return bits - BASE_BITS if bits > BASE_BITS else 0.0


    def weigh(self, key: int, word: str) -> float:
        """What a folded word, known by its key, tells (and remember it in ``by_key``)."""
        bits = self.by_key[key] = self.bits(word)
        return bits


def weights(keys: Sequence[int], rarity: Rarity, word: Callable[[int], str]) -> list[float]:
    """The bits of each word of a passage, by its key (the hash of the folded word);
    ``word(k)`` gives the folded word k, asked only for a word the run has not yet weighed."""
    known = rarity.by_key
    out = []
    for k, key in enumerate(keys):
        bits = known.get(key)
        out.append(rarity.weigh(key, word(k)) if bits is None else bits)
    return out


def evidence(weights: Sequence[float], runs: Sequence[tuple[int, int]]) -> float:
    """The bits of the words in the equal ``runs`` (index ranges into the passage's
    ``weights``) two passages share, plus ``RUN_BITS`` for each word of a run past
    ``PHRASE_WORDS``."""
    total = 0.0
    for start, end in runs:
        total += sum(weights[start:end])
        if end - start > PHRASE_WORDS:
            total += RUN_BITS * (end - start - PHRASE_WORDS)
    return total


def english_frequency(word: str) -> float:
    """A folded word's frequency in English (0 when wordfreq's tables lack it).

    >>> english_frequency("the") > 0.05 > english_frequency("escalation") > 0
    True
    >>> english_frequency("kursk")  # rarer than one in a million
    0.0
    """
    return _table().get(word, 0.0)


def _english_bits(word: str) -> float:
    """-log2 of a folded word's frequency in English (a hyphenated or dotted word by its
    parts: "state-funded", "u.s"), at most ``MAX_BITS``."""
    table = _table()
    frequency = table.get(word)
    if frequency is None:
        parts = [p for p in word.replace(".", " ").replace("-", " ").split() if p]
        if len(parts) > 1:
            frequency = math.prod(table.get(p, 0.0) for p in parts) ** (1 / len(parts))
        elif parts and parts[0] != word:
            frequency = table.get(parts[0])
        elif word.replace(",", "").isdigit():  # "2016", "10,000": wordfreq keeps digits as 0s
            digits = word.replace(",", "")
            frequency = table.get(digits if len(digits) == 1 else "0" * len(digits))
    if not frequency:
        return MAX_BITS
    return min(MAX_BITS, -math.log2(frequency))


@cache
def _table() -> dict[str, float]:
    """wordfreq's English word frequencies: its list of the words at least one in a million
    (about 30,000; a rarer word tells ``MAX_BITS``, near enough to what it would tell).

    The list is read straight from the file wordfreq ships (gzipped msgpack, words in bins a
    centibel apart: its documented cBpack format), which spares importing wordfreq and its
    text-fixing dependencies at every run; wordfreq's own reader is the fallback."""
    try:
        return _read_cbpack("small_en.msgpack.gz")
    except Exception:  # a wordfreq of another layout: its own API
        from wordfreq import get_frequency_dict

        table: dict[str, float] = get_frequency_dict("en", wordlist="small")
        return table


def _read_cbpack(name: str) -> dict[str, float]:
    import gzip
    import importlib.util
    import os

    import msgpack

    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("wordfreq is not installed")
    path = os.path.join(next(iter(spec.submodule_search_locations)), "data", name)
    with gzip.open(path, "rb") as file:
        header, *bins = msgpack.load(file, raw=False)
    if header.get("format") != "cB" or header.get("version") != 1:
        raise ValueError(f"{name}: not a cBpack of version 1")
    return {word: 10 ** (-index / 100) for index, words in enumerate(bins) for word in words}
