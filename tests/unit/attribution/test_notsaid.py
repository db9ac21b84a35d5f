"""Contents that are not what the source said, and acts that are no saying
(hand-parsed Docs, no model)."""

from __future__ import annotations

from typing import Any

from tests.factories import ParsedToken, parsed_doc, with_word

from whosaid.attribution.acts import (
    background_act,
    casts_a_vote,
    confirms_a_person,
    declares_an_act,
    judges_a_thing,
)
from whosaid.attribution.anonymity import anonymity_clause, anonymity_formula
from whosaid.attribution.notsaid import (
    announcing_occasion,
    names_itself,
    not_said,
    purpose_of_an_act,
    question_put,
    question_topic,
    relative_gap,
    speaks_for,
    topic_only,
    unanswered_question,
    unspoken_topic,
)
from whosaid.nlp.view import doc_view

Token = ParsedToken

# "Chief Justice John Roberts, writing for the majority, said it."
_WRITING_FOR: list[Token] = [
    ("Chief", "PROPN", "NNP", "compound", 1),
    ("Justice", "PROPN", "NNP", "compound", 3),
    ("John", "PROPN", "NNP", "compound", 3),
    ("Roberts", "PROPN", "NNP", "nsubj", 10),
    (",", "PUNCT", ",", "punct", 3),
    ("writing", "VERB", "VBG", "advcl", 10),
    ("for", "ADP", "IN", "prep", 5),
    ("the", "DET", "DT", "det", 8),
    ("majority", "NOUN", "NN", "pobj", 6),
    (",", "PUNCT", ",", "punct", 10),
    ("said", "VERB", "VBD", "ROOT", 10),
    ("it", "PRON", "PRP", "dobj", 10),
    (".", "PUNCT", ".", "punct", 10),
]


def test_whom_a_source_writes_for_is_no_content(vocab: Any) -> None:
    doc = parsed_doc(vocab, _WRITING_FOR)
    assert speaks_for(doc[5], [7, 8])
    assert not_said(doc[5], [7, 8])
    # the main verb's own object is not what "writing for" names
    assert not speaks_for(doc[10], [11])
    # a content reaching past the "for"-phrase is more than whom it speaks for
    assert not speaks_for(doc[5], [7, 8, 11])


def test_a_verb_that_writes_to_someone_keeps_its_content(vocab: Any) -> None:
    # "She wrote to the minister."  ("to", not "for")
    tokens: list[Token] = [
        ("She", "PRON", "PRP", "nsubj", 1),
        ("wrote", "VERB", "VBD", "ROOT", 1),
        ("to", "ADP", "IN", "prep", 1),
        ("the", "DET", "DT", "det", 4),
        ("minister", "NOUN", "NN", "pobj", 2),
        (".", "PUNCT", ".", "punct", 1),
    ]
    doc = parsed_doc(vocab, tokens)
    assert not speaks_for(doc[1], [3, 4])


# "Thousands marched on Saturday to protest against a rise in prices."
_MARCHED: list[Token] = [
    ("Thousands", "NOUN", "NNS", "nsubj", 1),
    ("marched", "VERB", "VBD", "ROOT", 1),
    ("on", "ADP", "IN", "prep", 1),
    ("Saturday", "PROPN", "NNP", "pobj", 2),
    ("to", "PART", "TO", "aux", 5),
    ("protest", "VERB", "VB", "advcl", 1),
    ("against", "ADP", "IN", "prep", 5),
    ("a", "DET", "DT", "det", 8),
    ("rise", "NOUN", "NN", "pobj", 6),
    ("in", "ADP", "IN", "prep", 8),
    ("prices", "NOUN", "NNS", "pobj", 9),
    (".", "PUNCT", ".", "punct", 1),
]


def test_protest_as_the_purpose_of_a_march_is_no_attribution(vocab: Any) -> None:
    doc = parsed_doc(vocab, _MARCHED)
    assert purpose_of_an_act(doc[5], [7, 8, 9, 10])
    assert not_said(doc[5], [7, 8, 9, 10])


