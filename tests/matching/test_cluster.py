"""The same findings in one process and on a Dask cluster (two worker processes, started and
stopped here), on the seeds and on generated corpora; and the partitioned stages, run one after
another, give the same findings however the documents and the index are cut."""

from __future__ import annotations

import gc
import gzip
import io
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quoteverify import Config, Document, corroborate, utterances
from quoteverify.cli import main
from quoteverify.errors import MissingDependencyError
from quoteverify.inputs.load import iter_documents
from quoteverify.inputs.shards import read_shard
from quoteverify.matching import partitions
from quoteverify.matching.cluster import DaskExecutor
from quoteverify.render.report_json import render_report_json
from quoteverify.render.utterances import render_utterances_jsonl

distributed = pytest.importorskip("distributed")

WORDS = (
    "we will not retreat from the eastern towns budget teachers schools this year border wall"
    " alliance threat answer soldiers weeks concerned minister council vote tax plan water"
).split()
NAMES = ["Ana Ruiz", "Mark Rutte", "Sabrina Singh", "Li Wei", "Omar Haddad"]


@st.composite
def corpora(draw: st.DrawFn) -> list[Document]:
    """A few documents that quote from one pool of sentences, some words changed."""
    pool = draw(
        st.lists(st.lists(st.sampled_from(WORDS), min_size=2, max_size=14), min_size=2,
                 max_size=6)
    )
    documents = []
    for d in range(draw(st.integers(2, 5))):
        paragraphs = []
        for _ in range(draw(st.integers(1, 4))):
            words = list(draw(st.sampled_from(pool)))
            if draw(st.booleans()) and len(words) > 2:
                words[draw(st.integers(0, len(words) - 1))] = draw(st.sampled_from(WORDS))
            name = draw(st.sampled_from(NAMES))
            sentence = " ".join(words).capitalize()
            paragraphs.append(
                draw(
                    st.sampled_from([
                        f'"{sentence}," {name} said on Monday.',
                        f'{name} said: "{sentence}."',
                        f"{sentence}.",
                        f"{name.split()[-1].upper()}: {sentence}.",
                    ])
                )
            )
        documents.append(Document(f"doc-{d}.txt", "\n\n".join(paragraphs)))
    return documents


def seeds() -> list[Document]:
    return list(iter_documents([ROOT / "seeds"]))


def cut(documents: list[Document], count: int) -> list[list[Document]]:
    size = -(-len(documents) // count)
    return [documents[k : k + size] for k in range(0, len(documents), size)]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=logging.CRITICAL,
    ) as cluster, distributed.Client(cluster) as dask_client:
        yield dask_client


@given(corpora(), st.integers(1, 4), st.integers(1, 5), st.sampled_from([2, 3, 50]))
@settings(max_examples=40, deadline=None)
def test_partitions_find_what_one_process_finds(
    documents: list[Document], count: int, buckets: int, max_df: int
) -> None:
    config = Config(max_df=max_df)
    expected = render_report_json(corroborate(documents, config=config))
    outcome = partitions.run(
        cut(documents, count), config, partitions.InProcess(), buckets=buckets
    )
    assert render_report_json(partitions.report(documents, outcome)) == expected


def test_the_cluster_finds_what_one_process_finds_in_the_seeds(client: Any) -> None:
    documents = seeds()
    expected = render_report_json(corroborate(documents))
    assert render_report_json(corroborate(documents, scheduler=client)) == expected


def frozen_now(value: object) -> int:
    """How many objects the collector has set aside while a task runs (a task's function)."""
    return gc.get_freeze_count()


def test_a_task_on_the_cluster_runs_with_what_its_worker_holds_set_aside(client: Any) -> None:
    """A worker holds the partitions it prepared; a task's own work must not make the cyclic
    collector walk them all again and again."""
    executor = DaskExecutor(client)
    held = executor.submit(list, range(1000))
    assert executor.gather([executor.submit(frozen_now, held)])[0] > 0
    assert set(client.run(gc.get_freeze_count).values()) == {0}  # given back after


