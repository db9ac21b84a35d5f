"""Actor rules on hand-built spaCy Docs (no statistical model): hits, chains
and the mention a chain gives."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from whosaid.actors import load_knowledge
from whosaid.actors.chains import build_chains
from whosaid.actors.hits import collect_hits
from whosaid.actors.mentions import build_mentions
from whosaid.actors.model import ActorState, index_document

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
