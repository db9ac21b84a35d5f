"""Cues that report a happening, a market's move or a writer's beat, and
audiences, occasions and withheld names (hand-parsed Docs, no model)."""

from __future__ import annotations

from typing import Any

from tests.factories import ParsedToken, parsed_doc, with_word

from whosaid.attribution.anonymity import anonymity_formula
from whosaid.attribution.deeds import addresses_an_audience
from whosaid.attribution.happenings import (
    a_happening,
    clause_after_a_semicolon,
    lead_clause_of_a_headline,
    market_move,
    shouted_topic,
    thing_as_subject,
    writers_beat,
)
from whosaid.attribution.notsaid import announcing_occasion, not_said

Token = ParsedToken


def _with(
    tokens: list[Token], index: int, word: str, pos: str, tag: str
) -> list[Token]:
    """``tokens`` with token ``index`` another word of another part of speech."""
    return [(word, pos, tag, *t[3:]) if i == index else t for i, t in enumerate(tokens)]


# "A bomb hit a church in 2002."
_BOMB_HIT: list[Token] = [
    ("A", "DET", "DT", "det", 1),
    ("bomb", "NOUN", "NN", "nsubj", 2),
    ("hit", "VERB", "VBD", "ROOT", 2),
    ("a", "DET", "DT", "det", 4),
    ("church", "NOUN", "NN", "dobj", 2),
    ("in", "ADP", "IN", "prep", 2),
    ("2002", "NUM", "CD", "pobj", 5),
    (".", "PUNCT", ".", "punct", 2),
]


def test_a_weapon_or_a_war_as_subject_says_nothing(vocab: Any) -> None:
    doc = parsed_doc(vocab, _BOMB_HIT)
    assert thing_as_subject(doc[2], [3, 4, 5, 6])
    assert not_said(doc[2], [3, 4, 5, 6])
    war = parsed_doc(vocab, with_word(_BOMB_HIT, 1, "war"))
    assert thing_as_subject(war[2], [3, 4])
    # the event in the content is what is said about it
    assert not thing_as_subject(war[2], [0, 1])


def test_a_person_as_subject_is_left_alone(vocab: Any) -> None:
    doc = parsed_doc(vocab, with_word(_BOMB_HIT, 1, "minister"))
    assert not thing_as_subject(doc[2], [3, 4])
    assert not a_happening(doc[2], [3, 4])


# "Shares ended higher, suggesting investors had expected a walkout."
_SHARES: list[Token] = [
    ("Shares", "NOUN", "NNS", "nsubj", 1),
    ("ended", "VERB", "VBD", "ROOT", 1),
    ("higher", "ADV", "RBR", "advmod", 1),
    (",", "PUNCT", ",", "punct", 1),
    ("suggesting", "VERB", "VBG", "advcl", 1),
    ("investors", "NOUN", "NNS", "nsubj", 7),
    ("had", "AUX", "VBD", "aux", 7),
    ("expected", "VERB", "VBN", "ccomp", 4),
    ("a", "DET", "DT", "det", 9),
    ("walkout", "NOUN", "NN", "dobj", 7),
    (".", "PUNCT", ".", "punct", 1),
]


def test_what_a_market_move_suggests_is_no_statement(vocab: Any) -> None:
    doc = parsed_doc(vocab, _SHARES)
    assert market_move(doc[4])
    assert not_said(doc[4], [5, 6, 7, 8, 9])
    # and so is a cue inside that reading ("investors had expected")
    assert market_move(doc[7])


def test_a_speaker_whose_words_suggest_keeps_the_cue(vocab: Any) -> None:
    # "Analysts ended ..., suggesting ...": people, not a market measure
    doc = parsed_doc(vocab, with_word(_SHARES, 0, "Analysts"))
    assert not market_move(doc[4])
    # a cue verb above the participle ("He spoke, suggesting ...") is a saying
    spoke = parsed_doc(vocab, with_word(_SHARES, 1, "said"))
    assert not market_move(spoke[4])


