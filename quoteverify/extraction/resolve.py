"""Before and after the cast resolves a mention: antecedents, salient surnames, bodies that spoke.

In the order ``attribute`` applies them: ``introduce_surname`` teaches the cast a full name that
showed no evidence of a person once its surname is used as a speaker ("Colm Ferreira …
Ferreira said"); ``subject_before_pronoun`` finds the named subject of a pronoun's own sentence
("Bob said he began"); ``refresh_surnames`` makes a person whose surname was written alone
since they were last seen salient again; ``unknown_subject`` takes, for a he or she that no
known person fits, the last subject named; and ``for_the_last_body`` gives an "it" or a "they"
to the organisation or the group that spoke last ("The Kremlin said … It added").

>>> from quoteverify.model import Speaker
>>> kremlin = Speaker("Kremlin", "The Kremlin", 0, 11, None, "organization", "explicit")
>>> it = Speaker("It", "It", 40, 42, None, "unknown", "pronoun")
>>> for_the_last_body(it, kremlin).name
'Kremlin'
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

import attrs

from quoteverify.extraction.cast import Cast
from quoteverify.extraction.heads import is_role_head
from quoteverify.extraction.marks import Segment
from quoteverify.extraction.mentions import mention_after, mention_before
from quoteverify.extraction.names import OWNER_ENDS, Mention, is_plural
from quoteverify.extraction.people import Bare, Sightings, verb_follows
from quoteverify.extraction.subjects import (
    SUBORDINATORS,
    acts,
    after_preposition,
    sentence_subject,
)
from quoteverify.extraction.tokens import SENTENCE_END, Token, last_sentence
from quoteverify.extraction.verbs import index_at, is_verb, skip_adverbs
from quoteverify.extraction.windows import clause_before
from quoteverify.lexicon import CUE_VERBS
from quoteverify.model import Speaker


def for_the_last_body(pronoun: Speaker, last: Speaker | None) -> Speaker | None:
    """ "it" or "they" for the organisation that spoke last (`The company said … It added:`),
    or "they" for the people of a plural role (`"…," two officials said. They added`)."""
    if last is None or pronoun.resolved_by != "pronoun" or last.resolved_by == "continuation":
        return None
    word = pronoun.name.lower()
    body = last.kind == "organization" and word in ("it", "they")
    people = word == "they" and last.role is not None and last.role == last.name
    if not body and not (people and is_plural(last.name.rsplit(None, 1)[-1].lower())):
        return None
    return attrs.evolve(
        last, mention=pronoun.mention, start=pronoun.start, end=pronoun.end, resolved_by="pronoun"
    )


def subject_before_pronoun(
    text: str,
    para_start: int,
    seg: Segment,
    pronoun: Mention,
    before: list[Token] | None = None,
) -> Mention | None:
    """The named subject of the sentence a pronoun sits in, before it, if its gender fits:
    in "Bob said he began calling", "he" is Bob; for "it", an organisation subject. before
    is clause_before(text, para_start, seg.outer_start) if the caller has read it.

    The quote's own words are not read: in `Lee spoke. "I disagree. Trump is wrong," she
    said.` the sentence of "she" is the quote's, and it has no subject before the quote.
    """
    if pronoun.kind != "pronoun" or pronoun.gender not in ("male", "female", "neuter", "plural"):
        return None
    if pronoun.start < seg.outer_end:
        toks = clause_before(text, para_start, pronoun.start)
        if pronoun.gender in ("neuter", "plural"):
            # `The Security Council … pledged sanctions against what it called "…"`,
            # `Clinton's campaign contrasts her plan with what they call "…"`
            org = sentence_subject(toks)
            return org if org is not None and org.kind == "organization" else None
    elif pronoun.gender in ("neuter", "plural"):
        return None
    else:
        toks, ended = last_sentence(text, seg.outer_end, pronoun.start)
        if not ended and text[seg.end - 1 : seg.end] not in SENTENCE_END:
            # the sentence runs on through the quote: `Rubio said he has begun "to unmask"
            # Trump, whom he called`
            toks = clause_before(text, para_start, seg.outer_start) if before is None else before
    j = len(toks) - 1
    if j > 0 and toks[j].lower == "that":
        j -= 1
    if j > 0 and toks[j].lower in CUE_VERBS and is_verb(toks, j):
        # `but Trump said he responded`: the subject of the verb that reports the pronoun
        said = mention_before(toks, skip_adverbs(toks, j, 0))
        if (
            said is not None
            and said.kind == "name"
            and said.gender in (None, pronoun.gender)
            and not after_preposition(toks, said)  # `at a club in Orlando and said he`
        ):
            return said
    subject = sentence_subject(toks)
    if subject is None and len(toks) > 1 and toks[0].lower in SUBORDINATORS:
        subject = mention_after(toks, 1)  # `When Trump referred to … and said he would`
    if subject is None or subject.kind != "name" or subject.gender not in (None, pronoun.gender):
        return None
    k = index_at(toks, subject.end)
    if k + 1 == len(toks) and toks[k].text == ",":
        return None  # `South Carolina, he said, was`: a topic, and the pronoun its own subject
    return subject


