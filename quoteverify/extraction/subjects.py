"""The subject of a clause: who does the verb that reports a quote.

``sentence_subject`` reads a clause's first noun phrase after what may open it: a dateline
("WASHINGTON —"), a prepositional or adverbial opener ("At a rally in Ames, Iowa, on Sunday,",
"Hours later,"), a participle ("Speaking to reporters,"). Next to a verb, ``appositive_subject``
steps back over an apposition ("Rutte, the NATO chief, said"), ``dashed_subject`` over an aside
between dashes, and ``relative_who`` finds a relative subject ("McConnell, who in 2010 said").
For a quote with no verb, ``colon_speaker`` reads a name and a colon ("Trump: ", "Here's
Clinton:") and ``nearest_subject`` the closest name that a verb follows.

>>> from quoteverify.extraction.tokens import tokens
>>> text = "At a rally in Ames, Iowa, on Sunday, Hillary Clinton said"
>>> sentence_subject(tokens(text, 0, len(text))).name
'Hillary Clinton'
"""

from __future__ import annotations

from quoteverify.extraction.heads import DETERMINERS
from quoteverify.extraction.mentions import apposed_name, given_role, mention_after, mention_before
from quoteverify.extraction.names import Mention, is_name_word, is_plural, pronoun_of
from quoteverify.extraction.tokens import Token
from quoteverify.extraction.verbs import AUXILIARIES, LY_NOUNS, index_at, skip_adverbs_forward
from quoteverify.lexicon import (
    ADVERB_ENDINGS,
    DASHES,
    LEADING_PREPOSITIONS,
    OPENER_LEADS,
    PREPOSITIONS,
    SENTENCE_OPENERS,
)

_MAX_APPOSITION = 30  # tokens in "Name, a former official who now studies …, said"


def acts(toks: list[Token], subject: Mention) -> bool:
    """Whether a verb follows the subject (after an apposition or a parenthesis, if any)."""
    k = index_at(toks, subject.end)
    if "," in subject.text and k < len(toks) and toks[k].text == ",":
        k += 1  # `Another commuter, Jane Wei, said`: the name is the apposition, and it closes
    else:
        k = _past_apposition(toks, k)
    k = skip_adverbs_forward(toks, k)
    return k < len(toks) and toks[k].is_word and toks[k].text.islower()


def _past_apposition(toks: list[Token], k: int) -> int:
    """Where the clause goes on after a subject's parenthesis and apposition, from toks[k]:
    `(Vt.), who lost the primaries to Clinton,` or `, R-Ky.,`."""
    if k < len(toks) and toks[k].text == "(":
        while k < len(toks) and toks[k].text != ")":
            k += 1
        k += 1
    if k < len(toks) and toks[k].text == ",":
        k += 1
        while k < len(toks) and toks[k].text != ",":
            k += 1
        k += 1
    return k


def relative_who(toks: list[Token], v: int) -> int | None:
    """The index of `, who` (or `, which`) a few words before a verb (`McConnell, who in
    2010 said`); `which` may follow a name with no comma (`the Chicago Police Department
    which reported`)."""
    for k in range(v - 1, v - 5 if v > 5 else 0, -1):
        if toks[k].lower in {"who", "which"} and (
            toks[k - 1].text == "," or (toks[k].lower == "which" and toks[k - 1].is_capitalized)
        ):
            return k
        if not toks[k].is_word:
            return None
    return None


SUBORDINATORS = frozenset("when if because although though while as after before once".split())


def verb_like(low: str) -> bool:
    """A finite verb, roughly: `had`, `were`, `congregated`, `use`."""
    return low in AUXILIARIES or low.endswith("ed") or low in {"use", "chant", "shout", "hold"}


def after_preposition(toks: list[Token], m: Mention) -> bool:
    """Whether a mention is a preposition's object ("through the streets", "in Baltimore")."""
    k = index_at(toks, m.start)
    return 0 < k < len(toks) and toks[k - 1].lower in PREPOSITIONS


