"""Salience, appositive sources and name starts on hand-built Docs (no
model): which subjects count, which names a source stands for."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from tests.factories import entity_kinds

from whosaid.records import Span
from whosaid.speakers.joint import joint_groups
from whosaid.speakers.mentions import build_index
from whosaid.speakers.model import main_clause_subject

NLP = spacy.blank("en")


def _doc(rows: list[tuple[str, str, str, int]]) -> Doc:
    """Rows of (word, pos, dep, head index); a space after every word."""
    return Doc(
        NLP.vocab,
        words=[r[0] for r in rows],
        pos=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        heads=[r[3] for r in rows],
    )


def test_the_subject_of_a_reported_clause_is_no_sentence_subject() -> None:
    # "Okoro said the levy had hurt exporters ."
    doc = _doc(
        [
            ("Okoro", "PROPN", "nsubj", 1),
            ("said", "VERB", "ROOT", 1),
            ("the", "DET", "det", 3),
            ("levy", "NOUN", "nsubj", 5),
            ("had", "AUX", "aux", 5),
            ("hurt", "VERB", "ccomp", 1),
            ("exporters", "NOUN", "dobj", 5),
            (".", "PUNCT", "punct", 1),
        ]
    )
    assert main_clause_subject(doc[0])
    assert not main_clause_subject(doc[3])
    assert not main_clause_subject(doc[6])  # no subject at all


def test_a_reported_clause_with_a_second_verb_is_still_reported() -> None:
    # "Okoro said Lind met Ferro and agreed ." ("agreed" hangs on "met")
    doc = _doc(
        [
            ("Okoro", "PROPN", "nsubj", 1),
            ("said", "VERB", "ROOT", 1),
            ("Lind", "PROPN", "nsubj", 3),
            ("met", "VERB", "ccomp", 1),
            ("Ferro", "PROPN", "dobj", 3),
            ("and", "CCONJ", "cc", 3),
            ("Lind", "PROPN", "nsubj", 7),
            ("agreed", "VERB", "conj", 3),
            (".", "PUNCT", "punct", 1),
        ]
    )
    assert not main_clause_subject(doc[2])
    assert not main_clause_subject(doc[6])


def test_a_clause_before_its_verb_is_no_report() -> None:
    # "Hale , whose party won , told reporters ." parsed with "won" as the
    # complement of "told": Hale still opens the sentence as its subject
    doc = _doc(
        [
            ("Hale", "PROPN", "nsubj", 4),
            (",", "PUNCT", "punct", 0),
            ("whose", "DET", "poss", 3),
            ("party", "NOUN", "nsubj", 4),
            ("won", "VERB", "ccomp", 6),
            (",", "PUNCT", "punct", 4),
            ("told", "VERB", "ROOT", 6),
            ("reporters", "NOUN", "dobj", 6),
            (".", "PUNCT", "punct", 6),
        ]
    )
    assert main_clause_subject(doc[0])  # "Hale" hangs on "won" here
    assert main_clause_subject(doc[3])


def _ents_doc(rows: list[tuple[str, str, str, int]], ents: list[str]) -> Doc:
    doc = _doc(rows)
    return Doc(
        NLP.vocab,
        words=[t.text for t in doc],
        pos=[t.pos_ for t in doc],
        deps=[t.dep_ for t in doc],
        heads=[t.head.i for t in doc],
        ents=ents,
    )


def test_a_given_name_ner_left_out_joins_the_name() -> None:
    # "Interior Ministry spokesman Dalibor Ostrava said ." with PERSON
    # "Ostrava" only
    doc = _ents_doc(
        [
            ("Interior", "PROPN", "compound", 1),
            ("Ministry", "PROPN", "compound", 2),
            ("spokesman", "NOUN", "compound", 4),
            ("Dalibor", "PROPN", "compound", 4),
            ("Ostrava", "PROPN", "nsubj", 5),
            ("said", "VERB", "ROOT", 5),
            (".", "PUNCT", "punct", 5),
        ],
        ["B-ORG", "I-ORG", "O", "O", "B-PERSON", "O", "O"],
    )
    assert entity_kinds(doc)["Dalibor Ostrava"] == "person"


def test_a_given_name_tagged_as_an_interjection_joins_the_name() -> None:
    # "Íñigo Salcedo Ruiz said ." with PERSON "Salcedo Ruiz"
    doc = _ents_doc(
        [
            ("Íñigo", "INTJ", "compound", 2),
            ("Salcedo", "PROPN", "compound", 2),
            ("Ruiz", "PROPN", "nsubj", 3),
            ("said", "VERB", "ROOT", 3),
            (".", "PUNCT", "punct", 3),
        ],
        ["O", "B-PERSON", "I-PERSON", "O", "O"],
    )
    assert "Íñigo Salcedo Ruiz" in entity_kinds(doc)


def test_a_title_or_place_before_a_name_stays_out() -> None:
    # "Minister Ostrava said ." and "Lagos Ostrava said ." (Lagos a GPE
    # elsewhere: "in Lagos")
    titled = _ents_doc(
        [
            ("Minister", "PROPN", "compound", 1),
            ("Ostrava", "PROPN", "nsubj", 2),
            ("said", "VERB", "ROOT", 2),
            (".", "PUNCT", "punct", 2),
        ],
        ["O", "B-PERSON", "O", "O"],
    )
    assert entity_kinds(titled) == {"Ostrava": "person"}
    placed = _ents_doc(
        [
            ("Lagos", "PROPN", "compound", 1),
            ("Ostrava", "PROPN", "nsubj", 2),
            ("said", "VERB", "ROOT", 2),
            ("in", "ADP", "prep", 2),
            ("Lagos", "PROPN", "pobj", 3),
            (".", "PUNCT", "punct", 2),
        ],
        ["O", "B-PERSON", "O", "O", "B-GPE", "O"],
    )
    assert "Lagos Ostrava" not in entity_kinds(placed)


def test_a_place_tagged_name_after_a_role_is_a_person() -> None:
    # "Its spokesperson , Themba Ndlovana , told reporters ." with the GPE
    # "Ndlovana"
    doc = _ents_doc(
        [
            ("Its", "PRON", "poss", 1),
            ("spokesperson", "NOUN", "nsubj", 6),
            (",", "PUNCT", "punct", 1),
            ("Themba", "PROPN", "compound", 4),
            ("Ndlovana", "PROPN", "appos", 1),
            (",", "PUNCT", "punct", 1),
            ("told", "VERB", "ROOT", 6),
            ("reporters", "NOUN", "dobj", 6),
            (".", "PUNCT", "punct", 6),
        ],
        ["O", "O", "O", "O", "B-GPE", "O", "O", "O", "O"],
    )
    assert entity_kinds(doc) == {"Themba Ndlovana": "person"}


def test_a_place_the_parse_puts_outside_a_name_is_cut() -> None:
    # "Envoy to Tirana Jeff Marlow said ." with PERSON over "Tirana Jeff
    # Marlow" and "Tirana" the object of "to" (no GPE anywhere)
    doc = _ents_doc(
        [
            ("Envoy", "PROPN", "nsubj", 5),
            ("to", "ADP", "prep", 0),
            ("Tirana", "PROPN", "pobj", 1),
            ("Jeff", "PROPN", "compound", 4),
            ("Marlow", "PROPN", "appos", 0),
            ("said", "VERB", "ROOT", 5),
            (".", "PUNCT", "punct", 5),
        ],
        ["O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O"],
    )
    names = entity_kinds(doc)
    assert names.get("Jeff Marlow") == "person"
    assert "Tirana Jeff Marlow" not in names


def test_a_rank_before_a_name_stays_out() -> None:
    # "Major Idris Kante said ." with PERSON "Idris Kante"
    doc = _ents_doc(
        [
            ("Major", "PROPN", "compound", 2),
            ("Idris", "PROPN", "compound", 2),
            ("Kante", "PROPN", "nsubj", 3),
            ("said", "VERB", "ROOT", 3),
            (".", "PUNCT", "punct", 3),
        ],
        ["O", "B-PERSON", "I-PERSON", "O", "O"],
    )
    assert entity_kinds(doc) == {"Idris Kante": "person"}


def test_a_hyphenated_name_before_a_role_appositive_is_a_person() -> None:
    # "Choi Jae - won , a professor , said ." (no entity; the parser splits
    # the hyphenated given name)
    rows = [
        ("Choi", "PROPN", "compound", 1),
        ("Jae", "PROPN", "nsubj", 8),
        ("-", "PROPN", "nsubj", 8),
        ("won", "PROPN", "nsubj", 8),
        (",", "PUNCT", "punct", 3),
        ("a", "DET", "det", 6),
        ("professor", "NOUN", "appos", 3),
        (",", "PUNCT", "punct", 3),
        ("said", "VERB", "ROOT", 8),
        (".", "PUNCT", "punct", 8),
    ]
    doc = Doc(
        NLP.vocab,
        words=[r[0] for r in rows],
        spaces=[True, False, False, False, True, True, False, True, False, False],
        pos=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        heads=[r[3] for r in rows],
    )
    assert entity_kinds(doc) == {"Choi Jae-won": "person"}


def test_a_name_a_thing_owns_in_its_appositive_is_a_body() -> None:
    # "Kordex Chem , its smaller rival , said ." with NER's PERSON
    doc = _ents_doc(
        [
            ("Kordex", "PROPN", "compound", 1),
            ("Chem", "PROPN", "nsubj", 7),
            (",", "PUNCT", "punct", 1),
            ("its", "PRON", "poss", 5),
            ("smaller", "ADJ", "amod", 5),
            ("rival", "NOUN", "appos", 1),
            (",", "PUNCT", "punct", 1),
            ("said", "VERB", "ROOT", 7),
            (".", "PUNCT", "punct", 7),
        ],
        ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O"],
    )
    assert entity_kinds(doc) == {"Kordex Chem": "org"}


def test_initials_ner_left_out_join_the_name() -> None:
    # "Justice R K Mehra said ." with PERSON "Mehra"
    doc = _ents_doc(
        [
            ("Justice", "PROPN", "compound", 3),
            ("R", "PROPN", "compound", 3),
            ("K", "PROPN", "compound", 3),
            ("Mehra", "PROPN", "nsubj", 4),
            ("said", "VERB", "ROOT", 4),
            (".", "PUNCT", "punct", 4),
        ],
        ["O", "O", "O", "B-PERSON", "O", "O"],
    )
    assert entity_kinds(doc) == {"R K Mehra": "person"}


def test_bare_plural_groups_joined_by_and_are_one_speaker_each() -> None:
    # "local officials and residents said ."
    doc = _doc(
        [
            ("local", "ADJ", "amod", 1),
            ("officials", "NOUN", "nsubj", 4),
            ("and", "CCONJ", "cc", 1),
            ("residents", "NOUN", "conj", 1),
            ("said", "VERB", "ROOT", 4),
            (".", "PUNCT", "punct", 4),
        ]
    )
    for t in doc:
        t.tag_ = "NNS" if t.text in {"officials", "residents"} else "XX"
    ix, _ = build_index(doc, [], [])
    source = Span.of(doc.text, 0, len("local officials and residents"))
    assert [doc.text[s:e] for s, e in joint_groups(ix, source)] == [
        "local officials",
        "residents",
    ]
    one = Span.of(doc.text, 0, len("local officials"))
    assert joint_groups(ix, one) == []
