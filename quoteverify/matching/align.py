"""Word-level alignment of a quote with a passage: which words agree, how the wording differs,
and what that makes the relation between them.

The two word sequences are aligned on their longest common subsequence (rapidfuzz's Indel
opcodes, in C), which keeps the most words equal; a substitution is a deletion beside an
insertion. Short equal runs stranded at the edges by larger differences are noise and are
trimmed; what remains is the matched stretch. Inside it, words only the passage has, sitting
where the quote has "...", are an elision; any other difference is a change, of a kind
:mod:`.changes` names, and any change but an editorial one (house style) is an alteration.
Outside it, the words one side has and the other lacks decide between fragment-of, contains and
overlaps; clauses found on the opposite sides are a reordering, an alteration too; and one or
two words at an edge of the quote where the passage goes on with other words are a
substitution ("in June" for "in May, and the tolls …"), when the passage is a record of the
speaker's words (a transcript turn) or both words are content words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

from quoteverify.matching.changes import is_content_word, kind_of
from quoteverify.model import Hunk, HunkKind, Relation

_EDGE_SUBSTITUTION = 2
"""At most this many words replaced at an edge of both passages count as an alteration, not
as two passages that start (or end) in different places."""


class Side(NamedTuple):
    """One side of an alignment: folded words with their character spans in ``text``.

    A named tuple, not an attrs record: one is made per candidate, hundreds of thousands a run.
    """

    text: str
    words: Sequence[int]
    starts: Sequence[int]
    ends: Sequence[int]
    elisions: frozenset[int] = frozenset()
    brackets: tuple[tuple[int, int], ...] = ()
    """Square-bracketed insertions (character spans) set aside from ``words``: an editor's."""

    def span(self, i: int, j: int) -> tuple[int, int]:
        """The characters of words i..j-1; an empty span where they would be when i == j."""
        if i < j:
            return self.starts[i], self.ends[j - 1]
        if i > 0:
            return self.ends[i - 1], self.ends[i - 1]
        return (self.starts[0], self.starts[0]) if self.starts else (0, 0)

    def slice(self, i: int, j: int) -> str:
        start, end = self.span(i, j)
        return self.text[start:end]


class Alignment(NamedTuple):
    """How a quote ("this") relates to a passage ("other"): the matched stretch on each side
    (word indexes), the relation, the score over the stretch, the support (how much of the
    whole quote the passage bears out, 0-100), which of this quote's words were confirmed and
    in which equal runs, the longest run, the changes (words changed other than editorially),
    and the diff over both sides in full."""

    relation: Relation
    score: float
    support: float
    this_range: tuple[int, int]
    other_range: tuple[int, int]
    confirmed: tuple[int, ...]
    runs: tuple[tuple[int, int], ...]
    longest: int
    changes: int
    diff: tuple[Hunk, ...]


