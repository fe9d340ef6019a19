"""Corpus shards read in one process: gzipped JSON Lines and Parquet read as the plain JSON
Lines corpus is, quoted glob patterns expanded, and every way a shard can be bad is one line
naming the file (and the line or row) with exit status 2, before anything is written."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from helpers import assert_one_line_error, run

from quoteverify import Document, InputError
from quoteverify.inputs.load import iter_documents
from quoteverify.inputs.shards import expand_paths, read_shard

RECORDS = [
    {"id": "wire-1", "text": '"We will not close the library," Mayor Ana Ruiz said on Monday.',
     "date": "2024-05-01"},
    {"id": "paper-7", "text": 'Ruiz said: "We will never close the library."',
     "source": "https://example.org/paper-7"},
    {"id": "page-3", "text": "<p>&ldquo;The harbour stays open,&rdquo; Ruiz said.</p>",
     "format": "html"},
]


def jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return path


def parquet(path: Path, columns: dict[str, Any], row_group_size: int | None = None) -> Path:
    pq.write_table(pa.table(columns), path, row_group_size=row_group_size)
    return path


def columns_of(records: list[dict[str, Any]]) -> dict[str, list[Any]]:
    names = ["id", "text", "source", "date", "format"]
    return {name: [r.get(name) for r in records] for name in names}


def load(*paths: str | Path) -> list[Document]:
    return list(iter_documents(paths))


def error(*paths: str | Path) -> str:
    with pytest.raises(InputError) as info:
        load(*paths)
    assert "\n" not in str(info.value)
    return str(info.value)


def test_a_gzipped_shard_reads_as_the_plain_corpus(tmp_path: Path) -> None:
    plain = load(jsonl(tmp_path / "a.jsonl", RECORDS))
    gzipped = load(jsonl(tmp_path / "a.jsonl.gz", RECORDS))
    assert [(d.id, d.text, d.file_text()) for d in gzipped] == [
        (d.id, d.text, d.file_text()) for d in plain
    ]
    shard = tmp_path / "a.jsonl.gz"
    assert [d.source for d in gzipped] == [
        f"{shard}:1", "https://example.org/paper-7", f"{shard}:3"
    ]


def test_a_parquet_shard_reads_as_the_plain_corpus(tmp_path: Path) -> None:
    plain = load(jsonl(tmp_path / "a.jsonl", RECORDS))
    shard = parquet(tmp_path / "a.parquet", columns_of(RECORDS), row_group_size=1)
    documents = load(shard)
    assert [(d.id, d.text, d.file_text()) for d in documents] == [
        (d.id, d.text, d.file_text()) for d in plain
    ]
    assert [d.source for d in documents] == [
        f"{shard}:1", "https://example.org/paper-7", f"{shard}:3"
    ]
    assert read_shard(shard) == documents


def test_parquet_needs_only_id_and_text_and_takes_large_strings(tmp_path: Path) -> None:
    shard = parquet(tmp_path / "a.parquet", {
        "text": pa.array(["one", "two"], pa.large_string()),
        "id": pa.array(["a", "b"], pa.large_string()),
        "words": pa.array([20240501, 20240502]),  # another column, of any type: never read
    })
    assert [(d.id, d.text) for d in load(shard)] == [("a", "one"), ("b", "two")]


def test_parquet_dates_are_iso_strings_or_parquet_dates(tmp_path: Path) -> None:
    import datetime

    strings = parquet(tmp_path / "a.parquet", {
        "id": ["a", "b"], "text": ["one", "two"], "date": ["2024-05-01", None],
    })
    assert [d.date for d in load(strings)] == ["2024-05-01", None]
    dated = parquet(tmp_path / "b.parquet", {
        "id": ["c"], "text": ["three"], "date": pa.array([datetime.date(2024, 5, 2)]),
    })
    assert [d.date for d in load(dated)] == ["2024-05-02"]
    bad = parquet(tmp_path / "c.parquet", {"id": ["d"], "text": ["x"], "date": ["May 2nd"]})
    with pytest.raises(InputError, match=r'c\.parquet: row 1: "date" must be an ISO 8601'):
        list(load(bad))
    numbers = parquet(tmp_path / "d.parquet", {"id": ["e"], "text": ["x"], "date": [20240501]})
    with pytest.raises(InputError, match='column "date" must hold strings'):
        list(load(numbers))


def test_parquet_is_read_a_batch_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shard = parquet(tmp_path / "a.parquet", {
        "id": [f"d{k}" for k in range(2000)], "text": ["x"] * 2000
    }, row_group_size=700)

    def whole(*args: object, **kwargs: object) -> None:
        raise AssertionError("the whole table was read")

    monkeypatch.setattr(pq.ParquetFile, "read", whole)
    monkeypatch.setattr(pq, "read_table", whole)
    sizes = []
    batches = pq.ParquetFile.iter_batches

    def counted(self: pq.ParquetFile, *args: Any, **kwargs: Any) -> Any:
        for batch in batches(self, *args, **kwargs):
            sizes.append(batch.num_rows)
            yield batch

    monkeypatch.setattr(pq.ParquetFile, "iter_batches", counted)
    documents = iter_documents([shard])
    next(documents)
    assert sizes == [512]  # one batch decoded for the first document, not the file
    assert len(list(documents)) == 1999


def test_quoted_glob_patterns_of_shards_are_expanded_in_sorted_order(tmp_path: Path) -> None:
    for name in ("b.jsonl.gz", "a.jsonl.gz", "c.txt"):
        (tmp_path / name).touch()
    assert expand_paths([str(tmp_path / "*.jsonl.gz"), "story.txt", str(tmp_path / "*.txt")]) == [
        str(tmp_path / "a.jsonl.gz"), str(tmp_path / "b.jsonl.gz"), "story.txt",
        str(tmp_path / "*.txt"),  # only patterns of shards: the shell expands the rest
    ]


def test_compare_reads_shards_and_patterns_in_one_process(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    whole = jsonl(tmp_path / "all.jsonl", RECORDS)
    status, out, _ = run(capsys, "compare", whole, "--format", "json")
    assert status == 0
    expected = json.loads(out)["findings"]
    jsonl(tmp_path / "part-1.jsonl.gz", RECORDS[:1])
    parquet(tmp_path / "part-2.parquet", columns_of(RECORDS[1:]))
    status, out, _ = run(
        capsys, "compare", tmp_path / "part-*.jsonl.gz", tmp_path / "part-*.parquet",
        "--format", "json",
    )
    assert status == 0
    assert json.loads(out)["findings"] == expected
    status, out, _ = run(capsys, "extract", tmp_path / "part-*.parquet", "--format", "json")
    assert status == 0
    assert [d["id"] for d in json.loads(out)["documents"]] == ["paper-7", "page-3"]


# --- bad shards ---


def corrupt(path: Path) -> Path:
    data = bytearray(parquet(path, columns_of(RECORDS)).read_bytes())
    data[len(data) // 3 : len(data) // 3 + 40] = b"\xff" * 40
    path.write_bytes(bytes(data))
    return path


def not_utf8(path: Path) -> Path:
    # pyarrow checks strings it is given; buffers made by hand are not checked
    text = pa.Array.from_buffers(pa.string(), 1, [None, pa.py_buffer(b"\0\0\0\0\2\0\0\0"),
                                                  pa.py_buffer(b"\xff\xfe")])
    return parquet(path, {"id": ["a"], "text": text})


BAD_PARQUET = {
    "no id": (lambda p: parquet(p, {"ident": ["a"], "text": ["x"]}),
              'no "id" column (a Parquet corpus needs "id" and "text"; its columns: ident, text)'),
    "no text": (lambda p: parquet(p, {"id": ["a"]}), 'no "text" column'),
    "int ids": (lambda p: parquet(p, {"id": [1, 2], "text": ["x", "y"]}),
                'column "id" must hold strings, not int64'),
    "binary text": (lambda p: parquet(p, {"id": ["a"], "text": [b"x"]}),
                    'column "text" must hold strings, not binary'),
    "number source": (lambda p: parquet(p, {"id": ["a"], "text": ["x"], "source": [1.5]}),
                      'column "source" must hold strings, not double'),
    "null id": (lambda p: parquet(p, {"id": ["a", None], "text": ["x", "y"]}),
                'row 2: "id" is null (a string is needed)'),
    "null text": (lambda p: parquet(p, {"id": ["a"], "text": pa.array([None], pa.string())}),
                  'row 1: "text" is null'),
    "empty id": (lambda p: parquet(p, {"id": ["a", ""], "text": ["x", "y"]}),
                 'row 2: "id" must not be empty'),
    "bad format": (lambda p: parquet(p, {"id": ["a"], "text": ["x"], "format": ["pdf"]}),
                   'row 1: "format" must be "text", "markdown" or "html", not "pdf"'),
    "duplicate id": (lambda p: parquet(p, {"id": ["a", "b", "a"], "text": ["x", "y", "z"]}),
                     "row 3: duplicate document id 'a' (already used by {path}: row 1)"),
    "no rows": (lambda p: parquet(p, {"id": pa.array([], pa.string()),
                                      "text": pa.array([], pa.string())}),
                "no documents in this corpus (expected one row a document)"),
    "not parquet": (lambda p: p.write_bytes(b"id,text\na,x\n") and p,
                    "not a readable Parquet file: Parquet magic bytes not found"),
    "truncated": (lambda p: p.write_bytes(
        parquet(p, columns_of(RECORDS)).read_bytes()[:-30]) and p,
        "not a readable Parquet file"),
    "corrupt": (corrupt, ""),
    "not UTF-8": (not_utf8, "cannot read row 1 or after: 'utf-8' codec can't decode byte 0xff"),
}


@pytest.mark.parametrize("case", BAD_PARQUET)
def test_bad_parquet_is_one_line_naming_the_file(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make, problem = BAD_PARQUET[case]
    shard = make(tmp_path / "bad.parquet")
    good = jsonl(tmp_path / "good.jsonl", RECORDS[:1])
    output = tmp_path / "report.json"
    status, out, err = run(capsys, "compare", good, shard, "--format", "json", "--output", output)
    assert (status, out) == (2, "")
    assert_one_line_error(err, f"{shard}: {problem.format(path=shard)}")
    assert not output.exists()


LINES = b"".join(b'{"id": "%d", "text": "x"}\n' % k for k in range(50))
BAD_GZIP = {
    "not gzip": (b'{"id": "a", "text": "x"}\n', "cannot read shard: Not a gzipped file"),
    "truncated": (gzip.compress(LINES)[:-12],
                  "cannot read shard: Compressed file ended before the end-of-stream marker"),
    "not UTF-8": (gzip.compress(b'{"id": "a", "text": "x"}\n{"id": "b", "text": "caf\xe9"}\n'),
                  "not valid UTF-8 at byte 49 of the gunzipped data (0xe9)"),
    "binary": (gzip.compress(b'{"id": "a", "text": "x"}\n\x00\x01'),
               "looks like a binary file (NUL byte at byte 25 of the gunzipped data)"),
    "bad line": (gzip.compress(b'{"id": "a", "text": "x"}\n\n{"id": "c"}\n'),
                 'line 3: missing "text" (a string)'),
    "empty": (gzip.compress(b"\n"), "no documents in this corpus"),
}


@pytest.mark.parametrize("case", BAD_GZIP)
def test_bad_gzipped_shard_is_one_line_naming_the_file(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, problem = BAD_GZIP[case]
    shard = tmp_path / "bad.jsonl.gz"
    shard.write_bytes(data)
    good = jsonl(tmp_path / "good.jsonl", RECORDS[:1])
    status, out, err = run(capsys, "compare", good, shard)
    assert (status, out) == (2, "")
    assert_one_line_error(err, f"{shard}: {problem}")


def test_a_byte_order_mark_is_dropped_from_a_gzipped_shard(tmp_path: Path) -> None:
    shard = tmp_path / "a.jsonl.gz"
    shard.write_bytes(gzip.compress(b'\xef\xbb\xbf{"id": "a", "text": "x"}\n'))
    assert [d.id for d in load(shard)] == ["a"]


def test_a_pattern_matching_nothing_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pattern = tmp_path / "none-*.parquet"
    status, out, err = run(capsys, "compare", pattern, jsonl(tmp_path / "a.jsonl", RECORDS))
    assert (status, out) == (2, "")
    assert_one_line_error(err, f"{pattern}: no such file or directory")


def test_duplicate_ids_across_shards_name_both_places(tmp_path: Path) -> None:
    first = jsonl(tmp_path / "a.jsonl.gz", RECORDS)
    second = parquet(tmp_path / "b.parquet", columns_of(RECORDS[1:2]))
    assert error(first, second) == (
        f"{second}: row 1: duplicate document id 'paper-7' (already used by {first}: line 2)"
    )


def test_without_pyarrow_a_parquet_shard_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shard = parquet(tmp_path / "a.parquet", columns_of(RECORDS))
    good = jsonl(tmp_path / "good.jsonl", RECORDS[:1])
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    status, out, err = run(capsys, "compare", good, shard)
    assert (status, out) == (2, "")
    assert_one_line_error(err, f"{shard}: reading Parquet needs pyarrow: pip install"
                          " 'quoteverify[parquet]'")
