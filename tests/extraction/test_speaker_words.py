"""Words that look like something else: a surname that is also a word (May, Will), a noun
someone owns that is also a verb (`Sanders' comments`), and a passive question (`was asked
by`). Invented sentences; each failed before its rule."""

from __future__ import annotations

import pytest
from attribution import quotes_of

from quoteverify import extract_quotes


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Prime Minister Theresa May said on Monday that the deal was “the best available.”"
            "\n\n“We will deliver it,” May said.\n\nMay said the vote would come “in good time.”",
            "Theresa May",
        ),
        (
            "Columnist George Will reignited his feud this week.\n\n“This should hasten the "
            "eclipse of the outsiders,” Will wrote.",
            "George Will",
        ),
    ],
)
def test_a_surname_that_is_also_a_word_is_the_surname(text: str, name: str) -> None:
    quotes = quotes_of(text)
    assert quotes
    assert all(q.speaker is not None and q.speaker.name == name for q in quotes)


@pytest.mark.parametrize(
    "text", ["In May, officials said the plan was “dead.”", "Officials may say it is “dead.”"]
)
def test_the_month_and_the_modal_are_still_no_names(text: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None and quote.speaker.name.lower() == "officials"


def test_a_noun_someone_owns_is_no_reporting_verb() -> None:
    text = (
        "Weaver didn’t seem impressed with Sanders’ comments Tuesday, telling reporters, "
        "“A lot of people said the governor should step down.”"
    )
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None and quote.speaker.name == "Weaver"
    assert quote.cue is not None and quote.cue.text == "telling reporters"


def test_a_question_put_to_someone_is_the_askers() -> None:
    text = "Ortiz was asked by host Ana Bell, who backs him, “Has the story moved, has it not?”"
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None and quote.speaker.name == "Ana Bell"


def test_a_question_put_to_someone_by_no_one_named_is_not_theirs() -> None:
    text = "In an interview published Wednesday, Ortiz was asked, “Where is the most danger?”"
    (quote,) = extract_quotes(text)
    assert quote.speaker is None or quote.speaker.name != "Ortiz"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "But Ruiz’s most explosive claim is that the select committee of the harbour "
            "board on port safety is a “witch hunt” launched against her.",
            "Ruiz",
        ),
        (
            "Ortiz won in 2008 partly because of Mr. Bell's patronizing suggestion at a "
            "similarly timed debate that she was “likable enough.”",
            "Bell",
        ),
        (
            "Reyes’s catch phrase in that election against Ortiz was that Ortiz “would say "
            "anything to win.”",
            "Reyes",
        ),
        ("Asked about the merger, Dana Lee's answer was “no.”", "Dana Lee"),
    ],
)
def test_words_someone_owns_are_theirs(text: str, name: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None and quote.speaker.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In a statement, the club said that Ortiz’s description was “false.”", "club"),
        ("Coach Dana Lee said Ortiz’s claim was “simply wrong.”", "Dana Lee"),
    ],
)
def test_owned_words_that_someone_judges_are_the_judges(text: str, name: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None and name in quote.speaker.name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "states" after a place or a nationality is a noun, not the verb
        (
            "The bank's reach has stirred mixed feelings in many Asian states, and it has used "
            "“velvet gloves” in its dealings with them, said Nadia Karimova, an economist.",
            "Nadia Karimova",
        ),
        # a subject after "and" starts a clause of its own: the inverted name speaks
        (
            "Add a “candidate who is a lightning rod” and residents get nervous, said Carla "
            "Lind, director of the local union.",
            "Carla Lind",
        ),
        # a place after a comma goes with the person before it
        (
            "Stacy Baird of Columbia, South Carolina says she thinks he can win if he keeps "
            "“doing what he’s doing.”",
            "Stacy Baird",
        ),
        # a subject whose apposition is a role is a person, with no other evidence
        (
            "Dot Deanes, the chairwoman of the Tasman Labour Party, backs him and in a statement "
            "credited him for “an exciting and inspiring campaign.”",
            "Dot Deanes",
        ),
    ],
)
def test_the_speaker_behind_a_misleading_word(text: str, name: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None and quote.speaker.name == name


def test_a_subject_after_the_quote_that_says_something_else_is_not_its_speaker() -> None:
    text = (
        "But even as Ortiz claimed on Tuesday that “the captain got in trouble for far less,” "
        "one of the former prosecutors said the two cases were quite different."
    )
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None and quote.speaker.name == "Ortiz"


@pytest.mark.parametrize(
    "text",
    [
        "“The vote was close,” Dana Lee told the website.",
        "“The vote was close,” said Dana Lee, a councillor.",
        "Ortiz spoke first. “The vote was close,” Dana Lee said the next day.",
    ],
)
def test_a_cue_after_the_quote_that_closes_still_speaks(text: str) -> None:
    quote = extract_quotes(text)[-1]
    assert quote.speaker is not None and quote.speaker.name == "Dana Lee"


def test_an_opener_with_like_is_not_the_subject() -> None:
    text = "Like Reyes, Okafor also rejected the plan, arguing there is “room to move” in it."
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None and quote.speaker.name == "Okafor"


def test_letters_after_a_name_are_no_part_of_it() -> None:
    text = (
        "Her barrister, Amira Shah QC, said her client was “deeply remorseful”.\n\n"
        "“She will appeal,” Shah said."
    )
    first, second = extract_quotes(text)
    assert first.speaker is not None and first.speaker.name == "Amira Shah"
    assert second.speaker is not None and second.speaker.name == "Amira Shah"
