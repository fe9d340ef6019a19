"""The utterance view: quotes linked by their matches grouped into utterances, on invented news
text run through the real engine, and on generated findings checked against a naive reference
(connected components found by merging sets, not by union-find)."""

from __future__ import annotations

import random
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import Document, Report, Utterance, corroborate, utterances
from quoteverify.matching.utterance_view import LINK_SHARE, UtteranceGroups, links
from quoteverify.model import Finding, Match, Quote, Speaker

BRIDGE = "The harbour bridge will stay closed to lorries until the inspectors sign it off"
RIVER = "We expect the river to crest on Thursday night near the old mill"


def keys(utterance: Utterance) -> set[tuple[str, int]]:
    """The (document, first offset) of each quoted appearance."""
    return {
        (a.doc_id, a.spans[0].start)
        for w in utterance.wordings
        for a in w.appearances
        if a.quoted
    }


def only(found: Sequence[Utterance], part: str) -> Utterance:
    [utterance] = [u for u in found if part in u.wording]
    return utterance


# --- grouping, on the real engine ---


def test_a_fragment_and_an_altered_telling_join_the_longer_quote() -> None:
    report = corroborate([
        Document("wire", f'"{BRIDGE}," Mayor Lena Okafor said.', source="Wire"),
        Document("paper", 'Okafor told reporters: "The harbour bridge will stay closed."'),
        Document("blog", f'"{BRIDGE.replace("will", "would")}," Okafor said.'),
        Document("radio", f'"{RIVER}," Okafor said.'),
    ])
    found = utterances(report)
    bridge = only(found, "harbour")
    assert bridge.wording == f"{BRIDGE},"  # the longest wording
    assert bridge.documents == 3
    assert {w.text for w in bridge.wordings} == {
        f"{BRIDGE},", "The harbour bridge will stay closed.", f"{BRIDGE.replace('will', 'would')},"
    }
    assert bridge.speakers == (("Lena Okafor", 3),)  # "Okafor" counted under the full name
    assert dict(bridge.sources) == {"Wire": 1, "paper": 1, "blog": 1}  # the id without source
    # the quote found nowhere else is an utterance of its own, left out by min_documents
    assert only(found, "river").documents == 1
    assert [u.wording for u in utterances(report, min_documents=2)] == [bridge.wording]


def test_a_misattributed_quote_groups_by_its_words_and_lists_both_speakers() -> None:
    report = corroborate([
        Document("a", f'"{BRIDGE}," Mayor Lena Okafor said.'),
        Document("b", f'"{BRIDGE}," council leader Tom Brandt said.'),
        Document("c", 'Okafor told reporters: "The harbour bridge will stay closed."'),
    ])
    assert {f.status for f in report.findings if f.doc_id != "c"} == {"misattributed"}
    [found] = utterances(report)
    assert found.speakers == (("Lena Okafor", 2), ("Tom Brandt", 1))


def test_the_segments_of_one_utterance_are_one_appearance() -> None:
    report = corroborate([
        Document("tv", '"We will," Ana Ruiz said, "never retreat from the eastern towns."'),
        Document("wire", 'Ruiz said: "We will never retreat from the eastern towns."'),
    ])
    [found] = utterances(report)
    tv = next(a for w in found.wordings for a in w.appearances if a.doc_id == "tv")
    assert [s.text for s in tv.spans] == ["We will,", "never retreat from the eastern towns."]
    assert tv.text == "We will, never retreat from the eastern towns."
    text = report.documents[0].text
    assert all(text[s.start : s.end] == s.text for s in tv.spans)


def test_words_found_in_unquoted_text_are_listed_but_link_nothing() -> None:
    report = corroborate([
        Document("paper", f'"{RIVER}," the mayor, Lena Okafor, said.'),
        Document("transcript", f"MAYOR OKAFOR: {RIVER}. And the bridge stays shut."),
    ])
    [found] = utterances(report)
    assert found.documents == 2
    record = next(a for w in found.wordings for a in w.appearances if a.doc_id == "transcript")
    assert not record.quoted
    assert record.speaker == "Okafor"
    assert found.wording == f"{RIVER},"  # a quoted wording is the canonical one


