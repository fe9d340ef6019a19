"""Who can speak, on news in styles the rules were not written on.

Each article in ``tests/fixtures/styles`` (invented text: sport, cricket, courts, parliament,
local news from Canada, the UK, Australia, India and Kenya, Canadian Press style, business,
science, eyewitnesses, a minister and her critics, and a page of traps) has a ``.expected``
file with one line per quote: ``opening words | expected speaker | mark``. The mark ``=`` says
the speaker must be found; ``~`` that it may be missed (None) but never be someone else; ``-``
that nobody may be given. A speaker matches when the expected name's last word is one of its
words, as the project's scorer counts. Whatever the golden lines say, no speaker may be a
place, a month, a platform, a vehicle, a building or a stray capitalised word.
"""

from __future__ import annotations

import pytest
from helpers import ROOT

from quoteverify import Quote, extract_quotes
from quoteverify.lexicon import SURNAME_HOMONYMS

STYLES = ROOT / "tests" / "fixtures" / "styles"
ARTICLES = sorted(p.stem for p in STYLES.glob("*.txt"))

# Words that name no speaker in these articles: places, months, platforms, vessels, venues,
# works, and the capitalised words a headline or an opener puts before a name.
NEVER_SPEAKERS = frozenset(
    """
    already blame placed wall street senate participant democratic it stadium twitter gop
    hyatt regency nice washington ap doki riviera mary harbour town halifax municipality
    march april may june july october sydney pune nairobi lagos gikomba skomer pembrokeshire
    queen hotel harbourside promenade courier fox business
    """.split()
)


def _expected(stem: str) -> list[tuple[str, str, str]]:
    lines = (STYLES / f"{stem}.expected").read_text(encoding="utf-8").splitlines()
    rows = []
    for line in lines:
        opening, speaker, mark = (part.strip() for part in line.split("|"))
        rows.append((opening, speaker, mark))
    return rows


def _quote(quotes: list[Quote], opening: str) -> Quote:
    found = [q for q in quotes if q.text.startswith(opening)]
    assert len(found) == 1, f"no single quote opens with {opening!r}"
    return found[0]


def _matches(expected: str, name: str) -> bool:
    return expected.split()[-1].lower() in name.lower().replace(",", " ").split()


def test_every_article_has_a_golden_file() -> None:
    assert len(ARTICLES) >= 12
    for stem in ARTICLES:
        assert (STYLES / f"{stem}.expected").is_file()


@pytest.mark.parametrize("stem", ARTICLES)
def test_speakers_are_the_expected_or_none(stem: str) -> None:
    quotes = extract_quotes((STYLES / f"{stem}.txt").read_text(encoding="utf-8"))
    for opening, speaker, mark in _expected(stem):
        quote = _quote(quotes, opening)
        got = quote.speaker if quote.kind != "term" else None
        if mark == "-":
            assert got is None, f"{opening!r}: nobody said it, got {got}"
        elif got is None:
            assert mark == "~", f"{opening!r}: expected {speaker}, got no speaker"
        else:
            assert _matches(speaker, got.name), f"{opening!r}: expected {speaker}, got {got.name}"


@pytest.mark.parametrize("stem", ARTICLES)
def test_no_speaker_is_a_thing(stem: str) -> None:
    quotes = extract_quotes((STYLES / f"{stem}.txt").read_text(encoding="utf-8"))
    for quote in quotes:
        if quote.speaker is None:
            continue
        words = set(quote.speaker.name.lower().split())
        if len(words) > 1:
            words -= SURNAME_HOMONYMS  # "Theresa May": the surname, not the month
        assert not words & NEVER_SPEAKERS or (
            quote.speaker.kind == "organization" and ("union" in words or "consulate" in words)
        ), f"{quote.text!r} given to {quote.speaker.name!r}"


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        ('Already, fans have called the result "a disgrace for the club."', "Already"),
        ('Participant feedback described the event as "chaotic and badly run."', "Participant"),
        ('Democrats want the Senate next year. The Senate next year will look "very new."', "year"),
        ('Blame Placed On Referee. "He missed everything," the manager said.', "Blame"),
        ('Fans left the Kingsmead Stadium. Stadium called it "a night to forget."', "Stadium"),
        ('It said the plan was "dead in the water."', "It"),
        ('In March, the council voted. March saw it call the plan "dead in the water."', "March"),
        ('The ferry Mary Rose ran aground. "We\'re stuck," she said.', "Mary Rose"),
        ('Wall Street called the merger "a bold bet on growth."', "Wall Street"),
        ('The hit show "Doki Doki" is back. Doki Doki called it "the best yet."', "Doki Doki"),
        ('Twitter erupted. Twitter said the post was "a clear breach of the rules."', "person"),
    ],
)
def test_traps_are_no_speakers(text: str, forbidden: str) -> None:
    for quote in extract_quotes(text):
        speaker = quote.speaker
        if speaker is None:
            continue
        if forbidden == "person":  # a platform may speak as a company, never as a person
            assert speaker.kind != "person", speaker
        else:
            assert forbidden not in speaker.name, speaker


def test_a_person_named_like_a_thing_still_speaks() -> None:
    text = (
        "Daniel Rose, a fisherman, saw the boat sink. "
        '"It went down in a minute," Rose said. "Nobody could have saved her," he added.'
    )
    speakers = [q.speaker.name for q in extract_quotes(text) if q.speaker]
    assert speakers == ["Daniel Rose", "Daniel Rose"]
