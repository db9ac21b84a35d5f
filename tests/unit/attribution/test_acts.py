"""Cue verbs used for an act, not for saying (hand-parsed Docs, no model)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.factories import ParsedToken, parsed_doc, with_word

from whosaid.attribution.acts import (
    announces_own_departure,
    calls_off,
    claims_a_possession,
    confirms_a_person,
    declares_a_winner,
    declares_an_act,
    denies_a_thing,
    light_verb,
    light_verb_in_cue,
    relative_that_clause,
    rules_on_a_ruling,
    time_adjunct_content,
    time_only_content,
    voted_to,
)
from whosaid.attribution.candidates import Candidate
from whosaid.attribution.features import doc_features
from whosaid.attribution.filters import cue_head_allowed
from whosaid.attribution.headlines import headline_candidates

Token = ParsedToken


def _doc(vocab: Any, tokens: list[Token], ents: list[tuple[int, int, str]] = ()) -> Any:
    return parsed_doc(vocab, tokens, ents=ents)


# "The council confirmed Judge Ana Ruiz to the bench."
_CONFIRMED_JUDGE: list[Token] = [
    ("The", "DET", "DT", "det", 1),
    ("council", "NOUN", "NN", "nsubj", 2),
    ("confirmed", "VERB", "VBD", "ROOT", 2),
    ("Judge", "PROPN", "NNP", "compound", 5),
    ("Ana", "PROPN", "NNP", "compound", 5),
    ("Ruiz", "PROPN", "NNP", "dobj", 2),
    ("to", "ADP", "IN", "prep", 2),
    ("the", "DET", "DT", "det", 8),
    ("bench", "NOUN", "NN", "pobj", 6),
    (".", "PUNCT", ".", "punct", 2),
]
# "The aide confirmed the meeting."
_CONFIRMED_MEETING: list[Token] = [
    ("The", "DET", "DT", "det", 1),
    ("aide", "NOUN", "NN", "nsubj", 2),
    ("confirmed", "VERB", "VBD", "ROOT", 2),
    ("the", "DET", "DT", "det", 4),
    ("meeting", "NOUN", "NN", "dobj", 2),
    (".", "PUNCT", ".", "punct", 2),
]
# "The aide confirmed Ruiz would resign." (misparsed with Ruiz as the object)
_CONFIRMED_CLAUSE: list[Token] = [
    ("The", "DET", "DT", "det", 1),
    ("aide", "NOUN", "NN", "nsubj", 2),
    ("confirmed", "VERB", "VBD", "ROOT", 2),
    ("Ruiz", "PROPN", "NNP", "dobj", 2),
    ("would", "AUX", "MD", "aux", 5),
    ("resign", "VERB", "VB", "ccomp", 2),
    (".", "PUNCT", ".", "punct", 2),
]


@pytest.mark.parametrize(
    ("tokens", "ents", "appoints"),
    [
        (_CONFIRMED_JUDGE, [(4, 6, "PERSON")], True),
        (_CONFIRMED_JUDGE, [], False),  # no person named
        (_CONFIRMED_MEETING, [], False),
        (_CONFIRMED_CLAUSE, [(3, 4, "PERSON")], False),
    ],
)
def test_confirming_a_person_appoints_them(
    vocab: Any, tokens: list[Token], ents: list[tuple[int, int, str]], appoints: bool
) -> None:
    doc = _doc(vocab, tokens, ents)
    assert confirms_a_person(doc[2]) is appoints
    verdict = cue_head_allowed(doc, doc_features(doc), [2])
    assert (verdict is False) is appoints


def test_a_headline_confirming_a_person_is_no_attribution(vocab: Any) -> None:
    # "Council confirms Ana Ruiz as first judge from the north"
    tokens: list[Token] = [
        ("Council", "PROPN", "NNP", "nsubj", 1),
        ("confirms", "VERB", "VBZ", "ROOT", 1),
        ("Ana", "PROPN", "NNP", "compound", 3),
        ("Ruiz", "PROPN", "NNP", "dobj", 1),
        ("as", "ADP", "IN", "prep", 1),
        ("first", "ADJ", "JJ", "amod", 6),
        ("judge", "NOUN", "NN", "pobj", 4),
        ("from", "ADP", "IN", "prep", 6),
        ("the", "DET", "DT", "det", 9),
        ("north", "NOUN", "NN", "pobj", 7),
    ]
    named = _doc(vocab, tokens, [(2, 4, "PERSON")])
    assert headline_candidates(named, doc_features(named)) == []
    # confirmed "as" an office, the name need not be known as a person
    unnamed = _doc(vocab, tokens)
    assert headline_candidates(unnamed, doc_features(unnamed)) == []
    # the same line confirming a thing, as no office, stays a statement
    thing = [t if k != 6 else ("priority", "NOUN", "NN", "pobj", 4)
             for k, t in enumerate(tokens)]  # fmt: skip
    unnamed = _doc(vocab, thing)
    assert len(headline_candidates(unnamed, doc_features(unnamed))) == 1


# "The union declared a two-day strike."
_DECLARED_STRIKE: list[Token] = [
    ("The", "DET", "DT", "det", 1),
    ("union", "NOUN", "NN", "nsubj", 2),
    ("declared", "VERB", "VBD", "ROOT", 2),
    ("a", "DET", "DT", "det", 5),
    ("two-day", "ADJ", "JJ", "amod", 5),
    ("strike", "NOUN", "NN", "dobj", 2),
    (".", "PUNCT", ".", "punct", 2),
]
# "The board declared the results of the vote."
_DECLARED_RESULTS: list[Token] = [
    ("The", "DET", "DT", "det", 1),
    ("board", "NOUN", "NN", "nsubj", 2),
    ("declared", "VERB", "VBD", "ROOT", 2),
    ("the", "DET", "DT", "det", 4),
    ("results", "NOUN", "NNS", "dobj", 2),
    ("of", "ADP", "IN", "prep", 4),
    ("the", "DET", "DT", "det", 7),
    ("vote", "NOUN", "NN", "pobj", 5),
    (".", "PUNCT", ".", "punct", 2),
]


@pytest.mark.parametrize("tokens", [_DECLARED_STRIKE, _DECLARED_RESULTS])
def test_declaring_a_strike_or_results_is_an_act(
    vocab: Any, tokens: list[Token]
) -> None:
    assert declares_an_act(_doc(vocab, tokens)[2])


# "The mayor made the decision after the vote."
_MADE_DECISION: list[Token] = [
    ("The", "DET", "DT", "det", 1),
    ("mayor", "NOUN", "NN", "nsubj", 2),
    ("made", "VERB", "VBD", "ROOT", 2),
    ("the", "DET", "DT", "det", 4),
    ("decision", "NOUN", "NN", "dobj", 2),
    ("after", "ADP", "IN", "prep", 2),
    ("the", "DET", "DT", "det", 7),
    ("vote", "NOUN", "NN", "pobj", 5),
    (".", "PUNCT", ".", "punct", 2),
]
# "The mayor made a statement."
_MADE_STATEMENT: list[Token] = [
    ("The", "DET", "DT", "det", 1),
    ("mayor", "NOUN", "NN", "nsubj", 2),
    ("made", "VERB", "VBD", "ROOT", 2),
    ("a", "DET", "DT", "det", 4),
    ("statement", "NOUN", "NN", "dobj", 2),
    (".", "PUNCT", ".", "punct", 2),
]
# "The mayor made it clear that the plan stands."
_MADE_IT_CLEAR: list[Token] = [
    ("The", "DET", "DT", "det", 1),
    ("mayor", "NOUN", "NN", "nsubj", 2),
    ("made", "VERB", "VBD", "ROOT", 2),
    ("it", "PRON", "PRP", "nsubj", 4),
    ("clear", "ADJ", "JJ", "ccomp", 2),
    ("that", "SCONJ", "IN", "mark", 8),
    ("the", "DET", "DT", "det", 7),
    ("plan", "NOUN", "NN", "nsubj", 8),
    ("stands", "VERB", "VBZ", "ccomp", 4),
    (".", "PUNCT", ".", "punct", 2),
]


@pytest.mark.parametrize(
    ("tokens", "cue", "light"),
    [
        (_MADE_DECISION, [2], True),
        (_MADE_STATEMENT, [2], False),
        (_MADE_IT_CLEAR, [2], False),
        (_MADE_DECISION, [2, 4], True),
        (_MADE_STATEMENT, [2, 4], False),  # the noun of saying in the cue
    ],
)
def test_make_is_a_cue_only_with_a_noun_of_saying(
    vocab: Any, tokens: list[Token], cue: list[int], light: bool
) -> None:
    doc = _doc(vocab, tokens)
    assert light_verb(doc[2], cue) is light
    verdict = cue_head_allowed(doc, doc_features(doc), cue)
    assert (verdict is None) is light  # a light "make": the content decides


def test_a_light_verb_keeps_a_quoted_content(vocab: Any) -> None:
    from whosaid.attribution.filters import cue_allowed

    # 'Vik made the deal "a disgrace".'
    tokens: list[Token] = [
        ("Vik", "PROPN", "NNP", "nsubj", 1),
        ("made", "VERB", "VBD", "ROOT", 1),
        ("the", "DET", "DT", "det", 3),
        ("deal", "NOUN", "NN", "nsubj", 6),
        ('"', "PUNCT", "``", "punct", 6),
        ("a", "DET", "DT", "det", 6),
        ("disgrace", "NOUN", "NN", "ccomp", 1),
        ('"', "PUNCT", "''", "punct", 6),
        (".", "PUNCT", ".", "punct", 1),
    ]
    doc = _doc(vocab, tokens)
    feats = doc_features(doc)
    quoted = Candidate(
        cue=[1], source=[[0]], content=[list(range(2, 8))], confidence=1.0
    )
    assert cue_allowed(doc, feats, quoted)
    decided = _doc(vocab, _MADE_DECISION)
    plain = Candidate(cue=[2], source=[[0, 1]], content=[[3, 4]], confidence=1.0)
    assert not cue_allowed(decided, doc_features(decided), plain)


# "Oslo will end the scheme, the ministry said, after a week of protests."
_SAID_AFTER: list[Token] = [
    ("Oslo", "PROPN", "NNP", "nsubj", 2),
    ("will", "AUX", "MD", "aux", 2),
    ("end", "VERB", "VB", "ccomp", 8),
    ("the", "DET", "DT", "det", 4),
    ("scheme", "NOUN", "NN", "dobj", 2),
    (",", "PUNCT", ",", "punct", 8),
    ("the", "DET", "DT", "det", 7),
    ("ministry", "NOUN", "NN", "nsubj", 8),
    ("said", "VERB", "VBD", "ROOT", 8),
    (",", "PUNCT", ",", "punct", 8),
    ("after", "ADP", "IN", "prep", 8),
    ("a", "DET", "DT", "det", 12),
    ("week", "NOUN", "NN", "pobj", 10),
    ("of", "ADP", "IN", "prep", 12),
    ("protests", "NOUN", "NNS", "pobj", 13),
    (".", "PUNCT", ".", "punct", 8),
]


@pytest.mark.parametrize(
    ("content", "adjunct"),
    [
        ([11, 12, 13, 14], True),  # "a week of protests"
        ([14, 15], True),  # "protests."
        ([10, 11, 12, 13, 14], False),  # opens with the preposition itself
        ([0, 1, 2, 3, 4], False),  # the reported clause
        ([0, 1, 2, 3, 4, 10, 11, 12, 13, 14], False),
        ([15], False),  # no word at all
    ],
)
def test_a_time_adjunct_of_the_cue_is_no_content(
    vocab: Any, content: list[int], adjunct: bool
) -> None:
    doc = _doc(vocab, _SAID_AFTER)
    assert time_adjunct_content(doc[8], content) is adjunct


def test_an_adjunct_of_another_preposition_is_left_to_the_cue(vocab: Any) -> None:
    # "Vik spoke for an hour.": "for" may be the cue's own preposition
    tokens: list[Token] = [
        ("Vik", "PROPN", "NNP", "nsubj", 1),
        ("spoke", "VERB", "VBD", "ROOT", 1),
        ("for", "ADP", "IN", "prep", 1),
        ("an", "DET", "DT", "det", 4),
        ("hour", "NOUN", "NN", "pobj", 2),
        (".", "PUNCT", ".", "punct", 1),
    ]
    doc = _doc(vocab, tokens)
    assert not time_adjunct_content(doc[1], [3, 4])


def _sent(vocab: Any, noun: str) -> Any:
    # "The agency sent its NOUN to the port."
    tokens: list[Token] = [
        ("The", "DET", "DT", "det", 1),
        ("agency", "NOUN", "NN", "nsubj", 2),
        ("sent", "VERB", "VBD", "ROOT", 2),
        ("its", "PRON", "PRP$", "poss", 4),
        (noun, "NOUN", "NNS", "dobj", 2),
        ("to", "ADP", "IN", "prep", 2),
        ("the", "DET", "DT", "det", 7),
        ("port", "NOUN", "NN", "pobj", 5),
        (".", "PUNCT", ".", "punct", 2),
    ]
    return _doc(vocab, tokens)


@pytest.mark.parametrize(
    ("noun", "light"),
    [("inspectors", True), ("letters", False), ("warnings", False)],
)
def test_send_is_a_cue_only_with_a_message(vocab: Any, noun: str, light: bool) -> None:
    doc = _sent(vocab, noun)
    assert light_verb(doc[2], [2]) is light


def _claims(vocab: Any, noun: str, ents: list[tuple[int, int, str]]) -> Any:
    # "Oslo claims the whole NOUN."
    tokens: list[Token] = [
        ("Oslo", "PROPN", "NNP", "nsubj", 1),
        ("claims", "VERB", "VBZ", "ROOT", 1),
        ("the", "DET", "DT", "det", 4),
        ("whole", "ADJ", "JJ", "amod", 4),
        (noun, "NOUN", "NN", "dobj", 1),
        (".", "PUNCT", ".", "punct", 1),
    ]
    return _doc(vocab, tokens, ents)


@pytest.mark.parametrize(
    ("noun", "ents", "possession"),
    [
        ("Archipelago", [(4, 5, "LOC")], True),
        ("territory", [], True),
        ("victory", [], False),
        ("responsibility", [], False),
    ],
)
def test_claiming_a_place_is_no_saying(
    vocab: Any, noun: str, ents: list[tuple[int, int, str]], possession: bool
) -> None:
    doc = _claims(vocab, noun, ents)
    assert claims_a_possession(doc[1]) is possession
    verdict = cue_head_allowed(doc, doc_features(doc), [1])
    assert (verdict is False) is possession


def test_a_content_only_in_another_paragraph_is_elsewhere(vocab: Any) -> None:
    from whosaid.attribution.clauses import ccomp_candidate, content_elsewhere

    # '"We act." \n\n Vik said the plan failed.'
    tokens: list[Token] = [
        ('"', "PUNCT", "``", "punct", 2),
        ("We", "PRON", "PRP", "nsubj", 2),
        ("act", "VERB", "VBP", "ROOT", 2),
        (".", "PUNCT", ".", "punct", 2),
        ('"', "PUNCT", "''", "punct", 2),
        ("\n\n", "SPACE", "_SP", "dep", 4),
        ("Vik", "PROPN", "NNP", "nsubj", 7),
        ("said", "VERB", "VBD", "ROOT", 7),
        ("the", "DET", "DT", "det", 9),
        ("plan", "NOUN", "NN", "nsubj", 10),
        ("failed", "VERB", "VBD", "ccomp", 7),
        (".", "PUNCT", ".", "punct", 7),
    ]
    doc = _doc(vocab, tokens)
    feats = doc_features(doc)
    quoted = Candidate(cue=[7], source=[[6]], content=[[0, 1, 2, 3, 4]], confidence=1)
    assert content_elsewhere(feats, quoted)
    own = ccomp_candidate(doc, feats, [7])
    assert own is not None and own.content == [[8, 9, 10]]
    assert not content_elsewhere(feats, own)


# "The court declared the arrest unlawful."
_DECLARED_UNLAWFUL: list[Token] = [
    ("The", "DET", "DT", "det", 1),
    ("court", "NOUN", "NN", "nsubj", 2),
    ("declared", "VERB", "VBD", "ROOT", 2),
    ("the", "DET", "DT", "det", 4),
    ("arrest", "NOUN", "NN", "dobj", 2),
    ("unlawful", "ADJ", "JJ", "oprd", 2),
    (".", "PUNCT", ".", "punct", 2),
]


def test_declaring_a_legal_status_is_a_ruling(vocab: Any) -> None:
    from whosaid.attribution.acts import declares_a_status

    doc = _doc(vocab, _DECLARED_UNLAWFUL)
    assert declares_a_status(doc[2])
    assert cue_head_allowed(doc, doc_features(doc), [2]) is False
    # "declared the vote a farce" judges it: still a cue
    farce = _doc(vocab, [*_DECLARED_UNLAWFUL[:5], ("farce", "NOUN", "NN", "oprd", 2)])
    assert not declares_a_status(farce[2])
    # "declared illegal migrants a threat": an adjective of a noun
    migrants: list[Token] = [
        ("Vik", "PROPN", "NNP", "nsubj", 1),
        ("declared", "VERB", "VBD", "ROOT", 1),
        ("illegal", "ADJ", "JJ", "amod", 3),
        ("migrants", "NOUN", "NNS", "dobj", 1),
        ("a", "DET", "DT", "det", 5),
        ("threat", "NOUN", "NN", "oprd", 1),
    ]
    assert not declares_a_status(_doc(vocab, migrants)[1])


def _calls(vocab: Any, noun: str, end: str) -> Any:
    # "Lind calls snap NOUN" on a line of its own, then a body sentence
    tokens: list[Token] = [
        ("Lind", "PROPN", "NNP", "nsubj", 1),
        ("calls", "VERB", "VBZ", "ROOT", 1),
        ("snap", "ADJ", "JJ", "amod", 3),
        (noun, "NOUN", "NN", "dobj", 1),
    ]
    if end:
        tokens.append((end, "PUNCT", ".", "punct", 1))
    tokens += [
        ("\n\n", "SPACE", "_SP", "dep", len(tokens) - 1),
        ("Vik", "PROPN", "NNP", "nsubj", len(tokens) + 2),
        ("left", "VERB", "VBD", "ROOT", len(tokens) + 2),
    ]
    return _doc(vocab, tokens)


@pytest.mark.parametrize(
    ("noun", "end", "act"),
    [
        ("election", "", True),  # a headline convening an election
        ("election", ".", False),  # a sentence: PolNeAR's reading stands
        ("review", "", False),  # not an event one convenes
    ],
)
def test_a_headline_calling_an_election_convenes_it(
    vocab: Any, noun: str, end: str, act: bool
) -> None:
    from whosaid.attribution.acts import calls_an_event

    doc = _calls(vocab, noun, end)
    assert calls_an_event(doc[1]) is (noun == "election")
    assert (cue_head_allowed(doc, doc_features(doc), [1]) is False) is act


def _agree(vocab: Any, end: str) -> Any:
    # "Oslo, Bern agree to extend talks" (a headline line), then a body line
    tokens: list[Token] = [
        ("Oslo", "PROPN", "NNP", "nsubj", 3),
        (",", "PUNCT", ",", "punct", 0),
        ("Bern", "PROPN", "NNP", "conj", 0),
        ("agree", "VERB", "VBP", "ROOT", 3),
        ("to", "PART", "TO", "aux", 5),
        ("extend", "VERB", "VB", "xcomp", 3),
        ("talks", "NOUN", "NNS", "dobj", 5),
    ]
    if end:
        tokens.append((end, "PUNCT", ".", "punct", 3))
    tokens += [
        ("\n\n", "SPACE", "_SP", "dep", len(tokens) - 1),
        ("Vik", "PROPN", "NNP", "nsubj", len(tokens) + 2),
        ("left", "VERB", "VBD", "ROOT", len(tokens) + 2),
    ]
    return _doc(vocab, tokens)


@pytest.mark.parametrize(("end", "act"), [("", True), (".", False)])
def test_a_headline_agreeing_to_act_commits(vocab: Any, end: str, act: bool) -> None:
    from whosaid.attribution.acts import commits_to_act

    doc = _agree(vocab, end)
    assert commits_to_act(doc[3])
    assert (cue_head_allowed(doc, doc_features(doc), [3]) is False) is act


def test_a_quoted_sentence_line_is_no_headline(vocab: Any) -> None:
    from whosaid.attribution.filters import _headline_line

    # 'Vik said "we act."' on a line of its own
    tokens: list[Token] = [
        ("Vik", "PROPN", "NNP", "nsubj", 1),
        ("said", "VERB", "VBD", "ROOT", 1),
        ('"', "PUNCT", "``", "punct", 4),
        ("we", "PRON", "PRP", "nsubj", 4),
        ("act", "VERB", "VBP", "ccomp", 1),
        (".", "PUNCT", ".", "punct", 1),
        ('"', "PUNCT", "''", "punct", 1),
    ]
    doc = _doc(vocab, tokens)
    assert not _headline_line(doc, 1)
    assert _headline_line(_doc(vocab, tokens[:5]), 1)


def test_a_source_inside_a_name_parenthesis_is_the_name(vocab: Any) -> None:
    from whosaid.attribution.sources import out_of_parenthesis, whole_coordination

    # "Ann Lee (D-Ore.) and Bo Vik (R-Utah) said it failed."
    tokens: list[Token] = [
        ("Ann", "PROPN", "NNP", "compound", 1),
        ("Lee", "PROPN", "NNP", "nsubj", 13),
        ("(", "PUNCT", "-LRB-", "punct", 1),
        ("D-Ore.", "PROPN", "NNP", "appos", 1),
        (")", "PUNCT", "-RRB-", "punct", 1),
        ("and", "CCONJ", "CC", "cc", 1),
        ("Bo", "PROPN", "NNP", "compound", 7),
        ("Vik", "PROPN", "NNP", "conj", 1),
        ("(", "PUNCT", "-LRB-", "punct", 7),
        ("R-Utah", "PROPN", "NNP", "appos", 7),
        (")", "PUNCT", "-RRB-", "punct", 7),
        ("both", "DET", "DT", "appos", 1),
        (",", "PUNCT", ",", "punct", 13),
        ("said", "VERB", "VBD", "ROOT", 13),
    ]
    doc = _doc(vocab, tokens)
    assert out_of_parenthesis(doc, [9, 10]) == [7, 8, 9, 10]
    assert whole_coordination(doc, [7, 8, 9, 10], set()) == list(range(0, 11))
    assert out_of_parenthesis(doc, [6, 7]) == [6, 7]  # no parenthesis


def test_the_one_quoted_is_no_content(vocab: Any) -> None:
    from whosaid.attribution.acts import quoted_subject_content

    # "The minister was quoted by the agency as saying talks failed."
    tokens: list[Token] = [
        ("The", "DET", "DT", "det", 1),
        ("minister", "NOUN", "NN", "nsubjpass", 3),
        ("was", "AUX", "VBD", "auxpass", 3),
        ("quoted", "VERB", "VBN", "ROOT", 3),
        ("by", "ADP", "IN", "agent", 3),
        ("the", "DET", "DT", "det", 6),
        ("agency", "NOUN", "NN", "pobj", 4),
        ("as", "ADP", "IN", "prep", 3),
        ("saying", "VERB", "VBG", "pcomp", 7),
        ("talks", "NOUN", "NNS", "nsubj", 10),
        ("failed", "VERB", "VBD", "ccomp", 8),
        (".", "PUNCT", ".", "punct", 3),
    ]
    doc = _doc(vocab, tokens)
    assert quoted_subject_content(doc[3], [0, 1])
    assert not quoted_subject_content(doc[3], [9, 10])
    assert not quoted_subject_content(doc[8], [0, 1])  # "saying" is no "quoted"


@pytest.mark.parametrize(
    ("mark", "time"), [("as", True), ("after", True), ("that", False)]
)
def test_a_clause_of_circumstance_is_no_object_cue(
    vocab: Any, mark: str, time: bool
) -> None:
    from whosaid.attribution.clauses import time_clause

    # "Oslo acted MARK rivals weigh a new resolution."
    tokens: list[Token] = [
        ("Oslo", "PROPN", "NNP", "nsubj", 1),
        ("acted", "VERB", "VBD", "ROOT", 1),
        (mark, "SCONJ", "IN", "mark", 4),
        ("rivals", "NOUN", "NNS", "nsubj", 4),
        ("weigh", "VERB", "VBP", "advcl", 1),
        ("a", "DET", "DT", "det", 7),
        ("new", "ADJ", "JJ", "amod", 7),
        ("resolution", "NOUN", "NN", "dobj", 4),
        (".", "PUNCT", ".", "punct", 1),
    ]
    assert time_clause(_doc(vocab, tokens)[4]) is time


# "Critics gave the plan a cool welcome."
_GAVE_WELCOME: list[Token] = [
    ("Critics", "NOUN", "NNS", "nsubj", 1),
    ("gave", "VERB", "VBD", "ROOT", 1),
    ("the", "DET", "DT", "det", 3),
    ("plan", "NOUN", "NN", "dative", 1),
    ("a", "DET", "DT", "det", 6),
    ("cool", "ADJ", "JJ", "amod", 6),
    ("welcome", "NOUN", "NN", "dobj", 1),
    (".", "PUNCT", ".", "punct", 1),
]
# "The pilot gave two different accounts."
_GAVE_ACCOUNTS: list[Token] = [
    ("The", "DET", "DT", "det", 1),
    ("pilot", "NOUN", "NN", "nsubj", 2),
    ("gave", "VERB", "VBD", "ROOT", 2),
    ("two", "NUM", "CD", "nummod", 5),
    ("different", "ADJ", "JJ", "amod", 5),
    ("accounts", "NOUN", "NNS", "dobj", 2),
    (".", "PUNCT", ".", "punct", 2),
]
# "Fans, who stood to give her a long cheer."
_STOOD_TO_GIVE: list[Token] = [
    ("Fans", "NOUN", "NNS", "ROOT", 0),
    (",", "PUNCT", ",", "punct", 0),
    ("who", "PRON", "WP", "nsubj", 3),
    ("stood", "VERB", "VBD", "relcl", 0),
    ("to", "PART", "TO", "aux", 5),
    ("give", "VERB", "VB", "advcl", 3),
    ("her", "PRON", "PRP", "dative", 5),
    ("a", "DET", "DT", "det", 9),
    ("long", "ADJ", "JJ", "amod", 9),
    ("cheer", "NOUN", "NN", "dobj", 5),
    (".", "PUNCT", ".", "punct", 0),
]


@pytest.mark.parametrize(
    ("tokens", "verb", "cue", "light"),
    [
        (_GAVE_WELCOME, 1, [1], True),
        (_GAVE_ACCOUNTS, 2, [2], False),  # an account is something said
        (_STOOD_TO_GIVE, 5, [3, 4, 5], True),
    ],
)
def test_give_is_a_cue_only_with_something_said(
    vocab: Any, tokens: list[Token], verb: int, cue: list[int], light: bool
) -> None:
    doc = _doc(vocab, tokens)
    assert light_verb(doc[verb], cue) is light
    # the light verb need not head the cue ("stood to give ...")
    assert light_verb_in_cue(doc, cue) is light
    verdict = cue_head_allowed(doc, doc_features(doc), cue)
    assert (verdict is None) is light


def test_a_cue_without_a_light_verb_is_left_alone(vocab: Any) -> None:
    doc = _doc(vocab, _SAID_AFTER)
    assert not light_verb_in_cue(doc, [8])


def _declared(vocab: Any, winner: str, dep: str) -> Any:
    # "The board declared Ana Ruiz and Tom Vik the WINNER of the race."
    # (the parser may split the sentence before the winner: ROOT)
    tokens: list[Token] = [
        ("The", "DET", "DT", "det", 1),
        ("board", "NOUN", "NN", "nsubj", 2),
        ("declared", "VERB", "VBD", "ROOT", 2),
        ("Ana", "PROPN", "NNP", "compound", 4),
        ("Ruiz", "PROPN", "NNP", "dobj", 2),
        ("and", "CCONJ", "CC", "cc", 4),
        ("Tom", "PROPN", "NNP", "compound", 7),
        ("Vik", "PROPN", "NNP", "conj", 4),
        ("the", "DET", "DT", "det", 9),
        (winner, "NOUN", "NN", dep, 9 if dep == "ROOT" else 2),
        ("of", "ADP", "IN", "prep", 9),
        ("the", "DET", "DT", "det", 12),
        ("race", "NOUN", "NN", "pobj", 10),
        (".", "PUNCT", ".", "punct", 9 if dep == "ROOT" else 2),
    ]
    return _doc(vocab, tokens)


@pytest.mark.parametrize(
    ("winner", "dep", "result"),
    [
        ("winner", "oprd", True),
        ("winners", "ROOT", True),  # hung nowhere near the verb
        ("victor", "oprd", True),
        ("favourite", "oprd", False),  # a judgement: a cue
    ],
)
def test_declaring_a_winner_is_a_result(
    vocab: Any, winner: str, dep: str, result: bool
) -> None:
    doc = _declared(vocab, winner, dep)
    assert declares_a_winner(doc[2]) is result
    assert (cue_head_allowed(doc, doc_features(doc), [2]) is False) is result


def test_declaring_that_the_winner_did_something_stays_a_cue(vocab: Any) -> None:
    # "Vik declared that the winner had cheated."
    tokens: list[Token] = [
        ("Vik", "PROPN", "NNP", "nsubj", 1),
        ("declared", "VERB", "VBD", "ROOT", 1),
        ("that", "SCONJ", "IN", "mark", 6),
        ("the", "DET", "DT", "det", 4),
        ("winner", "NOUN", "NN", "nsubj", 6),
        ("had", "AUX", "VBD", "aux", 6),
        ("cheated", "VERB", "VBN", "ccomp", 1),
        (".", "PUNCT", ".", "punct", 1),
    ]
    assert not declares_a_winner(_doc(vocab, tokens)[1])


def _court(vocab: Any, verb: str, particle: str | None, noun: str) -> Any:
    # "The court VERB [PARTICLE] the 2019 NOUN of the tribunal."
    tokens: list[Token] = [
        ("The", "DET", "DT", "det", 1),
        ("court", "NOUN", "NN", "nsubj", 2),
        (verb, "VERB", "VBD", "ROOT", 2),
    ]
    if particle is not None:
        tokens.append((particle, "ADP", "RP", "prt", 2))
    n = len(tokens)
    tokens += [
        ("the", "DET", "DT", "det", n + 2),
        ("2019", "NUM", "CD", "nummod", n + 2),
        (noun, "NOUN", "NN", "dobj", 2),
        ("of", "ADP", "IN", "prep", n + 2),
        ("the", "DET", "DT", "det", n + 5),
        ("tribunal", "NOUN", "NN", "pobj", n + 3),
        (".", "PUNCT", ".", "punct", 2),
    ]
    return _doc(vocab, tokens)


@pytest.mark.parametrize(
    ("verb", "particle", "noun", "act"),
    [
        ("set", "aside", "ruling", True),
        ("upheld", None, "verdict", True),
        ("confirmed", None, "decision", True),
        ("struck", "down", "bans", True),
        ("set", None, "ruling", False),  # "set" alone acts on no ruling
        ("confirmed", None, "figures", False),  # confirming a fact: a cue
        ("criticised", None, "ruling", False),  # a verdict on the ruling
    ],
)
def test_a_court_acting_on_a_ruling_says_nothing(
    vocab: Any, verb: str, particle: str | None, noun: str, act: bool
) -> None:
    doc = _court(vocab, verb, particle, noun)
    assert rules_on_a_ruling(doc[2]) is act


def test_confirming_that_a_ruling_stands_stays_a_cue(vocab: Any) -> None:
    # "The court confirmed that the ruling stands."
    tokens: list[Token] = [
        ("The", "DET", "DT", "det", 1),
        ("court", "NOUN", "NN", "nsubj", 2),
        ("confirmed", "VERB", "VBD", "ROOT", 2),
        ("that", "SCONJ", "IN", "mark", 6),
        ("the", "DET", "DT", "det", 5),
        ("ruling", "NOUN", "NN", "nsubj", 6),
        ("stands", "VERB", "VBZ", "ccomp", 2),
        (".", "PUNCT", ".", "punct", 2),
    ]
    assert not rules_on_a_ruling(_doc(vocab, tokens)[2])


# "Delegates adopted a text on Friday that, for once, names coal."
# (the parser hung the object's relative clause on the verb)
_ADOPTED_TEXT: list[Token] = [
    ("Delegates", "NOUN", "NNS", "nsubj", 1),
    ("adopted", "VERB", "VBD", "ROOT", 1),
    ("a", "DET", "DT", "det", 3),
    ("text", "NOUN", "NN", "dobj", 1),
    ("on", "ADP", "IN", "prep", 3),
    ("Friday", "PROPN", "NNP", "pobj", 4),
    ("that", "SCONJ", "IN", "mark", 11),
    (",", "PUNCT", ",", "punct", 11),
    ("for", "ADP", "IN", "prep", 11),
    ("once", "ADV", "RB", "pcomp", 8),
    (",", "PUNCT", ",", "punct", 11),
    ("names", "VERB", "VBZ", "ccomp", 1),
    ("coal", "NOUN", "NN", "dobj", 11),
    (".", "PUNCT", ".", "punct", 1),
]


def test_a_relative_clause_of_the_object_is_no_clausal_content(vocab: Any) -> None:
    from whosaid.attribution.filters import cue_allowed

    doc = _doc(vocab, _ADOPTED_TEXT)
    assert relative_that_clause(doc[11])
    assert cue_head_allowed(doc, doc_features(doc), [1]) is None  # "adopt"
    cand = Candidate(
        cue=[1], source=[[0]], content=[list(range(6, 13))], confidence=1.0
    )
    assert not cue_allowed(doc, doc_features(doc), cand)


def test_a_that_clause_with_its_own_subject_is_the_verbs(vocab: Any) -> None:
    # "Delegates concluded a review that the text names coal."
    tokens: list[Token] = [
        ("Delegates", "NOUN", "NNS", "nsubj", 1),
        ("concluded", "VERB", "VBD", "ROOT", 1),
        ("a", "DET", "DT", "det", 3),
        ("review", "NOUN", "NN", "dobj", 1),
        ("that", "SCONJ", "IN", "mark", 7),
        ("the", "DET", "DT", "det", 6),
        ("text", "NOUN", "NN", "nsubj", 7),
        ("names", "VERB", "VBZ", "ccomp", 1),
        ("coal", "NOUN", "NN", "dobj", 7),
        (".", "PUNCT", ".", "punct", 1),
    ]
    doc = _doc(vocab, tokens)
    assert not relative_that_clause(doc[7])


def _verb_particle(vocab: Any, verb: str, particle: str, noun: str) -> Any:
    # "The guild VERB PARTICLE the NOUN."
    tokens: list[Token] = [
        ("The", "DET", "DT", "det", 1),
        ("guild", "NOUN", "NN", "nsubj", 2),
        (verb, "VERB", "VBD", "ROOT", 2),
        (particle, "ADP", "RP" if particle != "for" else "IN", "prt", 2),
        ("the", "DET", "DT", "det", 5),
        (noun, "NOUN", "NN", "dobj", 2),
        (".", "PUNCT", ".", "punct", 2),
    ]
    if particle == "for":  # "called for the vote": a preposition
        tokens[3] = ("for", "ADP", "IN", "prep", 2)
        tokens[5] = (noun, "NOUN", "NN", "pobj", 3)
    return _doc(vocab, tokens)


@pytest.mark.parametrize(
    ("particle", "noun", "act"),
    [
        ("off", "walkout", True),
        ("up", "reserves", True),
        ("in", "army", True),
        ("for", "vote", False),  # asking for it: a cue
    ],
)
def test_calling_off_or_up_is_no_call_for_anything(
    vocab: Any, particle: str, noun: str, act: bool
) -> None:
    doc = _verb_particle(vocab, "called", particle, noun)
    assert calls_off(doc[2]) is act
    assert (cue_head_allowed(doc, doc_features(doc), [2, 3]) is False) is act


def _denied(vocab: Any, verb: str, noun: str) -> Any:
    # "Guards VERB the NOUN to reporters."
    tokens: list[Token] = [
        ("Guards", "NOUN", "NNS", "nsubj", 1),
        (verb, "VERB", "VBD", "ROOT", 1),
        ("the", "DET", "DT", "det", 3),
        (noun, "NOUN", "NN", "dobj", 1),
        ("to", "ADP", "IN", "prep", 1),
        ("reporters", "NOUN", "NNS", "pobj", 4),
        (".", "PUNCT", ".", "punct", 1),
    ]
    return _doc(vocab, tokens)


@pytest.mark.parametrize(
    ("verb", "noun", "withheld"),
    [
        ("denied", "access", True),
        ("refused", "visas", True),
        ("denied", "report", False),  # a claim denied: a cue
        ("confirmed", "access", False),
    ],
)
def test_denying_access_withholds_a_thing(
    vocab: Any, verb: str, noun: str, withheld: bool
) -> None:
    doc = _denied(vocab, verb, noun)
    assert denies_a_thing(doc[1]) is withheld


def test_a_cue_holding_its_own_object_takes_no_object_content(vocab: Any) -> None:
    from whosaid.attribution.clauses import object_candidate

    # "The agency issued a statement on Tuesday."
    tokens: list[Token] = [
        ("The", "DET", "DT", "det", 1),
        ("agency", "NOUN", "NN", "nsubj", 2),
        ("issued", "VERB", "VBD", "ROOT", 2),
        ("a", "DET", "DT", "det", 4),
        ("statement", "NOUN", "NN", "dobj", 2),
        ("on", "ADP", "IN", "prep", 2),
        ("Tuesday", "PROPN", "NNP", "pobj", 5),
        (".", "PUNCT", ".", "punct", 2),
    ]
    doc = _doc(vocab, tokens)
    feats = doc_features(doc)
    assert object_candidate(doc, feats, [2, 3, 4]) is None
    found = object_candidate(doc, feats, [2])
    assert found is not None and found.content == [[3, 4]]


def _announced(vocab: Any, noun: str, det: tuple[str, str, str]) -> Any:
    # "The coach announced DET NOUN on Friday."
    tokens: list[Token] = [
        ("The", "DET", "DT", "det", 1),
        ("coach", "NOUN", "NN", "nsubj", 2),
        ("announced", "VERB", "VBD", "ROOT", 2),
        (det[0], det[1], det[2], "poss" if det[1] == "PRON" else "det", 4),
        (noun, "NOUN", "NN", "dobj", 2),
        ("on", "ADP", "IN", "prep", 2),
        ("Friday", "PROPN", "NNP", "pobj", 5),
        (".", "PUNCT", ".", "punct", 2),
    ]
    return _doc(vocab, tokens)


_HIS = ("his", "PRON", "PRP$")
_A = ("a", "DET", "DT")


@pytest.mark.parametrize(
    ("noun", "det", "leaves"),
    [
        ("retirement", _HIS, True),
        ("resignation", _HIS, True),
        ("candidacy", _HIS, False),  # PolNeAR's attribution
        ("plan", _HIS, False),
        ("withdrawal", _A, False),  # "a withdrawal" of troops: not his own
    ],
)
def test_announcing_ones_own_departure_is_an_event(
    vocab: Any, noun: str, det: tuple[str, str, str], leaves: bool
) -> None:
    doc = _announced(vocab, noun, det)
    assert announces_own_departure(doc[2]) is leaves
    assert (cue_head_allowed(doc, doc_features(doc), [2]) is False) is leaves


def _confirmed_as(vocab: Any, noun: str) -> Any:
    # "Senators confirmed Vik as NOUN."
    tokens: list[Token] = [
        ("Senators", "NOUN", "NNS", "nsubj", 1),
        ("confirmed", "VERB", "VBD", "ROOT", 1),
        ("Vik", "PROPN", "NNP", "dobj", 1),
        ("as", "ADP", "IN", "prep", 2),
        ("defence", "NOUN", "NN", "compound", 5),
        (noun, "NOUN", "NN", "pobj", 3),
        (".", "PUNCT", ".", "punct", 1),
    ]
    return _doc(vocab, tokens)  # no entity: the office decides


@pytest.mark.parametrize(("noun", "appoints"), [("secretary", True), ("tally", False)])
def test_confirming_someone_as_an_office_appoints_them(
    vocab: Any, noun: str, appoints: bool
) -> None:
    doc = _confirmed_as(vocab, noun)
    assert confirms_a_person(doc[1]) is appoints


def test_a_headline_declaring_a_curfew_is_no_statement(vocab: Any) -> None:
    # "Army declares curfew in capital"
    tokens: list[Token] = [
        ("Army", "PROPN", "NNP", "nsubj", 1),
        ("declares", "VERB", "VBZ", "ROOT", 1),
        ("curfew", "NOUN", "NN", "dobj", 1),
        ("in", "ADP", "IN", "prep", 2),
        ("capital", "NOUN", "NN", "pobj", 3),
    ]
    doc = _doc(vocab, tokens)
    assert headline_candidates(doc, doc_features(doc)) == []


# "the Assembly voted unanimously to demand that it be revoked ."
_VOTED_TO_DEMAND: list[Token] = [
    ("the", "DET", "DT", "det", 1),
    ("Assembly", "PROPN", "NNP", "nsubj", 2),
    ("voted", "VERB", "VBD", "ROOT", 2),
    ("unanimously", "ADV", "RB", "advmod", 2),
    ("to", "PART", "TO", "aux", 5),
    ("demand", "VERB", "VB", "xcomp", 2),
    ("that", "SCONJ", "IN", "mark", 9),
    ("it", "PRON", "PRP", "nsubjpass", 9),
    ("be", "AUX", "VB", "auxpass", 9),
    ("revoked", "VERB", "VBN", "ccomp", 5),
    (".", "PUNCT", ".", "punct", 2),
]


def test_a_vote_to_demand_is_an_act(vocab: Any) -> None:
    doc = _doc(vocab, _VOTED_TO_DEMAND)
    assert voted_to(doc[2]) and voted_to(doc[5])
    assert cue_head_allowed(doc, doc_features(doc), [5]) is False
    assert cue_head_allowed(doc, doc_features(doc), [2, 3, 4, 5]) is False
    # "the Assembly agreed to demand ...": no vote
    words = [w if i != 2 else "agreed" for i, (w, *_) in enumerate(_VOTED_TO_DEMAND)]
    agreed = _doc(
        vocab, [(w, *t[1:]) for w, t in zip(words, _VOTED_TO_DEMAND, strict=True)]
    )
    assert not voted_to(agreed[2]) and not voted_to(agreed[5])


@pytest.mark.parametrize("verb", ["blocked", "heard"])
def test_blocking_or_hearing_an_object_is_an_act(vocab: Any, verb: str) -> None:
    # "aides blocked the doors ." / "aides heard the doors ."
    tokens: list[Token] = [
        ("aides", "NOUN", "NNS", "nsubj", 1),
        (verb, "VERB", "VBD", "ROOT", 1),
        ("the", "DET", "DT", "det", 3),
        ("doors", "NOUN", "NNS", "dobj", 1),
        (".", "PUNCT", ".", "punct", 1),
    ]
    doc = _doc(vocab, tokens)
    # an event verb: a cue only with a clausal or quoted content
    assert cue_head_allowed(doc, doc_features(doc), [1]) is None


# "190 lawmakers present voted for a resolution demanding the lifting ."
_VOTED_FOR_RESOLUTION: list[Token] = [
    ("190", "NUM", "CD", "nummod", 1),
    ("lawmakers", "NOUN", "NNS", "nsubj", 3),
    ("present", "VERB", "VBP", "amod", 1),
    ("voted", "VERB", "VBD", "ROOT", 3),
    ("for", "ADP", "IN", "prep", 3),
    ("a", "DET", "DT", "det", 6),
    ("resolution", "NOUN", "NN", "pobj", 4),
    ("demanding", "VERB", "VBG", "acl", 6),
    ("the", "DET", "DT", "det", 9),
    ("lifting", "NOUN", "NN", "dobj", 7),
    (".", "PUNCT", ".", "punct", 3),
]


@pytest.mark.parametrize(("noun", "act"), [("resolution", True), ("Trump", False)])
def test_a_vote_for_a_resolution_is_an_act(vocab: Any, noun: str, act: bool) -> None:
    tokens = with_word(_VOTED_FOR_RESOLUTION, 6, noun)
    doc = _doc(vocab, tokens)
    assert voted_to(doc[3]) is act
    # the vote is found wherever the cue's head fell ("present")
    assert (cue_head_allowed(doc, doc_features(doc), [2, 3, 4]) is False) is act


# "The minister offered to resign on Wednesday and said talks would go on."
_OFFERED_ON_WEDNESDAY: list[Token] = [
    ("The", "DET", "DT", "det", 1),
    ("minister", "NOUN", "NN", "nsubj", 2),
    ("offered", "VERB", "VBD", "ROOT", 2),
    ("to", "PART", "TO", "aux", 4),
    ("resign", "VERB", "VB", "xcomp", 2),
    ("on", "ADP", "IN", "prep", 4),
    ("Wednesday", "PROPN", "NNP", "pobj", 5),
    ("and", "CCONJ", "CC", "cc", 2),
    ("said", "VERB", "VBD", "conj", 2),
    ("talks", "NOUN", "NNS", "nsubj", 11),
    ("would", "AUX", "MD", "aux", 11),
    ("go", "VERB", "VB", "ccomp", 8),
    ("on", "ADP", "RP", "prt", 11),
    (".", "PUNCT", ".", "punct", 2),
]


@pytest.mark.parametrize(
    ("content", "only_time"),
    [
        ([5, 6], True),  # "on Wednesday"
        ([6, 13], True),  # "Wednesday."
        ([9, 10, 11, 12], False),  # "talks would go on"
        ([4, 5, 6], False),  # "resign on Wednesday"
        ([5], False),  # a preposition and no date
        ([13], False),  # no word at all
    ],
)
def test_a_content_that_is_only_a_date_is_no_content(
    vocab: Any, content: list[int], only_time: bool
) -> None:
    doc = _doc(vocab, _OFFERED_ON_WEDNESDAY, ents=[(6, 7, "DATE")])
    assert time_only_content(doc, content) is only_time


def test_announcing_someone_elses_departure_is_an_event(vocab: Any) -> None:
    # "Hasina announced the resignation of two ministers."
    tokens: list[Token] = [
        ("Hasina", "PROPN", "NNP", "nsubj", 1),
        ("announced", "VERB", "VBD", "ROOT", 1),
        ("the", "DET", "DT", "det", 3),
        ("resignation", "NOUN", "NN", "dobj", 1),
        ("of", "ADP", "IN", "prep", 3),
        ("two", "NUM", "CD", "nummod", 6),
        ("ministers", "NOUN", "NNS", "pobj", 4),
        (".", "PUNCT", ".", "punct", 1),
    ]
    assert announces_own_departure(_doc(vocab, tokens)[1])
    # "announced the plan of two ministers": no leaving
    plan = [t if i != 3 else ("plan", *t[1:]) for i, t in enumerate(tokens)]
    assert not announces_own_departure(_doc(vocab, plan)[1])
