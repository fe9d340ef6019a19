"""The seeds: two outlets reporting one event, every quote with its span, speaker and kind.

The expectations are the issue's golden case, written out by hand from the articles.
"""

from __future__ import annotations

import pytest
from helpers import SEEDS

from quoteverify import Quote, extract_quotes

# (start of the quote text, end of the quote text, speaker name, speaker kind, quote kind)
GOLDEN_000 = [
    ("the next several weeks.", "the next several weeks.", "Pentagon", "organization", "fragment"),
    ("We are increasingly concerned", "in Russia’s Kursk,", "Sabrina Singh", "person", "utterance"),
    ("significant escalation", "significant escalation", "Mark Rutte", "person", "fragment"),
    (
        "The deepening military cooperation",
        "Euro-Atlantic security,",
        "Mark Rutte",
        "person",
        "utterance",
    ),
    ("Now NATO Secretary General", "listen to Ukraine,", "Andrii Sybiha", "person", "utterance"),
    (
        "The solution: lift restrictions",
        "against Russia now.",
        "Andrii Sybiha",
        "person",
        "utterance",
    ),
    ("fake news", "fake news", "Kremlin", "organization", "fragment"),
    ("growing desperation", "growing desperation", "Mark Rutte", "person", "fragment"),
    (
        "Over 600,000 Russian soldiers",
        "without foreign support,",
        "Mark Rutte",
        "person",
        "utterance",
    ),
    (
        "If we see DPRK troops",
        "co-belligerents in the war,",
        "Sabrina Singh",
        "person",
        "utterance",
    ),
    ("This is a calculation", "North Korea has to make.", "Sabrina Singh", "person", "utterance"),
]

# The issue lists eleven quotes for 004; the article has a twelfth, Austin's "there's still a
# significant fight in the east," (cue "cautioned"), which is a quote like any other.
GOLDEN_004 = [
    (
        "We believe that the DPRK",
        "over the next several weeks,",
        "Sabrina Singh",
        "person",
        "utterance",
    ),
    ("we are seeing evidence", "North Korean troops", "Lloyd Austin", "person", "fragment"),
    ("a significant escalation", "illegal war,", "Mark Rutte", "person", "fragment"),
    ("a dangerous expansion", "Russia's war.", "Mark Rutte", "person", "fragment"),
    ("military technology", "international sanctions.", "Mark Rutte", "person", "fragment"),
    ("Putin has failed", "battlefield objectives,", "Sabrina Singh", "person", "utterance"),
    (
        "increasingly concerned that Russia",
        "near the border with Ukraine.",
        "Sabrina Singh",
        "person",
        "fragment",
    ),
    ("there's still a significant fight", "in the east,", "Lloyd Austin", "person", "fragment"),
    ("broad implications", "Indo-Pacific security,", "Sabrina Singh", "person", "fragment"),
    ("co-belligerents.", "co-belligerents.", "Sabrina Singh", "person", "fragment"),
    ("This is a calculation", "at this point,", "Sabrina Singh", "person", "utterance"),
    ("If they are in combat", "whatever it takes,", "Sabrina Singh", "person", "utterance"),
]


def _load(name: str) -> tuple[str, list[Quote]]:
    text = (SEEDS / name).read_text(encoding="utf-8")
    return text, extract_quotes(text)


@pytest.mark.parametrize(
    ("name", "golden"),
    [("000_d72135529865c72b.txt", GOLDEN_000), ("004_644ecc42c78c9fe6.txt", GOLDEN_004)],
)
def test_seed_quotes_spans_speakers_and_kinds(name: str, golden: list[tuple[str, ...]]) -> None:
    text, quotes = _load(name)
    got = [
        (
            q.text,
            q.speaker.name if q.speaker else None,
            q.speaker.kind if q.speaker else None,
            q.kind,
        )
        for q in quotes
    ]
    want = []
    for first, last, speaker, speaker_kind, kind in golden:
        start = text.index(first)
        end = text.index(last, start) + len(last)
        want.append((text[start:end], speaker, speaker_kind, kind))
    assert got == want
    for q in quotes:
        assert text[q.start : q.end] == q.text
        # the marks sit just outside the span
        assert text[q.start - 1] in "\"“'" and text[q.end] in "\"”'"


def test_seed_000_roles_cues_and_resolution() -> None:
    _, quotes = _load("000_d72135529865c72b.txt")
    singh, rutte_fragment, rutte = quotes[1].speaker, quotes[2].speaker, quotes[3].speaker
    assert singh is not None and singh.role == "Pentagon spokeswoman"
    assert singh.mention == "Pentagon spokeswoman Sabrina Singh"
    assert rutte_fragment is not None and rutte_fragment.role == "NATO Secretary-General"
    assert rutte is not None and (rutte.mention, rutte.resolved_by) == ("Rutte", "surname")
    assert quotes[3].cue is not None and quotes[3].cue.text == "told reporters"
    assert quotes[4].cue is not None and quotes[4].cue.text == "wrote on X"
    # "growing desperation" from Putin is Rutte's phrase, not Putin's
    assert quotes[7].speaker is not None and quotes[7].speaker.name == "Mark Rutte"


def test_seed_000_utterances() -> None:
    _, quotes = _load("000_d72135529865c72b.txt")
    sybiha = [q for q in quotes if q.speaker and q.speaker.name == "Andrii Sybiha"]
    assert len(sybiha) == 2 and sybiha[0].utterance == sybiha[1].utterance
    assert sybiha[1].speaker is not None and sybiha[1].speaker.resolved_by == "continuation"
    assert len({q.utterance for q in quotes}) == 9


def test_seed_004_pronouns_roles_and_nesting() -> None:
    text, quotes = _load("004_644ecc42c78c9fe6.txt")
    by_start = {q.text.split()[0]: q for q in quotes}
    nato_chief = quotes[4].speaker
    assert nato_chief is not None
    assert (nato_chief.mention, nato_chief.resolved_by) == ("the NATO chief", "role")
    assert quotes[4].cue is not None and quotes[4].cue.text == "According to"
    for q in quotes[8:11]:
        assert q.speaker is not None
        assert (q.speaker.mention, q.speaker.resolved_by) == ("she", "pronoun")
    putin = by_start["Putin"]
    assert "'tin-cupping'" in putin.text  # nested quote kept inside the outer one
    # the headline, the share line and the "Read Next:" / "Related:" lines hold no quotes
    first_quote = min(q.start for q in quotes)
    assert text.index("The Pentagon says") < first_quote
    assert all(text.rfind("\n", 0, q.start) != text.index("Read Next:") - 1 for q in quotes)
