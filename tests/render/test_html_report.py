"""The HTML report, read as markup (the browser tests in test_html_browser.py load it for real).

The page is parsed with the standard library's HTML parser into elements with their attributes
and text, so the tests can say what a reader would see without a browser: which elements exist,
what they say, and that document text never became markup.
"""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from helpers import SEEDS, seeds_report
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteverify import Config, Document, Report, check, corroborate, render_html
from quoteverify.cli import main
from quoteverify.model import STATUSES, Finding, Quote, Speaker
from quoteverify.render.html_speakers import MATRIX_DOCUMENTS
from quoteverify.render.html_text import _sentence

WIRE = Document(
    "wire.txt",
    'Mayor Ana Ruiz spoke to reporters on Monday. "We will rebuild the bridge before the first'
    ' snow falls on the valley," Ruiz said.\n\n'
    'Council member Tom Baker disagreed. "The money is simply not there this year, and everyone'
    ' on the council knows it," Baker said.\n\n'
    'Dr. Ruiz later added: "Work starts in March."\n',
    "sources/wire.txt",
)
STORY = Document(
    "story.txt",
    'Mayor Ana Ruiz said on Monday that work would start soon. "We will rebuild the bridge'
    ' before the first frost falls on the valley," Ruiz said.\n\n'
    '"The money is simply not there this year, and everyone on the council knows it," said'
    " Ana Ruiz.\n\n"
    '"Nobody asked the people who cross it every day," said resident Lea Moss. She called the'
    ' plan "rushed."\n\n'
    '"Work starts in March," Ruiz told Mr. Baker. Then she left.\n',
    "drafts/story.txt",
)


