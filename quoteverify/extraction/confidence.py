"""How sure an attribution is: each speaker's confidence, from how it was found.

A speaker named in the quote's own sentence with a reporting verb (`"…," Sabrina Singh said`)
is rarely wrong; one carried over from the quote before (a continuation), read off the
subject of a sentence with no cue, or resolved from a lone pronoun, is wrong more often. The
confidence is the share of attributions found the same way that name the right person,
measured on the development corpus (docs/extraction.md gives the table and the counts), and
rounded down. Continuations and attributions without a cue are kept below ``CONFIDENT`` on
purpose: they hold on the styles of news the rules were written on, less so elsewhere
(eyewitness accounts, two speakers in turn), and a finding that fails a build may rest only
on a speaker at ``CONFIDENT`` or above.

>>> from quoteverify.model import Cue, Quote, Speaker
>>> said = Cue("said", 20, 24)
>>> singh = Speaker("Sabrina Singh", "Singh", 14, 19)
>>> speaker_confidence(Quote("We are ready,", 1, 14, singh, said, "utterance", 0))
0.97
>>> carried = Speaker("Sabrina Singh", "Singh", 14, 19, resolved_by="continuation")
>>> speaker_confidence(Quote("And we will stay.", 30, 47, carried, None, "utterance", 0))
0.8
"""

from __future__ import annotations

from quoteverify.model import Quote, Speaker

CONFIDENT = 0.9
"""The confidence at and above which an attribution is firm enough to say that two documents
credit the same words to different people."""

# By how the speaker was found, whether a cue stands in the quote's sentence, and the kind of
# quote: utterance (someone's words) or fragment (a few quoted words in the writer's sentence).
_PERSON: dict[tuple[str, bool, str], float] = {
    ("explicit", True, "utterance"): 0.97,
    ("surname", True, "utterance"): 0.97,
    ("explicit", True, "fragment"): 0.93,
    ("surname", True, "fragment"): 0.95,
    ("label", True, "utterance"): 0.95,
    ("label", False, "utterance"): 0.95,
    ("label", False, "fragment"): 0.95,
    ("explicit", False, "utterance"): 0.8,
    ("surname", False, "utterance"): 0.8,
    ("explicit", False, "fragment"): 0.7,
    ("surname", False, "fragment"): 0.75,
    ("pronoun", True, "utterance"): 0.85,
    ("pronoun", True, "fragment"): 0.85,
    ("pronoun", False, "utterance"): 0.75,
    ("pronoun", False, "fragment"): 0.75,
    ("continuation", False, "utterance"): 0.8,
    ("continuation", False, "fragment"): 0.75,
    ("continuation", True, "utterance"): 0.8,
    ("continuation", True, "fragment"): 0.75,
    ("role", True, "utterance"): 0.6,
    ("role", True, "fragment"): 0.6,
    ("role", False, "utterance"): 0.5,
    ("role", False, "fragment"): 0.5,
}
_SINGLE_WORD = 0.85
_ORGANIZATION_CUED = 0.9
_ORGANIZATION = 0.7
_UNKNOWN = 0.3  # "it", "I" outside a transcript, a writing whose author is not said
_OTHER = 0.5


def speaker_confidence(quote: Quote) -> float:
    """The confidence of a quote's speaker (0 to 1): how often a speaker found this way is
    the right person, and no more than the confidence a step of resolution already gave it
    (a surname several people share). A quote without a speaker has none: 0."""
    speaker = quote.speaker
    if speaker is None:
        return 0.0
    if speaker.kind == "unknown":
        return min(_UNKNOWN, speaker.confidence)
    cued = quote.cue is not None
    if speaker.kind == "organization":
        direct = cued and speaker.resolved_by == "explicit"
        return min(_ORGANIZATION_CUED if direct else _ORGANIZATION, speaker.confidence)
    found = _PERSON.get((speaker.resolved_by, cued, quote.kind), _OTHER)
    if speaker.resolved_by == "explicit" and " " not in speaker.name.strip():
        # one word, and the document never gives a full name: right 0.939 of the time on the
        # corpus, but on other news this is where a stray capitalised word ("Twitter",
        # "Conservative", "Lighthouse") is taken for a speaker
        found = min(found, _SINGLE_WORD)
    return min(found, speaker.confidence)


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
