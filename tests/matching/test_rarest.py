"""A short quote whose every word is common in the archive (past ``max_df``) is still looked
up by its rarest words, in up to ``RARE_CAP * max_df`` places each; past that it is not: the
work of one quote stays bounded however large the archive."""

from __future__ import annotations

from quoteverify import Config, Document, corroborate
from quoteverify.matching.index import RARE_CAP

SAID = "Harbour tolls will rise again next spring for lorries"
# two words changed, so no four words in a row are shared with what was said; the changed
# words are found nowhere else, and must not stand in for the rarest shared ones
WRITTEN = "Harbour tolls should rise again next summer for lorries"
SHARED = ("Harbour", "tolls", "rise", "again", "next", "for", "lorries")
MAX_DF = 2


def archive(places: int) -> list[Document]:
    """The source, the article that changed its words, and ``places`` other quotes holding
    each shared word (one shared word to a quote, so none of them is a candidate)."""
    documents = [
        Document("source", f'"{SAID}," Mayor Ana Ruiz said.'),
        Document("article", f'Ruiz said: "{WRITTEN}."'),
    ]
    for word in SHARED:
        for k in range(places):
            filler = " ".join(f"zq{word}{k}{letter}" for letter in "abc")
            documents.append(Document(f"{word}-{k}", f'"{word} {filler}," Ben Ode said.'))
    return documents


def status(count: int) -> str:
    """The article's status when each shared word is in ``count`` places (the source and the
    article hold one each)."""
    report = corroborate(archive(count - 2), config=Config(max_df=MAX_DF))
    [finding] = [f for f in report.findings if f.doc_id == "article"]
    return finding.status


def test_a_short_quote_of_common_words_is_found_by_its_rarest_words() -> None:
    assert status(MAX_DF + 1) == "altered"
    assert status(RARE_CAP * MAX_DF) == "altered"


def test_past_the_cap_its_words_are_not_looked_up() -> None:
    assert status(RARE_CAP * MAX_DF + 1) == "uncorroborated"
