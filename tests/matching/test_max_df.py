"""A passage repeated in more sources than max_df is boilerplate to the index, but a quote
whose only matches are such passages is still judged against the best of them: an altered
quote stays an error, never an uncorroborated warning."""

from __future__ import annotations

from pathlib import Path

import pytest

from quoteverify import Config, Document, check
from quoteverify.cli import main
from quoteverify.gate.settings import load_settings

QUOTE = "We will not cut a single teacher from our schools this year"
ALTERED = QUOTE.replace("not", "never")


def sources(count: int) -> list[Document]:
    return [
        Document(f"wire-{k}.txt", f'"{QUOTE}," Mayor Ana Ruiz said on day {k}.')
        for k in range(count)
    ]


def test_a_quote_repeated_past_max_df_is_still_found_altered() -> None:
    draft = Document("draft.md", f'Mayor Ana Ruiz said: "{ALTERED}."')
    config = Config(max_df=3)
    [few] = check([draft], sources(2), config=config).findings
    assert (few.status, few.severity) == ("altered", "error")
    [many] = check([draft], sources(8), config=config).findings
    assert (many.status, many.severity) == ("altered", "error")
    assert many.matches


def test_a_quote_repeated_past_max_df_is_still_corroborated() -> None:
    draft = Document("draft.md", f'Mayor Ana Ruiz said: "{QUOTE}."')
    [finding] = check([draft], sources(8), config=Config(max_df=3)).findings
    assert finding.status == "corroborated"


def test_max_df_is_a_setting_and_an_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "draft.txt").write_text(f'Mayor Ana Ruiz said: "{ALTERED}."', encoding="utf-8")
    folder = tmp_path / "wire"
    folder.mkdir()
    for source in sources(8):
        (folder / source.id).write_text(source.text, encoding="utf-8")
    (tmp_path / "quoteverify.toml").write_text("max_df = 3\n", encoding="utf-8")
    assert load_settings(tmp_path / "quoteverify.toml").config.max_df == 3
    args = ["check", str(tmp_path / "draft.txt"), "--sources", str(folder), "--format", "json"]
    assert main(args) == 1
    assert main([*args, "--max-df", "2"]) == 1
    capsys.readouterr()
    assert main([*args, "--max-df", "1"]) == 2
    (tmp_path / "quoteverify.toml").write_text("max_df = 1\n", encoding="utf-8")
    assert main(args) == 2
    assert "max_df must be a whole number of at least 2, not 1" in capsys.readouterr().err
