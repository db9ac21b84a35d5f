"""Actors linked to the people tables: surnames NER took for bodies,
headline words glued to a name, words before a full name, and the full name
a lone surname joins."""

from __future__ import annotations

import dataclasses

from whosaid.actors.grouping import group_mentions
from whosaid.actors.linking import (
    link_people,
    surname_evidence,
    surnames_as_people,
)
from whosaid.actors.model import ActorDraft, ActorMention
from whosaid.actors.people import Link, Office, People, Person
from whosaid.actors.speaker_links import speaker_person
from whosaid.records import Span, Speaker


def _people() -> People:
    people = People()
    people.extra_offices = {
        "Q22686": [
            Office("USA", None, "GOV", "President", "2017-01-20", "2021-01-20", "t")
        ],
        "Q76": [
            Office("USA", None, "GOV", "President", "2009-01-20", "2017-01-20", "t")
        ],
    }
    people.add("Q22686", "Donald Trump", ["donald trump"], True)
    people.add("Q76", "Barack Obama", ["barack obama"], True)
    return people


def _draft(
    name: str, type: str, mentions: list[tuple[int, int]], sources: list[str]
) -> ActorDraft:
    return ActorDraft(
        key=(type, name.lower()),
        name=name,
        type=type,
        country=None,
        igo=None,
        sector=None,
        code=None,
        mentions=list(mentions),
        sources=list(sources),
    )


def test_a_bare_surname_typed_as_a_body_joins_the_person() -> None:
    text = "Trump said it. Trump fans cheered. Donald Trump spoke."
    body = _draft("Trump", "other", [(0, 5), (15, 25)], ["ner"])
    person = _draft("Donald Trump", "person", [(35, 47)], ["ner"])
    out = surnames_as_people([body, person], _people(), "2016-05-01", text)
    assert person.mentions == [(35, 47), (0, 5)]
    assert body in out and body.mentions == [(15, 25)]  # "Trump fans" stays


def test_a_bare_surname_of_a_head_becomes_a_person_of_its_own() -> None:
    text = "Trump said it."
    body = _draft("Trump", "government", [(0, 5)], ["ner"])
    out = surnames_as_people([body], _people(), "2016-05-01", text)
    assert [(d.name, d.type, d.mentions) for d in out] == [
        ("Trump", "person", [(0, 5)])
    ]
    # no head of that surname: left alone
    other = _draft("Smith", "government", [(0, 5)], ["ner"])
    assert surnames_as_people([other], _people(), "2016-05-01", "Smith") == [other]


def test_a_headline_glued_to_a_name_is_dropped_when_its_prefix_links() -> None:
    text = "Obama Backs Clinton in Ohio.\n\nObama said the race was close."
    d = _draft("Obama Backs Clinton", "person", [(0, 19), (29, 34)], ["ner"])
    link_people([d], _people(), "2016-10-10", text)
    assert (d.name, d.kb_id) == ("Barack Obama", "Q76")


def test_a_name_in_a_body_sentence_keeps_its_words() -> None:
    text = "Obama Backs Clinton said it was fine."
    d = _draft("Obama Backs Clinton", "person", [(0, 19)], ["ner"])
    link_people([d], _people(), "2016-10-10", text)
    assert (d.name, d.kb_id) == ("Obama Backs Clinton", None)


def test_a_word_before_a_full_name_is_dropped_unless_a_first_name() -> None:
    text = "Certainly Donald Trump said so. Maria Donald Trump too."
    d = _draft("Certainly Donald Trump", "person", [(0, 22)], ["ner"])
    link_people([d], _people(), "2016-10-10", text)
    assert d.kb_id == "Q22686"
    e = _draft("Maria Donald Trump", "person", [(32, 50)], ["ner"])
    link_people([e], _people(), "2016-10-10", text)
    assert e.kb_id is None


def _person(start: int, name: str) -> ActorMention:
    return ActorMention(
        start,
        start + len(name),
        ("person", name.lower()),
        name,
        "person",
        None,
        None,
        None,
        None,
        person_name=name,
    )


def test_a_lone_surname_joins_the_one_known_full_name() -> None:
    mentions = [
        _person(0, "Donald J. Trump"),
        _person(30, "Freddy Trump"),
        _person(60, "Trump"),
    ]
    known = {"Donald J. Trump"}.__contains__
    drafts = group_mentions(mentions, known)
    by_name = {d.name: d.mentions for d in drafts}
    assert by_name["Donald J. Trump"] == [(0, 15), (60, 65)]
    # without knowledge: the latest full name before it
    drafts = group_mentions(mentions)
    assert {d.name: d.mentions for d in drafts}["Freddy Trump"] == [(30, 42), (60, 65)]