def test_a_purpose_of_saying_or_a_clause_stays_content(vocab: Any) -> None:
    # "… marched on Saturday to declare a rise in prices." -- a verb of
    # saying as the purpose stays a cue (PolNeAR: "descended an escalator to
    # declare his candidacy")
    words = with_word(_MARCHED, 5, "declare")
    assert not purpose_of_an_act(parsed_doc(vocab, words)[5], [7, 8, 9, 10])
    # a protest hung on a cue verb ("they said …, to protest") is left alone
    said = with_word(_MARCHED, 1, "said")
    assert not purpose_of_an_act(parsed_doc(vocab, said)[5], [7, 8, 9, 10])
    # a clause in the content is something said
    doc = parsed_doc(vocab, _MARCHED)
    assert not purpose_of_an_act(doc[5], [1, 7, 8])  # "marched" is a verb


# "City economists were split on what the Bank would do next."
_SPLIT: list[Token] = [
    ("City", "NOUN", "NN", "compound", 1),
    ("economists", "NOUN", "NNS", "nsubjpass", 3),
    ("were", "AUX", "VBD", "auxpass", 3),
    ("split", "VERB", "VBN", "ROOT", 3),
    ("on", "ADP", "IN", "prep", 3),
    ("what", "PRON", "WP", "dobj", 9),
    ("the", "DET", "DT", "det", 7),
    ("Bank", "PROPN", "NNP", "nsubj", 9),
    ("would", "AUX", "MD", "aux", 9),
    ("do", "AUX", "VB", "pcomp", 4),
    ("next", "ADV", "RB", "advmod", 9),
    (".", "PUNCT", ".", "punct", 3),
]


def test_what_a_split_is_about_is_a_topic(vocab: Any) -> None:
    doc = parsed_doc(vocab, _SPLIT)
    assert topic_only(doc[3], range(5, 11))
    assert not_said(doc[3], range(5, 11))
    # "agreed on …" is a PolNeAR attribution: "agree" is no topic verb
    agreed = with_word(_SPLIT, 3, "agreed")
    assert not topic_only(parsed_doc(vocab, agreed)[3], range(5, 11))
    # a content beyond the "on"-phrase is more than its topic
    assert not topic_only(doc[3], range(0, 11))


# "The Parliament also confirmed its vice presidents."
_CONFIRMED_VPS: list[Token] = [
    ("The", "DET", "DT", "det", 1),
    ("Parliament", "PROPN", "NNP", "nsubj", 3),
    ("also", "ADV", "RB", "advmod", 3),
    ("confirmed", "VERB", "VBD", "ROOT", 3),
    ("its", "PRON", "PRP$", "poss", 6),
    ("vice", "NOUN", "NN", "compound", 6),
    ("presidents", "NOUN", "NNS", "dobj", 3),
    (".", "PUNCT", ".", "punct", 3),
]


def test_confirming_office_holders_is_an_appointment(vocab: Any) -> None:
    assert confirms_a_person(parsed_doc(vocab, _CONFIRMED_VPS)[3])
    # "confirmed its figures": a fact confirmed stays a cue
    figures = with_word(_CONFIRMED_VPS, 6, "figures")
    assert not confirms_a_person(parsed_doc(vocab, figures)[3])


def test_declaring_an_outbreak_is_an_act(vocab: Any) -> None:
    # "Tanzania declared its first outbreak."
    tokens: list[Token] = [
        ("Tanzania", "PROPN", "NNP", "nsubj", 1),
        ("declared", "VERB", "VBD", "ROOT", 1),
        ("its", "PRON", "PRP$", "poss", 4),
        ("first", "ADJ", "JJ", "amod", 4),
        ("outbreak", "NOUN", "NN", "dobj", 1),
        (".", "PUNCT", ".", "punct", 1),
    ]
    assert declares_an_act(parsed_doc(vocab, tokens)[1])


# "Cassidy cast the deciding vote."
_CAST: list[Token] = [
    ("Cassidy", "PROPN", "NNP", "nsubj", 1),
    ("cast", "VERB", "VBD", "ROOT", 1),
    ("the", "DET", "DT", "det", 4),
    ("deciding", "VERB", "VBG", "amod", 4),
    ("vote", "NOUN", "NN", "dobj", 1),
    (".", "PUNCT", ".", "punct", 1),
]


def test_casting_a_vote_is_no_saying(vocab: Any) -> None:
    assert casts_a_vote(parsed_doc(vocab, _CAST)[1])
    doubt = with_word(_CAST, 4, "doubt")
    assert not casts_a_vote(parsed_doc(vocab, doubt)[1])


