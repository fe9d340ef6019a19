"""Progress: shown on standard error when it is a terminal and the run lasts (the delay is
set to 0 here so a test need not last two seconds), never with --quiet or on a pipe, never on
standard output; and the library only calls the hook it is given."""

from __future__ import annotations

import importlib
import io
import json
import os
import pty
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from helpers import ROOT, SEEDS, run

from quoteverify import Document, corroborate, extract
from quoteverify.matching.progress import ALIGN, EXTRACT, READ
from quoteverify.render.progress import TerminalProgress

cli_main = importlib.import_module("quoteverify.cli.main")  # (the package's `main` is the function)


class Terminal(io.StringIO):
    """Standard error as a terminal would be: it says it is one."""

    def isatty(self) -> bool:
        return True


def terminal(monkeypatch: pytest.MonkeyPatch) -> Terminal:
    """Make standard error a terminal, and progress shown at once. (Called in the test itself:
    capsys takes standard error back for the test after the fixtures are set up.)"""
    screen = Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    monkeypatch.setattr(cli_main, "PROGRESS_DELAY", 0.0)
    return screen


def report_alone(capsys: pytest.CaptureFixture[str]) -> str:
    status, out, _ = run(capsys, "compare", SEEDS, "--format", "json", "--quiet")
    assert status == 0
    return out


def test_a_terminal_shows_each_stage_with_its_rate_and_stdout_holds_only_the_report(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    screen = terminal(monkeypatch)
    expected = report_alone(capsys)
    status, out, _ = run(capsys, "compare", SEEDS, "--format", "json")
    assert (status, out) == (0, expected)
    shown = screen.getvalue()
    for part in ("reading: 2 documents", "extracting: 100%", "documents/s", "quotes]",
                 "aligning: 100%", "candidates/s", "matches]"):
        assert part in shown, (part, shown)


def test_with_quiet_a_terminal_shows_nothing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    screen = terminal(monkeypatch)
    report_alone(capsys)
    assert screen.getvalue() == ""


def test_stderr_that_is_no_terminal_shows_nothing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli_main, "PROGRESS_DELAY", 0.0)
    expected = report_alone(capsys)
    status, out, err = run(capsys, "compare", SEEDS, "--format", "json")
    assert (status, out, err) == (0, expected, "")


def test_shards_written_on_a_terminal_show_progress_then_the_counts(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    screen = terminal(monkeypatch)
    status, out, _ = run(capsys, "compare", SEEDS, "--output-dir", tmp_path / "out")
    assert (status, out) == (0, "")
    shown = screen.getvalue()
    assert "aligning: 100%" in shown
    last = shown.replace("\r", "\n").splitlines()[-1]
    assert last.startswith("2 documents, ") and f" findings in {tmp_path / 'out'}: " in last


def test_a_real_terminal(tmp_path: Path) -> None:
    """The command in its own process, standard error a pseudo-terminal of 100 columns,
    standard output a file: bars on the one, the report alone on the other."""
    import fcntl
    import termios

    script = (
        "import importlib, sys; m = importlib.import_module('quoteverify.cli.main');"
        " m.PROGRESS_DELAY = 0.0;"
        f" sys.exit(m.main(['compare', {str(SEEDS)!r}, '--format', 'json']))"
    )
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryFile() as out:
        child = subprocess.Popen(
            [sys.executable, "-c", script], stdout=out, stderr=follower, stdin=subprocess.DEVNULL,
            env=env, cwd=tmp_path,
        )
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the child has gone: the terminal is closed
                break
            if not chunk:
                break
            shown += chunk
        os.close(leader)
        assert child.wait(timeout=120) == 0
        out.seek(0)
        report = json.loads(out.read())
    assert report["kind"] == "report"
    text = shown.decode("utf-8")
    assert "extracting: 100%" in text and "aligning: 100%" in text, text


def test_a_short_run_draws_nothing() -> None:
    screen = io.StringIO()
    with TerminalProgress(screen, delay=60) as progress:
        for done in range(1, 1001):
            progress(ALIGN, done, 1000, done // 2)
    assert screen.getvalue() == ""


def test_the_library_prints_nothing_and_tells_only_the_hook_it_is_given(
    capsys: pytest.CaptureFixture[str],
) -> None:
    documents = [Document(f"d{k}.txt", path.read_text("utf-8"))
                 for k, path in enumerate(sorted(SEEDS.glob("*.txt")))]
    calls: list[tuple[str, int, int, int]] = []
    told = corroborate(documents, progress=lambda *call: calls.append(call))
    assert corroborate(documents) == told
    assert capsys.readouterr() == ("", "")
    stages = [stage for stage, *_ in calls]
    assert stages == sorted(stages, key=[EXTRACT, ALIGN].index)  # one stage after the other
    for stage in (EXTRACT, ALIGN):
        mine = [call for call in calls if call[0] == stage]
        done = [d for _, d, _, _ in mine]
        assert done == sorted(done)
        assert mine[-1][1] == mine[-1][2] > 0
    quotes = sum(len(extract(d.text).quotes) for d in documents)
    assert calls[len(documents) - 1] == (EXTRACT, 2, 2, quotes)
    assert READ not in stages
