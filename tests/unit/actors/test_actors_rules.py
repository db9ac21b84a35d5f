"""Actor rules on hand-built spaCy Docs (no statistical model): hits, chains
and the mention a chain gives."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from whosaid.actors import load_knowledge
from whosaid.actors.chains import build_chains, plural_common_noun
from whosaid.actors.compose import bare_role
from whosaid.actors.hits import collect_hits, common_noun_capitalized
from whosaid.actors.knowledge import SectorWord
from whosaid.actors.mentions import build_mentions
from whosaid.actors.model import ActorState, Hit, index_document

NLP = spacy.blank("en")


def _ministry_said() -> Doc:
    # "The Russian Foreign Ministry said on Monday."
    return Doc(
        NLP.vocab,
        words=["The", "Russian", "Foreign", "Ministry", "said", "on", "Monday", "."],
        spaces=[True, True, True, True, True, True, False, False],
        heads=[3, 3, 3, 4, 4, 4, 5, 4],
        deps=["det", "amod", "compound", "nsubj", "ROOT", "prep", "pobj", "punct"],
        pos=["DET", "ADJ", "PROPN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
        ents=["O", "B-NORP", "B-ORG", "I-ORG", "O", "O", "B-DATE", "O"],
    )


def test_a_demonym_and_a_body_word_make_one_chain_and_one_government_body() -> None:
    ix = index_document(_ministry_said(), load_knowledge(NLP.tokenizer), ())
    st = ActorState()
    hits = collect_hits(ix, st)
    assert [(h.i, h.j, h.kind) for h in hits] == [(1, 2, "demonym"), (2, 4, "sector")]
    chains = build_chains(ix, hits)
    assert [[(h.i, h.j) for h in c.hits] for c in chains] == [[(1, 2), (2, 4)]]
    build_mentions(ix, st, chains)
    body = st.mentions[0]
    assert (body.name, body.type, body.country, body.sector) == (
        "Russian Foreign Ministry",
        "government",
        "RUS",
        "GOV",
    )
    assert all(m.country == "RUS" for m in st.mentions)


def test_a_plural_common_noun_opening_a_sentence_is_no_name() -> None:
    nlp = spacy.blank("en")
    words = ["Neighbours", "said", "so", ".", "Reuters", "said", "it", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        sent_starts=[True, False, False, False, True, False, False, False],
        tags=["NNS", "VBD", "RB", ".", "NNP", "VBD", "PRP", "."],
    )
    assert common_noun_capitalized(doc[0:1])
    assert not common_noun_capitalized(doc[4:5])


def test_a_role_that_serves_no_one_named_is_no_actor() -> None:
    spokesman = SectorWord("spokesman", None, "title", True)
    minister = SectorWord("minister", "GOV", "title", False)
    ministry = Hit(0, 1, "sector", sector=SectorWord("ministry", "GOV", "body", False))
    assert bare_role(Hit(1, 2, "sector", sector=spokesman), [], [])
    assert not bare_role(Hit(1, 2, "sector", sector=spokesman), [ministry], [])
    assert not bare_role(Hit(1, 2, "sector", sector=minister), [], [])


def test_a_plural_noun_never_titles_the_name_after_it() -> None:
    nlp = spacy.blank("en")
    doc = Doc(
        nlp.vocab,
        words=["the", "refugees", "President", "Obama", "wants"],
        tags=["DT", "NNS", "NNP", "NNP", "VBZ"],
    )
    refugees = Hit(1, 2, "sector", sector=SectorWord("refugees", "REF", "title", False))
    president = Hit(
        2, 3, "sector", sector=SectorWord("president", "GOV", "title", False)
    )
    ix = index_document(doc, load_knowledge(lambda s: s.split()), ())
    assert plural_common_noun(ix, refugees)
    assert not plural_common_noun(ix, president)


def _glued_dateline(space_after_paren: bool) -> Doc:
    # "(CNN)Governor Mara Quist signed the bill." and the same with a space
    # after the bracket, as a bracketed acronym in a title would have it.
    return Doc(
        NLP.vocab,
        words=["(", "CNN", ")", "Governor", "Mara", "Quist", "signed", "it", "."],
        spaces=[False, False, space_after_paren, True, True, True, True, False, False],
        heads=[1, 5, 1, 5, 5, 6, 6, 6, 6],
        deps=[
            *("punct", "nmod", "punct", "compound", "compound", "nsubj"),
            *("ROOT", "dobj", "punct"),
        ],
        pos=[
            *("PUNCT", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN"),
            *("VERB", "PRON", "PUNCT"),
        ],
        ents=["O", "B-ORG", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"],
    )


def test_a_dateline_glued_to_a_title_is_not_part_of_it() -> None:
    ix = index_document(_glued_dateline(False), load_knowledge(NLP.tokenizer), ())
    st = ActorState()
    build_mentions(ix, st, build_chains(ix, collect_hits(ix, st)))
    person = next(m for m in st.mentions if m.type == "person")
    assert (person.roles, person.sector) == (["Governor"], "GOV")
    assert ix.doc.text[person.start : person.end] == "Governor Mara Quist"