def align(this: Side, other: Side, *, record: bool = False) -> Alignment | None:
    """Align a quote with a passage; None when they share no run of words worth keeping.
    ``record``: the passage is the speaker's words as said (a transcript turn), so a word
    replaced at an edge of the quote where the passage goes on is always a substitution.

    >>> from quoteverify.matching.words import words
    >>> def side(text):
    ...     folded, starts, ends = words(text)
    ...     return Side(text, [hash(w) for w in folded], starts, ends)
    >>> found = align(side("we will hold the line"), side("We will hold the front line"))
    >>> found.relation, round(found.score), found.changes
    ('altered', 91, 1)
    >>> [(h.op, h.kind, h.this_text, h.other_text) for h in found.diff if h.op != "equal"]
    [('insert', 'deletion', '', 'front')]
    >>> found = align(side("open the bridge in June"), side("open the bridge in May, and then"))
    >>> found.relation, [(h.kind, h.this_text, h.other_text) for h in found.diff if h.kind]
    ('altered', [('substitution', 'June', 'May')])
    """
    at = _find(this.words, other.words)
    if at >= 0:  # the common case: the quote appears whole in the passage
        blocks = [(0, len(this.words), at, at + len(this.words))]
    else:
        # Imported here, not at the top: "quoteverify check --help" should not pay for it.
        from rapidfuzz.distance import Indel

        blocks = [
            (op.src_start, op.src_end, op.dest_start, op.dest_end)
            for op in Indel.opcodes(this.words, other.words)
            if op.tag == "equal"
        ]
    if not blocks:
        return None
    first, last = _best_run(blocks, this.elisions, other.elisions)
    kept = _extend(this.words, other.words, blocks[first : last + 1])
    i1, _, j1, _ = kept[0]
    _, i2, _, j2 = kept[-1]
    lead = (i1, j1)
    trail = (len(this.words) - i2, len(other.words) - j2)
    moved = 0
    if (lead[0] and trail[1]) or (trail[0] and lead[1]):
        moved = _moved(this, other, (i1, i2), (j1, j2))
    edge_lead = not moved and _substituted(this, other, lead, (i1, j1), -1, record)
    edge_trail = not moved and _substituted(this, other, trail, (i2, j2), 1, record)
    shown = _split_at_brackets(kept, this, other) if this.brackets or other.brackets else kept
    diff = _diff(this, other, shown, edge_lead=edge_lead, edge_trail=edge_trail, moved=moved > 0)
    changes = 0
    editorial = elided = other_elided = False
    for hunk in diff:
        if hunk.kind == "editorial":
            editorial = True
        elif hunk.kind == "reordering":
            continue  # counted by ``moved``
        elif hunk.kind is not None:
            changes += max(_count(hunk.this_text), _count(hunk.other_text))
    for (_, a2, _, b2), (a1, _, b1, _) in pairwise(kept):
        if a1 == a2 and a2 in this.elisions:
            elided = True
        elif b1 == b2 and b2 in other.elisions and a1 > a2:
            other_elided = True  # words the other passage left out with "...": not confirmed
    equal = sum(a2 - a1 for a1, a2, _, _ in kept)
    # Moved words are found, but each move is a change: a clean swap of halves scores 80.
    score = 100.0 * 2 * (equal + moved) / (2 * (equal + moved) + changes + moved)
    # The support also counts the quote's words the passage does not have at all (an editor's
    # bracketed words aside): four words shared by two different sentences do not score 100.
    missing = sum(_count(h.this_text) for h in diff if h.kind is None and h.op == "delete")
    support = 100.0 * 2 * (equal + moved) / (2 * (equal + moved) + changes + moved + missing)
    if edge_lead:
        lead = (0, 0)
    if edge_trail:
        trail = (0, 0)
    relation = _relation(
        this, other, (i1, i2), (j1, j2), lead, trail,
        altered=bool(changes or moved), elided=elided, other_elided=other_elided,
        editorial=editorial,
    )
    confirmed = tuple(k for a1, a2, _, _ in kept for k in range(a1, a2))
    runs = tuple((a1, a2) for a1, a2, _, _ in kept)
    longest = max(a2 - a1 for a1, a2, _, _ in kept)
    return Alignment(
        relation, score, support, (i1, i2), (j1, j2), confirmed, runs, longest, changes, diff
    )


def _count(text: str) -> int:
    return len(text.split())


def _substituted(
    this: Side,
    other: Side,
    extra: tuple[int, int],
    at: tuple[int, int],
    step: int,
    record: bool,
) -> bool:
    """Whether the words ``extra[0]`` this quote has beyond the stretch, at the edge the
    stretch ends at ``at`` (``step`` -1: its start, 1: its end), replace as many words the
    other passage has there: at most two words, and the passage going on with at least as
    many; when it goes on further than two words, only in a record of what was said or for
    a content word replaced by a content word ("June" for "May", not "believe" for "and")."""
    mine, theirs = extra
    if not (0 < mine <= _EDGE_SUBSTITUTION and theirs >= mine):
        return False
    if theirs <= _EDGE_SUBSTITUTION or record:
        return True
    if step < 0:
        mine_span = this.slice(at[0] - mine, at[0])
        theirs_span = other.slice(at[1] - mine, at[1])
    else:
        mine_span = this.slice(at[0], at[0] + mine)
        theirs_span = other.slice(at[1], at[1] + mine)
    return is_content_word(mine_span) and is_content_word(theirs_span)


