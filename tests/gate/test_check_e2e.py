"""``quoteverify check`` end to end, on the newsroom fixture repository.

``tests/fixtures/newsroom`` is a small editorial repository written for these tests (invented
people and places): a Markdown draft, ``drafts/harbour.md``, whose front matter lists its three
sources (a council transcript with speaker labels, a press release and another outlet's HTML
page), and a ``pyproject.toml`` with a ``[tool.quoteverify]`` table. The draft has exactly five
quotes: one verbatim, one truncated, one with a word changed, one given to the wrong person and
one found nowhere. Every test copies the repository into a temporary directory first.

Expected positions are computed by searching the fixture files for each quote, never written
as numbers, so editing the fixture cannot leave stale line numbers behind.

The last part runs the examples of ``docs/ci.md`` (GitHub Actions, GitLab CI, pre-commit) as far
as the command they run, on a copy of the fixture, in a subprocess.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from helpers import NEWSROOM, ROOT

import quoteverify
from quoteverify import Config, Document
from quoteverify.cli import main

FIXTURE = NEWSROOM
DRAFT = Path("drafts") / "harbour.md"
CI_DOC = ROOT / "docs" / "ci.md"
HOOKS_FILE = ROOT / ".pre-commit-hooks.yaml"
FORMATS = ("text", "json", "github", "sarif", "markdown", "html")


@dataclass(frozen=True)
class Expected:
    """One quote of the draft and what check must say about it.

    ``draft_words`` and ``source_words`` are the first words of the quote as written in the
    draft and in the source file (HTML entities included), each unique in its file.
    """

    status: str
    severity: str
    draft_words: str
    source: str | None = None
    source_words: str | None = None
    relation: str | None = None


EXPECTED = (
    # The first half of the mayor's sentence in the transcript.
    Expected(
        "corroborated", "info",
        "We are going to dredge the eastern channel",
        "council-briefing.txt", "We are going to dredge the eastern channel", "fragment-of",
    ),
    # Word for word from the press release, with the same speaker.
    Expected(
        "corroborated", "info",
        "The eastern channel has silted up",
        "press-release.txt", "The eastern channel has silted up", "exact",
    ),
    # Ms. Lindqvist's words in the transcript, credited to the mayor in the draft.
    Expected(
        "misattributed", "error",
        "The cranes on the north quay",
        "council-briefing.txt", "The cranes on the north quay", "fragment-of",
    ),
    # "winter" in the draft, "season" in the other outlet's article.
    Expected(
        "altered", "error",
        "Our boats can't wait another winter",
        "article.html", "Our boats can&rsquo;t wait another season", "altered",
    ),
    # In none of the sources.
    Expected("uncorroborated", "warning", "Nobody at the town hall"),
)
ALTERED = EXPECTED[3]
MISATTRIBUTED = EXPECTED[2]
UNCORROBORATED = EXPECTED[4]
DRAFT_WORD, SOURCE_WORD = "winter", "season"  # the altered word, as each side has it

STATUS_COUNTS = {
    "corroborated": 2,
    "partial": 0,
    "altered": 1,
    "misattributed": 1,
    "uncorroborated": 1,
}


# --- helpers ----------------------------------------------------------------------------------


def line_col(text: str, offset: int) -> tuple[int, int]:
    """``(line, column)`` of a character offset, both from 1, columns in characters."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def locate(text: str, words: str, *, after_mark: bool = False) -> tuple[int, int]:
    """Where ``words`` start in ``text`` (they must occur exactly once)."""
    assert text.count(words) == 1, f"{words!r} occurs {text.count(words)} times"
    offset = text.index(words)
    if after_mark:  # a quote's position is its first character inside the quotation mark
        assert text[offset - 1] in "\"“", f"{words!r} is not at the start of a quote"
    return line_col(text, offset)


def draft_place(repo: Path, expected: Expected, draft: Path = DRAFT) -> tuple[int, int]:
    text = (repo / draft).read_text(encoding="utf-8")
    return locate(text, expected.draft_words, after_mark=True)


def source_place(repo: Path, expected: Expected) -> tuple[int, int]:
    assert expected.source is not None and expected.source_words is not None
    text = (repo / "sources" / expected.source).read_text(encoding="utf-8")
    return locate(text, expected.source_words)


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    status = main(["check", *(str(arg) for arg in args)])
    out, err = capsys.readouterr()
    return status, out, err


def assert_one_line_error(err: str, *parts: str) -> None:
    assert err.startswith("quoteverify: error: "), err
    assert err.count("\n") == 1, err
    for part in parts:
        assert part in err, (part, err)


def insert_before_line(text: str, words: str, new_line: str) -> str:
    """``text`` with ``new_line`` inserted as a line of its own before the line holding
    ``words``."""
    start = text.rfind("\n", 0, text.index(words)) + 1
    return text[:start] + new_line + "\n" + text[start:]


