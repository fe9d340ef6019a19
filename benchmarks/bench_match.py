#!/usr/bin/env python3
"""Benchmark ``quoteverify.corroborate``: perturbation suite, scaling run, all-pairs baseline.

Prints the machine and the inputs, then three measurements, then the targets of issue 3:

1. perturbation suite: real quotes (the seeds' quotes, read from ``seeds/*.txt`` at run time
   with ``extract_quotes``, and the quotes of ``match_texts.py``, written for this project) are
   changed one way per case kind: verbatim, restyled (case, punctuation, curly marks, dashes),
   truncated (the draft inside the source, or the source inside the draft), a 1-3 word
   fragment, "..." elisions, words substituted, inserted or dropped, clauses reordered, the
   words given to another person, the words in a transcript turn "MS. SURNAME: ...", and an
   unrelated quote. Each case is a draft article quoting a named speaker and a source article,
   with filler sentences around. Only the draft quote's finding is scored: its status against
   the expected status (recall per kind; precision per predicted status over the whole suite)
   and its best match's relation. Every case runs alone, then again in mixed runs where the
   cases compete: each mixed run holds every kind, and never two cases built on the same quote
   (an exact copy given to another speaker in one case would rightly make another case's
   verbatim quote "misattributed"), so the cases are dealt into one run per kind;
2. scaling: synthetic documents (8-10 quotes with ``"...," said Firstname Lastname.`` and a few
   unquoted sentences each) made by recombining the sentences of ``match_texts.py``: runs of
   1-3 of their words, each followed by a pseudo-word drawn from 100,000 (about 40% of the
   words), so that no two documents are copies and unrelated quotes rarely share four words
   in a row (with a fixed pool of sentences, longer runs of real words would repeat more the
   larger the corpus, and the growth would measure the generator). About a third of the quotes
   have a planted related quote (verbatim, fragment, altered or elided, same speaker) in 1-3
   other documents. Each size runs in a fresh process: documents, quotes, MB, wall time of
   ``corroborate(docs, workers=2)`` (extraction included), also ``workers=1`` at the small
   sizes, peak RSS of the process and of its largest worker, recall of the planted pairs, and
   the least-squares slope of log(seconds) on log(quotes);
3. baseline: every quote against every quote and unquoted sentence of every other document
   with ``rapidfuzz.process.cdist(scorer=fuzz.partial_ratio, score_cutoff=90)`` on word lists
   (``utils.default_process``, split on spaces; faster than characters) on 2 threads,
   at the sizes up to ``--baseline-max`` quotes, within ``--baseline-budget`` seconds (past
   it, the time is extrapolated from the rows done and says so). Quotes are extracted first
   with ``quoteverify.extract`` and only the comparison is timed; its recall of the planted
   pairs is printed beside corroborate's, and the speed-up baseline / corroborate.

Everything is seeded (``random.Random`` only) and nothing touches the network. MB is 10**6
UTF-8 bytes. On the 2-core development machine a default run takes about 4 minutes (most of
it the baseline at 10k quotes) and ``--full`` about 7, with a peak of about 6.5 GB at 1M.

    python benchmarks/bench_match.py                      # suite, 1k/10k/100k, baseline to 10k
    python benchmarks/bench_match.py --sizes 1000,10000   # quicker
    python benchmarks/bench_match.py --full               # adds 1M quotes
    python benchmarks/bench_match.py --no-scale           # the suite only
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import math
import random
import re
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import machine_info
from machine_info import machine, say, table
from match_texts import (
    FILLER,
    FIRST_NAMES,
    HONORIFICS,
    INSERTS,
    MODERATORS,
    OTHER_QUOTES,
    QUOTES,
    SUBSTITUTES,
    SURNAMES,
    TURNS,
    SpeakerQuote,
)

from quoteverify import Config, Document, corroborate, extract, extract_quotes
from quoteverify.matching.wording import FUNCTION_WORDS
from quoteverify.model import STATUSES, Finding, Report

SEED = 20241104
MB = 1_000_000
SCRIPT = Path(__file__).resolve()
PROJECT_ROOT = SCRIPT.parent.parent
SEEDS_DIR = PROJECT_ROOT / "seeds"
DEFAULT_SIZES = (1_000, 10_000, 100_000)
FULL_SIZE = 1_000_000
TARGET_RECALL = 0.98
TARGET_PRECISION = 0.99
TARGET_1M_SECONDS = 300.0
TARGET_EXPONENT = 1.2
TARGET_SPEEDUP = 50.0
BASELINE_CUTOFF = 90


def fraction(hits: int, total: int) -> str:
    return f"{hits / total:.3f}" if total else "n/a"


# --- words ------------------------------------------------------------------------------------

_WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


def norm_words(text: str) -> list[str]:
    """Lower-case words without punctuation, curly apostrophes folded: for uniqueness checks."""
    return _WORD_RE.findall(text.lower().replace("’", "'"))


def ngrams(words: Sequence[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def split_token(token: str) -> tuple[str, str, str]:
    """Leading punctuation, word, trailing punctuation: ``(troops),`` -> ``(``/``troops``/``),``."""
    m = re.match(r"^([^\w$]*)(.*?)([^\w%]*)$", token)
    assert m is not None
    return m.group(1), m.group(2), m.group(3)


def has_letters(token: str, least: int = 2) -> bool:
    return sum(c.isalpha() for c in token) >= least


def core_of(quote_text: str) -> str:
    """A quote's words without the comma or period that closes it inside the marks."""
    return quote_text.strip().rstrip(",.").rstrip()


def closing(core: str) -> str:
    return "" if core[-1] in "?!" else ","


# --- the suite's material ------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    name: str
    surname: str
    honorific: str | None
    role: str | None


@dataclass(frozen=True)
class Base:
    """A real quote the suite perturbs: ``text`` holds its words without the closing comma."""

    id: str
    speaker: Person
    text: str


def person_of(item: SpeakerQuote) -> Person:
    first, surname, honorific, role, _ = item
    return Person(f"{first} {surname}", surname, honorific, role)


def own_bases(items: Sequence[SpeakerQuote], prefix: str) -> list[Base]:
    return [
        Base(f"{prefix}{i:02d}", person_of(item), core_of(item[4])) for i, item in enumerate(items)
    ]


# a quote mark inside a quote; apostrophes (a mark between two letters) are fine
_INNER_MARK_RE = re.compile(r"[\"“”]|(?<!\w)['‘’]|['‘’](?!\w)")


def seed_bases(seeds_dir: Path) -> list[Base]:
    """Quotes of 8+ words by a named person in the seeds, without elisions or inner marks."""
    out = []
    for path in sorted(seeds_dir.glob("*.txt")):
        for i, quote in enumerate(extract_quotes(path.read_text(encoding="utf-8"))):
            speaker = quote.speaker
            if speaker is None or speaker.kind != "person" or " " not in speaker.name:
                continue
            text = core_of(quote.text)
            if len(text.split()) < 8 or "..." in text or _INNER_MARK_RE.search(text):
                continue
            surname = speaker.name.split()[-1]
            person = Person(speaker.name, surname, HONORIFICS.get(surname), speaker.role)
            out.append(Base(f"seed-{path.stem[:3]}-{i:02d}", person, text))
    return out


def distinct(bases: list[Base]) -> list[Base]:
    """Drop a quote sharing four words in a row with a longer one (the seeds quote each other)."""
    kept: list[Base] = []
    seen: set[tuple[str, ...]] = set()
    for base in sorted(bases, key=lambda b: -len(b.text)):
        grams = ngrams(norm_words(base.text), 4)
        if grams & seen:
            continue
        seen |= grams
        kept.append(base)
    order = {b.id: i for i, b in enumerate(bases)}
    return sorted(kept, key=lambda b: order[b.id])


