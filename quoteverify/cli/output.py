"""Writing a command's output: to standard output as UTF-8, or to a file replaced atomically.

Output is written only once everything has been computed, so bad input never leaves half a
report behind.
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
    else:
        _write_file_atomically(Path(output), text)


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


def _write_file_atomically(path: Path, text: str) -> None:
    """Write to a temporary file beside ``path``, then rename it over ``path``.

    A reader of ``path`` sees the old file or the new one, never half of one, and a failed or
    interrupted run leaves nothing behind.
    """
    import tempfile

    mode = _mode_for(path)
    try:
        fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise QuoteverifyError(f"{path}: cannot write output: {reason(exc)}") from None
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
            raise QuoteverifyError(f"{path}: cannot write output: {reason(exc)}") from None
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
