"""Cues before a quote: a verb and its subject, an inverted cue opening the sentence, the reporter
of a clause, a describing verb, and an owner's words, on invented news sentences."""

from __future__ import annotations

import pytest
from attribution import cue_text, only_quote, quotes_of, speaker_of


def test_name_said_colon_then_quote() -> None:
    q = only_quote('Tom Reyes said: "We will rebuild the harbour."')
    assert speaker_of(q).name == "Tom Reyes"
    assert cue_text(q) == "said"
    assert q.kind == "utterance"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('Roger Stone spoke last. Said Stone: "We will win this."', "Said"),
        ('Roger Stone spoke last. Continued Stone, "We will win this."', "Continued"),
        ('Roger Stone spoke last. Added Stone, "We will win this."', "Added"),
    ],
    ids=["said-colon", "continued-comma", "added-comma"],
)
def test_an_inverted_cue_opening_the_sentence(text: str, cue: str) -> None:
    q = only_quote(text)
    speaker = speaker_of(q)
    assert (q.kind, speaker.name, speaker.mention) == ("utterance", "Roger Stone", "Stone")
    assert cue_text(q) == cue


def test_a_base_form_opening_a_sentence_is_no_inverted_cue() -> None:
    q = only_quote('State Sen. Lee Bright suggested "a new vote" on the flag.')
    assert (speaker_of(q).mention, cue_text(q)) == ("State Sen. Lee Bright", "suggested")


def test_a_quote_a_describing_verb_takes_is_not_the_next_clauses() -> None:
    text = "In 2009, under what Tom Hale called \"a loophole,\" the Marsh Club charged a fee."
    q = only_quote(text)
    assert (speaker_of(q).name, cue_text(q)) == ("Tom Hale", "called")


def test_a_passive_describing_verb_leaves_the_quote_to_the_cue_after_it() -> None:
    text = 'Hale admitted the work could be termed "influence peddling," the Post reported.'
    assert speaker_of(only_quote(text)).name == "Post"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The site checked Tom Hale\u2019s claim that there have been \u201cthousands of "
            "shootings\u201d in the city.",
            ["Tom Hale"],
        ),
        ('Ana Ruiz mocked Tom Hale\'s promise to build "a big, beautiful wall."', ["Tom Hale"]),
        # words about the words are the writer's subject's
        ('Ana Ruiz called Mr. Hale\'s remarks on Saturday "a true wake-up call."', ["Ana Ruiz"]),
        ('Ana Ruiz said Tom Hale\'s remarks "have had wide dissemination."', ["Ana Ruiz"]),
        # and the next quote of the sentence is not the owner's ("emails" is no verb here)
        (
            "In a statement, Judicial Watch President Tom Fitton called Ann Reyes's assertion "
            'of a "claim of right" over her recovered emails "significant and disturbing."',
            ["Ann Reyes", "Tom Fitton"],
        ),
        ('Tom Hale\u2019s most explosive claim is that it is a \u201cpartisan exercise.\u201d',
         ["Tom Hale"]),
        ('The senator\u2019s answer was that \u201cthe family matters most\u201d to him.',
         ["The senator"]),
    ],
    ids=["claim-that", "promise-to", "remarks-on", "remarks-verb", "next-quote", "adjectives",
         "role-answer-was"],
)
def test_an_owners_words(text: str, names: list[str]) -> None:
    assert [speaker_of(q).name for q in quotes_of(text)] == names


def test_the_pronoun_after_said_is_its_subject() -> None:
    text = (
        "Ted Cruz attacked him. His wife had warned him to act \"presidential,\" but Tom Hale "
        'said he responded: "When you have incoming, you cannot be too presidential."'
    )
    assert [speaker_of(q).name for q in quotes_of(text)] == ["His wife", "Tom Hale"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('In a statement, Fox said he is certain Hale will continue to be "a champion."', "Fox"),
        ('Ann Fox said that when Jo Hale railed at banks, "she is speaking for us."', "Ann Fox"),
        ('"We have a problem," Fox said as the heckler yelled: "You lie!"', "the heckler"),
        (
            "Fox won an endorsement from a Senate colleague, from Jo Hale, who declared in the "
            'spin room, "It is time to unite."',
            "Jo Hale",
        ),
        (
            "President Jo Hale, opening the museum on Saturday, said it would tell an American "
            'story, one of "suffering and delight."',
            "Jo Hale",
        ),
        (
            "Ann Fox told the audience that she believes we must continue to push policies, "
            'saying that "race still matters."',
            "Ann Fox",
        ),
        (
            "Reyes has had a frosty relationship with McConnell, now the majority leader, who "
            'in 2010 said the goal was to make Reyes a "one-term president."',
            "McConnell",
        ),
        (
            'Ann Moore, an adviser, called Mr. Hale\'s remarks on Saturday "a true wake-up call."',
            "Ann Moore",
        ),
        (
            'The Fact Desk rated 32% of Republican claims as "false" and 11% of Democratic claims.',
            "Fact Desk",
        ),
        (
            "Trump said during a Friday evening rally in Michigan that Ruiz once described the "
            'deal as "the gold standard" of trade deals.',
            "Trump",
        ),
        (
            "In August, several environmental groups granted Mr. Hale an extension, saying his "
            '"start-up capital was less than expected."',
            "several environmental groups",
        ),
        (
            "Reyes and Hale used the harshest words, with Reyes recently promising to "
            '"carpet bomb them into oblivion."',
            "Reyes",
        ),
        (
            'Tom Hale called Reyes a "blowhard," and said his anti-Muslim remarks were '
            'priceless "propaganda" for terrorist groups.',
            "Tom Hale",
        ),
        (
            "Ann Reyes met the press. The candidate herself took to the airwaves beginning "
            "Wednesday night in an interview, in which Ann Reyes said it would not be an issue "
            '"that is going to affect the campaign."',
            "Ann Reyes",
        ),
        (
            "Shortly after Murphy's conference call ended, Rubio's campaign sent out a press "
            'release saying Murphy owes "Florida an explanation."',
            "Rubio's campaign",
        ),
    ],
    ids=[
        "said-he-is-certain",
        "said-that-when",
        "said-as",
        "from-x-who",
        "said-it",
        "continue-to",
        "who-in-2010-said",
        "possessive-remarks",
        "of-x-claims",
        "said-during-x-that",
        "plural-then-past",
        "adverb-before-participle",
        "hyphenated-remarks",
        "beginning-wednesday",
        "shortly-after",
    ],
)
def test_the_reporter_of_a_clause_and_its_limits(text: str, name: str) -> None:
    assert speaker_of(quotes_of(text)[-1]).name == name


def test_a_fragment_inside_a_reported_clause_is_the_reporters() -> None:
    text = (
        "Rep. Jo Hale (D-Ore.) said Ana Ruiz reassured them that everyone would come "
        'together and that Democrats "were not going to be like the other side."'
    )
    assert speaker_of(only_quote(text)).name == "Jo Hale"

