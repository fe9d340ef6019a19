"""Corroboration on a Dask cluster: the stages of :mod:`.partitions` as Dask tasks.

``scheduler`` is a ``distributed.Client``, a scheduler's address (``tcp://host:8786``) or
``"processes:N"`` for a cluster of N local worker processes, started and stopped here; or
``"local:N"``, no Dask at all: N processes of this machine that keep every answer on disk
(:mod:`.spill`), for archives larger than its memory. The only module that imports Dask, and
only when asked to run on it.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import uuid
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import Any

from quoteverify.config import Config
from quoteverify.errors import MissingDependencyError, QuoteverifyError
from quoteverify.matching import partitions
from quoteverify.matching.collector import run_set_aside
from quoteverify.matching.progress import PARTITIONS, PREPARED, Progress
from quoteverify.model import Document, Report

_INSTALL = "pip install 'quoteverify[dask]'"


class DaskExecutor:
    """Submits each stage as a task of one Dask client (named for the dashboard)."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.workers = max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})))
        self._run = uuid.uuid4().hex[:8]
        self._count = itertools.count()

    def submit(self, fn: Callable[..., Any], *args: Any, name: str = "") -> Any:
        key = f"quoteverify-{name or fn.__name__}-{self._run}-{next(self._count)}"
        # (a worker holds the partitions it has prepared and read: set aside while a task runs)
        return self.client.submit(run_set_aside, fn, *args, key=key, pure=False)

    def gather(self, handles: list[Any]) -> list[Any]:
        return list(self.client.gather(handles))

    def share(self, value: Any) -> Any:
        # (a list of one: a dict given alone would be scattered value by value)
        return self.client.scatter([value], broadcast=True, hash=False)[0]


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise MissingDependencyError(
            f"running on a scheduler needs Dask's distributed package: {_INSTALL}"
        ) from None
    return distributed


@contextlib.contextmanager
def connect(scheduler: object) -> Iterator[Any]:
    """A client for ``scheduler``; a local cluster or a connection made here is closed after."""
    distributed = _import_distributed()
    if isinstance(scheduler, distributed.Client):
        yield scheduler
        return
    if not isinstance(scheduler, str) or not scheduler:
        raise QuoteverifyError(
            f"scheduler must be a distributed.Client, an address or 'processes:N', not"
            f" {scheduler!r}"
        )
    if scheduler.startswith("processes:"):
        count = scheduler.partition(":")[2]
        if not count.isdigit() or int(count) < 1:
            raise QuoteverifyError(
                f"scheduler {scheduler!r}: expected 'processes:N' with N a whole number of"
                " at least 1"
            )
        # (a task's error, bad input included, reaches the caller as its exception: the
        # workers' log of it, a traceback on stderr, would only repeat it)
        with local_cluster(int(count), silence_logs=logging.CRITICAL) as client:
            yield client
        return
    try:
        client = distributed.Client(scheduler, timeout="30s")
    except OSError as exc:
        raise QuoteverifyError(f"cannot reach the scheduler at {scheduler}: {exc}") from None
    with client:
        yield client


@contextlib.contextmanager
def local_cluster(workers: int, **options: Any) -> Iterator[Any]:
    """A client of a cluster of ``workers`` processes on this machine, one thread each, closed
    after. Their statistical profiler is off: it samples the stack of the working thread a
    hundred times a second, which costs pure-Python tasks time for a dashboard nobody sees."""
    import dask

    distributed = _import_distributed()
    with dask.config.set({"distributed.worker.profile.enabled": False}), distributed.LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
        **options,
    ) as cluster, distributed.Client(cluster) as client:
        yield client


def run(
    sources: Sequence[partitions.Source] | None,
    config: Config,
    scheduler: object,
    *,
    documents: Sequence[Document] = (),
    sink: partitions.Sink | None = None,
    progress: Progress | None = None,
) -> tuple[partitions.Outcome, list[Document]]:
    """Run the stages on ``scheduler``: over ``sources`` (shards or lists of documents), or
    over ``documents`` cut into partitions. The documents are gathered back only when there is
    no ``sink`` (a report needs them)."""
    with _executor(scheduler) as executor:
        if sources is None:
            sources = partitions.split(documents, executor.workers)
        watch = None
        if progress is not None and isinstance(executor, DaskExecutor):
            watch = partial(_watch, progress)
        elif progress is not None:
            _count_partitions(executor, progress, len(sources))
        outcome = partitions.run(sources, config, executor, sink=sink, progress=watch)
        gathered: list[Document] = list(documents)
        if sink is None and not documents:
            for part in executor.gather(
                [executor.submit(partitions._pick, p, "documents") for p in outcome.parts]
            ):
                gathered.extend(part)
        return outcome, gathered


@contextlib.contextmanager
def _executor(scheduler: object) -> Iterator[partitions.Executor]:
    """Dask's, or for ``"local:N"`` the spilling executor of N processes on this machine."""
    if isinstance(scheduler, str) and scheduler.startswith("local:"):
        count = scheduler.partition(":")[2]
        if not count.isdigit() or int(count) < 1:
            raise QuoteverifyError(
                f"scheduler {scheduler!r}: expected 'local:N' with N a whole number of at"
                " least 1"
            )
        from quoteverify.matching.spill import Spill

        with Spill(workers=int(count)) as spilling:
            yield spilling
        return
    with connect(scheduler) as client:
        yield DaskExecutor(client)


def _watch(progress: Progress, stage: str, futures: list[Any]) -> None:
    """Tell ``progress`` of each partition's task of ``stage`` as it ends (the run waits for
    them next anyway). (Not Dask's own text progress bar: it writes to standard output,
    where the report goes.)"""
    from distributed import as_completed

    progress(stage, 0, len(futures), 0)
    for done, _ in enumerate(as_completed(futures), start=1):
        progress(stage, done, len(futures), 0)


def _count_partitions(executor: partitions.Executor, progress: Progress, total: int) -> None:
    """Tell ``progress`` of each partition prepared, then aligned, on the spilling executor
    (``local:N``)."""
    from quoteverify.matching.spill import Spill

    if not isinstance(executor, Spill):
        return
    prepared, aligned = itertools.count(1), itertools.count(1)
    progress(PREPARED, 0, total, 0)

    def finished(name: str) -> None:
        if name == "prepare":
            done = next(prepared)
            progress(PREPARED, done, total, 0)
            if done == total:
                progress(PARTITIONS, 0, total, 0)
        elif name == "align":
            progress(PARTITIONS, next(aligned), total, 0)

    executor.finished = finished


def corroborate_on(
    documents: Sequence[Document],
    config: Config,
    scheduler: object,
    *,
    progress: Progress | None = None,
) -> Report:
    """:func:`~.corroborate.corroborate` on a cluster: the same report."""
    outcome, _ = run(None, config, scheduler, documents=documents, progress=progress)
    return partitions.report(documents, outcome)
