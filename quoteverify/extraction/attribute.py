"""Attribute quoted segments: find the cue, the speaker and the kind of each quote.

For each segment, two windows of unquoted text are read: the clause after the closing mark
(`," Rutte told reporters`) and the clause before the opening mark (`Singh told reporters
that "`). A reporting verb from the lexicon in one of them is the cue, and the noun phrase
next to it is the speaker. A segment without a cue of its own continues the speaker of the
quote before it (a split quote, or a paragraph that carries on the previous speaker's words).
Mentions are resolved against the people the document has named so far (:mod:`names`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import attrs

from quoteverify.extraction.marks import Paragraph, Segment
from quoteverify.extraction.names import (
    DETERMINERS,
    OWNER_ENDS,
    Cast,
    Mention,
    apposed_name,
    apposed_role,
    apposition,
    given_role,
    is_name_word,
    is_plural,
    is_role_head,
    mention_after,
    mention_before,
    pronoun_of,
)
from quoteverify.extraction.tokens import (
    SENTENCE_END,
    Token,
    first_sentence,
    is_sentence_break,
    last_sentence,
    tokens,
    tokens_backward,
)
from quoteverify.lexicon import (
    ADDRESSEE_VERBS,
    ADVERB_ENDINGS,
    BOILERPLATE_PREFIXES,
    CUE_VERBS,
    DASHES,
    DESCRIBING_VERBS,
    DOCUMENT_NOUNS,
    HONORIFICS,
    INVERTED_CUES,
    LEADING_PREPOSITIONS,
    NOT_NAMES,
    NOUN_LIKE_VERBS,
    NOUN_MARKERS,
    OPENER_LEADS,
    PERSON_EVIDENCE,
    PHRASAL_CUES,
    PREPOSITIONS,
    PRONOUNS,
    SENTENCE_OPENERS,
    SOURCE_PREPOSITIONS,
    TERM_INTRODUCERS,
    TITLE_NOUNS,
    VERB_ADVERBS,
)
from quoteverify.model import Cue, Quote, QuoteKind, Speaker

# A transcript label at the start of a quote or line: "MS. SINGH:", "PENCE:", "Q:".
_LABEL_RE = re.compile(
    r"(?:(?:MR|MRS|MS|DR|SEN|REP|GOV)\. )?([A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){0,2}):\s"
)
_NEXT_WORD_RE = re.compile(r"[ \t]+([a-z]+)\b")
# (the first of the words after the first written out: a repeat read the same, but quicker)
_NAME_RUN_RE = re.compile(
    r"[A-Z][\w’'\-]*\.?[ \t]+[A-Z](?:\.|[\w’'\-]+)(?:[ \t]+[A-Z](?:\.|[\w’'\-]+))*"
)
_WINDOW = 300  # characters read at most on each side of a quote: a sentence, and then some
_FIRST_READ = 120  # characters read first: enough for most attribution clauses
_MAX_CUE_DISTANCE = 30  # tokens between a closing mark and its verb, appositions included
_MAX_APPOSITION = 30  # tokens in "Name, a former official who now studies …, said"


@attrs.define  # not frozen, to be made quickly (see Mention); changed only by attrs.evolve
class Attribution:
    """What the windows around one segment say about it."""

    mention: Mention | None
    cue: Cue | None
    clause_start: bool  # the quote opens its sentence (or follows a colon or a cue)
    weak: bool = False  # no cue: the speaker is only the subject of the quote's sentence
    after_quote: bool = False  # an earlier quote of the same sentence stands before this one


def attribute(text: str, paras: Sequence[Paragraph], segments: Sequence[Segment]) -> list[Quote]:
    """Give every segment its speaker, cue, kind and utterance number."""
    if not segments:
        return []
    cast = Cast()
    names, bare, bare_subjects = _name_events(text, segments)
    sightings = _Sightings(text, segments)
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
            before = _clause_before(text, lo, seg.outer_start)
            found = _find_attribution(
                text, seg, lo, _after_limit(text, segs, i, para.end), para.start, before, previous
            )
            previous = before
            if found.mention is None and lo == para.start and seg.outer_start == para.start:
                intro = _introduced_by_previous(text, paras, para_index, by_para)
                if intro is not None:
                    found = intro
            if found.mention is None and i + 1 == len(segs):
                signed = _signed_below(text, paras, para_index, seg)
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
                and not _owned_cue(said.cue)
            ):
                # `Trump said Rubio was "a lightweight" while Cruz is "a basket case"`: the
                # speaker of the sentence's earlier quote goes on
                found = attrs.evolve(found, mention=None)
            if found.weak and found.mention is not None and not cast.is_person(found.mention):
                # a quoted fragment of someone's words, but we cannot tell whose
                found, weak_unknown = attrs.evolve(found, mention=None), True
            prev = quotes[-1] if quotes else None
            speaker = _label(text, seg)
            if speaker is not None:
                if found.cue is not None:
                    found = attrs.evolve(found, cue=None)
            elif found.mention is not None:
                said_by = found.mention
                if said_by.kind == "pronoun" and said_by.name == "i":
                    # `ORTIZ: I'd say it's "a start."`: the speaker of the transcript's line
                    said_by = _labelled(text, para.start) or said_by
                _introduce(cast, said_by, bare)
                read = before if lo == para.start else None  # the clause before the quote
                antecedent = _subject_before_pronoun(text, para.start, seg, said_by, read)
                if antecedent is not None and sightings.inside_quote(antecedent.start):
                    antecedent = None  # `"Is Donald Trump running?" asked Manafort of what he`
                if antecedent is None and said_by.kind == "pronoun" and said_by.gender in _GENDERS:
                    _refresh_surnames(cast, sightings, said_by)
                if said_by.kind == "name" and said_by.role is None:
                    # `said Diane Hale, chief economist at Brill.`: the cast learns the role
                    role = apposed_role(text, said_by.end)
                    if role is not None:
                        said_by = attrs.evolve(said_by, role=role)
                speaker = cast.resolve(said_by, seg.start, antecedent)
                if speaker.kind == "unknown" and said_by.gender in _GENDERS:
                    found_by = _unknown_subject(text, cast, said_by, bare_subjects, seg.start)
                    speaker = found_by or speaker
                if speaker.kind == "unknown" and (
                    last_speaker_para == para_index
                    or (last_speaker_para == para_index - 1 and seg.outer_start == para.start)
                ):  # (no sentence between may name someone else: `Union leaders were unmoved.`)
                    speaker = _for_the_last_body(speaker, last_speaker) or speaker
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
            kind = _kind(text, seg, found, speaker, lo, alone)
            if (
                weak_unknown
                and kind == "term"
                and not _is_title(text[seg.start : seg.end].split(), stop=True)
                and not _introduced_as_term(text, lo, seg.outer_start, text[seg.start : seg.end])
            ):
                kind = "utterance" if found.clause_start else "fragment"
            if boilerplate:
                kind = "term"
            if kind == "term":
                before_it = found.cue is not None and found.cue.end <= seg.outer_start
                if found.mention is not None and before_it and (said is None or not said.speaker):
                    carried = found  # no quote of this paragraph has a speaker yet
                speaker = None
                if found.cue is not None:
                    found = attrs.evolve(found, cue=None)
            if prev is None or not _same_utterance(seg, i, found, speaker, prev, named):
                utterance += 1
                named = False
            named = named or (speaker is not None and speaker.resolved_by != "continuation")
            quotes.append(
                Quote(
                    text=text[seg.start : seg.end],
                    start=seg.start,
                    end=seg.end,
                    speaker=speaker,
                    cue=found.cue,
                    kind=kind,
                    utterance=utterance,
                )
            )
            if kind != "term":
                said = quotes[-1]
            if speaker is not None and kind != "term":
                last_speaker, last_speaker_para = speaker, para_index
    return _backfill(_share_coordinated(text, quotes))


def _for_the_last_body(pronoun: Speaker, last: Speaker | None) -> Speaker | None:
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


def _signed_below(
    text: str, paras: Sequence[Paragraph], index: int, seg: Segment
) -> Mention | None:
    """A quote that ends its paragraph, signed in the next: `"…"` then `- Sanders.` or
    `— Michelle Marks, Philadelphia.`"""
    if index + 1 >= len(paras) or text[seg.outer_end : paras[index].end].strip(" .,"):
        return None
    nxt = paras[index + 1]
    if nxt.end - nxt.start > 80:
        return None
    toks = tokens(text, nxt.start, nxt.end)
    if len(toks) < 2 or toks[0].text not in DASHES:
        return None
    m = mention_after(toks, 2 if toks[1].text in DASHES else 1)
    return m if m is not None and m.kind in ("name", "organization") else None


def _after_limit(text: str, segs: Sequence[Segment], i: int, para_end: int) -> int:
    """Where the words after segment i stop: at the next quote, unless that quote is a few
    words inside the same clause, as in `"…," Del. Marcia "Cia" Price said` or `"…," Bill
    Eastland, wearing "Ted Cruz" pins, said`."""
    k = i + 1
    if k < len(segs) and segs[k].outer_start - segs[i].outer_end < 8:
        return segs[k].outer_start  # no room for a speaker's name before the next quote
    while k < len(segs) and k - i <= 2:
        inner = text[segs[k].start : segs[k].end]
        lo, hi = segs[k - 1].outer_end, segs[k].outer_start
        if (
            len(inner) > 40
            or len(inner.split()) > 3
            or not inner[-1:].isalnum()
            or any(c in text[lo:hi] for c in ":;")
            or first_sentence(text, lo, hi)[1]
        ):
            break
        k += 1
    return segs[k].outer_start if k < len(segs) else para_end


def _without_marks(toks: list[Token]) -> list[Token]:
    """The tokens without the marks of a short quote inside them (see _after_limit), and
    without a nickname inside a name: `Ana "Cookie" Ruiz` reads as Ana Ruiz."""
    for t in toks:  # (a loop, not any() over a generator: most windows have no marks)
        if t.text in _DOUBLE_MARKS:
            break
    else:
        return toks
    out: list[Token] = []
    j = 0
    while j < len(toks):
        if (
            toks[j].text in _DOUBLE_MARKS
            and j + 3 < len(toks)
            and toks[j + 2].text in _DOUBLE_MARKS
            and out
            and is_name_word(out[-1])
            and is_name_word(toks[j + 1])
            and is_name_word(toks[j + 3])
        ):
            j += 3
        elif toks[j].text in _DOUBLE_MARKS:
            j += 1
        else:
            out.append(toks[j])
            j += 1
    return out


def _subject_before_pronoun(
    text: str,
    para_start: int,
    seg: Segment,
    pronoun: Mention,
    before: list[Token] | None = None,
) -> Mention | None:
    """The named subject of the sentence a pronoun sits in, before it, if its gender fits:
    in "Bob said he began calling", "he" is Bob; for "it", an organisation subject. before
    is _clause_before(text, para_start, seg.outer_start) if the caller has read it.

    The quote's own words are not read: in `Lee spoke. "I disagree. Trump is wrong," she
    said.` the sentence of "she" is the quote's, and it has no subject before the quote.
    """
    if pronoun.kind != "pronoun" or pronoun.gender not in ("male", "female", "neuter", "plural"):
        return None
    if pronoun.start < seg.outer_end:
        toks = _clause_before(text, para_start, pronoun.start)
        if pronoun.gender in ("neuter", "plural"):
            # `The Security Council … pledged sanctions against what it called "…"`,
            # `Clinton's campaign contrasts her plan with what they call "…"`
            org = _sentence_subject(toks)
            return org if org is not None and org.kind == "organization" else None
    elif pronoun.gender in ("neuter", "plural"):
        return None
    else:
        toks, ended = last_sentence(text, seg.outer_end, pronoun.start)
        if not ended and text[seg.end - 1 : seg.end] not in SENTENCE_END:
            # the sentence runs on through the quote: `Rubio said he has begun "to unmask"
            # Trump, whom he called`
            toks = _clause_before(text, para_start, seg.outer_start) if before is None else before
    j = len(toks) - 1
    if j > 0 and toks[j].lower == "that":
        j -= 1
    if j > 0 and toks[j].lower in CUE_VERBS and _is_verb(toks, j):
        # `but Trump said he responded`: the subject of the verb that reports the pronoun
        said = mention_before(toks, _skip_adverbs(toks, j, 0))
        if (
            said is not None
            and said.kind == "name"
            and said.gender in (None, pronoun.gender)
            and not _after_preposition(toks, said)  # `at a club in Orlando and said he`
        ):
            return said
    subject = _sentence_subject(toks)
    if subject is None and len(toks) > 1 and toks[0].lower in _SUBORDINATORS:
        subject = mention_after(toks, 1)  # `When Trump referred to … and said he would`
    if subject is None or subject.kind != "name" or subject.gender not in (None, pronoun.gender):
        return None
    k = _index_at(toks, subject.end)
    if k + 1 == len(toks) and toks[k].text == ",":
        return None  # `South Carolina, he said, was`: a topic, and the pronoun its own subject
    return subject


