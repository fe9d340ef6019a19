"""Speaker confidence, on invented news sentences: firm attributions are firm, guesses are not.

A finding that fails a build may only rest on a speaker at ``CONFIDENT`` or above, so every way
of guessing a speaker must stay below it.
"""

from __future__ import annotations

import pytest
from attribution import only_quote, quotes_of, speaker_of

from quoteverify import Quote
from quoteverify.extraction.confidence import (
    CONFIDENT,
    GUESSES,
    HELD,
    SHARES,
    WAYS,
    speaker_confidence,
    way_found,
)


@pytest.mark.parametrize(
    "text",
    [
        '"We will rebuild the harbour," Mayor Ana Ruiz said.',
        'Mayor Ana Ruiz told reporters: "We will rebuild the harbour."',
        'Ana Ruiz, the mayor, spoke on Monday. "We will rebuild the harbour," Ruiz said.',
    ],
    ids=["named-after", "named-before", "surname"],
)
def test_a_speaker_named_with_a_cue_in_the_quotes_sentence_is_firm(text: str) -> None:
    q = quotes_of(text)[-1]
    assert speaker_of(q).confidence >= CONFIDENT


@pytest.mark.parametrize(
    "text",
    [
        # carried on from the paragraph before
        '"We will rebuild," Mayor Ana Ruiz said.\n\n"And the harbour will be stronger."',
        # the subject of the sentence, no cue
        'Senator Ana Ruiz wants the council to stop "wasting money on a harbour nobody uses."',
        # a lone pronoun with no antecedent in its sentence
        'Ana Ruiz arrived late. Tom Reyes left. "We will rebuild," she said.',
        # one word the document never completes
        '"We will rebuild the harbour," Okonkwo said.',
    ],
    ids=["continuation", "no-cue", "pronoun", "one-word"],
)
def test_a_guessed_speaker_is_below_confident(text: str) -> None:
    q = quotes_of(text)[-1]
    assert q.speaker is not None
    assert q.speaker.confidence < CONFIDENT, q.speaker


def test_a_surname_two_people_share_is_a_guess_and_an_honorific_settles_it() -> None:
    lede = "Hillary and Bill Clinton earned $10 million last year.\n\n"
    q = only_quote(lede + '"We have come a long way," Clinton said.')
    assert speaker_of(q).confidence < CONFIDENT
    q = only_quote(lede + '"We have come a long way," Mrs. Clinton said.')
    assert (speaker_of(q).name, speaker_of(q).confidence >= CONFIDENT) == ("Hillary Clinton", True)


def test_confidence_is_in_the_json_of_extract() -> None:
    from quoteverify import Document, extract
    from quoteverify.render.json import results_to_json

    text = '"We will rebuild the harbour," Mayor Ana Ruiz said.'
    data = results_to_json([(Document("a", text), extract(text))])
    assert (
        data["documents"][0]["quotes"][0]["speaker"]["confidence"] == WAYS["name, cue, utterance"]
    )


@pytest.mark.parametrize(
    ("text", "way"),
    [
        (
            'Ana Ruiz, the mayor, spoke on Monday. "We will rebuild the harbour," Ruiz said.',
            "surname, cue, utterance",
        ),
        ('"We will rebuild the harbour," Mayor Ana Ruiz said.', "name, cue, utterance"),
        (
            'Ana Ruiz, the mayor, spoke on Monday. Ruiz called the plan "a fresh start."',
            "surname, cue, fragment",
        ),
        ('Mayor Ana Ruiz called the plan "a fresh start."', "name, cue, fragment"),
        (
            '"The harbour will reopen in May," the Port Authority said.',
            "organization, cue, utterance",
        ),
        (
            'The Port Authority called the delay "regrettable but brief."',
            "organization, cue, fragment",
        ),
        ('"We will rebuild the harbour," Okonkwo said.', "one-word name, cue"),
    ],
)
def test_each_way_of_finding_a_speaker_is_named_and_given_its_value(text: str, way: str) -> None:
    q = quotes_of(text)[-1]
    assert way_found(q) == way
    assert speaker_of(q).confidence == WAYS[way]


def test_an_organisations_statement_is_firm_and_a_few_words_it_used_are_not() -> None:
    # on the development corpus an organisation's quoted statement names the right speaker
    # about as often as a person's, but a fragment in the writer's sentence does not
    statement = only_quote('"The harbour will reopen in May," the Port Authority said.')
    words = only_quote('The Port Authority called the delay "regrettable but brief."')
    assert speaker_of(statement).confidence >= CONFIDENT > speaker_of(words).confidence


def test_only_a_cue_in_the_quotes_sentence_or_a_transcript_label_is_confident() -> None:
    confident = [way for way, value in WAYS.items() if value >= CONFIDENT]
    assert confident
    assert all(", cue" in way or way == "transcript label" for way in confident), confident


def test_the_ways_that_guess_stay_below_confident_whatever_they_score() -> None:
    assert HELD < CONFIDENT
    for way in GUESSES:
        assert WAYS[way] == min(SHARES[way], HELD) < CONFIDENT, way


def test_a_quote_without_a_speaker_has_no_confidence() -> None:
    q = Quote("closed for winter", 10, 27, None, None, "fragment", 0)
    assert (way_found(q), speaker_confidence(q)) == ("no speaker", 0.0)
