"""Transcript labels: a speaker's name in capitals and a colon, at the start of a quote or line.

In a transcript the label is the attribution: `"PENCE: Well, look…"` is Mike Pence's, and so is
an "I" on a line that a label opens (`ORTIZ: I would say it is "a start."`). A label is one to
three words in capitals, perhaps after an honorific ("MS. SINGH:"), and not a word of the
lexicon's list of capitalised non-names ("NOTE:").

>>> from quoteverify.extraction.marks import scan
>>> from quoteverify.extraction.paragraphs import paragraphs
>>> text = '"PENCE: Well, look, we will see."'
>>> [segment], _ = scan(text, paragraphs(text))
>>> speaker = transcript_label(text, segment)
>>> speaker.name, speaker.mention, speaker.resolved_by
('Pence', 'PENCE', 'label')
"""

from __future__ import annotations

import re

from quoteverify.extraction.marks import Segment
from quoteverify.extraction.names import Mention
from quoteverify.lexicon import NOT_NAMES
from quoteverify.model import Speaker

# A transcript label at the start of a quote or line: "MS. SINGH:", "PENCE:", "Q:".
_LABEL_RE = re.compile(
    r"(?:(?:MR|MRS|MS|DR|SEN|REP|GOV)\. )?([A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){0,2}):\s"
)


def _label_at(text: str, start: int, end: int) -> re.Match[str] | None:
    """A transcript label at text[start:end]'s start, its name as group 1: `PENCE: `."""
    m = _LABEL_RE.match(text, start, end)
    return None if m is None or m.group(1).lower() in NOT_NAMES else m


def transcript_label(text: str, seg: Segment) -> Speaker | None:
    """A transcript label at the start of the quote: `"PENCE: Well, look...`."""
    m = _label_at(text, seg.start, seg.end)
    if m is None:
        return None
    return Speaker(m.group(1).title(), m.group(1), m.start(1), m.end(1), None, "person", "label")


def labelled_line(text: str, line_start: int) -> Mention | None:
    """The name of the transcript label that opens a line, as a mention: `ORTIZ: I'd say`."""
    m = _label_at(text, line_start, len(text))
    if m is None:
        return None
    return Mention(m.group(1), m.start(1), m.end(1), "name", m.group(1).title(), None, None)
