"""Business associations: the words of a name a possessive splits, the
article's country for a federation of firms, and a speaker named by a body's
name an acronym in parentheses defines (issue 9, session 16, branch
``codes28``).  Texts written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from whosaid.actors.acronym_speakers import acronym_after
from whosaid.actors.article_country import article_country, business_association
from whosaid.actors.entries import _group_words
from whosaid.actors.knowledge import load_knowledge
from whosaid.actors.knowledge_records import Knowledge
from whosaid.actors.model import ActorDraft, Hit, index_document
from whosaid.records import Span, Speaker

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


def test_a_business_association_and_a_named_firm_take_the_articles_country() -> None:
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
    assert firm.country == "KEN"  # a firm by its name (codes30)


ACRONYM_TEXT = "The Harbour Workers Federation (HWF) said so. HWF agreed."


def _speaker(name: str) -> Speaker:
    start = ACRONYM_TEXT.index(name)
    span = Span(start=start, end=start + len(name), text=name)
    return Speaker(name=name, mention=span, resolved_by="name")


def _acronym_body(typ: str = "other") -> ActorDraft:
    first = ACRONYM_TEXT.index("HWF")
    second = ACRONYM_TEXT.index("HWF", first + 1)
    mentions = [(first, first + 3), (second, second + 3)]
    return ActorDraft(
        ("org", "hwf"), "HWF", typ, "KEN", None, "LAB", None, [], mentions
    )


def test_a_name_defined_by_an_acronym_is_the_acronyms_body() -> None:
    body = _acronym_body()
    found = acronym_after(_speaker("Harbour Workers Federation"), [body], ACRONYM_TEXT)
    assert found is body
    assert body.name == "Harbour Workers Federation"
    assert (4, 30) in body.mentions


def test_no_body_for_a_person_or_a_name_without_an_acronym() -> None:
    person = _acronym_body("person")
    assert (
        acronym_after(_speaker("Harbour Workers Federation"), [person], ACRONYM_TEXT)
        is None
    )
    assert (
        acronym_after(_speaker("HWF agreed"), [_acronym_body()], ACRONYM_TEXT) is None
    )
