"""``quoteverify compare``, run in-process through main().

Most tests swap in a stand-in for :func:`quoteverify.corroborate` that records its arguments and
returns a fixed report, so they test the command (reading, checking, rendering, writing) and not
the matching engine; the last ones run the real engine on the seeds.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from helpers import SEEDS, assert_one_line_error, run

import quoteverify
from quoteverify.cli import build_parser, help_markdown
from quoteverify.config import Config
from quoteverify.model import STATUSES, Document, Finding, Quote, Report
from quoteverify.render import REPORT_RENDERERS

DRAFT = '"We will not back down," Maria Lopez said.\n'
SOURCE = 'Maria Lopez said: "We will not back down."\n'


class FakeCorroborate:
    """Stands in for quoteverify.corroborate: records the call, reports one finding."""

    def __init__(self) -> None:
        self.calls: list[tuple[list[Document], Config | None]] = []

    def __call__(
        self, documents: Iterable[Document], *, config: Config | None = None, progress: Any = None
    ) -> Report:
        documents = list(documents)
        self.calls.append((documents, config))
        first = documents[0]
        quote = Quote("We will", 1, 8, None, None, "utterance", 0)
        return Report(tuple(documents), (Finding(first.id, quote, "uncorroborated", 0.0, ()),))


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeCorroborate:
    stand_in = FakeCorroborate()
    monkeypatch.setattr(quoteverify, "corroborate", stand_in, raising=False)
    return stand_in


@pytest.fixture
def pair(tmp_path: Path) -> list[Path]:
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "source.txt").write_text(SOURCE, encoding="utf-8")
    return [tmp_path / "draft.txt", tmp_path / "source.txt"]




# --- arguments ---


def test_help_lists_compare(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--help")
    assert status == 0
    assert "compare" in out


def test_compare_help_states_the_real_default(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "compare", "--help")
    assert status == 0
    assert f"default: {Config().min_words}" in " ".join(out.split())
    assert "## quoteverify compare" in help_markdown()


def test_format_choices_match_the_report_renderers() -> None:
    parser = build_parser()
    assert parser.parse_args(["compare", "a", "b"]).format == "text"
    for name in REPORT_RENDERERS:
        assert parser.parse_args(["compare", "a", "b", "--format", name]).format == name


@pytest.mark.parametrize(
    "args",
    [
        ["compare"],
        ["compare", "a.txt", "b.txt", "--format", "pdf"],
        ["compare", "a.txt", "b.txt", "--min-words", "0"],
        ["compare", "a.txt", "b.txt", "--min-words", "-3"],
        ["compare", "a.txt", "b.txt", "--min-words", "two"],
    ],
)
def test_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], fake: FakeCorroborate, args: list[str]
) -> None:
    status, out, err = run(capsys, *args)
    assert (status, out) == (2, "")
    assert "quoteverify compare" in err
    assert "Traceback" not in err
    assert fake.calls == []


# --- running ---


def test_reads_documents_and_passes_the_config(
    capsys: pytest.CaptureFixture[str], fake: FakeCorroborate, pair: list[Path]
) -> None:
    status, out, err = run(capsys, "compare", *pair, "--min-words", "6")
    assert (status, err) == (0, "")
    [(documents, config)] = fake.calls
    assert [document.id for document in documents] == ["draft.txt", "source.txt"]
    assert documents[0] == Document.from_path(pair[0])
    assert config == Config(min_words=6)
    assert out.splitlines()[0] == f"draft.txt  ({pair[0]})"


def test_default_config(
    capsys: pytest.CaptureFixture[str], fake: FakeCorroborate, pair: list[Path]
) -> None:
    assert run(capsys, "compare", *pair)[0] == 0
    assert fake.calls[0][1] == Config()


@pytest.mark.parametrize("output_format", ["text", "json", "markdown"])
def test_each_format_is_its_renderer(
    capsys: pytest.CaptureFixture[str],
    fake: FakeCorroborate,
    pair: list[Path],
    output_format: str,
) -> None:
    status, out, err = run(capsys, "compare", *pair, "--format", output_format)
    assert (status, err) == (0, "")
    documents = [Document.from_path(path) for path in pair]
    assert out == REPORT_RENDERERS[output_format](fake(documents))


def test_a_directory_and_a_corpus_count_as_documents(
    capsys: pytest.CaptureFixture[str], fake: FakeCorroborate, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    lines = [{"id": "a", "text": DRAFT}, {"id": "b", "text": SOURCE}]
    corpus.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    status, out, _ = run(capsys, "compare", corpus, "--format", "json")
    assert status == 0
    assert [document["id"] for document in json.loads(out)["documents"]] == ["a", "b"]


def test_output_file_is_written_whole(
    capsys: pytest.CaptureFixture[str], fake: FakeCorroborate, pair: list[Path], tmp_path: Path
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "report.md"
    target.write_text("old", encoding="utf-8")
    status = run(capsys, "compare", *pair, "--format", "markdown", "--output", target)
    assert status == (0, "", "")
    assert target.read_text(encoding="utf-8").startswith("## quoteverify: 1 quote in 2 documents")
    assert os.listdir(out_dir) == ["report.md"]


# --- nothing to compare, bad input ---


def test_one_document_is_not_enough(
    capsys: pytest.CaptureFixture[str], fake: FakeCorroborate, pair: list[Path], tmp_path: Path
) -> None:
    target = tmp_path / "report.txt"
    status, out, err = run(capsys, "compare", pair[0], "--output", target)
    assert (status, out) == (2, "")
    assert_one_line_error(err, "at least 2 documents", "got 1", "draft.txt")
    assert fake.calls == []
    assert not target.exists()


def test_the_same_file_twice_is_a_duplicate_not_two_documents(
    capsys: pytest.CaptureFixture[str], fake: FakeCorroborate, pair: list[Path]
) -> None:
    status, _, err = run(capsys, "compare", pair[0], pair[0])
    assert status == 2
    assert_one_line_error(err, "duplicate document id 'draft.txt'")


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("missing.txt", None, "no such file or directory"),
        ("latin1.txt", "café".encode("latin-1"), "not valid UTF-8 at byte 3"),
        ("blob.txt", b"GIF89a\x00", "looks like a binary file"),
        ("bad.jsonl", b'{"id": "a", "text": }', "line 1: invalid JSON"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str],
    fake: FakeCorroborate,
    pair: list[Path],
    tmp_path: Path,
    name: str,
    content: bytes | None,
    problem: str,
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    status, out, err = run(capsys, "compare", *pair, path, "--format", "json")
    assert (status, out) == (2, "")
    assert_one_line_error(err, path, problem)
    assert fake.calls == []


def test_interrupt_during_matching_exits_130(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, pair: list[Path]
) -> None:
    def interrupt(documents: Any, **options: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(quoteverify, "corroborate", interrupt, raising=False)
    assert run(capsys, "compare", *pair) == (130, "", "")


# --- the real engine on the seeds ---


def test_compare_the_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "compare", SEEDS)
    assert (status, err) == (0, "")
    ids = sorted(path.name for path in SEEDS.glob("*.txt"))
    assert len(ids) == 2
    blocks = out.split("\n\n")
    assert [block.splitlines()[0].split()[0] for block in blocks[:2]] == ids
    for status_name in ("corroborated", "uncorroborated"):
        assert f"  {status_name}  " in out
    assert "fragment-of" in out
    summary = out.splitlines()[-1]
    assert summary.split(", ")[0].endswith(" corroborated")
    assert [part.split()[1] for part in summary.split(", ")] == list(STATUSES)


def test_compare_the_seeds_as_json_and_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "compare", SEEDS, "--format", "json")
    assert status == 0
    data = json.loads(out)
    assert (data["version"], data["kind"]) == (1, "report")
    assert [document["id"] for document in data["documents"]] == sorted(
        path.name for path in SEEDS.glob("*.txt")
    )
    assert sum(data["counts"].values()) == len(data["findings"]) > 0
    assert {finding["doc_id"] for finding in data["findings"]} == {
        document["id"] for document in data["documents"]
    }
    weeks = [f for f in data["findings"] if f["quote"]["text"] == "the next several weeks."]
    assert [(f["status"], f["matches"][0]["relation"]) for f in weeks] == [
        ("corroborated", "fragment-of")
    ]

    status, markdown, _ = run(capsys, "compare", SEEDS, "--format", "markdown")
    assert status == 0
    for document in data["documents"]:
        assert f"### {document['id'].replace('_', chr(92) + '_')}" in markdown
    assert "| **total** |" in markdown
