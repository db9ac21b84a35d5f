"""Person names NER cut short, persons it called bodies, unisex given names
(names25, session 15; hand-built Docs, no model)."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc
from tests.factories import (
    ParsedToken,
    actor_draft,
    make_actor,
    make_speaker,
    parsed_doc,
)

from whosaid.actors.linked_speaker_names import _better_name
from whosaid.actors.speaker_links import person_linked_to_body
from whosaid.entities.name_genders import gender_of_first_name
from whosaid.entities.quote_ranges import Ranges
from whosaid.speakers.mentions import _split_person
from whosaid.speakers.model import DocIndex, RawMention
from whosaid.speakers.name_tails import (
    apostrophe_name_head,
    particle_surname_end,
    tagged_surname_end,
)
from whosaid.speakers.person_appositives import (
    aged_before,
    described_person,
    person_appositive,
    relative_clause_gender,
    same_name_persons,
)


@pytest.fixture(scope="module")
def vocab() -> Any:
    return spacy.blank("en").vocab


def _index(doc: Doc, kind_of: dict[str, str] | None = None) -> DocIndex:
    table = kind_of or {}
    return DocIndex(
        doc=doc,
        text=doc.text,
        exclude=Ranges([]),
        masked=Ranges([]),
        kind_of=table.get,
    )


BADRI: list[ParsedToken] = [
    ("Abdalla", "PROPN", "NNP", "compound", 1),
    ("Salem", "PROPN", "NNP", "compound", 4),
    ("el", "PROPN", "NNP", "compound", 4),
    ("-", "PUNCT", "HYPH", "punct", 4),
    ("Badri", "PROPN", "NNP", "nsubj", 5),
    ("said", "VERB", "VBD", "ROOT", 5),
]


def test_names25_particle_surname_joins_the_name(vocab: Any) -> None:
    doc = parsed_doc(
        vocab, BADRI, ents=[(0, 2, "PERSON")], tight=frozenset({"-", "Badri"})
    )
    assert doc.text.startswith("Abdalla Salem el-Badri")
    ent = doc.ents[0]
    assert particle_surname_end(_index(doc), ent, ent.end) == 5


def test_names25_particle_before_a_body_word_stays_out(vocab: Any) -> None:
    tokens = [*BADRI[:4], ("Bank", "PROPN", "NNP", "nsubj", 5), BADRI[5]]
    doc = parsed_doc(
        vocab, tokens, ents=[(0, 2, "PERSON")], tight=frozenset({"-", "Bank"})
    )
    ent = doc.ents[0]
    assert particle_surname_end(_index(doc), ent, ent.end) == ent.end


QURESHI: list[ParsedToken] = [
    ("Minister", "PROPN", "NNP", "compound", 3),
    ("Shah", "PROPN", "NNP", "compound", 3),
    ("Mahmood", "PROPN", "NNP", "compound", 3),
    ("Qureshi", "PROPN", "NNP", "nsubj", 4),
    ("said", "VERB", "VBD", "ROOT", 4),
]


def test_names25_surname_tagged_as_a_place_joins_the_name(vocab: Any) -> None:
    doc = parsed_doc(vocab, QURESHI, ents=[(1, 3, "PERSON"), (3, 4, "GPE")])
    ent = doc.ents[0]
    assert tagged_surname_end(_index(doc), ent, ent.end) == 4


def test_names25_a_known_place_after_a_name_stays_out(vocab: Any) -> None:
    tokens = [*QURESHI[:3], ("Lahore", "PROPN", "NNP", "nsubj", 4), QURESHI[4]]
    doc = parsed_doc(vocab, tokens, ents=[(1, 3, "PERSON"), (3, 4, "GPE")])
    ent = doc.ents[0]
    ix = _index(doc, {"Lahore": "place"})
    assert tagged_surname_end(ix, ent, ent.end) == ent.end


ZEID: list[ParsedToken] = [
    ("Commissioner", "PROPN", "NNP", "nsubj", 5),
    ("Zeid", "PROPN", "NNP", "compound", 4),
    ("Ra'ad", "PROPN", "NNP", "compound", 4),
    ("Al", "PROPN", "NNP", "compound", 4),
    ("Hussein", "PROPN", "NNP", "appos", 0),
    ("said", "VERB", "VBD", "ROOT", 5),
]


def test_names25_apostrophe_given_name_joins_the_name(vocab: Any) -> None:
    doc = parsed_doc(vocab, ZEID, ents=[(3, 5, "PERSON")])
    ent = doc.ents[0]
    assert apostrophe_name_head(_index(doc), ent, ent.start) == 1


def test_names25_no_apostrophe_word_no_change(vocab: Any) -> None:
    tokens = [ZEID[0], ZEID[1], ("Raad", "PROPN", "NNP", "compound", 4), *ZEID[3:]]
    doc = parsed_doc(vocab, tokens, ents=[(3, 5, "PERSON")])
    ent = doc.ents[0]
    assert apostrophe_name_head(_index(doc), ent, ent.start) == ent.start


def test_names25_arabic_al_is_no_cut_point() -> None:
    nlp = spacy.blank("en")
    text = "Commissioner Zeid Ra'ad Al Hussein said so."
    doc = nlp(text)
    ix = DocIndex(doc=doc, text=text, exclude=Ranges([]), masked=Ranges([]))
    name = "Zeid Ra'ad Al Hussein"
    start = text.index(name)
    raw = RawMention(start, start + len(name), "PERSON", name, False)
    assert _split_person(ix, raw).name == name


BERIDZE: list[ParsedToken] = [
    ("Nino", "PROPN", "NNP", "compound", 1),
    ("Beridze", "PROPN", "NNP", "nsubj", 10),
    (",", "PUNCT", ",", "punct", 1),
    ("a", "DET", "DT", "det", 5),
    ("41-year-old", "ADJ", "JJ", "amod", 5),
    ("teacher", "NOUN", "NN", "appos", 1),
    ("who", "PRON", "WP", "nsubj", 7),
    ("lost", "VERB", "VBD", "relcl", 5),
    ("her", "PRON", "PRP$", "poss", 9),
    ("home", "NOUN", "NN", "dobj", 7),
    ("said", "VERB", "VBD", "ROOT", 10),
]


def test_names25_person_appositive_makes_a_facility_a_person(vocab: Any) -> None:
    doc = parsed_doc(vocab, BERIDZE, ents=[(0, 2, "FAC")])
    ix = _index(doc)
    raw = RawMention(0, len("Nino Beridze"), "FAC", "Nino Beridze", False)
    assert person_appositive(ix, raw.start, raw.end)
    assert described_person(ix, raw, ["nino", "beridze"])
    assert relative_clause_gender(doc[0:2]) == "f"


def test_names25_a_company_appositive_is_no_person(vocab: Any) -> None:
    tokens = [
        ("Tata", "PROPN", "NNP", "compound", 1),
        ("Motors", "PROPN", "NNP", "nsubj", 6),
        (",", "PUNCT", ",", "punct", 1),
        ("India", "PROPN", "NNP", "poss", 5),
        ("'s", "PART", "POS", "case", 3),
        ("carmaker", "NOUN", "NN", "appos", 1),
        ("said", "VERB", "VBD", "ROOT", 6),
    ]
    doc = parsed_doc(vocab, tokens, ents=[(0, 2, "ORG")])
    assert not person_appositive(_index(doc), 0, len("Tata Motors"))
    assert relative_clause_gender(doc[0:2]) is None


def test_names25_an_age_before_a_name() -> None:
    text = "brought back 78-year-old Ratan Tata as chairman"
    assert aged_before(text, text.index("Ratan"))
    assert not aged_before(text, text.index("back"))


def test_names25_one_person_mention_makes_every_same_name_a_person() -> None:
    raws = [
        RawMention(0, 10, "ORG", "Ratan Tata", False),
        RawMention(20, 30, "ORG", "Ratan Tata", False),
        RawMention(40, 49, "ORG", "Tata Sons", False),
    ]
    assert same_name_persons(raws, ["person", "org", "org"]) == [
        "person",
        "person",
        "org",
    ]


def test_names25_unisex_given_names_give_no_gender() -> None:
    assert gender_of_first_name("Robin Feld") is None
    assert gender_of_first_name("Andrea Rossi") is None
    assert gender_of_first_name("Linda Chan") == "f"


def _spoken(name: str, text: str) -> Any:
    from tests.factories import span

    return make_speaker(name, mention=span(text, name), resolved_by="name")


def _body(name: str, type_: str, *mentions: tuple[int, int]) -> Any:
    draft = actor_draft(name, type_)
    draft.mentions = list(mentions)
    return draft


def test_names25_person_linked_to_a_body_of_another_name() -> None:
    text = "Ratan Tata wrote to staff."
    speaker = _spoken("Ratan Tata", text)
    assert person_linked_to_body(speaker, _body("Tata Group", "company", (6, 10)))
    # the body's mention opens with the speaker's: the body's own name
    assert not person_linked_to_body(speaker, _body("Tata Group", "company", (0, 10)))
    assert not person_linked_to_body(speaker, _body("Ratan Tata", "person", (6, 10)))
    assert not person_linked_to_body(speaker, _body("India", "state", (6, 10)))
    trust = _body("Ratan Tata Trust", "ngo", (6, 10))
    assert not person_linked_to_body(speaker, trust)


def test_names25_apostrophe_front_mends_the_actor_name() -> None:
    actor = make_actor(name="Al Hussein", type="person")
    assert _better_name("Zeid Ra'ad Al Hussein", actor)


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Colonel-General Anatoly Nogovitsyn", "Anatoly Nogovitsyn"),
        ("Major-General Ali Saadi", "Ali Saadi"),
        ("Secretary-General Antonio Guterres", "Antonio Guterres"),
        ("Jean-Pierre Raffarin", "Jean-Pierre Raffarin"),
    ],
)
def test_names25_hyphenated_ranks_are_titles(name: str, bare: str) -> None:
    from whosaid.entities.name_spans import strip_titles

    start, end = strip_titles(name, 0, len(name))
    assert name[start:end] == bare


TITLE_THEN_NAME: list[ParsedToken] = [
    ("Saudi", "ADJ", "JJ", "amod", 2),
    ("Foreign", "PROPN", "NNP", "compound", 2),
    ("Minister", "PROPN", "NNP", "nsubj", 5),
    ("Adel", "PROPN", "NNP", "compound", 4),
    ("Jubeir", "PROPN", "NNP", "nsubj", 5),
    ("said", "VERB", "VBD", "ROOT", 5),
]


def _title_index(vocab: Any, kind: str) -> DocIndex:
    from whosaid.speakers.model import Entity, MentionRef

    doc = parsed_doc(vocab, TITLE_THEN_NAME, ents=[(0, 1, "NORP"), (3, 5, "PERSON")])
    start, end = doc[3].idx, doc[4].idx + len("Jubeir")
    entity = Entity(name="Adel Jubeir", kind=kind, start=start, end=end)
    ix = _index(doc)
    for i in (3, 4):
        ix.token_mention[i] = MentionRef(entity, start, end)
    return ix


def test_names25_a_title_source_takes_the_name_after_it(vocab: Any) -> None:
    from whosaid.speakers.title_names import name_after_title

    ix = _title_index(vocab, "person")
    found = name_after_title(ix, ix.doc[0:3])
    assert found is not None and found.entity is not None
    assert found.entity.name == "Adel Jubeir"
    assert name_after_title(ix, ix.doc[0:2]) is None  # "Saudi Foreign": no title
    body = _title_index(vocab, "org")
    assert name_after_title(body, body.doc[0:3]) is None
