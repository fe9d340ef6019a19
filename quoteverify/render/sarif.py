"""``quoteverify check`` as SARIF 2.1.0, the format code-scanning services read (GitHub's
``upload-sarif`` action among them).

One rule per status, and one per kind of problem in a draft's text. A result per finding that
is an error or a warning, at its quote in the draft, with the best match in the sources as a
related location; a finding silenced by a ``quoteverify: ignore`` comment is kept with an
``inSource`` suppression. A problem in a draft's text (a quote mark never closed) is a warning
at the mark. Informational
findings (corroborated and partial quotes, by default) are left out: a code-scanning service
shows every result as an alert, and a quote the sources confirm is not one. ``--format json``
keeps them all.

Columns count Unicode code points (``run.columnKind``), as everywhere in quoteverify; lines end
at ``"\\n"`` (so also at ``"\\r\\n"``), SARIF's default.

Files are named relative to the repository's root, the ``%SRCROOT%`` base id, never by an
absolute ``file:`` URI, and each result has a ``partialFingerprints`` entry that does not
depend on lines: a hash of the quote's words (case and punctuation folded), the rule and the
file, so code scanning follows a finding when lines are added above it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from pathlib import PureWindowsPath
from typing import Any
from urllib.parse import quote

from quoteverify._version import __version__
from quoteverify.config import DEFAULT_SEVERITY, TEXT_WARNING_SEVERITY
from quoteverify.model import STATUSES, Finding, Report, Severity, Status, TextWarning
from quoteverify.render.check_common import (
    LISTED_SEVERITIES,
    FilePlaces,
    FileSpan,
    draft_warnings,
    finding_change_lines,
    finding_changes,
    finding_headline,
)
from quoteverify.render.json import bidi_escaped
from quoteverify.render.report_text import agreement, clean, inert

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"

LEVELS: dict[Severity, str] = {"error": "error", "warning": "warning", "info": "note"}
"""SARIF level of each severity."""

RULES: dict[Status, tuple[str, str, str]] = {
    "corroborated": (
        "CorroboratedQuote",
        "The sources have the quote word for word.",
        "Every word of the quote is found in a source (case, punctuation and quotation-mark"
        " style aside), and the source does not give it to a different speaker.",
    ),
    "partial": (
        "PartialQuote",
        "The sources have part of the quote.",
        "Enough of the quote's words are found in a source and nothing contradicts them;"
        " the rest appears in none of the sources.",
    ),
    "altered": (
        "AlteredQuote",
        "The quote's wording differs from the source.",
        "The best match in the sources has different wording: words replaced, inserted or"
        " dropped inside the matched stretch.",
    ),
    "misattributed": (
        "MisattributedQuote",
        "The source gives the quote to someone else.",
        "The words match a source, but the source gives them to a different speaker.",
    ),
    "uncorroborated": (
        "UncorroboratedQuote",
        "The quote is in none of the sources.",
        "Nothing in the sources matches the quote, or too few of its words to count.",
    ),
}
"""``(name, short description, full description)`` of the rule for each status."""

TEXT_RULES: dict[str, tuple[str, str, str]] = {
    "unclosed-quote": (
        "UnclosedQuote",
        "A quotation mark is never closed.",
        "An opening quotation mark has no closing mark in its paragraph, so the words after"
        " it may not be checked as a quote.",
    ),
    "unopened-quote": (
        "UnopenedQuote",
        "A closing quotation mark has no opening mark.",
        "A closing quotation mark has no opening mark in its paragraph, so the words before"
        " it may not be checked as a quote.",
    ),
}
"""The rules of problems in a draft's text, by ``TextWarning.code``, after the status rules."""

RULE_IDS: tuple[str, ...] = (*STATUSES, *TEXT_RULES)
"""Every rule id, in the order of ``tool.driver.rules`` (a result's ``ruleIndex``)."""

SOURCE_ROOT = "%SRCROOT%"
"""The base id every relative ``uri`` is resolved against: the repository's root."""

FINGERPRINT = "quoteverify/v1"
"""The key of a result's fingerprint in ``partialFingerprints`` (bumped if its recipe changes)."""

BEST_MATCH_ID = 1
"""``id`` of the related location of the best match, which the message links to."""

_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
_DRIVE = re.compile(r"[A-Za-z]:/")
_LINK_TEXT_SPECIAL = re.compile(r"([\\\[\]])")


