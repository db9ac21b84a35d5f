"""whosaid's spaCy components: paragraph boundaries, first names of persons."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from whosaid.entities.lexicon import NAME_PARTICLES
from whosaid.nlp.components import (
    _TokenColumns,
    dateline_end,
    first_names,
    known_names,
    name_joins,
    paragraph_boundaries,
)


def _starts(words: list[str], spaces: list[bool]) -> list[bool | None]:
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    return [t.is_sent_start for t in paragraph_boundaries(doc)]


def test_the_token_after_a_line_break_starts_a_sentence() -> None:
    words = ["Title", "\n\n", "He", "said", "  ", "so", ".", "\n", "Next", "\n"]
    spaces = [False, False, True, False, False, False, False, False, False, False]
    assert _starts(words, spaces) == [
        True,  # spaCy: the first token always starts one
        None,
        True,
        None,
        None,  # spaces without a line break: no boundary
        None,
        None,
        None,
        True,
        None,  # a break at the very end starts nothing
    ]


def test_short_docs() -> None:
    assert _starts([], []) == []
    assert _starts(["\n"], [False]) == [True]
    assert _starts(["\n", "a"], [False, False]) == [True, True]


def test_boundaries_already_set_are_kept() -> None:
    doc = Doc(
        spacy.blank("en").vocab,
        words=["A", "\n", "b", "c", "d"],
        spaces=[False, False, True, True, False],
        sent_starts=[True, False, None, False, True],
    )
    starts = [t.is_sent_start for t in paragraph_boundaries(doc)]
    assert starts == [True, False, True, False, True]


def test_a_parsed_doc_is_refused_as_spacy_refuses_it() -> None:
    words = ["A", "\n", "b"]
    deps = ["ROOT", "dep", "dep"]
    vocab = spacy.blank("en").vocab
    parsed = Doc(vocab, words=words, spaces=[False] * 3, heads=[0, 0, 0], deps=deps)
    with pytest.raises(ValueError, match="E043"):
        paragraph_boundaries(parsed)
    no_break = Doc(vocab, words=["A", "b"], heads=[0, 0], deps=["ROOT", "dep"])
    assert paragraph_boundaries(no_break) is no_break


def _people(words: list[str], ents: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, ents=ents)


def test_a_person_takes_the_first_name_left_before_it() -> None:
    doc = first_names(
        _people(
            ["Boris", "Johnson", "and", "Jeremy", "Corbyn", "spoke"],
            ["O", "B-PERSON", "O", "B-PERSON", "I-PERSON", "O"],
        )
    )
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Boris Johnson", "PERSON"),
        ("Jeremy Corbyn", "PERSON"),
    ]


def test_no_first_name_joins_an_entity_of_another_kind_or_a_common_word() -> None:
    doc = first_names(
        _people(
            ["Boris", "Airlines", "and", "Only", "Johnson", "spoke"],
            ["O", "B-ORG", "O", "O", "B-PERSON", "O"],
        )
    )
    assert [e.text for e in doc.ents] == ["Airlines", "Johnson"]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Lagos (AFP) – Gunmen struck a village.", "Gunmen"),
        ("BEIRUT — Israel struck the south.", "Israel"),
        ("KYIV, Ukraine (AP) — Russia fired drones.", "Russia"),
        ("Mr. Smith - a lawyer - said it.", None),  # no capitals, no agency
        ("President Biden said - no.", None),
        ("ASEAN Deputy Secretary-General Lim Siew Ling said so.", None),  # a hyphen
    ],
)
def test_a_wire_dateline_ends_before_the_sentence(text: str, first: str | None) -> None:
    doc = spacy.blank("en")(text)
    end = dateline_end(doc, 0)
    assert (doc[end].text if end is not None else None) == first


def _ents(words: list[str], ents: list[str]) -> list[tuple[str, str]]:
    doc = name_joins(_people(words, ents))
    return [(e.text, e.label_) for e in doc.ents]


def test_a_person_goes_on_over_name_particles() -> None:
    assert _ents(
        ["Apollinaire", "Kyélem", "de", "Tambèla", "said"],
        ["B-PERSON", "I-PERSON", "O", "O", "O"],
    ) == [("Apollinaire Kyélem de Tambèla", "PERSON")]
    # a person cut after a particle, the rest taken for a place
    assert _ents(
        ["Ursula", "von", "der", "Leyen", "said"],
        ["B-PERSON", "I-PERSON", "I-PERSON", "B-GPE", "O"],
    ) == [("Ursula von der Leyen", "PERSON")]
    assert _ents(
        ["Ursula", "von", "der", "Leyen", "said"],
        ["B-PERSON", "I-PERSON", "O", "B-GPE", "O"],
    ) == [("Ursula von der Leyen", "PERSON")]
    # a lower-case word that is no particle, or no capital after it, stays out
    assert _ents(
        ["Anna", "Berg", "de", "facto", "ruled"],
        ["B-PERSON", "I-PERSON", "O", "O", "O"],
    ) == [("Anna Berg", "PERSON")]
    assert _ents(
        ["Anna", "Berg", "met", "Paris", "officials"],
        ["B-PERSON", "I-PERSON", "O", "B-GPE", "O"],
    ) == [("Anna Berg", "PERSON"), ("Paris", "GPE")]


def test_a_person_opened_by_an_honorific_goes_on_over_the_next_person() -> None:
    assert _ents(
        ["President", "Dr", "Sultan", "Al", "Jaber", "said"],
        ["O", "B-PERSON", "I-PERSON", "B-PERSON", "I-PERSON", "O"],
    ) == [("Dr Sultan Al Jaber", "PERSON")]
    # two people's names side by side, with no honorific, stay two
    assert _ents(
        ["Anna", "Berg", "Tom", "Lund", "said"],
        ["B-PERSON", "I-PERSON", "B-PERSON", "I-PERSON", "O"],
    ) == [("Anna Berg", "PERSON"), ("Tom Lund", "PERSON")]


PERSON2 = ["B-PERSON", "I-PERSON"]


def test_a_person_opened_by_a_style_goes_on_over_the_next_person() -> None:
    assert _ents(
        ["Police", "Tan", "Sri", "Acryl", "Sani", "Abdullah", "Sani", "warned"],
        ["O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", *PERSON2, "O"],
    ) == [("Tan Sri Acryl Sani Abdullah Sani", "PERSON")]


def test_a_person_takes_back_the_style_another_entity_ends_in() -> None:
    assert _ents(
        ["the", "Royal", "Household", "Datuk", "Seri", "Ahmad", "said"],
        ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "B-PERSON", "I-PERSON", "O"],
    ) == [("the Royal Household", "ORG"), ("Datuk Seri Ahmad", "PERSON")]
    # "Sri" alone is a given name: nothing before it is taken
    assert _ents(
        ["Minister", "Sri", "Mulyani", "said"],
        ["O", "B-PERSON", "I-PERSON", "O"],
    ) == [("Sri Mulyani", "PERSON")]


def test_an_institution_goes_on_over_its_of_or_for_phrase() -> None:
    assert _ents(
        ["the", "Kiel", "Institute", "for", "the", "World", "Economy", "said"],
        ["B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "O"],
    ) == [("the Kiel Institute for the World Economy", "ORG")]
    assert _ents(
        ["the", "Lowy", "Institute", "for", "Global", "Policy", "said"],
        ["B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O"],
    ) == [("the Lowy Institute for Global Policy", "ORG")]
    # not after a name that is no institution, nor over a lower-case phrase
    assert _ents(
        ["Acme", "Corp", "for", "the", "World", "Bank"],
        ["B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG"],
    ) == [("Acme Corp", "ORG"), ("the World Bank", "ORG")]
    assert _ents(
        ["the", "Kiel", "Institute", "for", "the", "record"],
        ["B-ORG", "I-ORG", "I-ORG", "O", "O", "O"],
    ) == [("the Kiel Institute", "ORG")]


def _spaced_ents(words: list[str], ents: list[str]) -> list[tuple[str, str]]:
    spaces = [
        w != "(" and nxt != ")" for w, nxt in zip(words, [*words[1:], ""], strict=True)
    ]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, ents=ents)
    return [(e.text, e.label_) for e in name_joins(doc).ents]


def test_an_institution_takes_one_word_its_acronym_spells() -> None:
    words = ["The", "Press", "Freedom", "Council", "of", "Ruritania", "(", "PFCR"]
    words += [")", "said"]
    ents = ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "B-ORG", "O", "O"]
    assert _spaced_ents(words, ents) == [
        ("The Press Freedom Council of Ruritania", "ORG"),
        ("PFCR", "ORG"),
    ]
    # an acronym of the short name leaves the word out
    assert _spaced_ents([*words[:7], "PFC", ")", "said"], ents) == [
        ("The Press Freedom Council", "ORG"),
        ("PFC", "ORG"),
    ]


def test_an_office_takes_its_holders_title_and_possessive() -> None:
    words = ["by", "the", "Governor", "'s", "Secretariat", "on", "Monday"]
    spaces = [True, True, False, True, True, True, False]
    ents = ["O", "O", "O", "O", "B-ORG", "O", "O"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, ents=ents)
    assert [e.text for e in name_joins(doc).ents] == ["Governor's Secretariat"]
    # a person's possessive is no title: "Smith's Secretariat" stays cut
    words[2] = "Smith"
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, ents=ents)
    assert [e.text for e in name_joins(doc).ents] == ["Secretariat"]


def test_a_full_name_the_people_tables_know_becomes_one_person() -> None:
    doc = _people(
        ["Minister", "Ararat", "Mirzoyan", "said", "so", "."],
        ["O", "B-LOC", "O", "O", "O", "O"],
    )
    assert [(e.text, e.label_) for e in known_names(doc).ents] == [
        ("Ararat Mirzoyan", "PERSON")
    ]


def test_a_known_name_inside_a_longer_entity_stays_in_it() -> None:
    # "Ararat Mirzoyan Foundation" (made up): the bigger name wins
    doc = _people(
        ["the", "Ararat", "Mirzoyan", "Foundation", "said"],
        ["O", "B-ORG", "I-ORG", "I-ORG", "O"],
    )
    assert [(e.text, e.label_) for e in known_names(doc).ents] == [
        ("Ararat Mirzoyan Foundation", "ORG")
    ]


def test_no_place_or_title_is_taken_for_a_known_name() -> None:
    # "Saudi Arabia" is a short form of "Salman of Saudi Arabia"; "Prime
    # Minister" a junk key of the tables: neither is a person
    doc = _people(
        ["Saudi", "Arabia", "and", "Prime", "Minister", "met"],
        ["B-GPE", "I-GPE", "O", "O", "O", "O"],
    )
    assert [(e.text, e.label_) for e in known_names(doc).ents] == [
        ("Saudi Arabia", "GPE")
    ]


def _token_name_word(tok: Any, *, first: bool) -> bool:
    """The name-word rule read from Token objects (the known-names scan's
    rule before it read the Doc's columns)."""
    text = tok.text
    if text[:1].isupper() and any(c.isalpha() for c in text):
        return True
    if first:
        return False
    if text in {"-", "'", "’"}:
        return not tok.whitespace_
    return tok.lower_ in NAME_PARTICLES


def test_the_name_word_columns_give_the_token_rule() -> None:
    words = ["Ahmed", "bin", "Salem", "-", "Al", "'", "s", "BIN", "2024", "\n", "a"]
    spaces = [True, True, False, False, True, False, True, True, True, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    cols = _TokenColumns(doc)
    assert cols.texts == [t.text for t in doc]
    assert cols.spaces == [t.is_space for t in doc]
    for first in (True, False):
        assert [cols.name_word(t.i, first=first) for t in doc] == [
            _token_name_word(t, first=first) for t in doc
        ]


def _token_runs(doc: Doc) -> list[tuple[int, int]]:
    """The name-word runs as the token-by-token scan finds them."""
    runs, i = [], 0
    while i < len(doc):
        if not _token_name_word(doc[i], first=True):
            i += 1
            continue
        j = i + 1
        while (
            j < len(doc)
            and _token_name_word(doc[j], first=False)
            and not doc[j - 1].is_space
        ):
            j += 1
        runs.append((i, j))
        i = j
    return runs


def test_the_name_runs_are_the_token_scans() -> None:
    words = ["Ahmed", "bin", "Salem", "\n", "Al", "-", "Sayed", "said", "de", "Gaulle"]
    words += ["von", "\n", "Berlin", "Paris", "bin"]
    spaces = [True, True, False, False, False, False, True, True, True, True]
    spaces += [False, False, True, True, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    cols = _TokenColumns(doc)
    assert cols.name_runs() == _token_runs(doc)
    assert cols.name_runs() == [(0, 3), (4, 7), (9, 11), (12, 15)]
    assert _TokenColumns(Doc(spacy.blank("en").vocab, words=[])).name_runs() == []


def test_the_columns_give_span_texts_and_positions() -> None:
    words = ["Ahmed", "bin", "Salem", "-", "Al", "said", "Salem", "."]
    spaces = [True, True, False, False, True, True, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    cols = _TokenColumns(doc)
    for a in range(len(doc)):
        for b in range(a + 1, len(doc) + 1):
            assert cols.text(a, b) == doc[a:b].text
    assert cols.positions({"Salem", "Nobody"}) == [2, 6]
    assert cols.positions({"Nobody"}) == []
