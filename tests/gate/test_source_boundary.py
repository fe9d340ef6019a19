"""A draft's front matter may only name sources inside the repository.

Anyone who can open a pull request can write a draft, and every format shows the words of the
sources it is matched against: front matter naming ``../../secret.env`` or ``/etc/passwd``
would print them. The repository is the folder of the settings file, else the git work tree,
else the current directory; a settings file (reviewed, trusted) may allow more.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import assert_one_line_error, run

from quoteverify import InputError
from quoteverify.gate.settings import gather

SECRET = "hunter2 opens the vault under the harbour office"
QUOTE = "We will not cut a single teacher from our schools this year"
FORMATS = ("text", "json", "github", "sarif", "markdown", "html")




def write_draft(repo: Path, *sources: str) -> Path:
    listed = "".join(f"  - {source}\n" for source in sources)
    draft = repo / "drafts" / "story.md"
    draft.parent.mkdir(parents=True, exist_ok=True)
    draft.write_text(
        f"---\ntitle: Vault\nsources:\n{listed}---\n\n"
        f'Mayor Ana Ruiz said: "{SECRET}."\n',
        encoding="utf-8",
    )
    return draft


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository with a settings file and a source inside; a secret beside it, outside."""
    (tmp_path / "secret.env").write_text(f'TOKEN="{SECRET}"\n', encoding="utf-8")
    repo = tmp_path / "newsroom"
    (repo / "sources").mkdir(parents=True)
    (repo / "pyproject.toml").write_text("[tool.quoteverify]\nmin_words = 4\n", encoding="utf-8")
    (repo / "sources" / "release.txt").write_text(
        f'"{QUOTE}," Mayor Ana Ruiz said.\n', encoding="utf-8"
    )
    monkeypatch.chdir(repo)
    return repo


@pytest.mark.parametrize("form", FORMATS)
def test_a_front_matter_source_outside_the_repository_is_refused(
    repo: Path, capsys: pytest.CaptureFixture[str], form: str
) -> None:
    write_draft(repo, "../sources/release.txt", "../../secret.env")
    status, out, err = run(capsys, "check", "drafts/story.md", "--format", form)
    assert (status, out) == (2, "")
    assert_one_line_error(err, "drafts/story.md", "../../secret.env", "outside the repository")
    assert "hunter2" not in err


