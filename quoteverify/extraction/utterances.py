"""Utterances: which segments are one saying, and the speakers of segments that name none.

``same_utterance`` numbers the segments as they are attributed: a segment continues the
utterance before it when it reopens a quote that ran over a paragraph break, when it shares
the cue of the quote before it (`"…," Reyes said, "…"`), or when it opens a sentence of the same
paragraph with no cue of its own. Once every segment is read, ``share_coordinated`` gives a
quote joined to the next by "and", "or" or a comma the next one's speaker, and ``backfill``
gives the first segments of a multi-paragraph quote the speaker named at its end.

>>> from quoteverify.extraction.extract import extract_quotes
>>> quotes = extract_quotes('"We will hold," Singh said, "and we will win." Lee agreed.')
>>> [(q.utterance, q.speaker.name) for q in quotes]
[(0, 'Singh'), (0, 'Singh')]
"""

from __future__ import annotations

import re

import attrs

from quoteverify.extraction.marks import Segment
from quoteverify.extraction.windows import Attribution
from quoteverify.model import Quote, Speaker


def same_utterance(
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


def share_coordinated(text: str, quotes: list[Quote]) -> list[Quote]:
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


def backfill(quotes: list[Quote]) -> list[Quote]:
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
