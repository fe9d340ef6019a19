"""The word layout the index reads: every word of the run belongs to a quote, a paragraph's
body, or nowhere (a transcript turn's label), never to a value left over in memory."""

from __future__ import annotations

import numpy as np

from quoteverify import Document
from quoteverify.matching.corroborate import _prepare_all, lay_out
from quoteverify.matching.index import NOWHERE, group_hits

TRANSCRIPT = (
    "MAYOR HOLT: We will open the bridge in May, and the tolls will stay where they are.\n\n"
    "MS. RUIZ: Will the ferry keep running until then?\n\n"
    "MAYOR HOLT: It will, every hour, seven days a week."
)


def test_the_labels_of_turns_belong_nowhere() -> None:
    docs = [Document("briefing", TRANSCRIPT), Document("story", 'Holt said: "We will wait."')]
    prepared, ids, _ = _prepare_all(docs, workers=1)
    layout = lay_out(prepared, np.frombuffer(ids, dtype=np.int64))
    target = layout.target
    paragraphs = len(layout.paragraph_of)
    valid = (target == NOWHERE) | (target >= 0) | ((target < 0) & (-1 - target < paragraphs))
    assert valid.all()
    words = prepared[0].starts
    label_words = [k for k, s in enumerate(words) if TRANSCRIPT[s].isupper() and k < 3]
    assert label_words and all(target[k] == NOWHERE for k in label_words[:2])


def test_hits_on_words_that_belong_nowhere_are_no_candidates() -> None:
    rows, targets, lo, hi = group_hits(
        np.array([0, 0, 1]),
        np.array([NOWHERE, NOWHERE, -1]),
        np.array([1, 2, 3]),
        np.array([2, 3, 4]),
        needed=np.array([1, 1, 1]),
    )
    assert (rows.tolist(), targets.tolist(), lo.tolist(), hi.tolist()) == ([1], [-1], [3], [4])
