"""Name boundaries, given-name genders, role appositives, anonymous sources
and headline titles, on hand-built Docs and pure helpers (no model)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from tests.factories import rows_doc

from whosaid.entities.lexicon import NAME_GENDERS
from whosaid.entities.name_genders import gender_of_first_name
from whosaid.entities.name_shape import surname_keys
from whosaid.speakers.anonymous import anonymous_source
from whosaid.speakers.headlines import title_words
from whosaid.speakers.mentions import build_index

NLP = spacy.blank("en")


def _doc(rows: list[tuple[str, str, str, int, str]], ents: list[str]) -> Doc:
    return rows_doc(NLP.vocab, rows, ents)


def _names(doc: Doc, **kw: object) -> dict[str, str]:
    """Each linked entity's name -> kind, as the index built them."""
    _, ds = build_index(doc, [], [], **kw)  # type: ignore[arg-type]
    return {e.name: e.kind for e in ds.entities.values()}


def test_a_name_ner_cut_short_gets_its_tail() -> None:
    # "Minister Lars Holm Berg said ." with NER's PERSON "Lars Holm"
    doc = _doc(
        [
            ("Minister", "PROPN", "compound", 3, " "),
            ("Lars", "PROPN", "compound", 3, " "),
            ("Holm", "PROPN", "compound", 3, " "),
            ("Berg", "PROPN", "nsubj", 4, " "),
            ("said", "VERB", "ROOT", 4, ""),
            (".", "PUNCT", "punct", 4, ""),
        ],
        ["O", "B-PERSON", "I-PERSON", "O", "O", "O"],
    )
    assert _names(doc) == {"Lars Holm Berg": "person"}


def test_a_name_tail_never_takes_an_organisation_word() -> None:
    # "Holm Foundation said ." with NER's PERSON "Holm"
    doc = _doc(
        [
            ("Holm", "PROPN", "compound", 1, " "),
            ("Foundation", "PROPN", "nsubj", 2, " "),
            ("said", "VERB", "ROOT", 2, ""),
            (".", "PUNCT", "punct", 2, ""),
        ],
        ["B-PERSON", "O", "O", "O"],
    )
    names = _names(doc)
    assert names["Holm"] == "person"
    assert names.get("Holm Foundation") != "person"


