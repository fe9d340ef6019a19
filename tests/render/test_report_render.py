"""Report renderers, on reports built by hand so the tests do not depend on the matching engine.

The documents are hostile on purpose: HTML, backticks (longer runs than a Markdown fence),
pipes, newlines inside quotes, control characters and a pipe in a document id.
"""

from __future__ import annotations

import json
import re
from typing import Any

import attrs
import pytest
from helpers import DOCS, span
from hypothesis import given
from hypothesis import strategies as st

from quoteverify.model import (
    STATUSES,
    Cue,
    Document,
    Finding,
    Hunk,
    Match,
    Quote,
    Relation,
    Report,
    Speaker,
    TextWarning,
)
from quoteverify.render import REPORT_RENDERERS
from quoteverify.render.diff import diff_lines, match_diff_lines
from quoteverify.render.findings_jsonl import render_findings_jsonl
from quoteverify.render.html import render_html
from quoteverify.render.markdown import escape, fenced, render_report_markdown
from quoteverify.render.report_json import render_report_json, report_to_json
from quoteverify.render.report_text import clean, render_report_text

DRAFT = (
    'Officials said "<script>alert(1)</script> | *pipes*" today.\n'
    "“We will never ```` | back down, not ever,” said Ana Ruiz.\n"
    "“Cut\n\nit,” she said. \x1b[31m\n"
    '"unclosed'
)
WIRE = (
    'Ruiz spoke.\r\n"We will not ```` | back down, not ever," Ruiz said.\nRUIZ: Cut it, she said.'
)


def quote(text: str, part: str, speaker: Speaker | None, utterance: int) -> Quote:
    return Quote(
        part, *span(text, part), speaker=speaker, cue=None, kind="utterance", utterance=utterance
    )


RUIZ = Speaker("Ana Ruiz", "Ana Ruiz", *span(DRAFT, "Ana Ruiz"))
RUIZ_WIRE = Speaker("Ruiz", "Ruiz", *span(WIRE, "Ruiz", after=15), resolved_by="surname")
LABEL = Speaker("Ruiz", "RUIZ", *span(WIRE, "RUIZ"), resolved_by="label")
SMITH = Speaker("Joe Smith", "Smith", 0, 0)

SCRIPT = quote(DRAFT, "<script>alert(1)</script> | *pipes*", None, 0)
NEVER = attrs.evolve(
    quote(DRAFT, "We will never ```` | back down, not ever,", RUIZ, 1),
    cue=Cue("said", *span(DRAFT, "said", after=60)),
)
CUT = quote(DRAFT, "Cut\n\nit,", attrs.evolve(RUIZ, mention="she", resolved_by="pronoun"), 2)
NOT = quote(WIRE, "We will not ```` | back down, not ever,", RUIZ_WIRE, 0)


def hunk(op: str, this: str, other: str, this_after: int = 0, other_after: int = 0) -> Hunk:
    this_span = span(DRAFT, this, after=this_after) if this else (this_after, this_after)
    other_span = span(WIRE, other, after=other_after) if other else (other_after, other_after)
    return Hunk(op, this, other, this_span, other_span)  # type: ignore[arg-type]


ALTERED_DIFF = (
    hunk("equal", "We will", "We will"),
    hunk("replace", "never", "not"),
    hunk("equal", "```` | back down, not ever,", "```` | back down, not ever,"),
)
ALTERED = Match(
    "wire.txt",
    NOT.start,
    NOT.end,
    NOT.text,
    NOT,
    "altered",
    87.5,
    "same",
    RUIZ_WIRE,
    8,
    ALTERED_DIFF,
)
IN_TRANSCRIPT = Match(
    "wire.txt",
    *span(WIRE, "Cut it,"),
    "Cut it,",
    None,
    "normalized",
    100.0,
    "same",
    LABEL,
    2,
    (
        Hunk("insert", "", "RUIZ:", (CUT.start, CUT.start), span(WIRE, "RUIZ:")),
        Hunk("equal", "Cut\n\nit,", "Cut it,", (CUT.start, CUT.end), span(WIRE, "Cut it,")),
        Hunk("insert", "", "she said.", (CUT.end, CUT.end), span(WIRE, "she said.")),
    ),
)
MISATTRIBUTED = Match(
    "draft|1.md",
    NEVER.start,
    NEVER.end,
    NEVER.text,
    NEVER,
    "altered",
    87.5,
    "different",
    SMITH,
    8,
    tuple(Hunk(h.op, h.other_text, h.this_text, h.other_span, h.this_span) for h in ALTERED_DIFF),
)
UNCLOSED = TextWarning(
    "unclosed-quote", "“ opens\na quote that is <b>never</b> closed", *span(DRAFT, '"unclosed')
)

