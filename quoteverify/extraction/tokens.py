"""Words and sentence ends with character offsets, for the attribution windows around quotes.

A deliberately small tokenizer: words (with inner apostrophes, hyphens and the dots of
abbreviations such as "U.S." or "Sen.") and single punctuation marks, each with its span. It
runs only over the few dozen characters around each quote, which keeps extraction fast; NLTK's
Punkt splitter over whole texts would cost more than everything else together and needs the
same abbreviation knowledge that :mod:`quoteverify.lexicon` already holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quoteverify.lexicon import ABBREVIATIONS

# \w+ then groups that each start with a non-word character: no ambiguity, so no backtracking;
# first, a plural possessive ("the teachers’ union"), its apostrophe kept on it (the test looks
# no further than a space, so that a window read in steps from its end cuts it alike)
_TOKEN_RE = re.compile(r"[a-z]\w*s[’'](?=[ \t]|\Z)|\w+(?:[’'.\-]\w+)*\.?|[^\w\s]")
# The same after the whitespace before it, both captured: findall() then gives the offsets too.
_GAP_TOKEN_RE = re.compile(rf"(\s*)({_TOKEN_RE.pattern})")
SENTENCE_END = frozenset(".!?")


class Token:
    """A word or punctuation mark at start:end of the text.

    A plain slotted class rather than an attrs record: tokens are internal to attribution,
    made by the hundred thousand, and their derived fields are computed once here.
    """

    __slots__ = ("end", "is_capitalized", "is_word", "lower", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.lower, self.is_word, self.is_capitalized = _WORDS.get(text) or _word_fields(text)

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


# A token's derived fields by its text: (lower, is_word, is_capitalized). The same few thousand
# words come back in every window, and a look-up costs less than three calls. Emptied when it
# reaches _WORDS_LIMIT entries, so that its memory stays bounded on any input.
_WORDS: dict[str, tuple[str, bool, bool]] = {}
_WORDS_LIMIT = 50_000


def _word_fields(word: str) -> tuple[str, bool, bool]:
    """_WORDS[word], added if missing."""
    if len(_WORDS) >= _WORDS_LIMIT:
        _WORDS.clear()
    first = word[0]
    fields = _WORDS[word] = (word.lower(), first.isalnum(), first.isupper())
    return fields


def tokens(text: str, lo: int, hi: int) -> list[Token]:
    """Tokenize text[lo:hi]; a final period stays on an abbreviation and leaves a word.

    >>> [t.text for t in tokens("Sen. Ted Cruz said U.S. troops left.", 0, 36)]
    ['Sen.', 'Ted', 'Cruz', 'said', 'U.S.', 'troops', 'left', '.']
    """
    return list(tokens_forward(text, lo, hi))


def tokens_forward(text: str, lo: int, hi: int) -> Iterator[Token]:
    """tokens(text, lo, hi), made as they are read, for a caller that may stop early."""
    start, stop = _span(text, lo, hi)
    pairs: list[tuple[str, str]] = _GAP_TOKEN_RE.findall(text, start, stop)
    for gap, word in pairs:
        start += len(gap)
        end = start + len(word)
        if word[-1] == ".":
            tok, period = _dotted(text, word, start, hi)
            yield tok
            if period is not None:
                yield period
        else:
            yield Token(word, start, end)
        start = end


_STEP = 40  # characters read at a time from the end (tokens_backward, last_sentence)


def tokens_backward(text: str, lo: int, hi: int) -> Iterator[Token]:
    """tokens(text, lo, hi) from the last one back, made as they are read: in steps from the
    end cut at spaces (so no word is split), for a caller that needs only the last few.

    >>> [t.text for t in tokens_backward("a book titled", 0, 13)]
    ['titled', 'book', 'a']
    """
    lo = lo if lo > 0 else 0  # (tests, not max() and min(): see _span)
    cut = hi if hi < len(text) else len(text)
    while cut > lo:
        step = text.rfind(" ", lo, cut - _STEP) if cut - _STEP > lo else lo
        if step < lo:  # no space (-1): read from lo (a test, not max(): this runs per step)
            step = lo
        end = step + len(text[step:cut].rstrip())  # without trailing whitespace (see _span)
        pairs: list[tuple[str, str]] = _GAP_TOKEN_RE.findall(text, step, end)
        for gap, word in reversed(pairs):
            start = end - len(word)
            if word[-1] != ".":
                yield Token(word, start, end)
            else:
                tok, period = _dotted(text, word, start, hi)
                if period is not None:
                    yield period
                yield tok
            end = start - len(gap)
        cut = step


def _span(text: str, lo: int, hi: int) -> tuple[int, int]:
    """lo:hi within the text, without trailing whitespace (from which findall would try \\s*
    at each character)."""
    start = lo if lo > 0 else 0  # (tests, not max() and min(): this runs per window)
    stop = hi if hi < len(text) else len(text)
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return start, stop


def _dotted(text: str, word: str, start: int, hi: int) -> tuple[Token, Token | None]:
    """The token for a word read at start that ends in a period, and that period when it is a
    token of its own (it stays on an abbreviation).

    The tokenizing loops make the token of any other word themselves: most words have no final
    period, and a call per token costs 2 to 3% of extraction.
    """
    end = start + len(word)
    if len(word) > 1 and not _keeps_period(word, text, end, hi):
        return Token(word[:-1], start, end - 1), Token(".", end - 1, end)
    return Token(word, start, end), None


def _opens_sentence(tok: Token | None) -> bool:
    """Whether a sentence end before this token (None: nothing follows) is a break."""
    return tok is None or tok.is_capitalized or tok.text[0].isdigit()


def _keeps_period(word: str, text: str, end: int, hi: int) -> bool:
    stem = word[:-1]
    if "." in stem:  # U.S., D.C., p.m.
        return True
    if len(stem) == 1 and stem.isupper():
        # an initial (George W. Bush) is followed by a name; "wrote on X." ends a sentence
        nxt, hi = end, min(hi, len(text))  # a window may be asked for past the text's end
        while nxt < hi and text[nxt] == " ":
            nxt += 1
        return nxt < hi and text[nxt].isupper()
    return stem.lower() in ABBREVIATIONS


def is_sentence_break(toks: list[Token], i: int) -> bool:
    """True when toks[i] ends a sentence: . ! or ? followed by a capitalised word or nothing.

    >>> toks = tokens("Singh said. The NATO chief", 0, 26)
    >>> [is_sentence_break(toks, i) for i in range(len(toks))]
    [False, False, True, False, False, False]
    """
    if toks[i].text not in SENTENCE_END:
        return False
    j = i + 1
    while j < len(toks) and not toks[j].is_word and toks[j].text not in SENTENCE_END:
        j += 1
    return _opens_sentence(toks[j] if j < len(toks) else None)


def first_sentence(text: str, lo: int, hi: int) -> tuple[list[Token], bool]:
    """The tokens of text[lo:hi] before its first sentence break, and whether it has one.

    tokens(text, lo, hi) cut at the first i where is_sentence_break(toks, i), without making
    the tokens after the break.

    >>> toks, ended = first_sentence("Singh said. The NATO chief", 0, 26)
    >>> [t.text for t in toks], ended
    (['Singh', 'said'], True)
    """
    out: list[Token] = []
    pending = -1  # where a sentence end is: a break unless a lowercase word comes next
    for tok in tokens_forward(text, lo, hi):
        if tok.is_word:
            if pending >= 0:
                if _opens_sentence(tok):
                    return out[:pending], True
                pending = -1
        elif tok.text in SENTENCE_END:
            pending = len(out)
        out.append(tok)
    if pending >= 0:
        return out[:pending], True
    global _NO_BREAK
    _NO_BREAK = (text, lo, hi, tuple(out))
    return out, False


# The last span first_sentence read without finding a break: (text, lo, hi, its tokens).
# last_sentence over the same span finds none either, and has the same tokens: the clause after
# one quote is often all there is before the next (`"…," Hale said, "…"`), and is read first.
_NO_BREAK: tuple[str, int, int, tuple[Token, ...]] | None = None


def last_sentence(text: str, lo: int, hi: int) -> tuple[list[Token], bool]:
    """The tokens of text[lo:hi] after its last sentence break, and whether it has one.

    tokens(text, lo, hi)[i + 1 :] for the last i where is_sentence_break(toks, i), read from
    the end in steps cut at spaces (so no word is split) until the break.

    >>> toks, ended = last_sentence("He left. Singh said", 0, 19)
    >>> [t.text for t in toks], ended
    (['Singh', 'said'], True)
    """
    read = _NO_BREAK
    if read is not None and read[0] is text and read[1] == lo and read[2] == hi:
        return list(read[3]), False
    out: list[Token] = []  # backwards
    after: Token | None = None  # the nearest word or sentence end after the token looked at
    for tok in tokens_backward(text, lo, hi):
        if tok.is_word:
            after = tok
        elif tok.text in SENTENCE_END:
            if _opens_sentence(after):
                out.reverse()
                return out, True  # at the break
            after = tok
        out.append(tok)
    out.reverse()
    return out, False
