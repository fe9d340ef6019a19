"""Loading documents: files, directories, JSON Lines corpora, and every way input can be bad."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteverify import Document, InputError
from quoteverify.inputs.load import iter_documents


def load(*paths: str | Path) -> list[Document]:
    return list(iter_documents(paths))


def load_error(*paths: str | Path) -> str:
    with pytest.raises(InputError) as info:
        load(*paths)
    message = str(info.value)
    assert "\n" not in message
    return message


def write_jsonl(path: Path, *lines: object) -> Path:
    path.write_text(
        "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n",
        encoding="utf-8",
    )
    return path


# --- files ---


def test_file_id_is_its_name_and_source_its_path(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text('"Yes," she said.\n', encoding="utf-8")
    [document] = load(path)
    assert document == Document(id="story.txt", text='"Yes," she said.\n', source=str(path))


def test_any_suffix_is_read_when_named(tmp_path: Path) -> None:
    path = tmp_path / "story.rst"
    path.write_text("*hi* <p>", encoding="utf-8")
    assert [d.text for d in load(path)] == ["*hi* <p>"]


def test_markdown_file_is_read_as_markdown(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    raw = '# Vote\n\n"We *will* win," she said.\n<!-- quoteverify: ignore -->\n'
    path.write_text(raw, encoding="utf-8")
    [document] = load(path)
    assert document.text == 'Vote\n\n"We will win," she said.'
    assert document.file_text() == raw  # suppression comments are read from the file
    assert raw[document.file_offset(10) :].startswith("will*")
    assert (document.id, document.source) == ("draft.md", str(path))


def test_markdown_without_markup_has_no_origin(tmp_path: Path) -> None:
    (tmp_path / "plain.markdown").write_text('"Hi," he said.', encoding="utf-8")
    assert load(tmp_path / "plain.markdown") == [
        Document("plain.markdown", '"Hi," he said.', str(tmp_path / "plain.markdown"))
    ]


@pytest.mark.parametrize("name", ["page.html", "page.htm", "PAGE.HTML"])
def test_html_file_is_read_as_its_visible_text(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    raw = "<nav>Home</nav><p>&ldquo;Hi,&rdquo; he said.</p><script>x()</script>"
    path.write_text(raw, encoding="utf-8")
    [document] = load(path)
    assert (document.id, document.text, document.source) == (name, "“Hi,” he said.", str(path))
    assert document.file_text() == raw
    assert raw[document.file_offset(1) :].startswith("Hi,&rdquo;")


def test_markup_files_report_bad_input_like_text_files(tmp_path: Path) -> None:
    for name in ("bad.md", "bad.html"):
        (tmp_path / name).write_bytes(b"ok \xff")
        assert load_error(tmp_path / name) == f"{tmp_path / name}: not valid UTF-8 at byte 3 (0xff)"


def test_empty_file_is_a_document(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert [d.text for d in load(tmp_path / "empty.txt")] == [""]


def test_byte_order_mark_is_dropped_and_line_endings_kept(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbfone\r\ntwo")
    assert [d.text for d in load(tmp_path / "a.txt")] == ["one\r\ntwo"]


def test_paths_are_read_in_the_order_given(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt"):
        (tmp_path / name).write_text(name, encoding="utf-8")
    assert [d.id for d in load(tmp_path / "b.txt", tmp_path / "a.txt")] == ["b.txt", "a.txt"]


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert load_error(missing) == f"{missing}: no such file or directory"


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x", encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert load_error(path) == f"{path}: cannot read file: Permission denied"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file_for_real(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x", encoding="utf-8")
    path.chmod(0)
    assert load_error(path) == f"{path}: cannot read file: Permission denied"


def test_not_utf8_names_the_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("café".encode("latin-1"))
    assert load_error(path) == f"{path}: not valid UTF-8 at byte 3 (0xe9)"


@pytest.mark.parametrize(
    ("data", "offset"),
    [(b"%PDF-1.4\n\x00\x01", 9), ("hi".encode("utf-16"), 3), (b"\x00", 0)],
    ids=["pdf", "utf-16", "nul"],
)
def test_binary_file(tmp_path: Path, data: bytes, offset: int) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(data)
    message = load_error(path)
    assert message.startswith(f"{path}: looks like a binary file (NUL byte at byte {offset})")


# --- directories ---


def test_directory_is_searched_recursively_in_sorted_order(tmp_path: Path) -> None:
    files = {
        "b.txt": "b",
        "a.md": "a",
        "sub/c.text": "c",
        "sub/deeper/d.TXT": "d",
        "sub2/e.txt": "e",
        "notes.rst": "skipped: not a text suffix",
        "sub2/f.html": "<p>f</p>",
        "sub2/g.HTM": "g &amp; h",
        "sub2/h.markdown": "*h*",
        "data.jsonl": "skipped: corpora are read only when named",
        ".hidden.txt": "skipped: hidden",
        ".git/f.txt": "skipped: in a hidden directory",
        "sub/.cache/g.txt": "skipped: in a hidden directory",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    documents = load(tmp_path)
    assert [d.id for d in documents] == [
        "a.md",
        "b.txt",
        "sub/c.text",
        "sub/deeper/d.TXT",
        "sub2/e.txt",
        "sub2/f.html",
        "sub2/g.HTM",
        "sub2/h.markdown",
    ]
    assert [d.text for d in documents] == ["a", "b", "c", "d", "e", "f", "g & h", "h"]
    assert documents[2].source == str(tmp_path / "sub" / "c.text")


def test_same_file_name_in_two_subdirectories_is_fine(tmp_path: Path) -> None:
    for sub in ("2023", "2024"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "story.txt").write_text(sub, encoding="utf-8")
    assert [d.id for d in load(tmp_path)] == ["2023/story.txt", "2024/story.txt"]


def test_directory_without_text_files(tmp_path: Path) -> None:
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    message = load_error(tmp_path)
    assert message == (
        f"{tmp_path}: no text files (.htm, .html, .markdown, .md, .text, .txt) in this directory"
    )


def test_bad_file_inside_a_directory_is_named(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("fine", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff")
    assert load_error(tmp_path).startswith(f"{tmp_path / 'bad.txt'}: not valid UTF-8 at byte 0")


# --- JSON Lines corpora ---


def test_corpus(tmp_path: Path) -> None:
    corpus = write_jsonl(
        tmp_path / "corpus.jsonl",
        {"id": "one", "text": '"Hi," he said.', "extra": "ignored"},
        "",
        "   ",
        {"id": "two", "text": "", "source": "https://example.org/two"},
        {"id": "three", "text": "x", "source": None},
    )
    assert load(corpus) == [
        Document("one", '"Hi," he said.', f"{corpus}:1"),
        Document("two", "", "https://example.org/two"),
        Document("three", "x", f"{corpus}:5"),
    ]


def test_corpus_format_field(tmp_path: Path) -> None:
    corpus = write_jsonl(
        tmp_path / "c.jsonl",
        {"id": "md", "text": "# *Hi*", "format": "markdown"},
        {"id": "page", "text": "<p>a &amp; b</p>", "format": "html"},
        {"id": "plain", "text": "*as is*", "format": "text"},
    )
    md, page, plain = load(corpus)
    assert (md.text, md.file_text()) == ("Hi", "# *Hi*")
    assert (page.text, page.file_text()) == ("a & b", "<p>a &amp; b</p>")
    assert page.source == f"{corpus}:2"
    assert plain == Document("plain", "*as is*", f"{corpus}:3")


def test_corpus_date_field(tmp_path: Path) -> None:
    corpus = write_jsonl(
        tmp_path / "c.jsonl",
        {"id": "day", "text": "x", "date": "2024-11-05"},
        {"id": "moment", "text": "x", "date": "2024-11-05T14:30:00+01:00", "format": "html"},
        {"id": "none", "text": "x", "date": None},
        {"id": "empty", "text": "x", "date": ""},
    )
    assert [document.date for document in load(corpus)] == [
        "2024-11-05", "2024-11-05T14:30:00+01:00", None, None
    ]


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("20241105", '"date" must be a string or null, not a number'),
        ('"5 Nov 2024"', '"date" must be an ISO 8601 date or date and time (2024-11-05 or'
         ' 2024-11-05T14:30:00Z), not "5 Nov 2024"'),
        ('"2024-02-30"', '"date" must be an ISO 8601 date or date and time (2024-11-05 or'
         ' 2024-11-05T14:30:00Z), not "2024-02-30"'),
    ],
)
def test_corpus_bad_date(tmp_path: Path, value: str, problem: str) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl", f'{{"id": "a", "text": "x", "date": {value}}}')
    assert load_error(corpus) == f"{corpus}: line 1: {problem}"


@pytest.mark.parametrize(
    ("value", "shown"), [('"pdf"', '"pdf"'), ("1", "a number"), ("null", "null")]
)
def test_corpus_bad_format(tmp_path: Path, value: str, shown: str) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl", f'{{"id": "a", "text": "x", "format": {value}}}')
    assert load_error(corpus) == (
        f'{corpus}: line 1: "format" must be "text", "markdown" or "html", not {shown}'
    )


def test_corpus_with_crlf_and_line_separator_in_text(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    line = json.dumps({"id": "a", "text": "one\u2028two\u2029three"}, ensure_ascii=False)
    corpus.write_bytes((line + "\r\n" + line.replace('"a"', '"b"') + "\r\n").encode("utf-8"))
    assert [(d.id, d.text) for d in load(corpus)] == [
        ("a", "one\u2028two\u2029three"),
        ("b", "one\u2028two\u2029three"),
    ]


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('{"id": "a", "text": "x"', "invalid JSON: Expecting ',' delimiter at column 24"),
        ("not json", "invalid JSON: Expecting value at column 1"),
        ('["a", "x"]', "expected a JSON object, not an array"),
        ('"just a string"', "expected a JSON object, not a string"),
        ('{"text": "x"}', 'missing "id" (a string)'),
        ('{"id": "a"}', 'missing "text" (a string)'),
        ('{"id": 7, "text": "x"}', '"id" must be a string, not a number'),
        ('{"id": "a", "text": null}', '"text" must be a string, not null'),
        ('{"id": "a", "text": ["x"]}', '"text" must be a string, not an array'),
        ('{"id": "", "text": "x"}', '"id" must not be empty'),
        (
            '{"id": "a", "text": "x", "source": 1}',
            '"source" must be a string or null, not a number',
        ),
    ],
)
def test_bad_corpus_line_names_file_and_line(tmp_path: Path, line: str, problem: str) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl", {"id": "ok", "text": "fine"}, "", line)
    assert load_error(corpus) == f"{corpus}: line 3: {problem}"


def test_duplicate_id_in_corpus(tmp_path: Path) -> None:
    corpus = write_jsonl(
        tmp_path / "c.jsonl",
        {"id": "a", "text": "1"},
        {"id": "b", "text": "2"},
        {"id": "a", "text": "3"},
    )
    assert load_error(corpus) == (
        f"{corpus}: line 3: duplicate document id 'a' (already used by {corpus}: line 1)"
    )


def test_duplicate_id_across_paths(tmp_path: Path) -> None:
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "story.txt").write_text(sub, encoding="utf-8")
    first, second = tmp_path / "x" / "story.txt", tmp_path / "y" / "story.txt"
    assert load_error(first, second) == (
        f"{second}: duplicate document id 'story.txt' (already used by {first})"
    )


def test_empty_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n \n", encoding="utf-8")
    assert load_error(corpus).startswith(f"{corpus}: no documents in this corpus")


def test_corpus_not_utf8(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(b'{"id": "a", "text": "caf\xe9"}\n')
    assert load_error(corpus) == f"{corpus}: not valid UTF-8 at byte 24 (0xe9)"


@given(st.dictionaries(st.text(min_size=1), st.text(), min_size=1, max_size=5))
def test_corpus_round_trips_any_text(
    tmp_path_factory: pytest.TempPathFactory, texts: dict[str, str]
) -> None:
    corpus = tmp_path_factory.mktemp("corpus") / "c.jsonl"
    corpus.write_text(
        "".join(
            json.dumps({"id": key, "text": value}, ensure_ascii=False) + "\n"
            for key, value in texts.items()
        ),
        encoding="utf-8",
    )
    assert {d.id: d.text for d in load(corpus)} == texts


# --- misuse ---


def test_a_single_path_must_be_wrapped_in_a_list() -> None:
    with pytest.raises(TypeError, match="wrap a single path in a list"):
        list(iter_documents("story.txt"))


def test_documents_are_produced_lazily(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    documents = iter_documents([tmp_path / "a.txt", tmp_path / "missing.txt"])
    assert next(documents).id == "a.txt"
    with pytest.raises(InputError):
        next(documents)
