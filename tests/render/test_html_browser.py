"""The HTML report (``quoteverify.render_html``) in a real headless Chromium.

Every page is written to a file and opened from disk, as an editor opens a report, and every
test checks that the page reported no problem: no script error, no console error (a
Content-Security-Policy violation is one) and no dialog. One browser serves the whole session
(see ``tests/browser.py``: the tests are skipped when Playwright or Chromium is missing, and fail
instead under ``QUOTEVERIFY_REQUIRE_BROWSER=1``, as in CI); each test has a fresh context.

The parts: the summary and the quotes of the seed articles, ``check`` run end to end on the
newsroom fixture, the filters driven by clicks, text written to break out of the markup, the
print stylesheet, a few accessibility basics, and the screenshot in the docs.
"""

from __future__ import annotations

import json
import struct
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

import attrs
import pytest
from browser import EXECUTABLE_ENV, REQUIRE_ENV, find_chromium, launched_browser, unavailable
from helpers import ROOT, seeds_report

import quoteverify
from quoteverify import Document, Report
from quoteverify.cli import main
from quoteverify.model import STATUSES, Finding, Quote, Speaker
from quoteverify.render.report_text import speaker_name

if TYPE_CHECKING:
    from playwright.sync_api import (
        Browser,
        BrowserContext,
        ConsoleMessage,
        Dialog,
        Locator,
        Page,
    )
    from playwright.sync_api import Error as PlaywrightError

SCREENSHOT = ROOT / "docs" / "report-newsroom.png"
WIDTH, HEIGHT = 1200, 900
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
WAIT_MS = 10_000  # Playwright's default is 30 s

# The seed article with the partial quote "We are increasingly concerned...", and the words
# each side of its match has that the other has not.
SEED_WITH_PARTIAL = "000_d72135529865c72b.txt"
PARTIAL_START = "We are increasingly concerned"
PARTIAL_ONLY_HERE = "We are"
PARTIAL_ONLY_THERE = "Oblast, near the border with Ukraine"

# ``check drafts/harbour.md`` on the newsroom fixture (see tests/test_check_e2e.py): five quotes,
# "winter" in the draft where the source has "season", one quote credited to the wrong person.
DRAFT = "drafts/harbour.md"
DRAFT_COUNTS = {
    "corroborated": 2,
    "partial": 0,
    "altered": 1,
    "misattributed": 1,
    "uncorroborated": 1,
}

# Text written to break out of the markup or to run a script, were it not escaped.
PWNED = "window.__pwned"
SCRIPT_TAG = f"<script>{PWNED}=1</script>"
IMG_TAG = f'<img src=x onerror="{PWNED}=2">'
ATTRIBUTE = f'"onerror="{PWNED}=3'
HOSTILE = (SCRIPT_TAG, IMG_TAG, ATTRIBUTE, "</style>", "</script>", "<!--", "]]>")
HOSTILE_IDS = (f"a<script>{PWNED}=4</script>.txt", f'b"><img src=x onerror="{PWNED}=5">.txt')
HOSTILE_SPEAKER = f'Jane <b>Roe</b> "&amp; <script>{PWNED}=6</script>'
PLAIN_SPEAKER = "Jane Roe"  # the name the extractor finds, replaced by HOSTILE_SPEAKER


# --- the browser --------------------------------------------------------------------------


class Viewer:
    """A browser context that opens pages and records every problem they report."""

    def __init__(self, context: BrowserContext) -> None:
        self.context = context
        self.problems: list[str] = []

    def open(self, url: str) -> Page:
        page = self.context.new_page()
        page.on("pageerror", self._page_error)
        page.on("console", self._console)
        page.on("dialog", self._dialog)
        page.goto(url)
        return page

    def _page_error(self, error: PlaywrightError) -> None:
        self.problems.append(f"page error: {error}")

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.problems.append(f"console error: {message.text}")

    def _dialog(self, dialog: Dialog) -> None:
        self.problems.append(f"{dialog.type} dialog: {dialog.message}")
        dialog.dismiss()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with launched_browser() as launched:
        yield launched


def new_viewer(browser: Browser, **options: Any) -> Viewer:
    context = browser.new_context(
        viewport={"width": WIDTH, "height": HEIGHT},
        device_scale_factor=1,
        color_scheme="light",
        **options,
    )
    # Pages are local files: waiting long for an element only delays a failure.
    context.set_default_timeout(WAIT_MS)
    return Viewer(context)


