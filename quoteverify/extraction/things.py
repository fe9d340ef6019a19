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

import re

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
    words = [w.lower() for w in name.replace("’s", "").replace("'s", "").split()]
    if not words or any(w.rstrip(".") in PERSON_EVIDENCE for w in words):
        return False
    if all(w in _THING_WORDS for w in words):
        return True
    return len(words) > 1 and words[-1] in PLACE_HEADS


# A vessel or work noun after a determiner, right before a name run: "the trawler ".
_THING_BEFORE_RE = re.compile(r"\b(?:[Tt]he|an?|its|their|his|her) ([a-z]+) $")


def thing_before(text: str, start: int) -> bool:
    """Whether the word right before a name at start shows it names a vessel or a work."""
    before = _THING_BEFORE_RE.search(text, start - 24 if start > 24 else 0, start)
    return before is not None and before.group(1).lower() in THING_NOUNS
