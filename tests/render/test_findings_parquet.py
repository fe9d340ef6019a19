"""``compare --output-dir DIR --shard-format parquet``: the rows read back equal the JSON
Lines rows, a shard is written whole or not at all, and a missing pyarrow is one line."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
from helpers import DOCS, SEEDS, assert_one_line_error, run

from quoteverify import Document, corroborate
from quoteverify.inputs.load import iter_documents
from quoteverify.render import findings_parquet
from quoteverify.render.findings_jsonl import ShardWriter
from quoteverify.render.report_json import REPORT_FORMAT_VERSION

# Invented text, hostile on purpose: a bidirectional override, a character beyond the BMP, a
# newline inside a quote, an unclosed quote (a warning), a transcript turn.
WIRE = (
    '"We will not close the harbour \u202eto shipping\u202c this winter," Mayor Ana Ruiz said '
    "on Monday.\n\n"
    '"The dredging starts in March 🚢, and\nit ends in May," Ruiz added.\n\n'
    'Ruiz said the council "would never'
)
PAPER = (
    "Harbour briefing, Monday.\n\n"
    "MAYOR RUIZ: We will not close the harbour to shipping this winter. The dredging starts "
    "in April, and it ends in May.\n\n"
    '"It is a good plan," said Omar Haddad, a fisherman.'
)
DOCUMENTS = [Document("wire.txt", WIRE), Document("paper.txt", PAPER)]


def shards(folder: Path, kind: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in sorted(folder.glob(f"{kind}-*")):
        if path.suffix == ".parquet":
            rows += pq.read_table(path).to_pylist()
        else:
            rows += [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    return rows


@pytest.mark.parametrize(
    "documents", [DOCUMENTS, list(iter_documents([SEEDS]))], ids=["hostile", "seeds"]
)
def test_parquet_rows_equal_the_json_lines_rows(tmp_path: Path, documents: list[Document]) -> None:
    report = corroborate(documents)
    assert report.findings and any(f.matches for f in report.findings)
    for shard_format in ("jsonl", "parquet"):
        ShardWriter(str(tmp_path / shard_format), shard_format)(
            0, report.findings, report.warnings, documents
        )
    for kind in ("findings", "warnings"):
        jsonl, parquet = shards(tmp_path / "jsonl", kind), shards(tmp_path / "parquet", kind)
        assert parquet == jsonl
    assert len(shards(tmp_path / "parquet", "findings")) == len(report.findings)
    if documents is DOCUMENTS:
        assert shards(tmp_path / "parquet", "warnings")


def test_compare_writes_parquet_shards_that_hold_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "compare", SEEDS, "--format", "json")
    assert status == 0
    expected = json.loads(out)["findings"]
    folder = tmp_path / "out"
    status, out, err = run(
        capsys, "compare", SEEDS, "--output-dir", folder, "--shard-format", "parquet"
    )
    assert (status, out) == (0, "")
    assert err.startswith("2 documents, ") and f"findings in {folder}:" in err
    assert sorted(p.name for p in folder.iterdir()) == [
        "documents-00000.jsonl",
        "findings-00000.parquet",
    ]
    assert shards(folder, "findings") == expected
    schema = pq.read_schema(folder / "findings-00000.parquet")
    assert schema.metadata[b"quoteverify.report_format"] == str(REPORT_FORMAT_VERSION).encode()
    # the nested columns are there to be queried: the matches' relations, without JSON
    matches = pq.read_table(folder / "findings-00000.parquet", columns=["matches"])
    relations = pc.list_flatten(matches["matches"]).combine_chunks().field("relation")
    assert set(relations.to_pylist()) <= {
        "exact", "normalized", "editorial", "fragment-of", "contains", "overlaps", "elided",
        "altered",
    }


def test_a_partition_without_findings_still_gets_its_shard(tmp_path: Path) -> None:
    ShardWriter(str(tmp_path), "parquet")(3, [], [], [])
    table = pq.read_table(tmp_path / "findings-00003.parquet")
    assert table.num_rows == 0
    assert table.schema.names == [
        "doc_id", "line", "column", "status", "coverage", "severity", "suppressed", "quote",
        "matches",
    ]


def test_a_failed_shard_leaves_the_old_one_and_nothing_half_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "out"
    argv = ["compare", SEEDS, "--output-dir", folder, "--shard-format", "parquet"]
    assert run(capsys, *argv)[0] == 0
    before = (folder / "findings-00000.parquet").read_bytes()
    monkeypatch.setattr(findings_parquet, "ROWS_PER_GROUP", 2)
    written = pq.ParquetWriter.write_table

    def fill_the_disk(self: pq.ParquetWriter, table: pa.Table, *args: Any) -> None:
        written(self, table, *args)  # a row group is written, then the disk is full
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pq.ParquetWriter, "write_table", fill_the_disk)
    status, out, err = run(capsys, *argv)
    assert (status, out) == (2, "")
    shard = folder / "findings-00000.parquet"
    assert_one_line_error(err, f"{shard}: cannot write findings: No space left on device")
    assert sorted(p.name for p in folder.iterdir()) == [
        "documents-00000.jsonl",
        "findings-00000.parquet",
    ]
    assert shard.read_bytes() == before


def test_without_pyarrow_parquet_shards_say_what_to_install_before_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    folder = tmp_path / "out"
    status, out, err = run(
        capsys, "compare", SEEDS, "--output-dir", folder, "--shard-format", "parquet"
    )
    assert (status, out) == (2, "")
    assert_one_line_error(err, "writing Parquet needs pyarrow: pip install 'quoteverify[parquet]'")
    assert not folder.exists()


def test_shard_format_needs_an_output_dir(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "compare", SEEDS, "--shard-format", "parquet")
    assert (status, out) == (2, "")
    assert_one_line_error(err, "--shard-format needs --output-dir")


def test_an_output_dir_that_is_a_file_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    taken = tmp_path / "taken"
    taken.write_text("", "utf-8")
    status, out, err = run(capsys, "compare", SEEDS, "--output-dir", taken)
    assert (status, out) == (2, "")
    assert_one_line_error(err, f"{taken}: cannot write findings here: not a directory")


def test_the_documented_schema_is_the_schema_written() -> None:
    markdown = (DOCS / "report-format.md").read_text(encoding="utf-8")
    start = markdown.index("### Parquet schema")
    section = markdown[start : markdown.index("\n## ", start)]
    rows = dict(re.findall(r"^\| `(\w+)` +\| (.+) \|$", section, flags=re.MULTILINE))
    schema = findings_parquet.finding_schema(pa)
    assert list(rows) == schema.names
    for field in schema:
        if not pa.types.is_nested(field.type):
            assert rows[field.name] == str(field.type)
        for name in _nested_names(field.type):
            assert f"`{name}`" in rows[field.name] + section, (field.name, name)


def _nested_names(kind: pa.DataType) -> set[str]:
    if pa.types.is_struct(kind):
        return {n for f in kind for n in {f.name} | _nested_names(f.type)}
    if pa.types.is_list(kind):
        return _nested_names(kind.value_type)
    return set()
