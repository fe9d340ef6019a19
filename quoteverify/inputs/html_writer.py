"""The visible text of an HTML page as it is written, and its map back into the file.

The scanner (:mod:`quoteverify.inputs.html`) hands :class:`TextWriter` each run of text, each
decoded character reference and each line break a tag makes; the writer collapses whitespace as
a browser shows it and records, for every character it writes, where in the file it comes from.

>>> writer = TextWriter("<p>Hello   <b>world</b></p>")
>>> writer.text(3, 11, pre=False)
>>> writer.text(14, 19, pre=False)
>>> "".join(writer.parts), writer.runs
('Hello world', [(0, 3), (6, 14)])
"""

from __future__ import annotations

import re

from quoteverify.inputs.mapped import MappedWriter

HTML_WHITESPACE = " \t\n\r\f"
_WORD_RE = re.compile(r"[^ \t\n\r\f]+")


class TextWriter(MappedWriter):
    """Builds the visible text and its runs: whitespace collapsed, line breaks not repeated.

    A space or line break is written only when text follows it, so the text has no leading,
    trailing or doubled breaks. Each written character maps into the file: copied text to
    itself, a collapsed space to the first blank it stands for, a decoded character reference
    to its "&", a line break to the tag that made it.
    """

    def __init__(self, raw: str):
        super().__init__(raw)
        self._line_has_text = False
        self._space = -1  # file position of a pending space
        self._break = -1  # file position of a pending line break

    def text(self, start: int, end: int, *, pre: bool) -> None:
        if pre:
            self._pre_text(start, end)
            return
        pos = start
        for word in _WORD_RE.finditer(self.raw, start, end):
            if word.start() > pos and self._space < 0:
                self._space = pos
            self._start_text()
            self._append(word.start(), word.end())
            pos = word.end()
        if end > pos and self._space < 0:
            self._space = pos

    def _pre_text(self, start: int, end: int) -> None:
        """Preformatted text keeps its line breaks (its spaces still collapse)."""
        pos = start
        while pos < end:
            newline = self.raw.find("\n", pos, end)
            stop = end if newline < 0 else newline
            self.text(pos, stop, pre=False)
            if newline < 0:
                break
            self.line_break(newline)
            pos = newline + 1

    def char(self, pos: int, decoded: str) -> None:
        if not decoded.strip(HTML_WHITESPACE):
            self.space(pos)
            return
        self._start_text()
        for char in decoded:
            self.runs.append((self._length, pos))
            self.parts.append(char)
            self._length += 1
        self._file_end = -1

    def line_break(self, pos: int) -> None:
        if self._line_has_text and self._break < 0:
            self._break = pos
        self._space = -1

    def space(self, pos: int) -> None:
        if self._space < 0:
            self._space = pos

    def _start_text(self) -> None:
        """Write the pending line break or space before new text."""
        if self._break >= 0:
            self._emit("\n", self._break)
            self._line_has_text = False
        elif self._space >= 0 and self._line_has_text:
            if self.raw[self._space] == " ":
                self._append(self._space, self._space + 1)
            else:
                self._emit(" ", self._space)
        self._break = self._space = -1
        self._line_has_text = True

    def _append(self, start: int, end: int) -> None:
        """Write ``raw[start:end]`` as it is."""
        self.put(self.raw[start:end], start)

    def _emit(self, char: str, pos: int) -> None:
        """Write a character the file does not have verbatim, mapped to ``pos``."""
        self.put(char, pos)
