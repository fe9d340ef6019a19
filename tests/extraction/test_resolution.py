"""Resolution: a mention becomes a person of the document's cast (pronouns, surnames, honorifics,
roles, namesakes, first names), on invented news sentences."""

from __future__ import annotations

import pytest
from attribution import cue_text, only_quote, quotes_of, speaker_of

from quoteverify import extract_quotes


def test_pronouns_resolve_to_the_named_person_of_matching_gender() -> None:
    text = (
        "Laura Brandt sued Michael Ostrow in May. "
        '"I never took a cent," he said. "He is lying," she said.'
    )
    his, hers = quotes_of(text)
    assert (speaker_of(his).name, speaker_of(his).mention) == ("Michael Ostrow", "he")
    assert (speaker_of(hers).name, speaker_of(hers).mention) == ("Laura Brandt", "she")
    assert speaker_of(his).resolved_by == speaker_of(hers).resolved_by == "pronoun"


def test_a_pronoun_takes_the_subject_of_its_own_sentence() -> None:
    text = (
        "Bob Hale, a farmer who in 1998 lost his seat to Senator Tom Reyes after a long and "
        "bitter campaign over water rights that split families, churches and the county's two "
        "newspapers for the better part of a decade and left scars the town still talks about, "
        'said that he had called the plan "a farce."'
    )
    s = speaker_of(only_quote(text))
    assert (s.name, s.mention, s.resolved_by) == ("Bob Hale", "he", "pronoun")
    assert cue_text(only_quote(text)) == "had called"


@pytest.mark.parametrize(
    "text",
    [
        'Mary Lee spoke at the rally. "I disagree. Ann Hale is wrong," she said.',
        'Mary Lee spoke at length. "We tried. Ann Hale did not." Perhaps, she said, "it ends."',
    ],
)
def test_a_pronoun_after_the_quote_does_not_read_the_quoted_words(text: str) -> None:
    for q in quotes_of(text):
        assert (speaker_of(q).name, speaker_of(q).resolved_by) == ("Mary Lee", "pronoun")


@pytest.mark.parametrize(
    "text",
    [
        # (LexisNexis marks, which the clause before a pronoun reads through)
        "''Is Tom Reyes running against us?'' asked Paul Lane, referring to what he calls the "
        "''crooked'' process.",
        "Paul Lane wrote a book. In his book, ''Doomed Again,'' and in an interview, he called "
        "it ''a failure.''",
    ],
)
def test_a_name_inside_a_quote_is_no_pronouns_antecedent(text: str) -> None:
    assert speaker_of(quotes_of(text)[-1]).name == "Paul Lane"


def test_it_is_the_organisation_that_is_its_sentences_subject() -> None:
    text = (
        "The United Nations Security Council on Friday condemned the test and pledged sanctions "
        'against what it called "a clear threat to international peace."'
    )
    s = speaker_of(only_quote(text))
    assert (s.name, s.kind, s.resolved_by) == (
        "United Nations Security Council",
        "organization",
        "pronoun",
    )


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            'The Kremlin said the report was "fake news." It added: "Nothing has changed."',
            "Kremlin",
            "organization",
        ),
        (
            'The Kremlin said the report was "fake news."\n\n"Nothing has changed," it added.',
            "Kremlin",
            "organization",
        ),
        (
            '"We are leaving," two officials said. "It is over," they added.',
            "two officials",
            "person",
        ),
    ],
    ids=["it", "it-next-paragraph", "they"],
)
def test_it_or_they_after_a_body_that_spoke_is_that_body(text: str, name: str, kind: str) -> None:
    s = speaker_of(quotes_of(text)[-1])
    assert (s.name, s.kind, s.resolved_by) == (name, kind, "pronoun")


def test_they_after_a_sentence_that_names_others_is_left_unresolved() -> None:
    text = (
        'The Kremlin said the report was "fake news."\n\n'
        'Union leaders were unmoved. "It is too late," they said.'
    )
    assert speaker_of(quotes_of(text)[-1]).kind == "unknown"


