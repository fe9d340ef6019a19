"""Settings that do what they say (issue 20): a sources folder reads every format the command
line reads, ``ignore`` patterns are gitignore patterns relative to the settings file, a run
whose drafts were all ignored says so, and no output shows an absolute path.

Each test writes a small repository of its own into a temporary directory (invented people
and words), with a ``quoteverify.toml`` at its top.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers import NEWSROOM

from quoteverify.cli import main

DRAFT = (
    'Mayor Ana Ruiz said: "The bridge on Mill Street will open to traffic in June."\n\n'
    'Director Tomas Berg said: "Every pier was tested twice before the deck went on."\n\n'
    'Engineer Lena Vogt said: "The steel for the railings came from the old foundry."\n\n'
    'Treasurer Omar Haddad said: "The works came in under budget by four percent."\n'
)
"""A draft with four quotes, each found in one source of a different format."""

SOURCES = {
    # a corpus: one JSON object a line
    "wire.jsonl": json.dumps(
        {
            "id": "wire-1",
            "text": '"The bridge on Mill Street will open to traffic in June," Mayor Ana Ruiz'
            " said on Monday.",
        }
    )
    + "\n",
    "release.htm": (
        "<html><body><p>&ldquo;Every pier was tested twice before the deck went on,&rdquo;"
        " Director Tomas Berg said.</p></body></html>\n"
    ),
    "notes.markdown": (
        '*"The steel for the railings came from the old foundry,"* Engineer Lena Vogt said.\n'
    ),
    "minutes.text": (
        '"The works came in under budget by four percent," Treasurer Omar Haddad said.\n'
    ),
}


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")


def check_json(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, dict, str]:
    status = main(["check", *(str(arg) for arg in args), "--format", "json"])
    out, err = capsys.readouterr()
    return status, (json.loads(out) if out else {}), err


def statuses(report: dict) -> list[str]:
    return [finding["status"] for finding in report["findings"]]


# --- 1. a sources folder holds every format the command line reads ---------------------------


def test_a_sources_folder_reads_jsonl_corpora_and_every_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, {"quoteverify.toml": 'sources = ["sources/"]\n', "drafts/bridge.md": DRAFT})
    write(tmp_path, {f"sources/{name}": text for name, text in SOURCES.items()})
    monkeypatch.chdir(tmp_path)
    status, report, err = check_json(capsys, "drafts/bridge.md")
    assert (status, err) == (0, "")
    assert statuses(report) == ["corroborated"] * 4
    found_in = {f["matches"][0]["doc_id"] for f in report["findings"]}
    assert found_in == {"wire-1", "release.htm", "notes.markdown", "minutes.text"}


def test_a_sources_folder_with_only_a_corpus_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, {"drafts/bridge.md": DRAFT, "sources/wire.jsonl": SOURCES["wire.jsonl"]})
    monkeypatch.chdir(tmp_path)
    status, report, err = check_json(capsys, "drafts/bridge.md", "--sources", "sources")
    assert (status, err) == (0, "")
    assert statuses(report)[0] == "corroborated"


def test_a_corpus_in_a_sources_folder_that_links_outside_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # a pull request can commit a corpus as a link, as it can a text file
    write(tmp_path, {"outside/secret.jsonl": SOURCES["wire.jsonl"]})
    repo = tmp_path / "repo"
    write(repo, {"quoteverify.toml": "", "drafts/bridge.md": DRAFT, "sources/a.txt": "Text."})
    (repo / "sources" / "wire.jsonl").symlink_to(tmp_path / "outside" / "secret.jsonl")
    monkeypatch.chdir(repo)
    status, _, err = check_json(capsys, "drafts/bridge.md", "--sources", "sources")
    assert status == 2
    assert "wire.jsonl" in err and "leads outside the repository" in err
    # named by a draft's front matter, the folder is held to the repository as well
    write(repo, {"drafts/bridge.md": "---\nsources: [../sources]\n---\n" + DRAFT})
    status, _, err = check_json(capsys, "drafts/bridge.md")
    assert status == 2
    assert "wire.jsonl" in err and "outside the repository" in err


def test_corpus_records_with_the_same_source_are_each_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # "source" says where a record came from; two parts of one page are two documents
    records = [
        {"id": "page-1", "text": SOURCES["minutes.text"], "source": "https://example.org/a"},
        {"id": "page-2", "text": SOURCES["notes.markdown"], "source": "https://example.org/a"},
    ]
    write(tmp_path, {"drafts/bridge.md": DRAFT})
    write(tmp_path, {"wire.jsonl": "".join(json.dumps(r) + "\n" for r in records)})
    monkeypatch.chdir(tmp_path)
    status, report, err = check_json(capsys, "drafts/bridge.md", "--sources", "wire.jsonl")
    assert (status, err) == (0, "")
    assert statuses(report)[2:] == ["corroborated", "corroborated"]


# --- 2. ignore patterns are gitignore patterns, relative to the settings file ---------------

IGNORING = """\
sources = ["sources/"]
ignore = [
    "archive/",                 # a folder, wherever it is
    "/sources/retired.txt",     # anchored: only this file
    "drafts/*.draft.md",        # a slash inside: relative to this file's folder
    "!drafts/keep.draft.md",    # taken back
]
"""


def ignoring_repository(root: Path) -> Path:
    repo = root / "repo"
    one_quote = 'Mayor Ana Ruiz said: "We counted every vote twice before the count closed."\n'
    write(
        repo,
        {
            "quoteverify.toml": IGNORING,
            "drafts/bridge.md": DRAFT,
            "drafts/archive/old.md": one_quote,
            "drafts/wip.draft.md": one_quote,
            "drafts/keep.draft.md": one_quote,
            "desk/drafts/other.draft.md": one_quote,  # not drafts/ at the top: not ignored
            "sources/minutes.text": SOURCES["minutes.text"],
            "sources/retired.txt": SOURCES["notes.markdown"],
            "sources/archive/wire.jsonl": SOURCES["wire.jsonl"],
            # not /sources/retired.txt
            "sources/desk/retired.txt": (
                '"Every pier was tested twice before the deck went on," Director Tomas Berg said.'
            ),
        },
    )
    return repo


@pytest.mark.parametrize("spelling", ["relative", "absolute"])
def test_ignore_patterns_are_gitignore_patterns_relative_to_the_settings_file(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    spelling: str,
) -> None:
    repo = ignoring_repository(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # neither the repository nor a folder in it
    drafts = [
        "drafts/bridge.md",
        "drafts/archive/old.md",
        "drafts/wip.draft.md",
        "drafts/keep.draft.md",
        "desk/drafts/other.draft.md",
    ]
    named = [
        str(repo / d) if spelling == "absolute" else str(Path("..", "repo", d)) for d in drafts
    ]
    status, report, err = check_json(capsys, *named, "--exit-zero")
    assert (status, err) == (0, "")
    read = sorted(Path(d["source"]).name for d in report["documents"])
    assert read == [
        "bridge.md",
        "keep.draft.md",
        "minutes.text",
        "other.draft.md",
        "retired.txt",  # sources/desk/retired.txt
    ]
    # the draft's quotes found in the corpus and in /sources/retired.txt are found nowhere now
    assert statuses(report)[:4] == ["uncorroborated", "corroborated"] * 2


def test_an_ignore_pattern_git_cannot_read_is_a_settings_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, {"quoteverify.toml": 'ignore = ["drafts\\\\"]\n', "drafts/bridge.md": DRAFT})
    monkeypatch.chdir(tmp_path)
    status, _, err = check_json(capsys, "drafts/bridge.md", "--sources", "drafts")
    assert status == 2
    assert "quoteverify.toml: ignore:" in err and "drafts\\\\" in err


# --- 3. a run whose drafts were all ignored says so --------------------------------------------


@pytest.mark.parametrize("form", ["text", "json", "github", "sarif"])
def test_a_run_whose_drafts_are_all_ignored_says_so_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, form: str
) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    repo = ignoring_repository(tmp_path)
    monkeypatch.chdir(repo)
    status = main(["check", "drafts/archive/old.md", "drafts/wip.draft.md", "--format", form])
    out, err = capsys.readouterr()
    assert (status, out) == (2, "")
    assert err.startswith("quoteverify: error: ") and err.count("\n") == 1, err
    assert "every draft named is ignored" in err
    assert "quoteverify.toml" in err  # where the patterns are
    # --exit-zero reports without failing, but a run that checked nothing is no report
    assert main(["check", "drafts/wip.draft.md", "--exit-zero"]) == 2


# --- 4. paths in every output are relative to the repository ----------------------------------

ALL_FORMATS = ("text", "json", "github", "sarif", "markdown", "html")


@pytest.mark.parametrize("form", ALL_FORMATS)
def test_no_output_shows_an_absolute_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, form: str
) -> None:
    repo = tmp_path / "newsroom"
    shutil.copytree(NEWSROOM, repo)
    write(repo, {"sources/wire/wire.jsonl": SOURCES["wire.jsonl"]})  # a corpus's "file:line"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    status = main(
        ["check", str(repo / "drafts" / "harbour.md"), "--format", form,
         "--sources", str(repo / "sources"), str(repo / "sources" / "wire" / "wire.jsonl")]
    )  # fmt: skip
    out, err = capsys.readouterr()
    assert (status, err) == (1, "")
    shown = out + (summary.read_text(encoding="utf-8") if summary.exists() else "")
    for absolute in {str(tmp_path), str(tmp_path.resolve()), str(repo), str(elsewhere)}:
        assert absolute not in shown
        assert absolute.replace("/", "%2F") not in shown  # a URI or a workflow command
    assert "../" not in shown
    if form != "markdown":  # (a comment names documents by their ids)
        assert "drafts/harbour.md" in shown  # the draft, from the repository's top


def test_document_sources_are_relative_to_the_repository(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = tmp_path / "newsroom"
    shutil.copytree(NEWSROOM, repo)
    write(repo, {"sources/wire/wire.jsonl": SOURCES["wire.jsonl"]})
    monkeypatch.chdir(repo / "drafts")  # a folder inside the repository, relative paths
    status, report, err = check_json(
        capsys, "harbour.md", "--sources", "../sources", "--exit-zero"
    )
    assert (status, err) == (0, "")
    assert {d["source"] for d in report["documents"]} == {
        "drafts/harbour.md",
        "sources/article.html",
        "sources/council-briefing.txt",
        "sources/press-release.txt",
        "sources/wire/wire.jsonl:1",
    }
