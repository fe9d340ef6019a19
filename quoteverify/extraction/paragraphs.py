"""The text's paragraphs, by offsets: the units that quote marks are paired in.

A blank line always ends a paragraph. A single line break ends one too (news is often written
a paragraph a line), unless it only wraps a line of a paragraph:

1. the next line goes on in lowercase after a line that ends no sentence (`the bridge\\nin
   June`);
2. the text is hard-wrapped (most of its line breaks come where the next word would not have
   fitted in its width, as a program that fills lines leaves them; e-mail, plain-text
   articles) and this line is full;
3. a quote opened at the end of the line is closed on the next one, by a mark that can only
   close (`"We will open the bridge.\\nThe tolls stay," Holt said`); a line that reopens the
   quote instead starts a new paragraph, as a long quote does in news, and so does a line
   that only signs a quote ending a sentence (`"…wrong.\\nAna Ruiz, author."`).

Each test reads a line or two, and the marks are found once for the whole text: time stays
linear in the input.
"""

from __future__ import annotations

import re
from bisect import bisect_left

import attrs

from quoteverify.extraction.glyphs import Mark, mark_starts, marks_in, wordy

# A line from its first to its last non-space character (\s is str.isspace()).
_PARAGRAPH_RE = re.compile(r"\S(?:[^\n]*\S)?")
# What may stand after a sentence's last word: closing marks and brackets.
_AFTER_SENTENCE = "\"'”’»›)]"
# Hard-wrapped text is filled to a width a person reads at a glance; longer lines are
# paragraphs written a line each.
_NARROWEST_WRAP = 40
_WIDEST_WRAP = 100


@attrs.define
class Paragraph:
    """A paragraph of the text, by offsets (not frozen, to be made quickly: see marks.Segment)."""

    index: int
    start: int
    end: int


def paragraphs(text: str) -> list[Paragraph]:
    """Split a text into paragraphs: its non-blank lines, joined where a line is only wrapped.

    >>> [(p.start, p.end) for p in paragraphs("One.\\n\\n  Two.\\n")]
    [(0, 4), (8, 12)]
    >>> [(p.start, p.end) for p in paragraphs("One and\\ntwo.\\nThree.")]
    [(0, 12), (13, 19)]
    """
    lines = [(m.start(), m.end()) for m in _PARAGRAPH_RE.finditer(text)]
    if len(lines) < 2:
        return [Paragraph(i, start, end) for i, (start, end) in enumerate(lines)]
    width = _wrap_width(text, lines)
    # the marks' starts, found when a line first needs them, on lines with words (a line of
    # marks alone quotes nothing: its marks are not even looked for, as in marks.scan)
    starts: list[int] | None = None
    has_words: list[bool] = []
    out = [Paragraph(0, lines[0][0], lines[0][1])]
    for k in range(1, len(lines)):
        (a_start, a_end), (b_start, b_end) = lines[k - 1], lines[k]
        if text.count("\n", a_end, b_start) == 1:
            if _goes_on(text, a_end, b_start) or (
                width and _full(text, a_start, a_end, b_start, b_end, width)
            ):
                out[-1].end = b_end
                continue
            if starts is None:
                has_words = [wordy(text, start, end) for start, end in lines]
                starts = mark_starts(text, _wordy_runs(lines, has_words))
            if (
                has_words[k - 1]
                and has_words[k]
                and _quote_runs_over(text, starts, a_start, a_end, b_start, b_end)
            ):
                out[-1].end = b_end
                continue
        out.append(Paragraph(len(out), b_start, b_end))
    return out


def _wordy_runs(lines: list[tuple[int, int]], has_words: list[bool]) -> list[tuple[int, int]]:
    """The stretches of text covered by consecutive lines with words.

    >>> _wordy_runs([(0, 2), (3, 5), (6, 8), (9, 9)], [True, True, False, True])
    [(0, 5), (9, 9)]
    """
    runs: list[tuple[int, int]] = []
    previous = False
    for (start, end), kept in zip(lines, has_words, strict=True):
        if kept and previous:
            runs[-1] = (runs[-1][0], end)
        elif kept:
            runs.append((start, end))
        previous = kept
    return runs


