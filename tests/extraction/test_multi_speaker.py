"""Stories with several speakers in turn: eyewitnesses, two players after a game, a minister and
a critic. The nearest attribution wins over carrying the last speaker on (invented articles)."""

from __future__ import annotations

from attribution import quotes_of, speaker_of

_MINISTER_AND_CRITIC = (
    "Finance Minister Ruth Adeyemi and opposition critic David Moyo clashed on Tuesday.\n\n"
    '"We will appeal," Ms. Adeyemi said.\n\n'
)


def names(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in quotes_of(text)]


def test_a_pronoun_takes_the_subject_of_the_sentence_before_in_its_paragraph() -> None:
    text = (
        '"There was smoke everywhere," said Amara Okafor, a nurse.\n\n'
        "Another commuter, Jane Wei, said she heard two bangs. "
        '"It sounded like fireworks," she said.'
    )
    okafor, wei = quotes_of(text)
    assert speaker_of(okafor).name == "Amara Okafor"
    assert (speaker_of(wei).name, speaker_of(wei).mention) == ("Jane Wei", "she")
    assert speaker_of(wei).resolved_by == "pronoun"


def test_the_subject_before_must_fit_the_pronoun() -> None:
    # Sam Ortiz is a man: "she" is the woman who speaks of him
    text = (
        "Coach Sam Ortiz was sacked on Monday.\n\n"
        '"He was always fair," said Lena Park, his assistant.\n\n'
        'And Ortiz, said Park, never forgot a slight. "He holds grudges," she said.'
    )
    assert names(text) == ["Lena Park", "Lena Park"]


def test_the_subject_before_must_be_a_person() -> None:
    text = (
        '"We lost our way," said Senator Joe Dunn.\n\n'
        'Footage of the rally plays again. "We will win," he says.'
    )
    assert names(text) == ["Joe Dunn", "Joe Dunn"]


def test_someone_else_named_before_a_quote_paragraph_speaks_it() -> None:
    text = _MINISTER_AND_CRITIC + 'Moyo was not impressed.\n\n"We have heard this before."'
    adeyemi, moyo = quotes_of(text)
    assert speaker_of(adeyemi).name == "Ruth Adeyemi"
    assert speaker_of(moyo).name == "David Moyo"
    assert speaker_of(moyo).resolved_by != "continuation"


def test_someone_else_named_in_the_quote_paragraph_speaks_it() -> None:
    same = _MINISTER_AND_CRITIC + 'Moyo, who sat across the aisle, was unmoved. "Not again."'
    assert names(same)[1] == "David Moyo"
    one_paragraph = (
        "Finance Minister Ruth Adeyemi and opposition critic David Moyo clashed on Tuesday.\n\n"
        '"We will appeal," Ms. Adeyemi said. Moyo shook his head. "We have heard this before."'
    )
    assert names(one_paragraph) == ["Ruth Adeyemi", "David Moyo"]


def test_the_same_voice_goes_on_when_nobody_else_is_named() -> None:
    text = _MINISTER_AND_CRITIC + '"The court got it wrong."'
    _, again = quotes_of(text)
    assert speaker_of(again).name == "Ruth Adeyemi"
    assert speaker_of(again).resolved_by == "continuation"


def test_a_name_does_not_run_across_a_sentence_end() -> None:
    text = '"We played well," said Ortiz. Berg, his teammate, disagreed: "We were lucky."'
    assert names(text) == ["Ortiz", "Berg"]


def test_a_sentence_opening_word_is_not_a_role() -> None:
    text = '"We played well," said Ortiz. Then Berg, his teammate, spoke: "We were lucky."'
    berg = quotes_of(text)[1]
    assert speaker_of(berg).name == "Berg"
    assert speaker_of(berg).role != "Then"


def test_a_signature_beats_a_guess_from_the_paragraph_before() -> None:
    text = (
        "Mayor Ana Ruiz spoke to the council for an hour on Monday night.\n\n"
        '"Every street deserves a bus route that runs on time, and it will."\n\n'
        "- Councillor Tom Ng"
    )
    assert names(text) == ["Tom Ng"]


def test_a_role_word_capitalised_to_open_a_sentence_is_a_role() -> None:
    text = (
        "Police Chief Anne Dube said officers arrived within minutes. "
        "Witness Carlos Mendes, 52, said he saw the car speed away.\n\n"
        '"It happened so fast," he said.'
    )
    (q,) = quotes_of(text)
    assert (speaker_of(q).name, speaker_of(q).role) == ("Carlos Mendes", "Witness")
