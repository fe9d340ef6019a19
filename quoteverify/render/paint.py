"""ANSI colour for the text formats, added around text that is already safe for a terminal.

Colour only ever wraps whole cells of a line, so the output without its escape sequences is
the plain output, and the text of a document (made inert by
:func:`~quoteverify.render.report_text.clean` first) never carries one of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from quoteverify.config import DEFAULT_SEVERITY
from quoteverify.model import Status

RESET = "\x1b[0m"
STYLES = {
    "header": "\x1b[1;4m",  # bold, underlined
    "error": "\x1b[1;31m",  # bold red
    "warning": "\x1b[33m",  # yellow
    "info": "\x1b[36m",  # cyan
    "note": "\x1b[2m",  # dim
    "match": "\x1b[2m",
    "-": "\x1b[31m",
    "+": "\x1b[32m",
}
"""ANSI styles, by what they mark: a severity, a header, a match line, a diff side."""

Paint = Callable[[str, str], str]
"""``paint(style, text)``: ``text`` in a style of :data:`STYLES`, or as it is."""


def painter(color: bool) -> Paint:
    """A :data:`Paint` that adds ANSI styles, or one that leaves text as it is.

    >>> painter(True)("error", "altered"), painter(False)("error", "altered")
    ('\\x1b[1;31maltered\\x1b[0m', 'altered')
    """
    if not color:
        return lambda style, text: text
    return lambda style, text: f"{STYLES[style]}{text}{RESET}"


def status_style(status: Status) -> str:
    """The style of a status where no severity is set (``compare``): its default severity's.

    >>> status_style("misattributed"), status_style("uncorroborated"), status_style("partial")
    ('error', 'warning', 'info')
    """
    return DEFAULT_SEVERITY[status]
