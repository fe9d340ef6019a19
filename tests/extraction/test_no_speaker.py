"""Who cannot speak: a quoted fragment is not given to a word that merely modifies a noun,
to a thing, an event or an abstract noun, and a verb read with a role is no part of it.

Each sentence is invented; each case was given a speaker that is not one before this rule.
"""

from __future__ import annotations

import pytest
from attribution import quotes_of

from quoteverify import extract_quotes


@pytest.mark.parametrize(
    ("text", "not_speaker"),
    [
        # an adjective or a place before a noun, read as a name with a "role"
        (
            "The candidates avoid the presumptive Democratic presidential nominee, who has "
            "been battered by the inspector’s conclusion that her actions were “extremely "
            "careless.”",
            "Democratic",
        ),
        (
            "Clinton proposed a New York debate in April, but the Sanders campaign rejected "
            "the idea as “ludicrous” because of a basketball game.",
            "York",
        ),
        (
            "Programs for autistic adults vary from state to state, depending on whether they "
            "are “high” or “low” functioning.",
            "Programs",
        ),
        # an abstract noun that opens the sentence
        (
            "Frustrations at Pell’s inability to stop his slide, combined with a report in the "
            "Daily Ledger about his campaign “hemorrhaging cash,” have begun to spread among "
            "his allies.",
            "Frustrations",
        ),
    ],
)
def test_a_word_that_names_no_one_is_no_speaker(text: str, not_speaker: str) -> None:
    quotes = quotes_of(text)
    assert quotes, "the quoted words are still found"
    for quote in quotes:
        assert quote.kind != "term"  # someone's words, whose we cannot tell
        assert quote.speaker is None or not_speaker not in quote.speaker.name


@pytest.mark.parametrize(
    "phrase",
    [
        "her record",
        "The rejection of the old consensus",
        "its highest possible",
        "the question here",
    ],
)
def test_a_phrase_headed_by_a_thing_is_no_speaker(phrase: str) -> None:
    from quoteverify.extraction.heads import names_no_speaker

    assert names_no_speaker(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "the audience",
        "a study last year",
        "an official who attended the meeting",
        "the retired neurosurgeon",
        "the community",
        "a Pentagon readout",
        "the accused",
    ],
)
def test_a_phrase_headed_by_a_person_a_body_or_a_document_may_speak(phrase: str) -> None:
    from quoteverify.extraction.heads import names_no_speaker

    assert not names_no_speaker(phrase)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The spokesman refused to confirm it, saying only: “We do not comment.”", "The spokesman"),
        ("The news service later reported: “The talks have stalled.”", "The news service"),
    ],
)
def test_a_verb_read_with_a_role_is_no_part_of_the_speaker(text: str, mention: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.mention == mention


def test_a_quoted_word_in_a_headline_is_a_title_not_a_fragment() -> None:
    text = "Mayor Calls Budget Plan ‘Reckless.’\n\nThe mayor said on Monday that it was unbalanced."
    (quote,) = extract_quotes(text)
    assert quote.kind == "term"


def test_a_role_of_only_adjectives_or_an_owner_is_no_evidence_of_a_person() -> None:
    from quoteverify.extraction.heads import says_person

    assert says_person("retired neurosurgeon") and says_person("Clinton's top aide")
    assert not says_person("presumptive") and not says_person("last week's")
    assert not says_person("her")
