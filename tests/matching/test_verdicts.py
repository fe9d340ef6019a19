"""Verdicts an editor can trust, on invented news: a finding that fails a build must be right.

Real changes are caught and named, wherever they stand in the quote; house style is not a
change; words two people happen to share, or one person under two names, are no
misattribution; credits and headings do not make a page a transcript; and a match too weak to
count is not shown.
"""

from __future__ import annotations

import pytest
from reports import best, doc, finding_for, run

from quoteverify import Config, check
from quoteverify.render.diff import change_lines

TRANSCRIPT = doc(
    "transcript",
    "Press conference, Monday.\n\n"
    "MAYOR HOLT: We will open the bridge in May, and the tolls will stay where they are.\n\n"
    "Q: How many drivers will use it?\n\n"
    "MAYOR HOLT: About 10,000 drivers a day will cross it, and the ferry will keep running.",
)


def holt(quote: str) -> str:
    return f'Mayor Ruth Holt spoke at the harbour.\n\n"{quote}" Mayor Ruth Holt said.'


# --- real changes are caught at any place in the quote ---


def test_a_word_changed_at_the_end_while_the_transcript_goes_on_is_altered() -> None:
    draft = doc("draft", holt("We will open the bridge in June,"))
    report = check([draft], [TRANSCRIPT])
    [finding] = report.findings
    assert (finding.status, finding.severity) == ("altered", "error")
    assert change_lines(best(finding)) == ["words replaced: May → June"]


def test_a_word_changed_at_the_start_while_the_transcript_goes_on_is_altered() -> None:
    transcript = doc("transcript", "MAYOR HOLT: I can tell you they will open the bridge in May.")
    draft = doc("draft", holt("We will open the bridge in May."))
    [finding] = check([draft], [transcript]).findings
    assert (finding.status, finding.severity) == ("altered", "error")
    assert [h.kind for h in best(finding).diff if h.kind] == ["substitution"]


def test_a_month_changed_at_the_end_of_another_outlets_longer_quote_is_altered() -> None:
    wire = doc(
        "wire",
        '"We will open the bridge in May, and the tolls will stay where they are," Mayor Ruth '
        "Holt told reporters.",
    )
    report = run(doc("draft", holt("We will open the bridge in June,")), wire)
    f = finding_for(report, "We will open the bridge in June,", "draft")
    assert f.status == "altered"
    assert change_lines(best(f)) == ["words replaced: May → June"]


def test_where_two_outlets_cut_a_sentence_is_no_change() -> None:
    # "believe me" and "and" are where each outlet stopped quoting, not a replaced word
    wire = doc("wire", '"We will win, and we will keep winning," Mayor Ruth Holt said.')
    report = run(doc("draft", holt("We will win, believe me,")), wire)
    assert finding_for(report, "We will win, believe me,", "draft").status != "altered"


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        ("The harbour closes in winter.", "The harbour opens in winter."),
        ("The new harbour will reopen soon.", "The old harbour will reopen soon."),
    ],
    ids=["five-words", "six-words"],
)
def test_one_word_changed_in_a_short_quote_is_altered(said: str, quoted: str) -> None:
    transcript = doc("transcript", f"MAYOR HOLT: {said} Thank you all for coming today.")
    [finding] = check([doc("draft", holt(quoted))], [transcript]).findings
    assert finding.status == "altered"
    assert [h.kind for h in best(finding).diff if h.kind] == ["substitution"]


@pytest.mark.parametrize(
    ("quoted", "kind", "line"),
    [
        (
            "About 12,000 drivers a day will cross it,",
            "number",
            "number changed: 10,000 → 12,000",
        ),
        (
            "About 10,000 drivers a day will not cross it,",
            "negation",
            "negation added: not",
        ),
        (
            "About 10,000 drivers a day would cross it,",
            "word-form",
            "word form changed: will → would",
        ),
        (
            "About 10,000 drivers a day will cross it, and the ferry will keep sailing.",
            "substitution",
            "words replaced: running → sailing",
        ),
        (
            "About 10,000 angry drivers a day will cross it,",
            "insertion",
            "words added: angry",
        ),
        ("About 10,000 drivers will cross it,", "deletion", "words left out: a day"),
    ],
)
def test_each_change_is_named(quoted: str, kind: str, line: str) -> None:
    [finding] = check([doc("draft", holt(quoted))], [TRANSCRIPT]).findings
    assert finding.status == "altered", change_lines(best(finding))
    assert [h.kind for h in best(finding).diff if h.kind] == [kind]
    assert change_lines(best(finding)) == [line]


