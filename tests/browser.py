"""A headless Chromium for the tests that open the HTML report, driven by Playwright.

Nothing is downloaded: the browser is one already installed (``playwright install`` is never
run). It is the executable named by ``QUOTEVERIFY_CHROMIUM``, else the first of
:data:`CHROMIUM_NAMES` on ``PATH``. When Playwright or the browser is missing, or the browser
will not start, the tests that need it are skipped, unless ``QUOTEVERIFY_REQUIRE_BROWSER=1``
(set by ``.ci/run``): then they fail, so CI cannot pass without having run them.

Playwright is imported only when a browser is asked for, so this module can be imported (and
its doctests collected) where Playwright is not installed. ``docs/gen_screenshot.py`` uses
:func:`find_chromium` and :data:`LAUNCH_ARGS` too.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from playwright.sync_api import Browser

EXECUTABLE_ENV = "QUOTEVERIFY_CHROMIUM"
"""An explicit path to a Chromium (or Chrome) executable."""

REQUIRE_ENV = "QUOTEVERIFY_REQUIRE_BROWSER"
"""Set to 1 to fail, not skip, when no browser can be started."""

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
"""Executables looked for on ``PATH``, in this order."""

LAUNCH_ARGS = (
    "--no-sandbox",  # CI containers run as root, where Chromium's sandbox cannot start
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
)
"""Chromium flags: no sandbox, no GPU, and no network traffic of the browser's own."""


def find_chromium() -> str | None:
    """The Chromium executable to use (``QUOTEVERIFY_CHROMIUM`` first, then ``PATH``), or
    None when there is none."""
    explicit = os.environ.get(EXECUTABLE_ENV, "").strip()
    if explicit:
        return explicit
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found is not None:
            return found
    return None


def browser_required() -> bool:
    """Whether a missing browser must fail the tests (``QUOTEVERIFY_REQUIRE_BROWSER=1``)."""
    return os.environ.get(REQUIRE_ENV, "").strip() not in ("", "0")


def unavailable(reason: str) -> NoReturn:
    """Skip the test for ``reason``, or fail it when the browser is required."""
    import pytest

    if browser_required():
        pytest.fail(f"{reason} ({REQUIRE_ENV} is set, so this is a failure)", pytrace=False)
    pytest.skip(f"{reason} (set {REQUIRE_ENV}=1 to fail instead)")


@contextmanager
def launched_browser() -> Iterator[Browser]:
    """A headless Chromium, closed afterwards; skips or fails (see :func:`unavailable`) when
    Playwright or the browser is missing or the browser does not start."""
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        unavailable("the browser tests need the Python package playwright (pip install playwright)")
    executable = find_chromium()
    if executable is None:
        unavailable(
            f"no Chromium found: set {EXECUTABLE_ENV} or put one of"
            f" {', '.join(CHROMIUM_NAMES)} on PATH (apt-get install chromium)"
        )
    if not os.path.isfile(executable) or not os.access(executable, os.X_OK):
        unavailable(f"{EXECUTABLE_ENV} or PATH names {executable}, which is not an executable")
    with sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(
                executable_path=executable, args=list(LAUNCH_ARGS), headless=True
            )
        except Error as error:
            first_line = str(error).strip().splitlines()[0] if str(error).strip() else "?"
            unavailable(f"Chromium at {executable} did not start: {first_line}")
        try:
            yield browser
        finally:
            browser.close()
