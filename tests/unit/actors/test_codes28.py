"""Business associations: the words of a name a possessive splits, and the
article's country for a federation of firms (issue 9, session 16, branch
``codes28``).  Texts written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from whosaid.actors.article_country import article_country, business_association
from whosaid.actors.entries import _group_words
from whosaid.actors.knowledge import load_knowledge
from whosaid.actors.knowledge_records import Knowledge
from whosaid.actors.model import ActorDraft, Hit, index_document

NLP = spacy.blank("en")


@pytest.fixture(scope="module")
def kb() -> Knowledge:
    return load_knowledge(NLP.tokenizer)


def _possessed_name(first_pos: str) -> Doc:
    # "The Kano Employers ' Consultative Association said so ."
    words = ["The", "Kano", "Employers", "'", "Consultative", "Association"]
    words += ["said", "so", "."]
    return Doc(
        NLP.vocab,
        words=words,
        spaces=[True, True, False, True, True, True, True, False, False],
        heads=[2, 2, 5, 2, 5, 6, 6, 6, 6],
        deps=[
            *("det", "compound", "poss", "case", "compound", "nsubj"),
            *("ROOT", "advmod", "punct"),
        ],
        pos=[
            *("DET", first_pos, "PROPN", "PART", "PROPN", "PROPN"),
            *("VERB", "ADV", "PUNCT"),
        ],
    )


def test_a_proper_noun_possessor_joins_the_group_words(kb: Knowledge) -> None:
    ix = index_document(_possessed_name("PROPN"), kb, ())
    hit = Hit(4, 6, "name")
    words = _group_words(ix, hit, ["consultative", "association"])
    assert words == ["kano", "employers", "consultative", "association"]


def test_a_common_noun_possessor_does_not(kb: Knowledge) -> None:
    ix = index_document(_possessed_name("NOUN"), kb, ())
    hit = Hit(4, 6, "name")
    assert _group_words(ix, hit, ["consultative", "association"]) == [
        "consultative",
        "association",
    ]


def _body(name: str, sector: str | None, typ: str = "company") -> ActorDraft:
    return ActorDraft(
        ("org", name.lower()), name, typ, None, None, sector, None, mentions=[(0, 5)]
    )


@pytest.mark.parametrize(
    ("name", "sector", "typ", "association"),
    [
        ("National Dairy Producers Federation", "BUS", "company", True),
        ("Chamber of Commerce", "BUS", "company", True),
        ("Northfield Holdings", "BUS", "company", False),
        ("Writers Guild", "LAB", "other", False),
    ],
)
def test_a_business_association_is_a_federation_of_firms(
    name: str, sector: str, typ: str, association: bool
) -> None:
    assert business_association(_body(name, sector, typ)) is association


def test_a_business_association_takes_the_articles_country_a_firm_does_not() -> None:
    federation = _body("National Dairy Producers Federation", "BUS")
    firm = _body("Northfield Holdings", "BUS")
    state = ActorDraft(
        ("state", "kenya"),
        "Kenya",
        "state",
        "KEN",
        None,
        None,
        None,
        mentions=[(9, 14)],
    )
    article_country([federation, firm, state], None)
    assert federation.country == "KEN"
    assert firm.country is None
