"""Country and sector of bodies and titled people on hand-built spaCy Docs
(no statistical model): rank words in a body's name, a body's acronym in
parentheses, a title before a name NER read as an organization, abbreviated
ranks and a party active in two countries."""

from __future__ import annotations

from types import SimpleNamespace

import spacy
from spacy.tokens import Doc

from whosaid.actors import load_knowledge
from whosaid.actors.chains import build_chains
from whosaid.actors.entries import (
    foreign_generic_body,
    national_bank_country,
    rank_word_in_name,
)
from whosaid.actors.hits import collect_hits
from whosaid.actors.knowledge_records import Entry
from whosaid.actors.mentions import build_mentions
from whosaid.actors.model import ActorMention, ActorState, index_document
from whosaid.actors.place_context import names_a_border, names_a_destination

NLP = spacy.blank("en")
KB = load_knowledge(NLP.tokenizer)


def _doc(tagged: list[tuple[str, str, str]]) -> Doc:
    """A Doc from (word, POS, IOB entity) triples; a space after every word
    but one before punctuation."""
    words = [w for w, _, _ in tagged]
    spaces = [
        k + 1 < len(words) and words[k + 1] not in {".", ",", ")"} and w != "("
        for k, w in enumerate(words)
    ]
    return Doc(
        NLP.vocab,
        words=words,
        spaces=spaces,
        pos=[p for _, p, _ in tagged],
        ents=[e for _, _, e in tagged],
    )


def _mentions(tagged: list[tuple[str, str, str]]) -> list[ActorMention]:
    ix = index_document(_doc(tagged), KB, ())
    st = ActorState()
    build_mentions(ix, st, build_chains(ix, collect_hits(ix, st)))
    return st.mentions


def _find(mentions: list[ActorMention], word: str) -> ActorMention:
    return next(m for m in mentions if word in m.name)


def test_rank_words_in_a_name_are_no_title() -> None:
    assert rank_word_in_name("general", "title")
    assert rank_word_in_name("major", "title")
    assert not rank_word_in_name("general", "body")
    assert not rank_word_in_name("minister", "title")


_KPU = [
    ("The", "DET", "O"),
    ("Indonesian", "ADJ", "B-NORP"),
    ("General", "PROPN", "B-ORG"),
    ("Elections", "PROPN", "I-ORG"),
    ("Commission", "PROPN", "I-ORG"),
    ("(", "PUNCT", "O"),
    ("KPU", "PROPN", "B-ORG"),
    (")", "PUNCT", "O"),
    ("said", "VERB", "O"),
    (".", "PUNCT", "O"),
]


def test_general_before_a_body_word_is_no_generals_title() -> None:
    body = _find(_mentions(_KPU), "Elections Commission")
    assert (body.country, body.sector) == ("IDN", "GOV")


def test_a_chairman_named_by_a_bodys_acronym_takes_the_bodys_code() -> None:
    tagged = [
        *_KPU,
        ("KPU", "PROPN", "B-ORG"),
        ("chairman", "NOUN", "O"),
        ("Hasyim", "PROPN", "B-PERSON"),
        ("Asyari", "PROPN", "I-PERSON"),
        ("said", "VERB", "O"),
        (".", "PUNCT", "O"),
    ]
    person = _find(_mentions(tagged), "Hasyim")
    assert (person.type, person.country, person.sector) == ("person", "IDN", "GOV")


def test_a_name_in_parentheses_after_a_body_is_its_acronym_not_a_person() -> None:
    tagged = [
        ("The", "DET", "O"),
        ("Indonesian", "ADJ", "B-NORP"),
        ("Elections", "PROPN", "B-ORG"),
        ("Supervisory", "PROPN", "I-ORG"),
        ("Agency", "PROPN", "I-ORG"),
        ("(", "PUNCT", "O"),
        ("Bawaslu", "PROPN", "B-PERSON"),
        (")", "PUNCT", "O"),
        ("said", "VERB", "O"),
        (".", "PUNCT", "O"),
    ]
    mentions = _mentions(tagged)
    body = _find(mentions, "Agency")
    assert (body.type, body.country, body.sector) == ("government", "IDN", "GOV")
    assert not any(m.type == "person" for m in mentions)


