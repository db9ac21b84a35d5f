"""A person titled by the organisation named before the title (codes25)."""

from __future__ import annotations

from tests.factories import actor_draft

from whosaid.actors.title_orgs import org_before_title, title_gap, title_orgs


def _at(name: str, type_: str, text: str, sub: str, **kw: object):  # type: ignore[no-untyped-def]
    d = actor_draft(name, type_, **kw)  # type: ignore[arg-type]
    s = text.index(sub)
    d.mentions = [(s, s + len(sub))]
    return d


def test_title_orgs_title_gap_shapes() -> None:
    assert title_gap(" ")
    assert title_gap(" president, ")
    assert title_gap("’s president, ")
    assert title_gap(" co-leaders ")
    assert not title_gap(" said spokesman ")
    assert not title_gap(" and ")
    assert not title_gap(" met Friday with ")


def test_title_orgs_the_organisation_named_before_the_title() -> None:
    text = '"No," the TLC president, Jo Ade, said.'
    union = _at("TLC", "other", text, "TLC", country="RUR", sector="LAB")
    ade = _at("Jo Ade", "person", text, "Jo Ade", sources=["ner"])
    title_orgs([union, ade], text)
    assert (ade.sector, ade.country) == ("LAB", "RUR")
    # a title inside the person's mention, the organisation right before it
    text = "TLC president, Jo Ade, said no."
    union = _at("TLC", "other", text, "TLC", country="RUR", sector="LAB")
    ade = _at("Jo Ade", "person", text, "president, Jo Ade", sector="GOV")
    ade.sources, ade.roles = ["title"], ["president"]
    title_orgs([union, ade], text)
    assert (ade.sector, ade.country) == ("LAB", "RUR")


def test_title_orgs_a_possessive_noun_stands_for_the_latest_fitting_body() -> None:
    text = (
        "The Tile Workers Union struck. The ministry said no. "
        "The union's president, Jo Ade, said yes."
    )
    union = _at("Tile Workers Union", "other", text, "Tile Workers Union", sector="LAB")
    union.country = "RUR"
    ministry = _at("ministry", "government", text, "ministry", sector="GOV")
    ade = _at("Jo Ade", "person", text, "president, Jo Ade", sector="GOV")
    ade.sources, ade.roles = ["title"], ["president"]
    title_orgs([union, ministry, ade], text)
    assert (ade.sector, ade.country) == ("LAB", "RUR")


def test_title_orgs_leaves_known_people_and_far_bodies_alone() -> None:
    text = "TLC president, Jo Ade, said no."
    union = _at("TLC", "other", text, "TLC", country="RUR", sector="LAB")
    ade = _at("Jo Ade", "person", text, "president, Jo Ade", sector="GOV", kb_id="Q1")
    ade.sources = ["people.tsv"]
    title_orgs([union, ade], text)
    assert ade.sector == "GOV"
    text = "TLC met on Friday with Jo Ade, who said no."
    union = _at("TLC", "other", text, "TLC", sector="LAB")
    ade = _at("Jo Ade", "person", text, "Jo Ade", sources=["ner"])
    assert org_before_title([union], text, ade.mentions[0][0]) is None
