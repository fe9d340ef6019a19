"""Who cannot speak: a run of capitalised words that names a thing, not a person.

A speaker is a person, an organisation or a described group. A name with no evidence of a
person (no title, honorific, role or known first name, and no earlier full name with that last
word) that names a place, a platform, a building, a brand or a stray capitalised word ("Wall
Street", "Hyatt Regency Nice", "Already", "Democratic") is no speaker: the quote goes to the
next candidate, or to nobody. So is a name the document shows to be a vessel's or a work's ("the
trawler Mary Rose", a title in quote marks).

>>> is_thing("Wall Street"), is_thing("Hyatt Regency Nice"), is_thing("Already")
(True, True, True)
>>> is_thing("Colm Ferreira"), is_thing("Mary Rose"), is_thing("Park")
(False, False, False)
"""

from __future__ import annotations

from quoteverify.lexicon import NOT_NAMES, PERSON_EVIDENCE
from quoteverify.lexicon_names import (
    BRAND_WORDS,
    PLACE_HEADS,
    PLACE_WORDS,
    STRAY_WORDS,
    THING_NOUNS,
)

_THING_WORDS = PLACE_WORDS | BRAND_WORDS | STRAY_WORDS | NOT_NAMES


def is_thing(name: str) -> bool:
    """Whether a name with no other evidence names a thing: every word a place, brand or stray
    word, or two words or more headed by a place or building noun ("St Aubyn Stadium")."""
    words = name.lower().split()
    if not words:
        return False
    last = words[-1]
    if last.endswith(("’s", "'s")):
        last = words[-1] = last[:-2]
    if last not in _THING_WORDS and (last not in PLACE_HEADS or len(words) == 1):
        return False  # (most names: a quick answer)
    if any(w.rstrip(".") in PERSON_EVIDENCE for w in words):
        return False
    return last in PLACE_HEADS or all(w in _THING_WORDS for w in words)


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})


def thing_before(text: str, start: int) -> bool:
    """Whether a vessel or work noun after an article stands right before a name at start:
    "the trawler Mary Rose", "the anime Doki Doki Riviera"."""
    if start < 2 or text[start - 1] != " ":
        return False
    k = text.rfind(" ", start - 24 if start > 24 else 0, start - 1)
    if k < 0 or text[k + 1 : start - 1] not in THING_NOUNS:
        return False  # (most names: one slice and one look-up)
    j = text.rfind(" ", k - 8 if k > 8 else 0, k)
    return text[j + 1 : k].lower() in _DETERMINERS
