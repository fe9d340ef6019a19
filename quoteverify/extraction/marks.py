"""Find quoted segments: pair quote marks paragraph by paragraph, in one linear pass.

Paragraphs come from `paragraphs.py` and each mark's possible roles from `glyphs.py`; the marks
are paired by a small state machine that tracks the outer quote and any nested ones. A quote
left open at the end of a paragraph continues into the next paragraph when that paragraph
reopens it (the newspaper convention for long quotes); otherwise it is reported as unclosed and
pairing starts afresh, so a stray mark never swallows the rest of the document.
"""

from __future__ import annotations

from bisect import bisect_left

import attrs

from quoteverify.extraction.glyphs import MARK_RE, Mark, classify, mark_starts, marks_in, wordy
from quoteverify.extraction.paragraphs import Paragraph, paragraphs
from quoteverify.lexicon import SINGLE
from quoteverify.model import TextWarning


@attrs.define
class Segment:
    """A quoted stretch of one paragraph: content at start:end, marks at outer_start:outer_end.

    ``continued`` means the quote began in an earlier paragraph; ``continues`` that it runs on
    into the next one; ``closed`` is False for a quote whose closing mark never came.

    Not frozen, though nothing changes a segment once made: a frozen attrs record sets each
    field through object.__setattr__, which made making segments four times slower.
    """

    start: int
    end: int
    outer_start: int
    outer_end: int
    paragraph: int
    family: str
    continued: bool = False
    continues: bool = False
    closed: bool = True


def scan(
    text: str, paras: list[Paragraph] | None = None
) -> tuple[list[Segment], list[TextWarning]]:
    """Pair the quote marks of a whole text into segments, and report the marks left over.

    >>> text = 'He said "yes." Then:\\n\\n"It\\'s \\'fine\\''
    >>> segs, warns = scan(text)
    >>> [text[s.start:s.end] for s in segs]
    ['yes.', "It's 'fine'"]
    >>> [w.code for w in warns]
    ['unclosed-quote']
    """
    if paras is None:
        paras = paragraphs(text)
    segments: list[Segment] = []
    warnings: list[TextWarning] = []
    carried: str | None = None  # family of a quote running on from the previous paragraph
    # a paragraph of marks alone quotes no words: its marks are not even looked for
    has_words = [wordy(text, p.start, p.end) for p in paras]
    starts = mark_starts(text, _runs(paras, has_words))
    for i, para in enumerate(paras):
        if not has_words[i]:
            carried = None
            continue
        first = bisect_left(starts, para.start)
        last = bisect_left(starts, para.end, first)
        if first == last:  # most paragraphs: nothing to pair, nothing carried on
            carried = None
            continue
        marks = marks_in(text, starts[first:last], para.start, para.end)
        if not marks:
            carried = None
            continue
        next_opens = _next_paragraph_reopens(text, paras, i)
        carried = _pair(text, para, marks, carried, next_opens, segments, warnings)
    # a pair of marks around no words ("", "?", "...") quotes nobody
    return [s for s in segments if wordy(text, s.start, s.end)], warnings


def _runs(paras: list[Paragraph], keep: list[bool]) -> list[tuple[int, int]]:
    """The stretches of text covered by consecutive kept paragraphs.

    >>> paras = [Paragraph(0, 0, 2), Paragraph(1, 3, 5), Paragraph(2, 6, 8), Paragraph(3, 9, 9)]
    >>> _runs(paras, [True, True, False, True])
    [(0, 5), (9, 9)]
    """
    runs: list[tuple[int, int]] = []
    lo: int | None = None
    end = 0
    for para, kept in zip(paras, keep, strict=True):
        if kept and lo is None:
            lo = para.start
        elif not kept and lo is not None:
            runs.append((lo, end))
            lo = None
        end = para.end
    if lo is not None:
        runs.append((lo, end))
    return runs


def _next_paragraph_reopens(text: str, paras: list[Paragraph], i: int) -> str | None:
    """The family of the quote mark that opens paragraph i+1, if it starts with one."""
    if i + 1 >= len(paras):
        return None
    nxt = paras[i + 1]
    m = MARK_RE.match(text, nxt.start, nxt.end)
    if m is None:
        return None
    mark = classify(text, m.start(), m.end(), nxt.start, nxt.end)
    return mark.family if mark is not None and mark.can_open else None


