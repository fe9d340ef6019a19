"""Renderers, on records built by hand so the tests do not depend on the extraction engine."""

from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteverify.model import Cue, Document, Extraction, Quote, Speaker, TextWarning
from quoteverify.render import RENDERERS
from quoteverify.render.json import render_json, results_to_json
from quoteverify.render.position import LineIndex
from quoteverify.render.text import render_text

TEXT = (
    "Officials met on Monday.\r\n"
    "“We will not back down,” said Maria Lopez, the city’s housing director.\n"
    "“It is late,\n\nvery late.”\n"
    "A resident said “this"
)


def span(text: str, *, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(text, after)
    return start, start + len(text)


LOPEZ = Speaker("Maria Lopez", "Maria Lopez", *span("Maria Lopez"), role="housing director")
SHORT = Quote(
    "We will not back down,",
    *span("We will not back down,"),
    speaker=LOPEZ,
    cue=Cue("said", *span("said")),
    kind="utterance",
    utterance=0,
)
LONG = Quote(
    "It is late,\n\nvery late.",
    *span("It is late,\n\nvery late."),
    speaker=attrs.evolve(LOPEZ, mention="she", start=0, end=0, role=None, resolved_by="pronoun"),
    cue=None,
    kind="utterance",
    utterance=1,
)
UNCLOSED = TextWarning("unclosed-quote", "quote never\nclosed", *span("“this"))
RESULTS = [
    (Document("city.txt", TEXT, "news/city.txt"), Extraction((SHORT, LONG), (UNCLOSED,))),
    (Document("empty", "", None), Extraction((), ())),
]


def test_renderers_are_registered() -> None:
    assert dict(RENDERERS) == {"json": render_json, "text": render_text}


def test_json_structure() -> None:
    data = json.loads(render_json(RESULTS))
    assert list(data) == ["version", "tool", "documents"]
    first, second = data["documents"]
    assert list(first) == ["id", "source", "quotes", "warnings"]
    assert (first["id"], first["source"], second["source"]) == ("city.txt", "news/city.txt", None)
    assert first["quotes"][0] == {
        "text": "We will not back down,",
        "start": SHORT.start,
        "end": SHORT.end,
        "kind": "utterance",
        "utterance": 0,
        "speaker": {
            "name": "Maria Lopez",
            "mention": "Maria Lopez",
            "start": LOPEZ.start,
            "end": LOPEZ.end,
            "role": "housing director",
            "kind": "person",
            "resolved_by": "explicit",
            "confidence": 1.0,
        },
        "cue": {"text": "said", "start": SHORT.cue.start, "end": SHORT.cue.end},  # type: ignore[union-attr]
    }
    assert first["quotes"][1]["cue"] is None
    assert first["warnings"] == [
        {
            "code": "unclosed-quote",
            "message": "quote never\nclosed",
            "start": UNCLOSED.start,
            "end": UNCLOSED.end,
        }
    ]
    assert second == {"id": "empty", "source": None, "quotes": [], "warnings": []}


@pytest.mark.parametrize(
    ("record", "key"),
    [
        (SHORT, ("quotes", 0)),
        (LOPEZ, ("quotes", 0, "speaker")),
        (SHORT.cue, ("quotes", 0, "cue")),
        (UNCLOSED, ("warnings", 0)),
    ],
)
def test_json_has_every_field_of_every_record(
    record: attrs.AttrsInstance, key: tuple[str | int, ...]
) -> None:
    """Fails when a field is added to a record and not to the JSON format (or the reverse)."""
    node = results_to_json(RESULTS)["documents"][0]
    for part in key:
        node = node[part]
    assert set(node) == set(attrs.fields_dict(type(record)))


def test_json_is_utf8_not_escaped_and_ends_with_newline() -> None:
    output = render_json([(Document("café “1”.txt", ""), Extraction((), ()))])
    assert '"id": "café “1”.txt"' in output
    assert output.endswith("}\n")


def test_json_of_nothing() -> None:
    assert json.loads(render_json([])) == {"version": 1, "tool": "quoteverify", "documents": []}


def test_text_output() -> None:
    assert render_text(RESULTS).splitlines() == [
        "city.txt  (news/city.txt)",
        '  2:2   utterance  Maria Lopez (housing director) [explicit]  "We will not back down,"',
        '  3:2   utterance  Maria Lopez [pronoun: "she"]  "It is late, very late."',
        "  6:17  warning    unclosed-quote: quote never closed",
        "",
        "empty",
        "  no quotes",
        "",
        "2 documents, 2 quotes, 1 warning",
    ]


def test_text_output_sorts_by_position_and_shortens_long_quotes() -> None:
    words = " ".join(f"word{n}" for n in range(40))
    text = f'"{words}" and "short"'
    long_quote = Quote(words, 1, 1 + len(words), None, None, "utterance", 0)
    short = Quote("short", text.index("short"), text.index("short") + 5, None, None, "term", 1)
    output = render_text([(Document("d", text), Extraction((short, long_quote), ()))])
    first, second = output.splitlines()[1:3]
    assert first.startswith("  1:2  ")
    assert "(no speaker)" in first
    shown = first[first.index('"') + 1 : -1]
    assert shown.endswith("…")
    assert len(shown) <= 80
    assert words.startswith(shown[:-1])
    assert second.startswith("  1:")
    assert second.endswith('term       (no speaker)  "short"')


def test_text_output_of_nothing() -> None:
    assert render_text([]) == "0 documents, 0 quotes, 0 warnings\n"


@given(st.text(alphabet="ab\n\r", max_size=50), st.data())
def test_line_index_agrees_with_counting(text: str, data: st.DataObject) -> None:
    offset = data.draw(st.integers(min_value=0, max_value=len(text)))
    before = text[:offset]
    expected = (before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1)
    assert LineIndex(text).line_col(offset) == expected
