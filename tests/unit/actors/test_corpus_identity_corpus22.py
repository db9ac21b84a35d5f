"""One identity across a corpus (issue 9, corpus22): a state never renamed
by a capitalised word before it, an outlet's short name joined to its full
name, a headline word glued before a surname dropped."""

from __future__ import annotations

from whosaid.actors.grouping import group_mentions
from whosaid.actors.identity import (
    actor_identity,
    clean_person_name,
    identity_key,
    lower_case_body,
)
from whosaid.actors.linked_speaker_names import speaker_for_actor
from whosaid.actors.linking import link_people
from whosaid.actors.model import ActorDraft, ActorMention
from whosaid.actors.people import Office, People
from whosaid.actors.short_names import short_outlet_names
from whosaid.entities.name_genders import by_honorific, honorific_gender
from whosaid.records import Actor, Span, Speaker


def _people() -> People:
    people = People()
    people.extra_offices = {
        "Q76": [
            Office("USA", None, "GOV", "President", "2009-01-20", "2017-01-20", "t")
        ],
        "Q6294": [
            Office(
                "USA",
                None,
                "GOV",
                "Secretary of State",
                "2009-01-21",
                "2013-02-01",
                "t",
            )
        ],
    }
    people.add("Q76", "Barack Obama", ["barack obama"], True)
    people.add("Q6294", "Hillary Rodham Clinton", ["hillary clinton"], True)
    return people


def _draft(
    name: str,
    type: str,
    mentions: list[tuple[int, int]],
    sources: tuple[str, ...] = ("ner",),
) -> ActorDraft:
    return ActorDraft(
        key=(type, name.lower()),
        name=name,
        type=type,
        country="USA" if type == "media" else None,
        igo=None,
        sector=None,
        code=None,
        mentions=list(mentions),
        sources=list(sources),
    )


def test_an_outlets_short_name_joins_the_full_name_named_before_it() -> None:
    full = _draft("Tampa Bay Times", "media", [(10, 29)])
    short = _draft("Times", "media", [(80, 89), (120, 122)])
    out = short_outlet_names([full, short])
    assert out == [full]
    assert full.mentions == [(10, 29), (80, 89), (120, 122)]


def test_an_outlets_short_name_stays_when_two_outlets_end_so() -> None:
    ny = _draft("New York Times", "media", [(0, 14)])
    la = _draft("Los Angeles Times", "media", [(30, 47)])
    short = _draft("Times", "media", [(80, 89)])
    assert short_outlet_names([ny, la, short]) == [ny, la, short]


def test_an_outlets_short_name_before_the_full_name_stays() -> None:
    short = _draft("Times", "media", [(0, 9)])
    full = _draft("New York Times", "media", [(40, 54)])
    assert short_outlet_names([short, full]) == [short, full]


def test_a_body_short_name_is_no_outlets() -> None:
    """Only outlets: "the House" is never the White House."""
    white = _draft("White House", "government", [(0, 11)])
    house = _draft("House", "government", [(40, 49)])
    assert short_outlet_names([white, house]) == [white, house]


def _state(name: str) -> Actor:
    return Actor(
        id="a:actor1",
        name=name,
        type="state",
        country="MEX",
        igo=None,
        sector=None,
        code="MEX",
        roles=(),
        mentions=(Span(start=0, end=6, text="Mexico"),),
        source="countries.tsv",
    )


def test_a_word_before_a_states_name_never_renames_the_state() -> None:
    """ "Say Mexico demanded ...": "Say" opens the sentence, the state stays
    Mexico (the countries table names it)."""
    speaker = Speaker(
        name="Say Mexico",
        mention=Span(start=40, end=50, text="Say Mexico"),
        resolved_by="name",
    )
    named, actor = speaker_for_actor(speaker, _state("Mexico"))
    assert actor.name == "Mexico"
    assert named.name == "Mexico"


def test_a_headline_word_glued_before_a_surname_is_dropped() -> None:
    text = "Derelict Obama Has Failed Us\n\nObama said the plan worked."
    d = _draft("Derelict Obama", "person", [(0, 14), (30, 35)])
    link_people([d], _people(), "2016-09-22", text)
    assert (d.name, d.kb_id) == ("Barack Obama", "Q76")


def test_a_headline_word_before_a_surname_named_in_full_elsewhere() -> None:
    text = "PBS Moderators Ignore Obama Plan\n\nBarack Obama said it would work."
    d = _draft("Ignore Obama", "person", [(15, 27)])
    link_people([d], _people(), "2016-02-11", text)
    assert (d.name, d.kb_id) == ("Barack Obama", "Q76")


