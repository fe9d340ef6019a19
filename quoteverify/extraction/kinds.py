"""What a quote is: someone's `utterance`, a `fragment` of their words inside the writer's
sentence, or a `term` nobody is quoted as saying (a title, a nickname, a scare quote).

``quote_kind`` decides, in order: a stage direction in brackets is a term; a title after an
owner (`MSNBC's "Morning Joe"`) or alone in its paragraph is a term; a quote that opens its
clause is an utterance (a term if it has no speaker and three words or fewer); with no
speaker, five words or more are a fragment; a name a speaker gives (`called Rubio "Little
Marco"`) is a fragment; a title, a term introduced as one (`the so-called "`), or a nickname
inside a name is a term; anything else is a fragment.

>>> is_title(["Northern", "Lights"]), is_title(["We", "are", "ready"])
(True, False)
"""

from __future__ import annotations

from quoteverify.extraction.heads import is_role_head
from quoteverify.extraction.marks import Segment
from quoteverify.extraction.names import POSSESSIVE_ENDS, Mention, is_name_word
from quoteverify.extraction.tokens import Token, tokens_backward
from quoteverify.extraction.windows import Attribution
from quoteverify.lexicon import CUE_VERBS, TERM_INTRODUCERS, TITLE_NOUNS
from quoteverify.model import QuoteKind, Speaker


def quote_kind(
    text: str, seg: Segment, found: Attribution, speaker: Speaker | None, lo: int, alone: bool
) -> QuoteKind:
    """What a segment is; `alone`: it is all its paragraph holds (a heading, if a title)."""
    content = text[seg.start : seg.end]
    if content.startswith(("(", "[")) and content.rstrip(" .").endswith((")", "]")):
        return "term"  # a stage direction in a transcript: `"(CROSSTALK.)`
    if (alone or _after_possessive(text, seg.outer_start)) and _title(content):
        return "term"  # `told MSNBC's "Morning Joe."`, a section heading `'All Bets Are Off.'`
    if _on_a_programme(text, seg.outer_start):
        letters = _capitalised_letters(content.split())
        if letters is not None and 0 < len(letters) <= _PROGRAMME_WORDS:
            return "term"  # `he said on "Outnumbered."`: where it was said
    if found.clause_start or seg.continued or seg.continues:
        # more than three words: split off four at most
        return "utterance" if speaker is not None or len(content.split(None, 3)) > 3 else "term"
    if speaker is None:
        # five words or more are someone's, even if we cannot tell whose
        return "fragment" if len(content.split(None, 4)) >= 5 and not _title(content) else "term"
    if _names_it(text, found, seg.outer_start):
        return "fragment"  # `he called Rubio "Little Marco"`: the name is the speaker's word
    if _title(content) or introduced_as_term(text, lo, seg.outer_start, content):
        return "term"
    if _is_nickname(text, seg):
        return "term"
    return "fragment"


def _title(content: str) -> bool:
    """Whether a quote's words read as a title: a few words (a quote can run to hundreds).
    (A function of its own, not one nested in :func:`quote_kind`: compiled, a nested function
    and its closure refer to each other, two objects per quote only the cyclic collector frees.)"""
    return len(content) <= 120 and is_title(content.split(), stop=True)


def _names_it(text: str, found: Attribution, open_at: int) -> bool:
    """Whether someone is the subject of a naming verb before the quote: a person (`Trump
    called Rubio "`, `what he dubbed the "`), or anyone naming an object (`a Times article
    hailed Trump as "`); but not `a website called "`, where nobody names it."""
    cue, m = found.cue, found.mention
    if (
        cue is None
        or m is None
        or m.end > cue.start
        # (the verb may follow an auxiliary: "has dubbed")
        or not any(CUE_VERBS.get(w.lower()) in _NAMING_VERBS for w in cue.text.split()[:3])
    ):
        return False
    if m.kind in ("name", "pronoun") or (m.kind == "role" and _names_people(m)):
        return True
    between = text[cue.end : open_at].split()
    return any(w[:1].isalpha() and w.lower() not in _DETERMINER_WORDS for w in between)


def _names_people(m: Mention) -> bool:
    """Whether a role mention's head is a word for people: `one Latino conservative`, not
    `a short film` (a phrase after a determiner is read as a role whatever its head)."""
    return is_role_head(m.text.rsplit(None, 1)[-1].lower())


_NAMING_VERBS = frozenset({"call", "dub", "label", "brand", "nickname", "term", "hail"})
_DETERMINER_WORDS = frozenset({"a", "an", "the", "as", "it", "its"})