def _same_utterance(
    seg: Segment, i: int, found: Attribution, speaker: Speaker | None, prev: Quote, named: bool
) -> bool:
    """Whether a segment continues the utterance of the quote before it (`named`: whether
    that utterance has a speaker of its own, not one guessed by continuation).

    It does when it reopens a quote that ran over a paragraph break (unless both name
    different speakers: the quote before was left open by mistake), when it shares the cue of
    the quote before it (`"…," Reyes said, "…"`), or when, in the same paragraph, it has no
    cue of its own and opens a sentence (`"…," Sybiha wrote. "…"`).
    """
    if speaker is not None and speaker.resolved_by == "label":
        return (
            seg.continued
            and prev.speaker is not None
            and prev.speaker.resolved_by == "label"
            and prev.speaker.name == speaker.name
        )
    if seg.continued:
        return (
            not named
            or speaker is None
            or speaker.resolved_by == "continuation"
            or prev.speaker is None
            or prev.speaker.name == speaker.name
        )
    if i == 0 or speaker is None or prev.speaker is None or prev.speaker.name != speaker.name:
        return False
    if found.cue is not None and prev.cue is not None:
        return found.cue.start == prev.cue.start
    return found.cue is None and found.clause_start


_COORDINATORS = frozenset({"and", "or", ","})
_WORD_OR_COMMA_RE = re.compile(r"[^\W_]+|,")


def _share_coordinated(text: str, quotes: list[Quote]) -> list[Quote]:
    """`"the ultimate crisis" and "stunt growth," Dean proclaimed`: a quote joined to the next
    by "and", "or" or a comma, with no speaker of its own, shares the next one's; a term
    joined so to the fragment before it is a fragment of the same speaker."""
    out = list(quotes)
    for k in range(len(out) - 2, -1, -1):
        q, nxt = out[k], out[k + 1]
        if q.speaker is not None or q.kind == "term" or nxt.speaker is None or nxt.kind == "term":
            continue
        if _joined(text, q, nxt):
            out[k] = attrs.evolve(q, speaker=nxt.speaker, cue=nxt.cue)
    for k in range(1, len(out)):
        # `Trump called her "Miss Piggy" and "Miss Housekeeping"`: a title-like term joined
        # to a fragment someone said is more of the same
        q, prev = out[k], out[k - 1]
        if q.kind != "term" or prev.kind != "fragment" or prev.speaker is None:
            continue
        if _joined(text, prev, q):
            out[k] = attrs.evolve(q, kind="fragment", speaker=prev.speaker)
    return out


def _joined(text: str, left: Quote, right: Quote) -> bool:
    """Whether only "and", "or" or a comma (and the marks) stand between two quotes."""
    between = text[left.end : right.start]
    if len(between) > 12:
        return False
    words = _WORD_OR_COMMA_RE.findall(between)
    return bool(words) and set(words) <= _COORDINATORS


def _needs_backfill(current: Speaker | None, named: Speaker) -> bool:
    if current is None:
        return True
    return current.resolved_by == "continuation" and current.name != named.name


def _backfill(quotes: list[Quote]) -> list[Quote]:
    """Give a multi-paragraph quote's earlier segments the speaker named at its end."""
    named: dict[int, Speaker] = {}
    for q in quotes:
        if q.speaker is not None and q.speaker.resolved_by != "continuation":
            named.setdefault(q.utterance, q.speaker)
    out = []
    for q in quotes:
        speaker = named.get(q.utterance)
        if speaker is not None and q.kind != "term" and _needs_backfill(q.speaker, speaker):
            q = attrs.evolve(q, speaker=attrs.evolve(speaker, resolved_by="continuation"))
        out.append(q)
    return out


def _clause_after(text: str, lo: int, hi: int) -> list[Token]:
    """The tokens from lo to the first sentence end (read in short steps: most are short)."""
    # (tests, not min(), which costs more than the rest of a short call)
    widest = lo + _WINDOW if lo + _WINDOW < hi else hi
    end = lo + _FIRST_READ if hi - lo > _WINDOW else widest
    while True:
        toks, ended = first_sentence(text, lo, end)
        if ended or end >= widest:
            return toks
        end = widest


def _clause_before(text: str, lo: int, hi: int) -> list[Token]:
    """The tokens from the last sentence end before hi (but not before lo) up to hi."""
    # (tests, not max(), which costs more than the rest of a short call)
    widest = hi - _WINDOW if hi - _WINDOW > lo else lo
    start = hi - _FIRST_READ if hi - lo > _WINDOW else widest
    while True:
        toks, ended = last_sentence(text, start, hi)
        if ended or start <= widest:
            return toks
        start = widest


_DOUBLE_MARKS = frozenset({'"', "“", "”", "''", "„", "«", "»"})  # of a short quote skipped
_LEAD_IN_ENDS = DASHES | {":"}  # a quote after these opens a clause
_CLAUSE_ENDS = DASHES | {",", ".", "?", "!", "…"}  # a quote ending in these ends a clause


