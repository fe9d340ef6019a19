#!/usr/bin/env python3
"""Benchmark ``quoteverify check``: one draft against a thousand sources, interpreter included.

The target of issue 4: ``quoteverify check draft.md --sources dir/`` on a 2,000-word draft and
1,000 source articles finishes in under 2 seconds of wall time, interpreter start included.

Prints the machine and the inputs, then:

1. check: the command run as a subprocess, exactly as a CI job runs it (the ``quoteverify``
   console script beside this interpreter, else ``python -m quoteverify``), timed from start to
   exit: one warm-up run (which fills the operating system's file cache), then ``--repeat``
   runs (default 3), each run's time and the best; and, untimed, the same command with
   ``--format json`` to check that the planted quotes get the statuses they should (a fast run
   that finds nothing would be no result);
2. start-up: ``python -c "pass"`` (the interpreter alone, the baseline), ``python -c "import
   quoteverify"`` and ``python -c "import quoteverify.cli"`` (what the console script imports
   before it parses its arguments) and ``quoteverify check --help``, best of ``--startup-repeat``
   wall times each; ``python -X importtime -c "import quoteverify"``, with the modules that
   take longest, and which heavy dependencies (numpy, rapidfuzz, nltk) a bare import loads.

The inputs are generated (``random.Random``, fixed seed; nothing read from the network or the
development corpus) into a temporary directory: the draft is Markdown with front matter, a
heading and paragraphs of 12-22 word sentences, with ``--quotes`` quotes (default 30) of 10-18
words attributed to invented people ("..., said Tavo Brelling."); each source is a plain-text
article of about ``--words`` words (default 600) with 3-5 quotes of its own. Words are runs of
one to three common English words, each followed by a pseudo-word drawn from 60,000, so that
unrelated sentences share no four words in a row, as real articles on different stories would
not. Of the draft's quotes, a fifth are copied verbatim into one to three sources (same
speaker), a fifth with one word changed, a fifth given to another person, a fifth as the first
part of a longer quote, and a fifth appear nowhere.

    python benchmarks/bench_check.py                  # 1,000 sources of 600 words
    python benchmarks/bench_check.py --articles 200   # quicker
    python benchmarks/bench_check.py --keep /tmp/qv-bench   # keep the generated inputs
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from machine_info import machine, say, table

SEED = 20240515
TARGET_SECONDS = 2.0
PROJECT_ROOT = Path(__file__).resolve().parent.parent

KINDS = ("verbatim", "altered", "misattributed", "truncated", "nowhere")
EXPECTED_STATUS = {
    "verbatim": "corroborated",
    "altered": "altered",
    "misattributed": "misattributed",
    "truncated": "corroborated",
    "nowhere": "uncorroborated",
}

COMMON = (
    "the of and to in a is that for on was with he she it as at by this we they be from have"
    " are not but had has or an will their more would about when there who been its one all"
    " after could our new first two over also into time only very than can people last year"
).split()
ONSETS = "b br c ch d dr f g gr h j k l m n p pr r s sh st t tr v w z".split()
VOWELS = "a e i o u ai ea ou".split()
CODAS = ("", "", "n", "r", "l", "s", "m", "nd", "st", "rk", "ll", "th")
VERBS = ("said", "told reporters", "added", "said on Tuesday", "told the council")


# --- inputs ---------------------------------------------------------------------------------


def pseudo_words(rng: random.Random, count: int) -> list[str]:
    """``count`` distinct pronounceable non-words: "brailst", "tomer", "zeandou"."""
    found: set[str] = set()
    while len(found) < count:
        syllables = rng.choice((2, 2, 3))
        word = "".join(
            rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) for _ in range(syllables)
        )
        found.add(word)
    return sorted(found)


@dataclass
class Writer:
    """Sentences and names from one seeded generator."""

    rng: random.Random
    vocabulary: list[str]
    people: list[str]

    def words(self, count: int) -> list[str]:
        out: list[str] = []
        while len(out) < count:
            out.extend(self.rng.sample(COMMON, self.rng.randint(1, 3)))
            out.append(self.rng.choice(self.vocabulary))
        return out[:count]

    def sentence(self, low: int = 12, high: int = 22) -> str:
        words = self.words(self.rng.randint(low, high))
        return " ".join(words).capitalize() + "."

    def quote_words(self, low: int = 10, high: int = 18) -> list[str]:
        return self.words(self.rng.randint(low, high))

    def person(self) -> str:
        return self.rng.choice(self.people)


def quoted(words: Sequence[str], speaker: str, verb: str, curly: bool) -> str:
    opening, closing = ("\u201c", "\u201d") if curly else ('"', '"')
    text = " ".join(words)
    return f"{opening}{text[0].upper()}{text[1:]},{closing} {verb} {speaker}."


@dataclass
class DraftQuote:
    kind: str
    words: list[str]
    speaker: str


@dataclass
class Inputs:
    """What was generated: sizes, and the status each draft quote should get."""

    draft_words: int
    kinds: Counter[str]
    expected: list[str]
    planted: int
    source_words: int
    source_bytes: int


def make_inputs(args: argparse.Namespace, folder: Path) -> Inputs:
    """Write ``draft.md`` and ``sources/*.txt`` into ``folder``; return what was planted."""
    rng = random.Random(SEED)
    vocabulary = pseudo_words(rng, 60_000)
    people = [
        f"{first.capitalize()} {last.capitalize()}ing"
        for first, last in zip(
            rng.sample(vocabulary, 400), rng.sample(vocabulary, 400), strict=True
        )
    ]
    writer = Writer(rng, vocabulary, people)

    quotes = [
        DraftQuote(KINDS[i % len(KINDS)], writer.quote_words(), writer.person())
        for i in range(args.quotes)
    ]
    # Sources: each a list of paragraphs; planted quotes go into one to three of them.
    sources: list[list[str]] = []
    for _ in range(args.articles):
        paragraphs: list[str] = []
        words = 0
        quotes_left = rng.randint(3, 5)
        while words < args.words:
            if quotes_left and rng.random() < 0.4:
                sentence = quoted(
                    writer.quote_words(), writer.person(), rng.choice(VERBS), rng.random() < 0.5
                )
                quotes_left -= 1
            else:
                sentence = " ".join(writer.sentence() for _ in range(rng.randint(1, 3)))
            paragraphs.append(sentence)
            words += len(sentence.split())
        sources.append(paragraphs)
    planted = 0
    for quote in quotes:
        if quote.kind == "nowhere":
            continue
        for index in rng.sample(range(args.articles), rng.randint(1, 3)):
            words, speaker = list(quote.words), quote.speaker
            if quote.kind == "altered":
                at = rng.randrange(2, len(words) - 2)
                words[at] = rng.choice(vocabulary)
            elif quote.kind == "misattributed":
                speaker = next(p for p in iter(writer.person, None) if p != quote.speaker)
            elif quote.kind == "truncated":
                words = words + writer.quote_words(6, 10)
            paragraph = quoted(words, speaker, rng.choice(VERBS), rng.random() < 0.5)
            sources[index].insert(rng.randrange(len(sources[index]) + 1), paragraph)
            planted += 1

    # The draft: front matter, a heading, paragraphs of narration with the quotes spread out.
    narration_words = args.draft_words - sum(len(q.words) + 3 for q in quotes)
    slots: list[str] = []
    while sum(len(s.split()) for s in slots) < narration_words:
        slots.append(writer.sentence())
    positions = sorted(rng.sample(range(1, len(slots) + 1), len(quotes)))
    paragraphs_out: list[str] = []
    current: list[str] = []
    quote_at = dict(zip(positions, quotes, strict=True))
    for i, sentence in enumerate(slots, start=1):
        current.append(sentence)
        if i in quote_at:
            quote = quote_at[i]
            current.append(quoted(quote.words, quote.speaker, rng.choice(VERBS), False))
            paragraphs_out.append(" ".join(current))
            current = []
    if current:
        paragraphs_out.append(" ".join(current))
    draft = (
        "---\ntitle: Benchmark draft\ndesk: benchmarks\n---\n\n# Benchmark draft\n\n"
        + "\n\n".join(paragraphs_out)
        + "\n"
    )
    (folder / "draft.md").write_text(draft, encoding="utf-8")
    source_dir = folder / "sources"
    source_dir.mkdir()
    for index, paragraphs in enumerate(sources):
        text = f"Article {index + 1}\n\n" + "\n\n".join(paragraphs) + "\n"
        (source_dir / f"article-{index + 1:04d}.txt").write_text(text, encoding="utf-8")
    source_words = sum(
        len(p.read_text(encoding="utf-8").split()) for p in source_dir.glob("*.txt")
    )
    return Inputs(
        draft_words=len(draft.split()),
        kinds=Counter(q.kind for q in quotes),
        expected=[EXPECTED_STATUS[q.kind] for q in quotes],
        planted=planted,
        source_words=source_words,
        source_bytes=sum(p.stat().st_size for p in source_dir.glob("*.txt")),
    )


# --- running ----------------------------------------------------------------------------------


def quoteverify_command() -> tuple[list[str], str]:
    """The command a CI job would run, and how it was found."""
    script = Path(sys.executable).with_name("quoteverify")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)], f"console script {script}"
    return [sys.executable, "-m", "quoteverify"], f"{sys.executable} -m quoteverify"


def timed(
    argv: Sequence[str], cwd: Path | None = None
) -> tuple[float, subprocess.CompletedProcess[str]]:
    began = time.perf_counter()
    done = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, check=False)
    return time.perf_counter() - began, done


def best_of(argv: Sequence[str], repeat: int) -> float:
    timed(argv)  # warm-up: file cache, .pyc files
    return min(timed(argv)[0] for _ in range(repeat))


def require_check_command(command: Sequence[str]) -> None:
    """Exit with a clear message when ``quoteverify check`` does not exist yet."""
    _, done = timed([*command, "check", "--help"])
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or ["no output"])[-1]
        say(
            f"bench_check: `{' '.join(command)} check --help` failed (exit status "
            f"{done.returncode}: {reason}).\nThis benchmark times the `quoteverify check` "
            "command of issue 4; install a quoteverify that has it (pip install -e .)."
        )
        sys.exit(2)


def measure_check(
    args: argparse.Namespace, command: list[str], folder: Path, expected: list[str]
) -> tuple[float, list[list[str]]]:
    argv = [*command, "check", "draft.md", "--sources", "sources/"]
    say(f"\n## check: `quoteverify check draft.md --sources sources/` ({args.repeat} runs)")
    warm, done = timed(argv, folder)
    if done.returncode not in (0, 1) or done.stderr:
        # Exit status 1 also comes from a traceback: a crash is no result to time.
        say(f"the check failed (exit status {done.returncode}):\n{done.stderr}")
        sys.exit(1)
    say(f"  warm-up     {warm:.3f} s (exit status {done.returncode})")
    times = []
    for number in range(1, args.repeat + 1):
        seconds, done = timed(argv, folder)
        times.append(seconds)
        say(f"  run {number}       {seconds:.3f} s (exit status {done.returncode})")
    best = min(times)
    say(f"  best        {best:.3f} s   median {statistics.median(times):.3f} s")

    # Untimed: are the planted quotes found as they should be?
    _, done = timed([*argv, "--format", "json"], folder)
    try:
        report = json.loads(done.stdout)
    except ValueError:
        say(f"  --format json gave no report (exit status {done.returncode}): {done.stderr}")
        report = {"findings": [], "counts": {}}
    got = [finding["status"] for finding in report["findings"]]
    agree = sum(g == e for g, e in zip(got, expected, strict=False))
    say(f"  findings    {len(got)} (draft quotes {len(expected)}), counts {report['counts']}")
    say(f"  statuses    {agree} of {len(expected)} as planted")
    return best, [
        [
            "check, 2,000-word draft vs 1,000 sources (wall, start-up included)",
            f"< {TARGET_SECONDS:.0f} s",
            f"{best:.2f} s",
            "ok" if best < TARGET_SECONDS else "MISSED",
        ],
        [
            "planted statuses found",
            f"{len(expected)} of {len(expected)}",
            f"{agree} of {len(expected)}",
            "ok" if agree == len(expected) and len(got) == len(expected) else "check",
        ],
    ]


_IMPORTTIME_RE = re.compile(r"^import time:\s+(\d+)\s+\|\s+(\d+)\s+\|( *)(\S+)\s*$")


def measure_startup(args: argparse.Namespace, command: list[str]) -> list[list[str]]:
    python = sys.executable
    say(f"\n## start-up (best of {args.startup_repeat} wall times, after a warm-up)")
    baseline = best_of([python, "-c", "pass"], args.startup_repeat)
    package = best_of([python, "-c", "import quoteverify"], args.startup_repeat)
    cli = best_of([python, "-c", "import quoteverify.cli"], args.startup_repeat)
    helped = best_of([*command, "check", "--help"], args.startup_repeat)
    say(f"  python -c pass                     {baseline * 1000:7.1f} ms (baseline)")
    say(
        f"  python -c 'import quoteverify'     {package * 1000:7.1f} ms"
        f"  (+{(package - baseline) * 1000:.1f} ms)"
    )
    say(
        f"  python -c 'import quoteverify.cli' {cli * 1000:7.1f} ms"
        f"  (+{(cli - baseline) * 1000:.1f} ms)"
    )
    say(
        f"  quoteverify check --help           {helped * 1000:7.1f} ms"
        f"  (+{(helped - baseline) * 1000:.1f} ms)"
    )

    _, done = timed([python, "-X", "importtime", "-c", "import quoteverify"])
    rows = []
    for line in done.stderr.splitlines():
        found = _IMPORTTIME_RE.match(line)
        if found:
            # Two spaces of indentation per level of nesting.
            rows.append((int(found.group(2)), len(found.group(3)) // 2, found.group(4)))
    # Rows come children first, each indented one step deeper than its parent: the rows just
    # before "quoteverify" that are indented deeper are what importing it imported.
    at = next((i for i, row in enumerate(rows) if row[2] == "quoteverify"), None)
    total, subtree = 0, []
    if at is not None:
        total, depth = rows[at][0], rows[at][1]
        first = at
        while first > 0 and rows[first - 1][1] > depth:
            first -= 1
        subtree = [row for row in rows[first:at] if row[1] <= depth + 2]
    say(f"  -X importtime: import quoteverify  {total / 1000:7.1f} ms cumulative; slowest parts:")
    for us, row_depth, name in sorted(subtree, reverse=True)[:8]:
        say(f"      {us / 1000:7.1f} ms  {'  ' * (row_depth - 1)}{name}")
    probe = (
        "import sys, quoteverify; "
        "print(' '.join(m for m in ('numpy', 'rapidfuzz', 'nltk') if m in sys.modules))"
    )
    loaded = subprocess.run(
        [python, "-c", probe], capture_output=True, text=True, check=False
    ).stdout.split()
    say(f"  heavy modules loaded by 'import quoteverify': {', '.join(loaded) or 'none'}")
    return [
        [
            "import quoteverify (wall, over python -c pass)",
            "small",
            f"+{(package - baseline) * 1000:.0f} ms ({total / 1000:.0f} ms -X importtime)",
            "ok" if not loaded else f"loads {', '.join(loaded)}",
        ],
        [
            "quoteverify check --help (wall)",
            "small",
            f"{helped * 1000:.0f} ms (python alone {baseline * 1000:.0f} ms)",
            "",
        ],
    ]


# --- main -----------------------------------------------------------------------------------


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1_000, help="source articles (1000)")
    ap.add_argument("--words", type=int, default=600, help="words per source article (600)")
    ap.add_argument("--draft-words", type=int, default=2_000, help="words in the draft (2000)")
    ap.add_argument("--quotes", type=int, default=30, help="quotes in the draft (30)")
    ap.add_argument("--repeat", type=int, default=3, help="timed check runs (3)")
    ap.add_argument("--startup-repeat", type=int, default=10, help="runs per start-up figure")
    ap.add_argument("--keep", type=Path, help="write the inputs to this new directory, keep them")
    args = ap.parse_args()
    if args.quotes < len(KINDS) or args.articles < 3 or args.repeat < 1:
        ap.error(f"need --quotes >= {len(KINDS)}, --articles >= 3, --repeat >= 1")
    return args


def main() -> int:
    args = parse_args()
    command, how = quoteverify_command()
    require_check_command(command)
    began = time.perf_counter()
    say("## Machine")
    info = machine(("quoteverify", "rapidfuzz", "numpy", "attrs"))
    for key, value in info.items():
        say(f"  {key:13} {value}")

    if args.keep:
        args.keep.mkdir(parents=True)
        folder, cleanup = args.keep, False
    else:
        folder, cleanup = Path(tempfile.mkdtemp(prefix="quoteverify-bench-")), True
    try:
        made = make_inputs(args, folder)
        kinds = ", ".join(f"{made.kinds[kind]} {kind}" for kind in KINDS)
        say("\n## Inputs")
        say(f"  seed          {SEED} (random.Random; generated, nothing downloaded)")
        say(f"  folder        {folder}{' (deleted afterwards)' if cleanup else ''}")
        say(
            f"  draft         draft.md: {made.draft_words} words, {len(made.expected)} quotes"
            f" ({kinds})"
        )
        say(
            f"  sources       sources/: {args.articles} articles, {made.source_words} words,"
            f" {made.source_bytes / 1e6:.1f} MB; {made.planted} planted copies of draft quotes"
        )
        say(f"  command       {how}")
        rows: list[list[str]] = []
        _, check_rows = measure_check(args, command, folder, made.expected)
        rows += check_rows
        rows += measure_startup(args, command)
    finally:
        if cleanup:
            shutil.rmtree(folder, ignore_errors=True)
    say(f"\n## Targets (the benchmark ran {time.perf_counter() - began:.0f} s)\n")
    say(
        f"{info['date']} · {info['cpu']}, cores {info['cores']} · {info['python']} · "
        f"{info['packages']} · commit {info['commit']}\n"
    )
    table(["figure", "target", "measured", "status"], rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
