"""Build quoteverify, compiling its extraction modules with mypyc where it can.

The package's metadata is in pyproject.toml; this file only adds the compiled modules. The
modules in COMPILED are plain, fully typed Python, and the package works the same without
them: mypyc turns them into C extensions that run ``extract_quotes`` about 1.8 times as fast
(benchmarks/README.md). The installed copy imports the extension where there is one and the
.py file otherwise.

The build falls back to pure Python, with a warning, when:

- the interpreter is not CPython, or ``QUOTEVERIFY_PURE=1`` is set;
- the install is editable (``pip install -e .``): a compiled module in the source tree would
  hide every later edit of its .py file;
- mypyc or the C compiler fails (for example, no compiler or no Python headers on the machine).
"""

from __future__ import annotations

import atexit
import os
import platform
import shutil
import sys
import tempfile
from typing import Any

from setuptools import setup
from setuptools.command.build_ext import build_ext

COMPILED = [
    f"quoteverify/extraction/{module}.py"
    for module in (
        # the hot path of extract_quotes, in pipeline order
        "tokens",
        "glyphs",
        "paragraphs",
        "marks",
        "names",
        "mentions",
        "things",
        "cast",
        "people",
        "verbs",
        "subjects",
        "participles",
        "cue_after",
        "cue_before",
        "transcripts",
        "windows",
        "resolve",
        "kinds",
        "utterances",
        "confidence",
        "attribute",
    )
]


# Every build starts from an empty directory, so that no file of an earlier build (a module
# since removed, a compiled module since made pure) can reach the wheel.
BUILD = tempfile.mkdtemp(prefix="quoteverify-build-")
atexit.register(shutil.rmtree, BUILD, ignore_errors=True)


def _warn(message: str) -> None:
    print(f"quoteverify: {message}; installing pure Python", file=sys.stderr)


class OptionalBuildExt(build_ext):
    """build_ext that leaves no compiled module behind when any of them fails to build."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:  # compiler missing or failing: the .py files still work
            _warn(f"the C build failed ({error})")
            for path in self.get_outputs():
                if os.path.exists(path):
                    os.remove(path)


def _extensions() -> list[Any]:
    if platform.python_implementation() != "CPython":
        _warn("mypyc compiles for CPython only")
        return []
    if os.environ.get("QUOTEVERIFY_PURE") == "1":
        _warn("QUOTEVERIFY_PURE=1 is set")
        return []
    if "editable_wheel" in sys.argv:  # how setuptools runs an editable build (PEP 660)
        return []
    try:
        from mypyc.build import mypycify

        # The project's mypy settings (pyproject.toml, strict) apply; only COMPILED is compiled.
        return list(
            mypycify(
                COMPILED,
                only_compile_paths=COMPILED,
                group_name="quoteverify",
                target_dir=os.path.join(BUILD, "mypyc"),
            )
        )
    except SystemExit:  # how mypyc stops on a type error, after printing it
        _warn("mypyc found type errors (pip install -v shows them)")
        return []
    except Exception as error:
        _warn(f"mypyc could not compile ({type(error).__name__}: {error})")
        return []


setup(
    ext_modules=_extensions(),
    cmdclass={"build_ext": OptionalBuildExt},
    options={"build": {"build_base": BUILD}},
)
