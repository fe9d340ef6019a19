"""Colour in the text outputs of extract, compare and check: ``--color auto|always|never`` and
``NO_COLOR`` (https://no-color.org).

``auto`` (the default) colours only standard output that is a terminal, and not when
``NO_COLOR`` holds any non-empty value; ``always`` and ``never`` override both. Colour is only
ever added around the text: without its escape sequences the output is the plain output, and
document text stays inert. The machine-readable formats never get colour.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT

from quoteverify.cli import main

SGR = re.compile(r"\x1b\[[0-9;]*m")
ESC = "\x1b]0;owned\x07\x1b[2J"

DRAFT = (
    "The harbour board met on Monday.\n"
    '"We will dredge the channel before the storms come," said Mayor Lena Ostrova.\n'
    '"The cranes are older than the crews," Ostrova added.\n'
    f'"Nobody{ESC} asked the fishermen at all," said Ostrova.\n'
    '"Unclosed and left open\n'
)
SOURCE = (
    "OSTROVA: We will dredge the channel before the autumn storms come.\n"
    "OSTROVA: The cranes are older than the crews.\n"
)


@pytest.fixture(autouse=True)
def _no_colour_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NO_COLOR", "FORCE_COLOR", "CLICOLOR_FORCE", "GITHUB_STEP_SUMMARY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "source.txt").write_text(SOURCE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


COMMANDS = {
    "extract": ["extract", "draft.txt"],
    "compare": ["compare", "draft.txt", "source.txt"],
    "check": ["check", "draft.txt", "--sources", "source.txt", "--exit-zero"],
}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    status = main(list(args))
    out, err = capsys.readouterr()
    assert (status, err) == (0, "")
    return out


def as_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make standard output (pytest's capture) say it is a terminal."""
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)


@pytest.mark.usefixtures("files")
@pytest.mark.parametrize("command", COMMANDS)
def test_always_colours_the_plain_text(capsys: pytest.CaptureFixture[str], command: str) -> None:
    plain = run(capsys, *COMMANDS[command], "--color", "never")
    styled = run(capsys, *COMMANDS[command], "--color", "always")
    assert SGR.search(styled), styled
    assert SGR.sub("", styled) == plain
    assert "\x1b" not in plain
    # the only escape sequences are the styles: the document's own stay escaped
    assert "\x1b" not in SGR.sub("", styled)
    assert "\\x1b]0;owned" in plain


@pytest.mark.usefixtures("files")
@pytest.mark.parametrize("command", COMMANDS)
def test_auto_colours_a_terminal_only(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    assert not SGR.search(run(capsys, *COMMANDS[command]))  # not a terminal
    as_terminal(monkeypatch)
    assert SGR.search(run(capsys, *COMMANDS[command]))
    assert SGR.search(run(capsys, *COMMANDS[command], "--color", "auto"))
    assert not SGR.search(run(capsys, *COMMANDS[command], "--color", "never"))


@pytest.mark.usefixtures("files")
@pytest.mark.parametrize("command", COMMANDS)
def test_no_color_turns_auto_off(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    as_terminal(monkeypatch)
    monkeypatch.setenv("NO_COLOR", "1")
    assert not SGR.search(run(capsys, *COMMANDS[command]))
    monkeypatch.setenv("NO_COLOR", "false")  # any value that is not empty
    assert not SGR.search(run(capsys, *COMMANDS[command]))
    # the command line is more specific than the environment
    assert SGR.search(run(capsys, *COMMANDS[command], "--color", "always"))
    monkeypatch.setenv("NO_COLOR", "")  # empty: as if not set
    assert SGR.search(run(capsys, *COMMANDS[command]))


@pytest.mark.parametrize("command", COMMANDS)
def test_auto_does_not_colour_an_output_file(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    files: Path,
    command: str,
) -> None:
    as_terminal(monkeypatch)
    assert run(capsys, *COMMANDS[command], "--output", "out.txt") == ""
    assert "\x1b" not in (files / "out.txt").read_text(encoding="utf-8")


@pytest.mark.usefixtures("files")
@pytest.mark.parametrize(
    "args",
    [
        [*COMMANDS["extract"], "--format", "json"],
        [*COMMANDS["compare"], "--format", "json"],
        [*COMMANDS["compare"], "--format", "markdown"],
        *([*COMMANDS["check"], "--format", form] for form in ("json", "github", "sarif")),
    ],
)
def test_other_formats_are_never_coloured(
    capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    assert run(capsys, *args, "--color", "always") == run(capsys, *args, "--color", "never")


@pytest.mark.usefixtures("files")
def test_colour_marks_severities_and_statuses(capsys: pytest.CaptureFixture[str]) -> None:
    check = run(capsys, *COMMANDS["check"], "--color", "always")
    assert "\x1b[1;31maltered" in check  # an error, in bold red
    assert "\x1b[33muncorroborated" in check  # a warning, in yellow
    compare = run(capsys, *COMMANDS["compare"], "--color", "always")
    assert "\x1b[1;31maltered" in compare
    assert re.search(r"\x1b\[31m\s*- ", compare)  # the draft's side of a diff
    extract = run(capsys, *COMMANDS["extract"], "--color", "always")
    assert "\x1b[33mwarning" in extract  # the unclosed quote


def test_color_takes_three_values(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "a.txt", "--color", "yes"]) == 2
    assert "invalid choice: 'yes'" in capsys.readouterr().err


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_a_real_terminal(files: Path) -> None:
    """The installed command under a pseudo-terminal: coloured, unless NO_COLOR is set."""
    import pty

    def on_terminal(**extra: str) -> str:
        leader, follower = pty.openpty()
        env = {name: value for name, value in os.environ.items() if name != "NO_COLOR"}
        env.update(PYTHONPATH=str(ROOT), **extra)
        with subprocess.Popen(
            [sys.executable, "-m", "quoteverify", *COMMANDS["check"]],
            stdout=follower,
            stderr=subprocess.DEVNULL,
            cwd=files,
            env=env,
        ) as process:
            os.close(follower)
            chunks = []
            while True:
                try:
                    chunk = os.read(leader, 65536)
                except OSError:  # the terminal closed with the process
                    break
                if not chunk:
                    break
                chunks.append(chunk)
            process.wait(timeout=60)
        os.close(leader)
        return b"".join(chunks).decode("utf-8")

    assert SGR.search(on_terminal())
    assert not SGR.search(on_terminal(NO_COLOR="1"))