def test_a_pronoun_no_known_person_fits_takes_the_last_named_subject() -> None:
    # (a first name the lexicon does not know: nothing shows "Grainne Dillane" is a person)
    text = (
        "Grainne Dillane has run the island's only shop for 31 years. "
        '"When the ferry stops, we stop," she says.\n\n'
        "Councillor Tom Hale disagrees.\n\n"
        'For Dillane, that is cold comfort. "Everything here is temporary," she says.'
    )
    first, last = quotes_of(text)
    assert (speaker_of(first).name, speaker_of(first).resolved_by) == ("Grainne Dillane", "pronoun")
    assert speaker_of(last).name == "Grainne Dillane"


def test_a_subject_named_paragraphs_back_is_no_pronouns_antecedent() -> None:
    filler = "The island has two piers and a school. " * 40
    text = f'Grainne Dillane has run the shop for 31 years. {filler}"We stop," she says.'
    assert speaker_of(only_quote(text)).kind == "unknown"


@pytest.mark.parametrize(
    "apposition", ["Jens Albrecht, the NATO chief,", "Jens Albrecht, 61,"], ids=["role", "age"]
)
def test_a_name_before_an_apposition_and_a_verb_is_a_subject(apposition: str) -> None:
    text = f'Tom Birch spoke. {apposition} warned that talks had failed. "It is over," he said.'
    assert speaker_of(only_quote(text)).name == "Jens Albrecht"


@pytest.mark.parametrize(
    ("first", "second", "pronoun", "name"),
    [
        ("Mayor Lena Ortiz", "Dev Patel", "he", "Dev Patel"),
        ("Mayor Niamh Burke", "Seamus Doyle", "he", "Seamus Doyle"),
        ("Mayor Olena Kovalenko", "Andrzej Nowak", "he", "Andrzej Nowak"),
        ("Minister Ahmed Khalil", "Fatima Haddad", "she", "Fatima Haddad"),
    ],
)
def test_first_names_from_many_countries_give_a_gender(
    first: str, second: str, pronoun: str, name: str
) -> None:
    text = (
        f"{first} spoke first. {second}, a council member, was blunt. "
        f'"There have been eight years of this," {pronoun} said.'
    )
    assert speaker_of(only_quote(text)).name == name


def test_a_lone_surname_names_the_namesake_who_last_did_something() -> None:
    text = (
        "Ted Hale spoke at the rally on Monday. He was joined by his wife, Mary Hale, and "
        'their two sons. "We will win this state," Hale said.'
    )
    assert speaker_of(only_quote(text)).name == "Ted Hale"


def test_she_skips_the_nearer_man() -> None:
    text = (
        "Laura Brandt, the company founder, sued her former partner, Michael Ostrow, in May. "
        '"He took everything," she said.'
    )
    assert speaker_of(only_quote(text)).name == "Laura Brandt"


_DOCTOR = 'Maria Lopez, Senator Jane Hale’s doctor, said: "She was tired after the trip."\n\n'


@pytest.mark.parametrize(
    ("between", "name"),
    [
        ("Hale noted the clot in her memoir.", "Jane Hale"),  # the surname alone, a subject
        ("The Hale campaign noted the clot.", "Maria Lopez"),  # a modifier, not a mention
        ("The anti-Hale forces noted the clot.", "Maria Lopez"),  # part of a word
        ("Hale’s doctor noted the clot.", "Maria Lopez"),  # an owner: seen, not the subject
        ('A nurse said "Hale was tired" then.', "Maria Lopez"),  # inside a quote
    ],
)
def test_a_lone_surname_makes_its_person_salient_again(between: str, name: str) -> None:
    text = _DOCTOR + between + ' Days later, she was "whisked off to the hospital" for tests.'
    whisked = quotes_of(text)[-1]
    assert (speaker_of(whisked).name, speaker_of(whisked).resolved_by) == (name, "pronoun")


