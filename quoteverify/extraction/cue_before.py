"""The cue in the clause before a quote: `Singh told reporters that "`, `According to Rutte, "`.

``cue_before`` reads the clause before the opening mark, in this order: words an owner said
("Trump's claim that "); an inverted cue opening the sentence ("Said Comey: "); a source
preposition ("according to"); then each reporting verb from the nearest back, with its subject
(past an apposition, a dash, an "and", a relative "who", an infinitive), where a subject inside a
clause another person reports gives way to that reporter ("Meeks said Clinton reassured them
that "); and last a participle ("…, saying"), whose subject is the people nearest it or the
main clause's. ``is_cue_lead_in`` tells a quote that is a verb's whole object ("Singh said: "),
and ``describes_quote`` a quote that a describing verb takes ("what Hale called ").

>>> from quoteverify.extraction.tokens import tokens
>>> text = "Pentagon spokeswoman Sabrina Singh told reporters that"
>>> mention, cue = cue_before(tokens(text, 0, len(text)))
>>> mention.name, mention.role, cue.text
('Sabrina Singh', 'Pentagon spokeswoman', 'told reporters')
"""

from __future__ import annotations

import re

from quoteverify.extraction.heads import is_role_head
from quoteverify.extraction.mentions import mention_after, mention_before
from quoteverify.extraction.names import POSSESSIVE_ENDS, Mention, homonym_mention, pronoun_of
from quoteverify.extraction.participles import infinitive_subject, participle_subject, people_before
from quoteverify.extraction.subjects import (
    SUBORDINATORS,
    after_preposition,
    appositive_subject,
    dashed_subject,
    relative_who,
    sentence_subject,
)
from quoteverify.extraction.things import is_thing
from quoteverify.extraction.tokens import Token
from quoteverify.extraction.verbs import (
    BE,
    PREPOSITION_STARTS,
    VERB_WORDS,
    cue_end,
    cue_of,
    end_of_verb,
    ends_at_clause,
    index_at,
    is_verb,
    skip_adverbs,
    source_preposition,
)
from quoteverify.lexicon import (
    ADDRESSEE_VERBS,
    CUE_VERBS,
    DASHES,
    DESCRIBING_VERBS,
    INVERTED_CUES,
    PREPOSITIONS,
)
from quoteverify.model import Cue


def describes_quote(before: list[Token]) -> bool:
    """Whether a describing verb before the quote takes it as its object, its subject named
    before it: `what Hale called "`, `Comey described it as a "`."""
    k = len(before) - 1
    while k > 0 and before[k].lower in {"a", "an", "the", "as", "it", "them", "him", "her"}:
        k -= 1
    return (
        k > 0
        and CUE_VERBS.get(before[k].lower) in DESCRIBING_VERBS
        and is_verb(before, k)
        # not a passive (`could be termed "…," the Post reported`): nobody names it there
        and before[k - 1].lower not in BE
    )


def is_cue_lead_in(before: list[Token]) -> bool:
    """`Singh said: "`, `he told reporters that "`: the quote is the verb's whole object."""
    k = len(before) - 1
    if k > 1 and before[k].text in {",", ":"} and before[0].text in INVERTED_CUES:
        return True  # inverted: `Said Comey: "`, `Added Ana Ruiz, "`
    while k >= 0 and before[k].text in {",", ":", "that"}:
        k -= 1
    if k >= 1 and CUE_VERBS.get(before[k - 1].lower) in ADDRESSEE_VERBS:
        k -= 1  # "told reporters"
    return (
        k >= 0
        and before[k].lower in CUE_VERBS
        and CUE_VERBS[before[k].lower] not in DESCRIBING_VERBS
        and is_verb(before, k)  # not "over her recovered emails"
    )


