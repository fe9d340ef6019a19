"""Findings as shards: one finding a row, with its matches, written where the findings are
made (on a cluster, by each partition's worker), so no process holds them all.

A row is the finding object of the JSON report (``docs/report-format.md``): ``doc_id``,
``line``, ``column``, ``status``, ``coverage``, ``severity``, ``suppressed``, ``quote`` and
``matches``. Shards are JSON Lines (``findings-NNNNN.jsonl``, one finding a line) or Parquet
(``findings-NNNNN.parquet``, the same fields as nested columns: :mod:`.findings_parquet`).
Warnings about the texts go to ``warnings-NNNNN.jsonl`` (or ``.parquet``) beside, and the
``id``, ``source`` and ``date`` of the documents the findings point into to
``documents-NNNNN.jsonl`` whatever the format (:mod:`quoteverify.inputs.finding_shards` reads
JSON Lines shards back).
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from quoteverify.errors import QuoteverifyError
from quoteverify.inputs.finding_shards import DOCUMENTS_SHARD
from quoteverify.model import STATUSES, Document, Finding, Report, TextWarning
from quoteverify.render.json import _warning, bidi_escaped
from quoteverify.render.report_json import _finding, _position
from quoteverify.render.report_text import Places

SHARD_FORMATS = ("jsonl", "parquet")


def finding_rows(findings: Sequence[Finding], documents: Sequence[Document]) -> Iterator[str]:
    """One line of JSON per finding (``documents``: those its quote and matches are in)."""
    for row in _finding_objects(findings, documents):
        yield _line(row)


def _finding_objects(
    findings: Sequence[Finding], documents: Sequence[Document]
) -> Iterator[dict[str, Any]]:
    places = Places(documents)
    for finding in findings:
        yield _finding(finding, places)


def _warning_objects(
    warnings: Sequence[tuple[str, TextWarning]], documents: Sequence[Document]
) -> Iterator[dict[str, Any]]:
    places = Places(documents)
    for doc_id, warning in warnings:
        yield {"doc_id": doc_id, **_position(places, doc_id, warning.start), **_warning(warning)}


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


def document_objects(
    findings: Sequence[Finding], documents: Sequence[Document]
) -> Iterator[dict[str, Any]]:
    """The ``id``, ``source`` and ``date`` of each document the findings point into (their
    own, their matches'), in the order of ``documents``."""
    wanted = {f.doc_id for f in findings} | {m.doc_id for f in findings for m in f.matches}
    for document in documents:
        if document.id in wanted:
            yield {"id": document.id, "source": document.source, "date": document.date}


def _line(value: object) -> str:
    return bidi_escaped(json.dumps(value, ensure_ascii=False, separators=(",", ":"))) + "\n"


@attrs.frozen
class ShardWriter:
    """Writes a partition's findings to ``findings-NNNNN.jsonl`` (or ``.parquet``, by
    ``shard_format``) in ``directory`` and its documents to ``documents-NNNNN.jsonl``, each
    replaced whole so that a failed or rerun partition never leaves half a shard, and answers
    the counts per status."""

    directory: str
    shard_format: str = attrs.field(default="jsonl", validator=attrs.validators.in_(SHARD_FORMATS))

    def __call__(
        self,
        index: int,
        findings: Sequence[Finding],
        warnings: Sequence[tuple[str, TextWarning]],
        documents: Sequence[Document],
    ) -> dict[str, int]:
        folder = Path(self.directory)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise QuoteverifyError(f"{folder}: cannot write findings: {_reason(exc)}") from None
        write = _parquet_writer() if self.shard_format == "parquet" else _write_jsonl
        suffix = self.shard_format
        write(folder / f"findings-{index:05d}.{suffix}", _finding_objects(findings, documents))
        _write_jsonl(folder / DOCUMENTS_SHARD.format(index), document_objects(findings, documents))
        if warnings:
            rows = _warning_objects(warnings, documents)
            write(folder / f"warnings-{index:05d}.{suffix}", rows)
        counts: dict[str, int] = dict.fromkeys(STATUSES, 0)
        for finding in findings:
            counts[finding.status] += 1
        return counts


def _write_jsonl(path: Path, rows: Iterator[dict[str, Any]]) -> None:
    write_lines(path, map(_line, rows))


def write_lines(path: Path, lines: Iterable[str], what: str = "findings") -> None:
    """Write lines of text to ``path`` whole (see :func:`replace`)."""

    def write(partial: Path) -> None:
        with open(partial, "w", encoding="utf-8", newline="\n") as file:
            file.writelines(lines)

    replace(path, write, what)


def _parquet_writer() -> Callable[[Path, Iterator[dict[str, Any]]], None]:
    """Writes findings or warnings (by the file's name) to a Parquet file; needs pyarrow,
    asked for before anything is written."""
    from quoteverify.render import findings_parquet as parquet

    pa = parquet.import_pyarrow()
    schemas = {"findings": parquet.finding_schema(pa), "warnings": parquet.warning_schema(pa)}

    def write(path: Path, rows: Iterator[dict[str, Any]]) -> None:
        schema = schemas[path.name.partition("-")[0]]
        replace(path, lambda partial: parquet.write_parquet(partial, rows, schema))

    return write


def replace(path: Path, write: Callable[[Path], None], what: str = "findings") -> None:
    """Write a file by ``write`` to a hidden file beside ``path``, then rename it over
    ``path``: a reader sees the old file or the new one, and a failure leaves nothing (an
    :class:`OSError` is one :class:`QuoteverifyError` saying it cannot write ``what``)."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        write(partial)
        os.replace(partial, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        if isinstance(exc, OSError):
            raise QuoteverifyError(f"{path}: cannot write {what}: {_reason(exc)}") from None
        raise


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__
