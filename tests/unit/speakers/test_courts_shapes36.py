"""Court and document chains (issue #9, branch shapes36): "the judges said"
and "the court said" speak for the court the article names, even where NER
missed its name; "the statement said" for a speaker the sentence splitter
cut; "the decree said" is a document's (hand-built parses, no statistical
model)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from tests.factories import ParsedToken, make_attribution, parsed_doc, span

from whosaid.entities.lexicon import DOC_NOUNS
from whosaid.records import Attribution
from whosaid.speakers.doc_sources import in_sentence
from whosaid.speakers.model import Entity, Event
from whosaid.speakers.resolve import resolve_speakers

NLP = spacy.blank("en")


def _said(doc: Doc, source: str, content: str) -> Attribution:
    return make_attribution(
        id=f"t:{source}",
        kind="indirect",
        source=(span(doc.text, source),),
        content=(span(doc.text, content),),
        confidence=1.0,
    )


def _ruled_then(words: list[ParsedToken]) -> list[ParsedToken]:
    """ "The Constitutional Court ruled . <words> said it ." """
    head = 5 + len(words)
    tokens: list[ParsedToken] = [
        ("The", "DET", "DT", "det", 2),
        ("Constitutional", "PROPN", "NNP", "compound", 2),
        ("Court", "PROPN", "NNP", "nsubj", 3),
        ("ruled", "VERB", "VBD", "ROOT", 3),
        (".", "PUNCT", ".", "punct", 3),
    ]
    tokens += words
    tokens += [
        ("said", "VERB", "VBD", "ROOT", head),
        ("it", "PRON", "PRP", "dobj", head),
        (".", "PUNCT", ".", "punct", head),
    ]
    return tokens


def _speaker(tokens: list[ParsedToken], source: str, **kw: object) -> str | None:
    doc = parsed_doc(NLP.vocab, tokens, **kw)  # type: ignore[arg-type]
    (found,) = resolve_speakers(doc, [_said(doc, source, "it")])
    return None if found.speaker is None else found.speaker.name


def test_the_judges_speak_for_the_court_named_before() -> None:
    words: list[ParsedToken] = [
        ("The", "DET", "DT", "det", 6),
        ("judges", "NOUN", "NNS", "nsubj", 7),
    ]
    tokens = _ruled_then(words)
    named = _speaker(tokens, "The judges", ents=[(1, 3, "ORG")])
    assert named == "Constitutional Court"
    # NER missed the court's name: the text names it after "the"
    assert _speaker(tokens, "The judges") == "Constitutional Court"


def test_the_court_is_the_court_the_text_names_when_ner_missed_it() -> None:
    words: list[ParsedToken] = [
        ("The", "DET", "DT", "det", 6),
        ("court", "NOUN", "NN", "nsubj", 7),
    ]
    assert _speaker(_ruled_then(words), "The court") == "Constitutional Court"


def test_counted_judges_are_no_bare_court() -> None:
    judges: list[ParsedToken] = [
        ("Three", "NUM", "CD", "nummod", 6),
        ("judges", "NOUN", "NNS", "nsubj", 7),
    ]
    assert _speaker(_ruled_then(judges), "Three judges") != "Constitutional Court"


def test_a_speaker_cut_off_its_sentence_still_issues_its_statement() -> None:
    firm = Entity(name="Mossack Fonseca", kind="org", start=10, end=25)
    cut = Event(start=10, end=25, entity=firm, subject=True, speaker=True, masked=False)
    assert in_sentence(cut, 18, 120)  # "Mossack | Fonseca said in a statement"
    assert in_sentence(cut, 0, 120)
    assert not in_sentence(cut, 25, 120)  # a sentence after the name
    assert not in_sentence(cut, 0, 10)


def test_a_decree_is_a_document() -> None:
    assert "decree" in DOC_NOUNS  # "It authorised …, the decree said"