def appositive_subject(toks: list[Token], comma: int) -> Mention | None:
    """`Rutte, the NATO chief, said`: the name before the first comma of the apposition, or
    before an earlier one (`Sanders, meanwhile, who has no endorsements, said`)."""
    if comma > 0 and toks[comma - 1].text == ")":
        m = mention_before(toks, comma)
        if m is not None and m.kind == "name":
            return m  # "Gov. John Kasich (R-Ohio), said": a stray comma, no apposition
    head = sentence_subject(toks[:comma])
    if head is not None and head.kind in ("name", "organization"):
        k = index_at(toks, head.end)
        if k < comma and toks[k].text == ",":
            # `Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, said`,
            # `Rubio, whose hometown, Miami, is at risk, argues`: the clause's subject
            return head
    j = comma - 1
    while j >= 1 and comma - j < _MAX_APPOSITION:
        if toks[j].text == ",":
            m = mention_before(toks, j)
            if m is not None and m.kind == "role" and not is_plural(toks[j - 1].lower):
                # `The group's spokesman, John Smith, said`: the name the role is given (not
                # `Two analysts, Ann Lee and Tom Ruiz, said`: a name is one of them)
                named = apposed_name(toks, j)
                if named is not None and toks[comma].start == named.end:
                    return given_role(named, m.text, m.start)
            if m is not None:
                return m
        j -= 1
    return None


def dashed_subject(toks: list[Token], close: int) -> Mention | None:
    """`A former senator -- Ana Ruiz, who lost in 2008 -- said`: a name opening the aside
    between dashes, or else the subject before it (`Trump - who said … - said`)."""
    j = dashes_before(toks, close) - 1
    while j > 0 and close - j < _MAX_APPOSITION and toks[j].text not in DASHES:
        j -= 1
    if j <= 0 or toks[j].text not in DASHES:
        return None
    inner = mention_after(toks, j + 1)
    if inner is not None and inner.kind == "name":
        return inner
    return mention_before(toks, dashes_before(toks, j))


def dashes_before(toks: list[Token], end: int) -> int:
    """Where the run of dashes just before toks[end] starts ("--" is two tokens); end if
    toks[end - 1] is no dash."""
    k = end
    while k > 0 and toks[k - 1].text in DASHES:
        k -= 1
    return k


def sentence_subject(toks: list[Token]) -> Mention | None:
    """The first noun phrase of a clause, after a leading "At the debate," adverbial."""
    start = _after_dateline(toks)
    # an opener ("At the rally in Salem on Monday night,") ends at a comma
    stop = start + 13 if start + 13 < len(toks) else len(toks)
    commas = [k for k in range(start, stop) if toks[k].text == ","]
    if start < len(toks) and toks[start].lower in LEADING_PREPOSITIONS:
        if not commas:
            return None
        start = commas[0] + 1
    elif commas and _is_adverbial(toks[start : commas[0]]):
        start = commas[0] + 1  # "Hours later, Trump ...", "Reluctantly, Brafman ..."
    m = mention_after(toks, start)
    if start and toks[start - 1].text == ",":
        # the opener goes on: "At a rally in Ames, Iowa, on Sunday, Clinton said",
        # "Speaking in Salem, New Hampshire, Trump went" (but not "Suu Kyi, 70, said")
        for k in commas[1:]:
            if k < start:
                continue
            # "On July 6, 2015, Sanders": a year goes on the date
            opens = toks[start].lower in LEADING_PREPOSITIONS or toks[start].text.isdigit()
            # "Following a swiftly called, late-afternoon meeting, the Council": no subject
            # and no verb between the commas, so the opener's phrase goes on
            adjectives = m is None and not any(verb_like(t.lower) for t in toks[start:k])
            if not opens and not adjectives and (m is None or index_at(toks, m.end) != k):
                break
            if k + 1 >= len(toks):
                break
            nxt = toks[k + 1]
            if not (
                opens
                or nxt.lower in LEADING_PREPOSITIONS
                or is_name_word(nxt)
                or (adjectives and nxt.lower in DETERMINERS)
            ):
                break
            start = k + 1
            m = mention_after(toks, start)
    if m is not None and _is_participle_opener(toks, m):
        # "Marking the end of the primaries with a formal speech -- complete with a
        # teleprompter -- Trump told supporters": the subject follows the opener
        k = index_at(toks, m.end)
        ends = [j for j in range(k, len(toks)) if toks[j].text == ","]
        m = mention_after(toks, ends[0] + 1) if ends else None
    return m if m is not None and m.kind in ("name", "pronoun", "organization", "role") else None


def _is_participle_opener(toks: list[Token], m: Mention) -> bool:
    """A capitalised participle read as a name: "Marking the end", "Speaking to reporters"."""
    if m.kind != "name" or " " in m.name or not m.name.endswith("ing") or m.role or m.gender:
        return False
    k = index_at(toks, m.end)
    return k < len(toks) and toks[k].text.islower() and toks[k].is_word


