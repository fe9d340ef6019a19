"""Quote marks: which marks open and close a quote, and what happens when they do not pair up.

Every sentence here is invented. Each test checks the quoted text and that the quote's span
points at it in the source.
"""

from __future__ import annotations

import pytest

from quoteverify import Quote, extract, extract_quotes


def quotes_of(text: str) -> list[Quote]:
    """The quotes of a text, after checking that every one points at its own words."""
    found = extract_quotes(text)
    for q in found:
        assert text[q.start : q.end] == q.text
    return found


def texts_of(text: str) -> list[str]:
    return [q.text for q in quotes_of(text)]


def codes_of(text: str) -> list[str]:
    return [w.code for w in extract(text).warnings]


# --- straight and curly double quotes ---


def test_straight_double_quotes() -> None:
    assert texts_of('"We will rebuild the harbour," Mayor Tom Reyes said.') == [
        "We will rebuild the harbour,"
    ]


def test_curly_double_quotes() -> None:
    assert texts_of("“We will rebuild the harbour,” Mayor Tom Reyes said.") == [
        "We will rebuild the harbour,"
    ]


def test_span_excludes_the_marks() -> None:
    text = "“We will rebuild the harbour,” Mayor Tom Reyes said."
    (q,) = quotes_of(text)
    assert (q.start, q.end) == (1, text.index("”"))


def test_two_quotes_in_one_paragraph() -> None:
    text = '"The bridge closes in May," said Tom Reyes. "It reopens in June."'
    assert texts_of(text) == ["The bridge closes in May,", "It reopens in June."]


def test_text_without_quote_marks_has_no_quotes_and_no_warnings() -> None:
    text = "The council met on Monday and approved the budget after a short debate."
    assert extract(text).quotes == ()
    assert extract(text).warnings == ()


# --- British single quotes and apostrophes ---


def test_curly_single_quotes_as_outer_marks() -> None:
    assert texts_of("‘We will not back down,’ the head teacher said.") == ["We will not back down,"]


def test_straight_single_quotes_as_outer_marks() -> None:
    assert texts_of("'We will not back down,' said Maria Lopez.") == ["We will not back down,"]


@pytest.mark.parametrize(
    "text",
    [
        "Officials at the teachers' union met on Monday.",
        "Maria Lopez said it's too early to call off the strike.",
        "Tom Reyes said the harbour was busier in the '90s.",
        "The mayor's brother played rock 'n' roll in a pub band.",
        "Sean O'Brien chairs the transport committee.",
        "Sean O’Brien said it’s the teachers’ call, as it was in the ’90s.",
    ],
    ids=["plural-possessive", "contraction", "decade", "rock-n-roll", "surname", "curly"],
)
def test_apostrophes_are_not_quote_marks(text: str) -> None:
    result = extract(text)
    assert result.quotes == ()
    assert result.warnings == ()


def test_apostrophes_around_a_single_quoted_quote_are_ignored() -> None:
    text = "Sean O'Brien said the teachers' union was right. 'It's time,' he said."
    assert texts_of(text) == ["It's time,"]


def test_plural_possessive_inside_curly_single_quotes() -> None:
    text = "‘It’s the teachers’ union that decides,’ said Maria Lopez."
    assert texts_of(text) == ["It’s the teachers’ union that decides,"]


def test_plural_possessive_inside_straight_single_quotes() -> None:
    text = "'It's the teachers' union that decides,' said Maria Lopez."
    assert texts_of(text) == ["It's the teachers' union that decides,"]


def test_rock_n_roll_inside_single_quotes() -> None:
    text = "'We played rock 'n' roll all through the '90s,' said Sean O'Brien."
    assert texts_of(text) == ["We played rock 'n' roll all through the '90s,"]


# --- nested quotes ---


def test_nested_single_quote_stays_inside_straight_double_quote() -> None:
    text = "\"He's 'tin-cupping' to the DPRK,\" the senator said."
    assert texts_of(text) == ["He's 'tin-cupping' to the DPRK,"]


def test_nested_single_quote_stays_inside_curly_double_quote() -> None:
    text = "“He’s ‘tin-cupping’ to the DPRK,” the senator said."
    assert texts_of(text) == ["He’s ‘tin-cupping’ to the DPRK,"]


def test_nested_double_quote_stays_inside_single_quote() -> None:
    text = "‘They called it a “temporary” closure, but it lasted years,’ said Maria Lopez."
    assert texts_of(text) == ["They called it a “temporary” closure, but it lasted years,"]


# --- other conventions ---