DOCUMENTS = (
    Document("draft|1.md", DRAFT, "news/draft|1.md"),
    Document("wire.txt", WIRE, "wire.txt"),
    Document("empty", "", None),
)
REPORT = Report(
    DOCUMENTS,
    (
        Finding("draft|1.md", SCRIPT, "uncorroborated", 0.0, ()),
        Finding("draft|1.md", NEVER, "altered", 0.875, (ALTERED,)),
        Finding("draft|1.md", CUT, "corroborated", 1.0, (IN_TRANSCRIPT,) * 4),
        Finding("wire.txt", NOT, "misattributed", 0.875, (attrs.evolve(MISATTRIBUTED),)),
    ),
    (("draft|1.md", UNCLOSED),),
)


def test_the_hand_built_report_points_at_its_text() -> None:
    texts = {document.id: document.text for document in REPORT.documents}
    for finding in REPORT.findings:
        assert texts[finding.doc_id][finding.quote.start : finding.quote.end] == finding.quote.text
        for match in finding.matches:
            assert texts[match.doc_id][match.start : match.end] == match.text
            for step in match.diff:
                assert texts[finding.doc_id][slice(*step.this_span)] == step.this_text
                assert texts[match.doc_id][slice(*step.other_span)] == step.other_text


def test_report_renderers_are_registered() -> None:
    assert dict(REPORT_RENDERERS) == {
        "text": render_report_text,
        "json": render_report_json,
        "jsonl": render_findings_jsonl,
        "markdown": render_report_markdown,
        "html": render_html,
    }


# --- text ---


def test_text_output() -> None:
    assert render_report_text(REPORT).splitlines() == [
        "draft|1.md  (news/draft|1.md)",
        '  1:17  uncorroborated  (no speaker)  "<script>alert(1)</script> | *pipes*"',
        '  2:2   altered         Ana Ruiz  "We will never ```` | back down, not ever,"',
        "        -> wire.txt 2:2  altered  87.5  speaker same (Ruiz)",
        "             - We will never ```` | back…",
        "             + We will not ```` | back…",
        '  3:2   corroborated    Ana Ruiz  "Cut it,"',
        "        -> wire.txt 3:7  normalized  100.0  speaker same (Ruiz)  unquoted",
        "        -> wire.txt 3:7  normalized  100.0  speaker same (Ruiz)  unquoted",
        "        -> wire.txt 3:7  normalized  100.0  speaker same (Ruiz)  unquoted",
        "           and 1 more match",
        "  6:1   warning         unclosed-quote: “ opens a quote that is <b>never</b> closed",
        "",
        "wire.txt",
        '  2:2  misattributed  Ruiz  "We will not ```` | back down, not ever,"',
        "       -> draft|1.md 2:2  altered  87.5  speaker different (Joe Smith)",
        "            - We will not ```` | back…",
        "            + We will never ```` | back…",
        "",
        "empty",
        "  no quotes",
        "",
        "3 documents, 4 quotes, 1 warning",
        "1 corroborated, 0 partial, 1 altered, 1 misattributed, 1 uncorroborated",
    ]


def test_text_keeps_control_characters_out_of_the_terminal() -> None:
    bell = Quote("ring \x07 \x1b[2J \u202eevil", 0, 0, None, None, "utterance", 0)
    report = Report(DOCUMENTS[:1], (Finding("draft|1.md", bell, "uncorroborated", 0.0, ()),))
    output = render_report_text(report)
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f\u202e]", output)
    assert r'"ring \x07 \x1b[2J \u202eevil"' in output


def test_text_shortens_long_quotes_to_one_line() -> None:
    words = " ".join(f"word{n}" for n in range(60))
    long_quote = Quote(words, 0, len(words), None, None, "utterance", 0)
    output = render_report_text(
        Report((Document("d", words),), (Finding("d", long_quote, "partial", 0.5, ()),))
    )
    line = output.splitlines()[1]
    shown = line[line.index('"') + 1 : -1]
    assert shown.endswith("…")
    assert len(shown) <= 80
    assert words.startswith(shown[:-1])


# --- JSON ---


