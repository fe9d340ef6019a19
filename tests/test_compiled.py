"""The installed build gives the same output as the source.

``pip install .`` compiles the extraction modules with mypyc where it can (setup.py), but the
test suite imports the source tree (pyproject's ``pythonpath``). This test runs the installed
``quoteverify extract`` and the source tree's on the same inputs, the seeds, the newsroom
fixture and a seeded mix of news phrases and stray marks, and wants the same JSON. It is
skipped when no built copy is installed (an editable install is the source tree itself) or when
the installed copy is pure Python, unless ``QUOTEVERIFY_REQUIRE_COMPILED=1`` (as in CI).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT

_PIECES = [
    '"', "“", "”", "'", "‘", "’", "''", "«", "»", "„", " ", " ", ", ", ". ", "\n\n", "\n",
    "We will not back down", "It is a dangerous escalation", "the next several weeks",
    " said ", " she said", " he told reporters", " according to ", " — ", ": ",
    "Jane Doe", "Sabrina Singh", "Mr. Ortiz", "the Pentagon", "The Prime Minister",
    "Pentagon spokeswoman", ", 54, a retired firefighter,", " asked ", "ORTIZ: ", "I ",
    "teachers' union", "it's", "the '90s", "one trader said", "the Kremlin", " added",
]


def _mixed_documents(count: int, seed: int = 7) -> list[dict[str, str]]:
    rng = random.Random(seed)
    return [
        {"id": f"mix-{n}", "text": "".join(rng.choices(_PIECES, k=rng.randint(20, 400)))}
        for n in range(count)
    ]


def _mixed_corpus(folder: Path) -> Path:
    """300 seeded mixed documents as a JSON Lines corpus in ``folder``."""
    corpus = folder / "mixed.jsonl"
    corpus.write_text(
        "".join(json.dumps(doc) + "\n" for doc in _mixed_documents(300)), encoding="utf-8"
    )
    return corpus


def _run(args: list[str], cwd: Path, source: bool) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if source:
        env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )


def _require_compiled(tmp_path: Path) -> None:
    """Skip unless an installed, compiled copy is found (fail instead where one is required)."""
    probe = (
        "import sys, quoteverify; m = sys.modules['quoteverify.extraction.extract']; "
        "print(m.__file__, m.COMPILED)"
    )
    found = _run(["-c", probe], tmp_path, source=False)
    if found.returncode != 0:
        pytest.skip("quoteverify is not installed")
    where, compiled = found.stdout.split()
    if Path(where).resolve().is_relative_to(ROOT / "quoteverify"):
        pytest.skip("the installed quoteverify is this source tree (an editable install)")
    if compiled != "True":
        if os.environ.get("QUOTEVERIFY_REQUIRE_COMPILED") == "1":
            pytest.fail(f"the installed quoteverify at {where} is not compiled")
        pytest.skip("the installed quoteverify is pure Python")


def test_installed_build_matches_the_source(tmp_path: Path) -> None:
    _require_compiled(tmp_path)
    corpus = _mixed_corpus(tmp_path)
    newsroom = ROOT / "tests" / "fixtures" / "newsroom"
    inputs = [str(ROOT / "seeds"), str(newsroom / "sources"), str(newsroom / "drafts"), str(corpus)]
    command = ["-m", "quoteverify", "extract", "--format", "json", *inputs]
    installed = _run(command, tmp_path, source=False)
    source = _run(command, tmp_path, source=True)
    assert installed.returncode == source.returncode == 0, installed.stderr + source.stderr
    quotes = sum(len(doc["quotes"]) for doc in json.loads(source.stdout)["documents"])
    assert quotes > 1000  # the inputs do exercise extraction
    assert installed.stdout == source.stdout


_GARBAGE = """
import gc, json, sys
from collections import Counter
from pathlib import Path
from quoteverify import extract_quotes
texts = [json.loads(line)["text"] for line in Path(sys.argv[1]).read_text("utf-8").splitlines()]
texts += [p.read_text("utf-8") for p in Path(sys.argv[2]).rglob("*.txt")]
extract_quotes(texts[0])  # (what the first call loads is kept, not garbage)
gc.collect()
gc.disable()
gc.set_debug(gc.DEBUG_SAVEALL)
quotes = sum(len(extract_quotes(text)) for text in texts)
gc.collect()
print(json.dumps([quotes, Counter(type(o).__name__ for o in gc.garbage).most_common(5)]))
"""


def test_compiled_extraction_leaves_nothing_for_the_cyclic_collector(tmp_path: Path) -> None:
    """Compiled, a function nested in another and its closure refer to each other: one made
    per quote was two objects that only the cyclic collector frees, and its collections took
    a fifth of the time of preparing a partition of an archive."""
    _require_compiled(tmp_path)
    corpus = _mixed_corpus(tmp_path)
    found = _run(["-c", _GARBAGE, str(corpus), str(ROOT / "seeds")], tmp_path, source=False)
    assert found.returncode == 0, found.stderr
    quotes, garbage = json.loads(found.stdout)
    assert quotes > 1000
    assert garbage == []


def test_every_rule_module_of_extraction_is_compiled() -> None:
    """A module of rules left out of setup.py's list runs as Python under compiled callers,
    and slows every call into it (the driver, extract.py, stays Python on purpose)."""
    listed = {
        line.strip().strip('",')
        for line in (ROOT / "setup.py").read_text(encoding="utf-8").split("COMPILED = [")[1]
        .split("]\n")[0]
        .splitlines()
        if line.strip().startswith('"')
    }
    modules = {p.stem for p in (ROOT / "quoteverify" / "extraction").glob("*.py")}
    assert modules - listed == {"__init__", "extract"}