def test_a_given_name_before_a_surname_stays_a_person_of_its_own() -> None:
    """ "Michelle Obama" in a headline is no Barack Obama."""
    text = "Michelle Obama Speaks In Ohio Today\n\nObama said the plan worked."
    d = _draft("Michelle Obama", "person", [(0, 14)])
    link_people([d], _people(), "2016-09-22", text)
    assert d.kb_id is None and d.name == "Michelle Obama"


def _person(start: int, name: str, person_name: str) -> ActorMention:
    return ActorMention(
        start,
        start + len(name),
        ("person", person_name.lower()),
        name,
        "person",
        None,
        None,
        None,
        None,
        person_name=person_name,
    )


def test_an_honorific_never_joins_a_full_name_of_the_other_gender() -> None:
    """ "Ivanka Trump ... Mr. Trump said": Mr. Trump is not Ivanka Trump."""
    ivanka = _person(0, "Ivanka Trump", "Ivanka Trump")
    mr = _person(40, "Mr. Trump", "Trump")
    mrs = _person(80, "Ms. Trump", "Trump")
    drafts = group_mentions([ivanka, mr, mrs])
    by_name = {d.name: d.mentions for d in drafts}
    assert by_name["Ivanka Trump"] == [(0, 12), (80, 89)]
    assert by_name["Mr. Trump"] == [(40, 49)]


def test_a_lone_surname_without_an_honorific_joins_the_full_name() -> None:
    ivanka = _person(0, "Ivanka Trump", "Ivanka Trump")
    bare = _person(40, "Trump", "Trump")
    assert [d.mentions for d in group_mentions([ivanka, bare])] == [[(0, 12), (40, 45)]]


def test_a_contraction_remnant_opens_no_name() -> None:
    assert clean_person_name("’s Clinton") == "Clinton"
    assert clean_person_name("s Clinton") == "Clinton"
    assert clean_person_name("de Blasio") == "de Blasio"
    assert identity_key("’s Clinton") == "clinton"


def test_an_envoy_to_an_igo_links_to_their_own_states_entry() -> None:
    people = _people()
    people.extra_offices["Q311269"] = [
        Office(
            "USA", None, "GOV", "Ambassador to the United Nations", "2005", "2006", "t"
        )
    ]
    people.add("Q311269", "John R. Bolton", ["john bolton"], True)
    text = "Former U.N. Ambassador John Bolton said the deal was weak."
    d = _draft("John Bolton", "person", [(23, 34)])
    d.igo, d.country, d.roles = "UN", None, ["Former U.N. Ambassador"]
    link_people([d], people, "2016-09-22", text)
    assert (d.kb_id, d.country, d.igo) == ("Q311269", "USA", None)


def test_an_igo_official_without_an_envoys_title_keeps_the_igo() -> None:
    people = _people()
    people.extra_offices["Q311269"] = [
        Office(
            "USA", None, "GOV", "Ambassador to the United Nations", "2005", "2006", "t"
        )
    ]
    people.add("Q311269", "John R. Bolton", ["john bolton"], True)
    d = _draft("John Bolton", "person", [(0, 11)])
    d.igo, d.country, d.roles = "UN", None, ["U.N. official"]
    link_people([d], people, "2016-09-22", "John Bolton, a U.N. official, said so.")
    assert d.igo == "UN" and d.kb_id is None


def test_a_body_written_in_lower_case_is_bound_to_its_article() -> None:
    """Two articles' "police" are two forces, whatever case a sentence's
    start gives the word; names stay corpus-wide."""
    assert lower_case_body("government", ["Police", "police", "the police", "they"])
    assert lower_case_body("company", ["the company", "it"])
    assert not lower_case_body("government", ["Police"])  # never in lower case
    assert not lower_case_body("government", ["the Obama administration"])
    assert not lower_case_body("government", ["Congress", "it"])
    assert not lower_case_body("person", ["officials", "they"])
    assert not lower_case_body("media", ["it"])
    assert actor_identity(
        "Police", "government", "USA", None, article="a1", common_noun=True
    ) == ("name:police|USA@a1")


def test_an_honorific_narrows_the_full_names_a_surname_completes() -> None:
    text = "Ivanka Trump spoke. Mr. Trump said so. Ms. Trump agreed. Trump left."
    index = {"trump": [(0, "Ivanka Trump")]}
    assert by_honorific(text, text.index("Trump said"), "trump", index) == {"trump": []}
    assert by_honorific(text, text.index("Mr. Trump"), "trump", index) == {"trump": []}
    assert by_honorific(text, text.index("Trump agreed"), "trump", index) is index
    assert by_honorific(text, text.index("Trump left"), "trump", index) is index
    assert honorific_gender(text, text.index("Trump said")) == "m"


def test_a_determiner_at_a_sentences_start_makes_no_name() -> None:
    assert lower_case_body("government", ["Police", "The police"])
    assert not lower_case_body("government", ["The Fed", "the Fed"])
