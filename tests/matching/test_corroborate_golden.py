"""The seeds corroborated against each other: the issue's golden expectations, written out.

Two outlets report the same event; 000 quotes Singh and Rutte in full sentences, 004 in longer
or shorter stretches. Every expectation the issue lists is a test here; the status of every
other quote follows from the status rules and is pinned in ``STATUS_TABLE``.
"""

from __future__ import annotations

import pytest
from helpers import SEEDS, covers

from quoteverify import Document, corroborate, extract_quotes
from quoteverify.model import Finding, Hunk, Match, Report

D000 = "000_d72135529865c72b.txt"
D004 = "004_644ecc42c78c9fe6.txt"


# --- helpers ---


@pytest.fixture(scope="module")
def documents() -> tuple[Document, ...]:
    return tuple(Document.from_path(SEEDS / name) for name in (D000, D004))


@pytest.fixture(scope="module")
def report(documents: tuple[Document, ...]) -> Report:
    return corroborate(documents)


@pytest.fixture(scope="module")
def texts(documents: tuple[Document, ...]) -> dict[str, str]:
    return {d.id: d.text for d in documents}


def finding_for(report: Report, doc_id: str, quote_start: str) -> Finding:
    """The one finding of ``doc_id`` whose quote starts with ``quote_start``."""
    found = [
        f for f in report.findings if f.doc_id == doc_id and f.quote.text.startswith(quote_start)
    ]
    assert len(found) == 1, (doc_id, quote_start, [f.quote.text for f in found])
    return found[0]


def best(finding: Finding) -> Match:
    assert finding.matches, f"no match for {finding.quote.text!r} ({finding.status})"
    return finding.matches[0]


def other_quote_text(match: Match) -> str:
    assert match.quote is not None, "matched in unquoted text, expected a quote"
    return match.quote.text


def changed(match: Match) -> list[Hunk]:
    return [h for h in match.diff if h.op != "equal"]


# --- every quote has a finding, and every finding points at its words ---


def test_one_finding_per_utterance_and_fragment_in_document_order(
    report: Report, documents: tuple[Document, ...]
) -> None:
    expected = [(d.id, q) for d in documents for q in extract_quotes(d.text) if q.kind != "term"]
    assert [(f.doc_id, f.quote) for f in report.findings] == expected
    assert len(report.findings) == 23
    assert report.documents == documents
    assert report.warnings == ()


def test_every_match_and_hunk_points_into_the_texts(report: Report, texts: dict[str, str]) -> None:
    for f in report.findings:
        this = texts[f.doc_id]
        assert this[f.quote.start : f.quote.end] == f.quote.text
        assert 0.0 <= f.coverage <= 1.0
        for m in f.matches:
            assert m.doc_id != f.doc_id
            other = texts[m.doc_id]
            assert other[m.start : m.end] == m.text
            assert 0.0 <= m.score <= 100.0
            if m.quote is not None:
                assert other[m.quote.start : m.quote.end] == m.quote.text
            for h in m.diff:
                assert this[h.this_span[0] : h.this_span[1]] == h.this_text, h
                assert other[h.other_span[0] : h.other_span[1]] == h.other_text, h
            this_spans = [h.this_span for h in m.diff if h.this_text]
            assert covers(this, this_spans, f.quote.start, f.quote.end), (f.quote.text, m.diff)
            if m.quote is not None:
                other_spans = [h.other_span for h in m.diff if h.other_text]
                assert covers(other, other_spans, m.quote.start, m.quote.end), m.diff


# --- the expectations ---


def test_next_several_weeks_is_fragment_of_singh_quote_with_compatible_speaker(
    report: Report,
) -> None:
    f = finding_for(report, D000, "the next several weeks.")
    assert f.quote.speaker is not None and f.quote.speaker.name == "Pentagon"
    m = best(f)
    assert m.doc_id == D004
    assert other_quote_text(m).startswith("We believe that the DPRK has sent around 10,000")
    assert (f.status, m.relation, m.speaker) == ("corroborated", "fragment-of", "compatible")
    assert m.other_speaker is not None and m.other_speaker.name == "Sabrina Singh"
    assert f.coverage == 1.0
    # only words 004 has around it: the start of Singh's sentence
    assert [h.op for h in changed(m)] == ["insert"]
    assert changed(m)[0].other_text.startswith("We believe that the DPRK")
    assert changed(m)[0].other_text.endswith("over")


