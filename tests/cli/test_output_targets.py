"""--output writes to what the path is: a file is replaced atomically, a symbolic link is
written through to its target, a device or a FIFO is written to and never replaced."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import run

STORY = '"We will not back down," said Maria Lopez, the housing director.\n'


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path



def test_a_symlink_is_written_through_and_stays_a_link(
    capsys: pytest.CaptureFixture[str], story: Path, tmp_path: Path
) -> None:
    (tmp_path / "reports").mkdir()
    target = tmp_path / "reports" / "quotes.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "latest.json"
    link.symlink_to(target)
    assert run(capsys, "extract", story, "--format", "json", "--output", link)[0] == 0
    assert link.is_symlink()
    assert os.readlink(link) == str(target)
    assert "Maria Lopez" in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    # the temporary file was made beside the target, and is gone
    assert sorted(os.listdir(tmp_path / "reports")) == ["quotes.json"]


def test_a_dangling_symlink_gets_its_target_created(
    capsys: pytest.CaptureFixture[str], story: Path, tmp_path: Path
) -> None:
    target = tmp_path / "quotes.txt"
    link = tmp_path / "latest.txt"
    link.symlink_to(target)
    assert run(capsys, "extract", story, "--output", link)[0] == 0
    assert link.is_symlink()
    assert "Maria Lopez" in target.read_text(encoding="utf-8")


def test_a_fifo_is_written_to_not_replaced(
    capsys: pytest.CaptureFixture[str], story: Path, tmp_path: Path
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    # a reader that does not block, so the writer's open finds it and nothing waits
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        status = run(capsys, "extract", story, "--output", fifo)[0]
        assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
        assert status == 0
        assert b"Maria Lopez" in os.read(reader, 65536)
    finally:
        os.close(reader)


def test_a_device_is_written_to_not_replaced(
    capsys: pytest.CaptureFixture[str], story: Path, tmp_path: Path
) -> None:
    device = tmp_path / "null"  # a copy of /dev/null, so a failure breaks nothing
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        os.open(device, os.O_WRONLY)
    except OSError:
        pytest.skip("cannot make or open a device node here")
    status, out, err = run(capsys, "extract", story, "--output", device)
    assert (status, out, err) == (0, "", "")
    assert stat.S_ISCHR(os.lstat(device).st_mode)


def test_a_directory_is_refused(
    capsys: pytest.CaptureFixture[str], story: Path, tmp_path: Path
) -> None:
    status, out, err = run(capsys, "extract", story, "--output", tmp_path)
    assert (status, out) == (2, "")
    assert err == f"quoteverify: error: {tmp_path}: cannot write output: is a directory\n"


def test_a_symlink_loop_is_refused(
    capsys: pytest.CaptureFixture[str], story: Path, tmp_path: Path
) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    status, out, err = run(capsys, "extract", story, "--output", loop)
    assert (status, out) == (2, "")
    assert err.startswith(f"quoteverify: error: {loop}: cannot write output: ")
    assert loop.is_symlink()


def test_a_fifo_whose_reader_goes_away_ends_quietly(
    capsys: pytest.CaptureFixture[str],
    story: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # --output /dev/stdout into `| head -1`: the reader leaves, as with standard output
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    read_end, write_end = os.pipe()
    os.close(read_end)
    monkeypatch.setattr("quoteverify.cli.output.os.open", lambda *args: write_end)
    # (in-process, stdout is pytest's: it must not be pointed at /dev/null)
    monkeypatch.setattr(sys.modules["quoteverify.cli.main"], "_silence_stdout", lambda: None)
    status, out, err = run(capsys, "extract", story, "--output", fifo)
    assert (status, out, err) == (141, "", "")


def test_a_real_pipe_closed_early_ends_quietly(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(STORY * 5000, encoding="utf-8")
    for command in (["extract", str(big)], ["compare", str(big), str(tmp_path / "story.txt")]):
        (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
        process = subprocess.Popen(
            [sys.executable, "-m", "quoteverify", *command],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        )
        assert process.stdout is not None and process.stderr is not None
        process.stdout.readline()
        process.stdout.close()  # like `| head -1`
        err = process.stderr.read()
        assert process.wait(timeout=120) in (0, 141)
        assert err == b""
