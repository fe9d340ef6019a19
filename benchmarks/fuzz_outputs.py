"""Fuzz the gate end to end: hostile drafts and sources through ``check`` and every format.

Each case is a draft and a source written from a seeded mix of words, quote marks of every
tradition, apostrophes, line breaks, Markdown and HTML markup, terminal escapes,
bidirectional overrides, GitHub mentions and issue numbers (not lone surrogates: no UTF-8
file holds one, and a JSONL corpus that escapes one is refused on reading). The draft is read
as plain text, Markdown or HTML (as a file of that suffix is), checked against the source,
and rendered in all six formats. What must hold for every case:

- nothing raises;
- every quote, cue and speaker span points at its own words in the text it came from, and
  every file position maps into the file;
- no output carries a raw control character (other than newline and tab; a carriage return
  is whitespace in the HTML report) or bidirectional override or isolate; the Markdown
  output links no ``@user`` and no ``#123``; the HTML report has no element the text
  brought in (``<script``, ``<img``).

    python benchmarks/fuzz_outputs.py                 # 20,000 cases (about 2 minutes)
    python benchmarks/fuzz_outputs.py --cases 200000 --seed 7

It prints the machine, the inputs and the counts; exit status 1 on the first broken case,
with the case written to ``--failure`` for study.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine_info import machine, say

from quoteverify import Document, extract
from quoteverify.gate.check import check
from quoteverify.inputs.html import html_document
from quoteverify.inputs.markdown import markdown_document
from quoteverify.render import CHECK_RENDERERS

WORDS = (
    "we will open the bridge in June and the tolls stay mayor Holt said told reporters "
    "council Ruiz Okafor minister she he they not never 12 twelve per cent U.S. US e-mail"
).split()
MARKS = ['"', "“", "”", "‘", "’", "'", "``", "''", "«", "»", "„", "‚", "‹", "›", "—", "–"]
HOSTILE = [
    "\x1b[31m", "\x1b]8;;http://x\x07", "\u202e", "\u2066", "\u200f", "\x07", "\x00", "\r",
    "@octocat", "@org/team", "#123", "GH-9", "<script>alert(1)</script>", "<img src=x onerror=1>",
    "](javascript:x)", "::error::", "%0A", "&ldquo;", "&#8220;", "`", "```", "\\",
]
MARKUP = ["# ", "> ", "- ", "* ", "1. ", "    ", "<p>", "</p>", "<!-- ", " -->", "**", "_"]
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
_MENTION = re.compile(r"(?<![\w`])@[A-Za-z0-9]")
_ISSUE = re.compile(r"(?<![\w&`])#[0-9]")


def piece(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.55:
        return rng.choice(WORDS)
    if roll < 0.75:
        return rng.choice(MARKS)
    if roll < 0.85:
        return rng.choice(HOSTILE)
    if roll < 0.95:
        return rng.choice(MARKUP)
    return rng.choice([",", ".", ":", "\n", "\n\n", " "])


def text(rng: random.Random, size: int) -> str:
    return "".join(piece(rng) + rng.choice([" ", " ", "", "\n"]) for _ in range(size))


def draft_document(rng: random.Random, raw: str) -> Document:
    kind = rng.choice(["txt", "md", "html"])
    if kind == "md":
        return markdown_document(raw, "draft.md", "draft.md")
    if kind == "html":
        return html_document(raw, "draft.html", "draft.html")
    return Document("draft.txt", raw, "draft.txt")


def broken(document: Document, rendered: dict[str, str]) -> str | None:
    """What is wrong with a case, or None."""
    found = extract(document.text)
    for q in found.quotes:
        if document.text[q.start : q.end] != q.text:
            return f"quote span {q.start}:{q.end}"
        if q.cue is not None and document.text[q.cue.start : q.cue.end] != q.cue.text:
            return "cue span"
        if q.speaker is not None:
            if document.text[q.speaker.start : q.speaker.end] != q.speaker.mention:
                return "speaker span"
        for offset in (q.start, q.end - 1):
            if offset >= 0 and not 0 <= document.file_offset(offset) < len(document.file_text()):
                return "file offset"
    for form, output in rendered.items():
        if form == "html":
            output = output.replace("\r", " ")  # whitespace in HTML, not a terminal's
        if _CONTROL.search(output):
            return f"{form}: raw control or bidi character"
        if form == "markdown" and (_MENTION.search(output) or _ISSUE.search(output)):
            return "markdown: a live mention or issue link"
        if form == "html":
            lowered = output.lower()
            if "<script>alert" in lowered or "<img src=x" in lowered:  # (escaped, it is text)
                return "html: markup from the text"
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=20261207)
    parser.add_argument("--failure", type=Path, default=Path("fuzz-failure.txt"))
    args = parser.parse_args()
    say("## Machine")
    for key, value in machine(["quoteverify", "hypothesis"]).items():
        say(f"  {key}: {value}")
    say("\n## Inputs")
    say(f"  {args.cases} cases, seed {args.seed}: a draft (text, Markdown or HTML) and a source")
    rng = random.Random(args.seed)
    started = time.perf_counter()
    quotes = findings = 0
    for case in range(args.cases):
        raw = text(rng, rng.randint(5, 60))
        source = Document("source.txt", text(rng, rng.randint(5, 60)), "source.txt")
        try:
            draft = draft_document(rng, raw)
            report = check([draft], [source])
            rendered = {form: render(report) for form, render in CHECK_RENDERERS.items()}
            problem = broken(draft, rendered)
        except Exception as error:  # the point of a fuzzer: any exception is a finding
            problem = f"raised {type(error).__name__}: {error}"
        if problem is not None:
            args.failure.write_text(f"{problem}\n\n{raw!r}\n\n{source.text!r}\n", encoding="utf-8")
            say(f"\ncase {case}: {problem} (written to {args.failure})")
            return 1
        quotes += len(extract(draft.text).quotes)
        findings += len(report.findings)
    seconds = time.perf_counter() - started
    say("\n## Result")
    say(f"  {args.cases} cases, {quotes} draft quotes, {findings} findings, 6 formats each:")
    say(f"  no exception, no broken span, no live markup or control character ({seconds:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
