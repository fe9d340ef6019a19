"""Speaker confidence, on invented news sentences: firm attributions are firm, guesses are not.

A finding that fails a build may only rest on a speaker at ``CONFIDENT`` or above, so every way
of guessing a speaker must stay below it.
"""

from __future__ import annotations

import pytest
from attribution import only_quote, quotes_of, speaker_of

from quoteverify.extraction.confidence import CONFIDENT


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
    assert data["documents"][0]["quotes"][0]["speaker"]["confidence"] == 0.97
