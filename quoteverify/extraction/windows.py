"""What the words around one quote say about its speaker: the rules, in the order tried.

For each quoted segment, ``find_attribution`` reads two windows of unquoted text: the clause
after the closing mark and the clause before the opening one, a sentence at most, bounded by
the neighbouring quotes and the paragraph. It tries, in order: a cue after the quote (not when
a new sentence starts there, nor when the quote is a describing verb's object); a name that
sets the quote off with dashes in a sentence about sayings; a cue before the quote; a name and
a colon ("Trump: "); a participle after the quote (`," telling reporters`), whose subject is
the sentence's; a source that ends the sentence (", according to …"); the subject of the
quote's sentence (a weak attribution: a fragment of someone's words); a named subject before a
dash; and a sentence before the quote that says who speaks ("Bystrom agreed."). The answer is
an :class:`Attribution`. A signature in the next paragraph ("— Michelle Marks") is read
here too.

>>> from quoteverify.extraction.marks import scan
>>> from quoteverify.extraction.paragraphs import paragraphs
>>> text = '"We will hold," Sabrina Singh told reporters.'
>>> [segment], _ = scan(text, paragraphs(text))
>>> found = find_attribution(text, segment, 0, len(text), 0, [], [])
>>> found.mention.name, found.cue.text, found.clause_start
('Sabrina Singh', 'told reporters', True)
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quoteverify.extraction.cue_after import cue_after, cue_closes, participle_after
from quoteverify.extraction.cue_before import cue_before, describes_quote, is_cue_lead_in
from quoteverify.extraction.marks import Segment
from quoteverify.extraction.mentions import mention_after, mention_before
from quoteverify.extraction.names import Mention, is_name_word, pronoun_of
from quoteverify.extraction.paragraphs import Paragraph
from quoteverify.extraction.subjects import (
    SUBORDINATORS,
    acts,
    colon_speaker,
    dashes_before,
    nearest_subject,
    sentence_subject,
)
from quoteverify.extraction.tokens import Token, first_sentence, last_sentence, tokens
from quoteverify.extraction.verbs import (
    cue_end,
    cue_of,
    ends_at_clause,
    index_at,
    is_verb,
    skip_adverbs_forward,
    source_preposition,
)
from quoteverify.lexicon import CUE_VERBS, DASHES, NOT_NAMES
from quoteverify.model import Cue

_WINDOW = 300  # characters read at most on each side of a quote: a sentence, and then some
_FIRST_READ = 120  # characters read first: enough for most attribution clauses


@attrs.define  # not frozen, to be made quickly (see names.Mention); changed only by attrs.evolve
class Attribution:
    """What the windows around one segment say about it."""

    mention: Mention | None
    cue: Cue | None
    clause_start: bool  # the quote opens its sentence (or follows a colon or a cue)
    weak: bool = False  # no cue: the speaker is only the subject of the quote's sentence
    after_quote: bool = False  # an earlier quote of the same sentence stands before this one


def signed_below(
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


def after_limit(text: str, segs: Sequence[Segment], i: int, para_end: int) -> int:
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
    """The tokens without the marks of a short quote inside them (see after_limit), and
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


def clause_before(text: str, lo: int, hi: int) -> list[Token]:
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


def _says_more(after: list[Token], mention: Mention, cue: Cue | None) -> bool:
    """Whether a subject and verb after the quote go on to say something else: `," one of
    the prosecutors said the two cases were`, `," she added that` (not `," Lee said.`, `,"
    said Ann Lee`, `," Lee told the website.`)."""
    if cue is None or mention.kind == "pronoun" or mention.end > cue.start:
        return False  # (`," she said that …`: she is likely the one before, and says it)
    if cue_closes(after, cue):
        return False
    verb = cue.text.split()[0].lower()
    if CUE_VERBS.get(verb) in {"tell", "ask"}:
        return False
    k = index_at(after, cue.end)
    return k < len(after) and after[k].lower in _CLAUSE_OPENERS


_CLAUSE_OPENERS = frozenset(
    "that he she they it we i the a an his her their its this these those".split()
)


