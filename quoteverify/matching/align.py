"""Word-level alignment of a quote with a passage: which words agree, how the wording differs,
and what that makes the relation between them.

The two word sequences are aligned on their longest common subsequence (rapidfuzz's Indel
opcodes, in C), which keeps the most words equal; a substitution is a deletion beside an
insertion. Short equal runs stranded at the edges by larger differences are noise and are
trimmed; what remains is the matched stretch. Inside it, words only the passage has, sitting
where the quote has "...", are an elision; any other difference is an alteration. Outside it,
the words one side has and the other lacks decide between fragment-of, contains and overlaps;
clauses found on the opposite sides are a reordering, which is an alteration too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

from quoteverify.model import Hunk, Relation

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
    (word indexes), the relation, the score, which of this quote's words were confirmed, the
    longest run of equal words, and the diff over both sides in full."""

    relation: Relation
    score: float
    this_range: tuple[int, int]
    other_range: tuple[int, int]
    confirmed: tuple[int, ...]
    longest: int
    diff: tuple[Hunk, ...]


def align(this: Side, other: Side) -> Alignment | None:
    """Align a quote with a passage; None when they share no run of words worth keeping.

    >>> from quoteverify.matching.words import words
    >>> def side(text):
    ...     folded, starts, ends = words(text)
    ...     return Side(text, [hash(w) for w in folded], starts, ends)
    >>> found = align(side("we will hold the line"), side("We will hold the front line"))
    >>> found.relation, round(found.score)
    ('altered', 91)
    >>> [(h.op, h.this_text, h.other_text) for h in found.diff if h.op != "equal"]
    [('insert', '', 'front')]
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
    edits = 0
    elided = other_elided = False
    for (_, a2, _, b2), (a1, _, b1, _) in pairwise(kept):
        if a1 == a2 and a2 in this.elisions:
            elided = True
        elif b1 == b2 and b2 in other.elisions:
            other_elided = True  # words the other passage left out with "...": not confirmed
        else:
            edits += max(a1 - a2, b1 - b2)
    # Words replaced at an edge of two quotes are a substitution, not a different start.
    edge_edits = [e for e in (lead, trail) if 0 < min(e) <= max(e) <= _EDGE_SUBSTITUTION]
    moved = 0
    if (lead[0] and trail[1]) or (trail[0] and lead[1]):
        moved = _moved(this, other, (i1, i2), (j1, j2))
    equal = sum(a2 - a1 for a1, a2, _, _ in kept)
    changed = edits + sum(max(edge) for edge in edge_edits)
    # Moved words are found, but each move is a change: a clean swap of halves scores 80.
    score = 100.0 * 2 * (equal + moved) / (2 * (equal + moved) + changed + moved)
    relation = _relation(
        this, other, (i1, i2), (j1, j2), lead, trail,
        altered=bool(edits or edge_edits or moved), elided=elided, other_elided=other_elided,
    )
    confirmed = tuple(k for a1, a2, _, _ in kept for k in range(a1, a2))
    diff = _diff(this, other, kept, edge_lead=lead in edge_edits, edge_trail=trail in edge_edits)
    longest = max(a2 - a1 for a1, a2, _, _ in kept)
    return Alignment(relation, score, (i1, i2), (j1, j2), confirmed, longest, diff)


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
    """How many words this quote has before the stretch appear after it in the other passage
    (or the other way round): clauses swapped, not a quote that starts elsewhere. 0 when
    fewer than two, or under 60% of those words, moved."""
    before = Counter(this.words[: this_range[0]])
    after = Counter(this.words[this_range[1] :])
    other_before = Counter(other.words[: other_range[0]])
    other_after = Counter(other.words[other_range[1] :])
    moved = 0
    for mine, theirs in ((before, other_after), (after, other_before)):
        size = sum(mine.values())
        found = sum((mine & theirs).values())
        if size >= 2 and found >= 0.6 * size:
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
    return "exact" if this.slice(*this_range) == other.slice(*other_range) else "normalized"


def _diff(
    this: Side,
    other: Side,
    kept: list[tuple[int, int, int, int]],
    *,
    edge_lead: bool,
    edge_trail: bool,
) -> tuple[Hunk, ...]:
    """Hunks over both sides in full: edges, then equal runs and the gaps between them."""
    hunks: list[Hunk] = []
    i1, _, j1, _ = kept[0]
    _, i2, _, j2 = kept[-1]
    _edge(hunks, this, other, (0, i1), (0, j1), as_replace=edge_lead)
    for k, (a1, a2, b1, b2) in enumerate(kept):
        if k:
            _, p2, _, q2 = kept[k - 1]
            _gap(hunks, this, other, (p2, a1), (q2, b1))
        hunks.append(_hunk("equal", this, other, (a1, a2), (b1, b2)))
    _edge(hunks, this, other, (i2, len(this.words)), (j2, len(other.words)), as_replace=edge_trail)
    return tuple(hunks)


def _edge(
    hunks: list[Hunk],
    this: Side,
    other: Side,
    mine: tuple[int, int],
    theirs: tuple[int, int],
    *,
    as_replace: bool,
) -> None:
    if as_replace:
        hunks.append(_hunk("replace", this, other, mine, theirs))
        return
    if mine[0] < mine[1]:
        hunks.append(_hunk("delete", this, other, mine, (theirs[0], theirs[0])))
    if theirs[0] < theirs[1]:
        hunks.append(_hunk("insert", this, other, (mine[0], mine[0]), theirs))


def _gap(
    hunks: list[Hunk], this: Side, other: Side, mine: tuple[int, int], theirs: tuple[int, int]
) -> None:
    if mine[0] < mine[1] and theirs[0] < theirs[1]:
        hunks.append(_hunk("replace", this, other, mine, theirs))
    elif mine[0] < mine[1]:
        hunks.append(_hunk("delete", this, other, mine, theirs))
    elif theirs[0] < theirs[1]:
        hunks.append(_hunk("insert", this, other, mine, theirs))


def _hunk(
    op: str, this: Side, other: Side, mine: tuple[int, int], theirs: tuple[int, int]
) -> Hunk:
    return Hunk(
        op,  # type: ignore[arg-type]
        this.slice(*mine),
        other.slice(*theirs),
        this.span(*mine),
        other.span(*theirs),
    )
