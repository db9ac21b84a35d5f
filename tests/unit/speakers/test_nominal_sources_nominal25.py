"""Session 15 (nominal25) nominal, group and document sources, on hand-built
Docs: a spokesperson speaks for the body after "for" (resolved, or named by
its own words); a proper noun NER missed names the body its organisation
noun describes; a headline's bare "union" is the union of the body; an
envoy a state possesses speaks for the state; a statement read after a
body's meeting is the body's; a memorandum is its relative clause's
subject's; "its latest filings" are the clause subject's; a description
with lower-case words continues the previous sentence's subject."""

from __future__ import annotations

from typing import ClassVar

import spacy
from tests.factories import (
    actor_draft,
    make_actor,
    make_attribution,
    make_speaker,
    parsed_doc,
    resolve_triples,
    span,
)

from whosaid.actors.body_speakers import state_of_named_body
from whosaid.actors.speaker_phrases import name_inside_source, spokesperson_actor
from whosaid.speakers.mentions import build_index
from whosaid.speakers.resolve import resolve_speakers

VOCAB = spacy.blank("en").vocab

Triple = tuple[str, str, str]  # source, cue, content


# "Swissmem, the association of industries, warned that jobs were at risk.
#  A spokesman for the association said margins were thin."
ASSOCIATION = [
    ("Swissmem", "PROPN", "NNP", "nsubj", 7),
    (",", "PUNCT", ",", "punct", 0),
    ("the", "DET", "DT", "det", 3),
    ("association", "NOUN", "NN", "appos", 0),
    ("of", "ADP", "IN", "prep", 3),
    ("industries", "NOUN", "NNS", "pobj", 4),
    (",", "PUNCT", ",", "punct", 0),
    ("warned", "VERB", "VBD", "ROOT", 7),
    ("that", "SCONJ", "IN", "mark", 10),
    ("jobs", "NOUN", "NNS", "nsubj", 10),
    ("were", "AUX", "VBD", "ccomp", 7),
    ("at", "ADP", "IN", "prep", 10),
    ("risk", "NOUN", "NN", "pobj", 11),
    (".", "PUNCT", ".", "punct", 7),
    ("A", "DET", "DT", "det", 15),
    ("spokesman", "NOUN", "NN", "nsubj", 19),
    ("for", "ADP", "IN", "prep", 15),
    ("the", "DET", "DT", "det", 18),
    ("association", "NOUN", "NN", "pobj", 16),
    ("said", "VERB", "VBD", "ROOT", 19),
    ("margins", "NOUN", "NNS", "nsubj", 21),
    ("were", "AUX", "VBD", "ccomp", 19),
    ("thin", "ADJ", "JJ", "acomp", 21),
    (".", "PUNCT", ".", "punct", 19),
]


def test_spokesman_for_the_association_is_the_association_named_before() -> None:
    doc = parsed_doc(VOCAB, ASSOCIATION)
    found = resolve_triples(
        doc,
        [
            ("Swissmem, the association of industries,", "warned", "jobs were"),
            ("A spokesman for the association", "said", "margins were thin"),
        ],
    )
    assert found[0][0] == "Swissmem"
    assert found[1] == ("Swissmem", "nominal")


# "A spokeswoman for the Chinese foreign ministry said she was not aware."
MINISTRY = [
    ("A", "DET", "DT", "det", 1),
    ("spokeswoman", "NOUN", "NN", "nsubj", 7),
    ("for", "ADP", "IN", "prep", 1),
    ("the", "DET", "DT", "det", 6),
    ("Chinese", "ADJ", "JJ", "amod", 6),
    ("foreign", "ADJ", "JJ", "amod", 6),
    ("ministry", "NOUN", "NN", "pobj", 2),
    ("said", "VERB", "VBD", "ROOT", 7),
    ("she", "PRON", "PRP", "nsubj", 9),
    ("was", "AUX", "VBD", "ccomp", 7),
    ("not", "PART", "RB", "neg", 9),
    ("aware", "ADJ", "JJ", "acomp", 9),
    (".", "PUNCT", ".", "punct", 7),
]


