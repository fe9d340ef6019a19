"""A speaker's mention next to a cue: the noun phrase before a verb, or after it.

``mention_before`` reads back from a verb ("Pentagon press secretary Maj. Gen. Pat Ryder
said"), ``mention_after`` forward from an inverted one ("said the farmer, Ruth Keane"). Each
tries, in order: a pronoun; an unnamed stand-in ("one trader", "another"); a short phrase a
determiner leads ("the second official"); a body its owner speaks through ("Trump's
campaign"); and then a run of capitalised words, titles, role nouns and joining words, which
:func:`~quoteverify.extraction.names.build` turns into a mention. A role and the name apposed to
it ("the farmer, Ruth Keane") give that name with that role, and ``apposed_role`` reads the role
after a name (", the NATO chief,").

>>> from quoteverify.extraction.tokens import tokens
>>> text = "said the farmer, Ruth Keane"
>>> m = mention_after(tokens(text, 0, len(text)), 1)
>>> m.name, m.role
('Ruth Keane', 'farmer')
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from quoteverify.extraction.heads import DETERMINERS, is_role_head
from quoteverify.extraction.names import (
    AFFILIATION,
    JOINERS,
    OWNER_ENDS,
    PHRASE_STOP,
    ROLE_MODIFIERS,
    Mention,
    build,
    is_name_word,
    is_np_word,
    is_phrase_word,
    is_plural,
    pronoun_mention,
    pronoun_of,
    span_text,
)
from quoteverify.extraction.tokens import Token
from quoteverify.lexicon import (
    DOCUMENT_NOUNS,
    HONORIFICS,
    INVERTED_CUES,
    ORG_HEADS,
    PRONOUNS,
    TITLE_WORDS,
)
from quoteverify.lexicon_names import PLACE_WORDS

_NUMBERS = frozenset({"one", "two", "three", "four"})
# Words that stand for an unnamed speaker on their own: "another said", "one said".
_STAND_INS = frozenset({"one", "another", "others", "someone", "somebody"})
# Words ending a phrase a number leads that names no speaker: "two days later said" is no
# "two traders said".
_MEASURES = frozenset(
    """
    day days week weeks month months year years hour hours minute minutes time times
    point points percent dollars votes ago later earlier before after here there now again
    """.split()
)


def mention_before(toks: Sequence[Token], end: int) -> Mention | None:
    """Read the noun phrase that ends just before toks[end] (the subject of a verb)."""
    i = end - 1
    if i >= 0 and toks[i].text == ")":  # "Harry Reid (D-Nev.) said"
        j = i
        while j >= 0 and toks[j].text != "(" and i - j < 8:
            j -= 1
        i = j - 1 if j >= 0 and toks[j].text == "(" else i
    if i < 0:
        return None
    if pronoun_of(toks[i].lower):
        return pronoun_mention(toks[i])
    if toks[i].lower == "who" and i >= 2 and toks[i - 1].text == ",":
        return mention_before(toks, i - 1)  # "Beck, who has described Trump as"
    if toks[i].lower in {"percent", "%"} and i >= 1 and toks[i - 1].text[:1].isdigit():
        # a poll's share of people: "63 percent said"
        text = span_text(toks[i - 1 : i + 1])
        return Mention(text, toks[i - 1].start, toks[i].end, "role", text, None, None)
    if toks[i].lower in _STAND_INS and (i == 0 or not toks[i - 1].is_word):
        # `"We'll see," one trader said. Another said …`: someone unnamed, not the last speaker
        return Mention(toks[i].text, toks[i].start, toks[i].end, "role", toks[i].text, None, None)
    led = _determiner_before(toks, i)
    if led is not None:
        return build(toks[led : i + 1], led_by_determiner=True)
    if _owns(toks, i):
        # "Powell's office said", "Trump's campaign said": the office speaks for its owner
        j = i - 1
        while j > 0 and _opens_name(toks[j - 1]):
            j -= 1  # (with a title: "Senator Hale's doctor said")
        return build(toks[j : i + 1], led_by_determiner=True)
    j = i
    while j >= 0 and is_np_word(toks[j]):
        if toks[j].text == "-" and 0 < j < i and toks[j + 1].is_word:
            if toks[j - 1].end < toks[j].start:
                break  # a spaced dash: `TURNOUT IS HIGH - Ann Fox:` (but `R-Ky.` is one word)
        if j == 0 and j < i and toks[j].text in INVERTED_CUES:
            if end == len(toks) or not toks[end].is_word:
                break  # an inverted cue opens the sentence: `Said Comey:` (not `Said Ali wrote`)
        if toks[j].lower in DETERMINERS and toks[j].lower not in {"one", "two", "three", "four"}:
            owner = toks[j - 2] if j >= 2 else None
            if (
                owner is not None
                and toks[j - 1].lower in AFFILIATION
                and is_name_word(owner)
                and not owner.text.isupper()
                and i - j >= 2  # a proper name after "the", not "for the Democratic"
                and all(t.is_capitalized or t.lower in JOINERS for t in toks[j + 1 : i + 1])
            ):
                j -= 2  # "Aris Shirvanian of the Armenian Patriarchate": an affiliation
                continue
            j -= 1  # a determiner opens the phrase: "the Christie supporter"
            break
        j -= 1
    if 3 <= j < i and toks[j + 1].is_capitalized and _described_affiliation(toks, j):
        # "Reeve Ann Lee of the neighbouring Municipality of Colchester said": the person,
        # whose affiliation an adjective describes
        return mention_before(toks, j - 2)
    return build(toks[j + 1 : i + 1])


def _described_affiliation(toks: Sequence[Token], j: int) -> bool:
    """Whether toks[j] is a lowercase adjective in "<name> of the <adjective> <Capitalised>"."""
    return (
        toks[j].is_word
        and toks[j].text.islower()
        and toks[j].lower not in PHRASE_STOP
        and toks[j - 1].lower == "the"
        and toks[j - 2].lower in AFFILIATION
        and is_name_word(toks[j - 3])
    )


def mention_after(toks: Sequence[Token], start: int) -> Mention | None:
    """Read the noun phrase that starts at toks[start] (the subject after an inverted verb)."""
    if start >= len(toks):
        return None
    if pronoun_of(toks[start].lower):
        return pronoun_mention(toks[start])
    j = start
    if toks[j].lower in DETERMINERS:
        # "the second official", "a prominent Republican National Committee member"
        k = j + 1
        capital = False  # a capitalised word read: a lowercase past form after it is a verb
        while k < len(toks) and k - j <= 6 and is_phrase_word(toks[k]):
            low = toks[k].lower
            past = low.endswith("ed") and low not in ROLE_MODIFIERS and toks[k].text.islower()
            if past and (capital or (k > j + 1 and toks[k - 1].lower.endswith("s"))):
                break  # "The Democratic National Committee released", "several groups granted"
            capital = capital or toks[k].is_capitalized
            k += 1
        if k > j + 1:
            end = k
            while end < len(toks) and is_np_word(toks[end]) and toks[end].is_capitalized:
                end += 1  # "the NATO chief", "the Lincoln actor"
            end = _of_capitals(toks, end)  # "the Illinois Board of Elections"
            phrase = build(toks[start:end], led_by_determiner=True)
            comma = end
            # "the mill's head of hiring, Ana Ruiz", "his best friend at Lehigh, Bruce Turry"
            # (but not "the year of the riots, Bozell")
            placed = end < len(toks) and toks[end].lower in {"at", "from"}
            if is_role_head(toks[end - 1].lower) or (
                placed and phrase is not None and phrase.kind == "role"
            ):
                while comma < len(toks) and comma - end < 4 and _is_affiliation(toks[comma]):
                    comma += 1
            named = apposed_name(toks, comma)  # "said the farmer, Ruth Keane"
            if phrase is not None and phrase.kind == "role" and named is not None:
                return given_role(named, span_text(toks[start:comma]), phrase.start)
            return phrase
    else:
        # "said farmer Ruth Keane", "said Clinton’s top foreign policy aide Jake Sullivan",
        # "said 9/11 widow Terry Strada": a role of a few words, then the name
        j = _after_role(toks, j)
    while j < len(toks) and is_np_word(toks[j]):
        if toks[j].lower == "and" and j + 1 < len(toks) and not toks[j + 1].is_capitalized:
            break  # `Netanyahu and other leaders shunned`: the name, then more people
        j += 1
    if j == start + 1 and toks[start].is_capitalized:
        # `Nuclear proliferation experts have`: a capitalised word that opens a people phrase
        k = j
        while k < len(toks) and k - j < 3 and toks[k].is_word and toks[k].text.islower():
            if is_role_head(toks[k].lower) and is_plural(toks[k].lower):
                return build(toks[start : k + 1], led_by_determiner=True)
            k += 1
    if j < len(toks) and _owns(toks, j):
        j += 1  # "said Powell's office"
    return build(toks[start:j], led_by_determiner=j > start + 1 and _owns(toks, j - 1))


def _owns(toks: Sequence[Token], i: int) -> bool:
    """A body or writing after a named owner: "Powell's office", "Trump's campaign", "Scott's
    family", "Ivana Trump's brief"."""
    tok = toks[i]
    return (
        i > 0
        and tok.text.islower()
        and (
            tok.lower in ORG_HEADS
            or tok.lower in DOCUMENT_NOUNS
            or tok.lower in _GROUPS
            or is_role_head(tok.lower)  # "Henry Clay's biographers"
        )
        and toks[i - 1].is_capitalized
        and toks[i - 1].lower.endswith(OWNER_ENDS)
    )


