"""Subjects: who does the verb that reports a quote, past openers, datelines, appositions and
participles, and unnamed people as speakers, on invented news sentences."""

from __future__ import annotations

import pytest
from attribution import only_quote, quotes_of, speaker_of


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        # a name ending in -ly is no adverb ("famously said")
        ('"We are done," Tom Kelly said.', "Tom Kelly", "Tom Kelly"),
        ('"We are done," Reilly said.', "Reilly", "Reilly"),
        # an apposition between the subject and a verb with an object: not the object
        ('"We were wrong," Ramos, 58, told AFP in an interview.', "Ramos", "Ramos"),
        (
            '"It is a land grab," Lena Ortiz, director of the Harbour Trust, told The Courier.',
            "Lena Ortiz",
            "Lena Ortiz",
        ),
        (
            '"Nobody asked us," Lena Ortiz, a writer for The Courier, said on Twitter.',
            "Lena Ortiz",
            "Lena Ortiz",
        ),
        (
            '"It was a hard winter," Dan Moss, who farms near Ely, said at a Leeds event.',
            "Dan Moss",
            "Dan Moss",
        ),
        # the subject next to the verb, not a noun phrase that opens the clause
        (
            "''I admire the mechanics'' of the Ortiz plan, Mr. Holt said.",
            "Holt",
            "Mr. Holt",
        ),
        ('"It was 1968 again," the year of the riots, Bozell says.', "Bozell", "Bozell"),
        # any capitalised word after an honorific is a name: "White", "King"
        ('"We activated the check," Ms. White said.', "White", "Ms. White"),
        ('"We need enthusiasm," Mr. King added.', "King", "Mr. King"),
        # a long role before an inverted subject
        (
            '"This is espionage," said the senator\u2019s top foreign policy aide Jake Sullivan.',
            "Jake Sullivan",
            "the senator\u2019s top foreign policy aide Jake Sullivan",
        ),
        ('"They are wrong," said Ortiz\u2019s longtime aide Jo Hale.', "Jo Hale", None),
        ('"They are wrong," said 9/11 widow Terry Strada.', "Terry Strada", None),
        ('"I do not know," said undecided Republican voter Jo Hale.', "Jo Hale", None),
        (
            "''Solidarity with the victims,'' Ms. Ruiz's spokesman, Jo Hale, wrote on Twitter.",
            "Jo Hale",
            None,
        ),
        (
            'After the vote, Gov. Jo Hale (R-Ohio), said, "I am ready to rent a covered wagon."',
            "Jo Hale",
            "Gov. Jo Hale",
        ),
        (
            '"We found no link," the mill\u2019s head of hiring, Ana Ruiz, told the Courier.',
            "Ana Ruiz",
            None,
        ),
    ],
)
def test_subject_of_the_cue(text: str, name: str, mention: str | None) -> None:
    s = speaker_of(only_quote(text))
    assert s.name == name
    if mention is not None:
        assert s.mention == mention


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Hours later, Tom Reyes returned the compliment, telling Reuters, "
            '"We have been friends for a long time."',
            "Tom Reyes",
            None,
        ),
        (
            "Reluctantly, Tom Reyes conceded the point, saying "
            '"the numbers are not there."',
            "Tom Reyes",
            None,
        ),
        (
            "WASHINGTON (AP) — Democrat Ana Ruiz took a swipe at her rival, saying that "
            '"loud comments" do more harm than good.',
            "Ana Ruiz",
            "Democrat",
        ),
        (
            "LEEDS, July 25 (UPI) — The Harbour Workers Union released a statement on Monday, "
            'offering "a deep and sincere apology" to members.',
            "Harbour Workers Union",
            None,
        ),
    ],
    ids=["time-opener", "adverb-opener", "dateline", "dateline-organisation"],
)
def test_subject_after_an_opener_or_a_dateline(text: str, name: str, role: str | None) -> None:
    s = speaker_of(only_quote(text))
    assert (s.name, s.role) == (name, role)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the cue far after the quote, inverted: the subject follows the verb
        (
            'Ruiz "drew well with farmers" in the 2008 race, said Leeds professor Jo Hale.',
            "Jo Hale",
        ),
        # a long apposition before the verb
        (
            "Jo Hale, a former harbour engineer who now studies the silting of estuaries at "
            'the Marine Institute in Cork, said, "If the dredging stops, the port closes."',
            "Jo Hale",
        ),
        # the sentence before the quote says who speaks
        (
            '"Farmers are angry," said Tom Reyes. Leeds professor Jo Hale agreed. '
            '"They have lost two harvests."',
            "Jo Hale",
        ),
        # a subject and a verb the lexicon does not know, then a colon
        ('Ana Ruiz demurred: "We have not decided."', "Ana Ruiz"),
        ("Marine Trust emailed a link with one sentence: \"THIS IS NOT OK.\"", "Marine Trust"),
        # a reporting verb's bare form after a determiner is a noun, not the cue
        ('Jo Hale delivered a snappy retort: "Nobody is tearing this up."', "Jo Hale"),
        ('"I was wrong," Tom Reyes admitted.', "Tom Reyes"),
        # a participle right after a name has that name as its subject
        ('The ad shows footage of Ana Ruiz asking, "Why am I not ahead?"', "Ana Ruiz"),
        (
            'According to Jo Hale, Leeds is offering the mill "tax breaks and cheap land."',
            "Jo Hale",
        ),
        # a second verb joined by "and" shares the first one's subject
        (
            "Ana Ruiz, her rival, bemoaned the unrest in Leeds and said drugs were a "
            '"very big factor" in the violence.',
            "Ana Ruiz",
        ),
        # a preposition's object is not the subject of the verb after it
        ('Union members marching through Leeds chanted "No more cuts!"', "Union members"),
        # an apposition with several commas
        (
            'Ruiz, meanwhile, who has no endorsements, said she is "ready to take on the '
            'establishment."',
            "Ruiz",
        ),
        # a participle whose subject stands before an earlier quote of the sentence
        (
            'Jo Hale said it reminds him of the book titled "The Long Winter," explaining, '
            '"because of what could have been."',
            "Jo Hale",
        ),
        # an adverb between a modal and a verb that is also a noun ("ask")
        ('If we lived in normal times, a reader would now ask: "What is going on?"', "a reader"),
        ('Ann Lee used to back Paul, but now said Trump had "the opportunity" to win.', "Ann Lee"),
        # a capitalised word opening a people phrase, the sentence's subject
        (
            "Nuclear proliferation experts have discounted the claims, but have speculated "
            'about its "explosive yield" through other means.',
            "Nuclear proliferation experts",
        ),
        # the subject of the verb an infinitive hangs on, inside a "that" clause
        (
            "Mr. Cruz spoke first. The debate was so calm that Mr. Trump was prompted to say, "
            '"I cannot believe how civil it has been."',
            "Trump",
        ),
        # an opener whose phrase runs over a comma between adjectives
        (
            "Following a swiftly called, late-afternoon meeting, the Security Council issued a "
            'statement calling the test "a clear violation" of its resolutions.',
            "Security Council",
        ),
        # a name and more people; an owner's people
        (
            "Netanyahu and other Israeli leaders shunned Carter on his trips, claiming that "
            'the former president is "anti-Israel."',
            "Netanyahu",
        ),
        (
            "Henry Clay’s biographers, David and Jeanne Heidler, wrote that Taylor "
            '"had a tin ear."',
            "Henry Clay’s biographers",
        ),
        # a poll's share of people
        ('Only 52 percent agreed. But 63 percent said Lee was "justified" in it.', "63 percent"),
    ],
    ids=[
        "inverted-far",
        "long-apposition",
        "previous-sentence",
        "colon",
        "colon-org",
        "noun-retort",
        "admitted",
        "participle-after-name",
        "progressive-is-no-participle",
        "and-said",
        "preposition-object",
        "apposition-commas",
        "participle-after-a-term",
        "modal-adverb-verb",
        "but-now-said",
        "capitalised-people-phrase",
        "was-prompted-to-say",
        "opener-adjectives",
        "name-and-more-people",
        "owners-people",
        "percent-said",
    ],
)
def test_harder_attributions(text: str, name: str) -> None:
    assert speaker_of(quotes_of(text)[-1]).name == name


