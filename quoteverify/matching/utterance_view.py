"""Findings -> utterances: the corpus seen by what was said rather than by document. Who said
it, which sources carry it, in which wordings, first and last seen.

Quotes are grouped by their matches (the connected components of the graph whose edges are the
matches of the findings, found by union-find in one pass, so time and memory grow with the
quotes and matches):

- the segments of one utterance of a document (a quote split around "she said", or running
  over several paragraphs: :attr:`~quoteverify.model.Quote.utterance`) are one telling of it;
- a match into another document's quote **links** the two quotes when it bears out at least
  half (``LINK_SHARE``) of the shorter of them: a fragment ("never retreat") joins the longer
  quote it is part of, an altered telling ("not" for "never") joins the original, a match
  that credits the words to someone else joins them too (the record lists both speakers);
  two long quotes that share only a clause stay apart, as do matches too weak to be listed
  in a finding at all (``docs/matching.md``);
- a match into another document's unquoted text (a transcript turn, a press release, an
  outlet's own sentence) links nothing: the passage is listed as an appearance with
  ``quoted`` False, under the utterance of the quote it confirms;
- quoted terms (``kind == "term"``) are no utterances and are left out.

>>> from quoteverify import Document, corroborate
>>> report = corroborate([
...     Document("wire", '"We will never retreat from the eastern towns, whatever the cost,"'
...                      ' Defense Minister Ana Ruiz said.', date="2024-11-04"),
...     Document("paper", 'Ruiz said: "We will never retreat from the eastern towns."',
...              source="The Paper", date="2024-11-05"),
...     Document("blog", '"We will not retreat from the eastern towns," Ruiz said.'),
... ])
>>> [found] = utterances(report)
>>> found.wording, found.speakers, found.documents, found.first_seen, found.undated
('We will never retreat from the eastern towns, whatever the cost,', (('Ana Ruiz', 3),), 3, \
'2024-11-04', 1)
>>> for wording in found.wordings:
...     print(wording.text, [a.source for a in wording.appearances])
We will never retreat from the eastern towns, whatever the cost, ['wire']
We will never retreat from the eastern towns. ['The Paper']
We will not retreat from the eastern towns, ['blog']
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from itertools import count
from pathlib import Path

import attrs

from quoteverify.inputs.dates import date_key
from quoteverify.inputs.finding_shards import (
    DOCUMENTS_SHARD,
    FINDINGS_SHARD,
    findings_shard,
    read_document_rows,
    read_findings,
)
from quoteverify.matching.judge import explained, quote_size
from quoteverify.matching.speakers import agreement
from quoteverify.matching.words import words
from quoteverify.model import Finding, Match, Quote, Report, Speaker

LINK_SHARE = 0.5
"""The share of the shorter of two quotes a match must bear out to make them one utterance."""

_SPEAKER_GROUPS = 32
"""Groups of names a speaker's name is compared with (by agreement, as people's names): in a
huge utterance, a rare name past these is counted on its own rather than compared with all."""


@attrs.frozen
class Span:
    """Words of a document at ``start``:``end`` (character offsets into its text)."""

    text: str
    start: int
    end: int


@attrs.frozen
class Appearance:
    """One document's telling of an utterance: the segments of one of its quotes (one, or
    several split around "she said"), or with ``quoted`` False a passage of its unquoted text
    that a quote was found in. ``source`` is the document's source, or its id when it has
    none; ``speaker`` the name the document credits, if any."""

    doc_id: str
    source: str
    date: str | None
    speaker: str | None
    quoted: bool
    spans: tuple[Span, ...]

    @property
    def text(self) -> str:
        """The words as the document gives them, segments joined by a space."""
        return " ".join(span.text for span in self.spans)


@attrs.frozen
class Wording:
    """One wording of an utterance (case, punctuation and quotation marks aside) with the
    documents that give it: ``text`` as the first of them writes it."""

    text: str
    documents: int
    appearances: tuple[Appearance, ...]


@attrs.frozen
class Utterance:
    """Quotes across the corpus linked by their matches: one thing someone said.

    ``id`` is the same for the same input (a hash of the first document utterance in it, by
    document id). ``wording`` is the canonical wording: the longest quoted one (in words; then
    the one more documents give; then the first seen). ``speakers`` are the names documents
    credit, a person's name spelt several ways counted once under its fullest form, with the
    number of documents, most first; ``sources`` likewise. ``wordings`` are most carried first.
    ``first_seen`` and ``last_seen`` are the dates of the earliest and latest dated documents,
    as they give them; ``undated`` counts the documents without a date.
    """

    id: str
    wording: str
    documents: int
    first_seen: str | None
    last_seen: str | None
    undated: int
    speakers: tuple[tuple[str, int], ...]
    sources: tuple[tuple[str, int], ...]
    wordings: tuple[Wording, ...]


DocumentInfo = tuple[str, str | None]
"""What the view needs of a document besides its quotes: its source (or id) and its date."""


def utterances(report: Report, *, min_documents: int = 1) -> tuple[Utterance, ...]:
    """The utterances of a report's findings, in ``min_documents`` documents or more (1:
    every quote, those found nowhere else included), by first seen (undated ones last, in the
    order of the report).
    """
    groups = UtteranceGroups()
    for finding in report.findings:
        groups.add(finding)
    known = {d.id: (d.source or d.id, d.date) for d in report.documents}
    return groups.utterances(known, min_documents=min_documents)


def utterances_in_shards(
    directory: str | Path, shards: int | None = None, *, min_documents: int = 1
) -> tuple[Utterance, ...]:
    """The utterances of the findings shards ``compare --output-dir`` wrote in ``directory``:
    shards ``0`` to ``shards - 1``, or every one there when None. The findings are streamed;
    only the quotes are held."""
    folder = Path(directory)
    if shards is None:
        pattern = FINDINGS_SHARD.replace("{:05d}", "[0-9]" * 5)
        found = [*folder.glob(pattern), *folder.glob(pattern.replace(".jsonl", ".parquet"))]
        numbers = sorted({int(path.name.split("-")[1].split(".")[0]) for path in found})
    else:
        numbers = list(range(shards))
    groups = UtteranceGroups()
    known: dict[str, DocumentInfo] = {}
    for index in numbers:
        for finding in read_findings(findings_shard(folder, index)):
            groups.add(finding)
        for doc_id, source, date in read_document_rows(folder / DOCUMENTS_SHARD.format(index)):
            known.setdefault(doc_id, (source or doc_id, date))
    return groups.utterances(known, min_documents=min_documents)


def links(quote: Quote, match: Match) -> bool:
    """Whether a match makes a quote and the other document's quote one utterance: it bears
    out ``LINK_SHARE`` of the shorter of the two.

    >>> long = Quote("We will never retreat from the eastern towns", 0, 44, None, None,
    ...              "utterance", 0)
    >>> short = Quote("never retreat", 8, 21, None, None, "utterance", 0)
    >>> links(long, Match("b", 8, 21, short.text, short, "contains", 30.0, "unknown", None, 2, ()))
    True
    """
    if match.quote is None or match.quote.kind == "term":
        return False
    shorter = min(quote_size(quote), quote_size(match.quote))
    return explained(match) >= LINK_SHARE * shorter


class UtteranceGroups:
    """Findings added one by one (from a report, or streamed from shards), grouped into
    utterances when asked: memory for the quotes, never for the findings."""

    def __init__(self) -> None:
        self._parent: list[int] = []
        self._node_of: dict[tuple[str, int], int] = {}
        self._doc: list[str] = []
        # per node, its segments: (start, end) -> (text, speaker)
        self._segments: list[dict[tuple[int, int], tuple[str, Speaker | None]]] = []
        self._order: list[int] = []
        # (node, doc_id, start, end, text, speaker, order)
        self._passages: list[tuple[int, str, int, int, str, Speaker | None, int]] = []
        self._seen = count()

    def add(self, finding: Finding) -> None:
        """Take a finding's quote and the quotes and passages its matches link it with."""
        if finding.quote.kind == "term":
            return
        node = self._node(finding.doc_id, finding.quote)
        for match in finding.matches:
            if match.quote is None:
                speaker = match.other_speaker
                span = (match.doc_id, match.start, match.end, match.text)
                self._passages.append((node, *span, speaker, next(self._seen)))
            elif links(finding.quote, match):
                self._union(node, self._node(match.doc_id, match.quote))

    def _node(self, doc_id: str, quote: Quote) -> int:
        key = (doc_id, quote.utterance)
        node = self._node_of.get(key)
        if node is None:
            node = self._node_of[key] = len(self._parent)
            self._parent.append(node)
            self._doc.append(doc_id)
            self._segments.append({})
            self._order.append(next(self._seen))
        self._segments[node].setdefault((quote.start, quote.end), (quote.text, quote.speaker))
        return node

    def _find(self, node: int) -> int:
        parent = self._parent
        while parent[node] != node:
            parent[node] = parent[parent[node]]  # (path halving)
            node = parent[node]
        return node

    def _union(self, a: int, b: int) -> None:
        a, b = self._find(a), self._find(b)
        if a != b:
            # the earlier node is the root: a component is listed where it was first seen
            self._parent[max(a, b)] = min(a, b)

    def utterances(
        self, documents: Mapping[str, DocumentInfo], *, min_documents: int = 1
    ) -> tuple[Utterance, ...]:
        """The utterances so far, in ``min_documents`` documents or more; ``documents`` gives
        each document's source and date (a document it lacks counts as its own source,
        undated)."""
        members: dict[int, list[tuple[int, Appearance]]] = {}
        keys: dict[int, tuple[str, int]] = {}
        for (doc_id, number), node in self._node_of.items():
            root = self._find(node)
            members.setdefault(root, []).append((self._order[node], self._quoted(node, documents)))
            keys[root] = min(keys.get(root, (doc_id, number)), (doc_id, number))
        seen_passages: set[tuple[int, str, int, int]] = set()
        for node, doc_id, start, end, text, speaker, order in self._passages:
            root = self._find(node)
            if (root, doc_id, start, end) in seen_passages:
                continue
            seen_passages.add((root, doc_id, start, end))
            source, date = documents.get(doc_id, (doc_id, None))
            name = speaker.name if speaker else None
            spans = (Span(text, start, end),)
            members[root].append((order, Appearance(doc_id, source, date, name, False, spans)))
        found = []
        for root, appearances in members.items():
            utterance = _utterance(keys[root], appearances)
            if utterance.documents >= min_documents:
                found.append((_first_key(utterance), root, utterance))
        found.sort(key=lambda item: item[:2])
        return tuple(utterance for _, _, utterance in found)

    def _quoted(self, node: int, documents: Mapping[str, DocumentInfo]) -> Appearance:
        doc_id = self._doc[node]
        source, date = documents.get(doc_id, (doc_id, None))
        segments = sorted(self._segments[node].items())
        speaker = next((s.name for _, (_, s) in segments if s is not None), None)
        spans = tuple(Span(text, start, end) for (start, end), (text, _) in segments)
        return Appearance(doc_id, source, date, speaker, True, spans)