def test_json_structure() -> None:
    data = json.loads(render_report_json(REPORT))
    assert list(data) == ["version", "tool", "kind", "counts", "documents", "findings", "warnings"]
    assert (data["version"], data["tool"], data["kind"]) == (1, "quoteverify", "report")
    assert data["counts"] == REPORT.counts()
    assert list(data["counts"]) == list(STATUSES)
    assert data["documents"] == [
        {"id": "draft|1.md", "source": "news/draft|1.md", "date": None},
        {"id": "wire.txt", "source": "wire.txt", "date": None},
        {"id": "empty", "source": None, "date": None},
    ]
    altered = data["findings"][1]
    assert list(altered) == [
        "doc_id", "line", "column", "status", "coverage", "severity", "suppressed", "quote",
        "matches",
    ]
    assert (altered["doc_id"], altered["line"], altered["column"]) == ("draft|1.md", 2, 2)
    assert altered["quote"]["text"] == NEVER.text
    assert NEVER.cue is not None
    assert altered["quote"]["cue"] == {
        "text": "said",
        "start": NEVER.cue.start,
        "end": NEVER.cue.end,
    }
    [match] = altered["matches"]
    assert (match["doc_id"], match["line"], match["column"]) == ("wire.txt", 2, 2)
    assert match["diff"][1] == {
        "op": "replace",
        "kind": None,
        "this_text": "never",
        "other_text": "not",
        "this_span": list(span(DRAFT, "never")),
        "other_span": list(span(WIRE, "not")),
    }
    transcript = data["findings"][2]["matches"][0]
    assert transcript["quote"] is None
    assert transcript["other_speaker"]["resolved_by"] == "label"
    assert data["warnings"] == [
        {
            "doc_id": "draft|1.md",
            "line": 6,
            "column": 1,
            "code": "unclosed-quote",
            "message": UNCLOSED.message,
            "start": UNCLOSED.start,
            "end": UNCLOSED.end,
        }
    ]


@pytest.mark.parametrize(
    ("record", "path"),
    [
        (REPORT.findings[1], ("findings", 1)),
        (ALTERED, ("findings", 1, "matches", 0)),
        (ALTERED_DIFF[1], ("findings", 1, "matches", 0, "diff", 1)),
        (NEVER, ("findings", 1, "quote")),
        (RUIZ_WIRE, ("findings", 1, "matches", 0, "other_speaker")),
        (UNCLOSED, ("warnings", 0)),
        (DOCUMENTS[0], ("documents", 0)),
    ],
)
def test_json_has_every_field_of_every_record(
    record: attrs.AttrsInstance, path: tuple[str | int, ...]
) -> None:
    """Fails when a field is added to a record and not to the report format (or the reverse)."""
    node: Any = report_to_json(REPORT)
    for part in path:
        node = node[part]
    fields = set(attrs.fields_dict(type(record)))
    added = {"line", "column", "doc_id"} - fields  # positions, and which document a record is in
    if isinstance(record, Document):
        # The text is the input, and the origin (an HTML file's text) with it: not repeated.
        fields -= {"text", "origin"}
        added = set()
    assert set(node) - added == fields


def test_json_numbers_are_floats_and_spans_are_on_one_line() -> None:
    whole = attrs.evolve(ALTERED, score=90)
    report = Report(DOCUMENTS, (attrs.evolve(REPORT.findings[1], matches=(whole,), coverage=1),))
    output = render_report_json(report)
    assert '"score": 90.0,' in output
    assert '"coverage": 1.0,' in output
    this, other = ALTERED_DIFF[0].this_span, ALTERED_DIFF[0].other_span
    assert f'"this_span": [{this[0]}, {this[1]}],' in output
    assert f'"other_span": [{other[0]}, {other[1]}]\n' in output
    assert json.loads(output)["findings"][0]["matches"][0]["score"] == 90.0


def test_json_is_utf8_and_deterministic() -> None:
    output = render_report_json(REPORT)
    assert "“Cut" not in output  # the quote's marks are not part of it
    assert "“ opens" in output  # but non-ASCII text is written as itself
    assert output.endswith("}\n")
    assert output == render_report_json(REPORT)


def test_json_of_an_empty_report() -> None:
    assert json.loads(render_report_json(Report((), ()))) == {
        "version": 1,
        "tool": "quoteverify",
        "kind": "report",
        "counts": dict.fromkeys(STATUSES, 0),
        "documents": [],
        "findings": [],
        "warnings": [],
    }