def test_increasingly_concerned_overlaps_with_the_exact_words_in_the_diff(
    report: Report, texts: dict[str, str]
) -> None:
    f = finding_for(report, D000, "We are increasingly concerned")
    m = best(f)
    assert m.doc_id == D004
    assert other_quote_text(m).startswith("increasingly concerned that Russia intends")
    assert (m.relation, m.speaker) == ("overlaps", "same")
    hunks = changed(m)
    assert [h.op for h in hunks] == ["delete", "insert"]
    start, end = hunks
    # 000 starts with "We are", which 004's fragment leaves out ...
    assert (start.this_text, start.other_text) == ("We are", "")
    assert start.this_span[0] == f.quote.start
    # ... and 004 goes on where 000 stops at "Kursk,"
    assert end.this_text == ""
    assert "Oblast, near the border with Ukraine" in end.other_text
    assert texts[D000][f.quote.start : end.this_span[0]].rstrip(",").endswith("Kursk")
    assert m.quote is not None
    assert texts[D004][end.other_span[1] : m.quote.end] in ("", ".")
    # 22 of its 24 words are confirmed ("Russia’s" may count as one word or two)
    assert f.coverage == pytest.approx(22 / 24, abs=0.01)


def test_increasingly_concerned_overlaps_seen_from_004(report: Report) -> None:
    f = finding_for(report, D004, "increasingly concerned that Russia")
    m = best(f)
    assert m.doc_id == D000
    assert other_quote_text(m).startswith("We are increasingly concerned")
    assert (m.relation, m.speaker) == ("overlaps", "same")
    hunks = changed(m)
    assert [h.op for h in hunks] == ["insert", "delete"]
    assert (hunks[0].this_text, hunks[0].other_text) == ("", "We are")
    assert "Oblast, near the border with Ukraine" in hunks[1].this_text
    assert hunks[1].other_text == ""
    # 22 of its 28 words are in 000
    assert f.coverage == pytest.approx(22 / 28, abs=0.01)


def test_calculation_is_fragment_of_the_longer_quote_corroborated_on_one_side_partial_on_other(
    report: Report,
) -> None:
    short = finding_for(report, D000, "This is a calculation")
    m = best(short)
    assert m.doc_id == D004
    assert "they are sending their soldiers" in other_quote_text(m)
    assert (short.status, m.relation, m.speaker) == ("corroborated", "fragment-of", "same")
    assert short.coverage == 1.0
    assert m.words == 10
    (rest,) = changed(m)
    assert rest.op == "insert"
    assert "they are sending their soldiers into a war" in rest.other_text
    assert rest.other_text.rstrip(",").endswith("at this point")

    long = finding_for(report, D004, "This is a calculation")
    back = best(long)
    assert back.doc_id == D000
    assert other_quote_text(back) == "This is a calculation that North Korea has to make."
    assert (long.status, back.relation, back.speaker) == ("partial", "contains", "same")
    assert back.words == 10
    # 10 of about 31 words ("--", "we're" and "500,000" are counted one way or another)
    assert long.coverage == pytest.approx(10 / 31, abs=0.02)
    (rest,) = changed(back)
    assert rest.op == "delete"
    assert "they are sending their soldiers into a war" in rest.this_text


def test_co_belligerents_is_fragment_of_singh_quote_in_000(report: Report) -> None:
    f = finding_for(report, D004, "co-belligerents.")
    m = best(f)
    assert m.doc_id == D000
    assert other_quote_text(m).startswith("If we see DPRK troops")
    assert (f.status, m.relation, m.speaker) == ("corroborated", "fragment-of", "same")
    assert f.coverage == 1.0
    assert [h.op for h in changed(m)] == ["insert", "insert"]
    assert changed(m)[0].other_text.startswith("If we see DPRK troops")
    assert changed(m)[1].other_text.rstrip(",") == "in the war"


def test_significant_escalation_is_fragment_of_rutte_quote_in_004(report: Report) -> None:
    f = finding_for(report, D000, "significant escalation")
    m = best(f)
    assert m.doc_id == D004
    assert other_quote_text(m).startswith("a significant escalation in the DPRK's")
    assert (f.status, m.relation, m.speaker) == ("corroborated", "fragment-of", "same")
    assert m.other_speaker is not None and m.other_speaker.name == "Mark Rutte"
    assert f.coverage == 1.0
    before, after = changed(m)
    assert (before.op, before.this_text, before.other_text) == ("insert", "", "a")
    assert after.op == "insert"
    assert after.other_text.startswith("in the DPRK's ongoing involvement")


