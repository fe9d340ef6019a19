"""Kinds: an utterance, a fragment of someone's words, or a term nobody is quoted as saying (a
title, a nickname, a scare quote), on invented news sentences."""

from __future__ import annotations

import pytest
from attribution import cue_text, only_quote, quotes_of, speaker_of


def test_a_title_noun_then_a_comma_does_not_make_a_term() -> None:
    text = "Ana Ruiz said of the episode, \"I don't like it,\" adding that \"they are angry.\""
    first, second = quotes_of(text)
    assert first.kind != "term"
    assert speaker_of(first).name == speaker_of(second).name == "Ana Ruiz"


def test_quoted_words_inside_the_writers_sentence_are_a_fragment() -> None:
    q = only_quote('Senator Paul Adler called the decision a "grave mistake" on Tuesday.')
    assert (q.text, q.kind) == ("grave mistake", "fragment")
    assert speaker_of(q).name == "Paul Adler"
    assert cue_text(q) == "called"


def test_quoted_phrase_after_said_is_a_fragment() -> None:
    q = only_quote('Adler, who chairs the committee, said the plan was "dead on arrival" and left.')
    assert (q.text, q.kind) == ("dead on arrival", "fragment")
    assert speaker_of(q).name == "Adler"


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ('The band released the album "Northern Lights" in March.', "Northern Lights"),
        ('The singer James "Jimmy" Ortega will tour in June.', "Jimmy"),
        ('The so-called "reform" cut pensions by a third.', "reform"),
        ('The minister defended a so-called "reform" that cut pensions.', "reform"),
        ('Ana Ruiz thinks this is an episode of "Shark Tank." It is not.', "Shark Tank."),
        ("He praised his 1994 \u201cContract with America.\u201d", "Contract with America."),
        ("Check out the trailer for Ana Ruiz\u2019s documentary, \u201c13th.\u201d", "13th."),
        ('Tom Hale sat for an interview on Mr. King\'s show, "Politicking," this month.',
         "Politicking,"),
    ],
    ids=["title", "nickname", "so-called", "so-called-mid-sentence", "title-stop", "owned-title",
         "apposed-title-digit", "apposed-title-word"],
)
def test_names_and_scare_quotes_are_terms(text: str, term: str) -> None:
    q = only_quote(text)
    assert (q.text, q.kind) == (term, "term")
    assert q.cue is None


def test_a_surname_like_a_title_noun_does_not_make_a_term() -> None:
    text = 'Ana Ruiz said that the remark by Dr. Lee Song "was unfair and wrong."'
    q = only_quote(text)
    assert (q.kind, speaker_of(q).name) == ("fragment", "Ana Ruiz")


@pytest.mark.parametrize(
    "text",
    [
        'Ana Ruiz accused Tom Hale of running a campaign "of fear and of division."',
        'Ana Ruiz said the inspector\'s report "was not good" for the agency.',
    ],
    ids=["campaign", "report"],
)
def test_a_title_noun_before_lowercase_words_does_not_make_a_term(text: str) -> None:
    q = only_quote(text)
    assert (q.kind, speaker_of(q).name) == ("fragment", "Ana Ruiz")


@pytest.mark.parametrize(
    "text",
    [
        'Within minutes, Ana Ruiz called Tom Hale "Little Tommy."',
        'Ana Ruiz dubbed him "the little senator."',
        'It was what Ana Ruiz called the "Evil Empire."',
    ],
    ids=["called", "dubbed", "what-she-called"],
)
def test_a_name_someone_gives_is_their_word(text: str) -> None:
    q = only_quote(text)
    assert (q.kind, speaker_of(q).name) == ("fragment", "Ana Ruiz")


def test_a_writing_that_names_someone_gives_its_word() -> None:
    q = only_quote("Years ago, a Times article hailed Tom Hale as \u201cThe Comeback Kid.\u201d")
    assert q.kind == "fragment"


def test_a_second_name_given_in_the_same_breath_is_the_same_speakers() -> None:
    text = "Tom Hale called the winner \u201cMiss Piggy\u201d and \u201cMiss Housekeeping.\u201d"
    assert [(q.kind, speaker_of(q).name) for q in quotes_of(text)] == [
        ("fragment", "Tom Hale"),
        ("fragment", "Tom Hale"),
    ]


def test_two_titles_joined_stay_terms() -> None:
    text = "There was no mention of \u201cLyin\u2019 Ted\u201d or \u201cCrooked Hillary.\u201d"
    assert [q.kind for q in quotes_of(text)] == ["term", "term"]


def test_a_naming_word_before_a_colon_introduces_words_not_a_title() -> None:
    q = only_quote('Ana Ruiz had a motto: "never give up."')
    assert q.kind != "term"


