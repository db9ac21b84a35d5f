"""A name set off by commas after a description is the speaker (issue #9):
"A taxi driver in Lagos, Musa Bello, said …" is Musa Bello however the parser
hung the name, and he is the antecedent of a later "He" (hand-built parses,
no statistical model)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from tests.factories import rows_doc

from whosaid.records import Attribution, Span
from whosaid.speakers import resolve_speakers
from whosaid.speakers.apposed import apposed_name, is_description, untagged_name
from whosaid.speakers.mentions import build_index

NLP = spacy.blank("en")

TAGS = {"NOUN": "NN", "VERB": "VBD", "DET": "DT", "PROPN": "NNP", "ADP": "IN"}


def _said(doc: Doc, source: str, content: str, cue: str) -> Attribution:
    text = doc.text
    start = text.index(source)
    at = text.index(cue, start + len(source))
    body = text.index(content, at)
    return Attribution(
        id=f"t:a{start}",
        kind="indirect",
        source=(Span.of(text, start, start + len(source)),),
        cue=(Span.of(text, at, at + len(cue)),),
        content=(Span.of(text, body, body + len(content)),),
        speaker=None,
        confidence=1.0,
        method="test",
    )


def _taxi_driver(tagged: bool = True) -> Doc:
    # "A taxi driver in Lagos , Musa Bello , said prices doubled .
    #  He told reporters he was broke ." (the parser hangs the name on Lagos)
    rows = [
        ("A", "DET", "det", 2, " "),
        ("taxi", "NOUN", "compound", 2, " "),
        ("driver", "NOUN", "nsubj", 9, " "),
        ("in", "ADP", "prep", 2, " "),
        ("Lagos", "PROPN", "pobj", 3, ""),
        (",", "PUNCT", "punct", 4, " "),
        ("Musa", "PROPN", "compound", 7, " "),
        ("Bello", "PROPN", "appos", 4, ""),
        (",", "PUNCT", "punct", 4, " "),
        ("said", "VERB", "ROOT", 9, " "),
        ("prices", "NOUN", "nsubj", 11, " "),
        ("doubled", "VERB", "ccomp", 9, ""),
        (".", "PUNCT", "punct", 9, " "),
        ("He", "PRON", "nsubj", 14, " "),
        ("told", "VERB", "ROOT", 14, " "),
        ("reporters", "NOUN", "dobj", 14, " "),
        ("he", "PRON", "nsubj", 17, " "),
        ("was", "AUX", "ccomp", 14, " "),
        ("broke", "ADJ", "acomp", 17, ""),
        (".", "PUNCT", "punct", 14, ""),
    ]
    ents = ["O"] * len(rows)
    ents[4] = "B-GPE"
    if tagged:
        ents[6], ents[7] = "B-PERSON", "I-PERSON"
    doc = rows_doc(NLP.vocab, rows, ents)
    for tok in doc:
        tok.tag_ = TAGS.get(tok.pos_, "")
    doc[15].tag_ = doc[10].tag_ = "NNS"
    doc[13].tag_ = doc[16].tag_ = "PRP"
    return doc


def test_the_name_after_a_description_is_the_speaker() -> None:
    doc = _taxi_driver()
    a = _said(doc, "A taxi driver in Lagos, Musa Bello,", "prices doubled", "said")
    b = _said(doc, "He", "he was broke", "told")
    first, second = resolve_speakers(doc, [a, b])
    assert first.speaker is not None and first.speaker.name == "Musa Bello"
    assert first.speaker.resolved_by == "appositive"
    # not the anonymous "taxi driver" nor the place: and the later pronoun
    # goes to him
    assert second.speaker is not None and second.speaker.name == "Musa Bello"
    assert second.speaker.resolved_by == "pronoun"


def test_apposed_name_finds_the_comma_set_person() -> None:
    doc = _taxi_driver()
    ix, _ = build_index(doc, [], [])
    found = apposed_name(ix, doc[0:9])
    assert found is not None and doc.text[found.start : found.end] == "Musa Bello"
    assert apposed_name(ix, doc[6:8]) is None  # the name alone: no description
    assert apposed_name(ix, doc[3:9]) is None  # "in Lagos, …": no description


def test_a_source_cut_before_the_comma_takes_the_name_after_it() -> None:
    # the tagger's source is only "A taxi driver in Lagos"
    doc = _taxi_driver()
    ix, _ = build_index(doc, [], [])
    found = apposed_name(ix, doc[0:5])
    assert found is not None and doc.text[found.start : found.end] == "Musa Bello"
    assert apposed_name(ix, doc[4:5]) is None  # "Lagos" describes no one


def _list_of_names() -> Doc:
    # "Boris Johnson , Jo Swinson and Ed Davey said"
    rows = [
        ("Boris", "PROPN", "compound", 1, " "),
        ("Johnson", "PROPN", "nsubj", 8, ""),
        (",", "PUNCT", "punct", 1, " "),
        ("Jo", "PROPN", "compound", 4, " "),
        ("Swinson", "PROPN", "conj", 1, " "),
        ("and", "CCONJ", "cc", 4, " "),
        ("Ed", "PROPN", "compound", 7, " "),
        ("Davey", "PROPN", "conj", 4, " "),
        ("said", "VERB", "ROOT", 8, ""),
    ]
    ents = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O"]
    ents += ["B-PERSON", "I-PERSON", "O"]
    doc = rows_doc(NLP.vocab, rows, ents)
    for tok in doc:
        tok.tag_ = TAGS.get(tok.pos_, "")
    return doc


def test_a_list_of_names_is_no_apposition() -> None:
    doc = _list_of_names()
    ix, _ = build_index(doc, [], [])
    assert apposed_name(ix, doc[0:8]) is None


def test_a_description_carries_a_common_noun_or_a_title() -> None:
    doc = NLP("A 52-year-old nurse")
    doc[0].pos_, doc[-1].pos_ = "DET", "NOUN"
    assert is_description(list(doc))
    speaker = NLP("The outgoing Speaker of the National Assembly")
    assert is_description(list(speaker))  # "Speaker" is a title
    names = NLP("Boris Johnson")
    for tok in names:
        tok.pos_ = "PROPN"
    assert not is_description(list(names))
    dated = NLP("On Monday")
    dated[0].pos_ = "ADP"
    assert not is_description(list(dated))


def test_a_name_ner_left_untagged_is_the_speaker_too() -> None:
    doc = _taxi_driver(tagged=False)
    ix, _ = build_index(doc, [], [])
    assert untagged_name(ix, doc[0:9]) == (6, 8)
    assert untagged_name(ix, doc[3:9]) is None  # "in Lagos, …": no description
    a = _said(doc, "A taxi driver in Lagos, Musa Bello,", "prices doubled", "said")
    b = _said(doc, "He", "he was broke", "told")
    first, second = resolve_speakers(doc, [a, b])
    assert first.speaker is not None and first.speaker.name == "Musa Bello"
    assert second.speaker is not None and second.speaker.name == "Musa Bello"