def render_sarif(report: Report, *, root: str = os.curdir) -> str:
    """Render a check report as a SARIF 2.1.0 log (two-space indent, UTF-8, deterministic);
    paths are relative to ``root``, the repository's root (the current directory by default).

    >>> from quoteverify.model import Document, Quote
    >>> quote = Quote("Go now", 1, 7, None, None, "utterance", 0)
    >>> report = Report((Document("d.md", '"Go now"', "news/d.md"),),
    ...                 (Finding("d.md", quote, "uncorroborated", 0.0, (), "warning"),))
    >>> print(render_sarif(report), end="")  # doctest: +ELLIPSIS
    {
      "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
      "version": "2.1.0",
      "runs": [
        {
          "tool": {
            "driver": {
              "name": "quoteverify",
              ...
          "results": [
            {
              "ruleId": "uncorroborated",
              "ruleIndex": 4,
              "level": "warning",
              "message": {
                "text": "uncorroborated quote, (no speaker): \\"Go now\\"; not found in the sources"
              },
              "locations": [
                {
                  "physicalLocation": {
                    "artifactLocation": {
                      "uri": "news/d.md",
                      "uriBaseId": "%SRCROOT%"
                    },
                    "region": {
                      "startLine": 1,
                      "startColumn": 2,
                      "endLine": 1,
                      "endColumn": 8,
                      "snippet": {
                        "text": "Go now"
                      }
                    }
                  }
                }
              ],
              "partialFingerprints": {
                "quoteverify/v1": "...:1"
              }
            }
          ]
        }
      ]
    }
    """
    log = json.dumps(sarif_log(report, root=root), indent=2, ensure_ascii=False)
    return bidi_escaped(log) + "\n"


