"""The findings shards of ``compare --output-dir``, read back: one finding a row, each made
a :class:`~quoteverify.model.Finding` again, streamed, so a run whose report never fitted in
one process can still be read whole (the utterance view).

The shards are written by :mod:`quoteverify.render.findings_jsonl`, as JSON Lines or as
Parquet (``findings-NNNNN.parquet``, read a batch of rows at a time; needs pyarrow); the rows
are the finding objects of the JSON report (``docs/report-format.md``) either way. A row's
``line`` and ``column`` are left aside (a finding keeps offsets only), as are fields this
version does not know.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from quoteverify.errors import InputError
from quoteverify.inputs.records import json_object
from quoteverify.model import Cue, Finding, Hunk, Match, Quote, Speaker

FINDINGS_SHARD = "findings-{:05d}.jsonl"
"""The findings of partition N, in input order (``.parquet`` with ``--shard-format parquet``)."""
_PARQUET_ROWS = 1024
"""Findings decoded at a time from a Parquet shard."""
DOCUMENTS_SHARD = "documents-{:05d}.jsonl"
"""The id, source and date of each document the findings of partition N point into."""
WARNINGS_SHARD = "warnings-{:05d}.jsonl"
"""The warnings about the texts of partition N, when it has any."""


def findings_shard(directory: str | Path, index: int) -> Path:
    """The findings shard of partition ``index`` in ``directory``: the JSON Lines one, or the
    Parquet one where only that is there."""
    path = Path(directory, FINDINGS_SHARD.format(index))
    parquet = path.with_suffix(".parquet")
    return parquet if parquet.exists() and not path.exists() else path


def read_findings(path: str | Path) -> Iterator[Finding]:
    """The findings of one shard (a ``.parquet`` file is read as Parquet), a row at a time;
    :class:`InputError` names the file and the line or row that cannot be read.

    >>> import tempfile
    >>> row = ('{"doc_id": "a", "line": 1, "column": 2, "status": "uncorroborated",'
    ...        ' "coverage": 0.0, "severity": "warning", "suppressed": false, "quote": {"text":'
    ...        ' "Hi", "start": 1, "end": 3, "kind": "fragment", "utterance": 0,'
    ...        ' "speaker": null, "cue": null}, "matches": []}')
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     shard = Path(folder, "findings-00000.jsonl")
    ...     _ = shard.write_text(row + "\\n", encoding="utf-8")
    ...     [(f.doc_id, f.quote.text, f.status) for f in read_findings(shard)]
    [('a', 'Hi', 'uncorroborated')]
    """
    for where, row in _rows(path):
        try:
            yield _finding(row)
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise InputError(f"{where}: not a finding row ({_problem(exc)})") from None


def read_document_rows(path: str | Path) -> Iterator[tuple[str, str | None, str | None]]:
    """The ``(id, source, date)`` of each row of a documents shard."""
    for where, row in _rows(path):
        try:
            yield str(row["id"]), _optional(row.get("source")), _optional(row.get("date"))
        except (KeyError, TypeError) as exc:
            raise InputError(f"{where}: not a document row ({_problem(exc)})") from None


def _problem(exc: Exception) -> str:
    return f"no {exc} field" if isinstance(exc, KeyError) else str(exc)


def _rows(path: str | Path) -> Iterator[tuple[str, Any]]:
    if Path(path).suffix == ".parquet":
        yield from _parquet_rows(Path(path))
        return
    try:
        # (newline="\n": a line ends at "\n" only, as the shards are written)
        with open(path, encoding="utf-8", newline="\n") as file:
            for number, line in enumerate(file, start=1):
                if not line.strip():
                    continue
                where = f"{path}: line {number}"
                yield where, json_object(line, where)
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read shard: {exc}") from None


def _parquet_rows(path: Path) -> Iterator[tuple[str, Any]]:
    from quoteverify.inputs.parquet import import_pyarrow, reason

    pa, pq = import_pyarrow(path)
    errors = (OSError, ValueError, pa.ArrowException)
    row = 0
    try:
        with pq.ParquetFile(path) as file:
            for batch in file.iter_batches(batch_size=_PARQUET_ROWS, use_threads=False):
                for values in batch.to_pylist():
                    row += 1
                    yield f"{path}: row {row}", values
    except errors as exc:
        raise InputError(f"{path}: cannot read shard at row {row + 1}: {reason(exc)}") from None


def _optional(value: Any) -> str | None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"expected a string or null, not {type(value).__name__}")
    return value


def _finding(row: dict[str, Any]) -> Finding:
    return Finding(
        doc_id=row["doc_id"],
        quote=_quote(row["quote"]),
        status=row["status"],
        coverage=float(row["coverage"]),
        matches=tuple(_match(match) for match in row["matches"]),
        severity=row["severity"],
        suppressed=bool(row["suppressed"]),
    )


def _quote(row: dict[str, Any]) -> Quote:
    cue = row["cue"]
    return Quote(
        text=row["text"],
        start=int(row["start"]),
        end=int(row["end"]),
        speaker=_speaker(row["speaker"]),
        cue=None if cue is None else Cue(cue["text"], int(cue["start"]), int(cue["end"])),
        kind=row["kind"],
        utterance=int(row["utterance"]),
    )


def _speaker(row: dict[str, Any] | None) -> Speaker | None:
    if row is None:
        return None
    return Speaker(
        name=row["name"],
        mention=row["mention"],
        start=int(row["start"]),
        end=int(row["end"]),
        role=row["role"],
        kind=row["kind"],
        resolved_by=row["resolved_by"],
        confidence=float(row["confidence"]),
    )


def _match(row: dict[str, Any]) -> Match:
    quote = row["quote"]
    return Match(
        doc_id=row["doc_id"],
        start=int(row["start"]),
        end=int(row["end"]),
        text=row["text"],
        quote=None if quote is None else _quote(quote),
        relation=row["relation"],
        score=float(row["score"]),
        speaker=row["speaker"],
        other_speaker=_speaker(row["other_speaker"]),
        words=int(row["words"]),
        diff=tuple(_hunk(hunk) for hunk in row["diff"]),
        evidence=float(row["evidence"]),
    )


def _hunk(row: dict[str, Any]) -> Hunk:
    return Hunk(
        op=row["op"],
        this_text=row["this_text"],
        other_text=row["other_text"],
        this_span=(int(row["this_span"][0]), int(row["this_span"][1])),
        other_span=(int(row["other_span"][0]), int(row["other_span"][1])),
        kind=row["kind"],
    )
