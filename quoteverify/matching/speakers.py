"""Speakers across documents: are two attributions the same person, different people, or
can nobody tell?

Within a document, extraction resolves "she", "Rutte" and "the NATO chief" to the fullest name
it gives. Across documents names are compared as people's names, not as strings:

- the same surname with given names that agree is one person: a given name missing, an
  initial ("M. Rutte"), a nickname ("Dick Durbin", "Richard J. Durbin"), middle names and
  initials, accents ("Gutierrez", "Gutiérrez"), and titles and honorifics from many countries
  ("Mallam Garba Shehu", "Speaker-to-be Nancy Pelosi") left aside;
- two names are different people only when both are people's names (not a role, "the London
  Mayor", nor a phrase read as a name) and nothing ties them (a surname spelt alike,
  "Zelensky" and "Zelenskyy", or written inside the other name, stays ``unknown``);
- and only when both attributions are firm: a speaker below ``CONFIDENT`` (a continuation, a
  lone pronoun, a sentence subject with no cue) can agree, but never disagree.

An organisation and a person whose role names it are ``compatible`` ("the Pentagon",
"Pentagon spokeswoman Sabrina Singh").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

from quoteverify.extraction.confidence import CONFIDENT
from quoteverify.lexicon import HONORIFICS, NAME_PREFIXES, NAME_SUFFIXES, POSTNOMINALS, TITLE_WORDS
from quoteverify.model import Agreement, Speaker

# Lowercase words that may stand inside a person's name: "Ludwig van Beethoven", "Osama bin
# Laden", "Andrés Manuel López Obrador", "Charles de Gaulle".
_PARTICLES = frozenset(
    "de del della der den di da das do dos du la le van von ter ten bin ibn al el y e".split()
)
# Hyphenated titles before a name: "Speaker-to-be", "President-elect", "then-Senator", "ex-Mayor".
_TITLE_PARTS = frozenset("to be elect then ex former designate in waiting".split())
_SAME_SPELLING = 0.75
"""Surnames this alike (0-1, by the characters they share) may be one name spelt two ways."""


def agreement(this: Speaker | None, other: Speaker | None) -> Agreement:
    """Compare two speakers: ``same``, ``compatible``, ``different`` or ``unknown``.

    >>> durbin = Speaker("Richard J. Durbin", "Mr. Durbin", 0, 10, confidence=0.97)
    >>> agreement(durbin, Speaker("Dick Durbin", "Durbin", 0, 6, confidence=0.97))
    'same'
    >>> agreement(durbin, Speaker("Tim Kaine", "Kaine", 0, 5, confidence=0.97))
    'different'
    >>> agreement(durbin, Speaker("Tim Kaine", "he", 0, 2, confidence=0.75))
    'unknown'
    """
    if this is None or other is None:
        return "unknown"
    found = _agreement(this.name, this.kind, this.role, other.name, other.kind, other.role)
    if found == "different" and min(this.confidence, other.confidence) < CONFIDENT:
        return "unknown"
    return found


@functools.lru_cache(maxsize=65536)
def _agreement(
    name: str, kind: str, role: str | None, other_name: str, other_kind: str, other_role: str | None
) -> Agreement:
    """Compare two speakers by identity, whatever the confidence of either.

    >>> rutte = ("Mark Rutte", "person", "NATO Secretary-General")
    >>> _agreement(*rutte, "Rutte", "person", None), _agreement(*rutte, "Singh", "person", None)
    ('same', 'different')
    >>> _agreement("Pentagon", "organization", None, "Sabrina Singh", "person", "Pentagon aide")
    'compatible'
    >>> _agreement("Mark Rutte", "person", None, "the NATO chief", "person", "NATO chief")
    'unknown'
    """
    if "unknown" in (kind, other_kind):
        return "unknown"
    if kind == "organization" and other_kind == "organization":
        mine, theirs = _org_words(name), _org_words(other_name)
        return "same" if mine <= theirs or theirs <= mine else "different"
    if kind == "organization" or other_kind == "organization":
        org, person_role = (name, other_role) if kind == "organization" else (other_name, role)
        words = _org_words(person_role or "")
        return "compatible" if words and _org_words(org) <= words else "unknown"
    a, b = person_name(name), person_name(other_name)
    if a is None or b is None:
        return "unknown"  # a role ("the NATO chief") or a phrase: nothing to contradict
    return _compare_names(a, b)


def person_name(name: str) -> tuple[str, ...] | None:
    """The words of a person's name, folded for comparison (lower case, no accents), without
    the titles, honorifics and suffixes around it; None when ``name`` is no person's name (a
    role, a description, an acronym).

    >>> person_name("Dr. Anthony Fauci Jr."), person_name("Mallam Garba Shehu")
    (('anthony', 'fauci'), ('garba', 'shehu'))
    >>> person_name("Speaker-to-be Nancy Pelosi"), person_name("Luis V. Gutiérrez")
    (('nancy', 'pelosi'), ('luis', 'v', 'gutierrez'))
    >>> person_name("the chief"), person_name("The London Mayor"), person_name("Glenn Beck CPAC")
    (None, None, None)
    >>> person_name("Many used the same language") is None
    True
    """
    words = name.replace("’", "'").split()
    while words and _is_prefix(words[0]):
        words = words[1:]
    while words and words[-1].strip(".,").lower() in NAME_SUFFIXES | POSTNOMINALS:
        words = words[:-1]
    if not words:
        return None
    for w in words:
        bare = w.strip(".,")
        if not bare or bare.lower() in _PARTICLES:
            continue
        if not bare[0].isupper() or bare.lower() in TITLE_WORDS or bare.lower() == "the":
            return None  # "the chief", "Mayor of London", "Many used the same language"
        if len(bare) > 1 and bare.isupper() and "." not in bare:
            return None  # an acronym: "GOP", "CPAC" ("J.D." is initials)
    return tuple(_fold(w.strip(".,")) for w in words if w.strip(".,"))


def _is_prefix(word: str) -> bool:
    low = word.strip(",").lower()
    if low in HONORIFICS or low in TITLE_WORDS or low in NAME_PREFIXES:
        return True
    parts = low.strip(".").split("-")
    return len(parts) > 1 and any(p in TITLE_WORDS or p in _TITLE_PARTS for p in parts)


def _fold(word: str) -> str:
    """Lower case without accents: "Gutiérrez" -> "gutierrez"."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _compare_names(a: tuple[str, ...], b: tuple[str, ...]) -> Agreement:
    """Two people's names, as :func:`person_name` gives them.

    >>> _compare_names(("sarah", "huckabee", "sanders"), ("sarah", "sanders"))
    'same'
    >>> _compare_names(("volodymyr", "zelensky"), ("volodymyr", "zelenskyy"))
    'unknown'
    >>> _compare_names(("hillary", "clinton"), ("bill", "clinton"))
    'different'
    """
    surname, other_surname = a[-1], b[-1]
    if surname == other_surname:
        return "same" if _given_names_agree(a[:-1], b[:-1]) else "different"
    if surname in b or other_surname in a or _alike(surname, other_surname):
        # "Sarah Huckabee" and "Sarah Huckabee Sanders", "Xi" and "Xi Jinping", two
        # spellings of one name: nothing says these are two people
        return "unknown"
    return "different"


