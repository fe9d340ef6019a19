#!/usr/bin/env python3
"""Is ``Speaker.confidence`` calibrated? How often the speaker is right, per confidence level.

Extracts every document of the chosen split(s) with ``quoteverify.extract_quotes``, pairs each
predicted quote (not a term) with a gold quote exactly as the project's scorer does for its
speaker accuracy (ov30: one-to-one, greedy, gold in order; the scorer's own ``trim``), keeps the
pairs whose gold speaker is a proper name (the scorer's ``is_proper``), and counts a pair right
by the scorer's ``speaker_ok``. The scorer is imported from its file at run time, so "right"
means exactly what the project is measured by.

Prints the machine and the inputs, then per split:

1. per confidence value: pairs, right, share right, and coverage (quotes with a speaker at that
   value, whatever the gold);
2. per band (at or above ``CONFIDENT``, below it, no speaker);
3. per ``resolved_by`` and band;
4. per way of finding the speaker (``way_found``, the rows of the table in
   ``quoteverify/extraction/confidence.py``): pairs, right, share, coverage, the share the
   table holds (``SHARES``), the share this run supports (rounded down to two decimals) and the
   confidence given (``WAYS``: the share, held below ``CONFIDENT`` for the ways that guess). A
   speaker that a step of resolution set lower (a surname several people share) is counted
   apart, marked "lowered". Retune ``SHARES`` from the train split, then confirm on dev.

The corpus is read at run time and none of its text is printed or written.

    python benchmarks/bench_confidence.py [--corpus DIR] [--split train|dev|both] [--scorer FILE]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from machine_info import machine, say, table

SCRIPT = Path(__file__).resolve()
PROJECT_ROOT = SCRIPT.parent.parent
DEFAULT_CORPUS = PROJECT_ROOT / ".." / "shared" / "eval" / "polnear-dev"
SPLITS = ("train", "dev")
NO_SPEAKER = "no speaker"


def load_scorer(path: Path) -> ModuleType:
    """The scorer's module, imported from its file (its ``main`` is not run)."""
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    if spec is None or spec.loader is None:
        sys.exit(f"{path} cannot be imported: pass score_extraction.py with --scorer")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name in ("trim", "speaker_ok", "is_proper", "is_named", "WORD"):
        if not hasattr(module, name):
            sys.exit(f"{path} has no {name}: is it the project's score_extraction.py?")
    return module


def load_split(corpus: Path, split: str) -> tuple[list[dict[str, Any]], dict[str, list[Any]]]:
    """The documents of one split, and their gold quotes by document id."""
    with open(corpus / "docs.jsonl", encoding="utf-8") as fh:
        docs = [d for d in map(json.loads, filter(str.strip, fh)) if d.get("split") == split]
    ids = {d["id"] for d in docs}
    gold: dict[str, list[Any]] = {}
    with open(corpus / "quotes.jsonl", encoding="utf-8") as fh:
        for line in filter(str.strip, fh):
            q = json.loads(line)
            if q["doc_id"] in ids:
                gold.setdefault(q["doc_id"], []).append(q)
    return docs, gold


def pairs(
    scorer: ModuleType, text: str, quotes: list[Any], golds_raw: list[dict[str, Any]]
) -> Iterator[tuple[Any, str | None]]:
    """(predicted quote, gold speaker) for each ov30 pair, as the scorer pairs them (its
    defaults: every gold quote of at least one word, no content-kind filter)."""
    preds = []
    for q in quotes:
        if q.kind == "term":
            continue
        s, e = scorer.trim(text, q.start, q.end)
        if e > s:
            preds.append((s, e, q))
    golds, excluded = [], []
    for g in golds_raw:
        s, e = scorer.trim(text, g["start"], g["end"])
        keep = e > s and len(scorer.WORD.findall(text[s:e])) >= 1
        (golds if keep else excluded).append((s, e, g.get("speaker")))

    def overlaps(p: tuple[int, int, Any], spans: list[tuple[int, int, Any]]) -> bool:
        return any(min(p[1], s[1]) > max(p[0], s[0]) for s in spans)

    preds = [p for p in preds if not overlaps(p, excluded) or overlaps(p, golds)]
    used: set[int] = set()
    for gs, ge, gsp in golds:
        for i, (ps, pe, q) in enumerate(preds):
            if i in used:
                continue
            ov = max(0, min(ge, pe) - max(gs, ps))
            if ov >= 0.3 * (ge - gs) and ov > 0:
                used.add(i)
                yield q, gsp
                break


