"""Reporting verbs in running text: is a word a cue verb used as a verb, and where the cue ends.

``is_verb`` decides, in order: a phrasal cue is whole ("pointed out"); the word is a reporting
verb of the lexicon, lowercase (or a capitalised past form after a comma); it does not follow
a noun marker ("the reports", "his claims"); it is no passive ("was found guilty"), no
aspectual "continue to", no date phrase ("beginning Wednesday"); and a verb that is also a
noun ("call", "claims") stands where a verb can. ``cue_end`` extends the verb over its
addressee and platform ("told reporters", "wrote on Truth Social"), and ``cue_of`` makes the
:class:`~quoteverify.model.Cue`. The small token helpers the cue readers share live here too:
``index_at``, ``skip_adverbs``, ``source_preposition`` ("according to").

>>> from quoteverify.extraction.tokens import tokens
>>> text = "Singh told reporters on Monday"
>>> toks = tokens(text, 0, len(text))
>>> is_verb(toks, 1), cue_of(toks[1 : cue_end(toks, 1)]).text
(True, 'told reporters')
"""

from __future__ import annotations

from collections.abc import Sequence

from quoteverify.extraction.heads import is_role_head
from quoteverify.extraction.names import OWNER_ENDS, Mention, pronoun_of
from quoteverify.extraction.tokens import Token
from quoteverify.lexicon import (
    ADDRESSEE_VERBS,
    CUE_VERBS,
    DOCUMENT_NOUNS,
    NOUN_LIKE_VERBS,
    NOUN_MARKERS,
    PHRASAL_CUES,
    SOURCE_PREPOSITIONS,
    SURNAME_HOMONYMS,
    VERB_ADVERBS,
)
from quoteverify.lexicon_names import PLACE_WORDS, STRAY_WORDS
from quoteverify.model import Cue


def skip_adverbs_forward(toks: Sequence[Token], k: int) -> int:
    """The first token from k on that is not an adverb: "also", "has", "repeatedly"."""
    while k < len(toks) and _is_adverb(toks[k]):
        k += 1
    return k


def _is_adverb(tok: Token) -> bool:
    """A word between a subject and its verb: "also", "has", "could", "repeatedly"."""
    word = tok.text
    if word[:1].isupper() and tok.lower in SURNAME_HOMONYMS:
        return False  # `Theresa May said`: a surname, not the modal
    return tok.lower in VERB_ADVERBS or (
        word.endswith("ly") and word.isalpha() and word.islower() and word not in LY_NOUNS
    )


# Words in -ly that are no adverbs: "Scott's family has called".
LY_NOUNS = frozenset(
    "family rally ally supply reply assembly anomaly monopoly bully belly tally folly fly".split()
)

_MODALS = frozenset("could would should will can may might must did does do only".split())
_BEFORE_BASE_FORM = _MODALS | {"i", "we", "you", "they"}  # a verb's, as in "what they call"

AUXILIARIES = frozenset("had have has were are was is would could will".split())


def index_at(toks: list[Token], pos: int) -> int:
    """The index of the first token at or after pos (len(toks) if none)."""
    for i, t in enumerate(toks):  # (a loop: quicker than next() over a generator)
        if t.start >= pos:
            return i
    return len(toks)


def ends_at_clause(toks: list[Token], m: Mention) -> bool:
    """Whether nothing but punctuation follows a mention in its clause: `— Jo Hale, 2016`."""
    k = index_at(toks, m.end)
    return k == len(toks) or not toks[k].is_word


def skip_adverbs(toks: Sequence[Token], v: int, lo: int) -> int:
    """Step back over "also", "has", "famously" and "smiled and" to the subject's end."""
    k = v
    while k > lo:
        low = toks[k - 1].lower
        if _is_adverb(toks[k - 1]):
            k -= 1
        elif low == "as" and k - 2 > lo and toks[k - 2].lower == "quoted":
            k -= 2  # "Hale is quoted as saying"
        elif (
            low == "and"
            and k - 2 > lo
            and toks[k - 2].text.islower()
            and toks[k - 2].lower.endswith("ed")
        ):
            k -= 2  # "smiled and said"
        else:
            break
    return k


