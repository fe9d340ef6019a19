"""Attribution: every quoted segment of a text gets its speaker, cue, kind and utterance.

``attribute`` walks the segments in text order, paragraph by paragraph. For each segment it

1. lets the cast learn the people named before it (:mod:`.people`);
2. reads what the words around it say (:mod:`.windows`): a mention and a cue; failing that, a
   quote the paragraph before introduces, a signature below it, or the cue of a title just
   before it;
3. resolves the mention against the document's cast (:mod:`.resolve`, :mod:`.cast`); with no
   mention, a segment that continues a quote, or opens a sentence right after one, keeps the
   speaker before it (``resolved_by="continuation"``);
4. decides its kind (:mod:`.kinds`) and its utterance (:mod:`.utterances`).

>>> from quoteverify.extraction.marks import scan
>>> from quoteverify.extraction.paragraphs import paragraphs
>>> text = 'Pentagon spokeswoman Sabrina Singh said: "We are concerned." "It matters," she added.'
>>> paras = paragraphs(text)
>>> segments, _ = scan(text, paras)
>>> for q in attribute(text, paras, segments):
...     print(q.text, "|", q.speaker.name, "|", q.speaker.resolved_by, "|", q.cue.text)
We are concerned. | Sabrina Singh | explicit | said
It matters, | Sabrina Singh | pronoun | added
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quoteverify.extraction.cast import GENDERS, Cast
from quoteverify.extraction.confidence import with_confidence
from quoteverify.extraction.cue_before import owned_cue
from quoteverify.extraction.heads import names_no_speaker, says_person
from quoteverify.extraction.kinds import introduced_as_term, is_headline, is_title, quote_kind
from quoteverify.extraction.marks import Segment
from quoteverify.extraction.mentions import apposed_role
from quoteverify.extraction.names import Mention
from quoteverify.extraction.paragraphs import Paragraph
from quoteverify.extraction.people import Sightings, name_events
from quoteverify.extraction.resolve import (
    for_the_last_body,
    introduce_surname,
    named_person,
    refresh_surnames,
    subject_before_pronoun,
    subject_of_sentence_before,
    unknown_subject,
)
from quoteverify.extraction.things import is_thing
from quoteverify.extraction.tokens import Token, first_sentence
from quoteverify.extraction.transcripts import labelled_line, transcript_label
from quoteverify.extraction.utterances import backfill, same_utterance, share_coordinated
from quoteverify.extraction.windows import (
    Attribution,
    after_limit,
    clause_before,
    find_attribution,
    introduced_by_previous,
    signed_below,
)
from quoteverify.lexicon import BOILERPLATE_PREFIXES
from quoteverify.model import Cue, Quote, Speaker


def attribute(text: str, paras: Sequence[Paragraph], segments: Sequence[Segment]) -> list[Quote]:
    """Give every segment its speaker, cue, kind and utterance number."""
    if not segments:
        return []
    cast = Cast()
    things: set[str] = set()  # names the document shows to be vessels' or works'
    names, bare, bare_subjects = name_events(text, segments, things)
    sightings = Sightings(text, segments)
    next_name = 0
    by_para: dict[int, list[Segment]] = {}
    for seg in segments:
        by_para.setdefault(seg.paragraph, []).append(seg)

    quotes: list[Quote] = []
    utterance = -1
    named = False  # whether the current utterance has a speaker of its own, not a guess
    last_speaker: Speaker | None = None
    last_speaker_para = -10
    for para_index, segs in by_para.items():
        para = paras[para_index]
        boilerplate = text[para.start : para.start + 12].lower().startswith(BOILERPLATE_PREFIXES)
        # the last quote of this paragraph that is someone's words (terms in between do not
        # break a run: `"…," Reyes said on CBS's "Face the Nation." "…"`)
        said: Quote | None = None
        previous: list[Token] = []  # the clause before the previous quote of the paragraph
        carried: Attribution | None = None  # the cue of a title just before, to pass on
        for i, seg in enumerate(segs):
            while next_name < len(names) and names[next_name][0] < seg.start:
                pos, (name, role, gender), subject = names[next_name]
                cast.learn(name, role, gender, pos, subject=subject)
                next_name += 1
            lo = segs[i - 1].outer_end if i else para.start
            before = clause_before(text, lo, seg.outer_start)
            found = find_attribution(
                text, seg, lo, after_limit(text, segs, i, para.end), para.start, before, previous
            )
            previous = before
            guessed = False  # a weak guess from the paragraph before, that a signature beats
            if found.mention is None and lo == para.start and seg.outer_start == para.start:
                sentence = text.count(" ", seg.start, seg.end) >= 3  # (not a slogan)
                intro = introduced_by_previous(text, paras, para_index, by_para, sentence)
                if intro is not None:
                    found, guessed = intro, intro.weak
            if (found.mention is None or guessed) and i + 1 == len(segs):
                signed = signed_below(text, paras, para_index, seg)
                if signed is not None:
                    found = Attribution(signed, None, True)
            if found.mention is None and carried is not None and i:
                # `Hale tells MSNBC's "Morning Joe" that "…"`: the title's cue goes on, to
                # the next sentence too (`… on CNN's "State of the Union." "We won."`)
                ended = text[segs[i - 1].end - 1] in ".?!"
                ended = ended or first_sentence(text, lo, seg.outer_start)[1]
                found = attrs.evolve(carried, cue=None, clause_start=ended)
            carried = None
            weak_unknown = False
            if (
                found.after_quote
                and said is not None
                and said is quotes[-1]
                and said.speaker
                and not owned_cue(said.cue)
            ):
                # `Trump said Rubio was "a lightweight" while Cruz is "a basket case"`: the
                # speaker of the sentence's earlier quote goes on
                found = attrs.evolve(found, mention=None)
            if found.mention is not None and _cannot_speak(found.mention, cast, things):
                # "Wall Street called it …", "the Mary Rose": no speaker, or a better one (the
                # words are still someone's)
                found, weak_unknown = attrs.evolve(found, mention=None), True
            if (
                found.weak
                and found.mention is not None
                and not cast.is_person(found.mention)
                and not _apposed_person(text, found.mention)
            ):
                # a quoted fragment of someone's words, but we cannot tell whose
                found, weak_unknown = attrs.evolve(found, mention=None), True
            prev = quotes[-1] if quotes else None
            speaker = transcript_label(text, seg)
            if speaker is not None:
                if found.cue is not None:
                    found = attrs.evolve(found, cue=None)
            elif found.mention is not None:
                said_by = found.mention
                if said_by.kind == "pronoun" and said_by.name == "i":
                    # `ORTIZ: I'd say it's "a start."`: the speaker of the transcript's line
                    said_by = labelled_line(text, para.start) or said_by
                introduce_surname(cast, said_by, bare)
                read = before if lo == para.start else None  # the clause before the quote
                antecedent = subject_before_pronoun(text, para.start, seg, said_by, read)
                if antecedent is None and read is not None and not read:
                    # the quote opens its sentence: the named subject of the one before
                    antecedent = subject_of_sentence_before(text, para.start, seg, said_by)
                    if antecedent is not None and not (
                        named_person(cast, antecedent)
                        and cast.may_be(antecedent, said_by.gender or "")
                        and not _cannot_speak(antecedent, cast, things)
                    ):
                        antecedent = None  # `Footage of Al-Awlaki appears.`, a woman for "he"
                    elif antecedent is not None and antecedent.gender is None:
                        # (`Clinton herself …`: of Hillary and Bill, the one "she" fits)
                        antecedent = attrs.evolve(antecedent, gender=said_by.gender)
                if antecedent is not None and sightings.inside_quote(antecedent.start):
                    antecedent = None  # `"Is Donald Trump running?" asked Manafort of what he`
                if antecedent is None and said_by.kind == "pronoun" and said_by.gender in GENDERS:
                    refresh_surnames(cast, sightings, said_by)
                if said_by.kind == "name" and said_by.role is None:
                    # `said Diane Hale, chief economist at Brill.`: the cast learns the role
                    role = apposed_role(text, said_by.end)
                    if role is not None:
                        said_by = attrs.evolve(said_by, role=role)
                speaker = cast.resolve(said_by, seg.start, antecedent)
                if speaker.kind == "unknown" and said_by.gender in GENDERS:
                    found_by = unknown_subject(text, cast, said_by, bare_subjects, seg.start)
                    speaker = found_by or speaker
                if speaker.kind == "unknown" and (
                    last_speaker_para == para_index
                    or (last_speaker_para == para_index - 1 and seg.outer_start == para.start)
                ):  # (no sentence between may name someone else: `Union leaders were unmoved.`)
                    speaker = for_the_last_body(speaker, last_speaker) or speaker
                if speaker.mention != text[speaker.start : speaker.end]:
                    # the mention as written, with the spacing and marks its tokens lost
                    speaker = attrs.evolve(speaker, mention=text[speaker.start : speaker.end])
            elif last_speaker is not None and (
                seg.continued
                or (said is not None and said.speaker is not None)
                or (found.clause_start and para_index - last_speaker_para <= 2 and lo == para.start)
            ):
                speaker = attrs.evolve(last_speaker, resolved_by="continuation")
            alone = seg.outer_start == para.start and not text[seg.outer_end : para.end].strip(" .")
            kind = quote_kind(text, seg, found, speaker, lo, alone)
            if (
                weak_unknown
                and kind == "term"
                and not is_title(text[seg.start : seg.end].split(), stop=True)
                and not introduced_as_term(text, lo, seg.outer_start, text[seg.start : seg.end])
                and not is_headline(text[para.start : para.end].split())
            ):
                kind = "utterance" if found.clause_start else "fragment"
            if boilerplate:
                kind = "term"
            if speaker is not None and speaker.kind == "unknown" and speaker.name.lower() == "it":
                speaker = None  # an `it` that names no organisation is nobody
            if kind == "term":
                if not text[lo : seg.outer_start].rstrip(" ,").lower().endswith(_NICKNAMING):
                    things.add(text[seg.start : seg.end].strip(" .,;:!?"))  # a title: a work
                before_it = found.cue is not None and found.cue.end <= seg.outer_start
                if found.mention is not None and before_it and (said is None or not said.speaker):
                    carried = found  # no quote of this paragraph has a speaker yet
                speaker = None
                if found.cue is not None:
                    found = attrs.evolve(found, cue=None)
            cue = found.cue
            if cue is not None and text[cue.start : cue.end] != cue.text:
                cue = Cue(text[cue.start : cue.end], cue.start, cue.end)  # as written: `will\ntold`
            if prev is None or not same_utterance(seg, i, found, speaker, prev, named):
                utterance += 1
                named = False
            named = named or (speaker is not None and speaker.resolved_by != "continuation")
            quotes.append(
                Quote(
                    text=text[seg.start : seg.end],
                    start=seg.start,
                    end=seg.end,
                    speaker=speaker,
                    cue=cue,
                    kind=kind,
                    utterance=utterance,
                )
            )
            if kind != "term":
                said = quotes[-1]
            if speaker is not None and kind != "term":
                last_speaker, last_speaker_para = speaker, para_index
    return with_confidence(backfill(share_coordinated(text, quotes)))


# Words before a term that make it a person's nickname, not a work: `the hacker known as "…"`.
_NICKNAMING = ("known as", "nicknamed", "dubbed", "called", "named", "aka", "alias")


def _apposed_person(text: str, mention: Mention) -> bool:
    """`Dottie Deans, the chairwoman of the party,`: a name whose apposition is a role."""
    if mention.kind != "name":
        return False
    role = apposed_role(text, mention.end)
    return role is not None and says_person(role)


def _cannot_speak(mention: Mention, cast: Cast, things: set[str]) -> bool:
    """Whether a mention names a thing: a vessel or a work the document named as one, or,
    with no evidence of a person, a place, a building or a stray word; or a phrase whose head
    is a thing, an event or an abstract noun."""
    if mention.kind == "role":
        # "her record", "The rejection", "a 2002 psychology class": a thing, no one
        return not mention.name.split()[-1][:1].isupper() and names_no_speaker(mention.name)
    if mention.kind != "name":
        return False
    if mention.name in things:
        return True
    return not cast.is_person(mention) and is_thing(mention.name)
