"""The prose of a Markdown file as the reader writes it, and its map back into the file.

:mod:`quoteverify.inputs.markdown` hands :class:`ProseWriter` each piece of prose with the file
offset it comes from (text as written, a decoded character reference mapped to its ``&``) and
says where a line breaks and where blocks end; the writer records, for every character it
writes, where in the file it comes from, as :class:`~quoteverify.model.Origin` runs.

>>> raw = "> “We will\\n> win.”\\n\\nNext."
>>> writer = ProseWriter(raw)
>>> writer.text("“We will", 2)
>>> writer.space(10)
>>> writer.text("win.”", 13)
>>> writer.end_block()
>>> writer.text("Next.", 20)
>>> "".join(writer.parts), writer.runs
('“We will win.”\\n\\nNext.', [(0, 2), (9, 13)])
"""

from __future__ import annotations

from quoteverify.inputs.mapped import MappedWriter

_SPACES = " \t"


class ProseWriter(MappedWriter):
    """Builds the text of a file's prose and its runs ``(text offset, file offset)``.

    A pending space (a soft line break) or block end is written only when text follows it, so
    the text has no leading, trailing or doubled breaks, and a space is never doubled where a
    skipped piece of markup (a code span, an image) leaves two side by side. A block end is a
    blank line (two line breaks) when the file has one there, else one line break; a break or
    space maps to the file's line break (or, with none, to where the text before it ended).
    """

    def __init__(self, raw: str):
        super().__init__(raw)
        self._text_end = 0  # the file offset after the last text written
        self._last = "\n"  # the last character written ("\n" at the start)
        self._space = -1  # file offset of a pending space
        self._break = False  # a block end is pending

    def text(self, text: str, pos: int) -> None:
        """Write ``text``, which starts at file offset ``pos`` (and runs on, as it is written)."""
        if self._break:
            self._write_break(pos)
        elif self._space >= 0 and text[:1] not in _SPACES:
            self._emit(" ", self._space)
        self._space = -1
        if self._last in " \t\n":
            stripped = text.lstrip(_SPACES)
            pos += len(text) - len(stripped)
            text = stripped
        body = text.rstrip(_SPACES)
        if len(body) < len(text):  # trailing spaces wait for text, like a soft break
            self._space = pos + len(body)
            text = body
        if not text:
            return
        self.put(text, pos)
        self._text_end = self._file_end
        self._last = text[-1]

    def char(self, char: str, pos: int) -> None:
        """Write a character the file spells otherwise (``&amp;``), mapped to ``pos``."""
        self.text(char, pos)
        self._file_end = -1

    def space(self, pos: int | None = None) -> None:
        """A space at file offset ``pos`` (a soft line break; None: where the text ended), if
        text follows in the block."""
        if self._last != "\n" and self._space < 0 and not self._break:
            self._space = self._text_end if pos is None else pos

    def end_block(self) -> None:
        """End the line: the next text starts a line of its own."""
        if self._last != "\n":
            self._break = True
        self._space = -1

    def _write_break(self, pos: int) -> None:
        """Write the pending block end before the text at ``pos``."""
        self._break = False
        start = self._text_end
        first = self.raw.find("\n", start, pos) if start < pos else -1
        if first < 0:
            self._emit("\n", min(start, max(pos - 1, 0)))
            return
        self._emit("\n", first)
        second = self.raw.find("\n", first + 1, pos)
        if second >= 0 and not self.raw[first + 1 : second].strip(" \t\r>"):
            self._emit("\n", second)

    def _emit(self, char: str, pos: int) -> None:
        self.put(char, pos)
        self._last = char