def test_spokeswoman_for_an_unnamed_ministry_names_it_by_its_words() -> None:
    doc = parsed_doc(VOCAB, MINISTRY, ents=[(4, 5, "NORP")])
    found = resolve_triples(
        doc,
        [("A spokeswoman for the Chinese foreign ministry", "said", "she was")],
    )
    assert found == [("Chinese foreign ministry", "nominal")]


def test_actor_of_a_spokesperson_phrase_keeps_the_body_the_stage_named() -> None:
    speaker = make_speaker("Chinese foreign ministry", resolved_by="nominal")
    actor = make_actor(
        name="Spokeswoman for the Chinese foreign ministry", type="government"
    )
    assert spokesperson_actor(speaker, actor)
    assert not spokesperson_actor(speaker, make_actor(name="Foreign Ministry"))
    assert not spokesperson_actor(
        make_speaker("Chinese foreign ministry", resolved_by="unresolved"), actor
    )


# "The Unia trade union called on employers to act."
UNION = [
    ("The", "DET", "DT", "det", 3),
    ("Unia", "PROPN", "NNP", "compound", 3),
    ("trade", "NOUN", "NN", "compound", 3),
    ("union", "NOUN", "NN", "nsubj", 4),
    ("called", "VERB", "VBD", "ROOT", 4),
    ("on", "ADP", "IN", "prep", 4),
    ("employers", "NOUN", "NNS", "pobj", 5),
    ("to", "PART", "TO", "aux", 8),
    ("act", "VERB", "VB", "xcomp", 4),
    (".", "PUNCT", ".", "punct", 4),
]


def test_proper_noun_ner_missed_names_the_union_it_modifies() -> None:
    doc = parsed_doc(VOCAB, UNION)
    found = resolve_triples(doc, [("The Unia trade union", "called on", "employers")])
    assert found[0][0] == "Unia"


def test_place_before_an_organisation_noun_names_no_body() -> None:
    tokens = [("Paris", *t[1:]) if i == 1 else t for i, t in enumerate(UNION)]
    doc = parsed_doc(VOCAB, tokens, ents=[(1, 2, "GPE")])
    found = resolve_triples(doc, [("The Paris trade union", "called on", "employers")])
    assert found[0][0] != "Paris"


# "Staff walk out as union says pay is low \n\n The Workers Union said pay fell."
HEADLINE = [
    ("Staff", "NOUN", "NN", "nsubj", 1),
    ("walk", "VERB", "VBP", "ROOT", 1),
    ("out", "ADP", "RP", "prt", 1),
    ("as", "SCONJ", "IN", "mark", 5),
    ("union", "NOUN", "NN", "nsubj", 5),
    ("says", "VERB", "VBZ", "advcl", 1),
    ("pay", "NOUN", "NN", "nsubj", 7),
    ("is", "AUX", "VBZ", "ccomp", 5),
    ("low", "ADJ", "JJ", "acomp", 7),
    ("\n\n", "SPACE", "_SP", "dep", 8),
    ("The", "DET", "DT", "det", 12),
    ("Workers", "PROPN", "NNP", "compound", 12),
    ("Union", "PROPN", "NNP", "nsubj", 13),
    ("said", "VERB", "VBD", "ROOT", 13),
    ("pay", "NOUN", "NN", "nsubj", 15),
    ("fell", "VERB", "VBD", "ccomp", 13),
    (".", "PUNCT", ".", "punct", 13),
]


def test_headline_bare_union_is_the_union_of_the_body() -> None:
    doc = parsed_doc(VOCAB, HEADLINE, ents=[(11, 13, "ORG")])
    found = resolve_triples(doc, [("union", "says", "pay is low")])
    assert found == [("Workers Union", "nominal")]


def test_bare_noun_in_a_body_sentence_is_no_headline() -> None:
    tokens = [*HEADLINE[:9], (".", "PUNCT", ".", "punct", 1), *HEADLINE[9:]]
    tokens = [(w, p, t, d, h + 1 if h >= 9 else h) for w, p, t, d, h in tokens]
    doc = parsed_doc(VOCAB, tokens, ents=[(12, 14, "ORG")])
    found = resolve_triples(doc, [("union", "says", "pay is low")])
    assert found[0][0] != "Workers Union"


