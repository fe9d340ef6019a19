"""Human-readable output: a block per document, a line per quote or warning, then a summary."""

from __future__ import annotations

from collections.abc import Sequence

from quoteverify.model import Document, Extraction, Speaker
from quoteverify.render.paint import Paint, painter
from quoteverify.render.position import LineIndex
from quoteverify.render.report_text import clean

QUOTE_WIDTH = 80
"""Quotes longer than this many characters are shortened (with "…") to keep one per line."""


def render_text(results: Sequence[tuple[Document, Extraction]], *, color: bool = False) -> str:
    """Render results for a person reading a terminal; positions are ``line:column``. ANSI
    colour (headers and warnings) only with ``color=True``.

    >>> from quoteverify.model import Cue, Quote, Speaker, TextWarning
    >>> text = 'Intro.\\n"We are ready," Jane Doe said. "And'
    >>> jane = Speaker(name="Jane Doe", mention="Jane Doe", start=23, end=31)
    >>> quote = Quote(text="We are ready,", start=8, end=21, speaker=jane,
    ...               cue=Cue("said", 32, 36), kind="utterance", utterance=0)
    >>> unclosed = TextWarning("unclosed-quote", "quote mark never closed", 38, 39)
    >>> print(render_text([(Document("a.txt", text), Extraction((quote,), (unclosed,)))]))
    a.txt
      2:2   utterance  Jane Doe [explicit]  "We are ready,"
      2:32  warning    unclosed-quote: quote mark never closed
    <BLANKLINE>
    1 document, 1 quote, 1 warning
    <BLANKLINE>
    """
    paint = painter(color)
    blocks = [_render_document(document, extraction, paint) for document, extraction in results]
    quotes = sum(len(extraction.quotes) for _, extraction in results)
    warnings = sum(len(extraction.warnings) for _, extraction in results)
    summary = ", ".join(
        [_count(len(results), "document"), _count(quotes, "quote"), _count(warnings, "warning")]
    )
    return "\n".join([*blocks, summary]) + "\n"


def _render_document(document: Document, extraction: Extraction, paint: Paint) -> str:
    header = paint("header", _one_line(document.id))
    if document.source and document.source != document.id:
        header += f"  ({_one_line(document.source)})"
    index = LineIndex(document.file_text())  # positions in the file (Markdown, HTML)
    # (offset, order, kind column, detail): warnings sort after a quote at the same offset.
    rows: list[tuple[int, int, str, str]] = [
        (quote.start, 0, quote.kind, f"{_describe(quote.speaker)}  {_quoted(quote.text)}")
        for quote in extraction.quotes
    ]
    rows.extend(
        (warning.start, 1, "warning", f"{warning.code}: {_one_line(warning.message)}")
        for warning in extraction.warnings
    )
    if not rows:
        return f"{header}\n  no quotes\n"
    rows.sort(key=lambda row: row[:2])
    places = ["{}:{}".format(*index.line_col(document.file_offset(row[0]))) for row in rows]
    place_width = max(map(len, places))
    kind_width = max(len(row[2]) for row in rows)
    lines = [
        f"  {place:<{place_width}}  {_kind_cell(kind, kind_width, paint)}  {detail}"
        for place, (_, _, kind, detail) in zip(places, rows, strict=True)
    ]
    return "\n".join([header, *lines]) + "\n"


def _kind_cell(kind: str, width: int, paint: Paint) -> str:
    cell = f"{kind:<{width}}"
    return paint("warning", cell) if kind == "warning" else cell


def _describe(speaker: Speaker | None) -> str:
    """Name a speaker, with the role, how the name was found and, unless the name itself was
    written there, the words that point to it.

    >>> _describe(Speaker("Sabrina Singh", "she", 0, 3, role="Pentagon spokeswoman",
    ...                   resolved_by="pronoun"))
    'Sabrina Singh (Pentagon spokeswoman) [pronoun: "she"]'
    >>> _describe(None)
    '(no speaker)'
    """
    if speaker is None:
        return "(no speaker)"
    description = _one_line(speaker.name)
    if speaker.role:
        description += f" ({_one_line(speaker.role)})"
    how: str = speaker.resolved_by
    if speaker.resolved_by != "explicit" and speaker.mention != speaker.name:
        how += f': "{_one_line(speaker.mention)}"'
    return f"{description} [{how}]"


def _quoted(text: str, width: int = QUOTE_WIDTH) -> str:
    """Put a quote on one line in double quotes, shortened at a word boundary if too long.

    >>> _quoted("We are\\n\\n  ready.")
    '"We are ready."'
    >>> _quoted("one two three four", width=12)
    '"one two…"'
    """
    text = _one_line(text)
    if len(text) > width:
        cut = text[: width - 1]
        space = cut.rfind(" ")
        if space > width // 2:
            cut = cut[:space]
        text = cut.rstrip() + "…"
    return f'"{text}"'


def _one_line(text: str) -> str:
    """Collapse runs of whitespace, newlines included, to single spaces, and show control
    characters and bidirectional overrides as escapes, so a text cannot steer a terminal."""
    return clean(text)


def _count(number: int, noun: str) -> str:
    """Count a noun in English.

    >>> _count(1, "quote"), _count(2, "quote")
    ('1 quote', '2 quotes')
    """
    return f"{number} {noun}{'' if number == 1 else 's'}"
