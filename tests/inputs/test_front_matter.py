"""Front matter: the block that opens a Markdown draft, blanked, and the sources it lists."""

from __future__ import annotations

import pytest
from input_helpers import blanked

from quoteverify.inputs.front_matter import front_matter_sources


def test_front_matter_is_blanked() -> None:
    raw = "---\ntitle: A\nsources: [a.txt]\n---\nText."
    assert blanked(raw) == "   \n        \n                \n   \nText."


def test_a_leading_rule_without_a_closing_one_is_not_front_matter() -> None:
    assert blanked("---\ntitle: A\n") == "   \ntitle: A\n"


@pytest.mark.parametrize(
    ("front", "expected"),
    [
        ('sources: [a.txt, "b c.md", \'d.html\']', ("a.txt", "b c.md", "d.html")),
        ("sources: [a.txt,\n  b.txt]", ("a.txt", "b.txt")),
        ("sources: []", ()),
        ("sources: one.txt", ("one.txt",)),
        ('sources: "with space.txt"  # a comment', ("with space.txt",)),
        ("sources: path#1.txt", ("path#1.txt",)),
        ("sources:\n  - a.txt\n  - ../b.html\n\n  # note\n  - 'c d.md'\nother: x", (
            "a.txt", "../b.html", "c d.md",
        )),
        ("sources:\n- a.txt\n- b.txt", ("a.txt", "b.txt")),
        ("sources:\nother: x", ()),
        ("sources: [unclosed, list", ()),
        ("title: no sources", ()),
        ("  sources: nested.txt", ()),
        ('sources: "esc\\"aped.txt"', ('esc"aped.txt',)),
        ("sources: 'it''s.txt'", ("it's.txt",)),
    ],
)
def test_front_matter_sources(front: str, expected: tuple[str, ...]) -> None:
    assert front_matter_sources(f"---\ntitle: A\n{front}\n---\nText.\n") == expected


def test_front_matter_sources_with_crlf_and_dots_closing() -> None:
    raw = "---\r\nsources:\r\n  - a.txt\r\n...\r\nText."
    assert front_matter_sources(raw) == ("a.txt",)


@pytest.mark.parametrize(
    "raw",
    ["", "Text.", "sources: a.txt", "---\nsources: a.txt\n", "\n---\nsources: a.txt\n---\n"],
)
def test_no_front_matter_no_sources(raw: str) -> None:
    assert front_matter_sources(raw) == ()
