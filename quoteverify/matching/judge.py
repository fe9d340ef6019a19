"""Judging a quote by its matches: which matches are evidence, which explains the quote best,
and what status that gives it.

A match is evidence that the quote's words were said when the words it shares could not be
shared by chance (:mod:`.evidence`). In another document's own narration that takes
``NARRATION_EVIDENCE`` bits, and it cannot make the quote altered: an outlet words a remark
its own way in its own sentences (but ``check``'s sources are records of what was said: their
unquoted text, a speech or a statement, counts as someone's words). In someone's words
(another document's quote, a transcript turn) credited to nobody else, it takes
``MIN_EVIDENCE`` bits; or the quote found whole (two words, "in Vietnam", inside the
speaker's longer quote); or the other quote found whole in this one, credited to the same
person ("Well, which is it?"); or most (``MOST``) of either quote and ``SOME_EVIDENCE`` bits
(a content word). "We will continue to" inside two longer quotes is none of these. A match
that credits the words to another person, both attributions firm, counts only as a
misattribution: the words strong evidence (``STRONG_EVIDENCE`` bits, or two quotes of
``WHOLE_WORDS`` that are each other word for word; ``MISATTRIBUTED_WORDS`` at least) and
bearing out most of one of the two quotes; short of that, two people share a phrase, and the
match is no evidence of anything.

Of the matches that count, the best explains the most of the quote: the most words confirmed
less twice the words changed (an exact match of the whole quote in one document beats a longer
altered match of another sentence in another), then the most evidence, then the speakers
agreeing. Its statuses, in order:

- ``uncorroborated``: no match counts, or none confirms ``min_words`` words (or, for a shorter
  quote, all of it);
- ``misattributed``: the best match credits the words to a different person;
- ``altered``: the best match changes words inside the quote (not only editorially), bears
  out at least half of the quote (``EXPLAINED``), and, changing ``MANY_CHANGES`` words or more
  (or moving a clause and changing a word), carries ``STRONG_EVIDENCE`` (two tellings of one
  speaker's position share words, but are rewritten wholesale, not word by word);
- ``corroborated``: every word of the quote (an editor's bracketed words aside) is confirmed;
- ``partial``: otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from quoteverify.config import Config
from quoteverify.matching.words import WORD_RE
from quoteverify.model import Finding, Match, Quote, Status

MIN_EVIDENCE = 12.0
"""Bits a match must carry to count on its own (about two uncommon words: "stupid wall")."""

SOME_EVIDENCE = 4.0
"""Bits enough for a match that bears out most of a quote in someone else's quote or turn."""

NARRATION_EVIDENCE = 24.0
"""Bits a match in another document's own narration must carry (not a quote, not a turn)."""

STRONG_EVIDENCE = 24.0
"""Bits a match must carry to say that two documents credit the same words to two people."""

MISATTRIBUTED_WORDS = 6
"""Words a match must confirm to say that two documents credit them to two people."""

WHOLE_WORDS = 8
"""Words two quotes that are each other word for word need to be strong evidence, whatever
their words: "there's still a significant fight in the east" in two documents is one quote."""

MOST = 0.75
"""The share of a quote's words that "most of the quote" means."""

MANY_CHANGES = 3
"""Changed words from which an altered match needs ``STRONG_EVIDENCE``."""

EXPLAINED = 0.5
"""The share of a quote's words an altered match must bear out to make the quote altered."""

_AGREEMENT_RANK = {"same": 0, "compatible": 1, "unknown": 2, "different": 3}
_BRACKET_RE = re.compile(r"\[[^\[\]\n]{0,300}\]")


def judge_quote(
    doc_id: str,
    quote: Quote,
    matches: Sequence[Match],
    size: int,
    config: Config,
    *,
    records: bool = False,
) -> Finding:
    """The finding for a quote of ``size`` words (an editor's bracketed words aside), from its
    matches in any order: those that count, best first, and the status they give.
    ``records``: the other documents' unquoted text is a record of what was said (``check``'s
    sources), not an outlet's narration."""
    enough = min(config.min_words, size)
    counted = sorted(
        (m for m in matches if m.words >= enough and counts(m, size, records=records)), key=rank
    )
    if not counted or size == 0:
        # (and no match is shown: one too weak to count would only mislead)
        status: Status = "uncorroborated"
        return Finding(doc_id, quote, status, 0.0, (), config.severity_of(status))
    best = counted[0]
    confirmed = _confirmed(quote, counted)
    coverage = min(1.0, confirmed / size)
    if best.speaker == "different":
        status = "misattributed"
    elif best.relation == "altered" and _altered(best, size) and (records or someones(best)):
        status = "altered"  # (an outlet's own sentence may word a remark its own way)
    elif confirmed >= size:
        status = "corroborated"
    else:
        status = "partial"
    return Finding(
        doc_id, quote, status, round(coverage, 3), tuple(counted), config.severity_of(status)
    )


