"""Who the document names, and where: what surnames and pronouns can resolve to.

``name_events`` scans the text outside quotes once, before attribution, for runs of capitalised
words, in text order. A run with evidence of a person (a title or honorific, a role, a first
name the lexicon knows: "Sen. Ana Ruiz", "Pentagon spokeswoman Sabrina Singh") is an event the
cast learns when attribution reaches it, with whether it is a subject (a verb follows, perhaps
after an apposition). A run with no such evidence ("Colm Ferreira") is kept by its surname: a
later "Ferreira said" shows that it names a person. :class:`Sightings` finds where a surname was
last written alone, outside quotes.

>>> from quoteverify.extraction.marks import scan
>>> from quoteverify.extraction.paragraphs import paragraphs
>>> text = 'Sen. Ana Ruiz met Colm Ferreira. "No," Ferreira said.'
>>> segments, _ = scan(text, paragraphs(text))
>>> events, bare, _ = name_events(text, segments)
>>> [(start, person[0]) for start, person, _ in events], sorted(bare)
([(0, 'Ana Ruiz')], ['ferreira'])
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from quoteverify.extraction.heads import is_role_head
from quoteverify.extraction.marks import Segment
from quoteverify.extraction.mentions import apposed_role, apposition, mention_before
from quoteverify.extraction.names import OWNER_ENDS, Mention, is_name_word
from quoteverify.extraction.subjects import NOT_VERBS, PRESENTERS
from quoteverify.extraction.things import is_thing, thing_before
from quoteverify.extraction.tokens import Token, tokens
from quoteverify.lexicon import (
    ABBREVIATIONS,
    HONORIFICS,
    INVERTED_CUES,
    NAME_PREFIXES,
    PERSON_EVIDENCE,
)
from quoteverify.lexicon_names import FEMALE_NAMES, MALE_NAMES

_NEXT_WORD_RE = re.compile(r"[ \t]+([a-z]+)\b")
# (the first of the words after the first written out: a repeat read the same, but quicker)
_NAME_RUN_RE = re.compile(
    r"[A-Z][\w’'\-]*\.?[ \t]+[A-Z](?:\.|[\w’'\-]+)(?:[ \t]+[A-Z](?:\.|[\w’'\-]+))*"
)

# PERSON_EVIDENCE as the words appear in running text: "Sen.", "Mary", "President".
_EVIDENCE = frozenset(
    form
    for word in PERSON_EVIDENCE
    for form in (word, word.capitalize(), word.capitalize() + ".", word.upper())
)


def _has_honorific(mention: Mention) -> bool:
    return mention.text.split()[0].lower() in HONORIFICS


# _NAME_RUN_RE, read in linear time: a capital, the rest of its word read once (group 1, by
# lookahead and backreference: what follows a name's first word is no word character), then
# either the rest of a name run or, after a word of 40 characters or more, nothing (group 2):
# that word is then skipped whole. finditer over _NAME_RUN_RE would try again at each capital of
# the word, each time reading to its end (quadratic on "AAAA…"), and fail as at the first one.
_FIRST_WORD = r"[A-Z][\w’'\-]*"
if not _NAME_RUN_RE.pattern.startswith(_FIRST_WORD):
    raise ValueError("_NAME_SCAN_RE assumes that _NAME_RUN_RE starts with " + _FIRST_WORD)
_NAME_SCAN_RE = re.compile(
    r"[A-Z](?=([\w’'\-]*))\1(?:"
    + _NAME_RUN_RE.pattern[len(_FIRST_WORD) :]
    # (no space among the 40 characters is tested first: a quick test that fails for most words)
    + r"|(?<=[^ ]{40})(?<=[\w’'\-]{40})())"
)


def _ends_sentence(word: str) -> bool:
    """Whether a capitalised word read with its period ends a sentence: not an initial or an
    abbreviation ("J.", "Sen.", "Rev.")."""
    if not word.endswith(".") or len(word) < 3:
        return False
    low = word.lower()
    return low[:-1] not in ABBREVIATIONS and low not in NAME_PREFIXES and "." not in low[:-1]


@lru_cache(maxsize=4096)  # the same few words come back in every text: "House", "Trump"
def _is_name_text(word: str) -> bool:
    return is_name_word(Token(word, 0, 0))


_Named = tuple[str, str | None, str | None]  # a person's name, role and gender
_MEMO_LIMIT = 200  # characters: longer windows are not memoised (the memo's size stays small)


@lru_cache(maxsize=1024)  # a text names its people again and again, the same way: "Donald Trump"
def _person_named(window: str) -> _Named | None:
    """The person a name run at the end of the window names, if its words show that it is a
    person (a role, a gender, and a first name or an honorific)."""
    toks = tokens(window, 0, len(window))
    mention = mention_before(toks, len(toks))
    if (
        mention is not None
        and mention.kind == "name"
        and (mention.role or mention.gender)  # evidence that this is a person
        and (" " in mention.name or _has_honorific(mention))
    ):
        return mention.name, mention.role, mention.gender
    return None


Bare = dict[str, list[tuple[int, str]]]  # names by lowercased last word, with offsets


def name_events(
    text: str, segments: Sequence[Segment], things: set[str] | None = None
) -> tuple[list[tuple[int, _Named, bool]], Bare, list[tuple[int, str]]]:
    """People named outside quotes, in text order: what pronouns and surnames resolve to.

    Each comes with whether it looks like a subject (a lowercase word, likely a verb, follows).
    Also returned: names with nothing to show they name a person ("Colm Ferreira": no title
    and a first name the lexicon does not know), by lowercased last word, with their offsets.
    A bare surname later used as a speaker ("Ferreira said") is such evidence. And those of
    them of two words or more, in text order: for a pronoun no known person fits (not a
    place's or a building's name: "Harbour Town lost"). Names that a vessel or work noun
    introduces ("the trawler Mary Rose") are no people: they go to things, if given.
    """
    events: list[tuple[int, _Named, bool]] = []
    bare: Bare = {}
    subjects: list[tuple[int, str]] = []
    if not segments:
        return events, bare, subjects
    # the quotes' outer spans, in text order, read once with the scan
    spans = iter([(s.outer_start, s.outer_end) for s in segments])
    quote_start, quote_end = next(spans)
    no_evidence = _EVIDENCE.isdisjoint
    # names after the last quote can resolve nothing
    for m in _NAME_SCAN_RE.finditer(text, 0, segments[-1].start):
        if m.lastindex == 2:
            continue  # a long word that starts no name run
        start = m.start()
        if start >= quote_start:  # (the last quote's start bounds the scan: spans remain)
            while quote_end <= start:
                quote_start, quote_end = next(spans)
            if quote_start <= start:
                continue  # inside a quote
        run, end = m.group(), m.end()
        owner = run.endswith(OWNER_ENDS)
        if owner:  # `Donald Trump’s recent gains`: the name, though not the subject
            run, end = run[:-2], end - 2
        parts = run.split()
        if _ends_sentence(parts[0]):
            # `said Ortiz. Berg, his teammate,`: the first word ends a sentence, no name
            if len(parts) < 3:
                continue
            rest = run.split(None, 1)[1]
            start, run, parts = start + len(run) - len(rest), rest, parts[1:]
        if no_evidence(parts):
            # no title, honorific or known first name: cannot tell it is a person yet
            if len(parts) > 1 and (parts[0] in INVERTED_CUES or parts[0] in PRESENTERS):
                # an inverted cue opens the sentence: `Continued Stone, "`, `Here's Clinton:`
                start += len(parts[0]) + 1
                run = run[len(parts[0]) + 1 :]
                parts = parts[1:]
            if len(parts) <= 3 and all(map(_is_name_text, parts)):
                bare.setdefault(parts[-1].lower(), []).append((start, run))
                if len(parts) > 1 and not owner and "." not in run and not is_thing(run):
                    subjects.append((start, run))  # (whether a verb follows is read if needed)
            continue
        if thing_before(text, start):
            if things is not None:
                things.add(run)  # "the trawler Mary Rose": a vessel, whatever its name
            continue
        # read back a little for a lowercase role before the name: "spokeswoman Sabrina Kell"
        lead = text[start - 24 if start > 24 else 0 : start].rsplit(None, 1)
        back = 40 if lead and is_role_head(lead[-1].lower()) else 0
        window = text[start - back if start > back else 0 : end]
        if len(window) <= _MEMO_LIMIT:
            person = _person_named(window)
        else:  # a run of hundreds of capitalised words: read, not kept in the memo
            person = _person_named.__wrapped__(window)
        if person is not None:
            subject = not owner and (verb_follows(text, end) or _verb_after_apposition(text, end))
            if person[1] is None and not owner:
                role = apposed_role(text, end)
                if role is not None:
                    # `Mark Rutte, the NATO chief,`: the role "the NATO chief" resolves to
                    person = (person[0], role, person[2])
            shared = _sharing_surname(text, start, person[0])
            if shared is not None:
                events.append(shared)  # "Hillary and Bill Clinton": Hillary Clinton as well
            events.append((start, person, subject))
    return events, bare, subjects


# A first name and "and" right before a name: "Hillary and Bill Clinton", "Ana y Luis Ruiz".
_FIRST_AND_RE = re.compile(r"\b([A-Z][a-z]+) (?:and|&) $")


def _sharing_surname(text: str, start: int, name: str) -> tuple[int, _Named, bool] | None:
    """The person a first name coordinated with a full name names: in "Hillary and Bill
    Clinton", Hillary Clinton, with the gender her first name gives."""
    before = _FIRST_AND_RE.search(text, start - 20 if start > 20 else 0, start)
    if before is None or " " not in name:
        return None
    first = before.group(1)
    gender = "female" if first.lower() in FEMALE_NAMES else None
    if first.lower() in MALE_NAMES:
        gender = "male"
    if gender is None:
        return None  # a first name the lexicon knows: not "Johnson and Johnson"
    return before.start(1), (f"{first} {name.rsplit(None, 1)[-1]}", None, gender), False