def test_first_and_last_seen_by_date_undated_documents_counted_apart() -> None:
    report = corroborate([
        Document("late", f'"{BRIDGE}," Lena Okafor said.', date="2024-11-05T23:30:00-02:00"),
        Document("undated", f'"{BRIDGE}," Okafor said.'),
        Document("day", f'Okafor said: "{BRIDGE}."', date="2024-11-06"),
        Document("middle", f'Okafor said on Wednesday: "{BRIDGE}."', date="2024-11-06T00:10Z"),
    ])
    [found] = utterances(report)
    # (late is 01:30 UTC on the 6th: after the day's first moment and after 00:10)
    assert (found.first_seen, found.last_seen) == ("2024-11-06", "2024-11-05T23:30:00-02:00")
    assert (found.documents, found.undated) == (4, 1)
    # one wording (punctuation aside), written as the first document writes it
    [wording] = found.wordings
    assert [a.doc_id for a in wording.appearances] == ["day", "middle", "late", "undated"]
    assert wording.text == f"{BRIDGE}."


def test_utterances_are_ordered_by_first_seen_then_as_the_report_has_them() -> None:
    report = corroborate([
        Document("a", f'"{BRIDGE}," Okafor said.', date="2024-11-07"),
        Document("b", f'"{RIVER}," Okafor said.', date="2024-11-02"),
        Document("c", f'Okafor: "{RIVER}."'),
        Document("d", f'"{BRIDGE}," Okafor said.', date="2024-11-03"),
        Document("e", '"No comment on the budget tonight, thanks," Okafor said.'),
    ])
    assert [u.wording.split()[1] for u in utterances(report)] == ["expect", "harbour", "comment"]


def test_ids_are_stable_and_do_not_depend_on_the_order_of_the_documents() -> None:
    documents = [
        Document("a", f'"{BRIDGE}," Okafor said.'),
        Document("b", f'"{RIVER}," Okafor said.'),
        Document("c", f'"{RIVER}," Okafor said.\n\nLater, Ana Ruiz said: "{BRIDGE}."'),
    ]
    ids = {frozenset(keys(u)): u.id for u in utterances(corroborate(documents))}
    again = {frozenset(keys(u)): u.id for u in utterances(corroborate(documents[::-1]))}
    assert ids == again and len(set(ids.values())) == 2


def test_quoted_terms_are_no_utterances() -> None:
    term = Quote("reform", 1, 7, None, None, "term", 0)
    report = Report((Document("a", '"reform"'),), (Finding("a", term, "uncorroborated", 0.0, ()),))
    assert utterances(report) == ()


# --- the link rule ---


def quote(text: str, start: int = 0, utterance: int = 0) -> Quote:
    return Quote(text, start, start + len(text), None, None, "utterance", utterance)


def match(doc_id: str, other: Quote | None, words: int) -> Match:
    text = other.text if other else "x"
    return Match(doc_id, 0, len(text), text, other, "overlaps", 50.0, "unknown", None, words, ())


def test_a_shared_clause_does_not_make_two_long_quotes_one() -> None:
    this = quote("one two three four five six seven eight nine ten")
    other = quote("six seven eight nine eleven twelve thirteen fourteen fifteen sixteen")
    assert not links(this, match("b", other, 4))  # 4 of 10: under half the shorter
    assert links(this, match("b", other, 5))
    assert links(quote("six seven eight nine"), match("b", other, 4))  # all of the shorter
    assert LINK_SHARE == 0.5


# --- generated findings against a naive reference ---

WORDS = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()
NAMES = ["Ana Ruiz", "Ruiz", "Tom Brandt", None]


