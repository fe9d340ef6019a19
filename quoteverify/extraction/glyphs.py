"""Quote marks, found and classified: what each mark may do (open, close, or either), from its
glyph and from what flanks it (a mark after a space and before a letter can open; one after a
letter and before a space can close). Apostrophes (`it's`, `the '90s`, `rock 'n' roll`) are
told apart here and never become marks.
"""

from __future__ import annotations

import re

from quoteverify.lexicon import (
    CLOSE_CONTEXT,
    CLOSING_OPENERS,
    ELISIONS,
    LOW_SINGLE_OPENER,
    MARKS,
    OPEN_CONTEXT,
    SINGLE,
)

# Two-character marks first so that '' is one mark, not two apostrophes.
MARK_RE = re.compile("''|``|’’|‘‘|[" + "".join(m for m in MARKS if len(m) == 1) + "]")
# What MARK_RE reads, found faster: each character that can start a mark, by str.find (a
# scan per character is cheaper than a regex testing a class at every character), then a
# two-character mark where one starts there.
_MARK_STARTS = "".join(sorted({m[0] for m in MARKS}))
_TWO_CHARACTER_MARKS = frozenset(m for m in MARKS if len(m) == 2)
_WORD_AFTER_RE = re.compile(r"[A-Za-z]+")
# Markup tags (<tweet author="...">): their attribute quotes are not quotations.
_TAG_RE = re.compile(r"</?[A-Za-z][^<>\n]*>")
# A letter or digit: a quote needs one to quote anybody's words.
_WORDY_RE = re.compile(r"[^\W_]")


class Mark:
    """One quote mark with what its context allows it to do.

    A slotted class, not an attrs record: marks are internal to pairing and made by the
    hundred thousand on text full of marks.
    """

    __slots__ = ("can_close", "can_open", "end", "family", "start")

    def __init__(self, start: int, end: int, family: str, can_open: bool, can_close: bool):
        self.start = start
        self.end = end
        self.family = family
        self.can_open = can_open
        self.can_close = can_close


def classify(text: str, start: int, end: int, lo: int, hi: int) -> Mark | None:
    """Decide what the mark at start:end may do, from its glyph and its neighbours."""
    glyph = text[start:end]
    family, direction = MARKS[glyph]
    prev = text[start - 1] if start > lo else " "
    nxt = text[end] if end < hi else " "
    if family == SINGLE and prev.isalnum() and nxt.isalnum():
        return None  # it's, don't, O'Brien: most single marks
    prev_word = not prev.isspace()
    next_word = not nxt.isspace()
    left_flank = next_word and (prev.isspace() or prev in OPEN_CONTEXT or prev in MARKS)
    right_flank = prev_word and (
        nxt.isspace() or nxt in CLOSE_CONTEXT or nxt in MARKS or prev in ".,!?;:…"
    )

    if family == SINGLE:
        if nxt.isdigit() and glyph != "‘":
            return None  # the '90s
        if left_flank and nxt.isalpha():
            word = _WORD_AFTER_RE.match(text, end, hi)
            if word and word.group().lower() in ELISIONS and glyph != "‘":
                after = word.end()
                # rock 'n' roll, 'em: an elision unless the word is itself quoted ('n')
                if not (after < hi and text[after] in "'’" and word.group().lower() != "n"):
                    return None
        if glyph in ("’", "'") and prev.isalpha() and not right_flank:
            return None
        if prev in "nN" and start - 2 >= lo and text[start - 2] in "'’":
            return None  # the second apostrophe of rock 'n' roll

    if direction == "open":
        closes = right_flank and not left_flank and glyph in CLOSING_OPENERS
        return Mark(start, end, family, True, closes)
    if direction == "close":
        # a right mark can open only where nothing can be closed: `”Mr. Trump…`, or a
        # paragraph that opens with it, whatever follows: `” … what I learned`
        opens = (left_flank and not right_flank and glyph != "’") or (start == lo and glyph == "”")
        return Mark(start, end, family, opens, True)
    if not left_flank and not right_flank:
        # a mark with space (or letters) on both sides: let the pairing state decide
        return Mark(start, end, family, True, True)
    return Mark(start, end, family, left_flank, right_flank)


def wordy(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] has a letter or digit (most often its first or second one)."""
    return start < end and (
        text[start].isalnum()
        or (start + 1 < end and text[start + 1].isalnum())
        or _WORDY_RE.search(text, start, end) is not None
    )


def mark_starts(text: str, runs: list[tuple[int, int]]) -> list[int]:
    """Where the stretches text[lo:hi] have a character that can start a mark, in order.

    One str.find pass per mark character over each stretch: for most news, one stretch.
    """
    found: list[int] = []
    for lo, hi in runs:
        for c in _MARK_STARTS:
            k = text.find(c, lo, hi)
            while k >= 0:
                found.append(k)
                k = text.find(c, k + 1, hi)
    found.sort()
    return found


def marks_in(text: str, starts: list[int], lo: int, hi: int) -> list[Mark]:
    """The marks at these starts in the paragraph text[lo:hi], but not those inside tags."""
    out: list[Mark] = []
    tags = (
        [(t.start(), t.end()) for t in _TAG_RE.finditer(text, lo, hi)]
        if text.find("<", lo, hi) >= 0
        else []
    )
    t = 0
    after_two = lo  # the end of the last two-character mark: its second character is no mark
    low_single = -2  # where the paragraph's first ‚ is (-1: none), once a ‘ may close
    for start in starts:
        if start < after_two:
            continue
        if (
            lo < start < hi - 1
            and text[start] in "'’"
            and text[start - 1].isalnum()
            and text[start + 1].isalnum()
        ):
            continue  # it's, O'Brien (most marks in news): what classify says, without a call
        if start + 2 <= hi and text[start : start + 2] in _TWO_CHARACTER_MARKS:
            end = after_two = start + 2
        elif text[start] in MARKS:
            end = start + 1
        else:
            continue  # a lone `
        if tags:
            while t < len(tags) and tags[t][1] <= start:
                t += 1
            if t < len(tags) and tags[t][0] <= start:
                continue
        mark = classify(text, start, end, lo, hi)
        if mark is not None:
            if mark.can_close and text[start] == "‘":
                if low_single == -2:
                    low_single = text.find(LOW_SINGLE_OPENER, lo, hi)
                mark.can_close = 0 <= low_single < start
            out.append(mark)
    return out