def insert_after_line(text: str, words: str, new_line: str) -> str:
    end = text.index("\n", text.index(words)) + 1
    return text[:end] + new_line + "\n" + text[end:]


def without_front_matter(text: str) -> str:
    assert text.startswith("---\n")
    return text[text.index("\n---\n", 4) + len("\n---\n") :].lstrip("\n")


def github_messages(out: str) -> list[tuple[str, dict[str, str], str]]:
    """``(command, properties, message)`` of each workflow command line, decoded."""
    commands = []
    for line in out.splitlines():
        found = re.match(r"^::(\w+)(?: ([^:]*))?::(.*)$", line)
        if not found:
            continue
        properties = dict(
            part.split("=", 1) for part in (found.group(2) or "").split(",") if "=" in part
        )
        message = found.group(3).replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")
        commands.append((found.group(1), properties, message))
    return commands


def mentions_place(text: str, name: str, line: int, column: int) -> bool:
    """Whether ``text`` names the file ``name`` (as itself or at the end of a path) with
    ``line:column`` right after it, in one of the usual spellings."""
    pattern = (
        rf"{re.escape(name)}(?::| |, | at |, line ){line}(?::|, column |, col ){column}\b"
    )
    return re.search(pattern, text) is not None


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    # When the tests run in GitHub Actions, --format github must not write to the real step
    # summary, and no test may depend on a colour setting of the machine.
    for name in ("GITHUB_STEP_SUMMARY", "FORCE_COLOR", "CLICOLOR_FORCE", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)


# --- the fixture itself -----------------------------------------------------------------------


def test_fixture_quotes_are_where_the_tests_look_for_them() -> None:
    draft = (FIXTURE / DRAFT).read_text(encoding="utf-8")
    for expected in EXPECTED:
        line, _ = draft_place(FIXTURE, expected)
        assert 0 < line <= draft.count("\n")
        if expected.source is not None:
            source_place(FIXTURE, expected)
    # Five quotes, each at least eight words, so matching them is never a coin toss.
    quotes = re.findall(r'"([^"]+)"', without_front_matter(draft))
    assert len(quotes) == len(EXPECTED)
    assert all(len(quote.split()) >= 8 for quote in quotes)
    # The draft lists its sources in the front matter, relative to itself.
    front = draft[: draft.index("\n---\n", 4)]
    for name in ("council-briefing.txt", "press-release.txt", "article.html"):
        assert f"../sources/{name}" in front
        assert (FIXTURE / DRAFT).parent.joinpath("..", "sources", name).is_file()


# --- every format -----------------------------------------------------------------------------


def test_text_format(newsroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, DRAFT)
    assert status == 1, err
    assert err == ""
    assert "harbour.md" in out
    for expected in EXPECTED:
        line, column = draft_place(newsroom, expected)
        row = re.search(rf"^\s*{line}:{column}\s+{expected.status}\b.*$", out, re.MULTILINE)
        assert row, (expected.status, line, column, out)
        if expected.source is not None:
            source_line, source_column = source_place(newsroom, expected)
            # The match is listed under its finding, before the next finding.
            rest = out[row.end() :]
            nxt = re.search(r"^\s*\d+:\d+\s+[a-z]+\s", rest, re.MULTILINE)
            block = rest[: nxt.start() if nxt else len(rest)]
            assert mentions_place(block, expected.source, source_line, source_column), block
            assert expected.relation is not None and expected.relation in block
    # The changed word, draft side and source side.
    assert re.search(rf"^\s*- .*\b{DRAFT_WORD}\b", out, re.MULTILINE), out
    assert re.search(rf"^\s*\+ .*\b{SOURCE_WORD}\b", out, re.MULTILINE), out
    # Misattributed: whose words they are.
    assert "Lindqvist" in out
    counts = ", ".join(f"{number} {name}" for name, number in STATUS_COUNTS.items())
    assert counts in out
    assert "\x1b[" not in out  # no colour when stdout is not a terminal