def test_renderers_refuse_a_finding_for_an_unknown_document() -> None:
    report = Report(DOCUMENTS[1:], REPORT.findings[:1])
    for render in REPORT_RENDERERS.values():
        with pytest.raises(ValueError, match=re.escape("no document with id 'draft|1.md'")):
            render(report)


# --- the example in docs/report-format.md ---


def _code_block(markdown: str, language: str) -> str:
    [block] = re.findall(rf"^```{language}\n(.*?)^```$", markdown, flags=re.MULTILINE | re.DOTALL)
    return str(block)


def _speaker(data: dict[str, Any] | None) -> Speaker | None:
    return None if data is None else Speaker(**data)


def _quote(data: dict[str, Any] | None) -> Quote | None:
    if data is None:
        return None
    cue = data["cue"] and Cue(**data["cue"])
    return Quote(**{**data, "speaker": _speaker(data["speaker"]), "cue": cue})


def _required(found: Quote | None) -> Quote:
    assert found is not None
    return found


def _report_from_json(data: dict[str, Any], texts: dict[str, str]) -> Report:
    def match(item: dict[str, Any]) -> Match:
        fields = {key: value for key, value in item.items() if key not in ("line", "column")}
        diff = tuple(
            Hunk(**{**h, "this_span": tuple(h["this_span"]), "other_span": tuple(h["other_span"])})
            for h in item["diff"]
        )
        return Match(
            **{
                **fields,
                "quote": _quote(item["quote"]),
                "other_speaker": _speaker(item["other_speaker"]),
                "diff": diff,
            }
        )

    findings = tuple(
        Finding(
            f["doc_id"],
            _required(_quote(f["quote"])),
            f["status"],
            f["coverage"],
            tuple(match(m) for m in f["matches"]),
            f["severity"],
            f["suppressed"],
        )
        for f in data["findings"]
    )
    documents = tuple(Document(d["id"], texts[d["id"]], d["source"]) for d in data["documents"])
    warnings = tuple(
        (w["doc_id"], TextWarning(w["code"], w["message"], w["start"], w["end"]))
        for w in data["warnings"]
    )
    return Report(documents, findings, warnings)


def test_report_format_example_is_what_the_renderer_writes() -> None:
    markdown = (DOCS / "report-format.md").read_text(encoding="utf-8")
    corpus = [json.loads(line) for line in _code_block(markdown, "jsonl").splitlines()]
    texts = {line["id"]: line["text"] for line in corpus}
    example = _code_block(markdown, "json")
    data = json.loads(example)
    report = _report_from_json(data, texts)
    # Same text means the same fields, in the same order, formatted the same way.
    assert render_report_json(report) == example

    for finding, finding_data in zip(report.findings, data["findings"], strict=True):
        text = texts[finding.doc_id]
        assert text[finding.quote.start : finding.quote.end] == finding.quote.text
        line, column = finding_data["line"], finding_data["column"]
        assert text.split("\n")[line - 1][column - 1 :].startswith(finding.quote.text)
        for match in finding.matches:
            other = texts[match.doc_id]
            assert other[match.start : match.end] == match.text
            for step in match.diff:
                assert text[slice(*step.this_span)] == step.this_text
                assert other[slice(*step.other_span)] == step.other_text
            if match.other_speaker is not None:
                speaker = match.other_speaker
                assert other[speaker.start : speaker.end] == speaker.mention


# --- Markdown ---


