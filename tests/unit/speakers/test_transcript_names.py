"""Names in capitals from a transcript's speaker labels ("ARI SHAPIRO,
HOST:") are persons, named in normal case."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from whosaid.entities.name_case import (
    normal_case,
    shouted,
    shouted_person,
    transcript_label,
)
from whosaid.entities.quote_ranges import Ranges
from whosaid.speakers.mentions import build_index
from whosaid.speakers.model import DocIndex
from whosaid.speakers.transcripts import label_names

NLP = spacy.blank("en")
TEXT = (
    "ARI SHAPIRO, HOST:\n\nThe court ruled today.\n\n"
    "NINA TOTENBERG, BYLINE: Hi there.\n\nSHAPIRO: So?\n\n"
    "PRESIDENT JOE BIDEN: It is wrong.\n\nThe NATO summit: big news.\n"
    "NPR's Nina Totenberg reports.\n"
)


def test_a_name_in_capitals_is_written_as_the_text_writes_it() -> None:
    assert shouted("ARI SHAPIRO") and not shouted("Ari Shapiro")
    assert not shouted("A B")  # one-letter words are initials
    assert normal_case("NINA TOTENBERG", TEXT) == "Nina Totenberg"
    assert normal_case("ARI SHAPIRO", TEXT) == "Ari Shapiro"
    assert normal_case("JEAN-PIERRE O'BRIEN", "") == "Jean-Pierre O'Brien"
    assert normal_case("Joe Biden", TEXT) == "Joe Biden"


def test_transcript_labels() -> None:
    def label(name: str) -> bool:
        start = TEXT.index(name)
        return transcript_label(TEXT, start, start + len(name))

    assert label("ARI SHAPIRO") and label("JOE BIDEN") and label("SHAPIRO:"[:-1])
    assert not label("NATO")  # mid-line
    start = TEXT.index("ARI SHAPIRO")
    assert shouted_person(TEXT, start, start + 11, "ARI SHAPIRO")
    start = TEXT.index("SHAPIRO:")
    assert not shouted_person(TEXT, start, start + 7, "SHAPIRO")  # one word


def test_label_names_are_person_mentions_named_in_normal_case() -> None:
    doc = NLP(TEXT)
    ix = DocIndex(doc=doc, text=TEXT, exclude=Ranges([]), masked=Ranges([]))
    names = [r.name for r in label_names(ix)]
    assert names == ["ARI SHAPIRO", "NINA TOTENBERG", "JOE BIDEN"]
    # a flat parse: every token its own root
    flat = Doc(
        NLP.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        heads=list(range(len(doc))),
        deps=["ROOT"] * len(doc),
        pos=["PROPN" if t.text[:1].isupper() else "X" for t in doc],
    )
    _ix, ds = build_index(flat, (), ())
    people = {e.name for e in ds.entities.values() if e.kind == "person"}
    assert {"Ari Shapiro", "Nina Totenberg", "Joe Biden"} <= people