# "Reeves defends tax rise"
_DEFENDS: list[Token] = [
    ("Reeves", "PROPN", "NNP", "nsubj", 1),
    ("defends", "VERB", "VBZ", "ROOT", 1),
    ("tax", "NOUN", "NN", "compound", 3),
    ("rise", "NOUN", "NN", "dobj", 1),
]


def test_defending_a_thing_is_judged_in_headlines(vocab: Any) -> None:
    assert judges_a_thing(parsed_doc(vocab, _DEFENDS)[1])
    # a clause is something said ("defends that the rise was needed")
    clause: list[Token] = [
        ("Reeves", "PROPN", "NNP", "nsubj", 1),
        ("defends", "VERB", "VBZ", "ROOT", 1),
        ("rise", "NOUN", "NN", "nsubj", 3),
        ("helps", "VERB", "VBZ", "ccomp", 1),
    ]
    assert not judges_a_thing(parsed_doc(vocab, clause)[1])
    # a predicate of the object is a claim ("defends rise as needed")
    as_needed: list[Token] = [
        *_DEFENDS,
        ("as", "ADP", "IN", "prep", 1),
        ("needed", "VERB", "VBN", "pobj", 4),
    ]
    assert not judges_a_thing(parsed_doc(vocab, as_needed)[1])
    # another verb is not one of these
    says = with_word(_DEFENDS, 1, "says")
    assert not judges_a_thing(parsed_doc(vocab, says)[1])


def test_a_noun_object_parsed_as_a_clause_is_judged_in_headlines(vocab: Any) -> None:
    # "Samia confirms Marburg outbreak in Kagera, urges calm": the parser
    # hangs "outbreak" as a clause with no subject
    tokens: list[Token] = [
        ("Samia", "PROPN", "NNP", "nsubj", 1),
        ("confirms", "VERB", "VBZ", "ROOT", 1),
        ("Marburg", "PROPN", "NNP", "compound", 3),
        ("outbreak", "VERB", "VBP", "ccomp", 1),
        ("in", "ADP", "IN", "prep", 3),
        ("Kagera", "PROPN", "NNP", "pobj", 4),
        (",", "PUNCT", ",", "punct", 3),
        ("urges", "VERB", "VBZ", "ccomp", 1),
        ("calm", "NOUN", "NN", "dobj", 7),
    ]
    assert judges_a_thing(parsed_doc(vocab, tokens)[1])
    # "Samia confirms virus spread": a clause with a subject stays a claim
    clause: list[Token] = [
        ("Samia", "PROPN", "NNP", "nsubj", 1),
        ("confirms", "VERB", "VBZ", "ROOT", 1),
        ("virus", "NOUN", "NN", "nsubj", 3),
        ("spread", "VERB", "VBD", "ccomp", 1),
    ]
    assert not judges_a_thing(parsed_doc(vocab, clause)[1])


def test_a_headline_act_is_no_cue_in_a_headline_only(vocab: Any) -> None:
    from whosaid.attribution.filters import acts_on

    headline = parsed_doc(vocab, _DEFENDS)
    assert acts_on(headline[1])
    body = parsed_doc(vocab, [*_DEFENDS, (".", "PUNCT", ".", "punct", 1)])
    assert not acts_on(body[1])  # PolNeAR annotates "defended the deal."


# "Trump meets Sharaa after pledging to lift sanctions"
_AFTER_PLEDGING: list[Token] = [
    ("Trump", "PROPN", "NNP", "nsubj", 1),
    ("meets", "VERB", "VBZ", "ROOT", 1),
    ("Sharaa", "PROPN", "NNP", "dobj", 1),
    ("after", "ADP", "IN", "prep", 1),
    ("pledging", "VERB", "VBG", "pcomp", 3),
    ("to", "PART", "TO", "aux", 6),
    ("lift", "VERB", "VB", "xcomp", 4),
    ("sanctions", "NOUN", "NNS", "dobj", 6),
]


def test_a_gerund_after_a_time_preposition_is_background(vocab: Any) -> None:
    doc = parsed_doc(vocab, _AFTER_PLEDGING)
    assert background_act(doc[4])
    assert not background_act(doc[1])
    # "… by pledging to …" says how, not when
    by = with_word(_AFTER_PLEDGING, 3, "by")
    assert not background_act(parsed_doc(vocab, by)[4])


