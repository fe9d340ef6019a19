"""Character offsets -> 1-based line and column, for renderers that point into a file."""

from __future__ import annotations

from bisect import bisect_right


class LineIndex:
    """Find the line and column of character offsets into one text.

    Lines end at ``"\\n"`` (so ``"\\r\\n"`` files count the same); columns count characters
    (code points) from 1.

    >>> index = LineIndex("first line\\nsecond")
    >>> index.line_col(0), index.line_col(11), index.line_col(13)
    ((1, 1), (2, 1), (2, 3))
    """

    __slots__ = ("_starts",)

    def __init__(self, text: str) -> None:
        starts = [0]
        position = text.find("\n")
        while position >= 0:
            starts.append(position + 1)
            position = text.find("\n", position + 1)
        self._starts = starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """Return ``(line, column)`` of ``offset``, both counted from 1."""
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1