# "Russia's representative told the council that Moscow had doubts."
ENVOY = [
    ("Russia", "PROPN", "NNP", "poss", 2),
    ("'s", "PART", "POS", "case", 0),
    ("representative", "NOUN", "NN", "nsubj", 3),
    ("told", "VERB", "VBD", "ROOT", 3),
    ("the", "DET", "DT", "det", 5),
    ("council", "NOUN", "NN", "dobj", 3),
    ("that", "SCONJ", "IN", "mark", 8),
    ("Moscow", "PROPN", "NNP", "nsubj", 8),
    ("had", "VERB", "VBD", "ccomp", 3),
    ("doubts", "NOUN", "NNS", "dobj", 8),
    (".", "PUNCT", ".", "punct", 3),
]


def test_unnamed_envoy_a_state_possesses_speaks_for_the_state() -> None:
    doc = parsed_doc(VOCAB, ENVOY, ents=[(0, 1, "GPE"), (7, 8, "GPE")])
    found = resolve_triples(doc, [("Russia's representative", "told", "Moscow had")])
    assert found == [("Russia", "nominal")]


def test_possessed_role_that_is_no_envoy_is_not_the_state() -> None:
    tokens = [("lawyer", *t[1:]) if i == 2 else t for i, t in enumerate(ENVOY)]
    doc = parsed_doc(VOCAB, tokens, ents=[(0, 1, "GPE"), (7, 8, "GPE")])
    found = resolve_triples(doc, [("Russia's lawyer", "told", "Moscow had")])
    assert found[0][0] != "Russia"


# "Kim read a statement after a meeting of the National Security Council.
#  The statement said peace was betrayed."
MEETING = [
    ("Kim", "PROPN", "NNP", "nsubj", 1),
    ("read", "VERB", "VBD", "ROOT", 1),
    ("a", "DET", "DT", "det", 3),
    ("statement", "NOUN", "NN", "dobj", 1),
    ("after", "ADP", "IN", "prep", 1),
    ("a", "DET", "DT", "det", 6),
    ("meeting", "NOUN", "NN", "pobj", 4),
    ("of", "ADP", "IN", "prep", 6),
    ("the", "DET", "DT", "det", 11),
    ("National", "PROPN", "NNP", "compound", 11),
    ("Security", "PROPN", "NNP", "compound", 11),
    ("Council", "PROPN", "NNP", "pobj", 7),
    (".", "PUNCT", ".", "punct", 1),
    ("The", "DET", "DT", "det", 14),
    ("statement", "NOUN", "NN", "nsubj", 15),
    ("said", "VERB", "VBD", "ROOT", 15),
    ("peace", "NOUN", "NN", "nsubjpass", 18),
    ("was", "AUX", "VBD", "auxpass", 18),
    ("betrayed", "VERB", "VBN", "ccomp", 15),
    (".", "PUNCT", ".", "punct", 15),
]


def test_statement_read_after_a_body_meeting_is_the_body_s() -> None:
    doc = parsed_doc(VOCAB, MEETING, ents=[(0, 1, "PERSON"), (9, 12, "ORG")])
    found = resolve_triples(doc, [("The statement", "said", "peace was betrayed")])
    assert found == [("National Security Council", "nominal")]


# "The Ohio Democratic Party sued. Volunteers were trained, according to a
#  memorandum the party circulated."
MEMORANDUM = [
    ("The", "DET", "DT", "det", 3),
    ("Ohio", "PROPN", "NNP", "compound", 3),
    ("Democratic", "PROPN", "NNP", "compound", 3),
    ("Party", "PROPN", "NNP", "nsubj", 4),
    ("sued", "VERB", "VBD", "ROOT", 4),
    (".", "PUNCT", ".", "punct", 4),
    ("Volunteers", "NOUN", "NNS", "nsubjpass", 8),
    ("were", "AUX", "VBD", "auxpass", 8),
    ("trained", "VERB", "VBN", "ROOT", 8),
    (",", "PUNCT", ",", "punct", 8),
    ("according", "VERB", "VBG", "prep", 8),
    ("to", "ADP", "IN", "prep", 10),
    ("a", "DET", "DT", "det", 13),
    ("memorandum", "NOUN", "NN", "pobj", 11),
    ("the", "DET", "DT", "det", 15),
    ("party", "NOUN", "NN", "nsubj", 16),
    ("circulated", "VERB", "VBD", "relcl", 13),
    (".", "PUNCT", ".", "punct", 8),
]


