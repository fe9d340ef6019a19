"""A run's records and Python's cyclic collector.

A run makes records by the hundred thousand (prepared documents, their quotes and speakers,
the matches and findings, records read back from disk or sent from another process) and
keeps them to its end; none of them is garbage. Python's cyclic collector walks every record
it tracks at each full collection, and the work of the run sets collections off: at 225,000
quotes in one process, eleven seconds of a run of sixty-five went to collections that found
no garbage, and a fifth of the time of aligning a partition. So:

- a run in one process keeps the collector :func:`paused` throughout: what it frees only by
  collecting is a fixed few hundred objects (classes made on first use), whatever the size
  of the run (``tests/matching/test_collector.py`` holds it to that);
- a task of the spilling executor reads its inputs with the collector paused, and a task of
  either executor runs with what its process holds set aside from the collector
  (:func:`run_set_aside`, :func:`gc.freeze`), so the objects the task makes are collected as
  usual but a worker's partitions are not walked again and again.

>>> import gc
>>> with paused():
...     gc.isenabled()
False
>>> run_set_aside(sum, [1, 2, 3]), gc.get_freeze_count(), gc.isenabled()
(6, 0, True)
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

_T = TypeVar("_T")


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The collector off while records are made, as it was after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            _promote()
            gc.enable()


def _promote() -> None:
    """Move what was made while the collector was paused, all of it in the youngest
    generation, to the oldest at once: the first young collection would walk all of it."""
    if not gc.get_freeze_count():  # (objects a caller set aside itself stay so)
        gc.freeze()
        gc.unfreeze()


def run_set_aside(
    fn: Callable[..., _T], *args: Any, read: Callable[[Any], Any] | None = None
) -> _T:
    """``fn(*args)`` with every object the process holds, its arguments included, set aside
    from the collector while it runs, and given back to it after; ``read``: each argument is
    read first (from disk), with the collector paused. Objects a caller set aside itself
    (:func:`gc.freeze`) stay so: the task then runs as it is."""
    if read is not None:
        with paused():
            args = tuple(read(a) for a in args)
    if gc.get_freeze_count():
        return fn(*args)
    gc.freeze()
    try:
        return fn(*args)
    finally:
        gc.unfreeze()
