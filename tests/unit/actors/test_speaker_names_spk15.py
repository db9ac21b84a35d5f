"""A speaker's name from the actors stage (issue #9): an unresolved body keeps
the words the text calls it by over an actor named by one of them, and a
person the speaker stage named keeps their own actor when the actors stage
gave the shared surname to a namesake."""

from __future__ import annotations

from tests.factories import make_actor

from whosaid.actors.linked_speaker_names import (
    fuller_name,
    own_words,
    speaker_for_actor,
)
from whosaid.actors.model import ActorDraft
from whosaid.actors.speaker_links import link_speakers, namesake
from whosaid.records import Attribution, Span, Speaker


def test_the_phrase_wins_over_a_fragment_of_it() -> None:
    assert fuller_name("Ministry", "railway ministry") == "railway ministry"
    assert fuller_name("Officials", "county officials") == "county officials"
    assert (
        fuller_name("Workers", "transport workers' union") == "transport workers' union"
    )
    # after a possessor, the words that name the body
    assert fuller_name("Department", "city's water department") == "water department"


def test_a_canonical_name_an_issued_thing_or_a_clause_keeps_the_actor_name() -> None:
    assert fuller_name("Russian Foreign Ministry", "ministry") is None
    assert fuller_name("Electoral Commission", "city's electoral commission") is None
    assert fuller_name("World Bank", "World Bank figures") is None  # its figures
    assert fuller_name("Court", "court documents") is None
    assert (
        fuller_name("House Committee", "summary released by the House Committee")
        is None
    )
    assert fuller_name("Ministry", "Ministry") is None


def test_own_words_are_an_unresolved_speakers_without_the_article() -> None:
    unresolved = Speaker(
        name="the railway ministry", mention=None, resolved_by="unresolved"
    )
    assert own_words(unresolved) == "railway ministry"
    named = Speaker(name="Railway Ministry", mention=None, resolved_by="name")
    assert own_words(named) is None
    assert own_words(Speaker(name=None, mention=None, resolved_by="unresolved")) is None


def test_speaker_for_actor_renames_a_fragment_actor() -> None:
    text = "Trains resumed, the railway ministry said."
    start = text.index("the railway")
    mention = Span.of(text, start, start + len("the railway ministry"))
    speaker = Speaker(name=mention.text, mention=mention, resolved_by="unresolved")
    actor = make_actor(
        name="Ministry", type="government", mentions=(mention,), code="BGDGOV"
    )
    named, renamed = speaker_for_actor(speaker, actor, (mention,))
    assert named.name == renamed.name == "railway ministry"
    assert named.code == "BGDGOV"
    # a resolved speaker is named by its actor as before
    resolved = Speaker(name="Ministry", mention=mention, resolved_by="nominal")
    named, kept = speaker_for_actor(resolved, actor, (mention,))
    assert named.name == kept.name == "Ministry"


TEXT = "Sara Duterte was impeached. Rodrigo Duterte spoke. Duterte herself said no."


def _person(name: str, mentions: list[tuple[int, int]]) -> ActorDraft:
    return ActorDraft(
        key=("person", name.lower()), name=name, type="person", country=None,
        igo=None, sector=None, code=None, mentions=list(mentions),
    )  # fmt: skip


def test_a_namesake_gives_way_to_the_person_the_speaker_stage_named() -> None:
    sara = _person("Sara Duterte", [(0, 12)])
    bare = TEXT.index("Duterte herself")
    rodrigo = _person("Rodrigo Duterte", [(28, 43), (bare, bare + 7)])
    speaker = Speaker(
        name="Sara Duterte",
        mention=Span.of(TEXT, bare, bare + 7),
        resolved_by="pronoun",
    )
    assert namesake(speaker, rodrigo, [sara, rodrigo]) is sara
    said = TEXT.index("said")
    attribution = Attribution(
        id="t:a1",
        kind="indirect",
        source=(Span.of(TEXT, bare, bare + 15),),
        cue=(Span.of(TEXT, said, said + 4),),
        content=(Span.of(TEXT, said + 5, said + 7),),
        speaker=speaker,
        confidence=1.0,
        method="test",
    )
    (linked,) = link_speakers([sara, rodrigo], [attribution])
    assert linked is sara


