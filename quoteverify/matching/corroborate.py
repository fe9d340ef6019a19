"""Documents -> findings: extract every quote, index every word, align each quote with the
passages of other documents that share its words, and judge what the matches say.

>>> from quoteverify import Document
>>> report = corroborate([
...     Document("wire", '"We will not retreat from the eastern towns," Defense Minister '
...                      'Ana Ruiz said on Monday.'),
...     Document("paper", 'Ruiz said: "We will never retreat from the eastern towns."'),
... ])
>>> [(f.doc_id, f.status, f.matches[0].relation, f.matches[0].speaker) for f in report.findings]
[('wire', 'altered', 'altered', 'same'), ('paper', 'altered', 'altered', 'same')]
>>> for hunk in report.findings[0].matches[0].diff:
...     print(hunk.op, repr(hunk.this_text), repr(hunk.other_text))
equal 'We will' 'We will'
replace 'not' 'never'
equal 'retreat from the eastern towns' 'retreat from the eastern towns'
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Sequence, Sized
from functools import partial
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import attrs

from quoteverify.config import Config
from quoteverify.extraction.extract import extract
from quoteverify.extraction.paragraphs import paragraphs
from quoteverify.matching.align import Side, align
from quoteverify.matching.collector import paused
from quoteverify.matching.evidence import Rarity, evidence, weights
from quoteverify.matching.judge import judge_quote, quote_size
from quoteverify.matching.progress import ALIGN, EXTRACT, Progress
from quoteverify.matching.speakers import agreement, also_credits
from quoteverify.matching.transcripts import Turn, turns
from quoteverify.matching.words import ELLIPSIS_RE, elisions, fold, words
from quoteverify.model import (
    Cue,
    Document,
    Extraction,
    Finding,
    Match,
    Quote,
    Report,
    Speaker,
    TextWarning,
)

if TYPE_CHECKING:
    from quoteverify.matching.index import Candidates

_T_co = TypeVar("_T_co", covariant=True)


class ByNumber(Protocol[_T_co]):
    """Quotes or paragraphs by their number in the run: a list in one process, a dict of
    the few a partition needs on a cluster."""

    def __getitem__(self, number: int, /) -> _T_co: ...


class _IdSlice(Protocol):
    def tolist(self) -> list[int]: ...


class WordIds(Protocol):
    """The run's word ids, sliced by global word positions."""

    def __getitem__(self, positions: slice, /) -> _IdSlice: ...

_LONGEST_RUN = 3
"""A match needs this many words in a row (fewer when a side is shorter, and two when a short
quote differs from the passage by one word: "a b X d e")."""
_SHORT_QUOTE = 8
"""Words of a quote short enough for the two-word rule above."""
_BRACKET_RE = re.compile(r"\[[^\[\]\n]{0,300}\]")
_WINDOW = 20
"""Words kept either side of a match in a long paragraph of unquoted text."""


@attrs.define
class _Prepared:
    """One document ready for matching: its quotes and paragraphs as word ranges."""

    document: Document
    extraction: Extraction
    starts: array[int]  # where each word starts and ends (arrays: a tenth of the memory)
    ends: array[int]
    offset: int  # global position of the document's first word
    quote_ranges: list[tuple[int, int]]  # per quote, local word range
    paragraph_ranges: list[tuple[int, int, Turn | None]]  # local word range of each body
    asked: bool = True  # its quotes get findings
    searched: bool = True  # its passages can confirm other documents' quotes