def test_a_titled_name_read_as_an_organization_is_a_person() -> None:
    tagged = [
        ("Irish", "ADJ", "B-NORP"),
        ("party", "NOUN", "O"),
        ("spokesman", "NOUN", "O"),
        ("Pearse", "PROPN", "B-ORG"),
        ("Doherty", "PROPN", "I-ORG"),
        ("said", "VERB", "O"),
        (".", "PUNCT", "O"),
    ]
    person = _find(_mentions(tagged), "Doherty")
    assert (person.type, person.country) == ("person", "IRL")


def test_an_abbreviated_rank_is_military() -> None:
    tagged = [
        ("Cambodian", "ADJ", "B-NORP"),
        ("Lt", "PROPN", "O"),
        ("Gen", "PROPN", "O"),
        ("Maly", "PROPN", "B-PERSON"),
        ("Socheata", "PROPN", "I-PERSON"),
        ("said", "VERB", "O"),
        (".", "PUNCT", "O"),
    ]
    person = _find(_mentions(tagged), "Socheata")
    assert (person.country, person.sector) == ("KHM", "MIL")


def test_a_party_of_two_countries_takes_the_one_the_article_names() -> None:
    tagged = [
        ("Ireland", "PROPN", "B-GPE"),
        ("spoke", "VERB", "O"),
        (".", "PUNCT", "O"),
        ("Sinn", "PROPN", "B-ORG"),
        ("Féin", "PROPN", "I-ORG"),
        ("said", "VERB", "O"),
        (".", "PUNCT", "O"),
    ]
    party = _find(_mentions(tagged), "Sinn")
    assert (party.type, party.country) == ("party", "IRL")


def test_a_state_adjective_on_a_border_names_the_neighbour() -> None:
    doc = Doc(
        NLP.vocab,
        words=["near", "the", "Venezuelan", "border", "and", "Venezuelan", "troops"],
        heads=[0, 3, 3, 0, 3, 6, 3],
        deps=["ROOT", "det", "amod", "pobj", "cc", "amod", "conj"],
    )
    assert names_a_border(doc[2])
    assert not names_a_border(doc[5])


def test_a_ministry_named_without_a_country_takes_its_paragraphs_state() -> None:
    tagged = [
        ("Samoa", "PROPN", "B-GPE"),
        ("closed", "VERB", "O"),
        ("schools", "NOUN", "O"),
        (".", "PUNCT", "O"),
        ("New", "PROPN", "B-GPE"),
        ("Zealand", "PROPN", "I-GPE"),
        ("sent", "VERB", "O"),
        ("doctors", "NOUN", "O"),
        (",", "PUNCT", "O"),
        ("the", "DET", "O"),
        ("Ministry", "PROPN", "B-ORG"),
        ("of", "ADP", "I-ORG"),
        ("Foreign", "PROPN", "I-ORG"),
        ("Affairs", "PROPN", "I-ORG"),
        ("and", "CCONJ", "I-ORG"),
        ("Trade", "PROPN", "I-ORG"),
        ("said", "VERB", "O"),
        (".", "PUNCT", "O"),
    ]
    body = _find(_mentions(tagged), "Trade")
    assert (body.country, body.sector) == ("NZL", "GOV")
    assert "paragraph country" in body.source


def test_a_name_right_after_a_body_word_is_the_bodys() -> None:
    tagged = [
        ("the", "DET", "O"),
        ("Irish", "ADJ", "B-NORP"),
        ("firm", "NOUN", "O"),
        ("Harcourt", "PROPN", "B-PERSON"),
        ("Quigley", "PROPN", "I-PERSON"),
        ("said", "VERB", "O"),
        (".", "PUNCT", "O"),
    ]
    firm = _find(_mentions(tagged), "Quigley")
    assert (firm.type, firm.country, firm.sector) == ("company", "IRL", "BUS")


