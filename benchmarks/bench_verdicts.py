#!/usr/bin/env python3
"""Precision of the verdicts on real cross-outlet news: BASIL, judged by hand.

``compare`` runs over each BASIL cluster (one news event reported by three outlets, see
``../shared/eval/README.md``). A seeded sample of its findings, ``--errors`` (default 60) of
error level (altered, misattributed) and ``--others`` (default 40) of the other statuses, is
looked up in ``basil_judgments.jsonl``, where each finding a person has read against both
texts has a verdict: ``right`` or ``wrong``, and why. A judgment is kept by document id and
offsets only (the quote, its status, and its best match), never by text: the corpus is
copyrighted. The script prints, per status, how many sampled findings were judged and the
precision (right / judged), and lists by id the sampled findings that still need a judgment
(``--unjudged FILE`` writes them as JSON Lines, to read and judge).

    python benchmarks/bench_verdicts.py                     # the installed or source quoteverify
    PYTHONPATH=/path/to/old/checkout python benchmarks/bench_verdicts.py   # another version

Nothing of the corpus is printed or written but ids, offsets, statuses and counts.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from machine_info import machine, say

import quoteverify
from quoteverify import Document, corroborate

SCRIPT = Path(__file__).resolve()
PROJECT_ROOT = SCRIPT.parent.parent
DEFAULT_CORPUS = PROJECT_ROOT / ".." / "shared" / "eval" / "basil"
JUDGMENTS = SCRIPT.parent / "basil_judgments.jsonl"
SEED = 20261207
ERROR_STATUSES = ("altered", "misattributed")
OTHER_STATUSES = ("partial", "corroborated", "uncorroborated")
TARGET = 0.95


def key_of(record: dict[str, Any]) -> tuple[Any, ...]:
    """What a judgment is about: the quote, its status, and where its best match is."""
    return (
        record["doc"],
        record["start"],
        record["end"],
        record["status"],
        record.get("match_doc"),
        record.get("match_start"),
        record.get("match_end"),
    )


def findings(corpus: Path) -> list[dict[str, Any]]:
    """Every finding of compare run per cluster, as ids, offsets and statuses."""
    docs = {}
    with open(corpus / "docs.jsonl", encoding="utf-8") as file:
        for line in file:
            record = json.loads(line)
            docs[record["id"]] = record["text"]
    out = []
    with open(corpus / "clusters.jsonl", encoding="utf-8") as file:
        clusters = [json.loads(line) for line in file]
    for cluster in clusters:
        report = corroborate([Document(i, docs[i]) for i in cluster["doc_ids"]])
        for finding in report.findings:
            record: dict[str, Any] = {
                "cluster": cluster["cluster_id"],
                "doc": finding.doc_id,
                "start": finding.quote.start,
                "end": finding.quote.end,
                "status": finding.status,
            }
            if finding.matches:
                best = finding.matches[0]
                record.update(match_doc=best.doc_id, match_start=best.start, match_end=best.end)
                record["relation"] = best.relation
            out.append(record)
    return out


def sample(records: list[dict[str, Any]], errors: int, others: int) -> list[dict[str, Any]]:
    """A seeded sample: ``errors`` error-level findings and ``others`` of the other statuses,
    the latter spread evenly over partial, corroborated and uncorroborated."""
    rng = random.Random(SEED)
    error_level = [r for r in records if r["status"] in ERROR_STATUSES]
    chosen = rng.sample(error_level, min(errors, len(error_level)))
    per_status = -(-others // len(OTHER_STATUSES))
    for status in OTHER_STATUSES:
        pool = [r for r in records if r["status"] == status]
        chosen += rng.sample(pool, min(per_status, len(pool)))
    return chosen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--judgments", type=Path, default=JUDGMENTS)
    parser.add_argument("--errors", type=int, default=60)
    parser.add_argument("--others", type=int, default=40)
    parser.add_argument("--unjudged", type=Path, help="write the unjudged sample here")
    args = parser.parse_args()

    say("## Machine")
    for name, value in machine(["quoteverify", "wordfreq", "rapidfuzz"]).items():
        say(f"  {name}: {value}")
    say(f"  quoteverify imported from {Path(quoteverify.__file__).resolve().parent}")
    corpus = args.corpus.resolve()
    if not (corpus / "clusters.jsonl").is_file():
        say(f"no BASIL corpus at {corpus} (see ../shared/eval/README.md)")
        return 2
    say("\n## Inputs")
    say(f"  corpus {corpus}; judgments {args.judgments}; seed {SEED}")

    started = time.perf_counter()
    records = findings(corpus)
    seconds = time.perf_counter() - started
    counts = Counter(r["status"] for r in records)
    by_status = ", ".join(f"{counts[s]} {s}" for s in (*ERROR_STATUSES, *OTHER_STATUSES))
    say(f"  {len(records)} findings in {seconds:.1f} s: {by_status}")

    judged: dict[tuple[Any, ...], dict[str, Any]] = {}
    if args.judgments.is_file():
        with open(args.judgments, encoding="utf-8") as file:
            for line in file:
                if line.strip():
                    record = json.loads(line)
                    judged[key_of(record)] = record

    chosen = sample(records, args.errors, args.others)
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    missing = []
    for record in chosen:
        verdict = judged.get(key_of(record))
        if verdict is None:
            missing.append(record)
            continue
        total[record["status"]] += 1
        right[record["status"]] += verdict["verdict"] == "right"

    say("\n## Precision of the sampled findings (right / judged)\n")
    say("| status | in the run | sampled | judged | right | precision |")
    say("|---|---|---|---|---|---|")
    sampled = Counter(r["status"] for r in chosen)
    for status in (*ERROR_STATUSES, *OTHER_STATUSES):
        precision = f"{right[status] / total[status]:.3f}" if total[status] else "n/a"
        say(
            f"| {status} | {counts[status]} | {sampled[status]} | {total[status]} |"
            f" {right[status]} | {precision} |"
        )
    error_total = sum(total[s] for s in ERROR_STATUSES)
    error_right = sum(right[s] for s in ERROR_STATUSES)
    if error_total:
        share = error_right / error_total
        say(
            f"\n  error level: {error_right} of {error_total} right ({share:.3f});"
            f" target {TARGET} for altered and for misattributed each"
        )
    if missing:
        say(f"\n  {len(missing)} sampled findings have no judgment yet:")
        for record in missing:
            say(f"    {record['status']} {record['doc']} {record['start']}-{record['end']}")
        if args.unjudged is not None:
            with open(args.unjudged, "w", encoding="utf-8") as file:
                for record in missing:
                    file.write(json.dumps(record) + "\n")
            say(f"  written to {args.unjudged}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
