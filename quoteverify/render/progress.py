"""A run's progress as bars on a terminal, drawn by `tqdm <https://tqdm.github.io>`_: one
line per stage (documents read, documents extracted with the quotes found, candidates aligned
with the matches kept), each with its rate and, when the total is known, an estimate of the
time left.

Nothing is drawn until the run has lasted ``delay`` seconds (two, for the command line), so a
short run stays as it was. The caller decides whether to show anything at all: the command
line does only when standard error is a terminal and ``--quiet`` is not given. Standard output
is never written to.

>>> import io
>>> screen = io.StringIO()
>>> with TerminalProgress(screen, delay=0) as progress:
...     for done in range(1, 4):
...         progress("extract", done, 3, 2 * done)
>>> print(screen.getvalue().rsplit("\\r", 1)[-1].strip())  # doctest: +ELLIPSIS
extracting: 100%|...| 3/3 [...documents/s, 6 quotes]
"""

from __future__ import annotations

import os
import sys
import time
from types import TracebackType
from typing import Any, TextIO

from tqdm import tqdm

from quoteverify.matching.progress import ALIGN, EXTRACT, PARTITIONS, PREPARED, READ

_STAGES = {
    READ: ("reading", "documents", ""),
    EXTRACT: ("extracting", "documents", "quotes"),
    ALIGN: ("aligning", "candidates", "matches"),
    PREPARED: ("extracting", "partitions", ""),
    PARTITIONS: ("aligning", "partitions", ""),
}
"""Per stage: the bar's label, what it counts, and what ``found`` counts."""
_POSTFIX_EVERY = 0.25
"""Seconds between updates of the count of things found (each redraws the bar's text)."""


class TerminalProgress:
    """A :class:`~quoteverify.matching.progress.Progress` that draws a bar per stage on
    ``file`` (standard error by default), once ``delay`` seconds have passed since it was
    made; closing it (or leaving its ``with`` block) ends the last bar."""

    def __init__(self, file: TextIO | None = None, *, delay: float = 2.0) -> None:
        self._file = file if file is not None else sys.stderr
        self._shown_after = time.monotonic() + delay
        self._bar: Any = None
        self._stage = ""
        self._found = ""
        self._noted = 0.0

    def __call__(self, stage: str, done: int, total: int, found: int, /) -> None:
        bar = self._bar
        if bar is None or stage != self._stage:
            bar = self._open(stage, total)
        if done > bar.n:
            bar.update(done - bar.n)
        if self._found:
            now = time.monotonic()
            if now - self._noted >= _POSTFIX_EVERY or done == total:
                self._noted = now
                bar.set_postfix_str(f"{found:,} {self._found}", refresh=False)

    def _open(self, stage: str, total: int) -> Any:
        self.close()
        label, unit, self._found = _STAGES.get(stage, (stage, "items", ""))
        self._stage, self._noted = stage, 0.0
        self._bar = tqdm(
            desc=label,
            total=total or None,
            unit=f" {unit}",
            file=self._file,
            **_screen(self._file),
            delay=max(0.0, self._shown_after - time.monotonic()),
        )
        return self._bar

    def close(self) -> None:
        """End the current bar: left on the screen if it was drawn, else nothing written."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> TerminalProgress:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def _screen(file: TextIO) -> dict[str, Any]:
    """Follow the terminal's width; a terminal that says it has none (a pseudo-terminal
    nobody sized) gets 80 columns and 24 lines, which tqdm would otherwise take for none and
    draw nothing."""
    try:
        columns = os.get_terminal_size(file.fileno()).columns
    except (OSError, ValueError):
        columns = -1  # not a terminal: tqdm draws a bar of its own width
    return {"ncols": 80, "nrows": 24} if columns == 0 else {"dynamic_ncols": True}
