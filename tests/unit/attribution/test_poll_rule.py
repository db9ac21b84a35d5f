"""A poll's finding: "In the latest CNN poll, Clinton led Trump …"."""

from __future__ import annotations

from typing import Any

from tests.factories import ParsedToken, parsed_doc

from whosaid.attribution.constructions import poll_candidates
from whosaid.attribution.features import doc_features
from whosaid.attribution.rules import poll_findings

Token = ParsedToken


def _parts(vocab: Any, tokens: list[Token], quoted: bool = False) -> list[Any]:
    doc = parsed_doc(vocab, tokens, tight=frozenset({",", "."}))
    words = [t.lower_ for t in doc]
    quote_id = [0 if quoted else -1] * len(doc)
    return [
        (
            doc[f.source[0] : f.source[-1] + 1].text,
            doc[f.cue[0]].text,
            [doc[run[0] : run[-1] + 1].text for run in f.content],
        )
        for f in poll_findings(doc, words, quote_id)
    ]


_FRONTED: list[Token] = [
    ("In", "ADP", "IN", "prep", 7),
    ("the", "DET", "DT", "det", 4),
    ("latest", "ADJ", "JJS", "amod", 4),
    ("CNN", "PROPN", "NNP", "compound", 4),
    ("poll", "NOUN", "NN", "pobj", 0),
    (",", "PUNCT", ",", "punct", 7),
    ("Clinton", "PROPN", "NNP", "nsubj", 7),
    ("led", "VERB", "VBD", "ROOT", 7),
    ("Trump", "PROPN", "NNP", "dobj", 7),
    ("by", "ADP", "IN", "prep", 7),
    ("five", "NUM", "CD", "nummod", 11),
    ("points", "NOUN", "NNS", "pobj", 9),
    (".", "PUNCT", ".", "punct", 7),
]


def test_fronted_poll_gives_the_clause(vocab: Any) -> None:
    assert _parts(vocab, _FRONTED) == [
        ("the latest CNN poll", "In", ["Clinton led Trump by five points"])
    ]


def test_a_fronted_poll_needs_no_name(vocab: Any) -> None:
    # "In the poll, Clinton led Trump by five points."
    tokens = [t for k, t in enumerate(_FRONTED) if k not in {2, 3}]
    tokens = [(w, p, g, d, h - 2 if h > 3 else h) for w, p, g, d, h in tokens]
    assert _parts(vocab, tokens) == [
        ("the poll", "In", ["Clinton led Trump by five points"])
    ]


def test_nothing_inside_a_quotation(vocab: Any) -> None:
    assert _parts(vocab, _FRONTED, quoted=True) == []


# "He fell to 10 percent in the latest CNN poll released Wednesday and
# held on."
_TRAILING: list[Token] = [
    ("He", "PRON", "PRP", "nsubj", 1),
    ("fell", "VERB", "VBD", "ROOT", 1),
    ("to", "ADP", "IN", "prep", 1),
    ("10", "NUM", "CD", "nummod", 4),
    ("percent", "NOUN", "NN", "pobj", 2),
    ("in", "ADP", "IN", "prep", 1),
    ("the", "DET", "DT", "det", 9),
    ("latest", "ADJ", "JJS", "amod", 9),
    ("CNN", "PROPN", "NNP", "compound", 9),
    ("poll", "NOUN", "NN", "pobj", 5),
    ("released", "VERB", "VBN", "acl", 9),
    ("Wednesday", "PROPN", "NNP", "npadvmod", 10),
    ("and", "CCONJ", "CC", "cc", 1),
    ("held", "VERB", "VBD", "conj", 1),
    ("on", "ADP", "RP", "prt", 13),
    (".", "PUNCT", ".", "punct", 1),
]


def test_trailing_named_poll_without_the_conjoined_clause(vocab: Any) -> None:
    assert _parts(vocab, _TRAILING) == [
        ("the latest CNN poll released Wednesday", "in", ["He fell to 10 percent"])
    ]


def test_standing_in_the_polls_is_no_finding(vocab: Any) -> None:
    # "He fell to 10 percent in the polls and held on."
    tokens = [t for k, t in enumerate(_TRAILING) if k not in {7, 8, 10, 11}]
    remap = {
        old: new
        for new, old in enumerate(k for k in range(16) if k not in {7, 8, 10, 11})
    }
    tokens = [
        ("polls" if w == "poll" else w, p, g, d, remap[h]) for w, p, g, d, h in tokens
    ]
    assert _parts(vocab, tokens) == []


def test_a_relative_clause_describes(vocab: Any) -> None:
    # "Rubio, who is third in the CBS poll, spoke."
    tokens: list[Token] = [
        ("Rubio", "PROPN", "NNP", "nsubj", 10),
        (",", "PUNCT", ",", "punct", 0),
        ("who", "PRON", "WP", "nsubj", 3),
        ("is", "AUX", "VBZ", "relcl", 0),
        ("third", "ADJ", "JJ", "acomp", 3),
        ("in", "ADP", "IN", "prep", 3),
        ("the", "DET", "DT", "det", 8),
        ("CBS", "PROPN", "NNP", "compound", 8),
        ("poll", "NOUN", "NN", "pobj", 5),
        (",", "PUNCT", ",", "punct", 0),
        ("spoke", "VERB", "VBD", "ROOT", 10),
        (".", "PUNCT", ".", "punct", 10),
    ]
    assert _parts(vocab, tokens) == []


def test_a_tagger_cue_of_saying_keeps_the_clause(vocab: Any) -> None:
    doc = parsed_doc(vocab, _FRONTED, tight=frozenset({",", "."}))
    feats = doc_features(doc)
    # "led" taken by the taggers: not a verb of saying, the poll competes
    assert [c.cue for c in poll_candidates(doc, feats, {7})] == [[0]]
    said = [
        ("said", "VERB", "VBD", "ROOT", 7) if k == 7 else t
        for k, t in enumerate(_FRONTED)
    ]
    doc = parsed_doc(vocab, said, tight=frozenset({",", "."}))
    feats = doc_features(doc)
    assert poll_candidates(doc, feats, {7}) == []
    assert [c.cue for c in poll_candidates(doc, feats, set())] == [[0]]