def corroborate(
    documents: Iterable[Document],
    *,
    config: Config | None = None,
    workers: int = 1,
    scheduler: object = None,
    progress: Progress | None = None,
) -> Report:
    """Match every quote of every document against the other documents, word by word.

    Returns a :class:`Report` with one finding per utterance or fragment, in document order.
    ``workers`` > 1 extracts quotes in that many processes. ``scheduler`` runs the same stages
    on a Dask cluster instead, with the same report: a ``distributed.Client``, a scheduler's
    address, or ``"processes:N"`` for N local worker processes (needs
    ``pip install 'quoteverify[dask]'``; see docs/scale.md). ``"local:N"`` runs them in N
    processes of this machine that keep their answers on disk (no Dask; memory stays level
    however large the archive, the report apart). ``progress``, when given, is told how far
    the run has got (:class:`~quoteverify.matching.progress.Progress`: documents extracted,
    candidates aligned; on a Dask cluster, partitions done); nothing is printed.
    """
    docs = tuple(documents)
    if scheduler is not None:
        from quoteverify.matching.cluster import corroborate_on

        if len({d.id for d in docs if isinstance(d, Document)}) != len(docs):
            judge(docs, [], [], config or Config())  # (the same errors as in one process)
        return corroborate_on(docs, config or Config(), scheduler, progress=progress)
    everything = [True] * len(docs)
    return judge(docs, everything, everything, config or Config(), workers, progress=progress)


def judge(
    docs: tuple[Document, ...],
    asked: Sequence[bool],
    searched: Sequence[bool],
    config: Config,
    workers: int = 1,
    *,
    records: bool = False,
    progress: Progress | None = None,
) -> Report:
    """Find the quotes of the documents ``asked`` about in the documents ``searched``.

    :func:`corroborate` asks about every document and searches every other one;
    :func:`quoteverify.check` asks about drafts and searches only the sources. ``records``:
    the unquoted text of the documents searched is a record of what was said (the sources of
    ``check``: a speech, a statement), not an outlet's own narration.
    """
    for document in docs:
        if not isinstance(document, Document):
            raise TypeError(f"expected Documents, not {type(document).__name__}")
    if len({d.id for d in docs}) != len(docs):
        raise ValueError("document ids must be unique")
    with paused():  # (a run makes records by the million and no garbage: collector.py)
        prepared, word_ids, rarity = _prepare_all(docs, workers, progress)
        for p, is_asked, is_searched in zip(prepared, asked, searched, strict=True):
            p.asked, p.searched = is_asked, is_searched
        quotes = [(p, k) for p in prepared for k in range(len(p.extraction.quotes))]
        matches = _match_all(prepared, quotes, word_ids, rarity, config, records, progress)
        findings = judge_found(prepared, 0, matches, config, records)
    warnings = tuple((p.document.id, w) for p in prepared for w in p.extraction.warnings)
    return Report(documents=docs, findings=tuple(findings), warnings=warnings)


def judge_found(
    prepared: Sequence[_Prepared],
    first_gid: int,
    matches: dict[int, list[Match]],
    config: Config,
    records: bool = False,
) -> list[Finding]:
    """The findings of the documents ``prepared`` (whose first quote is number
    ``first_gid`` of the run), from the matches found for each quote."""
    findings = []
    gid = first_gid
    for p in prepared:
        for k, quote in enumerate(p.extraction.quotes):
            gid += 1
            if quote.kind == "term" or not p.asked:
                continue
            found = matches.get(gid - 1, [])
            a, b = p.quote_ranges[k]
            # (the words matching found in the quote; bracketed words are set aside: counted
            # anew)
            size = quote_size(quote) if "[" in quote.text else b - a
            findings.append(
                judge_quote(p.document.id, quote, found, size, config, records=records)
            )
    return findings


def _analyse(text: str) -> tuple[Extraction, str, array[int], array[int]]:
    """Extract one text's quotes and cut it into words (folded, joined by spaces)."""
    folded, starts, ends = words(text)
    return extract(text), " ".join(folded), array("l", starts), array("l", ends)