def _find(mine: Sequence[int], theirs: Sequence[int]) -> int:
    """Where ``mine`` appears whole in ``theirs``, or -1.

    >>> _find([2, 3], [1, 2, 2, 3]), _find([3, 2], [1, 2, 2, 3]), _find([], [1])
    (2, -1, -1)
    """
    size = len(mine)
    if not size or size > len(theirs):
        return -1
    first = mine[0]
    at = -1
    try:
        while True:
            at = theirs.index(first, at + 1, len(theirs) - size + 1)
            if theirs[at : at + size] == mine:
                return at
    except ValueError:
        return -1


def _best_run(
    blocks: list[tuple[int, int, int, int]], elisions: frozenset[int], other: frozenset[int]
) -> tuple[int, int]:
    """The run of equal blocks worth most: words matched minus the words changed between them,
    less one (Kadane's maximum subarray, so linear in the number of blocks).

    Stray common words ("the", "of") that the alignment matched far from the real match are
    left outside the run; of two runs worth the same, the longer one wins.
    """
    best = (-1, 0, 0)
    value, start = 0, 0
    for t, (a1, a2, b1, _) in enumerate(blocks):
        if t:
            _, p2, _, q2 = blocks[t - 1]
            elided = (a1 == p2 and p2 in elisions) or (b1 == q2 and q2 in other)
            # A one-for-one substitution costs nothing here: only what else changed counts.
            gap = 0 if elided else max(a1 - p2, b1 - q2) - 1
            if value - gap >= 0:
                value -= gap
            else:
                value, start = 0, t
        value += a2 - a1
        if value >= best[0]:
            best = (value, start, t)
    return best[1], best[2]


def _extend(
    mine: Sequence[int], theirs: Sequence[int], kept: list[tuple[int, int, int, int]]
) -> list[tuple[int, int, int, int]]:
    """Grow the run over words equal on both sides just outside it.

    The common subsequence can pair a quote's first words with an earlier occurrence of them
    ("we will" ... "we will pay"); once that stray pairing is trimmed, the words still match
    right next to the run.
    """
    a1, a2, b1, b2 = kept[0]
    while a1 > 0 and b1 > 0 and mine[a1 - 1] == theirs[b1 - 1]:
        a1, b1 = a1 - 1, b1 - 1
    kept = [(a1, a2, b1, b2), *kept[1:]]
    a1, a2, b1, b2 = kept[-1]
    while a2 < len(mine) and b2 < len(theirs) and mine[a2] == theirs[b2]:
        a2, b2 = a2 + 1, b2 + 1
    return [*kept[:-1], (a1, a2, b1, b2)]


def _moved(
    this: Side, other: Side, this_range: tuple[int, int], other_range: tuple[int, int]
) -> int:
    """How many words this quote has before the stretch appear right after it in the other
    passage (or the other way round): clauses swapped, not a quote that starts elsewhere. The
    words are looked for in their order next to the stretch, in about as many words as moved
    (a long passage holds any handful of common words somewhere); 0 when fewer than two, or
    under 60% of those words, moved."""
    i1, i2 = this_range
    j1, j2 = other_range
    moved = 0
    for mine, side in ((this.words[:i1], 1), (this.words[i2:], -1)):
        size = len(mine)
        if size < 2:
            continue
        reach = size + size // 2 + 2
        theirs = other.words[j2 : j2 + reach] if side > 0 else other.words[max(0, j1 - reach) : j1]
        if sum((Counter(mine) & Counter(theirs)).values()) < 0.6 * size:
            continue  # (a quick test first: most edges have no moved clause)
        from rapidfuzz.distance import LCSseq

        found = LCSseq.similarity(mine, theirs)  # the moved words in their order
        if found >= 0.6 * size:
            moved += found
    return moved


