"""Placeholder while the engine is written (see issue 2)."""
from __future__ import annotations

from quoteverify.model import Extraction, Quote


def extract(text: str) -> Extraction:
    if not isinstance(text, str):
        raise TypeError(f"extract expects str, not {type(text).__name__}")
    return Extraction(quotes=(), warnings=())


def extract_quotes(text: str) -> list[Quote]:
    return list(extract(text).quotes)
