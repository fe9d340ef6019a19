"""The utterance view (``compare --by-utterance``): text for people, one JSON document, or JSON
Lines with one utterance a line; the fields are described in ``docs/report-format.md``.

Document text (the wordings, names, sources, ids) is made inert in the text format by
:func:`~quoteverify.render.report_text.clean`, and bidirectional controls are escaped in the
JSON formats by :func:`~quoteverify.render.json.bidi_escaped`, as in every other output.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from quoteverify.matching.utterance_view import Appearance, Utterance, Wording
from quoteverify.render.findings_jsonl import write_lines
from quoteverify.render.json import bidi_escaped
from quoteverify.render.paint import Paint, painter
from quoteverify.render.report_json import _write
from quoteverify.render.report_text import _count, clean, quoted

UTTERANCES_FORMAT_VERSION = 1
"""Bumped whenever a field is removed or changes meaning; adding a field does not bump it."""

UTTERANCES_FILE = "utterances.jsonl"
"""What ``compare --output-dir DIR --by-utterance`` writes in DIR."""

MAX_WORDINGS = 5
"""Wordings shown per utterance in the text format, most carried first; the rest counted."""
MAX_DOCUMENTS = 3
"""Documents named per wording in the text format; the rest counted."""


def utterance_to_json(utterance: Utterance) -> dict[str, Any]:
    """One utterance as plain dicts and lists, fields in a fixed order."""
    return {
        "id": utterance.id,
        "wording": utterance.wording,
        "documents": utterance.documents,
        "first_seen": utterance.first_seen,
        "last_seen": utterance.last_seen,
        "undated": utterance.undated,
        "speakers": [{"name": name, "documents": n} for name, n in utterance.speakers],
        "sources": [{"source": source, "documents": n} for source, n in utterance.sources],
        "wordings": [_wording(wording) for wording in utterance.wordings],
    }


def _wording(wording: Wording) -> dict[str, Any]:
    return {
        "text": wording.text,
        "documents": wording.documents,
        "appearances": [_appearance(appearance) for appearance in wording.appearances],
    }


def _appearance(appearance: Appearance) -> dict[str, Any]:
    return {
        "doc_id": appearance.doc_id,
        "source": appearance.source,
        "date": appearance.date,
        "speaker": appearance.speaker,
        "quoted": appearance.quoted,
        "spans": [
            {"text": span.text, "start": span.start, "end": span.end} for span in appearance.spans
        ],
    }


def render_utterances_json(utterances: Sequence[Utterance]) -> str:
    """The utterances as one JSON document (two-space indent, fixed key order).

    >>> print(render_utterances_json([]), end="")
    {
      "version": 1,
      "tool": "quoteverify",
      "kind": "utterances",
      "utterances": []
    }
    """
    value = {
        "version": UTTERANCES_FORMAT_VERSION,
        "tool": "quoteverify",
        "kind": "utterances",
        "utterances": [utterance_to_json(utterance) for utterance in utterances],
    }
    parts: list[str] = []
    _write(value, parts, "\n")
    parts.append("\n")
    return bidi_escaped("".join(parts))


def utterance_rows(utterances: Iterable[Utterance]) -> Iterator[str]:
    """One line of JSON per utterance (compact, non-ASCII as itself), newline included."""
    for utterance in utterances:
        row = json.dumps(utterance_to_json(utterance), ensure_ascii=False, separators=(",", ":"))
        yield bidi_escaped(row) + "\n"


def render_utterances_jsonl(utterances: Sequence[Utterance]) -> str:
    """The utterances as JSON Lines, one a line."""
    return "".join(utterance_rows(utterances))


def write_utterances(directory: str | Path, utterances: Sequence[Utterance]) -> Path:
    """Write ``utterances.jsonl`` in ``directory`` (replaced whole) and return its path."""
    path = Path(directory, UTTERANCES_FILE)
    write_lines(path, utterance_rows(utterances), "utterances")
    return path


def render_utterances_text(utterances: Sequence[Utterance], *, color: bool = False) -> str:
    """The utterances for a person at a terminal: a block each, then a summary.

    >>> from quoteverify.matching.utterance_view import Span
    >>> seen = Appearance("wire.txt", "Wire", "2024-11-04", "Ana Ruiz", True,
    ...                   (Span("We will never retreat.", 1, 23),))
    >>> again = Appearance("tv.txt", "TV\\x1b[2J", None, "Ruiz", True,
    ...                    (Span("never retreat", 9, 22),))
    >>> utterance = Utterance("u0123", "We will never retreat.", 2, "2024-11-04", "2024-11-04", 1,
    ...     (("Ana Ruiz", 2),), (("Wire", 1), ("TV\\x1b[2J", 1)),
    ...     (Wording(seen.text, 1, (seen,)), Wording(again.text, 1, (again,))))
    >>> print(render_utterances_text([utterance]), end="")
    u0123  2 documents, 2024-11-04 (1 undated)
      "We will never retreat."
      said by  Ana Ruiz (2)
      sources  Wire (1), TV\\x1b[2J (1)
      wording  "We will never retreat."  wire.txt 2024-11-04
      wording  "never retreat"  tv.txt
    <BLANKLINE>
    1 utterance: 1 in more than one document
    """
    paint = painter(color)
    blocks = [_block(utterance, paint) for utterance in utterances]
    spread = sum(1 for utterance in utterances if utterance.documents > 1)
    summary = f"{_count(len(utterances), 'utterance')}: {spread} in more than one document"
    return "\n".join([*blocks, summary]) + "\n"


def _block(utterance: Utterance, paint: Paint) -> str:
    seen = utterance.first_seen or ""
    if utterance.last_seen and utterance.last_seen != utterance.first_seen:
        seen += f" to {utterance.last_seen}"
    if utterance.undated:
        seen += f" ({utterance.undated} undated)" if seen else "undated"
    header = f"{paint('header', clean(utterance.id))}  {_count(utterance.documents, 'document')}"
    lines = [f"{header}, {clean(seen)}", f"  {quoted(utterance.wording)}"]
    if utterance.speakers:
        lines.append(f"  said by  {_counted(utterance.speakers)}")
    lines.append(f"  sources  {_counted(utterance.sources)}")
    for wording in utterance.wordings[:MAX_WORDINGS]:
        lines.append(f"  wording  {quoted(wording.text)}  {_carriers(wording)}")
    hidden = len(utterance.wordings) - MAX_WORDINGS
    if hidden > 0:
        lines.append(f"  and {_count(hidden, 'more wording')}")
    return "\n".join(lines) + "\n"


def _counted(pairs: Sequence[tuple[str, int]], shown: int = 5) -> str:
    """``name (n), ...``, the first ``shown``, and how many more."""
    text = ", ".join(f"{clean(name)} ({n})" for name, n in pairs[:shown])
    return text + (f" and {len(pairs) - shown} more" if len(pairs) > shown else "")


def _carriers(wording: Wording) -> str:
    """The documents that give a wording: the first few, with their dates, and how many more."""
    named: dict[str, str] = {}
    for appearance in wording.appearances:
        if len(named) == MAX_DOCUMENTS:
            break
        where = clean(appearance.doc_id)
        if appearance.date:
            where += f" {clean(appearance.date)}"
        if not appearance.quoted:
            where += " (unquoted)"
        named.setdefault(appearance.doc_id, where)
    more = wording.documents - len(named)
    return ", ".join(named.values()) + (f" and {more} more" if more > 0 else "")
