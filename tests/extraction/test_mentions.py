"""Mentions: what the words next to a cue name (a person, a role, an organisation, a writing, an
unnamed stand-in) and a role in apposition to a name, on invented news sentences."""

from __future__ import annotations

import pytest
from attribution import cue_text, only_quote, quotes_of, speaker_of


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ('"We see charter schools offering hope," the letter reads.', "the letter", "unknown"),
        ('"We regret the remarks," the statement read.', "the statement", "unknown"),
        ('"The impact remains unclear," the IMF report stated.', "IMF", "organization"),
    ],
)
def test_a_writing_as_the_speaker(text: str, name: str, kind: str) -> None:
    s = speaker_of(only_quote(text))
    assert (s.name, s.kind, s.resolved_by) == (name, kind, "explicit")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # the role without its article
        (
            'The group’s spokesman, John Smith, said: "We are done."',
            "John Smith",
            "group’s spokesman",
        ),
        ('Her doctor, Maria Lopez, said "she was tired."', "Maria Lopez", "Her doctor"),
        # the name with a role of its own
        ('Her rival, council member Dev Patel, said: "We are done."', "Dev Patel", "Her rival"),
        # an office written with capitals, as British papers do
        (
            'The Foreign Secretary, Rachel Hale, said: "We stand with our allies."',
            "Rachel Hale",
            "Foreign Secretary",
        ),
        # plural: the role is said of both, and the name is one of them
        (
            'Two analysts, Ann Lee and Tom Ruiz, said: "It is over."',
            "Two analysts",
            "Two analysts",
        ),
    ],
)
def test_a_role_then_an_apposed_name_before_the_verb_is_the_name(
    text: str, name: str, role: str
) -> None:
    s = speaker_of(only_quote(text))
    assert (s.name, s.role) == (name, role)


def test_a_role_owned_by_someone_is_not_its_owner() -> None:
    text = 'Senator Jane Hale spoke. Senator Hale’s doctor said: "She was tired after the trip."'
    assert speaker_of(only_quote(text)).name == "Senator Hale’s doctor"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            '"Rates are too high," said Diane Hale, chief economist at Brill Capital.',
            "chief economist at Brill Capital",
        ),
        (
            'Diane Hale, a former Treasury official, said: "Rates are too high."',
            "former Treasury official",
        ),
        ('"Rates are too high," Diane Hale of Brill Capital said on Monday.', "Brill Capital"),
        # after her age; after an article, any noun
        ('"It was chaos," recalled Diane Hale, 54, a retired firefighter.', "retired firefighter"),
        # a clause or a participle after the comma is no role, nor is a day
        ('"Rates are too high," said Diane Hale, who is a fellow at the Hale Institute.', None),
        ('"Rates are too high," said Diane Hale, speaking at a rally.', None),
        ('"Rates are too high," said Diane Hale, the day before.', None),
        ('"We won," said Diane Hale, a former spokeswoman for Mr. Obama.', None),
        ('"We won," said Diane Hale, a former speechwriter for George W. Bush.', None),
        ('Diane Hale on Monday said: "Rates are too high."', None),
    ],
)
def test_the_role_in_apposition_after_a_speakers_name(text: str, role: str | None) -> None:
    s = speaker_of(only_quote(text))
    assert (s.name, s.role) == ("Diane Hale", role)


def test_title_is_separated_from_the_name() -> None:
    q = only_quote(
        '"We have no plans to send troops," Pentagon spokeswoman Sabrina Kell told reporters.'
    )
    s = speaker_of(q)
    assert (s.name, s.role) == ("Sabrina Kell", "Pentagon spokeswoman")
    assert s.mention == "Pentagon spokeswoman Sabrina Kell"
    assert cue_text(q) == "told reporters"


def test_capitalised_title_is_separated_from_the_name() -> None:
    s = speaker_of(only_quote('"We stand together," Defence Secretary Mark Hollis said.'))
    assert (s.name, s.role) == ("Mark Hollis", "Defence Secretary")