def test_memorandum_is_its_relative_clause_subject_s() -> None:
    doc = parsed_doc(VOCAB, MEMORANDUM, ents=[(1, 4, "ORG")])
    found = resolve_triples(
        doc,
        [
            (
                "a memorandum the party circulated",
                "according to",
                "Volunteers were trained",
            )
        ],
    )
    assert found == [("Ohio Democratic Party", "nominal")]


# "Evergrande owes billions, according to its latest filings."
FILINGS = [
    ("Evergrande", "PROPN", "NNP", "nsubj", 1),
    ("owes", "VERB", "VBZ", "ROOT", 1),
    ("billions", "NOUN", "NNS", "dobj", 1),
    (",", "PUNCT", ",", "punct", 1),
    ("according", "VERB", "VBG", "prep", 1),
    ("to", "ADP", "IN", "prep", 4),
    ("its", "PRON", "PRP$", "poss", 8),
    ("latest", "ADJ", "JJS", "amod", 8),
    ("filings", "NOUN", "NNS", "pobj", 5),
    (".", "PUNCT", ".", "punct", 1),
]


def test_filings_a_pronoun_possesses_are_the_clause_subject_s() -> None:
    doc = parsed_doc(VOCAB, FILINGS, ents=[(0, 1, "ORG")])
    found = resolve_triples(
        doc, [("its latest filings", "according to", "Evergrande owes billions")]
    )
    assert found == [("Evergrande", "nominal")]


# "Bank of America agreed. Lehman said it had debts. The 158-year-old
#  investment bank said units would operate."
DESCRIPTION = [
    ("Bank", "PROPN", "NNP", "nsubj", 3),
    ("of", "ADP", "IN", "prep", 0),
    ("America", "PROPN", "NNP", "pobj", 1),
    ("agreed", "VERB", "VBD", "ROOT", 3),
    (".", "PUNCT", ".", "punct", 3),
    ("Lehman", "PROPN", "NNP", "nsubj", 6),
    ("said", "VERB", "VBD", "ROOT", 6),
    ("it", "PRON", "PRP", "nsubj", 8),
    ("had", "VERB", "VBD", "ccomp", 6),
    ("debts", "NOUN", "NNS", "dobj", 8),
    (".", "PUNCT", ".", "punct", 6),
    ("The", "DET", "DT", "det", 14),
    ("158-year-old", "ADJ", "JJ", "amod", 14),
    ("investment", "NOUN", "NN", "compound", 14),
    ("bank", "NOUN", "NN", "nsubj", 15),
    ("said", "VERB", "VBD", "ROOT", 15),
    ("units", "NOUN", "NNS", "nsubj", 18),
    ("would", "AUX", "MD", "aux", 18),
    ("operate", "VERB", "VB", "ccomp", 15),
    (".", "PUNCT", ".", "punct", 15),
]


def test_described_bank_continues_the_previous_subject_not_a_named_bank() -> None:
    doc = parsed_doc(VOCAB, DESCRIPTION, ents=[(0, 3, "ORG"), (5, 6, "ORG")])
    text = doc.text
    attributions = [
        make_attribution(
            id="a0",
            kind="indirect",
            source=(span(text, "Lehman"),),
            cue=(span(text, "said"),),
            content=(span(text, "it had debts"),),
        ),
        make_attribution(
            id="a1",
            kind="indirect",
            source=(span(text, "The 158-year-old investment bank"),),
            cue=(span(text, "said", 1),),
            content=(span(text, "units would operate"),),
        ),
    ]
    resolved = resolve_speakers(doc, attributions)
    assert resolved[1].speaker is not None
    assert resolved[1].speaker.name == "Lehman"


