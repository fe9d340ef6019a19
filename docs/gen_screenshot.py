"""Regenerate docs/report-newsroom.png, the HTML report of ``quoteverify check`` on the newsroom
fixture as a browser shows it: ``python docs/gen_screenshot.py``.

The report is ``quoteverify check tests/fixtures/newsroom/drafts/harbour.md --format html``,
run from the project's root: one draft whose quotes are corroborated, altered, misattributed
and found nowhere, so the picture shows every kind of finding. It is opened from a file by the
Chromium command line (``chromium --headless --screenshot``; found as the browser tests find
it, see tests/browser.py: ``QUOTEVERIFY_CHROMIUM``, else chromium, chromium-browser or
google-chrome on PATH) in a window 1200 pixels wide and ``--height`` high, the top of the
page. The command and the counts per status are written into the PNG (a ``Description``
text chunk), and tests/render/test_html_browser.py checks them against a check run today.
Nothing is downloaded.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DRAFT = "tests/fixtures/newsroom/drafts/harbour.md"
SCREENSHOT = Path(__file__).with_name("report-newsroom.png")
WIDTH = 1200
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def check(form: str) -> str:
    """The output of ``quoteverify check DRAFT --format FORM``, run from the project's root."""
    sys.path.insert(0, str(PROJECT_ROOT))
    from quoteverify.cli import main

    out = io.StringIO()
    here = Path.cwd()
    os.chdir(PROJECT_ROOT)
    try:
        with contextlib.redirect_stdout(out):
            status = main(["check", DRAFT, "--format", form, "--exit-zero"])
    finally:
        os.chdir(here)
    if status != 0:
        raise SystemExit(f"gen_screenshot: quoteverify check exited with {status}")
    return out.getvalue()


def with_text(png: bytes, keyword: str, text: str) -> bytes:
    """``png`` with a tEXt chunk after its header (IHDR).

    >>> with_text(PNG_SIGNATURE + bytes(25), "Title", "x")[33:46]
    b'\\x00\\x00\\x00\\x07tEXtTitle'
    """
    body = keyword.encode("latin-1") + b"\0" + text.encode("latin-1")
    chunk = struct.pack(">I", len(body)) + b"tEXt" + body
    chunk += struct.pack(">I", zlib.crc32(b"tEXt" + body))
    after_header = len(PNG_SIGNATURE) + 25  # length, type, 13 bytes of IHDR, crc
    return png[:after_header] + chunk + png[after_header:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--output", type=Path, default=SCREENSHOT, help=f"default: {SCREENSHOT.name} here"
    )
    parser.add_argument(
        "--height", type=int, default=2500, help="pixels of the page to show; default: 2500"
    )
    args = parser.parse_args(argv)

    sys.path.insert(0, str(PROJECT_ROOT / "tests"))
    from browser import LAUNCH_ARGS, find_chromium

    executable = find_chromium()
    if executable is None:
        print(
            "gen_screenshot: no Chromium found: set QUOTEVERIFY_CHROMIUM or install chromium",
            file=sys.stderr,
        )
        return 1
    counts = json.loads(check("json"))["counts"]
    described = f"quoteverify check {DRAFT} --format html: " + ", ".join(
        f"{n} {status}" for status, n in counts.items()
    )
    with tempfile.TemporaryDirectory() as directory:
        page = Path(directory) / "report-newsroom.html"
        page.write_text(check("html"), encoding="utf-8")
        picture = Path(directory) / "report-newsroom.png"
        subprocess.run(
            [
                executable,
                "--headless",
                *LAUNCH_ARGS,
                "--hide-scrollbars",
                "--force-device-scale-factor=1",
                f"--window-size={WIDTH},{args.height}",
                f"--screenshot={picture}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,  # Chromium logs what it cannot reach (D-Bus) on stderr
            timeout=120,
        )
        args.output.write_bytes(with_text(picture.read_bytes(), "Description", described))
    print(f"wrote {args.output} ({WIDTH}x{args.height}): {described}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
