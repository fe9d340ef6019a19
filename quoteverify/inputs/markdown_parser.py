"""The Markdown parser quoteverify reads drafts with: markdown-it-py (CommonMark, with tables,
strikethrough and footnotes), taught to say where each inline token starts.

markdown-it gives block tokens their lines (``token.map``) but inline tokens no position. The
parser here records, for every inline token, its offset in the source of the inline run it was
parsed from (``token.content`` of the block's ``inline`` token): the offset the parser stands at
when a rule pushes a token, and for literal text the offset where its first character was read.
:func:`inline_starts` hands them out; :mod:`quoteverify.inputs.markdown` maps them into the file.

>>> md = markdown_parser()
>>> env = {}
>>> tokens = md.parse("Say *“hi” &amp; go*.", env)
>>> starts = inline_starts(tokens[1], env)
>>> [(t.type, t.content, starts[i]) for i, t in enumerate(tokens[1].children)]
... # doctest: +NORMALIZE_WHITESPACE
[('text', 'Say ', 0), ('em_open', '', 4), ('text', '“hi” ', 5), ('text_special', '&', 10),
 ('text', ' go', 15), ('em_close', '', 18), ('text', '.', 19)]
"""

from __future__ import annotations

from collections.abc import MutableMapping
from functools import cache
from typing import Any, Literal

from markdown_it import MarkdownIt
from markdown_it.parser_inline import ParserInline
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

_STARTS = "quoteverify.starts"
"""The env key of the record of starts: id(token) -> offset, id(token list) -> its source."""


@cache
def markdown_parser() -> MarkdownIt:
    """A CommonMark parser with raw HTML, tables, strikethrough and footnote definitions.

    Footnote definitions stay where they are written (markdown-it would move them to the end),
    and text is not joined across character references and escapes, so each token's start is
    its own. Built once per process (about a millisecond, as long as reading a short draft):
    a parse keeps its state in the env it is given, never in the parser.
    """
    md = _ProseMarkdown("commonmark").enable(["table", "strikethrough"]).use(footnote_plugin)
    md.disable(["text_join", "fragments_join", "footnote_tail"])
    inline = _PositionedInline()
    inline.ruler = md.inline.ruler
    inline.ruler2 = md.inline.ruler2
    md.inline = inline
    return md


def inline_starts(token: Token, env: MutableMapping[str, Any]) -> list[int]:
    """Where each child of a block's ``inline`` token starts in ``token.content`` (-1: unknown).

    ``env`` is the one the tokens were parsed with. Children parsed from another source (an
    inline footnote's) are all unknown.
    """
    children = token.children or []
    record: dict[int, Any] = env.get(_STARTS, {})
    if record.get(id(children)) is not token.content:
        return [-1] * len(children)
    return [record.get(id(child), -1) for child in children]


class _ProseMarkdown(MarkdownIt):
    """Links are read for their text, never followed or rendered: any destination will do,
    and none is normalised (markdown-it's percent-encoding is most of a link's cost)."""

    def validateLink(self, url: str) -> bool:
        return True

    def normalizeLink(self, url: str) -> str:
        return url

    def normalizeLinkText(self, link: str) -> str:
        return link


class _PositionedState(StateInline):
    """An inline state that records where each token it pushes starts.

    It keeps the pending text itself (a list of pieces, so appending stays linear), noting
    the offset where the text began: rules append with ``append_pending`` or with
    ``pending +=``, depending on markdown-it's version, and either way come here.
    """

    def __init__(
        self,
        src: str,
        md: MarkdownIt,
        env: MutableMapping[str, Any],
        out: list[Token],
        starts: dict[int, Any],
    ):
        self._pieces: list[str] = []
        self._pending_start = -1
        super().__init__(src, md, env, out)
        self.starts = starts
        self.pending_ids: set[int] = set()

    @property
    def pending(self) -> str:
        pieces = self._pieces
        if len(pieces) > 1:
            pieces[:] = ["".join(pieces)]
        return pieces[0] if pieces else ""

    @pending.setter
    def pending(self, value: str) -> None:
        if value and not self._pieces:
            self._pending_start = self.pos
        self._pieces = [value] if value else []

    def append_pending(self, text: str) -> None:
        if text:
            if not self._pieces:
                self._pending_start = self.pos
            self._pieces.append(text)

    def pushPending(self) -> Token:
        token = super().pushPending()
        self.starts[id(token)] = self._pending_start
        self.pending_ids.add(id(token))
        return token

    def push(self, ttype: str, tag: str, nesting: Literal[-1, 0, 1]) -> Token:
        token = super().push(ttype, tag, nesting)
        self.starts[id(token)] = self.pos
        return token


class _PositionedInline(ParserInline):
    def parse(
        self, src: str, md: MarkdownIt, env: MutableMapping[str, Any], tokens: list[Token]
    ) -> list[Token]:
        starts: dict[int, Any] = env.setdefault(_STARTS, {})
        first = len(tokens)
        state = _PositionedState(src, md, env, tokens, starts)
        self.tokenize(state)
        _spread_runs(state, first)
        for rule in self.ruler2.getRules(""):
            rule(state)
        starts[id(tokens)] = src
        return state.tokens


def _spread_runs(state: _PositionedState, first: int) -> None:
    """A rule pushes a run of delimiters (``**``, ``~~``) as several tokens at one offset: each
    starts where the one before it ends."""
    starts = state.starts
    at = run = -1
    for token in state.tokens[first:]:
        key = id(token)
        if key in state.pending_ids:
            at = -1
            continue
        if starts[key] == at:
            starts[key] = at + run
            run += len(token.content)
        else:
            at, run = starts[key], len(token.content)
