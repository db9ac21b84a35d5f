"""Linking speakers to actors: by the mention the speaker stage chose, never
by name."""

from __future__ import annotations

import dataclasses

from whosaid.actors.model import ActorDraft
from whosaid.actors.speaker_links import link_speakers
from whosaid.records import Attribution, Span, Speaker

TEXT = "Anna Berg met Omar Haddad. Berg said it was fine."


def _draft(name: str, mentions: list[tuple[int, int]]) -> ActorDraft:
    return ActorDraft(
        key=("person", name.lower()),
        name=name,
        type="person",
        country=None,
        igo=None,
        sector=None,
        code=None,
        mentions=list(mentions),
    )


def _attribution(speaker: Speaker, source: tuple[int, int]) -> Attribution:
    return Attribution(
        id="t:a1",
        kind="indirect",
        source=(Span.of(TEXT, *source),),
        cue=(Span.of(TEXT, 32, 36),),
        content=(Span.of(TEXT, 37, 48),),
        speaker=speaker,
        confidence=1.0,
        method="test",
    )


def test_the_actor_holding_the_speakers_mention_and_the_source_joins_it() -> None:
    berg = _draft("Anna Berg", [(0, 9)])
    haddad = _draft("Omar Haddad", [(14, 25)])
    speaker = Speaker(name="Anna Berg", mention=Span.of(TEXT, 0, 9), resolved_by="name")
    (linked,) = link_speakers([berg, haddad], [_attribution(speaker, (27, 31))])
    assert linked is berg
    assert (27, 31) in berg.mentions


def test_a_name_alone_links_no_actor() -> None:
    # the speaker stage named "Anna Berg" but chose a mention no actor holds
    # (and the source holds none): no actor, rather than a join by name
    berg = _draft("Anna Berg", [(0, 9)])
    speaker = Speaker(
        name="Anna Berg", mention=Span.of(TEXT, 14, 25), resolved_by="name"
    )
    (linked,) = link_speakers([berg], [_attribution(speaker, (27, 31))])
    assert linked is None


def test_a_named_person_never_links_to_a_nameless_body_in_the_source() -> None:
    # "Anna Berg met Omar Haddad. The president said ...": the speaker stage
    # named Anna Berg through a mention no actor holds; the nameless
    # "President" made of the source's words is not her
    text_at = TEXT.index("Berg said")
    president = ActorDraft(
        key=("body", "USA", "", "GOV", "president"),
        name="President",
        type="person",
        country="USA",
        igo=None,
        sector="GOV",
        code=None,
        mentions=[(text_at, text_at + 4)],
    )
    speaker = Speaker(
        name="Anna Berg", mention=Span.of(TEXT, 14, 25), resolved_by="nominal"
    )
    (linked,) = link_speakers([president], [_attribution(speaker, (27, 31))])
    assert linked is None
    unnamed = Speaker(
        name=None, mention=Span.of(TEXT, 27, 31), resolved_by="unresolved"
    )
    (linked,) = link_speakers([president], [_attribution(unnamed, (27, 31))])
    assert linked is president


def test_an_unresolved_speaker_on_a_narrowed_mention_links_no_actor() -> None:
    # the source "met Omar Haddad" left unresolved on its head word "met"
    # (as "People" of "People close to X"): Omar Haddad is not the speaker
    haddad = _draft("Omar Haddad", [(14, 25)])
    head = Speaker(name=None, mention=Span.of(TEXT, 10, 13), resolved_by="unresolved")
    (linked,) = link_speakers([haddad], [_attribution(head, (10, 25))])
    assert linked is None
    # a whole-source unresolved mention still finds the actor in it
    whole = Speaker(name=None, mention=Span.of(TEXT, 10, 25), resolved_by="unresolved")
    (linked,) = link_speakers([haddad], [_attribution(whole, (10, 25))])
    assert linked is haddad


