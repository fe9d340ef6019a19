"""A run keeps the cyclic collector paused, which is safe only as long as it makes no garbage
that only the collector frees (beyond a fixed few objects); and the collector is left as it
was found (see quoteverify/matching/collector.py)."""

from __future__ import annotations

import gc
import random
from typing import Any

import pytest
from test_cluster import NAMES, WORDS, seeds

from quoteverify import Document, corroborate
from quoteverify.matching import corroborate as one_process
from quoteverify.matching.collector import paused, run_set_aside


def test_one_process_prepares_and_matches_with_the_collector_paused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: dict[str, bool] = {}
    prepare_all, match_all = one_process._prepare_all, one_process._match_all

    def preparing(*args: Any, **options: Any) -> Any:
        seen["collecting while preparing"] = gc.isenabled()
        return prepare_all(*args, **options)

    def matching(*args: Any, **options: Any) -> Any:
        seen["collecting while matching"] = gc.isenabled()
        return match_all(*args, **options)

    monkeypatch.setattr(one_process, "_prepare_all", preparing)
    monkeypatch.setattr(one_process, "_match_all", matching)
    assert len(corroborate(seeds()).findings) > 10
    assert seen == {"collecting while preparing": False, "collecting while matching": False}
    assert gc.isenabled() and gc.get_freeze_count() == 0


def _documents(count: int, seed: int) -> list[Document]:
    """Documents quoting from one pool of sentences: word for word, a word changed, cut
    short, given to another speaker, in a transcript turn or in an outlet's own words."""
    rng = random.Random(seed)
    pool = [" ".join(rng.choices(WORDS, k=rng.randint(6, 14))) for _ in range(count // 4 + 2)]
    documents = []
    for d in range(count):
        paragraphs = []
        for _ in range(rng.randint(2, 5)):
            words = rng.choice(pool).split()
            if rng.random() < 0.3:
                words[rng.randrange(len(words))] = rng.choice(WORDS)
            if rng.random() < 0.2:
                words = words[: rng.randint(4, len(words))]
            sentence = " ".join(words).capitalize()
            name = rng.choice(NAMES)
            paragraphs.append(rng.choice([
                f'"{sentence}," {name} said on Monday.',
                f'{name} said: "{sentence} ... {rng.choice(WORDS)}."',
                f"{name.split()[-1].upper()}: {sentence}.",
                f"{sentence}.",
            ]))
        documents.append(Document(f"doc-{seed}-{d}.txt", "\n\n".join(paragraphs)))
    return documents


def _garbage_of_a_run(documents: list[Any]) -> int:
    """The objects a run leaves that only the cyclic collector would free."""
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        with paused():
            report = corroborate(documents)
        assert len(report.findings) > len(documents)  # (the run did match quotes)
        gc.collect()
        return len(gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()


def test_a_run_leaves_no_more_garbage_for_the_collector_when_it_is_larger() -> None:
    large_run = seeds() + _documents(400, seed=2)
    corroborate(large_run)  # (classes and tables made on first use are not a run's garbage)
    small = _garbage_of_a_run(seeds()[:4] + _documents(40, seed=1))
    large = _garbage_of_a_run(large_run)
    assert large <= small


def test_the_collector_is_left_as_it_was_found() -> None:
    gc.disable()
    try:
        with paused():
            pass
        assert not gc.isenabled()  # a caller's own pause is not undone
    finally:
        gc.enable()
    with pytest.raises(ZeroDivisionError):
        run_set_aside(divmod, 1, 0)
    assert gc.isenabled() and gc.get_freeze_count() == 0
    gc.freeze()  # a caller's own objects, set aside
    try:
        frozen = gc.get_freeze_count()
        with paused():
            pass
        assert run_set_aside(sum, [1, 2]) == 3
        assert gc.get_freeze_count() == frozen  # still set aside
    finally:
        gc.unfreeze()
