"""Inputs of ``quoteverify check``: project settings (``[tool.quoteverify]`` in a
``pyproject.toml``, or the top level of a ``quoteverify.toml``, found by walking up from the
draft), and the drafts and sources they and the command line name.

Every problem (a file that is not TOML, an unknown key, a value of the wrong type) is an
:class:`InputError` naming the file and the key, so a typo never silently changes a check.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pathspec

from quoteverify.config import Config
from quoteverify.errors import InputError
from quoteverify.gate.boundary import (
    check_inside,
    check_link,
    relocated,
    repository_root,
    resolved,
)
from quoteverify.inputs.load import MARKDOWN_SUFFIXES, iter_documents
from quoteverify.model import STATUSES, Document, read_text_file

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

CONFIG_FILES = ("quoteverify.toml", "pyproject.toml")
"""Looked for in this order in each directory, from the draft's up to the root."""

KEYS = (
    "allow_sources_outside",
    "ignore",
    "max_df",
    "min_words",
    "score_cutoff",
    "severity",
    "sources",
    "strict",
)


@attrs.frozen
class Settings:
    """What a settings file says: the matching options, source paths and ignore patterns.

    Paths are resolved against the settings file's directory.
    """

    config: Config = attrs.field(factory=Config)
    sources: tuple[Path, ...] = ()
    ignore: tuple[str, ...] = ()
    """gitignore patterns, relative to the settings file's folder."""
    path: Path | None = None
    allow_sources_outside: tuple[Path, ...] = ()
    """Folders outside the repository that a draft's front matter may name sources in."""


def find_settings(start: Path) -> Path | None:
    """The nearest ``quoteverify.toml``, or ``pyproject.toml`` with a ``[tool.quoteverify]``
    table, in ``start`` or a directory above it."""
    return next(settings_files(start), None)


def settings_files(start: Path) -> Iterator[Path]:
    """Every settings file in ``start`` and the directories above it, nearest first (one a
    directory: ``quoteverify.toml`` wins over ``pyproject.toml``)."""
    folder = resolved(start, str(start))
    if not folder.is_dir():
        folder = folder.parent
    for directory in (folder, *folder.parents):
        for name in CONFIG_FILES:
            candidate = directory / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_table(candidate)):
                yield candidate
                break


def load_settings(path: Path) -> Settings:
    """Read a settings file.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     file = Path(folder, "quoteverify.toml")
    ...     _ = file.write_text('min_words = 6\\n[severity]\\nuncorroborated = "error"\\n')
    ...     settings = load_settings(file)
    >>> settings.config.min_words, settings.config.severity_of("uncorroborated")
    (6, 'error')
    """
    table = _read(path)
    if path.name == "pyproject.toml":
        table = table.get("tool", {}).get("quoteverify", {})
        where = f"{path}: [tool.quoteverify]"
    else:
        where = str(path)
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise InputError(
            f"{where}: unknown key {unknown[0]!r} (known keys: {', '.join(KEYS)})"
        )
    options: dict[str, Any] = {}
    for key, (wanted, read) in _VALUES.items():
        if key in table:
            value = read(table[key])
            if value is None:
                raise InputError(f"{where}: {key} must be {wanted}, not {_toml_repr(table[key])}")
            options[key] = value
    if "severity" in table:
        options["severity"] = _severity(table["severity"], where)
    try:
        config = Config(**options)
    except (TypeError, ValueError) as exc:
        raise InputError(f"{where}: {exc}") from None
    base = path.parent
    ignore = _strings(table, "ignore", where)
    try:
        ignore_spec(ignore)
    except ValueError as exc:  # pathspec's error for a pattern git cannot read either
        raise InputError(f"{where}: ignore: {exc}") from None
    return Settings(
        config=config,
        sources=tuple(base / p for p in _strings(table, "sources", where)),
        ignore=ignore,
        path=path,
        allow_sources_outside=tuple(
            base / p for p in _strings(table, "allow_sources_outside", where)
        ),
    )


def _whole_number(value: object) -> int | None:
    # bool is an int to Python, and 2.5 or 1e400 (inf) would pass a ">= 1" check
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 1 else None


