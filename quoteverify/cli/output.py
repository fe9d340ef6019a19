"""Writing a command's output: to standard output as UTF-8, or to a file replaced atomically.

Output is written only once everything has been computed, so bad input never leaves half a
report behind. ``--output`` writes to what the path is: a regular file (or a new path) is
replaced atomically, a symbolic link is written through to its target (the link stays), and a
device or a FIFO (``/dev/null``, ``/dev/stdout``) is written to directly, never replaced.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path

from quoteverify.errors import QuoteverifyError


def write_output(text: str, output: str | None) -> None:
    """Write ``text`` to the file ``output``, or to standard output when it is None."""
    if output is None:
        _write_stdout(text)
        return
    try:
        found = os.stat(output)  # through symbolic links: what is written to in the end
    except FileNotFoundError:
        found = None  # a new file, or a link to one
    except OSError as exc:  # a link loop, a folder on the way that is a file
        raise QuoteverifyError(f"{output}: cannot write output: {reason(exc)}") from None
    if found is not None and stat.S_ISDIR(found.st_mode):
        raise QuoteverifyError(f"{output}: cannot write output: is a directory")
    if found is None or stat.S_ISREG(found.st_mode):
        _write_file_atomically(Path(os.path.realpath(output)), text, shown=output)
    else:
        _write_in_place(output, text)


def _write_in_place(output: str, text: str) -> None:
    """Write to a device or a FIFO, which renaming a file over would replace."""
    try:
        fd = os.open(output, os.O_WRONLY)
        with os.fdopen(fd, "wb") as file:
            file.write(text.encode("utf-8"))
    except BrokenPipeError:
        raise  # the reader went away (`--output /dev/stdout | head`): quiet, as for stdout
    except OSError as exc:
        raise QuoteverifyError(f"{output}: cannot write output: {reason(exc)}") from None


def _write_stdout(text: str) -> None:
    # Bytes, not text: output is UTF-8 whatever the locale says (JSON must be UTF-8 anyway).
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        sys.stdout.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()


def _write_file_atomically(path: Path, text: str, *, shown: str) -> None:
    """Write to a temporary file beside ``path``, then rename it over ``path``.

    A reader of ``path`` sees the old file or the new one, never half of one, and a failed or
    interrupted run leaves nothing behind.
    """
    import tempfile

    mode = _mode_for(path)
    try:
        fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise QuoteverifyError(f"{shown}: cannot write output: {reason(exc)}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temp_name, mode)  # mkstemp makes it 0600; give it the mode a new file gets
        os.replace(temp_name, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(exc, OSError):
            raise QuoteverifyError(f"{shown}: cannot write output: {reason(exc)}") from None
        raise


def _mode_for(path: Path) -> int:
    """The permission bits of the file being replaced, or those a new file would get."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__