def test_clauses_swapped_are_a_reordering() -> None:
    said = "MAYOR HOLT: The ferry will keep running, and the tolls will stay where they are."
    quoted = "The tolls will stay where they are, and the ferry will keep running."
    [finding] = check([doc("draft", holt(quoted))], [doc("transcript", said)]).findings
    assert finding.status == "altered"
    assert "reordering" in [h.kind for h in best(finding).diff]


# --- house style is not a change ---


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("the state-funded works", "the state funded works"),
        ("the works at the U.S. border", "the works at the US border"),
        ("the state & local works", "the state and local works"),
        ("an e-mail about the works", "an email about the works"),
        ("the travelling crews at the works", "the traveling crews at the works"),
        ("the colour of the works", "the color of the works"),
        ("two crews at the works", "2 crews at the works"),
        ("5% of the works", "five percent of the works"),
        ("[Mayor Holt's] crews at the works", "our crews at the works"),
        ("the [harbour] works we planned", "the works we planned"),
        ("the works [of the city] the council planned", "the works the council planned"),
        ("the works costing $40m", "the works costing $40 million"),
        ("the f***ing works", "the fucking works"),
    ],
    ids=[
        "hyphen", "abbreviation", "ampersand", "compound", "uk-us-doubled-l", "uk-us-our",
        "number-words", "percent", "bracket-replaces", "bracket-inserts", "bracket-beside-the",
        "millions", "masked",
    ],
)
def test_house_style_corroborates_and_is_listed(written: str, said: str) -> None:
    tail = "will be finished before the first storms of the autumn"
    draft = doc("draft", holt(f"We are proud that {written} {tail}."))
    transcript = doc("transcript", f"MAYOR HOLT: We are proud that {said} {tail}.")
    [finding] = check([draft], [transcript]).findings
    assert (finding.status, finding.severity) == ("corroborated", "info"), change_lines(
        best(finding)
    )
    assert {h.kind for h in best(finding).diff if h.kind} == {"editorial"}
    assert change_lines(best(finding))[0].startswith("editorial: ")


# --- misattributed only when both speakers are firm and truly different ---

SHEHU = "The president will not sign any bill that raises the price of fuel this year"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Senator Richard J. Durbin", "Sen. Dick Durbin"),
        ("Mallam Garba Shehu, the presidential spokesman,", "Garba Shehu"),
        ("Speaker-to-be Nancy Pelosi", "Nancy Pelosi"),
        ("Luis V. Gutiérrez", "Luis Gutierrez"),
        ("Sheikh Hasina Wazed", "Hasina Wazed"),
    ],
    ids=["nickname", "honorific", "title-to-be", "middle-initial-and-accent", "sheikh"],
)
def test_one_person_under_two_names_is_not_misattributed(first: str, second: str) -> None:
    report = run(
        doc("one", f'"{SHEHU}," said {first}.'),
        doc("two", f'"{SHEHU}," {second} told reporters.'),
    )
    for doc_id in ("one", "two"):
        f = finding_for(report, f"{SHEHU},", doc_id)
        assert f.status == "corroborated", (doc_id, best(f).speaker, best(f).other_speaker)


def test_two_people_sharing_a_stock_phrase_are_no_misattribution() -> None:
    report = run(
        doc("one", '"We will continue to fight for the families of this city," Ana Ruiz said.'),
        doc("two", '"We will continue to invest in roads and bridges," Tom Reyes said.'),
    )
    for f in report.findings:
        assert (f.status, f.matches) == ("uncorroborated", ())


def test_a_stock_phrase_inside_two_long_quotes_of_one_speaker_is_no_partial() -> None:
    report = run(
        doc("one", '"I think they are on the wrong side of history on this," Ana Ruiz said.'),
        doc("two", '"The council is on the wrong side of history and knows it," Ana Ruiz said.'),
    )
    for f in report.findings:
        assert f.status == "uncorroborated"


