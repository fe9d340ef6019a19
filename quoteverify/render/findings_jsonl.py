"""Findings as JSON Lines shards: one finding a line, with its matches, written where the
findings are made (on a cluster, by each partition's worker), so no process holds them all.

A row is the finding object of the JSON report (``docs/report-format.md``), on one line:
``doc_id``, ``line``, ``column``, ``status``, ``coverage``, ``severity``, ``suppressed``,
``quote`` and ``matches``. Warnings about the texts go to ``warnings-NNNNN.jsonl`` beside.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

import attrs

from quoteverify.model import STATUSES, Document, Finding, TextWarning
from quoteverify.render.json import _warning, bidi_escaped
from quoteverify.render.report_json import _finding, _position
from quoteverify.render.report_text import Places


def finding_rows(findings: Sequence[Finding], documents: Sequence[Document]) -> Iterator[str]:
    """One line of JSON per finding (``documents``: those its quote and matches are in)."""
    places = Places(documents)
    for finding in findings:
        yield _line(_finding(finding, places))


def _line(value: object) -> str:
    return bidi_escaped(json.dumps(value, ensure_ascii=False, separators=(",", ":"))) + "\n"


@attrs.frozen
class ShardWriter:
    """Writes a partition's findings to ``findings-NNNNN.jsonl`` in ``directory`` (replaced
    whole, so a rerun never leaves half a shard) and answers the counts per status."""

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
        _replace(folder / f"findings-{index:05d}.jsonl", finding_rows(findings, documents))
        if warnings:
            places = Places(documents)
            rows = (
                _line({"doc_id": d, **_position(places, d, w.start), **_warning(w)})
                for d, w in warnings
            )
            _replace(folder / f"warnings-{index:05d}.jsonl", rows)
        counts: dict[str, int] = dict.fromkeys(STATUSES, 0)
        for finding in findings:
            counts[finding.status] += 1
        return counts


def _replace(path: Path, rows: Iterator[str]) -> None:
    partial = path.with_name(f".{path.name}.{os.getpid()}.part")
    with open(partial, "w", encoding="utf-8", newline="\n") as file:
        file.writelines(rows)
    os.replace(partial, path)
