"""Transcripts: a speaker's label in capitals and a colon, and an "I" on a line a label opens, on
invented news sentences."""

from __future__ import annotations

from attribution import only_quote, quotes_of, speaker_of


def test_transcript_label_inside_the_quote() -> None:
    text = 'The transcript reads: "ADLER: Well, we have to look at the numbers first."'
    s = speaker_of(only_quote(text))
    assert s.resolved_by == "label"
    assert s.name.lower() == "adler"
    assert s.mention == "ADLER"


def test_i_on_a_transcript_line_is_the_lines_speaker() -> None:
    text = (
        "Mayor Lena Ortiz sat down with the Courier.\n\n"
        "Q: Critics call the plan too little, too late.\n\n"
        'ORTIZ: I would say it is "a start." We will see results.'
    )
    s = speaker_of(only_quote(text))
    assert (s.name, s.mention) == ("Lena Ortiz", "ORTIZ")


def test_i_outside_a_transcript_is_left_as_written() -> None:
    s = speaker_of(only_quote('Ann Lee spoke. I said it was "a start."'))
    assert (s.name, s.kind) == ("I", "unknown")


def test_transcript_labels_on_successive_lines_are_different_speakers() -> None:
    text = (
        "The station released a transcript of the interview.\n"
        '"HOST: Is the plan dead?"\n'
        '"ADLER: Well, we have to look at the numbers first."'
    )
    host, guest = quotes_of(text)
    assert (speaker_of(host).mention, speaker_of(guest).mention) == ("HOST", "ADLER")
    assert speaker_of(guest).resolved_by == "label"
    assert host.utterance != guest.utterance