@pytest.mark.parametrize(
    "text",
    [
        'Ann Fox took to Twitter overnight to accuse Lee of being "duped" by a con.',
        'Ann Fox also said that it was too early to tell, and there was "no evidence" yet.',
    ],
)
def test_an_infinitives_subject_is_no_place_or_it(text: str) -> None:
    assert speaker_of(quotes_of(text)[-1]).name == "Ann Fox"


def test_a_dashed_apposition_before_the_verb_still_reads_its_subject() -> None:
    text = 'A former senator -- Ana Ruiz, who lost in 2008 -- said the plan "offered nothing new."'
    assert speaker_of(only_quote(text)).name == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Dover was on their minds, with marchers and spectators chanting "We are Dover."',
         "marchers and spectators"),
        ('Ana Ruiz left the stage with the crowd chanting "four more years."', "the crowd"),
        ('The rally began with children yelling "We want our jobs back!"', "children"),
    ],
    ids=["plural", "crowd", "children"],
)
def test_with_people_doing_the_saying(text: str, speaker: str) -> None:
    assert speaker_of(only_quote(text)).name == speaker


def test_a_phrase_read_as_a_subject_stops_at_a_verb() -> None:
    q = only_quote('The first ad ends with a voice saying, "Tom Hale is unfit to lead."')
    assert q.speaker is None or "ends" not in q.speaker.mention


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Ana Ruiz spoke near the hotel, where about 50 protesters had gathered on Monday, '
         'chanting "Lock her up!"', "about 50 protesters"),
        ('Outside the arena, about 200 protesters congregated in three groups, holding signs '
         'and chanting "No more wars!"', "about 200 protesters"),
        ('Ana Ruiz rounded out the list of candidates interviewed, citing "a good book."',
         "Ana Ruiz"),
        ('Ana Ruiz veered close to an admission that soldiers had fought there, saying "maybe."',
         "Ana Ruiz"),
    ],
    ids=["relative-where", "own-clause", "passive-after-of", "complement-that"],
)
def test_people_in_the_clause_before_a_participle(text: str, speaker: str) -> None:
    assert speaker_of(only_quote(text)).name == speaker