# "A senior official, who requested anonymity, said it."
_REQUESTED: list[Token] = [
    ("A", "DET", "DT", "det", 2),
    ("senior", "ADJ", "JJ", "amod", 2),
    ("official", "NOUN", "NN", "nsubj", 8),
    (",", "PUNCT", ",", "punct", 2),
    ("who", "PRON", "WP", "nsubj", 5),
    ("requested", "VERB", "VBD", "relcl", 2),
    ("anonymity", "NOUN", "NN", "dobj", 5),
    (",", "PUNCT", ",", "punct", 2),
    ("said", "VERB", "VBD", "ROOT", 8),
    ("it", "PRON", "PRP", "dobj", 8),
    (".", "PUNCT", ".", "punct", 8),
]


def test_requesting_anonymity_is_an_anonymity_clause(vocab: Any) -> None:
    doc = parsed_doc(vocab, _REQUESTED)
    assert anonymity_formula(doc[5]) and anonymity_clause(doc[5])
    assert not anonymity_clause(doc[8])
    # "requested a meeting" asks for something else
    meeting = with_word(_REQUESTED, 6, "meeting")
    assert not anonymity_clause(parsed_doc(vocab, meeting)[5])


def test_asking_for_anonymity_is_an_anonymity_clause(vocab: Any) -> None:
    # "who asked for anonymity"
    tokens: list[Token] = [
        ("who", "PRON", "WP", "nsubj", 1),
        ("asked", "VERB", "VBD", "ROOT", 1),
        ("for", "ADP", "IN", "prep", 1),
        ("anonymity", "NOUN", "NN", "pobj", 2),
    ]
    assert anonymity_clause(parsed_doc(vocab, tokens)[1])


# "Addressing supporters at headquarters, Mahama said it." -- parsed, as the
# small model does, with "Addressing" as a compound of "supporters"
_ADDRESSING: list[Token] = [
    ("Addressing", "VERB", "VBG", "compound", 1),
    ("supporters", "NOUN", "NNS", "nsubj", 6),
    ("at", "ADP", "IN", "prep", 1),
    ("headquarters", "NOUN", "NN", "pobj", 2),
    (",", "PUNCT", ",", "punct", 6),
    ("Mahama", "PROPN", "NNP", "nsubj", 6),
    ("said", "VERB", "VBD", "ROOT", 6),
    ("it", "PRON", "PRP", "dobj", 6),
    (".", "PUNCT", ".", "punct", 6),
]


def test_a_fronted_occasion_participle_is_no_source(vocab: Any) -> None:
    from whosaid.attribution.notsaid import participial_phrase

    doc = parsed_doc(vocab, _ADDRESSING)
    assert participial_phrase(doc, [0, 1, 2, 3])
    assert not participial_phrase(doc, [5])
    # "Leading Democrats, ... said": an adjective-like "-ing" is a source
    leading = [
        t if i != 0 else ("Leading", "VERB", "VBG", "amod", 1)
        for i, t in enumerate(_ADDRESSING)
    ]
    assert not participial_phrase(parsed_doc(vocab, leading), [0, 1, 2, 3])


def test_a_participial_clause_hung_on_the_verb_is_no_source(vocab: Any) -> None:
    from whosaid.attribution.notsaid import participial_phrase

    # "Officials, authorized to discuss it, said ..." -- the clause alone
    tokens: list[Token] = [
        ("Officials", "NOUN", "NNS", "nsubj", 6),
        (",", "PUNCT", ",", "punct", 0),
        ("authorized", "VERB", "VBN", "advcl", 6),
        ("to", "PART", "TO", "aux", 4),
        ("discuss", "VERB", "VB", "xcomp", 2),
        ("it", "PRON", "PRP", "dobj", 4),
        ("said", "VERB", "VBD", "ROOT", 6),
    ]
    doc = parsed_doc(vocab, tokens)
    assert participial_phrase(doc, [2, 3, 4, 5])
    assert not participial_phrase(doc, [0])


