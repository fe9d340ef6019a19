"""quoteverify: extract, attribute and cross-check direct quotations in news text.

>>> from quoteverify import extract_quotes
>>> [(q.text, q.speaker.name) for q in extract_quotes('"We are ready," Jane Doe said.')]
[('We are ready,', 'Jane Doe')]
"""

from typing import TYPE_CHECKING, Any

from quoteverify._version import __version__
from quoteverify.config import Config
from quoteverify.errors import InputError, QuoteverifyError
from quoteverify.extraction.extract import extract, extract_quotes
from quoteverify.gate.check import check
from quoteverify.matching.corroborate import corroborate
from quoteverify.matching.utterance_view import Utterance, utterances
from quoteverify.model import (
    Cue,
    Document,
    Extraction,
    Finding,
    Hunk,
    Match,
    Quote,
    Report,
    Speaker,
    TextWarning,
)

if TYPE_CHECKING:
    from quoteverify.inputs.read import load
    from quoteverify.render.html import render_html


def __getattr__(name: str) -> Any:
    # The file readers and renderers are imported when first asked for: ``import quoteverify``
    # stays quick.
    if name == "load":
        from quoteverify.inputs.read import load

        return load
    if name == "render_html":
        from quoteverify.render.html import render_html

        return render_html
    raise AttributeError(f"module 'quoteverify' has no attribute {name!r}")


__all__ = [
    "Config",
    "Cue",
    "Document",
    "Extraction",
    "Finding",
    "Hunk",
    "InputError",
    "Match",
    "Quote",
    "QuoteverifyError",
    "Report",
    "Speaker",
    "TextWarning",
    "Utterance",
    "__version__",
    "check",
    "corroborate",
    "extract",
    "extract_quotes",
    "load",
    "render_html",
    "utterances",
]
