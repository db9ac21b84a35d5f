"""Session 14 (ref22) reference rules: the titles world knowledge gives a
person the text names with none ("the president" after "Nicolás Maduro
said", when Maduro is president that day), on hand-built Docs."""

from __future__ import annotations

import spacy
from tests.factories import make_attribution, parsed_doc, span

from whosaid.actors.office_titles import office_title_words, titles_on
from whosaid.actors.people import Office, People
from whosaid.speakers.resolve import resolve_speakers

VOCAB = spacy.blank("en").vocab


def test_office_title_words_keep_the_title_of_an_office_name() -> None:
    assert office_title_words("chief of state: President") == {"president"}
    assert office_title_words("head of government: Prime Minister") == {
        "prime",
        "minister",
    }
    assert office_title_words("Minister of Foreign Affairs") == {
        "minister",
        "foreign",
        "affairs",
    }
    assert office_title_words("party leader - United Socialist Party") == {
        "party",
        "leader",
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
    assert titles("Luis Ruiz") == {"president"}
    assert titles("Ana Vidal") == frozenset()  # a former officeholder
    assert titles("Ruiz") == frozenset()  # a surname alone: no look-up
    assert titles("Jon Doe") == frozenset()  # unknown


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