# "Elena Marchetti covers technology policy for The Washington Post."
_COVERS: list[Token] = [
    ("Elena", "PROPN", "NNP", "compound", 1),
    ("Marchetti", "PROPN", "NNP", "nsubj", 2),
    ("covers", "VERB", "VBZ", "ROOT", 2),
    ("technology", "NOUN", "NN", "compound", 4),
    ("policy", "NOUN", "NN", "dobj", 2),
    ("for", "ADP", "IN", "prep", 2),
    ("The", "DET", "DT", "det", 8),
    ("Washington", "PROPN", "NNP", "compound", 8),
    ("Post", "PROPN", "NNP", "pobj", 5),
    (".", "PUNCT", ".", "punct", 2),
]


def test_a_writers_beat_is_no_statement(vocab: Any) -> None:
    doc = parsed_doc(vocab, _COVERS)
    assert writers_beat(doc[2])
    assert not_said(doc[2], [3, 4, 5, 6, 7, 8])
    # "covered ... for" in the past reports what someone covered
    past = parsed_doc(vocab, _with(_COVERS, 2, "covered", "VERB", "VBD"))
    assert not writers_beat(past[2])


def test_a_beat_for_an_outlet_on_the_object(vocab: Any) -> None:
    # the parser may hang "for The Post" on "policy"
    tokens = [(*t[:4], 4) if i == 5 else t for i, t in enumerate(_COVERS)]
    doc = parsed_doc(vocab, tokens)
    assert writers_beat(doc[2])


def test_covering_something_as_a_judgment_stays(vocab: Any) -> None:
    doc = parsed_doc(vocab, with_word(_COVERS, 5, "as"))
    assert not writers_beat(doc[2])


# "Fed raises rates, Powell says move open"
_HEADLINE: list[Token] = [
    ("Fed", "PROPN", "NNP", "nsubj", 1),
    ("raises", "VERB", "VBZ", "ccomp", 5),
    ("rates", "NOUN", "NNS", "dobj", 1),
    (",", "PUNCT", ",", "punct", 5),
    ("Powell", "PROPN", "NNP", "nsubj", 5),
    ("says", "VERB", "VBZ", "ROOT", 5),
    ("move", "NOUN", "NN", "ccomp", 5),
    ("open", "ADJ", "JJ", "amod", 6),
]


def test_the_news_line_before_x_says_is_not_xs(vocab: Any) -> None:
    doc = parsed_doc(vocab, _HEADLINE)
    assert lead_clause_of_a_headline(doc[5], [0, 1, 2])
    assert not_said(doc[5], [0, 1, 2])
    # what follows the verb is what Powell says
    assert not lead_clause_of_a_headline(doc[5], [6, 7])


def test_a_clause_before_the_cue_alone_stays(vocab: Any) -> None:
    # "Fed raises rates, Powell says" (no clause after the verb)
    doc = parsed_doc(vocab, _HEADLINE[:6])
    assert not lead_clause_of_a_headline(doc[5], [0, 1, 2])
    # no comma between the clause and the subject: one sentence said
    joined = parsed_doc(vocab, _with(_HEADLINE, 3, "and", "CCONJ", "CC"))
    assert not lead_clause_of_a_headline(joined[5], [0, 1, 2])


# "Shots were fired, officials said; soldiers fought"
_SEMICOLON: list[Token] = [
    ("Shots", "NOUN", "NNS", "nsubjpass", 2),
    ("were", "AUX", "VBD", "auxpass", 2),
    ("fired", "VERB", "VBN", "ccomp", 5),
    (",", "PUNCT", ",", "punct", 5),
    ("officials", "NOUN", "NNS", "nsubj", 5),
    ("said", "VERB", "VBD", "ROOT", 5),
    (";", "PUNCT", ":", "punct", 5),
    ("soldiers", "NOUN", "NNS", "nsubj", 8),
    ("fought", "VERB", "VBD", "ccomp", 5),
]


def test_the_writers_sentence_after_a_semicolon_is_not_reported(vocab: Any) -> None:
    doc = parsed_doc(vocab, _SEMICOLON)
    assert clause_after_a_semicolon(doc[5], [7, 8])
    assert not_said(doc[5], [7, 8])
    # the clause before the cue is what the officials said
    assert not clause_after_a_semicolon(doc[5], [0, 1, 2])
    assert not lead_clause_of_a_headline(doc[5], [0, 1, 2])
    assert not not_said(doc[5], [0, 1, 2])


