"""The command line, run in-process through main() (plus one run of the installed script)."""

from __future__ import annotations

import io
import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import assert_one_line_error, run

import quoteverify
from quoteverify import Document, extract
from quoteverify.cli import build_parser, main
from quoteverify.render import RENDERERS
from quoteverify.render.json import results_to_json

STORY = (
    "The council met on Tuesday.\n"
    "“We will not back down,” said Maria Lopez, the city’s housing director.\n"
    '"It is a first step," she added.\n'
)


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path




# --- version and usage ---


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    # the tests import the source tree, which is never compiled (see tests/test_compiled.py)
    expected = f"quoteverify {quoteverify.__version__} (pure Python)\n"
    assert run(capsys, "--version") == (0, expected, "")


def test_help_mentions_extract(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--help")
    assert status == 0
    assert "extract" in out


@pytest.mark.parametrize(
    "args", [[], ["extract"], ["extract", "a.txt", "--format", "xml"], ["nonsense"]]
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    status, out, err = run(capsys, *args)
    assert status == 2
    assert out == ""
    assert "quoteverify" in err
    assert "Traceback" not in err


def test_format_choices_match_renderers() -> None:
    parser = build_parser()
    assert parser.parse_args(["extract", "a"]).format in RENDERERS
    for name in RENDERERS:
        assert parser.parse_args(["extract", "a", "--format", name]).format == name


# --- output ---


def test_json_output_is_extract_output(capsys: pytest.CaptureFixture[str], story: Path) -> None:
    status, out, err = run(capsys, "extract", story, "--format", "json")
    assert (status, err) == (0, "")
    output = json.loads(out)
    assert output["version"] == 1
    assert output["tool"] == "quoteverify"
    document = Document.from_path(story)
    assert output == results_to_json([(document, extract(document.text))])


def test_json_output_keeps_non_ascii(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "é.txt"
    path.write_text("x", encoding="utf-8")
    _, out, _ = run(capsys, "extract", path, "--format", "json")
    assert '"id": "é.txt"' in out


def test_text_output(capsys: pytest.CaptureFixture[str], story: Path, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    status, out, err = run(capsys, "extract", story, tmp_path / "empty.txt")
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"story.txt  ({story})"
    assert f"empty.txt  ({tmp_path / 'empty.txt'})" in lines
    quotes = len(extract(STORY).quotes)
    warnings = len(extract(STORY).warnings)
    assert lines[-1].startswith("2 documents, ")
    assert f" {quotes} quote" in lines[-1]
    assert f" {warnings} warning" in lines[-1]


def test_directory_and_corpus(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    (folder / "2024").mkdir(parents=True)
    (folder / "2024" / "b.txt").write_text(STORY, encoding="utf-8")
    (folder / "a.md").write_text("No quotes here.", encoding="utf-8")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "c1", "text": STORY}) + "\n\n" + json.dumps({"id": "c2", "text": ""}),
        encoding="utf-8",
    )
    status, out, _ = run(capsys, "extract", folder, corpus, "--format", "json")
    assert status == 0
    documents = json.loads(out)["documents"]
    assert [d["id"] for d in documents] == ["2024/b.txt", "a.md", "c1", "c2"]
    assert documents[2]["source"] == f"{corpus}:1"


def test_output_file(capsys: pytest.CaptureFixture[str], story: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "quotes.json"
    target.parent.mkdir()
    assert run(capsys, "extract", story, "--format", "json", "--output", target) == (0, "", "")
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == 1
    assert os.listdir(target.parent) == ["quotes.json"]
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_output_file_keeps_its_mode(
    capsys: pytest.CaptureFixture[str], story: Path, tmp_path: Path
) -> None:
    target = tmp_path / "quotes.txt"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    assert run(capsys, "extract", story, "--output", target)[0] == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_text(encoding="utf-8").startswith("story.txt")


def test_failed_run_leaves_no_output_file(
    capsys: pytest.CaptureFixture[str], story: Path, tmp_path: Path
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    missing = tmp_path / "missing.txt"
    status, out, err = run(capsys, "extract", story, missing, "--output", out_dir / "q.json")
    assert (status, out) == (2, "")
    assert_one_line_error(err, missing)
    assert os.listdir(out_dir) == []


def test_failed_run_leaves_old_output_untouched(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "q.json"
    target.write_text("previous run", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff")
    assert run(capsys, "extract", tmp_path / "bad.txt", "--output", target)[0] == 2
    assert target.read_text(encoding="utf-8") == "previous run"
    assert sorted(os.listdir(tmp_path)) == ["bad.txt", "q.json"]


def test_interrupted_write_leaves_no_temp_file(
    capsys: pytest.CaptureFixture[str],
    story: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def interrupt(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    monkeypatch.setattr(os, "replace", interrupt)
    assert run(capsys, "extract", story, "--output", out_dir / "q.txt") == (130, "", "")
    assert os.listdir(out_dir) == []


@pytest.mark.parametrize("where", ["missing-dir/q.json", "."], ids=["no-directory", "directory"])
def test_unwritable_output(
    capsys: pytest.CaptureFixture[str], story: Path, tmp_path: Path, where: str
) -> None:
    target = tmp_path / where
    before = sorted(os.listdir(tmp_path))
    status, out, err = run(capsys, "extract", story, "--output", target)
    assert (status, out) == (2, "")
    assert_one_line_error(err, target, "cannot write output")
    assert sorted(os.listdir(tmp_path)) == before


# --- bad input: exit 2, one line on stderr naming the file, nothing on stdout ---


def bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Each case: the path to pass and a fragment its error message must contain."""
    cases: dict[str, tuple[Path, str]] = {}
    cases["missing"] = (tmp_path / "missing.txt", "no such file or directory")
    (tmp_path / "latin1.txt").write_bytes("café".encode("latin-1"))
    cases["not-utf8"] = (tmp_path / "latin1.txt", "not valid UTF-8 at byte 3")
    (tmp_path / "blob.txt").write_bytes(b"GIF89a\x00\x00")
    cases["binary"] = (tmp_path / "blob.txt", "looks like a binary file")
    (tmp_path / "empty-dir").mkdir()
    cases["empty-dir"] = (tmp_path / "empty-dir", "no text files")
    lines = {
        "invalid-json": ('{"id": "a", "text": }', "line 2: invalid JSON"),
        "missing-id": ('{"text": "x"}', 'line 2: missing "id"'),
        "missing-text": ('{"id": "b"}', 'line 2: missing "text"'),
        "non-string-id": ('{"id": 1, "text": "x"}', 'line 2: "id" must be a string'),
        "non-string-text": ('{"id": "b", "text": 1}', 'line 2: "text" must be a string'),
        "duplicate-id": ('{"id": "a", "text": "x"}', "line 2: duplicate document id 'a'"),
    }
    for name, (line, problem) in lines.items():
        corpus = tmp_path / f"{name}.jsonl"
        corpus.write_text('{"id": "a", "text": "x"}\n' + line + "\n", encoding="utf-8")
        cases[name] = (corpus, problem)
    return cases


BAD_INPUT_NAMES = [
    "missing",
    "not-utf8",
    "binary",
    "empty-dir",
    "invalid-json",
    "missing-id",
    "missing-text",
    "non-string-id",
    "non-string-text",
    "duplicate-id",
]


@pytest.mark.parametrize("case", BAD_INPUT_NAMES)
@pytest.mark.parametrize("output_format", ["text", "json"])
def test_bad_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, case: str, output_format: str
) -> None:
    path, problem = bad_inputs(tmp_path)[case]
    status, out, err = run(capsys, "extract", path, "--format", output_format)
    assert (status, out) == (2, "")
    assert_one_line_error(err, path, problem)


def test_bad_input_cases_are_all_tested(tmp_path: Path) -> None:
    assert sorted(bad_inputs(tmp_path)) == sorted(BAD_INPUT_NAMES)


def test_unreadable_file(
    capsys: pytest.CaptureFixture[str], story: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    status, _, err = run(capsys, "extract", story)
    assert status == 2
    assert_one_line_error(err, story, "cannot read file: Permission denied")


def test_newline_in_a_file_name_stays_on_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, _, err = run(capsys, "extract", tmp_path / "two\nlines.txt")
    assert status == 2
    assert_one_line_error(err, "two\\nlines.txt")


# --- interruptions ---


def test_keyboard_interrupt_exits_130(
    capsys: pytest.CaptureFixture[str], story: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupt(paths: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("quoteverify.inputs.load.iter_documents", interrupt)
    assert run(capsys, "extract", story) == (130, "", "")


class _ClosedPipe(io.BytesIO):
    def write(self, data: object) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_broken_pipe_is_quiet(
    capsys: pytest.CaptureFixture[str], story: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stdout = io.TextIOWrapper(_ClosedPipe(), encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", stdout)
    status = main(["extract", str(story)])
    assert status == 141
    assert capsys.readouterr().err == ""


# --- the installed command ---


def test_installed_console_script() -> None:
    script = shutil.which("quoteverify", path=os.path.dirname(sys.executable)) or shutil.which(
        "quoteverify"
    )
    assert script, "the quoteverify console script is not installed (pip install -e .)"
    result = subprocess.run(
        [script, "--version"], capture_output=True, text=True, check=False, timeout=60
    )
    # the installed copy may be compiled (pip install .) or not (pip install -e .)
    builds = [f"quoteverify {quoteverify.__version__} ({b})\n" for b in ("compiled", "pure Python")]
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout in builds


def test_python_dash_m(story: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "quoteverify", "extract", str(story) + ".missing"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == f"quoteverify: error: {story}.missing: no such file or directory\n"


def test_cli_module_imports_commands_lazily() -> None:
    code = (
        "import sys, quoteverify.cli; "
        "loaded = ('quoteverify.inputs.load', 'quoteverify.render'); "
        "print(' '.join(m for m in loaded if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.split() == []
