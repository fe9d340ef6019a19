"""Problems in a draft's text (a quote mark never closed, a closing mark with no opening one)
are findings, not crashes, and every check format shows them: the GitHub annotations and step
summary, and SARIF, as warnings at the mark. A source's own text problems are not the draft
author's business and are left out, as in the text format.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from quoteverify.cli import main
from quoteverify.model import Document, Finding, Quote, Report, TextWarning
from quoteverify.render.github import github_step_summary, render_github
from quoteverify.render.sarif import sarif_log

DRAFT_TEXT = (
    "# Vote\n"
    "\n"
    '"We are ready," said Ana Ruiz.\n'
    "The clerk said \u201cnothing more would be done, and\n"
    "\n"
    "closed the door.\n"
)
OPENING = DRAFT_TEXT.index("\u201c")
DRAFT = Document("vote.md", DRAFT_TEXT, "drafts/vote.md")
SOURCE = Document("wire.txt", 'RUIZ: We are ready.\nHe said: done."\n', "sources/wire.txt")
READY = Quote("We are ready,", 10, 23, None, None, "utterance", 0)
UNCLOSED = TextWarning(
    "unclosed-quote", "quote mark \u201c opened here is never closed in its paragraph",
    OPENING, OPENING + 1,
)
UNOPENED_IN_SOURCE = TextWarning(
    "unopened-quote", "closing quote mark \" has no opening mark", 34, 35
)
REPORT = Report(
    (DRAFT, SOURCE),
    (Finding("vote.md", READY, "uncorroborated", 0.0, (), "warning"),),
    (("vote.md", UNCLOSED), ("wire.txt", UNOPENED_IN_SOURCE)),
    drafts=("vote.md",),
)


def test_github_annotates_a_text_warning_at_its_mark() -> None:
    lines = render_github(REPORT).splitlines()
    assert lines[-1] == (
        "::warning file=drafts/vote.md,line=4,col=16,endLine=4,endColumn=17,"
        "title=quoteverify%3A unclosed-quote::unclosed-quote: quote mark \u201c opened here is"
        " never closed in its paragraph"
    )
    assert len(lines) == 2  # the finding, then the text warning; not the source's


def test_step_summary_lists_text_warnings() -> None:
    summary = github_step_summary(REPORT)
    assert "1 text warning" in summary
    assert (
        "- **warning**, **unclosed-quote** at drafts/vote.md 4:16: quote mark \u201c opened here"
        " is never closed in its paragraph"
    ) in summary
    assert "no opening mark" not in summary


def test_sarif_reports_a_text_warning_with_its_own_rule() -> None:
    (run,) = sarif_log(REPORT)["runs"]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert [r["ruleId"] for r in results] == ["uncorroborated", "unclosed-quote"]
    warning = results[1]
    assert rules[warning["ruleIndex"]]["id"] == "unclosed-quote"
    assert rules[warning["ruleIndex"]]["defaultConfiguration"] == {"level": "warning"}
    assert warning["level"] == "warning"
    assert warning["message"]["text"].startswith("quote mark \u201c opened here")
    location = warning["locations"][0]["physicalLocation"]
    assert location["region"] == {
        "startLine": 4, "startColumn": 16, "endLine": 4, "endColumn": 17,
        "snippet": {"text": "\u201c"},
    }
    assert {rule["id"] for rule in rules} >= {"unclosed-quote", "unopened-quote"}


def test_a_text_warning_in_an_html_draft_points_into_the_file(tmp_path: Path) -> None:
    from quoteverify import load

    page = tmp_path / "page.html"
    page.write_text(
        "<html><body>\n<p>Intro &amp; more.</p>\n<p>She said &ldquo;never closed.</p>\n"
        "</body></html>\n",
        encoding="utf-8",
    )
    document = load(page)
    mark = document.text.index("\u201c")
    report = Report(
        (document,), (), ((document.id, TextWarning("unclosed-quote", "m", mark, mark + 1)),),
        drafts=(document.id,),
    )
    assert ",line=3,col=13,endLine=3,endColumn=20," in render_github(report)
    region = sarif_log(report)["runs"][0]["results"][0]["locations"][0]["physicalLocation"][
        "region"
    ]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (3, 13, 20)
    assert region["snippet"]["text"] == "&ldquo;"


@pytest.fixture
def unclosed_draft(newsroom: Path) -> Path:
    draft = newsroom / "drafts" / "harbour.md"
    draft.write_text(
        draft.read_text(encoding="utf-8") + '\nThe mayor added: "and that is final.\n',
        encoding="utf-8",
    )
    return draft


@pytest.mark.usefixtures("unclosed_draft")
def test_check_shows_the_unclosed_quote_in_every_ci_format(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    main(["check", "drafts/harbour.md", "--format", "github"])
    github = capsys.readouterr().out
    assert re.search(r"^::warning file=drafts/harbour.md,line=\d+,.*unclosed-quote", github, re.M)
    main(["check", "drafts/harbour.md", "--format", "sarif"])
    results = json.loads(capsys.readouterr().out)["runs"][0]["results"]
    assert [r["level"] for r in results if r["ruleId"] == "unclosed-quote"] == ["warning"]
    # a text warning is a warning: --min-severity error leaves it out
    main(["check", "drafts/harbour.md", "--format", "github", "--min-severity", "error"])
    assert "unclosed-quote" not in capsys.readouterr().out
