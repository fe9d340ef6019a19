"""Findings as Parquet shards: one row per finding, with the same fields as a line of the JSON
Lines shards (:mod:`.findings_jsonl`), typed and nested: the quote is a struct column, the
matches a list of structs, each with its diff, a list of structs too.

Nested columns rather than one column of JSON text: DuckDB, Spark, Polars and pandas (through
pyarrow) read them as they are (``UNNEST(matches)``, ``matches[1].relation``), filter on a
typed ``status`` or ``score`` without parsing anything, and read only the columns asked for.
The schema is written out here, field by field and in the JSON's order, so a shard with no
finding has it too and a field added to the JSON report without a column here is caught by
the round-trip test (the rows read back must equal the JSON Lines rows).

Needs pyarrow (``pip install 'quoteverify[parquet]'``), imported only when Parquet is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from quoteverify.errors import MissingDependencyError
from quoteverify.render.report_json import REPORT_FORMAT_VERSION

INSTALL = "pip install 'quoteverify[parquet]'"
ROWS_PER_GROUP = 10_000
"""Findings per row group: what is held in memory at once while a shard is written."""


def import_pyarrow() -> Any:
    """pyarrow, or a :class:`MissingDependencyError` that says what to install."""
    try:
        import pyarrow
        import pyarrow.parquet  # (a submodule: loaded for pyarrow.parquet below)
    except ImportError:
        raise MissingDependencyError(f"writing Parquet needs pyarrow: {INSTALL}") from None
    return pyarrow


def finding_schema(pa: Any) -> Any:
    """The Arrow schema of a findings shard: the finding object of ``docs/report-format.md``."""
    integer, number, text, flag = pa.int64(), pa.float64(), pa.string(), pa.bool_()
    span = pa.list_(integer)
    speaker = pa.struct([
        ("name", text), ("mention", text), ("start", integer), ("end", integer),
        ("role", text), ("kind", text), ("resolved_by", text), ("confidence", number),
    ])
    cue = pa.struct([("text", text), ("start", integer), ("end", integer)])
    quote = pa.struct([
        ("text", text), ("start", integer), ("end", integer), ("kind", text),
        ("utterance", integer), ("speaker", speaker), ("cue", cue),
    ])
    hunk = pa.struct([
        ("op", text), ("kind", text), ("this_text", text), ("other_text", text),
        ("this_span", span), ("other_span", span),
    ])
    match = pa.struct([
        ("doc_id", text), ("start", integer), ("end", integer), ("line", integer),
        ("column", integer), ("text", text), ("quote", quote), ("relation", text),
        ("score", number), ("speaker", text), ("other_speaker", speaker), ("words", integer),
        ("evidence", number), ("diff", pa.list_(hunk)),
    ])
    return _versioned(pa, pa.schema([
        ("doc_id", text), ("line", integer), ("column", integer), ("status", text),
        ("coverage", number), ("severity", text), ("suppressed", flag), ("quote", quote),
        ("matches", pa.list_(match)),
    ]))


def warning_schema(pa: Any) -> Any:
    """The Arrow schema of a warnings shard: the warning object of the JSON report."""
    integer, text = pa.int64(), pa.string()
    return _versioned(pa, pa.schema([
        ("doc_id", text), ("line", integer), ("column", integer), ("code", text),
        ("message", text), ("start", integer), ("end", integer),
    ]))


def _versioned(pa: Any, schema: Any) -> Any:
    return schema.with_metadata({"quoteverify.report_format": str(REPORT_FORMAT_VERSION)})


def write_parquet(path: Path, rows: Iterable[dict[str, Any]], schema: Any) -> None:
    """Write rows (dicts of the schema's fields) to a Parquet file, a row group at a time."""
    pa = import_pyarrow()
    with pa.parquet.ParquetWriter(path, schema, compression="zstd") as writer:
        for group in _groups(rows, ROWS_PER_GROUP):
            writer.write_table(pa.Table.from_pylist(group, schema=schema))


def _groups(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    found = iter(rows)
    while group := list(islice(found, size)):
        yield group
