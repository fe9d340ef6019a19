"""``check --min-severity`` and ``--quiet``: findings below the level a run asks for are not
shown in any format and not counted; ``--quiet`` prints errors only, and the exit status is the
same whatever is shown.

The newsroom draft (tests/fixtures/newsroom) has two errors (an altered and a misattributed
quote), a warning (a quote found nowhere) and two quotes the sources confirm (information).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from quoteverify.cli import main

DRAFT = "drafts/harbour.md"
ERROR_WORDS = ("Our boats can't wait", "The cranes on the north quay")
WARNING_WORDS = "Nobody at the town hall"
INFO_WORDS = ("We are going to dredge", "The eastern channel has silted up")


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("GITHUB_STEP_SUMMARY", "FORCE_COLOR", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["check", *args])
    out, err = capsys.readouterr()
    return status, out, err


def shown(out: str, words: str) -> bool:
    # Markdown and HTML escape an apostrophe or wrap words: compare the first two words
    first = " ".join(words.split()[:2])
    return first in out or first.replace("'", "&#x27;") in out


@pytest.mark.usefixtures("newsroom")
@pytest.mark.parametrize("form", ["text", "json", "github", "sarif", "markdown", "html"])
def test_min_severity_error_leaves_out_warnings_and_information(
    capsys: pytest.CaptureFixture[str], form: str
) -> None:
    status, out, err = run(capsys, DRAFT, "--format", form, "--min-severity", "error")
    assert (status, err) == (1, "")
    for words in ERROR_WORDS:
        assert shown(out, words), (words, out)
    for words in (WARNING_WORDS, *INFO_WORDS):
        assert not shown(out, words), (words, out)


@pytest.mark.usefixtures("newsroom")
def test_min_severity_warning_keeps_warnings(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, DRAFT, "--format", "json", "--min-severity", "warning")
    assert status == 1
    report = json.loads(out)
    assert [f["severity"] for f in report["findings"]] == ["error", "error", "warning"]
    # what is left out is not counted either
    assert report["counts"] == {
        "corroborated": 0, "partial": 0, "altered": 1, "misattributed": 1, "uncorroborated": 1
    }


@pytest.mark.usefixtures("newsroom")
def test_min_severity_info_is_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, DRAFT, "--min-severity", "info") == run(capsys, DRAFT)


@pytest.mark.usefixtures("newsroom")
def test_text_summary_counts_only_what_is_shown(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, DRAFT, "--min-severity", "error")
    assert "2 errors, 0 warnings, 0 info, 0 suppressed in 1 draft (3 sources)" in out
    assert "0 corroborated, 0 partial, 1 altered, 1 misattributed, 0 uncorroborated" in out


@pytest.mark.usefixtures("newsroom")
def test_a_suppressed_warning_below_the_level_is_not_counted(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = newsroom / DRAFT
    text = draft.read_text(encoding="utf-8")
    line_start = text.rfind("\n", 0, text.index(WARNING_WORDS)) + 1
    line_start = text.rfind("\n", 0, line_start - 1) + 1  # the paragraph's first line
    draft.write_text(
        text[:line_start] + "<!-- quoteverify: ignore -->\n" + text[line_start:], encoding="utf-8"
    )
    _, out, _ = run(capsys, DRAFT)
    assert "1 suppressed" in out
    _, out, _ = run(capsys, DRAFT, "--min-severity", "error")
    assert "0 suppressed" in out


@pytest.mark.usefixtures("newsroom")
def test_the_exit_status_does_not_depend_on_what_is_shown(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(capsys, DRAFT, "--min-severity", "error")[0] == 1
    assert run(capsys, DRAFT, "--min-severity", "error", "--exit-zero")[0] == 0
    assert run(capsys, DRAFT, "--quiet")[0] == 1
    assert run(capsys, DRAFT, "--quiet", "--exit-zero")[0] == 0


@pytest.mark.usefixtures("newsroom")
def test_quiet_prints_only_the_errors(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, DRAFT, "--quiet")
    assert (status, err) == (1, "")
    rows = [line for line in out.splitlines() if re.match(r"^\s+\d+:\d+\s", line)]
    assert [row.split()[1:3] for row in rows] == [
        ["misattributed", "error"], ["altered", "error"]
    ]
    assert "warning" not in out
    assert "corroborated" not in out.replace("uncorroborated", "")
    assert "0 info" not in out  # no summary


@pytest.mark.usefixtures("newsroom")
def test_quiet_with_only_warnings_prints_nothing_and_exits_zero(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = newsroom / "drafts" / "short.md"
    draft.write_text(
        '"Nobody at the town hall has bothered to walk down to the fish market," he said.\n',
        encoding="utf-8",
    )
    status, out, err = run(capsys, "drafts/short.md", "--sources", "sources/", "--quiet")
    assert (status, out, err) == (0, "", "")
    status, out, _ = run(capsys, "drafts/short.md", "--sources", "sources/")
    assert status == 0
    assert "uncorroborated" in out


@pytest.mark.usefixtures("newsroom")
def test_quiet_still_reports_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, DRAFT, "--quiet", "--sources", "no/such/file.txt")
    assert status == 2
    assert out == ""
    assert err.startswith("quoteverify: error: no/such/file.txt")


@pytest.mark.usefixtures("newsroom")
def test_quiet_json_is_still_json(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, DRAFT, "--quiet", "--format", "json")
    assert {f["severity"] for f in json.loads(out)["findings"]} == {"error"}


def test_min_severity_takes_only_the_three_levels(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "d.md", "--min-severity", "note")
    assert status == 2
    assert "invalid choice: 'note'" in err