def test_an_absolute_source_outside_the_repository_is_refused(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = repo.parent / "secret.env"
    write_draft(repo, str(secret))
    status, out, err = run(capsys, "check", "drafts/story.md", "--exit-zero")
    assert (status, out) == (2, "")
    assert_one_line_error(err, str(secret), "outside the repository")


def test_a_symlink_inside_the_repository_that_leads_outside_is_refused(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "sources" / "notes.txt").symlink_to(repo.parent / "secret.env")
    write_draft(repo, "../sources/notes.txt")
    status, out, err = run(capsys, "check", "drafts/story.md")
    assert (status, out) == (2, "")
    assert_one_line_error(err, "../sources/notes.txt", "outside the repository")


def test_a_symlink_in_a_folder_named_by_a_draft_that_leads_outside_is_refused(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "sources" / "notes.txt").symlink_to(repo.parent / "secret.env")
    write_draft(repo, "../sources")
    status, out, err = run(capsys, "check", "drafts/story.md")
    assert (status, out) == (2, "")
    assert_one_line_error(err, "notes.txt", "outside the repository")


def test_a_source_inside_the_repository_is_read(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_draft(repo, "../sources/release.txt", "../sources/")
    status, out, err = run(capsys, "check", "drafts/story.md", "--format", "json")
    assert (status, err) == (0, "")
    assert "release.txt" in out


def test_the_command_line_may_name_any_source(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_draft(repo, "../sources/release.txt")
    secret = repo.parent / "secret.env"
    status, _, err = run(capsys, "check", "drafts/story.md", "--sources", secret)
    assert (status, err) == (0, "")


def test_a_settings_file_may_allow_a_folder_outside(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = repo.parent / "shared-archive"
    archive.mkdir()
    (archive / "wire.txt").write_text(f'"{QUOTE}," Ruiz said.\n', encoding="utf-8")
    write_draft(repo, "../../shared-archive/wire.txt")
    status, _, err = run(capsys, "check", "drafts/story.md")
    assert status == 2
    assert_one_line_error(err, "shared-archive/wire.txt", "outside the repository")
    (repo / "pyproject.toml").write_text(
        '[tool.quoteverify]\nallow_sources_outside = ["../shared-archive"]\n', encoding="utf-8"
    )
    status, out, err = run(capsys, "check", "drafts/story.md", "--format", "json")
    assert (status, err) == (0, "")
    assert "wire.txt" in out
    # Allowing one folder allows nothing else.
    write_draft(repo, "../../shared-archive/wire.txt", "../../secret.env")
    status, _, err = run(capsys, "check", "drafts/story.md")
    assert status == 2
    assert_one_line_error(err, "secret.env", "outside the repository")


def test_without_settings_the_git_work_tree_is_the_repository(tmp_path: Path) -> None:
    (tmp_path / "secret.env").write_text(f'TOKEN="{SECRET}"\n', encoding="utf-8")
    repo = tmp_path / "work"
    (repo / ".git").mkdir(parents=True)
    (repo / "sources").mkdir()
    (repo / "sources" / "release.txt").write_text(f'"{QUOTE}," Ruiz said.\n', encoding="utf-8")
    draft = write_draft(repo, "../sources/release.txt")
    _, sources, _ = gather([str(draft)], None)
    assert [d.id for d in sources] == ["release.txt"]
    draft = write_draft(repo, "../sources/release.txt", "../../secret.env")
    with pytest.raises(InputError, match="outside the repository"):
        gather([str(draft)], None)


def test_without_settings_or_git_the_current_directory_is_the_repository(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "secret.env").write_text(f'TOKEN="{SECRET}"\n', encoding="utf-8")
    repo = tmp_path / "work"
    (repo / "sources").mkdir(parents=True)
    (repo / "sources" / "release.txt").write_text(f'"{QUOTE}," Ruiz said.\n', encoding="utf-8")
    draft = write_draft(repo, "../sources/release.txt", "../../secret.env")
    monkeypatch.chdir(tmp_path)  # the secret is inside the current directory
    _, sources, _ = gather([str(draft)], None)
    assert sorted(d.id for d in sources) == ["release.txt", "secret.env"]
    monkeypatch.chdir(repo)
    with pytest.raises(InputError, match="outside the repository"):
        gather([os.path.relpath(draft, repo)], None)


@pytest.mark.parametrize("hidden", [".git/config", ".env", "sources/.cache/token.txt"])
def test_a_hidden_file_in_the_repository_is_refused(
    repo: Path, capsys: pytest.CaptureFixture[str], hidden: str
) -> None:
    # A checkout's .git/config can hold the token CI fetched it with; .env files hold secrets.
    (repo / hidden).parent.mkdir(parents=True, exist_ok=True)
    (repo / hidden).write_text(f'extraheader = "{SECRET}"\n', encoding="utf-8")
    write_draft(repo, f"../{hidden}")
    status, out, err = run(capsys, "check", "drafts/story.md")
    assert (status, out) == (2, "")
    assert_one_line_error(err, hidden, "hidden")


@pytest.mark.parametrize("form", FORMATS)
def test_a_draft_committed_as_a_link_to_a_file_outside_is_refused(
    repo: Path, capsys: pytest.CaptureFixture[str], form: str
) -> None:
    (repo / "drafts").mkdir()
    (repo / "drafts" / "story.md").symlink_to(repo.parent / "secret.env")
    status, out, err = run(
        capsys, "check", "drafts/story.md", "--sources", "sources", "--format", form
    )
    assert (status, out) == (2, "")
    assert_one_line_error(err, "drafts/story.md", "leads outside the repository")
    assert "hunter2" not in err


def test_a_file_in_a_sources_folder_that_links_outside_is_refused(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_draft(repo)
    (repo / "sources" / "leak.txt").symlink_to(repo.parent / "secret.env")
    status, out, err = run(capsys, "check", "drafts/story.md", "--sources", "sources")
    assert (status, out) == (2, "")
    assert_one_line_error(err, "leak.txt", "leads outside the repository")


def test_links_that_stay_inside_the_repository_are_read(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = write_draft(repo)
    (repo / "drafts" / "linked.md").symlink_to(draft)
    (repo / "sources" / "again.txt").symlink_to(repo / "sources" / "release.txt")
    status, _, err = run(capsys, "check", "drafts/linked.md", "--sources", "sources")
    assert status in (0, 1), err
    assert err == ""