_GROUPS = frozenset({"family", "lawyers", "attorneys", "team", "camp", "allies", "aides"})


def _of_capitals(toks: Sequence[Token], end: int) -> int:
    """Extend a capitalised phrase over "of" and a capitalised run: "Board of Elections"."""
    if not (0 < end < len(toks) - 1 and toks[end - 1].is_capitalized and toks[end].lower == "of"):
        return end
    k = end + 1
    while k < len(toks) and toks[k].is_word and toks[k].is_capitalized:
        k += 1
    return k if k > end + 1 else end


def _opens_name(tok: Token) -> bool:
    low = tok.lower
    return is_name_word(tok) or (tok.is_capitalized and (low in TITLE_WORDS or low in HONORIFICS))


_ROLE_LEAD = 7  # words of role at most before a name: "Clinton’s top foreign policy aide"


def _after_role(toks: Sequence[Token], start: int) -> int:
    """Where the name starts after a role that opens a phrase, or start if there is none."""
    k = start
    while k < len(toks) and k - start < _ROLE_LEAD and _is_role_lead(toks[k], k == start):
        k += 1
    if k > start and k < len(toks) and is_name_word(toks[k]) and _has_role_noun(toks[start:k]):
        return k
    if k > start + 1 and k + 1 < len(toks) and toks[k].text == ",":
        if is_name_word(toks[k + 1]):
            return k + 1  # "Google's head of hiring, Laszlo Bock"
        named = _after_role(toks, k + 1)
        if named > k + 1:
            return named  # "Scott's niece, state Del. Marcia Price"
    return start


