"""Session 13 (codes20): a country used as a place, on hand-parsed Docs,
and through the pipeline.  Texts written for these tests."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

import whosaid
from whosaid.actors.advisers import advises_a_head
from whosaid.actors.name_keys import title_words_only
from whosaid.actors.place_context import country_as_place

NLP = spacy.blank("en")


def _doc(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(NLP.vocab, words=words, heads=heads, deps=deps)


def test_a_country_after_a_preposition_of_location_is_a_place() -> None:
    # "drills in Kazakhstan": where the drills are held
    doc = _doc(["drills", "in", "Kazakhstan"], [0, 0, 1], ["ROOT", "prep", "pobj"])
    assert country_as_place([doc[2]])


def test_a_country_a_verb_of_going_goes_to_is_a_place() -> None:
    doc = _doc(
        ["flown", "him", "to", "Costa", "Rica"],
        [0, 0, 0, 4, 2],
        ["ROOT", "dobj", "prep", "compound", "pobj"],
    )
    assert country_as_place([doc[3], doc[4]])


def test_a_country_joined_to_a_place_of_location_is_a_place() -> None:
    doc = _doc(
        ["in", "Kyiv", "and", "Poland"],
        [0, 0, 1, 1],
        ["ROOT", "pobj", "cc", "conj"],
    )
    assert country_as_place([doc[3]])


def test_a_country_as_subject_object_or_partner_stays_a_state() -> None:
    said = _doc(["Kazakhstan", "said"], [1, 1], ["nsubj", "ROOT"])
    assert not country_as_place([said[0]])
    talks = _doc(["talks", "with", "Iran"], [0, 0, 1], ["ROOT", "prep", "pobj"])
    assert not country_as_place([talks[2]])
    weapons = _doc(["weapons", "to", "Ukraine"], [0, 0, 1], ["ROOT", "prep", "pobj"])
    assert not country_as_place([weapons[2]])  # a recipient, not a destination


def _actor(article: whosaid.Article, text: str) -> whosaid.Actor:
    for actor in article.actors:
        if any(text in m.text for m in actor.mentions):
            return actor
    raise AssertionError(f"no actor mentions {text!r}")


def test_a_country_where_something_happens_is_a_place_with_its_country() -> None:
    article = whosaid.process(
        "The Shanghai Cooperation Organisation said member states would hold "
        "joint anti-terrorism drills in Kazakhstan."
    )
    where = _actor(article, "Kazakhstan")
    assert (where.type, where.country, where.code) == ("place", "KAZ", None)


def test_a_body_after_a_country_named_as_a_place_keeps_its_country() -> None:
    article = whosaid.process(
        "Protests spread to more cities in Iran on Sunday. "
        "The foreign ministry said foreign agents were behind them."
    )
    assert _actor(article, "Iran").type == "place"
    assert _actor(article, "The foreign ministry").country == "IRN"


def test_the_european_central_bank_and_its_president_are_the_eu_s() -> None:
    # an EU institution, coded as the Commission and the Parliament are
    article = whosaid.process(
        "The European Central Bank held rates. ECB President Christine Lagarde "
        "said inflation was falling."
    )
    bank = _actor(article, "European Central Bank")
    assert (bank.igo, bank.code) == ("EU", "IGOEEC")
    lagarde = _actor(article, "Christine Lagarde")
    assert (lagarde.country, lagarde.igo) == (None, "EU")


def test_office_words_are_no_key_of_a_person() -> None:
    assert title_words_only("vice president")
    assert title_words_only("president")
    assert not title_words_only("bishop")  # Julie Bishop
    assert not title_words_only("muhammad mokher")


def test_a_bare_vice_president_is_no_foreign_officeholder_whose_name_ends_so() -> None:
    # people.tsv holds "Mohammad Mokher - previously first vice president"
    # (a Factbook note read into the name): "the Vice President" of a
    # Philippine story is not Iran's
    article = whosaid.process(
        "Philippine senators voted on Monday. The Office of the Vice President "
        "said the impeachment was political persecution."
    )
    assert _actor(article, "Vice President").country != "IRN"


def test_an_aide_or_adviser_to_a_head_is_named_so() -> None:
    after = "Al Bo, a foreign policy aide to President Cy Do, said"
    assert advises_a_head(after, [(0, 5)])
    possessive = "Al Bo, President Cy Do's economic adviser, wrote"
    assert advises_a_head(possessive, [(0, 5)])
    assert advises_a_head(possessive, [(0, 5), (7, 40)])
    assert not advises_a_head("Al Bo, a former adviser, said", [(0, 5)])
    assert not advises_a_head("Al Bo, the former economy minister, said", [(0, 5)])


def test_an_aide_to_a_head_serves_now_whatever_office_he_last_held() -> None:
    # the tables' last office of Yuri Ushakov ended in 2008 (ELI before)
    article = whosaid.process(
        "Yuri Ushakov, a foreign policy aide to President Vladimir Putin, said "
        "Moscow had not received the new proposals."
    )
    ushakov = _actor(article, "Yuri Ushakov")
    assert (ushakov.country, ushakov.sector) == ("RUS", "GOV")
