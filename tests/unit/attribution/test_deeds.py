"""Cue words used for a deed done to a thing (hand-parsed Docs, no model)."""

from __future__ import annotations

from typing import Any

from tests.factories import ParsedToken, parsed_doc, with_word

from whosaid.attribution.deeds import (
    a_deed,
    agrees_to_a_thing,
    approves_a_thing,
    argues_over_a_topic,
    credits_with,
    headline_deed,
    observes_a_thing,
    protests_a_thing,
    refers_elsewhere,
    strikes_a_target,
    tells_an_audience,
    threat_of_a_thing,
)
from whosaid.attribution.notsaid import not_said

Token = ParsedToken

# "The Bundestag approved a loosening of the debt rules."
_APPROVED: list[Token] = [
    ("The", "DET", "DT", "det", 1),
    ("Bundestag", "PROPN", "NNP", "nsubj", 2),
    ("approved", "VERB", "VBD", "ROOT", 2),
    ("a", "DET", "DT", "det", 4),
    ("loosening", "NOUN", "NN", "dobj", 2),
    ("of", "ADP", "IN", "prep", 4),
    ("the", "DET", "DT", "det", 8),
    ("debt", "NOUN", "NN", "compound", 8),
    ("rules", "NOUN", "NNS", "pobj", 5),
    (".", "PUNCT", ".", "punct", 2),
]
_APPROVED_OBJECT = [3, 4, 5, 6, 7, 8]


def test_approving_a_thing_is_a_vote_not_a_statement(vocab: Any) -> None:
    doc = parsed_doc(vocab, _APPROVED)
    assert approves_a_thing(doc[2], _APPROVED_OBJECT)
    assert a_deed(doc[2], _APPROVED_OBJECT)
    assert not_said(doc[2], _APPROVED_OBJECT)
    # another verb with the same object is not this check's
    other = parsed_doc(vocab, with_word(_APPROVED, 2, "criticized"))
    assert not approves_a_thing(other[2], _APPROVED_OBJECT)


def test_approving_of_someone_is_an_opinion(vocab: Any) -> None:
    # "Voters approve of his performance."
    tokens: list[Token] = [
        ("Voters", "NOUN", "NNS", "nsubj", 1),
        ("approve", "VERB", "VBP", "ROOT", 1),
        ("of", "ADP", "IN", "prep", 1),
        ("his", "PRON", "PRP$", "poss", 4),
        ("performance", "NOUN", "NN", "pobj", 2),
        (".", "PUNCT", ".", "punct", 1),
    ]
    doc = parsed_doc(vocab, tokens)
    assert not approves_a_thing(doc[1], [3, 4])


# "Our correspondent observed long queues."
_OBSERVED: list[Token] = [
    ("Our", "PRON", "PRP$", "poss", 1),
    ("correspondent", "NOUN", "NN", "nsubj", 2),
    ("observed", "VERB", "VBD", "ROOT", 2),
    ("long", "ADJ", "JJ", "amod", 4),
    ("queues", "NOUN", "NNS", "dobj", 2),
    (".", "PUNCT", ".", "punct", 2),
]


def test_observing_a_thing_is_seeing_it(vocab: Any) -> None:
    doc = parsed_doc(vocab, _OBSERVED)
    assert observes_a_thing(doc[2], [3, 4])


def test_observing_that_something_is_so_stays_a_cue(vocab: Any) -> None:
    # "She observed that queues were long."
    tokens: list[Token] = [
        ("She", "PRON", "PRP", "nsubj", 1),
        ("observed", "VERB", "VBD", "ROOT", 1),
        ("that", "SCONJ", "IN", "mark", 4),
        ("queues", "NOUN", "NNS", "nsubj", 4),
        ("were", "AUX", "VBD", "ccomp", 1),
        ("long", "ADJ", "JJ", "acomp", 4),
        (".", "PUNCT", ".", "punct", 1),
    ]
    doc = parsed_doc(vocab, tokens)
    assert not observes_a_thing(doc[1], [2, 3, 4, 5])


# "US bombers struck three facilities."
_STRUCK: list[Token] = [
    ("US", "PROPN", "NNP", "compound", 1),
    ("bombers", "NOUN", "NNS", "nsubj", 2),
    ("struck", "VERB", "VBD", "ROOT", 2),
    ("three", "NUM", "CD", "nummod", 4),
    ("facilities", "NOUN", "NNS", "dobj", 2),
    (".", "PUNCT", ".", "punct", 2),
]


