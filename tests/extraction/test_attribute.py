"""Attribution: the cue, the speaker and the kind of each quote, on invented news sentences.

Every quote found is also checked to point at its own words, and so are its cue and the
mention of its speaker.
"""

from __future__ import annotations

import pytest

from quoteverify import Quote, Speaker, extract_quotes


def quotes_of(text: str) -> list[Quote]:
    """The quotes of a text, after checking that each quote, cue and mention points at its words."""
    found = extract_quotes(text)
    for q in found:
        assert text[q.start : q.end] == q.text
        if q.cue is not None:
            assert text[q.cue.start : q.cue.end] == q.cue.text
        if q.speaker is not None:
            assert text[q.speaker.start : q.speaker.end] == q.speaker.mention
    return found


def only_quote(text: str) -> Quote:
    (q,) = quotes_of(text)
    return q


def speaker_of(q: Quote) -> Speaker:
    assert q.speaker is not None, f"no speaker for {q.text!r}"
    return q.speaker


def cue_text(q: Quote) -> str | None:
    return None if q.cue is None else q.cue.text


# --- cue patterns ---


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


def test_name_said_colon_then_quote() -> None:
    q = only_quote('Tom Reyes said: "We will rebuild the harbour."')
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
    "text",
    [
        'Ann Fox took to Twitter overnight to accuse Lee of being "duped" by a con.',
        'Ann Fox also said that it was too early to tell, and there was "no evidence" yet.',
    ],
)
def test_an_infinitives_subject_is_no_place_or_it(text: str) -> None:
    assert speaker_of(quotes_of(text)[-1]).name == "Ann Fox"


def test_plural_subject_with_a_bare_verb_is_still_the_speaker() -> None:
    assert speaker_of(only_quote('"It is over," the officials say.')).name == "the officials"


def test_quotes_joined_by_and_share_the_speaker_named_after_them() -> None:
    text = 'Guns are "a health crisis" and "stunt growth," Jo Hale, a doctor, told the crowd.'
    first, second = quotes_of(text)
    assert speaker_of(first).name == speaker_of(second).name == "Jo Hale"


def test_a_title_noun_then_a_comma_does_not_make_a_term() -> None:
    text = "Ana Ruiz said of the episode, \"I don't like it,\" adding that \"they are angry.\""
    first, second = quotes_of(text)
    assert first.kind != "term"
    assert speaker_of(first).name == speaker_of(second).name == "Ana Ruiz"


def test_question_then_name_asked() -> None:
    q = only_quote('"Where is the money going?" Sarah Lind asked.')
    assert q.text == "Where is the money going?"
    assert speaker_of(q).name == "Sarah Lind"
    assert cue_text(q) == "asked"


def test_question_then_asked_name() -> None:
    q = only_quote('"Where is the money going?" asked Sarah Lind.')
    assert speaker_of(q).name == "Sarah Lind"
    assert cue_text(q) == "asked"


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


# --- resolving the mention to a person ---


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


def test_a_heading_before_a_dash_is_not_part_of_the_speakers_mention() -> None:
    q = only_quote('TURNOUT WILL BE HIGH - Ana Ruiz: "We expect a record turnout in Iowa."')
    assert (speaker_of(q).name, speaker_of(q).mention) == ("Ana Ruiz", "Ana Ruiz")


def test_a_dashed_apposition_before_the_verb_still_reads_its_subject() -> None:
    text = 'A former senator -- Ana Ruiz, who lost in 2008 -- said the plan "offered nothing new."'
    assert speaker_of(only_quote(text)).name == "Ana Ruiz"


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


def test_a_pronoun_after_a_place_and_a_verb_is_the_sentence_subjects() -> None:
    text = (
        "Peter Lund spoke first. When Hale later referred to the attack at a club in Orlando "
        'and said he would "protect our citizens," the crowd applauded.'
    )
    assert speaker_of(only_quote(text)).name == "Hale"


def test_a_base_form_opening_a_sentence_is_no_inverted_cue() -> None:
    q = only_quote('State Sen. Lee Bright suggested "a new vote" on the flag.')
    assert (speaker_of(q).mention, cue_text(q)) == ("State Sen. Lee Bright", "suggested")


# --- kinds: utterance, fragment, term ---


