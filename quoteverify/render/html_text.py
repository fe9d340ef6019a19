"""Pieces of a report's text as HTML that is safe whatever the text: escaped words, status
badges, the sentence around a quote, and a match's two wordings side by side.

Every piece of document text goes through :func:`escaped`: markup characters are escaped,
and control characters and bidirectional overrides are shown as escapes, never obeyed.

>>> from quoteverify.model import Quote
>>> text = 'Then "we <b>go</b>," Ana said.'
>>> print(in_context(text, Quote("we <b>go</b>,", 6, 19, None, None, "utterance", 0)))
<blockquote class="quote-text"><p><span class="around">Then &quot;</span><mark>we &lt;b&gt;go&lt;/b&gt;,</mark><span class="around">&quot; Ana said.</span></p></blockquote>
"""  # noqa: E501

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from quoteverify.extraction.tokens import is_sentence_break, tokens
from quoteverify.model import Match, Quote, Status
from quoteverify.render.diff import surroundings

CONTEXT_CHARS = 240
"""At most this many characters of the sentence are shown on either side of a quote."""

SYMBOLS: dict[Status, str] = {
    "corroborated": "✓",
    "partial": "◐",
    "altered": "≠",
    "misattributed": "⇄",
    "uncorroborated": "?",
}
"""A symbol beside each status word, so status never rests on colour alone."""

# Control characters other than whitespace, and the bidirectional overrides and isolates that
# make text display in another order than it is stored: shown as escapes, never obeyed.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# A blank line (Markdown drafts have their markup blanked to spaces, so spaces may sit in it).
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_STOP = re.compile(r"[.!?]")
_CLOSING = frozenset("\"'”’»)]")


def escaped(text: str) -> str:
    """Escape document text for HTML (attribute values included), unsafe characters shown.

    >>> escaped('<img src=x onerror="alert(1)"> \\u202e')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; \\\\u202e'
    """
    return escape(_UNSAFE.sub(lambda found: ascii(found.group())[1:-1], text), quote=True)


def badge(status: Status, *, short: bool = False) -> str:
    """A status as a word with a symbol (the symbol hidden from screen readers)."""
    symbol = f'<span aria-hidden="true">{SYMBOLS[status]}</span>'
    if short:
        return (
            f'<span class="badge {status}" title="{status}">{symbol}'
            f'<span class="visually-hidden">{status}</span></span>'
        )
    return f'<span class="badge {status}">{symbol} {status}</span>'


def sides(this_text: str, other_text: str, match: Match) -> tuple[str, str, bool]:
    """Both passages of a match as HTML, words only this quote has in ``<del>``, words only the
    other has in ``<ins>``; and whether any word differs. Words the other passage has around
    the whole quote (a fragment's surroundings) are shown muted, not as changes, unless the
    passages overlap."""
    hunks = match.diff
    if not hunks:
        return "", "", False
    lead, trail = surroundings(match)
    this_parts: list[tuple[tuple[int, int], str]] = []
    other_parts: list[tuple[tuple[int, int], str]] = []
    changed = False
    for position, hunk in enumerate(hunks):
        edge = position < lead or position >= len(hunks) - trail
        if hunk.op == "equal":
            this_parts.append((hunk.this_span, ""))
            other_parts.append((hunk.other_span, ""))
            continue
        if edge:
            other_parts.append((hunk.other_span, "muted"))
            continue
        changed = True
        if hunk.op in ("delete", "replace"):
            this_parts.append((hunk.this_span, "del"))
        if hunk.op in ("insert", "replace"):
            other_parts.append((hunk.other_span, "ins"))
    return _side(this_text, this_parts), _side(other_text, other_parts), changed


_GAP_CHARS = 24
"""Text between two hunks longer than this (it never is inside one quote) is shown as "…"."""


def _side(text: str, parts: Sequence[tuple[tuple[int, int], str]]) -> str:
    """One passage as HTML: each ``(span, kind)`` with the text between spans kept."""
    out: list[str] = []
    previous: int | None = None
    for (start, end), kind in parts:
        if start >= end:
            continue
        if previous is not None:
            gap = text[previous:start] if previous <= start else " "
            out.append(escaped(gap) if len(gap) <= _GAP_CHARS else " … ")
        words = escaped(text[start:end])
        if kind == "muted":
            out.append(f'<span class="surround">{words}</span>')
        elif kind:
            out.append(f"<{kind}>{words}</{kind}>")
        else:
            out.append(words)
        previous = end
    return "".join(out)


