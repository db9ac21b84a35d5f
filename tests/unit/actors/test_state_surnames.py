"""A person whose surname is a state's name is never that state (issue #9,
codes34: "Prime Minister Luís Montenegro" was coded MNE)."""

from __future__ import annotations

from whosaid.actors.model import ActorDraft
from whosaid.actors.state_surnames import ends_with_state, person_for_state_surname


def _draft(name: str, kind: str, country: str | None) -> ActorDraft:
    return ActorDraft(
        (kind, name.lower()),
        name,
        kind,
        country,
        None,
        "GOV" if kind == "person" else None,
        None,
        [],
        [(0, len(name))],
        [],
    )


def test_a_state_ending_a_persons_name_gives_way_to_the_person() -> None:
    state = _draft("Montenegro", "state", "MNE")
    person = _draft("Antonio Luis Montenegro", "person", "PRT")
    found = person_for_state_surname("Luís Montenegro", state, [state, person])
    assert found is person
    assert person.name == "Luís Montenegro"  # the text's name


def test_no_person_of_that_surname_keeps_the_state() -> None:
    state = _draft("Jordan", "state", "JOR")
    assert person_for_state_surname("Jim Jordan", state, [state]) is state


def test_a_state_named_alone_or_another_actor_stays() -> None:
    state = _draft("Montenegro", "state", "MNE")
    assert person_for_state_surname("Montenegro", state, [state]) is state
    body = _draft("Council", "government", "MNE")
    assert person_for_state_surname("Luís Montenegro", body, [body]) is body
    assert not ends_with_state("Montenegro Smith", state)