def test_team_before_a_surname_is_a_campaign() -> None:
    d = _draft("Team Clinton", "person", [(0, 12)], ["ner"])
    link_people([d], _people(), "2016-10-10", "Team Clinton said so.")
    assert (d.type, d.kb_id) == ("other", None)


def test_a_speaker_no_actor_holds_becomes_a_person() -> None:
    text = "Ivanka Trump spoke. She said so."
    speaker = Speaker(
        name="Ivanka Trump",
        mention=Span(start=0, end=12, text="Ivanka Trump"),
        resolved_by="pronoun",
    )
    draft = speaker_person(speaker, text)
    assert draft is not None and (draft.type, draft.mentions) == ("person", [(0, 12)])
    unresolved = dataclasses.replace(speaker, resolved_by="unresolved")
    assert speaker_person(unresolved, text) is None
    assert speaker_person(dataclasses.replace(speaker, name="the crowd"), text) is None


def test_a_head_in_office_keeps_their_country_by_surname_alone() -> None:
    d = _draft("Obama", "person", [(0, 5)], ["ner"])
    d.country = "CHN"  # a nearby word's country
    link_people([d], _people(), "2015-06-01", "Obama said so.")
    assert (d.kb_id, d.country) == ("Q76", "USA")
    e = _draft("Obama", "person", [(0, 5)], ["ner"])
    e.country = "CHN"
    link_people([e], _people(), "2019-06-01", "Obama said so.")  # former: the text wins
    assert (e.kb_id, e.country) == (None, "CHN")


def _titled(name: str, roles: list[str], sector: str | None) -> ActorDraft:
    return ActorDraft(
        key=("person", name.lower()),
        name=name,
        type="person",
        country=None,
        igo=None,
        sector=sector,
        code=None,
        roles=roles,
        mentions=[(0, len(name))],
    )


def _state(code: str, mentions: int) -> ActorDraft:
    return ActorDraft(
        key=("state", code),
        name=code,
        type="state",
        country=code,
        igo=None,
        sector=None,
        code=None,
        mentions=[(k, k + 1) for k in range(mentions)],
    )


def _link(country: str, office: str, *, former: bool = False) -> Link:
    person = Person("Q1", "Boris Johnson", ())
    return Link(person, Office(country, None, None, office, "", "", "t"), former)


def test_a_bare_surname_names_a_head_out_of_office_only_with_evidence() -> None:
    future = _link("GBR", "")  # a head to be: a candidate's link
    former = _link("GBR", "Prime Minister", former=True)
    current = _link("GBR", "Prime Minister")
    assert not surname_evidence("Johnson", future, {"USA"})
    assert not surname_evidence("Johnson", former, set())
    assert surname_evidence("Johnson", future, {"GBR", "USA"})
    assert surname_evidence("Johnson", current, set())
    assert surname_evidence("Boris Johnson", future, set())
    assert surname_evidence("Johnson", future, None)


def test_a_full_name_inside_a_headline_fragment_links() -> None:
    people = _people()
    fragment = _titled("Condemn Donald Trump’s Muslim Ban", [], None)
    link_people([fragment], people, "2017-03-01")
    assert (fragment.kb_id, fragment.name) == ("Q22686", "Donald Trump")
    junior = _titled("Certainly Donald Trump Jr.", [], None)
    link_people([junior], people, "2017-03-01")
    assert junior.kb_id is None


def test_a_country_the_text_gives_is_evidence_for_a_former_head() -> None:
    people = _people()
    bare = _titled("Obama", [], None)
    link_people([bare], people, "2019-06-01", "Obama said", set())
    assert bare.kb_id is None  # a former head, no country named
    american = _titled("Obama", [], None)
    american.country = "USA"  # "the American ... Obama"
    link_people([american], people, "2019-06-01", "Obama said", set())
    assert american.kb_id == "Q76"


def test_figures_glued_to_a_name_are_dropped_before_linking() -> None:
    people = _people()
    glued = _titled("Donald Trump 384", [], None)
    link_people([glued], people, "2017-03-01", "Donald Trump 384, Ted Cruz 300")
    assert (glued.kb_id, glued.name) == ("Q22686", "Donald Trump")