def test_a_joint_statement_is_no_misattribution() -> None:
    statement = "This is plainly a grab for power by a council that failed to win the vote"
    report = run(
        doc("one", f'"{statement}," Mayor Ana Ruiz and Councillor Tom Reyes said in a statement.'),
        doc("two", f'"{statement}," Councillor Tom Reyes said.'),
    )
    for doc_id in ("one", "two"):
        assert finding_for(report, f"{statement},", doc_id).status == "corroborated"


def test_words_given_to_a_different_person_are_misattributed() -> None:
    words = "The alliance will keep supplying air defence systems to Kyiv through the winter"
    report = run(
        doc("one", f'"{words}," NATO Secretary-General Mark Rutte said.'),
        doc("two", f'"{words}," Dutch Defence Minister Ruben Brekelmans said.'),
    )
    for doc_id in ("one", "two"):
        f = finding_for(report, f"{words},", doc_id)
        assert (f.status, best(f).speaker) == ("misattributed", "different")


def test_a_weak_attribution_is_never_a_misattribution() -> None:
    words = "The alliance will keep supplying air defence systems to Kyiv through the winter"
    # the second document carries its speaker on from the paragraph before: a continuation
    report = run(
        doc("one", f'"{words}," NATO Secretary-General Mark Rutte said.'),
        doc(
            "two",
            '"We are ready," Dutch Defence Minister Ruben Brekelmans said on Monday.\n\n'
            f'"{words}."',
        ),
    )
    f = finding_for(report, f"{words},", "one")
    assert (f.status, best(f).speaker) == ("corroborated", "unknown")


# --- transcripts are real transcripts ---


def test_photo_credits_do_not_make_a_page_a_transcript() -> None:
    page = doc(
        "page",
        "AP: Associated Press\n\n"
        "The council met on Monday and the mayor said the harbour works would be finished "
        "before the autumn storms.\n\n"
        "Photo: Reuters\n\n"
        "Residents said they were relieved.",
    )
    draft = doc(
        "draft",
        '"The harbour works would be finished before the autumn storms," Ana Ruiz said.',
    )
    report = run(draft, page)
    for f in report.findings:
        for m in f.matches:
            assert m.other_speaker is None  # nobody called "Ap" or "Photo"


# --- a report that does not mislead ---


def test_a_match_too_weak_to_count_is_not_shown() -> None:
    # four common words in a row, in two different sentences of two speakers' quotes
    report = run(
        doc("one", '"There was a lot of anger at the meeting about the harbour," Ana Ruiz said.'),
        doc("two", '"There was a lot of rain last winter in the hills," Tom Reyes said.'),
    )
    for f in report.findings:
        assert (f.status, f.matches) == ("uncorroborated", ())


def test_the_score_is_how_much_of_the_quote_the_passage_bears_out() -> None:
    quote = (
        "We will rebuild the harbour wall before the storms and the fishermen will be paid for "
        "every boat they lost"
    )
    report = run(
        doc("one", f'"{quote}," Ana Ruiz said.'),
        doc("two", 'Ana Ruiz said she hoped to "rebuild the harbour wall before the storms."'),
        min_words=4,
    )
    f = finding_for(report, f"{quote},", "one")
    assert f.status == "partial"
    assert best(f).score < 60  # 7 of 19 words, not 100 over the stretch
    [g] = [g for g in report.findings if g.doc_id == "two"]
    assert best(g).score == 100.0


def test_diffs_show_the_words_as_each_text_writes_them() -> None:
    report = run(
        doc("draft", holt("We’ll open the new bridge in JUNE, and it’s free,")),
        doc("wire", "\"We'll open the bridge in June, and it's free,\" Mayor Ruth Holt said."),
    )
    m = best(finding_for(report, "We’ll open the new bridge in JUNE, and it’s free,", "draft"))
    assert change_lines(m) == ["words added: new"]
    [equal] = [h for h in m.diff if h.op == "equal" and "June" in h.other_text]
    assert "JUNE" in equal.this_text and "it’s" in equal.this_text
    assert "it's" in equal.other_text


def test_the_default_configuration_still_finds_short_quotes_whole() -> None:
    report = run(
        doc("one", 'The mayor called the plan "a good start."'),
        doc("two", '"It is a good start, but only a start," Mayor Ana Ruiz said.'),
        min_words=Config().min_words,
    )
    assert finding_for(report, "a good start.", "one").status == "corroborated"
