"""Helpers for the input tests: Hypothesis settings, and Markdown blanked with its offsets kept."""

from __future__ import annotations

from hypothesis import HealthCheck, settings

from quoteverify.inputs.markdown import markdown_text

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_offsets_kept(raw: str, text: str) -> None:
    """Same length, same line breaks, and every character kept or blanked to a space."""
    assert len(text) == len(raw)
    for kept, original in zip(text, raw, strict=True):
        if original in "\r\n":
            assert kept == original
        else:
            assert kept in (original, " ")


def blanked(raw: str) -> str:
    """The text with its markup blanked, checking the offset invariants on the way."""
    text = markdown_text(raw)
    assert_offsets_kept(raw, text)
    return text
