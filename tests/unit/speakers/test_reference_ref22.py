"""Session 14 (ref22) reference rules, on hand-built Docs: the titles world
knowledge gives a person the text names with none ("the president" after
"Nicolás Maduro said", when Maduro is president that day); a plural source
that lists names ("Two managers, A and B, said") and a "who" after such a
list are each listed person."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from tests.factories import make_attribution, parsed_doc, span, with_word

from whosaid.actors import load_knowledge
from whosaid.actors.office_titles import office_title_words, titles_on
from whosaid.actors.people import Office, People
from whosaid.speakers.chains import holds_other_office
from whosaid.speakers.listed import name_list_at_end
from whosaid.speakers.mentions import build_index
from whosaid.speakers.model import Entity
from whosaid.speakers.resolve import resolve_speakers

VOCAB_NLP = spacy.blank("en")
VOCAB = VOCAB_NLP.vocab


def test_office_title_words_keep_the_title_of_an_office_name() -> None:
    assert office_title_words("President") == {"president"}
    assert office_title_words("chief of state: President") == {"president", "leader"}
    assert office_title_words("head of government: Prime Minister") == {
        "prime",
        "minister",
        "leader",
    }
    assert office_title_words("chief of state: Vice President") == {
        "vice",
        "president",
    }
    assert office_title_words("Minister of Foreign Affairs") == {
        "minister",
        "foreign",
        "affairs",
    }
    # nominal25: the party's words title its leader too ("the Socialist leader")
    assert office_title_words("party leader - United Socialist Party") == {
        "party",
        "leader",
        "united",
        "socialist",
    }
    assert office_title_words("party leader: Conservative Party") == {
        "party",
        "leader",
        "conservative",
    }


def _people() -> People:
    people = People()
    people.extra_offices = {
        "Q1": [Office("AAA", None, "GOV", "President", "2013-03-05", "", "t")],
        "Q2": [Office("AAA", None, "GOV", "Prime Minister", "2001", "2005", "t")],
    }
    people.add("Q1", "Luis Ruiz", ["luis ruiz"], False)
    people.add("Q2", "Ana Vidal", ["ana vidal"], False)
    return people


def test_titles_on_are_the_offices_held_that_day() -> None:
    titles = titles_on(_people(), "2024-07-29")
    assert titles("Luis Ruiz") == ({"president"}, frozenset())
    assert titles("Ana Vidal") == ({"former", "prime", "minister"}, frozenset())
    assert titles("Ruiz") == (frozenset(), frozenset())  # a surname: no look-up
    assert titles("Jon Doe") == (frozenset(), frozenset())  # unknown


def test_titles_on_give_the_words_of_the_offices_country() -> None:
    people = People()
    people.extra_offices = {
        "Q1": [Office("RUS", None, "GOV", "President", "2012-05-07", "", "t")]
    }
    people.add("Q1", "Ivan Petrov", ["ivan petrov"], False)
    offices, country = titles_on(
        people, "2024-07-29", load_knowledge(VOCAB_NLP.tokenizer)
    )("Ivan Petrov")
    assert offices == {"president"}
    assert {"russian", "russia"} <= country


# "CNE president Elvis Amoroso said votes counted. Luis Ruiz said he won.
#  The president said peace held."
PRESIDENT = [
    ("CNE", "PROPN", "NNP", "compound", 3),
    ("president", "NOUN", "NN", "compound", 3),
    ("Elvis", "PROPN", "NNP", "compound", 3),
    ("Amoroso", "PROPN", "NNP", "nsubj", 4),
    ("said", "VERB", "VBD", "ROOT", 4),
    ("votes", "NOUN", "NNS", "nsubj", 6),
    ("counted", "VERB", "VBD", "ccomp", 4),
    (".", "PUNCT", ".", "punct", 4),
    ("Luis", "PROPN", "NNP", "compound", 9),
    ("Ruiz", "PROPN", "NNP", "nsubj", 10),
    ("said", "VERB", "VBD", "ROOT", 10),
    ("he", "PRON", "PRP", "nsubj", 12),
    ("won", "VERB", "VBD", "ccomp", 10),
    (".", "PUNCT", ".", "punct", 10),
    ("The", "DET", "DT", "det", 15),
    ("president", "NOUN", "NN", "nsubj", 16),
    ("said", "VERB", "VBD", "ROOT", 16),
    ("peace", "NOUN", "NN", "nsubj", 18),
    ("held", "VERB", "VBD", "ccomp", 16),
    (".", "PUNCT", ".", "punct", 16),
]


def _president_speaker(**knowledge: object) -> str | None:
    doc = parsed_doc(VOCAB, PRESIDENT, ents=[(2, 4, "PERSON"), (8, 10, "PERSON")])
    text = doc.text
    attributions = [
        make_attribution(
            id=f"a{k}",
            kind="indirect",
            source=(span(text, source),),
            cue=(span(text, "said", k),),
            content=(span(text, content),),
        )
        for k, (source, content) in enumerate(
            [
                ("Elvis Amoroso", "votes counted"),
                ("Luis Ruiz", "he won"),
                ("The president", "peace held"),
            ]
        )
    ]
    *_, last = resolve_speakers(doc, attributions, **knowledge)  # type: ignore[arg-type]
    return last.speaker.name if last.speaker is not None else None


def test_the_president_is_the_president_knowledge_knows_that_day() -> None:
    assert _president_speaker(titles_of=titles_on(_people(), "2024-07-29")) == (
        "Luis Ruiz"
    )


def test_without_knowledge_the_president_is_the_one_the_text_titles() -> None:
    assert _president_speaker() == "Elvis Amoroso"
    assert _president_speaker(titles_of=titles_on(_people(), "2010-01-01")) == (
        "Elvis Amoroso"
    )


# "Two managers, Ann Lee and Bob Roe, said rain fell."
MANAGERS = [
    ("Two", "NUM", "CD", "nummod", 1),
    ("managers", "NOUN", "NNS", "nsubj", 9),
    (",", "PUNCT", ",", "punct", 1),
    ("Ann", "PROPN", "NNP", "compound", 4),
    ("Lee", "PROPN", "NNP", "appos", 1),
    ("and", "CCONJ", "CC", "cc", 4),
    ("Bob", "PROPN", "NNP", "compound", 7),
    ("Roe", "PROPN", "NNP", "conj", 4),
    (",", "PUNCT", ",", "punct", 1),
    ("said", "VERB", "VBD", "ROOT", 9),
    ("rain", "NOUN", "NN", "nsubj", 11),
    ("fell", "VERB", "VBD", "ccomp", 9),
    (".", "PUNCT", ".", "punct", 9),
]


def _speakers(doc: Doc, source: str, content: str) -> list[str | None]:
    text = doc.text
    attribution = make_attribution(
        id="a1",
        kind="indirect",
        source=(span(text, source),),
        cue=(span(text, "said" if "said" in text else "promised"),),
        content=(span(text, content),),
    )
    (resolved,) = resolve_speakers(doc, [attribution])
    assert resolved.speaker is not None
    return [resolved.speaker.name, *(s.name for s in resolved.co_speakers)]


def test_a_plural_source_that_lists_names_is_each_named_person() -> None:
    doc = parsed_doc(VOCAB, MANAGERS, ents=[(3, 5, "PERSON"), (6, 8, "PERSON")])
    found = _speakers(doc, "Two managers, Ann Lee and Bob Roe,", "rain fell")
    assert found == ["Ann Lee", "Bob Roe"]


def test_a_list_needs_and_between_its_last_two_names() -> None:
    doc = parsed_doc(
        VOCAB,
        with_word(MANAGERS, 5, "or"),
        ents=[(3, 5, "PERSON"), (6, 8, "PERSON")],
    )
    found = _speakers(doc, "Two managers, Ann Lee or Bob Roe,", "rain fell")
    assert found != ["Ann Lee", "Bob Roe"]


# "He met the leaders, Ann Lee and Bob Roe, who promised aid."
WHO = [
    ("He", "PRON", "PRP", "nsubj", 1),
    ("met", "VERB", "VBD", "ROOT", 1),
    ("the", "DET", "DT", "det", 3),
    ("leaders", "NOUN", "NNS", "dobj", 1),
    (",", "PUNCT", ",", "punct", 3),
    ("Ann", "PROPN", "NNP", "compound", 6),
    ("Lee", "PROPN", "NNP", "appos", 3),
    ("and", "CCONJ", "CC", "cc", 6),
    ("Bob", "PROPN", "NNP", "compound", 9),
    ("Roe", "PROPN", "NNP", "conj", 6),
    (",", "PUNCT", ",", "punct", 3),
    ("who", "PRON", "WP", "nsubj", 12),
    ("promised", "VERB", "VBD", "relcl", 3),
    ("aid", "NOUN", "NN", "dobj", 12),
    (".", "PUNCT", ".", "punct", 1),
]


def test_who_after_a_listed_plural_is_each_listed_person() -> None:
    doc = parsed_doc(VOCAB, WHO, ents=[(5, 7, "PERSON"), (8, 10, "PERSON")])
    assert _speakers(doc, "who", "aid") == ["Ann Lee", "Bob Roe"]


def test_name_list_at_end_needs_words_before_the_list() -> None:
    doc = parsed_doc(VOCAB, MANAGERS, ents=[(3, 5, "PERSON"), (6, 8, "PERSON")])
    ix, _ = build_index(doc, [], [])
    assert name_list_at_end(ix, list(doc[3:8])) is None
    found = name_list_at_end(ix, list(doc[0:8]))
    assert found is not None
    opening, members = found
    assert opening == 2
    assert [m.entity.name for m in members] == ["Ann Lee", "Bob Roe"]


# "Ivan Petrov met Li Wei . The Russian president said ties held ."
RUSSIAN = [
    ("Ivan", "PROPN", "NNP", "compound", 1),
    ("Petrov", "PROPN", "NNP", "nsubj", 2),
    ("met", "VERB", "VBD", "ROOT", 2),
    ("Li", "PROPN", "NNP", "compound", 4),
    ("Wei", "PROPN", "NNP", "dobj", 2),
    (".", "PUNCT", ".", "punct", 2),
    ("The", "DET", "DT", "det", 8),
    ("Russian", "ADJ", "JJ", "amod", 8),
    ("president", "NOUN", "NN", "nsubj", 9),
    ("said", "VERB", "VBD", "ROOT", 9),
    ("ties", "NOUN", "NNS", "nsubj", 11),
    ("held", "VERB", "VBD", "ccomp", 9),
    (".", "PUNCT", ".", "punct", 9),
]


def _national_president(nationality: str) -> str | None:
    doc = parsed_doc(
        VOCAB,
        with_word(RUSSIAN, 7, nationality),
        ents=[(0, 2, "PERSON"), (3, 5, "PERSON"), (7, 8, "NORP")],
    )
    people = People()
    people.extra_offices = {
        "Q1": [Office("RUS", None, "GOV", "President", "2012-05-07", "", "t")],
        "Q2": [Office("CHN", None, "GOV", "President", "2013-03-14", "", "t")],
    }
    people.add("Q1", "Ivan Petrov", ["ivan petrov"], False)
    people.add("Q2", "Li Wei", ["li wei"], False)
    text = doc.text
    attribution = make_attribution(
        id="a1",
        kind="indirect",
        source=(span(text, f"The {nationality} president"),),
        cue=(span(text, "said"),),
        content=(span(text, "ties held"),),
    )
    titles = titles_on(people, "2024-07-29", load_knowledge(VOCAB_NLP.tokenizer))
    (resolved,) = resolve_speakers(doc, [attribution], titles_of=titles)
    assert resolved.speaker is not None
    return resolved.speaker.name


def test_the_russian_president_is_the_one_whose_office_is_russias() -> None:
    assert _national_president("Russian") == "Ivan Petrov"
    assert _national_president("Chinese") == "Li Wei"


def test_the_turkish_president_is_no_president_of_another_country() -> None:
    assert _national_president("Turkish") not in {"Ivan Petrov", "Li Wei"}


def test_a_former_president_is_no_president_only_the_former_president() -> None:
    trump = Entity("Ann Roe", "person", 0, 0, titles={"former", "president"})
    assert holds_other_office(trump, "president")
    assert not holds_other_office(trump, "president", ["former"])
