"""The cue in the clause after a quote: `," Rutte told reporters`, `," said Singh`, `" — Singh`.

``cue_after`` reads the clause after the closing mark, in this order: it skips punctuation; a
clause of its own ("and he vowed", "when Clinton blasted him") is no attribution; a dash and a
name sign the quote; a source preposition ("according to") names its source; an inverted verb
("said Singh") has its subject after it; otherwise a reporting verb is looked for within a few
tokens, and its subject read before it (past an apposition: "Rutte, the NATO chief, said"). It
gives the mention, the cue, and whether the cue comes first in its clause (inverted, a dash or
"according to"), which certainly makes it the quote's.

>>> from quoteverify.extraction.tokens import tokens
>>> text = ", Sabrina Singh, the Pentagon spokeswoman, told reporters."
>>> mention, cue, first = cue_after(tokens(text, 0, len(text)))
>>> mention.name, cue.text, first
('Sabrina Singh', 'told reporters', False)
"""

from __future__ import annotations

from quoteverify.extraction.mentions import mention_after, mention_before
from quoteverify.extraction.names import Mention, homonym_mention, pronoun_of
from quoteverify.extraction.tokens import SENTENCE_END, Token, is_sentence_break
from quoteverify.extraction.verbs import (
    AUXILIARIES,
    VERB_WORDS,
    cue_end,
    cue_of,
    end_of_verb,
    ends_at_clause,
    index_at,
    is_verb,
    skip_adverbs,
    skip_adverbs_forward,
    source_preposition,
)
from quoteverify.lexicon import CUE_VERBS, DASHES, PREPOSITIONS
from quoteverify.model import Cue

_MAX_CUE_DISTANCE = 30  # tokens between a closing mark and its verb, appositions included

# Words that open a subordinate clause after a quote (not "as": `"…," as Hale put it`).
_CLAUSE_SUBORDINATORS = frozenset(
    "when while after before because if since until although though unless whereas".split()
)


def cue_after(after: list[Token]) -> tuple[Mention, Cue | None, bool] | None:
    """`," Rutte said`, `," said Singh`, `" — Singh`, `, according to X`."""
    i = 0
    while i < len(after) and after[i].text in {",", ")", "(", "’", "'"}:
        i += 1
    if i >= len(after):
        return None
    if after[i].lower == "and" and i + 1 < len(after) and pronoun_of(after[i + 1].lower):
        return None  # `"…," and he vowed to`: a clause of its own
    if after[i].lower in _CLAUSE_SUBORDINATORS:
        # `"…," when Clinton blasted him`: a clause of its own; a cue may follow it (`"…," since
        # most cases were close, said Lee Epstein`), and `though,` is an adverb
        comma = next((k for k in range(i + 1, len(after)) if after[k].text == ","), None)
        if comma is None:
            return None
        i = comma + 1
        if i >= len(after):
            return None
    first = after[i]
    m: Mention | None
    if first.text in DASHES:
        j = i + 1
        while j < len(after) and after[j].text in DASHES:
            j += 1  # "--"
        if j < len(after) and after[j].lower in {"and", "or"}:
            return None  # `Mitt Romney -- "…" -- and Fred Goldberg`: the list goes on
        m = mention_after(after, j)
        if m is not None and m.kind in ("name", "organization") and ends_at_clause(after, m):
            return m, Cue(first.text, first.start, first.end), True
        return None  # not `" — a reaction to …` nor `" — the balloons cascaded down`
    prep = source_preposition(after, i)
    if prep is not None:
        m = mention_after(after, prep[1])
        if m is not None:
            return m, cue_of(after[i : prep[1]]), True
    if is_verb(after, i):
        if after[i].lower.endswith("ing"):
            return None  # `," telling reporters`: an object, not the subject
        m = mention_after(after, end_of_verb(after, i))
        if m is not None and not _takes_verb(after, m):
            return m, cue_of(after[i : end_of_verb(after, i)]), True
        return None
    # subject first: find the verb within a few tokens
    last = i + _MAX_CUE_DISTANCE  # (tests, not min(): see windows._clause_after)
    for v in range(i + 1, last + 1 if last < len(after) else len(after)):
        tok = after[v]
        if tok.text in {";", ":"} or (tok.text in SENTENCE_END and is_sentence_break(after, v)):
            break
        if tok.lower not in VERB_WORDS or not is_verb(after, v):
            continue
        subject_end = skip_adverbs(after, v, i)
        if after[subject_end - 1].text == ",":
            # "Rutte, the NATO chief, said", "Ramos, 58, told AFP"; not `" for the EU, said`
            m = None if after[i].lower in _OBJECT_LEADS else mention_after(after, i)
            verb_end = end_of_verb(after, v)
            if m is not None and _opens_clause(after, m, i):
                m = None  # `" and Clevelanders get nervous, said Ann Link`: not the subject
            if (
                (m is None or (m.kind == "role" and subject_end == v))
                and verb_end < len(after)
                and after[verb_end].lower not in PREPOSITIONS
                and CUE_VERBS.get(after[v].lower) != "tell"  # "told POLITICO": the addressee
            ):
                # `" in the 2008 primary, said Ohio State professor Paul Beck`
                inverted = mention_after(after, verb_end)
                m = inverted if inverted is not None and inverted.kind == "name" else m
        else:
            m = mention_before(after, subject_end)
            if m is None and subject_end == i + 1:
                m = homonym_mention(after[i])  # `"…," May said.`: the surname
            if m is not None and m.start != after[i].start:
                # "Pentagon press secretary Maj. Gen. Pat Ryder said" read from its start,
                # but not "of the Clinton proposals, Mr. Holtz-Eakin said"
                m2 = mention_after(after, i)
                m = m2 if m2 is not None and m2.end >= m.start else m
        k = index_at(after, m.start) if m is not None else 0
        if m is None or (k > i and after[k - 1].lower in {"and", "but"}):
            return None  # `"…," for instance, and Trump vowed to`: a clause of its own
        return m, cue_of(after[subject_end : cue_end(after, v)]), False
    return None


def _opens_clause(toks: list[Token], m: Mention, i: int) -> bool:
    """Whether a mention opens a clause of its own after "and" or "but"."""
    k = index_at(toks, m.start)
    return k > i and toks[k - 1].lower in {"and", "but"}


def _takes_verb(toks: list[Token], m: Mention) -> bool:
    """Whether a verb follows a mention: `said the candidate could`, a clause of its own."""
    k = index_at(toks, m.end)
    return k < len(toks) and toks[k].lower in AUXILIARIES


_OBJECT_LEADS = PREPOSITIONS | {"for", "with", "about", "like", "as"}


def cue_closes(after: list[Token], cue: Cue | None) -> bool:
    """Whether a cue ends its clause (`Hale said.`, `Hale said on Monday`) rather than
    taking an object of its own (`Hale said he would`)."""
    if cue is None:
        return False
    k = skip_adverbs_forward(after, index_at(after, cue.end))
    return k == len(after) or not after[k].is_word or after[k].lower in PREPOSITIONS


def participle_after(after: list[Token]) -> int | None:
    """The index of a reporting participle that follows the quote: `," saying`."""
    i = 0
    while i < len(after) and after[i].text in {",", ")", "’", "'"}:
        i += 1
    if i < len(after) and after[i].lower.endswith("ing") and is_verb(after, i):
        return i
    return None
