"""Speaker mentions: read a noun phrase around a cue, and resolve it to the fullest name.

A mention is read from tokens, without a parser: a run of capitalised words, titles, role
nouns and small joining words ("of", "the") next to the reporting verb. It is then split into
a role ("Pentagon spokeswoman") and a name ("Sabrina Singh"), or recognised as a pronoun, a
role used alone ("the NATO chief") or an organisation ("the State Department").

Resolution uses the people named in the document so far (:class:`Cast`): a surname or an
honorific form ("Mr. Trump") finds the full name given earlier; a role finds the last person who
held a matching role; a pronoun finds the nearest person of compatible gender.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from quoteverify.extraction.tokens import Token
from quoteverify.lexicon import (
    DOCUMENT_NOUNS,
    FEMALE_NAMES,
    HONORIFICS,
    INVERTED_CUES,
    MALE_NAMES,
    NOT_NAMES,
    ORG_HEADS,
    ORG_NAMES,
    PRONOUNS,
    ROLE_HEADS,
    TITLE_WORDS,
)
from quoteverify.model import Speaker

OWNER_ENDS = ("’s", "'s")  # a possessive's ending: "Hale’s doctor"
_INDEFINITE = frozenset({"a", "an", "one", "another", "some", "several", "two", "three"})
JOINERS = frozenset({"of", "for", "at", "on", "and", "the", "de", "van", "von", "der", "la", "le"})
DETERMINERS = frozenset(
    """
    the a an another one two three four several some many his her their its our my your
    """.split()
)
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
# Words between a determiner and a role head: "the second official", "a senior aide".
ROLE_MODIFIERS = frozenset(
    """
    second third first other former top senior longtime veteran unnamed anonymous
    prominent leading chief deputy lead new current retired fellow
    """.split()
)
# Offices that make a title, never a name: "Secretary of State John Kerry".
OFFICE_WORDS = frozenset(
    """
    state defense defence homeland security treasury justice health education energy
    commerce labor interior agriculture transportation veterans affairs foreign house
    senate white national intelligence staff joint armed services judiciary
    appropriations finance
    """.split()
)
# Heads of an office written with capitals: "The Prime Minister said", "The Chancellor".
_OFFICE_HEADS = frozenset(
    """
    president minister secretary secretary-general chancellor governor mayor speaker senator
    premier leader justice general ambassador chairman chairwoman chair commissioner judge
    """.split()
)
_FEMALE_ROLES = frozenset(
    {"spokeswoman", "congresswoman", "chairwoman", "councilwoman", "businesswoman", "woman"}
)
_MALE_ROLES = frozenset(
    {"spokesman", "congressman", "chairman", "councilman", "businessman", "man"}
)


@attrs.define
class Mention:
    """A noun phrase naming a speaker, before resolution.

    Not frozen, though nothing changes a mention once made (attrs.evolve makes a new one): a
    frozen attrs record sets each field through object.__setattr__, three times slower.
    """

    text: str
    start: int
    end: int
    kind: str  # "name", "pronoun", "role", "organization", "document"
    name: str  # the name part ("Sabrina Singh"), the pronoun, or the role/org phrase
    role: str | None
    gender: str | None


@attrs.define
class Person:
    """Someone the document names: fullest name, role and gender as learned so far."""

    name: str
    role: str | None
    gender: str | None
    last_seen: int
    kind: str = "person"
    last_subject: int = -1  # where the person last did something: said, told, argued


def is_name_word(tok: Token) -> bool:
    """A capitalised word that can be part of a personal name."""
    if not tok.is_word or not tok.is_capitalized:
        return False
    low = tok.lower
    return (
        low not in TITLE_WORDS
        and low not in NOT_NAMES
        and low not in HONORIFICS
        and low not in OFFICE_WORDS
        and low not in ORG_HEADS
    )


def is_role_head(low: str) -> bool:
    """A noun that can head a role used as a speaker: "official", "officials", "aide"."""
    return low in ROLE_HEADS or low in TITLE_WORDS or (low.endswith("s") and low[:-1] in ROLE_HEADS)


def is_plural(low: str) -> bool:
    """A plural noun, roughly: "officials", "chairmen" (not "boss", "census")."""
    return low.endswith(("men", "s")) and not low.endswith(("ss", "us"))


def pronoun_of(low: str) -> str | None:
    """The pronoun in "she", "she’s" or "he'd", if any."""
    if "’" in low or "'" in low:
        low = low.split("’", 1)[0].split("'", 1)[0]
    return low if low in PRONOUNS else None


def _is_np_word(tok: Token) -> bool:
    if not tok.is_word:
        return tok.text in {"’", "'", "-", "&"}
    low = tok.lower
    return (
        tok.is_capitalized
        or is_role_head(low)
        or low in ROLE_MODIFIERS
        or low.endswith(OWNER_ENDS)
        or low in JOINERS
        or low in DETERMINERS
        or low in {"’s", "'s", "s", "former", "top", "senior", "chief", "lead", "deputy"}
        or _is_modifier(low)
    )


def _is_modifier(low: str) -> bool:
    """Lowercase adjectives that commonly precede a role: presidential, national, foreign."""
    return len(low) > 4 and low.endswith(("al", "an", "ic", "ary", "ive", "ese", "ish"))


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
        return _pronoun(toks[i])
    if toks[i].lower == "who" and i >= 2 and toks[i - 1].text == ",":
        return mention_before(toks, i - 1)  # "Beck, who has described Trump as"
    if toks[i].lower in {"percent", "%"} and i >= 1 and toks[i - 1].text[:1].isdigit():
        # a poll's share of people: "63 percent said"
        text = _span_text(toks[i - 1 : i + 1])
        return Mention(text, toks[i - 1].start, toks[i].end, "role", text, None, None)
    if toks[i].lower in _STAND_INS and (i == 0 or not toks[i - 1].is_word):
        # `"We'll see," one trader said. Another said …`: someone unnamed, not the last speaker
        return Mention(toks[i].text, toks[i].start, toks[i].end, "role", toks[i].text, None, None)
    led = _determiner_before(toks, i)
    if led is not None:
        return _build(toks[led : i + 1], led_by_determiner=True)
    if _owns(toks, i):
        # "Powell's office said", "Trump's campaign said": the office speaks for its owner
        j = i - 1
        while j > 0 and _opens_name(toks[j - 1]):
            j -= 1  # (with a title: "Senator Hale's doctor said")
        return _build(toks[j : i + 1], led_by_determiner=True)
    j = i
    while j >= 0 and _is_np_word(toks[j]):
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
                and toks[j - 1].lower in _AFFILIATION
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
    return _build(toks[j + 1 : i + 1])


def mention_after(toks: Sequence[Token], start: int) -> Mention | None:
    """Read the noun phrase that starts at toks[start] (the subject after an inverted verb)."""
    if start >= len(toks):
        return None
    if pronoun_of(toks[start].lower):
        return _pronoun(toks[start])
    j = start
    if toks[j].lower in DETERMINERS:
        # "the second official", "a prominent Republican National Committee member"
        k = j + 1
        capital = False  # a capitalised word read: a lowercase past form after it is a verb
        while k < len(toks) and k - j <= 6 and _is_phrase_word(toks[k]):
            low = toks[k].lower
            past = low.endswith("ed") and low not in ROLE_MODIFIERS and toks[k].text.islower()
            if past and (capital or (k > j + 1 and toks[k - 1].lower.endswith("s"))):
                break  # "The Democratic National Committee released", "several groups granted"
            capital = capital or toks[k].is_capitalized
            k += 1
        if k > j + 1:
            end = k
            while end < len(toks) and _is_np_word(toks[end]) and toks[end].is_capitalized:
                end += 1  # "the NATO chief", "the Lincoln actor"
            end = _of_capitals(toks, end)  # "the Illinois Board of Elections"
            phrase = _build(toks[start:end], led_by_determiner=True)
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
                return given_role(named, _span_text(toks[start:comma]), phrase.start)
            return phrase
    else:
        # "said farmer Ruth Keane", "said Clinton’s top foreign policy aide Jake Sullivan",
        # "said 9/11 widow Terry Strada": a role of a few words, then the name
        j = _after_role(toks, j)
    while j < len(toks) and _is_np_word(toks[j]):
        if toks[j].lower == "and" and j + 1 < len(toks) and not toks[j + 1].is_capitalized:
            break  # `Netanyahu and other leaders shunned`: the name, then more people
        j += 1
    if j == start + 1 and toks[start].is_capitalized:
        # `Nuclear proliferation experts have`: a capitalised word that opens a people phrase
        k = j
        while k < len(toks) and k - j < 3 and toks[k].is_word and toks[k].text.islower():
            if is_role_head(toks[k].lower) and is_plural(toks[k].lower):
                return _build(toks[start : k + 1], led_by_determiner=True)
            k += 1
    if j < len(toks) and _owns(toks, j):
        j += 1  # "said Powell's office"
    return _build(toks[start:j], led_by_determiner=j > start + 1 and _owns(toks, j - 1))


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
    if tok.text.islower() and tok.lower.endswith("ed") and tok.lower not in _PHRASE_STOP:
        return True  # "undecided voter Stephanie Hooton", "retired neurosurgeon Ben Carson"
    if tok.is_capitalized and tok.lower in TITLE_WORDS:
        return True  # "undecided Republican voter"
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
        _is_phrase_word(tok)
        and tok.text.isalpha()
        and tok.text.islower()
        and low not in DETERMINERS
        and not low.endswith(("ing", "ed", "ly"))
    )


def _is_affiliation(tok: Token) -> bool:
    return tok.lower in _AFFILIATION or tok.lower == "the" or (
        tok.is_word and tok.text.isalpha() and tok.lower not in _PHRASE_STOP
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


# Words that end a determiner-led phrase: "the statement which", "a friend in Paris".
_PHRASE_STOP = frozenset(
    """
    who which that whose whom in on at of to for with as by from and or but said says
    told after before when while where because if than then also was is were are has had
    have will would could can may might should did does do not went gave made took got sent
    began begins came comes saw sees ends became becomes brought thought knew found ran spoke
    wrote heard felt kept showed shows seemed seems appeared appears
    """.split()
)


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
_NOT_IN_ROLE = PRONOUNS.keys() | DETERMINERS | _PHRASE_STOP


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


def _is_phrase_word(tok: Token) -> bool:
    return tok.is_word and tok.lower not in _PHRASE_STOP and not pronoun_of(tok.lower)


def _determiner_before(toks: Sequence[Token], i: int) -> int | None:
    """Index of the determiner that opens a short phrase ending at toks[i], if any."""
    if not _is_phrase_word(toks[i]) or toks[i].is_capitalized:
        return None
    j = i - 1
    while j >= 0 and i - j <= 5:
        low = toks[j].lower
        if low in DETERMINERS and (
            low not in _NUMBERS or (i - j <= 2 and toks[i].lower not in _MEASURES)
        ):
            return j  # "the statement", "a friend"; "one trader", "two senior officials"
        if not _is_phrase_word(toks[j]):
            return None
        j -= 1
    return None


def _pronoun(t: Token) -> Mention:
    low = pronoun_of(t.lower) or t.lower
    return Mention(t.text, t.start, t.end, "pronoun", low, None, PRONOUNS[low])


# The words _build trims from the start and the end of a run (with stray punctuation).
# Function words a backward read can take in at a phrase's start: "When Trump was asked",
# "As Blumenthal noted", "Like Corker", "about Sanders".
_TRIM_START = (JOINERS - {"the"}) | frozenset(
    """
    when as like about after before while if because since though although unless until
    with without by from to in into than whether once
    """.split()
)
_TRIM_END = JOINERS | DETERMINERS


def _build(run: Sequence[Token], *, led_by_determiner: bool = False) -> Mention | None:
    # Trim joining words and stray punctuation from both ends.
    lo, hi = 0, len(run)
    while lo < hi and (run[lo].lower in _TRIM_START or not run[lo].is_word):
        lo += 1
    while hi > lo and (run[hi - 1].lower in _TRIM_END or not run[hi - 1].is_word):
        hi -= 1
    run = run[lo:hi]
    if not run:
        return None
    # "Stephen Vladeck of the University of Texas": the person, then an affiliation.
    for cut, tok in enumerate(run):
        if tok.lower in _AFFILIATION and cut > 0:
            person = _build_person(run[:cut], run[cut:])
            if person is not None:
                return person
            break
    return _build_person(run, ()) or _build_other(run, led_by_determiner)


_OWNED_BY = frozenset({"for", "of", "to"})
_AFFILIATION = frozenset({"of", "for", "at", "from", "with", "on"})


def _build_person(run: Sequence[Token], affiliation: Sequence[Token]) -> Mention | None:
    """A name at the end of the run (after its titles), or None."""
    last = len(run) - 1 if run[-1].is_capitalized and run[-1].lower in ORG_HEADS else len(run)
    k = last
    while k > 0 and (_is_name_part(run[k - 1])):
        k -= 1
    if k == len(run) and k >= 2 and run[k - 2].lower in HONORIFICS and run[k - 1].is_capitalized:
        k -= 1  # "Ms. White", "Mr. Justice": after an honorific, any capitalised word is a name
    titled = k > 0 and (run[k - 1].lower in HONORIFICS or run[k - 1].lower in TITLE_WORDS)
    if last < len(run) and titled:
        pass  # "Sen. Ann Fox": a title, a name and a surname that elsewhere heads an organisation
    elif last < len(run) or _looks_like_org(run, k):
        return None  # "Fox News", "the Washington Post"
    name_toks = run[k:]
    if not name_toks or (len(name_toks) == 1 and _is_initial(name_toks[0])):
        return None
    full: Sequence[Token] = [*run, *affiliation] if affiliation else run
    text = _span_text(full)
    if k > 1 and run[k - 1].lower in _OWNED_BY and is_role_head(run[k - 2].lower):
        # "a spokesman for Jo Hale": the spokesman speaks, unnamed; Hale is whom he serves
        gender = _gender_from_words([t.lower for t in run[: k - 1]])
        return Mention(text, full[0].start, full[-1].end, "role", text, text, gender)
    role_toks = [t for t in run[:k] if t.lower not in DETERMINERS and t.lower not in HONORIFICS]
    if role_toks and affiliation:
        role_toks = [*role_toks, *affiliation]
    elif affiliation and affiliation[0].lower != "on":
        role_toks = list(affiliation[1:])  # "Ann Lee of Brill Capital": "Brill Capital"
    role = _clean_role(_span_text(role_toks)) if role_toks else None
    gender = _gender_from_words([t.lower for t in run])
    if gender is None and len(name_toks) > 1:
        gender = _gender_of_first_name(name_toks[0].text)
    name = " ".join([t.text for t in name_toks])
    return Mention(text, full[0].start, full[-1].end, "name", name, role, gender)


def _is_name_part(tok: Token) -> bool:
    text = tok.text
    if len(text) == 2 and text[0].isupper() and text[1] == ".":  # _is_initial, without a call
        return True
    return is_name_word(tok) and not tok.lower.endswith(OWNER_ENDS)


def _build_other(run: Sequence[Token], led_by_determiner: bool = False) -> Mention | None:
    """A role used as a speaker ("the NATO chief") or an organisation ("the Pentagon")."""
    head = run[-1].lower
    text = _span_text(run)
    start, end = run[0].start, run[-1].end
    if head in DOCUMENT_NOUNS and led_by_determiner and not run[-1].is_capitalized:
        # (but "the Washington Post" is a newspaper)
        owner = [t for t in run[:-1] if t.is_capitalized and t.lower not in DETERMINERS]
        if owner and all(t.is_capitalized for t in run[run.index(owner[0]) : -1]):
            # "the IMF report": the organisation that wrote it; "Ivana Trump's brief": hers
            name = re.sub("[’']s$", "", _span_text(owner))
            return Mention(text, start, end, "organization", name, None, None)
        return Mention(text, start, end, "document", text, None, None)
    office = run[0].lower == "the" and run[-1].is_capitalized and _capitalised_office(run[1:])
    if not office and (head in ORG_HEADS or head in ORG_NAMES or _looks_like_org(run, len(run))):
        org = [t for t in run if t.lower not in DETERMINERS]
        return Mention(text, start, end, "organization", _span_text(org), None, None)
    if office or is_role_head(head) or led_by_determiner:
        gender = _gender_from_words([t.lower for t in run])
        return Mention(text, start, end, "role", text, text, gender)
    return None


def _looks_like_org(run: Sequence[Token], k: int) -> bool:
    """ "the Pentagon", "The New York Times": a capitalised run led by "the" is no person."""
    if (
        k > 0
        and run[0].lower == "the"
        and all(t.is_capitalized or t.lower in {"of", "for", "and"} for t in run[1:-1])
        and run[-1].is_capitalized
    ):
        # "the Pentagon", "the Illinois Board of Elections"; not an office written with
        # capitals: "The Prime Minister", "the Secretary of State"
        return not _capitalised_office(run[1:])
    return len(run) == 1 and run[0].lower in ORG_NAMES


def _capitalised_office(run: Sequence[Token]) -> bool:
    """ "Prime Minister", "Foreign Secretary", "Secretary of State": an office written with
    capitals, its head (before any "of" or "for") an office word and at most two words before
    it, none an organisation's ("Department of Justice", "The Union Leader", "The Economist"
    and "The New Hampshire Union Leader" are no offices)."""
    head = next((i for i, t in enumerate(run) if t.lower in {"of", "for"}), len(run))
    return (
        0 < head <= 3
        and run[head - 1].lower in _OFFICE_HEADS
        and not any(t.lower in ORG_HEADS for t in run[: head - 1])
    )


def _is_initial(tok: Token) -> bool:
    return len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "."


def _span_text(toks: Sequence[Token]) -> str:
    out = ""
    prev_end = None
    for t in toks:
        if prev_end is not None and t.start > prev_end:
            out += " "
        out += t.text
        prev_end = t.end
    return out


_POSSESSIVE_LEAD_RE = re.compile(r"^(?:’s|'s)\s*")


def _clean_role(role: str | None) -> str | None:
    if role is None:
        return None
    if role.startswith(OWNER_ENDS):  # (most roles do not: no regex for them)
        role = _POSSESSIVE_LEAD_RE.sub("", role)
    role = role.strip(" ,")
    return role or None


def _gender_from_words(words: Sequence[str]) -> str | None:
    for w in words:
        if HONORIFICS.get(w):
            return HONORIFICS[w]
        if w in _FEMALE_ROLES:
            return "female"
        if w in _MALE_ROLES:
            return "male"
    return None


def _gender_of_first_name(first: str) -> str | None:
    low = first.lower()
    if low in FEMALE_NAMES:
        return "female"
    if low in MALE_NAMES:
        return "male"
    return None


_SALIENCE = 200  # characters: how much more recent a plain mention must be to beat a subject


class Cast:
    """The people and organisations a document has named so far, for resolving mentions."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self._by_surname: dict[str, list[Person]] = {}

    def learn(
        self, name: str, role: str | None, gender: str | None, pos: int, *, subject: bool = False
    ) -> Person:
        """Record a name seen at pos (or refresh one already known); subjects are salient."""
        person = self._learn(name, role, gender, pos)
        if subject:
            person.last_subject = pos
        return person

    def _learn(self, name: str, role: str | None, gender: str | None, pos: int) -> Person:
        parts = name.split()
        key = parts[-1].lower()
        namesakes = self._by_surname.setdefault(key, [])
        person = self._namesake(namesakes, name, gender)
        if person is not None:
            if len(name) > len(person.name) and len(parts) > 1:
                person.name = name
            person.role = person.role or role
            person.gender = person.gender or gender
            person.last_seen = pos
            return person
        person = Person(name, role, gender, pos)
        self.people.append(person)
        namesakes.append(person)
        return person

    @staticmethod
    def _namesake(namesakes: list[Person], name: str, gender: str | None) -> Person | None:
        """The known person a name names: the same full name, or for a surname alone the one
        last seen whose gender fits ("Mrs. Clinton" after Hillary and then Bill Clinton)."""
        if not namesakes:
            return None  # a surname not seen before
        if " " in name:
            same = [p for p in namesakes if p.name == name or _same_person(p.name, name)]
        else:
            same = [p for p in namesakes if gender is None or p.gender in (None, gender)]
        if len(same) < 2:
            return same[0] if same else None  # (most names: a single namesake)
        if " " in name or gender is not None:
            return max(same, key=lambda p: p.last_seen)
        # a bare surname ("Cruz said") names the namesake last a subject: Ted Cruz, who spoke,
        # not Heidi Cruz, named since as his wife
        return max(same, key=lambda p: (p.last_subject, p.last_seen))

    def knows(self, surname: str) -> bool:
        """Whether someone with this surname (a name's last word) has been named."""
        return surname.split()[-1].lower() in self._by_surname

    def is_person(self, mention: Mention) -> bool:
        """Whether a mention is known to name a person: a pronoun, a titled name, a known name."""
        if mention.kind == "pronoun":
            return mention.gender != "neuter"  # not "it"
        if mention.kind != "name":
            return False
        if mention.role or mention.gender:
            return True
        return self.knows(mention.name)

    def resolve(self, mention: Mention, pos: int, antecedent: Mention | None = None) -> Speaker:
        """Turn a mention into a speaker with the fullest name known; a pronoun with an
        antecedent (the named subject of its own sentence) is that person."""
        if mention.kind == "pronoun" and antecedent is not None:
            a = antecedent
            if a.kind == "organization":  # "it" for the Security Council
                return _speaker(mention, a.name, None, "organization", "pronoun")
            known = self.learn(a.name, a.role, a.gender, pos, subject=True)
            return _speaker(mention, known.name, a.role or known.role, "person", "pronoun")
        if mention.kind == "pronoun":
            return self._resolve_pronoun(mention, pos)
        if mention.kind == "organization":
            return _speaker(mention, mention.name, None, "organization", "explicit")
        if mention.kind == "document":  # "the letter reads": whose letter is not said
            return _speaker(mention, mention.name, None, "unknown", "explicit")
        if mention.kind == "role":
            person = self._by_role(mention)
            if person is None:
                return _speaker(mention, mention.name, mention.role, "person", "explicit")
            person.last_seen = person.last_subject = pos
            return _speaker(mention, person.name, person.role, "person", "role")
        person = self.learn(mention.name, mention.role, mention.gender, pos, subject=True)
        how = "explicit" if person.name == mention.name else "surname"
        return _speaker(mention, person.name, mention.role or person.role, "person", how)

    def fitting(self, gender: str | None) -> list[Person]:
        """The people a pronoun of this gender can name: those of that gender or of none known."""
        return [p for p in self.people if p.kind == "person" and p.gender in (None, gender)]

    def _resolve_pronoun(self, mention: Mention, pos: int) -> Speaker:
        """The most salient person of the pronoun's gender: the last one who did something
        (a subject), unless someone else was named much more recently."""
        if mention.gender in ("male", "female"):
            fits = self.fitting(mention.gender)
            if fits:
                subject = max(fits, key=lambda p: p.last_subject)
                latest = max(fits, key=lambda p: p.last_seen)
                person = subject
                if subject.last_subject < 0 or latest.last_seen - subject.last_subject > _SALIENCE:
                    person = latest
                if person.gender is None:
                    person.gender = mention.gender
                person.last_subject = pos
                return _speaker(mention, person.name, person.role, "person", "pronoun")
        word = re.split("[’']", mention.text, maxsplit=1)[0]  # "I", not "I'm"
        return _speaker(mention, word, None, "unknown", "pronoun")

    def _by_role(self, mention: Mention) -> Person | None:
        said = mention.name.lower().split()
        if said[0] in _INDEFINITE or is_plural(said[-1]):
            return None  # "one Clinton aide", "the committee chairmen": not someone named
        # the role's own words: not its owner's (`Senator Jane Hale’s doctor` is not Hale)
        own = re.split(r"\S+[’']s\s", mention.name)[-1].split()
        words = {w.lower().strip(".") for w in own} - DETERMINERS
        capitals = {w.lower().strip(".") for w in own if w[:1].isupper()} - DETERMINERS
        best: Person | None = None
        for person in self.people:
            if not person.role:
                continue
            role_words = {w.lower().strip(".") for w in person.role.split()}
            if (role_words & _LESSER_ROLES) - words or (words & _LESSER_OFFICES) - role_words:
                continue  # "the president" is not the vice president, nor the reverse
            shared = words & role_words
            if shared - _ROLE_ONLY_MODIFIERS and (not capitals or capitals & role_words):
                if best is None or person.last_seen > best.last_seen:
                    best = person
        return best