# "Brown spoke . Johnson said it was theirs . The Conservative leader said
#  it failed . Mr Cameron said it was tired ."
LEADER = [
    ("Gordon", "PROPN", "NNP", "compound", 1),
    ("Brown", "PROPN", "NNP", "nsubj", 2),
    ("spoke", "VERB", "VBD", "ROOT", 2),
    (".", "PUNCT", ".", "punct", 2),
    ("Alan", "PROPN", "NNP", "compound", 5),
    ("Johnson", "PROPN", "NNP", "nsubj", 6),
    ("said", "VERB", "VBD", "ROOT", 6),
    ("it", "PRON", "PRP", "nsubj", 8),
    ("was", "AUX", "VBD", "ccomp", 6),
    ("theirs", "PRON", "PRP", "attr", 8),
    (".", "PUNCT", ".", "punct", 6),
    ("The", "DET", "DT", "det", 13),
    ("Conservative", "PROPN", "NNP", "compound", 13),
    ("leader", "NOUN", "NN", "nsubj", 14),
    ("said", "VERB", "VBD", "ROOT", 14),
    ("it", "PRON", "PRP", "nsubj", 16),
    ("failed", "VERB", "VBD", "ccomp", 14),
    (".", "PUNCT", ".", "punct", 14),
    ("David", "PROPN", "NNP", "compound", 19),
    ("Cameron", "PROPN", "NNP", "nsubj", 20),
    ("said", "VERB", "VBD", "ROOT", 20),
    ("it", "PRON", "PRP", "nsubj", 22),
    ("was", "AUX", "VBD", "ccomp", 20),
    ("tired", "ADJ", "JJ", "acomp", 22),
    (".", "PUNCT", ".", "punct", 20),
]


class _Titles:
    """Knowledge's titles: Brown leads Labour and the government, Cameron
    the Conservatives."""

    known: ClassVar[dict[str, frozenset[str]]] = {
        "Gordon Brown": frozenset({"prime", "minister", "leader", "labour"}),
        "Alan Johnson": frozenset({"home", "secretary"}),
        "David Cameron": frozenset({"party", "leader", "conservative"}),
    }

    def __call__(self, name: str) -> tuple[frozenset[str], frozenset[str]]:
        return self.known.get(name, frozenset()), frozenset()

    def is_country_word(self, word: str) -> bool:
        return False


def test_role_nominal_is_the_person_whose_titles_hold_its_modifiers() -> None:
    doc = parsed_doc(
        VOCAB,
        LEADER,
        ents=[(0, 2, "PERSON"), (4, 6, "PERSON"), (12, 13, "NORP"), (18, 20, "PERSON")],
    )
    text = doc.text
    attributions = [
        make_attribution(
            id=f"a{k}",
            kind="indirect",
            source=(span(text, source),),
            cue=(span(text, "said", nth),),
            content=(span(text, content),),
        )
        for k, (source, nth, content) in enumerate(
            [
                ("Alan Johnson", 0, "it was theirs"),
                ("The Conservative leader", 1, "it failed"),
            ]
        )
    ]
    resolved = resolve_speakers(doc, attributions, titles_of=_Titles())
    assert resolved[1].speaker is not None
    assert resolved[1].speaker.name == "David Cameron"


# "• President says he acts \n\n President Barack Obama said it works."
HIGHLIGHT = [
    ("•", "PUNCT", "NFP", "punct", 2),
    ("President", "PROPN", "NNP", "nsubj", 2),
    ("says", "VERB", "VBZ", "ROOT", 2),
    ("he", "PRON", "PRP", "nsubj", 4),
    ("acts", "VERB", "VBZ", "ccomp", 2),
    ("\n\n", "SPACE", "_SP", "dep", 4),
    ("President", "PROPN", "NNP", "compound", 8),
    ("Barack", "PROPN", "NNP", "compound", 8),
    ("Obama", "PROPN", "NNP", "nsubj", 9),
    ("said", "VERB", "VBD", "ROOT", 9),
    ("it", "PRON", "PRP", "nsubj", 11),
    ("works", "VERB", "VBZ", "ccomp", 9),
    (".", "PUNCT", ".", "punct", 9),
]


