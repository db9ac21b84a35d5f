"""A speaker's name from the actors stage on unseen pages (issue #9,
holdout12): the speaker stage's name without the title chain or descriptor
NER kept in front renames an unknown actor, an Arabic name chain mends a cut
one, and a person found in the source who is not the named speaker is not the
speaker's actor."""

from __future__ import annotations

from tests.factories import make_actor, make_attribution

from whosaid.actors.linked_speaker_names import speaker_for_actor, untitled
from whosaid.actors.model import ActorDraft
from whosaid.actors.speaker_links import another_person, link_speakers
from whosaid.records import Span, Speaker


def _speaker(name: str, resolved_by: str = "appositive") -> Speaker:
    return Speaker(name=name, mention=None, resolved_by=resolved_by)  # type: ignore[arg-type]


def test_a_title_chain_or_descriptor_in_front_is_no_part_of_the_name() -> None:
    yener = make_actor(name="YSK Chair Ahmet Yener", type="other")
    assert untitled(_speaker("Ahmet Yener"), yener)
    edison = make_actor(name="Utility Southern California Edison", type="other")
    assert untitled(_speaker("Southern California Edison", "name"), edison)
    named, renamed = speaker_for_actor(_speaker("Ahmet Yener"), yener)
    assert named.name == renamed.name == "Ahmet Yener"


def test_a_cut_of_a_bodys_name_or_a_front_without_a_title_is_kept() -> None:
    office = make_actor(name="Prime Minister's Office", type="government")
    assert not untitled(_speaker("Minister's Office", "name"), office)
    place = make_actor(name="Ankara Jeff Flake", type="other")
    assert not untitled(_speaker("Jeff Flake"), place)  # no title in front


def test_a_name_chain_mends_the_actors_cut_name() -> None:
    cut = make_actor(name="Al Faisal", type="person")
    named, renamed = speaker_for_actor(_speaker("Abdulaziz bin Turki Al Faisal"), cut)
    assert named.name == renamed.name == "Abdulaziz bin Turki Al Faisal"


def test_another_person_in_the_source_is_not_the_speakers_actor() -> None:
    hasina = ActorDraft(
        ("person", "sheikh hasina"), "Sheikh Hasina", "person", "BGD", None, None, None
    )
    joy = _speaker("Sajeeb Wazed Joy", "name")
    assert another_person(joy, hasina)
    assert not another_person(_speaker("Hasina", "name"), hasina)
    text = "Sajeeb Wazed Joy, Hasina's son, said his mother would not return."
    source = Span.of(text, 0, text.index(" said"))
    mention = Span.of(text, 0, len("Sajeeb Wazed Joy"))
    hasina.mentions.append((text.index("Hasina"), text.index("Hasina") + 6))
    attribution = make_attribution(
        source=(source,),
        speaker=Speaker(name="Sajeeb Wazed Joy", mention=mention, resolved_by="name"),
    )
    assert link_speakers([hasina], [attribution]) == [None]


def test_a_joint_sources_fuller_body_name_renames_the_actor() -> None:
    # "Nippon Steel and US Steel said": the co-speaker "US Steel" (resolved
    # as a part of the joint source) over the actor's "Steel"
    steel = make_actor(name="Steel", type="company")
    named, renamed = speaker_for_actor(_speaker("US Steel"), steel)
    assert named.name == renamed.name == "US Steel"
    # a possessor in front is not a name word
    navy = make_actor(name="Navy", type="government")
    named, _ = speaker_for_actor(_speaker("Ukraine's Navy"), navy)
    assert named.name == "Navy"


def test_an_office_carries_its_possessors_code() -> None:
    from whosaid.actors.speaker_links import possessor_code

    text = "Deputy President Rigathi Gachagua fell ill. Gachagua's office said so."
    start = text.index("Gachagua's office")
    source = Span.of(text, start, start + len("Gachagua's office"))
    person = make_actor(
        name="Rigathi Gachagua",
        code="KENGOV",
        mentions=(Span.of(text, start, start + len("Gachagua")),),
    )
    office = Speaker(name=source.text, mention=source, resolved_by="unresolved")
    assert possessor_code(office, (source,), (person,)).code == "KENGOV"
    # a team acting for its possessor is no part of the possessor's office
    team = Speaker(name="Gachagua's lawyers", mention=source, resolved_by="unresolved")
    assert possessor_code(team, (source,), (person,)).code is None