def test_a_strike_by_arms_is_no_statement(vocab: Any) -> None:
    doc = parsed_doc(vocab, _STRUCK)
    assert strikes_a_target(doc[2], [3, 4])
    # a speaker who "struck a conciliatory tone" is no armed force
    speaker = parsed_doc(vocab, with_word(_STRUCK, 1, "senators"))
    assert not strikes_a_target(speaker[2], [3, 4])


# "Lead counsel protested the ruling."
_PROTESTED: list[Token] = [
    ("Lead", "ADJ", "JJ", "amod", 1),
    ("counsel", "NOUN", "NN", "nsubj", 2),
    ("protested", "VERB", "VBD", "ROOT", 2),
    ("the", "DET", "DT", "det", 4),
    ("ruling", "NOUN", "NN", "dobj", 2),
    (".", "PUNCT", ".", "punct", 2),
]


def test_protesting_a_ruling_is_an_objection_lodged(vocab: Any) -> None:
    doc = parsed_doc(vocab, _PROTESTED)
    assert protests_a_thing(doc[2], [3, 4])


def test_a_quoted_object_is_something_said(vocab: Any) -> None:
    # 'Lead counsel protested the "farce".'
    tokens: list[Token] = [
        *_PROTESTED[:4],
        ('"', "PUNCT", "``", "punct", 6),
        ("farce", "NOUN", "NN", "dobj", 2),
        ('"', "PUNCT", "''", "punct", 5),
        (".", "PUNCT", ".", "punct", 2),
    ]
    tokens[3] = ("the", "DET", "DT", "det", 5)
    doc = parsed_doc(vocab, tokens, tight=frozenset({".", '"'}))
    assert not protests_a_thing(doc[2], [3, 4, 5, 6])


# "Lawmakers spent hours arguing over the credentials."
_ARGUING: list[Token] = [
    ("Lawmakers", "NOUN", "NNS", "nsubj", 1),
    ("spent", "VERB", "VBD", "ROOT", 1),
    ("hours", "NOUN", "NNS", "dobj", 1),
    ("arguing", "VERB", "VBG", "xcomp", 1),
    ("over", "ADP", "IN", "prep", 3),
    ("the", "DET", "DT", "det", 6),
    ("credentials", "NOUN", "NNS", "pobj", 4),
    (".", "PUNCT", ".", "punct", 1),
]


def test_what_a_quarrel_is_over_is_its_topic(vocab: Any) -> None:
    doc = parsed_doc(vocab, _ARGUING)
    assert argues_over_a_topic(doc[1], [5, 6])  # the cue's head "spent"
    assert argues_over_a_topic(doc[3], [5, 6])  # or "arguing" itself
    # a debate over something is left to PolNeAR's convention
    debating = parsed_doc(vocab, with_word(_ARGUING, 3, "debating"))
    assert not argues_over_a_topic(debating[1], [5, 6])
    # a content reaching past the topic is more than it
    assert not argues_over_a_topic(doc[3], [2, 5, 6])


# "Qatar announces Gaza ceasefire" (a headline)
_ANNOUNCES: list[Token] = [
    ("Qatar", "PROPN", "NNP", "nsubj", 1),
    ("announces", "VERB", "VBZ", "ROOT", 1),
    ("Gaza", "PROPN", "NNP", "compound", 3),
    ("ceasefire", "NOUN", "NN", "dobj", 1),
]


def test_a_headline_announcing_a_thing_reports_a_deed(vocab: Any) -> None:
    doc = parsed_doc(vocab, _ANNOUNCES)
    assert headline_deed(doc[1])
    threatens = parsed_doc(vocab, with_word(_ANNOUNCES, 1, "threatens"))
    assert headline_deed(threatens[1])
    says = parsed_doc(vocab, with_word(_ANNOUNCES, 1, "urges"))
    assert not headline_deed(says[1])


def test_a_headline_announcing_a_clause_says_something(vocab: Any) -> None:
    # "Qatar announces talks will resume"
    tokens: list[Token] = [
        ("Qatar", "PROPN", "NNP", "nsubj", 1),
        ("announces", "VERB", "VBZ", "ROOT", 1),
        ("talks", "NOUN", "NNS", "nsubj", 4),
        ("will", "AUX", "MD", "aux", 4),
        ("resume", "VERB", "VB", "ccomp", 1),
    ]
    doc = parsed_doc(vocab, tokens)
    assert not headline_deed(doc[1])


