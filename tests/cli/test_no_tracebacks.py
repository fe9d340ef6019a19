"""Hostile or broken input is one line naming the file and the problem, exit 2, never a
traceback: in every format, and in the GitHub step summary when --format github writes one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import assert_one_line_error, run

SAID = '"We will not back down now," said Maria Lopez, the housing director.'
EXTRACT_FORMATS = ("text", "json")
COMPARE_FORMATS = ("text", "json", "markdown", "html")
CHECK_FORMATS = ("text", "json", "github", "sarif", "markdown", "html")




@pytest.fixture(autouse=True)
def _no_step_summary(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)


@pytest.fixture
def surrogate_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "wire.jsonl"
    # json.loads turns the escape "\ud800" into a lone surrogate, which no UTF-8 output can hold
    corpus.write_text(
        '{"id": "a", "text": "\\"We will not back down \\ud800 now,\\" said Maria Lopez."}\n'
        + '{"id": "b", "text": "' + SAID.replace('"', '\\"') + '"}\n',
        encoding="utf-8",
    )
    return corpus


@pytest.mark.parametrize(
    ("command", "form"),
    [("extract", f) for f in EXTRACT_FORMATS] + [("compare", f) for f in COMPARE_FORMATS],
)
def test_a_lone_surrogate_in_a_corpus_is_an_input_error(
    capsys: pytest.CaptureFixture[str], surrogate_corpus: Path, command: str, form: str
) -> None:
    status, out, err = run(capsys, command, surrogate_corpus, "--format", form)
    assert (status, out) == (2, "")
    assert_one_line_error(err, surrogate_corpus, "line 1", '"text"', "surrogate")


@pytest.mark.parametrize("form", CHECK_FORMATS)
def test_a_lone_surrogate_in_a_source_corpus_fails_the_check(
    capsys: pytest.CaptureFixture[str], surrogate_corpus: Path, tmp_path: Path, form: str
) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(SAID, encoding="utf-8")
    status, out, err = run(capsys, "check", draft, "--sources", surrogate_corpus, "--format", form)
    assert (status, out) == (2, "")
    assert_one_line_error(err, surrogate_corpus, "surrogate")


def test_a_lone_surrogate_in_an_id_is_an_input_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "\\udc80", "text": "x"}\n{"id": "b", "text": "y"}\n')
    status, out, err = run(capsys, "compare", corpus)
    assert (status, out) == (2, "")
    assert_one_line_error(err, corpus, '"id"', "surrogate")


def test_a_file_name_that_is_not_utf8_is_an_input_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9.txt")  # a Latin-1 name, decoded with surrogateescape
    (folder / name).write_text(SAID, encoding="utf-8")
    status, out, err = run(capsys, "extract", folder, "--format", "json")
    assert (status, out) == (2, "")
    assert_one_line_error(err, "file name is not valid UTF-8")


@pytest.mark.parametrize("form", CHECK_FORMATS)
def test_a_symlink_loop_among_the_sources_is_an_input_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, form: str
) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(SAID, encoding="utf-8")
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop.name)
    status, out, err = run(capsys, "check", draft, "--sources", loop, "--format", form)
    assert (status, out) == (2, "")
    assert_one_line_error(err, loop, "symbolic link loop")


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "draft.txt").write_text(SAID, encoding="utf-8")
    (tmp_path / "release.txt").write_text(SAID, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("form", CHECK_FORMATS)
def test_a_settings_file_that_is_not_utf8_is_an_input_error(
    capsys: pytest.CaptureFixture[str], desk: Path, form: str
) -> None:
    (desk / "quoteverify.toml").write_bytes("min_words = 3  # café\n".encode("latin-1"))
    status, out, err = run(capsys, "check", "draft.txt", "--sources", "release.txt",
                           "--format", form)
    assert (status, out) == (2, "")
    assert_one_line_error(err, "quoteverify.toml", "not valid UTF-8")


@pytest.mark.parametrize("form", CHECK_FORMATS)
def test_a_pyproject_that_does_not_parse_is_an_input_error(
    capsys: pytest.CaptureFixture[str], desk: Path, form: str
) -> None:
    # It may hold [tool.quoteverify]: checking without it would quietly change the check.
    (desk / "pyproject.toml").write_text("[tool.quoteverify\nstrict = true\n", encoding="utf-8")
    status, out, err = run(capsys, "check", "draft.txt", "--sources", "release.txt",
                           "--format", form)
    assert (status, out) == (2, "")
    assert_one_line_error(err, "pyproject.toml", "not valid TOML")


def test_the_github_format_puts_the_error_in_the_step_summary(
    capsys: pytest.CaptureFixture[str], desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = desk / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    status, out, err = run(capsys, "check", "draft.txt", "--sources", "missing_*.txt",
                           "--format", "github")
    assert (status, out) == (2, "")
    assert_one_line_error(err, "missing_*.txt", "no such file")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n")
    assert "missing\\_\\*.txt: no such file or directory" in text  # as Markdown, inert
    # other formats leave the summary alone
    summary.write_text("", encoding="utf-8")
    assert run(capsys, "check", "draft.txt", "--sources", "missing.txt")[0] == 2
    assert summary.read_text(encoding="utf-8") == ""
