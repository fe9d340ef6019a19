"""Small helpers the test modules share."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from quoteverify import Document, Report, corroborate
from quoteverify.cli import main

ROOT = Path(__file__).resolve().parent.parent
"""The project's root: test modules take their paths from here, wherever they sit."""
SEEDS = ROOT / "seeds"
"""The two seed articles the project began from."""
DOCS = ROOT / "docs"
NEWSROOM = ROOT / "tests" / "fixtures" / "newsroom"
"""A small repository of an editorial desk: a Markdown draft and the sources it quotes."""


def span(text: str, part: str, *, after: int = 0) -> tuple[int, int]:
    """The offsets of ``part`` in ``text``, searching from ``after``."""
    start = text.index(part, after)
    return start, start + len(part)


def words(text: str) -> list[str]:
    """The words of a text as compared: case, marks, dashes and punctuation folded away."""
    return re.findall(r"\w+", text.lower())


def covers(text: str, spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the spans, in order, cover text[start:end] leaving only non-word gaps."""
    pos = start
    for s, e in spans:
        if s < pos or e < s or re.search(r"\w", text[pos:s]):
            return False
        pos = e
    return pos <= end and not re.search(r"\w", text[pos:end])


@cache
def seeds_report() -> Report:
    """``corroborate`` over the seed articles, computed once per test session."""
    return corroborate([Document.from_path(path) for path in sorted(SEEDS.glob("*.txt"))])


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    """Run the command line in process: its exit status, standard output and standard error."""
    status = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return status, out, err


def assert_one_line_error(err: str, *parts: str | Path) -> None:
    """Standard error is one line, the CLI's error line, naming every one of ``parts``."""
    assert err.startswith("quoteverify: error: "), err
    assert err.count("\n") == 1 and err.endswith("\n"), err
    for part in parts:
        assert str(part) in err, (part, err)