@st.composite
def findings(draw: st.DrawFn) -> tuple[list[Finding], dict[str, tuple[str, str | None]]]:
    """Quotes in a few documents (some sharing a document utterance), each with a finding
    whose matches point at random quotes of other documents, or at unquoted text."""
    quotes: list[tuple[str, Quote]] = []
    documents: dict[str, tuple[str, str | None]] = {}
    for d in range(draw(st.integers(2, 6))):
        doc_id = f"doc{d}"
        date = draw(st.sampled_from([None, "2024-11-05", "2024-11-04T10:00Z", "2024"]))
        documents[doc_id] = (draw(st.sampled_from(["Wire", "Paper", doc_id])), date)
        start = 0
        for _ in range(draw(st.integers(1, 4))):
            text = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8)))
            name = draw(st.sampled_from(NAMES))
            speaker = Speaker(name, name, 0, 1) if name else None
            utterance = draw(st.integers(0, 2))
            quotes.append(
                (doc_id, Quote(text, start, start + len(text), speaker, None, "utterance",
                               utterance))
            )
            start += len(text) + 3
    found = []
    for doc_id, this in quotes:
        matches = []
        others = [(d, q) for d, q in quotes if d != doc_id]
        for _ in range(draw(st.integers(0, 3))):
            if not others:
                break
            other_doc, other = draw(st.sampled_from(others))
            words = draw(st.integers(0, len(this.text.split())))
            matches.append(match(other_doc, draw(st.sampled_from([other, other, None])), words))
        found.append(Finding(doc_id, this, "partial", 0.5, tuple(matches)))
    return found, documents


def naive_components(found: list[Finding]) -> set[frozenset[tuple[str, int]]]:
    """Connected components by merging sets until no link joins two of them."""
    edges = [
        ((f.doc_id, f.quote.utterance), (m.doc_id, m.quote.utterance))
        for f in found
        for m in f.matches
        if m.quote is not None and links(f.quote, m)
    ]
    nodes = {(f.doc_id, f.quote.utterance) for f in found} | {b for _, b in edges}
    groups = [{node} for node in sorted(nodes)]
    merged = True
    while merged:
        merged = False
        for a, b in edges:
            ga = next(g for g in groups if a in g)
            gb = next(g for g in groups if b in g)
            if ga is not gb:
                ga |= gb
                groups.remove(gb)
                merged = True
    return {frozenset(g) for g in groups}


def node_keys(utterance: Utterance, found: list[Finding]) -> frozenset[tuple[str, int]]:
    number = {(f.doc_id, f.quote.start): f.quote.utterance for f in found}
    number |= {
        (m.doc_id, m.quote.start): m.quote.utterance
        for f in found
        for m in f.matches
        if m.quote is not None
    }
    return frozenset((d, number[d, start]) for d, start in keys(utterance))


@given(findings(), st.randoms(use_true_random=False))
@settings(max_examples=150, deadline=None)
def test_utterances_are_the_connected_components_of_the_links(
    generated: tuple[list[Finding], dict[str, tuple[str, str | None]]], shuffle: random.Random
) -> None:
    found, documents = generated
    groups = UtteranceGroups()
    for finding in found:
        groups.add(finding)
    result = groups.utterances(documents)
    components = [node_keys(u, found) for u in result]
    # a partition: every quote in exactly one utterance
    assert sum(map(len, components)) == len(set().union(*components))
    assert set(components) == naive_components(found)
    for finding in found:
        for m in finding.matches:
            if m.quote is not None and links(finding.quote, m):
                [home] = [c for c in components if (finding.doc_id, finding.quote.utterance) in c]
                assert (m.doc_id, m.quote.utterance) in home
    for u in result:
        appearances = [a for w in u.wordings for a in w.appearances]
        assert u.documents == len({a.doc_id for a in appearances})
        assert u.documents == sum(n for _, n in u.sources)
        assert u.undated == sum(1 for d in {a.doc_id for a in appearances}
                                if documents[d][1] is None)
        assert u.wording in {w.text for w in u.wordings}
    assert len({u.id for u in result}) == len(result)
    # the same utterances whatever order the findings come in (their order aside)
    shuffled = list(found)
    shuffle.shuffle(shuffled)
    again = UtteranceGroups()
    for finding in shuffled:
        again.add(finding)
    assert {u.id: node_keys(u, found) for u in again.utterances(documents)} == {
        u.id: c for u, c in zip(result, components, strict=True)
    }


def test_min_documents_drops_only_the_smaller_utterances() -> None:
    report = corroborate([
        Document("a", f'"{BRIDGE}," Okafor said.'),
        Document("b", f'"{BRIDGE}," Okafor said.'),
        Document("c", f'"{RIVER}," Okafor said.'),
    ])
    every = utterances(report)
    assert utterances(report, min_documents=2) == tuple(u for u in every if u.documents >= 2)
