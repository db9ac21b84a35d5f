"""Speaker names: the title "Speaker", half parentheses of "X (ACRONYM)",
"Office of the X" bodies NER cut short, on hand-built Docs and pure helpers
(no model)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from tests.factories import entity_kinds, rows_doc

from whosaid.actors.body_speakers import body_head
from whosaid.entities.name_case import without_brackets
from whosaid.entities.name_spans import strip_titles
from whosaid.speakers.mentions import build_index

NLP = spacy.blank("en")


def _doc(rows: list[tuple[str, str, str, int, str]], ents: list[str]) -> Doc:
    return rows_doc(NLP.vocab, rows, ents)


def _stripped(name: str) -> str:
    start, end = strip_titles(name, 0, len(name))
    return name[start:end]


def test_the_title_speaker_is_no_part_of_a_name() -> None:
    assert _stripped("Speaker Martin Romualdez") == "Martin Romualdez"
    assert _stripped("Speaker") == "Speaker"  # the role noun alone stays


def test_a_half_parenthesis_is_cut_from_a_name() -> None:
    assert without_brackets("National Democratic Congress (NDC") == (
        "National Democratic Congress"
    )
    assert without_brackets("National Institute of Meteorology (Inmet)") == (
        "National Institute of Meteorology"
    )


def test_a_closed_parenthesis_inside_a_name_stays() -> None:
    assert without_brackets("Daniel (Dan) Smith") == "Daniel (Dan) Smith"
    assert without_brackets("(NDC") == "(NDC"
    assert without_brackets("Party (of the Left wing)") == "Party (of the Left wing)"


def test_an_office_of_a_title_keeps_its_whole_name() -> None:
    # "The Office of the Vice President said ." NER's ORG ends at "Vice"
    doc = _doc(
        [
            ("The", "DET", "det", 1, " "),
            ("Office", "PROPN", "nsubj", 6, " "),
            ("of", "ADP", "prep", 1, " "),
            ("the", "DET", "det", 5, " "),
            ("Vice", "PROPN", "compound", 5, " "),
            ("President", "PROPN", "pobj", 2, " "),
            ("said", "VERB", "ROOT", 6, ""),
            (".", "PUNCT", "punct", 6, ""),
        ],
        ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O"],
    )
    assert "Office of the Vice President" in entity_kinds(doc)


def test_an_org_never_grows_into_a_word_it_does_not_govern() -> None:
    # "Chief of Army Staff Ana Holm spoke ." NER's ORG "Army"; "Staff" hangs
    # on "of", outside the ORG
    doc = _doc(
        [
            ("Chief", "PROPN", "nsubj", 7, " "),
            ("of", "ADP", "prep", 0, " "),
            ("Army", "PROPN", "compound", 3, " "),
            ("Staff", "PROPN", "pobj", 1, " "),
            ("Ana", "PROPN", "compound", 5, " "),
            ("Holm", "PROPN", "appos", 0, " "),
            (",", "PUNCT", "punct", 0, " "),
            ("spoke", "VERB", "ROOT", 7, ""),
            (".", "PUNCT", "punct", 7, ""),
        ],
        ["O", "O", "B-ORG", "O", "B-PERSON", "I-PERSON", "O", "O", "O"],
    )
    names = entity_kinds(doc)
    assert "Army Staff" not in names
    assert "Army" in names


def test_the_head_of_a_body_name() -> None:
    assert body_head("Office of the Vice President") == "office"
    assert body_head("The army") == "army"
    assert body_head("") == ""


def test_an_honorific_outweighs_the_given_name_table() -> None:
    # "Mrs Jean Holm said so ." ("Jean" is listed as a man's name)
    doc = _doc(
        [
            ("Mrs", "PROPN", "compound", 2, " "),
            ("Jean", "PROPN", "compound", 2, " "),
            ("Holm", "PROPN", "nsubj", 3, " "),
            ("said", "VERB", "ROOT", 3, " "),
            ("so", "ADV", "advmod", 3, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
        ["O", "B-PERSON", "I-PERSON", "O", "O", "O"],
    )
    _, ds = build_index(doc, [], [])
    holm = next(e for e in ds.entities.values() if e.name == "Jean Holm")
    assert holm.gender == "f"
