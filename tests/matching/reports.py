"""Running corroboration in the matching tests: every report is first checked to point at its
words (each match's passage, and both sides of every diff hunk, slice the documents' texts to
the text the record carries, and the diff covers the quote in full, and the other quote in full
when the match is in a quote); then a finding and its best match are looked up by their text."""

from __future__ import annotations

from typing import Any

from helpers import covers, words

from quoteverify import Config, Document, corroborate
from quoteverify.model import Finding, Hunk, Match, Report

STATUS_ORDER = ["corroborated", "partial", "altered", "misattributed", "uncorroborated"]

def doc(doc_id: str, text: str) -> Document:
    return Document(id=doc_id, text=text)


def check_match(finding: Finding, match: Match, texts: dict[str, str]) -> None:
    this, other = texts[finding.doc_id], texts[match.doc_id]
    assert match.doc_id != finding.doc_id, "a quote was matched against its own document"
    assert other[match.start : match.end] == match.text
    assert 0.0 <= match.score <= 100.0
    most = max(len(words(finding.quote.text)), len(finding.quote.text.split()))
    assert 0 <= match.words <= most
    if match.quote is not None:
        assert other[match.quote.start : match.quote.end] == match.quote.text
        assert match.quote.start <= match.start <= match.end <= match.quote.end
    for h in match.diff:
        assert this[h.this_span[0] : h.this_span[1]] == h.this_text, h
        assert other[h.other_span[0] : h.other_span[1]] == h.other_text, h
        if h.op == "insert":
            assert h.this_text == "" and h.other_text != "", h
        if h.op == "delete":
            assert h.other_text == "" and h.this_text != "", h
        if h.op == "equal":
            assert words(h.this_text) == words(h.other_text), h
    this_spans = [h.this_span for h in match.diff if h.this_text]
    assert covers(this, this_spans, finding.quote.start, finding.quote.end), match.diff
    if match.quote is not None:
        other_spans = [h.other_span for h in match.diff if h.other_text]
        assert covers(other, other_spans, match.quote.start, match.quote.end), match.diff


def check_report(report: Report) -> None:
    texts = {d.id: d.text for d in report.documents}
    for f in report.findings:
        assert texts[f.doc_id][f.quote.start : f.quote.end] == f.quote.text
        assert f.status in STATUS_ORDER
        assert 0.0 <= f.coverage <= 1.0
        for m in f.matches:
            check_match(f, m, texts)


def run(*documents: Document, **options: Any) -> Report:
    """Corroborate the documents (with a Config built from the options) and check the spans."""
    config = Config(**options) if options else None
    report = corroborate(list(documents), config=config)
    assert report.documents == documents
    check_report(report)
    return report


def finding_for(report: Report, quote_text: str, doc_id: str | None = None) -> Finding:
    found = [
        f
        for f in report.findings
        if f.quote.text == quote_text and (doc_id is None or f.doc_id == doc_id)
    ]
    assert len(found) == 1, (quote_text, doc_id, [(f.doc_id, f.quote.text) for f in found])
    return found[0]


def best(finding: Finding) -> Match:
    assert finding.matches, f"no match for {finding.quote.text!r} ({finding.status})"
    return finding.matches[0]


EDGE_PUNCTUATION = ".,;:!?"


def bare(text: str) -> str:
    """A hunk's text without the punctuation at its edges (whether a hunk takes the comma
    that closes a quote is the aligner's choice; the words are not)."""
    return text.strip(EDGE_PUNCTUATION)


def changes(match: Match) -> list[tuple[str, str, str]]:
    """The hunks that are not equal, as (op, this_text, other_text), edge punctuation aside."""
    return [(h.op, bare(h.this_text), bare(h.other_text)) for h in match.diff if h.op != "equal"]


def other_hunks(match: Match) -> list[Hunk]:
    return [h for h in match.diff if h.op != "equal"]
