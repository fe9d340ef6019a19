"""quoteverify.check and its settings: drafts against sources, suppression, configuration."""

from __future__ import annotations

from pathlib import Path

import pytest

from quoteverify import Config, Document, InputError, check
from quoteverify.gate.check import suppressed_spans
from quoteverify.gate.settings import find_settings, gather, load_settings

QUOTE = "We will not cut a single teacher from our schools this year"
SOURCE = Document("release.txt", f'"{QUOTE}," Mayor Ana Ruiz said on Monday.')


def draft(text: str, doc_id: str = "draft.md") -> Document:
    return Document(doc_id, text)


def test_a_draft_quote_is_checked_against_the_sources_only() -> None:
    first = draft(f'Ruiz said: "{QUOTE}."')
    second = draft(f'Ruiz said: "{QUOTE}."', "other-draft.md")
    report = check([first, second], [])
    # Two drafts with the same quote do not corroborate each other.
    assert [f.status for f in report.findings] == ["uncorroborated", "uncorroborated"]
    report = check([first], [SOURCE])
    assert [(f.status, f.severity, f.matches[0].doc_id) for f in report.findings] == [
        ("corroborated", "info", "release.txt")
    ]


def test_source_quotes_get_no_findings() -> None:
    report = check([draft("No quotes in this draft.")], [SOURCE])
    assert report.findings == ()
    assert [d.id for d in report.documents] == ["draft.md", "release.txt"]


def test_severity_follows_the_config() -> None:
    altered = draft(f'Ruiz said: "{QUOTE.replace("not", "never")}."')
    nowhere = draft('Ruiz said: "The budget for the harbour will double by next spring."', "n.md")
    report = check([altered, nowhere], [SOURCE])
    assert [(f.status, f.severity) for f in report.findings] == [
        ("altered", "error"),
        ("uncorroborated", "warning"),
    ]
    strict = check([nowhere], [SOURCE], config=Config(strict=True))
    assert strict.findings[0].severity == "error"
    relaxed = check([altered], [SOURCE], config=Config(severity=(("altered", "warning"),)))
    assert relaxed.findings[0].severity == "warning"


def test_ignore_comment_suppresses_the_quote_on_the_next_line() -> None:
    text = (
        "Intro paragraph.\n\n<!-- quoteverify: ignore -->\n"
        f'Ruiz said: "{QUOTE.replace("not", "never")}."\n\n'
        'Ruiz added: "The budget for the harbour will double by next spring."\n'
    )
    findings = check([draft(text)], [SOURCE]).findings
    assert [(f.status, f.suppressed) for f in findings] == [
        ("altered", True),
        ("uncorroborated", False),
    ]


def test_off_on_region_suppresses_everything_inside() -> None:
    text = (
        "<!-- quoteverify: off -->\n"
        f'Ruiz said: "{QUOTE.replace("not", "never")}."\n'
        'She added: "The budget for the harbour will double by next spring."\n'
        "<!-- quoteverify: on -->\n"
        'She said: "Our ferries will run every hour from the first of May."\n'
    )
    findings = check([draft(text)], [SOURCE]).findings
    assert [f.suppressed for f in findings] == [True, True, False]


def test_an_off_without_on_runs_to_the_end() -> None:
    text = "<!-- quoteverify: off -->\nx\n"
    assert suppressed_spans(text) == [(25, len(text))]


def test_settings_file_with_every_key(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        "[project]\nname = 'newsroom'\n\n[tool.quoteverify]\n"
        'sources = ["sources"]\nmin_words = 5\nscore_cutoff = 80\nstrict = true\n'
        'ignore = ["*.draft.txt"]\n[tool.quoteverify.severity]\naltered = "warning"\n',
        encoding="utf-8",
    )
    (tmp_path / "drafts").mkdir()
    found = find_settings(tmp_path / "drafts")
    assert found == (tmp_path / "pyproject.toml").resolve()
    settings = load_settings(found)
    assert settings.config.min_words == 5
    assert settings.config.score_cutoff == 80
    assert settings.config.severity_of("altered") == "warning"
    assert settings.config.severity_of("uncorroborated") == "error"  # strict
    assert settings.sources == (found.parent / "sources",)
    assert settings.ignore == ("*.draft.txt",)


