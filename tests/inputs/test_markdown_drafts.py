"""Markdown drafts as newsrooms write them: each construct read as a reader of the page would,
and every quote pointing at its place in the file (issue 20)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quoteverify import Document, check, extract
from quoteverify.cli import main
from quoteverify.inputs.front_matter import front_matter_sources
from quoteverify.inputs.load import iter_documents

QUOTE = "We will not cut a single teacher from our schools this year,"
SOURCE = Document("release.txt", f'"{QUOTE}" Mayor Ana Ruiz said on Monday.')


def read(tmp_path: Path, raw: str, name: str = "draft.md") -> Document:
    """The draft as the command line reads it."""
    path = tmp_path / name
    path.write_bytes(raw.encode("utf-8"))
    [document] = iter_documents([path])
    return document


def in_file(document: Document, start: int, end: int) -> str:
    """The file's text under a span of the document's text."""
    first = document.file_offset(start)
    last = document.file_offset(end - 1) + 1
    return document.file_text()[first:last]


def quotes(document: Document) -> list[str]:
    return [quote.text for quote in extract(document.text).quotes]


def test_a_quote_in_a_block_quote_wrapped_over_two_lines(tmp_path: Path) -> None:
    raw = (
        "# Schools\n\nMayor Ana Ruiz spoke to parents on Monday.\n\n"
        '> "We will not cut a single teacher from our\n'
        '> schools this year," Ruiz said.\n'
    )
    document = read(tmp_path, raw)
    extraction = extract(document.text)
    [quote] = extraction.quotes
    assert quote.text == QUOTE
    assert extraction.warnings == ()
    assert quote.speaker is not None and quote.speaker.name == "Ana Ruiz"
    assert in_file(document, quote.start, quote.end) == (
        "We will not cut a single teacher from our\n> schools this year,"
    )
    report = check([document], [SOURCE])
    assert [(f.status, f.matches[0].speaker) for f in report.findings] == [
        ("corroborated", "same")
    ]


def test_a_quote_in_a_wrapped_list_item(tmp_path: Path) -> None:
    raw = (
        "Reactions on the quay:\n\n"
        "- Colm Ferreira, who chairs the cooperative, was blunt. \"Our boats can't wait\n"
        '  another winter for a working slipway," Ferreira said.\n'
        "- The harbour master declined to comment.\n"
    )
    document = read(tmp_path, raw)
    [quote] = extract(document.text).quotes
    assert quote.text == "Our boats can't wait another winter for a working slipway,"
    assert quote.speaker is not None and quote.speaker.name == "Colm Ferreira"
    assert in_file(document, quote.start, quote.end) == (
        "Our boats can't wait\n  another winter for a working slipway,"
    )


def test_quotes_in_code_are_not_reported(tmp_path: Path) -> None:
    raw = (
        'The style checker prints `"Use the house style," said the bot.` when it fails.\n\n'
        "```\n"
        '"Code is not a quote," said the linter.\n'
        "```\n\n"
        '    "Nor is an indented block," said the linter.\n\n'
        "~~~text\n"
        "\"Nor a tilde fence,\" it said.\n"
        "~~~\n"
    )
    document = read(tmp_path, raw)
    assert quotes(document) == []
    assert "said the bot" not in document.text
    assert "when it fails." in document.text


def test_html_entities_are_decoded_and_point_at_the_entity(tmp_path: Path) -> None:
    raw = "Ruiz said: &ldquo;We will rebuild the school &amp; the library.&rdquo;\n"
    document = read(tmp_path, raw)
    [quote] = extract(document.text).quotes
    assert quote.text == "We will rebuild the school & the library."
    assert in_file(document, quote.start, quote.end) == (
        "We will rebuild the school &amp; the library."
    )
    ampersand = quote.start + quote.text.index("&")
    assert raw[document.file_offset(ampersand) :].startswith("&amp;")
    assert raw[document.file_offset(quote.end) :].startswith("&rdquo;")
    assert raw[document.file_offset(quote.start - 1) :].startswith("&ldquo;")


def test_toml_front_matter_is_read(tmp_path: Path) -> None:
    raw = (
        '+++\ntitle = "Schools: \\"no cuts\\""\nsources = ["../sources/release.txt", "wire.md"]\n'
        "+++\n\n"
        '"We are ready," Ruiz said.\n'
    )
    document = read(tmp_path, raw)
    assert front_matter_sources(raw) == ("../sources/release.txt", "wire.md")
    assert document.text == '"We are ready," Ruiz said.'
    assert quotes(document) == ["We are ready,"]


def test_toml_front_matter_sources_are_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # the repository: sources named by a draft must be inside
    (tmp_path / "drafts").mkdir()
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "release.txt").write_text(SOURCE.text, encoding="utf-8")
    (tmp_path / "drafts" / "schools.md").write_text(
        f'+++\nsources = ["../sources/release.txt"]\n+++\n\nRuiz said: "{QUOTE}"\n',
        encoding="utf-8",
    )
    status = main(["check", str(tmp_path / "drafts" / "schools.md"), "--format", "json"])
    assert status == 0


def test_links_images_emphasis_headings_and_footnotes(tmp_path: Path) -> None:
    raw = (
        "# Council *backs* the plan\n"
        "Mayor Ana Ruiz said the [harbour plan](https://x.org/plan \"The plan\") was ready.\n"
        '![The quay, "before"](quay.jpg "A \\"quoted\\" title") <https://x.org/"not-prose">\n\n'
        '"We will *dredge* the __channel__ before ~~winter~~ autumn," Ruiz said.[^1]\n\n'
        '[^1]: Ruiz later told reporters: "The vote was close."\n'
    )
    document = read(tmp_path, raw)
    lines = document.text.split("\n")
    assert lines[0] == "Council backs the plan"  # a heading is a paragraph of its own
    assert lines[1] == "Mayor Ana Ruiz said the harbour plan was ready."
    assert "quay" not in document.text and "x.org" not in document.text
    assert "[^1]" not in document.text
    assert quotes(document) == [
        "We will dredge the channel before winter autumn,",
        "The vote was close.",
    ]
    [first, _] = extract(document.text).quotes
    assert in_file(document, first.start, first.end) == (
        "We will *dredge* the __channel__ before ~~winter~~ autumn,"
    )


def check_json(tmp_path: Path, capsys: pytest.CaptureFixture[str], raw: str) -> dict[str, object]:
    (tmp_path / "draft.md").write_text(raw, encoding="utf-8")
    (tmp_path / "release.txt").write_text(SOURCE.text, encoding="utf-8")
    main(["check", str(tmp_path / "draft.md"), "--sources", str(tmp_path / "release.txt"),
          "--format", "json", "--exit-zero"])
    report: dict[str, object] = json.loads(capsys.readouterr().out)
    return report


@pytest.mark.parametrize(
    "raw",
    [
        f'# Schools\n\n> Ruiz said: "{QUOTE[:41]}\n> {QUOTE[42:]}"\n',
        f'Intro.\n\n- Ruiz said: *"{QUOTE[:41]}*\n  {QUOTE[42:]}"\n',
        f"Ruiz said: &ldquo;{QUOTE}&rdquo;\r\n",
        f'+++\ntitle = "x"\n+++\n\n| who | said |\n|---|---|\n| Ruiz | "{QUOTE}" |\n',
        f'---\ntitle: x\n---\nIntro with `code` and [a link](u).\n\nRuiz said: "{QUOTE}"\n',
    ],
    ids=["block-quote", "list-item", "entities-crlf", "table", "front-matter"],
)
def test_line_and_column_of_a_quote_are_exact(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], raw: str
) -> None:
    report = check_json(tmp_path, capsys, raw)
    [finding] = report["findings"]  # type: ignore[misc]
    first_word = raw.index("We will")
    line = raw.count("\n", 0, first_word) + 1
    column = first_word - (raw.rfind("\n", 0, first_word) + 1) + 1
    assert (finding["line"], finding["column"]) == (line, column)
    assert finding["status"] == "corroborated"


@pytest.mark.parametrize(
    ("name", "raw"),
    [
        ("draft.md", f'---\ntitle: x\n---\n# Vote\n\n> Ruiz said: "{QUOTE[:41]}\n> {QUOTE[42:]}"'),
        ("page.html", f"<head><title>x</title></head>\n<body>\n<p>Ruiz: &ldquo;{QUOTE}&rdquo;"),
    ],
)
def test_extract_shows_the_line_and_column_in_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, raw: str
) -> None:
    (tmp_path / name).write_text(raw, encoding="utf-8")
    assert main(["extract", str(tmp_path / name)]) == 0
    first_word = raw.index("We will")
    line = raw.count("\n", 0, first_word) + 1
    column = first_word - (raw.rfind("\n", 0, first_word) + 1) + 1
    row = capsys.readouterr().out.splitlines()[1]
    assert row.split()[0] == f"{line}:{column}"