def _find_attribution(
    text: str,
    seg: Segment,
    lo: int,
    hi: int,
    para_start: int,
    before: list[Token],
    previous: list[Token],
) -> Attribution:
    """What the windows around a segment say; lo and hi bound them (the previous and next
    quotes, or the paragraph), before is the clause before the quote (read back to lo), and
    previous the clause read before the previous quote of the paragraph."""
    if hi - seg.outer_end < 3 and seg.outer_start - lo < 3:
        # quotes packed mark to mark (`"a"b"c"`): no room for a cue on either side
        return Attribution(None, None, seg.outer_start == lo)
    after = _without_marks(_clause_after(text, seg.outer_end, hi))
    clause_start = not before or before[-1].text in _LEAD_IN_ENDS or _is_cue_lead_in(before)
    ends_clause = text[seg.end - 1 : seg.end] in _CLAUSE_ENDS or (
        seg.outer_end < len(text) and text[seg.outer_end : seg.outer_end + 1] in ",."
    )
    found = _cue_after(after)
    if found is not None and _next_sentence(text, seg, after):
        found = None  # `... strong." He noted that`: a new sentence, not an attribution
    if found is not None and after and after[-1].text == ":" and _ends_sentence(text, seg):
        found = None  # `...hordes." Eva posted: "...`: the cue introduces the next quote
    if found is not None and not found[2] and _ends_sentence(text, seg):
        period = text[seg.start : seg.end].rstrip()[-1:] == "."
        if before or (period and not _cue_closes(after, found[1])):
            # `Fox called Trump "unhinged." Sen. Jo Hale called the plan "…"`, `"…." Jo
            # Hale said he would`: the quote ends its sentence; the next names its own speaker
            found = None
    if found is not None and not clause_start and _describes_quote(before):
        found = None  # `under what Hale called "…," the club charged`: the quote is his object
    if found is not None and (ends_clause or clause_start or found[2]):
        mention, cue, _ = found
        return Attribution(mention, cue, clause_start)
    # when the window starts at the previous quote of this sentence, its subject is further
    # left, in the clause before that quote (already read: reading it again for every quote
    # would cost a window each in a paragraph of hundreds of quotes)
    aside = _named_aside(text, seg, before)
    if aside is not None:
        return Attribution(aside, None, False)
    glued = lo != para_start and bool(before) and not text[lo : before[0].start].strip(" \t,")
    lead = previous if glued else None
    found_before = _cue_before(before, lead)
    if found_before is not None:
        mention, cue = found_before
        return Attribution(mention, cue, clause_start)
    if found is not None:
        mention, cue, _ = found
        return Attribution(mention, cue, clause_start)
    colon = _colon_speaker(before)
    if colon is not None:
        return Attribution(colon, None, True)
    participle = _participle_after(after)
    if participle is not None and before:
        # `Trump hailed the vote as "fantastic," telling reporters`: the sentence's subject
        subject = _sentence_subject(before)
        if subject is None and lead is not None:
            subject = _sentence_subject(lead)
        if subject is not None and subject.kind in ("name", "organization"):
            cue = _cue(after[participle : _cue_end(after, participle)])
            return Attribution(subject, cue, False)
    source = _source_ending_sentence(text, seg, hi)
    if source is not None:
        return Attribution(source[0], source[1], clause_start)
    if not clause_start:
        subject = _nearest_subject(before) or _sentence_subject(before)
        if subject is None and lead is not None:
            subject = _sentence_subject(lead)  # `Bolton thought the "X" buzz was a "…"`
        if subject is not None and subject.kind != "role":
            return Attribution(subject, None, False, weak=True, after_quote=lead is not None)
    dashed = _subject_before_dash(before)
    if dashed is not None:
        return Attribution(dashed, None, True, weak=True)
    if not before:
        introduced = _introduced_by_sentence(text, lo, seg.outer_start, lo != para_start)
        if introduced is not None:
            mention, cue = introduced
            # with no cue, only a name known as a person's
            return Attribution(mention, cue, True, weak=cue is None)
    return Attribution(None, None, clause_start)


def _source_ending_sentence(
    text: str, seg: Segment, hi: int
) -> tuple[Mention, Cue | None] | None:
    """`McAuliffe was greeted with chants of "Bobby!" at a conference, according to union
    president Doris Crouse-Mays.`: the source that ends the quote's sentence, after a comma."""
    toks, _ = first_sentence(text, seg.outer_end, hi)
    for k in range(len(toks) - 2, 0, -1):
        if toks[k - 1].text != ",":
            continue
        prep = _source_preposition(toks, k)
        if prep is not None:
            m = mention_after(toks, prep[1])
            if m is not None and m.kind != "pronoun" and _ends_at_clause(toks, m):
                return m, _cue(toks[k : prep[1]])
            return None
    return None


def _named_aside(text: str, seg: Segment, before: list[Token]) -> Mention | None:
    """`Several Republicans have said so, including Mitt Romney -- "It is disqualifying" --
    and Fred Goldberg`: in a sentence about what people said, a quote set off by dashes right
    after a person's name is theirs, not the sentence subject's."""
    d = _dashes_before(before, len(before))
    if d == len(before) or text[seg.outer_end : seg.outer_end + 3].lstrip()[:1] not in DASHES:
        return None
    if d < 3 or not before[d - 1].is_capitalized:
        return None
    if not any(CUE_VERBS.get(t.lower) is not None for t in before[:d]):
        return None  # `The winner was Ann Lee — "a total shock" — who beat Ruiz`
    named = mention_before(before, d)
    return named if named is not None and named.kind == "name" else None


def _subject_before_dash(before: list[Token]) -> Mention | None:
    """`When Trump finally wrapped up — "…"`: the named subject of the clause a dash ends
    (not in a headline's capitals: `… In The Worst Way — '…'`)."""
    d = _dashes_before(before, len(before)) - 1
    if d == len(before) - 1 or d < 2 or not before[d].text.islower():
        return None
    subject = _sentence_subject(before)
    if subject is None and before[0].lower in _SUBORDINATORS:
        subject = mention_after(before, 1)
    return subject if subject is not None and subject.kind == "name" else None


def _describes_quote(before: list[Token]) -> bool:
    """Whether a describing verb before the quote takes it as its object, its subject named
    before it: `what Hale called "`, `Comey described it as a "`."""
    k = len(before) - 1
    while k > 0 and before[k].lower in {"a", "an", "the", "as", "it", "them", "him", "her"}:
        k -= 1
    return (
        k > 0
        and CUE_VERBS.get(before[k].lower) in DESCRIBING_VERBS
        and _is_verb(before, k)
        # not a passive (`could be termed "…," the Post reported`): nobody names it there
        and before[k - 1].lower not in _BE
    )


def _introduced_by_sentence(
    text: str, lo: int, hi: int, after_quote: bool
) -> tuple[Mention, Cue | None] | None:
    """A quote that opens a sentence (the caller has found no clause before it in lo:hi), after
    one that says who speaks: `Bystrom agreed. "…"`."""
    if hi - lo < 4:
        return None
    end = hi
    while end > lo and text[end - 1].isspace():
        end -= 1
    if end <= lo or text[end - 1] not in ".!?":
        return None
    sentence = _clause_before(text, lo, end - 1)
    if not sentence:
        return None
    found = _cue_before(sentence)
    if found is None:
        # `Sen. Sanders (Vt.), who lost the primaries, identified X as Y. "…"`: the subject
        # of the sentence before, if it is someone named doing something
        subject = _sentence_subject(sentence)
        if subject is not None and subject.kind == "name" and _acts(sentence, subject):
            return subject, None
    if after_quote and not text[lo : sentence[0].start].strip():
        return None  # `"…," Sybiha wrote on X. "…"`: the previous quote's cue; it continues
    if found is None or found[0].kind not in _SPEAKING_KINDS:
        return None
    return found


def _acts(toks: list[Token], subject: Mention) -> bool:
    """Whether a verb follows the subject (after an apposition or a parenthesis, if any)."""
    k = _skip_adverbs_forward(toks, _past_apposition(toks, _index_at(toks, subject.end)))
    return k < len(toks) and toks[k].is_word and toks[k].text.islower()


def _past_apposition(toks: list[Token], k: int) -> int:
    """Where the clause goes on after a subject's parenthesis and apposition, from toks[k]:
    `(Vt.), who lost the primaries to Clinton,` or `, R-Ky.,`."""
    if k < len(toks) and toks[k].text == "(":
        while k < len(toks) and toks[k].text != ")":
            k += 1
        k += 1
    if k < len(toks) and toks[k].text == ",":
        k += 1
        while k < len(toks) and toks[k].text != ",":
            k += 1
        k += 1
    return k


_SPEAKING_KINDS = frozenset({"name", "role", "pronoun", "organization", "document"})