def _is_role_lead(tok: Token, first: bool) -> bool:
    if _is_role_noun(tok) or tok.text.isdigit() or (tok.text in {"/", "-"} and not first):
        return True
    if tok.lower == "of" and not first:
        return True  # "master of ceremonies Asab Tabchi"
    if tok.text.islower() and tok.lower.endswith("ed") and tok.lower not in PHRASE_STOP:
        return True  # "undecided voter Stephanie Hooton", "retired neurosurgeon Ben Carson"
    if tok.is_capitalized and (tok.lower in TITLE_WORDS or tok.lower in PLACE_WORDS):
        return True  # "undecided Republican voter", "Idaho executive Frank Lee"
    if first and tok.lower in HONORIFICS:
        return True  # "Ms. Merkel's spokesman, Steffen Seibert"
    # a possessive owner: "Clinton’s top aide"
    return tok.is_capitalized and tok.lower.endswith(OWNER_ENDS)


def _has_role_noun(run: Sequence[Token]) -> bool:
    return any(_is_role_noun(t) for t in run)


def _is_role_noun(tok: Token) -> bool:
    """A lowercase word that can stand as a role before a name: "farmer", "longtime aide"."""
    low = tok.lower
    return (
        is_phrase_word(tok)
        and (tok.text.isalpha() or tok.text.replace("-", "").isalpha())  # "season-ticket"
        and tok.text.islower()
        and low not in DETERMINERS
        and not low.endswith(("ing", "ed", "ly"))
    )


def _is_affiliation(tok: Token) -> bool:
    return tok.lower in AFFILIATION or tok.lower == "the" or (
        tok.is_word and tok.text.isalpha() and tok.lower not in PHRASE_STOP
    )