def test_lexisnexis_doubled_apostrophes() -> None:
    text = "''We will rebuild the bridge,'' Mayor Tom Reyes said on Monday."
    assert texts_of(text) == ["We will rebuild the bridge,"]


def test_lexisnexis_quote_containing_apostrophes() -> None:
    text = "''It's the teachers' strike, not ours,'' said Maria Lopez."
    assert texts_of(text) == ["It's the teachers' strike, not ours,"]


def test_guillemets() -> None:
    assert texts_of("Elena Marsh said: «We will not yield.»") == ["We will not yield."]


def test_guillemet_padding_spaces_are_not_part_of_the_quote() -> None:
    assert texts_of("« We will not yield », Elena Marsh said.") == ["We will not yield"]


def test_german_low_high_marks() -> None:
    assert texts_of("„We will not yield,“ Elena Marsh said.") == ["We will not yield,"]


def test_german_low_high_single_marks() -> None:
    text = "‚We will not yield‘, Elena Marsh said. ‚It’s Jo‘s call‘, she added."
    assert texts_of(text) == ["We will not yield", "It’s Jo‘s call"]
    assert extract(text).warnings == ()


def test_latex_marks_two_backticks_open_two_apostrophes_close() -> None:
    text = "``We will open the bridge in June,'' Mayor Ann Holt said."
    (q,) = quotes_of(text)
    assert (q.text, q.start, q.end, q.kind) == (
        "We will open the bridge in June,", 2, text.index("''"), "utterance"
    )
    assert q.speaker is not None
    assert q.speaker.name == "Ann Holt"


def test_latex_marks_inside_a_paragraph() -> None:
    text = "Mayor Ann Holt said the bridge was ``nearly finished'' and the tolls ``would stay.''"
    first, second = quotes_of(text)
    assert [(q.text, q.kind) for q in (first, second)] == [
        ("nearly finished", "fragment"),
        ("would stay.", "fragment"),
    ]
    assert (first.start, second.start) == (text.index("nearly"), text.index("would"))
    assert [q.speaker.name if q.speaker else None for q in (first, second)] == ["Ann Holt"] * 2


def test_latex_marks_around_apostrophes_and_a_nested_single_quote() -> None:
    text = "``It's the teachers' call, not a `temporary' fix,'' said Ann Holt."
    assert texts_of(text) == ["It's the teachers' call, not a `temporary' fix,"]


def test_latex_marks_in_tokenized_text() -> None:
    text = "`` We will open the bridge , '' Ann Holt said ."
    (q,) = quotes_of(text)
    assert (q.text, q.start) == ("We will open the bridge ,", 3)
    assert q.speaker is not None
    assert q.speaker.name == "Ann Holt"


@pytest.mark.parametrize(
    "text",
    [
        "The file ended with a stray `` and nothing else.",
        "The file ended with a stray '' and nothing else.",
        "``",
        "''",
        "`` '' ``",
    ],
    ids=["backticks", "apostrophes", "backticks-alone", "apostrophes-alone", "marks-only"],
)
def test_a_lone_latex_mark_quotes_nothing(text: str) -> None:
    assert extract(text).quotes == ()


def test_single_quoted_dialogue() -> None:
    text = "'Drink me,' said Alice. 'I don't think the '90s were Jones' best years,' she added."
    first, second = quotes_of(text)
    assert (first.text, first.start, first.end) == ("Drink me,", 1, 10)
    assert second.text == "I don't think the '90s were Jones' best years,"
    assert (first.kind, second.kind) == ("utterance", "utterance")
    assert [q.speaker.name if q.speaker else None for q in (first, second)] == ["Alice"] * 2
    assert extract(text).warnings == ()


# --- quotes over a line break inside a paragraph ---


def test_a_quote_running_over_a_line_break() -> None:
    text = '"We will open the bridge\nin June and keep the tolls," Mayor Ann Holt said.'
    (q,) = quotes_of(text)
    assert (q.text, q.start, q.end, q.kind) == (
        "We will open the bridge\nin June and keep the tolls,", 1, text.index('"', 1), "utterance"
    )
    assert q.speaker is not None
    assert q.speaker.name == "Ann Holt"
    assert extract(text).warnings == ()


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("\u201c", "\u201d"), ("``", "''"), ("'", "'"), ("\u2018", "\u2019"), ("\u00ab", "\u00bb")],
    ids=["curly", "latex", "single", "curly-single", "guillemets"],
)
def test_a_quote_running_over_a_line_break_before_a_capital(opening: str, closing: str) -> None:
    text = f"{opening}We will open the bridge.\nThe tolls stay,{closing} said Ann Holt.\nShe left."
    (q,) = quotes_of(text)
    assert (q.text, q.start) == ("We will open the bridge.\nThe tolls stay,", len(opening))
    assert q.speaker is not None
    assert q.speaker.name == "Ann Holt"
    assert extract(text).warnings == ()