def cue_before(
    before: list[Token], lead: list[Token] | None = None
) -> tuple[Mention, Cue | None] | None:
    """`Singh told reporters that "`, `According to the NATO chief, "`, `Rutte called it a "`;
    lead is the clause before the previous quote when this one continues its sentence."""
    owned = _owned_words(before)
    if owned is not None:
        return owned
    if len(before) > 1 and before[0].text in INVERTED_CUES:
        # inverted at the start of a sentence: `Said Comey: "`, `Added Ana Ruiz, "`
        m = mention_after(before, 1)
        if m is not None and m.kind != "pronoun" and ends_at_clause(before, m):
            return m, cue_of(before[:1])
    prep_hit: tuple[Mention, Cue | None] | None = None
    for i in range(len(before)):
        if before[i].lower not in PREPOSITION_STARTS:
            continue  # most words (the test, made here, saves a call per word)
        prep = source_preposition(before, i)
        if prep is not None:
            m = mention_after(before, prep[1])
            if m is not None:
                prep_hit = (m, cue_of(before[i : prep[1]]))
    participle: int | None = None
    for v in range(len(before) - 1, -1, -1):
        if before[v].lower not in VERB_WORDS:
            continue
        if before[v].lower in _ADDRESSED and v > 0 and before[v - 1].lower in BE:
            # `Sanders was asked by host Bill Maher, "…"`: the one who asked, if named; the
            # subject is whom the words were put to
            return _passive_agent(before, v) or prep_hit
        if not is_verb(before, v):
            continue
        if before[v].lower.endswith("ing"):
            named = participle_subject(before, v)
            if named is not None:  # "footage of Hillary Clinton asking", "with Trump tweeting"
                return named, cue_of(before[v : cue_end(before, v)])
            # "..., saying" / "calling it": the subject is the main clause's, further left
            participle = v if participle is None else participle
            continue
        subject_end = skip_adverbs(before, v, 0)
        if subject_end == v and v > 0 and _owner_before(before, v):
            continue  # `Sanders' comments`, `the mayor's claims`: a noun someone owns
        m = None
        if subject_end > 0 and before[subject_end - 1].text == ",":
            m = appositive_subject(before, subject_end - 1)
        elif subject_end > 1 and before[subject_end - 1].text in DASHES:
            m = dashed_subject(before, subject_end - 1)
        elif subject_end > 1 and before[subject_end - 1].lower in {"and", "but"}:
            # "Trump bemoaned the unrest in Charlotte and said", "Lee backed Paul, but now
            # said": the first verb's subject
            m = sentence_subject(before[: subject_end - 1])
        elif subject_end > 0:
            m = mention_before(before, subject_end) or homonym_mention(before[subject_end - 1])
            if m is not None and m.kind == "name" and is_thing(m.name):
                m = _placed_subject(before, m) or m  # `Ann Lee of Columbia, South Carolina says`
            # "from Mike Lee, who declared" (but "by his listeners, who wondered" may be
            # the sentence subject's account)
            who = before[subject_end - 1].lower == "who" and m is not None and m.kind == "name"
            if m is not None and not who and after_preposition(before, m):
                # "Protesters marching through the streets chanted": not "the streets"
                m = sentence_subject([t for t in before if t.end <= m.start]) or m
        if m is None and subject_end == v and v + 1 < len(before):
            m2 = mention_after(before, end_of_verb(before, v))  # inverted: `said Singh: "`
            if m2 is not None and m2.kind == "name" and ends_at_clause(before, m2):
                # but not `Ann Fox last week said Jo Hale was not the author of any "`
                m = m2
        relative = relative_who(before, v)
        if m is None and relative is not None and before[relative].lower == "which":
            # `the Associated Press report, which notes`: a writing or an organisation
            end = relative - 1 if before[relative - 1].text == "," else relative
            m = mention_before(before, end)
            if m is not None and m.kind not in ("document", "organization"):
                m = None
        elif m is None and relative is not None:
            # `McConnell, now the majority leader, who in 2010 said`
            m = appositive_subject(before, relative - 1) or mention_before(before, relative + 1)
        if m is None and v > 1 and before[v - 1].lower == "to":
            # `that Mr. Trump was prompted to say`, `he went on to say`: the subject of the
            # verb the infinitive hangs on
            m = infinitive_subject(before, v - 1)
        if m is None and subject_end == v and v > 0:
            # `Ann Fox (D-Ore.) last week said`, `Ann Fox went on to say`: the clause's subject
            m = sentence_subject(before)
            if m is None or m.kind not in ("name", "organization") or m.end > before[v].start:
                m = None
        if m is None and lead is not None and not any(t.is_word for t in before[:v]):
            # `Ana Ruiz, star of "Scandal," thanked Obama for "…"`, `As Jo Hale, author of
            # "Rules," put it, "…"`: the subject stands before the title
            m = sentence_subject(lead)
            if m is None and lead and lead[0].lower == "as":
                m = mention_after(lead, 1)  # "As Jo Hale, author of "
            if m is not None and m.kind not in ("name", "organization"):
                m = None
        if m is not None:
            if prep_hit is not None and prep_hit[0].end <= m.start and m.kind != "pronoun":
                return prep_hit  # `according to Trump, the media would call him a "chicken"`
            outer = _reporter(before, m)
            if outer is not None:
                return outer
            return m, cue_of(before[subject_end : cue_end(before, v)])
    if participle is not None and prep_hit is None:
        # `where about 50 protesters had gathered, chanting`: people doing something nearer
        # the participle than the sentence's subject
        m = people_before(before, participle) or sentence_subject(before)
        if m is None and lead is not None:
            # `Starr said it reminds him of "The Tragedy," explaining, "…"`: the subject
            # stands before the earlier quote of the same sentence
            m = sentence_subject(lead)
        if m is not None:
            return m, cue_of(before[participle : cue_end(before, participle)])
    return prep_hit


