"""Cues: reporting verbs, their addressees and platforms, and the cue after a quote (an inverted
verb, a dash and a name, "according to"), on invented news sentences."""

from __future__ import annotations

import pytest
from attribution import cue_text, only_quote, quotes_of, speaker_of


def test_quote_then_name_said() -> None:
    q = only_quote('"We will rebuild the harbour," Tom Reyes said.')
    assert q.text == "We will rebuild the harbour,"
    assert (speaker_of(q).name, speaker_of(q).resolved_by) == ("Tom Reyes", "explicit")
    assert cue_text(q) == "said"
    assert q.kind == "utterance"


def test_quote_then_said_name() -> None:
    q = only_quote('"We will rebuild the harbour," said Tom Reyes.')
    assert speaker_of(q).name == "Tom Reyes"
    assert cue_text(q) == "said"
    assert q.kind == "utterance"


def test_told_reporters_cue_includes_the_addressee() -> None:
    q = only_quote('Tom Reyes told reporters: "The harbour will be rebuilt by spring."')
    assert speaker_of(q).name == "Tom Reyes"
    assert cue_text(q) == "told reporters"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('Tom Reyes told Bill O\'Brien of WXRT on Monday: "Done."', "told Bill O'Brien of WXRT"),
        ('"Done," Tom Reyes told The Associated Press on Monday.', "told The Associated Press"),
        ('"It will be rebuilt," Tom Reyes told CNN\'s Ana Ruiz.', "told CNN's Ana Ruiz"),
        ('Tom Reyes wrote on Friday that "it will be rebuilt."', "wrote"),
        ('Tom Reyes wrote on Facebook that "it will be rebuilt."', "wrote on Facebook"),
    ],
    ids=["name", "organisation", "possessive", "date-not-a-place", "place"],
)
def test_a_named_addressee_is_read_whole_and_a_date_is_left_out(text: str, cue: str) -> None:
    q = only_quote(text)
    assert (speaker_of(q).name, cue_text(q)) == ("Tom Reyes", cue)


def test_told_takes_a_possessive_addressee_whole() -> None:
    q = only_quote('"No," Jo Hale told her aides.')
    assert (speaker_of(q).name, cue_text(q)) == ("Jo Hale", "told her aides")


def test_full_sentence_after_told_reporters_is_an_utterance() -> None:
    q = only_quote('Tom Reyes told reporters "The harbour will be rebuilt by spring."')
    assert speaker_of(q).name == "Tom Reyes"
    assert cue_text(q) == "told reporters"
    assert q.kind == "utterance"


def test_wrote_on_platform_before_the_quote() -> None:
    q = only_quote('Tom Reyes wrote on X: "The harbour will be rebuilt by spring."')
    assert speaker_of(q).name == "Tom Reyes"
    assert cue_text(q) == "wrote on X"


def test_wrote_on_platform_after_the_quote() -> None:
    q = only_quote('"The harbour will be rebuilt by spring," Tom Reyes wrote on X.')
    assert speaker_of(q).name == "Tom Reyes"
    assert cue_text(q) == "wrote on X"


@pytest.mark.parametrize(
    ("said", "cue"),
    [
        ("Tom Reyes posted on Truth Social", "posted on Truth Social"),
        ("Tom Reyes said on Fox News Sunday", "said on Fox News"),
    ],
)
def test_a_platform_of_several_words_is_read_whole(said: str, cue: str) -> None:
    assert cue_text(only_quote(f'"The harbour will be rebuilt," {said}.')) == cue


def test_according_to() -> None:
    q = only_quote('"The harbour will be rebuilt by spring," according to Mayor Tom Reyes.')
    assert speaker_of(q).name == "Tom Reyes"
    assert cue_text(q) == "according to"


def test_dash_attribution() -> None:
    q = only_quote('"We will rebuild the harbour." — Tom Reyes')
    assert speaker_of(q).name == "Tom Reyes"
    assert cue_text(q) == "—"


def test_a_dash_then_words_that_are_no_name_is_no_attribution() -> None:
    q = only_quote('When Reyes wrapped up — "I will fight for you!" — the balloons came down.')
    assert q.speaker is None or q.speaker.name != "the balloons"
    assert q.cue is None or q.cue.text not in ("—", "–", "―", "-")


@pytest.mark.parametrize("dash", ["—", "–", "―"], ids=["em", "en", "quotation-dash"])
def test_dash_attribution_with_each_dash(dash: str) -> None:
    text = f"Readers wrote in after the debate.\n“He never answered the question.”{dash} Ana Ruiz"
    assert speaker_of(only_quote(text)).name == "Ana Ruiz"


def test_plural_subject_with_a_bare_verb_is_still_the_speaker() -> None:
    assert speaker_of(only_quote('"It is over," the officials say.')).name == "the officials"


