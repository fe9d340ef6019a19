"""Words for comparison: where they are in the text, and a folded form that ignores case,
curly versus straight apostrophes and dash styles.

Matching works on these words, never on characters, so punctuation, quote marks and spacing
cannot make two wordings differ; the spans keep every word pointable in the original text.
"""

from __future__ import annotations

import hashlib
import re
from array import array
from collections.abc import Sequence
from itertools import accumulate

# A word is a run of letters and digits, joined by one apostrophe, hyphen, period or comma
# ("Russia's", "co-belligerents", "U.S", "600,000"). Each repetition must start with one joiner
# and the joiners are not letters, so the pattern cannot backtrack: matching is linear.
WORD_RE = re.compile(r"[^\W_]+(?:['’‘ʼ\-‐‑.,][^\W_]+)*")
_SPLIT_RE = re.compile(f"({WORD_RE.pattern})")
ELLIPSIS_RE = re.compile(r"\.\s?\.\s?\.|…")

_FOLD = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "‐": "-", "‑": "-"})


def words(text: str) -> tuple[list[str], list[int], list[int]]:
    """The folded words of ``text``, with the offsets each one starts and ends at.

    >>> folded, starts, ends = words("“We’re READY,” she said -- co-Chairs.")
    >>> folded
    ["we're", 'ready', 'she', 'said', 'co-chairs']
    >>> starts, ends
    ([1, 7, 15, 19, 27], [6, 12, 18, 23, 36])
    """
    # Splitting on the words, then summing the lengths of the pieces, finds every offset
    # without a Python-level step per word: about twice as fast as collecting match objects.
    pieces = _SPLIT_RE.split(text)
    offsets = list(accumulate(map(len, pieces)))
    return fold(pieces[1::2]), offsets[0:-1:2], offsets[1::2]


def fold(raw: list[str]) -> list[str]:
    """Fold words for comparison: lower case, one apostrophe, one hyphen.

    >>> fold(["Russia’s", "CO‐BELLIGERENTS"])
    ["russia's", 'co-belligerents']
    """
    if not raw:
        return []
    # One pass over a joined string is much cheaper than a method call per word; folding can
    # lengthen a word ("İ") but never adds a space, so the split gives back one word per word.
    return " ".join(raw).lower().translate(_FOLD).split(" ")


def elisions(text: str, start: int, end: int, starts: Sequence[int]) -> list[int]:
    """Word indexes (into ``starts``) that an ellipsis in ``text[start:end]`` comes before.

    >>> text = "We will ... hold the line … always"
    >>> elisions(text, 0, len(text), words(text)[1])
    [2, 5]
    """
    points = []
    index = 0
    for found in ELLIPSIS_RE.finditer(text, start, end):
        while index < len(starts) and starts[index] < found.start():
            index += 1
        if 0 < index < len(starts):
            points.append(index)
    return points


def word_key(word: str) -> int:
    """A folded word as a signed 64-bit integer that every process computes alike.

    One process knows words by ``hash``, which Python seeds anew in each process; processes
    that share word ids (the workers of a cluster) use this instead.

    >>> word_key("ready") == word_key("ready") != word_key("steady")
    True
    """
    digest = hashlib.blake2b(word.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def word_keys(folded: str) -> array[int]:
    """:func:`word_key` of each word of ``folded`` (words joined by single spaces)."""
    return array("q", map(word_key, folded.split(" "))) if folded else array("q")