# "one man who shouted about the war"
_SHOUTED: list[Token] = [
    ("one", "NUM", "CD", "nummod", 1),
    ("man", "NOUN", "NN", "ROOT", 1),
    ("who", "PRON", "WP", "nsubj", 3),
    ("shouted", "VERB", "VBD", "relcl", 1),
    ("about", "ADP", "IN", "prep", 3),
    ("the", "DET", "DT", "det", 6),
    ("war", "NOUN", "NN", "pobj", 4),
]


def test_the_topic_of_an_outcry_is_nothing_said(vocab: Any) -> None:
    doc = parsed_doc(vocab, _SHOUTED)
    assert shouted_topic(doc[3], [5, 6])
    assert not_said(doc[3], [5, 6])
    # a verb of saying keeps its "about"-content to the model
    spoke = parsed_doc(vocab, with_word(_SHOUTED, 3, "spoke"))
    assert not shouted_topic(spoke[3], [5, 6])


# "Erdogan addressed thousands of supporters outside the airport."
_ADDRESSED: list[Token] = [
    ("Erdogan", "PROPN", "NNP", "nsubj", 1),
    ("addressed", "VERB", "VBD", "ROOT", 1),
    ("thousands", "NOUN", "NNS", "dobj", 1),
    ("of", "ADP", "IN", "prep", 2),
    ("supporters", "NOUN", "NNS", "pobj", 3),
    ("outside", "ADP", "IN", "prep", 1),
    ("the", "DET", "DT", "det", 7),
    ("airport", "NOUN", "NN", "pobj", 5),
    (".", "PUNCT", ".", "punct", 1),
]


def test_the_audience_of_a_speech_is_no_content(vocab: Any) -> None:
    doc = parsed_doc(vocab, _ADDRESSED)
    assert addresses_an_audience(doc[1], [2, 3, 4, 5, 6, 7])
    assert not_said(doc[1], [2, 3, 4])


def test_addressing_a_topic_stays(vocab: Any) -> None:
    # "Erdogan addressed the plight of supporters ...": a topic, not people
    doc = parsed_doc(vocab, _with(_ADDRESSED, 2, "plight", "NOUN", "NN"))
    assert not addresses_an_audience(doc[1], [2, 3, 4])


# "Reading a statement beside Moon, Kim said it."
_READING: list[Token] = [
    ("Reading", "VERB", "VBG", "advcl", 7),
    ("a", "DET", "DT", "det", 2),
    ("statement", "NOUN", "NN", "dobj", 0),
    ("beside", "ADP", "IN", "prep", 0),
    ("Moon", "PROPN", "NNP", "pobj", 3),
    (",", "PUNCT", ",", "punct", 7),
    ("Kim", "PROPN", "NNP", "nsubj", 7),
    ("said", "VERB", "VBD", "ROOT", 7),
    ("it", "PRON", "PRP", "dobj", 7),
    (".", "PUNCT", ".", "punct", 7),
]


def test_reading_a_statement_is_the_occasion(vocab: Any) -> None:
    doc = parsed_doc(vocab, _READING)
    assert announcing_occasion(doc[0], [1, 2, 3, 4])
    assert announcing_occasion(doc[0], [1, 2])
    # the adjunct alone is not the object read
    assert not announcing_occasion(doc[0], [3, 4])


# "a teacher who asked that her surname not be used"
_SURNAME: list[Token] = [
    ("a", "DET", "DT", "det", 1),
    ("teacher", "NOUN", "NN", "ROOT", 1),
    ("who", "PRON", "WP", "nsubj", 3),
    ("asked", "VERB", "VBD", "relcl", 1),
    ("that", "SCONJ", "IN", "mark", 9),
    ("her", "PRON", "PRP$", "poss", 6),
    ("surname", "NOUN", "NN", "nsubjpass", 9),
    ("not", "PART", "RB", "neg", 9),
    ("be", "AUX", "VB", "auxpass", 9),
    ("used", "VERB", "VBN", "ccomp", 3),
]


def test_a_withheld_surname_is_an_anonymity_request(vocab: Any) -> None:
    doc = parsed_doc(vocab, _SURNAME)
    assert anonymity_formula(doc[3])
    views = parsed_doc(vocab, _with(_SURNAME, 6, "views", "NOUN", "NNS"))
    assert not anonymity_formula(views[3])
