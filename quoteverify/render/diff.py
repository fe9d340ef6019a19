"""Word diffs -> the ``- this words`` / ``+ other words`` line pairs the report renderers show.

Only the words that differ are shown, each run with a few words of context on either side, so
a changed word stands out in a long quote. Both the text and the Markdown report use this.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from quoteverify.model import Hunk, HunkKind, Match, Relation

CONTEXT_WORDS = 3
"""Unchanged words shown before and after each run of changes."""

CHANGED_WORDS = 8
"""A run of changed words longer than twice this keeps this many at each end around "…"."""

DIFF_RELATIONS: frozenset[Relation] = frozenset({"altered", "elided", "overlaps"})
"""Relations whose diff is worth showing. An exact or normalized match has no differing words,
and a fragment-of or contains match differs only in that one passage runs on past the other,
which the relation already says."""

_Keep = Literal["head", "tail", "both"]

CHANGE_LABELS: dict[HunkKind, str] = {
    "number": "number changed",
    "negation": "negation changed",
    "word-form": "word form changed",
    "substitution": "words replaced",
    "insertion": "words added",
    "deletion": "words left out",
    "reordering": "words moved",
    "editorial": "editorial",
}
"""How each kind of change is said, before its words (see :func:`change_lines`)."""

CHANGE_WIDTH = 60
"""Characters of each side's words shown in a change line at most."""


def change_lines(match: Match, *, width: int = CHANGE_WIDTH) -> list[str]:
    """Each change a match names, one line each, in words, the words as each text writes them
    and read from the other passage to the quote: ``number changed: 10,000 → 12,000`` is a
    quote saying 12,000 where the other passage says 10,000. Editorial differences are listed
    too (they leave the quote corroborated); text is not cleaned here (renderers escape it).

    >>> from quoteverify.model import Hunk, Match
    >>> diff = (Hunk("equal", "About", "About", (0, 5), (0, 5)),
    ...         Hunk("replace", "12,000", "10,000", (6, 12), (6, 12), "number"),
    ...         Hunk("equal", "cars will", "cars will", (13, 22), (13, 22)),
    ...         Hunk("delete", "not", "", (23, 26), (22, 22), "negation"),
    ...         Hunk("equal", "come", "come", (27, 31), (23, 27)),
    ...         Hunk("insert", "", "today", (31, 31), (28, 33), None))
    >>> for line in change_lines(Match("b", 0, 27, "", None, "altered", 80.0, "same", None,
    ...                                4, diff)):
    ...     print(line)
    number changed: 10,000 → 12,000
    negation added: not
    """
    lines = []
    for hunk in match.diff:
        if hunk.kind is None:
            continue
        mine = _shown(hunk.this_text, width)
        theirs = _shown(hunk.other_text, width)
        label = CHANGE_LABELS[hunk.kind]
        if hunk.kind == "negation" and not theirs:
            lines.append(f"negation added: {mine}")
        elif hunk.kind == "negation" and not mine:
            lines.append(f"negation dropped: {theirs}")
        elif not theirs:
            lines.append(f"{label}: {mine}")
        elif not mine:
            lines.append(f"{label}: {theirs}")
        else:
            lines.append(f"{label}: {theirs} → {mine}")
    return lines


def _shown(text: str, width: int) -> str:
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    return text[: width - 1].rstrip() + "…"


def match_diff_lines(match: Match, *, context: int = CONTEXT_WORDS) -> list[tuple[str, str]]:
    """The :func:`diff_lines` a renderer shows for a match: none unless the relation is one of
    :data:`DIFF_RELATIONS`; and unless the passages overlap, words the other passage has before
    or after the whole quote are left out (they are its surroundings, not a change to it).

    >>> from quoteverify.model import Hunk, Match
    >>> diff = (Hunk("insert", "", "MS. RUIZ:", (0, 0), (0, 9)),
    ...         Hunk("equal", "We will", "We will", (1, 8), (10, 17)),
    ...         Hunk("replace", "never", "not", (9, 14), (18, 21)))
    >>> match_diff_lines(Match("b", 10, 21, "We will not", None, "altered", 80.0, "unknown",
    ...                        None, 2, diff))
    [('We will never', 'We will not')]
    """
    if match.relation not in DIFF_RELATIONS:
        return []
    lead, trail = surroundings(match)
    return diff_lines(match.diff[lead : len(match.diff) - trail], context=context)


