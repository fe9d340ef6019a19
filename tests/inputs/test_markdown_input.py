"""Markdown input: markup blanked to spaces, every position still pointing into the file."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from input_helpers import SETTINGS, assert_offsets_kept, blanked

from quoteverify import Document, corroborate, extract_quotes
from quoteverify.inputs.markdown import markdown_document, markdown_text

# --- Markdown: offsets ---


@given(st.text(alphabet=st.sampled_from("ab \n\r\t#>-*+_~`[]()!<>\\:|=\"'“”‘’1.^/@"), max_size=80))
@SETTINGS
def test_markdown_keeps_offsets_for_any_input(raw: str) -> None:
    blanked(raw)


@given(st.text(max_size=60))
@SETTINGS
def test_markdown_keeps_offsets_for_any_unicode(raw: str) -> None:
    blanked(raw)


@given(st.text(alphabet=st.sampled_from("ab \n*_\"“”‘’'!?.,"), max_size=60))
@SETTINGS
def test_quote_marks_always_survive(raw: str) -> None:
    text = blanked(raw)
    for kept, original in zip(text, raw, strict=True):
        if original in "\"“”‘’'":
            assert kept == original


def test_plain_prose_is_unchanged() -> None:
    raw = "“It is over,” she said. 'Fine,' he said, it's 5 * 3 and a_b.\n\nNext paragraph."
    assert markdown_text(raw) == raw


def test_crlf_line_endings_are_kept() -> None:
    assert markdown_text("# Title\r\n\r\n- *item*\r\n") == "  Title\r\n\r\n   item \r\n"


# --- Markdown: each construct ---


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("# Heading", "  Heading"),
        ("###### Six ######", "       Six       "),
        ("#hashtag", "#hashtag"),
        ("####### seven", "####### seven"),
        ("> quoted\n> > nested", "  quoted\n    nested"),
        ("- one\n* two\n+ three", "  one\n  two\n  three"),
        ("1. one\n2) two", "   one\n   two"),
        ("- [ ] open\n- [x] done", "      open\n      done"),
        ("-5 degrees", "-5 degrees"),
        ("***\n---\n_ _ _", "   \n   \n     "),
        ("Title\n=====", "Title\n     "),
        ("*em* **strong** _em_ __strong__", " em    strong    em    strong  "),
        ("~~struck~~ out", "  struck   out"),
        ("***both***", "   both   "),
        ("snake_case_name and a * b", "snake_case_name and a * b"),
        ("2*3*4", "2 3 4"),
        ("~single~ tilde", "~single~ tilde"),
        ("an *unclosed emphasis", "an *unclosed emphasis"),
        ('[text](https://x.org/a_b "Title")', " text                            "),
        ("[text](<url with spaces>)", " text                    "),
        ("[text]()", " text   "),
        ("![alt *text*](img.png) after", "                       after"),
        ("[![badge](b.svg)](https://ci)", "                             "),
        ("[sic] and [the mayor]", "[sic] and [the mayor]"),
        ("[x](y", "[x](y"),
        ("[a [b](c) d]", "[a  b     d]"),
        ("<https://example.org/a_b> <me@example.org>", " " * 42),
        ('a <span class="x">b</span> c', "a                 b        c"),
        ("a < b > c", "a < b > c"),
        ("x <!-- note --> y", "x               y"),
        ("`code *here*` and ``a ` b``", "              and          "),
        ("`unclosed code", "`unclosed code"),
        ("\\*not em\\* and \\_ and \\a", " *not em * and  _ and \\a"),
        ("hard \\\nbreak", "hard  \nbreak"),
        ("| a | b |\n|---|:-:|\n| c | d |", "  a   b  \n         \n  c   d  "),
        ("Note[^1].\n\n[^1]: The note.", "Note    .\n\n      The note."),
    ],
)
def test_markdown_construct(raw: str, expected: str) -> None:
    assert blanked(raw) == expected


def test_reference_links_use_the_definitions() -> None:
    raw = (
        "See [the plan][plan], [Plan][] and [plan], but not [sic] or [x][nope].\n"
        "\n"
        '[plan]: https://example.org/plan "The plan"\n'
    )
    assert blanked(raw) == (
        "See  the plan       ,  Plan    and  plan , but not [sic] or [x][nope].\n"
        "\n"
        "                                           \n"
    )


def test_reference_definition_cannot_interrupt_a_paragraph() -> None:
    raw = "Text\n[Applause]: the crowd"
    assert blanked(raw) == raw


def test_fenced_code_is_blanked_entirely() -> None:
    raw = 'Before.\n```python\nsay("not a quote")\n```\n~~~\ncode\n~~~\nAfter.'
    assert blanked(raw) == "Before.\n         \n                  \n   \n   \n    \n   \nAfter."


def test_a_fence_needs_a_long_enough_closing_run() -> None:
    raw = "````\n```\nstill code\n````\ntext"
    assert blanked(raw) == "    \n   \n          \n    \ntext"


def test_an_unclosed_fence_runs_to_the_end() -> None:
    assert blanked("text\n```\ncode") == "text\n   \n    "


def test_fence_in_a_blockquote() -> None:
    assert blanked("> ```\n> code\n> ```\n> text") == "     \n      \n     \n  text"


def test_html_comments_over_several_lines() -> None:
    raw = 'A.\n<!-- quoteverify: off\n\n"x" -->B "y".\nC <!-- unclosed inline'
    assert blanked(raw) == 'A.\n                     \n\n       B "y".\nC <!-- unclosed inline'


def test_an_unclosed_comment_block_runs_to_the_end() -> None:
    assert blanked('A.\n<!-- hidden\n"quote"') == "A.\n           \n       "


def test_script_and_style_blocks_are_blanked() -> None:
    raw = '<script>\nlet q = "a";\n</script>\n<STYLE>p {}</STYLE>\nProse.'
    assert blanked(raw) == "        \n            \n         \n                   \nProse."


def test_an_ordered_list_interrupts_a_paragraph_only_at_one() -> None:
    raw = "It was the year\n1984. Or was it\n1. a list"
    assert blanked(raw) == "It was the year\n1984. Or was it\n   a list"


def test_emphasis_next_to_a_link_is_still_emphasis() -> None:
    assert blanked("*[link](u)* and **[b](u)**") == "  link      and    b      "


# --- Markdown: quotes point into the file ---

DRAFT = """\
---
title: Vote
sources: [release.txt]
---

