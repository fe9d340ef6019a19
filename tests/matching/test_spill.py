"""The spilling executor gives the findings of one process: on the seeds in two worker
processes, on generated corpora in this one; and it leaves nothing on disk."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

from hypothesis import given, settings
from test_cluster import corpora, cut, seeds

from quoteverify import Config, Document, corroborate
from quoteverify.matching import partitions
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


def test_local_processes_report_each_partition_aligned() -> None:
    heard: list[tuple[str, int, int]] = []
    corroborate(
        seeds()[:6], scheduler="local:1", progress=lambda s, d, t, f: heard.append((s, d, t))
    )
    partitions = [(done, total) for stage, done, total in heard if stage == "partitions"]
    assert partitions and partitions[0][0] == 0
    total = partitions[0][1]
    assert [done for done, _ in partitions] == list(range(total + 1))
