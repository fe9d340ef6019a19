"""Where a draft's own sources may be: inside the repository, or where the settings allow.

Anyone who can open a pull request can write a draft, and every output format shows words of
the sources a draft is matched against. So a path a draft names in its front matter must lead,
once symbolic links are followed, into the repository: the folder of the settings file, else
the git work tree holding the draft, else the current directory. A settings file is reviewed
like code, and may allow more folders (``allow_sources_outside``). Paths named on the command
line or in the settings file are trusted as they are. Hidden files and folders (``.git``,
``.env``) are refused, as a folder search skips them.

The same folder is where every output's paths start (:func:`relocated`): ``drafts/a.md``,
never this machine's absolute path.
"""

from __future__ import annotations

import os
from pathlib import Path

import attrs

from quoteverify.errors import InputError
from quoteverify.model import Document


def repository_root(settings_path: Path | None, draft: Path) -> Path:
    """The folder a draft's sources must stay in, resolved: that of the project's settings
    file, else the git work tree holding the draft, else the current directory.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     root = Path(folder).resolve()
    ...     (root / ".git").mkdir()
    ...     (root / "drafts").mkdir()
    ...     repository_root(None, root / "drafts" / "a.md") == root
    True
    """
    if settings_path is not None:
        return resolved(settings_path, str(settings_path)).parent
    folder = resolved(draft, str(draft)).parent
    for directory in (folder, *folder.parents):
        # a folder in a plain clone, a file in a linked work tree or a submodule
        if os.path.lexists(directory / ".git"):
            return directory
    return Path.cwd().resolve()


def resolved(path: Path, shown: str) -> Path:
    """``path`` with every symbolic link followed; a loop is an :class:`InputError`."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError before Python 3.13
        raise InputError(f"{shown}: symbolic link loop") from None


def check_inside(path: Path, roots: tuple[Path, ...], *, shown: str, named_by: str) -> None:
    """Raise :class:`InputError` unless ``path`` resolves inside one of ``roots``.

    >>> check_inside(Path("/etc/passwd"), (Path("/srv/news"),), shown="/etc/passwd",
    ...              named_by="story.md")
    Traceback (most recent call last):
    ...
    quoteverify.errors.InputError: story.md: source /etc/passwd is outside the repository \
(/srv/news); a settings file may allow a folder with allow_sources_outside
    """
    target = resolved(path, shown)
    for root in roots:
        if target.is_relative_to(root):
            # as in a folder search: .git/config may hold CI's token, a .env file secrets
            hidden = [part for part in target.relative_to(root).parts if part.startswith(".")]
            if hidden:
                raise InputError(
                    f"{named_by}: source {shown} is in a hidden file or folder ({hidden[0]})"
                )
            return
    raise InputError(
        f"{named_by}: source {shown} is outside the repository ({roots[0]});"
        " a settings file may allow a folder with allow_sources_outside"
    )


def check_link(path: str, roots: tuple[Path, ...], *, named_by: str) -> None:
    """Raise :class:`InputError` when a file read through a symbolic link (a draft, or a file
    in a sources folder: a pull request can commit a link) leads outside ``roots``; a path
    with no link on its way is left alone (the command line and the settings name it).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     root = Path(folder).resolve()
    ...     (root / "draft.md").symlink_to("/etc/hostname")
    ...     check_link(str(root / "draft.md"), (root,), named_by="check")
    Traceback (most recent call last):
    ...
    quoteverify.errors.InputError: check: .../draft.md is a link that leads outside the \
repository, to /etc/hostname
    """
    real = os.path.realpath(path)
    if real == os.path.abspath(path):
        return
    target = Path(real)
    for root in roots:
        if target.is_relative_to(root):
            check_inside(target, (root,), shown=path, named_by=named_by)
            return
    raise InputError(f"{named_by}: {path} is a link that leads outside the repository, to {real}")


def relocated(document: Document, files: set[str], top: Path) -> Document:
    """``document`` with its source, when it is one of the ``files`` read (or a corpus line
    of one, ``file:line``), given as a path from ``top``.

    >>> relocated(Document("a.md", "", "/srv/news/drafts/a.md"), {"/srv/news/drafts/a.md"},
    ...            Path("/srv/news")).source
    'drafts/a.md'
    >>> relocated(Document("w-1", "", "https://example.org/w"), {"w.jsonl"}, Path("/")).source
    'https://example.org/w'
    """
    file, line = document.source, ""
    if file is None:
        return document
    if file not in files:  # a corpus line, or a corpus record's own "source"
        file, colon, number = file.rpartition(":")
        if not (colon and number.isdigit() and file in files):
            return document
        line = f":{number}"
    # the folders' links followed, not the file's: a draft linked into drafts/ is shown there
    place = Path(os.path.realpath(Path(file).parent), Path(file).name)
    return attrs.evolve(document, source=Path(os.path.relpath(place, top)).as_posix() + line)