def subject_of_sentence_before(
    text: str, para_start: int, seg: Segment, pronoun: Mention
) -> Mention | None:
    """The named subject of the sentence before a quote that opens its own sentence, for the
    pronoun of the quote's cue, if its gender fits and the subject does something: in `Li Wei
    said she heard two bangs. "It sounded like fireworks," she said.` "she" is Li Wei, though
    someone else spoke last. Read in the quote's paragraph only.
    """
    if pronoun.gender not in ("male", "female") or pronoun.start < seg.outer_end:
        return None
    end = seg.outer_start
    while end > para_start and text[end - 1].isspace():
        end -= 1
    if end <= para_start or text[end - 1] not in SENTENCE_END:
        return None  # the quote goes on a sentence, or follows another quote
    sentence = clause_before(text, para_start, end - 1)
    subject = sentence_subject(sentence)
    if (
        subject is None
        or subject.kind != "name"
        or subject.gender not in (None, pronoun.gender)
        or subject.name.endswith(OWNER_ENDS)
        or not acts(sentence, subject)
    ):
        return None
    k = index_at(sentence, subject.end)
    if any(is_role_head(t.lower) for t in sentence[k : k + 2]):
        return None  # `Trump campaign chairman Paul Manafort said`: Trump is not the subject
    return subject


def named_person(cast: Cast, mention: Mention) -> bool:
    """Whether a named mention shows it names a person: a first name and a surname, a known
    gender, someone the cast knows, or a role before the name ("Obama consultant Belcher");
    not "Footage of Al-Awlaki", whose "role" is what follows it."""
    return (
        " " in mention.name
        or mention.gender is not None
        or cast.knows(mention.name)
        or (mention.role is not None and not mention.text.startswith(mention.name))
    )


_REFRESH_WINDOW = 1500  # characters read back for surnames before a pronoun: a few paragraphs


def refresh_surnames(cast: Cast, sightings: Sightings, pronoun: Mention) -> None:
    """Before a pronoun is resolved, let a known person's surname written alone since they
    were last seen make them salient again: `Clinton noted the clot. … she was "whisked"`. The
    scan for names (name_events) sees only runs of two or more capitalised words. A surname
    two people of the pronoun's gender share refreshes neither."""
    upto = pronoun.start
    fits = cast.fitting(pronoun.gender)
    surnames = [p.name.rsplit(None, 1)[-1] for p in fits]
    # (a surname two of them share names neither; a possessive is no surname)
    skip = {n for n, count in Counter(surnames).items() if count > 1 or n.endswith(OWNER_ENDS)}
    for person, surname in zip(fits, surnames, strict=True):
        lo = max(person.last_seen + 1, upto - _REFRESH_WINDOW)
        seen = None if surname in skip or lo >= upto else sightings.last(surname, lo, upto)
        if seen is not None:
            person.last_seen = seen[0]
            if seen[1]:
                person.last_subject = max(person.last_subject, seen[0])


def unknown_subject(
    text: str, cast: Cast, pronoun: Mention, subjects: list[tuple[int, str]], pos: int
) -> Speaker | None:
    """For a he or she that no known person fits, the last subject named with no evidence of
    being a person, a few paragraphs back at most: `Grainne Dillane has run the shop for 31
    years. "When the ferry stops, we stop," she says`. The cast learns that person."""
    k = bisect_right(subjects, (pronoun.start, "")) - 1
    while k >= 0 and subjects[k][0] >= pronoun.start - _REFRESH_WINDOW:
        start, name = subjects[k]
        if verb_follows(text, start + len(name)):
            cast.learn(name, None, pronoun.gender, start, subject=True)
            return cast.resolve(pronoun, pos)
        k -= 1
    return None


def introduce_surname(cast: Cast, mention: Mention, bare: Bare) -> None:
    """Before resolving a lone surname the cast does not know, teach it the latest full name
    ending in that surname written before the mention, if any ("Colm Ferreira ... Ferreira
    said"): the surname used as a speaker shows the name is a person's."""
    if mention.kind != "name" or " " in mention.name or cast.knows(mention.name):
        return
    named = bare.get(mention.name.lower(), ())
    earlier = [(pos, name) for pos, name in named if pos < mention.start]
    if earlier:
        pos, name = earlier[-1]
        cast.learn(name, None, None, pos)
