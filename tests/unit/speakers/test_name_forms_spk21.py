"""Speaker name forms (session 13, spk21): bodies named after a place or a
possessor, a leader's title NER ran into a body's name, facilities named
after people, hyphenated East Asian names, a body apposed to a common noun,
and the actor-side rules that keep those names (hand-built Docs, no model)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from tests.factories import entity_kinds, make_actor, make_speaker, rows_doc

from whosaid.actors.body_speakers import fuller_speaker_name, place_ends_body_name
from whosaid.actors.linked_speaker_names import capital_speaker_name
from whosaid.actors.model import ActorDraft
from whosaid.entities.quote_ranges import Ranges
from whosaid.records import Span
from whosaid.speakers.mentions import build_index
from whosaid.speakers.sources import resolve_span

NLP = spacy.blank("en")


def _doc(rows: list[tuple[str, str, str, int, str]], ents: list[str]) -> Doc:
    return rows_doc(NLP.vocab, rows, ents)


def test_a_body_named_with_a_place_at_its_end_is_one_body() -> None:
    # "Age UK warns ." with NER's GPE "UK"
    doc = _doc(
        [
            ("Age", "PROPN", "compound", 1, " "),
            ("UK", "PROPN", "nsubj", 2, " "),
            ("warns", "VERB", "ROOT", 2, ""),
            (".", "PUNCT", "punct", 2, ""),
        ],
        ["O", "B-GPE", "O", "O"],
    )
    assert entity_kinds(doc) == {"Age UK": "org"}


def test_a_possessor_opens_a_body_named_with_a_place() -> None:
    # "Alzheimer's Research UK said ." with NER's GPE "UK"
    doc = _doc(
        [
            ("Alzheimer", "PROPN", "poss", 3, ""),
            ("'s", "PART", "case", 0, " "),
            ("Research", "PROPN", "compound", 3, " "),
            ("UK", "PROPN", "nsubj", 4, " "),
            ("said", "VERB", "ROOT", 4, ""),
            (".", "PUNCT", "punct", 4, ""),
        ],
        ["O", "O", "O", "B-GPE", "O", "O"],
    )
    assert entity_kinds(doc) == {"Alzheimer's Research UK": "org"}


def test_a_compass_word_before_a_place_makes_no_body() -> None:
    # "East Jerusalem said ." with NER's GPE "Jerusalem"
    doc = _doc(
        [
            ("East", "PROPN", "compound", 1, " "),
            ("Jerusalem", "PROPN", "nsubj", 2, " "),
            ("said", "VERB", "ROOT", 2, ""),
            (".", "PUNCT", "punct", 2, ""),
        ],
        ["O", "B-GPE", "O", "O"],
    )
    assert "org" not in entity_kinds(doc).values()


def test_a_possessor_opens_a_body_word_ner_took_alone() -> None:
    # "The Alzheimer's Society said ." with NER's ORG "Society"
    doc = _doc(
        [
            ("The", "DET", "det", 3, " "),
            ("Alzheimer", "PROPN", "poss", 3, ""),
            ("'s", "PART", "case", 1, " "),
            ("Society", "PROPN", "nsubj", 4, " "),
            ("said", "VERB", "ROOT", 4, ""),
            (".", "PUNCT", "punct", 4, ""),
        ],
        ["O", "O", "O", "B-ORG", "O", "O"],
    )
    assert entity_kinds(doc) == {"Alzheimer's Society": "org"}


def _gm_chair_doc() -> Doc:
    # "GM Chair and CEO Mary Barra said ." with NER's ORG "GM Chair"
    return _doc(
        [
            ("GM", "PROPN", "compound", 1, " "),
            ("Chair", "PROPN", "nsubj", 6, " "),
            ("and", "CCONJ", "cc", 1, " "),
            ("CEO", "PROPN", "compound", 5, " "),
            ("Mary", "PROPN", "compound", 5, " "),
            ("Barra", "PROPN", "conj", 1, " "),
            ("said", "VERB", "ROOT", 6, ""),
            (".", "PUNCT", "punct", 6, ""),
        ],
        ["B-ORG", "I-ORG", "O", "O", "B-PERSON", "I-PERSON", "O", "O"],
    )


def test_a_leaders_title_is_cut_off_a_body_name() -> None:
    names = entity_kinds(_gm_chair_doc())
    assert names.get("GM") == "org"
    assert "GM Chair" not in names


def test_the_person_after_a_body_leaders_titles_speaks() -> None:
    doc = _gm_chair_doc()
    ix, ds = build_index(doc, [], [])
    found = resolve_span(ix, ds, Span.of(ix.text, 0, doc[5].idx + 5), Ranges([]))
    assert found.entity is not None and found.entity.name == "Mary Barra"


def test_a_facility_named_after_a_person_is_no_person() -> None:
    # "James S. Brady Press Briefing Room" with NER's PERSON "James S. Brady"
    doc = _doc(
        [
            ("James", "PROPN", "compound", 5, " "),
            ("S.", "PROPN", "compound", 5, " "),
            ("Brady", "PROPN", "compound", 5, " "),
            ("Press", "PROPN", "compound", 5, " "),
            ("Briefing", "PROPN", "compound", 5, " "),
            ("Room", "PROPN", "ROOT", 5, ""),
        ],
        ["B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O"],
    )
    names = entity_kinds(doc)
    assert "James S. Brady" not in names
    assert names.get("James S. Brady Press Briefing Room") == "fac"


def test_a_hyphenated_given_name_keeps_both_halves_and_its_surname() -> None:
    # "chief of staff Im Jong-seok said ." (the tokenizer splits "Im" into
    # "I" + "m"; NER tags "Jong" alone)
    doc = _doc(
        [
            ("chief", "NOUN", "nmod", 8, " "),
            ("of", "ADP", "prep", 0, " "),
            ("staff", "NOUN", "pobj", 1, " "),
            ("I", "PROPN", "compound", 4, ""),
            ("m", "PROPN", "appos", 2, " "),
            ("Jong", "PROPN", "compound", 7, ""),
            ("-", "PUNCT", "punct", 7, ""),
            ("seok", "PROPN", "nsubj", 8, " "),
            ("said", "VERB", "ROOT", 8, ""),
            (".", "PUNCT", "punct", 8, ""),
        ],
        ["O", "O", "O", "O", "O", "B-PERSON", "O", "O", "O", "O"],
    )
    assert entity_kinds(doc).get("Im Jong-seok") == "person"


def test_a_name_with_its_surname_takes_no_word_before_it() -> None:
    # "The Kim Jong-un said ." with NER's PERSON "Kim Jong-un"
    doc = _doc(
        [
            ("The", "DET", "det", 3, " "),
            ("Kim", "PROPN", "compound", 3, " "),
            ("Jong", "PROPN", "compound", 3, ""),
            ("-", "PUNCT", "punct", 3, ""),
            ("un", "PROPN", "nsubj", 5, " "),
            ("said", "VERB", "ROOT", 5, ""),
        ],
        ["O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O"],
    )
    assert entity_kinds(doc) == {"Kim Jong-un": "person"}


def test_a_body_apposed_to_a_common_noun_is_the_source() -> None:
    # "The medicines regulator , the MHRA , said ."
    doc = _doc(
        [
            ("The", "DET", "det", 2, " "),
            ("medicines", "NOUN", "compound", 2, " "),
            ("regulator", "NOUN", "nsubj", 7, ""),
            (",", "PUNCT", "punct", 2, " "),
            ("the", "DET", "det", 5, " "),
            ("MHRA", "PROPN", "appos", 2, ""),
            (",", "PUNCT", "punct", 2, " "),
            ("said", "VERB", "ROOT", 7, ""),
            (".", "PUNCT", "punct", 7, ""),
        ],
        ["O", "O", "O", "O", "O", "B-ORG", "O", "O", "O"],
    )
    ix, ds = build_index(doc, [], [])
    found = resolve_span(ix, ds, Span.of(ix.text, 0, doc[6].idx + 1), Ranges([]))
    assert found.entity is not None and found.entity.name == "MHRA"


def _draft(name: str, type_: str, mentions: list[tuple[int, int]]) -> ActorDraft:
    return ActorDraft(
        key=(type_, name.lower()),
        name=name,
        type=type_,
        country="GBR" if type_ == "state" else None,
        igo=None,
        sector=None,
        code=None,
        mentions=mentions,
    )


def test_a_state_ending_a_body_name_is_not_the_speaker() -> None:
    text = "NHS England has estimated it."
    speaker = make_speaker(name="NHS England", mention=Span.of(text, 0, 11))
    uk = _draft("United Kingdom", "state", [(4, 11)])
    assert place_ends_body_name(speaker, uk)
    alone = make_speaker(name="England", mention=Span.of(text, 4, 11))
    assert not place_ends_body_name(alone, uk)


def test_a_state_opening_a_name_is_left_to_other_rules() -> None:
    text = "UK Finance said it."
    speaker = make_speaker(name="UK Finance", mention=Span.of(text, 0, 10))
    uk = _draft("United Kingdom", "state", [(0, 2)])
    assert not place_ends_body_name(speaker, uk)


def test_an_actor_ner_cut_short_takes_the_speakers_fuller_name() -> None:
    text = "The Alzheimer's Society said it. The Alzheimer's Society urged it."
    speaker = make_speaker(name="Alzheimer's Society", mention=Span.of(text, 4, 23))
    society = _draft("Society", "other", [(16, 23), (49, 56)])
    assert fuller_speaker_name(speaker, society, text)
    assert society.name == "Alzheimer's Society"


def test_an_actor_named_elsewhere_alone_keeps_its_name() -> None:
    text = "The Alzheimer's Society said it. The Society urged it."
    speaker = make_speaker(name="Alzheimer's Society", mention=Span.of(text, 4, 23))
    society = _draft("Society", "other", [(16, 23), (37, 44)])
    assert not fuller_speaker_name(speaker, society, text)
    assert society.name == "Society"


def test_a_capital_speaking_for_its_state_keeps_its_word() -> None:
    text = "Kyiv said it."
    speaker = make_speaker(name="Ukraine", mention=Span.of(text, 0, 4))
    ukraine = make_actor(name="Ukraine", type="state", country="UKR")

    def capital(word: str, country: str | None) -> bool:
        return (word, country) == ("Kyiv", "UKR")

    assert capital_speaker_name(speaker, ukraine, capital).name == "Kyiv"
    us = make_speaker(name="Ukraine", mention=Span.of("Ukraine said it.", 0, 7))
    assert capital_speaker_name(us, ukraine, capital).name == "Ukraine"


def test_a_place_ner_took_for_a_surname_stays_a_persons() -> None:
    # "Tamar Golan said ." with NER's GPE "Golan"
    doc = _doc(
        [
            ("Tamar", "PROPN", "compound", 1, " "),
            ("Golan", "PROPN", "nsubj", 2, " "),
            ("said", "VERB", "ROOT", 2, ""),
            (".", "PUNCT", "punct", 2, ""),
        ],
        ["O", "B-GPE", "O", "O"],
    )
    assert "org" not in entity_kinds(doc).values()


def test_a_person_in_a_named_heads_appositive_is_not_the_source() -> None:
    # "Stellantis , the maker of Jeep and Ram vehicles , said ." with NER's
    # PERSON "Ram" and "Stellantis" untagged
    doc = _doc(
        [
            ("Stellantis", "PROPN", "nsubj", 10, ""),
            (",", "PUNCT", "punct", 0, " "),
            ("the", "DET", "det", 3, " "),
            ("maker", "NOUN", "appos", 0, " "),
            ("of", "ADP", "prep", 3, " "),
            ("Jeep", "PROPN", "nmod", 8, " "),
            ("and", "CCONJ", "cc", 5, " "),
            ("Ram", "PROPN", "conj", 5, " "),
            ("vehicles", "NOUN", "pobj", 4, ""),
            (",", "PUNCT", "punct", 0, " "),
            ("said", "VERB", "ROOT", 10, ""),
            (".", "PUNCT", "punct", 10, ""),
        ],
        ["O", "O", "O", "O", "O", "B-ORG", "O", "B-PERSON", "O", "O", "O", "O"],
    )
    ix, ds = build_index(doc, [], [])
    found = resolve_span(ix, ds, Span.of(ix.text, 0, doc[9].idx + 1), Ranges([]))
    assert found.entity is not None and found.entity.name == "Stellantis"