def _introduced_by_previous(
    text: str, paras: Sequence[Paragraph], index: int, by_para: dict[int, list[Segment]]
) -> Attribution | None:
    """A paragraph-opening quote introduced at the end of the paragraph before it.

    `Breitbart News responded:` then the quote; or `Sami recalled how ...` and then his words.
    """
    if index == 0:
        return None
    prev = paras[index - 1]
    segs = by_para.get(index - 1, [])
    lo = segs[-1].outer_end if segs else prev.start
    if lo >= prev.end:
        return None
    toks = _clause_before(text, lo, prev.end)
    if toks and toks[-1].text == ":":
        found = _cue_before(toks[:-1])
        if found is not None:
            return Attribution(found[0], found[1], True)
        colon = _colon_speaker(toks)
        return Attribution(colon, None, True) if colon is not None else None
    if segs:
        return None
    if not toks:
        # the paragraph ends a sentence: `Carter said that for decades critics had predicted
        # a pullout.` and then his words
        end = prev.end
        while end > lo and text[end - 1].isspace():
            end -= 1
        if end <= lo or text[end - 1] not in ".?!":
            return None
        toks = _clause_before(text, lo, end - 1)
    subject = _sentence_subject(toks)
    if subject is not None and subject.kind == "name":
        k = _skip_adverbs_forward(toks, _index_at(toks, subject.end))
        if k < len(toks) and _is_verb(toks, k):
            return Attribution(subject, None, True)  # the main verb reports: "Carter said"
    found = _cue_before(toks)
    if found is not None and found[0].kind == "name":
        return Attribution(found[0], None, True)
    return None


def _skip_adverbs_forward(toks: Sequence[Token], k: int) -> int:
    """The first token from k on that is not an adverb: "also", "has", "repeatedly"."""
    while k < len(toks) and _is_adverb(toks[k]):
        k += 1
    return k


def _is_adverb(tok: Token) -> bool:
    """A word between a subject and its verb: "also", "has", "could", "repeatedly"."""
    word = tok.text
    return tok.lower in VERB_ADVERBS or (
        word.endswith("ly") and word.isalpha() and word.islower() and word not in _LY_NOUNS
    )


# Words in -ly that are no adverbs: "Scott's family has called".
_LY_NOUNS = frozenset(
    "family rally ally supply reply assembly anomaly monopoly bully belly tally folly fly".split()
)


def _next_sentence(text: str, seg: Segment, after: list[Token]) -> bool:
    """After a quote that ends its sentence, a capitalised pronoun starts the next one."""
    tail = text[seg.start : seg.end].rstrip()
    if not tail or tail[-1] not in ".!?…" or not after:
        return False
    first = after[0]
    if (
        tail[-1] == "."
        and first.is_capitalized
        and (pronoun_of(first.lower) or first.lower in NOT_NAMES)
    ):
        return True
    return tail[-1] in "!?" and bool(pronoun_of(first.lower)) and first.is_capitalized


def _ends_sentence(text: str, seg: Segment) -> bool:
    tail = text[seg.start : seg.end].rstrip()
    return bool(tail) and tail[-1] in ".!?"


def _is_cue_lead_in(before: list[Token]) -> bool:
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
        and _is_verb(before, k)  # not "over her recovered emails"
    )


# Words that open a subordinate clause after a quote (not "as": `"…," as Hale put it`).
_CLAUSE_SUBORDINATORS = frozenset(
    "when while after before because if since until although though unless whereas".split()
)


def _cue_after(after: list[Token]) -> tuple[Mention, Cue | None, bool] | None:
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
        if m is not None and m.kind in ("name", "organization") and _ends_at_clause(after, m):
            return m, Cue(first.text, first.start, first.end), True
        return None  # not `" — a reaction to …` nor `" — the balloons cascaded down`
    prep = _source_preposition(after, i)
    if prep is not None:
        m = mention_after(after, prep[1])
        if m is not None:
            return m, _cue(after[i : prep[1]]), True
    if _is_verb(after, i):
        if after[i].lower.endswith("ing"):
            return None  # `," telling reporters`: an object, not the subject
        m = mention_after(after, _verb_end(after, i))
        if m is not None and not _takes_verb(after, m):
            return m, _cue(after[i : _verb_end(after, i)]), True
        return None
    # subject first: find the verb within a few tokens
    last = i + _MAX_CUE_DISTANCE  # (tests, not min(): see _clause_after)
    for v in range(i + 1, last + 1 if last < len(after) else len(after)):
        tok = after[v]
        if tok.text in {";", ":"} or (tok.text in SENTENCE_END and is_sentence_break(after, v)):
            break
        if tok.lower not in _VERB_WORDS or not _is_verb(after, v):
            continue
        subject_end = _skip_adverbs(after, v, i)
        if after[subject_end - 1].text == ",":
            # "Rutte, the NATO chief, said", "Ramos, 58, told AFP"; not `" for the EU, said`
            m = None if after[i].lower in _OBJECT_LEADS else mention_after(after, i)
            verb_end = _verb_end(after, v)
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
            if m is not None and m.start != after[i].start:
                # "Pentagon press secretary Maj. Gen. Pat Ryder said" read from its start,
                # but not "of the Clinton proposals, Mr. Holtz-Eakin said"
                m2 = mention_after(after, i)
                m = m2 if m2 is not None and m2.end >= m.start else m
        k = _index_at(after, m.start) if m is not None else 0
        if m is None or (k > i and after[k - 1].lower in {"and", "but"}):
            return None  # `"…," for instance, and Trump vowed to`: a clause of its own
        return m, _cue(after[subject_end : _cue_end(after, v)]), False
    return None


def _takes_verb(toks: list[Token], m: Mention) -> bool:
    """Whether a verb follows a mention: `said the candidate could`, a clause of its own."""
    k = _index_at(toks, m.end)
    return k < len(toks) and toks[k].lower in _AUXILIARIES


_MODALS = frozenset("could would should will can may might must did does do only".split())
_BEFORE_BASE_FORM = _MODALS | {"i", "we", "you", "they"}  # a verb's, as in "what they call"
_OBJECT_LEADS = PREPOSITIONS | {"for", "with", "about", "like", "as"}
_AUXILIARIES = frozenset("had have has were are was is would could will".split())


def _cue_closes(after: list[Token], cue: Cue | None) -> bool:
    """Whether a cue ends its clause (`Hale said.`, `Hale said on Monday`) rather than
    taking an object of its own (`Hale said he would`)."""
    if cue is None:
        return False
    k = _skip_adverbs_forward(after, _index_at(after, cue.end))
    return k == len(after) or not after[k].is_word or after[k].lower in PREPOSITIONS


def _participle_after(after: list[Token]) -> int | None:
    """The index of a reporting participle that follows the quote: `," saying`."""
    i = 0
    while i < len(after) and after[i].text in {",", ")", "’", "'"}:
        i += 1
    if i < len(after) and after[i].lower.endswith("ing") and _is_verb(after, i):
        return i
    return None


def _index_at(toks: list[Token], pos: int) -> int:
    """The index of the first token at or after pos (len(toks) if none)."""
    for i, t in enumerate(toks):  # (a loop: quicker than next() over a generator)
        if t.start >= pos:
            return i
    return len(toks)


def _ends_at_clause(toks: list[Token], m: Mention) -> bool:
    """Whether nothing but punctuation follows a mention in its clause: `— Jo Hale, 2016`."""
    k = _index_at(toks, m.end)
    return k == len(toks) or not toks[k].is_word


def _skip_adverbs(toks: Sequence[Token], v: int, lo: int) -> int:
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


# The words _is_verb can accept: a caller that tests each word of a clause tests this first,
# which saves a call for most words.
_VERB_WORDS = frozenset(CUE_VERBS) | frozenset(PHRASAL_CUES)


def _is_verb(toks: Sequence[Token], v: int) -> bool:
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
    return True


_BE = frozenset({"was", "were", "been", "be", "is", "are", "being"})


def _after_be(toks: Sequence[Token], v: int) -> bool:
    """Whether a form of "be" stands before toks[v], perhaps with an adverb between."""
    k = v - 1
    if k > 0 and toks[k].lower.endswith("ly"):
        k -= 1
    return k >= 0 and toks[k].lower in _BE


def _writing_after(toks: Sequence[Token], v: int) -> bool:
    """An inverted writing as subject: `," read the statement`, `," reads a sign`."""
    return (
        v + 2 < len(toks)
        and toks[v + 1].lower in {"the", "a", "an", "one"}
        and toks[v + 2].lower in DOCUMENT_NOUNS
    )


def _verb_end(toks: Sequence[Token], v: int) -> int:
    low = toks[v].lower
    phrasal = low in PHRASAL_CUES and v + 1 < len(toks) and toks[v + 1].lower == PHRASAL_CUES[low]
    return v + 2 if phrasal else v + 1


