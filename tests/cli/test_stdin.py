"""``quoteverify check -``: a draft read from standard input, as an editor's buffer is checked
before it is saved. ``--stdin-filename`` says which file the text stands for: its suffix sets
the format, it is the path every output shows, settings and the repository are looked up from
it, and the sources in its front matter are relative to it.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from quoteverify.cli import main

DRAFT = "drafts/harbour.md"
FORMATS = ("text", "json", "github", "sarif", "markdown")


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("GITHUB_STEP_SUMMARY", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)


def run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    stdin: bytes | str,
    *args: str,
) -> tuple[int, str, str]:
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    status = main(["check", *args])
    out, err = capsys.readouterr()
    return status, out, err


def run_file(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["check", *args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("form", FORMATS)
def test_a_draft_from_stdin_is_checked_as_the_file_it_names(
    newsroom: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    form: str,
) -> None:
    # Markdown by its suffix (positions in the file), its front matter's sources relative to
    # drafts/, the newsroom's settings: the same output as checking the file itself
    text = (newsroom / DRAFT).read_text(encoding="utf-8")
    expected = run_file(capsys, DRAFT, "--format", form)
    assert expected[0] == 1
    assert run(capsys, monkeypatch, text, "-", "--stdin-filename", DRAFT, "--format", form) == (
        expected
    )


def test_the_named_file_need_not_exist(
    newsroom: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (newsroom / DRAFT).read_text(encoding="utf-8")
    status, out, err = run(
        capsys, monkeypatch, text, "-", "--stdin-filename", "drafts/unsaved.md", "--format", "json"
    )
    assert (status, err) == (1, "")
    report = json.loads(out)
    assert report["documents"][0]["source"] == "drafts/unsaved.md"
    assert len(report["findings"]) == 5
    assert not (newsroom / "drafts" / "unsaved.md").exists()


def test_settings_are_looked_up_from_the_named_file(
    newsroom: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = newsroom / "desk"
    desk.mkdir()
    (desk / "quoteverify.toml").write_text(
        'sources = ["../sources/"]\n[severity]\nuncorroborated = "error"\n', encoding="utf-8"
    )
    text = '"Nobody here has seen the harbour plan at all," said a pilot.\n'
    status, out, err = run(capsys, monkeypatch, text, "-", "--stdin-filename", "desk/note.txt")
    assert err == ""
    assert status == 1  # the desk's settings: uncorroborated is an error, sources found there
    assert "desk/note.txt" in out
    assert "uncorroborated  error" in out


def test_front_matter_sources_are_kept_inside_the_repository(
    newsroom: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    outside = newsroom.parent / "secret.txt"
    outside.write_text("MAYOR: Nothing to see.\n", encoding="utf-8")
    text = '---\nsources:\n  - ../../secret.txt\n---\n\n"Nothing to see," the mayor said.\n'
    status, out, err = run(capsys, monkeypatch, text, "-", "--stdin-filename", "drafts/x.md")
    assert (status, out) == (2, "")
    assert "outside the repository" in err
    assert "drafts/x.md" in err


def test_html_by_its_suffix(
    newsroom: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = newsroom / "sources" / "article.html"
    text = page.read_text(encoding="utf-8")
    args = ("--sources", "sources/council-briefing.txt", "--format", "json")
    expected = json.loads(run_file(capsys, "sources/article.html", *args)[1])
    _, out, _ = run(
        capsys, monkeypatch, text, "-", "--stdin-filename", "sources/article.html", *args
    )
    got = json.loads(out)
    assert got["findings"] == expected["findings"]
    assert got["findings"]  # the page's quotes were read as HTML, at their places in the file
    assert "&ldquo;" not in json.dumps([f["quote"]["text"] for f in got["findings"]])


def test_without_a_name_stdin_is_plain_text(
    newsroom: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = '"We are going to dredge the eastern channel before the autumn storms," she said.\n'
    status, out, err = run(capsys, monkeypatch, text, "-", "--sources", "sources/")
    assert (status, err) == (0, "")
    assert out.splitlines()[0] == "<stdin>"
    assert "1:2  corroborated" in out


def test_stdin_beside_drafts_on_disk(
    newsroom: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = '"Nobody here has seen the harbour plan at all," said a pilot.\n'
    status, out, _ = run(
        capsys, monkeypatch, text, DRAFT, "-", "--stdin-filename", "drafts/note.txt",
        "--format", "json",
    )
    assert status == 1
    sources = [d["source"] for d in json.loads(out)["documents"]]
    assert sources[:2] == [DRAFT, "drafts/note.txt"]


@pytest.mark.usefixtures("newsroom")
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["drafts/harbour.md", "--stdin-filename", "x.md"], "--stdin-filename"),
        (["-", "-", "--sources", "sources/"], "standard input"),
    ],
)
def test_stdin_misuse_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    message: str,
) -> None:
    status, out, err = run(capsys, monkeypatch, "", *args)
    assert (status, out) == (2, "")
    assert message in err


@pytest.mark.usefixtures("newsroom")
def test_bad_bytes_on_stdin_name_the_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    status, out, err = run(
        capsys, monkeypatch, b"ok \xff", "-", "--stdin-filename", "drafts/x.md",
        "--sources", "sources/",
    )
    assert (status, out) == (2, "")
    assert err.startswith("quoteverify: error: drafts/x.md (standard input): ")
    assert err.count("\n") == 1