def test_no_namesake_without_a_full_name_or_with_another_surname() -> None:
    sara = _person("Sara Duterte", [(0, 12)])
    rodrigo = _person("Rodrigo Duterte", [(28, 43)])
    short = Speaker(name="Duterte", mention=None, resolved_by="name")
    assert namesake(short, rodrigo, [sara, rodrigo]) is rodrigo
    other = Speaker(name="Sara Cruz", mention=None, resolved_by="name")
    assert namesake(other, rodrigo, [sara, rodrigo]) is rodrigo
    same = Speaker(name="Rodrigo Duterte", mention=None, resolved_by="name")
    assert namesake(same, rodrigo, [sara, rodrigo]) is rodrigo


def test_people_named_by_a_common_noun_take_the_phrase_but_a_person_never() -> None:
    text = "Clinics were busy, county officials said. Officer Ann Lee said so."
    start = text.index("county")
    mention = Span.of(text, start, start + len("county officials"))
    inner = Span.of(text, start + 7, start + len("county officials"))
    speaker = Speaker(name=mention.text, mention=mention, resolved_by="unresolved")
    group = make_actor(name="Officials", type="person", mentions=(inner,), code="GOV")
    named, _ = speaker_for_actor(speaker, group, (mention,))
    assert named.name == "county officials" and named.code == "GOV"
    lee = text.index("Ann Lee")
    person = make_actor(
        name="Lee", type="person", mentions=(Span.of(text, lee + 4, lee + 7),)
    )
    phrase = Span.of(text, lee - 8, lee + 7)
    odd = Speaker(name="officer Ann Lee", mention=phrase, resolved_by="unresolved")
    named, _ = speaker_for_actor(odd, person, (phrase,))
    assert named.name == "Lee"  # a named person keeps the actor's name


def test_a_nameless_body_of_the_source_takes_the_name_the_stage_resolved() -> None:
    from whosaid.actors.speaker_links import names_nameless

    chief = ActorDraft(
        key=("body", "", "", "MIL", "army chief"), name="Army chief", type="person",
        country=None, igo=None, sector="MIL", code="MIL", mentions=[(0, 14)],
    )  # fmt: skip
    nominal = Speaker(name="Waker-Uz-Zaman", mention=None, resolved_by="nominal")
    assert names_nameless(nominal, chief)
    # a name of its own, an unresolved source or a named actor: no
    unresolved = Speaker(name="the army chief", mention=None, resolved_by="unresolved")
    assert not names_nameless(unresolved, chief)
    assert not names_nameless(
        Speaker(name="x", mention=None, resolved_by="pronoun"), chief
    )
    assert not names_nameless(nominal, _person("Anna Berg", [(0, 9)]))


def test_a_definite_body_is_named_by_its_own_words() -> None:
    from whosaid.actors.unlinked_speaker_names import definite_body, unlinked_speaker

    def body(name: str, how: str = "unresolved") -> str | None:
        return definite_body(Speaker(name=name, mention=None, resolved_by=how))

    assert body("The government") == "government"
    assert body("the electoral office") == "electoral office"
    assert body("the intersyndicale", "nominal") == "intersyndicale"  # its statement
    assert body("the articles of impeachment") == "articles of impeachment"
    # a person, a document, a plural, a possessor, a name, a resolved name: no
    for name in (
        "the spokesman", "the official", "the statement", "the protesters",
        "the head of state", "the city's office", "The Coalition", "government",
    ):  # fmt: skip
        assert body(name) is None, name
    assert body("the government", "name") is None
    text = "Turnout was 61 percent, the electoral office said."
    start = text.index("the electoral")
    mention = Span.of(text, start, start + len("the electoral office"))
    speaker = Speaker(name=mention.text, mention=mention, resolved_by="unresolved")
    named = unlinked_speaker(speaker, places=(), things=(), source=(mention,))
    assert named.name == "electoral office" and named.resolved_by == "unresolved"


def test_a_partys_lawmakers_are_members_not_the_party() -> None:
    from whosaid.actors.party_members import party_as_modifier

    text = "Democratic lawmakers said they would act."
    party = ActorDraft(
        key=("party", "democratic party"), name="Democratic Party", type="party",
        country="USA", igo=None, sector="PTY", code="USAPTY", mentions=[(0, 20)],
    )  # fmt: skip
    assert party_as_modifier(party, Span.of(text, 0, 20))
    leaders = "Labour said it would act."
    labour = ActorDraft(
        key=("party", "labour party"), name="Labour Party", type="party",
        country="GBR", igo=None, sector="PTY", code="GBRPTY", mentions=[(0, 6)],
    )  # fmt: skip
    assert not party_as_modifier(labour, Span.of(leaders, 0, 6))  # the party