def _cue_before(
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
        if m is not None and m.kind != "pronoun" and _ends_at_clause(before, m):
            return m, _cue(before[:1])
    prep_hit: tuple[Mention, Cue | None] | None = None
    for i in range(len(before)):
        if before[i].lower not in _PREPOSITION_STARTS:
            continue  # most words (the test, made here, saves a call per word)
        prep = _source_preposition(before, i)
        if prep is not None:
            m = mention_after(before, prep[1])
            if m is not None:
                prep_hit = (m, _cue(before[i : prep[1]]))
    participle: int | None = None
    for v in range(len(before) - 1, -1, -1):
        if before[v].lower not in _VERB_WORDS or not _is_verb(before, v):
            continue
        if before[v].lower.endswith("ing"):
            named = _participle_subject(before, v)
            if named is not None:  # "footage of Hillary Clinton asking", "with Trump tweeting"
                return named, _cue(before[v : _cue_end(before, v)])
            # "..., saying" / "calling it": the subject is the main clause's, further left
            participle = v if participle is None else participle
            continue
        subject_end = _skip_adverbs(before, v, 0)
        m = None
        if subject_end > 0 and before[subject_end - 1].text == ",":
            m = _appositive_subject(before, subject_end - 1)
        elif subject_end > 1 and before[subject_end - 1].text in DASHES:
            m = _dashed_subject(before, subject_end - 1)
        elif subject_end > 1 and before[subject_end - 1].lower in {"and", "but"}:
            # "Trump bemoaned the unrest in Charlotte and said", "Lee backed Paul, but now
            # said": the first verb's subject
            m = _sentence_subject(before[: subject_end - 1])
        elif subject_end > 0:
            m = mention_before(before, subject_end)
            # "from Mike Lee, who declared" (but "by his listeners, who wondered" may be
            # the sentence subject's account)
            who = before[subject_end - 1].lower == "who" and m is not None and m.kind == "name"
            if m is not None and not who and _after_preposition(before, m):
                # "Protesters marching through the streets chanted": not "the streets"
                m = _sentence_subject([t for t in before if t.end <= m.start]) or m
        if m is None and subject_end == v and v + 1 < len(before):
            m2 = mention_after(before, _verb_end(before, v))  # inverted: `said Singh: "`
            if m2 is not None and m2.kind == "name" and _ends_at_clause(before, m2):
                # but not `Ann Fox last week said Jo Hale was not the author of any "`
                m = m2
        relative = _relative_who(before, v)
        if m is None and relative is not None and before[relative].lower == "which":
            # `the Associated Press report, which notes`: a writing or an organisation
            end = relative - 1 if before[relative - 1].text == "," else relative
            m = mention_before(before, end)
            if m is not None and m.kind not in ("document", "organization"):
                m = None
        elif m is None and relative is not None:
            # `McConnell, now the majority leader, who in 2010 said`
            m = _appositive_subject(before, relative - 1) or mention_before(before, relative + 1)
        if m is None and v > 1 and before[v - 1].lower == "to":
            # `that Mr. Trump was prompted to say`, `he went on to say`: the subject of the
            # verb the infinitive hangs on
            m = _infinitive_subject(before, v - 1)
        if m is None and subject_end == v and v > 0:
            # `Ann Fox (D-Ore.) last week said`, `Ann Fox went on to say`: the clause's subject
            m = _sentence_subject(before)
            if m is None or m.kind not in ("name", "organization") or m.end > before[v].start:
                m = None
        if m is None and lead is not None and not any(t.is_word for t in before[:v]):
            # `Ana Ruiz, star of "Scandal," thanked Obama for "…"`, `As Jo Hale, author of
            # "Rules," put it, "…"`: the subject stands before the title
            m = _sentence_subject(lead)
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
            return m, _cue(before[subject_end : _cue_end(before, v)])
    if participle is not None and prep_hit is None:
        # `where about 50 protesters had gathered, chanting`: people doing something nearer
        # the participle than the sentence's subject
        m = _people_before(before, participle) or _sentence_subject(before)
        if m is None and lead is not None:
            # `Starr said it reminds him of "The Tragedy," explaining, "…"`: the subject
            # stands before the earlier quote of the same sentence
            m = _sentence_subject(lead)
        if m is not None:
            return m, _cue(before[participle : _cue_end(before, participle)])
    return prep_hit


# Words that show an object or a new phrase before "to": `urged the voters to`, `asked them to`
_INFINITIVE_STOPS = (DETERMINERS | PREPOSITIONS | {"that", "and", "but", "who"}) - {"on"}


def _infinitive_subject(toks: list[Token], to: int) -> Mention | None:
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
    if m is None or _after_preposition(toks, m):
        return None  # `took to Twitter overnight to accuse`
    if m.kind == "pronoun":
        return m if m.gender in _GENDERS else None  # not `it was too early to`
    return m if m.kind in ("name", "organization") else None


def _relative_who(toks: list[Token], v: int) -> int | None:
    """The index of `, who` (or `, which`) a few words before a verb (`McConnell, who in
    2010 said`); `which` may follow a name with no comma (`the Chicago Police Department
    which reported`)."""
    for k in range(v - 1, v - 5 if v > 5 else 0, -1):
        if toks[k].lower in {"who", "which"} and (
            toks[k - 1].text == "," or (toks[k].lower == "which" and toks[k - 1].is_capitalized)
        ):
            return k
        if not toks[k].is_word:
            return None
    return None


def _owned_words(before: list[Token]) -> tuple[Mention, Cue | None] | None:
    """`Trump's claim that there have been "`, `Sanders' call for "`: whose words they are."""
    for k in range(len(before) - 1, max(0, len(before) - 10), -1):
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
            and not before[o].lower.endswith(_POSSESSIVE_ENDS)
        ):
            o -= 1
        owner = before[o]
        if not (
            owner.lower.endswith(_POSSESSIVE_ENDS)
            and (owner.is_capitalized or is_role_head(owner.lower[:-2]))  # `the senator's`
        ):
            if CUE_VERBS.get(tok.lower) is not None:
                return None  # (as before: a speech noun that is also a verb ends the search)
            continue
        lead = k + 1
        if lead + 1 < len(before) and before[lead].lower in {"is", "was"}:
            lead += 1  # `Hale's answer was that "`
        if lead >= len(before) or before[lead].lower not in _CONTENT_LEADS:
            # `called Mr. Obama's remarks on Saturday "a wake-up call"`, `said Trump's
            # remarks "have had widespread dissemination"`: words about the words
            return None
        name = re.sub("(?:[’']s|s[’'])$", "", owner.text)
        bare = Token(name, owner.start, owner.start + len(name))
        m = mention_before([*before[:o], bare], o + 1)
        if m is None or m.kind not in ("name", "organization", "role"):
            return None
        return m, _cue(before[o : k + 1])
    return None


def _owned_cue(cue: Cue | None) -> bool:
    """Whether a cue is an owner's words (`Trump's claim`), not a verb of the sentence."""
    return cue is not None and cue.text.rsplit(None, 1)[-1].lower() in _SPEECH_NOUNS


_CONTENT_LEADS = frozenset({"that", "to", "for", "of", ":"})
_POSSESSIVE_ENDS = (*OWNER_ENDS, "s’", "s'")  # and a plural owner: "voters’"


