"""Firms by their own name: BUS, and the story's country; the body a
spokesperson speaks for (issue 9, session 17, branch ``codes30``).  Names
invented for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from whosaid.actors.article_country import article_country, named_firm
from whosaid.actors.bodies import paragraph_body
from whosaid.actors.entries import BUSINESS_GROUP_WORDS, _workers_union
from whosaid.actors.firm_names import company_name, firm_name
from whosaid.actors.knowledge import load_knowledge
from whosaid.actors.model import ActorDraft, ActorMention, ActorState, index_document


@pytest.mark.parametrize(
    ("name", "firm"),
    [
        ("Kellbridge Capital", True),
        ("Huaxin Securities", True),
        ("Norte Investimentos", True),
        ("Tallberg AG", True),
        ("Ferrovia S.A.", True),
        ("Nordvik ASA", True),
        ("Capital Markets Authority", False),  # a regulator: the word is first
        ("Securities and Exchange Commission", False),
        ("SA Revenue Service", False),  # "SA" first is South Africa
        ("Capital", False),
        ("Ministry of Investments and Trade", False),  # "investments" not last
    ],
)
def test_a_firm_is_named_by_its_legal_form_or_last_word(name: str, firm: bool) -> None:
    words = [w.strip(".,").lower() for w in name.split()]
    assert firm_name(words) is firm


def test_company_words_count_anywhere() -> None:
    assert company_name(["harbor", "group"])
    assert company_name(["lakeside", "co", "holdings"])
    assert not company_name(["national", "retail", "federation"])


def _body(name: str, sector: str | None, typ: str = "company") -> ActorDraft:
    return ActorDraft(
        ("org", name.lower()), name, typ, None, None, sector, None, mentions=[(0, 5)]
    )


def _state(code: str, name: str) -> ActorDraft:
    return ActorDraft(
        ("state", name.lower()), name, "state", code, None, None, None,
        mentions=[(9, 14)],
    )  # fmt: skip


def test_a_named_firm_takes_the_articles_country() -> None:
    firm = _body("Tallberg AG", "BUS")
    other = _body("Tallberg Foundation", None, "other")
    article_country([firm, other, _state("DEU", "Germany")], None)
    assert firm.country == "DEU"
    assert other.country is None


def test_only_a_business_body_is_a_named_firm() -> None:
    assert named_firm(_body("Northfield Holdings", "BUS"))
    assert not named_firm(_body("Northfield Group", "NGO", "ngo"))
    assert not named_firm(_body("Tallberg Capital", "BUS", "person"))


def test_a_strike_committee_is_labours_and_a_retail_federation_business() -> None:
    kb = load_knowledge(spacy.blank("en").tokenizer)
    assert kb.sectors[("strike", "committee")].sector == "LAB"
    assert "retail" in BUSINESS_GROUP_WORDS  # "National Retail Federation"
    assert _workers_union(["retail", "workers", "union"])  # LAB, never BUS


def _spokeswoman_doc() -> tuple[Doc, list[ActorMention]]:
    nlp = spacy.blank("en")
    # "The Department urged the police to act . Spokeswoman Ann Lee said so ."
    words = ["The", "Department", "urged", "the", "police", "to", "act", "."]
    words += ["Spokeswoman", "Ann", "Lee", "said", "so", "."]
    starts: list[bool | int | None] = [i in {0, 8} for i in range(14)]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 2, 2, 4, 2, 6, 2, 2, 10, 10, 11, 11, 11, 11],
        deps=[
            *("det", "nsubj", "ROOT", "det", "dobj", "aux", "xcomp", "punct"),
            *("compound", "compound", "nsubj", "ROOT", "advmod", "punct"),
        ],
        sent_starts=starts,
    )
    dept = ActorMention(0, 14, ("org", "d"), "Department", "government", "XAA",
                        None, "GOV", None)  # fmt: skip
    police = ActorMention(25, 31, ("org", "p"), "Police", "government", "XAA",
                          None, "COP", None)  # fmt: skip
    return doc, [dept, police]


def test_a_spokesperson_speaks_for_the_paragraphs_subject_body() -> None:
    doc, mentions = _spokeswoman_doc()
    kb = load_knowledge(spacy.blank("en").tokenizer)
    ix = index_document(doc, kb, ())
    st = ActorState(mentions=list(mentions))
    assert paragraph_body(ix, st, 8) is mentions[0]  # not the police, named last
    # no subject body: the last one named
    st = ActorState(mentions=[mentions[1]])
    assert paragraph_body(ix, st, 8) is mentions[1]