def test_question_then_name_asked() -> None:
    q = only_quote('"Where is the money going?" Sarah Lind asked.')
    assert q.text == "Where is the money going?"
    assert speaker_of(q).name == "Sarah Lind"
    assert cue_text(q) == "asked"


def test_question_then_asked_name() -> None:
    q = only_quote('"Where is the money going?" asked Sarah Lind.')
    assert speaker_of(q).name == "Sarah Lind"
    assert cue_text(q) == "asked"


def test_a_passive_reporting_verb_names_no_speaker() -> None:
    text = "Hale\u2019s letter on Ruiz was widely ridiculed for its claim Ruiz is \"the best.\""
    q = only_quote(text)
    assert q.speaker is None or q.cue is None or "ridiculed" not in q.cue.text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a quote that ends its sentence after a cue before it: the next sentence is not its
        (
            'Attorney General Ana Ruiz asserted that "trust in the police is broken." '
            "Senator Tom Reyes said Wednesday he, too, wants an inquiry.",
            "Ana Ruiz",
        ),
        # an inverted subject followed by a verb of its own is no subject
        (
            'Jo Hale, citing "the unique magic of the campaign," said the candidate could win.',
            "Jo Hale",
        ),
        # a preposition's object before an inverted cue is no subject
        (
            'The vote signals "the beginning of the end" for the EU, said Gert Wolde, founder '
            "of the Freedom Party.",
            "Gert Wolde",
        ),
        # where the words were written is not the writer's name
        ('"It flows off the lips," wrote Larry Jones on Hot Air.', "Larry Jones"),
    ],
    ids=["period-then-sentence", "inverted-with-verb", "preposition-object", "on-outlet"],
)
def test_cue_after_the_quote_read_with_care(text: str, name: str) -> None:
    assert speaker_of(quotes_of(text)[0]).name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            '"We have had better conventions," delegate Bill Ames, wearing a cowboy hat and '
            '"Vote Hale" pins, said as confetti fell.',
            "Bill Ames",
        ),
        ('"This is our year!" Hale\'s niece, state Del. Ana "Cookie" Ruiz, shouted.', "Ana Ruiz"),
        ('"Yes," said Hale\'s niece, state Del. Ana Ruiz.', "Ana Ruiz"),
    ],
    ids=["term-in-apposition", "nickname", "role-after-role"],
)
def test_a_short_quote_between_the_quote_and_its_cue_is_read_through(
    text: str, name: str
) -> None:
    assert speaker_of(quotes_of(text)[0]).name == name
    assert quotes_of(text)[1:] == [] or quotes_of(text)[1].kind == "term"


def test_a_subordinate_clause_after_a_quote_is_not_its_cue() -> None:
    text = (
        "The ad ends with footage of Hale saying, \u201cThat makes me smart,\u201d when Ana Ruiz "
        "blasted him for it."
    )
    assert speaker_of(only_quote(text)).name == "Hale"


def test_a_cue_after_a_subordinate_clause_still_counts() -> None:
    text = (
        "''To see the cases that could change is stunning,'' since so many were decided by one "
        "vote, said Lee Epstein, who teaches law."
    )
    assert speaker_of(only_quote(text)).name == "Lee Epstein"


@pytest.mark.parametrize(
    "text",
    [
        "The crowd waited. When Tom Hale finally wrapped up \u2014 \u201cI will fight!\u201d "
        "\u2014 the balloons came down.",
        "Tom Hale hardly clarified it, treating the remark as a compliment -- ''That makes me "
        "smart'' -- and moving on.",
    ],
    ids=["em-dash", "double-hyphen"],
)
def test_a_quote_after_a_dash_is_the_clauses_subjects(text: str) -> None:
    assert speaker_of(quotes_of(text)[0]).name == "Tom Hale"


def test_a_headline_before_a_dash_names_nobody() -> None:
    q = only_quote("Tom Hale Insulted The Victims In The Worst Way \u2014 \u2018Did Not Lose\u2019")
    assert q.speaker is None


def test_a_clause_after_and_is_not_the_quotes_cue() -> None:
    text = (
        'Fox said he would make sand "glow in the dark," for instance, and Hale vowed to "bomb '
        'them."'
    )
    assert [speaker_of(q).name for q in quotes_of(text)] == ["Fox", "Hale"]


def test_a_passive_found_is_no_finding() -> None:
    text = 'Ana Ruiz spoke. Later a Marine was found guilty of "gross negligence" in a case.'
    assert only_quote(text).cue is None


@pytest.mark.parametrize(
    "text",
    [
        'Many have said so, including Mitt Romney -- "It is disqualifying to refuse to release '
        'tax returns" -- and Fred Goldberg, a former commissioner.',
        "Republicans have said the same, among them the former candidate Mitt Romney — “It is "
        "disqualifying” — and Fred Goldberg.",
    ],
)
def test_a_quote_set_off_by_dashes_after_a_name_in_a_sentence_of_sayings(text: str) -> None:
    # not the sentence's subject ("Many"), nor the next name in the list
    assert speaker_of(only_quote(text)).name == "Mitt Romney"


