"""Session 17 (orgref29) organisation references, on hand-built Docs: "the
exchange" is an organisation noun; a nationality-described organisation
nominal is the body that spoke; a document an organisation nominal
possesses is that body's (an acronym's long form names it); "the
federation" stands for a confederation; a person set off by commas may be
followed by "of <body>"; a place-tagged name in apposition to an
organisation noun is a body; a dateline source is no source; family names
of surname-first countries give no gender."""

from __future__ import annotations

import spacy
from tests.factories import make_attribution, parsed_doc, resolve_triples, span

from whosaid.entities.lexicon import ORG_NOUNS
from whosaid.entities.names import gender_of_first_name, strip_trailing_lower
from whosaid.speakers.datelines import dateline_source
from whosaid.speakers.org_words import long_form_words
from whosaid.speakers.resolve import resolve_speakers

VOCAB = spacy.blank("en").vocab

Triple = tuple[str, str, str]  # source, cue, content


# "Wirecard said it would file. The German payments company disclosed losses."
WIRECARD = [
    ("Wirecard", "PROPN", "NNP", "nsubj", 1),
    ("said", "VERB", "VBD", "ROOT", 1),
    ("it", "PRON", "PRP", "nsubj", 4),
    ("would", "AUX", "MD", "aux", 4),
    ("file", "VERB", "VB", "ccomp", 1),
    (".", "PUNCT", ".", "punct", 1),
    ("The", "DET", "DT", "det", 9),
    ("German", "ADJ", "JJ", "amod", 9),
    ("payments", "NOUN", "NNS", "compound", 9),
    ("company", "NOUN", "NN", "nsubj", 10),
    ("disclosed", "VERB", "VBD", "ROOT", 10),
    ("losses", "NOUN", "NNS", "dobj", 10),
    (".", "PUNCT", ".", "punct", 10),
]


def test_nationality_described_company_is_the_company_that_spoke() -> None:
    doc = parsed_doc(VOCAB, WIRECARD, ents=[(0, 1, "ORG"), (7, 8, "NORP")])
    found = resolve_triples(
        doc,
        [
            ("Wirecard", "said", "it would file"),
            ("The German payments company", "disclosed", "losses"),
        ],
    )
    assert found[1] == ("Wirecard", "nominal")


def test_a_place_name_is_no_nationality_description() -> None:
    tokens = [("Paris", *t[1:]) if i == 7 else t for i, t in enumerate(WIRECARD)]
    doc = parsed_doc(VOCAB, tokens, ents=[(0, 1, "ORG"), (7, 8, "GPE")])
    found = resolve_triples(
        doc,
        [
            ("Wirecard", "said", "it would file"),
            ("The Paris payments company", "disclosed", "losses"),
        ],
    )
    assert found[1][0] != "Wirecard"


# "Pakistan and the International Monetary Fund (IMF) reached a deal. The
#  Fund's statement said growth was weak."
FUND = [
    ("Pakistan", "PROPN", "NNP", "nsubj", 9),
    ("and", "CCONJ", "CC", "cc", 0),
    ("the", "DET", "DT", "det", 5),
    ("International", "PROPN", "NNP", "compound", 5),
    ("Monetary", "PROPN", "NNP", "compound", 5),
    ("Fund", "PROPN", "NNP", "conj", 0),
    ("(", "PUNCT", "-LRB-", "punct", 7),
    ("IMF", "PROPN", "NNP", "appos", 5),
    (")", "PUNCT", "-RRB-", "punct", 7),
    ("reached", "VERB", "VBD", "ROOT", 9),
    ("a", "DET", "DT", "det", 11),
    ("deal", "NOUN", "NN", "dobj", 9),
    (".", "PUNCT", ".", "punct", 9),
    ("The", "DET", "DT", "det", 14),
    ("Fund", "PROPN", "NNP", "poss", 16),
    ("'s", "PART", "POS", "case", 14),
    ("statement", "NOUN", "NN", "nsubj", 17),
    ("said", "VERB", "VBD", "ROOT", 17),
    ("growth", "NOUN", "NN", "nsubj", 19),
    ("was", "AUX", "VBD", "ccomp", 17),
    ("weak", "ADJ", "JJ", "acomp", 19),
    (".", "PUNCT", ".", "punct", 17),
]


def test_document_an_organisation_nominal_possesses_is_the_bodys() -> None:
    tight = frozenset({",", ".", "'s", ")", "IMF"})
    doc = parsed_doc(VOCAB, FUND, ents=[(0, 1, "GPE"), (7, 8, "ORG")], tight=tight)
    assert "(IMF)" in doc.text
    found = resolve_triples(doc, [("The Fund's statement", "said", "growth was weak")])
    assert found == [("International Monetary Fund", "nominal")]


def test_long_form_before_an_acronym() -> None:
    text = "Pakistan and the International Monetary Fund (IMF) agreed"
    at = text.index("IMF")
    assert long_form_words(text, at, "IMF") == ["International", "Monetary", "Fund"]
    assert long_form_words(text, at, "SBP") == []
    assert long_form_words("the IMF agreed", 4, "IMF") == []


