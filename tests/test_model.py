"""Document.from_path: UTF-8 with or without a BOM; every other input is an InputError."""

from __future__ import annotations

from pathlib import Path

import pytest

from quoteverify import Document, InputError


def test_reads_utf8_and_tolerates_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(b"\xef\xbb\xbf\xe2\x80\x9cYes,\xe2\x80\x9d she said.")
    doc = Document.from_path(path)
    assert (doc.id, doc.text, doc.source) == ("story.txt", "“Yes,” she said.", str(path))


def test_invalid_utf8_names_the_file_and_the_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("caf\xe9 owner said".encode("latin-1"))
    with pytest.raises(InputError, match=r"latin1\.txt: not valid UTF-8 at byte 3 \(0xe9\)"):
        Document.from_path(path)


def test_byte_offset_counts_the_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfab\xff")
    with pytest.raises(InputError, match="at byte 5"):
        Document.from_path(path)


def test_binary_and_missing_files_are_input_errors(tmp_path: Path) -> None:
    binary = tmp_path / "scan.pdf"
    binary.write_bytes(b"%PDF-1.4\x00\x01")
    with pytest.raises(InputError, match=r"scan\.pdf: looks like a binary file"):
        Document.from_path(binary)
    with pytest.raises(InputError, match=r"absent\.txt: cannot read file"):
        Document.from_path(tmp_path / "absent.txt")
    assert issubclass(InputError, ValueError)