# The words is_verb can accept: a caller that tests each word of a clause tests this first,
# which saves a call for most words.
VERB_WORDS = frozenset(CUE_VERBS) | frozenset(PHRASAL_CUES)


def is_verb(toks: Sequence[Token], v: int) -> bool:
    """A reporting verb used as a verb: lowercase, not after "the", phrasal verbs complete."""
    tok = toks[v]
    low = tok.lower
    if low in PHRASAL_CUES and v + 1 < len(toks) and toks[v + 1].lower == PHRASAL_CUES[low]:
        return True
    if low not in CUE_VERBS:
        return False
    if not tok.text.islower() and not (
        # "Murphy, the head of the fund, Tweeted on Friday": a capitalised past form
        v > 0 and toks[v - 1].text == "," and low.endswith("ed") and tok.text[1:].islower()
    ):
        return False
    if v > 0 and toks[v - 1].lower in NOUN_MARKERS:
        return False  # "the reports", "his claims"
    lemma = CUE_VERBS[low]
    if (low.endswith("ed") or low in {"found", "told"}) and _after_be(toks, v):
        return False  # a passive: "a Marine was found guilty", "the letter was widely ridiculed"
    if lemma in _ASPECTUAL and v + 1 < len(toks) and toks[v + 1].lower in {"to", "with", "by"}:
        return False  # "we must continue to push": not "he continued, "
    if low in {"beginning", "starting"} and v + 1 < len(toks) and _is_date_word(toks[v + 1]):
        return False  # "took to the airwaves beginning Wednesday"
    if v > 1 and toks[v - 2].lower in NOUN_MARKERS:
        noun = toks[v - 1].lower
        if noun in DOCUMENT_NOUNS:
            return True  # "the letter reads", "the statement read"
        if low == lemma and not (noun.endswith("s") or is_role_head(noun)):
            return False  # "a snappy retort", but not "the officials say"
    if lemma in NOUN_LIKE_VERBS:
        after_modal = v > 0 and toks[v - 1].lower in _BEFORE_BASE_FORM
        if low == lemma and not (after_modal or _writing_after(toks, v)):
            # "an unprompted call", "a fourth term"; but "could only quip", `read the email`,
            # "what they call"
            return False
        if low.endswith("s") and v > 0:
            prev = toks[v - 1]
            if (
                prev.is_word
                and not prev.is_capitalized
                and not pronoun_of(prev.lower)
                and prev.lower not in VERB_ADVERBS
                and prev.lower not in {"who", "which"}  # "the report, which notes"
            ):
                return False  # "his anti-Muslim remarks were"
            if prev.lower.endswith(("'s", "’s")) or (v > 1 and toks[v - 2].lower == "of"):
                return False  # "Mr. Obama's remarks", "11% of Democratic claims"
            if low == "states" and prev.is_capitalized and (
                prev.lower in _PLACE_ADJECTIVES or prev.lower == "united"
            ):
                return False  # "many Asian states", "the United States", "Gulf states"
    return True


_PLACE_ADJECTIVES = PLACE_WORDS | STRAY_WORDS  # places and nationalities: "Asian", "Gulf"

BE = frozenset({"was", "were", "been", "be", "is", "are", "being"})


def _after_be(toks: Sequence[Token], v: int) -> bool:
    """Whether a form of "be" stands before toks[v], perhaps with an adverb between."""
    k = v - 1
    if k > 0 and toks[k].lower.endswith("ly"):
        k -= 1
    return k >= 0 and toks[k].lower in BE


