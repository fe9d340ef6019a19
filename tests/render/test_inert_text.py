"""Hostile text stays inert in every output: no terminal control sequence or bidirectional
override reaches a terminal or a code-scanning page, and a Markdown comment pings nobody."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from helpers import run
from hypothesis import given
from hypothesis import strategies as st

from quoteverify.render.markdown import escape

ESC = "\x1b[2J\x1b]0;owned\x07"
BIDI = "\u202e\u2066"
RAW_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# what GitHub links in a comment: @user, @org/team, #123, GH-123
MENTION = re.compile(r"(?<![\w`])@[A-Za-z0-9]|(?<![\w&])#\d|\bGH-\d", re.IGNORECASE)



@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(
        f'"We will{ESC} not back down{BIDI} ever, @octocat and @acme/security, see #123 and'
        f' GH-45," said Maria{ESC} Lopez{BIDI}, the housing director.\n',
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        '"We will not back down ever, @octocat and @acme/security, see #124 and GH-45,"'
        " said Maria Lopez, the housing director.\n",
        encoding="utf-8",
    )
    return folder


def test_extract_text_escapes_control_and_bidi(
    capsys: pytest.CaptureFixture[str], hostile: Path
) -> None:
    status, out, _ = run(capsys, "extract", hostile)
    assert status == 0
    assert "Maria" in out
    assert not RAW_UNSAFE.search(out), ascii(out)
    assert "\\x1b[2J" in out
    assert "\\u202e" in out


@pytest.mark.parametrize("command", ["extract", "compare"])
def test_error_messages_escape_control_and_bidi(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str
) -> None:
    missing = tmp_path / f"evil{ESC}{BIDI}.txt"
    status, out, err = run(capsys, command, missing, tmp_path)
    assert (status, out) == (2, "")
    assert err.startswith("quoteverify: error: ")
    assert err.count("\n") == 1
    assert not RAW_UNSAFE.search(err), ascii(err)
    assert "evil\\x1b[2J" in err


def test_markdown_pings_nobody(capsys: pytest.CaptureFixture[str], hostile: Path) -> None:
    status, out, _ = run(capsys, "compare", hostile, "--format", "markdown")
    assert status == 0
    assert "octocat" in out
    assert "acme/security" in out
    assert not MENTION.search(out), [m.group() for m in MENTION.finditer(out)]


def test_check_markdown_and_step_summary_ping_nobody(
    capsys: pytest.CaptureFixture[str],
    hostile: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    draft, source = hostile / "a.txt", hostile / "b.txt"
    status, out, _ = run(capsys, "check", draft, "--sources", source, "--format", "markdown")
    assert status == 1
    assert "octocat" in out
    assert not MENTION.search(out), [m.group() for m in MENTION.finditer(out)]
    run(capsys, "check", draft, "--sources", source, "--format", "github")
    text = summary.read_text(encoding="utf-8")
    assert "octocat" in text
    assert not MENTION.search(text), [m.group() for m in MENTION.finditer(text)]


def test_sarif_has_no_raw_bidi_or_control_characters(
    capsys: pytest.CaptureFixture[str], hostile: Path
) -> None:
    status, out, _ = run(
        capsys, "check", hostile / "a.txt", "--sources", hostile / "b.txt", "--format", "sarif"
    )
    assert status == 1
    assert json.loads(out)["runs"][0]["results"]
    assert not RAW_UNSAFE.search(out), ascii(out)  # raw in the JSON text ...
    decoded = json.dumps(json.loads(out), ensure_ascii=False)
    assert not RAW_UNSAFE.search(decoded)  # ... and as "\u202e" escapes that decode to it


@given(st.text())
def test_markdown_escape_never_links_or_steers(text: str) -> None:
    escaped = escape(text)
    assert not MENTION.search(escaped)
    assert not RAW_UNSAFE.search(escaped)
    assert "\n" not in escaped
