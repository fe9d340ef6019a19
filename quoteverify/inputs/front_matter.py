"""Front matter: the YAML ``---`` or TOML ``+++`` block that opens a Markdown draft, and the
sources it lists.

Only what quoteverify reads is parsed: where the block starts and ends (the Markdown reader
skips it), and its ``sources`` key. YAML is read by hand, so no YAML library is needed:
``sources:`` as a flow list, one path, or a block list. TOML is read with the standard
library's reader: ``sources = [...]`` or one path. Anything else in the block is ignored, and
a block that is not valid TOML lists no sources.

>>> front_matter_span("---\\nsources: a.txt\\n---\\nText.")
(4, 19, 22)
>>> front_matter_span("+++\\nsources = 'a.txt'\\n+++\\nText.")
(4, 22, 25)
"""

from __future__ import annotations

import re
import sys

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

# YAML's quoted scalars: "with \" escapes" and 'with '' doubled'.
_DOUBLE_QUOTED_RE = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_SINGLE_QUOTED_RE = re.compile(r"'(?:[^']|'')*'")


def front_matter_sources(raw: str) -> tuple[str, ...]:
    """The ``sources`` a Markdown file's front matter lists, as written (not resolved).

    In YAML, three forms are read: a flow list, one path, and a block list; in TOML, an array
    of strings or one string. Anything else is ignored.

    >>> front_matter_sources('---\\ntitle: Vote\\nsources: [a.txt, "b c.md"]\\n---\\nText.')
    ('a.txt', 'b c.md')
    >>> front_matter_sources("---\\nsources: one.txt  # the release\\n---\\n")
    ('one.txt',)
    >>> front_matter_sources("---\\nsources:\\n  - a.txt\\n  - 'b.html'\\n---\\n")
    ('a.txt', 'b.html')
    >>> front_matter_sources('+++\\ntitle = "Vote"\\nsources = ["a.txt", "b.md"]\\n+++\\n')
    ('a.txt', 'b.md')
    >>> front_matter_sources("No front matter.")
    ()
    """
    front = front_matter_span(raw)
    if front is None:
        return ()
    if raw.startswith("+++"):
        return _toml_sources(raw[front[0] : front[1]])
    lines = raw[front[0] : front[1]].splitlines()
    for index, line in enumerate(lines):
        if not line.startswith("sources:"):
            continue
        rest = line[len("sources:") :].strip()
        if rest.startswith("["):
            return _flow_list("\n".join([rest, *lines[index + 1 :]]))
        if rest and not rest.startswith("#"):
            value = _scalar(rest)
            return (value,) if value else ()
        items: list[str] = []
        for item in lines[index + 1 :]:
            stripped = item.strip()
            if not stripped or stripped.startswith("#"):
                continue
            if stripped != "-" and not stripped.startswith("- "):
                break
            value = _scalar(stripped[1:].strip())
            if value:
                items.append(value)
        return tuple(items)
    return ()


def front_matter_span(raw: str) -> tuple[int, int, int] | None:
    """``(content start, content end, block end)`` of a leading ``---`` or ``+++`` block, or
    None. A YAML block closes with ``---`` or ``...``, a TOML block with ``+++``."""
    first = raw.find("\n")
    if first < 0 or raw[:first].rstrip() not in ("---", "+++"):
        return None
    closing = ("+++",) if raw.startswith("+") else ("---", "...")
    pos = first + 1
    while pos < len(raw):
        newline = raw.find("\n", pos)
        end = len(raw) if newline < 0 else newline
        if raw[pos:end].rstrip() in closing:
            return first + 1, pos, end
        pos = end + 1
    return None


def _scalar(text: str) -> str:
    """One YAML-ish scalar: quoted (with its escapes) or plain (up to a `` #`` comment)."""
    if text[:1] == '"':
        close = _DOUBLE_QUOTED_RE.match(text)
        body = close.group()[1:-1] if close else text[1:]
        return re.sub(r"\\(.)", r"\1", body)
    if text[:1] == "'":
        close = _SINGLE_QUOTED_RE.match(text)
        body = close.group()[1:-1] if close else text[1:]
        return body.replace("''", "'")
    comment = re.search(r"\s#", text)
    return (text[: comment.start()] if comment else text).strip()


def _flow_list(text: str) -> tuple[str, ...]:
    """The items of ``[a, "b c", 'd']``; () when the list is not closed."""
    items: list[str] = []
    pos = 1
    while pos < len(text):
        char = text[pos]
        if char in " \t\r\n,":
            pos += 1
        elif char == "]":
            return tuple(item for item in items if item)
        elif char in "\"'":
            found = (_DOUBLE_QUOTED_RE if char == '"' else _SINGLE_QUOTED_RE).match(text, pos)
            if found is None:
                return ()
            items.append(_scalar(found.group()))
            pos = found.end()
        else:
            end = pos
            while end < len(text) and text[end] not in ",]\n":
                end += 1
            items.append(_scalar(text[pos:end]))
            pos = end
    return ()


def _toml_sources(block: str) -> tuple[str, ...]:
    """The ``sources`` of a TOML block: an array of strings or one string; () otherwise."""
    try:
        table = tomllib.loads(block)
    except tomllib.TOMLDecodeError:
        return ()
    value = table.get("sources")
    if isinstance(value, str):
        return (value,) if value else ()
    if isinstance(value, list):
        return tuple(item for item in value if isinstance(item, str) and item)
    return ()
