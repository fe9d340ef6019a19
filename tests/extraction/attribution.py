"""Helpers for the attribution tests: the quotes of a text, and their speaker and cue.

Every quote found is also checked to point at its own words, and so are its cue and the
mention of its speaker.
"""

from __future__ import annotations

from quoteverify import Quote, Speaker, extract_quotes


def quotes_of(text: str) -> list[Quote]:
    """The quotes of a text, after checking that each quote, cue and mention points at its words."""
    found = extract_quotes(text)
    for q in found:
        assert text[q.start : q.end] == q.text
        if q.cue is not None:
            assert text[q.cue.start : q.cue.end] == q.cue.text
        if q.speaker is not None:
            assert text[q.speaker.start : q.speaker.end] == q.speaker.mention
    return found


def only_quote(text: str) -> Quote:
    (q,) = quotes_of(text)
    return q


def speaker_of(q: Quote) -> Speaker:
    assert q.speaker is not None, f"no speaker for {q.text!r}"
    return q.speaker


def cue_text(q: Quote) -> str | None:
    return None if q.cue is None else q.cue.text