def _relation(
    this: Side,
    other: Side,
    this_range: tuple[int, int],
    other_range: tuple[int, int],
    lead: tuple[int, int],
    trail: tuple[int, int],
    *,
    altered: bool,
    elided: bool,
    other_elided: bool,
    editorial: bool,
) -> Relation:
    if altered:
        return "altered"
    if elided:
        return "elided"
    this_more = lead[0] > 0 or trail[0] > 0 or other_elided
    other_more = lead[1] > 0 or trail[1] > 0
    if this_more and other_more:
        return "overlaps"
    if this_more:
        return "contains"
    if other_more:
        return "fragment-of"
    if editorial:
        return "editorial"
    return "exact" if this.slice(*this_range) == other.slice(*other_range) else "normalized"


def _diff(
    this: Side,
    other: Side,
    kept: list[tuple[int, int, int, int]],
    *,
    edge_lead: bool,
    edge_trail: bool,
    moved: bool,
) -> tuple[Hunk, ...]:
    """Hunks over both sides in full: edges, then equal runs and the gaps between them. A
    change gets its kind; words outside the stretch that are no change (the passage's
    surroundings, words of the quote the passage lacks) get none."""
    hunks: list[Hunk] = []
    i1, _, j1, _ = kept[0]
    _, i2, _, j2 = kept[-1]
    if this.brackets or other.brackets:  # brackets before the first words of either side
        _bracket_hunks(hunks, this, other, 0, 0, this_side=i1 > 0, other_side=j1 > 0)
    if edge_lead:
        width = _edge_width(this, other, (0, i1), j1, -1)
        start = j1 - width  # the passage's words before the replaced ones are its surroundings
        if start:
            hunks.append(_hunk("insert", this, other, (0, 0), (0, start), None))
        _changed(hunks, this, other, (0, i1), (start, j1))
    else:
        _outside(hunks, this, other, (0, i1), (0, j1), moved)
    for k, (a1, a2, b1, b2) in enumerate(kept):
        if k:
            _, p2, _, q2 = kept[k - 1]
            _gap(hunks, this, other, (p2, a1), (q2, b1))
        if this.brackets or other.brackets:
            _bracket_hunks(hunks, this, other, a1, b1)
        hunks.append(_hunk("equal", this, other, (a1, a2), (b1, b2), None))
    mine, theirs = (i2, len(this.words)), (j2, len(other.words))
    if edge_trail:
        end = j2 + _edge_width(this, other, mine, j2, 1)
        _changed(hunks, this, other, mine, (j2, end))
        if end < theirs[1]:
            hunks.append(_hunk("insert", this, other, (mine[1], mine[1]), (end, theirs[1]), None))
    else:
        _outside(hunks, this, other, mine, theirs, moved)
    if this.brackets or other.brackets:  # brackets after the last words of either side
        _bracket_hunks(hunks, this, other, len(this.words), len(other.words))
    return tuple(hunks)


def _edge_width(this: Side, other: Side, mine: tuple[int, int], at: int, step: int) -> int:
    """How many of the passage's words an edge substitution of the quote's words ``mine``
    replaces, from the stretch's edge ``at`` going ``step``: as many, unless one word more or
    less makes it house style ("year end" for "year-end")."""
    count = mine[1] - mine[0]
    available = at if step < 0 else len(other.words) - at
    for width in (count, count - 1, count + 1):
        if 0 < width <= available:
            theirs = (at - width, at) if step < 0 else (at, at + width)
            if kind_of(this.slice(*mine), other.slice(*theirs)) == "editorial":
                return width
    return count


def _outside(
    hunks: list[Hunk],
    this: Side,
    other: Side,
    mine: tuple[int, int],
    theirs: tuple[int, int],
    moved: bool,
) -> None:
    """Words one side has beyond the stretch: a reordering when clauses moved, otherwise no
    change (the relation says)."""
    kind: HunkKind | None = "reordering" if moved else None
    if mine[0] < mine[1]:
        hunks.append(_hunk("delete", this, other, mine, (theirs[0], theirs[0]), kind))
    if theirs[0] < theirs[1]:
        hunks.append(_hunk("insert", this, other, (mine[0], mine[0]), theirs, kind))