@given(corpora())
@settings(
    max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_the_cluster_finds_what_one_process_finds(client: Any, documents: list[Document]) -> None:
    config = Config(max_df=3)
    expected = render_report_json(corroborate(documents, config=config))
    assert render_report_json(corroborate(documents, config=config, scheduler=client)) == expected


def test_compare_reads_shards_on_the_cluster_and_writes_shards(
    client: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    documents = seeds()
    for k, document in enumerate(documents):
        row = json.dumps({"id": document.id, "text": document.text, "date": "2024-11-05"})
        (tmp_path / f"part-{k}.jsonl.gz").write_bytes(gzip.compress(row.encode() + b"\n"))
    plain = tmp_path / "all.jsonl"
    plain.write_text(
        "".join(json.dumps({"id": d.id, "text": d.text}) + "\n" for d in documents), "utf-8"
    )
    assert main(["compare", str(plain), "--format", "json"]) == 0
    expected = json.loads(capsys.readouterr().out)["findings"]
    address = client.scheduler.address
    pattern = str(tmp_path / "part-*.jsonl.gz")
    out = tmp_path / "out"
    assert main(["compare", pattern, "--scheduler", address, "--output-dir", str(out)]) == 0
    assert "2 documents" in capsys.readouterr().err
    rows = [json.loads(line) for f in sorted(out.glob("findings-*.jsonl")) for line in
            f.read_text("utf-8").splitlines()]
    assert rows == expected
    # without --output-dir, the report itself, as in one process (sources aside)
    assert main(["compare", pattern, "--scheduler", address, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["findings"] == expected


def test_the_utterances_of_a_cluster_run_are_read_back_from_its_shards(
    client: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    documents = seeds()
    paths = []
    for k, document in enumerate(documents):
        row = {"id": document.id, "text": document.text, "date": f"2024-11-0{k + 1}"}
        paths.append(tmp_path / f"part-{k}.jsonl.gz")
        paths[-1].write_bytes(gzip.compress(json.dumps(row).encode() + b"\n"))
    expected = render_utterances_jsonl(
        utterances(corroborate([d for path in paths for d in read_shard(path)]))
    )
    out = tmp_path / "out"
    pattern = str(tmp_path / "part-*.jsonl.gz")
    address = client.scheduler.address
    args = ["compare", pattern, "--scheduler", address, "--output-dir", str(out)]
    assert main([*args, "--by-utterance"]) == 0
    assert "utterances in" in capsys.readouterr().err
    assert (out / "utterances.jsonl").read_text("utf-8") == expected
    assert sorted(p.name for p in out.glob("documents-*.jsonl")) == [
        "documents-00000.jsonl", "documents-00001.jsonl"
    ]


def test_without_dask_a_scheduler_is_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(MissingDependencyError, match=r"pip install 'quoteverify\[dask\]'"):
        corroborate(seeds(), scheduler="processes:2")
    assert main(["compare", str(ROOT / "seeds"), "--scheduler", "processes:2"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "quoteverify[dask]" in err


def test_parquet_shards_in_and_out_on_the_cluster_with_progress_on_stderr_only(
    client: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import importlib

    import pyarrow as pa
    import pyarrow.parquet as pq

    documents = seeds()
    expected = json.loads(render_report_json(corroborate(documents)))["findings"]
    for k, document in enumerate(documents):
        table = pa.table({"id": [document.id], "text": [document.text], "date": ["2024-11-05"]})
        pq.write_table(table, tmp_path / f"part-{k}.parquet")
    pattern = str(tmp_path / "part-*.parquet")
    address = client.scheduler.address
    out = tmp_path / "out"
    argv = ["compare", pattern, "--scheduler", address, "--output-dir", str(out)]
    assert main([*argv, "--shard-format", "parquet"]) == 0
    capsys.readouterr()
    rows = [row for f in sorted(out.glob("findings-*.parquet"))
            for row in pq.read_table(f).to_pylist()]
    assert rows == expected
    # progress: each partition prepared, then aligned; on a terminal, on stderr, never stdout
    calls: list[tuple[str, int, int, int]] = []
    corroborate(documents, scheduler=client, progress=lambda *call: calls.append(call))
    partitions = calls[0][2]
    assert partitions > 1 and calls == [
        *((stage, done, partitions, 0) for stage in ("prepared", "partitions")
          for done in range(partitions + 1))
    ]
    screen = type("Terminal", (io.StringIO,), {"isatty": lambda self: True})()
    monkeypatch.setattr(sys, "stderr", screen)
    monkeypatch.setattr(importlib.import_module("quoteverify.cli.main"), "PROGRESS_DELAY", 0)
    assert main(["compare", pattern, "--scheduler", address, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["findings"] == expected
    assert "aligning: 100%" in screen.getvalue() and " partitions" in screen.getvalue()


def test_a_bad_shard_read_by_a_worker_is_one_line_and_exit_2(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    good = tmp_path / "good.jsonl.gz"
    good.write_bytes(gzip.compress(b'{"id": "a", "text": "\\"Yes,\\" she said."}\n'))
    bad = tmp_path / "bad.parquet"
    pq.write_table(pa.table({"id": [1], "text": ["x"]}), bad)
    # a local cluster of its own: its workers' logs would go to this process's stderr
    status = main(["compare", str(good), str(bad), "--scheduler", "processes:1"])
    out, err = capfd.readouterr()
    assert (status, out) == (2, "")
    assert err == f'quoteverify: error: {bad}: column "id" must hold strings, not int64\n'


def test_workers_are_told_the_memory_a_partition_and_its_answers_hold() -> None:
    """A worker moves answers to disk by the sizes Dask tells it; a prepared partition told as
    its record's few dozen bytes would never leave memory (workers of a 1M-quote run passed
    their limit and were restarted). Each size is at least what the value pickles to."""
    import pickle

    import numpy as np
    from dask.sizeof import sizeof

    from quoteverify.matching import parts

    part, sketch, sizes, _ = parts.prepared(seeds(), 4)
    bases = partitions.number([sizes])[0]
    (served,) = partitions.serve(part, bases, [np.arange(sizes.quotes, dtype=np.int64)])
    assert sizes.words > 1000
    for value in (part, served):
        assert sizeof(value) >= len(pickle.dumps(value)) > 10_000
    assert sizeof(sketch) >= len(pickle.dumps(sketch)) * 0.9
