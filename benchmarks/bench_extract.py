#!/usr/bin/env python3
"""Benchmark ``quoteverify.extract_quotes`` against a one-line regex baseline, in the same run.

Prints the machine and the inputs, then four measurements, then one markdown table of every
figure (for benchmarks/README.md):

1. speed: MB/s over a corpus of news texts repeated to at least ``--mb`` MB, one process;
2. peak memory: the rise in peak RSS while a fresh subprocess extracts the whole corpus;
3. growth on adversarial inputs (random marks alone, marks soup with letters, one unclosed
   1 MB paragraph, ``"a"a"a…``):
   seconds at 0.25, 0.5 and 1 MB and the fitted log-log exponent (1 = linear, 2 = quadratic);
4. quality (``--no-quality`` to skip): the project's scorer on the dev and train splits.

The corpus is read at run time and nothing from it is printed or written. MB is 10**6 bytes
throughout and text sizes are UTF-8 bytes.

    python benchmarks/bench_extract.py [--corpus DIR] [--mb 10] [--repeat 3] [--no-quality]
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import math
import os
import random
import re
import string
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sized
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import machine_info
from machine_info import machine, say

SEED = 20240611
MB = 1_000_000
SCRIPT = Path(__file__).resolve()
PROJECT_ROOT = SCRIPT.parent.parent
DEFAULT_CORPUS = PROJECT_ROOT / ".." / "shared" / "eval" / "polnear-dev"
ENGINES = ("quoteverify", "regex")

# The baseline pairs double quote marks inside a paragraph: a straight or left curly mark opens,
# the next straight or right curly mark closes, and the content may hold neither a double mark
# nor a newline. Group 1 is the content with the marks excluded, like Quote.start/end.
BASELINE_PATTERN = r'["“]([^"“”\n]+)["”]'
BASELINE_RE = re.compile(BASELINE_PATTERN)

# A stand-in ``quoteverify`` that the scorer imports (through PYTHONPATH, from a temporary
# directory) to score the regex baseline with exactly the metric used for the real engine.
FAKE_QUOTEVERIFY = '''"""The regex baseline posing as quoteverify for score_extraction.py."""
import re

QUOTE_RE = re.compile(@PATTERN@)


class Quote:
    __slots__ = ("text", "start", "end", "speaker", "kind")

    def __init__(self, text, start, end):
        self.text, self.start, self.end = text, start, end
        self.speaker, self.kind = None, "utterance"


def extract_quotes(text):
    return [Quote(m.group(1), m.start(1), m.end(1)) for m in QUOTE_RE.finditer(text)]
'''


# --- engines -----------------------------------------------------------------------------------


def baseline_extract(text: str) -> list[tuple[int, int]]:
    """The regex baseline: content spans of every paired double quote in a paragraph."""
    return [m.span(1) for m in BASELINE_RE.finditer(text)]


def load_engine(name: str) -> Callable[[str], Sized]:
    if name == "regex":
        return baseline_extract
    import quoteverify  # only here, so the regex child processes never load it

    return quoteverify.extract_quotes


def engine_build() -> str:
    """Which copy of quoteverify runs here: compiled or not (see setup.py), and its folder."""
    import quoteverify

    compiled = sys.modules["quoteverify.extraction.extract"].COMPILED
    return f"{'compiled' if compiled else 'pure Python'} ({Path(quoteverify.__file__).parent})"


# --- inputs --------------------------------------------------------------------------------------


def load_texts(corpus: Path) -> list[str]:
    """Every text of docs.jsonl (all splits), in file order."""
    with open(corpus / "docs.jsonl", encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def build_corpus(texts: list[str], mb: float) -> list[str]:
    """Whole texts, cycling in file order, until there are at least ``mb`` MB."""
    if not any(texts):
        raise SystemExit("the corpus holds no text")
    target, size, out = mb * MB, 0, []
    for text in itertools.cycle(texts):
        if size >= target:
            break
        out.append(text)
        size += len(text.encode("utf-8"))
    return out


def utf8_size(texts: list[str]) -> int:
    return sum(len(t.encode("utf-8")) for t in texts)


MARKS = ('"', "“", "”", "‘", "’", "'", "«", "»", "„", "‚", "''")


def marks_only(nbytes: int) -> str:
    """The issue's own case: random quote marks, apostrophes and newlines, nothing else."""
    rng, parts, size = random.Random(SEED), [], 0
    pool = [*MARKS, "'", "’", "\n", "\n\n", " "]
    while size < nbytes:
        piece = rng.choice(pool)
        parts.append(piece)
        size += len(piece.encode("utf-8"))
    return "".join(parts)