def test_markdown_output() -> None:
    output = render_report_markdown(REPORT)
    assert output.splitlines() == [
        "## quoteverify: 4 quotes in 3 documents",
        "",
        "| document | corroborated | partial | altered | misattributed | uncorroborated |",
        "| :-- | --: | --: | --: | --: | --: |",
        "| draft\\|1.md | 1 | 0 | 1 | 0 | 1 |",
        "| wire.txt | 0 | 0 | 0 | 1 | 0 |",
        "| empty | 0 | 0 | 0 | 0 | 0 |",
        "| **total** | 1 | 0 | 1 | 1 | 1 |",
        "",
        "### draft\\|1.md",
        "",
        '- **altered** at 2:2, Ana Ruiz: "We will never \\`\\`\\`\\` \\| back down, not ever,"',
        "  - wire.txt 2:2: altered, score 87.5, speaker same (Ruiz)",
        "    `````diff",
        "    - We will never ```` | back…",
        "    + We will not ```` | back…",
        "    `````",
        '- **uncorroborated** at 1:17, (no speaker): "\\<script\\>alert(1)\\</script\\> \\|'
        ' \\*pipes\\*"',
        "",
        "<details>",
        "<summary>1 corroborated or partial quote</summary>",
        "",
        '- **corroborated** at 3:2, Ana Ruiz: "Cut it,"',
        "  - wire.txt 3:7: normalized, score 100.0, speaker same (Ruiz), in unquoted text",
        "  - wire.txt 3:7: normalized, score 100.0, speaker same (Ruiz), in unquoted text",
        "  - wire.txt 3:7: normalized, score 100.0, speaker same (Ruiz), in unquoted text",
        "  - and 1 more match",
        "",
        "</details>",
        "",
        "Text warnings:",
        "",
        "- 6:1 unclosed-quote: “ opens a quote that is \\<b\\>never\\</b\\> closed",
        "",
        "### wire.txt",
        "",
        '- **misattributed** at 2:2, Ruiz: "We will not \\`\\`\\`\\` \\| back down, not ever,"',
        "  - draft\\|1.md 2:2: altered, score 87.5, speaker different (Joe Smith)",
        "    `````diff",
        "    - We will not ```` | back…",
        "    + We will never ```` | back…",
        "    `````",
        "",
        "### empty",
        "",
        "No quotes.",
    ]


def test_markdown_with_nothing_to_attend_to() -> None:
    report = Report(DOCUMENTS, REPORT.findings[2:3])
    output = render_report_markdown(report)
    assert "### draft\\|1.md\n\nNo quote needs attention.\n\n<details>" in output


@given(st.text(alphabet="`~ab\n|<>*_", max_size=40), st.text(alphabet="`~ab", max_size=20))
def test_fence_cannot_be_closed_by_the_text(this: str, other: str) -> None:
    lines = [f"- {clean(this)}", f"+ {clean(other)}"]
    opening, *body, closing = fenced(lines, "diff")
    fence = opening.removesuffix("diff")
    assert closing == fence
    assert set(fence) == {"`"}
    assert len(fence) >= 3
    assert body == lines
    for line in body:
        assert "\n" not in line
        assert all(len(run) < len(fence) for run in re.findall("`+", line))


@given(st.text(max_size=60))
def test_escaped_text_is_one_line_without_live_markup(text: str) -> None:
    escaped = escape(text)
    assert "\n" not in escaped
    assert "\r" not in escaped
    # Every markup character is preceded by an odd number of backslashes: it is literal.
    for found in re.finditer(r"[`*_\[\]<>#|~&$]", escaped):
        backslashes = len(escaped[: found.start()]) - len(escaped[: found.start()].rstrip("\\"))
        assert backslashes % 2 == 1, (text, escaped)


def test_markdown_renders_as_intended_on_github() -> None:
    # GitHub's own Markdown parser, when installed (pip install cmarkgfm).
    cmarkgfm = pytest.importorskip("cmarkgfm")
    unsafe = pytest.importorskip("cmarkgfm.cmark").Options.CMARK_OPT_UNSAFE  # keep raw HTML
    html = cmarkgfm.github_flavored_markdown_to_html(render_report_markdown(REPORT), options=unsafe)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>" not in html
    # The summary table keeps its six columns: the pipe in "draft|1.md" is text.
    for row in re.findall(r"<tr>(.*?)</tr>", html, flags=re.DOTALL):
        assert len(re.findall(r"<t[hd]\b", row)) == 6
    # Both diffs are code blocks holding exactly the diff lines, backticks included.
    blocks = re.findall(r'<pre lang="diff"><code>(.*?)</code></pre>', html, flags=re.DOTALL)
    assert blocks == [
        "- We will never ```` | back…\n+ We will not ```` | back…\n",
        "- We will not ```` | back…\n+ We will never ```` | back…\n",
    ]


# --- diffs ---


