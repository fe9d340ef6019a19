"""Renderers: the results of a run -> text for people, JSON for programs, Markdown for reviews,
workflow commands for GitHub Actions, SARIF for code scanning and a self-contained HTML page.

Each renderer returns the whole output as one string, so nothing is written until everything
has been computed. ``RENDERERS`` take a sequence of ``(Document, Extraction)`` pairs (what
``quoteverify extract`` found); ``REPORT_RENDERERS`` take a corroboration :class:`Report`, and
``CHECK_RENDERERS`` the :class:`Report` of ``quoteverify check``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from quoteverify.model import Document, Extraction, Report
from quoteverify.render.check_text import render_check_text
from quoteverify.render.findings_jsonl import render_findings_jsonl
from quoteverify.render.github import github_step_summary, render_github
from quoteverify.render.html import render_html
from quoteverify.render.json import render_json
from quoteverify.render.markdown import render_report_markdown
from quoteverify.render.report_json import render_report_json
from quoteverify.render.report_text import render_report_text
from quoteverify.render.sarif import render_sarif
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
    "jsonl": render_findings_jsonl,
    "markdown": render_report_markdown,
    "html": render_html,
}
"""Report output formats by the name ``quoteverify compare --format`` takes."""

CHECK_RENDERERS: dict[str, Callable[[Report], str]] = {
    "text": render_check_text,
    "json": render_report_json,
    "github": render_github,
    "sarif": render_sarif,
    "markdown": render_report_markdown,
    "html": render_html,
}
"""Check output formats by the name ``quoteverify check --format`` takes (``text`` without
colour: pass ``color=True`` to :func:`render_check_text` for a terminal)."""

__all__ = [
    "CHECK_RENDERERS",
    "RENDERERS",
    "REPORT_RENDERERS",
    "DocumentResult",
    "github_step_summary",
    "render_check_text",
    "render_findings_jsonl",
    "render_github",
    "render_html",
    "render_json",
    "render_report_json",
    "render_report_markdown",
    "render_report_text",
    "render_sarif",
    "render_text",
]
