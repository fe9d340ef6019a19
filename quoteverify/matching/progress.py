"""How far a run has got, told to whoever asked: the hook :func:`~.corroborate.corroborate`
calls as it goes (``progress=``), and nothing is shown unless someone listens.

The library never prints: the command line shows these calls as progress bars on a terminal
(:mod:`quoteverify.render.progress`); a program may log them, or ignore them.

>>> seen = []
>>> def note(stage: str, done: int, total: int, found: int) -> None:
...     seen.append((stage, done, total, found))
>>> from quoteverify import Document, corroborate
>>> _ = corroborate([Document("a", '"We will win the vote," Ruiz said.'),
...                  Document("b", 'Ruiz said: "We will win the vote."')], progress=note)
>>> {stage: (done, total, found) for stage, done, total, found in seen}  # the last calls
{'extract': (2, 2, 2), 'align': (8, 8, 2)}
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol, TypeVar

_T = TypeVar("_T")

EXTRACT = "extract"
"""Documents whose quotes are extracted (``done`` of ``total``); ``found``: quotes so far."""
ALIGN = "align"
"""Candidate passages aligned with their quotes; ``found``: matches kept so far."""
READ = "read"
"""Documents read (``total`` 0: not known ahead); called by readers, not by the library."""
PREPARED = "prepared"
"""Partitions whose documents are extracted and folded, on a cluster or ``local:N``."""
PARTITIONS = "partitions"
"""Partitions aligned and judged on a cluster or ``local:N``."""


class Progress(Protocol):
    """Called with a stage (one of the names above), how many of its items are done, how many
    there are (0 when not known) and how many results it has found so far. Calls for one stage
    come together, ``done`` never going down, and the last has ``done == total`` when the
    total is known. It is called often (for each candidate): a listener should be cheap."""

    def __call__(self, stage: str, done: int, total: int, found: int, /) -> None: ...


def counted(items: Iterable[_T], progress: Progress | None, stage: str = READ) -> Iterator[_T]:
    """The items, ``progress`` told of each as it is taken (the total not known).

    >>> list(counted("ab", lambda *call: print(call)))
    ('read', 1, 0, 0)
    ('read', 2, 0, 0)
    ['a', 'b']
    """
    if progress is None:
        yield from items
        return
    for done, item in enumerate(items, start=1):
        progress(stage, done, 0, 0)
        yield item
