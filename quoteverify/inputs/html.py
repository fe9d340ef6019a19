"""HTML -> its visible text, with an :class:`~quoteverify.model.Origin` that maps every
character back into the file.

A small hand-written scanner following the browser's rules for comments, tags cut off by the
end of the file and text-only elements (script, style), not a full parser: it never raises, and
every step moves forward or looks a bounded distance ahead, so time is linear in the input (the
standard library's ``html.parser`` is quadratic on malformed input such as ``"<a " * 10000``).
"""

from __future__ import annotations

import html
import re
from html.entities import html5

from quoteverify.inputs.html_writer import HTML_WHITESPACE, TextWriter
from quoteverify.model import Document, Origin

# --- HTML -----------------------------------------------------------------------------------

# Never shown: their text is code, metadata or fallback content.
_HIDDEN = frozenset(
    "audio canvas head iframe math noembed noframes noscript object script select style svg"
    " template textarea title video xmp".split()
)
# Their content is text up to the matching end tag, whatever it holds.
_RAW_TEXT = {
    tag: re.compile(rf"</{tag}[ \t\n\r\f/>]", re.I)
    for tag in "iframe noembed noframes noscript script style textarea title xmp".split()
}
_BOILERPLATE_TAGS = frozenset("aside button footer form header nav".split())
_BOILERPLATE_WORDS = (
    "nav", "menu", "footer", "header", "sidebar", "share", "social", "cookie", "related",
    "newsletter", "advert",
)
_BOILERPLATE_PARTS = frozenset({"ad", "ads"})
_BOILERPLATE_ROLES = frozenset({"banner", "complementary", "contentinfo", "navigation", "search"})
# Content elements a class like "article-header" must not hide.
_NEVER_BOILERPLATE = frozenset(
    "article blockquote body h1 h2 h3 h4 h5 h6 html main p pre q".split()
)
_BLOCK = frozenset(
    "address article aside blockquote body br caption dd details dialog div dl dt fieldset"
    " figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p"
    " pre section summary table tbody tfoot thead tr ul".split()
)
_CELL = frozenset({"td", "th"})
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_HEAD_CONTENT = frozenset("base link meta noscript script style template title".split())

_MARKUP_RE = re.compile(r"[<&]")
_MARKUP_START_RE = re.compile(r"<[A-Za-z/!?]")
# HTML's own whitespace, not \s: a vertical tab or U+00A0 inside a tag is part of a name.
_TAG_NAME_RE = re.compile(r"[A-Za-z][^ \t\n\r\f/>]*")
_ATTRIBUTE_NAME_RE = re.compile(r"=?[^ \t\n\r\f/>=]*")
_UNQUOTED_RE = re.compile(r"[^ \t\n\r\f>]*")
_CHARREF_RE = re.compile(r"&(?:#[0-9]{1,10};?|#[xX][0-9A-Fa-f]{1,8};?|[A-Za-z][A-Za-z0-9]{0,39};?)")
_WANTED_ATTRIBUTES = frozenset({"class", "id", "role", "hidden", "style"})

# Items the scan produces, read by the writer.
_TEXT, _CHAR, _BREAK, _SPACE_ITEM, _OPEN, _CLOSE = range(6)


def html_document(raw: str, doc_id: str, source: str | None = None) -> Document:
    """The visible text of an HTML page, with an origin mapping it back into the file.

    Scripts, styles, the head, forms and navigation boilerplate (``nav``, ``footer``, a
    ``div`` whose class names a menu, a cookie banner...) are left out, unless leaving one out
    would drop most of the page's paragraphs. Each block element ends a line; character
    references are decoded; runs of whitespace become one space.

    >>> page = '<nav>Home</nav><p>&ldquo;We <em>will</em> win,&rdquo;\\n  she said.</p>'
    >>> doc = html_document(page, "page.html")
    >>> doc.text
    '“We will win,” she said.'
    >>> start = doc.text.index("she")
    >>> page[doc.file_offset(start) : doc.file_offset(start + len("she said"))]
    'she said'
    """
    scan = _HtmlScan(raw)
    scan.run()
    writer = TextWriter(raw)
    dropped = [_dropped(node, scan.text_count, scan.paragraph_count) for node in scan.nodes]
    depth = 0
    for kind, pos, end, text in scan.items:
        if kind == _OPEN:
            depth += dropped[pos]
        elif kind == _CLOSE:
            depth -= dropped[pos]
        elif depth:
            continue
        elif kind == _TEXT:
            writer.text(pos, end, pre=bool(text))
        elif kind == _CHAR:
            writer.char(pos, text)
        elif kind == _BREAK:
            writer.line_break(pos)
        else:
            writer.space(pos)
    return Document(
        id=doc_id, text="".join(writer.parts), source=source,
        origin=Origin(raw, tuple(writer.runs)),
    )


