"""What bench_scale.py's runs keep of each partition's findings: counts, planted pairs found,
a digest to compare runs by, and the peak memory of the process that made them. A module of
its own so the workers of a run can import it (a sink is pickled by reference)."""

from __future__ import annotations

import hashlib
import os
import pickle
import resource
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench_match import VARIANTS, core_of

from quoteverify.model import Document, Finding


def digest(findings: Sequence[Finding]) -> str:
    """The findings in a few words: quote, status and each match's place and relation."""
    rows = [
        (f.doc_id, f.quote.start, f.status, f.coverage,
         tuple((m.doc_id, m.start, m.end, m.relation, m.score) for m in f.matches))
        for f in findings
    ]
    return hashlib.sha1(repr(rows).encode()).hexdigest()


def tally(
    findings: Sequence[Finding], planted: Sequence[tuple[str, str, str, str]]
) -> dict[str, Any]:
    """Counts by status and, per variant, [planted pairs found, pairs, copies not extracted]."""
    by_quote = {(f.doc_id, core_of(f.quote.text)): f for f in findings}
    found: dict[str, list[int]] = {v: [0, 0, 0] for v in VARIANTS}
    for doc_id, text, origin, variant in planted:
        counts = found[variant]
        counts[1] += 1
        finding = by_quote.get((doc_id, text))
        if finding is None:
            counts[2] += 1
            continue
        counts[0] += any(m.doc_id == origin for m in finding.matches)
    statuses: dict[str, int] = {}
    for f in findings:
        statuses[f.status] = statuses.get(f.status, 0) + 1
    return {"statuses": statuses, "planted": found, "digest": digest(findings)}


class Tally:
    """A sink of partitioned runs: the tally of partition k against the planted copies of
    shard k (``planted-k.pkl`` beside the shards)."""

    def __init__(self, folder: str) -> None:
        self.folder = folder

    def __call__(
        self, index: int, findings: Sequence[Finding], warnings: Any, documents: Sequence[Document]
    ) -> dict[str, Any]:
        planted = pickle.loads(Path(self.folder, f"planted-{index}.pkl").read_bytes())
        out = tally(findings, planted)
        use = resource.getrusage(resource.RUSAGE_SELF)
        out["peak_mb"] = use.ru_maxrss / 1024
        out["cpu"] = use.ru_utime + use.ru_stime
        out["pid"] = os.getpid()
        return out
