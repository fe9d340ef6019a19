#!/usr/bin/env python3
"""Benchmark the Markdown reader against extraction of the same text.

Prints the machine and the inputs, then for the newsroom fixture's draft and for synthetic
drafts of about 0.5 and 5 MB (fixed seed: headings, wrapped paragraphs and list items, block
quotes over two ``>`` lines, code, entities, tables, links), the CPU time of reading the file
as Markdown (``quoteverify.load``), of reading it as plain text (the baseline, in the same
run), and of ``extract`` on the text read. Reading should stay well below extraction.

    python benchmarks/bench_markdown.py
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine_info import PROJECT_ROOT, machine, say, table

from quoteverify import Document, extract, load

SEED = 20
WORDS = (
    "the council harbour channel vote plan fleet boats mayor winter slipway quay dredging"
    " pilots tide survey cooperative market sheds budget"
).split()


def synthetic_draft(size: int, seed: int = SEED) -> str:
    """About ``size`` characters of Markdown a newsroom might write."""
    rng = random.Random(seed)

    def words(low: int, high: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high)))

    parts = ["---\ntitle: Harbour\nsources: [../sources/a.txt]\n---\n\n"]
    length = 0
    block = 0
    while length < size:
        block += 1
        quote, prose = words(5, 12), words(12, 24)
        part = [
            f"## Section {block}\n\n",
            f'> "{quote},"\n> Mayor Ana Ruiz said of the *{prose}*.\n\n',
            f'- "{quote}," Colm Ferreira said, and\n  {prose}.\n- {prose} [link](https://x.org/{block}).\n\n',
            f"```\n{prose}\n```\n\n",
            f"Ruiz said: &ldquo;{quote}&rdquo; and `{prose}`.\n\n",
            f"| who | said |\n|---|---|\n| Ruiz | {quote} |\n\n",
            f'{prose[:50]}\n{prose[50:]} "{quote}," she said. **{prose}**.\n\n',
        ][block % 7]
        parts.append(part)
        length += len(part)
    return "".join(parts)


def best_cpu(run: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    say("## Machine")
    for key, value in machine(["markdown-it-py", "mdit-py-plugins"]).items():
        say(f"- {key}: {value}")
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        paths = [PROJECT_ROOT / "tests" / "fixtures" / "newsroom" / "drafts" / "harbour.md"]
        for size in (500_000, 5_000_000):
            path = Path(folder, f"synthetic-{size // 1000}k.md")
            path.write_text(synthetic_draft(size), encoding="utf-8")
            paths.append(path)
        for path in paths:
            repeat = 20 if path.stat().st_size < 100_000 else 2
            markdown = best_cpu(lambda p=path: load(p), repeat)
            plain = best_cpu(lambda p=path: Document.from_path(p), repeat)
            text = load(path).text
            extracting = best_cpu(lambda t=text: extract(t), 1)
            rows.append([
                path.name, f"{path.stat().st_size:,}", f"{markdown * 1000:.1f}",
                f"{plain * 1000:.1f}", f"{extracting * 1000:.1f}",
                f"{markdown / extracting:.2f}",
            ])
    say("\n## CPU time, best of runs (ms)")
    table(["file", "bytes", "read as Markdown", "read as text (baseline)", "extract",
           "read / extract"], rows)


if __name__ == "__main__":
    main()