def _places(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 2 else None


def _score(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if 0 <= value <= 100 else None  # nan and inf fail the comparison


def _flag(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


_VALUES: dict[str, tuple[str, Callable[[object], object]]] = {
    "min_words": ("a whole number of at least 1", _whole_number),
    "score_cutoff": ("a number from 0 to 100", _score),
    "strict": ("true or false", _flag),
    "max_df": ("a whole number of at least 2", _places),
}
"""The settings that are single values: what each must be, and its reader (None: wrong)."""


def _toml_repr(value: object) -> str:
    """A value as TOML writes it, for error messages.

    >>> _toml_repr(True), _toml_repr("no"), _toml_repr(float("inf")), _toml_repr([1])
    ('true', '"no"', 'inf', '[1]')
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _read(path: Path) -> dict[str, Any]:
    try:
        data: dict[str, Any] = tomllib.loads(read_text_file(path))
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: not valid TOML: {exc}") from None
    return data


def _has_table(path: Path) -> bool:
    # A pyproject.toml that cannot be read may hold [tool.quoteverify]: checking without it
    # would quietly change the check, so it stops the run (InputError) like a broken one.
    return "quoteverify" in _read(path).get("tool", {})


def _severity(value: object, where: str) -> tuple[tuple[Any, Any], ...]:
    if not isinstance(value, dict):
        raise InputError(f"{where}: severity must be a table of status = severity")
    for status, level in value.items():
        if status not in STATUSES:
            raise InputError(
                f"{where}: unknown status {status!r} in severity"
                f" (known: {', '.join(STATUSES)})"
            )
        if level not in ("error", "warning", "info"):
            raise InputError(
                f"{where}: severity.{status} must be error, warning or info, not {level!r}"
            )
    return tuple(value.items())


def _strings(table: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"{where}: {key} must be a list of strings")
    return tuple(value)


def gather(
    draft_paths: list[str],
    source_paths: list[str] | None,
    *,
    settings_path: str | None = None,
    stdin: Document | None = None,
) -> tuple[list[Document], list[Document], Settings]:
    """Read what ``quoteverify check`` needs: the drafts, their sources and the settings.

    Sources are ``source_paths`` when given (the command line overrides the settings file),
    else the settings file's ``sources``; the ``sources:`` listed in a Markdown draft's front
    matter (relative to the draft) are added either way. Paths matching an ``ignore`` pattern
    are skipped. No sources at all is an :class:`InputError`. ``stdin`` is a draft read from
    standard input, standing for the file at its ``source``, which ``draft_paths`` lists (the
    file need not exist).
    """
    if settings_path is not None:
        settings = load_settings(Path(settings_path))
    else:
        found = find_settings(Path(draft_paths[0]).parent) if draft_paths else None
        settings = load_settings(found) if found else Settings()
    for path in draft_paths:
        if Path(path).is_dir():
            raise InputError(f"{path}: is a directory; drafts are files (sources may be folders)")
    roots = _roots(draft_paths, settings, settings_path)
    is_ignored = _ignore_rule(settings)
    read: set[str] = set()  # every file read once, drafts first: a draft is never a source
    files: set[str] = set()  # the paths of the files read, as they were found

    def admit_draft(file: Path) -> bool:
        if is_ignored(file):
            return False
        check_link(str(file), roots, named_by=str(file))  # a draft committed as a link
        read.add(os.path.realpath(file))
        files.add(str(file))
        return True

    named_paths = [p for p in draft_paths if stdin is None or p != stdin.source]
    drafts = list(iter_documents(named_paths, admit=admit_draft))
    if stdin is not None and not is_ignored(Path(stdin.source or "")):
        # the draft read from standard input, in its place among the drafts named
        if stdin.id in {d.id for d in drafts}:
            raise InputError(f"{stdin.source}: duplicate document id {stdin.id!r}")
        drafts.insert(min(draft_paths.index(stdin.source or ""), len(drafts)), stdin)
        read.add(os.path.realpath(stdin.source or ""))
    if draft_paths and not drafts:
        # exit 0 with "0 drafts" would pass a build that checked nothing
        listed = ", ".join(draft_paths[:3]) + (", ..." if len(draft_paths) > 3 else "")
        raise InputError(
            f"{os.path.relpath(str(settings.path))}: every draft named is ignored by the"
            f" ignore patterns here ({listed}); nothing was checked"
        )
    wanted = [Path(p) for p in source_paths] if source_paths else list(settings.sources)
    confined = _draft_sources(drafts, settings, settings_path)
    wanted += [Path(path) for path in confined]
    # One source reached twice (front matter and --sources) is read once, under a tidy path.
    unique = list({resolved(p, str(p)): os.path.normpath(p) for p in wanted}.values())
    inside = {resolved(Path(path), path): named for path, named in confined.items()}
    if not unique:
        raise InputError(
            f"{draft_paths[0]}: no sources to check against: give --sources, list them as"
            " sources in [tool.quoteverify], or in the draft's front matter"
        )
    # a file found in a sources folder may be a link that leads elsewhere: into the
    # repository, an allowed folder or a folder named by the command line or the settings
    trusted = (*roots, *(resolved(Path(p), p) for p in unique if Path(p).is_dir()))
    ignored: list[Path] = []

    def admit_source(file: Path, path: str) -> bool:
        if is_ignored(file):
            ignored.append(file)
            return False
        if file != Path(path):  # found in a folder, not named
            check_link(str(file), trusted, named_by=path)
            named = inside.get(resolved(Path(path), path))
            if named:  # a file in a folder a draft named may be a link that leads out of it
                check_inside(file, named[0], shown=str(file), named_by=named[1])
        # A file inside a listed folder and listed itself too is one source.
        real = os.path.realpath(file)
        if real in read:
            return False
        read.add(real)
        files.add(str(file))
        return True

    # Every output shows where a document is from the repository's top, never as this
    # machine's absolute path (and a SARIF location must be relative to the checkout).
    top = repository_root(_project(Path(draft_paths[0]), settings_path), Path(draft_paths[0]))
    taken = {d.id for d in drafts}
    sources = []
    for path in unique:
        admit = functools.partial(admit_source, path=path)
        for document in iter_documents([path], corpora=True, admit=admit):
            sources.append(_renamed(relocated(document, files, top), taken))
            taken.add(sources[-1].id)
    if not sources:
        why = "ignored by the settings' ignore patterns" if ignored else "one of the drafts"
        raise InputError(f"{unique[0]}: every source is {why}")
    drafts = [relocated(draft, files, top) for draft in drafts]
    return drafts, sources, settings


def _roots(
    draft_paths: list[str], settings: Settings, settings_path: str | None
) -> tuple[Path, ...]:
    """The repositories of the drafts, and the folders the settings allow besides."""
    allowed = tuple(resolved(p, str(p)) for p in settings.allow_sources_outside)
    repositories = {
        repository_root(_project(Path(path), settings_path), Path(path)) for path in draft_paths
    }
    return (*sorted(repositories), *allowed)


def _project(draft_path: Path, settings_path: str | None) -> Path | None:
    """The settings file of a draft's project: the one given, else the outermost found."""
    if settings_path is not None:
        return Path(settings_path)
    return next(reversed(list(settings_files(draft_path.parent))), None)


def _draft_sources(
    drafts: list[Document], settings: Settings, settings_path: str | None
) -> dict[str, tuple[tuple[Path, ...], str]]:
    """The sources the drafts' front matter lists, each checked to be inside the repository
    (see :mod:`.boundary`): ``{path: (the folders it must stay in, the draft)}``."""
    allowed = tuple(resolved(p, str(p)) for p in settings.allow_sources_outside)
    confined: dict[str, tuple[tuple[Path, ...], str]] = {}
    for draft in drafts:
        draft_path = Path(draft.source or draft.id)
        # (nested settings files: the outermost one holds the project)
        roots = (repository_root(_project(draft_path, settings_path), draft_path), *allowed)
        for listed in _front_matter_sources(draft):
            path = draft_path.parent / listed
            check_inside(path, roots, shown=listed, named_by=str(draft_path))
            confined.setdefault(str(path), (roots, str(draft_path)))
    return confined


def _front_matter_sources(draft: Document) -> tuple[str, ...]:
    """The sources a Markdown draft's front matter lists, read from the text already loaded."""
    if Path(draft.source or draft.id).suffix.lower() not in MARKDOWN_SUFFIXES:
        return ()
    from quoteverify.inputs.front_matter import front_matter_sources

    return front_matter_sources(draft.file_text())


def ignore_spec(patterns: tuple[str, ...]) -> pathspec.GitIgnoreSpec:
    """The ``ignore`` patterns read as the lines of a ``.gitignore`` file: ``archive/`` is a
    folder anywhere, ``/old.md`` or ``drafts/*.md`` (a slash before the end) is relative to the
    settings file's folder, ``**`` spans folders and ``!`` takes a path back.

    >>> spec = ignore_spec(("archive/", "drafts/*.md", "!drafts/keep.md"))
    >>> [spec.match_file(p) for p in ("a/archive/b.md", "drafts/x.md", "desk/drafts/x.md",
    ...                                "drafts/keep.md")]
    [True, True, False, False]
    """
    return pathspec.GitIgnoreSpec.from_lines(patterns)


def _ignore_rule(settings: Settings) -> Callable[[Path], bool]:
    """Whether a file is ignored, whatever the current directory: its path from the settings
    file's folder is matched (a file outside that folder is never ignored)."""
    if not settings.ignore or settings.path is None:
        return lambda file: False
    spec = ignore_spec(settings.ignore)
    base = Path(os.path.realpath(settings.path.parent))

    def ignored(file: Path) -> bool:
        # the folders' links followed, not the file's own: a link is ignored by its own name
        place = Path(os.path.realpath(file.parent), file.name)
        return place.is_relative_to(base) and spec.match_file(place.relative_to(base).as_posix())

    return ignored


def _renamed(document: Document, taken: set[str]) -> Document:
    """A source whose id is taken (two folders with a "briefing.txt") gets its path as id."""
    if document.id in taken and document.source and document.source not in taken:
        return attrs.evolve(document, id=document.source)
    number = 2
    while document.id in taken:
        document = attrs.evolve(document, id=f"{document.id} ({number})")
        number += 1
    return document