def test_a_thing_called_something_is_a_title() -> None:
    q = only_quote('Ana Ruiz wrote a book called "Women Who Work" last year.')
    assert (q.kind, q.speaker) == ("term", None)


def test_a_show_after_its_network_is_a_title_and_its_cue_goes_on() -> None:
    text = 'Jo Hale tells MSNBC\'s "Morning Joe" that "exactly who did it" is not known.'
    show, words = quotes_of(text)
    assert (show.kind, show.speaker) == ("term", None)
    assert (words.kind, speaker_of(words).name) == ("fragment", "Jo Hale")


def test_a_quoted_title_alone_in_its_paragraph_is_a_heading() -> None:
    text = '"We won," Ana Ruiz said.\n\n"All Bets Are Off."\n\nEight years ago, it began.'
    assert [q.kind for q in quotes_of(text)] == ["utterance", "term"]


def test_long_words_nobody_is_named_for_are_a_fragment_not_a_term() -> None:
    text = (
        "Of the firms, 73 percent \u201cmaintained subsidiaries in offshore tax havens,\u201d a "
        "\u201cgrowing problem\u201d for regulators."
    )
    words, scare = quotes_of(text)
    assert (words.kind, words.speaker) == ("fragment", None)
    assert (scare.kind, scare.speaker) == ("term", None)


def test_a_stage_direction_in_a_transcript_is_a_term() -> None:
    text = '"PENCE: Well, look.\n\n"(CROSSTALK.)\n\n"WALLACE: If I may, sir."'
    assert [q.kind for q in quotes_of(text)] == ["utterance", "term", "utterance"]


def test_a_title_has_no_speaker() -> None:
    assert only_quote('The band released the album "Northern Lights" in March.').speaker is None


def test_a_nickname_has_no_speaker() -> None:
    assert only_quote('The singer James "Jimmy" Ortega will tour in June.').speaker is None



@pytest.mark.parametrize(
    ("text", "said", "name"),
    [
        ('"Yes," Ann Holt said.', "Yes,", "Ann Holt"),
        ('"No," said Ms. Ames.', "No,", "Ames"),
        ("'No,' said Ms. Ames.", "No,", "Ames"),
        ("\u2018No,\u2019 said Ms. Ames.", "No,", "Ames"),
        ("``No,'' said Ms. Ames.", "No,", "Ames"),
        ("'Hello,' she said. Ann Holt waved.", "Hello,", "she"),
        ('Ann Holt was asked if she would run. "Never," she said.', "Never,", "Ann Holt"),
        ("Ann Holt was asked if she would run. ``Never,'' she said.", "Never,", "Ann Holt"),
        ('Ann Holt said: "No."', "No.", "Ann Holt"),
        ("Asked if she would run, Ann Holt said, 'No.'", "No.", "Ann Holt"),
    ],
)
def test_a_one_word_quote_with_a_cue_is_an_utterance(text: str, said: str, name: str) -> None:
    q = only_quote(text)
    assert (q.text, q.kind) == (said, "utterance")
    assert speaker_of(q).name == name


@pytest.mark.parametrize(
    "text",
    [
        'Her answer was "no," Ann Holt said.',
        "Her answer was 'no,' Ann Holt said.",
        "Her answer was ``no,'' Ann Holt said.",
    ],
    ids=["double", "single", "latex"],
)
def test_a_one_word_quote_inside_a_sentence_with_a_cue_after_it_is_said(text: str) -> None:
    # (a capitalised word there, `was "Yes," Hale said`, is read as a title, as `on "Hardball,"
    # Hale said` must be)
    q = only_quote(text)
    assert (q.text, q.kind) == ("no,", "fragment")
    assert speaker_of(q).name == "Ann Holt"


@pytest.mark.parametrize(
    "text",
    [
        'The word "Yes" was painted on the wall.',
        "The word 'Yes' was painted on the wall.",
        "The word ``Yes'' was painted on the wall.",
    ],
    ids=["double", "single", "latex"],
)
def test_a_one_word_quote_without_a_cue_stays_a_term(text: str) -> None:
    q = only_quote(text)
    assert (q.text, q.kind, q.speaker) == ("Yes", "term", None)


@pytest.mark.parametrize(
    "text",
    [
        "“We are a free country,” he said on “Outnumbered.”",
        "Ortiz, appearing on “Face the Nation,” said the plan was dead.",
    ],
)
def test_the_programme_words_were_said_on_is_a_term(text: str) -> None:
    programme = [q for q in quotes_of(text) if q.text.rstrip(".,")[:1].isupper()][-1]
    assert programme.kind == "term"