class Element:
    """One element of the parsed page: its tag, attributes, children and text."""

    def __init__(self, tag: str, attrs: dict[str, str]) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list[Element | str] = []

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def text(self) -> str:
        """The text as a reader sees it: blocks and cells apart, inline elements run on."""
        parts = [c if isinstance(c, str) else c.text() for c in self.children]
        return "".join(parts) + (" " if self.tag in BLOCKS else "")

    def iter(self) -> list[Element]:
        found = [self]
        for child in self.children:
            if isinstance(child, Element):
                found += child.iter()
        return found

    def find(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> list[Element]:
        """Elements below (and including) this one with the tag, class and attribute values."""
        return [
            e
            for e in self.iter()
            if (tag is None or e.tag == tag)
            and (cls is None or cls in e.classes)
            and all(e.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]

    def one(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> Element:
        [found] = self.find(tag, cls, **attrs)
        return found


BLOCKS = {"p", "div", "td", "th", "li", "tr", "h1", "h2", "h3", "br", "blockquote", "caption"}
VOID = {"meta", "link", "br", "img", "input", "hr", "wbr", "col", "source"}


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        # The renderer closes every element it opens, in order: a mismatch is a bug.
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(page: str) -> Element:
    builder = _TreeBuilder()
    builder.feed(page)
    builder.close()
    assert builder.stack == [builder.root], "unclosed elements"
    return builder.root


def words(element: Element) -> str:
    return " ".join(element.text().split())


@pytest.fixture(scope="module")
def checked() -> tuple[Report, Element]:
    report = check([STORY], [WIRE])
    return report, parse(render_html(report))


# --- a page that stands alone --------------------------------------------------------------


def test_self_contained_with_a_policy_that_allows_only_its_own_script_and_style(
    checked: tuple[Report, Element],
) -> None:
    _, page = checked
    [script] = page.find("script")
    [style] = page.find("style")
    assert not page.find("link") and not page.find("img") and not page.find("iframe")
    for element in page.iter():
        assert "src" not in element.attrs, element.tag
        assert not any(name.startswith("on") for name in element.attrs), element.tag
        if "href" in element.attrs:
            assert element.attrs["href"].startswith("#"), element.attrs["href"]
    policy = page.one("meta", http_equiv="Content-Security-Policy").attrs["content"]
    assert "default-src 'none'" in policy
    for element, directive in ((script, "script-src"), (style, "style-src")):
        digest = hashlib.sha256(element.text().encode()).digest()
        expected = "sha256-" + base64.b64encode(digest).decode()
        assert f"{directive} '{expected}'" in policy
    assert "http:" not in policy and "https:" not in policy


def test_same_report_same_page() -> None:
    report = check([STORY], [WIRE])
    assert render_html(report) == render_html(check([STORY], [WIRE]))


# --- summary ---------------------------------------------------------------------------------


def test_summary_counts_and_what_needs_attention_first(checked: tuple[Report, Element]) -> None:
    report, page = checked
    assert [f.status for f in report.findings] == [
        "altered", "misattributed", "uncorroborated", "uncorroborated", "corroborated"
    ]
    table = page.one("table", id="status-counts")
    for status, number in report.counts().items():
        row = table.one("tr", data_status=status)
        assert words(row.one("td", "count")) == str(number)
        assert status in words(row)  # said in words, not by colour alone
    assert words(table.one("tfoot")).startswith("total 5")
    row = page.one("table", id="document-counts").one("tr", data_doc="story.txt")
    cells = {c.attrs["data-status"]: words(c) for c in row.find("td") if "data-status" in c.attrs}
    assert cells == {s: str(n) for s, n in report.counts().items()}
    attention = page.one("section", id="attention").find("li")
    assert [li.attrs["data-status"] for li in attention] == [
        "altered", "misattributed", "uncorroborated", "uncorroborated"
    ]
    assert attention[0].one("a").attrs["href"] == "#q-0"
    assert "story.txt:1:60" in words(attention[0])
    assert words(page.one("p", id="verdict")) == (
        "2 errors, 2 warnings, 1 info, 0 suppressed in 1 draft (1 source)."
    )
    # check searches sources, so the meanings say so
    assert "not found in the sources" in words(table)


def test_sources_get_no_section_of_their_own(checked: tuple[Report, Element]) -> None:
    _, page = checked
    sections = page.find("section", "document")
    assert [words(s.one("h3")) for s in sections] == ["story.txt"]
    assert "sources/wire.txt" in words(page.one("p", "sources"))
    assert not page.find("section", id="by-speaker")  # a check report has no cross table


# --- one quote -------------------------------------------------------------------------------


def test_altered_quote_side_by_side(checked: tuple[Report, Element]) -> None:
    _, page = checked
    entry = page.one("article", id="q-0")
    assert entry.attrs["data-status"] == "altered"
    assert entry.attrs["data-speaker"] == "Ana Ruiz"
    assert words(entry.one("span", "badge")) == "≠ altered"
    assert words(entry.one("span", "severity")) == "error"
    assert words(entry.one("a", "place")) == "drafts/story.txt:1:60"
    who = words(entry.one("p", "who"))
    assert who.startswith("Ana Ruiz") and "written “Ruiz”" in who and "cue “said”" in who
    # The quote in its sentence: the quote marked, the rest of the sentence around it.
    quote = entry.one("blockquote", "quote-text")
    assert words(quote.one("mark")).startswith("We will rebuild the bridge")
    assert words(quote) == (
        '"We will rebuild the bridge before the first frost falls on the valley," Ruiz said.'
    )
    match = entry.one("li", "match")
    assert match.attrs["data-relation"] == "altered"
    head = words(match.one("p", "match-head"))
    assert head.startswith("sources/wire.txt:1:47 · altered · score")
    assert "speaker same (credited to Ana Ruiz)" in head
    this = match.one("div", "this")
    other = match.one("div", "other")
    assert [words(d) for d in this.find("del")] == ["frost"]
    assert [words(i) for i in other.find("ins")] == ["snow"]
    assert not this.find("ins") and not other.find("del")
    assert words(this).endswith("story.txt We will rebuild the bridge before the first frost"
                                " falls on the valley")
    assert words(other.one("p", "side-label")) == "wire.txt"


def test_misattributed_names_both_speakers(checked: tuple[Report, Element]) -> None:
    _, page = checked
    entry = page.one("article", id="q-1")
    assert entry.attrs["data-status"] == "misattributed"
    head = words(entry.one("p", "match-head"))
    assert "speaker different (credited to Tom Baker)" in head
    assert words(entry.one("p", "same")) == "Same wording."
    assert not entry.find("div", "diff")


def test_unmatched_quote_and_a_sentence_cut_at_an_abbreviation_not_before_it(
    checked: tuple[Report, Element],
) -> None:
    _, page = checked
    assert words(page.one("article", id="q-2").one("p", "unmatched")) == (
        "Not found in the sources."
    )
    last = page.one("article", id="q-4")
    assert words(last.one("blockquote")) == '"Work starts in March," Ruiz told Mr. Baker.'
    assert words(last.one("p", "coverage")) == "100% of its words were found."


def test_fragment_surroundings_are_muted_not_marked_as_added() -> None:
    transcript = Document(
        "t.txt", "SINGH: This is a calculation that North Korea has to make, and soon.\n"
    )
    story = Document(
        "s.txt", 'Singh said: "This is a calculation that North Korea has to make."\n'
    )
    report = corroborate([story, transcript])
    page = parse(render_html(report))
    entry = page.one("article", data_doc="s.txt")
    match = entry.one("li", "match")
    assert match.attrs["data-relation"] == "fragment-of"
    assert not match.find("ins") and not match.find("del")
    assert words(match.one("p", "same")) == "Same wording."


def test_suppressed_findings_are_shown_flagged_and_left_out_of_attention() -> None:
    draft = Document(
        "d.md",
        "<!-- quoteverify: ignore -->\n"
        '"Nobody asked the people who cross it every day," said resident Lea Moss.\n',
    )
    report = check([draft], [WIRE])
    [finding] = report.findings
    assert finding.suppressed
    page = parse(render_html(report))
    entry = page.one("article", id="q-0")
    assert "suppressed" in entry.classes
    assert words(entry.one("span", "flag")) == "suppressed"
    assert words(page.one("section", id="attention").one("p")) == "No quote needs attention."
    assert "1 suppressed" in words(page.one("p", id="verdict"))


# --- compare across documents --------------------------------------------------------------


def test_compare_table_of_quotes_by_speaker_across_documents() -> None:
    report = seeds_report()
    documents = report.documents
    page = parse(render_html(report))
    table = page.one("table", id="speaker-table")
    heads = [words(th) for th in table.one("thead").find("th")]
    assert heads == ["speaker", *(d.id for d in documents)]
    rows = table.find("tr", "filterable")
    cells = sum(len(row.find("td")) - len(row.find("td", "absent")) for row in rows)
    assert cells == len(report.findings)  # every quote in exactly one cell
    # The two wordings of Singh's "increasingly concerned" quote share a row.
    [row] = [r for r in rows if "increasingly concerned" in words(r)]
    assert row.attrs["data-speaker"] == "Sabrina Singh"
    assert len(row.find("td")) == 2 and not row.find("td", "absent")
    assert "Oblast" in words(row.find("td")[1]) and "Oblast" not in words(row.find("td")[0])
    # Each cell links to the quote's entry.
    for link in row.find("a"):
        assert page.find("article", id=link.attrs["href"][1:])
    groups = [body.attrs["data-speaker"] for body in table.find("tbody")]
    assert len(groups) == len(set(groups))
    assert "(no speaker)" not in groups[:-1]  # unattributed quotes, if any, come last


def test_over_many_documents_the_table_lists_only_shared_quotes() -> None:
    # A column per document would grow with quotes times documents: past MATRIX_DOCUMENTS,
    # each row lists the documents that carry its quote.
    shared = "The harbour will reopen to the fishing fleet before the end of the month"
    documents = [
        Document(f"{k}.txt", f'"Only k{k}a k{k}b k{k}c k{k}d k{k}e," Ann Lee said.\n')
        for k in range(MATRIX_DOCUMENTS)
    ]
    documents += [
        Document("x.txt", f'"{shared}," harbour master Ann Lee said.\n'),
        Document("y.txt", f'Ann Lee said: "{shared}."\n'),
    ]
    page = parse(render_html(corroborate(documents)))
    table = page.one("table", id="speaker-table")
    assert [words(th) for th in table.one("thead").find("th")] == [
        "speaker", "documents", "wording in each"
    ]
    [row] = table.find("tr", "filterable")
    assert words(row.one("td", "count")) == "2"
    assert [words(li).split(":")[0] for li in row.find("li")] == ["x.txt", "y.txt"]
    assert "1 quote carried by two documents or more" in words(page.one("section", id="by-speaker"))


def test_a_match_in_another_quote_links_to_its_entry() -> None:
    page = parse(render_html(seeds_report()))
    links = [
        a.attrs["href"]
        for match in page.find("li", "match")
        for a in match.one("p", "match-head").find("a")
    ]
    assert links and all(page.find("article", id=href[1:]) for href in links)


def test_filters_list_every_speaker_and_status() -> None:
    report = seeds_report()
    page = parse(render_html(report))
    form = page.one("form", id="filters")
    assert "hidden" in form.attrs  # shown by the script; without it, everything stays visible
    assert [i.attrs["value"] for i in form.find("input", name="status")] == list(STATUSES)
    options = [o.attrs["value"] for o in form.one("select").find("option")]
    names = {f.quote.speaker.name if f.quote.speaker else "(no speaker)" for f in report.findings}
    assert options[0] == "" and set(options[1:]) == names
    for label in form.find("label"):
        assert label.find("input") or "for" in label.attrs


# --- hostile text ------------------------------------------------------------------------------

HOSTILE = (
    "<script>alert(1)</script> </style> </script> <img src=x onerror=alert(2)> "
    "<!-- ]]> &amp; \x1b[31m \u202egnp.exe"
)
HOSTILE_ID = 'a"onerror="alert(3)<b>.txt'



def test_document_text_never_becomes_markup() -> None:
    a = Document(HOSTILE_ID, f'"We found {HOSTILE} in the files today," Jane <i>Roe</i> said.\n')
    b = Document("b.txt", f'Jane Roe said: "We found {HOSTILE} in the files yesterday."\n')
    report = corroborate([a, b], config=Config(min_words=3))
    assert [f.status for f in report.findings] == ["altered", "altered"]
    page_text = render_html(report)
    page = parse(page_text)
    assert len(page.find("script")) == 1 and len(page.find("style")) == 1
    assert not page.find("img") and not page.find("b") and not page.find("i")
    for element in page.iter():
        assert not any(name.startswith("on") for name in element.attrs), element.tag
    assert "alert(1)" not in page.one("script").text()
    text = words(page)
    assert "<script>alert(1)</script> </style> </script>" in text
    assert "<img src=x onerror=alert(2)> <!-- ]]> &amp;" in text
    assert f"{HOSTILE_ID} " in text  # the id, in headings and tables
    # An escape sequence and a bidirectional override are shown, not obeyed.
    assert "\x1b" not in page_text and "\u202e" not in page_text
    assert "\\x1b[31m" in text and "\\u202egnp.exe" in text
    [entry] = page.find("article", data_doc=HOSTILE_ID)
    assert [words(d) for d in entry.find("del")] == ["today"]
    assert [words(i) for i in entry.find("ins")] == ["yesterday"]
    assert "<script>alert(1)</script>" in words(entry.one("div", "this"))


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from('<>&"\'/=ab \n!-[]`;'), max_size=60))
def test_any_text_stays_text(junk: str) -> None:
    text = f'"Here is {junk} said plainly," {junk} said.'
    document = Document(f"{junk[:10]}.txt", text)
    who = Speaker(f"Ann {junk}", junk, 25 + len(junk), 25 + 2 * len(junk), role=junk)
    quote = Quote(f"Here is {junk} said plainly,", 1, 23 + len(junk), who, None, "utterance", 0)
    assert text[quote.start : quote.end] == quote.text
    finding = Finding(document.id, quote, "uncorroborated", 0.0, ())
    page = parse(render_html(Report((document,), (finding,))))
    assert len(page.find("script")) == 1
    entry = page.one("article")
    assert {e.tag for e in entry.iter()} <= {
        "article", "header", "span", "a", "p", "blockquote", "mark"
    }
    assert entry.attrs["data-speaker"] == " ".join(who.name.split())
    assert entry.attrs["data-doc"] == document.id
    assert words(entry.one("mark")) == " ".join(quote.text.split())


# --- sentence bounds ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "sentence"),
    [
        ('One. "Go now," Ann said. Two.', "Go now,", '"Go now," Ann said.'),
        ('Dr. Ann Lee said: "Go now." Then she left.', "Go now.", 'Dr. Ann Lee said: "Go now."'),
        ('He spoke.\n\n"Go now," Ann said', "Go now,", '"Go now," Ann said'),
        ('Sen. Cruz said: "Go."\nMore.', "Go.", 'Sen. Cruz said: "Go."'),
        ("«Allez,» a dit Ann. Fin.", "Allez,", "«Allez,» a dit Ann."),
    ],
)
def test_sentence_around_a_quote(text: str, quote: str, sentence: str) -> None:
    start = text.index(quote)
    begin, stop = _sentence(text, start, start + len(quote))
    assert text[begin:stop] == sentence