def marks_soup(nbytes: int) -> str:
    """Quote marks of every kind, letters, spaces, apostrophes and the odd newline."""
    rng, parts, size = random.Random(SEED), [], 0
    while size < nbytes:
        roll = rng.random()
        if roll < 0.40:
            piece = rng.choice(MARKS)
        elif roll < 0.75:
            piece = "".join(rng.choices(string.ascii_letters, k=rng.randint(1, 8)))
        elif roll < 0.99:
            piece = " "
        else:
            piece = rng.choice(("\n", "\n\n"))
        parts.append(piece)
        size += len(piece.encode("utf-8"))
    return "".join(parts)


def unclosed_paragraph(nbytes: int) -> str:
    """One paragraph of plain sentences opened by a curly quote that never closes."""
    rng, parts, size = random.Random(SEED), ["“"], 3
    while size < nbytes:
        words = [
            "".join(rng.choices(string.ascii_lowercase, k=rng.randint(1, 9)))
            for _ in range(rng.randint(5, 25))
        ]
        sentence = " ".join(words).capitalize() + ". "
        parts.append(sentence)
        size += len(sentence)
    return "".join(parts)


def alternating(nbytes: int) -> str:
    return '"a' * (nbytes // 2)


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "marks only": marks_only,
    "marks soup": marks_soup,
    "unclosed paragraph": unclosed_paragraph,
    'alternating "a': alternating,
}
ADVERSARIAL_FRACTIONS = (0.25, 0.5, 1.0)


# --- child processes (fresh interpreters, so memory and timeouts are isolated) ----------------


def current_rss() -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def peak_rss() -> int:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # bytes on macOS, KiB elsewhere


def child_memory(args: argparse.Namespace) -> dict[str, Any]:
    texts = build_corpus(load_texts(args.corpus), args.mb)
    extract = load_engine(args.engine)
    gc.collect()
    before = current_rss()
    if before is None:  # no /proc: the peak so far is the closest stand-in
        before = peak_rss()
    found = crashes = 0
    for text in texts:  # results are dropped per text: this is the working memory
        try:
            found += len(extract(text))
        except Exception:
            crashes += 1
    peak = peak_rss()
    return {"before": before, "peak": peak, "found": found, "crashes": crashes}


def child_adversarial(args: argparse.Namespace) -> dict[str, Any]:
    text = ADVERSARIAL[args.kind](args.size)
    extract = load_engine(args.engine)
    extract('"Warm up," she said.')
    times: list[float] = []
    # fast runs are repeated past --repeat (timer noise), slow ones stop early (time budget)
    while (len(times) < args.repeat and sum(times) < 5.0) or (
        sum(times) < 1.0 and len(times) < 200
    ):
        gc.collect()
        start = time.perf_counter()
        found = len(extract(text))
        times.append(time.perf_counter() - start)
    return {
        "seconds": min(times),
        "runs": len(times),
        "found": found,
        "bytes": len(text.encode("utf-8")),
    }


def run_child(argv: list[str], timeout: float) -> dict[str, Any] | str:
    """Run this script as a child; its JSON answer, or "TIMEOUT" / "ERROR: …"."""
    return machine_info.run_child(SCRIPT, argv, timeout)