@pytest.mark.parametrize(
    ("doc_id", "quote_start"),
    [
        (D000, "Now NATO Secretary General"),
        (D000, "The solution: lift restrictions"),
        (D000, "fake news"),
        (D000, "growing desperation"),
        (D000, "Over 600,000 Russian soldiers"),
        (D004, "we are seeing evidence"),
        (D004, "there's still a significant fight"),
        (D004, "a dangerous expansion"),
        (D004, "military technology"),
        (D004, "If they are in combat"),
    ],
)
def test_quotes_found_nowhere_else_are_uncorroborated(
    report: Report, doc_id: str, quote_start: str
) -> None:
    f = finding_for(report, doc_id, quote_start)
    assert f.status == "uncorroborated"
    assert all(m.words < 4 for m in f.matches)
    assert f.coverage < 1.0


def test_casualty_paraphrase_outside_quotes_is_not_a_match(report: Report) -> None:
    # 004 says "more than half a million Russian dead or wounded" in its own words
    f = finding_for(report, D000, "Over 600,000 Russian soldiers")
    assert all("half a million" not in m.text for m in f.matches)
    assert all(m.relation != "altered" for m in f.matches)


# --- every quote's status, following from the rules ---

# (document, start of the quote, status); "listed" ones are the issue's, the rest follow:
# a long quote that shares only a 1-3 word fragment with another is uncorroborated, one that
# shares >= 4 words and has the rest nowhere is partial.
STATUS_TABLE = [
    (D000, "the next several weeks.", "corroborated"),  # listed
    (D000, "We are increasingly concerned", "partial"),  # overlap: "We are" nowhere else
    (D000, "significant escalation", "corroborated"),  # listed
    (D000, "The deepening military cooperation", "uncorroborated"),  # not in 004
    (D000, "Now NATO Secretary General", "uncorroborated"),  # listed
    (D000, "The solution: lift restrictions", "uncorroborated"),  # listed
    (D000, "fake news", "uncorroborated"),  # listed
    (D000, "growing desperation", "uncorroborated"),  # listed
    (D000, "Over 600,000 Russian soldiers", "uncorroborated"),  # listed
    (D000, "If we see DPRK troops", "uncorroborated"),  # only "co-belligerents" in 004
    (D000, "This is a calculation", "corroborated"),  # listed
    (D004, "We believe that the DPRK", "partial"),  # 4 words: "the next several weeks"
    (D004, "we are seeing evidence", "uncorroborated"),  # listed
    (D004, "a significant escalation", "uncorroborated"),  # only "significant escalation"
    (D004, "a dangerous expansion", "uncorroborated"),  # listed
    (D004, "military technology", "uncorroborated"),  # listed
    (D004, "Putin has failed", "uncorroborated"),  # not in 000
    (D004, "increasingly concerned that Russia", "partial"),  # overlap: the Oblast words
    (D004, "there's still a significant fight", "uncorroborated"),  # listed
    (D004, "broad implications", "uncorroborated"),  # not in 000
    (D004, "co-belligerents.", "corroborated"),  # listed
    (D004, "This is a calculation", "partial"),  # listed
    (D004, "If they are in combat", "uncorroborated"),  # listed
]


def test_status_of_every_seed_quote(report: Report) -> None:
    got = [(f.doc_id, f.quote.text, f.status) for f in report.findings]
    want = [
        (doc_id, finding_for(report, doc_id, start).quote.text, status)
        for doc_id, start, status in STATUS_TABLE
    ]
    assert got == want


def test_seed_counts(report: Report) -> None:
    assert report.counts() == {
        "corroborated": 4,
        "partial": 4,
        "altered": 0,
        "misattributed": 0,
        "uncorroborated": 15,
    }


def test_partial_seed_quotes_confirm_at_least_min_words(report: Report) -> None:
    for f in report.findings:
        if f.status == "partial":
            assert best(f).words >= 4
            assert 0.0 < f.coverage < 1.0
        if f.status == "corroborated":
            assert f.coverage == 1.0


def test_we_believe_contains_the_next_several_weeks(report: Report) -> None:
    f = finding_for(report, D004, "We believe that the DPRK")
    m = best(f)
    assert m.doc_id == D000 and other_quote_text(m) == "the next several weeks."
    assert (m.relation, m.speaker, m.words) == ("contains", "compatible", 4)


def test_seeds_in_the_other_order_give_the_same_findings(
    report: Report, documents: tuple[Document, ...]
) -> None:
    reversed_report = corroborate(tuple(reversed(documents)))

    def by_quote(r: Report) -> dict[tuple[str, int], tuple[object, ...]]:
        return {(f.doc_id, f.quote.start): (f.status, f.coverage, f.matches) for f in r.findings}

    assert by_quote(reversed_report) == by_quote(report)