def _pair(
    text: str,
    para: Paragraph,
    marks: list[Mark],
    carried: str | None,
    next_opens: str | None,
    segments: list[Segment],
    warnings: list[TextWarning],
) -> str | None:
    """Pair one paragraph's marks; return the family of a quote that runs on, if any."""
    # For single marks, an opener counts only if some closer follows it in the paragraph:
    # otherwise it is far likelier to be an apostrophe than an unclosed quote. For the other
    # families, a second opener inside a quote is a nested quote only if enough closers follow
    # to close both; otherwise the first quote was left open.
    n = len(marks)
    if n == 2:
        first, second = marks
        if first.can_open and second.can_close and first.family == second.family:
            # one quote, the most common paragraph with marks: what the loops below conclude
            continued = carried == first.family and first.start == para.start
            segments.append(_segment(text, para, first, second, continued))
            return None
    closers_after = [0] * (n + 1)  # single-family closers after each mark
    curly_after = [0] * (n + 1)  # right curly double marks after each mark
    balance_after = [0] * n  # closers minus openers of the mark's own family after it
    running: dict[str, int] = {}
    for k in range(n - 1, -1, -1):
        m = marks[k]
        closers_after[k] = closers_after[k + 1] + (m.family == SINGLE and m.can_close)
        curly_after[k] = curly_after[k + 1] + (text[m.start] == "”")
        balance = running.get(m.family, 0)
        balance_after[k] = balance
        if m.can_close != m.can_open:
            running[m.family] = balance + (1 if m.can_close else -1)

    open_mark: Mark | None = None
    nested: list[Mark] = []
    words_end: int | None = None  # see _third_last_word_end
    continued = False
    for k, mark in enumerate(marks):
        if open_mark is None:
            if not mark.can_open:
                if mark.family != SINGLE:
                    warnings.append(_warning("unopened-quote", text, mark))
                continue
            if mark.family == SINGLE and not closers_after[k + 1] and next_opens != SINGLE:
                if text[mark.start] == "‘":
                    if words_end is None:
                        words_end = _third_last_word_end(text, para)
                    if mark.end < words_end:  # several words follow: unclosed, not an elision
                        warnings.append(_warning("unclosed-quote", text, mark))
                continue
            open_mark = mark
            continued = carried == mark.family and mark.start == para.start
            continue
        if nested and nested[-1].family == mark.family and mark.can_close:
            nested.pop()
            continue
        if mark.family == open_mark.family:
            if mark.can_close and mark.family == SINGLE and closers_after[k + 1]:
                if _plural_possessive(text, mark, para):
                    continue  # "‘the teachers’ union is wrong,’ she said"
            if mark.can_close:
                segments.append(_segment(text, para, open_mark, mark, continued))
                open_mark, nested, continued = None, [], False
            elif mark.family != SINGLE and balance_after[k] >= 2:
                nested.append(mark)
            elif _curly_in_straight(text, open_mark, mark) and curly_after[k + 1]:
                nested.append(mark)  # `"Pence: this is an episode of “Shark Tank.” But` …
            else:
                # a second opener before any closer: the first quote was never closed
                warnings.append(_warning("unclosed-quote", text, open_mark))
                open_mark, nested, continued = mark, [], False
            continue
        # a mark of another family inside the quote opens a nested quote
        if mark.can_open and not (mark.family == SINGLE and not closers_after[k + 1]):
            nested.append(mark)

    if open_mark is None:
        return None
    family = open_mark.family
    if next_opens == family:
        segments.append(_segment(text, para, open_mark, None, continued, continues=True))
        return family
    if family != SINGLE or text[open_mark.start] == "‘":
        warnings.append(_warning("unclosed-quote", text, open_mark))
        if open_mark.start == para.start or continued:
            segments.append(_segment(text, para, open_mark, None, continued, closed=False))
    return None


def _curly_in_straight(text: str, open_mark: Mark, mark: Mark) -> bool:
    """A curly opener inside a straight-quoted passage: a quote nested in another style."""
    return text[open_mark.start] == '"' and text[mark.start] == "“"


def _plural_possessive(text: str, mark: Mark, para: Paragraph) -> bool:
    """`teachers’ union`: an apostrophe after a plural s, followed by a lowercase word."""
    before = text[mark.start - 1] if mark.start > para.start else ""
    after = text[mark.end : mark.end + 2]
    return before in "sS" and len(after) == 2 and after[0] == " " and after[1].islower()


def _third_last_word_end(text: str, para: Paragraph) -> int:
    """Where the paragraph's third word from the end ends: at least three words follow any
    point before it (computed once, not by splitting the rest of the paragraph at each mark)."""
    parts = text[para.start : para.end].rsplit(None, 2)
    return para.start + len(parts[0]) if len(parts) == 3 else para.start


def _segment(
    text: str,
    para: Paragraph,
    open_mark: Mark,
    close_mark: Mark | None,
    continued: bool,
    *,
    continues: bool = False,
    closed: bool = True,
) -> Segment:
    start = open_mark.end
    end = close_mark.start if close_mark is not None else para.end
    while start < end and text[start].isspace():  # « French spacing »
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    outer_end = close_mark.end if close_mark is not None else para.end
    return Segment(
        start=start,
        end=end,
        outer_start=open_mark.start,
        outer_end=outer_end,
        paragraph=para.index,
        family=open_mark.family,
        continued=continued,
        continues=continues,
        closed=(closed and close_mark is not None) or continues,
    )


def _warning(code: str, text: str, mark: Mark) -> TextWarning:
    glyph = text[mark.start : mark.end]
    if code == "unclosed-quote":
        message = f"quote mark {glyph} opened here is never closed in its paragraph"
        return TextWarning("unclosed-quote", message, mark.start, mark.end)
    message = f"closing quote mark {glyph} has no opening mark in its paragraph"
    return TextWarning("unopened-quote", message, mark.start, mark.end)