# "The Icelandic Confederation of Labour urged calm. A spokesman for the
#  federation said unions would fight."
FEDERATION = [
    ("The", "DET", "DT", "det", 2),
    ("Icelandic", "PROPN", "NNP", "compound", 2),
    ("Confederation", "PROPN", "NNP", "nsubj", 5),
    ("of", "ADP", "IN", "prep", 2),
    ("Labour", "PROPN", "NNP", "pobj", 3),
    ("urged", "VERB", "VBD", "ROOT", 5),
    ("calm", "NOUN", "NN", "dobj", 5),
    (".", "PUNCT", ".", "punct", 5),
    ("A", "DET", "DT", "det", 9),
    ("spokesman", "NOUN", "NN", "nsubj", 13),
    ("for", "ADP", "IN", "prep", 9),
    ("the", "DET", "DT", "det", 12),
    ("federation", "NOUN", "NN", "pobj", 10),
    ("said", "VERB", "VBD", "ROOT", 13),
    ("unions", "NOUN", "NNS", "nsubj", 16),
    ("would", "AUX", "MD", "aux", 16),
    ("fight", "VERB", "VB", "ccomp", 13),
    (".", "PUNCT", ".", "punct", 13),
]


def test_the_federation_is_the_confederation_named_before() -> None:
    doc = parsed_doc(VOCAB, FEDERATION, ents=[(1, 5, "ORG")])
    found = resolve_triples(
        doc, [("A spokesman for the federation", "said", "unions would fight")]
    )
    assert found == [("Icelandic Confederation of Labour", "nominal")]


# "Trading began at the Saudi Stock Exchange. The exchange said volumes rose."
EXCHANGE = [
    ("Trading", "NOUN", "NN", "nsubj", 1),
    ("began", "VERB", "VBD", "ROOT", 1),
    ("at", "ADP", "IN", "prep", 1),
    ("the", "DET", "DT", "det", 6),
    ("Saudi", "PROPN", "NNP", "compound", 6),
    ("Stock", "PROPN", "NNP", "compound", 6),
    ("Exchange", "PROPN", "NNP", "pobj", 2),
    (".", "PUNCT", ".", "punct", 1),
    ("The", "DET", "DT", "det", 9),
    ("exchange", "NOUN", "NN", "nsubj", 10),
    ("said", "VERB", "VBD", "ROOT", 10),
    ("volumes", "NOUN", "NNS", "nsubj", 12),
    ("rose", "VERB", "VBD", "ccomp", 10),
    (".", "PUNCT", ".", "punct", 10),
]


def test_the_exchange_is_the_exchange_named_before() -> None:
    assert "exchange" in ORG_NOUNS
    doc = parsed_doc(VOCAB, EXCHANGE, ents=[(4, 7, "ORG")])
    found = resolve_triples(doc, [("The exchange", "said", "volumes rose")])
    assert found == [("Saudi Stock Exchange", "nominal")]


# "Another analyst, Maryam Qazi of Seaport Capital, cautioned that risks grew."
ANALYST = [
    ("Another", "DET", "DT", "det", 1),
    ("analyst", "NOUN", "NN", "nsubj", 9),
    (",", "PUNCT", ",", "punct", 1),
    ("Maryam", "PROPN", "NNP", "compound", 4),
    ("Qazi", "PROPN", "NNP", "appos", 1),
    ("of", "ADP", "IN", "prep", 4),
    ("Seaport", "PROPN", "NNP", "compound", 7),
    ("Capital", "PROPN", "NNP", "pobj", 5),
    (",", "PUNCT", ",", "punct", 1),
    ("cautioned", "VERB", "VBD", "ROOT", 9),
    ("that", "SCONJ", "IN", "mark", 12),
    ("risks", "NOUN", "NNS", "nsubj", 12),
    ("grew", "VERB", "VBD", "ccomp", 9),
    (".", "PUNCT", ".", "punct", 9),
]


def test_person_of_a_body_set_off_by_commas_is_the_speaker() -> None:
    # NER ran the person's name on to "of" and called it an organisation
    doc = parsed_doc(VOCAB, ANALYST, ents=[(3, 6, "ORG"), (6, 8, "ORG")])
    found = resolve_triples(
        doc,
        [
            (
                "Another analyst, Maryam Qazi of Seaport Capital,",
                "cautioned",
                "risks grew",
            )
        ],
    )
    assert found == [("Maryam Qazi", "appositive")]


def test_a_name_never_ends_on_a_dangling_of() -> None:
    text = "Maryam Qazi of"
    assert text[slice(*strip_trailing_lower(text, 0, len(text)))] == "Maryam Qazi"
    text = "Bank of England"
    assert strip_trailing_lower(text, 0, len(text)) == (0, len(text))