def test_quoted_words_inside_the_writers_sentence_are_a_fragment() -> None:
    q = only_quote('Senator Paul Adler called the decision a "grave mistake" on Tuesday.')
    assert (q.text, q.kind) == ("grave mistake", "fragment")
    assert speaker_of(q).name == "Paul Adler"
    assert cue_text(q) == "called"


def test_quoted_phrase_after_said_is_a_fragment() -> None:
    q = only_quote('Adler, who chairs the committee, said the plan was "dead on arrival" and left.')
    assert (q.text, q.kind) == ("dead on arrival", "fragment")
    assert speaker_of(q).name == "Adler"


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ('The band released the album "Northern Lights" in March.', "Northern Lights"),
        ('The singer James "Jimmy" Ortega will tour in June.', "Jimmy"),
        ('The so-called "reform" cut pensions by a third.', "reform"),
        ('The minister defended a so-called "reform" that cut pensions.', "reform"),
        ('Ana Ruiz thinks this is an episode of "Shark Tank." It is not.', "Shark Tank."),
        ("He praised his 1994 \u201cContract with America.\u201d", "Contract with America."),
        ("Check out the trailer for Ana Ruiz\u2019s documentary, \u201c13th.\u201d", "13th."),
        ('Tom Hale sat for an interview on Mr. King\'s show, "Politicking," this month.',
         "Politicking,"),
    ],
    ids=["title", "nickname", "so-called", "so-called-mid-sentence", "title-stop", "owned-title",
         "apposed-title-digit", "apposed-title-word"],
)
def test_names_and_scare_quotes_are_terms(text: str, term: str) -> None:
    q = only_quote(text)
    assert (q.text, q.kind) == (term, "term")
    assert q.cue is None


def test_a_surname_like_a_title_noun_does_not_make_a_term() -> None:
    text = 'Ana Ruiz said that the remark by Dr. Lee Song "was unfair and wrong."'
    q = only_quote(text)
    assert (q.kind, speaker_of(q).name) == ("fragment", "Ana Ruiz")


@pytest.mark.parametrize(
    "text",
    [
        'Ana Ruiz accused Tom Hale of running a campaign "of fear and of division."',
        'Ana Ruiz said the inspector\'s report "was not good" for the agency.',
    ],
    ids=["campaign", "report"],
)
def test_a_title_noun_before_lowercase_words_does_not_make_a_term(text: str) -> None:
    q = only_quote(text)
    assert (q.kind, speaker_of(q).name) == ("fragment", "Ana Ruiz")


@pytest.mark.parametrize(
    "text",
    [
        'Within minutes, Ana Ruiz called Tom Hale "Little Tommy."',
        'Ana Ruiz dubbed him "the little senator."',
        'It was what Ana Ruiz called the "Evil Empire."',
    ],
    ids=["called", "dubbed", "what-she-called"],
)
def test_a_name_someone_gives_is_their_word(text: str) -> None:
    q = only_quote(text)
    assert (q.kind, speaker_of(q).name) == ("fragment", "Ana Ruiz")


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


def test_a_writing_that_names_someone_gives_its_word() -> None:
    q = only_quote("Years ago, a Times article hailed Tom Hale as \u201cThe Comeback Kid.\u201d")
    assert q.kind == "fragment"


def test_a_second_name_given_in_the_same_breath_is_the_same_speakers() -> None:
    text = "Tom Hale called the winner \u201cMiss Piggy\u201d and \u201cMiss Housekeeping.\u201d"
    assert [(q.kind, speaker_of(q).name) for q in quotes_of(text)] == [
        ("fragment", "Tom Hale"),
        ("fragment", "Tom Hale"),
    ]


def test_two_titles_joined_stay_terms() -> None:
    text = "There was no mention of \u201cLyin\u2019 Ted\u201d or \u201cCrooked Hillary.\u201d"
    assert [q.kind for q in quotes_of(text)] == ["term", "term"]


def test_a_quote_a_describing_verb_takes_is_not_the_next_clauses() -> None:
    text = "In 2009, under what Tom Hale called \"a loophole,\" the Marsh Club charged a fee."
    q = only_quote(text)
    assert (speaker_of(q).name, cue_text(q)) == ("Tom Hale", "called")


def test_a_passive_describing_verb_leaves_the_quote_to_the_cue_after_it() -> None:
    text = 'Hale admitted the work could be termed "influence peddling," the Post reported.'
    assert speaker_of(only_quote(text)).name == "Post"


