"""Markdown -> prose, with every offset kept: markup is replaced by spaces, so the text has the
file's length and newlines and a quote's span is already a file span.

A small hand-written scanner, not a full parser: it never raises, and every step moves forward
or looks a bounded distance ahead, so time is linear in the input.
"""

from __future__ import annotations

import re
import unicodedata

from quoteverify.inputs.front_matter import front_matter_span

# --- Markdown -------------------------------------------------------------------------------

_NOT_NEWLINE_RE = re.compile(r"[^\r\n]")
_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
# Where inline markup can start: the scanner jumps from one of these to the next.
_INLINE_RE = re.compile(r"[\\`<!\[\]*_~]")
# Each character class stops at "<", so a failed attempt never scans past the next attempt.
_AUTOLINK_RE = re.compile(r"<[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*>|<[^\s<>@]+@[^\s<>@]+>")
_INLINE_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9\-]*(?:[\s/][^<>]*)?>")
_LABEL_RE = re.compile(r"\[((?:[^\[\]\\]|\\.){0,999})\]")
_TITLE_RE = {
    '"': re.compile(r'"(?:[^"\\]|\\.)*"', re.S),
    "'": re.compile(r"'(?:[^'\\]|\\.)*'", re.S),
    "(": re.compile(r"\((?:[^()\\]|\\.)*\)", re.S),
}
_ANGLE_DESTINATION_RE = re.compile(r"<[^<>\n]*>")
_HTML_BLOCK_RE = re.compile(r"[ \t]*<(script|style)(?=[\s>]|$)", re.I | re.M)
_HTML_BLOCK_END_RE = {
    "script": re.compile(r"</script>", re.I),
    "style": re.compile(r"</style>", re.I),
}
_FENCE_RE = re.compile(r"[ \t>]*(`{3,}|~{3,})")
_ORDERED_RE = re.compile(r"[0-9]{1,9}[.)]")
_SPACE = " \t"


def markdown_text(raw: str) -> str:
    """The prose of a Markdown text: markup replaced by spaces, every offset kept.

    The result has the length and the newlines of ``raw``, and every character is either the
    one in ``raw`` or a space, so a span in the result is a span in the file.

    >>> markdown_text('## Vote\\n\\n> "We *will* win," she [said](https://x.org "x").')
    '   Vote\\n\\n  "We  will  win," she  said                    .'
    >>> markdown_text("Use `snake_case` and \\\\*stars\\\\*.\\n```\\ncode\\n```")
    'Use  snake_case  and  *stars *.\\n   \\n    \\n   '
    """
    chars = list(raw)
    front = front_matter_span(raw)
    body = 0
    if front is not None:
        body = front[2]
        _blank(chars, raw, 0, body)
    _blank_code_and_comments(raw, chars, body)
    view = "".join(chars)
    paragraphs, definitions = _blocks(view, chars, body)
    view = "".join(chars)
    for start, end in paragraphs:
        _inline(view, start, end, chars, definitions)
    return "".join(chars)


def _blank(chars: list[str], raw: str, start: int, end: int) -> None:
    """Replace ``raw[start:end]`` by spaces in ``chars``, keeping line breaks."""
    if end - start > 2:
        chars[start:end] = _NOT_NEWLINE_RE.sub(" ", raw[start:end])
        return
    for pos in range(start, end):  # most markup is a character or two: skip the regex
        if raw[pos] not in "\r\n":
            chars[pos] = " "