# Council *backs* the plan

> Mayor Ana Ruiz said: "We will [dredge the channel](https://x.org/plan) before winter."

- "Our boats can't wait another winter," Colm Ferreira said.
- The **cooperative** wrote four times.

"Nobody has walked down to the market in years," Ferreira said, and the council's
"harbour plan" was "a _disgrace_ to this town," he added.

```
"Code is not a quote," said the linter.
```
"""


def test_markdown_quotes_point_into_the_file() -> None:
    text = blanked(DRAFT)
    quotes = extract_quotes(text)
    assert [q.text for q in quotes] == [
        "We will  dredge the channel" + " " * len("](https://x.org/plan) ") + "before winter.",
        "Our boats can't wait another winter,",
        "Nobody has walked down to the market in years,",
        "harbour plan",
        "a  disgrace  to this town,",
    ]
    assert [q.speaker.name if q.speaker else None for q in quotes] == [
        "Ana Ruiz", "Colm Ferreira", "Colm Ferreira", "Colm Ferreira", "Colm Ferreira",
    ]
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
        in_file = DRAFT[quote.start : quote.end]
        assert_offsets_kept(in_file, quote.text)
        if "[" not in in_file and "_" not in in_file:
            assert in_file == quote.text


def test_markup_inside_a_quote_does_not_stop_it_matching() -> None:
    draft = Document("draft.md", blanked('She said: "We will *never* [cut](u) a teacher."'))
    source = Document("release.txt", '"We will never cut a teacher," she said.')
    [finding] = corroborate([draft, source]).findings[:1]
    assert finding.doc_id == "draft.md"
    assert finding.status == "corroborated"


# --- Markdown: the document's text maps into the file ---


def assert_maps_into_the_file(raw: str) -> None:
    """Each character of the text is the file's character at its offset, or a space or line
    break, or a decoded reference mapped to its "&"; offsets never go back."""
    document = markdown_document(raw, "draft.md")
    text = document.text
    previous = 0
    for index, char in enumerate(text):
        at = document.file_offset(index)
        assert 0 <= at < len(raw), (index, char)
        assert at >= previous, (index, char)
        previous = at
        found = raw[at]
        assert found == char or char.isspace() or found == "&" or (found, char) == (
            "\0", "\ufffd"
        ), (index, char, found)


DRAFT_CHARS = "ab \n\r\t#>-*+_~`[]()!<>\\:|=\"'“”‘’1.^/@&;"


@given(st.text(alphabet=st.sampled_from(DRAFT_CHARS), max_size=80))
@SETTINGS
def test_markdown_document_maps_into_the_file_for_any_input(raw: str) -> None:
    assert_maps_into_the_file(raw)


@given(st.text(max_size=60))
@SETTINGS
def test_markdown_document_maps_into_the_file_for_any_unicode(raw: str) -> None:
    assert_maps_into_the_file(raw)


@given(
    st.lists(
        st.sampled_from(
            ["> ", "- ", "1. ", "  ", "\n", "\r\n", '"We ', "*will* ", "win", ",\" ", "she ",
             "said.", "&ldquo;", "&amp;", "`x`", "[a](b)", "<!-- c -->", "```\n", "# ", "| ",
             "[^1]", "[^1]: ", "+++\n", "---\n", "<div>", "\\*"]
        ),
        max_size=30,
    ).map("".join)
)
@SETTINGS
def test_markdown_document_maps_into_the_file_for_drafts(raw: str) -> None:
    assert_maps_into_the_file(raw)
