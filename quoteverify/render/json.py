"""Machine-readable output; the format is described field by field in ``docs/json-format.md``.

Fields are written out here one by one, not with ``attrs.asdict``, so adding a field to a record
cannot change the published format by accident.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from quoteverify.model import Cue, Document, Extraction, Quote, Speaker, TextWarning

FORMAT_VERSION = 1
"""Bumped whenever a field is removed or changes meaning; adding a field does not bump it."""


_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


def bidi_escaped(document: str) -> str:
    """JSON text with every bidirectional override or isolate written as a ``\\u`` escape:
    the same JSON value, but a draft's text cannot reorder what a terminal shows of it (they
    only occur inside strings, where the escape means the same character).

    >>> bidi_escaped('{"text": "a\u202eb"}')
    '{"text": "a\\\\u202eb"}'
    """
    return _BIDI.sub(lambda found: f"\\u{ord(found.group()):04x}", document)


def render_json(results: Sequence[tuple[Document, Extraction]]) -> str:
    """Render results as a JSON document (UTF-8 text, two-space indent, fixed key order).

    >>> from quoteverify.model import Quote
    >>> quote = Quote("Ready,", 1, 7, speaker=None, cue=None, kind="utterance", utterance=0)
    >>> print(render_json([(Document("a.txt", '"Ready,"'), Extraction((quote,), ()))]), end="")
    {
      "version": 1,
      "tool": "quoteverify",
      "documents": [
        {
          "id": "a.txt",
          "source": null,
          "quotes": [
            {
              "text": "Ready,",
              "start": 1,
              "end": 7,
              "kind": "utterance",
              "utterance": 0,
              "speaker": null,
              "cue": null
            }
          ],
          "warnings": []
        }
      ]
    }
    """
    return bidi_escaped(json.dumps(results_to_json(results), ensure_ascii=False, indent=2)) + "\n"


def results_to_json(results: Sequence[tuple[Document, Extraction]]) -> dict[str, Any]:
    """Build the JSON object :func:`render_json` writes, as plain dicts and lists."""
    return {
        "version": FORMAT_VERSION,
        "tool": "quoteverify",
        "documents": [_document(document, extraction) for document, extraction in results],
    }


def _document(document: Document, extraction: Extraction) -> dict[str, Any]:
    return {
        "id": document.id,
        "source": document.source,
        "quotes": [_quote(quote) for quote in extraction.quotes],
        "warnings": [_warning(warning) for warning in extraction.warnings],
    }


def _quote(quote: Quote) -> dict[str, Any]:
    return {
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "kind": quote.kind,
        "utterance": quote.utterance,
        "speaker": None if quote.speaker is None else _speaker(quote.speaker),
        "cue": None if quote.cue is None else _cue(quote.cue),
    }


def _speaker(speaker: Speaker) -> dict[str, Any]:
    return {
        "name": speaker.name,
        "mention": speaker.mention,
        "start": speaker.start,
        "end": speaker.end,
        "role": speaker.role,
        "kind": speaker.kind,
        "resolved_by": speaker.resolved_by,
        "confidence": speaker.confidence,
    }


def _cue(cue: Cue) -> dict[str, Any]:
    return {"text": cue.text, "start": cue.start, "end": cue.end}


def _warning(warning: TextWarning) -> dict[str, Any]:
    return {
        "code": warning.code,
        "message": warning.message,
        "start": warning.start,
        "end": warning.end,
    }