_SPEECH_NOUNS = frozenset(
    """
    claim assertion statement remark remarks comment comments words promise pledge vow
    warning argument suggestion description accusation insistence contention boast
    prediction slogan answer response reply message explanation position view
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
    k = _index_at(before, inner.start)
    j = k - 1
    # `said he is certain`, `said that when`: a few words between the verb and the clause
    # it reports (but not `Cruz said as the heckler yelled`)
    while j >= 0 and k - j <= 5 and (before[j].lower in _BELIEFS or pronoun_of(before[j].lower)):
        j -= 1
    if j >= 1 and before[j].lower in _SUBORDINATORS and before[j - 1].lower == "that":
        j -= 1
    if j >= 0 and before[j].lower == "that":
        j -= 1
        j = _before_adjunct(before, j)  # `Trump said during a rally in Michigan that`
    if j < 0 or CUE_VERBS.get(before[j].lower) not in _REPORTING or not _is_verb(before, j):
        return None
    subject_end = _skip_adverbs(before, j, 0)
    outer = mention_before(before, subject_end) if subject_end else None
    if outer is None and subject_end:
        outer = _sentence_subject(before[:subject_end])
    if outer is None or outer.kind not in ("name", "organization") or outer.end > inner.start:
        return None
    return outer, _cue(before[subject_end : j + 1])


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
_SUBORDINATORS = frozenset("when if because although though while as after before once".split())


def _participle_subject(toks: list[Token], v: int) -> Mention | None:
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
    if not (" " in m.name or m.role or m.gender) and _after_preposition(toks, m):
        k = _index_at(toks, m.start)
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


def _people_before(toks: list[Token], v: int) -> Mention | None:
    """The nearest lowercase phrase for people that a verb follows, in the clause a participle
    at toks[v] ends: `about 50 protesters had gathered on Wednesday morning, chanting`,
    `in which children use a toy to bash it, yelling`."""
    for k in range(v - 2, 0 if v < 16 else v - 16, -1):
        head, nxt = toks[k], toks[k + 1]
        if not (head.is_word and head.text.islower() and _names_people_word(head.lower)):
            continue
        if not (nxt.text.islower() and nxt.is_word and _verb_like(nxt.lower)):
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


def _verb_like(low: str) -> bool:
    """A finite verb, roughly: `had`, `were`, `congregated`, `use`."""
    return low in _AUXILIARIES or low.endswith("ed") or low in {"use", "chant", "shout", "hold"}


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


def _after_preposition(toks: list[Token], m: Mention) -> bool:
    """Whether a mention is a preposition's object ("through the streets", "in Baltimore")."""
    k = _index_at(toks, m.start)
    return 0 < k < len(toks) and toks[k - 1].lower in PREPOSITIONS


def _appositive_subject(toks: list[Token], comma: int) -> Mention | None:
    """`Rutte, the NATO chief, said`: the name before the first comma of the apposition, or
    before an earlier one (`Sanders, meanwhile, who has no endorsements, said`)."""
    if comma > 0 and toks[comma - 1].text == ")":
        m = mention_before(toks, comma)
        if m is not None and m.kind == "name":
            return m  # "Gov. John Kasich (R-Ohio), said": a stray comma, no apposition
    head = _sentence_subject(toks[:comma])
    if head is not None and head.kind in ("name", "organization"):
        k = _index_at(toks, head.end)
        if k < comma and toks[k].text == ",":
            # `Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, said`,
            # `Rubio, whose hometown, Miami, is at risk, argues`: the clause's subject
            return head
    j = comma - 1
    while j >= 1 and comma - j < _MAX_APPOSITION:
        if toks[j].text == ",":
            m = mention_before(toks, j)
            if m is not None and m.kind == "role" and not is_plural(toks[j - 1].lower):
                # `The group's spokesman, John Smith, said`: the name the role is given (not
                # `Two analysts, Ann Lee and Tom Ruiz, said`: a name is one of them)
                named = apposed_name(toks, j)
                if named is not None and toks[comma].start == named.end:
                    return given_role(named, m.text, m.start)
            if m is not None:
                return m
        j -= 1
    return None


def _dashed_subject(toks: list[Token], close: int) -> Mention | None:
    """`A former senator -- Ana Ruiz, who lost in 2008 -- said`: a name opening the aside
    between dashes, or else the subject before it (`Trump - who said … - said`)."""
    j = _dashes_before(toks, close) - 1
    while j > 0 and close - j < _MAX_APPOSITION and toks[j].text not in DASHES:
        j -= 1
    if j <= 0 or toks[j].text not in DASHES:
        return None
    inner = mention_after(toks, j + 1)
    if inner is not None and inner.kind == "name":
        return inner
    return mention_before(toks, _dashes_before(toks, j))


def _dashes_before(toks: list[Token], end: int) -> int:
    """Where the run of dashes just before toks[end] starts ("--" is two tokens); end if
    toks[end - 1] is no dash."""
    k = end
    while k > 0 and toks[k - 1].text in DASHES:
        k -= 1
    return k


def _sentence_subject(toks: list[Token]) -> Mention | None:
    """The first noun phrase of a clause, after a leading "At the debate," adverbial."""
    start = _after_dateline(toks)
    # an opener ("At the rally in Salem on Monday night,") ends at a comma
    stop = start + 13 if start + 13 < len(toks) else len(toks)
    commas = [k for k in range(start, stop) if toks[k].text == ","]
    if start < len(toks) and toks[start].lower in LEADING_PREPOSITIONS:
        if not commas:
            return None
        start = commas[0] + 1
    elif commas and _is_adverbial(toks[start : commas[0]]):
        start = commas[0] + 1  # "Hours later, Trump ...", "Reluctantly, Brafman ..."
    m = mention_after(toks, start)
    if start and toks[start - 1].text == ",":
        # the opener goes on: "At a rally in Ames, Iowa, on Sunday, Clinton said",
        # "Speaking in Salem, New Hampshire, Trump went" (but not "Suu Kyi, 70, said")
        for k in commas[1:]:
            if k < start:
                continue
            # "On July 6, 2015, Sanders": a year goes on the date
            opens = toks[start].lower in LEADING_PREPOSITIONS or toks[start].text.isdigit()
            # "Following a swiftly called, late-afternoon meeting, the Council": no subject
            # and no verb between the commas, so the opener's phrase goes on
            adjectives = m is None and not any(_verb_like(t.lower) for t in toks[start:k])
            if not opens and not adjectives and (m is None or _index_at(toks, m.end) != k):
                break
            if k + 1 >= len(toks):
                break
            nxt = toks[k + 1]
            if not (
                opens
                or nxt.lower in LEADING_PREPOSITIONS
                or is_name_word(nxt)
                or (adjectives and nxt.lower in DETERMINERS)
            ):
                break
            start = k + 1
            m = mention_after(toks, start)
    if m is not None and _is_participle_opener(toks, m):
        # "Marking the end of the primaries with a formal speech -- complete with a
        # teleprompter -- Trump told supporters": the subject follows the opener
        k = _index_at(toks, m.end)
        ends = [j for j in range(k, len(toks)) if toks[j].text == ","]
        m = mention_after(toks, ends[0] + 1) if ends else None
    return m if m is not None and m.kind in ("name", "pronoun", "organization", "role") else None


def _is_participle_opener(toks: list[Token], m: Mention) -> bool:
    """A capitalised participle read as a name: "Marking the end", "Speaking to reporters"."""
    if m.kind != "name" or " " in m.name or not m.name.endswith("ing") or m.role or m.gender:
        return False
    k = _index_at(toks, m.end)
    return k < len(toks) and toks[k].text.islower() and toks[k].is_word


def _after_dateline(toks: list[Token]) -> int:
    """Where a sentence starts after a dateline: "WASHINGTON —", "Washington (AFP) –",
    "PHILADELPHIA, July 25 (UPI) —"."""
    for k in range(len(toks) if len(toks) < 10 else 10):
        if toks[k].text in DASHES or toks[k].text == "--":
            before = toks[k - 1] if k else None
            if before is not None and (before.text == ")" or before.text.isupper()):
                return k + 1
            return 0
        if toks[k].is_word and toks[k].text.islower():
            return 0
    return 0


def _is_adverbial(toks: list[Token]) -> bool:
    """A short opener that is not the subject: "Hours later", "Reluctantly", "Last week"."""
    if not toks or len(toks) > 12:
        return False
    words = [t.lower for t in toks]
    if words[0].endswith("ly") and words[0] not in _LY_NOUNS and len(words) > 1:
        if words[1] in LEADING_PREPOSITIONS or words[1] in {"after", "before", "into"}:
            return True  # "Shortly after Murphy's call ended,", "Early in the race,"
    if len(toks) > 4 and not words[0].endswith("ing"):
        return False
    if words[-1] in SENTENCE_OPENERS:
        return True
    if words[0].endswith("ing") and toks[0].is_capitalized and words[0] not in _NOT_VERBS:
        return True  # "Continuing to explain his view, Carson ..."
    if len(words) == 1:
        return len(words[0]) >= 7 and words[0].endswith(ADVERB_ENDINGS)
    return words[0] in OPENER_LEADS and not any(t.is_capitalized for t in toks[1:])


def _nearest_subject(toks: list[Token]) -> Mention | None:
    """The closest name or pronoun before the quote that is followed by a lowercase word.

    `Frank cites the union's support, "the placards ..."`: Frank is the one quoted.
    """
    for k in range(len(toks) - 2, -1, -1):
        tok, nxt = toks[k], toks[k + 1]
        if not (nxt.is_word and nxt.text.islower()) or nxt.lower in _NOT_VERBS:
            continue
        if pronoun_of(tok.lower) in ("he", "she") or (tok.is_capitalized and tok.is_word):
            m = mention_before(toks, k + 1)
            if m is not None and m.kind in ("name", "pronoun"):
                return m
    return None


_NOT_VERBS = frozenset(
    """
    of and or in on at to for from with by as than that the a an
    """.split()
)


def _colon_speaker(before: list[Token]) -> Mention | None:
    """`Trump: "..."`, `More from Jones: "`: a name and a colon introduce the quote."""
    if len(before) < 2 or before[-1].text != ":":
        return None
    here = _presented(before)
    if here is not None:
        return here
    m = mention_before(before, len(before) - 1)
    k = _index_at(before, m.start) if m is not None else 0
    if k > 0 and before[k - 1].lower in _ADDRESSEE_LEADS:
        m = None  # "Bush said as much to the Dutch newspaper NRC Handelsblad:": whom he told
    if m is not None and m.kind in ("name", "organization"):
        return m
    # "Kasich resisted:", "Priorities USA emailed a link with one sentence:": the subject
    m = _sentence_subject(before[:-1])
    if m is None or m.kind not in ("name", "organization"):
        return None
    k = _past_apposition(before, _index_at(before, m.end))  # "McConnell, R-Ky., delivered"
    verb = before[k] if k < len(before) else None
    if verb is not None and verb.text.islower() and (
        verb.lower.endswith(("ed", "s")) or verb.lower in _IRREGULAR_PAST
    ):
        return m
    return None


def _presented(before: list[Token]) -> Mention | None:
    """`Here's Clinton in December 1992:`, `Here is Ana Ruiz on the plan:`: who is shown."""
    first = before[0].lower
    if before[0].text in _PRESENTERS:
        k = 1
    elif first == "here" and len(before) > 2 and before[1].lower in {"is", "was"}:
        k = 2
    else:
        return None
    m = mention_after(before, k)
    return m if m is not None and m.kind in ("name", "organization") else None


_PRESENTERS = frozenset({"Here’s", "Here's"})
_ADDRESSEE_LEADS = frozenset({"to", "with", "told", "asked", "newspaper", "magazine"})
# Past forms that introduce words after a colon: "Hale made the following comment:"
_IRREGULAR_PAST = frozenset("made gave had sent put took spoke broke went laid got".split())


_PREPOSITION_STARTS = frozenset(phrase.split()[0] for phrase in SOURCE_PREPOSITIONS)
# SOURCE_PREPOSITIONS by their first word, in their order, with their words
_SOURCE_PHRASES: dict[str, list[tuple[str, list[str]]]] = {}
for _phrase in SOURCE_PREPOSITIONS:
    _SOURCE_PHRASES.setdefault(_phrase.split()[0], []).append((_phrase, _phrase.split()))


def _source_preposition(toks: Sequence[Token], i: int) -> tuple[int, int] | None:
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


def _cue_end(toks: list[Token], v: int) -> int:
    """Extend a verb with its addressee or preposition: "told reporters", "wrote on X"."""
    end = _verb_end(toks, v)
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


def _cue(toks: Sequence[Token]) -> Cue | None:
    if not toks:
        return None
    return Cue(" ".join([t.text for t in toks]), toks[0].start, toks[-1].end)


def _label_at(text: str, start: int, end: int) -> re.Match[str] | None:
    """A transcript label at text[start:end]'s start, its name as group 1: `PENCE: `."""
    m = _LABEL_RE.match(text, start, end)
    return None if m is None or m.group(1).lower() in NOT_NAMES else m


def _label(text: str, seg: Segment) -> Speaker | None:
    """A transcript label at the start of the quote: `"PENCE: Well, look...`."""
    m = _label_at(text, seg.start, seg.end)
    if m is None:
        return None
    return Speaker(m.group(1).title(), m.group(1), m.start(1), m.end(1), None, "person", "label")


def _labelled(text: str, line_start: int) -> Mention | None:
    """The name of the transcript label that opens a line, as a mention: `ORTIZ: I'd say`."""
    m = _label_at(text, line_start, len(text))
    if m is None:
        return None
    return Mention(m.group(1), m.start(1), m.end(1), "name", m.group(1).title(), None, None)


def _kind(
    text: str, seg: Segment, found: Attribution, speaker: Speaker | None, lo: int, alone: bool
) -> QuoteKind:
    """What a segment is; `alone`: it is all its paragraph holds (a heading, if a title)."""
    content = text[seg.start : seg.end]

    def title() -> bool:  # a title is a few words; a quote can run to hundreds
        return len(content) <= 120 and _is_title(content.split(), stop=True)

    if content.startswith(("(", "[")) and content.rstrip(" .").endswith((")", "]")):
        return "term"  # a stage direction in a transcript: `"(CROSSTALK.)`
    if (alone or _after_possessive(text, seg.outer_start)) and title():
        return "term"  # `told MSNBC's "Morning Joe."`, a section heading `'All Bets Are Off.'`
    if found.clause_start or seg.continued or seg.continues:
        # more than three words: split off four at most
        return "utterance" if speaker is not None or len(content.split(None, 3)) > 3 else "term"
    if speaker is None:
        # five words or more are someone's, even if we cannot tell whose
        return "fragment" if len(content.split(None, 4)) >= 5 and not title() else "term"
    if _names_it(text, found, seg.outer_start):
        return "fragment"  # `he called Rubio "Little Marco"`: the name is the speaker's word
    if title() or _introduced_as_term(text, lo, seg.outer_start, content):
        return "term"
    if _is_nickname(text, seg):
        return "term"
    return "fragment"


def _names_it(text: str, found: Attribution, open_at: int) -> bool:
    """Whether someone is the subject of a naming verb before the quote: a person (`Trump
    called Rubio "`, `what he dubbed the "`), or anyone naming an object (`a Times article
    hailed Trump as "`); but not `a website called "`, where nobody names it."""
    cue, m = found.cue, found.mention
    if (
        cue is None
        or m is None
        or m.end > cue.start
        # (the verb may follow an auxiliary: "has dubbed")
        or not any(CUE_VERBS.get(w.lower()) in _NAMING_VERBS for w in cue.text.split()[:3])
    ):
        return False
    if m.kind in ("name", "pronoun") or (m.kind == "role" and _names_people(m)):
        return True
    between = text[cue.end : open_at].split()
    return any(w[:1].isalpha() and w.lower() not in _DETERMINER_WORDS for w in between)


def _names_people(m: Mention) -> bool:
    """Whether a role mention's head is a word for people: `one Latino conservative`, not
    `a short film` (a phrase after a determiner is read as a role whatever its head)."""
    return is_role_head(m.text.rsplit(None, 1)[-1].lower())


_NAMING_VERBS = frozenset({"call", "dub", "label", "brand", "nickname", "term", "hail"})
_DETERMINER_WORDS = frozenset({"a", "an", "the", "as", "it", "its"})


def _is_nickname(text: str, seg: Segment) -> bool:
    """James "Jimmy" Ortega: a quoted capitalised word between the parts of a name."""
    before = text[seg.outer_start - 30 if seg.outer_start > 30 else 0 : seg.outer_start].split()
    after = text[seg.outer_end : seg.outer_end + 30].split()
    content = text[seg.start : seg.end].split()
    return (
        0 < len(content) <= 2
        and bool(before and after)
        and before[-1][:1].isupper()
        and after[0][:1].isupper()
        and content[0][:1].isupper()
    )


_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "at", "with", "by"}
)


