"""The old paths of the modules moved into stage packages, for the one commit that moves them.

The move is committed apart from any edit of the moved files, so that git follows each file
whole. Until the next commit updates every import, this finder answers an old path (for example
``quoteverify.attribute``) with the module at its new one, the same module object.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
from collections.abc import Sequence
from types import ModuleType

MOVED = {
    "quoteverify.extract": "quoteverify.extraction.extract",
    "quoteverify.marks": "quoteverify.extraction.marks",
    "quoteverify.segment": "quoteverify.extraction.tokens",
    "quoteverify.names": "quoteverify.extraction.names",
    "quoteverify.attribute": "quoteverify.extraction.attribute",
    "quoteverify.normalize": "quoteverify.matching.words",
    "quoteverify.index": "quoteverify.matching.index",
    "quoteverify.align": "quoteverify.matching.align",
    "quoteverify.speakers": "quoteverify.matching.speakers",
    "quoteverify.corroborate": "quoteverify.matching.corroborate",
    "quoteverify.load": "quoteverify.inputs.load",
    "quoteverify.markdown_input": "quoteverify.inputs.markdown",
    "quoteverify.html_input": "quoteverify.inputs.html",
    "quoteverify.check": "quoteverify.gate.check",
    "quoteverify.settings": "quoteverify.gate.settings",
}


class _Alias(importlib.abc.Loader):
    def __init__(self, new: str) -> None:
        self.new = new
        self.spec: importlib.machinery.ModuleSpec | None = None

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        module = importlib.import_module(self.new)
        self.spec = module.__spec__
        return module

    def exec_module(self, module: ModuleType) -> None:
        module.__spec__ = self.spec  # the import system set it to the old path's


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        new = MOVED.get(fullname)
        return None if new is None else importlib.machinery.ModuleSpec(fullname, _Alias(new))


sys.meta_path.insert(0, _Finder())