class Sightings:
    """Where a surname was last written alone, outside quotes, before a point."""

    def __init__(self, text: str, segments: Sequence[Segment]) -> None:
        self.text = text
        self.segments = segments
        self.outer_starts = [s.outer_start for s in segments]

    def last(self, surname: str, lo: int, hi: int) -> tuple[int, bool] | None:
        """The last sighting in text[lo:hi], and whether a verb-like lowercase word follows it
        (not after "the": `the Hale campaign` is no mention of Hale, and `Hale’s doctor` is
        not Hale doing something)."""
        text = self.text
        at = text.rfind(surname, lo, hi)
        while at >= 0:
            end = at + len(surname)
            if (
                not _in_word(text[at - 1 : at])
                and not _in_word(text[end : end + 1])  # not `anti-Trump`, `Trump-Pence`
                and text[at - 4 : at].lower() != "the "
                and not self.inside_quote(at)
            ):
                return at, verb_follows(text, end)
            at = text.rfind(surname, lo, at)
        return None

    def inside_quote(self, at: int) -> bool:
        k = bisect_right(self.outer_starts, at) - 1
        return k >= 0 and at < self.segments[k].outer_end


def _in_word(char: str) -> bool:
    return char.isalnum() or char == "-"


def verb_follows(text: str, end: int) -> bool:
    """Whether a lowercase word that may be a verb follows a name ending at end: a subject."""
    after = _NEXT_WORD_RE.match(text, end)
    return after is not None and after.group(1) not in NOT_VERBS


_AGE_RE = re.compile(r", \d{1,3},")


def _verb_after_apposition(text: str, end: int) -> bool:
    """Whether a verb follows an age or a role in apposition after a name that ends at end:
    `Liz Hale, 50, received`, `Mark Rutte, the NATO chief, said` (the name is a subject)."""
    if text[end : end + 1] != ",":
        return False
    age = _AGE_RE.match(text, end)
    if age is not None:
        return verb_follows(text, age.end())
    role = apposition(text, end)
    return (
        role is not None
        and text[role.end() : role.end() + 1] == ","
        and verb_follows(text, role.end() + 1)
    )