def _dropped(node: list[int], total: int, paragraphs: int) -> int:
    """Boilerplate is dropped unless it holds at least half the text of the page's ``<p>``
    elements (or of the page, when it has none).

    A safety net for pages wrapped whole in a ``<form>`` or a ``<div class="has-sidebar">``;
    counting paragraph text, not all text, still drops a mega-menu larger than the article.
    """
    if paragraphs:
        return 1 if (node[3] - node[2]) * 2 < paragraphs else 0
    return 1 if (node[1] - node[0]) * 2 < total else 0


def _is_boilerplate(tag: str, attributes: dict[str, str]) -> bool:
    if tag in _BOILERPLATE_TAGS:
        return True
    if attributes.get("role", "").strip().lower() in _BOILERPLATE_ROLES:
        return True
    if tag in _NEVER_BOILERPLATE:
        return False
    names = (attributes.get("class", "") + " " + attributes.get("id", "")).lower()
    for part in re.split(r"[^a-z0-9]+", names):
        if part in _BOILERPLATE_PARTS or part.startswith(_BOILERPLATE_WORDS):
            return True
    return False


def _is_hidden(tag: str, attributes: dict[str, str]) -> bool:
    if tag in _HIDDEN or "hidden" in attributes:
        return True
    style = attributes.get("style", "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


class _HtmlScan:
    """One forward pass over the HTML: text, breaks and boilerplate elements as items.

    Elements are tracked on a stack so that an end tag closes what it should; text inside a
    hidden element produces no items, and boilerplate elements produce OPEN/CLOSE items with
    their text size, so they can be dropped or kept once the page's size is known.
    """

    def __init__(self, raw: str):
        self.raw = raw
        self.items: list[tuple[int, int, int, str]] = []  # (kind, position, end, text)
        # [text count at open, at close, paragraph text count at open, at close]
        self.nodes: list[list[int]] = []
        self.text_count = 0  # characters of visible text, blanks left out
        self.paragraph_count = 0  # the same, inside <p> elements
        self._stack: list[tuple[str, int, bool]] = []  # (tag, node or -1, hidden)
        self._open: dict[str, int] = {}
        self._hidden = 0
        self._pre = 0

    def run(self) -> None:
        raw, n = self.raw, len(self.raw)
        pos = text_from = 0
        while pos < n:
            found = _MARKUP_RE.search(raw, pos)
            if found is None:
                break
            stop = found.start()
            if raw[stop] == "&":
                reference = _CHARREF_RE.match(raw, stop)
                decoded = _decode(reference.group()) if reference else None
                if reference is None or decoded is None:
                    pos = stop + 1  # a literal "&": part of the text run
                    continue
            elif not _MARKUP_START_RE.match(raw, stop):
                pos = stop + 1  # a literal "<"
                continue
            if stop > text_from:
                self._text(text_from, stop)
            if raw[stop] == "&":
                assert reference is not None and decoded is not None
                self._char(stop, decoded)
                pos = reference.end()
            else:
                pos = self._markup(stop)
            text_from = pos
        if n > text_from:
            self._text(text_from, n)
        self._close_to(0, n)

    def _text(self, start: int, end: int) -> None:
        raw = self.raw
        if self._open.get("head") and raw[start:end].strip(HTML_WHITESPACE):
            self._close_tag("head", start)  # text in the head means the body has begun
        if self._hidden:
            return
        self.items.append((_TEXT, start, end, "pre" if self._pre else ""))
        blanks = sum(raw.count(space, start, end) for space in HTML_WHITESPACE)
        self._count(end - start - blanks)

    def _count(self, size: int) -> None:
        self.text_count += size
        if self._open.get("p"):
            self.paragraph_count += size

    def _char(self, pos: int, decoded: str) -> None:
        if self._open.get("head"):
            self._close_tag("head", pos)
        if not self._hidden:
            self.items.append((_CHAR, pos, 0, decoded))
            self._count(1)

    def _markup(self, pos: int) -> int:
        """Read the markup at ``pos`` (a "<"); return where reading resumes."""
        raw, n = self.raw, len(self.raw)
        following = raw[pos + 1 : pos + 2]
        if raw.startswith("<!--", pos):
            for empty in ("<!-->", "<!--->"):
                if raw.startswith(empty, pos):
                    return pos + len(empty)
            close = raw.find("-->", pos + 4)
            return n if close < 0 else close + 3
        if following in ("!", "?"):
            close = raw.find(">", pos + 2)
            return n if close < 0 else close + 1
        if following == "/":
            name = _TAG_NAME_RE.match(raw, pos + 2)
            if name is None:
                if raw.startswith("</>", pos):
                    return pos + 3
                close = raw.find(">", pos + 2)  # a bogus comment, as browsers read it
                return n if close < 0 else close + 1
            close = raw.find(">", name.end())
            if close < 0:
                return n
            self._end_tag(name.group().lower(), pos)
            return close + 1
        name = _TAG_NAME_RE.match(raw, pos + 1)
        assert name is not None  # _MARKUP_START_RE saw a letter
        attributes, after, self_closing = _attributes(raw, name.end())
        if after < 0:
            return n  # a tag cut off by the end of the file shows nothing
        tag = name.group().lower()
        self._start_tag(tag, attributes, pos, self_closing)
        if tag in _RAW_TEXT and not self_closing:
            close_tag = _RAW_TEXT[tag].search(raw, after)
            return n if close_tag is None else close_tag.start()
        return after

    def _start_tag(
        self, tag: str, attributes: dict[str, str], pos: int, self_closing: bool
    ) -> None:
        if self._open.get("head") and tag not in _HEAD_CONTENT and tag != "head":
            self._close_tag("head", pos)
        if not self._hidden:
            if tag in _BLOCK:
                self.items.append((_BREAK, pos, 0, ""))
            elif tag in _CELL:
                self.items.append((_SPACE_ITEM, pos, 0, ""))
        if tag in _VOID or self_closing:
            return
        hidden = _is_hidden(tag, attributes)
        node = -1
        if hidden:
            self._hidden += 1
        elif not self._hidden and _is_boilerplate(tag, attributes):
            node = len(self.nodes)
            counts = [self.text_count, self.paragraph_count]
            self.nodes.append([counts[0], counts[0], counts[1], counts[1]])
            self.items.append((_OPEN, node, 0, ""))
        self._stack.append((tag, node, hidden))
        self._open[tag] = self._open.get(tag, 0) + 1
        if tag in ("pre", "listing"):
            self._pre += 1

    def _end_tag(self, tag: str, pos: int) -> None:
        if not self._hidden and (tag in _BLOCK or tag in _CELL):
            self.items.append((_BREAK if tag in _BLOCK else _SPACE_ITEM, pos, 0, ""))
        self._close_tag(tag, pos)

    def _close_tag(self, tag: str, pos: int) -> None:
        """Close the innermost open ``tag`` and everything opened inside it."""
        if not self._open.get(tag):
            return
        depth = len(self._stack) - 1
        while self._stack[depth][0] != tag:
            depth -= 1
        self._close_to(depth, pos)

    def _close_to(self, depth: int, pos: int) -> None:
        while len(self._stack) > depth:
            tag, node, hidden = self._stack.pop()
            self._open[tag] -= 1
            if hidden:
                self._hidden -= 1
            if node >= 0:
                self.nodes[node][1] = self.text_count
                self.nodes[node][3] = self.paragraph_count
                self.items.append((_CLOSE, node, 0, ""))
            if tag in ("pre", "listing"):
                self._pre -= 1
            if tag in _BLOCK and not self._hidden:
                self.items.append((_BREAK, pos, 0, ""))


def _attributes(raw: str, pos: int) -> tuple[dict[str, str], int, bool]:
    """The wanted attributes of a start tag whose name ends at ``pos``; where the tag ends;
    whether it closes itself (``/>``). A tag the file's end cuts off ends at -1."""
    found: dict[str, str] = {}
    n = len(raw)
    while pos < n:
        char = raw[pos]
        if char in HTML_WHITESPACE or char == "/":
            if raw.startswith("/>", pos):
                return found, pos + 2, True
            pos += 1
            continue
        if char == ">":
            return found, pos + 1, False
        name = _ATTRIBUTE_NAME_RE.match(raw, pos)
        assert name is not None  # the pattern matches at least the character at pos
        key = name.group().lower()
        pos = _skip_html_space(raw, name.end())
        value = ""
        if raw.startswith("=", pos):
            pos = _skip_html_space(raw, pos + 1)
            if raw[pos : pos + 1] in ("'", '"'):
                close = raw.find(raw[pos], pos + 1)
                if close < 0:
                    return found, -1, False
                value = raw[pos + 1 : close]
                pos = close + 1
            else:
                unquoted = _UNQUOTED_RE.match(raw, pos)
                assert unquoted is not None
                value = unquoted.group()
                pos = unquoted.end()
        if key in _WANTED_ATTRIBUTES and key not in found:
            found[key] = value
    return found, -1, False


def _decode(reference: str) -> str | None:
    """The text of a character reference, or None when it is not one (``&bogus;``).

    Named references follow the standard (and :func:`html.unescape`): the longest known name
    that starts the reference counts, so ``&notit;`` is "¬it;".

    >>> _decode("&rsquo;"), _decode("&#8220;"), _decode("&amp"), _decode("&notit;"), _decode("&x;")
    ('’', '“', '&', '¬it;', None)
    """
    if reference[1] == "#":
        return html.unescape(reference)
    name = reference[1:]
    if name in html5:
        return html5[name]
    for cut in range(len(name) - 1, 1, -1):
        if name[:cut] in html5:
            return html5[name[:cut]] + name[cut:]
    return None


def _skip_html_space(raw: str, pos: int) -> int:
    while pos < len(raw) and raw[pos] in HTML_WHITESPACE:
        pos += 1
    return pos