def test_a_quote_set_off_by_dashes_after_a_name_with_no_saying_is_not_theirs() -> None:
    text = 'The winner was Ann Lee — "a total shock" — who beat Tom Ruiz.'
    assert only_quote(text).speaker is None


def test_a_question_then_its_cue_with_an_adverb_is_still_attributed() -> None:
    q = quotes_of('"You think I am going to change?" Tom Reyes asked reporters rhetorically.')[0]
    assert speaker_of(q).name == "Tom Reyes"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Our method works," Jo Hale is quoted as saying.', "Jo Hale"),
        ('Twitter lit up. One tweet said: "This is very sad."', "One tweet"),
        ('"Not us," Tom Reyes, the head of the fund, Tweeted on Friday.', "Tom Reyes"),
        ('"Thanks for coming," said master of ceremonies Asab Tabchi, an engineer.', "Asab Tabchi"),
        (
            'The timing was so odd that a spokesman for Jo Hale could only quip: "I guess the '
            'eve was booked."',
            "a spokesman for Jo Hale",
        ),
        (
            "Trump will go to the debate because, according to Tom Reyes, the media would call "
            'him a "chicken" if he did not.',
            "Tom Reyes",
        ),
        ('"Our fight goes on," read the email. "We will win."', "the email"),
        ('"We live in a bad place," my father often said.', "my father"),
        (
            'Ana Ruiz, star of television\'s "Scandal," thanked Obama for "taking these steps '
            'to make us all safer."',
            "Ana Ruiz",
        ),
        (
            'As Jo Hale, author of "Our Unwritten Rules," put it, "the Senate should remember '
            'that a compromise candidate is best."',
            "Jo Hale",
        ),
        (
            'Tom Hale spoke first. Hale thought the "Neocons For Ruiz" buzz was a tribute to '
            '"the consummate political skills of her husband."',
            "Tom Hale",
        ),
        (
            'A 2014 House Intelligence Committee report found "no evidence of a stand-down '
            'order." Later a Marine was found guilty of "gross negligence."',
            "House Intelligence Committee",
        ),
        (
            'Tom Hale referenced an inspector general\'s report that "less than one percent of '
            'emails" were kept.',
            "Tom Hale",
        ),
    ],
    ids=[
        "quoted-as-saying",
        "one-tweet",
        "capitalised-verb",
        "role-of",
        "modal",
        "according",
        "inverted-writing",
        "my-father",
        "title-in-apposition",
        "as-x-put-it",
        "weak-subject-before-a-title",
        "report-found",
        "referenced",
    ],
)
def test_less_common_cues(text: str, name: str) -> None:
    said = [q for q in quotes_of(text) if q.kind != "term"]
    assert speaker_of(said[0]).name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'McAuliffe was greeted with chants of "Bobby!" at a labor conference last month, '
            "according to union president Doris Crouse-Mays.",
            "Doris Crouse-Mays",
        ),
        (
            'Officials expect "tens of thousands" of visitors this weekend, according to the '
            "mayor’s office.",
            "mayor’s office",
        ),
    ],
)
def test_a_source_ending_the_sentence_of_a_quote_with_no_cue(text: str, name: str) -> None:
    q = only_quote(text)
    assert (speaker_of(q).name, q.cue.text if q.cue else None) == (name, "according to")


def test_a_source_ending_the_sentence_does_not_override_a_cue() -> None:
    q = only_quote('Ann Lee called the deal "a farce" on Monday, according to a transcript.')
    assert (speaker_of(q).name, q.cue.text if q.cue else None) == ("Ann Lee", "called")



def test_a_cue_set_off_by_a_dash_after_the_quote() -> None:
    text = 'Mary Lee came to the door. "We are closed" – she said – "until Monday."'
    first, second = quotes_of(text)
    assert (speaker_of(first).name, cue_text(first)) == ("Mary Lee", "said")
    assert first.kind == second.kind == "utterance"
    # a dash before a description is no cue
    (farce,) = quotes_of('Officials called it "a farce" — said to be the worst in years.')
    assert speaker_of(farce).name == "Officials" and cue_text(farce) == "called"


@pytest.mark.parametrize("mark", ["’", "'"])
def test_a_plural_possessive_before_the_speaker(mark: str) -> None:
    q = only_quote(f'The teachers{mark} union said "no" to the offer.')
    assert (q.kind, speaker_of(q).name, speaker_of(q).kind) == (
        "utterance",
        f"teachers{mark} union",
        "organization",
    )


def test_a_cue_across_a_line_break_is_its_words_as_written() -> None:
    # a hard-wrapped paragraph: the cue's span holds the line break, and so does its text
    q = only_quote('The mayor, Ana Holt, has\ncalled the plan "a farce" twice.')
    assert cue_text(q) == "has\ncalled"
    assert speaker_of(q).name == "Ana Holt"