def _is_title(words: list[str], *, stop: bool = False) -> bool:
    """ "Tough Choices", "Northern Lights": capitalised words with no sentence punctuation
    (with `stop`, a final period is allowed after two words or more: `"Shark Tank."`)."""
    letters = [w for w in words if w[:1].isalpha()]
    if not letters or len(letters) > 8 or words[-1][-1:] in "?!":
        return False
    if words[-1].endswith(".") and (not stop or len(letters) < 2 or words[-1].endswith("..")):
        return False  # a period, unless allowed (but never an ellipsis)
    for w in letters:  # (a loop, not all() over a generator)
        if not (w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS):
            return False
    return len(letters) > 1 or is_name_word(Token(letters[0], 0, 0))


def _after_possessive(text: str, open_at: int) -> bool:
    """Whether an owner's name stands right before the quote: `MSNBC's "`, `his 1994 "`."""
    before = text[open_at - 12 if open_at > 12 else 0 : open_at].rstrip().split()
    if not before:
        return False
    last = before[-1]
    if last.isdigit() and len(before) > 1:
        last = before[-2]  # "his 1994"
    return last.lower() in {"his", "her", "their", "its"} or (
        last[:1].isupper() and last.endswith(_POSSESSIVE_ENDS)
    )


_TERM_LEADS = TERM_INTRODUCERS - {"called"}


def _introduced_as_term(text: str, lo: int, open_at: int, content: str) -> bool:
    """`the album "`, `so-called "`, `a book titled "`: a name or title follows."""
    start = open_at - 40 if open_at - 40 > lo else lo  # (a test, not max(): see _clause_before)
    comma = False
    for k, tok in enumerate(tokens_backward(text, start, open_at)):
        if k == 0 and tok.text == ":":
            return False  # `the phrase he used: "…"`: words, not a title
        if k == 0 and tok.text == ",":
            comma = True
            continue
        if comma:
            # `DuVernay's documentary, "13th"`, `on Mr. King's show, "Politicking"`: a title in
            # apposition (but `said of the episode, "I don't like it"`: words, not a title)
            return tok.lower in TITLE_NOUNS and _title_like(content)
        if tok.is_word:
            # the last word of the 40 characters before, not a name: `by Paul Song "`; a
            # title noun only before a capital: `the album "Northern Lights"`
            if tok.text[0].isupper():
                return False
            if tok.lower in TITLE_NOUNS:
                return not content[:1].islower()
            return tok.lower in _TERM_LEADS
    return False


def _title_like(content: str) -> bool:
    """A title's shape: capitalised words (`Women in Power`), or one word that starts with a
    capital or a digit (`Politicking`, `13th`)."""
    words = content.split()
    if len(words) == 1:
        return words[0][:1].isupper() or words[0][:1].isdigit()
    return _is_title(words, stop=True)


# PERSON_EVIDENCE as the words appear in running text: "Sen.", "Mary", "President".
_EVIDENCE = frozenset(
    form
    for word in PERSON_EVIDENCE
    for form in (word, word.capitalize(), word.capitalize() + ".", word.upper())
)