def test_a_passive_reporting_verb_names_no_speaker() -> None:
    text = "Hale\u2019s letter on Ruiz was widely ridiculed for its claim Ruiz is \"the best.\""
    q = only_quote(text)
    assert q.speaker is None or q.cue is None or "ridiculed" not in q.cue.text


def test_a_naming_word_before_a_colon_introduces_words_not_a_title() -> None:
    q = only_quote('Ana Ruiz had a motto: "never give up."')
    assert q.kind != "term"


def test_a_thing_called_something_is_a_title() -> None:
    q = only_quote('Ana Ruiz wrote a book called "Women Who Work" last year.')
    assert (q.kind, q.speaker) == ("term", None)


def test_a_show_after_its_network_is_a_title_and_its_cue_goes_on() -> None:
    text = 'Jo Hale tells MSNBC\'s "Morning Joe" that "exactly who did it" is not known.'
    show, words = quotes_of(text)
    assert (show.kind, show.speaker) == ("term", None)
    assert (words.kind, speaker_of(words).name) == ("fragment", "Jo Hale")


def test_a_quoted_title_alone_in_its_paragraph_is_a_heading() -> None:
    text = '"We won," Ana Ruiz said.\n\n"All Bets Are Off."\n\nEight years ago, it began.'
    assert [q.kind for q in quotes_of(text)] == ["utterance", "term"]


def test_long_words_nobody_is_named_for_are_a_fragment_not_a_term() -> None:
    text = (
        "Of the firms, 73 percent \u201cmaintained subsidiaries in offshore tax havens,\u201d a "
        "\u201cgrowing problem\u201d for regulators."
    )
    words, scare = quotes_of(text)
    assert (words.kind, words.speaker) == ("fragment", None)
    assert (scare.kind, scare.speaker) == ("term", None)


def test_a_stage_direction_in_a_transcript_is_a_term() -> None:
    text = '"PENCE: Well, look.\n\n"(CROSSTALK.)\n\n"WALLACE: If I may, sir."'
    assert [q.kind for q in quotes_of(text)] == ["utterance", "term", "utterance"]


def test_a_title_has_no_speaker() -> None:
    assert only_quote('The band released the album "Northern Lights" in March.').speaker is None


def test_a_nickname_has_no_speaker() -> None:
    assert only_quote('The singer James "Jimmy" Ortega will tour in June.').speaker is None


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


def test_a_full_name_first_seen_as_an_owner_resolves_the_surname() -> None:
    text = (
        "Tom Hale\u2019s recent gains may not last.\n\n"
        "Hale openly admires the governor as a \u201cstrong leader,\u201d comparing him to others."
    )
    assert speaker_of(only_quote(text)).name == "Tom Hale"
    text2 = 'Tom Hale\u2019s recent gains may not last. "We will win," Hale said.'
    assert speaker_of(only_quote(text2)).name == "Tom Hale"


def test_the_mention_is_the_text_as_written() -> None:
    q = only_quote('"We are ready," said Gov.\u00a0Jo  Hale.')  # no-break and double spaces
    assert (speaker_of(q).mention, speaker_of(q).name) == ("Gov.\u00a0Jo  Hale", "Jo Hale")


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


def test_a_clause_after_and_is_not_the_quotes_cue() -> None:
    text = (
        'Fox said he would make sand "glow in the dark," for instance, and Hale vowed to "bomb '
        'them."'
    )
    assert [speaker_of(q).name for q in quotes_of(text)] == ["Fox", "Hale"]


def test_the_pronoun_after_said_is_its_subject() -> None:
    text = (
        "Ted Cruz attacked him. His wife had warned him to act \"presidential,\" but Tom Hale "
        'said he responded: "When you have incoming, you cannot be too presidential."'
    )
    assert [speaker_of(q).name for q in quotes_of(text)] == ["His wife", "Tom Hale"]


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


def test_which_with_no_comma_after_an_organisation() -> None:
    text = 'They turned to the Chicago Police Department which reported "2,521 shooting incidents".'
    speaker = speaker_of(only_quote(text))
    assert (speaker.name, speaker.kind) == ("Chicago Police Department", "organization")


def test_a_question_then_its_cue_with_an_adverb_is_still_attributed() -> None:
    q = quotes_of('"You think I am going to change?" Tom Reyes asked reporters rhetorically.')[0]
    assert speaker_of(q).name == "Tom Reyes"


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