def test_a_lone_surname_two_people_share_refreshes_the_one_of_the_pronouns_gender() -> None:
    text = (
        "Jane Hale and her husband, Tom Hale, met Maria Lopez in May. "
        'Lopez said: "She was tired after the trip."\n\n'
        'Hale noted the clot in her memoir. Days later, she was "whisked off" for tests.'
    )
    assert speaker_of(quotes_of(text)[-1]).name == "Jane Hale"


def test_she_resolves_to_a_woman_named_with_an_honorific() -> None:
    q = only_quote('Mr. Ostrow sued Ms. Brandt in May. "He is lying," she said.')
    assert (speaker_of(q).name, speaker_of(q).resolved_by) == ("Brandt", "pronoun")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Ann Reyes spoke in Ohio. Her husband, Tom Reyes, was there too. "
            '"We will win," Mrs. Reyes said. "I agree," Mr. Reyes said.',
            ["Ann Reyes", "Tom Reyes"],
        ),
        ('Tom Reyes spoke first. "We will win," Mrs. Reyes said.', ["Reyes"]),
    ],
)
def test_an_honorific_picks_the_namesake_of_its_gender(text: str, names: list[str]) -> None:
    assert [speaker_of(q).name for q in quotes_of(text)] == names


def test_surname_resolves_to_the_full_name() -> None:
    text = 'Mayor Tom Reyes opened the meeting on Monday. "The budget is final," Reyes said.'
    s = speaker_of(only_quote(text))
    assert (s.name, s.mention, s.resolved_by) == ("Tom Reyes", "Reyes", "surname")


def test_surname_resolves_to_a_full_name_with_no_title_or_known_first_name() -> None:
    # "Colm" is in no first-name list and no title comes with the name: the surname used as
    # a speaker later is what shows it names a person.
    text = (
        "Colm Ferreira, who chairs the fishermen's cooperative, wrote to the council. In Port"
        ' Calloway the boats wait. "Our boats cannot wait another winter," Ferreira said.'
    )
    s = speaker_of(only_quote(text))
    assert (s.name, s.mention, s.resolved_by) == ("Colm Ferreira", "Ferreira", "surname")
    # A name after the mention, or one with another last word, is not taken.
    later = '"Our boats cannot wait another winter," Ferreira said. Colm Ferreira left.'
    assert speaker_of(extract_quotes(later)[0]).name == "Ferreira"
    other = 'Colm Ferreiro wrote to the council. "Our boats cannot wait," Ferreira said.'
    assert speaker_of(only_quote(other)).name == "Ferreira"


def test_honorific_and_surname_resolve_to_the_full_name() -> None:
    text = 'Dr. Helen Varga said the results were clear. "This drug works," Dr. Varga said.'
    s = speaker_of(only_quote(text))
    assert (s.name, s.resolved_by) == ("Helen Varga", "surname")


def test_role_resolves_to_the_person_who_holds_it() -> None:
    text = (
        "NATO Secretary General Jens Albrecht arrived in Vilnius on Tuesday. "
        '"We stand together," the NATO chief said.'
    )
    s = speaker_of(only_quote(text))
    assert (s.name, s.mention, s.resolved_by) == ("Jens Albrecht", "the NATO chief", "role")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (  # another body's office of the same title
            "NATO Secretary General Jens Albrecht arrived in Vilnius on Tuesday. "
            '"We stand together," the EU secretary general said.',
            "the EU secretary general",
        ),
        (  # a lesser office of the same title
            'President Ana Ruiz spoke first. "We will win," the firm’s senior vice president said.',
            "the firm’s senior vice president",
        ),
    ],
)
def test_a_role_of_another_office_is_not_the_person_who_holds_the_title(
    text: str, role: str
) -> None:
    assert speaker_of(only_quote(text)).name == role


def test_the_president_is_not_the_vice_president() -> None:
    text = (
        "President Ana Ruiz spoke first. Vice President Tom Reyes spoke after her. "
        '"We will win," the president said.'
    )
    s = speaker_of(only_quote(text))
    assert (s.name, s.resolved_by) == ("Ana Ruiz", "role")