def _lines(text: str, start: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each line from ``start`` on; ``end`` excludes ``\\r\\n``."""
    out = []
    pos = start
    while pos <= len(text):
        newline = text.find("\n", pos)
        end = len(text) if newline < 0 else newline
        out.append((pos, end - 1 if end > pos and text[end - 1] == "\r" else end))
        if newline < 0:
            break
        pos = newline + 1
    return out


def _blank_code_and_comments(raw: str, chars: list[str], body: int) -> None:
    """Blank fenced code, ``<script>``/``<style>`` blocks and HTML comments, line by line."""
    fence: tuple[str, int] | None = None
    skip_to = body  # the end of a comment or block that ran over several lines
    comments_end = True  # False once a search for "-->" has failed: none can close later
    for start, end in _lines(raw, body):
        if end < skip_to:
            continue
        if fence is not None:
            run = _FENCE_RE.match(raw, start, end)
            if run and run.group(1)[0] == fence[0] and len(run.group(1)) >= fence[1]:
                if not raw[run.end() : end].strip():
                    fence = None
            _blank(chars, raw, start, end)
            continue
        if start >= skip_to:
            run = _FENCE_RE.match(raw, start, end)
            if run and not (run.group(1)[0] == "`" and "`" in raw[run.end() : end]):
                fence = (run.group(1)[0], len(run.group(1)))
                _blank(chars, raw, start, end)
                continue
            block = _HTML_BLOCK_RE.match(raw, start, end)
            if block:
                close = _HTML_BLOCK_END_RE[block.group(1).lower()].search(raw, start)
                close_line = len(raw) if close is None else raw.find("\n", close.end())
                skip_to = len(raw) if close_line < 0 else close_line
                _blank(chars, raw, start, skip_to)
                continue
        search_from = max(start, skip_to)
        while comments_end:
            opening = raw.find("<!--", search_from, end)
            if opening < 0:
                break
            closing = raw.find("-->", opening + 4)
            if closing < 0:
                comments_end = False
                if not raw[start:opening].strip():
                    # An HTML block comment runs to the end of the file when it is not closed;
                    # one inside a line of text is literal text.
                    _blank(chars, raw, opening, len(raw))
                    skip_to = len(raw)
                break
            _blank(chars, raw, opening, closing + 3)
            search_from = skip_to = closing + 3
            if skip_to > end:
                newline = raw.find("\n", skip_to)
                end = len(raw) if newline < 0 else newline


def _blocks(
    view: str, chars: list[str], body: int
) -> tuple[list[tuple[int, int]], set[str]]:
    """Blank block markup line by line; return the paragraphs and the link reference labels."""
    paragraphs: list[tuple[int, int]] = []
    definitions: set[str] = set()
    current: list[int] | None = None  # [start, end] of the paragraph being built
    in_list = False  # the paragraph being built is a list item
    for start, end in _lines(view, body):
        kind, content = _block_line(
            view, start, end, current is not None, in_list, chars, definitions
        )
        if kind == "text" and current is not None:
            current[1] = end
            continue
        in_list = kind == "item"
        if current is not None:
            paragraphs.append((current[0], current[1]))
            current = None
        if kind == "heading":
            paragraphs.append((content, end))
        elif kind in ("text", "item"):
            current = [content, end]
    if current is not None:
        paragraphs.append((current[0], current[1]))
    return paragraphs, definitions


def _block_line(
    view: str,
    start: int,
    end: int,
    in_paragraph: bool,
    in_list: bool,
    chars: list[str],
    definitions: set[str],
) -> tuple[str, int]:
    """Blank one line's block markup; return its kind and where its inline content starts.

    Kinds: ``blank`` and ``break`` end a paragraph, ``heading`` is a paragraph of its own,
    ``item`` starts a paragraph (a list item or table row), ``text`` continues one.
    """
    pos = start
    while True:  # blockquote marks, possibly nested
        while pos < end and view[pos] in _SPACE:
            pos += 1
        if pos < end and view[pos] == ">":
            _blank(chars, view, pos, pos + 1)
            pos += 1
            continue
        break
    if pos >= end:
        return "blank", pos
    rest = view[pos:end]
    bare = rest.replace(" ", "").replace("\t", "")
    if len(bare) >= 3 and bare[0] in "*-_" and bare == bare[0] * len(bare):
        _blank(chars, view, pos, end)  # a thematic break (or a setext underline)
        return "break", pos
    if in_paragraph and bare == "=" * len(bare):
        _blank(chars, view, pos, end)
        return "break", pos
    kind = "text"
    marker = _list_marker(view, pos, end, in_paragraph and not in_list)
    if marker > pos:
        _blank(chars, view, pos, marker)
        pos = marker
        kind = "item"
        while pos < end and view[pos] in _SPACE:
            pos += 1
        if view[pos : pos + 3] in ("[ ]", "[x]", "[X]") and view[pos + 3 : pos + 4] in ("", " "):
            _blank(chars, view, pos, pos + 3)
    heading = _heading(view, pos, end, chars)
    if heading:
        return "heading", pos
    if view[pos : pos + 1] == "[" and not in_paragraph:
        label = _LABEL_RE.match(view, pos, end)
        if label and view[label.end() : label.end() + 1] == ":":
            if label.group(1).startswith("^"):  # a footnote: its text is prose
                _blank(chars, view, pos, label.end() + 1)
                definitions.add(_label_key(label.group(1)))
                return "item", label.end() + 1
            if view[label.end() + 1 : end].strip():
                _blank(chars, view, pos, end)
                definitions.add(_label_key(label.group(1)))
                return "break", pos
    if "|" in bare and "-" in bare and not bare.strip("|-:"):
        _blank(chars, view, pos, end)  # a table's delimiter row
        return "break", pos
    if view[pos : pos + 1] == "|":
        for bar in range(pos, end):
            if view[bar] == "|" and (bar == pos or view[bar - 1] != "\\"):
                chars[bar] = " "
        return "item", pos
    return kind, pos


def _list_marker(view: str, pos: int, end: int, in_paragraph: bool) -> int:
    """The end of a list marker at ``pos`` (``pos`` itself when there is none).

    Only an ordered list starting at 1 can interrupt a paragraph (as in CommonMark), so a
    wrapped line that begins "1984. The year" stays prose.
    """
    after = pos + 1
    if view[pos] not in "-*+":
        number = _ORDERED_RE.match(view, pos, end)
        if number is None or (in_paragraph and number.group()[:-1] != "1"):
            return pos
        after = number.end()
    return after if after == end or view[after] in _SPACE else pos


def _heading(view: str, pos: int, end: int, chars: list[str]) -> bool:
    """Blank an ATX heading's ``#`` marks (opening and closing); False if it is not one."""
    hashes = pos
    while hashes < end and hashes - pos < 7 and view[hashes] == "#":
        hashes += 1
    if not 1 <= hashes - pos <= 6 or (hashes < end and view[hashes] not in _SPACE):
        return False
    _blank(chars, view, pos, hashes)
    stop = end
    while stop > hashes and view[stop - 1] in _SPACE:
        stop -= 1
    closing = stop
    while closing > hashes and view[closing - 1] == "#":
        closing -= 1
    if closing < stop and (closing == hashes or view[closing - 1] in _SPACE):
        _blank(chars, view, closing, stop)
    return True


def _label_key(label: str) -> str:
    """Link labels match case-insensitively, with runs of whitespace as one space."""
    return " ".join(label.split()).casefold()


class _Delimiter:
    """A run of ``*``, ``_`` or ``~`` that may open or close emphasis."""

    __slots__ = ("can_close", "can_open", "char", "count", "start")

    def __init__(self, start: int, count: int, char: str, can_open: bool, can_close: bool):
        self.start = start
        self.count = count
        self.char = char
        self.can_open = can_open
        self.can_close = can_close


def _inline(view: str, start: int, end: int, chars: list[str], definitions: set[str]) -> None:
    """Blank the inline markup of one paragraph, ``view[start:end]``."""
    code_runs = _backtick_runs(view, start, end)
    delimiters: list[_Delimiter] = []
    brackets: list[tuple[int, bool]] = []  # (position, is an image)
    active_from = 0  # "[" below this depth are inactive: a link cannot contain a link
    pos = start
    while True:
        found = _INLINE_RE.search(view, pos, end)
        if found is None:
            break
        pos = found.start()
        char = view[pos]
        if char == "\\":
            following = view[pos + 1 : pos + 2]
            if following and following in _ASCII_PUNCT:
                chars[pos] = " "
                pos += 2
                continue
            if following in ("\n", "\r"):
                chars[pos] = " "  # a hard line break
            pos += 1
        elif char == "`":
            run = pos
            while run < end and view[run] == "`":
                run += 1
            closing = code_runs.next_run(run - pos, run)
            if closing is None:
                pos = run
                continue
            _blank(chars, view, pos, run)
            _blank(chars, view, closing, closing + run - pos)
            pos = closing + run - pos
        elif char == "<":
            tag = _AUTOLINK_RE.match(view, pos, end) or _INLINE_TAG_RE.match(view, pos, end)
            if tag is None:
                pos += 1
                continue
            _blank(chars, view, pos, tag.end())
            pos = tag.end()
        elif char == "!":
            if view[pos + 1 : pos + 2] == "[":
                brackets.append((pos, True))
                pos += 2
            else:
                pos += 1
        elif char == "[":
            brackets.append((pos, False))
            pos += 1
        elif char == "]":
            if not brackets:
                pos += 1
                continue
            opener, image = brackets.pop()
            inactive = not image and len(brackets) < active_from
            active_from = min(active_from, len(brackets))
            if inactive:
                pos += 1
                continue
            after = _link_end(view, opener, image, pos, end, definitions)
            if after is None:
                pos += 1
                continue
            if image:
                _blank(chars, view, opener, after)
                while delimiters and delimiters[-1].start > opener:
                    delimiters.pop()
            elif view[opener + 1 : opener + 2] == "^":  # a footnote reference: not prose
                _blank(chars, view, opener, after)
            else:
                _blank(chars, view, opener, opener + 1)
                _blank(chars, view, pos, after)
                active_from = len(brackets)
            pos = after
        else:  # * _ ~
            run = pos
            while run < end and view[run] == char:
                run += 1
            if char != "~" or run - pos == 2:
                delimiters.append(_delimiter(view, pos, run, start, end))
            pos = run
    _pair_emphasis(delimiters, view, chars)


class _BacktickRuns:
    """The backtick runs of a paragraph by length, to find a code span's closing run."""

    def __init__(self, runs: dict[int, list[int]]):
        self._runs = runs
        self._next: dict[int, int] = {}

    def next_run(self, length: int, after: int) -> int | None:
        """The first run of exactly ``length`` backticks at or after ``after``.

        Calls come with ``after`` increasing, so each list is walked once: linear in all.
        """
        runs = self._runs.get(length)
        if runs is None:
            return None
        index = self._next.get(length, 0)
        while index < len(runs) and runs[index] < after:
            index += 1
        self._next[length] = index
        return runs[index] if index < len(runs) else None


def _backtick_runs(view: str, start: int, end: int) -> _BacktickRuns:
    runs: dict[int, list[int]] = {}
    pos = view.find("`", start, end)
    while pos >= 0:
        run = pos
        while run < end and view[run] == "`":
            run += 1
        runs.setdefault(run - pos, []).append(pos)
        pos = view.find("`", run, end)
    return _BacktickRuns(runs)


def _link_end(
    view: str, opener: int, image: bool, close: int, end: int, definitions: set[str]
) -> int | None:
    """Where a link or image whose text closes at ``close`` ends, or None if it is not one."""
    after = close + 1
    if view[after : after + 1] == "(":
        return _destination_end(view, after, end)
    text_start = opener + (2 if image else 1)
    if view[after : after + 1] == "[":
        label = _LABEL_RE.match(view, after, end)
        if label is None:
            return None
        key = label.group(1) if label.group(1).strip() else view[text_start:close]
        return label.end() if _label_key(key) in definitions else None
    if definitions and close - text_start <= 999:
        if _label_key(view[text_start:close]) in definitions:
            return after
    return None


def _destination_end(view: str, paren: int, end: int) -> int | None:
    """The end of ``(url "title")`` starting at ``paren``, or None.

    A bare destination stops at brackets (URLs escape them), so a failed attempt never scans
    past the next "]", where the next attempt starts: linear overall.
    """
    pos = _skip_space(view, paren + 1, end)
    if view[pos : pos + 1] == "<":
        angle = _ANGLE_DESTINATION_RE.match(view, pos, end)
        if angle is None:
            return None
        pos = angle.end()
    else:
        depth = 0
        while pos < end:
            char = view[pos]
            if char.isspace() or char in "[]<":
                break
            if char == "\\":
                pos += 1
            elif char == "(":
                depth += 1
                if depth > 32:
                    return None
            elif char == ")":
                if depth == 0:
                    break
                depth -= 1
            pos += 1
        if depth:
            return None
        pos = min(pos, end)
    spaced = _skip_space(view, pos, end)
    if spaced > pos and view[spaced : spaced + 1] in _TITLE_RE:
        title = _TITLE_RE[view[spaced]].match(view, spaced, end)
        if title is None:
            return None
        spaced = _skip_space(view, title.end(), end)
    return spaced + 1 if view[spaced : spaced + 1] == ")" else None


def _skip_space(view: str, pos: int, end: int) -> int:
    while pos < end and view[pos] in " \t\r\n":
        pos += 1
    return pos


def _delimiter(view: str, start: int, stop: int, lo: int, hi: int) -> _Delimiter:
    """A delimiter run with CommonMark's flanking rules (``_`` never inside a word)."""
    before = view[start - 1] if start > lo else " "
    after = view[stop] if stop < hi else " "
    before_space, after_space = before.isspace(), after.isspace()
    before_punct, after_punct = _is_punct(before), _is_punct(after)
    left = not after_space and (not after_punct or before_space or before_punct)
    right = not before_space and (not before_punct or after_space or after_punct)
    char = view[start]
    if char == "_":
        return _Delimiter(
            start, stop - start, char, left and (not right or before_punct),
            right and (not left or after_punct),
        )
    return _Delimiter(start, stop - start, char, left, right)


def _is_punct(char: str) -> bool:
    if char in _ASCII_PUNCT:
        return True
    return char > "\x7f" and unicodedata.category(char)[0] in "PS"


def _pair_emphasis(delimiters: list[_Delimiter], view: str, chars: list[str]) -> None:
    """Pair each closing run with the nearest open run of its character and blank both.

    A stack per character, each run pushed and popped at most once: linear. (CommonMark's
    rule of three and its cross-character nesting are left out; they change which runs pair,
    not whether markup is blanked.)
    """
    stacks: dict[str, list[_Delimiter]] = {"*": [], "_": [], "~": []}
    for run in delimiters:
        stack = stacks[run.char]
        while run.can_close and run.count and stack:
            opener = stack[-1]
            used = min(opener.count, run.count)
            _blank(chars, view, opener.start + opener.count - used, opener.start + opener.count)
            _blank(chars, view, run.start, run.start + used)
            opener.count -= used
            run.start += used
            run.count -= used
            if not opener.count:
                stack.pop()
        if run.can_open and run.count:
            stack.append(run)


# A line that starts a block of its own: a list item, heading, quote, table row or fence.
_BLOCK_START_RE = re.compile(r"[ \t]*(?:[-*+][ \t]|[0-9]{1,9}[.)][ \t]|#|>|\||```|~~~)")


def join_soft_breaks(text: str, raw: str) -> str:
    """Turn the line breaks inside Markdown paragraphs into spaces (same length, same offsets).

    Drafts are often wrapped at 80 columns; a quote that runs over a line break is one quote,
    and extraction reads a line as a paragraph. ``text`` is :func:`markdown_text` of ``raw``;
    a break is kept before a blank line, a list item, heading, block quote, table row or fence.

    >>> raw = 'Ruiz said: "We will\\nrebuild it."\\n\\n- item one\\n- item two\\n'
    >>> join_soft_breaks(markdown_text(raw), raw).split("\\n")
    ['Ruiz said: "We will rebuild it."', '', '  item one', '  item two', '']
    """
    chars = list(text)
    line_start = 0
    while True:
        newline = text.find("\n", line_start)
        if newline < 0:
            break
        next_end = text.find("\n", newline + 1)
        next_end = len(text) if next_end < 0 else next_end
        this_line = text[line_start:newline]
        next_line = text[newline + 1 : next_end]
        if (
            this_line.strip()
            and next_line.strip()
            and not _BLOCK_START_RE.match(raw, newline + 1)
            and not _BLOCK_START_RE.match(raw, line_start)
            and not raw[line_start:newline].endswith("  ")  # a hard break
        ):
            chars[newline] = " "
        line_start = newline + 1
    return "".join(chars)