def test_bare_title_after_a_highlight_bullet_is_the_person_titled_so() -> None:
    doc = parsed_doc(VOCAB, HIGHLIGHT, ents=[(7, 9, "PERSON")])
    found = resolve_triples(doc, [("President", "says", "he acts")])
    assert found == [("Barack Obama", "nominal")]


# "General Says troops return \n\n Gen. David Petraeus said cuts begin."
RANK = [
    ("General", "PROPN", "NNP", "nsubj", 1),
    ("Says", "VERB", "VBZ", "ROOT", 1),
    ("troops", "NOUN", "NNS", "nsubj", 3),
    ("return", "VERB", "VBP", "ccomp", 1),
    ("\n\n", "SPACE", "_SP", "dep", 3),
    ("Gen.", "PROPN", "NNP", "compound", 7),
    ("David", "PROPN", "NNP", "compound", 7),
    ("Petraeus", "PROPN", "NNP", "nsubj", 8),
    ("said", "VERB", "VBD", "ROOT", 8),
    ("cuts", "NOUN", "NNS", "nsubj", 10),
    ("begin", "VERB", "VBP", "ccomp", 8),
    (".", "PUNCT", ".", "punct", 8),
]


def test_headline_title_written_out_is_the_person_abbreviated_so() -> None:
    doc = parsed_doc(VOCAB, RANK, ents=[(6, 8, "PERSON")])
    found = resolve_triples(doc, [("General", "Says", "troops return")])
    assert found == [("David Petraeus", "nominal")]


def test_abbreviated_rank_titles_the_person_with_the_written_out_word() -> None:
    doc = parsed_doc(VOCAB, RANK, ents=[(6, 8, "PERSON")])
    _, ds = build_index(doc, [], [])
    petraeus = next(e for e in ds.entities.values() if e.name == "David Petraeus")
    assert {"gen", "general"} <= petraeus.titles


def test_name_inside_its_source_keeps_the_source_s_other_actors_away() -> None:
    text = "Swissmem, the association of the industries, warned"
    source = span(text, "Swissmem, the association of the industries,")
    named = make_speaker("Swissmem", mention=span(text, "Swissmem"))
    assert name_inside_source(source, named)
    whole = make_speaker("Swissmem", mention=span(text, "Swissmem"))
    assert not name_inside_source(span(text, "Swissmem"), whole)
    nominal = make_speaker(
        "Swissmem", mention=span(text, "Swissmem"), resolved_by="nominal"
    )
    assert not name_inside_source(source, nominal)


def test_state_qualifying_a_body_a_nominal_stood_for_is_no_speaker() -> None:
    georgia = actor_draft("Georgia", "state", country="GEO")
    ministry = make_speaker("Georgian Interior Ministry", resolved_by="nominal")
    assert state_of_named_body(ministry, georgia)
    person = make_speaker("Shota Utiashvili", resolved_by="nominal")
    assert not state_of_named_body(person, georgia)


# "Delegates leaving the hall said they were hopeful."
DOING = [
    ("Delegates", "NOUN", "NNS", "nsubj", 4),
    ("leaving", "VERB", "VBG", "acl", 0),
    ("the", "DET", "DT", "det", 3),
    ("hall", "NOUN", "NN", "dobj", 1),
    ("said", "VERB", "VBD", "ROOT", 4),
    ("they", "PRON", "PRP", "nsubj", 6),
    ("were", "AUX", "VBD", "ccomp", 4),
    ("hopeful", "ADJ", "JJ", "acomp", 6),
    (".", "PUNCT", ".", "punct", 4),
]


def test_people_are_named_without_what_they_were_doing() -> None:
    doc = parsed_doc(VOCAB, DOING)
    found = resolve_triples(doc, [("Delegates leaving the hall", "said", "they were")])
    assert found[0][0] == "Delegates"
