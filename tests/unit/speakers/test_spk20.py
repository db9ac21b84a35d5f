"""Session 13 (spk20) speaker rules, on hand-built parses: a document's
epithet ("the final declaration") names no other issuer; a body qualified by
a state ("Ukraine's Coordination Headquarters") speaks, never the state."""

from __future__ import annotations

import dataclasses

import spacy
from spacy.tokens import Doc
from tests.factories import make_attribution, parsed_doc, span, with_word

from whosaid.actors.body_speakers import state_of_named_body, word_of_body_name
from whosaid.actors.model import ActorDraft
from whosaid.actors.speaker_links import link_speakers
from whosaid.records import Speaker
from whosaid.speakers.fragments import trailing_subject_pronoun
from whosaid.speakers.groups import place_named_body
from whosaid.speakers.headlines import headline_clause, title_words
from whosaid.speakers.mentions import build_index
from whosaid.speakers.name_bounds import body_word_head
from whosaid.speakers.resolve import resolve_speakers

VOCAB = spacy.blank("en").vocab

DECLARATION = [
    ("NATO", "PROPN", "NNP", "nsubj", 1),
    ("said", "VERB", "VBD", "ROOT", 1),
    ("in", "ADP", "IN", "prep", 1),
    ("a", "DET", "DT", "det", 4),
    ("declaration", "NOUN", "NN", "pobj", 2),
    ("that", "SCONJ", "IN", "mark", 8),
    ("allies", "NOUN", "NNS", "nsubj", 8),
    ("would", "AUX", "MD", "aux", 8),
    ("pay", "VERB", "VB", "ccomp", 1),
    (".", "PUNCT", ".", "punct", 1),
    ("The", "DET", "DT", "det", 12),
    ("final", "ADJ", "JJ", "amod", 12),
    ("declaration", "NOUN", "NN", "nsubj", 13),
    ("said", "VERB", "VBD", "ROOT", 13),
    ("costs", "NOUN", "NNS", "nsubj", 16),
    ("would", "AUX", "MD", "aux", 16),
    ("rise", "VERB", "VB", "ccomp", 13),
    (".", "PUNCT", ".", "punct", 13),
]


def _second_speaker(tokens: list[tuple[str, str, str, str, int]]) -> str | None:
    doc = parsed_doc(VOCAB, tokens, ents=[(0, 1, "ORG")])
    text = doc.text
    source = f"The {tokens[11][0]} declaration"
    first = make_attribution(
        id="a1",
        kind="indirect",
        source=(span(text, "NATO"),),
        cue=(span(text, "said"),),
        content=(span(text, "allies would pay"),),
    )
    second = make_attribution(
        id="a2",
        kind="indirect",
        source=(span(text, source),),
        cue=(span(text, "said", 1),),
        content=(span(text, "costs would rise"),),
    )
    _, resolved = resolve_speakers(doc, [first, second])
    assert resolved.speaker is not None
    return resolved.speaker.name


def test_the_final_declaration_is_the_declaration_named_before() -> None:
    assert _second_speaker(DECLARATION) == "NATO"


def test_a_modifier_that_tells_documents_apart_still_blocks() -> None:
    # "the Russian declaration" is no declaration of NATO's
    assert _second_speaker(with_word(DECLARATION, 11, "Russian")) != "NATO"


def _draft(name: str, kind: str) -> ActorDraft:
    return ActorDraft(
        key=(kind, name.lower()),
        name=name,
        type=kind,
        country="UKR",
        igo=None,
        sector=None,
        code="UKR",
        mentions=[(0, 7)],
    )


TEXT = "Ukraine's Coordination Headquarters said the talks were hard."


def test_a_body_qualified_by_a_state_is_never_the_state() -> None:
    ukraine = _draft("Ukraine", "state")
    speaker = Speaker(
        name="Coordination Headquarters",
        mention=span(TEXT, "Coordination Headquarters"),
        resolved_by="appositive",
    )
    assert state_of_named_body(speaker, ukraine)
    attribution = make_attribution(
        kind="indirect",
        source=(span(TEXT, "Ukraine's Coordination Headquarters"),),
        cue=(span(TEXT, "said"),),
        content=(span(TEXT, "the talks were hard"),),
        speaker=speaker,
    )
    assert link_speakers([ukraine], [attribution]) == [None]


