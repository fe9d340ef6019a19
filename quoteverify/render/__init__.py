"""Renderers: the results of a run -> text for people or JSON for programs.

Each renderer takes a sequence of ``(Document, Extraction)`` pairs and returns the whole output
as one string, so nothing is written until everything has been computed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from quoteverify.model import Document, Extraction
from quoteverify.render.json import render_json
from quoteverify.render.text import render_text

DocumentResult = tuple[Document, Extraction]
"""One document and what extraction found in it."""

RENDERERS: dict[str, Callable[[Sequence[DocumentResult]], str]] = {
    "json": render_json,
    "text": render_text,
}
"""Output formats by the name the CLI's ``--format`` takes."""

__all__ = ["RENDERERS", "DocumentResult", "render_json", "render_text"]
