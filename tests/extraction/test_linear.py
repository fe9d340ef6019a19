"""Extraction does work in proportion to its input, whatever the input.

Not a timing test: it counts the lines of quoteverify's own code that run (a deterministic
measure of work, unlike the clock) for n and for 2n copies of an adversarial pattern, and
asks that doubling the input no more than (about) doubles the work. A quadratic Python loop,
such as scanning all earlier quotes of a paragraph for each new quote, fails it at once. Work
done inside one C call (copying a slice of every earlier quote) runs no lines and is not seen:
the benchmark (`benchmarks/bench_extract.py`, "Adversarial growth") measures growth in seconds
and is the check for that.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

import quoteverify

PACKAGE = str(Path(quoteverify.__file__).parent)

PATTERNS = {
    "alternating": '"a ',
    "marks soup": "\"'“”‘’«» '' a's ",
    "marks only": "\"'“”‘’«» ''\n",
    "unclosed paragraph": '"word ',
    "attributed quotes": '"We will rebuild," Tom Reyes said. ',
    "terms between quotes": '"We will," Ana Ruiz said on "Face the Nation." "Soon." ',
    "names and pronouns": 'Sen. Ana Ruiz spoke. "Yes," she said. Ruiz added, "No." ',
    "wrapped quotes": '"We open the\nbridge," Ana Ruiz said. "We open.\nTolls stay," she said\n',
    "latex marks": "``We will,'' Ana Ruiz said. `` '' ``a ",
}


def lines_run(text: str) -> int:
    """How many lines of quoteverify code run while extracting quotes from text."""
    count = 0

    def trace(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if not frame.f_code.co_filename.startswith(PACKAGE):
            return None
        if event == "line":
            count += 1
        return trace

    sys.settrace(trace)
    try:
        quoteverify.extract_quotes(text)
    finally:
        sys.settrace(None)
    return count


@pytest.mark.parametrize("pattern", PATTERNS.values(), ids=PATTERNS.keys())
def test_doubling_the_input_at_most_doubles_the_work(pattern: str) -> None:
    n = max(1, 6000 // len(pattern))
    small, large = lines_run(pattern * n), lines_run(pattern * 2 * n)
    assert large <= 2.3 * small, f"work grew {large / small:.2f}x for twice the input"
