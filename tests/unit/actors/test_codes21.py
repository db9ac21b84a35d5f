"""Actor codes (issue 9), codes21 rules: IGO officials' sectors, the
article's country of unnamed forces and of a story told only through known
actors, places by their verb, umlaut spellings and Arabic chains of names."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from tests.factories import actor_draft

from whosaid.actors.article_country import (
    ARTICLE_COUNTRY,
    article_country,
    officeholders_country,
    unnamed_group,
)
from whosaid.actors.igo_sectors import _court_igos, igo_sectors
from whosaid.actors.knowledge_records import Entry
from whosaid.actors.name_keys import chain_short_form, umlaut_spelling
from whosaid.actors.place_context import country_as_place, place_by_role

NLP = spacy.blank("en")


def _doc(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(NLP.vocab, words=words, heads=heads, deps=deps)


def _igo_entry(igo: str, sector: str | None) -> Entry:
    return Entry(igo, igo, "igo", None, igo, sector, None, "org", "", False)


# -- IGO sectors ---------------------------------------------------------------


def test_court_igos_are_those_whose_every_organ_is_a_court() -> None:
    entries = [
        _igo_entry("ICJ", "JUD"),
        _igo_entry("EU", None),
        _igo_entry("EU", "JUD"),  # the CJEU: one organ of the EU
        _igo_entry("EU", "LEG"),
    ]
    assert _court_igos(entries) == frozenset({"ICJ"})


def test_an_igo_official_carries_no_national_sector() -> None:
    juncker = actor_draft("Jean-Claude Juncker", "person", igo="EU", sector="GOV")
    borrell = actor_draft("Josep Borrell", "person", igo="EU", sector="ELI")
    parliament = actor_draft("European Parliament", "igo", igo="EU", sector="LEG")
    igo_sectors([juncker, borrell, parliament], frozenset({"ICJ"}))
    assert (juncker.sector, borrell.sector, parliament.sector) == (None, None, None)


def test_a_court_igo_s_people_and_courts_are_jud() -> None:
    president = actor_draft("Joan Donoghue", "person", igo="ICJ")
    echr = actor_draft("European Court of Human Rights", "igo", igo="CoE", sector="JUD")
    igo_sectors([president, echr], frozenset({"ICJ"}))
    assert (president.sector, echr.sector) == ("JUD", "JUD")


def test_a_national_official_keeps_the_sector() -> None:
    minister = actor_draft("Lavrov", "person", country="RUS", sector="GOV")
    igo_sectors([minister], frozenset())
    assert minister.sector == "GOV"


# -- the article's country ---------------------------------------------------------


def test_soldiers_named_by_a_sector_word_are_an_unnamed_group() -> None:
    soldiers = actor_draft("Soldiers", "person", sector="MIL", sources=["sectors.tsv"])
    general = actor_draft(
        "General Tchiani", "person", sector="MIL", roles=["General"], sources=["title"]
    )
    assert unnamed_group(soldiers)
    assert not unnamed_group(general)


def test_unnamed_soldiers_take_the_country_of_the_story() -> None:
    president = actor_draft(
        "Mohamed Bazoum", "person", country="NER", sector="GOV", kb_id="Q1"
    )
    soldiers = actor_draft("Soldiers", "person", sector="MIL", sources=["sectors.tsv"])
    article_country([president, soldiers], None)
    assert soldiers.country == "NER"
    assert ARTICLE_COUNTRY in soldiers.sources


def test_a_former_president_and_a_known_party_say_whose_story_it_is() -> None:
    zuma = actor_draft("Jacob Zuma", "person", country="ZAF", sector="ELI", kb_id="Q2")
    assert officeholders_country([zuma]) == {"ZAF": 1.0}
    congress = actor_draft(
        "Indian National Congress",
        "party",
        country="IND",
        sector="OPP",
        sources=["organizations.tsv", "governing.tsv"],
    )
    assert officeholders_country([congress]) == {"IND": 1.0}
    guessed = actor_draft(
        "Congress", "party", country="IND", sources=["article country"]
    )
    assert officeholders_country([guessed]) == {}


def test_known_actors_of_two_countries_give_no_country() -> None:
    zuma = actor_draft("Jacob Zuma", "person", country="ZAF", sector="ELI", kb_id="Q2")
    biden = actor_draft("Joe Biden", "person", country="USA", sector="GOV", kb_id="Q6")
    assert officeholders_country([zuma, biden]) == {}


# -- places ------------------------------------------------------------------------


def test_a_country_spoken_from_is_a_place() -> None:
    doc = _doc(
        ["said", "from", "Cameroon", "that"],
        [0, 0, 1, 0],
        ["ROOT", "prep", "pobj", "mark"],
    )
    assert country_as_place([doc[2]])
    aid = _doc(["aid", "from", "Japan"], [0, 0, 1], ["ROOT", "prep", "pobj"])
    assert not country_as_place([aid[2]])  # a donor, not a place


def test_a_city_taken_or_bombed_is_a_place() -> None:
    doc = _doc(
        ["rebels", "had", "taken", "Bangui"],
        [2, 2, 2, 2],
        ["nsubj", "aux", "ROOT", "dobj"],
    )
    assert place_by_role(doc[3])
    blamed = _doc(["they", "blamed", "Moscow"], [1, 1, 1], ["nsubj", "ROOT", "dobj"])
    assert not place_by_role(blamed[2])


def test_the_port_of_a_city_or_country_is_the_place() -> None:
    doc = _doc(
        ["the", "port", "of", "Djibouti"], [1, 1, 1, 2], ["det", "ROOT", "prep", "pobj"]
    )
    assert country_as_place([doc[3]])
    assert place_by_role(doc[3])
    gov = _doc(
        ["the", "government", "of", "Djibouti"],
        [1, 1, 1, 2],
        ["det", "ROOT", "prep", "pobj"],
    )
    assert not country_as_place([gov[3]])


# -- names ---------------------------------------------------------------------------


def test_umlauts_written_out() -> None:
    assert umlaut_spelling("Wolfgang Schäuble") == "Wolfgang Schaeuble"
    assert umlaut_spelling("Ölaf Müller") == "Oelaf Mueller"
    assert umlaut_spelling("Emmanuel Macron") == "Emmanuel Macron"


def test_an_arabic_chain_is_cut_after_the_father() -> None:
    words = ["hamad", "bin", "jassim", "bin", "jaber", "al", "thani"]
    assert chain_short_form(words) == "hamad bin jassim al thani"
    assert chain_short_form(["mohammed", "bin", "salman", "al", "saud"]) is None
    sultan = ["sultan", "bin", "salem", "bin", "saeed", "al", "habsi"]
    assert chain_short_form(sultan) == "sultan bin salem al habsi"


# -- the date of a party's own sentence ---------------------------------------------


def test_a_party_s_sentence_date_chooses_the_government() -> None:
    from whosaid.actors.governing import Government, opposition_sectors

    rows = (
        Government("XAA", "2010-01-01", "2015-06-01", frozenset({"Blue Party"})),
        Government("XAA", "2015-06-01", None, frozenset({"Red Party"})),
    )
    # "In 2012, the Red Party said ...": out of government in 2012
    red = actor_draft("Red Party", "party", country="XAA", sector="PTY")
    opposition_sectors([red], "2020-01-01", "x" * 40, rows, date_of=lambda d: "2012")
    assert red.sector == "OPP"
    blue = actor_draft("Blue Party", "party", country="XAA", sector="PTY")
    opposition_sectors([blue], "2020-01-01", "x" * 40, rows, date_of=lambda d: "2012")
    assert blue.sector == "PTY"


def test_a_sentence_date_with_no_row_leaves_the_article_date_to_decide() -> None:
    from whosaid.actors.governing import Government, opposition_sectors

    rows = (Government("XAA", "2015-06-01", None, frozenset({"Red Party"})),)
    blue = actor_draft("Blue Party", "party", country="XAA", sector="PTY")
    opposition_sectors([blue], "2020-01-01", "x" * 40, rows, date_of=lambda d: "1998")
    assert blue.sector == "OPP"


# -- advisers of a head ----------------------------------------------------------------


def test_an_unknown_adviser_to_a_head_serves_the_head_s_country() -> None:
    from whosaid.actors.advisers import advisers_of_heads, head_advised

    text = (
        "Redwan Hussien, the national security adviser to Prime Minister Abiy "
        "Ahmed, said the deal would hold."
    )
    assert head_advised(text, [(0, 14)]) == "Abiy Ahmed"
    adviser = actor_draft("Redwan Hussien", "person", sector="GOV", roles=["adviser"])
    advisers_of_heads(
        [adviser], text, lambda name: "ETH" if name == "Abiy Ahmed" else None
    )
    assert (adviser.country, adviser.sector) == ("ETH", "GOV")


def test_an_adviser_takes_the_country_of_the_head_named_in_the_text() -> None:
    from whosaid.actors.advisers import advisers_of_heads

    text = "Al Bo, an aide to President Cy Do, said so. President Cy Do agreed."
    aide = actor_draft("Al Bo", "person")
    head = actor_draft("Cy Do", "person", country="XAA", sector="GOV")
    head.mentions = [(text.rindex("Cy Do"), text.rindex("Cy Do") + 5)]
    advisers_of_heads([aide, head], text)
    assert (aide.country, aide.sector) == ("XAA", "GOV")


def test_a_known_person_or_one_with_a_country_is_left_alone() -> None:
    from whosaid.actors.advisers import advisers_of_heads

    text = "Al Bo, an aide to President Cy Do, said so."
    aide = actor_draft("Al Bo", "person", country="XBB", sector="GOV")
    advisers_of_heads([aide], text, lambda name: "XAA")
    assert aide.country == "XBB"


def test_a_shadow_title_left_out_of_the_mention_is_the_opposition() -> None:
    from whosaid.actors.governing import shadow_titles

    text = "the shadow work and pensions secretary, Mel Stride, said so."
    start = text.index("secretary")
    stride = actor_draft("Mel Stride", "person", country="GBR", sector="GOV")
    stride.mentions = [(start, text.index(", said"))]
    shadow_titles([stride], text)
    assert stride.sector == "OPP"
    plain = "the work and pensions secretary, Liz Kendall, said so."
    kendall = actor_draft("Liz Kendall", "person", country="GBR", sector="GOV")
    kendall.mentions = [(plain.index("secretary"), plain.index(", said"))]
    shadow_titles([kendall], plain)
    assert kendall.sector == "GOV"