def _utterance(key: tuple[str, int], members: list[tuple[int, Appearance]]) -> Utterance:
    """One utterance from its appearances, each with its order of first sight."""
    members.sort(key=lambda member: (_date_order(member[1].date), member[0]))
    by_wording: dict[str, list[Appearance]] = {}
    size: dict[str, int] = {}  # words of each wording
    for _, appearance in members:
        folded = words(appearance.text)[0]
        same = " ".join(folded)
        by_wording.setdefault(same, []).append(appearance)
        size[same] = len(folded)
    wordings = sorted(
        (
            (Wording(group[0].text, len({a.doc_id for a in group}), tuple(group)), size[same])
            for same, group in by_wording.items()
        ),
        key=lambda pair: -pair[0].documents,
    )
    quoted = [pair for pair in wordings if any(a.quoted for a in pair[0].appearances)]
    canonical = max(quoted or wordings, key=lambda pair: (pair[1], pair[0].documents))[0]
    per_document: dict[str, Appearance] = {}
    for _, appearance in members:
        per_document.setdefault(appearance.doc_id, appearance)
    dated = [a.date for a in per_document.values() if a.date and date_key(a.date)]
    digest = hashlib.blake2b(f"{key[0]}\x00{key[1]}".encode(), digest_size=8).hexdigest()
    return Utterance(
        id=f"u{digest}",
        wording=canonical.text,
        documents=len(per_document),
        first_seen=dated[0] if dated else None,
        last_seen=dated[-1] if dated else None,
        undated=len(per_document) - len(dated),
        speakers=_speakers(members),
        sources=_counted((a.source, a.doc_id) for _, a in members),
        wordings=tuple(wording for wording, _ in wordings),
    )