def find_attribution(
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
    clause_start = not before or before[-1].text in _LEAD_IN_ENDS or is_cue_lead_in(before)
    ends_clause = text[seg.end - 1 : seg.end] in _CLAUSE_ENDS or (
        seg.outer_end < len(text) and text[seg.outer_end : seg.outer_end + 1] in ",."
    )
    if after and after[0].text in DASHES and len(after) > 2 and after[1].text.islower():
        # `"Hello" – she said.`: a dash sets the cue off
        after, ends_clause = after[1:], True
    found = cue_after(after)
    if found is not None and _next_sentence(text, seg, after):
        found = None  # `... strong." He noted that`: a new sentence, not an attribution
    if found is not None and after and after[-1].text == ":" and _ends_sentence(text, seg):
        found = None  # `...hordes." Eva posted: "...`: the cue introduces the next quote
    if found is not None and not found[2] and _ends_sentence(text, seg):
        period = text[seg.start : seg.end].rstrip()[-1:] == "."
        if before or (period and not cue_closes(after, found[1])):
            # `Fox called Trump "unhinged." Sen. Jo Hale called the plan "…"`, `"…." Jo
            # Hale said he would`: the quote ends its sentence; the next names its own speaker
            found = None
    if (
        found is not None
        and not found[2]
        and before
        and _says_more(after, found[0], found[1])
        and cue_before(before) is not None
    ):
        # `Trump claimed that "…," one of the prosecutors said the two cases were …`: the
        # verb after has an object of its own, and a cue before the quote speaks for it
        found = None
    if found is not None and not clause_start and describes_quote(before):
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
    found_before = cue_before(before, lead)
    if found_before is not None:
        mention, cue = found_before
        return Attribution(mention, cue, clause_start)
    if found is not None:
        mention, cue, _ = found
        return Attribution(mention, cue, clause_start)
    colon = colon_speaker(before)
    if colon is not None:
        return Attribution(colon, None, True)
    participle = participle_after(after)
    if participle is not None and before:
        # `Trump hailed the vote as "fantastic," telling reporters`: the sentence's subject
        subject = sentence_subject(before)
        if subject is None and lead is not None:
            subject = sentence_subject(lead)
        if subject is not None and subject.kind in ("name", "organization"):
            cue = cue_of(after[participle : cue_end(after, participle)])
            return Attribution(subject, cue, False)
    source = _source_ending_sentence(text, seg, hi)
    if source is not None:
        return Attribution(source[0], source[1], clause_start)
    if not clause_start:
        subject = nearest_subject(before) or sentence_subject(before)
        if subject is None and lead is not None:
            subject = sentence_subject(lead)  # `Bolton thought the "X" buzz was a "…"`
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
        prep = source_preposition(toks, k)
        if prep is not None:
            m = mention_after(toks, prep[1])
            if m is not None and m.kind != "pronoun" and ends_at_clause(toks, m):
                return m, cue_of(toks[k : prep[1]])
            return None
    return None


def _named_aside(text: str, seg: Segment, before: list[Token]) -> Mention | None:
    """`Several Republicans have said so, including Mitt Romney -- "It is disqualifying" --
    and Fred Goldberg`: in a sentence about what people said, a quote set off by dashes right
    after a person's name is theirs, not the sentence subject's."""
    d = dashes_before(before, len(before))
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
    d = dashes_before(before, len(before)) - 1
    if d == len(before) - 1 or d < 2 or not before[d].text.islower():
        return None
    subject = sentence_subject(before)
    if subject is None and before[0].lower in SUBORDINATORS:
        subject = mention_after(before, 1)
    return subject if subject is not None and subject.kind == "name" else None


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
    sentence = clause_before(text, lo, end - 1)
    if not sentence:
        return None
    found = cue_before(sentence)
    if found is None:
        # `Sen. Sanders (Vt.), who lost the primaries, identified X as Y. "…"`: the subject
        # of the sentence before, if it is someone named doing something
        subject = sentence_subject(sentence)
        if subject is not None and subject.kind == "name" and acts(sentence, subject):
            return subject, None
    if after_quote and not text[lo : sentence[0].start].strip():
        return None  # `"…," Sybiha wrote on X. "…"`: the previous quote's cue; it continues
    if found is None or found[0].kind not in _SPEAKING_KINDS:
        return None
    return found


_SPEAKING_KINDS = frozenset({"name", "role", "pronoun", "organization", "document"})


def introduced_by_previous(
    text: str,
    paras: Sequence[Paragraph],
    index: int,
    by_para: dict[int, list[Segment]],
    said: bool = True,
) -> Attribution | None:
    """A paragraph-opening quote introduced at the end of the paragraph before it.

    `Breitbart News responded:` then the quote; or `Sami recalled how ...` and then his words.
    With said (the quote reads as someone's sentence), also `Moyo was not impressed.` and
    then a quote, weakly: someone other than the last speaker seems to speak now.
    """
    if index == 0:
        return None
    prev = paras[index - 1]
    segs = by_para.get(index - 1, [])
    lo = segs[-1].outer_end if segs else prev.start
    if lo >= prev.end:
        return None
    toks = clause_before(text, lo, prev.end)
    if toks and toks[-1].text == ":":
        found = cue_before(toks[:-1])
        if found is not None:
            return Attribution(found[0], found[1], True)
        colon = colon_speaker(toks)
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
        toks = clause_before(text, lo, end - 1)
    subject = sentence_subject(toks)
    if subject is not None and subject.kind == "name":
        k = skip_adverbs_forward(toks, index_at(toks, subject.end))
        if k < len(toks) and is_verb(toks, k):
            return Attribution(subject, None, True)  # the main verb reports: "Carter said"
    found = cue_before(toks)
    if found is not None and found[0].kind == "name":
        return Attribution(found[0], None, True)
    if subject is not None and subject.kind == "name" and acts(toks, subject) and said:
        # `Moyo was not impressed.` and then a quote: someone else speaks now, it seems;
        # weak, so only a name known as a person's (not the speaker before, continued)
        return Attribution(subject, None, True, weak=True)
    return None


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
