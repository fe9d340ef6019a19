"""How long the report renderers take, and how big their output is, as reports grow.

The reports come from ``corroborate`` over the synthetic corpora of ``bench_match.py`` (made-up
words, planted copies with changed, cut and elided wording), built once per size and not timed.
Each renderer then turns the same report into its output; the JSON renderer, which writes
every field and every diff hunk with no layout, is the baseline in the same run, so the figure
to read is the ratio HTML / JSON (the machine is noisy; ratios hold better than seconds).

    python benchmarks/bench_render.py                  # 1k, 10k and 100k quotes
    python benchmarks/bench_render.py --sizes 1000,10000 --repeat 5
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_match import growth_exponent, synthesize
from machine_info import machine, say, table

from quoteverify import Report, corroborate
from quoteverify.render.html import render_html
from quoteverify.render.markdown import render_report_markdown
from quoteverify.render.report_json import render_report_json
from quoteverify.render.report_text import render_report_text

RENDERERS: dict[str, Callable[[Report], str]] = {
    "json (baseline)": render_report_json,
    "text": render_report_text,
    "markdown": render_report_markdown,
    "html": render_html,
}


def best_seconds(render: Callable[[Report], str], report: Report, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        render(report)
        best = min(best, time.perf_counter() - start)
    return best


def peak_mb(render: Callable[[Report], str], report: Report) -> float:
    """Peak memory the renderer allocates on top of the report (tracemalloc, one run)."""
    gc.collect()
    tracemalloc.start()
    render(report)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="quotes per corpus")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    return parser.parse_args()


def main() -> int:
    args = parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    say("# bench_render")
    for key, value in machine(["rapidfuzz", "numpy", "attrs"]).items():
        say(f"- {key}: {value}")
    say(f"- inputs: synthetic corpora of bench_match.py, sizes {sizes}; best of {args.repeat}")
    rows: list[list[str]] = []
    points: dict[str, list[tuple[int, float]]] = {name: [] for name in RENDERERS}
    for size in sizes:
        synth = synthesize(size)
        report = corroborate(synth.documents, workers=2)
        say(f"\n{size} quotes asked for: {len(report.findings)} findings,"
            f" {sum(len(f.matches) for f in report.findings)} matches,"
            f" {len(report.documents)} documents")
        base = None
        for name, render in RENDERERS.items():
            seconds = best_seconds(render, report, args.repeat)
            size_mb = len(render(report).encode("utf-8")) / 1e6
            memory = peak_mb(render, report)
            base = seconds if base is None else base
            points[name].append((len(report.findings), seconds))
            rows.append([
                f"{size:,}", name, f"{seconds:.3f}", f"{seconds / base:.2f}",
                f"{size_mb:.1f}", f"{memory:.0f}",
            ])
            say(f"  {name}: {seconds:.3f} s, {size_mb:.1f} MB out, peak {memory:.0f} MB")
        del report, synth
    say("")
    table(["quotes", "renderer", "seconds", "x json", "output MB", "peak MB"], rows)
    say("")
    for name, measured in points.items():
        exponent = growth_exponent(measured)
        if exponent is not None:
            say(f"- growth exponent of {name}: {exponent:.2f} (1.0 is linear)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