def _goes_on(text: str, a_end: int, b_start: int) -> bool:
    """Whether the next line goes on in lowercase after a line that ends no sentence."""
    if not text[b_start].islower():
        return False
    end = a_end
    while end > 0 and text[end - 1] in _AFTER_SENTENCE:
        end -= 1
    return end > 0 and text[end - 1] not in ".!?…"


def _line_width(text: str, start: int, end: int) -> int:
    """The width of the line ending at end, its indent included."""
    return end - (text.rfind("\n", 0, start) + 1)


def _first_word_end(text: str, start: int, end: int) -> int:
    k = start
    while k < end and not text[k].isspace():
        k += 1
    return k


def _full(text: str, a_start: int, a_end: int, b_start: int, b_end: int, width: int) -> bool:
    """Whether line a is full: the next line's first word would not have fitted after it."""
    word = _first_word_end(text, b_start, b_end) - b_start
    return _line_width(text, a_start, a_end) + 1 + word > width


def _wrap_width(text: str, lines: list[tuple[int, int]]) -> int:
    """The width the text is hard-wrapped to, or 0 if it is not: its longest line, when two
    thirds of its single line breaks (and at least two) come after a full line."""
    width = 0
    for start, end in lines:
        w = _line_width(text, start, end)
        if w > width:
            width = w
            if width > _WIDEST_WRAP:
                return 0
    if width < _NARROWEST_WRAP:
        return 0
    breaks = full = 0
    for k in range(1, len(lines)):
        (a_start, a_end), (b_start, b_end) = lines[k - 1], lines[k]
        if text.count("\n", a_end, b_start) == 1:
            breaks += 1
            if _full(text, a_start, a_end, b_start, b_end, width):
                full += 1
    return width if breaks >= 2 and 3 * full >= 2 * breaks else 0


def _quote_runs_over(
    text: str, starts: list[int], a_start: int, a_end: int, b_start: int, b_end: int
) -> bool:
    """Whether line a ends with a mark that can only open a quote, and the next line's first
    mark of its family can only close one (and so is no reopening of a long quote).

    Only the last few marks of line a and the first few of line b are read, so a text of
    marks costs no more than a few marks a line."""
    first = bisect_left(starts, b_start)
    if first == len(starts) or starts[first] >= b_end:
        return False  # most lines: no mark on the next one
    lo = bisect_left(starts, a_start)
    last = bisect_left(starts, a_end, lo)
    if last == lo:
        return False
    read_from = last - _MARKS_READ if last - _MARKS_READ > lo else lo
    tail = marks_in(text, starts[read_from:last], a_start, a_end)
    opener = _last_opener(tail)
    if opener is None:
        return False
    hi = first + _MARKS_READ if first + _MARKS_READ < len(starts) else len(starts)
    head = starts[first : bisect_left(starts, b_end, first, hi)]
    for mark in marks_in(text, head, b_start, b_end):
        if mark.family == opener.family:
            if not mark.can_close or mark.can_open:
                return False
            # a pull quote signed inside its marks (`"… was wrong.\nAna Ruiz, author."`):
            # the quote ended its sentence, and nothing follows the mark on the next line
            return not (text[a_end - 1] in ".!?…" and not text[mark.end : b_end].strip(".,"))
    return False


# How many marks are read at the end of a line and at the start of the next (apostrophes,
# `it's`, are among them, and a nested quote's marks may come first).
_MARKS_READ = 6


def _last_opener(marks: list[Mark]) -> Mark | None:
    """The line's last mark, if it can only open a quote."""
    if not marks or not marks[-1].can_open or marks[-1].can_close:
        return None
    return marks[-1]