def _has_honorific(mention: Mention) -> bool:
    return mention.text.split()[0].lower() in HONORIFICS


# _NAME_RUN_RE, read in linear time: a capital, the rest of its word read once (group 1, by
# lookahead and backreference: what follows a name's first word is no word character), then
# either the rest of a name run or, after a word of 40 characters or more, nothing (group 2):
# that word is then skipped whole. finditer over _NAME_RUN_RE would try again at each capital of
# the word, each time reading to its end (quadratic on "AAAA…"), and fail as at the first one.
_FIRST_WORD = r"[A-Z][\w’'\-]*"
if not _NAME_RUN_RE.pattern.startswith(_FIRST_WORD):
    raise ValueError("_NAME_SCAN_RE assumes that _NAME_RUN_RE starts with " + _FIRST_WORD)
_NAME_SCAN_RE = re.compile(
    r"[A-Z](?=([\w’'\-]*))\1(?:"
    + _NAME_RUN_RE.pattern[len(_FIRST_WORD) :]
    # (no space among the 40 characters is tested first: a quick test that fails for most words)
    + r"|(?<=[^ ]{40})(?<=[\w’'\-]{40})())"
)


@lru_cache(maxsize=4096)  # the same few words come back in every text: "House", "Trump"
def _is_name_text(word: str) -> bool:
    return is_name_word(Token(word, 0, 0))


_Named = tuple[str, str | None, str | None]  # a person's name, role and gender
_MEMO_LIMIT = 200  # characters: longer windows are not memoised (the memo's size stays small)


@lru_cache(maxsize=1024)  # a text names its people again and again, the same way: "Donald Trump"
def _person_named(window: str) -> _Named | None:
    """The person a name run at the end of the window names, if its words show that it is a
    person (a role, a gender, and a first name or an honorific)."""
    toks = tokens(window, 0, len(window))
    mention = mention_before(toks, len(toks))
    if (
        mention is not None
        and mention.kind == "name"
        and (mention.role or mention.gender)  # evidence that this is a person
        and (" " in mention.name or _has_honorific(mention))
    ):
        return mention.name, mention.role, mention.gender
    return None


_Bare = dict[str, list[tuple[int, str]]]  # names by lowercased last word, with offsets


def _name_events(
    text: str, segments: Sequence[Segment]
) -> tuple[list[tuple[int, _Named, bool]], _Bare, list[tuple[int, str]]]:
    """People named outside quotes, in text order: what pronouns and surnames resolve to.

    Each comes with whether it looks like a subject (a lowercase word, likely a verb, follows).
    Also returned: names with nothing to show they name a person ("Colm Ferreira": no title
    and a first name the lexicon does not know), by lowercased last word, with their offsets.
    A bare surname later used as a speaker ("Ferreira said") is such evidence. And those of
    them of two words or more, in text order: for a pronoun no known person fits.
    """
    events: list[tuple[int, _Named, bool]] = []
    bare: _Bare = {}
    subjects: list[tuple[int, str]] = []
    if not segments:
        return events, bare, subjects
    # the quotes' outer spans, in text order, read once with the scan
    spans = iter([(s.outer_start, s.outer_end) for s in segments])
    quote_start, quote_end = next(spans)
    no_evidence = _EVIDENCE.isdisjoint
    # names after the last quote can resolve nothing
    for m in _NAME_SCAN_RE.finditer(text, 0, segments[-1].start):
        if m.lastindex == 2:
            continue  # a long word that starts no name run
        start = m.start()
        if start >= quote_start:  # (the last quote's start bounds the scan: spans remain)
            while quote_end <= start:
                quote_start, quote_end = next(spans)
            if quote_start <= start:
                continue  # inside a quote
        run, end = m.group(), m.end()
        owner = run.endswith(OWNER_ENDS)
        if owner:  # `Donald Trump’s recent gains`: the name, though not the subject
            run, end = run[:-2], end - 2
        parts = run.split()
        if no_evidence(parts):
            # no title, honorific or known first name: cannot tell it is a person yet
            if len(parts) > 1 and (parts[0] in INVERTED_CUES or parts[0] in _PRESENTERS):
                # an inverted cue opens the sentence: `Continued Stone, "`, `Here's Clinton:`
                start += len(parts[0]) + 1
                run = run[len(parts[0]) + 1 :]
                parts = parts[1:]
            if len(parts) <= 3 and all(map(_is_name_text, parts)):
                bare.setdefault(parts[-1].lower(), []).append((start, run))
                if len(parts) > 1 and not owner and "." not in run:
                    subjects.append((start, run))  # (whether a verb follows is read if needed)
            continue
        # read back a little for a lowercase role before the name: "spokeswoman Sabrina Kell"
        lead = text[start - 24 if start > 24 else 0 : start].rsplit(None, 1)
        back = 40 if lead and is_role_head(lead[-1].lower()) else 0
        window = text[start - back if start > back else 0 : end]
        if len(window) <= _MEMO_LIMIT:
            person = _person_named(window)
        else:  # a run of hundreds of capitalised words: read, not kept in the memo
            person = _person_named.__wrapped__(window)
        if person is not None:
            subject = not owner and (_verb_follows(text, end) or _verb_after_apposition(text, end))
            if person[1] is None and not owner:
                role = apposed_role(text, end)
                if role is not None:
                    # `Mark Rutte, the NATO chief,`: the role "the NATO chief" resolves to
                    person = (person[0], role, person[2])
            events.append((start, person, subject))
    return events, bare, subjects


_REFRESH_WINDOW = 1500  # characters read back for surnames before a pronoun: a few paragraphs
_GENDERS = frozenset({"male", "female"})


class _Sightings:
    """Where a surname was last written alone, outside quotes, before a point."""

    def __init__(self, text: str, segments: Sequence[Segment]) -> None:
        self.text = text
        self.segments = segments
        self.outer_starts = [s.outer_start for s in segments]

    def last(self, surname: str, lo: int, hi: int) -> tuple[int, bool] | None:
        """The last sighting in text[lo:hi], and whether a verb-like lowercase word follows it
        (not after "the": `the Hale campaign` is no mention of Hale, and `Hale’s doctor` is
        not Hale doing something)."""
        text = self.text
        at = text.rfind(surname, lo, hi)
        while at >= 0:
            end = at + len(surname)
            if (
                not _in_word(text[at - 1 : at])
                and not _in_word(text[end : end + 1])  # not `anti-Trump`, `Trump-Pence`
                and text[at - 4 : at].lower() != "the "
                and not self.inside_quote(at)
            ):
                return at, _verb_follows(text, end)
            at = text.rfind(surname, lo, at)
        return None

    def inside_quote(self, at: int) -> bool:
        k = bisect_right(self.outer_starts, at) - 1
        return k >= 0 and at < self.segments[k].outer_end


def _in_word(char: str) -> bool:
    return char.isalnum() or char == "-"


def _refresh_surnames(cast: Cast, sightings: _Sightings, pronoun: Mention) -> None:
    """Before a pronoun is resolved, let a known person's surname written alone since they
    were last seen make them salient again: `Clinton noted the clot. … she was "whisked"`. The
    scan for names (_name_events) sees only runs of two or more capitalised words. A surname
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


def _verb_follows(text: str, end: int) -> bool:
    """Whether a lowercase word that may be a verb follows a name ending at end: a subject."""
    after = _NEXT_WORD_RE.match(text, end)
    return after is not None and after.group(1) not in _NOT_VERBS


def _unknown_subject(
    text: str, cast: Cast, pronoun: Mention, subjects: list[tuple[int, str]], pos: int
) -> Speaker | None:
    """For a he or she that no known person fits, the last subject named with no evidence of
    being a person, a few paragraphs back at most: `Grainne Dillane has run the shop for 31
    years. "When the ferry stops, we stop," she says`. The cast learns that person."""
    k = bisect_right(subjects, (pronoun.start, "")) - 1
    while k >= 0 and subjects[k][0] >= pronoun.start - _REFRESH_WINDOW:
        start, name = subjects[k]
        if _verb_follows(text, start + len(name)):
            cast.learn(name, None, pronoun.gender, start, subject=True)
            return cast.resolve(pronoun, pos)
        k -= 1
    return None


_AGE_RE = re.compile(r", \d{1,3},")


def _verb_after_apposition(text: str, end: int) -> bool:
    """Whether a verb follows an age or a role in apposition after a name that ends at end:
    `Liz Hale, 50, received`, `Mark Rutte, the NATO chief, said` (the name is a subject)."""
    if text[end : end + 1] != ",":
        return False
    age = _AGE_RE.match(text, end)
    if age is not None:
        return _verb_follows(text, age.end())
    role = apposition(text, end)
    return (
        role is not None
        and text[role.end() : role.end() + 1] == ","
        and _verb_follows(text, role.end() + 1)
    )


def _introduce(cast: Cast, mention: Mention, bare: _Bare) -> None:
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
