"""The spilling executor gives the findings of one process: on the seeds in two worker
processes, on generated corpora in this one; and it leaves nothing on disk."""

from __future__ import annotations

import gc
import os
import pickle
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_cluster import corpora, cut, frozen_now, seeds

from quoteverify import Config, Document, corroborate
from quoteverify.matching import partitions, spill
from quoteverify.matching.partitions import _pick
from quoteverify.matching.parts import prepare
from quoteverify.matching.spill import Spill
from quoteverify.render.report_json import render_report_json


def test_two_spilling_workers_find_what_one_process_finds(tmp_path: Path) -> None:
    documents = seeds()
    expected = render_report_json(corroborate(documents))
    with Spill(workers=2, directory=str(tmp_path)) as executor:
        outcome = partitions.run(cut(documents, 3), Config(), executor, buckets=2)
    assert render_report_json(partitions.report(documents, outcome)) == expected
    assert os.listdir(tmp_path) == []


@given(corpora())
@settings(max_examples=15, deadline=None)
def test_spilling_finds_what_one_process_finds(documents: list[Document]) -> None:
    config = Config(max_df=3)
    expected = render_report_json(corroborate(documents, config=config))
    with Spill(workers=1) as executor:
        outcome = partitions.run(cut(documents, 2), config, executor, buckets=3)
    assert render_report_json(partitions.report(documents, outcome)) == expected


def test_the_word_counts_of_many_partitions_are_added_in_a_tree(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    documents = seeds()
    config = Config(max_df=3)  # (so that short quotes are looked up by their rarest words)
    expected = render_report_json(corroborate(documents, config=config))
    monkeypatch.setattr(partitions, "HELD_FAN_IN", 2)  # three levels for five partitions
    with Spill(workers=1) as executor:
        outcome = partitions.run(cut(documents, 5), config, executor)
    assert executor.seconds.get("held", 0) > 0
    assert render_report_json(partitions.report(documents, outcome)) == expected


def test_a_prepared_partition_survives_pickling() -> None:
    part = prepare(seeds()[:4])
    again = pickle.loads(pickle.dumps(part))
    assert again.documents == part.documents
    assert [p.extraction for p in again.prepared] == [p.extraction for p in part.prepared]
    assert again.keys == part.keys


def test_corroborate_on_local_processes_gives_the_same_report() -> None:
    documents = seeds()[:6]
    expected = render_report_json(corroborate(documents))
    assert render_report_json(corroborate(documents, scheduler="local:1")) == expected


def test_local_processes_report_each_partition_prepared_then_aligned() -> None:
    heard: list[tuple[str, int, int]] = []
    corroborate(
        seeds()[:6], scheduler="local:1", progress=lambda s, d, t, f: heard.append((s, d, t))
    )
    stages = [stage for stage, _, _ in heard]
    assert stages == sorted(stages, key=["prepared", "partitions"].index)  # one, then the other
    for stage in ("prepared", "partitions"):
        counts = [(done, total) for s, done, total in heard if s == stage]
        total = counts[0][1]
        assert total > 1 and [done for done, _ in counts] == list(range(total + 1))


answers = st.recursive(
    st.none() | st.integers() | st.text(max_size=3) | st.binary(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner),
    max_leaves=12,
)


def test_a_task_reads_its_inputs_without_collections_and_runs_with_them_set_aside(
    tmp_path: Path,
) -> None:
    records = [[k, str(k)] for k in range(50_000)]  # a partition's many small records
    stored = str(tmp_path / "records")
    spill._write(records, stored, 0)
    handle = spill.Handle(stored)
    collections: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.collect()
    gc.callbacks.append(count)
    try:
        spill._execute(frozen_now, (handle,), str(tmp_path / "answer"))
    finally:
        gc.callbacks.remove(count)
    # Reading made 50,000 lists, every one of which a collection would have walked.
    assert collections == []
    assert spill._read(str(tmp_path / "answer"), []) >= len(records)
    assert gc.isenabled() and gc.get_freeze_count() == 0  # as it was before the task


def _fails(value: object) -> None:
    raise ValueError("the task's own error")


def test_a_failing_task_gives_its_objects_back_to_the_collector(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="own error"):
        spill._execute(_fails, ([1, 2, 3],), str(tmp_path / "answer"))
    assert gc.isenabled() and gc.get_freeze_count() == 0


@given(answers)
def test_an_answer_reads_back_whole_and_element_by_element(value: object) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "answer")
        spill._write(value, path, spill._DEPTH)
        assert spill._read(path, []) == value
        for steps, expected in _paths(value, spill._DEPTH + 1):
            left = list(steps)
            assert _pick(spill._read(path, left), *left) == expected


def _paths(value: object, depth: int) -> list[tuple[tuple[int, ...], object]]:
    """Every path of indices into nested lists and tuples, with what it reaches."""
    found: list[tuple[tuple[int, ...], object]] = [((), value)]
    if depth and isinstance(value, list | tuple):
        for k, item in enumerate(value):
            found += [((k, *rest), v) for rest, v in _paths(item, depth - 1)]
    return found