# "The company did not say whether its equipment failed."
_DID_NOT_SAY: list[Token] = [
    ("The", "DET", "DT", "det", 1),
    ("company", "NOUN", "NN", "nsubj", 4),
    ("did", "AUX", "VBD", "aux", 4),
    ("not", "PART", "RB", "neg", 4),
    ("say", "VERB", "VB", "ROOT", 4),
    ("whether", "SCONJ", "IN", "mark", 8),
    ("its", "PRON", "PRP$", "poss", 7),
    ("equipment", "NOUN", "NN", "nsubj", 8),
    ("failed", "VERB", "VBD", "ccomp", 4),
    (".", "PUNCT", ".", "punct", 4),
]


def test_a_question_left_open_is_not_what_was_said(vocab: Any) -> None:
    doc = parsed_doc(vocab, _DID_NOT_SAY)
    assert unanswered_question(doc[4], [5, 6, 7, 8])
    assert not_said(doc[4], [5, 6, 7, 8])
    which = parsed_doc(vocab, with_word(_DID_NOT_SAY, 5, "which"))
    assert unanswered_question(which[4], [5, 6, 7, 8])


def test_a_question_under_no_negation_or_with_when_stays(vocab: Any) -> None:
    # "The company did say whether ...": no negation
    said = [t if i != 3 else ("indeed", "ADV", "RB", "advmod", 4)
            for i, t in enumerate(_DID_NOT_SAY)]  # fmt: skip
    doc = parsed_doc(vocab, said)
    assert not unanswered_question(doc[4], [5, 6, 7, 8])
    # "did not say when ...": PolNeAR annotates it
    when = parsed_doc(vocab, with_word(_DID_NOT_SAY, 5, "when"))
    assert not unanswered_question(when[4], [5, 6, 7, 8])


# "Pelosi declined to say when she would send them."
_DECLINED_TO_SAY: list[Token] = [
    ("Pelosi", "PROPN", "NNP", "nsubj", 1),
    ("declined", "VERB", "VBD", "ROOT", 1),
    ("to", "PART", "TO", "aux", 3),
    ("say", "VERB", "VB", "xcomp", 1),
    ("when", "SCONJ", "WRB", "advmod", 7),
    ("she", "PRON", "PRP", "nsubj", 7),
    ("would", "AUX", "MD", "aux", 7),
    ("send", "VERB", "VB", "ccomp", 3),
    ("them", "PRON", "PRP", "dobj", 7),
    (".", "PUNCT", ".", "punct", 1),
]


def test_a_question_a_source_declined_to_answer_is_not_said(vocab: Any) -> None:
    doc = parsed_doc(vocab, _DECLINED_TO_SAY)
    # the cue headed by "say" or by "declined", the content with or without
    # "to say"
    assert unanswered_question(doc[3], [4, 5, 6, 7, 8])
    assert unanswered_question(doc[1], [4, 5, 6, 7, 8])
    assert unanswered_question(doc[1], [2, 3, 4, 5, 6, 7, 8])
    whether = parsed_doc(vocab, with_word(_DECLINED_TO_SAY, 4, "whether"))
    assert not_said(whether[3], [4, 5, 6, 7, 8])


# '"It is over," the judge said as she read the verdict.'
_SAID_AS: list[Token] = [
    ("the", "DET", "DT", "det", 1),
    ("judge", "NOUN", "NN", "nsubj", 2),
    ("said", "VERB", "VBD", "ROOT", 2),
    ("as", "SCONJ", "IN", "mark", 5),
    ("she", "PRON", "PRP", "nsubj", 5),
    ("read", "VERB", "VBD", "advcl", 2),
    ("the", "DET", "DT", "det", 7),
    ("verdict", "NOUN", "NN", "dobj", 5),
    (".", "PUNCT", ".", "punct", 2),
]


def test_when_a_source_spoke_is_not_what_it_said(vocab: Any) -> None:
    from whosaid.attribution.notsaid import time_clause_content

    doc = parsed_doc(vocab, _SAID_AS)
    assert time_clause_content(doc[2], [3, 4, 5, 6, 7])
    assert not_said(doc[2], [4, 5, 6, 7])
    # "said after the talks that progress was made", parsed as one clause
    # with two conjunctions: what was said
    tokens: list[Token] = [
        ("Witkoff", "PROPN", "NNP", "nsubj", 1),
        ("said", "VERB", "VBD", "ROOT", 1),
        ("after", "SCONJ", "IN", "mark", 8),
        ("the", "DET", "DT", "det", 4),
        ("talks", "NOUN", "NNS", "pobj", 2),
        ("that", "PRON", "WDT", "mark", 8),
        ("progress", "NOUN", "NN", "nsubjpass", 8),
        ("was", "AUX", "VBD", "auxpass", 8),
        ("made", "VERB", "VBN", "advcl", 1),
    ]
    two = parsed_doc(vocab, tokens)
    assert not time_clause_content(two[1], [5, 6, 7, 8])