def in_context(text: str, quote: Quote) -> str:
    """The quote in the sentence around it, as a block quote: the quote's words marked, the
    sentence's other words muted, at most :data:`CONTEXT_CHARS` of them on either side.

    >>> text = 'Rain fell. Then "we go," Mr. Ruiz said. Later.'
    >>> print(in_context(text, Quote("we go,", 17, 23, None, None, "utterance", 0)))
    <blockquote class="quote-text"><p><span class="around">Then &quot;</span><mark>we go,</mark><span class="around">&quot; Mr. Ruiz said.</span></p></blockquote>
    """  # noqa: E501
    start, stop = _sentence(text, quote.start, quote.end)
    head = text[start : quote.start]
    if start > 0 and start == quote.start - CONTEXT_CHARS:
        # Cut mid-sentence: start at a word, not inside one.
        space = head.find(" ")
        head = "…" + (head[space + 1 :] if 0 <= space < len(head) // 2 else head)
    tail = text[quote.end : stop]
    if stop == quote.end + CONTEXT_CHARS and stop < len(text):
        space = tail.rfind(" ")
        tail = (tail[:space] if space > len(tail) // 2 else tail) + "…"
    head, tail = escaped(head.lstrip()), escaped(tail.rstrip())
    return (
        f'<blockquote class="quote-text"><p><span class="around">{head}</span>'
        f'<mark>{escaped(quote.text)}</mark><span class="around">{tail}</span></p></blockquote>'
    )


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence (or sentences) around ``start``:``end`` begins and ends, looking
    no further than :data:`CONTEXT_CHARS` either way and never past a blank line.

    >>> text = 'Rain fell.\\n"We go," Ana said. Later.'
    >>> start, stop = _sentence(text, 12, 18)
    >>> text[start:stop]
    '"We go," Ana said.'
    """
    low = max(0, start - CONTEXT_CHARS)
    for paragraph in _PARAGRAPH_BREAK.finditer(text, low, start):
        low = paragraph.end()
    stops = [found.start() for found in _STOP.finditer(text, low, start)]
    after_stop = next(
        (at + 1 for at in reversed(stops) if _ends_sentence(text, at, low, start)), None
    )
    begin = low if after_stop is None else after_stop
    # Closing marks after a stop end the previous sentence, not begin this one.
    while after_stop is not None and begin < start and text[begin] in _CLOSING:
        begin += 1
    while begin < start and text[begin].isspace():
        begin += 1
    high = min(len(text), end + CONTEXT_CHARS)
    blank = _PARAGRAPH_BREAK.search(text, end, high)
    high = blank.start() if blank is not None else high
    # From the quote's last character: a quote ending "... ready." can end its sentence.
    lo = max(start, end - 1)
    stop = next(
        (
            found.end()
            for found in _STOP.finditer(text, lo, high)
            if _ends_sentence(text, found.start(), lo, high)
        ),
        high,
    )
    stop = max(stop, end)
    while stop < high and text[stop] in _CLOSING:
        stop += 1
    return begin, stop


def _ends_sentence(text: str, at: int, lo: int, hi: int) -> bool:
    """Whether the stop at ``at`` ends a sentence (not an abbreviation's period, an initial or
    a decimal point), judged on the few words around it within ``lo``:``hi``.

    >>> text = "Mr. Ruiz paid 3.5 million. Then"
    >>> [_ends_sentence(text, at, 0, len(text)) for at in (2, 15, 25)]
    [False, False, True]
    """
    begin = max(lo, at - 24)
    if begin > lo:  # start at a word, so the word before the stop is whole
        space = text.find(" ", begin, at)
        begin = space + 1 if space >= 0 else begin
    around = tokens(text, begin, min(hi, at + 16))
    return any(
        token.start == at and token.end == at + 1 and is_sentence_break(around, i)
        for i, token in enumerate(around)
    )
