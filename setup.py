"""Build quoteverify, compiling its extraction modules with mypyc where it can.

The package's metadata is in pyproject.toml; this file only adds the compiled modules. The
modules in COMPILED are plain, fully typed Python, and the package works the same without
them: mypyc turns them into C extensions that run ``extract_quotes`` about 1.6 times as fast
(benchmarks/README.md). The installed copy imports the extension where there is one and the
.py file otherwise.

What a compiled build costs, and how this file keeps it short:

- mypyc runs only for a command that builds extensions (``bdist_wheel``, ``build_ext``, ...).
  pip runs this file three times for ``pip install .``: to ask for build requirements, to
  write the metadata, then to build the wheel; only the last compiles.
- mypyc type-checks the modules in COMPILED (strict, with the project's mypy settings); the
  rest of the package is read for its types but not checked (``--follow-imports=silent``), so
  the libraries only that rest imports (numpy, rapidfuzz) are not build requirements. The full
  check of the package is the lint step's ``mypy``.
- mypyc writes one C file per module (``multi_file``), and the C compiler builds them in
  parallel, one job per CPU, at ``-O2`` without debug information. The C compile is still
  the largest part of the build. Measured on two cores (benchmarks/README.md): ``-O2``
  installs in about 47 s against 64 s for ``-O3`` and 43 s for ``-O1``, and extracts as fast
  as ``-O3`` within noise, while ``-O1`` was about 12 % slower; ``MYPYC_OPT_LEVEL=3 pip
  install .`` chooses ``-O3``.

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
from concurrent.futures import ThreadPoolExecutor
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
        "heads",
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


# The setuptools commands that build extensions; any other (egg_info and dist_info, which pip
# runs for the build requirements and the metadata, sdist, editable_wheel) needs no mypyc run.
BUILDS = {"build", "build_ext", "bdist", "bdist_wheel", "bdist_egg", "install"}


def _warn(message: str) -> None:
    print(f"quoteverify: {message}; installing pure Python", file=sys.stderr)


def _jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _parallel_compile(compiler: Any) -> Any:
    """The compiler's ``compile``, building the sources of one extension in parallel.

    setuptools compiles one source at a time (its ``parallel`` option runs whole extensions at
    once, and nearly all of the C is in one of them). This is CCompiler.compile with its loop over
    the sources run on threads, each waiting on one compiler process.
    """

    def compile(
        sources: list[str],
        output_dir: str | None = None,
        macros: Any = None,
        include_dirs: Any = None,
        debug: bool = False,
        extra_preargs: Any = None,
        extra_postargs: Any = None,
        depends: Any = None,
    ) -> list[str]:
        macros, objects, extra_postargs, pp_opts, build = compiler._setup_compile(
            output_dir, macros, include_dirs, sources, depends, extra_postargs
        )
        cc_args = compiler._get_cc_args(pp_opts, debug, extra_preargs)

        def one(obj: str) -> None:
            src, ext = build[obj]
            compiler._compile(obj, src, ext, cc_args, extra_postargs, pp_opts)

        # the largest sources first, so that no long compile starts last
        order = sorted(build, key=lambda obj: -os.path.getsize(build[obj][0]))
        with ThreadPoolExecutor(_jobs()) as pool:
            list(pool.map(one, order))
        return list(objects)

    return compile


class OptionalBuildExt(build_ext):
    """build_ext that compiles in parallel and leaves no compiled module behind when any fails."""

    def build_extensions(self) -> None:
        private = ("_setup_compile", "_get_cc_args", "_compile")  # what the parallel one calls
        unix = self.compiler.compiler_type == "unix"
        if unix and _jobs() > 1 and all(hasattr(self.compiler, name) for name in private):
            self.compiler.compile = _parallel_compile(self.compiler)
        super().build_extensions()

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
    if not BUILDS.intersection(sys.argv[1:]):  # metadata only: nothing is compiled
        return []
    try:
        from mypyc.build import mypycify

        # The project's mypy settings (pyproject.toml, strict) apply to COMPILED, which alone
        # is compiled; the modules they import are read for their types, their errors silent.
        return list(
            mypycify(
                ["--follow-imports=silent", *COMPILED],
                only_compile_paths=COMPILED,
                multi_file=True,
                opt_level=os.environ.get("MYPYC_OPT_LEVEL", "2"),
                debug_level="0",  # no debug information: a smaller, quicker build
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
    # build_ext's parallel builds the extensions at once (the modules' small ones beside the
    # group's large one); OptionalBuildExt compiles the sources of each in parallel
    options={"build": {"build_base": BUILD}, "build_ext": {"parallel": _jobs()}},
)
