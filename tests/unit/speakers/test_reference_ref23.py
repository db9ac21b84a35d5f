"""Session 14 (ref23) reference rules, on hand-built Docs: a channel a
personal pronoun possesses ("his office", "his spokesman", "a spokesperson
for his office") relays its principal; a company NER called a place; a
hometown NER called a person; a joint source's members are no "the
company"; "the agency" is the body that spoke; a name right after an
organisation noun names it; a headline title after a body's name; the
appositive of "the leader of X" is the subject; court and poll documents."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import spacy
from spacy.tokens import Doc, Token
from tests.factories import entity_kinds, make_attribution, parsed_doc, span

from whosaid.entities.lexicon import DOC_NOUNS
from whosaid.speakers.channels import channel_pronoun
from whosaid.speakers.model import Discourse, Entity, Event
from whosaid.speakers.resolve import resolve_speakers
from whosaid.speakers.salience import latest_body_speaker

VOCAB = spacy.blank("en").vocab

Triple = tuple[str, str, str]  # source, cue word, content


def _resolve(
    doc: Doc,
    triples: Sequence[Triple],
    kind_of: Callable[[str], str | None] | None = None,
) -> list[tuple[str | None, str | None]]:
    text = doc.text
    seen: dict[str, int] = {}
    attributions = []
    for k, (source, cue, content) in enumerate(triples):
        nth = seen.get(cue, 0)
        seen[cue] = nth + 1
        attributions.append(
            make_attribution(
                id=f"a{k}",
                kind="indirect",
                source=(span(text, source),),
                cue=(span(text, cue, nth),),
                content=(span(text, content),),
            )
        )
    resolved = resolve_speakers(doc, attributions, kind_of=kind_of)
    return [
        (a.speaker.name, a.speaker.resolved_by) if a.speaker else (None, None)
        for a in resolved
    ]


# "Bob Day said rain fell. Tom Roe met the envoys, his office said."
TRAILING_OFFICE = [
    ("Bob", "PROPN", "NNP", "compound", 1),
    ("Day", "PROPN", "NNP", "nsubj", 2),
    ("said", "VERB", "VBD", "ROOT", 2),
    ("rain", "NOUN", "NN", "nsubj", 4),
    ("fell", "VERB", "VBD", "ccomp", 2),
    (".", "PUNCT", ".", "punct", 2),
    ("Tom", "PROPN", "NNP", "compound", 7),
    ("Roe", "PROPN", "NNP", "nsubj", 8),
    ("met", "VERB", "VBD", "ccomp", 14),
    ("the", "DET", "DT", "det", 10),
    ("envoys", "NOUN", "NNS", "dobj", 8),
    (",", "PUNCT", ",", "punct", 14),
    ("his", "PRON", "PRP$", "poss", 13),
    ("office", "NOUN", "NN", "nsubj", 14),
    ("said", "VERB", "VBD", "ROOT", 14),
    (".", "PUNCT", ".", "punct", 14),
]
PERSONS = [(0, 2, "PERSON"), (6, 8, "PERSON")]


def test_his_office_closing_a_sentence_is_the_person_it_is_about() -> None:
    doc = parsed_doc(VOCAB, TRAILING_OFFICE, ents=PERSONS)
    found = _resolve(
        doc,
        [("Bob Day", "said", "rain fell"), ("his office", "said", "Tom Roe met")],
    )
    # never Bob Day, the latest speaker; never "Roe's office"
    assert found[1] == ("Tom Roe", "nominal")


def test_his_spokesman_closing_a_sentence_relays_its_subject() -> None:
    tokens = [
        *TRAILING_OFFICE[:13],
        ("spokesman", "NOUN", "NN", "nsubj", 14),
        *TRAILING_OFFICE[14:],
    ]
    doc = parsed_doc(VOCAB, tokens, ents=PERSONS)
    found = _resolve(
        doc,
        [("Bob Day", "said", "rain fell"), ("his spokesman", "said", "Tom Roe met")],
    )
    assert found[1] == ("Tom Roe", "nominal")


# "Tom Roe left. His office said rain fell."
OPENING_OFFICE = [
    ("Tom", "PROPN", "NNP", "compound", 1),
    ("Roe", "PROPN", "NNP", "nsubj", 2),
    ("left", "VERB", "VBD", "ROOT", 2),
    (".", "PUNCT", ".", "punct", 2),
    ("His", "PRON", "PRP$", "poss", 5),
    ("office", "NOUN", "NN", "nsubj", 6),
    ("said", "VERB", "VBD", "ROOT", 6),
    ("rain", "NOUN", "NN", "nsubj", 8),
    ("fell", "VERB", "VBD", "ccomp", 6),
    (".", "PUNCT", ".", "punct", 6),
]


def test_his_office_opening_a_sentence_is_the_pronouns_person() -> None:
    doc = parsed_doc(VOCAB, OPENING_OFFICE, ents=[(0, 2, "PERSON")])
    assert _resolve(doc, [("His office", "said", "rain fell")]) == [
        ("Tom Roe", "nominal")
    ]


# "Tom Roe left. A spokesperson for his office said rain fell."
FOR_HIS_OFFICE = [
    *OPENING_OFFICE[:4],
    ("A", "DET", "DT", "det", 5),
    ("spokesperson", "NOUN", "NN", "nsubj", 9),
    ("for", "ADP", "IN", "prep", 5),
    ("his", "PRON", "PRP$", "poss", 8),
    ("office", "NOUN", "NN", "pobj", 6),
    ("said", "VERB", "VBD", "ROOT", 9),
    ("rain", "NOUN", "NN", "nsubj", 11),
    ("fell", "VERB", "VBD", "ccomp", 9),
    (".", "PUNCT", ".", "punct", 9),
]


def test_a_spokesperson_for_his_office_is_the_pronouns_person() -> None:
    doc = parsed_doc(VOCAB, FOR_HIS_OFFICE, ents=[(0, 2, "PERSON")])
    found = _resolve(doc, [("A spokesperson for his office", "said", "rain fell")])
    assert found == [("Tom Roe", "nominal")]


def _index(tok: Token | None) -> int | None:
    return None if tok is None else tok.i


def test_channel_pronoun_only_for_a_persons_office_or_spokesperson() -> None:
    doc = parsed_doc(VOCAB, FOR_HIS_OFFICE, ents=[(0, 2, "PERSON")])
    assert _index(channel_pronoun(doc[5])) == 7  # spokesperson for his office
    assert _index(channel_pronoun(doc[8])) == 7  # his office
    other = parsed_doc(VOCAB, OPENING_OFFICE, ents=[(0, 2, "PERSON")])
    assert channel_pronoun(other[6]) is None  # "said"
    its = [*OPENING_OFFICE[:4], ("Its", *OPENING_OFFICE[4][1:]), *OPENING_OFFICE[5:]]
    assert channel_pronoun(parsed_doc(VOCAB, its)[5]) is None  # a body's office


# "Nvidia said sales rose. The company said costs fell."
COMPANY = [
    ("Nvidia", "PROPN", "NNP", "nsubj", 1),
    ("said", "VERB", "VBD", "ROOT", 1),
    ("sales", "NOUN", "NNS", "nsubj", 3),
    ("rose", "VERB", "VBD", "ccomp", 1),
    (".", "PUNCT", ".", "punct", 1),
    ("The", "DET", "DT", "det", 6),
    ("company", "NOUN", "NN", "nsubj", 7),
    ("said", "VERB", "VBD", "ROOT", 7),
    ("costs", "NOUN", "NNS", "nsubj", 9),
    ("fell", "VERB", "VBD", "ccomp", 7),
    (".", "PUNCT", ".", "punct", 7),
]


def _companies(name: str) -> str | None:
    return "company" if name == "Nvidia" else None


def test_a_company_ner_called_a_place_is_the_company() -> None:
    doc = parsed_doc(VOCAB, COMPANY, ents=[(0, 1, "GPE")])
    found = _resolve(
        doc,
        [("Nvidia", "said", "sales rose"), ("The company", "said", "costs fell")],
        kind_of=_companies,
    )
    assert found[1] == ("Nvidia", "nominal")


def test_without_knowledge_a_place_is_no_company() -> None:
    doc = parsed_doc(VOCAB, COMPANY, ents=[(0, 1, "GPE")])
    found = _resolve(
        doc, [("Nvidia", "said", "sales rose"), ("The company", "said", "costs fell")]
    )
    assert found[1][0] != "Nvidia"


# "Greg Whitfield of Everett said rain fell."
HOMETOWN = [
    ("Greg", "PROPN", "NNP", "compound", 1),
    ("Whitfield", "PROPN", "NNP", "nsubj", 4),
    ("of", "ADP", "IN", "prep", 1),
    ("Everett", "PROPN", "NNP", "pobj", 2),
    ("said", "VERB", "VBD", "ROOT", 4),
    ("rain", "NOUN", "NN", "nsubj", 6),
    ("fell", "VERB", "VBD", "ccomp", 4),
    (".", "PUNCT", ".", "punct", 4),
]


def test_a_one_word_person_after_a_name_and_of_is_a_place() -> None:
    doc = parsed_doc(VOCAB, HOMETOWN, ents=[(0, 2, "PERSON"), (3, 4, "PERSON")])
    assert entity_kinds(doc)["Everett"] == "gpe"
    found = _resolve(doc, [("Greg Whitfield of Everett", "said", "rain fell")])
    assert found[0][0] == "Greg Whitfield"


# "Nova said sales rose. Acme and Zeta said prices rose. The company said
#  costs fell."
JOINT = [
    ("Nova", "PROPN", "NNP", "nsubj", 1),
    ("said", "VERB", "VBD", "ROOT", 1),
    ("sales", "NOUN", "NNS", "nsubj", 3),
    ("rose", "VERB", "VBD", "ccomp", 1),
    (".", "PUNCT", ".", "punct", 1),
    ("Acme", "PROPN", "NNP", "nsubj", 8),
    ("and", "CCONJ", "CC", "cc", 5),
    ("Zeta", "PROPN", "NNP", "conj", 5),
    ("said", "VERB", "VBD", "ROOT", 8),
    ("prices", "NOUN", "NNS", "nsubj", 10),
    ("rose", "VERB", "VBD", "ccomp", 8),
    (".", "PUNCT", ".", "punct", 8),
    ("The", "DET", "DT", "det", 13),
    ("company", "NOUN", "NN", "nsubj", 14),
    ("said", "VERB", "VBD", "ROOT", 14),
    ("costs", "NOUN", "NNS", "nsubj", 16),
    ("fell", "VERB", "VBD", "ccomp", 14),
    (".", "PUNCT", ".", "punct", 14),
]


def test_the_company_is_no_member_of_a_joint_source() -> None:
    doc = parsed_doc(VOCAB, JOINT, ents=[(0, 1, "ORG"), (5, 6, "ORG"), (7, 8, "ORG")])
    found = _resolve(
        doc,
        [
            ("Nova", "said", "sales rose"),
            ("Acme and Zeta", "said", "prices rose"),
            ("The company", "said", "costs fell"),
        ],
    )
    assert found[2] == ("Nova", "nominal")


def test_the_agency_is_the_latest_body_that_spoke_alone() -> None:
    ds = Discourse()
    ftc = Entity(name="FTC", kind="org", start=0, end=3)
    acme = Entity(name="Acme", kind="org", start=40, end=44)
    khan = Entity(name="Lina Khan", kind="person", start=80, end=89)
    ds.events = [
        Event(0, 3, ftc, subject=True, speaker=True, masked=False),
        Event(40, 44, acme, subject=True, speaker=True, masked=False, joint=True),
        Event(80, 89, khan, subject=True, speaker=True, masked=False),
    ]
    assert latest_body_speaker(ds, 100) is ftc
    assert latest_body_speaker(ds, 2000) is None  # too far back


# "The state news agency WAM said rain fell."
NAMED_AGENCY = [
    ("The", "DET", "DT", "det", 3),
    ("state", "NOUN", "NN", "compound", 3),
    ("news", "NOUN", "NN", "compound", 3),
    ("agency", "NOUN", "NN", "nsubj", 5),
    ("WAM", "PROPN", "NNP", "nsubj", 5),
    ("said", "VERB", "VBD", "ROOT", 5),
    ("rain", "NOUN", "NN", "nsubj", 7),
    ("fell", "VERB", "VBD", "ccomp", 5),
    (".", "PUNCT", ".", "punct", 5),
]


def test_a_name_right_after_an_organisation_noun_names_it() -> None:
    doc = parsed_doc(VOCAB, NAMED_AGENCY, ents=[(4, 5, "ORG")])
    found = _resolve(doc, [("The state news agency WAM", "said", "rain fell")])
    assert found[0][0] == "WAM"


# "John Lee said rain fell. The leader of the Authority, Mayor Andy Burnham,
#  was away. His office said snow fell."
LEADER_OF = [
    ("John", "PROPN", "NNP", "compound", 1),
    ("Lee", "PROPN", "NNP", "nsubj", 2),
    ("said", "VERB", "VBD", "ROOT", 2),
    ("rain", "NOUN", "NN", "nsubj", 4),
    ("fell", "VERB", "VBD", "ccomp", 2),
    (".", "PUNCT", ".", "punct", 2),
    ("The", "DET", "DT", "det", 7),
    ("leader", "NOUN", "NN", "nsubj", 17),
    ("of", "ADP", "IN", "prep", 7),
    ("the", "DET", "DT", "det", 10),
    ("Authority", "PROPN", "NNP", "pobj", 8),
    (",", "PUNCT", ",", "punct", 10),
    ("Mayor", "PROPN", "NNP", "compound", 14),
    ("Andy", "PROPN", "NNP", "compound", 14),
    ("Burnham", "PROPN", "NNP", "appos", 10),
    (",", "PUNCT", ",", "punct", 10),
    ("was", "AUX", "VBD", "ROOT", 17),
    ("away", "ADV", "RB", "advmod", 16),
    (".", "PUNCT", ".", "punct", 16),
    ("His", "PRON", "PRP$", "poss", 20),
    ("office", "NOUN", "NN", "nsubj", 21),
    ("said", "VERB", "VBD", "ROOT", 21),
    ("snow", "NOUN", "NN", "nsubj", 23),
    ("fell", "VERB", "VBD", "ccomp", 21),
    (".", "PUNCT", ".", "punct", 21),
]


def test_the_appositive_of_the_leader_of_a_body_is_the_subject() -> None:
    # heads fixed: "leader" is the subject of "was" (16)
    tokens = [t if i != 7 else (*t[:4], 16) for i, t in enumerate(LEADER_OF)]
    tokens = [t if i != 16 else (*t[:4], 16) for i, t in enumerate(tokens)]
    doc = parsed_doc(
        VOCAB,
        tokens,
        ents=[(0, 2, "PERSON"), (10, 11, "ORG"), (13, 15, "PERSON")],
    )
    found = _resolve(
        doc, [("John Lee", "said", "rain fell"), ("His office", "said", "snow fell")]
    )
    assert found[1] == ("Andy Burnham", "nominal")


def test_court_and_poll_documents_are_document_nouns() -> None:
    assert {"complaint", "lawsuit", "indictment", "poll"} <= DOC_NOUNS


# "Council leader says rain fell \nCouncil leader Bev Craig said snow fell."
HEADLINE = [
    ("Council", "PROPN", "NNP", "compound", 1),
    ("leader", "NOUN", "NN", "nsubj", 2),
    ("says", "VERB", "VBZ", "ROOT", 2),
    ("rain", "NOUN", "NN", "nsubj", 4),
    ("fell", "VERB", "VBD", "ccomp", 2),
    ("\n", "SPACE", "_SP", "dep", 4),
    ("Council", "PROPN", "NNP", "compound", 7),
    ("leader", "NOUN", "NN", "compound", 9),
    ("Bev", "PROPN", "NNP", "compound", 9),
    ("Craig", "PROPN", "NNP", "nsubj", 10),
    ("said", "VERB", "VBD", "ROOT", 10),
    ("snow", "NOUN", "NN", "nsubj", 12),
    ("fell", "VERB", "VBD", "ccomp", 10),
    (".", "PUNCT", ".", "punct", 10),
]


def test_a_headline_title_after_a_bodys_name_is_its_holder() -> None:
    doc = parsed_doc(
        VOCAB, HEADLINE, ents=[(0, 1, "ORG"), (6, 7, "ORG"), (8, 10, "PERSON")]
    )
    found = _resolve(
        doc,
        [
            ("Council leader", "says", "rain fell"),
            ("Council leader Bev Craig", "said", "snow fell"),
        ],
    )
    assert found[0] == ("Bev Craig", "nominal")


# "Ann Lee spoke. His counterpart Zoran Zaev said rain fell."
COUNTERPART = [
    ("Ann", "PROPN", "NNP", "compound", 1),
    ("Lee", "PROPN", "NNP", "nsubj", 2),
    ("spoke", "VERB", "VBD", "ROOT", 2),
    (".", "PUNCT", ".", "punct", 2),
    ("His", "PRON", "PRP$", "poss", 5),
    ("counterpart", "NOUN", "NN", "nsubj", 8),
    ("Zoran", "PROPN", "NNP", "compound", 7),
    ("Zaev", "PROPN", "NNP", "appos", 5),
    ("said", "VERB", "VBD", "ROOT", 8),
    ("rain", "NOUN", "NN", "nsubj", 10),
    ("fell", "VERB", "VBD", "ccomp", 8),
    (".", "PUNCT", ".", "punct", 8),
]


def test_a_counterpart_named_in_apposition_is_that_person() -> None:
    doc = parsed_doc(VOCAB, COUNTERPART, ents=[(0, 2, "PERSON"), (6, 8, "PERSON")])
    found = _resolve(doc, [("His counterpart Zoran Zaev", "said", "rain fell")])
    assert found[0][0] == "Zoran Zaev"


# "Leaders signed the Xi'an Declaration. The declaration said rain fell."
NAMED_DOCUMENT = [
    ("Leaders", "NOUN", "NNS", "nsubj", 1),
    ("signed", "VERB", "VBD", "ROOT", 1),
    ("the", "DET", "DT", "det", 4),
    ("Xi'an", "PROPN", "NNP", "compound", 4),
    ("Declaration", "PROPN", "NNP", "dobj", 1),
    (".", "PUNCT", ".", "punct", 1),
    ("The", "DET", "DT", "det", 7),
    ("declaration", "NOUN", "NN", "nsubj", 8),
    ("said", "VERB", "VBD", "ROOT", 8),
    ("rain", "NOUN", "NN", "nsubj", 10),
    ("fell", "VERB", "VBD", "ccomp", 8),
    (".", "PUNCT", ".", "punct", 8),
]


def test_the_declaration_after_a_named_one_speaks_under_its_name() -> None:
    doc = parsed_doc(VOCAB, NAMED_DOCUMENT, ents=[(2, 5, "EVENT")])
    found = _resolve(doc, [("The declaration", "said", "rain fell")])
    assert found == [("Xi'an Declaration", "nominal")]
    unnamed = parsed_doc(VOCAB, NAMED_DOCUMENT)  # no entity: no name
    assert _resolve(unnamed, [("The declaration", "said", "rain fell")]) != found