class Tally:
    """Pairs and right answers by key, and coverage (every quote with a speaker) by key."""

    def __init__(self) -> None:
        self.pairs: Counter[Any] = Counter()
        self.right: Counter[Any] = Counter()
        self.coverage: Counter[Any] = Counter()

    def add(self, key: Any, right: bool) -> None:
        self.pairs[key] += 1
        self.right[key] += right

    def row(self, key: Any) -> list[str]:
        n, r = self.pairs[key], self.right[key]
        return [f"{n:,}", f"{r:,}", f"{r / n:.3f}" if n else ""]


def band_of(confidence: float | None, confident: float) -> str:
    if confidence is None:
        return NO_SPEAKER
    return f">= {confident}" if confidence >= confident else f"< {confident}"


def floor2(share: float) -> float:
    return math.floor(share * 100 + 1e-9) / 100


def measure(
    scorer: ModuleType, docs: list[dict[str, Any]], gold: dict[str, list[Any]]
) -> tuple[dict[str, Tally], float, int]:
    import quoteverify
    from quoteverify.extraction import confidence

    way_found = getattr(confidence, "way_found", features)
    CONFIDENT = confidence.CONFIDENT
    ways: dict[str, float] = getattr(confidence, "WAYS", {})
    tallies = {name: Tally() for name in ("value", "band", "resolved_by", "way")}
    elapsed = 0.0
    n_quotes = 0
    for d in docs:
        text = d["text"]
        began = time.perf_counter()
        quotes = list(quoteverify.extract_quotes(text))
        elapsed += time.perf_counter() - began
        for q in quotes:
            if q.kind == "term":
                continue
            n_quotes += 1
            for name, key in keys(q, CONFIDENT, way_found, ways).items():
                tallies[name].coverage[key] += 1
        for q, gold_speaker in pairs(scorer, text, quotes, gold.get(d["id"], [])):
            if not scorer.is_proper(gold_speaker):
                continue
            right = bool(scorer.speaker_ok(gold_speaker, q.speaker and q.speaker.name))
            for name, key in keys(q, CONFIDENT, way_found, ways).items():
                tallies[name].add(key, right)
    return tallies, elapsed, n_quotes


def keys(q: Any, confident: float, way_found: Any, ways: dict[str, float]) -> dict[str, Any]:
    sp = q.speaker
    confidence = None if sp is None else sp.confidence
    band = band_of(confidence, confident)
    return {
        "value": NO_SPEAKER if sp is None else sp.confidence,
        "band": band,
        "resolved_by": (NO_SPEAKER, "") if sp is None else (sp.resolved_by, band),
        "way": NO_SPEAKER if sp is None else lowered(q, way_found(q), ways),
    }


def features(q: Any) -> str:
    """How a speaker was found, for a checkout whose confidence module names no ways."""
    sp = q.speaker
    words = "one-word " if " " not in sp.name.strip() else ""
    cue = "cue" if q.cue is not None else "no cue"
    return f"{sp.resolved_by}, {words}{sp.kind}, {cue}, {q.kind}"


def lowered(q: Any, way: str, ways: dict[str, float]) -> str:
    """The way, marked when a step of resolution set the speaker below the table's value
    (a surname several people share)."""
    if way in ways and q.speaker.confidence < ways[way]:
        return f"{way} (lowered: {q.speaker.confidence})"
    return way


def value_order(key: Any) -> tuple[int, Any]:
    return (1, 0) if key == NO_SPEAKER else (0, -key if isinstance(key, float) else key)