def sarif_log(report: Report, *, root: str = os.curdir) -> dict[str, Any]:
    """Build the SARIF log :func:`render_sarif` writes, as plain dicts and lists.

    >>> from quoteverify.model import Document
    >>> log = sarif_log(Report((Document("d.md", ""),), ()))
    >>> [rule["id"] for rule in log["runs"][0]["tool"]["driver"]["rules"]]
    ['corroborated', 'partial', 'altered', 'misattributed', 'uncorroborated', 'unclosed-quote', \
'unopened-quote']
    """
    places = FilePlaces(report.documents, root=root)
    results = []
    seen: Counter[str] = Counter()
    for finding in report.findings:
        places.document(finding.doc_id)  # an unknown id is an error, as in the other formats
        if finding.severity in LISTED_SEVERITIES:
            result = _result(finding, places)
            words = _words(finding.quote.text)
            result["partialFingerprints"] = _fingerprint(
                seen, finding.status, places.path(finding.doc_id), words
            )
            results.append(result)
    if TEXT_WARNING_SEVERITY in LISTED_SEVERITIES:
        for doc_id, warning in draft_warnings(report):
            result = _text_result(doc_id, warning, places)
            words = _marked_words(places.document(doc_id).text, warning)
            result["partialFingerprints"] = _fingerprint(
                seen, warning.code, places.path(doc_id), words
            )
            results.append(result)
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "quoteverify",
                        "version": __version__,
                        "rules": [
                            *(_rule(status) for status in STATUSES),
                            *(_text_rule(code) for code in TEXT_RULES),
                        ],
                    }
                },
                "originalUriBaseIds": {
                    SOURCE_ROOT: {
                        "description": {
                            "text": "The root of the repository the drafts are in: the"
                            " folder of its settings file, else the git work tree, else"
                            " where quoteverify check was run."
                        }
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def _rule(status: Status) -> dict[str, Any]:
    return _rule_entry(status, RULES[status], DEFAULT_SEVERITY[status])


def _rule_entry(rule_id: str, words: tuple[str, str, str], severity: Severity) -> dict[str, Any]:
    """A rule of the log: its id, its name, short and full descriptions, and its level."""
    name, short, full = words
    return {
        "id": rule_id,
        "name": name,
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "defaultConfiguration": {"level": LEVELS[severity]},
    }


def _words(text: str) -> str:
    """The words of a text, case and punctuation folded, for a fingerprint.

    >>> _words("We  can’t, WON'T")
    'we can t won t'
    """
    return " ".join(re.findall(r"\w+", text.casefold()))


def _marked_words(text: str, warning: TextWarning) -> str:
    """A mark has no words of its own: the first words it opens, or the last it closes.

    >>> _marked_words('He said "never closed, at all', TextWarning("unclosed-quote", "", 8, 9))
    'never closed at all'
    """
    if warning.code == "unclosed-quote":
        return " ".join(_words(text[warning.end : warning.end + 200]).split()[:8])
    return " ".join(_words(text[max(0, warning.start - 200) : warning.start]).split()[-8:])


def _fingerprint(seen: Counter[str], rule: str, path: str, words: str) -> dict[str, str]:
    """A fingerprint of a result from its rule, file and words (never its line); the same
    words under the same rule in one file are told apart by their order."""
    digest = hashlib.sha256("\0".join((rule, path, words)).encode("utf-8")).hexdigest()[:32]
    seen[digest] += 1
    return {FINGERPRINT: f"{digest}:{seen[digest]}"}


def _text_rule(code: str) -> dict[str, Any]:
    return _rule_entry(code, TEXT_RULES[code], TEXT_WARNING_SEVERITY)


def _text_result(doc_id: str, warning: TextWarning, places: FilePlaces) -> dict[str, Any]:
    return {
        "ruleId": warning.code,
        "ruleIndex": RULE_IDS.index(warning.code),
        "level": LEVELS[TEXT_WARNING_SEVERITY],
        "message": {"text": message_text(clean(warning.message))},
        "locations": [{"physicalLocation": _physical(places, doc_id, warning.start, warning.end)}],
    }


def _result(finding: Finding, places: FilePlaces) -> dict[str, Any]:
    headline = finding_headline(finding, places, link=_link)
    message = "; ".join([headline, *finding_change_lines(finding), *finding_changes(finding)])
    where = _physical(places, finding.doc_id, finding.quote.start, finding.quote.end)
    result: dict[str, Any] = {
        "ruleId": finding.status,
        "ruleIndex": STATUSES.index(finding.status),
        "level": LEVELS[finding.severity],
        "message": {"text": message_text(message)},
        "locations": [{"physicalLocation": where}],
    }
    if finding.matches:
        best = finding.matches[0]
        unquoted = "" if best.quote is not None else ", in unquoted text"
        result["relatedLocations"] = [
            {
                "id": BEST_MATCH_ID,
                "physicalLocation": _physical(places, best.doc_id, best.start, best.end),
                "message": {
                    "text": message_text(
                        f"best match: {best.relation}, score {best.score:.1f},"
                        f" {agreement(best)}{unquoted}"
                    )
                },
            }
        ]
    if finding.suppressed:
        result["suppressions"] = [{"kind": "inSource"}]
    return result


def _physical(places: FilePlaces, doc_id: str, start: int, end: int) -> dict[str, Any]:
    span: FileSpan = places.span(doc_id, start, end)
    file_text = places.document(doc_id).file_text()
    path = places.path(doc_id)
    where: dict[str, str] = {"uri": artifact_uri(path)}
    if not _SCHEME.match(path):
        where["uriBaseId"] = SOURCE_ROOT
    return {
        "artifactLocation": where,
        "region": {
            "startLine": span.start_line,
            "startColumn": span.start_column,
            "endLine": span.end_line,
            "endColumn": span.end_column,
            # as in the file, but a code-scanning page must not obey a bidirectional override
            "snippet": {"text": inert(file_text[span.start : span.end], lines=True)},
        },
    }


def _link(text: str) -> str:
    """An embedded link to the best match's related location, its text escaped as SARIF asks.

    >>> _link("a[1].txt:2:3")
    '[a\\\\[1\\\\].txt:2:3](1)'
    """
    escaped = _LINK_TEXT_SPECIAL.sub(r"\\\1", text)
    return f"[{escaped}]({BEST_MATCH_ID})"


def message_text(text: str) -> str:
    """A SARIF plain-text message: braces doubled, since ``{0}`` would be a placeholder.

    >>> message_text("a {b} c")
    'a {{b}} c'
    """
    return text.replace("{", "{{").replace("}", "}}")


def artifact_uri(path: str) -> str:
    """The URI of a file path, as SARIF wants it: relative paths stay relative (with ``/``),
    absolute ones become ``file:`` URIs, and what a URI cannot hold is percent-encoded.
    A source that is already a URL (a corpus record's) is kept.

    >>> artifact_uri("drafts/my story.md"), artifact_uri("/srv/news/a.md")
    ('drafts/my%20story.md', 'file:///srv/news/a.md')
    >>> artifact_uri("corpus.jsonl:12"), artifact_uri("https://example.org/a")
    ('corpus.jsonl%3A12', 'https://example.org/a')
    """
    if _SCHEME.match(path):
        return path
    posix = PureWindowsPath(path).as_posix() if os.name == "nt" else path
    if _DRIVE.match(posix):
        return "file:///" + quote(posix, safe="/:")
    if posix.startswith("/"):
        return "file://" + quote(posix, safe="/")
    return quote(posix, safe="/")