def test_a_cue_inside_an_open_question_is_no_report(vocab: Any) -> None:
    from whosaid.attribution.notsaid import open_question_cue

    tokens = list(_DECLINED_TO_SAY)
    tokens[4] = ("whether", "SCONJ", "IN", "mark", 7)
    whether = parsed_doc(vocab, tokens)
    # "... whether she would send them": "send" is asked about, not done
    assert open_question_cue(whether[7], [8])
    assert not open_question_cue(whether[3], [4, 5, 6, 7, 8])
    when = parsed_doc(vocab, _DECLINED_TO_SAY)
    assert not open_question_cue(when[7], [8])


def test_a_refusal_to_tell_a_fact_stays(vocab: Any) -> None:
    # "Pelosi declined to say she would send them": a statement, no question
    said = [t for i, t in enumerate(_DECLINED_TO_SAY) if i != 4]
    said = [(w, p, g, d, h - (h > 4)) for (w, p, g, d, h) in said]
    doc = parsed_doc(vocab, said)
    assert not unanswered_question(doc[3], [4, 5, 6, 7])
    # "Pelosi agreed to say when ...": no refusal
    agreed = parsed_doc(vocab, with_word(_DECLINED_TO_SAY, 1, "agreed"))
    assert not unanswered_question(agreed[3], [4, 5, 6, 7, 8])


# "Pistorius did not speak about the vote."
_DID_NOT_SPEAK: list[Token] = [
    ("Pistorius", "PROPN", "NNP", "nsubj", 3),
    ("did", "AUX", "VBD", "aux", 3),
    ("not", "PART", "RB", "neg", 3),
    ("speak", "VERB", "VB", "ROOT", 3),
    ("about", "ADP", "IN", "prep", 3),
    ("the", "DET", "DT", "det", 6),
    ("vote", "NOUN", "NN", "pobj", 4),
    (".", "PUNCT", ".", "punct", 3),
]


def test_a_topic_nobody_spoke_about_is_no_content(vocab: Any) -> None:
    doc = parsed_doc(vocab, _DID_NOT_SPEAK)
    assert unspoken_topic(doc[3], [5, 6])
    spoke = [t if i != 2 else ("then", "ADV", "RB", "advmod", 3)
             for i, t in enumerate(_DID_NOT_SPEAK)]  # fmt: skip
    assert not unspoken_topic(parsed_doc(vocab, spoke)[3], [5, 6])
    wrote = parsed_doc(vocab, with_word(_DID_NOT_SPEAK, 3, "write"))
    assert not unspoken_topic(wrote[3], [5, 6])


# "a question that officials said would be discussed"
_RELATIVE: list[Token] = [
    ("a", "DET", "DT", "det", 1),
    ("question", "NOUN", "NN", "ROOT", 1),
    ("that", "SCONJ", "IN", "nsubjpass", 7),
    ("officials", "NOUN", "NNS", "nsubj", 4),
    ("said", "VERB", "VBD", "acl", 1),
    ("would", "AUX", "MD", "aux", 7),
    ("be", "AUX", "VB", "auxpass", 7),
    ("discussed", "VERB", "VBN", "ccomp", 4),
]


def test_a_relative_clause_content_has_a_gap(vocab: Any) -> None:
    doc = parsed_doc(vocab, _RELATIVE)
    assert relative_gap(doc[4], [5, 6, 7])
    # the relative pronoun inside the content: not this check's
    assert not relative_gap(doc[4], [2, 5, 6, 7])


def test_a_main_clause_content_has_its_own_subject(vocab: Any) -> None:
    # "Officials said it would be discussed."
    tokens: list[Token] = [
        ("Officials", "NOUN", "NNS", "nsubj", 1),
        ("said", "VERB", "VBD", "ROOT", 1),
        ("it", "PRON", "PRP", "nsubjpass", 5),
        ("would", "AUX", "MD", "aux", 5),
        ("be", "AUX", "VB", "auxpass", 5),
        ("discussed", "VERB", "VBN", "ccomp", 1),
    ]
    doc = parsed_doc(vocab, tokens)
    assert not relative_gap(doc[1], [2, 3, 4, 5])


