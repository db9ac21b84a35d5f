"""Speaker rules on hand-built spaCy Docs (no statistical model): the
document index and the salience searches."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from whosaid.entities.name_genders import nearest_full_name
from whosaid.entities.quote_ranges import Ranges
from whosaid.speakers.mentions import build_index
from whosaid.speakers.model import Discourse, Entity, Event, mention_for
from whosaid.speakers.salience import (
    nominal_antecedent,
    resolve_pronoun,
    search_back,
    search_role,
)

NLP = spacy.blank("en")


def _said_in_a_statement() -> Doc:
    # "Nikki Haley said in a statement. Haley left."
    return Doc(
        NLP.vocab,
        words=[
            "Nikki",
            "Haley",
            "said",
            "in",
            "a",
            "statement",
            ".",
            "Haley",
            "left",
            ".",
        ],
        spaces=[True, True, True, True, True, False, True, True, False, False],
        heads=[1, 2, 2, 2, 5, 3, 2, 8, 8, 8],
        deps=[
            "compound",
            "nsubj",
            "ROOT",
            "prep",
            "det",
            "pobj",
            "punct",
            "nsubj",
            "ROOT",
            "punct",
        ],
        pos=[
            "PROPN",
            "PROPN",
            "VERB",
            "ADP",
            "DET",
            "NOUN",
            "PUNCT",
            "PROPN",
            "VERB",
            "PUNCT",
        ],
        ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "B-PERSON", "O", "O"],
    )


def test_a_statement_is_issued_by_the_subject_of_its_verb() -> None:
    ix, _ = build_index(_said_in_a_statement(), (), ())
    issuer = ix.doc_by_token[5].issuer
    assert issuer is not None and issuer.name == "Nikki Haley"


def test_a_surname_joins_the_full_name() -> None:
    doc = _said_in_a_statement()
    ix, ds = build_index(doc, (), ())
    first, later = ix.token_mention[1], ix.token_mention[7]
    assert later.entity is first.entity
    at = doc.text.rindex("Haley")
    assert (later.start, later.end) == (at, at + len("Haley"))
    assert [ev.start for ev in ds.events if ev.subject] == [0, at]


def test_a_speaker_beats_an_earlier_subject_in_search_role() -> None:
    minister = Entity(name="Ana Lopez", kind="person", start=0, end=9)
    envoy = Entity(name="Li Wei", kind="person", start=20, end=26)
    ds = Discourse(
        events=[
            Event(0, 9, minister, subject=True, speaker=False, masked=False),
            Event(20, 26, envoy, subject=False, speaker=True, masked=False),
        ]
    )
    assert search_role(ds, 40, {"person"}) is envoy
    assert search_role(ds, 10, {"person"}) is minister
    assert search_role(ds, 40, {"org"}) is None


def test_search_back_prefers_an_entity_matching_the_modifiers() -> None:
    kremlin = Entity(name="Kremlin", kind="org", start=0, end=7)
    ministry = Entity(name="Foreign Ministry", kind="org", start=10, end=26)
    ds = Discourse(
        events=[
            Event(0, 7, kremlin, subject=True, speaker=False, masked=False),
            Event(10, 26, ministry, subject=True, speaker=False, masked=False),
        ]
    )
    names = {kremlin: {"kremlin"}, ministry: {"foreign", "ministry"}}
    found = search_back(ds, 50, lambda e: True, ["Kremlin"], lambda e: names[e])
    assert found is kremlin
    assert search_back(ds, 50, lambda e: True, [], lambda e: names[e]) is ministry


def test_mention_for_is_the_latest_mention_at_or_before_a_position() -> None:
    entity = Entity(name="Haley", kind="person", start=0, end=5)
    entity.mentions.extend([(0, 5), (30, 35), (60, 65)])
    assert mention_for(entity, 40) == (30, 35)
    assert mention_for(entity, 0) == (0, 5)
    assert mention_for(Entity(name="X", kind="org", start=3, end=4), 9) == (3, 4)


def _minister_then_he() -> Doc:
    # "Mongolia's prime minister met investors . He said ."
    words = ["Mongolia", "'s", "prime", "minister", "met", "investors", "."]
    words += ["He", "said", "."]
    return Doc(
        NLP.vocab,
        words=words,
        spaces=[False, True, True, True, True, False, True, True, False, False],
        heads=[3, 0, 3, 4, 4, 4, 4, 8, 8, 8],
        deps=[
            *("poss", "case", "amod", "nsubj", "ROOT", "dobj", "punct"),
            *("nsubj", "ROOT", "punct"),
        ],
        pos=[
            *("PROPN", "PART", "ADJ", "NOUN", "VERB", "NOUN", "PUNCT"),
            *("PRON", "VERB", "PUNCT"),
        ],
        ents=["B-GPE", "O", "O", "O", "O", "O", "O", "O", "O", "O"],
    )


def test_a_pronoun_with_no_named_antecedent_takes_a_titled_subject() -> None:
    doc = _minister_then_he()
    ix, ds = build_index(doc, (), ())
    found = resolve_pronoun(ix, ds, doc[7], Ranges(()))
    assert found.entity is not None
    assert found.entity.name == "Mongolia's prime minister"
    assert found.mention == (0, len("Mongolia's prime minister"))


def test_a_pronoun_takes_no_object_nor_an_org_noun_for_he() -> None:
    doc = _minister_then_he()
    ix, ds = build_index(doc, (), ())
    found = resolve_pronoun(ix, ds, doc[7], Ranges(()))
    assert found.entity is not None
    # "investors" (an object) never; "it" wants an organisation noun
    assert nominal_antecedent(ix, ds, doc[7], frozenset({"investors"}), "x") is None


def test_a_surname_joins_the_full_name_world_knowledge_knows() -> None:
    index = {"trump": [(0, "Donald J. Trump"), (40, "Fascist Trump")]}
    assert nearest_full_name("trump", 60, index) == "Fascist Trump"  # latest
    known = {"Donald J. Trump"}.__contains__
    assert nearest_full_name("trump", 60, index, known) == "Donald J. Trump"
    both = {"Donald J. Trump", "Fascist Trump"}.__contains__
    assert nearest_full_name("trump", 60, index, both) == "Fascist Trump"
