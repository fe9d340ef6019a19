"""Speakers across documents: are two attributions the same person, and who speaks a
transcript turn.

Within a document, extraction already resolves "she", "Rutte" and "the NATO chief" to the
fullest name given. Across documents names are compared by identity, not by string: the same
surname with compatible first names is one person ("Mark Rutte", "Rutte", "M. Rutte"); two
surnames are two people; an organisation and a person whose role names it ("the Pentagon" and
"Pentagon spokeswoman Sabrina Singh") are compatible.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import attrs

from quoteverify.lexicon import HONORIFICS, LABEL_STOPWORDS, NAME_SUFFIXES, TITLE_WORDS
from quoteverify.model import Agreement, Speaker

# "MS. SINGH:", "SECRETARY AUSTIN:", "Q:" at the start of a line. Bounded repetitions only.
_LABEL_RE = re.compile(
    r"[ \t]*((?:[A-Z][A-Za-z]{0,11}\.?[ \t]+){0,2}[A-Z](?:[A-Z'’.\-]*[A-Z])?)[ \t]*:"
)
_ANONYMOUS_LABELS = frozenset({"Q", "A", "QUESTION", "ANSWER", "REPORTER", "MODERATOR"})


def agreement(this: Speaker | None, other: Speaker | None) -> Agreement:
    """Compare two speakers by identity (see :func:`_agreement` for the rules)."""
    if this is None or other is None:
        return "unknown"
    return _agreement(this.name, this.kind, this.role, other.name, other.kind, other.role)


@functools.lru_cache(maxsize=65536)
def _agreement(
    name: str, kind: str, role: str | None, other_name: str, other_kind: str, other_role: str | None
) -> Agreement:
    """Compare two speakers by identity.

    >>> rutte = Speaker("Mark Rutte", "Rutte", 0, 5, role="NATO Secretary-General")
    >>> agreement(rutte, Speaker("Rutte", "RUTTE", 0, 5, resolved_by="label"))
    'same'
    >>> agreement(rutte, Speaker("Sabrina Singh", "Singh", 0, 5))
    'different'
    >>> pentagon = Speaker("Pentagon", "The Pentagon", 0, 12, kind="organization")
    >>> agreement(pentagon, Speaker("Sabrina Singh", "she", 0, 3, role="Pentagon spokeswoman"))
    'compatible'
    >>> agreement(None, rutte)
    'unknown'
    """
    if "unknown" in (kind, other_kind):
        return "unknown"
    if kind == "organization" and other_kind == "organization":
        mine, theirs = _org_words(name), _org_words(other_name)
        return "same" if mine <= theirs or theirs <= mine else "different"
    if kind == "organization" or other_kind == "organization":
        org, person_role = (name, other_role) if kind == "organization" else (other_name, role)
        words = _org_words(person_role or "")
        return "compatible" if words and _org_words(org) <= words else "unknown"
    a, b = _name_parts(name), _name_parts(other_name)
    if not a or not b:
        # An unresolved role ("the NATO chief") against a name: nothing contradicts.
        return "unknown"
    if a[-1] != b[-1]:
        return "different"
    return "same" if _first_names_agree(a[:-1], b[:-1]) else "different"


def _name_parts(name: str) -> list[str]:
    """Lower-cased name words without honorifics, titles or suffixes; [] for a role.

    >>> _name_parts("Dr. Anthony Fauci Jr."), _name_parts("Mayor Ruiz"), _name_parts("the chief")
    (['anthony', 'fauci'], ['ruiz'], [])
    """
    words = [w.strip(".,").lower() for w in name.replace("’", "'").split()]
    parts = [w for w in words if w and w not in HONORIFICS and w not in TITLE_WORDS]
    while parts and parts[-1] in NAME_SUFFIXES:
        parts.pop()
    if not parts or not name[:1].isupper():
        return []
    return parts


def _first_names_agree(a: list[str], b: list[str]) -> bool:
    """Given names agree when either is missing, or they are equal or one is the initial."""
    if not a or not b:
        return True
    x, y = a[0], b[0]
    return x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))


def _org_words(name: str) -> frozenset[str]:
    return frozenset(
        w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in ("the", "of", "u", "s")
    )


@attrs.frozen
class Turn:
    """A stretch of a transcript spoken by one speaker (the label is not part of it)."""

    start: int
    end: int
    speaker: Speaker | None


def turns(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[Turn]:
    """The labelled turns of a transcript: a line starting "MS. SINGH:" or "SINGH:" and the
    unlabelled lines after it (those only when the text has two labels or more, so one label
    in an article does not claim the rest of it); "Q:" turns have no speaker.

    >>> text = "MS. SINGH: We believe so.\\nQ: Why?\\nMS. SINGH: Because."
    >>> paras = [(0, 25), (26, 33), (34, 54)]
    >>> [(text[t.start:t.end], t.speaker and t.speaker.name) for t in turns(text, paras)]
    [('We believe so.', 'Singh'), ('Why?', None), ('Because.', 'Singh')]
    """
    labelled: list[tuple[int, str, int, int]] = []  # (paragraph, label, label start, body start)
    for i, (start, end) in enumerate(paragraphs):
        found = _LABEL_RE.match(text, start, end)
        if found and _is_label(found.group(1)):
            labelled.append((i, found.group(1), found.start(1), found.end()))
    if not labelled:
        return []
    out = []
    for k, (i, label, label_start, body) in enumerate(labelled):
        if len(labelled) == 1:
            last = i
        elif k + 1 < len(labelled):
            last = labelled[k + 1][0] - 1
        else:
            last = len(paragraphs) - 1
        while body < paragraphs[i][1] and text[body].isspace():
            body += 1
        speaker = _label_speaker(label, label_start)
        out.append(Turn(body, paragraphs[i][1], speaker))
        out.extend(Turn(s, e, speaker) for s, e in paragraphs[i + 1 : last + 1])
    return out


def _is_label(label: str) -> bool:
    words = label.replace(".", " ").split()
    if len(label) == 1:
        return label in ("Q", "A")
    caps = [w for w in words if w.isupper()]
    return bool(caps) and " ".join(caps) not in LABEL_STOPWORDS and len(words) <= 4


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
    return Speaker(name, label, start, start + len(label), role=role, resolved_by="label")


def _title_case(word: str) -> str:
    """SINGH -> Singh, O'BRIEN -> O'Brien, MCCAIN stays Mccain (good enough for comparison)."""
    return "-".join("'".join(p.capitalize() for p in w.split("'")) for w in word.split("-"))
