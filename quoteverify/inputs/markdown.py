"""Markdown -> its prose, with an :class:`~quoteverify.model.Origin` that maps every character
back into the file.

The file is parsed with markdown-it-py (CommonMark, plus tables, strikethrough and footnotes;
see :mod:`~quoteverify.inputs.markdown_parser`). What is prose, and kept:

- paragraphs, each on a line of its own, and a blank line where the file has one between
  blocks; a line break inside a paragraph becomes a space, so a quote wrapped over two lines
  is one quote;
- headings (a paragraph each), list items, block quotes (their ``>`` marks left out), table
  cells (a row is a line), footnote definitions (where they are written);
- the text of links and of emphasis (its ``*``, ``_`` and ``~~`` left out); character
  references decoded (``&ldquo;`` is “), backslash escapes resolved;
- an HTML block's visible text, read as an HTML page is
  (:func:`~quoteverify.inputs.html.html_document`).

Not prose, and left out: front matter (``---`` YAML or ``+++`` TOML), fenced and indented code,
code spans, images, autolinks (``<https://...>``), inline HTML tags and comments, footnote
references (``[^1]``) and inline footnotes (``^[...]``), link reference definitions.

Every character of the text is copied from the file, or is a decoded reference mapped to its
``&``, or a space or line break mapped to the file's line break (or to where the text before it
ends), so ``document.file_offset`` turns any span of the text into a span of the file.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import MutableMapping
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from quoteverify.inputs.front_matter import front_matter_span
from quoteverify.inputs.html import html_document
from quoteverify.inputs.markdown_parser import inline_starts, markdown_parser
from quoteverify.inputs.prose_writer import ProseWriter
from quoteverify.model import Document, Origin

_NOT_NEWLINE_RE = re.compile(r"[^\r\n]")
_CELLS = frozenset({"th_open", "td_open"})
_CELL_ENDS = frozenset({"th_close", "td_close"})
_TASK_RE = re.compile(r"\[[ xX]\](?:[ \t]|$)")


def markdown_document(raw: str, doc_id: str, source: str | None = None) -> Document:
    """The prose of a Markdown file, with an origin mapping it back into the file.

    >>> raw = '# Vote\\n\\n> Ruiz said: &ldquo;We *will*\\n> win.&rdquo; `code`\\n'
    >>> doc = markdown_document(raw, "draft.md")
    >>> doc.text
    'Vote\\n\\nRuiz said: “We will win.”'
    >>> start = doc.text.index("We")
    >>> end = start + len("We will win.")
    >>> raw[doc.file_offset(start) : doc.file_offset(end - 1) + 1]
    'We *will*\\n> win.'
    """
    text, runs = _read(raw)
    if text == raw:
        return Document(id=doc_id, text=raw, source=source)
    return Document(id=doc_id, text=text, source=source, origin=Origin(raw, runs))


def markdown_text(raw: str) -> str:
    """The file with everything that is not prose blanked to spaces (line breaks kept).

    Each character the prose copies from the file stays where it is; markup, skipped blocks
    and what the prose spells otherwise (a character reference) become spaces. A view for
    reading what the reader keeps, position by position.

    >>> markdown_text('## Vote\\n\\n> "We *will* win," she [said](https://x.org "x").')
    '   Vote\\n\\n  "We  will  win," she  said                    .'
    >>> markdown_text("Use `snake_case` and \\\\*stars\\\\*.\\n```\\ncode\\n```")
    'Use              and  *stars *.\\n   \\n    \\n   '
    """
    text, runs = _read(raw)
    chars = list(_NOT_NEWLINE_RE.sub(" ", raw))
    ends = [at for at, _ in runs[1:]] + [len(text)] * bool(runs)
    for (text_at, file_at), text_end in zip(runs, ends, strict=True):
        for offset in range(text_end - text_at):
            char = text[text_at + offset]
            if raw[file_at + offset : file_at + offset + 1] == char and char not in "\r\n":
                chars[file_at + offset] = char
    return "".join(chars)


def _read(raw: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The prose of ``raw`` and its runs."""
    front = front_matter_span(raw)
    reader = _Reader(raw, front[2] if front is not None else 0)
    reader.run(markdown_parser())
    return "".join(reader.writer.parts), tuple(reader.writer.runs)


