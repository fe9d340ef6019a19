"""Corroboration on invented news sentences: each kind of change a quote can go through.

Every report built here is first checked to point at its words: each match's passage, and both
sides of every diff hunk, slice the documents' texts to the text the record carries, and the
diff covers the quote in full (and the other quote in full when the match is in a quote).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import words
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from reports import STATUS_ORDER, best, changes, doc, finding_for, other_hunks, run

from quoteverify import Config, Document, corroborate, extract_quotes
from quoteverify.model import Report

# --- texts ---

LONG = (
    "We will rebuild the harbour before the summer storms arrive, "
    "and we will pay for every repair ourselves,"
)
SOURCE = doc(
    "source",
    "Port Ellis, Tuesday. The harbour was badly damaged in last month's storm.\n\n"
    f'"{LONG}" Mayor Tom Reyes told the council on Tuesday.\n\n'
    "The council will vote on the budget next week.",
)


def draft(text: str) -> Document:
    return doc("draft", text)


def reyes_says(quote: str) -> Document:
    return draft(f'Mayor Tom Reyes said: "{quote}"')


# --- verbatim and normalized ---


def test_verbatim_quote_is_exact_and_corroborated() -> None:
    report = run(draft(f'"{LONG}" Tom Reyes, the mayor of Port Ellis, said.'), SOURCE)
    f = finding_for(report, LONG, "draft")
    m = best(f)
    assert (f.status, m.relation, m.speaker) == ("corroborated", "exact", "same")
    assert f.coverage == 1.0
    assert m.score == 100.0
    assert m.doc_id == "source" and m.quote is not None and m.quote.text == LONG
    assert changes(m) == []
    assert m.words == len(LONG.split())


@pytest.mark.parametrize(
    ("draft_quote", "source_quote"),
    [
        pytest.param(
            "we will rebuild the Harbour before the summer storms arrive.",
            "We will rebuild the harbour before the summer storms arrive.",
            id="case",
        ),
        pytest.param(
            "We will rebuild the harbour, before the summer storms arrive!",
            "We will rebuild the harbour before the summer storms arrive.",
            id="punctuation",
        ),
        pytest.param(
            "We’re not leaving this harbour before the summer storms arrive.",
            "We're not leaving this harbour before the summer storms arrive.",
            id="curly-vs-straight-apostrophe",
        ),
        pytest.param(
            "We are not leaving — this harbour is our home and our living.",
            "We are not leaving -- this harbour is our home and our living.",
            id="em-dash-vs-double-hyphen",
        ),
        pytest.param(
            "We are not leaving—this harbour is our home and our living.",
            "We are not leaving -- this harbour is our home and our living.",
            id="unspaced-em-dash-vs-spaced-double-hyphen",
        ),
        pytest.param(
            "We will rebuild  the harbour before the\tsummer storms arrive.",
            "We will rebuild the harbour before the summer storms arrive.",
            id="whitespace",
        ),
    ],
)
def test_case_punctuation_and_mark_changes_are_normalized(
    draft_quote: str, source_quote: str
) -> None:
    source = doc("source", f'Mayor Tom Reyes told reporters: "{source_quote}"')
    report = run(reyes_says(draft_quote), source)
    f = finding_for(report, draft_quote, "draft")
    m = best(f)
    assert (f.status, m.relation, m.speaker) == ("corroborated", "normalized", "same")
    assert f.coverage == 1.0
    assert m.quote is not None and m.quote.text == source_quote


def test_curly_double_marks_around_the_same_words_are_exact() -> None:
    # the marks are outside the quote, so the quoted words are identical
    quote = "We will rebuild the harbour before the summer storms arrive."
    source = doc("source", f"Mayor Tom Reyes told reporters: “{quote}”")
    report = run(reyes_says(quote), source)
    assert best(finding_for(report, quote, "draft")).relation == "exact"


# --- truncation ---


def test_quote_truncated_at_the_end_is_fragment_of_and_corroborated() -> None:
    quote = "We will rebuild the harbour before the summer storms arrive."
    report = run(reyes_says(quote), SOURCE)
    f = finding_for(report, quote, "draft")
    m = best(f)
    assert (f.status, m.relation, m.speaker) == ("corroborated", "fragment-of", "same")
    assert f.coverage == 1.0
    assert m.words == 10
    assert changes(m) == [("insert", "", "and we will pay for every repair ourselves")]


def test_quote_truncated_at_the_start_is_fragment_of_and_corroborated() -> None:
    # "we will" also opens the source quote: the alignment must pick the second one
    quote = "we will pay for every repair ourselves,"
    report = run(draft(f'"{quote}" Mayor Tom Reyes said.'), SOURCE)
    f = finding_for(report, quote, "draft")
    m = best(f)
    assert (f.status, m.relation, m.speaker) == ("corroborated", "fragment-of", "same")
    assert f.coverage == 1.0
    assert changes(m) == [
        ("insert", "", "We will rebuild the harbour before the summer storms arrive, and")
    ]


def test_draft_longer_than_the_source_contains_it_and_is_partial() -> None:
    source = doc(
        "source", '"We will rebuild the harbour before the summer storms arrive," Reyes said.'
    )
    report = run(reyes_says(LONG), source)
    f = finding_for(report, LONG, "draft")
    m = best(f)
    assert (f.status, m.relation, m.speaker) == ("partial", "contains", "same")
    assert m.words == 10
    assert f.coverage == pytest.approx(10 / 18, abs=1e-3)
    assert changes(m) == [("delete", "and we will pay for every repair ourselves", "")]
    # the shorter quote, seen from its side, is all there
    short = finding_for(report, "We will rebuild the harbour before the summer storms arrive,")
    assert (short.status, best(short).relation) == ("corroborated", "fragment-of")


# --- short fragments inside a long quote ---

DAMAGE = "The damage to the harbour is catastrophic, and it will take years to repair."


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ('Mayor Tom Reyes called the storm damage "catastrophic" on Tuesday.', "catastrophic"),
        ('Mayor Tom Reyes warned that the repairs would "take years" to finish.', "take years"),
        (
            'Mayor Tom Reyes said the harbour would take "years to repair" after the storm.',
            "years to repair",
        ),
    ],
    ids=["1-word", "2-words", "3-words"],
)
def test_short_fragment_is_found_inside_a_long_quote_but_corroborates_only_itself(
    sentence: str, fragment: str
) -> None:
    fragment_doc = draft(sentence)
    source = doc("source", f'Mayor Tom Reyes said: "{DAMAGE}"')
    report = run(fragment_doc, source)
    f = finding_for(report, fragment, "draft")
    m = best(f)
    assert (f.status, m.relation, m.speaker) == ("corroborated", "fragment-of", "same")
    assert f.coverage == 1.0
    assert m.quote is not None and m.quote.text == DAMAGE
    assert m.words == len(fragment.split())
    # one to three words say nothing about the rest of the long quote
    long_side = finding_for(report, DAMAGE, "source")
    assert long_side.status == "uncorroborated"
    assert long_side.coverage < 4 / len(DAMAGE.split())


# --- elisions ---


@pytest.mark.parametrize("ellipsis", ["...", "…"], ids=["three-dots", "ellipsis-char"])
def test_elided_quote_matches_segment_by_segment(ellipsis: str) -> None:
    quote = f"We will rebuild the harbour {ellipsis} and we will pay for every repair ourselves."
    report = run(reyes_says(quote), SOURCE)
    f = finding_for(report, quote, "draft")
    m = best(f)
    assert (f.status, m.relation, m.speaker) == ("corroborated", "elided", "same")
    assert f.coverage == 1.0
    # the diff shows what the ellipsis stands for
    assert any("before the summer storms arrive" in h.other_text for h in other_hunks(m))
    assert all("rebuild" not in h.other_text for h in other_hunks(m))


def test_elided_segments_in_the_wrong_order_are_not_elided() -> None:
    quote = (
        "We will pay for every repair ourselves ... "
        "we will rebuild the harbour before the summer storms arrive."
    )
    report = run(reyes_says(quote), SOURCE)
    f = finding_for(report, quote, "draft")
    assert f.status != "corroborated"
    assert all(m.relation not in ("exact", "normalized", "elided") for m in f.matches)


# --- changed words ---

ORIGINAL = "We will rebuild the harbour before the summer storms arrive, and we will pay for it,"


@pytest.mark.parametrize(
    ("changed", "expected"),
    [
        pytest.param(
            "We will rebuild the marina before the summer storms arrive, and we will pay for it,",
            [("replace", "marina", "harbour")],
            id="one-word-substituted",
        ),
        pytest.param(
            "We will rebuild the marina before the autumn storms arrive, and we will pay for it,",
            [("replace", "marina", "harbour"), ("replace", "autumn", "summer")],
            id="two-words-substituted",
        ),
        pytest.param(
            "We will rebuild the harbour before the summer storms arrive, and we will not pay"
            " for it,",
            [("delete", "not", "")],
            id="word-inserted",
        ),
        pytest.param(
            "We will quickly rebuild the harbour before the summer storms arrive, and we will"
            " pay for it,",
            [("delete", "quickly", "")],
            id="adverb-inserted",
        ),
        pytest.param(
            "We will rebuild the harbour before the storms arrive, and we will pay for it,",
            [("insert", "", "summer")],
            id="word-dropped",
        ),
    ],
)
def test_changed_words_are_altered_with_the_exact_words_in_the_diff(
    changed: str, expected: list[tuple[str, str, str]]
) -> None:
    source = doc("source", f'"{ORIGINAL}" Mayor Tom Reyes said on Tuesday.')
    report = run(draft(f'"{changed}" Mayor Tom Reyes said.'), source)
    f = finding_for(report, changed, "draft")
    m = best(f)
    assert (f.status, m.relation, m.speaker) == ("altered", "altered", "same")
    assert m.quote is not None and m.quote.text == ORIGINAL
    assert m.score < 100.0
    assert changes(m) == expected
    # the source side sees the same change from the other side
    back = best(finding_for(report, ORIGINAL, "source"))
    assert back.relation == "altered"
    flip = {"replace": "replace", "insert": "delete", "delete": "insert", "equal": "equal"}
    assert [(flip[op], b, a) for op, a, b in changes(m)] == changes(back)


def test_reordered_clauses_are_not_verbatim() -> None:
    reordered = (
        "We will pay for every repair ourselves, "
        "and we will rebuild the harbour before the summer storms arrive,"
    )
    report = run(draft(f'"{reordered}" Mayor Tom Reyes said.'), SOURCE)
    f = finding_for(report, reordered, "draft")
    assert f.status != "corroborated"
    assert all(m.relation not in ("exact", "normalized") for m in f.matches)


# --- speakers ---

JUNE = "The harbour will reopen to fishing boats on the first of June,"


def test_same_words_from_two_different_people_are_misattributed() -> None:
    reyes = doc("reyes", f'"{JUNE}" Mayor Tom Reyes said.')
    park = doc("park", f'"{JUNE}" said Ellen Park, the harbour master.')
    report = run(reyes, park)
    for this, other_name in (("reyes", "Ellen Park"), ("park", "Tom Reyes")):
        f = finding_for(report, JUNE, this)
        m = best(f)
        assert (f.status, m.relation, m.speaker) == ("misattributed", "exact", "different")
        assert m.other_speaker is not None and m.other_speaker.name == other_name


@pytest.mark.parametrize("label", ["MS. SINGH:", "SINGH:"])
def test_quote_found_in_a_transcript_turn_takes_the_speaker_from_the_label(label: str) -> None:
    quote = "We believe the first battalion will deploy to the region before the end of the month."
    transcript = doc(
        "transcript",
        "Department of Defense press briefing, Tuesday.\n\n"
        "Q: When will the battalion deploy?\n\n"
        f"{label} We believe the first battalion will deploy to the region before the end of"
        " the month. I don't have more details than that.\n\n"
        "Q: Thank you.",
    )
    story = doc("story", f'Pentagon spokeswoman Sabrina Singh told reporters: "{quote}"')
    report = run(story, transcript)
    f = finding_for(report, quote, "story")
    m = best(f)
    assert f.status == "corroborated"
    assert f.coverage == 1.0
    assert m.doc_id == "transcript" and m.quote is None
    assert m.relation in ("exact", "normalized", "fragment-of")
    assert m.other_speaker is not None and "singh" in m.other_speaker.name.lower()
    assert m.speaker == "same"
    assert "first battalion will deploy" in m.text


def test_short_quote_is_found_in_a_transcript_turn() -> None:
    transcript = doc(
        "transcript",
        "Q: Is the timeline settled?\n\n"
        "MS. SINGH: The timeline is still under review, and I won't speculate on dates.",
    )
    story = doc(
        "story", 'Pentagon spokeswoman Sabrina Singh called the timeline "still under review."'
    )
    report = run(story, transcript)
    f = finding_for(report, "still under review.", "story")
    m = best(f)
    assert (f.status, m.relation, m.speaker) == ("corroborated", "fragment-of", "same")
    assert m.quote is None


RUTTE_WINTER = "The alliance will keep supplying air defence systems to Kyiv through the winter,"


@pytest.mark.parametrize(
    ("first", "second", "agreement", "status"),
    [
        pytest.param(
            f'"{RUTTE_WINTER}" NATO Secretary-General Mark Rutte told reporters.',
            f'"{RUTTE_WINTER}" Rutte said.',
            "same",
            "corroborated",
            id="full-name-and-role-vs-surname",
        ),
        pytest.param(
            f'"{RUTTE_WINTER}" NATO Secretary-General Mark Rutte said.',
            "NATO Secretary-General Mark Rutte met defence ministers in Brussels on Monday.\n\n"
            f'"{RUTTE_WINTER}" the NATO chief said.',
            "same",
            "corroborated",
            id="full-name-vs-the-nato-chief",
        ),
        pytest.param(
            f'"{RUTTE_WINTER}" NATO chief Mark Rutte said.',
            f'"{RUTTE_WINTER}" former NATO chief Jens Stoltenberg said.',
            "different",
            "misattributed",
            id="two-people",
        ),
        pytest.param(
            # a lone surname the document never completes is too weak to say the words are
            # someone else's (a stray capitalised word is read as a speaker this way)
            f'"{RUTTE_WINTER}" Rutte said.',
            f'"{RUTTE_WINTER}" Stoltenberg said.',
            "unknown",
            "corroborated",
            id="two-lone-surnames",
        ),
        pytest.param(
            f'"{RUTTE_WINTER}" said Mark Rutte, the NATO chief.',
            f'"{RUTTE_WINTER}" said Anna Rutte, a Dutch diplomat.',
            "different",
            "misattributed",
            id="same-surname-different-first-names",
        ),
    ],
)
def test_speakers_are_compared_by_identity(
    first: str, second: str, agreement: str, status: str
) -> None:
    report = run(doc("one", first), doc("two", second))
    for this in ("one", "two"):
        f = finding_for(report, RUTTE_WINTER, this)
        assert (f.status, best(f).speaker) == (status, agreement)


def test_organisation_and_its_spokeswoman_are_compatible() -> None:
    quote = "The deployment will take several more weeks to complete,"
    pentagon = doc("pentagon", f'"{quote}" the Pentagon said in a statement.')
    singh = doc("singh", f'"{quote}" Pentagon spokeswoman Sabrina Singh said.')
    report = run(pentagon, singh)
    for this, other in (("pentagon", "singh"), ("singh", "pentagon")):
        f = finding_for(report, quote, this)
        m = best(f)
        assert (f.status, m.speaker, m.doc_id) == ("corroborated", "compatible", other)


def test_quote_without_a_speaker_is_unknown_and_still_corroborated() -> None:
    quote = "The harbour will reopen to fishing boats on the first of June."
    unsigned = doc("unsigned", f'"{quote}"\n\nThe notice was posted at the harbour office.')
    signed = doc("signed", f'"{JUNE}" Mayor Tom Reyes said.')
    report = run(unsigned, signed)
    f = finding_for(report, quote, "unsigned")
    assert f.quote.speaker is None
    m = best(f)
    assert (f.status, m.speaker) == ("corroborated", "unknown")
    assert m.other_speaker is not None and m.other_speaker.name == "Tom Reyes"
    back = finding_for(report, JUNE, "signed")
    assert (back.status, best(back).speaker, best(back).other_speaker) == (
        "corroborated",
        "unknown",
        None,
    )


# --- what is searched ---

NARRATION = doc(
    "minutes",
    "The council agreed on Monday that the harbour repairs were long overdue and approved"
    " the budget.",
)


def test_short_quote_is_not_matched_against_plain_narration() -> None:
    report = run(draft('Mayor Tom Reyes called the repairs "long overdue."'), NARRATION)
    f = finding_for(report, "long overdue.", "draft")
    assert f.status == "uncorroborated"
    assert f.matches == ()
    assert f.coverage == 0.0


def test_longer_quote_is_matched_against_plain_narration() -> None:
    quote = "the harbour repairs were long overdue."
    report = run(draft(f'Mayor Tom Reyes said "{quote}"'), NARRATION)
    f = finding_for(report, quote, "draft")
    m = best(f)
    assert (f.status, m.doc_id, m.quote, m.speaker) == ("corroborated", "minutes", None, "unknown")
    assert m.other_speaker is None
    assert "harbour repairs were long overdue" in m.text


def test_quote_is_never_matched_against_its_own_document() -> None:
    repeated = doc(
        "story",
        '"We will rebuild the harbour before the summer storms arrive," Mayor Tom Reyes said'
        " on Tuesday.\n\n"
        'Reyes repeated the promise later: "We will rebuild the harbour before the summer'
        ' storms arrive."',
    )
    report = run(repeated)
    assert len(report.findings) == 2
    for f in report.findings:
        assert (f.status, f.matches, f.coverage) == ("uncorroborated", (), 0.0)


def test_document_without_quotes_has_no_findings_but_is_searched() -> None:
    report = run(draft('Mayor Tom Reyes said "the harbour repairs were long overdue."'), NARRATION)
    assert {f.doc_id for f in report.findings} == {"draft"}
    alone = run(NARRATION)
    assert alone.findings == ()
    assert alone.counts() == dict.fromkeys(STATUS_ORDER, 0)


def test_empty_document_list_gives_an_empty_report() -> None:
    report = corroborate([])
    assert (report.documents, report.findings, report.warnings) == ((), (), ())
    assert report.counts() == dict.fromkeys(STATUS_ORDER, 0)


def test_documents_may_be_any_iterable() -> None:
    from_list = run(reyes_says(LONG), SOURCE)
    from_generator = corroborate(d for d in (reyes_says(LONG), SOURCE))
    assert from_generator == from_list


def test_terms_get_no_finding() -> None:
    quote = "We will rebuild the harbour before the summer storms arrive,"
    story = draft(
        'Mayor Tom Reyes unveiled the so-called "Harbour First" plan on Monday.\n\n'
        f'"{quote}" Reyes said.'
    )
    other = doc("other", 'The council debated the so-called "Harbour First" plan for three hours.')
    assert [q.kind for q in extract_quotes(story.text)] == ["term", "utterance"]
    report = run(story, other)
    assert [(f.doc_id, f.quote.text) for f in report.findings] == [("draft", quote)]


# --- configuration ---


@pytest.mark.parametrize(
    ("min_words", "status"), [(4, "partial"), (5, "partial"), (6, "uncorroborated")]
)
def test_min_words_decides_between_partial_and_uncorroborated(min_words: int, status: str) -> None:
    short = "We will rebuild the harbour,"
    source = doc("source", f'"{short}" Mayor Tom Reyes said.')
    report = run(reyes_says(LONG), source, min_words=min_words)
    assert finding_for(report, LONG, "draft").status == status
    # a quote found whole is corroborated however short it is
    assert finding_for(report, short, "source").status == "corroborated"


def test_default_config_is_min_words_four() -> None:
    documents = [reyes_says(LONG), SOURCE]
    assert corroborate(documents) == corroborate(documents, config=Config(min_words=4))


# --- the report ---


def counts_corpus() -> list[Document]:
    a = doc(
        "a",
        '"We will rebuild the harbour before the summer storms arrive," Mayor Tom Reyes said.\n\n'
        f'"{JUNE}" Mayor Tom Reyes said.\n\n'
        '"The council has approved twelve million dollars for the new sea wall,"'
        " Mayor Tom Reyes said.\n\n"
        '"Nobody in this town will be left without a roof," Mayor Tom Reyes said.\n\n'
        '"Our fishermen have waited long enough for this, and they deserve better,"'
        " Mayor Tom Reyes said.",
    )
    b = doc(
        "b",
        "Tom Reyes, the mayor, spoke on Tuesday.\n\n"
        '"We will rebuild the harbour before the summer storms arrive," Reyes said.\n\n'
        f'"{JUNE}" said Ellen Park, the harbour master.\n\n'
        '"The council has approved fifteen million dollars for the new sea wall," Reyes said.\n\n'
        '"Our fishermen have waited long enough for this," Reyes said.',
    )
    c = doc(
        "c",
        '"We will rebuild the harbour before the summer storms arrive," said Mayor Tom Reyes.',
    )
    return [a, b, c]


def test_report_counts_every_status_in_a_fixed_order() -> None:
    report = run(*counts_corpus())
    statuses = [(f.doc_id, f.status) for f in report.findings]
    assert statuses == [
        ("a", "corroborated"),
        ("a", "misattributed"),
        ("a", "altered"),
        ("a", "uncorroborated"),
        ("a", "partial"),
        ("b", "corroborated"),
        ("b", "misattributed"),
        ("b", "altered"),
        ("b", "corroborated"),
        ("c", "corroborated"),
    ]
    counts = report.counts()
    assert list(counts) == STATUS_ORDER
    assert counts == {
        "corroborated": 4,
        "partial": 1,
        "altered": 2,
        "misattributed": 2,
        "uncorroborated": 1,
    }


def test_findings_come_in_document_order() -> None:
    documents = counts_corpus()
    report = run(*documents)
    expected = [(d.id, q) for d in documents for q in extract_quotes(d.text) if q.kind != "term"]
    assert [(f.doc_id, f.quote) for f in report.findings] == expected


def test_same_input_gives_the_same_report() -> None:
    documents = counts_corpus()
    assert corroborate(documents) == corroborate(documents)


def test_two_workers_give_the_same_report_as_one() -> None:
    documents = counts_corpus()
    assert corroborate(documents, workers=2) == corroborate(documents, workers=1)


def test_document_order_does_not_change_the_findings_of_a_quote() -> None:
    documents = counts_corpus()
    forward = run(*documents)
    backward = run(*reversed(documents))
    assert backward.findings[0].doc_id == "c"

    def by_quote(report: Report) -> dict[tuple[str, int], tuple[Any, ...]]:
        return {
            (f.doc_id, f.quote.start): (f.status, f.coverage, frozenset(f.matches))
            for f in report.findings
        }

    assert by_quote(forward) == by_quote(backward)


# --- properties ---

VOCABULARY = (
    "we will must never build open close pay keep the a of for and to in our new old every"
    " before after harbour council storm boats repair budget wall town fishermen money winter"
    " summer roof bridge road school water plan vote"
).split()

phrase = st.lists(st.sampled_from(VOCABULARY), min_size=4, max_size=30).map(" ".join)

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(phrase)
def test_verbatim_copy_under_the_same_speaker_is_always_exact(sentence: str) -> None:
    quote = f"{sentence}."
    report = run(
        doc("one", f'Mayor Tom Reyes said: "{quote}"'),
        doc("two", f'Tom Reyes told reporters: "{quote}"'),
    )
    for this in ("one", "two"):
        f = finding_for(report, quote, this)
        m = best(f)
        assert (f.status, m.relation, m.speaker) == ("corroborated", "exact", "same")
        assert f.coverage == 1.0
        assert changes(m) == []


@st.composite
def edited_pair(draw: st.DrawFn) -> tuple[str, str]:
    """A source phrase and a draft made from it by a few word edits."""
    source = draw(st.lists(st.sampled_from(VOCABULARY), min_size=8, max_size=30))
    edited = list(source)
    for _ in range(draw(st.integers(0, 2))):
        at = draw(st.integers(0, len(edited) - 1))
        kind = draw(st.sampled_from(["replace", "insert", "delete"]))
        if kind == "replace":
            edited[at] = draw(st.sampled_from(["ferry", "tunnel", "spring", "tax"]))
        elif kind == "insert":
            edited.insert(at, draw(st.sampled_from(["not", "quickly", "soon"])))
        elif len(edited) > 4:
            del edited[at]
    return " ".join(source), " ".join(edited)


@SETTINGS
@given(edited_pair())
def test_diff_hunks_rebuild_both_quotes(pair: tuple[str, str]) -> None:
    source_phrase, draft_phrase = pair
    report = run(
        doc("draft", f'Mayor Tom Reyes said: "{draft_phrase}."'),
        doc("source", f'Mayor Tom Reyes told reporters: "{source_phrase}."'),
    )
    for f in report.findings:
        for m in f.matches:
            assert words(" ".join(h.this_text for h in m.diff)) == words(f.quote.text)
            if m.quote is not None:
                assert words(" ".join(h.other_text for h in m.diff)) == words(m.quote.text)
    if source_phrase == draft_phrase:
        f = finding_for(report, f"{draft_phrase}.", "draft")
        assert (f.status, best(f).relation) == ("corroborated", "exact")


@st.composite
def phrase_and_slice(draw: st.DrawFn) -> tuple[str, str]:
    """A phrase and a stretch of at least four of its words, cut at either end or both."""
    source = draw(st.lists(st.sampled_from(VOCABULARY), min_size=6, max_size=30))
    start = draw(st.integers(0, len(source) - 4))
    end = draw(st.integers(start + 4, len(source)))
    return " ".join(source), " ".join(source[start:end])


# Words of VOCABULARY that tell something (matching/evidence.py): a stretch of function words
# alone ("we will the a of") is evidence of nothing unless it is the other quote whole.
CONTENT = frozenset(
    "harbour council storm boats repair budget wall town fishermen money winter summer roof"
    " bridge road school water plan vote".split()
)


@SETTINGS
@given(phrase_and_slice())
def test_any_stretch_of_a_quote_is_corroborated_by_it(pair: tuple[str, str]) -> None:
    whole, stretch = pair
    assume(stretch == whole or not CONTENT.isdisjoint(stretch.split()))
    report = run(
        doc("draft", f'Mayor Tom Reyes said: "{stretch}."'),
        doc("source", f'Mayor Tom Reyes told reporters: "{whole}."'),
    )
    f = finding_for(report, f"{stretch}.", "draft")
    m = best(f)
    assert (f.status, m.speaker) == ("corroborated", "same")
    assert f.coverage == 1.0
    assert m.relation == ("exact" if stretch == whole else "fragment-of")
    assert all(op == "insert" for op, _, _ in changes(m))


# --- short quotes: too few n-grams to share with an altered source ---


def test_short_quote_with_a_changed_word_is_altered() -> None:
    # Seven words with the fifth changed share no 4-gram with the source.
    report = run(
        reyes_says("We will not cut a single teacher."),
        doc("source", 'Reyes told the council: "We will not cut one teacher."'),
    )
    f = finding_for(report, "We will not cut a single teacher.", "draft")
    assert f.status == "altered"
    assert changes(best(f)) == [("replace", "a single", "one")]


def test_short_elided_quote_with_short_pieces_is_elided() -> None:
    report = run(
        reyes_says("We will hold ... come what may."),
        doc("source", 'Reyes said: "We will hold, whatever they throw at us, come what may."'),
    )
    f = finding_for(report, "We will hold ... come what may.", "draft")
    assert (f.status, best(f).relation) == ("corroborated", "elided")
    assert changes(best(f)) == [("insert", "", "whatever they throw at us")]


def test_short_quote_is_not_matched_word_by_word_against_narration() -> None:
    # The same seven words in a narrator's sentence are not a source for a short quote.
    report = run(
        reyes_says("We will not cut a single teacher."),
        doc("source", "The council said it will not cut one teacher this year, whatever we hear."),
    )
    assert finding_for(report, "We will not cut a single teacher.", "draft").status == (
        "uncorroborated"
    )


def test_scattered_common_words_are_not_a_match() -> None:
    # "a significant ... in the": four shared words, never three in a row.
    report = run(
        doc("a", '"a significant escalation in the harbour dispute," Mayor Tom Reyes said.'),
        doc("b", '"a significant fight in the east," Councillor Ana Ruiz said.'),
    )
    assert [f.status for f in report.findings] == ["uncorroborated", "uncorroborated"]
    assert all(not f.matches for f in report.findings)


def test_elided_quote_with_three_word_pieces_is_found() -> None:
    report = run(
        reyes_says("When the road ... lunch business fell ... percent almost overnight."),
        doc(
            "source",
            'Reyes said: "When the road closed for construction, our lunch business fell by'
            ' seventy percent almost overnight."',
        ),
    )
    f = finding_for(
        report, "When the road ... lunch business fell ... percent almost overnight.", "draft"
    )
    assert (f.status, best(f).relation) == ("corroborated", "elided")
    assert [c[2] for c in changes(best(f))] == ["closed for construction, our", "by seventy"]


def test_two_words_changed_in_a_ten_word_quote_is_altered() -> None:
    report = run(
        reyes_says("We are seeing evidence that there are more trucks at night."),
        doc("source", 'Reyes said: "We are seeing signs that there were more trucks at night."'),
    )
    f = finding_for(report, "We are seeing evidence that there are more trucks at night.", "draft")
    assert f.status == "altered"
    assert changes(best(f)) == [("replace", "evidence", "signs"), ("replace", "are", "were")]