@dataclass
class Material:
    """Everything the case builders draw from, with who owns which 1-3 word sequence."""

    bases: list[Base]
    others: list[Base]
    people: list[Person]
    owners: dict[tuple[str, ...], set[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        texts = [(b.id, b.text) for b in self.bases + self.others]
        texts += [(f"filler{i}", t) for i, t in enumerate(FILLER + TURNS)]
        texts += [("words", " ".join(SUBSTITUTES + INSERTS))]
        for owner, text in texts:
            words = norm_words(text)
            for n in (1, 2, 3):
                for gram in ngrams(words, n):
                    self.owners.setdefault(gram, set()).add(owner)

    def unique_to(self, words: Sequence[str], owner: str) -> bool:
        return self.owners.get(tuple(words), set()) == {owner}


# --- perturbations: each returns the draft and source texts, or None when it cannot apply -----


@dataclass(frozen=True)
class Variant:
    draft: str
    source: str
    fragment: bool = False  # the draft quotes a few words inside a sentence of narration
    transcript: bool = False  # the source is a transcript turn, not a quote
    source_speaker: Person | None = None  # None: the base's speaker
    curly: bool = False  # the draft uses curly quote marks
    credits: bool = False  # the source is narration between photo credits ("AP: …"), unquoted


Builder = Callable[[Base, Material, random.Random], "Variant | None"]


def interior_words(tokens: Sequence[str]) -> list[int]:
    return [i for i in range(1, len(tokens) - 1) if has_letters(tokens[i], 3)]


def swap_word(token: str, word: str) -> str:
    lead, core, trail = split_token(token)
    if core[:1].isupper():
        word = word.capitalize()
    return lead + word + trail


def restyle(text: str, rng: random.Random) -> str:
    """Change only case, punctuation, apostrophes, dashes and spacing."""
    out = text.replace("’", "'") if "’" in text else text.replace("'", "’")
    out = out.replace(" -- ", " — ") if " -- " in out else out.replace(" — ", " -- ")
    first = next(i for i, c in enumerate(out) if c.isalpha())
    out = out[:first] + out[first].swapcase() + out[first + 1 :]
    commas = [m.start() for m in re.finditer(r",(?= )", out)]
    if commas and rng.random() < 0.5:
        cut = rng.choice(commas)
        out = out[:cut] + out[cut + 1 :]
    if rng.random() < 0.3:
        space = rng.choice([m.start() for m in re.finditer(" ", out)])
        out = out[:space] + " " + out[space:]
    return out


def cut_words(tokens: list[str], rng: random.Random, at_start: bool) -> str | None:
    """The quote with 2 to a third of its words cut at one end; at least 5 words stay."""
    n = len(tokens)
    if n < 8:
        return None
    k = rng.randint(2, max(2, min(n // 3, n - 5)))
    return " ".join(tokens[k:] if at_start else tokens[: n - k])


def elide(tokens: list[str], rng: random.Random) -> str | None:
    """One or two runs of 2-5 words replaced by "...", every kept segment 3+ words, in order."""
    n = len(tokens)
    count = 2 if n >= 15 and rng.random() < 0.5 else 1
    gaps = [rng.randint(2, 5) for _ in range(count)]
    spare = n - sum(gaps) - 3 * (count + 1)
    if spare < 0:
        return None
    bounds = [0, *sorted(rng.randint(0, spare) for _ in range(count)), spare]
    pieces, pos = [], 0
    for i in range(count + 1):
        length = 3 + bounds[i + 1] - bounds[i]
        pieces.append(" ".join(tokens[pos : pos + length]))
        pos += length + (gaps[i] if i < count else 0)
    return " ... ".join(pieces)


def substitute(tokens: list[str], rng: random.Random, count: int) -> str | None:
    slots = interior_words(tokens)
    for _ in range(20):
        if len(slots) < count:
            return None
        picks = sorted(rng.sample(slots, count))
        if all(b - a >= 2 for a, b in itertools.pairwise(picks)):
            out = list(tokens)
            for i in picks:
                old = split_token(out[i])[1].lower()
                out[i] = swap_word(out[i], rng.choice([w for w in SUBSTITUTES if w != old]))
            return " ".join(out)
    return None


def insert_word(tokens: list[str], rng: random.Random) -> str | None:
    at = rng.randint(1, len(tokens) - 1)
    return " ".join([*tokens[:at], rng.choice(INSERTS), *tokens[at:]])


def drop_word(tokens: list[str], rng: random.Random) -> str | None:
    slots = [i for i in interior_words(tokens) if tokens[i][-1].isalnum()]
    if not slots:
        return None
    at = rng.choice(slots)
    return " ".join(tokens[:at] + tokens[at + 1 :])


_JOINERS = ("and", "but", "so", "while", "although", "because", "which", "even")


def reorder(tokens: list[str], rng: random.Random) -> str | None:
    """Swap the clauses on either side of a , ; : or . that has 4+ words on each side."""
    cuts = [i for i in range(3, len(tokens) - 4) if tokens[i][-1] in ",;:."]
    if not cuts:
        return None
    at = rng.choice(cuts)
    first, second = list(tokens[: at + 1]), list(tokens[at + 1 :])
    first[-1] = first[-1][:-1]
    joiner = ""
    if second[0].lower() in _JOINERS and len(second) > 4:
        joiner = second.pop(0).lower() + " "
    head = " ".join(second)
    tail = " ".join(first)
    if not tail.startswith(("I ", "I'")):
        tail = tail[0].lower() + tail[1:]
    return f"{head[0].upper()}{head[1:]}, {joiner}{tail}"


def fragment(base: Base, material: Material, rng: random.Random) -> str | None:
    """1-3 words of a long quote that appear in no other text of the suite."""
    tokens = base.text.split()
    if len(tokens) < 10:
        return None
    for _ in range(50):
        n = rng.choice((1, 2, 2, 3, 3))
        at = rng.randint(0, len(tokens) - n)
        words = tokens[at : at + n]
        if any(not has_letters(w, 1) for w in words) or any(w[-1] in ",;:." for w in words[:-1]):
            continue
        text = " ".join(words).strip(",;:.")
        norm = norm_words(text)
        long_enough = max(len(w) for w in norm) >= (7 if n == 1 else 5)
        if len(norm) == n and long_enough and material.unique_to(norm, base.id):
            return text
    return None


# What a source transcript's speaker says before or after the quoted words: the quote is cut
# from a longer turn, so the source goes on past the changed word.
_LEAD_INS = ("I can tell you that", "Let me be clear that", "What I said was that")
_FOLLOW_ONS = ("and that is the plan.", "and we will say more next week.", "as I said before.")


def edge_substituted(base: Base, rng: random.Random, first: bool) -> Variant | None:
    """The first or the last word replaced, in a transcript turn that goes on past it."""
    tokens = base.text.split()
    at = 0 if first else len(tokens) - 1
    if not has_letters(tokens[at], 3):
        return None
    old = split_token(tokens[at])[1].lower()
    out = list(tokens)
    out[at] = swap_word(out[at], rng.choice([w for w in SUBSTITUTES if w != old]))
    if first:
        lead = rng.choice(_LEAD_INS)
        said = f"{lead} {tokens[0][0].lower()}{tokens[0][1:]} {' '.join(tokens[1:])}"
        return Variant(" ".join(out), said, transcript=True)
    said = f"{base.text}, {rng.choice(_FOLLOW_ONS)}"
    return Variant(" ".join(out), said.rstrip("."), transcript=True)


_NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve")
_NUMBER_RE = re.compile(r"\d[\d,]*|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b", re.IGNORECASE)


def number_changed(base: Base, rng: random.Random) -> Variant | None:
    """A number given another value: "$40 million" as "$45 million", "three" as "four"."""
    found = list(_NUMBER_RE.finditer(base.text))
    if not found:
        return None
    hit = rng.choice(found)
    word = hit.group()
    if word[0].isdigit():
        digits = word.replace(",", "")
        value = str(int(digits) + rng.choice((1, 5, 10)))
        new = f"{int(value):,}" if "," in word else value
    else:
        choices = [w for w in _NUMBER_WORDS if w != word.lower()]
        new = rng.choice(choices)
        new = new.capitalize() if word[0].isupper() else new
    return Variant(base.text[: hit.start()] + new + base.text[hit.end() :], base.text)


_AUXILIARIES = ("will", "is", "are", "was", "were", "can", "has", "have", "would", "could")


def negated(base: Base, rng: random.Random) -> Variant | None:
    """A "not" added after an auxiliary, or an existing "not" dropped."""
    tokens = base.text.split()
    nots = [i for i, t in enumerate(tokens) if split_token(t)[1].lower() == "not"]
    if nots:
        at = rng.choice(nots)
        return _draft(" ".join(tokens[:at] + tokens[at + 1 :]), base.text)
    slots = [i for i, t in enumerate(tokens[:-1]) if t.lower() in _AUXILIARIES]
    if not slots:
        return None
    at = rng.choice(slots)
    return _draft(" ".join([*tokens[: at + 1], "not", *tokens[at + 1 :]]), base.text)


_FORMS = {
    "is": "was", "are": "were", "was": "is", "were": "are", "has": "had", "have": "had",
    "will": "would", "can": "could", "says": "said", "said": "says",
}


def word_form(base: Base, rng: random.Random) -> Variant | None:
    """One verb in another form: "is" as "was", "will" as "would"."""
    tokens = base.text.split()
    slots = [i for i, t in enumerate(tokens) if split_token(t)[1].lower() in _FORMS and i]
    if not slots:
        return None
    at = rng.choice(slots)
    out = list(tokens)
    out[at] = swap_word(out[at], _FORMS[split_token(out[at])[1].lower()])
    return _draft(" ".join(out), base.text)


def short_quote_changed(base: Base, material: Material, rng: random.Random) -> Variant | None:
    """Five words of the quote, quoted alone, one of them changed (not the first or last): five
    words a writer would quote, opening and closing on words that are not function words."""
    tokens = base.text.split()
    starts = [
        i
        for i in range(len(tokens) - 4)
        if all(has_letters(t, 2) and t[-1].isalnum() for t in tokens[i : i + 5])
        and split_token(tokens[i])[1].lower() not in FUNCTION_WORDS
        and split_token(tokens[i + 4])[1].lower() not in FUNCTION_WORDS
    ]
    if not starts:
        return None
    at = rng.choice(starts)
    five = tokens[at : at + 5]
    k = rng.choice((1, 2, 3))
    old = split_token(five[k])[1].lower()
    five[k] = swap_word(five[k], rng.choice([w for w in SUBSTITUTES if w != old]))
    return Variant(" ".join(five), base.text)


# British spellings and house styles an editor may apply to an American source, and back.
_STYLES = (
    ("neighborhoods", "neighbourhoods"), ("defense", "defence"), ("program", "programme"),
    ("center", "centre"), ("percent", "per cent"), (" and ", " & "), ("twelve", "12"),
    ("three", "3"), ("a third", "one-third"), ("full-time", "full time"), ("$40 million", "$40m"),
)


def restyled(base: Base, rng: random.Random) -> Variant | None:
    """One house-style change: British spelling, "&" for "and", figures for words."""
    styles = [(a, b) for a, b in _STYLES if a in base.text]
    if not styles:
        return None
    a, b = rng.choice(styles)
    return Variant(base.text.replace(a, b, 1), base.text)


def bracketed(base: Base, rng: random.Random) -> Variant | None:
    """An editor's words in square brackets slipped into the quote: "[the city]"."""
    tokens = base.text.split()
    slots = [i for i in range(1, len(tokens) - 1) if tokens[i - 1][-1].isalnum()]
    if not slots:
        return None
    at = rng.choice(slots)
    words = rng.choice(("[the city]", "[in 2024]", "[sic]", "[the agency]"))
    return Variant(" ".join([*tokens[:at], words, *tokens[at:]]), base.text)


_STOCK_PHRASES = (
    "We will continue to",
    "At the end of the day,",
    "I don't think anybody",
    "There is a lot of",
    "We are going to do everything we can to",
)


def stock_phrase(base: Base, material: Material, rng: random.Random) -> Variant | None:
    """Two people's different quotes that open with the same stock phrase."""
    phrase = rng.choice(_STOCK_PHRASES)
    mine = " ".join(base.text.split()[3:12])
    theirs = " ".join(rng.choice(material.others).text.split()[3:12])
    lower = lambda t: t[0].lower() + t[1:]  # noqa: E731
    return Variant(
        f"{phrase} {lower(mine)}",
        f"{phrase} {lower(theirs)}",
        source_speaker=other_person(base, material, rng),
    )


# Given names and what the same person is also called.
_ALSO_CALLED = {
    "Robert": "Bob", "Thomas": "Tom", "James": "Jim", "Daniel": "Dan", "Michael": "Mike",
    "Victor": "Vic", "Susan": "Sue", "Angela": "Angie",
}


def renamed(base: Base, rng: random.Random) -> Variant:
    """The same person under another form of the name: a nickname, a middle initial, or an
    honorific and a title of another country."""
    person = base.speaker
    first, *rest = person.name.split()
    if first in _ALSO_CALLED:
        name = " ".join([_ALSO_CALLED[first], *rest])
    else:
        name = rng.choice((f"{first} A. {' '.join(rest)}", f"Dr. {person.name}"))
    other = Person(name, person.surname, person.honorific, person.role)
    return Variant(base.text, base.text, source_speaker=other)


def other_person(base: Base, material: Material, rng: random.Random) -> Person:
    return rng.choice([p for p in material.people if p.surname != base.speaker.surname])


def _same(text: str) -> Variant:
    return Variant(text, text)


BUILDERS: dict[str, Builder] = {
    "verbatim": lambda b, m, r: _same(b.text),
    "normalized": lambda b, m, r: Variant(restyle(b.text, r), b.text, curly=True),
    "truncated start": lambda b, m, r: _draft(cut_words(b.text.split(), r, True), b.text),
    "truncated end": lambda b, m, r: _draft(cut_words(b.text.split(), r, False), b.text),
    "source truncated start": lambda b, m, r: _source(b.text, cut_words(b.text.split(), r, True)),
    "source truncated end": lambda b, m, r: _source(b.text, cut_words(b.text.split(), r, False)),
    "fragment 1-3 words": lambda b, m, r: _fragment(fragment(b, m, r), b.text),
    "elided": lambda b, m, r: _draft(elide(b.text.split(), r), b.text),
    "1 word substituted": lambda b, m, r: _draft(substitute(b.text.split(), r, 1), b.text),
    "2 words substituted": lambda b, m, r: _draft(substitute(b.text.split(), r, 2), b.text),
    "word inserted": lambda b, m, r: _draft(insert_word(b.text.split(), r), b.text),
    "word dropped": lambda b, m, r: _draft(drop_word(b.text.split(), r), b.text),
    "clauses reordered": lambda b, m, r: _draft(reorder(b.text.split(), r), b.text),
    "misattributed": lambda b, m, r: Variant(b.text, b.text, source_speaker=other_person(b, m, r)),
    "transcript": lambda b, m, r: Variant(b.text, b.text, transcript=True),
    "unrelated": lambda b, m, r: Variant(b.text, r.choice(m.others).text),
    "first word substituted": lambda b, m, r: edge_substituted(b, r, first=True),
    "last word substituted": lambda b, m, r: edge_substituted(b, r, first=False),
    "number changed": lambda b, m, r: number_changed(b, r),
    "negation": lambda b, m, r: negated(b, r),
    "word form": lambda b, m, r: word_form(b, r),
    "5-word quote, 1 changed": short_quote_changed,
    "house style": lambda b, m, r: restyled(b, r),
    "bracketed insertion": lambda b, m, r: bracketed(b, r),
    "stock phrase, 2 speakers": stock_phrase,
    "same person, another name": lambda b, m, r: renamed(b, r),
    "credit lines": lambda b, m, r: Variant(b.text, b.text, credits=True),
}


def _draft(draft: str | None, source: str) -> Variant | None:
    return None if draft is None else Variant(draft, source)


def _source(draft: str, source: str | None) -> Variant | None:
    return None if source is None else Variant(draft, source)


def _fragment(draft: str | None, source: str) -> Variant | None:
    return None if draft is None else Variant(draft, source, fragment=True)


@dataclass(frozen=True)
class Expect:
    status: str
    relations: frozenset[str]  # empty: no relation is expected (nothing should match)
    also: frozenset[str] = frozenset()  # other statuses that are right too


def _expect(status: str, *relations: str, also: tuple[str, ...] = ()) -> Expect:
    return Expect(status, frozenset(relations), frozenset(also))


EXPECTED: dict[str, Expect] = {
    "verbatim": _expect("corroborated", "exact"),
    "normalized": _expect("corroborated", "normalized"),
    "truncated start": _expect("corroborated", "fragment-of"),
    "truncated end": _expect("corroborated", "fragment-of"),
    "source truncated start": _expect("partial", "contains"),
    "source truncated end": _expect("partial", "contains"),
    "fragment 1-3 words": _expect("corroborated", "fragment-of"),
    "elided": _expect("corroborated", "elided"),
    "1 word substituted": _expect("altered", "altered"),
    "2 words substituted": _expect("altered", "altered"),
    "word inserted": _expect("altered", "altered"),
    "word dropped": _expect("altered", "altered"),
    "clauses reordered": _expect("altered", "altered"),
    "misattributed": _expect("misattributed", "exact"),
    # the turn is the quote's sentence: exact or normalized (a period for the comma); an
    # implementation may also call the turn the larger passage
    "transcript": _expect("corroborated", "exact", "normalized", "fragment-of"),
    "unrelated": _expect("uncorroborated"),
    "first word substituted": _expect("altered", "altered"),
    "last word substituted": _expect("altered", "altered"),
    "number changed": _expect("altered", "altered"),
    "negation": _expect("altered", "altered"),
    "word form": _expect("altered", "altered"),
    "5-word quote, 1 changed": _expect("altered", "altered"),
    "house style": _expect("corroborated", "editorial"),
    "bracketed insertion": _expect("corroborated", "editorial"),
    "stock phrase, 2 speakers": _expect("uncorroborated"),
    "same person, another name": _expect("corroborated", "exact"),
    # the page's own words, between "AP: Associated Press" and "Photo: Reuters": no transcript,
    # so nobody called "Ap" says them and nothing is misattributed; an outlet's own sentence is
    # weaker evidence than a quote, so a short quote of common words may go unconfirmed
    "credit lines": _expect(
        "corroborated", "exact", "normalized", "fragment-of", also=("uncorroborated",)
    ),
}
KINDS = tuple(BUILDERS)


# --- documents ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    kind: str
    base: Base
    draft: Document
    source: Document
    draft_quote: str  # the draft quote's text as extraction should find it
    extraction_ok: bool  # extraction found exactly that quote, by the right speaker


def quote_paragraph(words: str, person: Person, with_role: bool, curly: bool) -> str:
    left, right = ("“", "”") if curly else ('"', '"')
    who = f"{person.role} {person.name}" if with_role and person.role else person.name
    return f"{left}{words}{closing(words)}{right} {who} said."


def fragment_paragraph(words: str, person: Person, rng: random.Random) -> str:
    template = rng.choice(
        (
            '{who} described it as "{words}" on Monday.',
            '{who} called the decision "{words}" in remarks to reporters.',
            'The situation amounted to "{words}," {who} said.',
        )
    )
    return template.format(who=person.name, words=words)


def transcript_paragraphs(words: str, person: Person, rng: random.Random) -> list[str]:
    honorific, moderator = rng.choice(MODERATORS)
    label = f"{person.honorific} " if person.honorific else ""
    label += person.surname.upper()
    end = "" if words[-1] in "?!" else "."
    turns = rng.sample(TURNS, 2)
    return [
        f"{honorific} {moderator}: {turns[0]}",
        f"{label}: {words}{end}",
        f"{honorific} {moderator}: {turns[1]}",
    ]


def with_filler(paragraphs: list[str], rng: random.Random) -> str:
    filler = rng.sample(FILLER, 3)
    at = rng.randint(1, 2)
    return "\n".join(filler[:at] + paragraphs + filler[at:])


def render(kind: str, base: Base, variant: Variant, rng: random.Random) -> Case:
    speaker = base.speaker
    if variant.fragment:
        draft_par = fragment_paragraph(variant.draft, speaker, rng)
        draft_quote = variant.draft + ("," if f"{variant.draft}," in draft_par else "")
    else:
        draft_par = quote_paragraph(variant.draft, speaker, False, variant.curly)
        draft_quote = variant.draft + closing(variant.draft)
    source_speaker = variant.source_speaker or speaker
    if variant.transcript:
        source_pars = transcript_paragraphs(variant.source, source_speaker, rng)
    elif variant.credits:
        source_pars = ["AP: Associated Press", f"{variant.source}.", "Photo: Reuters"]
    else:
        source_pars = [quote_paragraph(variant.source, source_speaker, True, False)]
    case_id = f"{kind.replace(' ', '-')}/{base.id}"
    draft = Document(f"{case_id}/draft", with_filler([draft_par], rng))
    source = Document(f"{case_id}/source", with_filler(source_pars, rng))
    ok = extracted_as(draft.text, draft_quote, speaker.name)
    if variant.transcript or variant.credits:
        ok = ok and not extract_quotes(source.text)
    else:
        ok = ok and extracted_as(source.text, None, source_speaker.name)
    return Case(kind, base, draft, source, draft_quote, ok)


def extracted_as(text: str, quote: str | None, speaker: str) -> bool:
    """True when ``text`` holds one quote (``quote`` if given), not a term, by ``speaker``."""
    found = extract_quotes(text)
    if len(found) != 1 or found[0].kind == "term" or found[0].speaker is None:
        return False
    return found[0].speaker.name == speaker and quote in (None, found[0].text)


def build_case(kind: str, base: Base, material: Material) -> Case | None:
    """The case, or None when the kind cannot apply to this quote (too short, no clause...).

    A draw whose documents extract wrongly (a fragment read as a term, say) is drawn again.
    """
    rng = random.Random(f"{SEED}:{kind}:{base.id}")
    case = None
    for _ in range(10):
        variant = BUILDERS[kind](base, material, rng)
        if variant is None:
            return None
        case = render(kind, base, variant, rng)
        if case.extraction_ok:
            break
    return case


def build_suite(material: Material) -> list[Case]:
    cases = []
    for kind in KINDS:
        for base in material.bases:
            case = build_case(kind, base, material)
            if case is not None:
                cases.append(case)
    return cases


# --- running and scoring the suite ---------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    status: str  # "no finding" when extraction lost the draft quote
    relation: str | None
    match_doc: str | None
    foreign: bool  # some match is in a document of another case


def outcome_of(case: Case, findings: Sequence[Finding], case_docs: set[str]) -> Outcome:
    mine = [f for f in findings if f.doc_id == case.draft.id]
    chosen = [f for f in mine if f.quote.text == case.draft_quote] or mine
    if not chosen:
        return Outcome("no finding", None, None, False)
    finding = chosen[0]
    best = finding.matches[0] if finding.matches else None
    foreign = any(m.doc_id not in case_docs for m in finding.matches)
    return Outcome(
        finding.status, best.relation if best else None, best.doc_id if best else None, foreign
    )


def run_isolated(cases: list[Case], config: Config) -> tuple[list[Outcome], float]:
    outcomes, began = [], time.perf_counter()
    for case in cases:
        report = corroborate([case.draft, case.source], config=config)
        outcomes.append(outcome_of(case, report.findings, {case.draft.id, case.source.id}))
    return outcomes, time.perf_counter() - began


def mixed_runs(cases: list[Case], bases: list[Base]) -> list[list[int]]:
    """Deal the cases into one run per kind: run r holds base i's case of kind (i + r) mod K."""
    position = {b.id: i for i, b in enumerate(bases)}
    runs: list[list[int]] = [[] for _ in KINDS]
    for index, case in enumerate(cases):
        runs[(KINDS.index(case.kind) - position[case.base.id]) % len(KINDS)].append(index)
    return [run for run in runs if run]


def run_mixed(
    cases: list[Case], bases: list[Base], config: Config
) -> tuple[list[Outcome], float, list[int]]:
    outcomes: list[Outcome | None] = [None] * len(cases)
    began = time.perf_counter()
    runs = mixed_runs(cases, bases)
    for run in runs:
        docs = [d for i in run for d in (cases[i].draft, cases[i].source)]
        report = corroborate(docs, config=config)
        for i in run:
            own = {cases[i].draft.id, cases[i].source.id}
            outcomes[i] = outcome_of(cases[i], report.findings, own)
    done = [o for o in outcomes if o is not None]
    return done, time.perf_counter() - began, [len(r) for r in runs]


def status_correct(case: Case, outcome: Outcome) -> bool:
    expect = EXPECTED[case.kind]
    return outcome.status == expect.status or outcome.status in expect.also


def relation_correct(case: Case, outcome: Outcome) -> bool:
    expect = EXPECTED[case.kind]
    if outcome.status in expect.also:
        return True
    expected = expect.relations
    return outcome.relation in expected if expected else outcome.relation is None


@dataclass(frozen=True)
class Scores:
    recall: float  # micro: cases with the expected status / cases
    macro_recall: float
    macro_precision: float  # mean over the statuses predicted at least once
    worst_precision: tuple[str, float]
    precision: dict[str, float]
    recall_by_status: dict[str, float]


def scores(cases: list[Case], outcomes: list[Outcome]) -> Scores:
    expected = Counter(EXPECTED[c.kind].status for c in cases)
    predicted = Counter(o.status for o in outcomes)
    pairs = [(c, o) for c, o in zip(cases, outcomes, strict=True) if status_correct(c, o)]
    # (a case right under a status its kind also allows counts for precision under the status
    # given, and for recall under the status expected)
    right = Counter(o.status for _, o in pairs)
    found = Counter(EXPECTED[c.kind].status for c, _ in pairs)
    precision = {s: right[s] / predicted[s] for s in predicted}
    by_status = {s: found[s] / expected[s] for s in expected}
    worst = min(precision.items(), key=lambda kv: kv[1])
    return Scores(
        sum(right.values()) / len(cases),
        sum(by_status.values()) / len(by_status),
        sum(precision.values()) / len(precision),
        worst,
        precision,
        by_status,
    )


def kind_rows(
    cases: list[Case], alone: list[Outcome], mixed: list[Outcome], sa: Scores, sm: Scores
) -> list[list[str]]:
    rows = []
    for kind in KINDS:
        idx = [i for i, c in enumerate(cases) if c.kind == kind]
        expect = EXPECTED[kind]
        n = len(idx)

        def rate(test: Callable[[Case, Outcome], bool], outs: list[Outcome]) -> str:
            return fraction(sum(test(cases[i], outs[i]) for i in idx), n)  # noqa: B023

        rows.append(
            [
                kind,
                f"{expect.status} / {', '.join(sorted(expect.relations)) or 'none'}",
                str(n),
                rate(status_correct, alone),
                f"{sa.precision.get(expect.status, float('nan')):.3f}",
                rate(relation_correct, alone),
                rate(status_correct, mixed),
                f"{sm.precision.get(expect.status, float('nan')):.3f}",
                rate(relation_correct, mixed),
                str(sum(mixed[i].foreign for i in idx)),
            ]
        )
    return rows


def show_failures(cases: list[Case], outcomes: list[Outcome], label: str, limit: int) -> None:
    shown: Counter[str] = Counter()
    wrong = [
        (c, o)
        for c, o in zip(cases, outcomes, strict=True)
        if not (status_correct(c, o) and relation_correct(c, o))
    ]
    say(f"\n{len(wrong)} {label} cases with a wrong status or relation" + (":" if wrong else "."))
    for case, outcome in wrong:
        shown[case.kind] += 1
        if shown[case.kind] > limit:
            continue
        expect = EXPECTED[case.kind]
        say(
            f"- {case.draft.id}: expected {expect.status} / "
            f"{'|'.join(sorted(expect.relations)) or 'none'}, got {outcome.status} / "
            f"{outcome.relation} (best match in {outcome.match_doc})"
        )
        if shown[case.kind] == 1:
            for doc in (case.draft, case.source):
                say(f"    {doc.id}:")
                for line in doc.text.splitlines():
                    say(f"      {line}")
    hidden = sum(max(0, n - limit) for n in shown.values())
    if hidden:
        say(f"  ({hidden} more not shown; --failures N shows more per kind)")


def measure_suite(args: argparse.Namespace) -> list[Row]:
    bases = distinct(seed_bases(SEEDS_DIR) + own_bases(QUOTES, "own-"))
    others = own_bases(OTHER_QUOTES, "other-")
    people = [person_of(q) for q in QUOTES]
    material = Material(bases, others, people)
    cases = build_suite(material)
    config = Config()
    seeds = sum(b.id.startswith("seed") for b in bases)
    say("\n## 1. Perturbation suite")
    say(
        f"  base quotes   {len(bases)}: {seeds} from {SEEDS_DIR} (8+ words, distinct), "
        f"{len(bases) - seeds} from match_texts.py"
    )
    say(f"  cases         {len(cases)} ({len(KINDS)} kinds, each skipped where it cannot apply)")
    bad = [c.draft.id for c in cases if not c.extraction_ok]
    say(
        f"  extraction    {len(cases) - len(bad)} cases extract as built"
        + (f"; not: {', '.join(bad[:10])}" if bad else "")
    )
    alone, alone_secs = run_isolated(cases, config)
    mixed, mixed_secs, run_sizes = run_mixed(cases, bases, config)
    say(
        f"  runs          each case alone ({alone_secs:.1f} s in all), then {len(run_sizes)} "
        f"mixed runs of {min(run_sizes)}-{max(run_sizes)} cases ({mixed_secs:.1f} s in all)\n"
    )
    sa, sm = scores(cases, alone), scores(cases, mixed)
    table(
        [
            "kind",
            "expected status / relation",
            "n",
            "status recall",
            "precision of that status",
            "relation acc.",
            "mixed: status recall",
            "mixed: precision",
            "mixed: relation acc.",
            "mixed: matches in other cases",
        ],
        kind_rows(cases, alone, mixed, sa, sm),
    )
    say("\nPer status (precision: of the drafts given this status, how many should have it):\n")
    predicted = sorted({o.status for o in alone + mixed} | set(sa.recall_by_status), key=_order)
    table(
        ["status", "expected", "predicted", "recall", "precision", "mixed: recall", "mixed: prec."],
        [
            [
                s,
                str(sum(EXPECTED[c.kind].status == s for c in cases)),
                str(sum(o.status == s for o in alone)),
                _pct(sa.recall_by_status.get(s)),
                _pct(sa.precision.get(s)),
                _pct(sm.recall_by_status.get(s)),
                _pct(sm.precision.get(s)),
            ]
            for s in predicted
        ],
    )
    say("")
    rows: list[Row] = []
    for label, sc in (("alone", sa), ("mixed", sm)):
        say(
            f"  {label}: status recall {sc.recall:.3f} (macro {sc.macro_recall:.3f}), "
            f"precision macro {sc.macro_precision:.3f}, worst {sc.worst_precision[0]} "
            f"{sc.worst_precision[1]:.3f}"
        )
    rows.append(_target("suite status recall (cases right / cases)", sa.recall, sm.recall))
    rows.append(
        _target(
            "suite status precision (macro over predicted statuses)",
            sa.macro_precision,
            sm.macro_precision,
            TARGET_PRECISION,
        )
    )
    show_failures(cases, alone, "alone", args.failures)
    show_failures(cases, mixed, "mixed", args.failures)
    return rows


def _order(status: str) -> int:
    return STATUSES.index(status) if status in STATUSES else len(STATUSES)


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _target(label: str, alone: float, mixed: float, target: float = TARGET_RECALL) -> Row:
    worst = min(alone, mixed)
    verdict = "met" if worst >= target else f"**not reached** ({worst:.3f})"
    return (f"{label} >= {target}", f"alone {alone:.3f}, mixed {mixed:.3f}", verdict)


Row = tuple[str, str, str]  # target, measured, status


# --- synthetic corpus for the scaling run -----------------------------------------------------


P_PSEUDO = 0.25  # chance of a second pseudo-word in a row (one follows every run of real words)
MAX_RUN = 3  # real words in a row: longer runs would repeat across unrelated quotes
P_GROUP = 1 / 7  # a new quote opens a group of related copies ...
P_COPY = 2 / 9  # ... and a slot takes a copy: about a third of the quotes are related
VARIANTS = ("verbatim", "fragment", "altered", "elided")


@dataclass(frozen=True)
class Planted:
    doc: int  # the document holding the copy
    text: str  # the copy's words (no closing comma)
    origin: int  # the document holding the quote it was made from
    variant: str


@dataclass
class Group:
    words: list[str]
    name: str
    origin: int
    left: int
    docs: set[int]


@dataclass
class Synthetic:
    documents: list[Document]
    quotes: int
    planted: list[Planted]


def pseudo_words(rng: random.Random, count: int) -> list[str]:
    onsets = [*"bcdfghjklmnprstvwz", "br", "ch", "cl", "dr", "gr", "pl", "sh", "st", "th", "tr"]
    vowels = ["a", "e", "i", "o", "u", "ai", "ea", "ou"]
    codas = ["", "", "n", "r", "s", "l", "t", "nd", "st", "m"]
    out: set[str] = set()
    while len(out) < count:
        out.add(
            "".join(
                rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas)
                for _ in range(rng.choice((1, 2, 2, 3)))
            )
        )
    return sorted(out)


class Generator:
    """Seeded synthetic documents: sentences of match_texts.py cut up, recombined, perturbed."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        texts = [q[4] for q in QUOTES + OTHER_QUOTES]
        self.sentences = [t.split() for t in texts]
        self.narration = [t.split() for t in FILLER]
        self.pseudo = pseudo_words(self.rng, 100_000)
        self.names = [f"{f} {s}" for f in FIRST_NAMES for s in SURNAMES]

    def sentence(self, pool: list[list[str]], length: int) -> list[str]:
        """Runs of 1-3 words from random sentences of ``pool``, a pseudo-word after each run.

        Every four words in a row then hold a pseudo-word (one of 100,000), so unrelated
        quotes share a 4-gram only by rare chance, however large the corpus.
        """
        rng, real = self.rng, False
        out: list[str] = []
        while len(out) < length:
            if real or rng.random() < P_PSEUDO:
                out.append(rng.choice(self.pseudo))
                real = False
                continue
            words = rng.choice(pool)
            run = rng.randint(1, MAX_RUN)
            at = rng.randrange(len(words) - run + 1)
            out.extend(words[at : at + run])
            real = True
        del out[length:]
        while len(out) > 1 and not has_letters(out[-1], 1):
            out.pop()
        out[-1] = out[-1].rstrip(",;:.—-")
        out[0] = out[0][:1].upper() + out[0][1:]
        return out

    def new_quote(self) -> list[str]:
        return self.sentence(self.sentences, self.rng.randint(8, 24))

    def copy(self, words: list[str]) -> tuple[str, str]:
        rng = self.rng
        variant = rng.choice(VARIANTS)
        n = len(words)
        if variant == "fragment" and n >= 8:
            length = rng.randint(5, n - 2)
            at = rng.randint(0, n - length)
            text = " ".join(words[at : at + length]).strip(",;:.—- ")
        elif variant == "altered":
            text = substitute(words, rng, rng.choice((1, 2))) or " ".join(words)
        elif variant == "elided":
            text = elide(words, rng) or " ".join(words)
        else:
            variant, text = "verbatim", " ".join(words)
        return variant, text

    def narration_sentence(self) -> str:
        return " ".join(self.sentence(self.narration, self.rng.randint(8, 18))) + "."

    def paragraph(self, text: str, name: str) -> str:
        if self.rng.random() < 0.5:
            return f'"{text}{closing(text)}" said {name}.'
        return f'"{text}{closing(text)}" {name} said.'

    def build(self, quotes: int) -> Synthetic:
        docs: list[Document] = []
        planted: list[Planted] = []
        for document, copies in self.stream(quotes):
            docs.append(document)
            planted += copies
        return Synthetic(docs, quotes, planted)

    def stream(self, quotes: int) -> Iterator[tuple[Document, list[Planted]]]:
        """The documents one by one, each with the planted copies it holds (for corpora
        too large to hold)."""
        rng = self.rng
        groups: deque[Group] = deque()
        made = d = 0
        while made < quotes:
            pars = []
            planted: list[Planted] = []
            for _ in range(min(rng.randint(8, 10), quotes - made)):
                group = next((g for g in groups if d not in g.docs), None)
                if group is not None and rng.random() < P_COPY:
                    variant, text = self.copy(group.words)
                    pars.append(self.paragraph(text, group.name))
                    planted.append(Planted(d, text, group.origin, variant))
                    group.docs.add(d)
                    group.left -= 1
                    if not group.left:
                        groups.remove(group)
                else:
                    words, name = self.new_quote(), rng.choice(self.names)
                    pars.append(self.paragraph(" ".join(words), name))
                    if rng.random() < P_GROUP:
                        groups.append(Group(words, name, d, rng.randint(1, 3), {d}))
                made += 1
            for _ in range(rng.randint(2, 4)):
                pars.insert(rng.randint(0, len(pars)), self.narration_sentence())
            yield Document(f"syn{d:07d}", "\n".join(pars)), planted
            d += 1


def synthesize(quotes: int, seed: int = SEED) -> Synthetic:
    return Generator(seed).build(quotes)


# --- child processes ----------------------------------------------------------------------------


def current_rss() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return peak_rss()


def peak_rss(who: int | None = None) -> int:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF if who is None else who).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def planted_found(report: Report, synth: Synthetic) -> dict[str, list[int]]:
    """Per variant: [pairs found, pairs, copies that extraction did not return as a quote]."""
    by_quote = {(f.doc_id, core_of(f.quote.text)): f for f in report.findings}
    tally: dict[str, list[int]] = {v: [0, 0, 0] for v in VARIANTS}
    for pair in synth.planted:
        counts = tally[pair.variant]
        counts[1] += 1
        finding = by_quote.get((synth.documents[pair.doc].id, pair.text))
        if finding is None:
            counts[2] += 1
            continue
        origin = synth.documents[pair.origin].id
        counts[0] += any(m.doc_id == origin for m in finding.matches)
    return tally


def child_scale(args: argparse.Namespace) -> dict[str, Any]:
    began = time.perf_counter()
    synth = synthesize(args.size)
    generated = time.perf_counter() - began
    gc.collect()
    before = current_rss()
    start = time.perf_counter()
    report = corroborate(synth.documents, workers=args.child_workers)
    seconds = time.perf_counter() - start
    import resource

    return {
        "documents": len(synth.documents),
        "quotes": synth.quotes,
        "findings": len(report.findings),
        "bytes": sum(len(d.text.encode("utf-8")) for d in synth.documents),
        "seconds": seconds,
        "generate_seconds": generated,
        "rss_before": before,
        "peak": peak_rss(),
        "peak_children": peak_rss(resource.RUSAGE_CHILDREN),
        "planted": planted_found(report, synth),
        "counts": report.counts(),
    }


def unquoted_sentences(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """The document's text outside its quotes (and their marks), in sentences of 4+ words."""
    chars = list(text)
    for start, end in spans:
        lo, hi = max(0, start - 1), min(len(text), end + 1)
        chars[lo:hi] = " " * (hi - lo)
    out = []
    for line in "".join(chars).splitlines():
        for sentence in re.split(r"(?<=[.!?])\s+", line.strip()):
            if len(sentence.split()) >= 4:
                out.append(sentence)
    return out


def child_baseline(args: argparse.Namespace) -> dict[str, Any]:
    import numpy as np
    from rapidfuzz import fuzz, process, utils

    synth = synthesize(args.size)
    start = time.perf_counter()
    extractions = [extract(d.text) for d in synth.documents]
    extract_seconds = time.perf_counter() - start
    queries: list[str] = []
    items: list[str] = []
    query_doc: list[int] = []
    item_doc: list[int] = []
    row_of: dict[tuple[int, str], int] = {}
    for d, (doc, found) in enumerate(zip(synth.documents, extractions, strict=True)):
        for q in found.quotes:
            row_of[d, core_of(q.text)] = len(queries)
            queries.append(q.text)
            query_doc.append(d)
        for text in [q.text for q in found.quotes] + unquoted_sentences(
            doc.text, [(q.start, q.end) for q in found.quotes]
        ):
            items.append(text)
            item_doc.append(d)
    qdoc, idoc = np.array(query_doc), np.array(item_doc)
    found_pairs: set[tuple[int, int]] = set()
    start = time.perf_counter()
    # word lists: rapidfuzz compares sequences of hashables, several times faster than characters
    plain_queries = [utils.default_process(q).split() for q in queries]
    plain_items = [utils.default_process(t).split() for t in items]
    done, block = 0, 256
    while done < len(queries):
        hi = min(len(queries), done + block)
        scores = process.cdist(
            plain_queries[done:hi],
            plain_items,
            scorer=fuzz.partial_ratio,
            score_cutoff=BASELINE_CUTOFF,
            dtype=np.uint8,
            workers=args.child_workers,
        )
        rows, cols = np.nonzero(scores)
        keep = idoc[cols] != qdoc[rows + done]
        hits = zip((rows[keep] + done).tolist(), idoc[cols[keep]].tolist(), strict=True)
        found_pairs.update(hits)
        done = hi
        if time.perf_counter() - start > args.budget:
            break
    seconds = time.perf_counter() - start
    tally: dict[str, list[int]] = {v: [0, 0, 0] for v in VARIANTS}
    for pair in synth.planted:
        counts = tally[pair.variant]
        row = row_of.get((pair.doc, pair.text))
        if row is None:
            counts[2] += 1
        elif row < done:
            counts[1] += 1
            counts[0] += (row, pair.origin) in found_pairs
    return {
        "quotes": len(queries),
        "items": len(items),
        "rows_done": done,
        "seconds": seconds,
        "extrapolated": seconds * len(queries) / done,
        "extract_seconds": extract_seconds,
        "pairs_found": len(found_pairs),
        "planted": tally,
        "peak": peak_rss(),
    }


def run_child(argv: list[str], timeout: float) -> dict[str, Any] | str:
    """Run this script as a child; its JSON answer, or "TIMEOUT" / "ERROR: …"."""
    return machine_info.run_child(SCRIPT, argv, timeout)


# --- scaling and baseline sections --------------------------------------------------------------


def recall_of(tally: dict[str, list[int]]) -> tuple[float, str]:
    found = sum(t[0] for t in tally.values())
    total = sum(t[1] for t in tally.values())
    parts = ", ".join(f"{v} {fraction(t[0], t[1])}" for v, t in tally.items())
    lost = sum(t[2] for t in tally.values())
    note = f"; {lost} copies not extracted as quotes" if lost else ""
    return (found / total if total else float("nan")), f"{parts}{note}"


def growth_exponent(points: list[tuple[int, float]]) -> float | None:
    """Least-squares slope of log(seconds) on log(quotes)."""
    if len(points) < 2:
        return None
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(max(s, 1e-6)) for _, s in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    return cov / sum((x - mx) ** 2 for x in xs)


def measure_scaling(args: argparse.Namespace) -> tuple[list[Row], dict[int, dict[str, Any]]]:
    say(
        f"\n## 2. Scaling (synthetic documents; corroborate(docs, workers={args.workers}), "
        "extraction included; each run in a fresh process)\n"
    )
    results: dict[int, dict[str, Any]] = {}
    rows_out = []
    points: list[tuple[int, float]] = []
    failed = False
    for size in args.sizes:
        runs = [args.workers] + ([1] if size <= args.serial_max and args.workers != 1 else [])
        for workers in runs:
            if failed:
                say(f"  {size} quotes, workers={workers}: skipped after a failure")
                continue
            got = run_child(
                ["--child", "scale", "--size", str(size), "--child-workers", str(workers)],
                timeout=args.timeout,
            )
            if isinstance(got, str):
                say(f"  {size} quotes, workers={workers}: {got}")
                failed = workers == args.workers
                continue
            got["workers"] = workers
            recall, detail = recall_of(got["planted"])
            got["recall"] = recall
            say(
                f"  {got['quotes']:>9} quotes, workers={workers}: {got['seconds']:8.2f} s, "
                f"{got['documents']} documents, {got['bytes'] / MB:.1f} MB, peak RSS "
                f"{got['peak'] / MB:.0f} MB (before matching {got['rss_before'] / MB:.0f} MB, "
                f"largest worker {_worker_mb(got)} MB), planted-pair recall "
                f"{recall:.3f} ({detail}); statuses {got['counts']}"
            )
            rows_out.append(got)
            if workers == args.workers:
                results[size] = got
                points.append((got["quotes"], got["seconds"]))
    exponent = growth_exponent(points)
    say(
        f"\n  growth exponent (log-log slope over {len(points)} sizes): "
        + ("n/a" if exponent is None else f"{exponent:.2f}")
    )
    say("")
    table(
        [
            "quotes",
            "documents",
            "MB",
            "workers",
            "seconds",
            "peak RSS MB (main / worker)",
            "planted pairs",
            "recall",
        ],
        [
            [
                str(r["quotes"]),
                str(r["documents"]),
                f"{r['bytes'] / MB:.1f}",
                str(r["workers"]),
                f"{r['seconds']:.2f}",
                f"{r['peak'] / MB:.0f} / {_worker_mb(r)}",
                str(sum(t[1] for t in r["planted"].values())),
                f"{r['recall']:.3f}",
            ]
            for r in rows_out
        ],
    )
    rows: list[Row] = []
    if FULL_SIZE in results:
        secs = results[FULL_SIZE]["seconds"]
        verdict = "met" if secs < TARGET_1M_SECONDS else "**not reached**"
        rows.append(("1M quotes < 300 s (workers=2)", f"{secs:.1f} s", verdict))
    else:
        rows.append(("1M quotes < 300 s (workers=2)", "not run (--full)", "not measured"))
    if exponent is not None:
        verdict = "met" if exponent <= TARGET_EXPONENT else "**not reached**"
        sizes = "/".join(_short(n) for n, _ in points)
        rows.append((f"growth exponent <= {TARGET_EXPONENT}", f"{exponent:.2f} ({sizes})", verdict))
    return rows, results


def _worker_mb(result: dict[str, Any]) -> str:
    return f"{result['peak_children'] / MB:.0f}" if result["peak_children"] else "-"


def _short(n: int) -> str:
    return f"{n // 1_000_000}M" if n >= 1_000_000 else f"{n // 1000}k" if n >= 1000 else str(n)


def measure_baseline(args: argparse.Namespace, scaled: dict[int, dict[str, Any]]) -> list[Row]:
    say(
        f"\n## 3. All-pairs baseline (rapidfuzz cdist, fuzz.partial_ratio >= {BASELINE_CUTOFF} "
        f"on word lists (default_process, split on spaces), {args.workers} threads; every quote "
        "against every quote and unquoted sentence of every other document)\n"
    )
    say(
        "  Baseline seconds are the comparison only (quotes extracted first with "
        "quoteverify.extract, not timed);\n  corroborate's seconds include its own extraction.\n"
    )
    rows: list[Row] = []
    cells = []
    for size in [s for s in args.sizes if s <= args.baseline_max]:
        got = run_child(
            [
                "--child",
                "baseline",
                "--size",
                str(size),
                "--child-workers",
                str(args.workers),
                "--budget",
                str(args.baseline_budget),
            ],
            timeout=args.timeout,
        )
        if isinstance(got, str):
            say(f"  {size} quotes: {got}")
            continue
        partial = got["rows_done"] < got["quotes"]
        seconds = got["extrapolated"] if partial else got["seconds"]
        recall, detail = recall_of(got["planted"])
        note = (
            f" (stopped at the {args.baseline_budget:.0f} s budget after {got['rows_done']} of "
            f"{got['quotes']} quotes; time extrapolated, recall over the quotes done)"
            if partial
            else ""
        )
        say(
            f"  {got['quotes']:>9} quotes x {got['items']} passages: {seconds:.1f} s{note}; "
            f"extraction {got['extract_seconds']:.1f} s (not counted); {got['pairs_found']} "
            f"pairs >= {BASELINE_CUTOFF}; planted recall {recall:.3f} ({detail}); peak RSS "
            f"{got['peak'] / MB:.0f} MB"
        )
        ours = scaled.get(size)
        if ours is None:
            cells.append([str(got["quotes"]), f"{seconds:.1f}", "n/a", "n/a", f"{recall:.3f}", ""])
            continue
        speedup = seconds / ours["seconds"]
        cells.append(
            [
                str(got["quotes"]),
                f"{seconds:.1f}" + (" (extrapolated)" if partial else ""),
                f"{ours['seconds']:.2f}",
                f"{ours['seconds'] / seconds:.4f} ({speedup:.0f}x faster)",
                f"{recall:.3f}",
                f"{ours['recall']:.3f}",
            ]
        )
        if size == 10_000:
            verdict = (
                "met"
                if speedup >= TARGET_SPEEDUP and ours["recall"] >= recall
                else "**not reached**"
            )
            rows.append(
                (
                    f"10k quotes: >= {TARGET_SPEEDUP:.0f}x faster than all-pairs, recall not lower",
                    f"{speedup:.0f}x; recall {ours['recall']:.3f} vs baseline {recall:.3f}",
                    verdict,
                )
            )
    say("")
    table(
        [
            "quotes",
            "baseline s",
            "corroborate s",
            "corroborate / baseline",
            "baseline recall",
            "corroborate recall",
        ],
        cells,
    )
    if not any(r[0].startswith("10k") for r in rows):
        rows.append(("10k quotes: >= 50x faster than all-pairs", "not run at 10k", "not measured"))
    return rows


# --- machine and main ---------------------------------------------------------------------------


def parse_sizes(text: str) -> list[int]:
    try:
        sizes = sorted({int(s.replace("_", "")) for s in text.split(",") if s.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError(f"not comma-separated integers: {text}") from None
    if not sizes or sizes[0] < 10:
        raise argparse.ArgumentTypeError("sizes must be at least 10 quotes")
    return sizes


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--sizes",
        type=parse_sizes,
        default=list(DEFAULT_SIZES),
        help="quotes per scaling run, comma-separated (default: 1000,10000,100000)",
    )
    ap.add_argument("--full", action="store_true", help="add the 1,000,000-quote run")
    ap.add_argument("--workers", type=int, default=2, help="corroborate workers (default 2)")
    ap.add_argument(
        "--serial-max",
        type=int,
        default=10_000,
        help="sizes up to this also run with workers=1 (default 10000)",
    )
    ap.add_argument(
        "--baseline-max",
        type=int,
        default=10_000,
        help="largest size for the all-pairs baseline (default 10000)",
    )
    ap.add_argument(
        "--baseline-budget",
        type=float,
        default=900.0,
        help="seconds of baseline comparison per size before it stops and extrapolates",
    )
    ap.add_argument(
        "--timeout", type=float, default=3600.0, help="seconds allowed for each child process"
    )
    ap.add_argument("--failures", type=int, default=3, help="failed suite cases shown per kind")
    for section in ("suite", "scale", "baseline"):
        ap.add_argument(
            f"--{section}",
            action=argparse.BooleanOptionalAction,
            default=True,
            help=f"run the {section} section (default: on)",
        )
    # internal: this script re-runs itself as a fresh child process for each size
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--size", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--child-workers", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--budget", type=float, default=900.0, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.full and FULL_SIZE not in args.sizes:
        args.sizes = sorted([*args.sizes, FULL_SIZE])
    if args.workers < 1:
        ap.error("--workers must be at least 1")
    return args


def inputs(args: argparse.Namespace) -> None:
    say("\n## Inputs")
    say(f"  seed          {SEED} (random.Random everywhere; string seeds per suite case)")
    say(f"  seeds         {SEEDS_DIR} (read at run time)")
    say(
        f"  texts         match_texts.py: {len(QUOTES)} base quotes, {len(OTHER_QUOTES)} "
        f"unrelated quotes, {len(FILLER)} filler sentences, {len(TURNS)} transcript turns"
    )
    say(f"  config        {Config()}")
    say(
        f"  scaling       sizes {', '.join(map(str, args.sizes))} quotes; workers={args.workers}"
        f" (and 1 up to {args.serial_max}); baseline up to {args.baseline_max} quotes, "
        f"{args.baseline_budget:.0f} s budget; {args.timeout:.0f} s per child process"
    )


def main() -> int:
    args = parse_args()
    if args.child:
        child = child_scale if args.child == "scale" else child_baseline
        say(json.dumps(child(args)))
        return 0
    began = time.perf_counter()
    say("## Machine")
    info = machine(("quoteverify", "rapidfuzz", "numpy", "attrs"))
    for key, value in info.items():
        say(f"  {key:13} {value}")
    inputs(args)
    rows: list[Row] = []
    if args.suite:
        rows += measure_suite(args)
    scaled: dict[int, dict[str, Any]] = {}
    if args.scale:
        scale_rows, scaled = measure_scaling(args)
        rows += scale_rows
    if args.baseline:
        rows += measure_baseline(args, scaled)
    say(f"\n## Targets (the benchmark ran {time.perf_counter() - began:.0f} s)\n")
    say(
        f"{info['date']} · {info['cpu']}, cores {info['cores']} · {info['python']} · "
        f"{info['packages']} · commit {info['commit']}\n"
    )
    table(["target", "measured", "status"], rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
