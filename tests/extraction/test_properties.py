"""Properties of extraction that hold for every input, checked with hypothesis.

Whatever the text (random characters, or a soup of quote marks, apostrophes, newlines and
words), extraction returns, never raises, and every span it reports points into the text.
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quoteverify import Extraction, extract, extract_quotes
from quoteverify.extraction import tokens as tokens_module
from quoteverify.extraction.tokens import (
    Token,
    first_sentence,
    last_sentence,
    tokens,
    tokens_backward,
)

# Pieces that stress the mark pairing and the attribution windows.
PIECES = (
    '"', "'", "''", "``", "“", "”", "‘", "’", "„", "«", "»", "‹", "›", "‚",
    "\n", "\n\n", " ", " ", " ", "\t", ",", ".", ":", "?", "—", "<", ">", "=",
    "a", "Z", "said", "told reporters", "according to", "asked", "wrote on X",
    "Tom Reyes", "Sarah Lind", "the Pentagon", "the spokeswoman", "he", "she",
    "it's", "O'Brien", "'90s", "rock 'n' roll", "teachers'", "Mr.", "U.S.",
    "HOST:", '<a href="x">', "</a>", "called it a", "the album",
)  # fmt: skip

soup = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
any_text = st.one_of(st.text(max_size=200), soup)

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def squashed(s: str) -> str:
    return "".join(s.split())


@SETTINGS
@given(any_text)
def test_extract_never_raises_and_returns_an_extraction(text: str) -> None:
    assert isinstance(extract(text), Extraction)


@SETTINGS
@given(any_text)
def test_every_quote_points_at_its_text(text: str) -> None:
    for q in extract(text).quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text


@SETTINGS
@given(any_text)
def test_quotes_come_in_text_order_and_never_overlap(text: str) -> None:
    quotes = extract(text).quotes
    for before, after in pairwise(quotes):
        assert before.end <= after.start


@SETTINGS
@given(any_text)
def test_warning_spans_are_in_range(text: str) -> None:
    for w in extract(text).warnings:
        assert 0 <= w.start <= w.end <= len(text)
        assert w.code in ("unclosed-quote", "unopened-quote")


@SETTINGS
@given(any_text)
def test_cue_and_speaker_spans_point_at_their_words(text: str) -> None:
    for q in extract(text).quotes:
        if q.cue is not None:
            assert 0 <= q.cue.start <= q.cue.end <= len(text)
            assert squashed(text[q.cue.start : q.cue.end]) == squashed(q.cue.text)
        if q.speaker is not None:
            s = q.speaker
            assert 0 <= s.start <= s.end <= len(text)
            assert squashed(text[s.start : s.end]) == squashed(s.mention)


@SETTINGS
@given(any_text)
def test_utterances_are_numbered_from_zero_in_text_order(text: str) -> None:
    numbers = [q.utterance for q in extract(text).quotes]
    if numbers:
        assert numbers[0] == 0
    for before, after in pairwise(numbers):
        assert after in (before, before + 1)


@SETTINGS
@given(any_text)
def test_extract_quotes_agrees_with_extract(text: str) -> None:
    assert extract_quotes(text) == list(extract(text).quotes)


@pytest.mark.parametrize("not_text", [None, b'"We are ready," she said.', 42, ["a"]])
def test_non_str_input_raises_type_error(not_text: object) -> None:
    with pytest.raises(TypeError):
        extract(not_text)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        extract_quotes(not_text)  # type: ignore[arg-type]


WELL_FORMED = (
    '"We will rebuild the harbour," Mayor Tom Reyes said.',
    "‘We will not back down,’ the head teacher said. ‘Not this year.’",
    'Tom Reyes told reporters: "The harbour will be rebuilt by spring."',
    '"We will rebuild," Tom Reyes said, "and we will do it before the summer."',
    'Senator Paul Adler called the decision a "grave mistake" on Tuesday.',
    'The band released the album "Northern Lights" in March.',
    "''We will rebuild the bridge,'' Mayor Tom Reyes said on Monday.",
    "The council met on Monday and approved the budget.",
)


@settings(max_examples=60, deadline=None)
@given(
    paragraph=st.sampled_from(WELL_FORMED),
    copies=st.integers(min_value=1, max_value=6),
    separator=st.sampled_from(["\n", "\n\n", "\n \n"]),
)
def test_n_copies_of_a_paragraph_give_n_times_its_quotes(
    paragraph: str, copies: int, separator: str
) -> None:
    one = extract_quotes(paragraph)
    many = extract_quotes(separator.join([paragraph] * copies))
    assert len(many) == copies * len(one)
    assert [q.text for q in many] == [q.text for q in one] * copies
    assert extract(separator.join([paragraph] * copies)).warnings == ()


long_soup = st.lists(st.sampled_from(PIECES), min_size=10, max_size=80).map(" ".join)


@SETTINGS
@given(long_soup, st.data())
def test_tokens_backward_reads_the_tokens_from_the_end(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(min_value=-5, max_value=len(text)))
    hi = data.draw(st.integers(min_value=lo, max_value=len(text) + 5))
    back = [(t.text, t.start, t.end) for t in tokens_backward(text, lo, hi)]
    assert back == [(t.text, t.start, t.end) for t in reversed(tokens(text, lo, hi))]


def fields(tok: Token) -> tuple[str, int, int, str, bool, bool]:
    return (tok.text, tok.start, tok.end, tok.lower, tok.is_word, tok.is_capitalized)


@SETTINGS
@given(any_text, st.data())
def test_tokens_have_the_fields_their_constructor_gives(text: str, data: st.DataObject) -> None:
    # the tokenizers make tokens without Token.__init__, their derived fields looked up by word
    lo = data.draw(st.integers(min_value=-5, max_value=len(text)))
    hi = data.draw(st.integers(min_value=lo, max_value=len(text) + 5))
    made = tokens(text, lo, hi) + list(tokens_backward(text, lo, hi))
    assert [fields(t) for t in made] == [fields(Token(t.text, t.start, t.end)) for t in made]


@SETTINGS
@given(long_soup, st.data())
def test_last_sentence_reads_alike_after_first_sentence(text: str, data: st.DataObject) -> None:
    # last_sentence takes first_sentence's tokens when it read the same span without a break
    lo = data.draw(st.integers(min_value=-5, max_value=len(text)))
    hi = data.draw(st.integers(min_value=lo, max_value=len(text) + 5))
    tokens_module._NO_BREAK = None
    alone = last_sentence(text, lo, hi)
    first, _ = first_sentence(text, lo, hi)
    first.clear()  # what the caller does with its list changes nothing
    after = last_sentence(text, lo, hi)
    assert [fields(t) for t in after[0]] == [fields(t) for t in alone[0]]
    assert after[1] == alone[1]


def test_the_memo_of_word_fields_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tokens_module, "_WORDS", {})
    monkeypatch.setattr(tokens_module, "_WORDS_LIMIT", 3)
    text = "Ana met Bo, Cy and Di at the Ebro on Friday."
    made = tokens(text, 0, len(text))
    assert len(tokens_module._WORDS) <= 3
    assert [fields(t) for t in made] == [fields(Token(t.text, t.start, t.end)) for t in made]


def test_a_window_past_the_end_of_the_text_ends_with_an_initial() -> None:
    # found by the property above: "S." read as an initial, whose next letter was looked for
    # past the end of the text
    text = "</a> U.S."
    assert [t.text for t in tokens(text, 7, 12)] == ["S", "."]
    assert [t.text for t in tokens_backward(text, 7, 12)] == [".", "S"]
