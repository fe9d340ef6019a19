"""Utterances: split quotes, quotes joined by "and", and a quote that continues its speaker's
run, on invented news sentences."""

from __future__ import annotations

from attribution import quotes_of, speaker_of


def test_a_term_between_two_quotes_does_not_break_the_speakers_run() -> None:
    text = (
        '"We will release the records," Ana Ruiz said on CBS\u2019s "Face the Nation" '
        'on Sunday. "I am very healthy."'
    )
    first, show, second = quotes_of(text)
    assert speaker_of(first).name == "Ana Ruiz"
    assert show.kind == "term"
    assert speaker_of(second).name == "Ana Ruiz"
    assert speaker_of(second).resolved_by == "continuation"


def test_quotes_joined_by_and_share_the_speaker_named_after_them() -> None:
    text = 'Guns are "a health crisis" and "stunt growth," Jo Hale, a doctor, told the crowd.'
    first, second = quotes_of(text)
    assert speaker_of(first).name == speaker_of(second).name == "Jo Hale"


def test_split_quote_segments_share_the_speaker() -> None:
    text = '"We will rebuild the harbour," Tom Reyes said, "and we will do it before the summer."'
    first, second = quotes_of(text)
    assert second.text == "and we will do it before the summer."
    assert speaker_of(first).name == speaker_of(second).name == "Tom Reyes"


def test_split_quote_segments_share_the_utterance() -> None:
    text = '"We will rebuild the harbour," Tom Reyes said, "and we will do it before the summer."'
    first, second = quotes_of(text)
    assert first.utterance == second.utterance


def test_next_paragraph_without_cue_continues_the_speaker() -> None:
    text = (
        '"We will not give up," said Maria Lopez, the union leader.\n'
        "\n"
        '"The strike goes on until the ministry listens to teachers."'
    )
    first, second = quotes_of(text)
    assert speaker_of(first).name == "Maria Lopez"
    assert speaker_of(second).name == "Maria Lopez"
    assert speaker_of(second).resolved_by == "continuation"
    assert second.cue is None

