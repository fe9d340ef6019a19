"""Parquet shards: a ``.parquet`` file of one document a row, read a batch of rows at a time
(``pyarrow``'s ``iter_batches``: the file is never loaded whole).

Columns: ``id`` and ``text`` (strings, required); ``source`` and ``format`` (``"text"``,
``"markdown"`` or ``"html"``) optional strings, a null being the default (``path:row``, plain
text), as a missing field is in a JSON Lines corpus; ``date`` optional too, an ISO 8601
string or a Parquet date or timestamp. Other columns are not read. Needs ``pip install
'quoteverify[parquet]'``; without pyarrow, reading a ``.parquet`` file is one
:class:`MissingDependencyError` naming it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from quoteverify.errors import InputError, MissingDependencyError
from quoteverify.inputs.records import record_document
from quoteverify.model import Document

INSTALL = "pip install 'quoteverify[parquet]'"
_COLUMNS = ("id", "text", "source", "format", "date")
_REQUIRED = ("id", "text")
_NULLABLE = ("source", "format", "date")
"""Columns a row may leave null: the default source (``path:row``), format ``"text"``."""
_BATCH_ROWS = 512
"""Rows decoded at a time: a few megabytes of news text, whatever the file's row groups."""


def parquet_documents(path: Path) -> Iterator[tuple[str, Document]]:
    """Yield ``(where, document)`` for each row of a Parquet file; ``where`` names the file
    and the row (counted from 1), as does the default ``source``. Bad input (not Parquet, a
    missing or mistyped column, a null or empty id) is an :class:`InputError` naming both."""
    pa, pq = import_pyarrow(path)
    errors = (OSError, ValueError, pa.ArrowException)
    try:
        file = pq.ParquetFile(path)
        schema = file.schema_arrow
    except errors as exc:
        raise InputError(f"{path}: not a readable Parquet file: {reason(exc)}") from None
    try:
        columns = _columns(path, schema, pa)
        batches = file.iter_batches(batch_size=_BATCH_ROWS, columns=columns, use_threads=False)
        row = 0
        while True:
            try:
                batch = next(batches, None)
                values = None if batch is None else [batch.column(c).to_pylist() for c in columns]
            except errors as exc:  # a corrupt page, bytes that are not UTF-8
                raise InputError(
                    f"{path}: cannot read row {row + 1} or after: {reason(exc)}"
                ) from None
            if values is None:
                return
            for fields in zip(*values, strict=True):
                row += 1
                where = f"{path}: row {row}"
                record = dict(zip(columns, fields, strict=True))
                yield where, _document(where, record, default_source=f"{path}:{row}")
    finally:
        file.close()


def _document(where: str, record: dict[str, Any], *, default_source: str) -> Document:
    for field in _REQUIRED:
        if record[field] is None:
            raise InputError(f'{where}: "{field}" is null (a string is needed)')
    date = record.get("date")
    if date is not None and not isinstance(date, str):
        date = date.isoformat()  # a Parquet date or timestamp
    return record_document(
        record["id"],
        record["text"],
        record.get("source"),
        record.get("format") or "text",
        where,
        default_source=default_source,
        date=date,
    )


def _columns(path: Path, schema: Any, pa: Any) -> list[str]:
    """The columns to read, once the file's schema says they hold strings."""
    names = list(schema.names)
    for name in _REQUIRED:
        if name not in names:
            shown = ", ".join(names) if names else "none"
            raise InputError(
                f'{path}: no "{name}" column (a Parquet corpus needs "id" and "text";'
                f" its columns: {shown})"
            )
    columns = [name for name in _COLUMNS if name in names]
    for name in columns:
        if names.count(name) > 1:
            raise InputError(f'{path}: more than one "{name}" column')
        kind = schema.field(name).type
        when = name == "date" and (pa.types.is_date(kind) or pa.types.is_timestamp(kind))
        if not (_is_string(kind, pa) or when or (name in _NULLABLE and pa.types.is_null(kind))):
            raise InputError(f'{path}: column "{name}" must hold strings, not {kind}')
    return columns


def _is_string(kind: Any, pa: Any) -> bool:
    is_view = getattr(pa.types, "is_string_view", None)  # (pyarrow 16 and later)
    return bool(
        pa.types.is_string(kind)
        or pa.types.is_large_string(kind)
        or (is_view is not None and is_view(kind))
    )


def import_pyarrow(path: Path) -> tuple[Any, Any]:
    """pyarrow and pyarrow.parquet, or a :class:`MissingDependencyError` naming the file to be
    read and what to install."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise MissingDependencyError(f"{path}: reading Parquet needs pyarrow: {INSTALL}") from None
    return pyarrow, pyarrow.parquet


def reason(exc: BaseException) -> str:
    """The first line of pyarrow's message (some run on with a C++ backtrace)."""
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
