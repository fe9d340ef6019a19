"""What a run of words names: a person, a role, an organisation or a writing.

A :class:`Mention` is read from tokens, without a parser. ``build`` trims the run's joining
words and stray punctuation, splits off an affiliation ("Stephen Vladeck of the University of
Texas"), then tries, in order: a person's name at the end of the run, after its titles and role
(``build_person``: "Pentagon spokeswoman Sabrina Singh" is the name "Sabrina Singh" with the
role "Pentagon spokeswoman"); a writing ("the IMF report" is the IMF's); an organisation ("the
State Department"); a role used alone ("the NATO chief"). The word classes that every reader of
mentions shares live here too: ``is_name_word``, ``is_role_head``, ``is_plural``,
``pronoun_of``.

>>> from quoteverify.extraction.tokens import tokens
>>> text = "Pentagon spokeswoman Sabrina Singh"
>>> m = build(tokens(text, 0, len(text)))
>>> m.kind, m.name, m.role, m.gender
('name', 'Sabrina Singh', 'Pentagon spokeswoman', 'female')
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from quoteverify.extraction.heads import (
    DETERMINERS,
    is_role_head,
    trailing,
)
from quoteverify.extraction.tokens import Token
from quoteverify.lexicon import (
    DOCUMENT_NOUNS,
    FEMALE_ROLE_WORDS,
    HONORIFICS,
    MALE_ROLE_WORDS,
    NOT_NAMES,
    ORG_HEADS,
    ORG_NAMES,
    POSTNOMINALS,
    PRONOUNS,
    ROLE_HEADS,
    SENTENCE_OPENERS,
    SURNAME_HOMONYMS,
    TITLE_WORDS,
)
from quoteverify.lexicon_names import COUNTRIES, FEMALE_NAMES, MALE_NAMES

OWNER_ENDS = ("’s", "'s")  # a possessive's ending: "Hale’s doctor"

JOINERS = frozenset({"of", "for", "at", "on", "and", "the", "de", "van", "von", "der", "la", "le"})

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


def is_plural(low: str) -> bool:
    """A plural noun, roughly: "officials", "chairmen" (not "boss", "census")."""
    return low.endswith(("men", "s")) and not low.endswith(("ss", "us"))


def pronoun_of(low: str) -> str | None:
    """The pronoun in "she", "she’s" or "he'd", if any."""
    if "’" in low or "'" in low:
        low = low.split("’", 1)[0].split("'", 1)[0]
    return low if low in PRONOUNS else None


def is_np_word(tok: Token) -> bool:
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


# Words that end a determiner-led phrase: "the statement which", "a friend in Paris".
PHRASE_STOP = frozenset(
    """
    who which that whose whom in on at of to for with as by from and or but said says
    told after before when while where because if than then also was is were are has had
    have will would could can may might should did does do not went gave made took got sent
    began begins came comes saw sees ends became becomes brought thought knew found ran spoke
    wrote heard felt kept showed shows seemed seems appeared appears
    """.split()
)


def is_phrase_word(tok: Token) -> bool:
    return tok.is_word and tok.lower not in PHRASE_STOP and not pronoun_of(tok.lower)


def pronoun_mention(t: Token) -> Mention:
    low = pronoun_of(t.lower) or t.lower
    return Mention(t.text, t.start, t.end, "pronoun", low, None, PRONOUNS[low])


# The words build trims from the start and the end of a run (with stray punctuation).
# Function words a backward read can take in at a phrase's start: "When Trump was asked",
# "As Blumenthal noted", "Like Corker", "about Sanders".
_TRIM_START = (
    (JOINERS - {"the"})
    | SENTENCE_OPENERS
    | frozenset(
        """
        when as like about after before while if because since though although unless until
        with without by from to in into than whether once but yet so or nor often perhaps
        indeed finally
        """.split()
    )
)  # (a sentence's first word, capitalised, is not a role: "But Trump", "Then Berg")
_TRIM_END = JOINERS | DETERMINERS


def build(run: Sequence[Token], *, led_by_determiner: bool = False) -> Mention | None:
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
        if tok.lower in AFFILIATION and cut > 0:
            person = _build_person(run[:cut], run[cut:])
            if person is not None:
                return person
            break
    return _build_person(run, ()) or _build_other(run, led_by_determiner)


_OWNED_BY = frozenset({"for", "of", "to"})
AFFILIATION = frozenset({"of", "for", "at", "from", "with", "on"})


def _build_person(run: Sequence[Token], affiliation: Sequence[Token]) -> Mention | None:
    """A name at the end of the run (after its titles), or None."""
    last = len(run) - 1 if run[-1].is_capitalized and run[-1].lower in ORG_HEADS else len(run)
    k = last
    while k > 0 and (_is_name_part(run[k - 1]) or _homonym_surname(run, k - 1)):
        k -= 1
    if k == len(run) and k >= 2 and run[k - 2].lower in HONORIFICS and run[k - 1].is_capitalized:
        k -= 1  # "Ms. White", "Mr. Justice": after an honorific, any capitalised word is a name
    titled = k > 0 and (run[k - 1].lower in HONORIFICS or run[k - 1].lower in TITLE_WORDS)
    if last < len(run) and titled:
        pass  # "Sen. Ann Fox": a title, a name and a surname that elsewhere heads an organisation
    elif last < len(run) or _looks_like_org(run, k):
        return None  # "Fox News", "the Washington Post"
    if (
        last - k >= 3
        and run[k].lower in ROLE_HEADS
        and _gender_of_first_name(run[k + 1].text) is not None
    ):
        k += 1  # "Witness Carlos Mendes": a role word, capitalised to open a sentence
    name_toks = run[k:]
    while len(name_toks) > 1 and name_toks[-1].lower.strip(".") in POSTNOMINALS:
        name_toks = name_toks[:-1]  # "Amira Shah QC": the name is "Amira Shah"
    if not name_toks or (len(name_toks) == 1 and _is_initial(name_toks[0])):
        return None
    if _org_of(run, k):
        return None  # "the Municipality of Colchester", "Bank of England": a body's name
    full: Sequence[Token] = [*run, *affiliation] if affiliation else run
    text = span_text(full)
    if k > 1 and run[k - 1].lower in _OWNED_BY and is_role_head(run[k - 2].lower):
        # "a spokesman for Jo Hale": the spokesman speaks, unnamed; Hale is whom he serves
        gender = _gender_from_words([t.lower for t in run[: k - 1]])
        return Mention(text, full[0].start, full[-1].end, "role", text, text, gender)
    role_toks = [t for t in run[:k] if t.lower not in DETERMINERS and t.lower not in HONORIFICS]
    if role_toks and affiliation:
        role_toks = [*role_toks, *affiliation]
    elif affiliation and affiliation[0].lower != "on":
        role_toks = list(affiliation[1:])  # "Ann Lee of Brill Capital": "Brill Capital"
    role = _clean_role(span_text(role_toks)) if role_toks else None
    gender = _gender_from_words([t.lower for t in run])
    if gender is None and len(name_toks) > 1:
        gender = _gender_of_first_name(name_toks[0].text)
    name = " ".join([t.text for t in name_toks])
    return Mention(text, full[0].start, full[-1].end, "name", name, role, gender)


def _homonym_surname(run: Sequence[Token], i: int) -> bool:
    """`Theresa May`, `George Will`: a word that is also a surname, after a first name."""
    tok = run[i]
    return (
        i > 0
        and tok.lower in SURNAME_HOMONYMS
        and tok.is_capitalized
        and _gender_of_first_name(run[i - 1].text) is not None
    )


def homonym_mention(tok: Token) -> Mention | None:
    """A word that is also a surname, alone before a reporting verb, as a name: `"…," May
    said`, `Will wrote`."""
    if tok.lower not in SURNAME_HOMONYMS or not tok.is_capitalized:
        return None
    return Mention(tok.text, tok.start, tok.end, "name", tok.text, None, None)


def _is_name_part(tok: Token) -> bool:
    text = tok.text
    if len(text) == 2 and text[0].isupper() and text[1] == ".":  # _is_initial, without a call
        return True
    return is_name_word(tok) and not tok.lower.endswith(OWNER_ENDS)


def _build_other(run: Sequence[Token], led_by_determiner: bool = False) -> Mention | None:
    """A role used as a speaker ("the NATO chief") or an organisation ("the Pentagon")."""
    head = run[-1].lower
    text = span_text(run)
    start, end = run[0].start, run[-1].end
    if head in DOCUMENT_NOUNS and led_by_determiner and not run[-1].is_capitalized:
        # (but "the Washington Post" is a newspaper)
        owner = [t for t in run[:-1] if t.is_capitalized and t.lower not in DETERMINERS]
        if owner and all(t.is_capitalized for t in run[run.index(owner[0]) : -1]):
            # "the IMF report": the organisation that wrote it; "Ivana Trump's brief": hers
            name = re.sub("[’']s$", "", span_text(owner))
            return Mention(text, start, end, "organization", name, None, None)
        return Mention(text, start, end, "document", text, None, None)
    office = run[0].lower == "the" and run[-1].is_capitalized and _capitalised_office(run[1:])
    if not office and (
        head in ORG_HEADS
        or head in ORG_NAMES
        or _looks_like_org(run, len(run))
        or (run[-1].is_capitalized and _org_of(run, len(run) - 1))
    ):
        org = [t for t in run if t.lower not in DETERMINERS]
        return Mention(text, start, end, "organization", span_text(org), None, None)
    if not office and led_by_determiner and len(run) > 2 and trailing(run[-1].lower):
        # "The spokesman refused", "The audience gathered", "A campaign official later": the
        # phrase, without the verb or adverb read with it
        k = len(run) - 1
        while k > 1 and trailing(run[k - 1].lower):
            k -= 1
        return _build_other(run[:k], led_by_determiner)
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
    if len(run) == 1 and run[0].lower in ORG_NAMES:
        return True
    # a country speaks through its government: "Russia", "South Korea", "the Netherlands"
    return run[-1].lower in COUNTRIES and all(t.is_capitalized for t in run) and len(run) <= 3


def _org_of(run: Sequence[Token], k: int) -> bool:
    """Whether the name from run[k] follows an organisation word and "of": "Municipality of
    Colchester", "University of Texas" (the name is the body's, not a person's)."""
    return k >= 2 and run[k - 1].lower == "of" and run[k - 2].is_capitalized and (
        run[k - 2].lower in ORG_HEADS
    )


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


def span_text(toks: Sequence[Token]) -> str:
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
        if w in FEMALE_ROLE_WORDS:
            return "female"
        if w in MALE_ROLE_WORDS:
            return "male"
    return None


def _gender_of_first_name(first: str) -> str | None:
    low = first.lower()
    if low in FEMALE_NAMES:
        return "female"
    if low in MALE_NAMES:
        return "male"
    return None


POSSESSIVE_ENDS = (*OWNER_ENDS, "s’", "s'")  # and a plural owner: "voters’"