def test_json_format(newsroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, DRAFT, "--format", "json")
    assert status == 1, err
    report = json.loads(out)
    assert report["tool"] == "quoteverify"
    assert isinstance(report["version"], int)
    assert report["counts"] == STATUS_COUNTS
    documents = [Path(d["source"] or d["id"]).name for d in report["documents"]]
    assert documents[0] == "harbour.md"  # drafts first, then the sources
    assert sorted(documents[1:]) == ["article.html", "council-briefing.txt", "press-release.txt"]
    findings = report["findings"]
    assert [f["status"] for f in findings] == [e.status for e in EXPECTED]
    for finding, expected in zip(findings, EXPECTED, strict=True):
        assert finding["doc_id"] == report["documents"][0]["id"]
        assert (finding["line"], finding["column"]) == draft_place(newsroom, expected)
        assert finding["severity"] == expected.severity
        assert finding["suppressed"] is False
        if expected.source is None:
            assert finding["matches"] == []
            continue
        best = finding["matches"][0]
        assert Path(best["doc_id"]).name == expected.source
        assert (best["line"], best["column"]) == source_place(newsroom, expected)
        assert best["relation"] == expected.relation
    altered = findings[EXPECTED.index(ALTERED)]
    changed = [
        (hunk["this_text"], hunk["other_text"])
        for hunk in altered["matches"][0]["diff"]
        if hunk["op"] != "equal"
    ]
    assert changed == [(DRAFT_WORD, SOURCE_WORD)]
    misattributed = findings[EXPECTED.index(MISATTRIBUTED)]
    assert misattributed["quote"]["speaker"]["name"].endswith("Okafor")
    assert misattributed["matches"][0]["speaker"] == "different"
    assert misattributed["matches"][0]["other_speaker"]["name"].endswith("Lindqvist")


def test_github_format(newsroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, DRAFT, "--format", "github")
    assert status == 1, err
    commands = github_messages(out)
    annotations = [(kind, props, message) for kind, props, message in commands if "file" in props]
    for expected in EXPECTED:
        line, column = draft_place(newsroom, expected)
        here = [
            (kind, message)
            for kind, props, message in annotations
            if props.get("line") == str(line)
        ]
        if expected.severity == "info":
            # Informational findings may be notices, or left to the summary; never more.
            assert all(kind == "notice" for kind, _ in here), here
            continue
        assert len(here) == 1, (expected.status, annotations)
        kind, message = here[0]
        props = next(p for k, p, m in annotations if p.get("line") == str(line))
        assert kind == expected.severity
        assert props["file"] == DRAFT.as_posix()
        assert props.get("col") == str(column)
        assert expected.status in message or expected.status in props.get("title", "")
        if expected.source is not None:
            source_line, source_column = source_place(newsroom, expected)
            assert mentions_place(message, expected.source, source_line, source_column), message
    altered_line, _ = draft_place(newsroom, ALTERED)
    message = next(m for _, p, m in annotations if p.get("line") == str(altered_line))
    assert re.search(rf"^\s*- .*\b{DRAFT_WORD}\b", message, re.MULTILINE), message
    assert re.search(rf"^\s*\+ .*\b{SOURCE_WORD}\b", message, re.MULTILINE), message
    # Nothing else on stdout but workflow commands.
    assert all(line.startswith("::") for line in out.splitlines() if line.strip()), out