def test_a_role_in_apposition_after_a_name_is_learned() -> None:
    text = (
        "Jens Albrecht, the NATO chief, arrived in Vilnius on Tuesday. "
        'Later, the NATO chief said: "We stand together."'
    )
    s = speaker_of(only_quote(text))
    assert (s.name, s.role, s.resolved_by) == ("Jens Albrecht", "NATO chief", "role")


def test_a_role_in_apposition_without_an_article_is_learned() -> None:
    text = (
        '"Rates are too high," said Diane Hale, chief economist at Brill Capital. '
        'Tom Ruiz disagreed. Later the chief economist added: "Much too high."'
    )
    s = speaker_of(quotes_of(text)[-1])
    assert (s.name, s.resolved_by) == ("Diane Hale", "role")


def test_lowercase_role_resolves_to_the_person_who_holds_it() -> None:
    text = (
        "Pentagon spokeswoman Sabrina Kell briefed reporters. "
        '"We are watching closely," the spokeswoman said.'
    )
    s = speaker_of(only_quote(text))
    assert (s.name, s.mention, s.resolved_by) == ("Sabrina Kell", "the spokeswoman", "role")


@pytest.mark.parametrize(
    ("second", "mention"),
    [
        ('The Prime Minister added: "Not one penny more."', "The Prime Minister"),
        ('"Not one penny more," the Prime Minister added.', "the Prime Minister"),
    ],
)
def test_an_office_written_with_capitals_resolves_to_its_holder(second: str, mention: str) -> None:
    text = 'Prime Minister Tom Birch said: "We will not raise taxes." ' + second
    s = speaker_of(quotes_of(text)[-1])
    assert (s.name, s.mention, s.resolved_by) == ("Tom Birch", mention, "role")


def test_an_office_written_with_capitals_and_no_holder_is_a_role() -> None:
    s = speaker_of(only_quote('The Secretary of State said: "We will not yield."'))
    assert (s.name, s.kind) == ("The Secretary of State", "person")


def test_a_pronoun_after_a_place_and_a_verb_is_the_sentence_subjects() -> None:
    text = (
        "Peter Lund spoke first. When Hale later referred to the attack at a club in Orlando "
        'and said he would "protect our citizens," the crowd applauded.'
    )
    assert speaker_of(only_quote(text)).name == "Hale"


def test_an_indefinite_or_plural_role_is_not_someone_named_before() -> None:
    text = (
        '"We will win," said Republican strategist Jo Hale.\n\n'
        '"We will not," said committee chairman Tom Reyes.\n\n'
        '"There is no advantage," said one unaligned Republican strategist.\n\n'
        '"The evidence contradicts her," the committee chairmen wrote.'
    )
    _, _, second, third = quotes_of(text)
    assert speaker_of(second).name == "one unaligned Republican strategist"
    assert speaker_of(third).name == "the committee chairmen"


def test_a_full_name_first_seen_as_an_owner_resolves_the_surname() -> None:
    text = (
        "Tom Hale\u2019s recent gains may not last.\n\n"
        "Hale openly admires the governor as a \u201cstrong leader,\u201d comparing him to others."
    )
    assert speaker_of(only_quote(text)).name == "Tom Hale"
    text2 = 'Tom Hale\u2019s recent gains may not last. "We will win," Hale said.'
    assert speaker_of(only_quote(text2)).name == "Tom Hale"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Clinton’s campaign is seeking to contrast her plan with what they call Tom Hale’s "
            "“self-centered message.”",
            "Clinton’s campaign",
        ),
        ("The Kremlin rejected what they describe as “lies.”", "Kremlin"),
    ],
)
def test_they_in_the_sentence_of_an_organisation_is_the_organisation(text: str, name: str) -> None:
    speaker = speaker_of(only_quote(text))
    assert (speaker.name, speaker.mention, speaker.kind) == (name, "they", "organization")

