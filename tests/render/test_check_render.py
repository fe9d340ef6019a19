"""The ``quoteverify check`` formats (text, GitHub workflow commands and step summary, SARIF), on
a report built by hand, so the tests do not depend on the matching engine.

Two drafts and two sources. ``news/story, draft: 1.md`` has an altered quote, a misattributed
one that runs over two lines and holds ``%``, ``::`` and commas, a suppressed one, a
corroborated one and an unclosed quote mark; ``site/page.html`` is an HTML page (its text is
the page's visible text, mapped back into the file by an ``Origin``) with a quote found
nowhere. The altered quote's best match is in another HTML page, so positions in the sources go
through an ``Origin`` too.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import attrs
import pytest
from helpers import span

import quoteverify
from quoteverify.model import (
    STATUSES,
    Document,
    Finding,
    Hunk,
    Match,
    Origin,
    Quote,
    Report,
    Speaker,
    TextWarning,
)
from quoteverify.render import CHECK_RENDERERS
from quoteverify.render.check_common import FilePlaces, split_documents
from quoteverify.render.check_text import render_check_text
from quoteverify.render.github import (
    escape_data,
    escape_property,
    github_step_summary,
    render_github,
)
from quoteverify.render.html import render_html
from quoteverify.render.markdown import render_report_markdown
from quoteverify.render.report_json import render_report_json
from quoteverify.render.sarif import artifact_uri, render_sarif, sarif_log

STORY = (
    "# Budget vote\n"
    "\n"
    "“We will never back down, not ever,” said Ana Ruiz.\n"
    "“Cut it 100%:: now,\n"
    "a, b, c,” Joe Smith said.\n"
    "<!-- quoteverify: ignore -->\n"
    '"Taxes go up," she said.\n'
    '"We are ready for the vote," Ruiz said.\n'
    '"Unclosed to the end\n'
)
WIRE = "MS. RUIZ: Cut it 100%:: now, a, b, c, she said.\nRUIZ: We are ready for the vote.\n"
PAGE_FILE = (
    "<html><body>\n"
    "<p>Intro &amp; more.</p>\n"
    "<p>&ldquo;Trust the process,&rdquo; Lee said.</p>\n"
    "</body></html>\n"
)
ARTICLE_FILE = (
    "<article>\n<p>&ldquo;We will not back down, not ever,&rdquo; Ruiz said.</p>\n</article>\n"
)


def html_document(
    doc_id: str, path: str, file_text: str, pieces: list[tuple[str, str]]
) -> Document:
    """A document whose text is the visible text of an HTML file: each piece is a run of
    visible text and the file text it comes from (itself, an entity or a tag), in order."""
    text, runs, cursor = "", [], 0
    for visible, written in pieces:
        at = file_text.index(written, cursor)
        runs.append((len(text), at))
        text += visible
        cursor = at + len(written)
    return Document(doc_id, text, path, Origin(file_text, tuple(runs)))


PAGE = html_document(
    "page.html",
    "site/page.html",
    PAGE_FILE,
    [
        ("Intro ", "Intro "),
        ("&", "&amp;"),
        (" more.", " more."),
        ("\n", "</p>"),
        ("“", "&ldquo;"),
        ("Trust the process,", "Trust the process,"),
        ("”", "&rdquo;"),
        (" Lee said.", " Lee said."),
        ("\n", "</p>"),
    ],
)
ARTICLE = html_document(
    "article.html",
    "sources/article.html",
    ARTICLE_FILE,
    [
        ("“", "&ldquo;"),
        ("We will not back down, not ever,", "We will not back down, not ever,"),
        ("”", "&rdquo;"),
        (" Ruiz said.", " Ruiz said."),
        ("\n", "</p>"),
    ],
)
DRAFT = Document("story.md", STORY, "news/story, draft: 1.md")
WIRE_DOC = Document("wire.txt", WIRE, "sources/wire.txt")


def quote(document: Document, part: str, speaker: Speaker | None, utterance: int) -> Quote:
    return Quote(part, *span(document.text, part), speaker, None, "utterance", utterance)


RUIZ = Speaker("Ana Ruiz", "Ana Ruiz", *span(STORY, "Ana Ruiz"))
SMITH = Speaker("Joe Smith", "Joe Smith", *span(STORY, "Joe Smith"))
LEE = Speaker("Lee", "Lee", *span(PAGE.text, "Lee"))
RUIZ_ARTICLE = Speaker("Ruiz", "Ruiz", *span(ARTICLE.text, "Ruiz"), resolved_by="surname")
RUIZ_LABEL = Speaker("Ana Ruiz", "MS. RUIZ", *span(WIRE, "MS. RUIZ"), resolved_by="label")

NEVER = quote(DRAFT, "We will never back down, not ever,", RUIZ, 0)
CUT = quote(DRAFT, "Cut it 100%:: now,\na, b, c,", SMITH, 1)
TAXES = quote(DRAFT, "Taxes go up,", None, 2)
READY = quote(DRAFT, "We are ready for the vote,", RUIZ, 3)
TRUST = quote(PAGE, "Trust the process,", LEE, 0)
NOT = quote(ARTICLE, "We will not back down, not ever,", RUIZ_ARTICLE, 0)


def hunk(op: str, this: str, other: str, other_text: str) -> Hunk:
    return Hunk(op, this, other, span(STORY, this), span(other_text, other))  # type: ignore[arg-type]


ALTERED = Match(
    "article.html",
    NOT.start,
    NOT.end,
    NOT.text,
    NOT,
    "altered",
    87.5,
    "same",
    RUIZ_ARTICLE,
    6,
    (
        hunk("equal", "We will", "We will", ARTICLE.text),
        hunk("replace", "never", "not", ARTICLE.text),
        hunk("equal", "back down, not ever,", "back down, not ever,", ARTICLE.text),
    ),
)
IN_WIRE = Match(
    "wire.txt",
    *span(WIRE, "Cut it 100%:: now, a, b, c,"),
    "Cut it 100%:: now, a, b, c,",
    None,
    "normalized",
    100.0,
    "different",
    RUIZ_LABEL,
    7,
    (),
)
READY_IN_WIRE = Match(
    "wire.txt",
    *span(WIRE, "We are ready for the vote"),
    "We are ready for the vote",
    None,
    "normalized",
    100.0,
    "same",
    attrs.evolve(RUIZ_LABEL, mention="RUIZ"),
    6,
    (),
)
UNCLOSED = TextWarning(
    "unclosed-quote", "“ opens\na quote that is never closed", *span(STORY, '"Unclosed')
)

REPORT = Report(
    (DRAFT, PAGE, WIRE_DOC, ARTICLE),
    (
        Finding("story.md", NEVER, "altered", 0.8, (ALTERED,), "error"),
        Finding("story.md", CUT, "misattributed", 1.0, (IN_WIRE,), "error"),
        Finding("story.md", TAXES, "uncorroborated", 0.0, (), "warning", suppressed=True),
        Finding("story.md", READY, "corroborated", 1.0, (READY_IN_WIRE,), "info"),
        Finding("page.html", TRUST, "uncorroborated", 0.0, (), "warning"),
    ),
    (
        ("story.md", UNCLOSED),
        ("wire.txt", TextWarning("unopened-quote", "not the draft's", 0, 1)),
    ),
)


def test_the_hand_built_report_points_at_its_files() -> None:
    texts = {document.id: document.text for document in REPORT.documents}
    for finding in REPORT.findings:
        assert texts[finding.doc_id][finding.quote.start : finding.quote.end] == finding.quote.text
        for match in finding.matches:
            assert texts[match.doc_id][match.start : match.end] == match.text
    # The HTML pages: the visible text is mapped back onto the file's own characters.
    places = FilePlaces(REPORT.documents)
    for document, part in ((PAGE, "Trust the process,"), (ARTICLE, NOT.text)):
        where = places.span(document.id, *span(document.text, part))
        assert document.file_text()[where.start : where.end] == part
    assert places.place("page.html", TRUST.start) == "3:11"  # 2:2 in the visible text
    assert places.place("article.html", NOT.start) == "2:11"
    drafts, sources = split_documents(REPORT)
    assert (drafts, sources) == ((DRAFT, PAGE), (WIRE_DOC, ARTICLE))


def test_check_renderers_are_registered() -> None:
    assert dict(CHECK_RENDERERS) == {
        "text": render_check_text,
        "json": render_report_json,
        "github": render_github,
        "sarif": render_sarif,
        "markdown": render_report_markdown,
        "html": render_html,
    }


@pytest.mark.parametrize("name", ["text", "github", "sarif"])
def test_check_renderers_refuse_a_finding_for_an_unknown_document(name: str) -> None:
    report = Report(REPORT.documents[1:], REPORT.findings[:1])
    with pytest.raises(ValueError, match=re.escape("no document with id 'story.md'")):
        CHECK_RENDERERS[name](report)
    if name == "github":
        with pytest.raises(ValueError, match=re.escape("no document with id 'story.md'")):
            github_step_summary(report)


# --- text ---

TEXT = [
    "news/story, draft: 1.md",
    '  3:2  altered         error    Ana Ruiz  "We will never back down, not ever,"',
    "       sources/article.html 2:11  altered  87.5  speaker same (Ruiz)",
    "         - We will never back down, not…",
    "         + We will not back down, not…",
    '  4:2  misattributed   error    Joe Smith  "Cut it 100%:: now, a, b, c,"',
    "       sources/wire.txt 1:11  normalized  100.0  speaker different (Ana Ruiz)  unquoted",
    '  8:2  corroborated    info     Ana Ruiz  "We are ready for the vote,"',
    "       sources/wire.txt 2:7  normalized  100.0  speaker same (Ana Ruiz)  unquoted",
    "  9:1  unclosed-quote  warning  “ opens a quote that is never closed",
    "",
    "site/page.html",
    '  3:11  uncorroborated  warning  Lee  "Trust the process,"',
    "",
    "2 errors, 1 warning, 1 info, 1 suppressed in 2 drafts (2 sources)",
    "1 corroborated, 0 partial, 1 altered, 1 misattributed, 2 uncorroborated, 1 text warning",
]

# Select Graphic Rendition: the only escape sequences the text format writes itself.
SGR = re.compile(r"\x1b\[[0-9;]*m")


def test_text_output() -> None:
    output = render_check_text(REPORT)
    assert output.splitlines() == TEXT
    assert output.endswith("\n")
    assert "\x1b" not in output
    # Suppressed findings are counted, never listed; a source's text warnings are not shown.
    assert "Taxes" not in output
    assert "not the draft's" not in output


def test_text_in_colour_is_the_same_text_with_styles() -> None:
    output = render_check_text(REPORT, color=True)
    assert SGR.sub("", output).splitlines() == TEXT
    lines = output.splitlines()
    assert lines[0] == "\x1b[1;4mnews/story, draft: 1.md\x1b[0m"
    assert "\x1b[1;31maltered       \x1b[0m  \x1b[1;31merror  \x1b[0m" in lines[1]
    assert lines[3].endswith("\x1b[31m- We will never back down, not…\x1b[0m")
    assert lines[4].endswith("\x1b[32m+ We will not back down, not…\x1b[0m")
    assert "\x1b[33mwarning\x1b[0m" in lines[12]
    assert lines[-2].startswith("\x1b[1;31m2 errors\x1b[0m, \x1b[33m1 warning\x1b[0m, 1 info")


def test_text_keeps_control_characters_out_of_the_terminal() -> None:
    words = "ring \x07 \x1b[2J \u202eevil"
    text = f'"{words}" he said.'
    hostile = Quote(words, 1, 1 + len(words), None, None, "utterance", 0)
    report = Report(
        (Document("d\x1b]0;title\x07.md", text),),
        (Finding("d\x1b]0;title\x07.md", hostile, "uncorroborated", 0.0, (), "warning"),),
    )
    plain, styled = render_check_text(report), render_check_text(report, color=True)
    assert "\x1b" not in plain
    for output in (plain, SGR.sub("", styled)):
        assert not re.search("[\x00-\x09\x0b-\x1f\x7f\u202e]", output), output
        assert r'"ring \x07 \x1b[2J \u202eevil"' in output
        assert output.startswith(r"d\x1b]0;title\x07.md")


def test_text_with_nothing_to_list() -> None:
    report = Report(REPORT.documents, REPORT.findings[2:4])  # a suppressed and an info finding
    assert render_check_text(report).splitlines() == [
        "news/story, draft: 1.md",
        '  8:2  corroborated  info     Ana Ruiz  "We are ready for the vote,"',
        "       sources/wire.txt 2:7  normalized  100.0  speaker same (Ana Ruiz)  unquoted",
        "",
        "0 errors, 0 warnings, 1 info, 1 suppressed in 1 draft (3 sources)",
        "1 corroborated, 0 partial, 0 altered, 0 misattributed, 1 uncorroborated",
    ]
    assert render_check_text(Report((), ())).splitlines() == [
        "0 errors, 0 warnings, 0 info, 0 suppressed in 0 drafts (0 sources)",
        "0 corroborated, 0 partial, 0 altered, 0 misattributed, 0 uncorroborated",
    ]


# --- GitHub workflow commands ---

GITHUB = [
    "::error file=news/story%2C draft%3A 1.md,line=3,col=2,endLine=3,endColumn=36,"
    "title=quoteverify%3A altered::altered quote, Ana Ruiz: "
    '"We will never back down, not ever,"; best match sources/article.html:2:11'
    " (altered, score 87.5, speaker same (Ruiz))"
    "%0A- We will never back down, not…%0A+ We will not back down, not…",
    # Over two lines in the file: no end, or the runner would drop the columns.
    "::error file=news/story%2C draft%3A 1.md,line=4,col=2,title=quoteverify%3A misattributed::"
    'misattributed quote, Joe Smith: "Cut it 100%25:: now, a, b, c,"; best match'
    " sources/wire.txt:1:11 (normalized, score 100.0, speaker different (Ana Ruiz),"
    " in unquoted text)",
    "::warning file=site/page.html,line=3,col=11,endLine=3,endColumn=29,"
    'title=quoteverify%3A uncorroborated::uncorroborated quote, Lee: "Trust the process,";'
    " not found in the sources",
    # A problem in a draft's text, at the mark; a source's is not the draft's business.
    "::warning file=news/story%2C draft%3A 1.md,line=9,col=1,endLine=9,endColumn=10,"
    "title=quoteverify%3A unclosed-quote::unclosed-quote: “ opens a quote that is never closed",
]


def parse_command(line: str) -> tuple[str, dict[str, str], str]:
    """Read a workflow command as the Actions runner does: the command name up to a space or
    ``::``, properties split at commas and the first ``=``, then unescaped."""

    def unescape(value: str, *, property_value: bool) -> str:
        pairs = [("%0D", "\r"), ("%0A", "\n")]
        if property_value:
            pairs += [("%3A", ":"), ("%2C", ",")]
        for escaped, plain in [*pairs, ("%25", "%")]:
            value = value.replace(escaped, plain)
        return value

    assert line.startswith("::")
    end = line.index("::", 2)
    head, data = line[2:end], line[end + 2 :]
    command, _, listed = head.partition(" ")
    properties = {}
    for pair in listed.split(",") if listed else []:
        name, _, value = pair.partition("=")
        properties[name] = unescape(value, property_value=True)
    return command, properties, unescape(data, property_value=False)


def test_github_commands() -> None:
    output = render_github(REPORT)
    assert output.splitlines() == GITHUB
    assert output.endswith("\n")
    command, properties, message = parse_command(GITHUB[1])
    assert command == "error"
    assert properties == {
        "file": "news/story, draft: 1.md",
        "line": "4",
        "col": "2",
        "title": "quoteverify: misattributed",
    }
    assert '"Cut it 100%:: now, a, b, c,"' in message
    _, _, altered = parse_command(GITHUB[0])
    assert altered.splitlines()[1:] == [
        "- We will never back down, not…",
        "+ We will not back down, not…",
    ]


def test_github_escaping_follows_the_actions_toolkit() -> None:
    assert escape_data("%25 50% \r\n::a,b:c") == "%2525 50%25 %0D%0A::a,b:c"
    assert escape_property("%25 50% \r\n::a,b:c") == "%2525 50%25 %0D%0A%3A%3Aa%2Cb%3Ac"


@pytest.mark.parametrize(
    "words",
    [
        "50%0A of it,\n::error file=x.md::forged",
        "a,b:c %2C\r\n::warning::two",
        "line one\u2028line two\x1b[31m red",
    ],
)
def test_github_quote_text_cannot_break_out_of_its_command(words: str) -> None:
    text = f'"{words}" Ana Ruiz said.'
    hostile = Quote(words, 1, 1 + len(words), RUIZ, None, "utterance", 0)
    path = "odd, name: %0A.md"
    report = Report(
        (Document("odd.md", text, path),),
        (Finding("odd.md", hostile, "uncorroborated", 0.0, (), "error"),),
    )
    output = render_github(report)
    assert output.count("\n") == 1
    assert "\r" not in output
    assert "\x1b" not in output
    (line,) = output.splitlines()
    command, properties, message = parse_command(line)
    assert command == "error"
    assert properties["file"] == path
    ends = {"endLine", "endColumn"} if "\n" not in words else set()  # only on one line
    assert set(properties) == {"file", "line", "col", "title", *ends}
    assert "\n" not in message  # the quote is put on one line before it is escaped
    assert message.startswith("uncorroborated quote, Ana Ruiz: ")


def test_github_leaves_out_info_and_suppressed_findings() -> None:
    assert render_github(Report(REPORT.documents, REPORT.findings[2:4])) == ""


# --- GitHub step summary ---

SUMMARY = [
    "## quoteverify: 2 errors, 1 warning, 1 info, 1 suppressed in 2 drafts (2 sources)",
    "",
    "1 corroborated, 0 partial, 1 altered, 1 misattributed, 2 uncorroborated, 1 text warning",
    "",
    "| draft | errors | warnings | info | suppressed |",
    "| :-- | --: | --: | --: | --: |",
    "| news/story, draft: 1.md | 2 | 0 | 1 | 1 |",
    "| site/page.html | 0 | 1 | 0 | 0 |",
    "| **total** | 2 | 1 | 1 | 1 |",
    "",
    "### Errors and warnings",
    "",
    '- **error**, **altered** at news/story, draft: 1.md 3:2, Ana Ruiz: "We will never back'
    ' down, not ever,"',
    "  - best match sources/article.html 2:11: altered, score 87.5, speaker same (Ruiz)",
    "    ```diff",
    "    - We will never back down, not…",
    "    + We will not back down, not…",
    "    ```",
    "- **error**, **misattributed** at news/story, draft: 1.md 4:2, Joe Smith:"
    ' "Cut it 100%:: now, a, b, c,"',
    "  - best match sources/wire.txt 1:11: normalized, score 100.0, speaker different"
    " (Ana Ruiz), in unquoted text",
    '- **warning**, **uncorroborated** at site/page.html 3:11, Lee: "Trust the process,"',
    "  - not found in the sources",
    "- **warning**, **unclosed-quote** at news/story, draft: 1.md 9:1:"
    " “ opens a quote that is never closed",
]


def test_github_step_summary() -> None:
    assert github_step_summary(REPORT).splitlines() == SUMMARY


def many_warnings(count: int) -> Report:
    text = "\n".join(f'"Quote number {n} here," she said.' for n in range(count))
    quotes = [quote(Document("d", text), f"Quote number {n} here,", None, n) for n in range(count)]
    return Report(
        (Document("d", text, "drafts/d.md"),),
        tuple(Finding("d", q, "uncorroborated", 0.0, (), "warning") for q in quotes),
    )


def test_github_step_summary_lists_more_than_ten_annotations() -> None:
    summary = github_step_summary(many_warnings(25))
    listed = re.findall(
        r"^- \*\*warning\*\*, \*\*uncorroborated\*\* at drafts/d.md (\d+):2,",
        summary,
        flags=re.MULTILINE,
    )
    assert listed == [str(n) for n in range(1, 26)]


def test_github_step_summary_stays_under_the_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    full = github_step_summary(many_warnings(40))
    limit = len(full.encode("utf-8")) // 2
    monkeypatch.setattr("quoteverify.render.github.SUMMARY_LIMIT", limit)
    cut = github_step_summary(many_warnings(40))
    assert len(cut.encode("utf-8")) < limit
    shown = cut.count("- **warning**")
    assert 0 < shown < 40
    assert cut.rstrip().splitlines()[-1].startswith(f"…and {40 - shown} more errors or warnings,")


def test_github_step_summary_without_problems() -> None:
    summary = github_step_summary(Report(REPORT.documents, REPORT.findings[2:4]))
    assert summary.endswith("\n\nNo errors or warnings.\n")
    assert "| news/story, draft: 1.md | 0 | 0 | 1 | 1 |" in summary


# --- SARIF ---

# The objects of the SARIF 2.1.0 schema (sarif-schema-2.1.0.json, OASIS) that a check log uses:
# for each, its required properties and every property the schema allows (all these objects
# have "additionalProperties": false), with the type of those whose values are checked here.
# Values: "string", "integer" (>= the minimum given as ("integer", minimum)), a definition name,
# ["list of", item], ("enum", values).
SARIF_OBJECTS: dict[str, tuple[set[str], dict[str, Any]]] = {
    "sarifLog": (
        {"version", "runs"},
        {
            "$schema": "string",
            "version": ("enum", {"2.1.0"}),
            "runs": ["list of", "run"],
            "inlineExternalProperties": None,
            "properties": None,
        },
    ),
    "run": (
        {"tool"},
        {
            "tool": "tool",
            "results": ["list of", "result"],
            "columnKind": ("enum", {"utf16CodeUnits", "unicodeCodePoints"}),
            **dict.fromkeys(
                "invocations conversion language versionControlProvenance originalUriBaseIds"
                " artifacts logicalLocations graphs automationDetails runAggregates baselineGuid"
                " redactionTokens defaultEncoding defaultSourceLanguage newlineSequences"
                " externalPropertyFileReferences threadFlowLocations taxonomies addresses"
                " translations policies webRequests webResponses specialLocations"
                " properties".split()
            ),
        },
    ),
    "tool": ({"driver"}, {"driver": "toolComponent", "extensions": None, "properties": None}),
    "toolComponent": (
        {"name"},
        {
            "name": "string",
            "version": "string",
            "informationUri": "string",
            "rules": ["list of", "reportingDescriptor"],
            **dict.fromkeys(
                "guid organization product productSuite shortDescription fullDescription"
                " fullName semanticVersion dottedQuadFileVersion releaseDateUtc downloadUri"
                " globalMessageStrings notifications taxa locations language contents"
                " isComprehensive localizedDataSemanticVersion"
                " minimumRequiredLocalizedDataSemanticVersion associatedComponent"
                " translationMetadata supportedTaxonomies properties".split()
            ),
        },
    ),
    "reportingDescriptor": (
        {"id"},
        {
            "id": "string",
            "name": "string",
            "shortDescription": "multiformatMessageString",
            "fullDescription": "multiformatMessageString",
            "defaultConfiguration": "reportingConfiguration",
            **dict.fromkeys(
                "deprecatedIds guid deprecatedGuids deprecatedNames messageStrings helpUri help"
                " relationships properties".split()
            ),
        },
    ),
    "multiformatMessageString": (
        {"text"},
        {"text": "string", "markdown": "string", "properties": None},
    ),
    "reportingConfiguration": (
        set(),
        {
            "level": ("enum", {"none", "note", "warning", "error"}),
            "enabled": None,
            "rank": None,
            "parameters": None,
            "properties": None,
        },
    ),
    "result": (
        {"message"},
        {
            "ruleId": "string",
            "ruleIndex": ("integer", -1),
            "level": ("enum", {"none", "note", "warning", "error"}),
            "kind": ("enum", {"notApplicable", "pass", "fail", "review", "open", "informational"}),
            "message": "message",
            "locations": ["list of", "location"],
            "relatedLocations": ["list of", "location"],
            "suppressions": ["list of", "suppression"],
            **dict.fromkeys(
                "rule analysisTarget guid correlationGuid occurrenceCount partialFingerprints"
                " fingerprints stacks codeFlows graphs graphTraversals baselineState rank"
                " attachments hostedViewerUri workItemUris provenance fixes taxa webRequest"
                " webResponse properties".split()
            ),
        },
    ),
    "message": (
        set(),  # anyOf: text or id, checked below
        {
            "text": "string",
            "id": "string",
            "markdown": "string",
            "arguments": None,
            "properties": None,
        },
    ),
    "location": (
        set(),
        {
            "id": ("integer", -1),
            "physicalLocation": "physicalLocation",
            "message": "message",
            **dict.fromkeys("logicalLocations annotations relationships properties".split()),
        },
    ),
    "physicalLocation": (
        set(),  # anyOf: address or artifactLocation, checked below
        {
            "artifactLocation": "artifactLocation",
            "region": "region",
            **dict.fromkeys("address contextRegion properties".split()),
        },
    ),
    "artifactLocation": (
        set(),
        {"uri": "string", **dict.fromkeys("uriBaseId index description properties".split())},
    ),
    "region": (
        set(),  # anyOf: startLine, charOffset or byteOffset, checked below
        {
            "startLine": ("integer", 1),
            "startColumn": ("integer", 1),
            "endLine": ("integer", 1),
            "endColumn": ("integer", 1),
            "charOffset": ("integer", -1),
            "charLength": ("integer", 0),
            "snippet": "artifactContent",
            **dict.fromkeys("byteOffset byteLength message sourceLanguage properties".split()),
        },
    ),
    "artifactContent": (
        set(),
        {"text": "string", "binary": "string", "rendered": None, "properties": None},
    ),
    "suppression": (
        {"kind"},
        {
            "kind": ("enum", {"inSource", "external"}),
            "state": ("enum", {"accepted", "underReview", "rejected"}),
            **dict.fromkeys("guid justification location properties".split()),
        },
    ),
}

# An RFC 3986 URI reference: only these characters, and "%" only before two hex digits.
URI_REFERENCE = re.compile(r"(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*")


def check_sarif(value: Any, kind: Any, where: str = "sarifLog") -> None:
    """Fail unless ``value`` is a valid ``kind`` (a name in SARIF_OBJECTS or a value type)."""
    if kind is None:
        return
    if kind == "string":
        assert isinstance(value, str), where
    elif isinstance(kind, tuple) and kind[0] == "integer":
        assert isinstance(value, int) and not isinstance(value, bool), where
        assert value >= kind[1], where
    elif isinstance(kind, tuple) and kind[0] == "enum":
        assert value in kind[1], (where, value)
    elif isinstance(kind, list):
        assert isinstance(value, list), where
        for n, item in enumerate(value):
            check_sarif(item, kind[1], f"{where}[{n}]")
    else:
        required, allowed = SARIF_OBJECTS[kind]
        assert isinstance(value, dict), where
        assert required <= set(value), (where, required - set(value))
        assert set(value) <= set(allowed), (where, set(value) - set(allowed))
        for name, item in value.items():
            check_sarif(item, allowed[name], f"{where}.{name}")
        if kind == "message":
            assert "text" in value or "id" in value, where
        if kind == "physicalLocation":
            assert "artifactLocation" in value or "address" in value, where
        if kind == "artifactLocation" and "uri" in value:
            assert URI_REFERENCE.fullmatch(value["uri"]), (where, value["uri"])
        if kind == "region":
            assert {"startLine", "charOffset", "byteOffset"} & set(value), where
            end = (value.get("endLine", value["startLine"]), value.get("endColumn", 1))
            if "endLine" in value and value["endLine"] == value["startLine"]:
                assert end[1] >= value.get("startColumn", 1), where
            assert end[0] >= value["startLine"], where


def test_sarif_is_valid_against_the_schema() -> None:
    log = json.loads(render_sarif(REPORT))
    check_sarif(log, "sarifLog")
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("quoteverify", quoteverify.__version__)
    assert [rule["id"] for rule in driver["rules"]] == [
        *STATUSES, "unclosed-quote", "unopened-quote"
    ]
    assert {rule["id"]: rule["defaultConfiguration"]["level"] for rule in driver["rules"]} == {
        "corroborated": "note",
        "partial": "note",
        "altered": "error",
        "misattributed": "error",
        "uncorroborated": "warning",
        "unclosed-quote": "warning",
        "unopened-quote": "warning",
    }
    for result in run["results"]:
        # ruleIndex points at the rule with that ruleId.
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        # Every embedded link points at exactly one related location.
        for target in re.findall(r"\]\((\d+)\)", result["message"]["text"]):
            ids = [location.get("id") for location in result.get("relatedLocations", [])]
            assert ids.count(int(target)) == 1


def test_sarif_results() -> None:
    (run,) = sarif_log(REPORT)["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    results = run["results"]
    # The corroborated quote (info) is left out; the suppressed one is kept, marked.
    assert [(r["ruleId"], r["level"], "suppressions" in r) for r in results] == [
        ("altered", "error", False),
        ("misattributed", "error", False),
        ("uncorroborated", "warning", True),
        ("uncorroborated", "warning", False),
        ("unclosed-quote", "warning", False),
    ]
    assert results[2]["suppressions"] == [{"kind": "inSource"}]
    altered = results[0]
    assert altered["message"]["text"] == (
        'altered quote, Ana Ruiz: "We will never back down, not ever,"; best match'
        " [sources/article.html:2:11](1) (altered, score 87.5, speaker same (Ruiz));"
        ' "We will never back down, not…" -> source has "We will not back down, not…"'
    )
    assert altered["locations"] == [
        {
            "physicalLocation": {
                "artifactLocation": {
                    "uri": "news/story%2C%20draft%3A%201.md",
                    "uriBaseId": "%SRCROOT%",
                },
                "region": {
                    "startLine": 3,
                    "startColumn": 2,
                    "endLine": 3,
                    "endColumn": 36,
                    "snippet": {"text": "We will never back down, not ever,"},
                },
            }
        }
    ]
    # The best match, in an HTML page: its place in the file, entities and all.
    assert altered["relatedLocations"] == [
        {
            "id": 1,
            "physicalLocation": {
                "artifactLocation": {"uri": "sources/article.html", "uriBaseId": "%SRCROOT%"},
                "region": {
                    "startLine": 2,
                    "startColumn": 11,
                    "endLine": 2,
                    "endColumn": 43,
                    "snippet": {"text": "We will not back down, not ever,"},
                },
            },
            "message": {"text": "best match: altered, score 87.5, speaker same (Ruiz)"},
        }
    ]
    # Over two lines; the snippet is the file's own text.
    region = results[1]["locations"][0]["physicalLocation"]["region"]
    assert region == {
        "startLine": 4,
        "startColumn": 2,
        "endLine": 5,
        "endColumn": 9,
        "snippet": {"text": "Cut it 100%:: now,\na, b, c,"},
    }
    # A draft that is an HTML page: 2:2 in its visible text, 3:11 in the file.
    page = results[3]["locations"][0]["physicalLocation"]
    assert page["artifactLocation"] == {"uri": "site/page.html", "uriBaseId": "%SRCROOT%"}
    assert (page["region"]["startLine"], page["region"]["startColumn"]) == (3, 11)
    assert (page["region"]["endLine"], page["region"]["endColumn"]) == (3, 29)
    assert "relatedLocations" not in results[3]


def test_sarif_is_utf8_and_deterministic() -> None:
    output = render_sarif(REPORT)
    assert output == render_sarif(REPORT)
    assert output.endswith("}\n")
    assert "not…" in output  # non-ASCII written as itself
    assert output.startswith('{\n  "$schema": ')  # two-space indent


def test_sarif_messages_escape_what_sarif_reads_as_syntax() -> None:
    words = "the {0} budget [sic]"
    text = f'"{words}" she said.'
    odd = Quote(words, 1, 1 + len(words), None, None, "utterance", 0)
    wire = Document("w[1].txt", words, "in\\[1].txt")
    match = Match("w[1].txt", 0, len(words), words, None, "exact", 100.0, "unknown", None, 4, ())
    report = Report(
        (Document("d.md", text), wire),
        (Finding("d.md", odd, "altered", 1.0, (match,), "error"),),
    )
    (result,) = sarif_log(report)["runs"][0]["results"]
    # Braces doubled (a single one would start a placeholder); brackets and backslashes in
    # the link text escaped.
    assert result["message"]["text"] == (
        'altered quote, (no speaker): "the {{0}} budget [sic]"; best match'
        r" [in\\\[1\].txt:1:1](1) (exact, score 100.0, speaker unknown, in unquoted text)"
    )


def test_sarif_uris() -> None:
    assert artifact_uri("drafts/story.md") == "drafts/story.md"
    assert artifact_uri("drafts/my story, 1.md") == "drafts/my%20story%2C%201.md"
    assert artifact_uri("drafts/café.md") == "drafts/caf%C3%A9.md"
    assert artifact_uri("/srv/news/a b.md") == "file:///srv/news/a%20b.md"
    assert artifact_uri("corpus.jsonl:12") == "corpus.jsonl%3A12"  # not a "corpus.jsonl:" URI
    assert artifact_uri("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for path in ("a:b.md", "x%y.md", "[draft].md", "ü/ß.md"):
        assert URI_REFERENCE.fullmatch(artifact_uri(path)), path


def test_sarif_against_the_official_schema_when_available() -> None:
    """Full validation, when ``jsonschema`` is installed and ``QUOTEVERIFY_SARIF_SCHEMA`` names a
    copy of sarif-schema-2.1.0.json (no network: the schema is not fetched)."""
    schema_path = os.environ.get("QUOTEVERIFY_SARIF_SCHEMA")
    if not schema_path or not Path(schema_path).is_file():
        pytest.skip("set QUOTEVERIFY_SARIF_SCHEMA to a local sarif-schema-2.1.0.json")
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(Path(schema_path).read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(render_sarif(REPORT)), schema)
