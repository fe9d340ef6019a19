"""The text's paragraphs, by offsets: the units that quote marks are paired in."""

from __future__ import annotations

import re

import attrs

# A line from its first to its last non-space character (\s is str.isspace()).
_PARAGRAPH_RE = re.compile(r"\S(?:[^\n]*\S)?")


@attrs.define
class Paragraph:
    """A line of the text, by offsets (not frozen, to be made quickly: see marks.Segment)."""

    index: int
    start: int
    end: int


def paragraphs(text: str) -> list[Paragraph]:
    """Split a text into its non-blank lines.

    >>> [(p.start, p.end) for p in paragraphs("One.\\n\\n  Two.\\n")]
    [(0, 4), (8, 12)]
    """
    return [Paragraph(i, m.start(), m.end()) for i, m in enumerate(_PARAGRAPH_RE.finditer(text))]