# "Asked about the rupee, Malhotra said it was stable."
_ASKED_ABOUT: list[Token] = [
    ("Asked", "VERB", "VBN", "advcl", 6),
    ("about", "ADP", "IN", "prep", 0),
    ("the", "DET", "DT", "det", 3),
    ("rupee", "NOUN", "NN", "pobj", 1),
    (",", "PUNCT", ",", "punct", 6),
    ("Malhotra", "PROPN", "NNP", "nsubj", 6),
    ("said", "VERB", "VBD", "ROOT", 6),
    ("it", "PRON", "PRP", "nsubj", 8),
    ("was", "AUX", "VBD", "ccomp", 6),
    ("stable", "ADJ", "JJ", "acomp", 8),
    (".", "PUNCT", ".", "punct", 6),
]


def test_the_topic_of_a_question_put_to_a_speaker_is_no_content(vocab: Any) -> None:
    doc = parsed_doc(vocab, _ASKED_ABOUT)
    assert question_topic(doc[0], [2, 3])
    # the answer is the attribution
    assert not question_topic(doc[6], [7, 8, 9])
    # "Asked whether ..." is a question PolNeAR annotates: not "about"
    whether = parsed_doc(vocab, with_word(_ASKED_ABOUT, 1, "whether"))
    assert not question_topic(whether[0], [2, 3])


# "Announcing the decision, Malhotra said rates would stay."
_ANNOUNCING: list[Token] = [
    ("Announcing", "VERB", "VBG", "advcl", 5),
    ("the", "DET", "DT", "det", 2),
    ("decision", "NOUN", "NN", "dobj", 0),
    (",", "PUNCT", ",", "punct", 5),
    ("Malhotra", "PROPN", "NNP", "nsubj", 5),
    ("said", "VERB", "VBD", "ROOT", 5),
    ("rates", "NOUN", "NNS", "nsubj", 8),
    ("would", "AUX", "MD", "aux", 8),
    ("stay", "VERB", "VB", "ccomp", 5),
    (".", "PUNCT", ".", "punct", 5),
]


def test_announcing_before_the_statement_is_its_occasion(vocab: Any) -> None:
    doc = parsed_doc(vocab, _ANNOUNCING)
    assert announcing_occasion(doc[0], [1, 2])
    assert not_said(doc[0], [1, 2])
    assert not announcing_occasion(doc[5], [6, 7, 8])
    # a participle of stance ("Citing the decision, …") is PolNeAR's cue
    citing = parsed_doc(vocab, with_word(_ANNOUNCING, 0, "Citing"))
    assert not announcing_occasion(citing[0], [1, 2])


def test_asked_about_a_long_noun_phrase(vocab: Any) -> None:
    # "Asked about posts predicting unrest, the spokesman said …"
    tokens: list[Token] = [
        ("Asked", "VERB", "VBN", "advcl", 8),
        ("about", "ADP", "IN", "prep", 0),
        ("posts", "NOUN", "NNS", "pobj", 1),
        ("predicting", "VERB", "VBG", "acl", 2),
        ("unrest", "NOUN", "NN", "dobj", 3),
        (",", "PUNCT", ",", "punct", 8),
        ("the", "DET", "DT", "det", 7),
        ("spokesman", "NOUN", "NN", "nsubj", 8),
        ("said", "VERB", "VBD", "ROOT", 8),
    ]
    doc = parsed_doc(vocab, tokens)
    assert question_topic(doc[0], [2, 3, 4])
    assert not question_topic(doc[0], [2, 3, 4, 7])  # past the topic


