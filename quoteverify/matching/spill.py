"""The stages of :mod:`.partitions` on this machine with bounded memory: every task's answer is
written to a temporary directory and read back only by the tasks that take it.

A run on one process holds the whole archive prepared, its whole word index and every
finding; here a process holds one task's inputs and answer at a time (a partition, or one
bucket of the index), so memory stays level as the archive grows: more documents make more
partitions and buckets, not bigger ones. Tasks run in ``workers`` processes (started with
the ``forkserver`` method, so a worker does not share the caller's memory), or one after
another in this process when ``workers`` is 1. A list or tuple answer is written element by
element (two levels deep), so a task that takes one bucket of another's postings reads that
bucket only. An answer's file is deleted once its handle is let go of (:func:`.partitions.run`
lets go of the postings and the hits once they are paired), the directory when the executor
closes.

>>> from quoteverify import Config, Document
>>> from quoteverify.matching import partitions
>>> docs = [Document("a", '"We will not retreat from the eastern towns," Ana Ruiz said.'),
...         Document("b", 'Ruiz said: "We will never retreat from the eastern towns."')]
>>> with Spill(workers=1) as executor:
...     outcome = partitions.run([docs[:1], docs[1:]], Config(), executor)
>>> [f.status for f in partitions.report(docs, outcome).findings]
['altered', 'altered']
"""

from __future__ import annotations

import itertools
import os
import pickle
import shutil
import tempfile
import weakref
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from multiprocessing import get_context
from types import TracebackType
from typing import Any

import attrs

from quoteverify.matching.packing import dumps
from quoteverify.matching.partitions import _pick

_DEPTH = 2  # levels of lists written element by element: postings[bucket], hits[0][partition]


class Handle:
    """A task's answer, on disk once the task has run."""

    __slots__ = ("__weakref__", "done", "path")

    def __init__(self, path: str) -> None:
        self.path = path
        self.done = False
        weakref.finalize(self, _remove, path)


@attrs.frozen
class Piece:
    """Part of a task's answer: ``value[step][step]...``, read without the rest of it where
    the answer was written element by element."""

    handle: Handle
    steps: tuple[Any, ...]


@attrs.frozen(eq=False)
class _Task:
    handle: Handle
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    name: str


class Spill:
    """An executor whose tasks' answers wait on disk (see the module's docstring)."""

    def __init__(self, workers: int = 1, directory: str | None = None) -> None:
        self.workers = max(1, workers)
        self._dir = tempfile.mkdtemp(prefix="quoteverify-spill-", dir=directory)
        self._count = itertools.count()
        self._waiting: list[_Task] = []
        self.finished: Callable[[str], None] | None = None
        """Told the name of each task as it ends (a caller's progress), if set."""
        self._pool: ProcessPoolExecutor | None = None
        if self.workers > 1:
            self._pool = ProcessPoolExecutor(self.workers, mp_context=get_context("forkserver"))

    def submit(self, fn: Callable[..., Any], *args: Any, name: str = "") -> Handle | Piece:
        if fn is _pick:  # (no task: the taker reads that piece only)
            value, *steps = args
            if isinstance(value, Piece):
                return Piece(value.handle, (*value.steps, *steps))
            return Piece(value, tuple(steps))
        name = name or fn.__name__
        handle = Handle(os.path.join(self._dir, f"{next(self._count)}-{name}"))
        self._waiting.append(_Task(handle, fn, args, name))
        return handle

    def share(self, value: Any) -> Any:
        return value

    def gather(self, handles: list[Any]) -> list[Any]:
        self._run_waiting()
        return [_resolve(h) for h in handles]

    def _run_waiting(self) -> None:
        waiting, self._waiting = self._waiting, []
        if self._pool is None:
            for task in waiting:
                _execute(task.fn, task.args, task.handle.path)
                self._done(task)
            return
        running: dict[Future[None], _Task] = {}
        while waiting or running:
            ready = [all(h.done for h in _handles(t.args)) for t in waiting]
            if not running and not any(ready):
                raise RuntimeError("tasks wait on answers no task will give")
            for task in itertools.compress(waiting, ready):
                future = self._pool.submit(_execute, task.fn, task.args, task.handle.path)
                running[future] = task
            waiting = [t for t, r in zip(waiting, ready, strict=True) if not r]
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                future.result()  # (raises the task's error)
                self._done(running.pop(future))

    def _done(self, task: _Task) -> None:
        task.handle.done = True
        if self.finished is not None:
            self.finished(task.name)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
        shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self) -> Spill:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def _handles(value: Any) -> list[Handle]:
    if isinstance(value, Handle):
        return [value]
    if isinstance(value, Piece):
        return [value.handle]
    if isinstance(value, list | tuple):
        return [h for item in value for h in _handles(item)]
    return []


def _execute(fn: Callable[..., Any], args: tuple[Any, ...], path: str) -> None:
    """Run one task where its inputs are read and its answer written."""
    _write(fn(*(_resolve(a) for a in args)), path, _DEPTH)


def _resolve(value: Any) -> Any:
    if isinstance(value, Handle):
        return _read(value.path)
    if isinstance(value, Piece):
        path, steps = value.handle.path, list(value.steps)
        while steps and isinstance(steps[0], int) and os.path.isdir(path):
            path = os.path.join(path, str(steps.pop(0)))
        return _pick(_read(path), *steps)
    if type(value) in (list, tuple):
        return type(value)(_resolve(item) for item in value)
    return value


def _write(value: Any, path: str, depth: int) -> None:
    if depth and type(value) in (list, tuple):
        os.mkdir(path)
        with open(os.path.join(path, "kind"), "w", encoding="ascii") as out:
            out.write(f"{type(value).__name__} {len(value)}")
        for k, item in enumerate(value):
            _write(item, os.path.join(path, str(k)), depth - 1)
        return
    with open(path, "wb") as out:
        out.write(dumps(value))


def _read(path: str) -> Any:
    if os.path.isdir(path):
        with open(os.path.join(path, "kind"), encoding="ascii") as kind:
            name, size = kind.read().split()
        items = [_read(os.path.join(path, str(k))) for k in range(int(size))]
        return items if name == "list" else tuple(items)
    with open(path, "rb") as data:
        return pickle.load(data)


def _remove(path: str) -> None:
    if os.path.isdir(path):
        shutil.rmtree(path, ignore_errors=True)
    elif os.path.exists(path):
        os.remove(path)
