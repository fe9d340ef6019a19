"""What kind of change a hunk of a word diff is, and which differences are only house style.

Each difference between a quote and a passage gets a kind, read in this order:

- ``editorial``: the same words as an editor or a style guide writes them. Hyphens and
  compounds ("state funded", "state-funded"; "e-mail", "email"), abbreviations ("U.S.", "US",
  "United States"; "Sen.", "Senator"), "&" for "and", "%" for "percent", British and American
  spelling ("travelling", "traveling"; "colour", "color"), a number written in figures or
  words with the same value ("two", "2"; "10,000", "ten thousand"), a name transliterated two
  ways ("Qaddafi", "Gadhafi"). Square-bracketed insertions are set aside before alignment
  (:mod:`.align`) and listed as editorial too;
- ``number``: a number with another value ("10,000" for "12,000", "two" for "three");
- ``negation``: a "not", "never" or "n't" added or dropped;
- ``word-form``: the same word inflected another way ("is", "was"; "says", "said"; "pews",
  "pew"), or a contraction written out ("we've", "we have"), by NLTK's Snowball stemmer and
  a table of irregular verbs;
- ``insertion`` (words the quote has and the passage lacks), ``deletion`` (words the passage
  has and the quote lacks) or ``substitution`` (words replaced).

``reordering`` (words moved to the other end of the quote) is told by the alignment itself.
Only editorial differences leave a quote corroborated.

>>> kind_of("state funded", "state-funded"), kind_of("10,000", "12,000"), kind_of("is", "was")
('editorial', 'number', 'word-form')
>>> kind_of("will", "will not"), kind_of("June", "May"), kind_of("", "and", " & ", "")
('negation', 'substitution', 'editorial')
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from quoteverify.matching.evidence import english_frequency
from quoteverify.matching.wording import (
    ABBREVIATED,
    CONTRACTED_ENDINGS,
    CONTRACTIONS,
    FRACTIONS,
    FUNCTION_WORDS,
    IRREGULAR_LEMMAS,
    NEGATIONS,
    ORDINALS,
    SCALES,
    SPELLINGS,
    TENS,
    UNITS,
)
from quoteverify.matching.words import fold
from quoteverify.model import HunkKind

_WORD_RE = re.compile(r"[^\W_]+(?:['’‘ʼ\-‐‑.,][^\W_]+)*")
_FIGURE_RE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|\.\d+")
_NAME_SIMILARITY = 0.7
"""Two capitalised words this alike (0-1) are one name transliterated two ways ..."""
_KNOWN_NAME = 1e-6
"""... unless both are this frequent in English (Zipf 3): then they are two names."""


@lru_cache(maxsize=16384)
def kind_of(this: str, other: str, this_gap: str = "", other_gap: str = "") -> HunkKind:
    """The kind of the change from ``other`` (the passage's words, as written) to ``this``
    (the quote's); a side with no words has ``*_gap``, the characters between the words
    around the change ("&" stands there for an "and")."""
    a, b = _words(this), _words(other)
    if _editorial(a, b, this, other, this_gap, other_gap):
        return "editorial"
    numbers_a, numbers_b = _numbers(a), _numbers(b)
    if numbers_a and numbers_b and numbers_a != numbers_b:
        return "number"
    if _negations(a) != _negations(b):
        return "negation"
    if a and b and _same_forms(a, b):
        return "word-form"
    if not b:
        return "insertion"
    if not a:
        return "deletion"
    return "substitution"


def is_content_word(text: str) -> bool:
    """Whether written words hold a word that is not a function word ("the", "and", "we"); a
    capitalised one is a name ("May" the month, not the verb).

    >>> is_content_word("June"), is_content_word("May"), is_content_word("and we")
    (True, True, False)
    """
    raw = _WORD_RE.findall(text)
    return any(
        w not in FUNCTION_WORDS or (r[:1].isupper() and r != "I")
        for w, r in zip(fold(raw), raw, strict=True)
    )


def _words(text: str) -> list[str]:
    return fold(_WORD_RE.findall(text))


def _editorial(
    a: list[str], b: list[str], this: str, other: str, this_gap: str, other_gap: str
) -> bool:
    if not a and not b:
        return True
    if _censored(this, other):
        return True  # "f***ing", "f---ing", "fucking": a word masked as each outlet masks it
    if not a or not b:
        only, gap = (b, this_gap) if not a else (a, other_gap)
        if only == ["and"] and "&" in gap:
            return True  # "state & local", "state and local"
        return only in (["percent"], ["per", "cent"]) and "%" in gap
    if _joined(a) == _joined(b):
        return True  # "state funded"/"state-funded", "e-mail"/"email", "U.S."/"US"
    if _expanded(a) == _expanded(b):
        return True  # "Sen."/"Senator", "US"/"United States", "percent"/"per cent"
    if [_spelling(w) for w in a] == [_spelling(w) for w in b]:
        return True  # "travelling"/"traveling", "colour"/"color"
    parts_a, parts_b = _parts(a), _parts(b)
    numbers_a, numbers_b = _numbers(parts_a), _numbers(parts_b)
    if (
        numbers_a
        and numbers_a == numbers_b
        and _without_numbers(parts_a) == _without_numbers(parts_b)
    ):
        return True  # "two"/"2", "10,000"/"ten thousand", "two-in-three"/"2 in 3", "5%"
    written_a, written_b = _WORD_RE.findall(this), _WORD_RE.findall(other)
    return len(written_a) == len(written_b) and all(
        x.lower() == y.lower() or _transliterated(x, y)
        for x, y in zip(written_a, written_b, strict=True)
    )  # "Muammar al-Qaddafi"/"Moammar Gadhafi"


def _parts(words: list[str]) -> list[str]:
    """Words with their hyphenated parts apart, numbers aside: "two-in-three" is three words,
    "twenty-five" one number."""
    out: list[str] = []
    for word in words:
        if "-" in word and _number_word(word) is None:
            out.extend(p for p in word.split("-") if p)
        else:
            out.append(word)
    return out


# A word masked by an outlet: its first letters, a run of asterisks or dashes, perhaps its
# last letters ("f***", "motherf---er").
_MASKED_RE = re.compile(r"^(\w*)(\*+|[-‐‑–—_]{2,})(\w*)$")


def _censored(this: str, other: str) -> bool:
    """Whether two wordings differ only in how a word is masked, or masked and spelt out.

    >>> _censored("motherf***er", "motherfucker"), _censored("f---ing", "f***ing")
    (True, True)
    >>> _censored("f***ing", "freezing"), _censored("great", "grand")
    (False, False)
    """
    mine, theirs = this.split(), other.split()
    if len(mine) != len(theirs) or ("*" not in this + other and "--" not in this + other):
        return False
    masked_any = False
    for x, y in zip(mine, theirs, strict=True):
        x, y = x.strip(".,;:!?\"'’”“").lower(), y.strip(".,;:!?\"'’”“").lower()
        mx, my = _MASKED_RE.match(x), _MASKED_RE.match(y)
        if mx is None and my is None:
            if x != y:
                return False
            continue
        masked_any = True
        if mx is not None and my is not None:
            if (mx.group(1), mx.group(3)) != (my.group(1), my.group(3)):
                return False
            continue
        mask, plain = (mx, y) if mx is not None else (my, x)
        assert mask is not None
        head, hidden, tail = mask.group(1), mask.group(2), mask.group(3)
        if not (head and plain.startswith(head) and plain.endswith(tail)):
            return False
        letters = len(plain) - len(head) - len(tail)
        # an asterisk hides one letter; dashes are looser
        if letters < 2 or (hidden[0] == "*" and letters != len(hidden)):
            return False
    return masked_any


def _joined(words: list[str]) -> str:
    return "".join(words).replace("-", "").replace(".", "").replace("'", "")


def _expanded(words: list[str]) -> list[str]:
    out: list[str] = []
    for word in words:
        bare = word.replace(".", "")
        out.extend(ABBREVIATED.get(bare, (bare,)) if bare not in ("okay", "ok") else ("ok",))
    return out


# British spellings that rules make American: (suffix pattern, replacement); a word must be at
# least this long before a rule applies, so "four" never becomes "for".
_SPELLING_RULES = (
    (re.compile(r"(?<=\w{3})our(s|ed|ing|ite|ites|able|ably|ful|er|ers|hood|ly)?$"), r"or\1"),
    (re.compile(r"(?<=\w{2})is(e|es|ed|ing|ation|ations|er|ers)$"), r"iz\1"),
    (re.compile(r"(?<=\w{2})ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"(?<=\w{3})tre(s|d)?$"), r"ter\1"),
)
# "travelled", "cancelling", "counsellor": American writes one l after an unstressed vowel,
# which a base of two syllables or more ("travel", not "fill") stands for here.
_DOUBLED_L_RE = re.compile(r"(\w*?)ll(ed|ing|er|ers|or|ors)$")
_VOWEL_GROUPS_RE = re.compile(r"[aeiouy]+")


@lru_cache(maxsize=16384)
def _spelling(word: str) -> str:
    """A folded word in American spelling (best effort): "travelling" -> "traveling".

    >>> [_spelling(w) for w in ("colour", "organised", "centre", "travelling", "four", "filling")]
    ['color', 'organized', 'center', 'traveling', 'four', 'filling']
    """
    word = SPELLINGS.get(word, word)
    if len(word) < 5:
        return word
    for pattern, replacement in _SPELLING_RULES:
        changed = pattern.sub(replacement, word)
        if changed != word:
            return changed
    doubled = _DOUBLED_L_RE.fullmatch(word)
    if doubled and len(_VOWEL_GROUPS_RE.findall(doubled.group(1))) >= 2:
        return f"{doubled.group(1)}l{doubled.group(2)}"
    return word


def _numbers(words: list[str]) -> tuple[float, ...]:
    """The values of the numbers the words write, in figures or in words.

    >>> _numbers(["10,000"]), _numbers(["ten", "thousand"]), _numbers(["2.5", "million"])
    ((10000.0,), (10000.0,), (2500000.0,))
    >>> _numbers(["twenty-five", "years"]), _numbers(["a", "half"]), _numbers(["we"])
    ((25.0,), (0.5,), ())
    """
    values: list[float] = []
    current: float | None = None
    for k, word in enumerate(words):
        denominator = _DENOMINATORS.get(word)
        if denominator and k and (words[k - 1] in ("a", "one") or current is not None):
            # "a third", "one-third", "two thirds": a fraction, not an ordinal
            numerator = 1.0 if words[k - 1] in ("a", "one") or current is None else current
            current = numerator / denominator
            continue
        value = _number_word(word)
        if value is None:
            if current is not None:
                values.append(current)
                current = None
            continue
        if word in SCALES and current is not None:
            current *= value
        elif current is not None and value < 100 and current >= 20 and current % 10 == 0:
            current += value  # "forty two"
        else:
            if current is not None:
                values.append(current)
            current = value
    if current is not None:
        values.append(current)
    return tuple(values)


# Figures with a scale after them, as headlines write them: "$40m", "3bn", "10k".
_SCALED_RE = re.compile(r"(\d+(?:\.\d+)?)(k|m|mn|bn|b|tn)")
_SCALE_LETTERS = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}


_DENOMINATORS: dict[str, float] = {
    form: float(value)
    for word, value in ORDINALS.items()
    if value > 2
    for form in (word, word + "s")
} | {"quarter": 4.0, "quarters": 4.0, "half": 2.0, "halves": 2.0}


def _number_word(word: str) -> float | None:
    if _FIGURE_RE.fullmatch(word):
        return float(word.replace(",", ""))
    scaled = _SCALED_RE.fullmatch(word)
    if scaled:
        return float(scaled.group(1)) * _SCALE_LETTERS[scaled.group(2)]
    if word in UNITS:
        return float(UNITS[word])
    if word in TENS:
        return float(TENS[word])
    if word in SCALES:
        return float(SCALES[word])
    if word in ORDINALS:
        return float(ORDINALS[word])
    if word in FRACTIONS:
        return FRACTIONS[word]
    if "-" in word:  # "twenty-five"
        tens, _, unit = word.partition("-")
        if tens in TENS and unit in UNITS:
            return float(TENS[tens] + UNITS[unit])
    return None


def _without_numbers(words: list[str]) -> list[str]:
    return [
        w for w in words if _number_word(w) is None and w not in ("a", "percent", "per", "cent")
    ]


def _negations(words: list[str]) -> int:
    return sum(1 for w in words if w in NEGATIONS or w.endswith("n't"))


def _same_forms(a: list[str], b: list[str]) -> bool:
    """Whether two runs are the same words in other forms ("is"/"was", "we've"/"we have")."""
    x, y = _spelled_out(a), _spelled_out(b)
    return len(x) == len(y) and all(_same_word(p, q) for p, q in zip(x, y, strict=True))


def _spelled_out(words: list[str]) -> list[str]:
    out: list[str] = []
    for word in words:
        if word in CONTRACTIONS:
            out.extend(CONTRACTIONS[word])
            continue
        for ending, expansion in CONTRACTED_ENDINGS.items():
            if word.endswith(ending) and len(word) > len(ending):
                out.append(word[: -len(ending)])
                out.extend(expansion)
                break
        else:
            out.append(word)
    return out


def _same_word(a: str, b: str) -> bool:
    """Whether two words are one word in two forms: the same lemma of an irregular verb, or the
    same Snowball stem. Words that do not open with the same three letters never share a stem
    (a stem is the word's beginning), which spares loading NLTK for most substitutions."""
    if a == b:
        return True
    lemma_a, lemma_b = IRREGULAR_LEMMAS.get(a), IRREGULAR_LEMMAS.get(b)
    if lemma_a is not None or lemma_b is not None:
        return lemma_a == lemma_b
    if a[:3] != b[:3]:
        return False
    stemmer = _stemmer()
    return bool(stemmer.stem(a) == stemmer.stem(b))


@cache
def _stemmer() -> Any:  # nltk.stem.snowball.SnowballStemmer (imported when first needed)
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english")


def _transliterated(a: str, b: str) -> bool:
    """Two capitalised names spelt alike, one of them rare in English: "Qaddafi", "Gadhafi";
    "Muammar", "Moammar" (but not "Clinton", "Clifton", two names English knows well).

    >>> _transliterated("al-Qaddafi", "Gadhafi"), _transliterated("Clinton", "Clifton")
    (True, False)
    """
    x, y = (re.sub(r"^(?:al|el)[-‐‑]", "", w) for w in (a, b))
    if not (x[:1].isupper() and y[:1].isupper()):
        return False
    x, y = x.lower(), y.lower()
    if x == y:
        return True
    if min(len(x), len(y)) < 5 or min(english_frequency(x), english_frequency(y)) > _KNOWN_NAME:
        return False
    from rapidfuzz.distance import Indel

    return Indel.normalized_similarity(x, y) >= _NAME_SIMILARITY
