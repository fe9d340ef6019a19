"""HTML input: the visible text of a page, every position still mapping into the file."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from input_helpers import SETTINGS

from quoteverify import Document, extract_quotes
from quoteverify.inputs.html import html_document

PAGE = """\
<!DOCTYPE html>
<html><head><title>Harbour "news"</title>
<style>p { quotes: "“" "”"; }</style>
<script>var s = "<p>not text</p>";</script></head>
<body>
<header class="site-header"><a href="/">The Gazette</a></header>
<nav><ul><li><a href="/">Home</a></li><li>Sport</li></ul></nav>
<div id="cookie-banner">We use "cookies". <button>Accept</button></div>
<article>
  <h1 class="article-header">Fishermen say harbour plan leaves them stranded</h1>
  <p>&ldquo;Our boats can&rsquo;t wait another season,&rdquo; said
     Colm   Ferreira, who chairs the <a href="/coop">Fishermen&#8217;s Cooperative</a>.</p>
  <p>"The plan is a <em>disgrace</em>," he said. Fish &amp; chips.</p>
  <!-- "a comment" -->
  <p>He added: &#x201C;We will keep fighting.&#8221;</p>
</article>
<aside class="related">Related: "Another story"</aside>
<div class="share-buttons">Share</div>
<footer>© 2024 The Gazette</footer>
<noscript>Enable "JavaScript"</noscript>
</body></html>
"""


def test_html_visible_text() -> None:
    doc = html_document(PAGE, "page.html", "news/page.html")
    assert (doc.id, doc.source) == ("page.html", "news/page.html")
    assert doc.text == (
        "Fishermen say harbour plan leaves them stranded\n"
        "“Our boats can’t wait another season,” said Colm Ferreira, who chairs the"
        " Fishermen’s Cooperative.\n"
        '"The plan is a disgrace," he said. Fish & chips.\n'
        "He added: “We will keep fighting.”"
    )
    assert doc.file_text() == PAGE


def test_html_quotes_map_into_the_file() -> None:
    doc = html_document(PAGE, "page.html")
    quotes = extract_quotes(doc.text)
    assert [q.text for q in quotes] == [
        "Our boats can’t wait another season,",
        "The plan is a disgrace,",
        "We will keep fighting.",
    ]
    assert [q.speaker.name if q.speaker else None for q in quotes] == [
        "Colm Ferreira", "Colm Ferreira", "Colm Ferreira",
    ]
    spans = [PAGE[doc.file_offset(q.start) : doc.file_offset(q.end)] for q in quotes]
    assert spans == [
        "Our boats can&rsquo;t wait another season,",
        "The plan is a <em>disgrace</em>,",
        "We will keep fighting.",
    ]
    for quote, span in zip(quotes, spans, strict=True):
        assert html.unescape(re.sub(r"<[^>]*>", "", span)) == quote.text


def test_html_speaker_maps_into_the_file() -> None:
    doc = html_document(PAGE, "page.html")
    speaker = extract_quotes(doc.text)[0].speaker
    assert speaker is not None
    start, end = doc.file_offset(speaker.start), doc.file_offset(speaker.end)
    assert PAGE[start:end] == "Colm   Ferreira"


def test_html_entities_decode_inside_words() -> None:
    doc = html_document("<p>it&rsquo;s AT&amp;T &quot;x&quot; &#233;t&#xE9; &nbsp;&copy</p>", "x")
    assert doc.text == "it’s AT&T \"x\" été \xa0©"
    assert doc.text.split()[0] == "it’s"


def test_html_unknown_entities_are_text() -> None:
    assert html_document("AT&T &bogus; & &#; a&b", "x").text == "AT&T &bogus; & &#; a&b"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("<p>one</p><p>two</p>", "one\ntwo"),
        ("<div>one<div>two</div>three</div>", "one\ntwo\nthree"),
        ("one<br>two<br/>three", "one\ntwo\nthree"),
        ("<h2>Title</h2>text", "Title\ntext"),
        ("<ul><li>a</li><li>b</li></ul>", "a\nb"),
        ("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\nc"),
        ("a <b>bold</b> <i>x</i>y", "a bold xy"),
        ("<q>quoted</q>", "quoted"),
        ("  lots \n\n of\t space  ", "lots of space"),
        ("<p>\n\n</p><p> </p><p>x</p>", "x"),
        ("<pre>line one\n  indented\n\nafter gap</pre>", "line one\nindented\nafter gap"),
        ("<p hidden>no</p><p style='display: none'>no</p><p>yes</p>", "yes"),
        ("<svg><text>chart</text></svg><math><mi>x</mi></math>ok", "ok"),
        ("<template><p>t</p></template><textarea>t</textarea>ok", "ok"),
        ('<div role="navigation">menu</div><p>The article text.</p>', "The article text."),
    ],
)
def test_html_structure(raw: str, expected: str) -> None:
    assert html_document(raw, "x").text == expected


@pytest.mark.parametrize(
    "boilerplate",
    [
        "<nav>menu</nav>",
        "<footer>footer</footer>",
        "<header>site</header>",
        "<aside>aside</aside>",
        "<form><input> search</form>",
        "<button>Click</button>",
        '<div class="main-menu">menu</div>',
        '<div id="sidebar">side</div>',
        '<section class="newsletter-signup">sign up</section>',
        '<div class="social share">share</div>',
        '<div class="ad-slot">buy</div>',
        '<div class="ads">buy</div>',
        '<div class="advertisement">buy</div>',
        '<ul class="relatedArticles"><li>more</li></ul>',
        '<div class="CookieConsent">cookies</div>',
        '<div class="site-footer">footer</div>',
    ],
)
def test_html_boilerplate_is_dropped(boilerplate: str) -> None:
    article = "The article has much more text than any of its boilerplate."
    assert html_document(f"{boilerplate}<p>{article}</p>", "x").text == article


@pytest.mark.parametrize(
    "content",
    [
        '<h1 class="header">Title</h1>',
        '<p class="header-intro">Title</p>',
        '<div class="canvas">Title</div>',
        '<div class="adventure">Title</div>',
        '<article class="nav-target">Title</article>',
    ],
)
def test_html_content_with_boilerplate_like_names_is_kept(content: str) -> None:
    assert html_document(content + "<p>Body.</p>", "x").text == "Title\nBody."


def test_boilerplate_holding_most_of_the_page_is_kept() -> None:
    raw = (
        '<form id="aspnetForm"><div class="has-sidebar"><p>"All the article is here," '
        "she said.</p></div><nav>Home</nav></form>"
    )
    assert html_document(raw, "x").text == '"All the article is here," she said.'


def test_a_menu_larger_than_the_article_is_still_dropped() -> None:
    menu = "".join(f"<li><a href='/{n}'>Section number {n}</a></li>" for n in range(50))
    raw = f"<nav><ul>{menu}</ul></nav><p>A short article.</p>"
    assert html_document(raw, "x").text == "A short article."


def test_without_paragraphs_the_whole_text_is_weighed() -> None:
    assert html_document("<nav>a</nav><div>Longer text.</div>", "x").text == "Longer text."
    assert html_document("<nav>Longer text.</nav><div>a</div>", "x").text == "Longer text.\na"


def test_head_is_closed_by_body_content() -> None:
    assert html_document("<head><title>T</title><p>Body", "x").text == "Body"
    assert html_document("<head><meta charset=utf-8>Body text", "x").text == "Body text"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("<p>unclosed <b>bold <p>next", "unclosed bold\nnext"),
        ("a < b and <3", "a < b and <3"),
        ("text <script>never closed", "text"),
        ("text <style>p{}", "text"),
        ("text <!-- never closed", "text"),
        ("text <a href='never closed", "text"),
        ("text <div", "text"),
        ("text </div", "text"),
        ("</p></div>stray ends</span>", "stray ends"),
        ("<nav>unclosed <p>nav holds the whole page</p>", "unclosed\nnav holds the whole page"),
        ("<![CDATA[x]]>y<?php echo 1 ?>z", "yz"),
        ("<p title='a>b'>quoted attribute</p>", "quoted attribute"),
        ("< p>not a tag</p>", "< p>not a tag"),
        ("<>", "<>"),
        ("</>x", "x"),
        ("<a\x0bb=c\xa0d>x<p\x0b>y", "xy"),
        ("", ""),
    ],
)
def test_malformed_html(raw: str, expected: str) -> None:
    doc = html_document(raw, "x")
    assert doc.text == expected
    assert_maps_into(raw, doc)


def assert_maps_into(raw: str, doc: Document) -> None:
    """Each character maps inside the file: to itself, to the "&" of a character reference,
    to the "<" of the tag that broke the line, or (a space) to the blank it stands for."""
    assert doc.origin is not None
    runs = doc.origin.runs
    assert list(runs) == sorted(set(runs))
    assert all(0 <= text_at < max(len(doc.text), 1) for text_at, _ in runs)
    assert not doc.text or runs[0][0] == 0
    for offset, char in enumerate(doc.text):
        at = doc.file_offset(offset)
        assert 0 <= at < len(raw)
        assert char == raw[at] or raw[at] in "&<" or (char == " " and raw[at].isspace())


@given(st.text(alphabet=st.sampled_from('<>/!-&#;=\'" \nabpx1:\x0b\xa0\r\t'), max_size=80))
@SETTINGS
def test_html_never_raises_and_maps_into_the_file(raw: str) -> None:
    assert_maps_into(raw, html_document(raw, "x"))


@given(
    st.lists(
        st.sampled_from(
            ["<p>", "</p>", "<div class='nav'>", "</div>", "<script>", "</script>", "<br>",
             "&amp;", "&rsquo;", "&#8220;", "&#x201d;", "&nope;", "<!--", "-->", " ", "\n",
             "word", '"', "<a href='x'>", "</a>", "<pre>", "</pre>", "<head>", "<td>"]
        ),
        max_size=40,
    ).map("".join)
)
@SETTINGS
def test_html_tag_soup_maps_into_the_file(raw: str) -> None:
    doc = html_document(raw, "x")
    assert_maps_into(raw, doc)
    assert "\n\n" not in doc.text
    assert doc.text == doc.text.strip()


@given(st.text(max_size=60))
@SETTINGS
def test_html_plain_text_maps_into_the_file(raw: str) -> None:
    assert_maps_into(raw, html_document(raw, "x"))