def report(split: str, tallies: dict[str, Tally], elapsed: float, n_quotes: int) -> None:
    from quoteverify.extraction import confidence

    CONFIDENT = confidence.CONFIDENT
    ways: dict[str, float] = getattr(confidence, "WAYS", {})
    shares: dict[str, float] = getattr(confidence, "SHARES", {})

    value, band, by, way = (tallies[k] for k in ("value", "band", "resolved_by", "way"))
    total = sum(value.pairs.values())
    say(
        f"\n## {split}: {n_quotes:,} quotes (not terms), {total:,} pairs with a proper-name "
        f"gold speaker; extraction {elapsed:.1f} s"
    )
    say(f"\n### {split}: per confidence value\n")
    table(
        ["confidence", "pairs", "right", "share right", "quotes with it (coverage)"],
        [
            [str(k), *value.row(k), f"{value.coverage[k]:,}"]
            for k in sorted(value.coverage, key=value_order)
        ],
    )
    say(f"\n### {split}: per band (CONFIDENT = {CONFIDENT})\n")
    table(
        ["band", "pairs", "right", "share right", "coverage"],
        [
            [k, *band.row(k), f"{band.coverage[k]:,}"]
            for k in (f">= {CONFIDENT}", f"< {CONFIDENT}", NO_SPEAKER)
        ],
    )
    say(f"\n### {split}: per resolved_by and band\n")
    table(
        ["resolved_by", "band", "pairs", "right", "share right", "coverage"],
        [
            [k[0], k[1], *by.row(k), f"{by.coverage[k]:,}"]
            for k in sorted(by.coverage, key=lambda k: (k[0] == NO_SPEAKER, k))
        ],
    )
    say(
        f"\n### {split}: per way found (share: the table's, supported: this run's share rounded "
        "down; held: a guess, kept below CONFIDENT)\n"
    )
    rows = []
    for k in sorted(way.coverage, key=lambda k: (k == NO_SPEAKER, -ways.get(k, 0), k)):
        n, r = way.pairs[k], way.right[k]
        held = " (held)" if k in getattr(confidence, "GUESSES", ()) else ""
        rows.append(
            [
                k,
                *way.row(k),
                f"{way.coverage[k]:,}",
                str(shares.get(k, "")),
                f"{floor2(r / n):.2f}" if n else "",
                f"{ways[k]}{held}" if k in ways else "",
            ]
        )
    table(
        [
            "way found",
            "pairs",
            "right",
            "share right",
            "coverage",
            "share",
            "supported",
            "confidence",
        ],
        rows,
    )


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_CORPUS,
        help="directory holding docs.jsonl and quotes.jsonl (default: %(default)s)",
    )
    ap.add_argument("--split", choices=("train", "dev", "both"), default="both")
    ap.add_argument(
        "--scorer",
        type=Path,
        default=None,
        help="score_extraction.py (default: next to the corpus directory)",
    )
    args = ap.parse_args()
    args.corpus = args.corpus.resolve()
    if args.scorer is None:
        args.scorer = args.corpus.parent / "score_extraction.py"
    return args


def main() -> int:
    args = parse_args()
    for name in ("docs.jsonl", "quotes.jsonl"):
        if not (args.corpus / name).is_file():
            sys.exit(f"{args.corpus}/{name} not found: pass the corpus directory with --corpus")
    if not args.scorer.is_file():
        sys.exit(f"{args.scorer} not found: pass score_extraction.py with --scorer")
    scorer = load_scorer(args.scorer)

    say("## Machine")
    import quoteverify

    info = machine(("quoteverify", "attrs"))
    info["quoteverify"] = str(Path(quoteverify.__file__).parent)
    for key, value in info.items():
        say(f"  {key:13} {value}")

    splits = SPLITS if args.split == "both" else (args.split,)
    say("\n## Inputs")
    say(f"  corpus        {args.corpus}")
    say(f"  scorer        {args.scorer}")
    data = {split: load_split(args.corpus, split) for split in splits}
    for split, (docs, gold) in data.items():
        say(f"  {split:13} {len(docs)} documents, {sum(map(len, gold.values())):,} gold quotes")

    quoteverify.extract_quotes('"Warm up," she said.')  # lazy loading is not extraction time
    for split, (docs, gold) in data.items():
        report(split, *measure(scorer, docs, gold))
    return 0


if __name__ == "__main__":
    sys.exit(main())