@pytest.fixture
def viewer(browser: Browser) -> Iterator[Viewer]:
    viewer = new_viewer(browser)
    yield viewer
    viewer.context.close()


# --- reports --------------------------------------------------------------------------------


def write_report(report: Report, directory: Path, name: str = "report.html") -> Path:
    path = directory / name
    path.write_text(quoteverify.render_html(report), encoding="utf-8")
    return path


def with_speaker_renamed(report: Report, old: str, new: str) -> Report:
    """The report with every speaker called ``old`` (in quotes and in matches) called ``new``:
    the extractor never finds a name with markup in it, a report may still carry one."""

    def rename(speaker: Speaker | None) -> Speaker | None:
        if speaker is None or speaker.name != old:
            return speaker
        return attrs.evolve(speaker, name=new)

    def renamed(quote: Quote) -> Quote:
        return attrs.evolve(quote, speaker=rename(quote.speaker))

    def finding(f: Finding) -> Finding:
        matches = tuple(
            attrs.evolve(
                m,
                other_speaker=rename(m.other_speaker),
                quote=None if m.quote is None else renamed(m.quote),
            )
            for m in f.matches
        )
        return attrs.evolve(f, quote=renamed(f.quote), matches=matches)

    return attrs.evolve(report, findings=tuple(finding(f) for f in report.findings))


def hostile_report() -> Report:
    """Two documents with hostile ids whose quotes (and the sentences around them) hold
    markup, matching each other with one word changed, by a speaker with markup in the name."""

    def text(word: str) -> str:
        return (
            f"“{SCRIPT_TAG} is what we {word},” Jane Roe said. “The tag {IMG_TAG} sat in the"
            " page,” she added.\n\n"
            "“Nothing in </style>, </script>, <!-- or ]]> stopped it,” said Jane Roe, who"
            f" typed {ATTRIBUTE} into the form.\n"
        )

    documents = [Document(HOSTILE_IDS[0], text("found")), Document(HOSTILE_IDS[1], text("saw"))]
    report = quoteverify.corroborate(documents)
    report = with_speaker_renamed(report, PLAIN_SPEAKER, HOSTILE_SPEAKER)
    assert {f.status for f in report.findings} >= {"altered", "corroborated"}
    assert any(speaker_name(f.quote.speaker) == HOSTILE_SPEAKER for f in report.findings)
    return report


# --- reading the page -------------------------------------------------------------------------


def status_counts(page: Page) -> dict[str, int]:
    return {
        status: int(page.locator(f"#status-counts tr[data-status={status}] td.count").inner_text())
        for status in STATUSES
    }


def document_counts(page: Page) -> dict[str, dict[str, int]]:
    """``{document: {"quotes": n, status: n, ...}}`` from the table of quotes by document."""
    rows: list[tuple[str, dict[str, int]]] = page.eval_on_selector_all(
        "#document-counts tbody tr",
        """rows => rows.map(row => [
            row.getAttribute("data-doc"),
            Object.fromEntries([
                ["quotes", Number(row.querySelector("td.count:not([data-status])").textContent)],
                ...Array.from(row.querySelectorAll("td.count[data-status]"),
                    cell => [cell.getAttribute("data-status"), Number(cell.textContent)]),
            ]),
        ])""",
    )
    return dict(rows)


def expected_document_counts(report: Report, shown: Sequence[str]) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {}
    for doc_id in shown:
        statuses = Counter(f.status for f in report.findings if f.doc_id == doc_id)
        counts[doc_id] = {"quotes": sum(statuses.values())}
        counts[doc_id].update({status: statuses[status] for status in STATUSES})
    return counts


def visible_quotes(page: Page) -> list[str]:
    """The ids of the quote entries a reader can see."""
    return [
        article.get_attribute("id") or "?"
        for article in page.locator("article.quote").all()
        if article.is_visible()
    ]


def wanted(report: Report, statuses: Collection[str], speaker: str | None = None) -> list[str]:
    """The ids of the entries a filter by ``statuses`` and ``speaker`` should leave."""
    return [
        f"q-{k}"
        for k, finding in enumerate(report.findings)
        if finding.status in statuses
        and (speaker is None or speaker_name(finding.quote.speaker) == speaker)
    ]


def status_box(page: Page, status: str) -> Locator:
    return page.locator(f"#filters input[name=status][value={status}]")


