"""Paragraphs: where a line break ends a paragraph and where it only wraps a line.

Every text here is invented. A blank line always ends a paragraph; a single line break ends
one in news written a paragraph a line, but not inside hard-wrapped text.
"""

from __future__ import annotations

import textwrap

from quoteverify.extraction.paragraphs import paragraphs


def spans(text: str) -> list[str]:
    return [text[p.start : p.end] for p in paragraphs(text)]


def test_a_blank_line_ends_a_paragraph() -> None:
    text = "The council met on Monday and\n\nvoted for the plan."
    assert spans(text) == ["The council met on Monday and", "voted for the plan."]


def test_a_line_a_paragraph_when_each_line_ends_a_sentence() -> None:
    text = "The council met on Monday.\nThe vote was close.\n\"We won,\" Ann Holt said."
    assert spans(text) == ["The council met on Monday.", "The vote was close.", text[47:]]


def test_a_line_that_goes_on_in_lowercase_is_the_same_paragraph() -> None:
    text = "The council met on Monday and\nvoted for the plan.\nThe vote was close."
    assert spans(text) == [
        "The council met on Monday and\nvoted for the plan.",
        "The vote was close.",
    ]


def test_a_headline_is_a_paragraph_of_its_own() -> None:
    text = "Bridge to Open in June\nMayor Ann Holt said on Monday that the bridge would open."
    assert spans(text) == ["Bridge to Open in June", text[23:]]


def test_a_quote_running_over_a_line_break_keeps_the_lines_together() -> None:
    text = '"We will open the bridge in June.\nThe tolls stay," Mayor Ann Holt said.\nShe left.'
    assert spans(text) == [text[: text.index("said.") + 5], "She left."]


def test_a_quote_reopened_on_the_next_line_is_a_new_paragraph() -> None:
    text = 'Ann Holt said: "We will open the bridge.\n"The tolls stay."'
    assert spans(text) == ['Ann Holt said: "We will open the bridge.', '"The tolls stay."']


WRAPPED_PARAGRAPHS = [
    "Mayor Ann Holt told the council on Monday evening that the new bridge over the "
    'river would open in June. "We will keep the tolls where they are. They pay for the '
    'loan, and the loan is paid back in 2031," she said.',
    "Council members voted seven to two in favour of the plan. Tom Reyes, who voted "
    "against it, said the tolls were too high for people who cross the river every day.",
]


def test_hard_wrapped_text_is_read_a_paragraph_at_a_time() -> None:
    text = "\n\n".join(textwrap.fill(p, width=60) for p in WRAPPED_PARAGRAPHS)
    assert [s.split() for s in spans(text)] == [p.split() for p in WRAPPED_PARAGRAPHS]


def test_hard_wrapped_text_without_blank_lines_ends_a_paragraph_at_a_short_line() -> None:
    text = "\n".join(textwrap.fill(p, width=60) for p in WRAPPED_PARAGRAPHS)
    assert [s.split() for s in spans(text)] == [p.split() for p in WRAPPED_PARAGRAPHS]


def test_short_lines_are_not_taken_for_wrapped_text() -> None:
    text = "Bread, two loaves\nMilk\nEggs, a dozen\nApples\nTea"
    assert spans(text) == text.split("\n")


def test_a_pull_quote_signed_inside_its_marks_keeps_the_signature_apart() -> None:
    text = '"The tolls are too high for people who cross every day.\nTom Reyes, councillor."'
    assert spans(text) == [text[: text.index("\n")], "Tom Reyes, councillor.\""]
