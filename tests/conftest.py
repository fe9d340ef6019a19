"""Fixtures shared by the test modules."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import NEWSROOM


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the newsroom fixture repository, made the working directory."""
    repo = tmp_path / "newsroom"
    shutil.copytree(NEWSROOM, repo)
    monkeypatch.chdir(repo)
    return repo