def test_a_state_or_a_person_still_links_to_the_state() -> None:
    ukraine = _draft("Ukraine", "state")
    state = Speaker(name="Ukraine", mention=span(TEXT, "Ukraine"), resolved_by="name")
    assert not state_of_named_body(state, ukraine)
    person = Speaker(name="Olena Kovalenko", mention=None, resolved_by="name")
    assert not state_of_named_body(person, ukraine)
    unresolved = Speaker(
        name="Coordination Headquarters", mention=None, resolved_by="unresolved"
    )
    assert not state_of_named_body(unresolved, ukraine)
    ministry = _draft("Foreign Ministry", "government")
    body = Speaker(name="Foreign Ministry", mention=None, resolved_by="name")
    assert not state_of_named_body(body, ministry)


def _line_doc(words: list[str], pos: list[str]) -> Doc:
    return Doc(
        VOCAB,
        words=words,
        spaces=[True] * (len(words) - 1) + [False],
        heads=list(range(len(words))),
        deps=["ROOT"] * len(words),
        pos=pos,
    )


def test_a_title_opening_a_headlines_clause_after_as() -> None:
    words = ["Thousands", "rally", "as", "PM", "says", "no"]
    doc = _line_doc(words, ["NOUN", "VERB", "SCONJ", "PROPN", "VERB", "DET"])
    ix, _ = build_index(doc, [], [])
    assert headline_clause(doc.text, doc[3].idx)
    assert title_words(ix, doc[3:4]) == {"prime", "minister"}


def test_a_sentence_with_a_full_stop_is_no_headline() -> None:
    words = ["Thousands", "rally", "as", "PM", "says", "no", "."]
    doc = _line_doc(words, ["NOUN", "VERB", "SCONJ", "PROPN", "VERB", "DET", "PUNCT"])
    ix, _ = build_index(doc, [], [])
    assert not headline_clause(doc.text, doc[3].idx)
    assert title_words(ix, doc[3:4]) is None


def test_a_body_word_ner_cut_from_its_name_grows_over_its_compounds() -> None:
    tokens = [
        ("Police", "PROPN", "NNP", "compound", 1),
        ("Headquarters", "PROPN", "NNPS", "nsubj", 2),
        ("said", "VERB", "VBD", "ROOT", 2),
        ("so", "ADV", "RB", "advmod", 2),
    ]
    doc = parsed_doc(VOCAB, tokens, ents=[(1, 2, "PERSON")])
    assert body_word_head(doc, doc.ents[0]) == 0
    # a word that is no body's keeps its mention; so does a tagged word before
    other = parsed_doc(VOCAB, with_word(tokens, 1, "Smith"), ents=[(1, 2, "PERSON")])
    assert body_word_head(other, other.ents[0]) == 1
    tagged = parsed_doc(VOCAB, tokens, ents=[(0, 1, "GPE"), (1, 2, "ORG")])
    assert body_word_head(tagged, tagged.ents[1]) == 1


FORD = [
    ("Doug", "PROPN", "NNP", "compound", 1),
    ("Ford", "PROPN", "NNP", "nsubj", 2),
    ("went", "VERB", "VBD", "ROOT", 2),
    ("further", "ADV", "RB", "advmod", 2),
    (",", "PUNCT", ",", "punct", 2),
    ("telling", "VERB", "VBG", "advcl", 2),
    ("reporters", "NOUN", "NNS", "dobj", 5),
    ("at", "ADP", "IN", "prep", 5),
    ("Queen", "PROPN", "NNP", "poss", 10),
    ("'s", "PART", "POS", "case", 8),
    ("Park", "PROPN", "NNP", "pobj", 7),
    ("he", "PRON", "PRP", "nsubj", 12),
    ("was", "AUX", "VBD", "conj", 2),
    ("ready", "ADJ", "JJ", "acomp", 12),
    (".", "PUNCT", ".", "punct", 2),
]


def test_a_source_cut_across_a_clause_is_its_subject_pronoun() -> None:
    doc = parsed_doc(VOCAB, FORD, ents=[(0, 2, "PERSON")])
    assert trailing_subject_pronoun(list(doc[10:12])) == doc[11]
    text = doc.text
    attribution = make_attribution(
        kind="indirect",
        source=(span(text, "Park he"),),
        cue=(span(text, "was"),),
        content=(span(text, "ready"),),
    )
    (resolved,) = resolve_speakers(doc, [attribution])
    assert resolved.speaker is not None
    assert resolved.speaker.name == "Doug Ford"