# --- measurements -------------------------------------------------------------------------------


def time_engine(
    extract: Callable[[str], Sized], texts: list[str], repeat: int, budget: float
) -> tuple[float, int, int, int]:
    """Best wall time over the texts; stops repeating when the next run would pass ``budget``."""
    extract(texts[0])  # warm-up: lazy loading (tokenizer models, tables) is not throughput
    times: list[float] = []
    found = crashes = 0
    while len(times) < repeat:
        if times and sum(times) + times[-1] > budget:
            break
        gc.collect()
        found = crashes = 0
        start = time.perf_counter()
        for text in texts:
            try:
                found += len(extract(text))
            except Exception:
                crashes += 1
        times.append(time.perf_counter() - start)
    return min(times), found, crashes, len(times)


def growth_exponent(points: list[tuple[int, float]]) -> str:
    """Least-squares slope of log(seconds) on log(bytes)."""
    if len(points) < 2:
        return "n/a"
    if min(sec for _, sec in points) < 1e-4:
        return "n/a (<0.1 ms)"
    xs = [math.log(size) for size, _ in points]
    ys = [math.log(sec) for _, sec in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    covariance = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    return f"{covariance / sum((x - mx) ** 2 for x in xs):.2f}"


def run_scorer(
    scorer: Path, corpus: Path, split: str, env: dict[str, str], cwd: str, timeout: float
) -> dict[str, Any] | str:
    try:
        proc = subprocess.run(
            [sys.executable, str(scorer), str(corpus), "--split", split],
            capture_output=True,
            text=True,
            env=env,
            cwd=cwd,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return "TIMEOUT"
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return f"ERROR: {last[:200]}"
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def speaker(figures: dict[str, Any] | str) -> str:
    if isinstance(figures, str):
        return figures
    acc = figures["speaker_acc"]
    return f"{'n/a' if acc is None else f'{acc:.3f}'} ({figures['speaker_n']})"


def prf(figures: dict[str, Any] | str, level: str) -> str:
    if isinstance(figures, str):
        return figures
    f = figures[level]
    return f"{f['P']:.3f} / {f['R']:.3f} / {f['F1']:.3f}"


# --- sections: each prints its figures and returns its rows of the summary table --------------

Row = tuple[str, str, str, str]  # figure, quoteverify, regex baseline, ratio


def measure_speed(corpus: list[str], args: argparse.Namespace) -> list[Row]:
    say("\n## Speed (one process, one core)")
    nbytes = utf8_size(corpus)
    speed, found, runs = {}, {}, {}
    for engine in ENGINES:
        best, found[engine], crashes, runs[engine] = time_engine(
            load_engine(engine), corpus, args.repeat, args.budget
        )
        speed[engine] = nbytes / MB / best
        note = f", {crashes} texts raised" if crashes else ""
        say(
            f"  {engine:12} {speed[engine]:10.2f} MB/s  best {best:.3f} s of {runs[engine]} "
            f"runs, {found[engine]} quotes{note}"
        )
    ratio = speed["quoteverify"] / speed["regex"]
    say(f"  ratio quoteverify/regex: {ratio:.3g}")
    best_of = " / ".join(sorted({str(n) for n in runs.values()}))
    return [
        (
            f"speed, MB/s (best of {best_of}, {nbytes / MB:.1f} MB)",
            f"{speed['quoteverify']:.2f}",
            f"{speed['regex']:.2f}",
            f"{ratio:.3g}",
        ),
        (
            f"quotes found in {nbytes / MB:.1f} MB",
            str(found["quoteverify"]),
            str(found["regex"]),
            "",
        ),
    ]


def measure_memory(nbytes: int, args: argparse.Namespace) -> list[Row]:
    say("\n## Peak memory (fresh process: peak RSS minus RSS after loading and importing)")
    peaks = {}
    for engine in ENGINES:
        got = run_child(
            [
                "--child",
                "memory",
                "--engine",
                engine,
                "--corpus",
                str(args.corpus),
                "--mb",
                str(args.mb),
            ],
            timeout=max(900.0, 10 * args.timeout),
        )
        if isinstance(got, str):
            peaks[engine] = got
            say(f"  {engine:12} {got}")
            continue
        peaks[engine] = f"{max(0, got['peak'] - got['before']) / MB:.1f}"
        say(
            f"  {engine:12} +{peaks[engine]} MB (RSS {got['before'] / MB:.1f} MB after loading, "
            f"peak {got['peak'] / MB:.1f} MB, {got['found']} quotes)"
        )
    return [
        (
            f"peak RSS rise, MB ({nbytes / MB:.1f} MB corpus)",
            peaks["quoteverify"],
            peaks["regex"],
            "",
        )
    ]


def measure_growth(args: argparse.Namespace) -> list[Row]:
    sizes = [round(f * MB) for f in ADVERSARIAL_FRACTIONS]
    size_label = " / ".join(f"{f:g}" for f in ADVERSARIAL_FRACTIONS)
    say(f"\n## Adversarial growth (seconds at {size_label} MB; exponent 1 = linear)")
    rows = []
    for kind in ADVERSARIAL:
        cells = {}
        for engine in ENGINES:
            seconds: list[str] = []
            points: list[tuple[int, float]] = []
            for size in sizes:
                if seconds and not seconds[-1][0].isdigit():
                    seconds.append("skipped")  # after a timeout or an error, larger sizes too
                    continue
                got = run_child(
                    [
                        "--child",
                        "adversarial",
                        "--engine",
                        engine,
                        "--kind",
                        kind,
                        "--size",
                        str(size),
                        "--repeat",
                        str(args.repeat),
                    ],
                    timeout=args.timeout,
                )
                if isinstance(got, str):
                    seconds.append(got)
                else:
                    seconds.append(f"{got['seconds']:.4f}")
                    points.append((got["bytes"], got["seconds"]))
            cells[engine] = (" / ".join(seconds), growth_exponent(points))
            say(f"  {kind:20} {engine:12} {cells[engine][0]} s   exponent {cells[engine][1]}")
        rows.append(
            (f"{kind}: seconds at {size_label} MB", cells["quoteverify"][0], cells["regex"][0], "")
        )
        rows.append((f"{kind}: growth exponent", cells["quoteverify"][1], cells["regex"][1], ""))
    return rows


def measure_quality(args: argparse.Namespace) -> list[Row]:
    say(f"\n## Quality ({args.scorer})")
    if not args.scorer.is_file():
        say(f"  {args.scorer} not found: pass --scorer or --no-quality")
        return []
    scores: dict[tuple[str, str], dict[str, Any] | str] = {}
    with tempfile.TemporaryDirectory(prefix="bench_extract_") as tmp:
        fake = Path(tmp) / "fake"
        (fake / "quoteverify").mkdir(parents=True)
        (fake / "quoteverify" / "__init__.py").write_text(
            FAKE_QUOTEVERIFY.replace("@PATTERN@", repr(BASELINE_PATTERN)), encoding="utf-8"
        )
        fake_env = dict(os.environ)
        fake_env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(fake), os.environ.get("PYTHONPATH")) if p
        )
        imported = subprocess.run(
            [sys.executable, "-c", "import quoteverify; print(quoteverify.__file__)"],
            capture_output=True,
            text=True,
            env=fake_env,
            cwd=tmp,
            check=False,
        ).stdout.strip()
        if not imported.startswith(str(fake)):
            say(f"  warning: the baseline's scorer run imports {imported or 'nothing'}")
        for engine, env in (("quoteverify", dict(os.environ)), ("regex", fake_env)):
            for split in ("dev", "train"):
                got = run_scorer(
                    args.scorer, args.corpus, split, env, tmp, timeout=max(900.0, 10 * args.timeout)
                )
                scores[engine, split] = got
                say(f"  {engine:12} {split:5} {got if isinstance(got, str) else json.dumps(got)}")
    rows = []
    for split in ("dev", "train"):
        qv, rx = scores["quoteverify", split], scores["regex", split]
        for level in ("strict", "ov80", "ov30"):
            rows.append((f"{split} {level} P / R / F1", prf(qv, level), prf(rx, level), ""))
        rows.append((f"{split} speaker accuracy (pairs judged)", speaker(qv), speaker(rx), ""))
    return rows