def test_a_place_glued_before_a_given_name_is_cut() -> None:
    # "Envoy to Tirana Jeff Marlow spoke in Tirana ." NER: PERSON over
    # "Tirana Jeff Marlow", GPE "Tirana" later
    doc = _doc(
        [
            ("Envoy", "PROPN", "nsubj", 5, " "),
            ("to", "ADP", "prep", 0, " "),
            ("Tirana", "PROPN", "compound", 4, " "),
            ("Jeff", "PROPN", "compound", 4, " "),
            ("Marlow", "PROPN", "pobj", 1, " "),
            ("spoke", "VERB", "ROOT", 5, " "),
            ("in", "ADP", "prep", 5, " "),
            ("Tirana", "PROPN", "pobj", 6, " "),
            (".", "PUNCT", "punct", 5, ""),
        ],
        ["O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "B-GPE", "O"],
    )
    names = _names(doc)
    assert names.get("Jeff Marlow") == "person"
    assert "Tirana Jeff Marlow" not in names


def test_a_name_ner_missed_before_a_role_appositive_is_a_person() -> None:
    # "Dayo Fashola , head of research , said ." (no entity at all)
    doc = _doc(
        [
            ("Dayo", "PROPN", "compound", 1, " "),
            ("Fashola", "PROPN", "nsubj", 6, ""),
            (",", "PUNCT", "punct", 1, " "),
            ("head", "NOUN", "appos", 1, " "),
            ("of", "ADP", "prep", 3, " "),
            ("research", "NOUN", "pobj", 4, " "),
            ("said", "VERB", "ROOT", 6, ""),
            (".", "PUNCT", "punct", 6, ""),
        ],
        ["O"] * 8,
    )
    assert _names(doc) == {"Dayo Fashola": "person"}


def test_an_org_tagged_name_after_a_role_phrase_is_a_person() -> None:
    # "the Director of the Mill Owners Union , Bode Kareem , said ."
    rows = [
        ("the", "DET", "det", 1, " "),
        ("Director", "PROPN", "nsubj", 11, " "),
        ("of", "ADP", "prep", 1, " "),
        ("the", "DET", "det", 6, " "),
        ("Mill", "PROPN", "compound", 6, " "),
        ("Owners", "PROPN", "compound", 6, " "),
        ("Union", "PROPN", "pobj", 2, ""),
        (",", "PUNCT", "punct", 1, " "),
        ("Bode", "PROPN", "compound", 9, " "),
        ("Kareem", "PROPN", "appos", 1, ""),
        (",", "PUNCT", "punct", 1, " "),
        ("said", "VERB", "ROOT", 11, ""),
        (".", "PUNCT", "punct", 11, ""),
    ]
    ents = ["O"] * 13
    ents[3:7] = ["B-ORG", "I-ORG", "I-ORG", "I-ORG"]
    ents[8:10] = ["B-ORG", "I-ORG"]
    names = _names(_doc(rows, ents))
    assert names["Bode Kareem"] == "person"
    assert names["Mill Owners Union"] == "org"


def test_the_last_two_words_of_a_longer_name_join_it() -> None:
    assert "ben gvir" not in surname_keys("Ben Gvir")
    assert "dov ben ari" not in surname_keys("Dov Ben Ari")
    assert "ben ari" in surname_keys("Dov Ben Ari")
    assert "le pen" in surname_keys("Marine Le Pen")
    # "Ben Ari said . Dov Ben Ari spoke ." NER: PERSON over both
    doc = _doc(
        [
            ("Ben", "PROPN", "compound", 1, " "),
            ("Ari", "PROPN", "nsubj", 2, " "),
            ("said", "VERB", "ROOT", 2, ""),
            (".", "PUNCT", "punct", 2, " "),
            ("Dov", "PROPN", "compound", 6, " "),
            ("Ben", "PROPN", "compound", 6, " "),
            ("Ari", "PROPN", "nsubj", 7, " "),
            ("spoke", "VERB", "ROOT", 7, ""),
            (".", "PUNCT", "punct", 7, ""),
        ],
        [
            "B-PERSON",
            "I-PERSON",
            "O",
            "O",
            "B-PERSON",
            "I-PERSON",
            "I-PERSON",
            "O",
            "O",
        ],
    )
    assert _names(doc) == {"Dov Ben Ari": "person"}


def test_given_name_genders_come_from_the_people_tables() -> None:
    assert NAME_GENDERS  # generated by scripts/build_name_genders.py
    assert set(NAME_GENDERS.values()) <= {"f", "m"}
    male = next(n for n, g in sorted(NAME_GENDERS.items()) if g == "m")
    assert gender_of_first_name(f"{male.capitalize()} Okonkwo") == "m"
    assert gender_of_first_name("Zzyzx Okonkwo") is None
    assert gender_of_first_name("Okonkwo") is None


def _said(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(NLP.vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_anonymous_sources() -> None:
    # "a senior official said"
    doc = _said(
        ["a", "senior", "official", "said"],
        [2, 2, 3, 3],
        ["det", "amod", "nsubj", "ROOT"],
        ["DET", "ADJ", "NOUN", "VERB"],
    )
    assert anonymous_source(doc[0:3], frozenset())
    # "the official said": definite, no formula -> not anonymous by itself
    doc = _said(
        ["the", "official", "said"],
        [1, 2, 2],
        ["det", "nsubj", "ROOT"],
        ["DET", "NOUN", "VERB"],
    )
    assert not anonymous_source(doc[0:2], frozenset())
    # "diplomatic sources said"
    doc = _said(
        ["diplomatic", "sources", "said"],
        [1, 2, 2],
        ["amod", "nsubj", "ROOT"],
        ["ADJ", "NOUN", "VERB"],
    )
    assert anonymous_source(doc[0:2], frozenset())
    # "officials familiar with the talks said"
    doc = _said(
        ["officials", "familiar", "with", "the", "talks", "said"],
        [5, 0, 1, 4, 2, 5],
        ["nsubj", "amod", "prep", "det", "pobj", "ROOT"],
        ["NOUN", "ADJ", "ADP", "DET", "NOUN", "VERB"],
    )
    assert anonymous_source(doc[0:5], frozenset())
    # "officials at the ministry said": a body's officials, no formula
    doc = _said(
        ["officials", "at", "the", "ministry", "said"],
        [4, 0, 3, 1, 4],
        ["nsubj", "prep", "det", "pobj", "ROOT"],
        ["NOUN", "ADP", "DET", "NOUN", "VERB"],
    )
    assert not anonymous_source(doc[0:4], frozenset())
    # "a spokesman said": speaks on the record
    doc = _said(
        ["a", "spokesman", "said"],
        [1, 2, 2],
        ["det", "nsubj", "ROOT"],
        ["DET", "NOUN", "VERB"],
    )
    assert not anonymous_source(doc[0:2], frozenset())
    # "a party leader , who asked not to be named , said"
    words = [
        "a",
        "party",
        "leader",
        ",",
        "who",
        "asked",
        "not",
        "to",
        "be",
        "named",
        ",",
        "said",
    ]
    doc = _said(
        words,
        [2, 2, 11, 2, 5, 2, 9, 9, 9, 5, 2, 11],
        [
            "det",
            "compound",
            "nsubj",
            "punct",
            "nsubj",
            "relcl",
            "neg",
            "aux",
            "auxpass",
            "xcomp",
            "punct",
            "ROOT",
        ],
        [
            "DET",
            "NOUN",
            "NOUN",
            "PUNCT",
            "PRON",
            "VERB",
            "PART",
            "PART",
            "AUX",
            "VERB",
            "PUNCT",
            "VERB",
        ],
    )
    assert anonymous_source(doc[0:3], frozenset())
    # a head inside a named mention is a name ("Sources Inc.")
    doc = _said(
        ["diplomatic", "sources", "said"],
        [1, 2, 2],
        ["amod", "nsubj", "ROOT"],
        ["ADJ", "NOUN", "VERB"],
    )
    assert not anonymous_source(doc[0:2], frozenset({1}))


def test_a_bare_title_opening_a_line() -> None:
    text_words = ["Top", "line", "\n", "Finance", "Minister", "says", "no"]
    doc = Doc(
        NLP.vocab,
        words=text_words,
        spaces=[True, False, False, True, True, True, False],
        heads=list(range(len(text_words))),
        deps=["ROOT"] * len(text_words),
        pos=["PROPN", "NOUN", "SPACE", "PROPN", "PROPN", "VERB", "DET"],
    )
    ix, _ = build_index(doc, [], [])
    assert title_words(ix, doc[3:5]) == {"finance", "minister"}
    assert title_words(ix, doc[0:2]) is None  # no title
    assert title_words(ix, doc[4:5]) is None  # not at the line's start


def test_a_title_with_a_modifier_word_opening_a_line() -> None:
    words = ["Crown", "prince", "says", "no", "\n", "Acting", "president", "says"]
    doc = Doc(
        NLP.vocab,
        words=words,
        spaces=[True, True, True, False, False, True, True, False],
        heads=list(range(len(words))),
        deps=["ROOT"] * len(words),
        pos=["PROPN", "NOUN", "VERB", "DET", "SPACE", "ADJ", "NOUN", "VERB"],
    )
    ix, _ = build_index(doc, [], [])
    assert title_words(ix, doc[0:2]) == {"crown", "prince"}
    assert title_words(ix, doc[5:7]) == {"acting", "president"}


def test_a_nationality_and_an_abbreviated_title_opening_a_line() -> None:
    words = ["Chilean", "FM", "says", "no", "\n", "FM", "Chilean", "says"]
    doc = Doc(
        NLP.vocab,
        words=words,
        spaces=[True, True, True, False, False, True, True, False],
        heads=list(range(len(words))),
        deps=["ROOT"] * len(words),
        pos=["ADJ", "PROPN", "VERB", "DET", "SPACE", "PROPN", "ADJ", "VERB"],
        ents=["B-NORP", "O", "O", "O", "O", "O", "B-NORP", "O"],
    )
    ix, _ = build_index(doc, [], [])
    assert title_words(ix, doc[0:2]) == {"chilean", "foreign", "minister"}
    assert title_words(ix, doc[5:7]) is None  # a nationality after the title


def test_unnamed_delegates_and_participants_are_anonymous() -> None:
    # "two delegates said", "several participants said"
    for words in (["two", "delegates", "said"], ["several", "participants", "said"]):
        doc = _said(
            words,
            [1, 2, 2],
            ["nummod" if words[0] == "two" else "det", "nsubj", "ROOT"],
            ["NUM" if words[0] == "two" else "DET", "NOUN", "VERB"],
        )
        assert anonymous_source(doc[0:2], frozenset())
    # "the delegates said": definite, no formula
    doc = _said(
        ["the", "delegates", "said"],
        [1, 2, 2],
        ["det", "nsubj", "ROOT"],
        ["DET", "NOUN", "VERB"],
    )
    assert not anonymous_source(doc[0:2], frozenset())


def test_a_group_the_reporter_asked_is_anonymous() -> None:
    # "legal experts consulted by Folha said so"
    doc = Doc(
        NLP.vocab,
        words=["legal", "experts", "consulted", "by", "Folha", "said", "so"],
        heads=[1, 5, 1, 2, 3, 5, 5],
        deps=["amod", "nsubj", "acl", "agent", "pobj", "ROOT", "advmod"],
        pos=["ADJ", "NOUN", "VERB", "ADP", "PROPN", "VERB", "ADV"],
        tags=["JJ", "NNS", "VBN", "IN", "NNP", "VBD", "RB"],
    )
    assert anonymous_source(doc[0:5], frozenset())
    # "economists at the bank": no participle, the members rule's
    doc = Doc(
        NLP.vocab,
        words=["economists", "at", "Banco", "Andino", "said", "so"],
        heads=[4, 0, 3, 1, 4, 4],
        deps=["nsubj", "prep", "compound", "pobj", "ROOT", "advmod"],
        pos=["NOUN", "ADP", "PROPN", "PROPN", "VERB", "ADV"],
        tags=["NNS", "IN", "NNP", "NNP", "VBD", "RB"],
    )
    assert not anonymous_source(doc[0:4], frozenset())


def _plural(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    pos = ["NOUN" if d == "nsubj" else "DET" if d == "det" else "ADJ" for d in deps]
    pos[-1] = "VERB"
    tags = ["NNS" if d == "nsubj" else "" for d in deps]
    return Doc(NLP.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


def test_a_counted_plural_is_an_anonymous_group() -> None:
    # "several Ukrainian media outlets said"
    doc = _plural(
        ["several", "Ukrainian", "media", "outlets", "said"],
        [3, 3, 3, 4, 4],
        ["amod", "amod", "compound", "nsubj", "ROOT"],
    )
    assert anonymous_source(doc[0:4], frozenset())
    # "two witnesses said"
    doc = _plural(["two", "witnesses", "said"], [1, 2, 2], ["nummod", "nsubj", "ROOT"])
    assert anonymous_source(doc[0:2], frozenset())
    # "the two leaders said", "their three lawyers said": definite
    doc = _plural(
        ["the", "two", "leaders", "said"],
        [2, 2, 3, 3],
        ["det", "nummod", "nsubj", "ROOT"],
    )
    assert not anonymous_source(doc[0:3], frozenset())
    doc = _plural(
        ["their", "three", "lawyers", "said"],
        [2, 2, 3, 3],
        ["poss", "nummod", "nsubj", "ROOT"],
    )
    assert not anonymous_source(doc[0:3], frozenset())
    # "Ukrainian media outlets said": not counted
    doc = _plural(
        ["Ukrainian", "media", "outlets", "said"],
        [2, 2, 3, 3],
        ["amod", "compound", "nsubj", "ROOT"],
    )
    assert not anonymous_source(doc[0:3], frozenset())


def test_a_counted_plural_of_named_members_is_an_anonymous_group() -> None:
    # "several House Republicans said": the head is a named group
    doc = Doc(
        NLP.vocab,
        words=["several", "House", "Republicans", "said"],
        heads=[2, 2, 3, 3],
        deps=["amod", "compound", "nsubj", "ROOT"],
        pos=["ADJ", "PROPN", "PROPN", "VERB"],
        tags=["JJ", "NNP", "NNPS", "VBD"],
    )
    assert anonymous_source(doc[0:3], frozenset({1, 2}))
    # "several MPs said": a capitalised plural
    doc = _plural(["several", "MPs", "said"], [1, 2, 2], ["amod", "nsubj", "ROOT"])
    assert anonymous_source(doc[0:2], frozenset())
    # "the MPs said", "MPs said": not counted
    doc = _plural(["the", "MPs", "said"], [1, 2, 2], ["det", "nsubj", "ROOT"])
    assert not anonymous_source(doc[0:2], frozenset())
    doc = Doc(
        NLP.vocab,
        words=["Republicans", "said"],
        heads=[1, 1],
        deps=["nsubj", "ROOT"],
        pos=["PROPN", "VERB"],
        tags=["NNPS", "VBD"],
    )
    assert not anonymous_source(doc[0:1], frozenset({0}))


def test_an_indefinite_adviser_is_anonymous() -> None:
    # "a senior Sanders adviser said": someone near the person, unnamed
    doc = Doc(
        NLP.vocab,
        words=["a", "senior", "Sanders", "adviser", "said"],
        heads=[3, 3, 3, 4, 4],
        deps=["det", "amod", "compound", "nsubj", "ROOT"],
        pos=["DET", "ADJ", "PROPN", "NOUN", "VERB"],
        tags=["DT", "JJ", "NNP", "NN", "VBD"],
    )
    assert anonymous_source(doc[0:4], frozenset({2}))