# "The business association Confiep was cautious. It said markets held."
CONFIEP = [
    ("The", "DET", "DT", "det", 2),
    ("business", "NOUN", "NN", "compound", 2),
    ("association", "NOUN", "NN", "nsubj", 4),
    ("Confiep", "PROPN", "NNP", "appos", 2),
    ("was", "AUX", "VBD", "ROOT", 4),
    ("cautious", "ADJ", "JJ", "acomp", 4),
    (".", "PUNCT", ".", "punct", 4),
    ("It", "PRON", "PRP", "nsubj", 8),
    ("said", "VERB", "VBD", "ROOT", 8),
    ("markets", "NOUN", "NNS", "nsubj", 10),
    ("held", "VERB", "VBD", "ccomp", 8),
    (".", "PUNCT", ".", "punct", 8),
]


def test_place_tagged_name_after_an_organisation_noun_is_a_body() -> None:
    doc = parsed_doc(VOCAB, CONFIEP, ents=[(3, 4, "GPE")])
    found = resolve_triples(doc, [("It", "said", "markets held")])
    assert found == [("Confiep", "pronoun")]


def test_dateline_source_is_no_source() -> None:
    text = (
        "New Delhi: Finance minister Arun Jaitley on Wednesday defended the "
        "move, saying the pain would pass."
    )
    dateline = make_attribution(
        source=(span(text, "New Delhi:"),),
        cue=(span(text, "saying"),),
        content=(span(text, "the pain would pass"),),
    )
    assert dateline_source(text, dateline)
    turn = "OBAMA: We will act now.\n"
    label = make_attribution(
        source=(span(turn, "OBAMA:"),),
        cue=(span(turn, "OBAMA:"),),
        content=(span(turn, "We will act now."),),
    )
    assert not dateline_source(turn, label)
    middle = "He said in Lahore: the talks will go on."
    inside = make_attribution(
        source=(span(middle, "Lahore:"),),
        cue=(span(middle, "said"),),
        content=(span(middle, "the talks will go on."),),
    )
    assert not dateline_source(middle, inside)


def test_surname_first_family_names_give_no_gender() -> None:
    assert gender_of_first_name("Li Wenxuan") is None
    assert gender_of_first_name("Wang Yi") is None
    assert gender_of_first_name("Maryam Qazi") == "f"


# "Treasury Secretary Janet Yellen, Fed Chair Jerome Powell and FDIC Chairman
#  Martin Gruenberg said losses were covered." (parsed as spaCy did: the list
#  hangs off "Yellen", only "Gruenberg" is the subject of "said")
JOINT = [
    ("Treasury", "PROPN", "NNP", "compound", 3),
    ("Secretary", "PROPN", "NNP", "compound", 3),
    ("Janet", "PROPN", "NNP", "compound", 3),
    ("Yellen", "PROPN", "NNP", "ROOT", 3),
    (",", "PUNCT", ",", "punct", 3),
    ("Fed", "PROPN", "NNP", "compound", 8),
    ("Chair", "PROPN", "NNP", "compound", 8),
    ("Jerome", "PROPN", "NNP", "compound", 8),
    ("Powell", "PROPN", "NNP", "appos", 3),
    ("and", "CCONJ", "CC", "cc", 8),
    ("FDIC", "PROPN", "NNP", "compound", 13),
    ("Chairman", "PROPN", "NNP", "compound", 13),
    ("Martin", "PROPN", "NNP", "compound", 13),
    ("Gruenberg", "PROPN", "NNP", "nsubj", 14),
    ("said", "VERB", "VBD", "ROOT", 14),
    ("losses", "NOUN", "NNS", "nsubj", 17),
    ("were", "AUX", "VBD", "auxpass", 17),
    ("covered", "VERB", "VBN", "ccomp", 14),
    (".", "PUNCT", ".", "punct", 14),
]


def test_names_listed_before_a_cut_joint_source_speak_too() -> None:
    doc = parsed_doc(
        VOCAB,
        JOINT,
        ents=[(2, 4, "PERSON"), (7, 9, "PERSON"), (10, 11, "ORG"), (12, 14, "PERSON")],
    )
    text = doc.text
    attribution = make_attribution(
        source=(span(text, "FDIC Chairman Martin Gruenberg"),),
        cue=(span(text, "said"),),
        content=(span(text, "losses were covered"),),
    )
    (resolved,) = resolve_speakers(doc, [attribution])
    names = [resolved.speaker.name if resolved.speaker else None]
    names += [s.name for s in resolved.co_speakers]
    assert names == ["Janet Yellen", "Jerome Powell", "Martin Gruenberg"]


def test_the_exchange_matches_only_a_name_it_heads() -> None:
    from whosaid.speakers.definites import head_words

    sec = ["Securities", "and", "Exchange", "Commission"]
    assert head_words("exchange", sec) == ["Commission"]
    assert head_words("exchange", ["Stock", "Exchange", "of", "Thailand"]) == [
        "Exchange"
    ]
    assert head_words("exchange", ["Saudi", "Stock", "Exchange"]) == ["Exchange"]
    assert head_words("ministry", ["Ministry", "of", "Finance"]) == [
        "Ministry",
        "of",
        "Finance",
    ]
