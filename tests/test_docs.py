"""Docs that cannot rot: docs/cli.md is generated from --help; the JSON example is real output."""

from __future__ import annotations

import json
import re

from helpers import DOCS

from quoteverify.cli import help_markdown
from quoteverify.model import Cue, Document, Extraction, Quote, Speaker, TextWarning
from quoteverify.render.json import render_json


def test_cli_docs_match_the_help() -> None:
    assert (DOCS / "cli.md").read_text(encoding="utf-8") == help_markdown(), (
        "docs/cli.md is out of date: run  python docs/gen_cli_docs.py"
    )


def _code_blocks(markdown: str, language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```$", markdown, flags=re.MULTILINE | re.DOTALL)


def test_json_format_example_is_what_the_renderer_writes() -> None:
    markdown = (DOCS / "json-format.md").read_text(encoding="utf-8")
    [source_text] = _code_blocks(markdown, "text")
    [example] = _code_blocks(markdown, "json")
    data = json.loads(example)
    [document] = data["documents"]
    quotes = tuple(
        Quote(
            **{
                **quote,
                "speaker": quote["speaker"] and Speaker(**quote["speaker"]),
                "cue": quote["cue"] and Cue(**quote["cue"]),
            }
        )
        for quote in document["quotes"]
    )
    warnings = tuple(TextWarning(**warning) for warning in document["warnings"])
    rendered = render_json(
        [(Document(document["id"], source_text, document["source"]), Extraction(quotes, warnings))]
    )
    # Same text means the same fields, in the same order, formatted the same way.
    assert rendered == example

    for quote in quotes:
        assert source_text[quote.start : quote.end] == quote.text
        assert quote.speaker is not None
        assert quote.cue is not None
        assert source_text[quote.speaker.start : quote.speaker.end] == quote.speaker.mention
        assert source_text[quote.cue.start : quote.cue.end] == quote.cue.text
    for warning in warnings:
        assert source_text[warning.start : warning.end] == "“"