def _analyse_packed(text: str) -> tuple[tuple[Any, ...], str, array[int], array[int]]:
    """:func:`_analyse` for a worker process: records as plain tuples, which pickle ten
    times faster than attrs records (the quote text is sliced again from the document)."""
    extraction, folded, starts, ends = _analyse(text)
    quotes = tuple(
        (q.start, q.end, q.speaker and attrs.astuple(q.speaker), q.cue and attrs.astuple(q.cue),
         q.kind, q.utterance)
        for q in extraction.quotes
    )
    warnings = tuple(attrs.astuple(w) for w in extraction.warnings)
    return (quotes, warnings), folded, starts, ends


def _unpack(text: str, packed: tuple[Any, ...]) -> Extraction:
    quotes, warnings = packed
    return Extraction(
        quotes=tuple(
            Quote(text[start:end], start, end, speaker and Speaker(*speaker), cue and Cue(*cue),
                  kind, utterance)
            for start, end, speaker, cue, kind, utterance in quotes
        ),
        warnings=tuple(TextWarning(*w) for w in warnings),
    )


def _prepare_all(
    docs: Sequence[Document], workers: int, progress: Progress | None = None
) -> tuple[list[_Prepared], array[int], Rarity]:
    texts = [d.text for d in docs]
    if workers > 1 and len(docs) > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(workers) as pool:
            chunk = max(1, min(64, len(docs) // (4 * workers)))
            results = pool.map(_analyse_packed, texts, chunksize=chunk)
            analysed = _told(
                (
                    (_unpack(text, packed), folded, starts, ends)
                    for text, (packed, folded, starts, ends) in zip(texts, results, strict=True)
                ),
                len(texts),
                progress,
            )
    else:
        analysed = _told(map(_analyse, texts), len(texts), progress)
    # Words are compared by their hash: no vocabulary to build, and a 64-bit collision
    # between two words of one run is vanishingly unlikely.
    all_ids: array[int] = array("q")
    prepared = []
    rarity = Rarity()
    for document, (extraction, folded, starts, ends) in zip(docs, analysed, strict=True):
        offset = len(all_ids)
        if starts:
            all_ids.extend(map(hash, folded.split(" ")))
        prepared.append(_prepare(document, extraction, starts, ends, offset))
    return prepared, all_ids, rarity


def _told(
    analysed: Iterable[tuple[Extraction, str, array[int], array[int]]],
    total: int,
    progress: Progress | None,
) -> list[tuple[Extraction, str, array[int], array[int]]]:
    """The analysed documents in a list, ``progress`` told of each as it comes."""
    if progress is None:
        return list(analysed)
    done: list[tuple[Extraction, str, array[int], array[int]]] = []
    quotes = 0
    for item in analysed:
        done.append(item)
        quotes += len(item[0].quotes)
        progress(EXTRACT, len(done), total, quotes)
    return done


def _prepare(
    document: Document, extraction: Extraction, starts: array[int], ends: array[int], offset: int
) -> _Prepared:
    text = document.text
    quote_ranges = [
        (bisect_left(starts, q.start), bisect_left(starts, q.end)) for q in extraction.quotes
    ]
    paras = [(p.start, p.end) for p in paragraphs(text)]
    by_end = {t.end: t for t in turns(text, paras)}  # a turn ends where its paragraph ends
    bodies: list[tuple[int, int, Turn | None]] = []
    for start, end in paras:
        turn = by_end.get(end)
        body = turn.start if turn else start
        bodies.append((bisect_left(starts, body), bisect_left(starts, end), turn))
    return _Prepared(document, extraction, starts, ends, offset, quote_ranges, bodies)


def _match_all(
    prepared: list[_Prepared],
    quotes: list[tuple[_Prepared, int]],
    ids: array[int],
    rarity: Rarity,
    config: Config,
    records: bool,
    progress: Progress | None = None,
) -> dict[int, list[Match]]:
    import numpy as np

    from quoteverify.matching.index import Corpus, find_candidates, find_few, find_short

    word_ids = np.frombuffer(ids, dtype=np.int64) if len(ids) else np.zeros(0, np.int64)
    layout = lay_out(prepared, word_ids)
    rarity.narration(
        _narration_frequencies(word_ids, layout.doc, layout.attributed), len(prepared)
    )
    corpus = Corpus(
        ids=word_ids,
        doc=layout.doc,
        target=layout.target,
        attributed=layout.attributed,
        queries=layout.queries,
    )
    n, max_df = config.ngram, config.max_df
    long_pairs = _pairs(find_candidates(corpus, n=n, max_df=max_df))
    short_pairs = _pairs(find_short(corpus, n=n, max_df=max_df))
    short_pairs += _pairs(find_few(corpus, n=n, max_df=max_df))
    # Quote pairs both ways: a quote found inside a longer one is news for the longer one too,
    # and the index proposes it only from the shorter side (it shares too few n-grams).
    reverse = [
        (t, q, -1, -1)
        for q, t, _, _ in long_pairs + short_pairs
        if t >= 0 and quotes[t][0].extraction.quotes[quotes[t][1]].kind != "term"
    ]
    candidates = sorted(long_pairs + short_pairs + reverse, key=itemgetter(0))
    paragraph_of = layout.paragraph_of
    return align_candidates(
        candidates, quotes, paragraph_of, ids, rarity, config, records, progress=progress
    )


@attrs.frozen
class Layout:
    """Where each word of some documents belongs, as arrays over their words (see
    :class:`~quoteverify.matching.index.Corpus`), and each paragraph's document."""

    doc: Any
    target: Any
    attributed: Any
    queries: Any
    paragraph_of: list[tuple[_Prepared, int]]


def lay_out(
    prepared: Sequence[_Prepared],
    word_ids: Any,
    first_doc: int = 0,
    first_gid: int = 0,
    first_paragraph: int = 0,
) -> Layout:
    """Lay out documents whose words are ``word_ids`` (from their first word): their
    numbers in the run start at ``first_doc``, ``first_gid`` (quotes) and ``first_paragraph``;
    positions are counted from the documents' first word."""
    import numpy as np

    from quoteverify.matching.index import NOWHERE

    total = len(word_ids)
    base = prepared[0].offset if prepared else 0
    doc = np.empty(total, dtype=np.int64)
    target = np.full(total, NOWHERE, dtype=np.int64)  # (labels of turns stay nowhere)
    attributed = np.zeros(total, dtype=bool)
    paragraph_of: list[tuple[_Prepared, int]] = []
    queries = []
    gid = first_gid
    for d, p in enumerate(prepared, start=first_doc):
        start = p.offset - base
        end = start + len(p.starts)
        doc[start:end] = d
        for k, (a, b, turn) in enumerate(p.paragraph_ranges):
            target[start + a : start + b] = -1 - first_paragraph - len(paragraph_of)
            if turn is not None:
                attributed[start + a : start + b] = True
            paragraph_of.append((p, k))
        for k, (a, b) in enumerate(p.quote_ranges):
            target[start + a : start + b] = gid + k
            attributed[start + a : start + b] = True
            quote = p.extraction.quotes[k]
            if p.asked and quote.kind != "term" and b > a:
                elided = ELLIPSIS_RE.search(quote.text) is not None
                queries.append((gid + k, start + a, start + b, elided))
        gid += len(p.quote_ranges)
    return Layout(
        doc=doc,
        target=target,
        attributed=attributed,
        queries=np.array(queries, dtype=np.int64).reshape(-1, 4),
        paragraph_of=paragraph_of,
    )


def align_candidates(
    candidates: Iterable[tuple[int, int, int, int]],
    quotes: ByNumber[tuple[_Prepared, int]],
    paragraph_of: ByNumber[tuple[_Prepared, int]],
    ids: WordIds,
    rarity: Rarity,
    config: Config,
    records: bool = False,
    *,
    progress: Progress | None = None,
) -> dict[int, list[Match]]:
    """Align each candidate ``(quote, target, lo, hi)`` (each quote's candidates together,
    the first of a pair kept) and keep the matches, per quote; ``progress`` is told before
    each candidate and once after the last."""
    found: dict[int, list[Match]] = {}
    seen: set[tuple[int, int]] = set()
    asking = _Asking(quotes, ids, rarity)
    total = len(candidates) if isinstance(candidates, Sized) else 0
    done = kept = 0
    for q, t, lo, hi in candidates:
        if progress is not None:
            progress(ALIGN, done, total, kept)
            done += 1
        if (q, t) in seen:
            continue
        seen.add((q, t))
        target_doc = quotes[t][0] if t >= 0 else paragraph_of[-1 - t][0]
        if not (quotes[q][0].asked and target_doc.searched):
            continue
        match = _match(quotes, paragraph_of, asking.at(q), t, (lo, hi), ids, config, records)
        if match is not None:
            found.setdefault(q, []).append(match)
            kept += 1
    if progress is not None:
        progress(ALIGN, done, total, kept)
    return {q: _drop_shadowed(ms) for q, ms in found.items()}


def _narration_frequencies(word_ids: Any, doc: Any, attributed: Any) -> dict[int, int]:
    """For each word (by hash) written in some document's own sentences (outside quotes and
    transcript turns), in how many documents it is (numpy: one sort of those words)."""
    import numpy as np

    narration = ~attributed
    keys, docs = word_ids[narration], doc[narration]
    if not len(keys):
        return {}
    order = np.lexsort((docs, keys))
    keys, docs = keys[order], docs[order]
    first = np.ones(len(keys), dtype=bool)
    first[1:] = (keys[1:] != keys[:-1]) | (docs[1:] != docs[:-1])
    found, counts = np.unique(keys[first], return_counts=True)
    several = counts > 1
    return dict(zip(found[several].tolist(), counts[several].tolist(), strict=True))


def _pairs(candidates: Candidates) -> list[tuple[int, int, int, int]]:
    return list(
        zip(
            candidates.query.tolist(),
            candidates.target.tolist(),
            candidates.lo.tolist(),
            candidates.hi.tolist(),
            strict=True,
        )
    )


class _Asking:
    """The quote being asked about, as one side of an alignment with the weight of each of its
    words: made once for all of its candidates (the index lists them together)."""

    def __init__(
        self, quotes: ByNumber[tuple[_Prepared, int]], ids: WordIds, rarity: Rarity
    ) -> None:
        self._quotes, self._ids, self._rarity = quotes, ids, rarity
        self.q = -1
        self._weights: list[float] | None = None

    def at(self, q: int) -> _Asking:
        if q != self.q:
            self.q, self._weights = q, None
            self.doc, k = self._quotes[q]
            self.quote = self.doc.extraction.quotes[k]
            self.range = self.doc.quote_ranges[k]
            self.side = _side(self.doc, *self.range, self._ids, self.quote)
        return self

    def weights(self) -> list[float]:
        if self._weights is None:
            self._weights = weights(self.side.words, self._rarity, partial(_folded, self.side))
        return self._weights


def _match(
    quotes: ByNumber[tuple[_Prepared, int]],
    paragraph_of: ByNumber[tuple[_Prepared, int]],
    asking: _Asking,
    t: int,
    hits: tuple[int, int],
    ids: WordIds,
    config: Config,
    records: bool = False,
) -> Match | None:
    """Align the quote ``asking`` about with target ``t`` (a quote, or -1 - paragraph) and
    judge the match."""
    this_doc, quote, (a, b), this = asking.doc, asking.quote, asking.range, asking.side
    other_quote: Quote | None
    turn: Turn | None = None
    if t >= 0:
        other_doc, j = quotes[t]
        other_quote = other_doc.extraction.quotes[j]
        lo, hi = other_doc.quote_ranges[j]
        other_speaker = other_quote.speaker
    else:
        other_doc, j = paragraph_of[-1 - t]
        other_quote = None
        lo, hi, turn = other_doc.paragraph_ranges[j]
        if hi - lo > (b - a) + 2 * _WINDOW and hits[0] >= 0:
            lo = max(lo, hits[0] - other_doc.offset - _WINDOW)
            hi = min(hi, hits[1] - other_doc.offset + _WINDOW)
        other_speaker = turn.speaker if turn else None
    other = _side(other_doc, lo, hi, ids, other_quote)
    found = align(this, other, record=turn is not None or (t < 0 and records))
    if found is None or found.score < config.score_cutoff:
        return None
    if len(found.confirmed) < min(config.min_words, b - a, hi - lo):
        return None
    # Scattered common words ("a significant ... in the") are not a shared passage; but one
    # word changed in the middle of a short quote leaves two runs of two ("a b X d e").
    longest = min(_LONGEST_RUN, b - a, hi - lo)
    if found.longest < longest and not (
        found.longest == longest - 1 and b - a <= _SHORT_QUOTE and found.changes <= 1
    ):
        return None
    start, end = other.span(*found.other_range)
    agrees = agreement(quote.speaker, other_speaker)
    if agrees == "different" and (
        also_credits(this_doc.document.text, quote.start, quote.end, other_speaker, quote.speaker)
        or (
            other_quote is not None
            and also_credits(
                other_doc.document.text,
                other_quote.start,
                other_quote.end,
                quote.speaker,
                other_speaker,
            )
        )
    ):
        agrees = "unknown"  # a joint statement: each document names both speakers
    return Match(
        doc_id=other_doc.document.id,
        start=start,
        end=end,
        text=other_doc.document.text[start:end],
        quote=other_quote,
        relation=found.relation,
        score=round(found.support, 1),
        speaker=agrees,
        other_speaker=other_speaker,
        words=len(found.confirmed),
        diff=found.diff,
        evidence=round(evidence(asking.weights(), found.runs), 1),
    )


def _folded(side: Side, k: int) -> str:
    """A side's word k as matching folds it (the word its id is the hash of)."""
    return fold([side.text[side.starts[k] : side.ends[k]]])[0]


def _side(p: _Prepared, a: int, b: int, ids: WordIds, quote: Quote | None = None) -> Side:
    """Words a..b of a document as one side of an alignment: an editor's square-bracketed words
    set aside (kept as ``brackets``), and, for a quote, where its "..." stand."""
    text = p.document.text
    words = ids[p.offset + a : p.offset + b].tolist()
    starts, ends = p.starts[a:b], p.ends[a:b]
    brackets: tuple[tuple[int, int], ...] = ()
    if a < b:
        # (from the characters just around the words: "[President Barack] Obama's")
        lo, hi = max(0, p.starts[a] - 1), p.ends[b - 1] + 1
        if text.find("[", lo, hi) >= 0:
            brackets = tuple((f.start(), f.end()) for f in _BRACKET_RE.finditer(text, lo, hi))
    if brackets:
        kept = [
            k
            for k in range(len(words))
            if not any(s <= starts[k] and ends[k] <= e for s, e in brackets)
        ]
        words = [words[k] for k in kept]
        starts = array("l", [starts[k] for k in kept])
        ends = array("l", [ends[k] for k in kept])
    elided: list[int] = []
    if quote is not None and ("." in quote.text or "…" in quote.text):
        elided = elisions(text, quote.start, quote.end, starts)
    return Side(text, words, starts, ends, frozenset(elided), brackets)


def _drop_shadowed(matches: list[Match]) -> list[Match]:
    """Drop a match in unquoted text that overlaps a match on a quote of the same document."""
    quoted = [(m.doc_id, m.quote.start, m.quote.end) for m in matches if m.quote is not None]
    if not quoted:
        return matches
    return [
        m
        for m in matches
        if m.quote is not None
        or not any(d == m.doc_id and s < m.end and m.start < e for d, s, e in quoted)
    ]
