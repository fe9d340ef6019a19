"""What can head a speaker: role nouns, agent nouns, bodies and writings, and what cannot.

A name is a person's if the role written with it names one (``says_person``); a phrase led
by a determiner speaks if its head can (``names_no_speaker``: not "her record", "The
rejection of …"). The word lists are data in ``lexicon`` and ``lexicon_names``.

>>> says_person("undecided voter"), says_person("presumptive")
(True, False)
"""

from __future__ import annotations

from quoteverify.lexicon import DOCUMENT_NOUNS, HONORIFICS, ORG_HEADS, ROLE_HEADS, TITLE_WORDS
from quoteverify.lexicon_names import NOT_SPEAKER_ENDINGS, NOT_SPEAKER_HEADS, SPEAKING_ENDINGS

DETERMINERS = frozenset(
    """
    the a an another one two three four several some many his her their its our my your
    """.split()
)


def is_role_head(low: str) -> bool:
    """A noun that can head a role used as a speaker: "official", "officials", "aide"."""
    return low in ROLE_HEADS or low in TITLE_WORDS or (low.endswith("s") and low[:-1] in ROLE_HEADS)


# Endings of nouns for people that the role lists need not hold: "neurosurgeon", "tycoon",
# "heckler", "designer", "billionaire", "confidant", "radioman", "biographer".
_AGENT_ENDINGS = tuple("er ers or ors ist ists ian ians man men aire surgeon".split())


def says_person(role: str) -> bool:
    """Whether a role written with a name says the name is a person's: it holds a role noun
    or a title ("undecided voter", "Clinton's top aide", "retired neurosurgeon") or ends with
    a body's noun ("the advocacy group"), not only
    an adjective or an owner ("presumptive Democratic", "last week's Paris", "New York").

    >>> says_person("retired neurosurgeon"), says_person("presumptive"), says_person("week’s")
    (True, False, False)
    """
    words = role.lower().replace("’", "'").split()
    if words and words[-1] in ORG_HEADS:
        return True  # "the pro-ethanol campaign group America's Renewable Future": a body
    for word in words:
        low = word.strip(".,;:'()").removesuffix("'s")
        if (not low.isalpha() and "-" not in low) or low in DETERMINERS:
            continue
        if is_role_head(low) or low in HONORIFICS or low.endswith(_AGENT_ENDINGS):
            return True
    return False


def trailing(low: str) -> bool:
    """A verb or adverb that ends a phrase read as a noun phrase: "refused", "later"."""
    if low in SPEAKING_ENDINGS or is_role_head(low):
        return False
    return low.endswith(("ed", "ly")) or low in {"later", "earlier", "down", "off", "out", "up"}


def _can_head(low: str) -> bool:
    """A noun that can head a phrase that speaks: a role, a document, a body of people."""
    return (
        is_role_head(low)
        or low in DOCUMENT_NOUNS
        or low in SPEAKING_ENDINGS
        or low.endswith(_AGENT_ENDINGS)
    )


def names_no_speaker(phrase: str) -> bool:
    """Whether a described speaker is a thing, an event or an abstract noun: its head (the
    last word before "of", "for", "who" …) is one, and no word of it is a role, a document
    or a body of people ("her record", "The rejection", "its highest possible"; not "an
    official who attended the meeting", "a study last year").

    >>> names_no_speaker("The rejection of the party's wisdom"), names_no_speaker("her record")
    (True, True)
    >>> names_no_speaker("the audience"), names_no_speaker("a study last year")
    (False, False)
    """
    words = [w.strip(".,;:()").lower() for w in phrase.replace("’", "'").split()]
    cut = next((i for i, w in enumerate(words) if i and w in _HEAD_ENDS), len(words))
    head = words[cut - 1] if cut else ""
    if not (
        head in NOT_SPEAKER_HEADS
        or (head.endswith(NOT_SPEAKER_ENDINGS) and head not in SPEAKING_ENDINGS)
    ):
        return False
    return not any(_can_head(w) for w in words if w not in DETERMINERS and len(w) > 3)


_HEAD_ENDS = frozenset(
    {"of", "for", "at", "from", "with", "on", "in", "by", "who", "that", "which", "whose"}
)
