"""A source that cannot be read is never skipped silently, and a FIFO never hangs a run.

A broken symbolic link, a link loop, a FIFO or a socket where a text file should be is exit
status 2 with one line naming it, whether it is named on the command line or found in a folder.
Nothing that is not a regular file is opened: opening a FIFO for reading waits for a writer.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers import assert_one_line_error, run

TEXT = '"We will not back down," said Maria Lopez, the housing director.\n'




def _dangling(path: Path) -> None:
    path.symlink_to(path.with_name("gone.txt"))


def _loop(path: Path) -> None:
    path.symlink_to(path.name)


def _fifo(path: Path) -> None:
    os.mkfifo(path)


@pytest.fixture
def bound_socket() -> Iterator[Callable[[Path], None]]:
    sockets: list[socket.socket] = []

    def make(path: Path) -> None:
        if len(str(path)) > 100:
            pytest.skip("the path is too long for a Unix socket")
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.bind(str(path))
        sockets.append(sock)

    yield make
    for sock in sockets:
        sock.close()


KINDS = {
    "dangling": (_dangling, "broken symbolic link"),
    "loop": (_loop, "symbolic link loop"),
    "fifo": (_fifo, "not a regular file (a FIFO)"),
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    return folder


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("command", ["extract", "compare"])
def test_an_unreadable_file_in_a_folder_is_named(
    capsys: pytest.CaptureFixture[str], folder: Path, kind: str, command: str
) -> None:
    make, problem = KINDS[kind]
    make(folder / "b.txt")
    (folder / "c.txt").write_text(TEXT, encoding="utf-8")
    status, out, err = run(capsys, command, folder)
    assert (status, out) == (2, "")
    assert_one_line_error(err, folder / "b.txt", problem)


def test_a_socket_in_a_folder_is_named(
    capsys: pytest.CaptureFixture[str], folder: Path, bound_socket: Callable[[Path], None]
) -> None:
    bound_socket(folder / "s.txt")
    status, out, err = run(capsys, "extract", folder)
    assert (status, out) == (2, "")
    assert_one_line_error(err, folder / "s.txt", "not a regular file (a socket)")


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_an_unreadable_file_in_a_sources_folder_fails_the_check(
    capsys: pytest.CaptureFixture[str], folder: Path, kind: str
) -> None:
    make, problem = KINDS[kind]
    make(folder / "b.txt")
    draft = folder.parent / "draft.txt"
    draft.write_text(TEXT, encoding="utf-8")
    status, out, err = run(capsys, "check", draft, "--sources", folder, "--exit-zero")
    assert (status, out) == (2, "")
    assert_one_line_error(err, folder / "b.txt", problem)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_an_unreadable_file_named_directly_is_named(
    capsys: pytest.CaptureFixture[str], folder: Path, kind: str
) -> None:
    make, problem = KINDS[kind]
    make(folder / "b.txt")
    status, out, err = run(capsys, "extract", folder / "b.txt")
    assert (status, out) == (2, "")
    assert_one_line_error(err, folder / "b.txt", problem)


def test_files_without_a_text_suffix_are_still_passed_over(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    _fifo(folder / "pipe")
    _dangling(folder / "old-link")
    status, _, err = run(capsys, "extract", folder)
    assert (status, err) == (0, "")


def test_a_fifo_named_as_input_does_not_hang(folder: Path) -> None:
    fifo = folder / "incoming.txt"
    _fifo(fifo)
    # A child process, so a run that opens the FIFO hangs it and not the test session.
    result = subprocess.run(
        [sys.executable, "-m", "quoteverify", "extract", str(fifo)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == f"quoteverify: error: {fifo}: not a regular file (a FIFO)\n"


def test_a_device_named_as_input_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "extract", os.devnull)
    assert (status, out) == (2, "")
    assert_one_line_error(err, os.devnull, "not a regular file (a device)")