def test_a_pronoun_the_source_words_hang_on_is_no_cut() -> None:
    doc = parsed_doc(VOCAB, FORD, ents=[(0, 2, "PERSON")])
    assert trailing_subject_pronoun([doc[11]]) is None  # a pronoun alone
    assert trailing_subject_pronoun(list(doc[8:11])) is None  # no pronoun
    # "Park" hung on the pronoun: the words are one phrase
    heads = [(*t[:4], 11) if i == 10 else t for i, t in enumerate(FORD)]
    hung = parsed_doc(VOCAB, heads, ents=[(0, 2, "PERSON")])
    assert trailing_subject_pronoun(list(hung[10:12])) is None


PREFECTURE = [
    ("The", "DET", "DT", "det", 3),
    ("Paris", "PROPN", "NNP", "compound", 3),
    ("police", "NOUN", "NN", "compound", 3),
    ("prefecture", "NOUN", "NN", "nsubj", 4),
    ("said", "VERB", "VBD", "ROOT", 4),
    ("so", "ADV", "RB", "advmod", 4),
]


def _source_speaker(
    tokens: list[tuple[str, str, str, str, int]], label: str, words: int
) -> str:
    doc = parsed_doc(VOCAB, tokens, ents=[(1, 2, label)])
    text = doc.text
    source = " ".join(t[0] for t in tokens[:words])
    attribution = make_attribution(
        kind="indirect",
        source=(span(text, source),),
        cue=(span(text, "said"),),
        content=(span(text, "so"),),
    )
    (resolved,) = resolve_speakers(doc, [attribution])
    assert resolved.speaker is not None and resolved.speaker.name is not None
    return resolved.speaker.name


def test_a_local_body_named_by_a_place_is_never_the_place() -> None:
    assert "prefecture" in _source_speaker(PREFECTURE, "GPE", 4)
    doc = parsed_doc(VOCAB, PREFECTURE, ents=[(1, 2, "GPE")])
    ix, _ = build_index(doc, [], [])
    inner = [ix.token_mention[1]]
    assert place_named_body(ix, doc[3], inner)


def test_a_named_body_before_an_org_noun_is_still_the_body() -> None:
    # "the Kayhan newspaper" (an organisation NER tagged) is Kayhan
    tokens = with_word(with_word(PREFECTURE, 1, "Kayhan"), 3, "newspaper")
    tokens = [t for i, t in enumerate(tokens) if i != 2]
    tokens = [(w, p, g, d, h - 1 if h > 2 else h) for w, p, g, d, h in tokens]
    assert _source_speaker(tokens, "ORG", 3) == "Kayhan"


CGT = "Argentina's General Confederation of Labor (CGT) held a strike. The CGT said so."


def test_an_actor_of_one_word_of_a_body_name_is_not_the_body() -> None:
    labor = ActorDraft(
        key=("party", "labor"),
        name="Labor Party",
        type="party",
        country=None,
        igo=None,
        sector=None,
        code=None,
        mentions=[(CGT.index("Labor"), CGT.index("Labor") + 5)],
    )
    body = Speaker(
        name="General Confederation of Labor",
        mention=span(CGT, "General Confederation of Labor"),
        resolved_by="name",
    )
    assert word_of_body_name(body, labor)
    attribution = make_attribution(
        kind="indirect",
        source=(span(CGT, "The CGT"),),
        cue=(span(CGT, "said"),),
        content=(span(CGT, "so"),),
        speaker=body,
    )
    assert link_speakers([labor], [attribution]) == [None]
    # the actor of the whole name, or a person's name, links as before
    whole = dataclasses.replace(
        labor, mentions=[(body.mention.start, body.mention.end)]
    )
    assert not word_of_body_name(body, whole)
    person = Speaker(name="Ana Labor", mention=body.mention, resolved_by="name")
    assert not word_of_body_name(person, labor)


def test_an_unresolved_phrase_ending_in_a_body_word_is_no_body_name() -> None:
    text = "The Japan Meteorological Agency spoke. An official with the agency said so."
    the_agency = span(text, "the agency")
    agency = ActorDraft(
        key=("government", "jma"),
        name="Japan Meteorological Agency",
        type="government",
        country="JPN",
        igo=None,
        sector="GOV",
        code="JPNGOV",
        mentions=[(the_agency.start, the_agency.end)],
    )
    official = Speaker(
        name="An official with the agency",
        mention=span(text, "An official with the agency"),
        resolved_by="unresolved",
    )
    assert not word_of_body_name(official, agency)