_NEVER = datetime.min.replace(tzinfo=timezone.utc)


def _date_order(date: str | None) -> tuple[bool, datetime]:
    """Dated first, by date; then undated (None, or no ISO 8601 date)."""
    moment = date_key(date) if date else None
    return (moment is None, moment or _NEVER)


def _first_key(utterance: Utterance) -> tuple[bool, datetime]:
    return _date_order(utterance.first_seen)


def _counted(pairs: Iterable[tuple[str, str]]) -> tuple[tuple[str, int], ...]:
    """How many documents each value is given by, most first (then first given first)."""
    documents: dict[str, set[str]] = {}
    for value, doc_id in pairs:
        documents.setdefault(value, set()).add(doc_id)
    return tuple(sorted(((v, len(d)) for v, d in documents.items()), key=lambda c: -c[1]))


def _speakers(members: list[tuple[int, Appearance]]) -> tuple[tuple[str, int], ...]:
    """The speakers documents credit, a person's name spelt several ways ("Ruiz", "Ana
    Ruiz") counted once under its fullest form.

    >>> def told(doc_id, name):
    ...     return (0, Appearance(doc_id, doc_id, None, name, True, ()))
    >>> _speakers([told("a", "Ruiz"), told("b", "Ana Ruiz"), told("c", "Ruiz"),
    ...            told("d", "Carlos Ruiz"), told("e", None)])
    (('Ana Ruiz', 3), ('Carlos Ruiz', 1))
    """
    documents: dict[str, set[str]] = {}
    for _, appearance in members:
        if appearance.speaker:
            documents.setdefault(appearance.speaker, set()).add(appearance.doc_id)
    groups: list[list[str]] = []
    for name in sorted(documents, key=lambda name: -len(documents[name])):
        for group in groups[:_SPEAKER_GROUPS]:
            if all(_same_person(name, other) for other in group):
                group.append(name)
                break
        else:
            groups.append([name])
    counted = []
    for group in groups:
        fullest = max(group, key=lambda name: len(name.split()))  # (first: most documents)
        counted.append((fullest, len(set().union(*(documents[name] for name in group)))))
    return tuple(sorted(counted, key=lambda c: -c[1]))


def _same_person(name: str, other: str) -> bool:
    if name == other:
        return True
    return agreement(Speaker(name, name, 0, 0), Speaker(other, other, 0, 0)) == "same"