def _writing_after(toks: Sequence[Token], v: int) -> bool:
    """An inverted writing as subject: `," read the statement`, `," reads a sign`."""
    return (
        v + 2 < len(toks)
        and toks[v + 1].lower in {"the", "a", "an", "one"}
        and toks[v + 2].lower in DOCUMENT_NOUNS
    )


def end_of_verb(toks: Sequence[Token], v: int) -> int:
    low = toks[v].lower
    phrasal = low in PHRASAL_CUES and v + 1 < len(toks) and toks[v + 1].lower == PHRASAL_CUES[low]
    return v + 2 if phrasal else v + 1


PREPOSITION_STARTS = frozenset(phrase.split()[0] for phrase in SOURCE_PREPOSITIONS)
# SOURCE_PREPOSITIONS by their first word, in their order, with their words
_SOURCE_PHRASES: dict[str, list[tuple[str, list[str]]]] = {}
for _phrase in SOURCE_PREPOSITIONS:
    _SOURCE_PHRASES.setdefault(_phrase.split()[0], []).append((_phrase, _phrase.split()))


def source_preposition(toks: Sequence[Token], i: int) -> tuple[int, int] | None:
    phrases = _SOURCE_PHRASES.get(toks[i].lower)
    if phrases is None:
        return None
    for phrase, words in phrases:  # (only those that can match: their first word is this one)
        if i + len(words) <= len(toks) and all(toks[i + k].lower == w for k, w in enumerate(words)):
            if phrase == "per" and not (i + 1 < len(toks) and toks[i + 1].is_capitalized):
                continue
            return i, i + len(words)
    return None


def _is_date_word(tok: Token) -> bool:
    return tok.text.isdigit() or tok.lower in _DATE_WORDS


_DATE_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december today tomorrow tonight next
    this last in on at
    """.split()
)
_ASPECTUAL = frozenset({"continue"})  # "began to portray it as" still reports
_POSSESSIVES = frozenset("my your his her its our their".split())


def cue_end(toks: list[Token], v: int) -> int:
    """Extend a verb with its addressee or preposition: "told reporters", "wrote on X"."""
    end = end_of_verb(toks, v)
    lemma = CUE_VERBS.get(toks[v].lower)
    if end < len(toks) and lemma in ADDRESSEE_VERBS and toks[end].is_word:
        if toks[end].lower in _POSSESSIVES and end + 1 < len(toks) and toks[end + 1].is_word:
            end += 2  # "told his friend"
        elif toks[end].is_capitalized and not _is_date_word(toks[end]):
            end = _name_end(toks, end)  # "told Bill O'Reilly", "told The Associated Press"
        elif (
            toks[end].lower not in {"that", "the", "a", "an"}
            and toks[end].lower not in VERB_ADVERBS
        ):
            end += 1
    if (
        end + 1 < len(toks)
        and toks[end].lower in {"on", "in", "to"}
        and toks[end + 1].is_capitalized
        and not _is_date_word(toks[end + 1])  # "wrote on X", not "told CNN on Monday"
    ):
        # "posted on Truth Social"; but "said on CBS's" (a show's title follows) is one word
        owner = toks[end + 1].text.endswith(OWNER_ENDS)
        end = end + 2 if owner else _name_end(toks, end + 1)
    return end


def _name_end(toks: list[Token], k: int) -> int:
    """Where a run of capitalised words from toks[k] ends (with "of" or "the" inside, and
    possessives): `Bill O'Reilly`, `The Associated Press`, `CNN's Jake Tapper`."""
    while k < len(toks):
        tok = toks[k]
        if not (
            (tok.is_capitalized and not _is_date_word(tok))
            or tok.text in {"'s", "’s", "'", "’"}
            or (tok.lower in {"of", "the"} and k + 1 < len(toks) and toks[k + 1].is_capitalized)
        ):
            break
        k += 1
    return k


def cue_of(toks: Sequence[Token]) -> Cue | None:
    if not toks:
        return None
    return Cue(" ".join([t.text for t in toks]), toks[0].start, toks[-1].end)
