"""Attribution as a whole: the spans a quote carries, and a speaker named away from the quote (the
paragraph before, a signature below, an earlier quote of the sentence), on invented news
sentences."""

from __future__ import annotations

import pytest
from attribution import only_quote, quotes_of, speaker_of


def test_cue_and_mention_spans_point_at_the_words() -> None:
    text = '"The budget is final," Mayor Tom Reyes told reporters on Monday.'
    q = only_quote(text)
    assert q.cue is not None
    assert text[q.cue.start : q.cue.end].startswith("told reporters")
    s = speaker_of(q)
    assert text[s.start : s.end] == "Mayor Tom Reyes"
    assert (s.name, s.role) == ("Tom Reyes", "Mayor")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the paragraph before reports the speaker's words, then a quote with no cue
        (
            '"The region is stable," Defence Minister Ali Khan said.\n\n'
            "Jo Hale said that for years critics had predicted a pullout, but this would not "
            "happen.\n\n"
            '"That is because the region matters."',
            "Jo Hale",
        ),
        # a quote paragraph signed in the next one
        (
            'She played no role.\n\n"Big firms pay zero taxes."\n\n- Sanders.\n\nIt is complex.',
            "Sanders",
        ),
        # a verb after an apposition before the colon; a title after a role's comma
        (
            "Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Hale: "
            '"It is time to quit attacking people."',
            "Mitch McConnell",
        ),
        (
            "One early supporter, Representative Lee Zeldin, Republican of New York, gave the "
            'technique a whirl on Tuesday: "You can easily argue that."',
            "Lee Zeldin",
        ),
        # an irregular past after a name ends the phrase; "Here in Columbia," opens
        (
            "The Slate technology columnist David Auerbach went so far as to say: "
            '"Twitter as we know it is over."',
            "David Auerbach",
        ),
        ('Here in Columbia, Ana Ruiz stepped up her attacks, saying, "We will win."', "Ana Ruiz"),
        # the sentence before names someone doing something: the quote after it is theirs
        (
            'On "Face the Nation," Sen. Jo Hale (Vt.), who lost the primaries to Ruiz, named '
            'bigotry as one of the reasons. "The younger people are sick and tired of it."',
            "Jo Hale",
        ),
        # a paragraph ending in a colon introduces the next, after a dated opener
        (
            "On July 6, 2015, Jo Hale made the following comment:\n\n"
            '"For young people who left school, the jobless rate is 51 percent."',
            "Jo Hale",
        ),
        # the name before the colon is whom the speaker told
        (
            "Jo Hale laid out what was wrong to the Dutch newspaper NRC Dagblad: "
            '"It was insensitive."',
            "Jo Hale",
        ),
        ('Ana Ruiz spoke to CNN: "We won."', "Ana Ruiz"),
        # "Back in 1999," opens the sentence
        (
            "Back in 1999, Mr. Hale expressed admiration for Mr. Ruiz's skills, telling CNBC: "
            '"I wish I could do that."',
            "Hale",
        ),
        # words between the subject and the verb, and a name after the verb that is not
        # the speaker but the subject of the reported clause
        (
            'Senator Ann Fox (D-Ore.) last week said Jo Hale was not the author of any "top '
            'secret" chains.',
            "Ann Fox",
        ),
        # a participle opens the sentence: the subject follows its comma
        (
            "Continuing to explain his view, Tom Reyes rejected the notion that the matter was "
            'closed, saying that if he "found something rotten, I would fix it."',
            "Tom Reyes",
        ),
        # and the opener may name a place with a comma in it
        (
            "Speaking at a town hall in Salem, Oregon, Ana Ruiz went after her rival, calling "
            'him "a total stiff."',
            "Ana Ruiz",
        ),
    ],
    ids=[
        "paragraph-before",
        "signed-below",
        "colon-after-apposition",
        "title-after-comma",
        "went-so-far",
        "here-in",
        "sentence-before",
        "colon-paragraph",
        "colon-after-addressee",
        "colon-after-spoke",
        "back-in",
        "time-before-verb",
        "participle-opener",
        "opener-with-place",
    ],
)
def test_speaker_named_away_from_the_quote(text: str, name: str) -> None:
    assert speaker_of(quotes_of(text)[-1]).name == name


def test_later_quotes_of_a_sentence_keep_its_speaker() -> None:
    text = (
        'Ana Ruiz said on Tuesday that Tom Reyes was "a total lightweight" while Jo Hale is '
        '"a basket case" and "a liar."'
    )
    assert [speaker_of(q).name for q in quotes_of(text)] == ["Ana Ruiz"] * 3