def surroundings(match: Match) -> tuple[int, int]:
    """How many hunks at the start and at the end of a match's diff are words the other
    passage has around the whole quote (its surroundings, not a change to the quote): the
    inserts at either end, unless the passages overlap, where they are part of the change.

    >>> from quoteverify.model import Hunk
    >>> diff = (Hunk("insert", "", "MS. RUIZ:", (0, 0), (0, 9)),
    ...         Hunk("equal", "We will", "We will", (1, 8), (10, 17)))
    >>> surroundings(Match("b", 10, 17, "We will", None, "fragment-of", 100.0, "unknown",
    ...                    None, 2, diff))
    (1, 0)
    """
    hunks = match.diff
    if match.relation == "overlaps":
        return 0, 0
    lead = 0
    while lead < len(hunks) and hunks[lead].op == "insert":
        lead += 1
    trail = 0
    while trail < len(hunks) - lead and hunks[len(hunks) - 1 - trail].op == "insert":
        trail += 1
    return lead, trail


def diff_lines(diff: Sequence[Hunk], *, context: int = CONTEXT_WORDS) -> list[tuple[str, str]]:
    """Return one ``(this words, other words)`` pair per run of changes, with context.

    Runs of changes closer together than ``2 * context`` unchanged words are shown as one.
    "…" marks words left out; a side with no words at all is an empty string.

    >>> from quoteverify.model import Hunk
    >>> same = "on this, not ever, not"
    >>> diff = [Hunk("equal", "we will not", "We will not", (0, 11), (0, 11)),
    ...         Hunk("replace", "back down", "give up", (12, 21), (12, 19)),
    ...         Hunk("equal", same, same, (22, 44), (20, 42)),
    ...         Hunk("insert", "", "again.", (44, 44), (43, 49))]
    >>> for this, other in diff_lines(diff, context=2):
    ...     print("-", this)
    ...     print("+", other)
    - …will not back down on this,…
    + …will not give up on this,…
    - …ever, not
    + …ever, not again.
    """
    hunks = list(diff)
    lines: list[tuple[str, str]] = []
    for first, last in _runs(hunks, context):
        this_words: list[str] = []
        other_words: list[str] = []
        if first > 0:
            _add_context(this_words, other_words, hunks[first - 1], context, "tail")
        for position in range(first, last + 1):
            hunk = hunks[position]
            if hunk.op == "equal":
                this_words += hunk.this_text.split()
                other_words += hunk.other_text.split()
                continue
            # A change at either end of the diff is cut on its far side, nearest the rest.
            keep: _Keep = "both"
            if position == 0:
                keep = "tail"
            elif position == len(hunks) - 1:
                keep = "head"
            this_words += _clip(hunk.this_text.split(), keep)
            other_words += _clip(hunk.other_text.split(), keep)
        if last < len(hunks) - 1:
            _add_context(this_words, other_words, hunks[last + 1], context, "head")
        lines.append((" ".join(this_words), " ".join(other_words)))
    return lines


def _runs(hunks: Sequence[Hunk], context: int) -> list[tuple[int, int]]:
    """The ``(first, last)`` hunk positions of each run of changes, near runs merged."""
    runs: list[tuple[int, int]] = []
    for position, hunk in enumerate(hunks):
        if hunk.op == "equal":
            continue
        if runs and all(
            hunks[between].op == "equal" and _words(hunks[between]) <= 2 * context
            for between in range(runs[-1][1] + 1, position)
        ):
            runs[-1] = (runs[-1][0], position)
        else:
            runs.append((position, position))
    return runs


def _words(hunk: Hunk) -> int:
    return max(len(hunk.this_text.split()), len(hunk.other_text.split()))


def _add_context(
    this_words: list[str], other_words: list[str], hunk: Hunk, context: int, keep: _Keep
) -> None:
    """Add up to ``context`` unchanged words from the ``keep`` end of ``hunk``."""
    for words, text in ((this_words, hunk.this_text), (other_words, hunk.other_text)):
        shown = _clip(text.split(), keep, limit=context)
        if keep == "tail":
            words[:0] = shown
        else:
            words += shown


def _clip(words: list[str], keep: _Keep, *, limit: int = CHANGED_WORDS) -> list[str]:
    """Keep ``limit`` words from the ``keep`` end (both ends: ``limit`` each), marking the cut.

    >>> _clip("a b c d".split(), "tail", limit=2), _clip("a b c d e".split(), "both", limit=2)
    (['…c', 'd'], ['a', 'b', '…', 'd', 'e'])
    """
    if keep == "both":
        if len(words) <= 2 * limit:
            return words
        return [*words[:limit], "…", *words[-limit:]]
    if len(words) <= limit:
        return words
    if limit <= 0:
        return ["…"]
    if keep == "head":
        return [*words[: limit - 1], words[limit - 1] + "…"]
    return ["…" + words[-limit], *words[-limit + 1 :]]