# "Asked whether he had been promised a gavel, Gaetz said no."
_ASKED_WHETHER: list[Token] = [
    ("Asked", "VERB", "VBN", "advcl", 10),
    ("whether", "SCONJ", "IN", "mark", 5),
    ("he", "PRON", "PRP", "nsubjpass", 5),
    ("had", "AUX", "VBD", "aux", 5),
    ("been", "AUX", "VBN", "auxpass", 5),
    ("promised", "VERB", "VBN", "ccomp", 0),
    ("a", "DET", "DT", "det", 7),
    ("gavel", "NOUN", "NN", "dobj", 5),
    (",", "PUNCT", ",", "punct", 10),
    ("Gaetz", "PROPN", "NNP", "nsubj", 10),
    ("said", "VERB", "VBD", "ROOT", 10),
    ("no", "INTJ", "UH", "intj", 10),
    (".", "PUNCT", ".", "punct", 10),
]
_QUESTION = [1, 2, 3, 4, 5, 6, 7]


def test_the_question_put_to_a_speaker_is_not_what_he_said(vocab: Any) -> None:
    doc = parsed_doc(vocab, _ASKED_WHETHER)
    assert question_put(doc[0], _QUESTION)
    assert not_said(doc[0], _QUESTION)
    # the parser's VBD for the participle changes nothing
    vbd = [("Asked", "VERB", "VBD", "advcl", 10), *_ASKED_WHETHER[1:]]
    assert question_put(parsed_doc(vocab, vbd)[0], _QUESTION)
    # "how many …", "what …" are questions too
    how = parsed_doc(vocab, with_word(_ASKED_WHETHER, 1, "how"))
    assert question_put(how[0], _QUESTION)


def test_a_question_someone_asked_stays(vocab: Any) -> None:
    # "Asked about ..." is question_topic's; here the content is no question
    doc = parsed_doc(vocab, with_word(_ASKED_WHETHER, 1, "that"))
    assert not question_put(doc[0], _QUESTION)
    # the answer is the attribution
    doc = parsed_doc(vocab, _ASKED_WHETHER)
    assert not question_put(doc[10], [11])
    # a content past the question is more than the question
    assert not question_put(doc[0], [*_QUESTION, 9, 10, 11])
    # "Gaetz asked whether ...": a finite verb with its own subject
    finite: list[Token] = [
        ("Gaetz", "PROPN", "NNP", "nsubj", 1),
        ("asked", "VERB", "VBD", "ROOT", 1),
        ("whether", "SCONJ", "IN", "mark", 4),
        ("he", "PRON", "PRP", "nsubj", 4),
        ("won", "VERB", "VBD", "ccomp", 1),
        (".", "PUNCT", ".", "punct", 1),
    ]
    doc = parsed_doc(vocab, finite)
    assert not question_put(doc[1], [2, 3, 4])


# "Officers calling themselves the National Committee appeared."
_CALLING_THEMSELVES: list[Token] = [
    ("Officers", "NOUN", "NNS", "nsubj", 6),
    ("calling", "VERB", "VBG", "acl", 0),
    ("themselves", "PRON", "PRP", "dobj", 1),
    ("the", "DET", "DT", "det", 5),
    ("National", "PROPN", "NNP", "compound", 5),
    ("Committee", "PROPN", "NNP", "oprd", 1),
    ("appeared", "VERB", "VBD", "ROOT", 6),
    (".", "PUNCT", ".", "punct", 6),
]


def test_a_name_a_group_gives_itself_is_not_said(vocab: Any) -> None:
    doc = parsed_doc(vocab, _CALLING_THEMSELVES)
    assert names_itself(doc[1], [2, 3, 4, 5])
    assert not_said(doc[1], [2, 3, 4, 5])
    # "calling it a betrayal": a characterisation stays
    it = parsed_doc(vocab, with_word(_CALLING_THEMSELVES, 2, "it"))
    assert not names_itself(it[1], [2, 3, 4, 5])


def test_a_question_left_open_with_how_is_not_said(vocab: Any) -> None:
    how = parsed_doc(vocab, with_word(_DID_NOT_SAY, 5, "how"))
    assert unanswered_question(how[4], [5, 6, 7, 8])


def test_not_said_answers_once_per_cue_and_content(vocab: Any) -> None:
    doc = parsed_doc(vocab, _WRITING_FOR)
    assert not_said(doc[5], iter([7, 8]))  # any iterable of word indices
    answers = doc_view(doc).answers("not_said")
    assert answers == {(5, (7, 8)): True}
    answers[(5, (7, 8))] = False  # the second question reads the kept answer
    assert not not_said(doc[5], [7, 8])
    assert not not_said(doc[10], [11])
    assert answers[(10, (11,))] is False