def test_a_quote_over_the_lines_of_hard_wrapped_text() -> None:
    text = (
        "Mayor Ann Holt spoke to the council on Monday evening. She told\n"
        "members: \u201cWe will open the bridge in June, and the tolls will stay\n"
        "Where they are until the loan is paid back.\u201d\n"
        "\n"
        "Tom Reyes, who voted against the plan, said the tolls were too high\n"
        "for people who cross the river every day. \u201cThey pay twice,\u201d he said.\n"
    )
    first, second = quotes_of(text)
    assert first.text == (
        "We will open the bridge in June, and the tolls will stay\n"
        "Where they are until the loan is paid back."
    )
    assert second.text == "They pay twice,"
    assert [q.speaker.name if q.speaker else None for q in (first, second)] == [
        "Ann Holt",
        "Tom Reyes",
    ]
    assert extract(text).warnings == ()


def test_a_quote_continued_over_hard_wrapped_paragraphs() -> None:
    text = (
        "Mayor Ann Holt spoke to the council on Monday evening. She told\n"
        "members: \u201cWe will open the bridge in June, and the tolls will stay\n"
        "where they are until the loan is paid back.\n"
        "\n"
        "\u201cAfter that, the bridge is free for everyone who lives in the\n"
        "county.\u201d\n"
    )
    first, second = quotes_of(text)
    assert first.text.endswith("paid back.")
    assert second.text.startswith("After that,")
    assert second.text.endswith("county.")
    assert first.utterance == second.utterance
    assert extract(text).warnings == ()


# --- quotes over several paragraphs ---


def test_multi_paragraph_quote_is_one_utterance_with_one_speaker() -> None:
    text = (
        "Ruth Keane said: “We lost the barn and the fences.\n"
        "\n"
        "“By morning the valley was under water.”"
    )
    first, second = quotes_of(text)
    assert (first.text, second.text) == (
        "We lost the barn and the fences.",
        "By morning the valley was under water.",
    )
    assert first.utterance == second.utterance
    assert first.speaker is not None
    assert second.speaker is not None
    assert first.speaker.name == second.speaker.name == "Ruth Keane"


def test_multi_paragraph_quote_is_followed_by_a_separate_quote() -> None:
    text = (
        'Ruth Keane said: "We lost the barn.\n'
        '"By morning the valley was under water."\n'
        'The council said it would review flood defences. "We acted as fast as we could,"'
        " said Mayor Tom Reyes."
    )
    first, second, third = quotes_of(text)
    assert first.utterance == second.utterance != third.utterance
    assert third.speaker is not None
    assert third.speaker.name == "Tom Reyes"


def test_multi_paragraph_quote_attributed_at_its_end() -> None:
    text = (
        "“We lost the barn and the fences.\n"
        "\n"
        "“By morning the valley was under water,” Ruth Keane said."
    )
    first, second = quotes_of(text)
    assert first.utterance == second.utterance
    assert first.speaker is not None
    assert first.speaker.name == "Ruth Keane"


def test_a_reopened_quote_naming_someone_else_is_a_new_utterance() -> None:
    # the first paragraph's quote was left open by mistake: the next names its own speaker
    text = (
        '"It is a dog whistle," Rep. Ann Fox said. "How can you feel good about that\n'
        "\n"
        '"I have been thinking about the country," added Rep. Jim Hale, the assistant leader. '
        '"One of the things we are used to is dog whistles."'
    )
    speakers = [q.speaker.name if q.speaker else None for q in quotes_of(text)]
    assert speakers == ["Ann Fox", "Ann Fox", "Jim Hale", "Jim Hale"]
    utterances = [q.utterance for q in quotes_of(text)]
    assert utterances[0] == utterances[1] != utterances[2] == utterances[3]


def test_curly_marks_nest_inside_a_straight_quote_that_runs_on() -> None:
    # a transcript quoted in straight marks, with a title in curly marks inside it
    text = (
        '"PENCE: Well, look, she thinks this is an episode of \u201cShark Tank.\u201d But this '
        "is America.\n"
        "\n"
        '"WALLACE: If I may, sir."'
    )
    first, second = quotes_of(text)
    assert first.text.startswith("PENCE: Well") and first.text.endswith("is America.")
    assert "\u201cShark Tank.\u201d" in first.text
    assert second.text == "WALLACE: If I may, sir."
    assert extract(text).warnings == ()


