"""Findings shards read back: what ``compare --output-dir`` writes is what the report holds,
finding for finding, with the documents' sources and dates beside."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quoteverify import Document, InputError, corroborate
from quoteverify.inputs.finding_shards import read_document_rows, read_findings
from quoteverify.render.findings_jsonl import ShardWriter

DOCUMENTS = [
    Document("wire", '"We will never retreat from the eastern towns," Ana Ruiz said.',
             source="Wire", date="2024-11-04"),
    Document("paper", 'Ruiz said: "We will not retreat from the eastern towns."'),
    Document("transcript", "MS. RUIZ: We will never retreat from the eastern towns."),
    Document("quiet", "Nothing quoted here."),
]


def test_the_findings_read_back_are_the_report_s(tmp_path: Path) -> None:
    report = corroborate(DOCUMENTS)
    assert any(m.quote is None for f in report.findings for m in f.matches)
    ShardWriter(str(tmp_path))(3, report.findings, report.warnings, DOCUMENTS)
    assert tuple(read_findings(tmp_path / "findings-00003.jsonl")) == report.findings
    # the documents the findings point into, not the one they never mention
    assert list(read_document_rows(tmp_path / "documents-00003.jsonl")) == [
        ("wire", "Wire", "2024-11-04"), ("paper", None, None), ("transcript", None, None)
    ]


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("{", "line 2: invalid JSON"),
        ("[1]", "line 2: expected a JSON object"),
        ('{"doc_id": "a"}', "line 2: not a finding row (no 'quote' field)"),
    ],
)
def test_a_bad_row_names_the_shard_and_the_line(tmp_path: Path, row: str, problem: str) -> None:
    shard = tmp_path / "findings-00000.jsonl"
    shard.write_text("\n" + row + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(problem)) as info:
        list(read_findings(shard))
    assert str(info.value).startswith(f"{shard}: ")


def test_a_missing_shard_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read shard"):
        list(read_document_rows(tmp_path / "documents-00000.jsonl"))
