"""Transcripts: who speaks each turn of a text laid out as "MS. SINGH: We believe so."

A line that opens with a speaker label (`MS. SINGH:`, `SECRETARY AUSTIN:`, `Q:`) and a space is
that speaker's turn, and so, in a text with three labelled lines or more, are the unlabelled
lines after it up to the next label. A label is one to three words ending in a word in
capitals; a heading, a credit or a news agency (`NOTE:`, `Photo:`, `AP:`) is none, nor is a
label with nothing said after it, so a page of photo credits does not read as a transcript.

>>> text = "MS. SINGH: We believe so.\\nQ: Why?\\nMS. SINGH: Because.\\nThat is all."
>>> paras = [(0, 25), (26, 33), (34, 53), (54, 66)]
>>> [(text[t.start:t.end], t.speaker and t.speaker.name) for t in turns(text, paras)]
[('We believe so.', 'Singh'), ('Why?', None), ('Because.', 'Singh'), ('That is all.', 'Singh')]
>>> turns("AP: Associated Press\\nPhoto: Reuters", [(0, 20), (21, 36)])
[]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from quoteverify.lexicon import HONORIFICS, LABEL_STOPWORDS, TITLE_WORDS
from quoteverify.model import Speaker

# "MS. SINGH:", "SECRETARY AUSTIN:", "Q:" at the start of a line, then a space or the line's
# end ("AP:Associated Press" is a credit). Bounded repetitions only.
_LABEL_RE = re.compile(
    r"[ \t]*((?:[A-Z][A-Za-z]{0,11}\.?[ \t]+){0,2}[A-Z](?:[A-Z'’.\-]*[A-Z])?)[ \t]*:(?=\s|$)"
)
_ANONYMOUS_LABELS = frozenset({"Q", "A", "QUESTION", "ANSWER", "REPORTER", "MODERATOR"})
_CONTINUING = 3
"""Labelled lines a text needs before unlabelled lines count as the last label's turn."""
_LONE_WORDS = 3
"""Words said after the label of a text's only labelled line ("MAYOR HOLT: We will …")."""
LABEL_CONFIDENCE = 0.95
"""A transcript label names its turn's speaker (extraction.confidence gives labels the same)."""


@attrs.frozen
class Turn:
    """A stretch of a transcript spoken by one speaker (the label is not part of it)."""

    start: int
    end: int
    speaker: Speaker | None


def turns(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[Turn]:
    """The labelled turns of a transcript, in text order; "Q:" turns have no speaker."""
    labelled: list[tuple[int, str, int, int]] = []  # (paragraph, label, label start, body start)
    for i, (start, end) in enumerate(paragraphs):
        found = _LABEL_RE.match(text, start, end)
        if found and _is_label(found.group(1)):
            body = found.end()
            while body < end and text[body].isspace():
                body += 1
            labelled.append((i, found.group(1), found.start(1), body))
    labelled = [item for item in labelled if _says(text, item, paragraphs, len(labelled))]
    if not labelled:
        return []
    continuing = len(labelled) >= _CONTINUING
    out = []
    for k, (i, label, label_start, body) in enumerate(labelled):
        if not continuing:
            last = i
        elif k + 1 < len(labelled):
            last = labelled[k + 1][0] - 1
        else:
            last = len(paragraphs) - 1
        speaker = _label_speaker(label, label_start)
        out.append(Turn(body, paragraphs[i][1], speaker))
        out.extend(Turn(s, e, speaker) for s, e in paragraphs[i + 1 : last + 1])
    return out


def _says(
    text: str, item: tuple[int, str, int, int], paragraphs: Sequence[tuple[int, int]], count: int
) -> bool:
    """Whether words follow a label: any in a text of several labels, a few on a lone one."""
    i, _, _, body = item
    said = len(text[body : paragraphs[i][1]].split())
    return said >= (1 if count > 1 else _LONE_WORDS)


def _is_label(label: str) -> bool:
    """A speaker label: "Q", "A", or words in capitals that are no heading, credit or agency.

    >>> _is_label("MS. SINGH"), _is_label("READ MORE"), _is_label("AP"), _is_label("B")
    (True, False, False, False)
    """
    words = label.replace(".", " ").split()
    if len(label) == 1:
        return label in ("Q", "A")
    caps = [w for w in words if w.isupper()]
    return bool(caps) and not any(w in LABEL_STOPWORDS for w in caps) and len(words) <= 4


def _label_speaker(label: str, start: int) -> Speaker | None:
    """The speaker a label names: honorifics dropped, a title kept as the role.

    >>> speaker = _label_speaker("SECRETARY AUSTIN", 0)
    >>> speaker.name, speaker.role, speaker.resolved_by
    ('Austin', 'Secretary', 'label')
    """
    words = label.split()
    if " ".join(words).strip(".") in _ANONYMOUS_LABELS:
        return None
    titles = [w for w in words if w.strip(".").lower() in TITLE_WORDS]
    name_words = [
        w for w in words if w.strip(".").lower() not in HONORIFICS and w not in titles
    ]
    if not name_words:
        return None
    name = " ".join(_title_case(w) for w in name_words)
    role = " ".join(_title_case(w) for w in titles) or None
    return Speaker(
        name,
        label,
        start,
        start + len(label),
        role=role,
        resolved_by="label",
        confidence=LABEL_CONFIDENCE,
    )


def _title_case(word: str) -> str:
    """SINGH -> Singh, O'BRIEN -> O'Brien, MCCAIN stays Mccain (good enough for comparison)."""
    return "-".join("'".join(p.capitalize() for p in w.split("'")) for w in word.split("-"))