def test_multi_paragraph_quote_in_single_marks() -> None:
    text = (
        "Ruth Keane said: ‘We lost the barn and the fences.\n"
        "\n"
        "‘By morning the valley was under water.’"
    )
    assert texts_of(text) == [
        "We lost the barn and the fences.",
        "By morning the valley was under water.",
    ]


# --- marks that do not pair ---


def test_unclosed_quote_is_a_warning_and_later_quotes_are_still_found() -> None:
    text = (
        "Tom Reyes said: “We are finished with this.\n"
        "\n"
        "The council adjourned at noon.\n"
        "\n"
        "“We will return in June,” said Sarah Lind."
    )
    result = extract(text)
    assert [(w.code, w.start) for w in result.warnings] == [("unclosed-quote", text.index("“"))]
    assert result.quotes[-1].text == "We will return in June,"
    assert result.quotes[-1].speaker is not None
    assert result.quotes[-1].speaker.name == "Sarah Lind"


def test_unclosed_quote_does_not_swallow_the_next_paragraph() -> None:
    text = (
        'Tom Reyes said: "We are finished with this.\n'
        "The council adjourned at noon. Members left quickly.\n"
        '"We will return in June," said Sarah Lind.'
    )
    first_break = text.index("\n")
    for q in quotes_of(text):
        assert q.end <= first_break or q.start > first_break
        assert "adjourned" not in q.text
    assert "We will return in June," in texts_of(text)


def test_unclosed_quote_mid_paragraph_then_quote_in_next_paragraph() -> None:
    text = 'He said "yes. And then\nLater, "no," said Tom Reyes.'
    assert codes_of(text) == ["unclosed-quote"]
    assert texts_of(text)[-1] == "no,"


def test_unclosed_curly_single_quote_is_a_warning() -> None:
    text = "Maria Lopez said: ‘We are finished with this.\n\nThe council adjourned at noon."
    assert codes_of(text) == ["unclosed-quote"]


def test_stray_closing_mark_is_an_unopened_quote_warning() -> None:
    text = "The measure passed 52 to 48.” Supporters cheered."
    result = extract(text)
    assert result.quotes == ()
    assert [(w.code, w.start, w.end) for w in result.warnings] == [
        ("unopened-quote", text.index("”"), text.index("”") + 1)
    ]


def test_stray_closing_mark_after_a_closed_quote() -> None:
    text = "“We are finished with this,” Tom Reyes said.” He left the room."
    assert texts_of(text) == ["We are finished with this,"]
    assert codes_of(text) == ["unopened-quote"]


def test_stray_straight_mark_is_an_unopened_quote_warning() -> None:
    text = 'The vote passed." Later, Tom Reyes said "no."'
    assert codes_of(text) == ["unopened-quote"]
    assert texts_of(text) == ["no."]


# --- markup ---


def test_a_right_mark_opening_a_paragraph_opens_a_quote() -> None:
    text = "Tom Reyes spoke.\n\n\u201d \u2026 what I learned is that we were wrong,\u201d he said."
    result = extract(text)
    assert [q.text for q in result.quotes] == ["\u2026 what I learned is that we were wrong,"]
    assert result.warnings == ()


def test_marks_around_no_words_are_not_quotes() -> None:
    text = 'The crowd shouted "!" and then "…", and Tom Reyes said "yes."'
    assert texts_of(text) == ["yes."]


def test_a_paragraph_of_marks_alone_has_no_quotes_and_no_warnings() -> None:
    text = '“We are done,” said Tom Reyes.\n\n" “ \'\' ” « ‘\n\n“Go home,” he said.'
    result = extract(text)
    assert [q.text for q in result.quotes] == ["We are done,", "Go home,"]
    assert result.warnings == ()
    assert [q.speaker.name if q.speaker else None for q in result.quotes] == ["Tom Reyes"] * 2


def test_tag_attribute_quotes_are_not_quotes() -> None:
    text = 'Read <a href="https://example.com/a">more</a>. "We are done," Dana Lind said.'
    assert texts_of(text) == ["We are done,"]
    assert extract(text).warnings == ()


def test_tag_with_several_attributes_is_not_a_quote() -> None:
    text = '<img src="harbour.jpg" alt="the harbour at dawn"> The harbour closed on Friday.'
    assert extract(text).quotes == ()
    assert extract(text).warnings == ()
