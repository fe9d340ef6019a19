"""``quoteverify compare --by-utterance``, run in-process: the formats, the refusals, and the
utterances written beside the findings shards with ``--output-dir``."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from helpers import DOCS, assert_one_line_error, run

from quoteverify import corroborate, utterances
from quoteverify.errors import InputError
from quoteverify.inputs.finding_shards import read_findings
from quoteverify.inputs.load import iter_documents
from quoteverify.matching.utterance_view import utterances_in_shards
from quoteverify.render.report_json import report_to_json
from quoteverify.render.utterances import render_utterances_jsonl

BRIDGE = "The harbour bridge will stay closed to lorries until the inspectors sign it off"
ROWS = [
    {"id": "wire", "source": "Wire", "date": "2024-11-04",
     "text": f'"{BRIDGE}," Mayor Lena Okafor said on Monday.'},
    {"id": "paper", "source": "The Paper", "date": "2024-11-05",
     "text": 'Okafor told reporters: "The harbour bridge will stay closed."'},
    {"id": "blog", "text": f'"{BRIDGE.replace("will", "would")}," Okafor said.'},
    {"id": "radio", "date": "2024-11-06",
     "text": '"We expect the river to crest on Thursday night," Okafor said.'},
]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in ROWS), encoding="utf-8")
    return path


def test_text_is_a_block_per_utterance(capsys: pytest.CaptureFixture[str], corpus: Path) -> None:
    status, out, err = run(capsys, "compare", corpus, "--by-utterance")
    assert (status, err) == (0, "")
    blocks = out.split("\n\n")
    assert len(blocks) == 3  # two utterances and the summary
    assert "3 documents, 2024-11-04 to 2024-11-05 (1 undated)" in blocks[0]
    assert "said by  Lena Okafor (3)" in blocks[0]
    assert "sources  Wire (1), The Paper (1)" in blocks[0]
    assert '"We expect the river to crest on Thursday night,"' in blocks[1]
    assert blocks[2] == "2 utterances: 1 in more than one document\n"


def test_json_and_jsonl_hold_the_same_utterances(
    capsys: pytest.CaptureFixture[str], corpus: Path
) -> None:
    document = json.loads(_out(capsys, corpus, "json"))
    assert (document["kind"], document["version"]) == ("utterances", 1)
    rows = [json.loads(line) for line in _out(capsys, corpus, "jsonl").splitlines()]
    assert rows == document["utterances"]
    first = rows[0]
    assert list(first) == [
        "id", "wording", "documents", "first_seen", "last_seen", "undated", "speakers",
        "sources", "wordings",
    ]
    texts = {row["id"]: row["text"] for row in ROWS}
    for wording in first["wordings"]:
        for appearance in wording["appearances"]:
            for span in appearance["spans"]:  # offsets into the documents' texts
                assert texts[appearance["doc_id"]][span["start"] : span["end"]] == span["text"]


def _out(capsys: pytest.CaptureFixture[str], corpus: Path, output_format: str) -> str:
    capsys.readouterr()
    status, out, _ = run(capsys, "compare", corpus, "--by-utterance", "--format", output_format)
    assert status == 0
    return out


def test_min_documents_leaves_out_the_quotes_found_once(
    capsys: pytest.CaptureFixture[str], corpus: Path
) -> None:
    status, out, _ = run(
        capsys, "compare", corpus, "--by-utterance", "--min-documents", "2", "--format", "jsonl"
    )
    assert status == 0
    assert [json.loads(line)["documents"] for line in out.splitlines()] == [3]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--by-utterance", "--format", "markdown"],
         "--by-utterance writes text, json or jsonl, not markdown"),
        (["--by-utterance", "--format", "html"],
         "--by-utterance writes text, json or jsonl, not html"),
        (["--min-documents", "2"], "--min-documents goes with --by-utterance"),
    ],
)
def test_refused_options_are_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], corpus: Path, args: list[str], message: str
) -> None:
    status, out, err = run(capsys, "compare", corpus, *args)
    assert (status, out) == (2, "")
    assert_one_line_error(err, message)


def test_jsonl_without_by_utterance_is_a_finding_a_line(
    capsys: pytest.CaptureFixture[str], corpus: Path
) -> None:
    status, out, _ = run(capsys, "compare", corpus, "--format", "jsonl")
    assert status == 0
    report = corroborate(iter_documents([corpus]))
    assert [json.loads(line) for line in out.splitlines()] == report_to_json(report)["findings"]


def test_output_dir_writes_the_utterances_beside_the_shards(
    capsys: pytest.CaptureFixture[str], corpus: Path, tmp_path: Path
) -> None:
    out_dir = tmp_path / "out"
    status, out, err = run(capsys, "compare", corpus, "--by-utterance", "--output-dir", out_dir)
    assert (status, out) == (0, "")
    assert err.splitlines()[-1] == f"2 utterances in {out_dir / 'utterances.jsonl'}"
    assert sorted(p.name for p in out_dir.iterdir()) == [
        "documents-00000.jsonl", "findings-00000.jsonl", "utterances.jsonl"
    ]
    written = (out_dir / "utterances.jsonl").read_text("utf-8")
    assert written == _out(capsys, corpus, "jsonl")
    # the shards alone give the same utterances (what a cluster run reads back)
    assert render_utterances_jsonl(utterances_in_shards(out_dir)) == written
    report = corroborate(iter_documents([corpus]))
    assert tuple(read_findings(out_dir / "findings-00000.jsonl")) == report.findings
    assert render_utterances_jsonl(utterances(report)) == written


def test_parquet_shards_give_the_same_utterances_and_findings(
    capsys: pytest.CaptureFixture[str], corpus: Path, tmp_path: Path
) -> None:
    pytest.importorskip("pyarrow")
    out_dir = tmp_path / "out"
    status, _, _ = run(capsys, "compare", corpus, "--by-utterance", "--output-dir", out_dir,
                       "--shard-format", "parquet")
    assert status == 0
    assert sorted(p.name for p in out_dir.iterdir()) == [
        "documents-00000.jsonl", "findings-00000.parquet", "utterances.jsonl"
    ]
    assert (out_dir / "utterances.jsonl").read_text("utf-8") == _out(capsys, corpus, "jsonl")
    report = corroborate(iter_documents([corpus]))
    assert tuple(read_findings(out_dir / "findings-00000.parquet")) == report.findings


def test_a_findings_shard_that_is_not_parquet_is_one_error_naming_it(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    shard = tmp_path / "findings-00000.parquet"
    shard.write_text("not parquet", encoding="utf-8")
    with pytest.raises(InputError, match=r"findings-00000\.parquet: cannot read shard"):
        list(read_findings(shard))


def test_quote_text_cannot_steer_the_terminal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    trap = "We will \x1b[2J\x1b]8;;http://x\x07never\u202e retreat from the eastern towns"
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"id": "a\x1b[31m", "source": "S\u2066", "text": f'"{trap}," Ruiz said.'})
        + "\n"
        + json.dumps({"id": "b", "text": f'Ruiz said: "{trap}."'})
        + "\n",
        encoding="utf-8",
    )
    for output_format in ("text", "json", "jsonl"):
        status, out, _ = run(
            capsys, "compare", corpus, "--by-utterance", "--format", output_format,
            "--color", "always",
        )
        assert status == 0
        assert "\x07" not in out and "\u202e" not in out and "\u2066" not in out
        if output_format == "text":
            assert "\\x1b[2J" in out and "\x1b[2J" not in out and "\x1b[31m" not in out
        else:
            assert "\x1b" not in out


def test_the_example_in_report_format_md_is_what_compare_writes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    markdown = (DOCS / "report-format.md").read_text(encoding="utf-8")

    def block(info: str) -> str:
        [found] = re.findall(rf"^```{info}\n(.*?)^```$", markdown, flags=re.MULTILINE | re.DOTALL)
        return str(found)

    corpus = tmp_path / "news.jsonl"
    corpus.write_text(block("jsonl utterance-corpus"), encoding="utf-8")
    status, out, _ = run(capsys, "compare", corpus, "--by-utterance", "--format", "jsonl")
    assert status == 0
    assert [json.loads(line) for line in out.splitlines()] == [json.loads(block("json utterance"))]
    status, out, _ = run(capsys, "compare", corpus, "--by-utterance")
    assert out == block("text utterance")
