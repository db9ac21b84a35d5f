"""Session 17 (mentions29): places by their phrase, and bare role nouns that
take their sentence's country."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from tests.factories import actor_code, actor_draft

import whosaid
from whosaid.actors.member_groups import member_groups
from whosaid.actors.model import ActorDraft
from whosaid.actors.place_context import country_as_place, place_by_role
from whosaid.actors.place_phrases import place_by_phrase
from whosaid.actors.sentence_country import (
    SENTENCE_COUNTRY,
    bare_role,
    sentence_countries,
)

NLP = spacy.blank("en")


def _doc(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(NLP.vocab, words=words, heads=heads, deps=deps)


# -- places by their phrase ----------------------------------------------------


def test_place_phrases_the_country_people_flee_is_a_place() -> None:
    doc = _doc(["those", "fleeing", "Libya"], [0, 0, 1], ["ROOT", "acl", "dobj"])
    assert place_by_phrase(doc[2])
    assert country_as_place([doc[2]])
    blamed = _doc(["they", "blamed", "Libya"], [1, 1, 1], ["nsubj", "ROOT", "dobj"])
    assert not place_by_phrase(blamed[2])


def test_place_phrases_coming_home_from_a_country_is_a_place() -> None:
    doc = _doc(
        ["Romanians", "coming", "home", "from", "Italy"],
        [1, 1, 1, 2, 3],
        ["nsubj", "ROOT", "advmod", "prep", "pobj"],
    )
    assert place_by_phrase(doc[4])
    # a seller or a source of pressure stays the state
    jets = _doc(["jets", "from", "Italy"], [0, 0, 1], ["ROOT", "prep", "pobj"])
    assert not place_by_phrase(jets[2])
    deported = _doc(
        ["was", "deported", "from", "Israel"],
        [1, 1, 1, 2],
        ["auxpass", "ROOT", "prep", "pobj"],
    )
    assert not place_by_phrase(deported[3])


def test_place_phrases_a_siege_or_parts_of_a_name_are_the_place() -> None:
    siege = _doc(
        ["the", "siege", "of", "Sarajevo"],
        [1, 1, 1, 2],
        ["det", "ROOT", "prep", "pobj"],
    )
    assert place_by_role(siege[3])
    parts = _doc(
        ["in", "parts", "of", "Sudan"], [0, 0, 1, 2], ["ROOT", "pobj", "prep", "pobj"]
    )
    assert country_as_place([parts[3]])
    out = _doc(
        ["pull", "out", "of", "Somalia"], [0, 0, 1, 2], ["ROOT", "prep", "prep", "pobj"]
    )
    assert country_as_place([out[3]])
    state = _doc(
        ["the", "state", "of", "Palestine"],
        [1, 1, 1, 2],
        ["det", "ROOT", "prep", "pobj"],
    )
    assert not country_as_place([state[3]])


def test_place_phrases_rebels_advancing_on_a_capital_take_the_place() -> None:
    doc = _doc(
        ["rebels", "advancing", "on", "Kinshasa"],
        [0, 0, 1, 2],
        ["ROOT", "acl", "prep", "pobj"],
    )
    assert place_by_role(doc[3])
    pressure = _doc(["pressure", "on", "Kinshasa"], [0, 0, 1], ["ROOT", "prep", "pobj"])
    assert not place_by_role(pressure[2])


# -- bare role nouns take their sentence's country ------------------------------


def _sentences(text: str, starts: list[int]) -> Doc:
    words = text.split(" ")
    doc = Doc(
        NLP.vocab, words=words, sent_starts=[i in starts for i in range(len(words))]
    )
    return doc


def _at(draft: ActorDraft, text: str, part: str) -> ActorDraft:
    start = text.index(part)
    draft.mentions = [(start, start + len(part))]
    return draft


def test_sentence_country_a_bare_president_takes_the_one_country() -> None:
    text = "Minister Saleh said the Taliban attacked the president ."
    doc = _sentences(text, [0])
    saleh = _at(
        actor_draft("Saleh", "person", country="AFG", sector="GOV"), text, "Saleh"
    )
    president = _at(
        actor_draft("President", "person", sector="GOV", sources=["sectors.tsv"]),
        text,
        "president",
    )
    assert bare_role(president)
    sentence_countries([saleh, president], doc)
    assert president.country == "AFG"
    assert SENTENCE_COUNTRY in president.sources


def test_sentence_country_two_countries_or_a_place_give_none() -> None:
    text = "Kutesa said Kenya and Somalia would ask the president ."
    doc = _sentences(text, [0])
    kenya = _at(actor_draft("Kenya", "state", country="KEN"), text, "Kenya")
    somalia = _at(actor_draft("Somalia", "state", country="SOM"), text, "Somalia")
    president = _at(
        actor_draft("President", "person", sector="GOV", sources=["sectors.tsv"]),
        text,
        "president",
    )
    sentence_countries([kenya, somalia, president], doc)
    assert president.country is None
    place = _at(actor_draft("Somalia", "place", country="SOM"), text, "Somalia")
    sentence_countries([place, president], doc)
    assert president.country is None


def test_sentence_country_only_the_same_sentence_counts() -> None:
    text = "Kenya said so . The president agreed ."
    doc = _sentences(text, [0, 4])
    kenya = _at(actor_draft("Kenya", "state", country="KEN"), text, "Kenya")
    president = _at(
        actor_draft("President", "person", sector="GOV", sources=["sectors.tsv"]),
        text,
        "president",
    )
    sentence_countries([kenya, president], doc)
    assert president.country is None


def test_sentence_country_a_titled_or_named_actor_is_no_bare_role() -> None:
    named = actor_draft(
        "Ruto", "person", sector="GOV", roles=["President"], sources=["sectors.tsv"]
    )
    assert not bare_role(named)
    known = actor_draft(
        "Army", "government", sector="MIL", sources=["organizations.tsv"]
    )
    assert not bare_role(known)


# -- juntas --------------------------------------------------------------------


def test_sectors_a_junta_is_military() -> None:
    from whosaid.actors.knowledge import load_knowledge

    kb = load_knowledge(NLP.tokenizer)
    assert kb.sectors[("junta",)].sector == "MIL"
    assert kb.sectors[("junta", "leader")].sector == "MIL"


# -- a body noun after a possessive ---------------------------------------------


def test_group_nouns_his_government_is_a_body() -> None:
    article = whosaid.process("Chad's prime minister said his government would resign.")
    assert actor_code(article, "government") == "TCDGOV"


# -- "its members" ---------------------------------------------------------------


def _members_doc() -> Doc:
    # The union said its members would strike .
    return Doc(
        NLP.vocab,
        words=["The", "union", "said", "its", "members", "would", "strike", "."],
        heads=[1, 2, 2, 4, 6, 6, 2, 2],
        deps=["det", "nsubj", "ROOT", "poss", "nsubj", "aux", "ccomp", "punct"],
        tags=["DT", "NN", "VBD", "PRP$", "NNS", "MD", "VB", "."],
    )


def test_member_groups_a_unions_members_are_its_countrys_citizens() -> None:
    doc = _members_doc()
    text = doc.text
    union = _at(
        actor_draft("The union", "other", country="NGA", sector="LAB"),
        text,
        "The union",
    )
    drafts = [union]
    member_groups(drafts, doc)
    members = drafts[-1]
    assert (members.country, members.igo, members.sector) == ("NGA", None, "CVL")
    assert members.mentions == [(text.index("members"), text.index("members") + 7)]


def test_member_groups_an_igos_members_carry_the_igo_and_a_firms_none() -> None:
    doc = _members_doc()
    text = doc.text
    opec = _at(actor_draft("The union", "igo", igo="OPEC"), text, "The union")
    drafts = [opec]
    member_groups(drafts, doc)
    assert (drafts[-1].country, drafts[-1].igo, drafts[-1].sector) == (
        None,
        "OPEC",
        None,
    )
    firm = _at(
        actor_draft("The union", "company", country="USA", sector="BUS"),
        text,
        "The union",
    )
    drafts = [firm]
    member_groups(drafts, doc)
    assert drafts == [firm]


# -- a bare role's own phrase ------------------------------------------------------


def test_sentence_country_the_president_in_a_capital_is_its_states() -> None:
    doc = Doc(
        NLP.vocab,
        words=["Kenya", "said", "the", "president", "in", "Caracas", "fell", "."],
        heads=[1, 1, 3, 6, 3, 4, 1, 1],
        deps=["nsubj", "ROOT", "det", "nsubj", "prep", "pobj", "ccomp", "punct"],
    )
    text = doc.text
    kenya = _at(actor_draft("Kenya", "state", country="KEN"), text, "Kenya")
    caracas = _at(actor_draft("Caracas", "place", country="VEN"), text, "Caracas")
    president = _at(
        actor_draft("President", "person", sector="GOV", sources=["sectors.tsv"]),
        text,
        "president",
    )
    sentence_countries([kenya, caracas, president], doc)
    assert president.country == "VEN"


def test_sentence_country_its_photographer_is_the_outlets() -> None:
    doc = Doc(
        NLP.vocab,
        words=["AFP", "said", "its", "photographer", "was", "hurt", "."],
        heads=[1, 1, 3, 5, 5, 1, 1],
        deps=["nsubj", "ROOT", "poss", "nsubjpass", "auxpass", "ccomp", "punct"],
    )
    text = doc.text
    afp = _at(actor_draft("AFP", "media", country="FRA", sector="MED"), text, "AFP")
    photographer = _at(
        actor_draft("Photographer", "person", sector="MED", sources=["sectors.tsv"]),
        text,
        "photographer",
    )
    sentence_countries([afp, photographer], doc)
    assert photographer.country == "FRA"


def test_sentence_country_no_diplomat_and_no_private_role_by_evidence() -> None:
    ambassador = actor_draft(
        "Ambassador", "person", sector="GOV", sources=["sectors.tsv"]
    )
    assert not bare_role(ambassador)
    text = "Israel said the photographer was hurt ."
    doc = _sentences(text, [0])
    israel = _at(actor_draft("Israel", "state", country="ISR"), text, "Israel")
    photographer = _at(
        actor_draft("Photographer", "person", sector="MED", sources=["sectors.tsv"]),
        text,
        "photographer",
    )
    sentence_countries([israel, photographer], doc)
    assert photographer.country is None
