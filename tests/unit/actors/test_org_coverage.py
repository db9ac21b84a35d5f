"""Companies, domestic NGOs, think tanks and unions of ``organizations.tsv``
(issue 9) on hand-built spaCy Docs (no statistical model): a row links
whatever label the NER gives the name, a firm's one-word name ending a
person's known full name is their surname, and the short-name rule of the
file's header holds."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from whosaid.actors import load_knowledge
from whosaid.actors.chains import build_chains
from whosaid.actors.hits import collect_hits
from whosaid.actors.mentions import build_mentions
from whosaid.actors.model import ActorMention, ActorState, index_document

NLP = spacy.blank("en")
KB = load_knowledge(NLP.tokenizer)


def _mentions(words: list[str], ents: list[str]) -> list[ActorMention]:
    spaces = [k + 1 < len(words) and words[k + 1] != "." for k in range(len(words))]
    pos = ["PROPN" if w[:1].isupper() else "VERB" for w in words]
    doc = Doc(NLP.vocab, words=words, spaces=spaces, pos=pos, ents=ents)
    ix = index_document(doc, KB, ())
    st = ActorState()
    build_mentions(ix, st, build_chains(ix, collect_hits(ix, st)))
    return st.mentions


@pytest.mark.parametrize("label", ["ORG", "PERSON", "GPE", "LOC", "NORP", None])
@pytest.mark.parametrize(
    ("name", "country", "sector"),
    [
        ("Sonatrach", "DZA", "BUS"),
        ("Safaricom", "KEN", "BUS"),
        ("Codelco", "CHL", "BUS"),
        ("Petronas", "MYS", "BUS"),
        ("Debswana", "BWA", "BUS"),
        ("Indepaz", "COL", "NGO"),
        ("Conectas", "BRA", "NGO"),
    ],
)
def test_a_table_name_links_whatever_the_ner_calls_it(
    name: str, country: str, sector: str, label: str | None
) -> None:
    ents = [f"B-{label}" if label else "O", "O", "O"]
    mentions = _mentions([name, "said", "."], ents)
    assert [(m.name, m.country, m.sector) for m in mentions] == [
        (name, country, sector)
    ]


@pytest.mark.parametrize(
    ("words", "name", "country", "sector"),
    [
        (["Nigerian", "National", "Petroleum", "Corporation"], "NNPC", "NGA", "BUS"),
        (
            ["Human", "Rights", "Commission", "of", "Pakistan"],
            "Commission",
            "PAK",
            "NGO",
        ),
        (["Foro", "Penal"], "Foro Penal", "VEN", "NGO"),
        (["B'Tselem"], "B'Tselem", "ISR", "NGO"),
        (["CELS"], "CELS", "ARG", "NGO"),
        (["Memorial", "Human", "Rights", "Centre"], "Memorial", "RUS", "NGO"),
        (["Chatham", "House"], "Chatham House", "GBR", "NGO"),
        (["KazMunayGas"], "KazMunayGas", "KAZ", "BUS"),
        (["Mubadala"], "Mubadala", "ARE", "BUS"),
        (["CGIL"], "CGIL", "ITA", "LAB"),
    ],
)
def test_companies_ngos_and_unions_have_their_country_and_sector(
    words: list[str], name: str, country: str, sector: str
) -> None:
    tagged = ["B-ORG"] + ["I-ORG"] * (len(words) - 1) + ["O", "O"]
    mentions = _mentions(["The", *words, "said", "."], ["O", *tagged])
    body = next(m for m in mentions if name in m.name)
    assert (body.country, body.sector) == (country, sector)


def test_a_firms_name_ending_a_known_full_name_is_a_surname() -> None:
    # "Saab" is a firm; Elias Bou Saab a Lebanese minister the tables know
    words = ["Elias", "Bou", "Saab", "said", "."]
    mentions = _mentions(words, ["B-PERSON", "I-PERSON", "I-PERSON", "O", "O"])
    assert not any(m.type == "company" for m in mentions)
    firm = _mentions(["Saab", "said", "."], ["B-ORG", "O", "O"])
    assert [(m.country, m.sector) for m in firm] == [("SWE", "BUS")]


def test_a_firms_name_after_a_listed_given_name_is_a_surname() -> None:
    words = ["Michael", "Saab", "said", "."]
    mentions = _mentions(words, ["B-PERSON", "I-PERSON", "O", "O"])
    assert not any(m.type == "company" for m in mentions)


@pytest.mark.parametrize(
    "word",
    # common words, given names and often-quoted surnames (the header's rule)
    ["Shell", "Oracle", "Delta", "Grab", "Memorial", "Leonardo", "Zain", "Ford"],
)
def test_ambiguous_one_word_names_are_no_rows(word: str) -> None:
    mentions = _mentions([word, "said", "."], ["B-ORG", "O", "O"])
    assert not any(m.sector == "BUS" or m.sector == "NGO" for m in mentions)