def test_common_noun_role_before_the_name() -> None:
    s = speaker_of(only_quote('"The river rose fast," said farmer Ruth Keane.'))
    assert (s.name, s.role) == ("Ruth Keane", "farmer")


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ('"The talks were constructive," the Kremlin said in a statement.', "Kremlin"),
        ('"We are watching closely," the Pentagon said.', "Pentagon"),
        ('The State Department said: "We urge restraint on all sides."', "State Department"),
    ],
)
def test_organisation_as_speaker(text: str, organisation: str) -> None:
    s = speaker_of(only_quote(text))
    assert s.kind == "organization"
    assert organisation in s.name


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ('The Union Leader said: "He has lost the state."', "Union Leader"),
        ('The Economist said: "Rates will rise."', "Economist"),
        ('The Department of Justice said: "We will appeal."', "Department of Justice"),
    ],
)
def test_an_organisation_named_like_an_office_stays_an_organisation(
    text: str, organisation: str
) -> None:
    s = speaker_of(only_quote(text))
    assert (s.kind, s.name) == ("organization", organisation)


def test_a_heading_before_a_dash_is_not_part_of_the_speakers_mention() -> None:
    q = only_quote('TURNOUT WILL BE HIGH - Ana Ruiz: "We expect a record turnout in Iowa."')
    assert (speaker_of(q).name, speaker_of(q).mention) == ("Ana Ruiz", "Ana Ruiz")


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        ('"We will see," one trader said.', "one trader"),
        ('"We will see," said one trader.', "one trader"),
        ('"We will see," two veteran traders said.', "two veteran traders"),
        ('"We will see," another said.', "another"),
        ('Another said the market had "priced it all in."', "Another"),
        ('"We will see," one said.', "one"),
    ],
)
def test_an_unnamed_speaker_is_not_the_last_named_one(said: str, speaker: str) -> None:
    text = 'Fed Chair Ann Lee spoke first. "Rates will hold," she said. ' + said
    s = speaker_of(quotes_of(text)[-1])
    assert (s.name, s.resolved_by) == (speaker, "explicit")


@pytest.mark.parametrize(
    "text",
    [
        'As Sen. Ana Ruiz put it, "we won."',
        'While Sen. Ana Ruiz admitted "we lost," others did not.',
    ],
    ids=["as", "while"],
)
def test_a_subordinator_is_no_part_of_the_mention(text: str) -> None:
    speaker = speaker_of(quotes_of(text)[0])
    assert (speaker.name, speaker.mention) == ("Ana Ruiz", "Sen. Ana Ruiz")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a surname that elsewhere heads an organisation, after a title
        ('"We are ready," Senator Ann Fox said.', "Ann Fox", "person"),
        ('"We are ready," said Mr. Post.', "Post", "person"),
        # a newspaper is not "a report" by its first word
        ('"Turnout fell," the Washington Post reported.', "Washington Post", "organization"),
        # an office or campaign speaks for its named owner
        ('"He never wrote it," Jo Hale\'s office said.', "Jo Hale's office", "organization"),
        ('"He never wrote it," said Jo Hale\'s office.', "Jo Hale's office", "organization"),
        ('"We are ahead," Reyes’s campaign said in a memo.', "Reyes’s campaign", "organization"),
        # a family is no adverb; a person's writing speaks for its owner
        (
            'Scott\'s family has called on police to release the videos "as a matter of the '
            'greater good."',
            "Scott's family",
            "person",
        ),
        (
            "However, Greenpeace's brief said that was not its view and dismissed those "
            'reports as "previous misinterpreted statements."',
            "Greenpeace",
            "organization",
        ),
        # an organisation's name with "of" in it, after an opener
        (
            "As if answering him, the Oregon Board of Elections was firm in its findings: "
            '"Further discussion is unnecessary."',
            "Oregon Board of Elections",
            "organization",
        ),
        # a person of an organisation with "of" in its name
        (
            "As Archbishop Ari Vartan of the Armenian Church of Boston told the AP, "
            '"We have suffered the same fate."',
            "Ari Vartan",
            "person",
        ),
        # a role with an affiliation, then the name
        (
            '"It was his first attempt," said his best friend at Lehigh, Bruce Turry, who knew.',
            "Bruce Turry",
            "person",
        ),
    ],
)
def test_person_or_organisation(text: str, name: str, kind: str) -> None:
    s = speaker_of(only_quote(text))
    assert (s.name, s.kind) == (name, kind)


def test_the_mention_is_the_text_as_written() -> None:
    q = only_quote('"We are ready," said Gov.\u00a0Jo  Hale.')  # no-break and double spaces
    assert (speaker_of(q).mention, speaker_of(q).name) == ("Gov.\u00a0Jo  Hale", "Jo Hale")

