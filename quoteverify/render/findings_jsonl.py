"""Findings as JSON Lines shards: one finding a line, with its matches, written where the
findings are made (on a cluster, by each partition's worker), so no process holds them all.

A row is the finding object of the JSON report (``docs/report-format.md``), on one line:
``doc_id``, ``line``, ``column``, ``status``, ``coverage``, ``severity``, ``suppressed``,
``quote`` and ``matches``. Warnings about the texts go to ``warnings-NNNNN.jsonl`` beside,
and the ``id``, ``source`` and ``date`` of the documents the findings point into to
``documents-NNNNN.jsonl`` (:mod:`quoteverify.inputs.finding_shards` reads them back).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

import attrs

from quoteverify.inputs.finding_shards import DOCUMENTS_SHARD, FINDINGS_SHARD, WARNINGS_SHARD
from quoteverify.model import STATUSES, Document, Finding, Report, TextWarning
from quoteverify.render.json import _warning, bidi_escaped
from quoteverify.render.report_json import _finding, _position
from quoteverify.render.report_text import Places


def finding_rows(findings: Sequence[Finding], documents: Sequence[Document]) -> Iterator[str]:
    """One line of JSON per finding (``documents``: those its quote and matches are in)."""
    places = Places(documents)
    for finding in findings:
        yield _line(_finding(finding, places))


def render_findings_jsonl(report: Report) -> str:
    """A report's findings as JSON Lines: one finding a line, as in the shards.

    >>> from quoteverify.model import Quote
    >>> quote = Quote("Ready,", 1, 7, speaker=None, cue=None, kind="utterance", utterance=0)
    >>> report = Report((Document("a.txt", '"Ready,"'),),
    ...                 (Finding("a.txt", quote, "uncorroborated", 0.0, ()),))
    >>> render_findings_jsonl(report)[:60]
    '{"doc_id":"a.txt","line":1,"column":2,"status":"uncorroborat'
    """
    return "".join(finding_rows(report.findings, report.documents))


def document_rows(findings: Sequence[Finding], documents: Sequence[Document]) -> Iterator[str]:
    """One line of JSON (``id``, ``source``, ``date``) per document the findings point into
    (their own, their matches'), in the order of ``documents``."""
    wanted = {f.doc_id for f in findings} | {m.doc_id for f in findings for m in f.matches}
    for document in documents:
        if document.id in wanted:
            yield _line({"id": document.id, "source": document.source, "date": document.date})


def _line(value: object) -> str:
    return bidi_escaped(json.dumps(value, ensure_ascii=False, separators=(",", ":"))) + "\n"


@attrs.frozen
class ShardWriter:
    """Writes a partition's findings to ``findings-NNNNN.jsonl`` in ``directory``, and its
    documents to ``documents-NNNNN.jsonl`` (each replaced whole, so a rerun never leaves half a
    shard), and answers the counts per status."""

    directory: str

    def __call__(
        self,
        index: int,
        findings: Sequence[Finding],
        warnings: Sequence[tuple[str, TextWarning]],
        documents: Sequence[Document],
    ) -> dict[str, int]:
        folder = Path(self.directory)
        folder.mkdir(parents=True, exist_ok=True)
        _replace(folder / FINDINGS_SHARD.format(index), finding_rows(findings, documents))
        _replace(folder / DOCUMENTS_SHARD.format(index), document_rows(findings, documents))
        if warnings:
            places = Places(documents)
            rows = (
                _line({"doc_id": d, **_position(places, d, w.start), **_warning(w)})
                for d, w in warnings
            )
            _replace(folder / WARNINGS_SHARD.format(index), rows)
        counts: dict[str, int] = dict.fromkeys(STATUSES, 0)
        for finding in findings:
            counts[finding.status] += 1
        return counts


def _replace(path: Path, rows: Iterator[str]) -> None:
    partial = path.with_name(f".{path.name}.{os.getpid()}.part")
    with open(partial, "w", encoding="utf-8", newline="\n") as file:
        file.writelines(rows)
    os.replace(partial, path)
