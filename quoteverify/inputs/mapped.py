"""Text written piece by piece with a map back into the file it was read from.

The HTML and Markdown readers both write a text that is not the file (markup left out,
whitespace collapsed, character references decoded) and record, for every character, where in
the file it comes from, as :class:`~quoteverify.model.Origin` runs ``(text offset, file
offset)``: a new run starts only where the file does not simply go on.

>>> writer = MappedWriter("a &amp; b")
>>> writer.put("a ", 0)
>>> writer.put("&", 2)
>>> writer.put(" b", 7)
>>> "".join(writer.parts), writer.runs
('a & b', [(0, 0), (3, 7)])
"""

from __future__ import annotations


class MappedWriter:
    """The text written so far (``parts``) and its runs into ``raw``."""

    def __init__(self, raw: str):
        self.raw = raw
        self.parts: list[str] = []
        self.runs: list[tuple[int, int]] = []
        self._length = 0
        self._file_end = -1  # where the last run continues in the file (-1: it does not)

    def put(self, text: str, pos: int) -> None:
        """Write ``text``, mapped to the file from offset ``pos`` on."""
        if pos != self._file_end:
            self.runs.append((self._length, pos))
        self.parts.append(text)
        self._length += len(text)
        self._file_end = pos + len(text)
