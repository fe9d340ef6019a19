"""SARIF that code scanning can track across commits, and paths that are never absolute.

Every result has a ``partialFingerprints`` entry: a hash of the quote's words (case and
punctuation folded), its rule and its file, never its line, so a finding keeps its identity
when lines are added above it. Paths are relative: in SARIF to the repository's root, named by
the ``%SRCROOT%`` base id (SARIF 2.1.0, 3.4.4), and in every other format relative to the
current directory.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from quoteverify.cli import main
from quoteverify.model import Document, Finding, Quote, Report, TextWarning
from quoteverify.render.sarif import sarif_log

KEY = "quoteverify/v1"


def report_of(text: str, path: str = "drafts/a.md", status: str = "altered") -> Report:
    start = text.lower().index("we ")
    end = text.index(",", start) + 1
    quote = Quote(text[start:end], start, end, None, None, "utterance", 0)
    document = Document(Path(path).name, text, path)
    severity = "error" if status == "altered" else "warning"
    return Report(
        (document,),
        (Finding(document.id, quote, status, 0.5, (), severity),),  # type: ignore[arg-type]
        drafts=(document.id,),
    )


def results(report: Report) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = sarif_log(report)["runs"][0]["results"]
    return found


def fingerprint(report: Report, index: int = 0) -> str:
    value: str = results(report)[index]["partialFingerprints"][KEY]
    return value


TEXT = 'Intro.\n"We will never back down," Ruiz said.\n'


def test_the_fingerprint_does_not_depend_on_the_line() -> None:
    moved = "New first line.\n\nAnother.\n" + TEXT
    assert fingerprint(report_of(TEXT)) == fingerprint(report_of(moved))
    lines = [
        results(r)[0]["locations"][0]["physicalLocation"]["region"]["startLine"]
        for r in (report_of(TEXT), report_of(moved))
    ]
    assert lines == [2, 5]


def test_the_fingerprint_folds_case_and_punctuation_only() -> None:
    base = fingerprint(report_of(TEXT))
    assert fingerprint(report_of(TEXT.replace('"We will never', '"we  will never'))) == base
    assert fingerprint(report_of(TEXT.replace("never", "not"))) != base
    assert fingerprint(report_of(TEXT, status="uncorroborated")) != base
    assert fingerprint(report_of(TEXT, path="drafts/b.md")) != base


def test_two_equal_quotes_in_one_file_are_told_apart() -> None:
    text = TEXT + TEXT
    first = Quote("We will never back down,", 8, 32, None, None, "utterance", 0)
    second_at = text.index("We will", 20)
    second = Quote("We will never back down,", second_at, second_at + 24, None, None,
                   "utterance", 1)
    document = Document("a.md", text, "drafts/a.md")
    report = Report(
        (document,),
        (Finding("a.md", first, "altered", 0.5, (), "error"),
         Finding("a.md", second, "altered", 0.5, (), "error")),
    )
    prints = [r["partialFingerprints"][KEY] for r in results(report)]
    assert len(set(prints)) == 2


def test_text_warnings_have_fingerprints() -> None:
    report = report_of(TEXT + '"Never closed and so on\n')
    mark = report.documents[0].text.rindex('"')
    report = Report(report.documents, report.findings,
                    (("a.md", TextWarning("unclosed-quote", "never closed", mark, mark + 1)),),
                    drafts=report.drafts)
    (_, warning) = results(report)
    assert warning["ruleId"] == "unclosed-quote"
    assert warning["partialFingerprints"][KEY]
    moved = Report(
        (Document("a.md", "Line.\n" + report.documents[0].text, "drafts/a.md"),), (),
        (("a.md", TextWarning("unclosed-quote", "never closed", mark + 6, mark + 7)),),
        drafts=("a.md",),
    )
    assert results(moved)[0]["partialFingerprints"] == warning["partialFingerprints"]


def test_uris_are_relative_to_the_source_root() -> None:
    log = sarif_log(report_of(TEXT))
    (run,) = log["runs"]
    location = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "drafts/a.md", "uriBaseId": "%SRCROOT%"}
    assert "%SRCROOT%" in run["originalUriBaseIds"]
    assert "uri" not in run["originalUriBaseIds"]["%SRCROOT%"]  # no absolute path in the log


def test_an_absolute_path_in_a_report_is_not_written_as_one(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    report = report_of(TEXT, path=str(tmp_path / "drafts" / "a.md"))
    output = json.dumps(sarif_log(report))
    assert "file:" not in output
    assert str(tmp_path) not in output
    location = results(report)[0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location["uri"] == "drafts/a.md"


# --- the command line ---

FORMATS = ("text", "json", "github", "sarif", "markdown", "html")


@pytest.fixture
def repository(newsroom: Path) -> Path:
    (newsroom / ".git").mkdir()  # the newsroom as a git work tree
    return newsroom


@pytest.mark.parametrize("form", FORMATS)
def test_absolute_paths_on_the_command_line_are_shown_relative(
    repository: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    form: str,
) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    draft = repository / "drafts" / "harbour.md"
    status = main(["check", str(draft), "--sources", str(repository / "sources"),
                   "--format", form])
    out = capsys.readouterr().out
    assert status == 1
    assert str(repository) not in out
    assert "file:" not in out
    assert "harbour.md" in out


def test_sarif_from_a_folder_below_the_root_still_points_from_the_root(
    repository: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repository / "drafts")
    main(["check", "harbour.md", "--format", "sarif"])
    log = json.loads(capsys.readouterr().out)
    uris = {
        location["physicalLocation"]["artifactLocation"]["uri"]
        for result in log["runs"][0]["results"]
        for location in (*result["locations"], *result.get("relatedLocations", []))
    }
    assert "drafts/harbour.md" in uris
    assert any(uri.startswith("sources/") for uri in uris), uris
    assert not any(uri.startswith(("/", "..")) for uri in uris), uris


def test_the_fingerprints_survive_an_edit_above_the_quote(
    repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def prints() -> dict[str, int]:
        main(["check", "drafts/harbour.md", "--format", "sarif"])
        log = json.loads(capsys.readouterr().out)
        return {
            r["partialFingerprints"][KEY]: r["locations"][0]["physicalLocation"]["region"][
                "startLine"
            ]
            for r in log["runs"][0]["results"]
        }

    before = prints()
    draft = repository / "drafts" / "harbour.md"
    text = draft.read_text(encoding="utf-8")
    heading = text.index("# Council")
    draft.write_text(text[:heading] + "An editor's note.\n\n" + text[heading:], encoding="utf-8")
    after = prints()
    assert set(after) == set(before)
    assert all(after[key] == before[key] + 2 for key in before)
    assert os.sep not in "".join(before)  # a hash, not a path