def _gap(
    hunks: list[Hunk], this: Side, other: Side, mine: tuple[int, int], theirs: tuple[int, int]
) -> None:
    """The words between two equal runs: a change, or words the quote left out with "..."
    (an elision), or words of the quote the passage left out with "..." (not confirmed)."""
    if mine[0] == mine[1] and mine[0] in this.elisions:
        hunks.append(_hunk("insert", this, other, mine, theirs, None))
    elif theirs[0] == theirs[1] and theirs[0] in other.elisions:
        hunks.append(_hunk("delete", this, other, mine, theirs, None))
    else:
        _changed(hunks, this, other, mine, theirs)


def _changed(
    hunks: list[Hunk], this: Side, other: Side, mine: tuple[int, int], theirs: tuple[int, int]
) -> None:
    """A change: its op by which side has words, its kind by :func:`.changes.kind_of`."""
    if mine[0] < mine[1] and theirs[0] < theirs[1]:
        op = "replace"
    elif mine[0] < mine[1]:
        op = "delete"
    elif theirs[0] < theirs[1]:
        op = "insert"
    else:
        return
    kind = kind_of(
        this.slice(*mine),
        other.slice(*theirs),
        _between(this, mine[0]) if mine[0] == mine[1] else "",
        _between(other, theirs[0]) if theirs[0] == theirs[1] else "",
    )
    if mine[0] == mine[1] and _brackets_before(this, mine[0]):
        kind = "editorial"  # an editor's "[Mayor Holt's]" standing for the words said
    hunks.append(_hunk(op, this, other, mine, theirs, kind))


def _brackets_before(side: Side, k: int) -> list[tuple[int, int]]:
    """The square brackets of a side between its word k - 1 and word k (before the first word
    when k is 0, after the last when k is past it)."""
    if not side.brackets:
        return []
    lo = side.ends[k - 1] if 0 < k <= len(side.ends) else -1
    hi = side.starts[k] if k < len(side.starts) else len(side.text) + 1
    return [(s, e) for s, e in side.brackets if lo <= s and e <= hi]


def _split_at_brackets(
    kept: list[tuple[int, int, int, int]], this: Side, other: Side
) -> list[tuple[int, int, int, int]]:
    """The equal runs cut where an editor's brackets stand inside them on either side, so
    that each bracket becomes a hunk of its own ("towards [the city] the front lines")."""
    out = []
    for a1, a2, b1, b2 in kept:
        start = 0
        for t in range(1, a2 - a1):
            if _brackets_before(this, a1 + t) or _brackets_before(other, b1 + t):
                out.append((a1 + start, a1 + t, b1 + start, b1 + t))
                start = t
        out.append((a1 + start, a2, b1 + start, b2))
    return out


def _bracket_hunks(
    hunks: list[Hunk],
    this: Side,
    other: Side,
    mine: int,
    theirs: int,
    *,
    this_side: bool = True,
    other_side: bool = True,
) -> None:
    """Editorial hunks for the brackets each side has before word ``mine`` / ``theirs``."""
    for start, end in _brackets_before(this, mine) if this_side else ():
        at = other.span(theirs, theirs)[0]
        text = this.text[start:end]
        hunks.append(Hunk("delete", text, "", (start, end), (at, at), "editorial"))
    for start, end in _brackets_before(other, theirs) if other_side else ():
        at = this.span(mine, mine)[0]
        text = other.text[start:end]
        hunks.append(Hunk("insert", "", text, (at, at), (start, end), "editorial"))


def _between(side: Side, i: int) -> str:
    """The characters between word i - 1 and word i of a side (where a change inserts words)."""
    if not side.starts:
        return ""
    start = side.ends[i - 1] if i > 0 else side.starts[0]
    end = side.starts[i] if i < len(side.starts) else side.ends[-1]
    return side.text[start:end] if start <= end else ""


def _hunk(
    op: str,
    this: Side,
    other: Side,
    mine: tuple[int, int],
    theirs: tuple[int, int],
    kind: HunkKind | None,
) -> Hunk:
    this_span, other_span = this.span(*mine), other.span(*theirs)
    return Hunk(
        op,  # type: ignore[arg-type]
        this.text[this_span[0] : this_span[1]],
        other.text[other_span[0] : other_span[1]],
        this_span,
        other_span,
        kind,
    )