def test_a_headline_confirming_a_choice_as_a_role(vocab: Any) -> None:
    # "FIFA Confirms Saudi Arabia as Host"
    tokens: list[Token] = [
        ("FIFA", "PROPN", "NNP", "nsubj", 1),
        ("Confirms", "VERB", "VBZ", "ROOT", 1),
        ("Saudi", "PROPN", "NNP", "compound", 3),
        ("Arabia", "PROPN", "NNP", "dobj", 1),
        ("as", "ADP", "IN", "prep", 1),
        ("Host", "PROPN", "NNP", "pobj", 4),
    ]
    doc = parsed_doc(vocab, tokens)
    assert headline_deed(doc[1])
    # "confirms Saudi Arabia as host" without the "as"-phrase is left alone
    bare = parsed_doc(vocab, tokens[:4])
    assert not headline_deed(bare[1])
    # "as" a judgment, no role: a statement
    priority = parsed_doc(vocab, with_word(tokens, 5, "priority"))
    assert not headline_deed(priority[1])


# "A dispute threatened to derail the transfer."
_THREATENED: list[Token] = [
    ("A", "DET", "DT", "det", 1),
    ("dispute", "NOUN", "NN", "nsubj", 2),
    ("threatened", "VERB", "VBD", "ROOT", 2),
    ("to", "PART", "TO", "aux", 4),
    ("derail", "VERB", "VB", "xcomp", 2),
    ("the", "DET", "DT", "det", 6),
    ("transfer", "NOUN", "NN", "dobj", 4),
    (".", "PUNCT", ".", "punct", 2),
]


def test_an_event_that_threatens_is_a_risk(vocab: Any) -> None:
    doc = parsed_doc(vocab, _THREATENED)
    assert threat_of_a_thing(doc[2], [3, 4, 5, 6])
    union = parsed_doc(vocab, with_word(_THREATENED, 1, "union"))
    assert not threat_of_a_thing(union[2], [3, 4, 5, 6])


# "Leaders agreed to a sharp rise in spending."
_AGREED_TO: list[Token] = [
    ("Leaders", "NOUN", "NNS", "nsubj", 1),
    ("agreed", "VERB", "VBD", "ROOT", 1),
    ("to", "ADP", "IN", "prep", 1),
    ("a", "DET", "DT", "det", 5),
    ("sharp", "ADJ", "JJ", "amod", 5),
    ("rise", "NOUN", "NN", "pobj", 2),
    ("in", "ADP", "IN", "prep", 5),
    ("spending", "NOUN", "NN", "pobj", 6),
    (".", "PUNCT", ".", "punct", 1),
]


def test_agreeing_to_a_thing_names_no_proposition(vocab: Any) -> None:
    doc = parsed_doc(vocab, _AGREED_TO)
    assert agrees_to_a_thing(doc[1], [3, 4, 5, 6, 7])
    assert not_said(doc[1], [3, 4, 5, 6, 7])
    other = parsed_doc(vocab, with_word(_AGREED_TO, 1, "objected"))
    assert not agrees_to_a_thing(other[1], [3, 4, 5, 6, 7])


def test_agreeing_to_a_thing_with_the_verbs_adjunct(vocab: Any) -> None:
    # "Leaders agreed to a rise over the decade.": "over" hung on the verb
    tokens: list[Token] = [
        ("Leaders", "NOUN", "NNS", "nsubj", 1),
        ("agreed", "VERB", "VBD", "ROOT", 1),
        ("to", "ADP", "IN", "prep", 1),
        ("a", "DET", "DT", "det", 4),
        ("rise", "NOUN", "NN", "pobj", 2),
        ("over", "ADP", "IN", "prep", 1),
        ("the", "DET", "DT", "det", 7),
        ("decade", "NOUN", "NN", "pobj", 5),
        (".", "PUNCT", ".", "punct", 1),
    ]
    doc = parsed_doc(vocab, tokens)
    assert agrees_to_a_thing(doc[1], [3, 4, 5, 6, 7])
    # the adjunct alone is no object of "to"
    assert not agrees_to_a_thing(doc[1], [5, 6, 7])


def test_agreeing_to_act_is_left_alone(vocab: Any) -> None:
    # "Leaders agreed to hold talks."
    tokens: list[Token] = [
        ("Leaders", "NOUN", "NNS", "nsubj", 1),
        ("agreed", "VERB", "VBD", "ROOT", 1),
        ("to", "PART", "TO", "aux", 3),
        ("hold", "VERB", "VB", "xcomp", 1),
        ("talks", "NOUN", "NNS", "dobj", 3),
        (".", "PUNCT", ".", "punct", 1),
    ]
    doc = parsed_doc(vocab, tokens)
    assert not agrees_to_a_thing(doc[1], [2, 3, 4])