def given_role(named: Mention, role: str, start: int) -> Mention:
    """A name with the role written before it and its comma: "the farmer, Ruth Keane" (the
    role "farmer": an article is no part of it)."""
    first, _, rest = role.partition(" ")
    bare = rest if rest and first.lower() in {"the", "a", "an"} else role
    return attrs.evolve(named, role=bare, text=f"{role}, {named.text}", start=start)


def apposed_name(toks: Sequence[Token], comma: int) -> Mention | None:
    """The name after a role's comma: ", Ruth Keane", ", Representative Lee Zeldin", or with a
    role of its own: ", council member Dev Patel"."""
    if comma + 1 < len(toks) and toks[comma].text == ",":
        if _opens_name(toks[comma + 1]) or _after_role(toks, comma + 1) > comma + 1:
            m = mention_after(toks, comma + 1)
            if m is not None and m.kind == "name":
                return m
    return None


# A capitalised word of an organisation's name, with a final period only after another inside
# it (`U.S.`, not the full stop of `at KPMG. Hale added`).
_ORG_WORD = r"[A-Z][\w’'&\-]*(?:(?:\.[\w’'&\-]+)+\.?)?"
# A role in apposition after a name (and its age), ended by a comma, a semicolon or a full stop:
# `, the NATO chief,`, `, a Pentagon spokeswoman.`, `, chief economist at KPMG,`, `, 54, a retired
# firefighter.`: the role without its article, and its head (the last lowercase word before any
# affiliation).
_APPOSED_ROLE_RE = re.compile(
    r", (?:\d{1,3}, )?(?:(?P<article>the|an?) )?"
    r"(?P<role>(?:[A-Za-z][\w’'.\-]* ){0,4}?(?P<head>[a-z][\w\-]*)"
    rf"(?: (?:at|of|for|with) (?:the )?{_ORG_WORD}(?: (?:of |for |and )?{_ORG_WORD}){{0,4}})?)"
    r"(?=[,.;])"
)
# Words that show a clause, not a role: `, who is a senior fellow,`, `, speaking at a rally.`
_NOT_IN_ROLE = PRONOUNS.keys() | DETERMINERS | PHRASE_STOP


def apposed_role(text: str, end: int) -> str | None:
    """The role in apposition after a name that ends at end, without its article, if any.

    >>> apposed_role("Ann Lee, the NATO chief, said", 7)
    'NATO chief'
    >>> apposed_role("said Ann Lee, chief economist at Brill Capital.", 12)
    'chief economist at Brill Capital'
    >>> apposed_role("said Ann Lee, speaking at a rally.", 12) is None
    True
    """
    m = apposition(text, end)
    return None if m is None else m.group("role")


def apposition(text: str, end: int) -> re.Match[str] | None:
    """The apposition apposed_role reads, as a match: the role is its group "role", and it
    ends where the match does (at the comma or full stop that closes it)."""
    m = _APPOSED_ROLE_RE.match(text, end)
    if m is None or not (m.group("article") or is_role_head(m.group("head").lower())):
        return None  # (after an article any noun: `, a retired firefighter.`)
    if m.group("head").lower() in _MEASURES:
        return None  # `"…," said Ann Lee, the day before.`
    for k, word in enumerate(text[m.start("role") : m.start("head")].split()):
        low = word.lower()
        if low in _NOT_IN_ROLE and (k == 0 or low != "and"):  # ("writer and former aide")
            return None
    role = m.group("role")
    last = role.rsplit(None, 1)[-1]
    if text[m.end() : m.end() + 1] == "." and (len(last) == 1 or last.lower() in HONORIFICS):
        # `, a former spokesman for Mr. Obama,`, `for George W. Bush`: not the name's end
        return None
    return m


def _determiner_before(toks: Sequence[Token], i: int) -> int | None:
    """Index of the determiner that opens a short phrase ending at toks[i], if any."""
    if not is_phrase_word(toks[i]) or toks[i].is_capitalized:
        return None
    j = i - 1
    while j >= 0 and i - j <= 5:
        low = toks[j].lower
        if low in DETERMINERS and (
            low not in _NUMBERS or (i - j <= 2 and toks[i].lower not in _MEASURES)
        ):
            return j  # "the statement", "a friend"; "one trader", "two senior officials"
        if not is_phrase_word(toks[j]):
            return None
        j -= 1
    return None