def assert_filtered(
    page: Page, report: Report, statuses: Collection[str], speaker: str | None = None
) -> None:
    """The page shows exactly the quotes of ``statuses`` (and ``speaker``), and says so."""
    expected = wanted(report, statuses, speaker)
    assert visible_quotes(page) == expected
    shown = f"Showing {len(expected)} of {len(report.findings)} quotes."
    assert page.locator("#shown-count").inner_text() == shown
    for status in STATUSES:
        assert status_box(page, status).is_checked() == (status in statuses), status
    assert page.locator("select#speaker-filter").input_value() == (speaker or "")


def filter_state(url: str) -> dict[str, str]:
    """The filter kept in the address: ``#status=a,b&speaker=X`` as ``{"status": "a,b", ...}``."""
    fragment = urlsplit(url).fragment
    pairs = (part.partition("=") for part in fragment.split("&") if part)
    return {key: unquote(value) for key, _, value in pairs}


def link_across_statuses(report: Report, status: str) -> tuple[int, int]:
    """Positions of a finding of ``status`` and of the finding of another status that one of
    its matches links to."""
    position = {(f.doc_id, f.quote.start, f.quote.end): k for k, f in enumerate(report.findings)}
    for k, finding in enumerate(report.findings):
        if finding.status != status:
            continue
        for match in finding.matches:
            if match.quote is None:
                continue
            other = position[(match.doc_id, match.quote.start, match.quote.end)]
            if report.findings[other].status != status:
                return k, other
    raise AssertionError(f"no {status} quote links to a quote of another status")


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG, read from its IHDR chunk."""
    assert data[:8] == PNG_SIGNATURE, data[:8]
    assert data[12:16] == b"IHDR", data[12:16]
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def assert_accessibility_basics(page: Page) -> None:
    assert page.locator("html").get_attribute("lang")
    badges: list[tuple[str, str]] = page.eval_on_selector_all(
        ".badge", "badges => badges.map(b => [b.className, b.textContent])"
    )
    assert badges
    for class_name, text in badges:
        statuses = [name for name in class_name.split() if name in STATUSES]
        assert len(statuses) == 1, class_name
        assert statuses[0] in text, (class_name, text)
    controls: list[tuple[str, str]] = page.eval_on_selector_all(
        "input, select, textarea",
        """controls => controls.map(c => [c.outerHTML,
            Array.from(c.labels || [], label => label.textContent).join(" ").trim()])""",
    )
    assert controls
    unlabelled = [html for html, label in controls if not label]
    assert unlabelled == []
    ids: list[str] = page.eval_on_selector_all("[id]", "els => els.map(el => el.id)")
    assert [id_ for id_, n in Counter(ids).items() if n > 1] == []
    # Every link within the page (filter links aside) leads somewhere.
    targets: list[str] = page.eval_on_selector_all(
        'a[href^="#"]:not([href*="="])', "links => links.map(a => a.getAttribute('href'))"
    )
    assert targets
    assert sorted({t for t in targets if t[1:] not in set(ids)}) == []


# --- the tests --------------------------------------------------------------------------------


def test_seeds_report_summary_and_quotes(viewer: Viewer, tmp_path: Path) -> None:
    report = seeds_report()
    page = viewer.open(write_report(report, tmp_path).as_uri())

    assert status_counts(page) == report.counts()
    assert page.locator("#status-counts tfoot td.count").inner_text() == str(len(report.findings))
    shown = [document.id for document in report.documents]
    assert document_counts(page) == expected_document_counts(report, shown)
    assert page.locator("article.quote").count() == len(report.findings)

    partial = page.locator(f'article.quote[data-status=partial][data-doc="{SEED_WITH_PARTIAL}"]')
    partial = partial.filter(has=page.locator("mark", has_text=PARTIAL_START))
    assert partial.count() == 1
    assert partial.locator("mark").inner_text().startswith(PARTIAL_START)
    assert PARTIAL_ONLY_HERE in partial.locator(".diff .side.this del").all_inner_texts()
    assert PARTIAL_ONLY_THERE in partial.locator(".diff .side.other ins").all_inner_texts()

    assert page.locator("#by-speaker").count() == 1
    heads = page.locator("#speaker-table thead th").all_inner_texts()
    assert heads == ["speaker", *shown]
    cells_per_row = page.eval_on_selector_all(
        "#speaker-table tbody tr", "rows => rows.map(row => row.querySelectorAll('td').length)"
    )
    assert cells_per_row and set(cells_per_row) == {len(shown)}

    assert page.locator("#filters").is_visible()  # hidden in the markup, shown by the script
    assert page.locator("#shown-count").inner_text() == (
        f"Showing {len(report.findings)} of {len(report.findings)} quotes."
    )

    screenshot = tmp_path / "seeds.png"
    page.screenshot(path=screenshot, full_page=True)
    width, height = png_size(screenshot.read_bytes())
    assert width == WIDTH  # nothing sticks out sideways
    assert height > HEIGHT
    assert viewer.problems == []


def test_check_report_end_to_end(newsroom: Path, viewer: Viewer) -> None:
    out = newsroom / "check.html"
    status = main(["check", DRAFT, "--format", "html", "--output", str(out), "--exit-zero"])
    assert status == 0
    page = viewer.open(out.as_uri())

    assert page.locator("article.quote").count() == sum(DRAFT_COUNTS.values()) == 5
    altered = page.locator("article.quote[data-status=altered]")
    assert altered.count() == 1
    assert altered.locator(".diff .side.this del").all_inner_texts() == ["winter"]
    assert altered.locator(".diff .side.other ins").all_inner_texts() == ["season"]
    misattributed = page.locator("article.quote[data-status=misattributed]")
    assert misattributed.count() == 1
    assert "speaker different" in misattributed.locator(".match-head").all_inner_texts()[0]

    assert status_counts(page) == DRAFT_COUNTS
    assert document_counts(page) == {"harbour.md": {"quotes": 5, **DRAFT_COUNTS}}
    verdict = page.locator("#verdict").inner_text()
    assert verdict.startswith("2 errors,"), verdict
    assert page.locator("#by-speaker").count() == 0  # one draft: nothing to set side by side
    assert_accessibility_basics(page)
    assert viewer.problems == []


def test_filters_by_clicks_and_in_the_address(viewer: Viewer, tmp_path: Path) -> None:
    report = seeds_report()
    page = viewer.open(write_report(report, tmp_path).as_uri())
    every = set(STATUSES)
    assert_filtered(page, report, every)

    status_box(page, "uncorroborated").uncheck()
    assert_filtered(page, report, every - {"uncorroborated"})
    status_box(page, "partial").uncheck()
    assert_filtered(page, report, every - {"uncorroborated", "partial"})
    status_box(page, "partial").check()
    kept = every - {"uncorroborated"}
    assert_filtered(page, report, kept)

    names = Counter(speaker_name(f.quote.speaker) for f in report.findings if f.status in kept)
    speaker = next(name for name, _ in names.most_common() if name != "(no speaker)")
    page.locator("select#speaker-filter").select_option(speaker)
    assert 0 < len(wanted(report, kept, speaker)) < len(wanted(report, kept))
    assert_filtered(page, report, kept, speaker)
    state = filter_state(page.url)
    assert set(state["status"].split(",")) == kept
    assert state["speaker"] == speaker

    # The address is a link to the filtered view: reloaded, or opened afresh.
    page.reload()
    assert_filtered(page, report, kept, speaker)
    linked = viewer.open(page.url)
    assert_filtered(linked, report, kept, speaker)
    linked.close()

    page.locator("#reset-filters").click()
    assert_filtered(page, report, every)
    assert urlsplit(page.url).fragment == ""

    # A count in the summary links to its status alone.
    page.locator("#status-counts tr[data-status=partial] td.count a").click()
    assert_filtered(page, report, {"partial"})
    assert filter_state(page.url) == {"status": "partial"}
    assert viewer.problems == []


def test_links_never_lead_to_a_hidden_quote(viewer: Viewer, tmp_path: Path) -> None:
    report = seeds_report()
    page = viewer.open(write_report(report, tmp_path).as_uri())

    # "Needs attention" links to its quote.
    link = page.locator('#attention a[href^="#q-"]').first
    target = link.get_attribute("href")
    assert target is not None
    link.click()
    assert urlsplit(page.url).fragment == target[1:]
    assert page.locator(target).is_visible()
    assert page.locator(target).evaluate("el => el.matches(':target')")

    # Filtered, "Needs attention" keeps only the entries whose quote is shown (an entry has its
    # quote's status and speaker), so none of its links can lead to a hidden quote.
    status_box(page, "uncorroborated").uncheck()
    shown = set(visible_quotes(page))
    for item in page.locator("#attention li").all():
        href = item.locator('a[href^="#q-"]').get_attribute("href")
        assert href is not None
        assert item.is_visible() == (href[1:] in shown), href

    # A match links to the other document's quote; when that one is filtered out, following
    # the link shows every quote again. (An uncorroborated quote lists no match: one too weak
    # to count is not shown.)
    source, hidden = link_across_statuses(report, "corroborated")
    for status in STATUSES:
        status_box(page, status).set_checked(status == "corroborated")
    assert_filtered(page, report, {"corroborated"})
    assert not page.locator(f"#q-{hidden}").is_visible()
    page.locator(f'#q-{source} .match-head a[href="#q-{hidden}"]').click()
    assert page.locator(f"#q-{hidden}").is_visible()
    assert page.locator(f"#q-{hidden}").evaluate("el => el.matches(':target')")
    assert_filtered(page, report, set(STATUSES))
    assert viewer.problems == []


def test_a_linked_quote_is_not_hidden_under_the_filter_bar(viewer: Viewer, tmp_path: Path) -> None:
    page = viewer.open(write_report(seeds_report(), tmp_path).as_uri())
    link = page.locator('#attention a[href^="#q-"]').first
    target = link.get_attribute("href")
    assert target is not None
    link.click()
    assert page.locator(target).evaluate("el => el.matches(':target')")
    badge = page.locator(f"{target} > header .badge")
    # What a reader sees at the middle of the quote's status badge: the badge, or what covers it.
    seen = badge.evaluate(
        """el => {
            const box = el.getBoundingClientRect();
            const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
            return hit === null ? "nothing" : el.contains(hit) ? "badge"
                : hit.closest("#filters") ? "filter bar" : hit.tagName;
        }"""
    )
    assert seen == "badge"
    assert viewer.problems == []


def test_a_malformed_address_is_ignored_quietly(viewer: Viewer, tmp_path: Path) -> None:
    report = seeds_report()
    page = viewer.open(write_report(report, tmp_path).as_uri() + "#status=partial&speaker=%E0%A4")
    assert viewer.problems == []
    assert_filtered(page, report, {"partial"})


def test_without_javascript_every_quote_shows(browser: Browser, tmp_path: Path) -> None:
    report = seeds_report()
    viewer = new_viewer(browser, java_script_enabled=False)
    try:
        page = viewer.open(write_report(report, tmp_path).as_uri())
        assert visible_quotes(page) == [f"q-{k}" for k in range(len(report.findings))]
        assert not page.locator("#filters").is_visible()
        assert page.locator("#shown-count").inner_text() == ""
        assert viewer.problems == []
    finally:
        viewer.context.close()


def test_hostile_text_stays_text(viewer: Viewer, tmp_path: Path) -> None:
    report = hostile_report()
    page = viewer.open(write_report(report, tmp_path).as_uri())

    assert page.evaluate(f"typeof {PWNED}") == "undefined"
    assert viewer.problems == []  # no dialog, no error: not even a refused inline handler
    assert page.locator("script").count() == 1
    assert page.locator("style").count() == 1
    assert page.locator("img, iframe, object, embed").count() == 0
    handlers = page.eval_on_selector_all(
        "*", "els => els.flatMap(el => el.getAttributeNames().filter(n => n.startsWith('on')))"
    )
    assert handlers == []

    # The stylesheet was not cut short, and the script ran.
    quote = page.locator("article.quote").first
    assert quote.evaluate("el => getComputedStyle(el).borderLeftWidth") != "0px"
    assert page.locator("#filters").evaluate("el => getComputedStyle(el).display") != "none"
    assert page.locator("#filters").is_visible()

    text = page.locator("body").inner_text()
    for hostile in (*HOSTILE, *HOSTILE_IDS, HOSTILE_SPEAKER):
        assert hostile in text, hostile
    assert page.locator("section.document h3").all_inner_texts() == list(HOSTILE_IDS)
    speakers = page.locator("article.quote .who .speaker")
    assert speakers.count() == len(report.findings)
    assert set(speakers.all_inner_texts()) == {HOSTILE_SPEAKER}
    assert speakers.evaluate_all("els => els.every(el => el.children.length === 0)")
    assert page.locator("#speaker-table thead th").all_inner_texts() == ["speaker", *HOSTILE_IDS]
    shown = [document.id for document in report.documents]
    assert document_counts(page) == expected_document_counts(report, shown)
    assert status_counts(page) == report.counts()
    altered = page.locator("article.quote[data-status=altered]").first
    assert altered.locator(".diff .side.this del").all_inner_texts() == ["found"]
    assert altered.locator(".diff .side.other ins").all_inner_texts() == ["saw"]
    assert_accessibility_basics(page)

    # The speaker with markup in the name filters, and survives the trip through the address.
    page.locator("select#speaker-filter").select_option(HOSTILE_SPEAKER)
    assert_filtered(page, report, set(STATUSES), HOSTILE_SPEAKER)
    assert filter_state(page.url) == {"speaker": HOSTILE_SPEAKER}
    page.reload()
    assert_filtered(page, report, set(STATUSES), HOSTILE_SPEAKER)
    assert page.evaluate(f"typeof {PWNED}") == "undefined"
    assert viewer.problems == []


def test_print(viewer: Viewer, tmp_path: Path) -> None:
    page = viewer.open(write_report(seeds_report(), tmp_path).as_uri())
    page.emulate_media(media="print")
    assert not page.locator("#filters").is_visible()
    assert page.locator("article.quote").first.is_visible()
    # Changed words are struck through and underlined, not told by colour alone.
    deleted = page.locator("del").first.evaluate("el => getComputedStyle(el).textDecorationLine")
    inserted = page.locator("ins").first.evaluate("el => getComputedStyle(el).textDecorationLine")
    assert "line-through" in deleted
    assert "underline" in inserted
    pdf = tmp_path / "report.pdf"
    page.pdf(path=pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert viewer.problems == []


def test_accessibility_basics(viewer: Viewer, tmp_path: Path) -> None:
    page = viewer.open(write_report(seeds_report(), tmp_path).as_uri())
    assert_accessibility_basics(page)
    for article in page.locator("article.quote").all():
        status = article.get_attribute("data-status")
        assert status in STATUSES
        assert status in article.locator("header .badge").first.inner_text()
    assert viewer.problems == []


# --- plumbing that needs no browser -----------------------------------------------------------


def test_docs_screenshot_is_a_png() -> None:
    # Made by docs/gen_screenshot.py.
    assert SCREENSHOT.is_file(), f"{SCREENSHOT} is missing: run python docs/gen_screenshot.py"
    width, height = png_size(SCREENSHOT.read_bytes())
    assert width == WIDTH
    assert height > 0


def png_texts(data: bytes) -> dict[str, str]:
    """The tEXt chunks of a PNG, keyword: text."""
    texts, at = {}, len(PNG_SIGNATURE)
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind, body = data[at + 4 : at + 8], data[at + 8 : at + 8 + length]
        if kind == b"tEXt":
            keyword, _, text = body.partition(b"\0")
            texts[keyword.decode("latin-1")] = text.decode("latin-1")
        at += 12 + length
    return texts


def test_docs_screenshot_shows_every_status_of_the_newsroom_check(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The picture in the README shows a report where something is wrong: the newsroom draft,
    # whose quotes are corroborated, altered, misattributed and found nowhere. The generator
    # writes the command and its counts into the PNG; they must be today's.
    described = png_texts(SCREENSHOT.read_bytes()).get("Description", "")
    command, _, counts = described.partition(": ")
    assert command == f"quoteverify check tests/fixtures/newsroom/{DRAFT} --format html"
    shown = {status: int(n) for n, status in (part.split() for part in counts.split(", "))}
    assert all(shown[status] > 0 for status in ("altered", "misattributed", "uncorroborated"))
    assert shown["corroborated"] + shown["partial"] > 0
    monkeypatch.chdir(ROOT)
    main(["check", f"tests/fixtures/newsroom/{DRAFT}", "--format", "json", "--exit-zero"])
    assert shown == json.loads(capsys.readouterr().out)["counts"]
    assert not (ROOT / "docs" / "report-seeds.png").exists()
    for page in ("README.md", "docs/html-report.md"):
        assert SCREENSHOT.name in (ROOT / page).read_text(encoding="utf-8"), page


def test_chromium_is_looked_up_in_the_environment_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(EXECUTABLE_ENV, "/opt/some/chrome")
    assert find_chromium() == "/opt/some/chrome"


@pytest.mark.parametrize(("required", "outcome"), [("", "skip"), ("0", "skip"), ("1", "fail")])
def test_a_missing_browser_skips_unless_required(
    monkeypatch: pytest.MonkeyPatch, required: str, outcome: str
) -> None:
    monkeypatch.setenv(REQUIRE_ENV, required)
    expected = pytest.skip.Exception if outcome == "skip" else pytest.fail.Exception
    with pytest.raises(expected, match="no browser here"):
        unavailable("no browser here")