# Words that make a different office of the same title: "vice president", "deputy director".
_LESSER_ROLES = frozenset({"vice", "deputy", "assistant", "former", "acting", "lieutenant", "ex"})
# (a former officeholder is often still given the title: "former President Clinton" may be
# learned as "President")
_LESSER_OFFICES = _LESSER_ROLES - {"former", "ex"}
# Words that share no office by themselves: "Ronald Reagan's former" is not any former official
_ROLE_ONLY_MODIFIERS = ROLE_MODIFIERS | _LESSER_ROLES


def _same_person(known: str, new: str) -> bool:
    """Two full names with one surname are one person unless their first names differ."""
    a, b = known.split(), new.split()
    if len(a) < 2 or len(b) < 2:
        return True
    return a[0].rstrip(".").lower() == b[0].rstrip(".").lower() or _is_initial_of(a[0], b[0])


def _is_initial_of(a: str, b: str) -> bool:
    return (len(a) <= 2 or len(b) <= 2) and a[0].lower() == b[0].lower()


def _speaker(mention: Mention, name: str, role: str | None, kind: str, how: str) -> Speaker:
    return Speaker(
        name=name,
        mention=mention.text,
        start=mention.start,
        end=mention.end,
        role=role,
        kind=kind,  # type: ignore[arg-type]
        resolved_by=how,  # type: ignore[arg-type]
    )
