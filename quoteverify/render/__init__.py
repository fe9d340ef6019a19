"""Renderers: the results of a run -> text for people, JSON for programs, Markdown for reviews.

Each renderer returns the whole output as one string, so nothing is written until everything
has been computed. ``RENDERERS`` take a sequence of ``(Document, Extraction)`` pairs (what
``quoteverify extract`` found); ``REPORT_RENDERERS`` take a corroboration :class:`Report`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from quoteverify.model import Document, Extraction, Report
from quoteverify.render.json import render_json
from quoteverify.render.markdown import render_report_markdown
from quoteverify.render.report_json import render_report_json
from quoteverify.render.report_text import render_report_text
from quoteverify.render.text import render_text

DocumentResult = tuple[Document, Extraction]
"""One document and what extraction found in it."""

RENDERERS: dict[str, Callable[[Sequence[DocumentResult]], str]] = {
    "json": render_json,
    "text": render_text,
}
"""Extraction output formats by the name ``quoteverify extract --format`` takes."""

REPORT_RENDERERS: dict[str, Callable[[Report], str]] = {
    "text": render_report_text,
    "json": render_report_json,
    "markdown": render_report_markdown,
}
"""Report output formats by the name ``quoteverify compare --format`` takes."""

__all__ = [
    "RENDERERS",
    "REPORT_RENDERERS",
    "DocumentResult",
    "render_json",
    "render_report_json",
    "render_report_markdown",
    "render_report_text",
    "render_text",
]