def test_diff_lines_merge_near_changes_and_cut_long_context() -> None:
    words = "one two three four five six seven eight nine ten".split()
    diff = [
        Hunk("equal", " ".join(words[:5]), " ".join(words[:5]), (0, 0), (0, 0)),
        Hunk("replace", "X", "Y", (0, 0), (0, 0)),
        Hunk("equal", "a b", "a b", (0, 0), (0, 0)),
        Hunk("delete", "gone", "", (0, 0), (0, 0)),
        Hunk("equal", " ".join(words), " ".join(words), (0, 0), (0, 0)),
        Hunk("insert", "", "new", (0, 0), (0, 0)),
    ]
    assert diff_lines(diff) == [
        ("…three four five X a b gone one two three…", "…three four five Y a b one two three…"),
        ("…eight nine ten", "…eight nine ten new"),
    ]
    assert diff_lines(diff[:2]) == [("…three four five X", "…three four five Y")]
    assert diff_lines([]) == []
    assert diff_lines(diff[:1]) == []


def test_long_changes_keep_both_ends_and_edges_keep_the_side_near_the_quote() -> None:
    many = " ".join(f"w{n}" for n in range(30))
    inner = [
        Hunk("equal", "a", "a", (0, 0), (0, 0)),
        Hunk("replace", many, "x", (0, 0), (0, 0)),
        Hunk("equal", "b", "b", (0, 0), (0, 0)),
    ]
    [(this, _)] = diff_lines(inner)
    assert this == "a w0 w1 w2 w3 w4 w5 w6 w7 … w22 w23 w24 w25 w26 w27 w28 w29 b"
    leading = [Hunk("insert", "", many, (0, 0), (0, 0)), inner[0]]
    assert diff_lines(leading) == [("a", "…w22 w23 w24 w25 w26 w27 w28 w29 a")]
    trailing = [inner[2], Hunk("delete", many, "", (0, 0), (0, 0))]
    assert diff_lines(trailing) == [("b w0 w1 w2 w3 w4 w5 w6 w7…", "b")]


@pytest.mark.parametrize(
    ("relation", "shown"),
    [
        ("exact", []),
        ("normalized", []),
        ("fragment-of", []),
        ("contains", []),
        ("altered", [("We will never ```` | back…", "We will not ```` | back…")]),
        ("elided", [("We will never ```` | back…", "We will not ```` | back…")]),
    ],
)
def test_which_matches_show_a_diff(relation: Relation, shown: list[tuple[str, str]]) -> None:
    assert match_diff_lines(attrs.evolve(ALTERED, relation=relation)) == shown


def test_overlaps_keep_the_words_past_either_end() -> None:
    diff = (
        Hunk("delete", "We are", "", (0, 6), (0, 0)),
        Hunk(
            "equal",
            "increasingly concerned about troops in Russia’s Kursk,",
            "increasingly concerned about troops in Russia's Kursk",
            (7, 61),
            (0, 53),
        ),
        Hunk("insert", "", "Oblast, near the border.", (61, 61), (54, 78)),
    )
    match = attrs.evolve(ALTERED, relation="overlaps", diff=diff)
    assert match_diff_lines(match) == [
        ("We are increasingly concerned about…", "increasingly concerned about…"),
        ("…in Russia’s Kursk,", "…in Russia's Kursk Oblast, near the border."),
    ]
    # An altered match in a transcript turn: the rest of the turn is not a change.
    assert match_diff_lines(attrs.evolve(match, relation="altered")) == [
        ("We are increasingly concerned about…", "increasingly concerned about…")
    ]


# --- every renderer, on arbitrary text ---

_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=30)


@given(_TEXT, _TEXT, st.sampled_from(STATUSES), st.floats(0, 100))
def test_renderers_never_raise_and_stay_in_shape(
    text: str, doc_id: str, status: str, score: float
) -> None:
    document = Document(doc_id or "d", text)
    other = Document((doc_id or "d") + "2", text + "\n" + text)
    found = Quote(text, 0, len(text), None, None, "utterance", 0)
    match = Match(
        other.id,
        0,
        len(text),
        text,
        None,
        "altered",
        score,
        "unknown",
        None,
        1,
        (Hunk("replace", text, text, (0, len(text)), (0, len(text))),),
    )
    report = Report(
        (document, other),
        (Finding(document.id, found, status, 0.5, (match,)),),  # type: ignore[arg-type]
    )
    assert json.loads(render_report_json(report))["findings"][0]["quote"]["text"] == text
    text_output = render_report_text(report)
    assert text_output.count("\n") == len(text_output.splitlines())
    markdown = render_report_markdown(report)
    table = [line for line in markdown.splitlines() if line.startswith("| ")]
    assert len(table) == 5
    for row in table:
        assert len(re.findall(r"(?<!\\)\|", row)) == 7, row
    for output in REPORT_RENDERERS.values():
        assert output(report) == output(report)