def _given_names_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Given names agree when either is missing, or the first ones are equal, one is the
    other's initial, or one is the other's nickname ("Dick" and "Richard")."""
    if not a or not b:
        return True
    x, y = a[0], b[0]
    if x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y)):
        return True
    return _nicknames(x, y)


@functools.lru_cache(maxsize=4096)
def _nicknames(x: str, y: str) -> bool:
    """Whether two given names are one name and its nickname (the ``nicknames`` package's
    table of English given names: "Bill" and "William", "Bernie" and "Bernard")."""
    namer = _namer()
    if y in namer.nicknames_of(x) or x in namer.nicknames_of(y):
        return True
    return bool(namer.canonicals_of(x) & (namer.canonicals_of(y) | {y}))


@functools.cache
def _namer() -> Any:  # nicknames.NickNamer: the package ships no type information
    from nicknames import NickNamer

    return NickNamer()


def _alike(a: str, b: str) -> bool:
    """Two surnames spelt alike: "Zelensky" and "Zelenskyy", "Gaddafi" and "Qaddafi"."""
    from rapidfuzz.distance import Indel

    return min(len(a), len(b)) >= 4 and Indel.normalized_similarity(a, b) >= _SAME_SPELLING


def _org_words(name: str) -> frozenset[str]:
    return frozenset(
        w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in ("the", "of", "u", "s")
    )


_AROUND = 250
"""Characters read on either side of a quote for the names its attribution gives."""


def also_credits(
    text: str, start: int, end: int, speaker: Speaker | None, own: Speaker | None = None
) -> bool:
    """Whether the words around the quote at ``start``:``end`` (its paragraph, a sentence or
    two) name ``speaker`` too: `"…," Speaker Nancy Pelosi and Senator Chuck Schumer said in a
    joint statement` credits Schumer as well as Pelosi, so a document that credits Schumer
    alone credits no one else. When ``speaker`` shares a surname with the quote's ``own``
    speaker, the given name must be there too (Anna Rutte is not named by "said Mark Rutte").

    >>> text = '"We will fight," Nancy Pelosi and Chuck Schumer said. Then they left.'
    >>> also_credits(text, 1, 14, Speaker("Chuck Schumer", "Schumer", 0, 7))
    True
    >>> also_credits(text, 1, 14, Speaker("Tim Kaine", "Kaine", 0, 5))
    False
    """
    if speaker is None:
        return False
    name = person_name(speaker.name)
    if name is None:
        return False
    before = text[max(0, start - _AROUND) : start].rsplit("\n\n", 1)[-1]
    after = text[end : end + _AROUND].split("\n\n", 1)[0]
    around = _fold(before + " " + after)
    wanted = name[-1:]
    mine = person_name(own.name) if own is not None else None
    if mine is not None and mine[-1] == name[-1]:
        if len(name) < 2:
            return False
        wanted = (name[0], name[-1])
    return all(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", around) for w in wanted)