def test_a_pyproject_without_the_table_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "quoteverify.toml").write_text("min_words = 3\n", encoding="utf-8")
    assert find_settings(tmp_path / "sub") == (tmp_path / "sub" / "quoteverify.toml").resolve()
    assert find_settings(tmp_path) != (tmp_path / "pyproject.toml").resolve()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("min_word = 3\n", "unknown key 'min_word'"),
        ("min_words = 0\n", "min_words"),
        ('[severity]\naltered = "fatal"\n', "severity.altered must be error, warning or info"),
        ('[severity]\nchanged = "error"\n', "unknown status 'changed'"),
        ("sources = 3\n", "sources must be a list of strings"),
        ("min_words = \n", "not valid TOML"),
    ],
)
def test_bad_settings_name_the_file_and_the_problem(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "quoteverify.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message) as error:
        load_settings(path)
    assert str(path) in str(error.value)
    assert "\n" not in str(error.value)


def test_gather_command_line_sources_override_the_settings(tmp_path: Path) -> None:
    (tmp_path / "quoteverify.toml").write_text('sources = ["a.txt"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(SOURCE.text, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Nothing here.", encoding="utf-8")
    (tmp_path / "draft.txt").write_text(f'Ruiz said: "{QUOTE}."', encoding="utf-8")
    drafts, sources, _ = gather([str(tmp_path / "draft.txt")], None)
    assert [d.id for d in drafts] == ["draft.txt"]
    assert [d.id for d in sources] == ["a.txt"]
    _, sources, _ = gather([str(tmp_path / "draft.txt")], [str(tmp_path / "b.txt")])
    assert [d.id for d in sources] == ["b.txt"]


def test_gather_without_sources_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "draft.txt").write_text(f'Ruiz said: "{QUOTE}."', encoding="utf-8")
    with pytest.raises(InputError, match="no sources to check against"):
        gather([str(tmp_path / "draft.txt")], None)


def test_gather_missing_source_names_it(tmp_path: Path) -> None:
    (tmp_path / "draft.txt").write_text(f'Ruiz said: "{QUOTE}."', encoding="utf-8")
    with pytest.raises(InputError, match=r"nope\.txt: no such file"):
        gather([str(tmp_path / "draft.txt")], [str(tmp_path / "nope.txt")])


def test_a_quote_wrapped_over_two_lines_of_a_markdown_draft_is_one_quote(tmp_path: Path) -> None:
    (tmp_path / "draft.md").write_text(
        "# Schools\n\nMayor Ana Ruiz said: \"We will not cut a single teacher from our\n"
        'schools this year," at the council meeting.\n\n- a list item\n- another\n',
        encoding="utf-8",
    )
    (tmp_path / "release.txt").write_text(SOURCE.text, encoding="utf-8")
    drafts, sources, _ = gather([str(tmp_path / "draft.md")], [str(tmp_path / "release.txt")])
    report = check(drafts, sources)
    assert [(f.quote.text.split(), f.status) for f in report.findings] == [
        ((QUOTE + ",").split(), "corroborated")
    ]
    raw = (tmp_path / "draft.md").read_text(encoding="utf-8")
    quote, draft = report.findings[0].quote, drafts[0]
    start, end = draft.file_offset(quote.start), draft.file_offset(quote.end - 1) + 1
    assert raw[start:end].split() == quote.text.split()


@pytest.mark.parametrize(
    ("content", "key", "wanted"),
    [
        ('strict = "no"\n', "strict", "true or false"),
        ("strict = 0\n", "strict", "true or false"),
        ("min_words = true\n", "min_words", "a whole number of at least 1"),
        ("min_words = 2.5\n", "min_words", "a whole number of at least 1"),
        ("min_words = 1e400\n", "min_words", "a whole number of at least 1"),
        ('min_words = "4"\n', "min_words", "a whole number of at least 1"),
        ("score_cutoff = true\n", "score_cutoff", "a number from 0 to 100"),
        ("score_cutoff = 1e400\n", "score_cutoff", "a number from 0 to 100"),
        ("score_cutoff = nan\n", "score_cutoff", "a number from 0 to 100"),
        ('score_cutoff = "70"\n', "score_cutoff", "a number from 0 to 100"),
        ("score_cutoff = 101\n", "score_cutoff", "a number from 0 to 100"),
    ],
)
def test_settings_values_are_checked_by_type(
    tmp_path: Path, content: str, key: str, wanted: str
) -> None:
    path = tmp_path / "quoteverify.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_settings(path)
    message = str(error.value)
    assert message.startswith(f"{path}: {key} must be {wanted}, not "), message


def test_settings_numbers_of_the_right_type_are_taken(tmp_path: Path) -> None:
    path = tmp_path / "quoteverify.toml"
    path.write_text("min_words = 5\nscore_cutoff = 80\nstrict = true\n", encoding="utf-8")
    config = load_settings(path).config
    assert (config.min_words, config.score_cutoff, config.strict) == (5, 80.0, True)
    assert isinstance(config.score_cutoff, float)
