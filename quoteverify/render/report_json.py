"""Machine-readable corroboration report; described field by field in ``docs/report-format.md``.

Quotes, speakers and warnings have the same fields as in ``quoteverify extract --format json``
(the helpers are shared). Fields are written out one by one, not with ``attrs.asdict``, so adding
a field to a record cannot change the published format by accident.
"""

from __future__ import annotations

import math
from json.encoder import encode_basestring
from typing import Any

from quoteverify.model import Finding, Hunk, Match, Report
from quoteverify.render.json import _quote, _speaker, _warning, bidi_escaped
from quoteverify.render.report_text import Places

REPORT_FORMAT_VERSION = 1
"""Bumped whenever a field is removed or changes meaning; adding a field does not bump it."""


def render_report_json(report: Report) -> str:
    """Render a report as a JSON document (UTF-8 text, two-space indent, fixed key order).

    >>> from quoteverify.model import Document, Quote
    >>> quote = Quote("Ready,", 1, 7, speaker=None, cue=None, kind="utterance", utterance=0)
    >>> report = Report((Document("a.txt", '"Ready,"'), Document("b.txt", "")),
    ...                 (Finding("a.txt", quote, "uncorroborated", 0.0, ()),))
    >>> print(render_report_json(report), end="")  # doctest: +ELLIPSIS
    {
      "version": 1,
      "tool": "quoteverify",
      "kind": "report",
      "counts": {
        "corroborated": 0,
        ...
        "uncorroborated": 1
      },
      "documents": [
        {
          "id": "a.txt",
          "source": null,
          "date": null
        },
        {
          "id": "b.txt",
          "source": null,
          "date": null
        }
      ],
      "findings": [
        {
          "doc_id": "a.txt",
          "line": 1,
          "column": 2,
          "status": "uncorroborated",
          "coverage": 0.0,
          "severity": "info",
          "suppressed": false,
          "quote": {
            "text": "Ready,",
            ...
          },
          "matches": []
        }
      ],
      "warnings": []
    }
    """
    parts: list[str] = []
    _write(report_to_json(report), parts, "\n")
    parts.append("\n")
    return bidi_escaped("".join(parts))


def report_to_json(report: Report) -> dict[str, Any]:
    """Build the JSON object :func:`render_report_json` writes, as plain dicts and lists.

    >>> from quoteverify.model import Document
    >>> report_to_json(Report((Document("a.txt", ""),), ()))["counts"]["altered"]
    0
    """
    places = Places(report.documents)
    return {
        "version": REPORT_FORMAT_VERSION,
        "tool": "quoteverify",
        "kind": "report",
        "counts": report.counts(),
        "documents": [
            {"id": document.id, "source": document.source, "date": document.date}
            for document in report.documents
        ],
        "findings": [_finding(finding, places) for finding in report.findings],
        "warnings": [
            {"doc_id": doc_id, **_position(places, doc_id, warning.start), **_warning(warning)}
            for doc_id, warning in report.warnings
        ],
    }


def _position(places: Places, doc_id: str, offset: int) -> dict[str, int]:
    line, column = places.line_col(doc_id, offset)
    return {"line": line, "column": column}


def _finding(finding: Finding, places: Places) -> dict[str, Any]:
    return {
        "doc_id": finding.doc_id,
        **_position(places, finding.doc_id, finding.quote.start),
        "status": finding.status,
        "coverage": float(finding.coverage),
        "severity": finding.severity,
        "suppressed": finding.suppressed,
        "quote": _quote(finding.quote),
        "matches": [_match(match, places) for match in finding.matches],
    }


def _match(match: Match, places: Places) -> dict[str, Any]:
    return {
        "doc_id": match.doc_id,
        "start": match.start,
        "end": match.end,
        **_position(places, match.doc_id, match.start),
        "text": match.text,
        "quote": None if match.quote is None else _quote(match.quote),
        "relation": match.relation,
        "score": float(match.score),
        "speaker": match.speaker,
        "other_speaker": None if match.other_speaker is None else _speaker(match.other_speaker),
        "words": match.words,
        "evidence": float(match.evidence),
        "diff": [_hunk(hunk) for hunk in match.diff],
    }


def _hunk(hunk: Hunk) -> dict[str, Any]:
    return {
        "op": hunk.op,
        "kind": hunk.kind,
        "this_text": hunk.this_text,
        "other_text": hunk.other_text,
        "this_span": list(hunk.this_span),
        "other_span": list(hunk.other_span),
    }


def _write(value: object, parts: list[str], newline: str) -> None:
    """Append ``value`` as JSON laid out as ``json.dumps(indent=2)`` would, except that a list
    of numbers (a span) stays on one line; ``newline`` is a newline and the current indent.

    About twice as fast as ``json.dumps`` with ``indent``, which cannot use its C encoder: a
    report on a large corpus runs to gigabytes.

    >>> parts = []
    >>> _write({"a": [1, 2], "b": {"c": "é\\n", "d": []}}, parts, "\\n")
    >>> print("".join(parts))
    {
      "a": [1, 2],
      "b": {
        "c": "é\\n",
        "d": []
      }
    }
    """
    if isinstance(value, str):
        parts.append(encode_basestring(value))  # non-ASCII as itself, like ensure_ascii=False
    elif value is None or isinstance(value, bool):
        parts.append({None: "null", True: "true", False: "false"}[value])
    elif isinstance(value, int):
        parts.append(int.__repr__(value))
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{value!r} cannot be written as JSON")
        parts.append(float.__repr__(value))
    elif isinstance(value, dict):
        if not value:
            parts.append("{}")
            return
        inner = newline + "  "
        separator = "{" + inner
        for key, item in value.items():
            parts += [separator, encode_basestring(key), ": "]
            _write(item, parts, inner)
            separator = "," + inner
        parts += [newline, "}"]
    elif isinstance(value, list):
        if all(isinstance(item, int) and not isinstance(item, bool) for item in value):
            parts.append("[" + ", ".join(map(str, value)) + "]")
            return
        inner = newline + "  "
        separator = "[" + inner
        for item in value:
            parts.append(separator)
            _write(item, parts, inner)
            separator = "," + inner
        parts += [newline, "]"]
    else:
        raise TypeError(f"{type(value).__name__} cannot be written as JSON")
