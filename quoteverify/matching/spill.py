"""The stages of :mod:`.partitions` on this machine with bounded memory: every task's answer is
written to a temporary directory and read back only by the tasks that take it.

A run on one process holds the whole archive prepared, its whole word index and every
finding; here a process holds one task's inputs and answer at a time (a partition, or one
bucket of the index), so memory stays level as the archive grows: more documents make more
partitions and buckets, not bigger ones. Tasks run in ``workers`` processes (started with
the ``forkserver`` method, so a worker does not share the caller's memory), or one after
another in this process when ``workers`` is 1. Each answer is one file; a list or tuple
(two levels deep) is written as its elements one after another behind a table of where each
starts, so a task that takes one bucket of another's postings reads that bucket only. An
answer's file is deleted once its handle is let go of (:func:`.partitions.run` lets go of
the postings and the hits once they are paired), the directory when the executor closes.

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
import struct
import sys
import tempfile
import time
import weakref
from array import array
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from multiprocessing import get_context
from types import TracebackType
from typing import Any, BinaryIO

import attrs

from quoteverify.matching.collector import run_set_aside
from quoteverify.matching.packing import dumps
from quoteverify.matching.partitions import _pick

_DEPTH = 2  # levels of lists whose elements are read alone: postings[bucket], hits[0][partition]


class Handle:
    """A task's answer, on disk once the task has run."""

    __slots__ = ("__weakref__", "done", "path")

    def __init__(self, path: str) -> None:
        self.path = path
        self.done = False
        weakref.finalize(self, _remove, path)


@attrs.frozen
class Piece:
    """Part of a task's answer: ``value[step][step]...``, read without the rest of it down
    to ``_DEPTH`` levels of lists."""

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
        self.seconds: dict[str, float] = {}
        """Seconds spent in the tasks of each name (reading, running and writing), summed."""
        self.peaks: dict[str, float] = {}
        """The highest peak memory (MB) of a process that ran a task of each name, as it ended
        (a peak so far: the first stage to show a higher one is where it was reached)."""
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
                self._done(task, _execute(task.fn, task.args, task.handle.path))
            return
        # (each task waits for a count of unfinished answers; an answer's end counts down
        # the tasks that take it, so a run of T tasks with E inputs costs O(T + E) here)
        takers: dict[int, list[_Task]] = {}
        missing: dict[int, int] = {}
        ready: list[_Task] = []
        for task in waiting:
            inputs = {id(h): h for h in _handles(task.args) if not h.done}
            missing[id(task)] = len(inputs)
            for key in inputs:
                takers.setdefault(key, []).append(task)
            if not inputs:
                ready.append(task)
        running: dict[Future[tuple[float, float]], _Task] = {}
        left = len(waiting)
        while left:
            if not running and not ready:
                raise RuntimeError("tasks wait on answers no task will give")
            for task in ready:
                future = self._pool.submit(_execute, task.fn, task.args, task.handle.path)
                running[future] = task
            ready = []
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                task = running.pop(future)
                # (result raises the task's error)
                self._done(task, future.result())
                left -= 1
                for taker in takers.pop(id(task.handle), []):
                    missing[id(taker)] -= 1
                    if not missing[id(taker)]:
                        ready.append(taker)

    def _done(self, task: _Task, measured: tuple[float, float]) -> None:
        task.handle.done = True
        seconds, peak = measured
        self.seconds[task.name] = self.seconds.get(task.name, 0.0) + seconds
        self.peaks[task.name] = max(self.peaks.get(task.name, 0.0), peak)
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


def _execute(fn: Callable[..., Any], args: tuple[Any, ...], path: str) -> tuple[float, float]:
    """Run one task where its inputs are read and its answer written; the seconds it took, and
    the process's peak memory so far (MB)."""
    start = time.perf_counter()
    # (each input read from disk with the collector paused: unpickling a partition makes
    # hundreds of thousands of records and no garbage, and each collection on the way would
    # walk all of them made so far)
    answer = run_set_aside(fn, *args, read=_resolve)
    _write(answer, path, _DEPTH)
    return time.perf_counter() - start, _peak_mb()


def _peak_mb() -> float:
    try:
        import resource
    except ImportError:  # (not on Windows)
        return 0.0
    kilobytes = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kilobytes / (1024 * 1024 if sys.platform == "darwin" else 1024)


def _resolve(value: Any) -> Any:
    if isinstance(value, Handle):
        return _read(value.path, [])
    if isinstance(value, Piece):
        steps = list(value.steps)
        return _pick(_read(value.handle.path, steps), *steps)
    if type(value) in (list, tuple):
        return type(value)(_resolve(item) for item in value)
    return value


# An answer is one file. A list or tuple, down to _DEPTH levels, is a bundle: its elements
# written one after another behind a table of where each starts, so that a reader seeks to
# the element it takes. (A file per element made a run of P partitions write P * P files,
# most of them nearly empty, and spend its time making and deleting them.)
_BUNDLE = b"QVB1"
_HEAD = struct.Struct("<4sBQ")  # mark, 0 for a list or 1 for a tuple, count


def _encode(value: Any, depth: int) -> bytes:
    if depth and type(value) in (list, tuple):
        items = [_encode(item, depth - 1) for item in value]
        table = array("Q", itertools.accumulate((len(i) for i in items), initial=0))
        head = _HEAD.pack(_BUNDLE, type(value) is tuple, len(items))
        return b"".join([head, table.tobytes(), *items])
    return dumps(value)


def _write(value: Any, path: str, depth: int) -> None:
    data = _encode(value, depth)
    with open(path, "wb") as out:
        out.write(data)


def _read(path: str, steps: list[Any]) -> Any:
    """The answer at ``path``, or its element reached by the leading whole-number ``steps``
    (which are taken off the list)."""
    with open(path, "rb") as data:
        return _decode(data, 0, os.fstat(data.fileno()).st_size, steps)


def _decode(data: BinaryIO, start: int, end: int, steps: list[Any]) -> Any:
    data.seek(start)
    head = data.read(min(_HEAD.size, end - start))
    if len(head) < _HEAD.size or head[:4] != _BUNDLE:
        return pickle.loads(head + data.read(end - start - len(head)))
    _, is_tuple, count = _HEAD.unpack(head)
    table = array("Q")
    table.frombytes(data.read(8 * (count + 1)))
    base = start + _HEAD.size + 8 * (count + 1)
    if steps and isinstance(steps[0], int):
        k = steps.pop(0)
        return _decode(data, base + table[k], base + table[k + 1], steps)
    items = [_decode(data, base + table[k], base + table[k + 1], []) for k in range(count)]
    return tuple(items) if is_tuple else items


def _remove(path: str) -> None:
    if os.path.exists(path):
        os.remove(path)