_ADDRESSED = frozenset({"asked", "told"})


def _passive_agent(before: list[Token], v: int) -> tuple[Mention, Cue | None] | None:
    """The agent of `was asked by Bill Maher, "`, or None: `Trump was asked, "` says not who
    asked."""
    for k in range(v + 1, len(before) - 1):
        if before[k].lower == "by":
            m = mention_after(before, k + 1)
            if m is not None and m.kind in ("name", "role", "organization"):
                return m, cue_of(before[v - 1 : k])
            return None
    return None


def _owner_before(toks: list[Token], v: int) -> bool:
    """Whether a possessive stands just before toks[v] (`the mayor's`, `Sanders’`)."""
    prev = toks[v - 1]
    if prev.lower.endswith(POSSESSIVE_ENDS):
        return True
    return (
        prev.text in {"’", "'"}
        and v > 1
        and toks[v - 2].lower.endswith("s")
        and (toks[v - 2].end == prev.start)
    )


def _owned_words(before: list[Token]) -> tuple[Mention, Cue | None] | None:
    """`Trump's claim that there have been "`, `Sanders' call for "`: whose words they are."""
    for k in range(len(before) - 1, max(0, len(before) - _OWNED_REACH), -1):
        tok = before[k]
        if tok.lower not in _OWNED_TESTED:
            continue  # most words (one test for the two below)
        if tok.lower not in _SPEECH_NOUNS:
            if tok.text in _OWNED_STOPS or CUE_VERBS.get(tok.lower) is not None:
                return None
            continue
        o = k - 1  # the owner, perhaps before an adjective or two: `Hale's most explosive claim`
        while (
            o > k - 3
            and o > 0
            and before[o].text.islower()
            and before[o].is_word
            and not before[o].lower.endswith(POSSESSIVE_ENDS)
        ):
            o -= 1
        owner = before[o]
        if not (
            owner.lower.endswith(POSSESSIVE_ENDS)
            and (owner.is_capitalized or is_role_head(owner.lower[:-2]))  # `the senator's`
        ):
            if CUE_VERBS.get(tok.lower) is not None:
                return None  # (as before: a speech noun that is also a verb ends the search)
            continue
        lead = _past_adjunct(before, k + 1)
        if lead < len(before) and before[lead].lower in {"is", "was"}:
            lead += 1  # `Hale's answer was that "`, `Hale's dictum was, "`, `… was "`
            if (lead == len(before) or before[lead].text == ",") and tok.lower in _SAYINGS:
                # `Hale's answer was "no."` (but `Hale's claim was "false"` judges it)
                return _owner_mention(before, o, k)
        if lead >= len(before) or before[lead].lower not in _CONTENT_LEADS:
            # `called Mr. Obama's remarks on Saturday "a wake-up call"`, `said Trump's
            # remarks "have had widespread dissemination"`: words about the words
            return None
        return _owner_mention(before, o, k)
    return None


def _owner_mention(before: list[Token], o: int, k: int) -> tuple[Mention, Cue | None] | None:
    """The owner at before[o] of the words named at before[k], and the cue between; None
    when someone reports them (`the network said that Cruz's description was "false."`)."""
    owner = before[o]
    name = re.sub("(?:[’']s|s[’'])$", "", owner.text)
    bare = Token(name, owner.start, owner.start + len(name))
    m = mention_before([*before[:o], bare], o + 1)
    if m is None or m.kind not in ("name", "organization", "role"):
        return None
    j = index_at(before, m.start)
    if j > 1 and before[j - 1].lower == "that" and _reports(before, j - 1):
        return None
    return m, cue_of(before[o : k + 1])


def _placed_subject(before: list[Token], place: Mention) -> Mention | None:
    """`Stacy Baker of Columbia, South Carolina says`: the person the place after a comma
    goes with, not the place."""
    k = index_at(before, place.start)
    if k < 2 or before[k - 1].text != ",":
        return None
    head = sentence_subject(before[: k - 1])
    if head is not None and head.kind == "name" and index_at(before, head.end) == k - 1:
        return head
    return None