def _is_nickname(text: str, seg: Segment) -> bool:
    """James "Jimmy" Ortega: a quoted capitalised word between the parts of a name."""
    before = text[seg.outer_start - 30 if seg.outer_start > 30 else 0 : seg.outer_start].split()
    after = text[seg.outer_end : seg.outer_end + 30].split()
    content = text[seg.start : seg.end].split()
    return (
        0 < len(content) <= 2
        and bool(before and after)
        and before[-1][:1].isupper()
        and after[0][:1].isupper()
        and content[0][:1].isupper()
    )


_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "at", "with", "by"}
)


def is_title(words: list[str], *, stop: bool = False) -> bool:
    """ "Tough Choices", "Northern Lights": capitalised words with no sentence punctuation
    (with `stop`, a final period is allowed after two words or more: `"Shark Tank."`)."""
    letters = [w for w in words if w[:1].isalpha()]
    if not letters or len(letters) > 8 or words[-1][-1:] in "?!":
        return False
    if words[-1].endswith(".") and (not stop or len(letters) < 2 or words[-1].endswith("..")):
        return False  # a period, unless allowed (but never an ellipsis)
    for w in letters:  # (a loop, not all() over a generator)
        if not (w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS):
            return False
    return len(letters) > 1 or is_name_word(Token(letters[0], 0, 0))


def is_headline(words: list[str]) -> bool:
    """A paragraph written as a headline: `Clinton Calls Trump's Remarks 'Troubling.'`, every
    word capitalised but the small ones, twenty words at most."""
    letters = _capitalised_letters(words)
    return letters is not None and 3 <= len(letters) <= 20


def _capitalised_letters(words: list[str]) -> list[str] | None:
    """The words that start with a letter (past an opening mark), if every one is capitalised
    or a title's small word; else None."""
    letters = [w.lstrip("‘“'\"([") for w in words]
    letters = [w for w in letters if w[:1].isalpha()]
    if all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in letters):
        return letters
    return None


_PROGRAMME_WORDS = 18  # words of a programme's name, at most


def _on_a_programme(text: str, open_at: int) -> bool:
    """Whether the quote names where words were said: `said on "`, `appearing on "`."""
    before = text[open_at - 30 if open_at > 30 else 0 : open_at].split()
    if len(before) < 2 or before[-1].lower() != "on":
        return False
    verb = before[-2].lower().strip(",")
    return verb in _SAID_ON or (verb.endswith("ed") and verb not in {"based", "focused"})


_SAID_ON = frozenset(
    "said says told spoke speaking appearing appears appearance interview remarks".split()
)


def _after_possessive(text: str, open_at: int) -> bool:
    """Whether an owner's name stands right before the quote: `MSNBC's "`, `his 1994 "`."""
    before = text[open_at - 12 if open_at > 12 else 0 : open_at].rstrip().split()
    if not before:
        return False
    last = before[-1]
    if last.isdigit() and len(before) > 1:
        last = before[-2]  # "his 1994"
    return last.lower() in {"his", "her", "their", "its"} or (
        last[:1].isupper() and last.endswith(POSSESSIVE_ENDS)
    )


_TERM_LEADS = TERM_INTRODUCERS - {"called"}


def introduced_as_term(text: str, lo: int, open_at: int, content: str) -> bool:
    """`the album "`, `so-called "`, `a book titled "`: a name or title follows."""
    start = open_at - 40 if open_at - 40 > lo else lo  # (a test, not max(): see clause_before)
    comma = False
    for k, tok in enumerate(tokens_backward(text, start, open_at)):
        if k == 0 and tok.text == ":":
            return False  # `the phrase he used: "…"`: words, not a title
        if k == 0 and tok.text == ",":
            comma = True
            continue
        if comma:
            # `DuVernay's documentary, "13th"`, `on Mr. King's show, "Politicking"`: a title in
            # apposition (but `said of the episode, "I don't like it"`: words, not a title)
            return tok.lower in TITLE_NOUNS and _title_like(content)
        if tok.is_word:
            # the last word of the 40 characters before, not a name: `by Paul Song "`; a
            # title noun only before a capital: `the album "Northern Lights"`
            if tok.text[0].isupper():
                return False
            if tok.lower in TITLE_NOUNS:
                return not content[:1].islower()
            return tok.lower in _TERM_LEADS
    return False


def _title_like(content: str) -> bool:
    """A title's shape: capitalised words (`Women in Power`), or one word that starts with a
    capital or a digit (`Politicking`, `13th`)."""
    words = content.split()
    if len(words) == 1:
        return words[0][:1].isupper() or words[0][:1].isdigit()
    return is_title(words, stop=True)