# --- main ---------------------------------------------------------------------------------------


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_CORPUS,
        help="directory holding docs.jsonl (default: %(default)s)",
    )
    ap.add_argument(
        "--scorer",
        type=Path,
        default=None,
        help="score_extraction.py (default: next to the corpus directory)",
    )
    ap.add_argument("--mb", type=float, default=10.0, help="corpus size for speed and memory")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs; the best is reported")
    ap.add_argument(
        "--budget",
        type=float,
        default=180.0,
        help="seconds of timed runs per engine before repeating stops",
    )
    ap.add_argument(
        "--timeout",
        type=float,
        default=120.0,
        help="seconds allowed for each adversarial child process",
    )
    ap.add_argument(
        "--quality",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="score the dev and train splits (default: on)",
    )
    # internal: this script re-runs itself as a fresh child process for memory and growth
    for flag in ("--child", "--engine", "--kind"):
        ap.add_argument(flag, help=argparse.SUPPRESS)
    ap.add_argument("--size", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.mb <= 0 or args.repeat < 1:
        ap.error("--mb must be positive and --repeat at least 1")
    args.corpus = args.corpus.resolve()
    if args.scorer is None:
        args.scorer = args.corpus.parent / "score_extraction.py"
    return args


def main() -> int:
    args = parse_args()
    if args.child:
        child = child_memory if args.child == "memory" else child_adversarial
        say(json.dumps(child(args)))
        return 0
    if not (args.corpus / "docs.jsonl").is_file():
        sys.exit(f"{args.corpus}/docs.jsonl not found: pass the corpus directory with --corpus")
    began = time.perf_counter()

    say("## Machine")
    info = machine(("quoteverify", "rapidfuzz", "attrs"))
    info["quoteverify"] = engine_build()
    for key, value in info.items():
        say(f"  {key:13} {value}")

    say("\n## Inputs")
    texts = load_texts(args.corpus)
    corpus = build_corpus(texts, args.mb)
    nbytes = utf8_size(corpus)
    say(f"  corpus        {args.corpus}")
    say(f"  documents     {len(texts)} ({utf8_size(texts) / MB:.2f} MB, all splits)")
    say(
        f"  benchmark     {len(corpus)} texts, {nbytes / MB:.2f} MB (the documents repeated "
        f"{nbytes / utf8_size(texts):.2f} times, whole texts in file order)"
    )
    say(f"  seed          {SEED}; best of {args.repeat} runs; baseline regex {BASELINE_PATTERN}")

    rows = measure_speed(corpus, args) + measure_memory(nbytes, args) + measure_growth(args)
    if args.quality:
        rows += measure_quality(args)

    say(f"\n## Summary (the benchmark ran {time.perf_counter() - began:.0f} s)\n")
    say(
        f"{info['date']} · {info['cpu']}, cores {info['cores']} · {info['python']} · "
        f"{info['packages']} · quoteverify {info['quoteverify'].split(' (')[0]} · "
        f"commit {info['commit']} · {len(texts)} PolNeAR documents "
        f"repeated to {nbytes / MB:.1f} MB · MB = 10^6 UTF-8 bytes\n"
    )
    say("| figure | quoteverify | regex baseline | quoteverify / regex |")
    say("|---|---|---|---|")
    for row in rows:
        say("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