def test_github_step_summary(
    newsroom: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = newsroom.parent / "step-summary.md"
    summary.write_text("## An earlier step\n\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    status, out, _ = run(capsys, DRAFT, "--format", "github")
    assert status == 1
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("## An earlier step\n\n")  # appended, not replaced
    written = text[len("## An earlier step\n\n") :]
    assert "harbour.md" in written
    assert re.search(r"^#+ ", written, re.MULTILINE), written  # a Markdown heading
    for expected in EXPECTED:
        if expected.severity != "info":
            line, column = draft_place(newsroom, expected)
            assert expected.status in written
            assert f"{line}:{column}" in written or f"line {line}" in written, written
    assert SOURCE_WORD in written
    assert "::" not in written  # workflow commands go to stdout only
    assert "::error" in out


def test_github_format_writes_no_summary_without_the_variable(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sorted(p.relative_to(newsroom) for p in newsroom.rglob("*"))
    status, _, _ = run(capsys, DRAFT, "--format", "github")
    assert status == 1
    assert sorted(p.relative_to(newsroom) for p in newsroom.rglob("*")) == before


def _sarif_results_by_line(sarif: dict[str, Any]) -> dict[int, list[dict[str, Any]]]:
    by_line: dict[int, list[dict[str, Any]]] = {}
    for result in sarif["runs"][0]["results"]:
        region = result["locations"][0]["physicalLocation"]["region"]
        by_line.setdefault(region["startLine"], []).append(result)
    return by_line


def test_sarif_format(newsroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, DRAFT, "--format", "sarif")
    assert status == 1, err
    sarif = json.loads(out)
    assert sarif["version"] == "2.1.0"
    assert "sarif" in sarif.get("$schema", "")
    (sarif_run,) = sarif["runs"]
    assert sarif_run["tool"]["driver"]["name"] == "quoteverify"
    rules = {rule["id"] for rule in sarif_run["tool"]["driver"].get("rules", [])}
    by_line = _sarif_results_by_line(sarif)
    levels = {"error": "error", "warning": "warning", "info": "note"}
    for expected in EXPECTED:
        line, column = draft_place(newsroom, expected)
        results = by_line.get(line, [])
        if expected.severity == "info" and not results:
            continue  # informational findings may be left out of code scanning
        assert len(results) == 1, (expected.status, results)
        (result,) = results
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"].endswith(DRAFT.as_posix())
        assert location["region"]["startColumn"] == column
        assert result["level"] == levels[expected.severity]
        assert expected.status in result["ruleId"] or expected.status in result["message"]["text"]
        if rules:
            assert result["ruleId"] in rules
        if expected.source is not None:
            source_line, source_column = source_place(newsroom, expected)
            related = [
                r["physicalLocation"]
                for r in result.get("relatedLocations", [])
                if "physicalLocation" in r
            ]
            found = any(
                r["artifactLocation"]["uri"].endswith(expected.source)
                and r["region"]["startLine"] == source_line
                and r["region"].get("startColumn", source_column) == source_column
                for r in related
            ) or mentions_place(result["message"]["text"], expected.source, source_line,
                                source_column)
            assert found, result
    (altered,) = by_line[draft_place(newsroom, ALTERED)[0]]
    assert DRAFT_WORD in altered["message"]["text"]
    assert SOURCE_WORD in altered["message"]["text"]


def test_markdown_format(newsroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, DRAFT, "--format", "markdown")
    assert status == 1, err
    assert out.startswith("#")
    for expected in EXPECTED:
        line, column = draft_place(newsroom, expected)
        row = re.search(rf"^.*\b{expected.status}\b.*\b{line}:{column}\b.*$", out, re.MULTILINE)
        assert row, (expected.status, out)
        if expected.source is not None:
            source_line, source_column = source_place(newsroom, expected)
            # Markdown may escape characters of a file name; compare without backslashes.
            assert mentions_place(
                out.replace("\\", ""), expected.source, source_line, source_column
            ), (expected.source, out)
    assert re.search(rf"^\s*- .*\b{DRAFT_WORD}\b", out, re.MULTILINE), out
    assert re.search(rf"^\s*\+ .*\b{SOURCE_WORD}\b", out, re.MULTILINE), out


@pytest.mark.parametrize("form", FORMATS)
def test_output_file_and_exit_zero(
    newsroom: Path, capsys: pytest.CaptureFixture[str], form: str
) -> None:
    status, out, _ = run(capsys, DRAFT, "--format", form)
    assert status == 1
    status, same, _ = run(capsys, DRAFT, "--format", form, "--exit-zero")
    assert status == 0
    assert same == out  # --exit-zero changes the exit status, nothing else
    target = newsroom / f"report.{form}"
    status, nothing, _ = run(capsys, DRAFT, "--format", form, "--output", target)
    assert status == 1
    assert nothing == ""
    assert target.read_text(encoding="utf-8") == out


# --- severities, suppression, configuration ---------------------------------------------------


def test_strict_makes_uncorroborated_an_error(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, DRAFT, "--format", "json", "--strict")
    assert status == 1
    severities = [f["severity"] for f in json.loads(out)["findings"]]
    assert severities == [
        "error" if e is UNCORROBORATED else e.severity for e in EXPECTED
    ]


def _suppress(repo: Path, *, region: bool) -> Path:
    """A copy of the draft with the altered quote's line ignored and, with ``region``, the
    misattributed quote's paragraph between off and on comments."""
    text = (repo / DRAFT).read_text(encoding="utf-8")
    text = insert_before_line(text, ALTERED.draft_words, "<!-- quoteverify: ignore -->")
    if region:
        # The whole paragraph: from its first line to its end.
        words = MISATTRIBUTED.draft_words
        start = text.rfind("\n\n", 0, text.index(words)) + 2
        paragraph_first_words = text[start : text.index("\n", start)][:40]
        text = insert_before_line(text, paragraph_first_words, "<!-- quoteverify: off -->\n")
        text = insert_after_line(text, words, "\n<!-- quoteverify: on -->")
    copy = repo / "drafts" / ("harbour-region.md" if region else "harbour-ignore.md")
    copy.write_text(text, encoding="utf-8")
    return copy.relative_to(repo)


def test_ignore_comment_suppresses_one_finding_and_counts_it(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = _suppress(newsroom, region=False)
    status, out, _ = run(capsys, draft, "--format", "json")
    assert status == 1  # the misattributed quote is still an error
    findings = json.loads(out)["findings"]
    assert [(f["status"], f["suppressed"]) for f in findings] == [
        (e.status, e is ALTERED) for e in EXPECTED
    ]
    for finding, expected in zip(findings, EXPECTED, strict=True):
        assert (finding["line"], finding["column"]) == draft_place(newsroom, expected, draft)
    status, text, _ = run(capsys, draft)
    assert status == 1
    assert re.search(r"\b1 suppressed\b", text), text
    # Every format says so: code scanning marks the result suppressed in the source...
    status, out, _ = run(capsys, draft, "--format", "sarif")
    results = _sarif_results_by_line(json.loads(out))
    (altered,) = results[draft_place(newsroom, ALTERED, draft)[0]]
    assert altered.get("suppressions") == [{"kind": "inSource"}]
    (misattributed,) = results[draft_place(newsroom, MISATTRIBUTED, draft)[0]]
    assert not misattributed.get("suppressions")
    # ...and the pull-request comment neither hides it nor shows it as an open error.
    status, out, _ = run(capsys, draft, "--format", "markdown")
    assert status == 1
    assert re.search(r"\bsuppressed\b", out), out


def test_suppressing_every_error_exits_zero(
    newsroom: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = _suppress(newsroom, region=True)
    status, out, _ = run(capsys, draft, "--format", "json")
    assert status == 0  # only the uncorroborated warning is left
    findings = json.loads(out)["findings"]
    assert [(f["status"], f["suppressed"]) for f in findings] == [
        (e.status, e in (ALTERED, MISATTRIBUTED)) for e in EXPECTED
    ]
    status, text, _ = run(capsys, draft)
    assert status == 0
    assert re.search(r"\b2 suppressed\b", text), text
    summary = newsroom.parent / "step-summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    status, annotations, _ = run(capsys, draft, "--format", "github")
    assert status == 0
    assert "::error" not in annotations
    assert "::warning" in annotations
    assert re.search(r"\b2 suppressed\b", summary.read_text(encoding="utf-8"))
    # ...but under --strict the uncorroborated quote is an error again.
    status, _, _ = run(capsys, draft, "--strict")
    assert status == 1


def test_settings_are_found_by_walking_up_from_the_draft(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = newsroom / "pyproject.toml"
    settings.write_text(
        settings.read_text(encoding="utf-8").replace(
            'uncorroborated = "warning"', 'uncorroborated = "error"'
        ),
        encoding="utf-8",
    )
    status, out, _ = run(capsys, DRAFT, "--format", "json")
    assert status == 1
    findings = json.loads(out)["findings"]
    assert findings[EXPECTED.index(UNCORROBORATED)]["severity"] == "error"
    # The draft's own directory is searched first: a quoteverify.toml there wins.
    (newsroom / "drafts" / "quoteverify.toml").write_text(
        '[severity]\naltered = "warning"\nmisattributed = "info"\n', encoding="utf-8"
    )
    status, out, _ = run(capsys, DRAFT, "--format", "json")
    assert status == 0  # no errors left: uncorroborated is back to its default, a warning
    severities = {f["status"]: f["severity"] for f in json.loads(out)["findings"]}
    assert severities["altered"] == "warning"
    assert severities["misattributed"] == "info"
    assert severities["uncorroborated"] == "warning"


def test_min_words_flag_overrides_the_settings_file(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # More words than the altered quote confirms (nine of its ten): it becomes uncorroborated...
    settings = newsroom / "pyproject.toml"
    settings.write_text(
        settings.read_text(encoding="utf-8").replace("min_words = 4", "min_words = 60"),
        encoding="utf-8",
    )
    status, out, _ = run(capsys, DRAFT, "--format", "json")
    assert status == 1  # still the misattributed quote
    findings = json.loads(out)["findings"]
    assert findings[EXPECTED.index(ALTERED)]["status"] == "uncorroborated"
    # ...until the command line puts the default back.
    status, out, _ = run(capsys, DRAFT, "--format", "json", "--min-words", "4")
    assert status == 1
    assert json.loads(out)["counts"] == STATUS_COUNTS


def test_sources_on_the_command_line(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = newsroom / "drafts" / "bare.md"
    draft.write_text(
        without_front_matter((newsroom / DRAFT).read_text(encoding="utf-8")), encoding="utf-8"
    )
    status, out, err = run(capsys, draft, "--sources", "sources", "--format", "json")
    assert status == 1, err
    assert json.loads(out)["counts"] == STATUS_COUNTS


# --- bad input --------------------------------------------------------------------------------


def test_missing_source_in_front_matter(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (newsroom / "sources" / "press-release.txt").unlink()
    for form in FORMATS:
        status, out, err = run(capsys, DRAFT, "--format", form, "--exit-zero")
        assert status == 2, form  # never 0, even with --exit-zero
        assert out == ""
        assert_one_line_error(err, "press-release.txt")


def test_missing_source_on_the_command_line(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, DRAFT, "--sources", "sources/minutes.txt")
    assert status == 2
    assert out == ""
    assert_one_line_error(err, "minutes.txt")


def test_missing_draft(newsroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "drafts/ferry.md", "--sources", "sources")
    assert status == 2
    assert out == ""
    assert_one_line_error(err, "ferry.md")


def test_unknown_settings_key(newsroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    settings = newsroom / "pyproject.toml"
    settings.write_text(
        settings.read_text(encoding="utf-8").replace(
            "[tool.quoteverify]\n", "[tool.quoteverify]\nmin_word = 5\n"
        ),
        encoding="utf-8",
    )
    status, out, err = run(capsys, DRAFT)
    assert status == 2
    assert out == ""
    assert_one_line_error(err, "min_word", "pyproject.toml")


def test_no_sources_at_all(newsroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = newsroom / DRAFT
    draft.write_text(without_front_matter(draft.read_text(encoding="utf-8")), encoding="utf-8")
    status, out, err = run(capsys, DRAFT)
    assert status == 2
    assert out == ""
    assert_one_line_error(err, "sources")


# --- the library call -------------------------------------------------------------------------


def test_library_check_on_documents() -> None:
    """quoteverify.check on plain-text Documents: no files, no front matter, no markup."""
    draft_text = without_front_matter((FIXTURE / DRAFT).read_text(encoding="utf-8"))
    # The visible words of the HTML article's paragraph, as a plain text.
    article = (
        "\u201cOur boats can\u2019t wait another season for a working slipway,\u201d said Colm"
        " Ferreira, who chairs the Port Calloway Fishermen\u2019s Cooperative."
    )
    sources = [
        Document(name, (FIXTURE / "sources" / name).read_text(encoding="utf-8"))
        for name in ("council-briefing.txt", "press-release.txt")
    ]
    sources.append(Document("article.txt", article))
    drafts = [Document("harbour.md", draft_text)]
    report = quoteverify.check(drafts, sources)
    assert [d.id for d in report.documents] == ["harbour.md", *(s.id for s in sources)]
    assert [(f.doc_id, f.status, f.severity, f.suppressed) for f in report.findings] == [
        ("harbour.md", e.status, e.severity, False) for e in EXPECTED
    ]
    for finding, expected in zip(report.findings, EXPECTED, strict=True):
        assert draft_text[finding.quote.start :].startswith(expected.draft_words)
        if expected.source is not None:
            best = finding.matches[0]
            source_id = "article.txt" if expected.source == "article.html" else expected.source
            assert best.doc_id == source_id
            assert best.relation == expected.relation
    altered = report.findings[EXPECTED.index(ALTERED)]
    assert [
        (hunk.op, hunk.this_text, hunk.other_text)
        for hunk in altered.matches[0].diff
        if hunk.op != "equal"
    ] == [("replace", DRAFT_WORD, SOURCE_WORD)]
    strict = quoteverify.check(drafts, sources, config=Config(strict=True))
    assert strict.findings[EXPECTED.index(UNCORROBORATED)].severity == "error"


def test_library_check_on_loaded_files() -> None:
    """The same through the loader: the Markdown draft and the HTML page keep file positions."""
    from quoteverify.inputs.load import iter_documents

    (draft,) = iter_documents([FIXTURE / DRAFT])
    sources = list(iter_documents([FIXTURE / "sources"]))
    assert {Path(s.source or s.id).name for s in sources} == {
        "article.html", "council-briefing.txt", "press-release.txt"
    }
    report = quoteverify.check([draft], sources)
    assert [f.status for f in report.findings] == [e.status for e in EXPECTED]
    by_id = {s.id: s for s in sources}
    for finding, expected in zip(report.findings, EXPECTED, strict=True):
        offset = draft.file_offset(finding.quote.start)
        assert line_col(draft.file_text(), offset) == draft_place(FIXTURE, expected)
        if expected.source is not None:
            best = finding.matches[0]
            source = by_id[best.doc_id]
            place = line_col(source.file_text(), source.file_offset(best.start))
            assert place == source_place(FIXTURE, expected)


# --- docs/ci.md -------------------------------------------------------------------------------
# Each example in docs/ci.md is a fenced block preceded by a marker comment,
# <!-- ci-example: NAME -->. The tests take the command out of each example and run it with
# subprocess in a fresh copy of the fixture repository, as the CI service would.


def ci_examples() -> dict[str, str]:
    """The marked fenced blocks of docs/ci.md by name."""
    text = CI_DOC.read_text(encoding="utf-8")
    pattern = re.compile(
        r"<!-- ci-example: ([\w-]+) -->\s*\n(`{3,})[\w-]*\n(.*?)\n\2[ \t]*$",
        re.DOTALL | re.MULTILINE,
    )
    return {found.group(1): found.group(3) for found in pattern.finditer(text)}


def yaml_value(line: str) -> str:
    """The value of a ``key: value`` line or ``- value`` item, without quotes or comments."""
    value = line.split(":", 1)[1] if not line.lstrip().startswith("- ") else line.lstrip()[2:]
    if re.match(r"^[\w-]+:\s", value.strip()):  # "- id: quoteverify": a mapping in a list
        value = value.split(":", 1)[1]
    value = re.sub(r"\s+#.*$", "", value).strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    return value


def yaml_list(value: str) -> list[str]:
    """A flow sequence ``[a, "b c"]`` as a list of strings."""
    assert value.startswith("[") and value.endswith("]"), value
    return [yaml_value(f"- {item.strip()}") for item in value[1:-1].split(",") if item.strip()]


def quoteverify_command() -> list[str]:
    """How to start the installed command: the console script beside this interpreter (as a
    CI job that pip-installed the package has on its PATH), else ``python -m quoteverify``."""
    script = Path(sys.executable).with_name("quoteverify")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [sys.executable, "-m", "quoteverify"]


def run_ci_command(
    command: str, repo: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    argv = shlex.split(command)
    assert argv[0] == "quoteverify", command
    full_env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("GITHUB_STEP_SUMMARY", "FORCE_COLOR", "CLICOLOR_FORCE", "NO_COLOR")
    }
    full_env["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])
    )
    full_env.update(env or {})
    # Expand globs as a shell would (drafts/*.md), relative to the repository.
    expanded: list[str] = []
    for arg in argv[1:]:
        matches = sorted(str(p.relative_to(repo)) for p in repo.glob(arg)) if "*" in arg else []
        expanded.extend(matches or [arg])
    return subprocess.run(
        [*quoteverify_command(), *expanded],
        cwd=repo,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    copy = tmp_path / "newsroom"
    shutil.copytree(FIXTURE, copy)
    return copy


def test_ci_doc_has_every_example() -> None:
    examples = ci_examples()
    assert {
        "github-actions", "github-sarif", "gitlab-ci", "pre-commit-config", "settings"
    } <= set(examples)


def _run_lines(block: str) -> list[str]:
    return [
        yaml_value(line)
        for line in block.splitlines()
        if re.match(r"^\s*(- )?run:\s*\S", line) and "quoteverify check" in line
    ]


def test_github_actions_example(repo: Path) -> None:
    block = ci_examples()["github-actions"]
    assert "actions/checkout@" in block
    assert "actions/setup-python@" in block
    assert re.search(r"^\s*(- )?run:\s*pip install ", block, re.MULTILINE), block
    (command,) = _run_lines(block)
    assert "--format github" in command
    summary = repo.parent / "step-summary.md"
    summary.touch()
    done = run_ci_command(
        command, repo, {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    )
    assert done.returncode == 1, done.stderr  # the fixture has errors: the step fails
    assert done.stderr == ""
    commands = github_messages(done.stdout)
    kinds = sorted(kind for kind, props, _ in commands if "file" in props and kind != "notice")
    assert kinds == ["error", "error", "warning"]
    assert all(
        props["file"] == DRAFT.as_posix() for kind, props, _ in commands if "file" in props
    )
    written = summary.read_text(encoding="utf-8")
    assert "misattributed" in written
    assert "altered" in written


def test_github_sarif_example(repo: Path) -> None:
    block = ci_examples()["github-sarif"]
    (command,) = _run_lines(block)
    output = shlex.split(command)[shlex.split(command).index("--output") + 1]
    upload = re.search(r"uses:\s*github/codeql-action/upload-sarif@\S+", block)
    assert upload, block
    sarif_file = next(
        yaml_value(line) for line in block.splitlines() if line.strip().startswith("sarif_file:")
    )
    assert sarif_file == output
    # The upload must run even though the check step fails.
    assert re.search(r"if:\s*(\$\{\{\s*)?(always|failure|!cancelled)\(\)", block), block
    done = run_ci_command(command, repo)
    assert done.returncode == 1, done.stderr
    sarif = json.loads((repo / output).read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0"
    levels = sorted(r["level"] for r in sarif["runs"][0]["results"] if r["level"] != "note")
    assert levels == ["error", "error", "warning"]


def test_gitlab_ci_example(repo: Path) -> None:
    block = ci_examples()["gitlab-ci"]
    lines = block.splitlines()
    script_at = next(i for i, line in enumerate(lines) if line.strip() == "script:")
    script: list[str] = []
    for line in lines[script_at + 1 :]:
        if not line.strip().startswith("- "):
            break
        script.append(yaml_value(line))
    assert any(item.startswith("pip install ") for item in script), script
    (command,) = [item for item in script if item.startswith("quoteverify check")]
    argv = shlex.split(command)
    output = argv[argv.index("--output") + 1]
    assert "--format" in argv and argv[argv.index("--format") + 1] == "json"
    # The report is kept as an artifact even when the job fails.
    assert re.search(r"^\s*when:\s*always\s*$", block, re.MULTILINE), block
    assert any(yaml_value(line) == output for line in lines if line.strip().startswith("- "))
    done = run_ci_command(command, repo)
    assert done.returncode == 1, done.stderr
    report = json.loads((repo / output).read_text(encoding="utf-8"))
    assert report["counts"] == STATUS_COUNTS


def hook_definition() -> dict[str, str]:
    """The quoteverify hook of .pre-commit-hooks.yaml, its keys with their raw values."""
    hook: dict[str, str] = {}
    lines = HOOKS_FILE.read_text(encoding="utf-8").splitlines()
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("- "):
            if hook:
                break  # only the first hook
            line = "  " + line[2:]
        key, _, value = line.strip().partition(":")
        hook[key] = yaml_value(f"{key}: {value}") if value.strip() else ""
    return hook


def test_pre_commit_hooks_file() -> None:
    hook = hook_definition()
    assert hook["id"] == "quoteverify"
    assert hook["name"]
    assert hook["entry"] == "quoteverify check"
    assert hook["language"] == "python"
    assert hook.get("pass_filenames", "true") == "true"
    assert "markdown" in hook.get("types", "") or hook.get("files")


def test_pre_commit_example(repo: Path) -> None:
    """What pre-commit runs for the documented config: entry + args + the matching files."""
    block = ci_examples()["pre-commit-config"]
    lines = [line for line in block.splitlines() if line.strip()]
    assert lines[0].strip() == "repos:"
    assert any(re.match(r"^\s*- repo:\s*\S", line) for line in lines)
    assert any(re.match(r"^\s*rev:\s*\S", line) for line in lines)
    values = {}
    for line in lines:
        found = re.match(r"^\s*(?:- )?(id|args|files):\s*(.+)$", line)
        if found:
            values[found.group(1)] = yaml_value(line)
    assert values["id"] == hook_definition()["id"]
    args = yaml_list(values["args"]) if "args" in values else []
    files = re.compile(values.get("files", ""))
    # pre-commit passes the staged files that match both `files` and the hook's types.
    hook = hook_definition()
    markdown_only = "markdown" in hook.get("types", "")
    staged = sorted(
        path.relative_to(repo).as_posix()
        for path in repo.rglob("*")
        if path.is_file()
        and files.search(path.relative_to(repo).as_posix())
        and (not markdown_only or path.suffix in (".md", ".markdown"))
    )
    assert staged == [DRAFT.as_posix()]
    command = " ".join([hook["entry"], *map(shlex.quote, args), *staged])
    done = run_ci_command(command, repo)
    assert done.returncode == 1, done.stderr  # the commit is refused
    for expected in EXPECTED:
        if expected.severity != "info":
            assert expected.status in done.stdout
    assert "Lindqvist" in done.stdout


def test_settings_example_is_accepted(repo: Path) -> None:
    """The [tool.quoteverify] example of docs/ci.md is a valid settings table."""
    block = ci_examples()["settings"]
    assert block.lstrip().startswith("[tool.quoteverify]")
    (repo / "pyproject.toml").write_text(block + "\n", encoding="utf-8")
    done = run_ci_command(f"quoteverify check {DRAFT.as_posix()} --format json", repo)
    assert done.returncode in (0, 1), done.stderr
    json.loads(done.stdout)


def test_ci_doc_lists_every_settings_key() -> None:
    from quoteverify.gate import settings

    text = CI_DOC.read_text(encoding="utf-8")
    table = text[text.index("| key |") :]
    table = table[: table.index("\n\n")]
    documented = set(re.findall(r"^\| `([\w.]+)`", table, re.MULTILINE))
    assert documented == set(settings.KEYS)


def test_yaml_examples_parse() -> None:
    """With PyYAML at hand (it is not a dependency), the YAML examples are valid YAML with the
    structure each service expects."""
    yaml = pytest.importorskip("yaml")
    examples = ci_examples()
    for name in ("github-actions", "github-sarif"):
        workflow = yaml.safe_load(examples[name])
        (job,) = workflow["jobs"].values()
        assert job["runs-on"]
        assert all("uses" in step or "run" in step for step in job["steps"])
    gitlab = yaml.safe_load(examples["gitlab-ci"])
    assert gitlab["quoteverify"]["artifacts"]["when"] == "always"
    config = yaml.safe_load(examples["pre-commit-config"])
    (hook,) = config["repos"][0]["hooks"]
    assert hook["id"] == "quoteverify"
    (definition,) = yaml.safe_load(HOOKS_FILE.read_text(encoding="utf-8"))
    # The line-based reading of the other tests agrees with a real YAML parser.
    simple = hook_definition()
    for key in ("id", "name", "entry", "language"):
        assert definition[key] == simple[key]
    assert definition["pass_filenames"] is True
