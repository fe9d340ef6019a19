"""``extract`` and ``check`` point at the same ``line:column`` of a Markdown or HTML file: both
count in the file as written (front matter, markup, entities and all), not in the text read
out of it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from quoteverify.cli import main

MARKDOWN = """\
---
title: A draft with markup before its quotes
---

# The *harbour* vote

> The mayor, in a **long** aside: "We will dredge the eastern channel
> before the autumn storms arrive," Mayor Lena Ostrova said.

- [A link](https://example.org/plan) and &ldquo;Nobody asked the fishermen at all,&rdquo;
  said Colm Ferreira.

"The cranes on the north quay are older than the crews," Ostrova added.
"""

HTML = """\
<!DOCTYPE html>
<html><head><title>Vote</title><style>p { color: red; }</style></head>
<body>
<nav>Home | News</nav>
<p>Intro &amp; more.</p>
<p>&ldquo;We will dredge the eastern channel before the autumn storms arrive,&rdquo;
Mayor <b>Lena Ostrova</b> said.</p>
<p>&ldquo;Nobody asked the fishermen at all,&rdquo; said Colm Ferreira.</p>
</body></html>
"""

SOURCE = "OSTROVA: We will dredge the eastern channel before the storms arrive.\n"
PLACE = re.compile(r"^\s+(\d+:\d+)\s+(utterance|fragment|term)\b", re.MULTILINE)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "draft.md").write_text(MARKDOWN, encoding="utf-8")
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "source.txt").write_text(SOURCE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.usefixtures("folder")
@pytest.mark.parametrize("name", ["draft.md", "page.html"])
def test_extract_and_check_give_the_same_places(
    capsys: pytest.CaptureFixture[str], name: str
) -> None:
    main(["extract", name])
    extracted = PLACE.findall(capsys.readouterr().out)
    main(["check", name, "--sources", "source.txt", "--format", "json", "--exit-zero"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    checked = [f"{f['line']}:{f['column']}" for f in findings]
    assert len(checked) >= 2
    assert [place for place, _ in extracted] == checked


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("draft.md", "We will dredge"),
        ("draft.md", "Nobody asked"),
        ("draft.md", "The cranes"),
        ("page.html", "We will dredge"),
        ("page.html", "Nobody asked"),
    ],
)
def test_the_places_are_in_the_file_as_written(
    folder: Path, capsys: pytest.CaptureFixture[str], name: str, words: str
) -> None:
    text = (folder / name).read_text(encoding="utf-8")
    offset = text.index(words)
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    main(["extract", name])
    assert f"{line}:{column}" in [place for place, _ in PLACE.findall(capsys.readouterr().out)]
