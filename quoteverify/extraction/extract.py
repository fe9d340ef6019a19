"""Text -> quotes: pair the marks, then attribute each quoted segment.

>>> [q.text for q in extract_quotes('“It is over,” she said. Fans called it “a shock.”')]
['It is over,', 'a shock.']
"""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES

from quoteverify.extraction import attribute as _attribute
from quoteverify.extraction.attribute import attribute
from quoteverify.extraction.marks import scan
from quoteverify.extraction.paragraphs import paragraphs
from quoteverify.model import Extraction, Quote

COMPILED: bool = (_attribute.__file__ or "").endswith(tuple(EXTENSION_SUFFIXES))
"""Whether the extraction modules run compiled by mypyc (``pip install .`` builds them where it
can, see setup.py) rather than as Python source. Both give the same results."""


def extract(text: str) -> Extraction:
    """Every quoted segment of a text with its speaker, plus warnings about stray marks.

    >>> result = extract('"We will hold," Singh said. "This is\\n\\nThe next paragraph.')
    >>> [(q.text, q.speaker.name) for q in result.quotes]
    [('We will hold,', 'Singh')]
    >>> [(w.code, w.start) for w in result.warnings]
    [('unclosed-quote', 28)]
    """
    if not isinstance(text, str):
        raise TypeError(f"extract expects str, not {type(text).__name__}")
    paras = paragraphs(text)
    segments, warnings = scan(text, paras)
    quotes = attribute(text, paras, segments)
    return Extraction(quotes=tuple(quotes), warnings=tuple(warnings))


def extract_quotes(text: str) -> list[Quote]:
    """The quotes of a text, in text order (see :func:`extract` for the warnings too).

    >>> for q in extract_quotes('Pentagon spokeswoman Sabrina Singh said: "We are concerned." '
    ...                         '"It matters," she added.'):
    ...     print(q.text, "|", q.speaker.name, "|", q.speaker.resolved_by, "|", q.kind)
    We are concerned. | Sabrina Singh | explicit | utterance
    It matters, | Sabrina Singh | pronoun | utterance
    """
    return list(extract(text).quotes)