class _Reader:
    """Walks markdown-it's tokens for the body of a file, writing its prose."""

    def __init__(self, raw: str, body_start: int):
        self.raw = raw
        self.body_start = body_start
        body = raw[body_start:]
        # markdown-it reads "\r\n" as "\n" (and NUL as U+FFFD): offsets into what it reads are
        # mapped back past each "\r" it dropped.
        self.removed = [m.start() - k for k, m in enumerate(re.finditer("\r\n", body))]
        self.src = re.sub(r"\r\n?", "\n", body).replace("\0", "\ufffd")
        self.line_starts = [0, *(m.end() for m in re.finditer("\n", self.src))]
        self.writer = ProseWriter(raw)
        self.item_start = False  # the next inline content opens a list item
        self.in_cell = False
        self.cell_from = 0  # where the next table cell is looked for

    def run(self, md: MarkdownIt) -> None:
        env: MutableMapping[str, Any] = {}
        for token in md.parse(self.src, env):
            kind = token.type
            if kind == "inline":
                if token.map is not None:
                    self._inline(token, env)
                self.item_start = False
            elif kind == "html_block":
                self._html_block(token)
            elif kind in _CELLS:
                self.in_cell = True
            elif kind in _CELL_ENDS:
                self.in_cell = False
                self.writer.space()
            elif token.block:
                self.item_start = kind == "list_item_open" or (
                    self.item_start and kind == "paragraph_open"
                )
                if kind == "tr_open" and token.map is not None:
                    self.cell_from = self.line_starts[token.map[0]]
                self.writer.end_block()

    def file_offset(self, pos: int) -> int:
        """The file offset of an offset into what markdown-it read."""
        if self.removed:
            pos += bisect_right(self.removed, pos)
        return self.body_start + pos

    def _line(self, number: int) -> tuple[int, int]:
        start = self.line_starts[number] if number < len(self.line_starts) else len(self.src)
        following = number + 1
        if following < len(self.line_starts):
            return start, self.line_starts[following] - 1
        end = len(self.src)
        return start, end

    def _inline(self, token: Token, env: MutableMapping[str, Any]) -> None:
        """Write the prose of one block's inline content."""
        assert token.map is not None
        content = token.content
        line_at, file_at = self._align(content, token.map, cell=self.in_cell)
        writer = self.writer

        def where(offset: int) -> int:
            k = bisect_right(line_at, offset) - 1
            return self.file_offset(file_at[k] + offset - line_at[k])

        autolink = False
        task = self.item_start  # a task list item's "[ ]" or "[x]" is no prose
        for child, start in zip(token.children or [], inline_starts(token, env), strict=True):
            kind = child.type
            if start < 0:
                continue
            if kind != "text":
                task = False
            if kind == "text":
                text = child.content
                if task and _TASK_RE.match(text):
                    start += 3
                    text = text[3:]
                task = False
                if text and not autolink:
                    at = where(start)
                    if self.raw.startswith(text, at):
                        writer.text(text, at)
                    else:  # not as written (a table cell's "\|"): character by character
                        for index, char in enumerate(text):
                            writer.text(char, where(start + index))
            elif kind == "text_special":
                if child.info == "escape" and child.content != child.markup:
                    writer.text(child.content, where(start + 1))
                elif child.content == child.markup:
                    writer.text(child.content, where(start))
                else:
                    writer.char(child.content, where(start))
            elif kind == "softbreak":
                writer.space(where(start))
            elif kind == "hardbreak":
                writer.end_block()
            elif kind == "link_open" and child.markup == "autolink":
                autolink = True
            elif kind == "link_close":
                autolink = False

    def _align(self, content: str, lines: list[int], *, cell: bool) -> tuple[list[int], list[int]]:
        """Where each line of ``content`` starts in it and in what markdown-it read.

        Line k of the content is on the file's line ``first + k``, the end of it (block markup,
        ``>`` marks and indentation come before it), or, for a heading with closing ``#`` or
        a table cell, inside it. ``first`` is the block's first line, unless markdown-it
        stripped lines of whitespace it does not count as blank (a form feed) off the top.
        """
        line_at: list[int] = []
        file_at: list[int] = []
        offset = 0
        parts = content.split("\n")
        first = lines[0]
        while first + 1 < lines[1] and first + len(parts) < len(self.line_starts):
            start, end = self._line(first)
            if self._find(parts[0].lstrip(" "), start, end, anywhere=cell) >= 0:
                break
            first += 1
        for k, part in enumerate(parts):
            start, end = self._line(first + k)
            if cell:
                start = max(start, self.cell_from)
            # markdown-it writes a tab it splits as spaces: those are not in the file
            words = part.lstrip(" ")
            found = self._find(words, start, end, anywhere=cell)
            if found >= 0:
                line_at.append(offset)
                file_at.append(found - (len(part) - len(words)))
                self.cell_from = found + len(words)
            else:  # unescaped by markdown-it (a table cell's "\|"): character by character
                self.cell_from = self._match(part, offset, start, end, line_at, file_at)
            offset += len(part) + 1
        return line_at, file_at

    def _find(self, part: str, start: int, end: int, *, anywhere: bool) -> int:
        """Where ``part`` is on the line ``src[start:end]``: at its end, before trailing
        spaces, or (first, for a table cell) anywhere; -1 if it is not there."""
        src = self.src
        if not anywhere:
            if src.endswith(part, start, end) and end - len(part) >= start:
                return end - len(part)
            stop = end
            while stop > start and src[stop - 1] in " \t":
                stop -= 1
            if src.endswith(part, start, stop) and stop - len(part) >= start:
                return stop - len(part)
        return src.find(part, start, end)  # a table cell, a heading with closing marks

    def _match(
        self, part: str, offset: int, start: int, end: int, line_at: list[int],
        file_at: list[int],
    ) -> int:
        """Map each character of ``part`` to the next like it on the line (or to where the
        last one was); return where the match ended."""
        src = self.src
        pos = start
        for index, char in enumerate(part):
            found = src.find(char, pos, end)
            at = pos if found < 0 else found
            if not file_at or line_at[-1] > offset + index or (
                file_at[-1] + offset + index - line_at[-1] != at
            ):
                line_at.append(offset + index)
                file_at.append(at)
            pos = at + 1 if found >= 0 else pos
        return pos

    def _html_block(self, token: Token) -> None:
        """An HTML block's visible text, as the HTML reader reads a page."""
        assert token.map is not None
        start = self.file_offset(self._line(token.map[0])[0])
        end = self.file_offset(self._line(token.map[1] - 1)[1])
        page = html_document(self.raw[start:end], "")
        self.writer.end_block()
        if page.origin is None:
            if page.text:
                self.writer.text(page.text, start)
        else:
            runs = page.origin.runs
            ends = [at for at, _ in runs[1:]] + [len(page.text)] * bool(runs)
            for (text_at, file_at), text_end in zip(runs, ends, strict=True):
                self.writer.text(page.text[text_at:text_end], start + file_at)
        self.writer.end_block()