def test_a_full_name_in_the_text_stays_the_linked_persons_name() -> None:
    from whosaid.actors.linking import _label_names_better

    # a surname alone takes the table's label
    assert _label_names_better("Trump", "Donald Trump")
    # the article's own full name stays
    assert not _label_names_better("Raila Odinga", "Raila A Odinga")
    assert not _label_names_better("Shunichi Suzuki", "Shun'ichi Suzuki")
    # a cut name ("de Tambèla") or another surname takes the label
    assert _label_names_better("de Tambèla", "Apollinaire Kyélem de Tambèla")
    assert _label_names_better("Donald Trump 384", "Donald Trump")
    assert _label_names_better("Chris] Christie", "Chris Christie")
    assert _label_names_better("Paul D. Ryan", "Paul Ryan")
    assert not _label_names_better("Bernie Sanders", "Bernard Sanders")
    # a Spanish name the article gives without the mother's surname stays
    assert not _label_names_better("José Manuel Albares", "José Manuel Albares Bueno")
    # a label that is no full name never replaces
    assert not _label_names_better("Madonna", "Madonna")


def test_things_named_after_a_known_person_are_no_persons() -> None:
    import spacy

    from whosaid.actors.linking import things_named_after_people

    text = "Donald Trump opened Trump Tower. Vivian Wang wrote that Wang Yi spoke."
    doc = spacy.blank("en")(text)
    known = {"Donald Trump", "Vivian Wang", "Wang Yi"}.__contains__

    def person(name: str) -> ActorDraft:
        s = text.index(name)
        return _draft(name, "person", [(s, s + len(name))], ["ner"])

    drafts = [person(n) for n in ("Donald Trump", "Trump Tower", "Vivian Wang")]
    drafts.append(person("Wang Yi"))
    things_named_after_people(drafts, doc, known)
    assert [d.type for d in drafts] == ["person", "other", "person", "person"]
    assert drafts[1].sector is None and "named after a person" in drafts[1].sources


def test_a_party_and_a_us_lawmakers_title_make_a_lawmaker() -> None:
    from whosaid.actors.us_lawmakers import us_lawmakers

    text = "Democratic Sen. Claire McCaskill said no. Pence (R-IN) said yes."
    sen = _draft("Claire McCaskill", "person", [(0, 32)], ["title"])
    sen.country, sen.sector = "USA", "PTY"
    tagged = _draft("Mike Pence", "person", [(42, 47)], ["title"])
    tagged.country, tagged.sector = "USA", "PTY"  # a nominee: the tag alone
    us_lawmakers([sen, tagged], text)
    assert (sen.sector, tagged.sector) == ("LEG", "PTY")


def test_a_titled_person_takes_the_country_their_paragraph_named() -> None:
    from whosaid.actors.article_country import PARAGRAPH_COUNTRY, paragraph_country

    def person(roles: list[str], context: str | None) -> ActorDraft:
        d = _titled("Steffen Hebestreit", roles, "GOV")
        d.context_country = context
        return d

    spokesman = person(["Government spokesman"], "DEU")
    foreign = person(["UN envoy"], "DEU")  # an international title
    nowhere = person(["Government spokesman"], None)
    paragraph_country([spokesman, foreign, nowhere], None)
    assert (spokesman.country, spokesman.sources) == ("DEU", [PARAGRAPH_COUNTRY])
    assert foreign.country is None and nowhere.country is None


def test_initials_before_a_linked_name_are_name_parts() -> None:
    from whosaid.actors.name_forms import initials_of

    label = "Khadga Prasad Sharma Oli"
    assert initials_of(["KP"], label, "Sharma Oli")
    assert initials_of(["K.", "P."], label, "Sharma Oli")
    assert initials_of(["Khadga", "Prasad"], label, "Sharma Oli")
    assert not initials_of(["Certainly"], label, "Sharma Oli")
    assert not initials_of(["KB"], label, "Sharma Oli")
    assert not initials_of(["KP"], "Sharma Oli", "Sharma Oli")  # nothing left out


def test_another_given_name_before_a_linked_surname_run() -> None:
    from whosaid.actors.name_forms import other_given_name

    label = "Alan Garcia Perez"
    assert other_given_name("Iratxe", label, "García Pérez")
    assert not other_given_name("Alan", label, "García Pérez")  # his own
    assert not other_given_name("President", label, "García Pérez")  # a title
    assert not other_given_name("leader", label, "García Pérez")  # lower case
    assert not other_given_name("PTI", label, "García Pérez")  # an acronym
    assert not other_given_name("Iratxe", "Garcia Perez", "García Pérez")  # whole