def test_long_runs_are_cut_with_an_ellipsis() -> None:
    filler = "word " * 200
    text = f'{filler}"Go now," {filler}'
    start = text.index("Go now")
    begin, stop = _sentence(text, start, start + 7)
    assert begin > 0 and stop < len(text)
    assert start - begin <= 240 and stop - (start + 7) <= 240
    page = render_html(
        Report(
            (Document("x.txt", text),),
            (Finding("x.txt", Quote("Go now,", start, start + 7, None, None, "utterance", 0),
                     "uncorroborated", 0.0, ()),),
        )
    )
    quote = parse(page).one("blockquote")
    assert words(quote).startswith("…word") and words(quote).endswith("word…")


# --- command line --------------------------------------------------------------------------------


def test_compare_writes_the_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.html"
    assert main(["compare", str(SEEDS), "--format", "html", "--output", str(out)]) == 0
    assert capsys.readouterr().out == ""
    page = parse(out.read_text(encoding="utf-8"))
    assert words(page.one("h1")) == "quoteverify compare: 23 quotes in 2 documents"
    assert len(page.find("article", "quote")) == 23


def test_page_size_grows_with_the_report_not_faster() -> None:
    def page_for(copies: int) -> int:
        text = " ".join(f'"Quote number {n} is here," Ann Lee said.' for n in range(copies))
        documents = [Document(f"{k}.txt", text) for k in range(2)]
        return len(render_html(corroborate(documents)))

    small, large = page_for(20), page_for(80)
    assert large < 5 * small


def test_every_status_has_a_symbol_and_a_meaning() -> None:
    from quoteverify.render.html import MEANINGS
    from quoteverify.render.html_text import SYMBOLS

    assert set(SYMBOLS) == set(MEANINGS) == set(STATUSES)
    assert len(set(SYMBOLS.values())) == len(STATUSES)
    assert not re.search(r"[<>&\"]", "".join(MEANINGS.values()))