def test_with_an_abstract_noun_before_a_participle_is_no_speaker() -> None:
    q = only_quote('The plan now has softer language calling for "appropriate assistance."')
    assert q.speaker is None or q.speaker.name != "softer language"


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ('It is what former employees have called a "fraudulent scheme."', "former employees",
         "fragment"),
        ('It is what one Latino conservative has dubbed "the yuca primary."',
         "one Latino conservative", "fragment"),
        ('Ana Ruiz is close to Tom Hale, whom one insider described as "her brother."',
         "one insider", "fragment"),
        ('At a forum, one questioner claimed that the "forces of correctness" hurt the army.',
         "one questioner", "fragment"),
    ],
    ids=["employees", "conservative-dubbed", "insider", "questioner"],
)
def test_unnamed_people_as_speakers(text: str, speaker: str, kind: str) -> None:
    q = only_quote(text)
    assert (speaker_of(q).name, q.kind) == (speaker, kind)


def test_a_participle_opening_the_sentence_is_not_a_name() -> None:
    text = (
        "Marking the end of the primaries with a formal speech -- complete with a "
        "teleprompter -- Reyes told supporters "
        'that "we close one chapter and begin another," and he vowed to carry the "mantle."'
    )
    assert speaker_of(quotes_of(text)[-1]).name == "Reyes"


def test_it_is_not_a_speaker_without_a_cue() -> None:
    text = 'It was not just the cries of "Go home!" that rattled the crowd.'
    assert only_quote(text).speaker is None


def test_a_lone_place_before_a_participle_is_not_its_subject() -> None:
    text = (
        "Jo Hale, the former senator from Oregon, attacked Reyes. The campaign of the former "
        'senator from Oregon saying Reyes was "not a real conservative."'
    )
    assert speaker_of(quotes_of(text)[-1]).name != "Oregon"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a participle after the quote: its object is not the speaker
        (
            'Tom Reyes hailed the vote as "fantastic," telling reporters during a visit that '
            "he was pleased.",
            "Tom Reyes",
        ),
        (
            'Ana Ruiz delivered a defense of "Leeds values," saying the city embodied them.',
            "Ana Ruiz",
        ),
        # a fragment that ends its sentence: the next sentence's subject is not its speaker
        (
            'On Twitter, Jo Hale called the plan "unhinged." Sen. Tom Reyes called the '
            'statement "offensive."',
            "Jo Hale",
        ),
        # an apposition with a comma of its own
        (
            "Gian Maria Vanni, the editor of the Vatican's newspaper, L'Osservatore, said "
            'every pope was "both religious and political."',
            "Gian Maria Vanni",
        ),
        (
            "Tom Reyes, whose hometown, Leeds, may flood, argues that the plan will "
            '"destroy our economy."',
            "Tom Reyes",
        ),
        # an opener with a place and a time, each with its comma
        (
            "At a campaign event in Ames, Iowa, on Sunday, Mrs. Ruiz tried to explain, "
            'saying that the country should "lead."',
            "Ruiz",
        ),
    ],
    ids=[
        "participle-object",
        "participle-object-2",
        "fragment-ends-sentence",
        "apposition-with-comma",
        "relative-with-comma",
        "opener-place-time",
    ],
)
def test_the_subject_not_a_nearby_name(text: str, name: str) -> None:
    assert speaker_of(quotes_of(text)[0]).name == name


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz teases it out. Here\u2019s Tom Hale in 1992: \u201cWe will build a bridge.\u201d",
        'Ruiz teases it out. Here is Tom Hale on the plan: "We will build a bridge."',
    ],
    ids=["heres", "here-is"],
)
def test_here_is_someone_presents_the_speaker(text: str) -> None:
    speaker = speaker_of(only_quote(text))
    assert (speaker.name, speaker.mention) == ("Tom Hale", "Tom Hale")


def test_a_writing_in_a_relative_clause_speaks() -> None:
    text = 'The release linked to the AP report, which notes, "Half the guests were donors."'
    speaker = speaker_of(only_quote(text))
    assert (speaker.name, speaker.mention) == ("AP", "the AP report")


def test_which_with_no_comma_after_an_organisation() -> None:
    text = 'They turned to the Chicago Police Department which reported "2,521 shooting incidents".'
    speaker = speaker_of(only_quote(text))
    assert (speaker.name, speaker.kind) == ("Chicago Police Department", "organization")