def _after_dateline(toks: list[Token]) -> int:
    """Where a sentence starts after a dateline: "WASHINGTON —", "Washington (AFP) –",
    "PHILADELPHIA, July 25 (UPI) —"."""
    for k in range(len(toks) if len(toks) < 10 else 10):
        if toks[k].text in DASHES or toks[k].text == "--":
            before = toks[k - 1] if k else None
            if before is not None and (before.text == ")" or before.text.isupper()):
                return k + 1
            return 0
        if toks[k].is_word and toks[k].text.islower():
            return 0
    return 0


def _is_adverbial(toks: list[Token]) -> bool:
    """A short opener that is not the subject: "Hours later", "Reluctantly", "Last week"."""
    if not toks or len(toks) > 12:
        return False
    words = [t.lower for t in toks]
    if words[0].endswith("ly") and words[0] not in LY_NOUNS and len(words) > 1:
        if words[1] in LEADING_PREPOSITIONS or words[1] in {"after", "before", "into"}:
            return True  # "Shortly after Murphy's call ended,", "Early in the race,"
    if len(toks) > 4 and not words[0].endswith("ing"):
        return False
    if words[-1] in SENTENCE_OPENERS:
        return True
    if words[0].endswith("ing") and toks[0].is_capitalized and words[0] not in NOT_VERBS:
        return True  # "Continuing to explain his view, Carson ..."
    if len(words) == 1:
        return len(words[0]) >= 7 and words[0].endswith(ADVERB_ENDINGS)
    return words[0] in OPENER_LEADS and not any(t.is_capitalized for t in toks[1:])


def nearest_subject(toks: list[Token]) -> Mention | None:
    """The closest name or pronoun before the quote that is followed by a lowercase word.

    `Frank cites the union's support, "the placards ..."`: Frank is the one quoted.
    """
    for k in range(len(toks) - 2, -1, -1):
        tok, nxt = toks[k], toks[k + 1]
        if not (nxt.is_word and nxt.text.islower()) or nxt.lower in NOT_VERBS:
            continue
        if pronoun_of(tok.lower) in ("he", "she") or (tok.is_capitalized and tok.is_word):
            m = mention_before(toks, k + 1)
            if m is not None and m.kind in ("name", "pronoun"):
                return m
    return None


NOT_VERBS = frozenset(
    """
    of and or in on at to for from with by as than that the a an
    """.split()
)


def colon_speaker(before: list[Token]) -> Mention | None:
    """`Trump: "..."`, `More from Jones: "`: a name and a colon introduce the quote."""
    if len(before) < 2 or before[-1].text != ":":
        return None
    here = _presented(before)
    if here is not None:
        return here
    m = mention_before(before, len(before) - 1)
    k = index_at(before, m.start) if m is not None else 0
    if k > 0 and before[k - 1].lower in _ADDRESSEE_LEADS:
        m = None  # "Bush said as much to the Dutch newspaper NRC Handelsblad:": whom he told
    if m is not None and m.kind in ("name", "organization"):
        return m
    # "Kasich resisted:", "Priorities USA emailed a link with one sentence:": the subject
    m = sentence_subject(before[:-1])
    if m is None or m.kind not in ("name", "organization"):
        return None
    k = _past_apposition(before, index_at(before, m.end))  # "McConnell, R-Ky., delivered"
    verb = before[k] if k < len(before) else None
    if verb is not None and verb.text.islower() and (
        verb.lower.endswith(("ed", "s")) or verb.lower in _IRREGULAR_PAST
    ):
        return m
    return None


def _presented(before: list[Token]) -> Mention | None:
    """`Here's Clinton in December 1992:`, `Here is Ana Ruiz on the plan:`: who is shown."""
    first = before[0].lower
    if before[0].text in PRESENTERS:
        k = 1
    elif first == "here" and len(before) > 2 and before[1].lower in {"is", "was"}:
        k = 2
    else:
        return None
    m = mention_after(before, k)
    return m if m is not None and m.kind in ("name", "organization") else None


PRESENTERS = frozenset({"Here’s", "Here's"})
_ADDRESSEE_LEADS = frozenset({"to", "with", "told", "asked", "newspaper", "magazine"})
# Past forms that introduce words after a colon: "Hale made the following comment:"
_IRREGULAR_PAST = frozenset("made gave had sent put took spoke broke went laid got".split())