def someones(match: Match) -> bool:
    """Whether a match is in someone's words: another document's quote or transcript turn."""
    return match.quote is not None or match.other_speaker is not None


def counts(match: Match, size: int, *, records: bool = False) -> bool:
    """Whether a match is evidence about a quote of ``size`` words (see the module's text)."""
    if not someones(match) and not records:
        return match.evidence >= NARRATION_EVIDENCE
    other_size = _size(match.quote.text) if match.quote is not None else 0
    this_whole = match.words >= size
    other_whole = 0 < other_size <= match.words
    # most of this quote, or most of the other one: two quotes of the same words
    most = match.words >= MOST * size or (other_size > 0 and match.words >= MOST * other_size)
    if match.speaker == "different":
        # rare words, or a long quote word for word on both sides
        strong = match.evidence >= STRONG_EVIDENCE or (
            this_whole and other_whole and match.words >= WHOLE_WORDS
        )
        return strong and match.words >= MISATTRIBUTED_WORDS and most
    if match.evidence >= MIN_EVIDENCE:
        return True
    if this_whole and match.relation != "altered":
        return True  # the quote found whole in someone's words ("in Vietnam")
    if other_whole and match.speaker in ("same", "compatible"):
        return True  # the other quote found whole in this one, said by the same person
    return most and match.evidence >= SOME_EVIDENCE


def rank(match: Match) -> tuple[float, float, int, str, int]:
    """Best first: the most of the quote explained, then evidence, then speakers agreeing."""
    explained = match.words - 2 * changed_words(match)
    agreement = _AGREEMENT_RANK[match.speaker]
    return (-explained, -match.evidence, agreement, match.doc_id, match.start)


def _altered(match: Match, size: int) -> bool:
    """Whether an altered best match makes the quote altered: it bears out half the quote,
    and when it changes three words or more, or moves a clause and changes a word, on strong
    evidence (two tellings of one speaker's position share words, but are rewritten
    wholesale, not word by word)."""
    changed = changed_words(match)
    moved = any(h.kind == "reordering" for h in match.diff)
    if (changed >= MANY_CHANGES or (moved and changed)) and match.evidence < STRONG_EVIDENCE:
        return False
    return explained(match) >= EXPLAINED * size


def explained(match: Match) -> int:
    """The quote's words a match finds: confirmed where they stand, or moved ("reordering")."""
    return match.words + sum(
        len(h.this_text.split()) for h in match.diff if h.kind == "reordering"
    )


def changed_words(match: Match) -> int:
    """Words a match changes in the quote other than editorially (moved words are found, and
    not counted here)."""
    return sum(
        max(len(h.this_text.split()), len(h.other_text.split()))
        for h in match.diff
        if h.kind is not None and h.kind not in ("editorial", "reordering")
    )


def quote_size(quote: Quote) -> int:
    """A quote's words, as matching counts them, without an editor's bracketed words."""
    text = _BRACKET_RE.sub(" ", quote.text) if "[" in quote.text else quote.text
    return len(WORD_RE.findall(text))


def _confirmed(quote: Quote, matches: Sequence[Match]) -> int:
    """The quote's words (bracketed ones aside) that an equal hunk of some match covers, or an
    editorial one (the same words in another house style)."""
    text = quote.text
    if len(matches) == 1 and "[" not in text:
        (match,) = matches
        if not any(h.kind == "editorial" for h in match.diff):
            return match.words  # (the words of its equal hunks: the common case)
    spans = sorted(
        h.this_span for m in matches for h in m.diff if h.op == "equal" or h.kind == "editorial"
    )
    brackets = [(f.start(), f.end()) for f in _BRACKET_RE.finditer(text)] if "[" in text else []
    # Words and spans both in order of position: one walk over each.
    confirmed = 0
    reach = -1  # the furthest end of the spans starting at or before the word
    s = 0
    for word in WORD_RE.finditer(text):
        if brackets and any(b <= word.start() < e for b, e in brackets):
            continue
        at = quote.start + word.start()
        while s < len(spans) and spans[s][0] <= at:
            reach = max(reach, spans[s][1])
            s += 1
        if at < reach:
            confirmed += 1
    return confirmed


@lru_cache(maxsize=65536)
def _size(text: str) -> int:
    """The words of a text (another document's quote, met once per match of it)."""
    return len(WORD_RE.findall(text))