# "Singh told a joint briefing that strikes hit nine sites."
_TOLD: list[Token] = [
    ("Singh", "PROPN", "NNP", "nsubj", 1),
    ("told", "VERB", "VBD", "ROOT", 1),
    ("a", "DET", "DT", "det", 4),
    ("joint", "ADJ", "JJ", "amod", 4),
    ("briefing", "NOUN", "NN", "dobj", 1),
    ("that", "SCONJ", "IN", "mark", 7),
    ("strikes", "NOUN", "NNS", "nsubj", 7),
    ("hit", "VERB", "VBD", "ccomp", 1),
    ("nine", "NUM", "CD", "nummod", 9),
    ("sites", "NOUN", "NNS", "dobj", 7),
    (".", "PUNCT", ".", "punct", 1),
]


def test_telling_an_audience_is_not_what_was_said(vocab: Any) -> None:
    doc = parsed_doc(vocab, _TOLD)
    assert tells_an_audience(doc[1], [2, 3, 4])
    assert not_said(doc[1], [2, 3, 4])
    # the clause is what was said
    assert not tells_an_audience(doc[1], [6, 7, 8, 9])
    # "told a story" is no audience
    story = parsed_doc(vocab, with_word(_TOLD, 4, "story"))
    assert not tells_an_audience(story[1], [2, 3, 4])


# "Officials credited the UAE with brokering the deal."
_CREDITED: list[Token] = [
    ("Officials", "NOUN", "NNS", "nsubj", 1),
    ("credited", "VERB", "VBD", "ROOT", 1),
    ("the", "DET", "DT", "det", 3),
    ("UAE", "PROPN", "NNP", "dobj", 1),
    ("with", "ADP", "IN", "prep", 1),
    ("brokering", "VERB", "VBG", "pcomp", 4),
    ("the", "DET", "DT", "det", 7),
    ("deal", "NOUN", "NN", "dobj", 5),
    (".", "PUNCT", ".", "punct", 1),
]


def test_crediting_someone_with_a_deed_is_praise(vocab: Any) -> None:
    doc = parsed_doc(vocab, _CREDITED)
    assert credits_with(doc[1], [2, 3, 4, 5, 6, 7])
    assert not_said(doc[1], [2, 3, 4, 5, 6, 7])
    other = parsed_doc(vocab, with_word(_CREDITED, 1, "charged"))
    assert not credits_with(other[1], [2, 3, 4, 5, 6, 7])


def test_crediting_without_a_with_phrase_is_left_alone(vocab: Any) -> None:
    # "Officials credited the report."
    tokens: list[Token] = [
        ("Officials", "NOUN", "NNS", "nsubj", 1),
        ("credited", "VERB", "VBD", "ROOT", 1),
        ("the", "DET", "DT", "det", 3),
        ("report", "NOUN", "NN", "dobj", 1),
        (".", "PUNCT", ".", "punct", 1),
    ]
    doc = parsed_doc(vocab, tokens)
    assert not credits_with(doc[1], [2, 3])


# "A spokesperson referred questions to the ministry."
_REFERRED: list[Token] = [
    ("A", "DET", "DT", "det", 1),
    ("spokesperson", "NOUN", "NN", "nsubj", 2),
    ("referred", "VERB", "VBD", "ROOT", 2),
    ("questions", "NOUN", "NNS", "dobj", 2),
    ("to", "ADP", "IN", "prep", 3),
    ("the", "DET", "DT", "det", 6),
    ("ministry", "NOUN", "NN", "pobj", 4),
    (".", "PUNCT", ".", "punct", 2),
]


def test_referring_questions_elsewhere_says_nothing(vocab: Any) -> None:
    doc = parsed_doc(vocab, _REFERRED)
    assert refers_elsewhere(doc[2], [3, 4, 5, 6])
    assert a_deed(doc[2], [3, 4, 5, 6])
    assert not_said(doc[2], [3, 4, 5, 6])


def test_a_clause_after_refer_stays(vocab: Any) -> None:
    # "He referred to the report, which said ..." has no noun object;
    # any other verb with a noun object is not this check's business
    doc = parsed_doc(vocab, with_word(_REFERRED, 2, "sent"))
    assert not refers_elsewhere(doc[2], [3, 4, 5, 6])
    # a quotation in the content says something
    quoted = [
        *_REFERRED[:3],
        ('"', "PUNCT", "``", "punct", 3),
        *[(w, p, t, d, h + 1 if h >= 3 else h) for w, p, t, d, h in _REFERRED[3:]],
    ]
    doc = parsed_doc(vocab, quoted)
    assert not refers_elsewhere(doc[2], [3, 4, 5, 6, 7])
    # "referring the excuse": sent nowhere, PolNeAR's cue
    doc = parsed_doc(vocab, with_word(_REFERRED, 4, "of"))
    assert not refers_elsewhere(doc[2], [3, 4, 5, 6])
