"""quoteverify.load: the library reads a file exactly as the command line does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import quoteverify
from quoteverify import Document, InputError, check, extract
from quoteverify.cli import main
from quoteverify.render.json import results_to_json

DRAFT = """\
---
title: Schools
---
# Schools

> Mayor Ana Ruiz said: "We will never cut a single teacher
> from our schools this year."

<!-- "This is only a note to the editor," the reporter wrote. -->

- "The library stays open on Sundays,"
  Ruiz said.
"""

SOURCE = """\
<html><head><title>"Not prose"</title></head><body>
<!-- "We will close the library," Ruiz said. -->
<p>&ldquo;We will not cut a single teacher from our schools this year,&rdquo; Mayor Ana Ruiz
said.</p>
<p>&ldquo;The library stays open on Sundays,&rdquo; Ruiz said.</p>
</body></html>
"""


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    draft, source = tmp_path / "draft.md", tmp_path / "source.html"
    draft.write_text(DRAFT, encoding="utf-8")
    source.write_text(SOURCE, encoding="utf-8")
    return draft, source


def cli_json(capsys: pytest.CaptureFixture[str], *args: str | Path) -> dict[str, object]:
    main([str(arg) for arg in args])
    output: dict[str, object] = json.loads(capsys.readouterr().out)
    return output


def test_extract_through_the_library_is_extract_on_the_command_line(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    for path in files:
        document = quoteverify.load(path)
        output = cli_json(capsys, "extract", path, "--format", "json")
        assert output == results_to_json([(document, extract(document.text))])


def test_check_through_the_library_is_check_on_the_command_line(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    draft, source = files
    report = check([quoteverify.load(draft)], [quoteverify.load(source)])
    found = [(f.status, f.quote.text, f.quote.start, f.quote.end) for f in report.findings]
    output = cli_json(
        capsys, "check", draft, "--sources", source, "--format", "json", "--exit-zero"
    )
    shown = [
        (f["status"], f["quote"]["text"], f["quote"]["start"], f["quote"]["end"])
        for f in output["findings"]  # type: ignore[attr-defined]
    ]
    assert found == shown
    assert [(status, text) for status, text, _, _ in found] == [
        ("altered", "We will never cut a single teacher from our schools this year."),
        ("corroborated", "The library stays open on Sundays,"),
    ]


def test_from_path_reads_the_file_as_plain_text(files: tuple[Path, Path]) -> None:
    draft, _ = files
    assert Document.from_path(draft).text == DRAFT
    assert quoteverify.load(draft).file_text() == DRAFT


@pytest.mark.parametrize("name", ["folder", "corpus.jsonl"])
def test_load_reads_one_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    if name == "folder":
        path.mkdir()
    else:
        path.write_text('{"id": "a", "text": "b"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="reads one file"):
        quoteverify.load(path)
