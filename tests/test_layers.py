"""The package's imports run one way, down the pipeline: the import-linter contracts in
pyproject.toml ([tool.importlinter]) hold for the source tree.

Each stage package imports only the stages below it (cli; gate and render; matching;
extraction and inputs; config; model and lexicon; errors), and inside extraction the driver
imports the rules and the rules the word readers, never the other way (docs/overview.md draws
both). A change that imports upward fails here, naming the import.
"""

from __future__ import annotations

import contextlib
import io

import pytest
from helpers import ROOT
from importlinter import cli as importlinter_cli


def test_imports_follow_the_layers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the contracts name the package as the source tree has it
    report = io.StringIO()
    with contextlib.redirect_stdout(report):
        status = importlinter_cli.lint_imports(
            config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True
        )
    assert status == 0, report.getvalue()
    assert "2 kept, 0 broken" in report.getvalue()
