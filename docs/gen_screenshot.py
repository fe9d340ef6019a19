"""Regenerate docs/report-seeds.png, the HTML report on the seed articles as a browser shows it:
``python docs/gen_screenshot.py``.

The report is ``quoteverify compare seeds/*.txt --format html``, opened from a file in headless
Chromium (found as the browser tests find it, see tests/browser.py: ``QUOTEVERIFY_CHROMIUM``,
else chromium, chromium-browser or google-chrome on PATH) at 1200x900, in the light colour
scheme; the picture is the top of the page, at most ``--height`` pixels of it: the summary and
the first quotes. It needs the Python package playwright; nothing is downloaded.
tests/render/test_html_browser.py checks that the picture exists and is a PNG of that width.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import attrs

import quoteverify
from quoteverify import Document, Report

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEEDS = PROJECT_ROOT / "seeds"
SCREENSHOT = Path(__file__).with_name("report-seeds.png")
WIDTH, HEIGHT = 1200, 900


def seeds_report() -> Report:
    """``compare`` over the seed articles, their places given as ``seeds/NAME`` (not as this
    machine's absolute paths)."""
    documents = [
        attrs.evolve(Document.from_path(path), source=path.relative_to(PROJECT_ROOT).as_posix())
        for path in sorted(SEEDS.glob("*.txt"))
    ]
    return quoteverify.corroborate(documents)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--output", type=Path, default=SCREENSHOT, help=f"default: {SCREENSHOT.name} here"
    )
    parser.add_argument(
        "--height", type=int, default=1600, help="most pixels of the page to show; default: 1600"
    )
    args = parser.parse_args(argv)

    sys.path.insert(0, str(PROJECT_ROOT / "tests"))
    from browser import LAUNCH_ARGS, find_chromium

    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("gen_screenshot: needs the Python package playwright", file=sys.stderr)
        return 1
    executable = find_chromium()
    if executable is None:
        print(
            "gen_screenshot: no Chromium found: set QUOTEVERIFY_CHROMIUM or install chromium",
            file=sys.stderr,
        )
        return 1

    page_html = quoteverify.render_html(seeds_report())
    with tempfile.TemporaryDirectory() as directory, sync_playwright() as playwright:
        report = Path(directory) / "report-seeds.html"
        report.write_text(page_html, encoding="utf-8")
        browser = playwright.chromium.launch(executable_path=executable, args=list(LAUNCH_ARGS))
        try:
            page = browser.new_page(
                viewport={"width": WIDTH, "height": HEIGHT},
                device_scale_factor=1,
                color_scheme="light",
            )
            page.goto(report.as_uri())
            full_height = int(page.evaluate("document.documentElement.scrollHeight"))
            height = min(args.height, full_height)
            page.screenshot(
                path=args.output,
                full_page=True,
                clip={"x": 0, "y": 0, "width": WIDTH, "height": height},
            )
        finally:
            browser.close()
    print(f"wrote {args.output} ({WIDTH}x{height})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
