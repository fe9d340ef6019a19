"""Drafts + sources -> findings: the quotes of each draft, matched against the sources only,
with the inline suppression comments of the drafts applied.

>>> from quoteverify import Document
>>> draft = Document("draft.md", 'Mayor Ana Ruiz said: "We will never cut a single teacher '
...                              'from our schools this year."')
>>> source = Document("release.txt", '"We will not cut a single teacher from our schools this '
...                                  'year," Mayor Ana Ruiz said.')
>>> [(f.status, f.severity) for f in check([draft], [source]).findings]
[('altered', 'error')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from quoteverify.config import TEXT_WARNING_SEVERITY, Config
from quoteverify.matching.corroborate import judge
from quoteverify.model import Document, Finding, Report, Severity

SEVERITIES: tuple[Severity, ...] = ("info", "warning", "error")
"""The severities, least first: ``--min-severity`` keeps a level and those after it."""

# Markdown and HTML comments: <!-- quoteverify: ignore -->, <!-- quoteverify: off/on -->.
_DIRECTIVE_RE = re.compile(r"<!--[ \t]*quoteverify:[ \t]*(ignore|off|on)[ \t]*-->")


def check(
    drafts: Iterable[Document], sources: Iterable[Document], *, config: Config | None = None
) -> Report:
    """Match every quote of the drafts against the sources (never against other drafts).

    Findings come in draft order with the severity the config gives their status; a finding
    silenced by a suppression comment keeps its place with ``suppressed=True``.
    """
    drafts, sources = tuple(drafts), tuple(sources)
    docs = drafts + sources
    asked = [True] * len(drafts) + [False] * len(sources)
    searched = [False] * len(drafts) + [True] * len(sources)
    # a source's unquoted text is what was said (a speech, a statement), not narration
    report = judge(docs, asked, searched, config or Config(), records=True)
    by_id = {d.id: d for d in drafts}
    silenced = {d.id: suppressed_spans(d.file_text()) for d in drafts}
    findings = tuple(
        attrs.evolve(f, suppressed=True) if _silenced(f, by_id, silenced) else f
        for f in report.findings
    )
    return attrs.evolve(report, findings=findings, drafts=tuple(by_id))


def at_least(report: Report, severity: Severity) -> Report:
    """The report with only the findings (and text warnings) at ``severity`` or above; the rest
    are left out, so no format shows or counts them.

    >>> from quoteverify.model import Quote
    >>> quote = Quote("Go now", 1, 7, None, None, "utterance", 0)
    >>> report = Report((Document("d.md", '"Go now"'),), (
    ...     Finding("d.md", quote, "altered", 0.5, (), "error"),
    ...     Finding("d.md", quote, "uncorroborated", 0.0, (), "warning", suppressed=True)))
    >>> [f.status for f in at_least(report, "error").findings]
    ['altered']
    """
    floor = SEVERITIES.index(severity)
    if floor == 0:
        return report
    findings = tuple(f for f in report.findings if SEVERITIES.index(f.severity) >= floor)
    keep_warnings = SEVERITIES.index(TEXT_WARNING_SEVERITY) >= floor
    return attrs.evolve(
        report, findings=findings, warnings=report.warnings if keep_warnings else ()
    )


def _silenced(
    finding: Finding, drafts: dict[str, Document], silenced: dict[str, list[tuple[int, int]]]
) -> bool:
    start = drafts[finding.doc_id].file_offset(finding.quote.start)
    return any(a <= start < b for a, b in silenced[finding.doc_id])


def suppressed_spans(text: str) -> list[tuple[int, int]]:
    """The stretches of a draft that suppression comments silence (file offsets).

    ``<!-- quoteverify: ignore -->`` silences the next non-blank line after the comment's line;
    ``<!-- quoteverify: off -->`` silences everything up to ``<!-- quoteverify: on -->`` (or
    the end of the file).

    >>> text = "<!-- quoteverify: ignore -->\\n\\n\\"Skip me,\\" he said.\\n\\"Not me.\\""
    >>> [text[a:b] for a, b in suppressed_spans(text)]
    ['"Skip me," he said.']
    """
    spans: list[tuple[int, int]] = []
    off_at: int | None = None
    for found in _DIRECTIVE_RE.finditer(text):
        word = found.group(1)
        if word == "ignore" and off_at is None:
            spans.append(_next_line(text, found.end()))
        elif word == "off" and off_at is None:
            off_at = found.end()
        elif word == "on" and off_at is not None:
            spans.append((off_at, found.start()))
            off_at = None
    if off_at is not None:
        spans.append((off_at, len(text)))
    return spans


def _next_line(text: str, after: int) -> tuple[int, int]:
    """The first non-blank line after the line holding offset ``after``."""
    start = text.find("\n", after)
    while start >= 0:
        end = text.find("\n", start + 1)
        end = len(text) if end < 0 else end
        if text[start + 1 : end].strip():
            return start + 1, end
        start = end if end < len(text) else -1
    return len(text), len(text)
