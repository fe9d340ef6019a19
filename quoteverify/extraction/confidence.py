"""How sure an attribution is: each speaker's confidence, from how it was found.

A speaker named in the quote's own sentence with a reporting verb (`"…," Sabrina Singh said`)
is rarely wrong; one carried over from the quote before (a continuation), read off the
subject of a sentence with no cue, or resolved from a lone pronoun, is wrong more often.
:func:`way_found` names how a speaker was found, and the confidence is the share of speakers
found that way that name the right person on the train split of the development corpus
(``python benchmarks/bench_confidence.py --split train``; docs/extraction.md gives the table
and the counts), rounded down to two decimals; a way with fewer than 30 scored speakers there
keeps a value set by judgment. Continuations, speakers found without a cue, pronouns and
one-word names are held at ``HELD``, below ``CONFIDENT``, whatever they score on the corpus
(up to 0.97 for continuations): they hold on the styles of news the rules were written on,
less so elsewhere (eyewitness accounts, two speakers in turn, a stray capitalised word taken
for a name), and a finding that fails a build may rest only on a speaker at ``CONFIDENT`` or
above.

>>> from quoteverify.model import Cue, Quote, Speaker
>>> said = Cue("said", 20, 24)
>>> singh = Speaker("Sabrina Singh", "Singh", 14, 19, resolved_by="surname")
>>> quote = Quote("We are ready,", 1, 14, singh, said, "utterance", 0)
>>> way_found(quote), speaker_confidence(quote)
('surname, cue, utterance', 0.99)
>>> carried = Speaker("Sabrina Singh", "Singh", 14, 19, resolved_by="continuation")
>>> speaker_confidence(Quote("And we will stay.", 30, 47, carried, None, "utterance", 0))
0.85
"""

from __future__ import annotations

from quoteverify.model import Quote, Speaker

CONFIDENT = 0.9
"""The confidence at and above which an attribution is firm enough to say that two documents
credit the same words to different people."""

HELD = 0.85
"""The most a way of finding speakers that guesses (see ``GUESSES``) may claim: below
``CONFIDENT`` whatever it scores on the development corpus."""

NO_SPEAKER = "no speaker"

SHARES: dict[str, float] = {
    "surname, cue, utterance": 0.99,
    "name, cue, utterance": 0.98,
    "surname, cue, fragment": 0.97,
    "name, cue, fragment": 0.95,
    "transcript label": 0.95,  # judged: no transcripts in train (dev: 10 of 10 right)
    "organization, cue, utterance": 0.95,
    "organization, cue, fragment": 0.87,
    "organization otherwise": 0.7,  # judged: 13 in train
    "continuation": 0.97,
    "one-word name, cue": 0.93,
    "one-word name, no cue": 0.7,  # judged: 20 in train
    "pronoun, cue": 0.92,
    "pronoun, no cue": 0.75,  # judged: 9 in train
    "name or surname, no cue, utterance": 0.91,
    "name, no cue, fragment": 0.83,
    "surname, no cue, fragment": 0.8,
    "role": 0.5,  # judged: 3 in train, none right (a role resolved to a person named before)
    "unknown": 0.3,  # judged: "it", "I" outside a transcript, a writing whose author is not said
    NO_SPEAKER: 0.0,
}
"""Each way's share of right speakers on train, rounded down (bench_confidence.py prints it as
"supported"), or a judgment where train scores under 30 speakers found that way. Retune from
a fresh train run, then confirm on dev."""

GUESSES = frozenset(
    {
        "continuation",
        "one-word name, cue",
        "one-word name, no cue",
        "pronoun, cue",
        "pronoun, no cue",
        "name or surname, no cue, utterance",
        "name, no cue, fragment",
        "surname, no cue, fragment",
    }
)
"""The ways that guess (a speaker carried on, read off a sentence with no cue, a pronoun, a
one-word name): held at ``HELD`` at most."""

WAYS: dict[str, float] = {
    way: min(share, HELD) if way in GUESSES else share for way, share in SHARES.items()
}
"""The confidence of a speaker found each way (before a step of resolution lowers it)."""


def way_found(quote: Quote) -> str:
    """How the quote's speaker was found: a key of ``WAYS``.

    >>> from quoteverify.model import Cue, Quote, Speaker
    >>> nato = Speaker("NATO", "NATO", 30, 34, kind="organization")
    >>> way_found(Quote("a grave threat", 1, 15, nato, Cue("called it", 35, 44), "fragment", 0))
    'organization, cue, fragment'
    """
    speaker = quote.speaker
    if speaker is None:
        return NO_SPEAKER
    if speaker.kind == "unknown":
        return "unknown"
    cue = "cue" if quote.cue is not None else "no cue"
    kind = "utterance" if quote.kind == "utterance" else "fragment"
    how = speaker.resolved_by
    if speaker.kind == "organization":
        if how == "explicit" and cue == "cue":
            return f"organization, cue, {kind}"
        return "organization otherwise"
    if how == "label":
        return "transcript label"
    if how == "continuation":
        return "continuation"
    if how == "role":
        return "role"
    if how == "pronoun":
        return f"pronoun, {cue}"
    if how == "explicit" and " " not in speaker.name.strip():
        # one word, and the document never gives a full name: on other news this is where a
        # stray capitalised word ("Twitter", "Conservative", "Lighthouse") is taken for a name
        return f"one-word name, {cue}"
    name = "name" if how == "explicit" else "surname"
    if cue == "no cue" and kind == "utterance":
        return "name or surname, no cue, utterance"
    return f"{name}, {cue}, {kind}"


def speaker_confidence(quote: Quote) -> float:
    """The confidence of a quote's speaker (0 to 1): how often a speaker found this way is
    the right person, and no more than the confidence a step of resolution already gave it
    (a surname several people share). A quote without a speaker has none: 0."""
    speaker = quote.speaker
    if speaker is None:
        return 0.0
    return min(WAYS[way_found(quote)], speaker.confidence)


def with_confidence(quotes: list[Quote]) -> list[Quote]:
    """The quotes with each speaker's confidence set (once every speaker is final)."""
    out = []
    for quote in quotes:
        speaker = quote.speaker
        if speaker is not None:
            confidence = speaker_confidence(quote)
            if confidence != speaker.confidence:
                # (the constructors, not attrs.evolve: a third of the time, once per quote)
                speaker = Speaker(
                    speaker.name,
                    speaker.mention,
                    speaker.start,
                    speaker.end,
                    speaker.role,
                    speaker.kind,
                    speaker.resolved_by,
                    confidence,
                )
                quote = Quote(
                    quote.text,
                    quote.start,
                    quote.end,
                    speaker,
                    quote.cue,
                    quote.kind,
                    quote.utterance,
                )
        out.append(quote)
    return out