def _reports(before: list[Token], end: int) -> bool:
    """Whether a reporting verb stands before before[end] (`the network said that`)."""
    return any(
        CUE_VERBS.get(before[i].lower) is not None and is_verb(before, i) for i in range(end)
    )


def _past_adjunct(before: list[Token], lead: int) -> int:
    """Past a short phrase after the words' noun: `suggestion at a similarly timed debate
    that`, `catch phrase in that election was that`, `dictum to his interns (…) was`."""
    if lead >= len(before) or before[lead].lower not in _ADJUNCT_LEADS:
        return lead
    for j in range(lead + 1, min(len(before), lead + 12)):
        low = before[j].lower
        if low in {"that", "is", "was", ":"}:
            return j
        if before[j].text in _OWNED_STOPS or CUE_VERBS.get(low) is not None:
            break
    return lead


# Nouns for words said as they are: `Hale's answer was "no."`, `Ruiz's motto was, "…"`.
_SAYINGS = frozenset("answer response reply slogan motto dictum mantra catchphrase refrain".split())
_OWNED_REACH = 16  # tokens back from the quote to an owner's words: `Hale's claim is that …`
_ADJUNCT_LEADS = frozenset({"at", "in", "on", "during", "from", "against", "over", "to"})


def owned_cue(cue: Cue | None) -> bool:
    """Whether a cue is an owner's words (`Trump's claim`), not a verb of the sentence."""
    return cue is not None and cue.text.rsplit(None, 1)[-1].lower() in _SPEECH_NOUNS


_CONTENT_LEADS = frozenset({"that", "to", "for", "of", ":"})

_SPEECH_NOUNS = frozenset(
    """
    claim assertion statement remark remarks comment comments words promise pledge vow
    warning argument suggestion description accusation insistence contention boast
    prediction slogan answer response reply message explanation position view conclusion
    dictum phrase catchphrase motto mantra refrain quip retort verdict assessment
    observation admonition
    """.split()
)
_OWNED_STOPS = frozenset({".", ";", ":", "!", "?"})  # _owned_words stops at these, and at a verb
_OWNED_TESTED = _SPEECH_NOUNS | _OWNED_STOPS | frozenset(CUE_VERBS)


def _reporter(before: list[Token], inner: Mention) -> tuple[Mention, Cue | None] | None:
    """Who reports the clause a cue's subject opens: `Rep. Meeks said Clinton reassured them
    that Democrats "were not going to be like Trump."` The quoted words are Meeks's report."""
    if inner.kind == "pronoun" and inner.gender in ("male", "female", "self"):
        # `Hale said that he had called it "a farce"`: most often the same person (but not
        # `Obama said it would tell a story "of suffering"`, `Fox said we must "act now"`)
        return None
    k = index_at(before, inner.start)
    j = k - 1
    # `said he is certain`, `said that when`: a few words between the verb and the clause
    # it reports (but not `Cruz said as the heckler yelled`)
    while j >= 0 and k - j <= 5 and (before[j].lower in _BELIEFS or pronoun_of(before[j].lower)):
        j -= 1
    if j >= 1 and before[j].lower in SUBORDINATORS and before[j - 1].lower == "that":
        j -= 1
    if j >= 0 and before[j].lower == "that":
        j -= 1
        j = _before_adjunct(before, j)  # `Trump said during a rally in Michigan that`
    if j < 0 or CUE_VERBS.get(before[j].lower) not in _REPORTING or not is_verb(before, j):
        return None
    subject_end = skip_adverbs(before, j, 0)
    outer = mention_before(before, subject_end) if subject_end else None
    if outer is None and subject_end:
        outer = sentence_subject(before[:subject_end])
    if outer is None or outer.kind not in ("name", "organization") or outer.end > inner.start:
        return None
    return outer, cue_of(before[subject_end : j + 1])


def _before_adjunct(toks: list[Token], j: int) -> int:
    """The index of the verb before a prepositional phrase ending at toks[j] (`said during a
    rally in Michigan`), or j when there is none within eight words."""
    for k in range(j, max(-1, j - 9), -1):
        if not toks[k].is_word:
            return j
        if toks[k].lower in PREPOSITIONS and k > 0 and CUE_VERBS.get(toks[k - 1].lower):
            return k - 1
    return j


_REPORTING = frozenset({"say", "tell", "write", "state", "add", "argue", "claim", "insist"})
_BELIEFS = frozenset(
    "is was are were 's ’s believes believed thinks thought hopes hoped certain sure confident "
    "convinced".split()
)
