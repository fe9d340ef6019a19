"""Who does a participle or an infinitive, and unnamed people as speakers.

A quote's cue is not always a finite verb with a subject before it: "footage of Hillary Clinton
saying", "with protesters chanting", "Trump was prompted to say". ``participle_subject`` takes
the name right before a participle, or else (``absolute_subject``) the people phrase after
"with"; ``infinitive_subject`` the subject of the verb an infinitive hangs on; ``people_before``
the nearest phrase for people that a verb follows, in the clause a participle ends ("about 50
protesters had gathered on Wednesday, chanting").

>>> from quoteverify.extraction.tokens import tokens
>>> text = "with many marchers and spectators chanting"
>>> participle_subject(tokens(text, 0, len(text)), 5).text
'many marchers and spectators'
"""

from __future__ import annotations

from quoteverify.extraction.cast import GENDERS
from quoteverify.extraction.heads import DETERMINERS, is_role_head
from quoteverify.extraction.mentions import mention_before
from quoteverify.extraction.names import Mention, is_name_word, pronoun_of
from quoteverify.extraction.subjects import after_preposition, verb_like
from quoteverify.extraction.tokens import Token
from quoteverify.extraction.verbs import index_at
from quoteverify.lexicon import PREPOSITIONS, PRONOUNS

# Words that show an object or a new phrase before "to": `urged the voters to`, `asked them to`
_INFINITIVE_STOPS = (DETERMINERS | PREPOSITIONS | {"that", "and", "but", "who"}) - {"on"}


def infinitive_subject(toks: list[Token], to: int) -> Mention | None:
    """The subject before `was prompted to`, `felt compelled to`, `went on to`: a name, an
    organisation or a pronoun before a few lowercase words with no object among them (not
    `Lee urged voters to`)."""
    k = to - 1
    while k > 0 and to - k <= 4:
        tok = toks[k]
        low = tok.lower
        if (
            not tok.is_word
            or not tok.text.islower()
            or pronoun_of(low)
            or low in _INFINITIVE_STOPS
            or _people_head(low)
        ):
            break
        k -= 1
    if k == to - 1:
        return None
    m = mention_before(toks, k + 1)
    if m is None or after_preposition(toks, m):
        return None  # `took to Twitter overnight to accuse`
    if m.kind == "pronoun":
        return m if m.gender in GENDERS else None  # not `it was too early to`
    return m if m.kind in ("name", "organization") else None


def participle_subject(toks: list[Token], v: int) -> Mention | None:
    """The name right before a participle, if any: "with Donald Trump tweeting", "with Cruz
    recently promising"."""
    while v > 1 and toks[v - 1].text.endswith("ly") and toks[v - 1].text.islower():
        v -= 1  # "recently" (but not "is": `Leeds is offering` is no participle)
    if v == 0:
        return None
    if not is_name_word(toks[v - 1]):
        # "with protesters chanting", "with many marchers and spectators chanting" (but not
        # "Russia is offering": a progressive verb, not a participle)
        return _absolute_subject(toks, v)
    m = mention_before(toks, v)
    if m is None or m.kind != "name":
        return None
    if not (" " in m.name or m.role or m.gender) and after_preposition(toks, m):
        k = index_at(toks, m.start)
        if not (k > 1 and toks[k - 1].lower == "of" and toks[k - 2].lower in _RECORDINGS):
            return None  # "the former senator from Pennsylvania saying": likely a place
    return m  # (but "footage of Trump saying" is Trump)


_RECORDINGS = frozenset(
    "footage video videos clip clips audio recording recordings tape tapes image images".split()
)


def _absolute_subject(toks: list[Token], v: int) -> Mention | None:
    """The lowercase phrase between "with" and a participle at toks[v], as an unnamed role."""
    k = v - 1
    while k >= 0 and v - k <= 5 and toks[k].is_word and toks[k].text.islower():
        if toks[k].lower == "with":
            head = toks[v - 1].lower
            if k + 1 == v or head in _NOT_SUBJECT_ENDS:
                return None
            if not _people_head(head):
                return None  # "with softer language calling for": not people
            phrase = toks[k + 1 : v]
            text = " ".join([t.text for t in phrase])
            return Mention(text, phrase[0].start, phrase[-1].end, "role", text, text, None)
        k -= 1
    return None


def people_before(toks: list[Token], v: int) -> Mention | None:
    """The nearest lowercase phrase for people that a verb follows, in the clause a participle
    at toks[v] ends: `about 50 protesters had gathered on Wednesday morning, chanting`,
    `in which children use a toy to bash it, yelling`."""
    for k in range(v - 2, 0 if v < 16 else v - 16, -1):
        head, nxt = toks[k], toks[k + 1]
        if not (head.is_word and head.text.islower() and _names_people_word(head.lower)):
            continue
        if not (nxt.text.islower() and nxt.is_word and verb_like(nxt.lower)):
            continue
        j = k
        while j > 0 and (toks[j - 1].text.islower() or toks[j - 1].text.isdigit()):
            if toks[j - 1].lower in _PEOPLE_PHRASE_STOPS:
                break
            j -= 1
        if j > 0 and toks[j - 1].lower not in _CLAUSE_OPENERS:
            # `the list of candidates interviewed` (a passive), `an admission that Russian
            # soldiers had fought` (what the subject admits): not a clause of their own
            return None
        phrase = toks[j : k + 1]
        text = " ".join([t.text for t in phrase])
        return Mention(text, phrase[0].start, phrase[-1].end, "role", text, text, None)
    return None


def _people_head(low: str) -> bool:
    """A word for people: a role head, a crowd, or an -ers/-ors plural (`marchers`)."""
    return is_role_head(low) or low in _CROWDS or low.endswith(("ers", "ors"))


def _names_people_word(low: str) -> bool:
    """A plural word for people (or a crowd), but not "many", which heads no phrase here."""
    return low != "many" and _people_head(low) and (low.endswith("s") or low in _CROWDS)


# What may stand before such a clause: `, about 200 protesters congregated`, `where`, `which`.
_CLAUSE_OPENERS = frozenset({",", "where", "which", "when", "while", "as"})
# Words a people phrase does not run back over: `where about 50 protesters`, `in which children`
_PEOPLE_PHRASE_STOPS = frozenset(
    "where which who when while as in on at with by of and but that the".split()
)


_CROWDS = frozenset(
    """
    crowd crowds audience audiences fans spectators many children kids students women men
    youths teenagers
    """.split()
)
# Words that end no subject phrase: "with that saying", "with him saying" (a pronoun: read
# elsewhere), "with more to come".
_NOT_SUBJECT_ENDS = frozenset(PRONOUNS) | {"that", "this", "it", "to", "and", "the", "a", "an"}