def test_a_lead_negotiator_for_a_state_in_an_apposition_is_its_official() -> None:
    tagged = [
        ("Anne", "PROPN", "B-PERSON"),
        ("Rasmussen", "PROPN", "I-PERSON"),
        (",", "PUNCT", "O"),
        ("the", "DET", "O"),
        ("lead", "ADJ", "O"),
        ("negotiator", "NOUN", "O"),
        ("for", "ADP", "O"),
        ("Samoa", "PROPN", "B-GPE"),
        (",", "PUNCT", "O"),
        ("said", "VERB", "O"),
        (".", "PUNCT", "O"),
    ]
    person = _find(_mentions(tagged), "Rasmussen")
    assert (person.country, person.sector) == ("WSM", "GOV")


def test_a_bank_named_after_a_state_by_its_own_name_is_its_central_bank() -> None:
    ix = SimpleNamespace(
        kb=SimpleNamespace(country_names={"MEX": "Mexico", "USA": "United States"})
    )
    assert national_bank_country(ix, "Banco de México") == "MEX"  # type: ignore[arg-type]
    assert national_bank_country(ix, "Bank of America") is None  # type: ignore[arg-type]
    assert national_bank_country(ix, "Mexico Bank") is None  # type: ignore[arg-type]


def _generic(country: str, generic: bool = True) -> Entry:
    return Entry(
        "Ministry of Defence", "Ministry of Defence", "government", country,
        None, "GOV", None, "org", "organizations.tsv", False, generic,
    )  # fmt: skip


def test_a_name_many_countries_share_keeps_its_row_country_only_alone() -> None:
    assert foreign_generic_body(_generic("GBR"), {"UKR", "RUS"})
    assert foreign_generic_body(_generic("GBR"), {"GBR", "UKR"})
    assert not foreign_generic_body(_generic("GBR"), {"GBR"})
    assert not foreign_generic_body(_generic("GBR"), set())
    assert not foreign_generic_body(_generic("GBR", generic=False), {"UKR"})


def test_the_generic_rows_of_the_knowledge_tables_are_marked() -> None:
    found = {
        (e.name, e.country, e.generic)
        for key in (("ministry", "of", "defence"), ("joint", "chiefs", "of", "staff"))
        for e in KB.names[key]
    }
    assert ("Ministry of Defence", "GBR", True) in found
    assert ("Joint Chiefs of Staff", "USA", True) in found
    assert not any(e.generic for e in KB.names[("pentagon",)])


def test_a_generic_body_takes_its_own_adjectives_country() -> None:
    tagged = [
        ("the", "DET", "O"),
        ("Australian", "PROPN", "B-ORG"),
        ("Electoral", "PROPN", "I-ORG"),
        ("Commission", "PROPN", "I-ORG"),
        ("said", "VERB", "O"),
        (".", "PUNCT", "O"),
    ]
    body = _find(_mentions(tagged), "Commission")
    assert (body.country, body.sector) == ("AUS", "GOV")


def test_a_generic_body_takes_its_paragraphs_state() -> None:
    tagged = [
        ("Ukraine", "PROPN", "B-GPE"),
        ("denied", "VERB", "O"),
        ("it", "PRON", "O"),
        (".", "PUNCT", "O"),
        ("The", "DET", "O"),
        ("Ministry", "PROPN", "B-ORG"),
        ("of", "ADP", "I-ORG"),
        ("Defence", "PROPN", "I-ORG"),
        ("said", "VERB", "O"),
        (".", "PUNCT", "O"),
    ]
    body = _find(_mentions(tagged), "Defence")
    assert (body.country, body.sector) == ("UKR", "GOV")


def test_a_state_named_as_a_destination_is_no_context() -> None:
    doc = Doc(
        NLP.vocab,
        words=["left", "for", "The", "Hague", "and", "spoke", "for", "Russia"],
        heads=[0, 0, 3, 1, 0, 0, 5, 6],
        deps=["ROOT", "prep", "det", "pobj", "cc", "conj", "prep", "pobj"],
    )
    assert names_a_destination(doc[3])
    assert not names_a_destination(doc[7])