def test_a_joint_source_is_no_mention_of_its_first_speaker() -> None:
    # the first speaker resolved to an earlier mention ("Berg"), the joint
    # source "met Omar Haddad" holds the co-speaker: the first speaker's actor
    # must not take the source (Omar Haddad's mention would then find it)
    berg = _draft("Anna Berg", [(27, 31)])
    haddad = _draft("Omar Haddad", [(14, 25)])
    first = Speaker(name="Anna Berg", mention=Span.of(TEXT, 27, 31), resolved_by="name")
    co = Speaker(name="Omar Haddad", mention=Span.of(TEXT, 14, 25), resolved_by="name")
    joint = dataclasses.replace(_attribution(first, (10, 25)), co_speakers=(co,))
    (linked,) = link_speakers([berg, haddad], [joint])
    assert linked is berg
    assert berg.mentions == [(27, 31)]


def test_a_body_named_in_a_persons_title_is_never_the_person() -> None:
    from whosaid.actors.speaker_links import body_in_title

    # "Chief of Army Staff Ashok Raj Sigdel ... The army said": the speaker
    # stage's body "Army" on the title's word is not the titled person
    text = "Chief of Army Staff Anna Berg spoke. The army said it was fine."
    chief = _draft("Anna Berg", [(0, 29)])
    army = dataclasses.replace(
        _draft("Army", [(37, 45)]), key=("body", "army"), type="government"
    )
    speaker = Speaker(name="Army", mention=Span.of(text, 9, 13), resolved_by="nominal")
    assert body_in_title(speaker, chief)
    assert not body_in_title(speaker, army)
    person = Speaker(
        name="Anna Berg", mention=Span.of(text, 20, 29), resolved_by="name"
    )
    assert not body_in_title(person, chief)
    attribution = Attribution(
        id="t:a1",
        kind="indirect",
        source=(Span.of(text, 37, 45),),
        cue=(Span.of(text, 46, 50),),
        content=(Span.of(text, 51, 62),),
        speaker=speaker,
        confidence=1.0,
        method="test",
    )
    (linked,) = link_speakers([chief, army], [attribution])
    assert linked is army


def test_a_team_named_by_its_possessor_links_no_actor() -> None:
    text = "The bank held rates. The bank's board said it was fine."
    bank = dataclasses.replace(
        _draft("Central bank", [(0, 8), (21, 29)]), key=("body", "bank"), type="other"
    )
    speaker = Speaker(
        name="bank's board", mention=Span.of(text, 21, 35), resolved_by="nominal"
    )
    attribution = Attribution(
        id="t:a1",
        kind="indirect",
        source=(Span.of(text, 21, 35),),
        cue=(Span.of(text, 36, 40),),
        content=(Span.of(text, 41, 55),),
        speaker=speaker,
        confidence=1.0,
        method="test",
    )
    assert link_speakers([bank], [attribution]) == [None]


def test_a_person_behind_a_body_ner_glued_on_is_no_part_of_the_body() -> None:
    from whosaid.actors.speaker_links import person_behind_body

    # "Opposition Leader in the National Assembly Omar Khan alleged fraud."
    text = "Opposition Leader in the National Assembly Omar Khan alleged fraud."
    body = dataclasses.replace(
        _draft("National Assembly Omar Khan", [(21, 52)]), type="government"
    )
    person = Speaker(
        name="Omar Khan", mention=Span.of(text, 43, 52), resolved_by="name"
    )
    assert person_behind_body(person, body)
    assert not person_behind_body(person, _draft("Omar Khan", [(43, 52)]))
    assembly = Speaker(
        name="National Assembly", mention=Span.of(text, 25, 42), resolved_by="name"
    )
    assert not person_behind_body(assembly, body)
    attribution = Attribution(
        id="t:a1",
        kind="indirect",
        source=(Span.of(text, 0, 52),),
        cue=(Span.of(text, 53, 60),),
        content=(Span.of(text, 61, 66),),
        speaker=person,
        confidence=1.0,
        method="test",
    )
    assert link_speakers([body], [attribution]) == [None]
    # "Ukraine's Air Force" for the speaker "Air Force": a possessor, no body
    force = dataclasses.replace(
        _draft("Ukraine's Air Force", [(0, 19)]), type="military"
    )
    air = Speaker(name="Air Force", mention=Span.of(text, 0, 9), resolved_by="name")
    assert not person_behind_body(air, force)
