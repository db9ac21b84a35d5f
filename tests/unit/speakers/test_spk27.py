"""Speaker choices of session 16 (spk27, issue #9), on hand-built parses (no
statistical model): a self-given name is a person of its own, a
spokesperson's modifiers name the body, a counting source is the persons just
named, a clause source is its subject, a ministry nominal keeps its
portfolio, a body is its head phrase, an occupation plural is a group."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from tests.factories import rows_doc

from whosaid.records import Attribution, Span
from whosaid.speakers import resolve_speakers
from whosaid.speakers.portfolios import portfolio_clash

NLP = spacy.blank("en")
TAGS = {
    "NOUN": "NN",
    "VERB": "VBD",
    "DET": "DT",
    "PROPN": "NNP",
    "ADP": "IN",
    "PRON": "PRP",
    "ADJ": "JJ",
}

Row = tuple[str, str, str, int, str]


def _doc(rows: list[Row], ents: dict[int, str], plural: tuple[int, ...] = ()) -> Doc:
    """A Doc of the rows; ``ents`` maps a token to its BIO tag; ``plural``
    tokens are tagged NNS; participles after "constituted" VBN."""
    tags = ["O"] * len(rows)
    for i, tag in ents.items():
        tags[i] = tag
    doc = rows_doc(NLP.vocab, rows, tags)
    for tok in doc:
        tok.tag_ = TAGS.get(tok.pos_, "")
        if tok.lower_ == "constituted":
            tok.tag_ = "VBN"
        if tok.lower_ == "summoned":
            tok.tag_ = "VBD"
    for i in plural:
        doc[i].tag_ = "NNS"
    return doc


def _said(doc: Doc, source: str, cue: str, content: str, nth: int = 0) -> Attribution:
    text = doc.text
    start = -1
    for _ in range(nth + 1):
        start = text.index(source, start + 1)
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


def test_spk27_a_name_given_as_is_a_person_of_its_own() -> None:
    # "A resident of the Mbare suburb , who gave his name only as Tendai ,
    #  said he heard gunfire ." (NER took both names for bodies)
    rows: list[Row] = [
        ("A", "DET", "det", 1, " "),
        ("resident", "NOUN", "nsubj", 15, " "),
        ("of", "ADP", "prep", 1, " "),
        ("the", "DET", "det", 5, " "),
        ("Mbare", "PROPN", "compound", 5, " "),
        ("suburb", "NOUN", "pobj", 2, ""),
        (",", "PUNCT", "punct", 5, " "),
        ("who", "PRON", "nsubj", 8, " "),
        ("gave", "VERB", "relcl", 5, " "),
        ("his", "PRON", "poss", 10, " "),
        ("name", "NOUN", "dobj", 8, " "),
        ("only", "ADV", "advmod", 12, " "),
        ("as", "ADP", "prep", 8, " "),
        ("Tendai", "PROPN", "pobj", 12, ""),
        (",", "PUNCT", "punct", 1, " "),
        ("said", "VERB", "ROOT", 15, " "),
        ("he", "PRON", "nsubj", 17, " "),
        ("heard", "VERB", "ccomp", 15, " "),
        ("gunfire", "NOUN", "dobj", 17, ""),
        (".", "PUNCT", "punct", 15, ""),
    ]
    doc = _doc(rows, {4: "B-ORG", 13: "B-ORG"})
    source = "A resident of the Mbare suburb, who gave his name only as Tendai,"
    (found,) = resolve_speakers(doc, [_said(doc, source, "said", "he heard")])
    assert found.speaker is not None and found.speaker.name == "Tendai"


def test_spk27_a_first_name_given_is_not_a_longer_name() -> None:
    # "Htin Kyaw spoke . A demonstrator who gave only his first name , Kyaw ,
    #  said talks failed ."
    rows: list[Row] = [
        ("Htin", "PROPN", "compound", 1, " "),
        ("Kyaw", "PROPN", "nsubj", 2, " "),
        ("spoke", "VERB", "ROOT", 2, ""),
        (".", "PUNCT", "punct", 2, " "),
        ("A", "DET", "det", 5, " "),
        ("demonstrator", "NOUN", "nsubj", 15, " "),
        ("who", "PRON", "nsubj", 7, " "),
        ("gave", "VERB", "relcl", 5, " "),
        ("only", "ADV", "advmod", 11, " "),
        ("his", "PRON", "poss", 11, " "),
        ("first", "ADJ", "amod", 11, " "),
        ("name", "NOUN", "dobj", 7, ""),
        (",", "PUNCT", "punct", 5, " "),
        ("Kyaw", "PROPN", "appos", 5, ""),
        (",", "PUNCT", "punct", 5, " "),
        ("said", "VERB", "ROOT", 15, " "),
        ("talks", "NOUN", "nsubj", 17, " "),
        ("failed", "VERB", "ccomp", 15, ""),
        (".", "PUNCT", "punct", 15, ""),
    ]
    doc = _doc(rows, {0: "B-PERSON", 1: "I-PERSON", 13: "B-PERSON"})
    source = "A demonstrator who gave only his first name, Kyaw,"
    (found,) = resolve_speakers(doc, [_said(doc, source, "said", "talks failed")])
    assert found.speaker is not None and found.speaker.name == "Kyaw"


def test_spk27_a_spokesperson_modified_by_a_body_speaks_for_it() -> None:
    # "A German government spokesman said rules held ."
    rows: list[Row] = [
        ("A", "DET", "det", 3, " "),
        ("German", "ADJ", "amod", 3, " "),
        ("government", "NOUN", "compound", 3, " "),
        ("spokesman", "NOUN", "nsubj", 4, " "),
        ("said", "VERB", "ROOT", 4, " "),
        ("rules", "NOUN", "nsubj", 6, " "),
        ("held", "VERB", "ccomp", 4, ""),
        (".", "PUNCT", "punct", 4, ""),
    ]
    doc = _doc(rows, {1: "B-NORP"}, plural=(5,))
    source = "A German government spokesman"
    (found,) = resolve_speakers(doc, [_said(doc, source, "said", "rules held")])
    assert found.speaker is not None and found.speaker.name == "German government"


def test_spk27_a_count_is_the_persons_just_named() -> None:
    # "Angela Merkel met Emmanuel Macron . The two said talks went well ."
    rows: list[Row] = [
        ("Angela", "PROPN", "compound", 1, " "),
        ("Merkel", "PROPN", "nsubj", 2, " "),
        ("met", "VERB", "ROOT", 2, " "),
        ("Emmanuel", "PROPN", "compound", 4, " "),
        ("Macron", "PROPN", "dobj", 2, ""),
        (".", "PUNCT", "punct", 2, " "),
        ("The", "DET", "det", 7, " "),
        ("two", "NUM", "nsubj", 8, " "),
        ("said", "VERB", "ROOT", 8, " "),
        ("talks", "NOUN", "nsubj", 10, " "),
        ("went", "VERB", "ccomp", 8, " "),
        ("well", "ADV", "advmod", 10, ""),
        (".", "PUNCT", "punct", 8, ""),
    ]
    ents = {0: "B-PERSON", 1: "I-PERSON", 3: "B-PERSON", 4: "I-PERSON"}
    doc = _doc(rows, ents, plural=(9,))
    (found,) = resolve_speakers(doc, [_said(doc, "The two", "said", "talks went")])
    assert found.speaker is not None and found.speaker.name == "Angela Merkel"
    assert [c.name for c in found.co_speakers] == ["Emmanuel Macron"]


def test_spk27_a_clause_source_is_its_subject() -> None:
    # "Taro Kono summoned Nam Gwan and said talks failed ."
    rows: list[Row] = [
        ("Taro", "PROPN", "compound", 1, " "),
        ("Kono", "PROPN", "nsubj", 2, " "),
        ("summoned", "VERB", "ROOT", 2, " "),
        ("Nam", "PROPN", "compound", 4, " "),
        ("Gwan", "PROPN", "dobj", 2, " "),
        ("and", "CCONJ", "cc", 2, " "),
        ("said", "VERB", "conj", 2, " "),
        ("talks", "NOUN", "nsubj", 8, " "),
        ("failed", "VERB", "ccomp", 6, ""),
        (".", "PUNCT", "punct", 2, ""),
    ]
    ents = {0: "B-PERSON", 1: "I-PERSON", 3: "B-PERSON", 4: "I-PERSON"}
    doc = _doc(rows, ents, plural=(7,))
    source = "Taro Kono summoned Nam Gwan"
    (found,) = resolve_speakers(doc, [_said(doc, source, "said", "talks failed")])
    assert found.speaker is not None and found.speaker.name == "Taro Kono"


def test_spk27_portfolio_clash() -> None:
    assert portfolio_clash(["defense"], "Ministry of Foreign Affairs")
    assert not portfolio_clash(["defence"], "Ministry of National Defense")
    assert not portfolio_clash(["foreign"], "Ministry of Foreign Affairs")
    assert not portfolio_clash(["Japanese"], "Ministry of Foreign Affairs")


def test_spk27_a_body_is_its_head_phrase_not_the_name_it_was_made_under() -> None:
    # "The tribunal constituted under the United Nations Convention said
    #  talks failed ."
    rows: list[Row] = [
        ("The", "DET", "det", 1, " "),
        ("tribunal", "NOUN", "nsubj", 8, " "),
        ("constituted", "VERB", "acl", 1, " "),
        ("under", "ADP", "prep", 2, " "),
        ("the", "DET", "det", 7, " "),
        ("United", "PROPN", "compound", 6, " "),
        ("Nations", "PROPN", "compound", 7, " "),
        ("Convention", "PROPN", "pobj", 3, " "),
        ("said", "VERB", "ROOT", 8, " "),
        ("talks", "NOUN", "nsubj", 10, " "),
        ("failed", "VERB", "ccomp", 8, ""),
        (".", "PUNCT", "punct", 8, ""),
    ]
    doc = _doc(rows, {5: "B-ORG", 6: "I-ORG", 7: "I-ORG"}, plural=(9,))
    source = "The tribunal constituted under the United Nations Convention"
    (found,) = resolve_speakers(doc, [_said(doc, source, "said", "talks failed")])
    assert found.speaker is not None
    assert "Convention" not in (found.speaker.name or "")


def test_spk27_an_occupation_plural_is_a_group_not_its_modifier() -> None:
    # "Tuoi Tre reporters said talks failed ." (NER took the paper for a person)
    rows: list[Row] = [
        ("Tuoi", "PROPN", "compound", 1, " "),
        ("Tre", "PROPN", "compound", 2, " "),
        ("reporters", "NOUN", "nsubj", 3, " "),
        ("said", "VERB", "ROOT", 3, " "),
        ("talks", "NOUN", "nsubj", 5, " "),
        ("failed", "VERB", "ccomp", 3, ""),
        (".", "PUNCT", "punct", 3, ""),
    ]
    doc = _doc(rows, {0: "B-PERSON", 1: "I-PERSON"}, plural=(2, 4))
    source = "Tuoi Tre reporters"
    (found,) = resolve_speakers(doc, [_said(doc, source, "said", "talks failed")])
    assert found.speaker is not None and found.speaker.name != "Tuoi Tre"


def test_spk27_a_relative_on_a_document_is_its_issuer() -> None:
    # "after a ruling by the Court which said judges could act ."
    rows: list[Row] = [
        ("after", "ADP", "ROOT", 0, " "),
        ("a", "DET", "det", 2, " "),
        ("ruling", "NOUN", "pobj", 0, " "),
        ("by", "ADP", "prep", 2, " "),
        ("the", "DET", "det", 5, " "),
        ("Court", "PROPN", "pobj", 3, " "),
        ("which", "PRON", "nsubj", 7, " "),
        ("said", "VERB", "relcl", 2, " "),
        ("judges", "NOUN", "nsubj", 10, " "),
        ("could", "AUX", "aux", 10, " "),
        ("act", "VERB", "ccomp", 7, ""),
        (".", "PUNCT", "punct", 0, ""),
    ]
    doc = _doc(rows, {4: "B-ORG", 5: "I-ORG"}, plural=(8,))
    (found,) = resolve_speakers(doc, [_said(doc, "which", "said", "judges could")])
    assert found.speaker is not None and found.speaker.name == "Court"


def test_spk27_a_body_modifier_gives_no_gender() -> None:
    # "Horst Seehofer , the head of the sister party , spoke . He said it failed ."
    rows: list[Row] = [
        ("Horst", "PROPN", "compound", 1, " "),
        ("Seehofer", "PROPN", "nsubj", 10, ""),
        (",", "PUNCT", "punct", 1, " "),
        ("the", "DET", "det", 4, " "),
        ("head", "NOUN", "appos", 1, " "),
        ("of", "ADP", "prep", 4, " "),
        ("the", "DET", "det", 8, " "),
        ("sister", "NOUN", "compound", 8, " "),
        ("party", "NOUN", "pobj", 5, ""),
        (",", "PUNCT", "punct", 1, " "),
        ("spoke", "VERB", "ROOT", 10, ""),
        (".", "PUNCT", "punct", 10, " "),
        ("He", "PRON", "nsubj", 13, " "),
        ("said", "VERB", "ROOT", 13, " "),
        ("it", "PRON", "nsubj", 15, " "),
        ("failed", "VERB", "ccomp", 13, ""),
        (".", "PUNCT", "punct", 13, ""),
    ]
    doc = _doc(rows, {0: "B-PERSON", 1: "I-PERSON"})
    (found,) = resolve_speakers(doc, [_said(doc, "He", "said", "it failed")])
    assert found.speaker is not None and found.speaker.name == "Horst Seehofer"
