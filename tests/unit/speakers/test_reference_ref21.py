"""Session 13 (ref21) reference rules: a named spokesman keeps "he said"
from the body he speaks for; "his spokesperson" is the pronoun's person;
"the UN chief" is the person heading the body; a lead's "The governor" is
the governor named below it; "it said" after a person's press service is
that person; "X said …, according to agency Y" is X's."""

from __future__ import annotations

import spacy
from tests.factories import make_attribution, parsed_doc, span

from whosaid.entities.quote_ranges import Ranges
from whosaid.speakers.definites import body_head
from whosaid.speakers.mentions import build_index
from whosaid.speakers.model import Discourse, Entity, Event
from whosaid.speakers.relayed import relayed_source
from whosaid.speakers.resolve import resolve_speakers
from whosaid.speakers.salience import (
    _salient,
    titled_subject_after,
)

VOCAB = spacy.blank("en").vocab


def _person(name: str, *titles: str) -> Entity:
    return Entity(name=name, kind="person", start=0, end=0, titles=set(titles))


def _event(
    start: int,
    entity: Entity,
    *,
    end: int | None = None,
    subject: bool = False,
    speaker: bool = False,
) -> Event:
    return Event(
        start=start,
        end=start + 5 if end is None else end,
        entity=entity,
        subject=subject,
        speaker=speaker,
        masked=False,
    )


def _he(ds: Discourse, pos: int) -> str | None:
    found = _salient(ds, pos, lambda e: e.kind == "person", Ranges(()))
    return found.name if found else None


def test_a_subject_inside_the_speakers_own_source_never_wins() -> None:
    # "Jon Doe, the spokesman of the Front (who led its team), said …  he said"
    doe, front = _person("Jon Doe"), _person("Union Front")
    ds = Discourse(
        events=[
            _event(0, doe, end=90, speaker=True, subject=True),
            _event(20, front, subject=True),
        ]
    )
    assert _he(ds, 200) == "Jon Doe"


def test_a_subject_after_the_speakers_source_still_wins() -> None:
    doe, roe = _person("Jon Doe"), _person("Ann Roe")
    ds = Discourse(
        events=[
            _event(0, doe, end=40, speaker=True, subject=True),
            _event(100, roe, subject=True),
        ]
    )
    assert _he(ds, 200) == "Ann Roe"


def test_the_un_chief_is_the_person_heading_the_un_named_later() -> None:
    envoy = _person("Tom Hale", "un", "envoy")
    chief = _person("Ann Roe", "un", "secretary", "general")
    ds = Discourse(events=[_event(500, envoy), _event(900, chief, subject=True)])
    found = body_head(ds, 10, "chief", ["UN"])
    assert found is chief
    # no head of that body: nobody
    assert body_head(ds, 10, "chief", ["WHO"]) is None
    # a role noun that says no head of a body
    assert body_head(ds, 10, "spokesman", ["UN"]) is None


def test_a_leads_governor_is_the_titled_subject_named_below() -> None:
    mayor = _person("Eric Vale", "mayor")
    governor = _person("Kate Hale", "gov")
    ds = Discourse(
        events=[
            _event(300, mayor, subject=True),
            _event(800, governor, subject=True),
        ]
    )
    assert titled_subject_after(ds, 10, "governor") is governor
    # beyond the reach, or a mere mention, is nobody
    assert titled_subject_after(ds, 10, "senator") is None
    ds = Discourse(events=[_event(800, governor)])
    assert titled_subject_after(ds, 10, "governor") is None
    # a lesser or past holder of the role is not it
    vice = _person("Tom Hale", "vice", "president")
    ds = Discourse(events=[_event(300, vice, subject=True)])
    assert titled_subject_after(ds, 10, "president") is None


SPOKESPERSON = [
    ("Ann", "PROPN", "NNP", "compound", 1),
    ("Lee", "PROPN", "NNP", "nsubj", 2),
    ("said", "VERB", "VBD", "ROOT", 2),
    ("talks", "NOUN", "NNS", "nsubj", 4),
    ("ended", "VERB", "VBD", "ccomp", 2),
    (".", "PUNCT", ".", "punct", 2),
    ("Peace", "NOUN", "NN", "nsubj", 8),
    ("will", "AUX", "MD", "aux", 8),
    ("hold", "VERB", "VB", "ccomp", 12),
    (",", "PUNCT", ",", "punct", 12),
    ("her", "PRON", "PRP$", "poss", 11),
    ("spokesperson", "NOUN", "NN", "nsubj", 12),
    ("said", "VERB", "VBD", "ROOT", 12),
    (".", "PUNCT", ".", "punct", 12),
]


def test_her_spokesperson_speaks_for_the_person_her_refers_to() -> None:
    doc = parsed_doc(VOCAB, SPOKESPERSON, ents=[(0, 2, "PERSON")])
    text = doc.text
    first = make_attribution(
        id="a1",
        kind="indirect",
        source=(span(text, "Ann Lee"),),
        cue=(span(text, "said"),),
        content=(span(text, "talks ended"),),
    )
    second = make_attribution(
        id="a2",
        kind="indirect",
        source=(span(text, "her spokesperson"),),
        cue=(span(text, "said", 1),),
        content=(span(text, "Peace will hold"),),
    )
    _, resolved = resolve_speakers(doc, [first, second])
    assert resolved.speaker is not None
    assert resolved.speaker.name == "Ann Lee"


PRESS_SERVICE = [
    ("The", "DET", "DT", "det", 2),
    ("press", "NOUN", "NN", "compound", 2),
    ("service", "NOUN", "NN", "nsubj", 7),
    ("of", "ADP", "IN", "prep", 2),
    ("President", "PROPN", "NNP", "compound", 6),
    ("Ivan", "PROPN", "NNP", "compound", 6),
    ("Petrov", "PROPN", "NNP", "pobj", 3),
    ("said", "VERB", "VBD", "ROOT", 7),
    ("talks", "NOUN", "NNS", "nsubj", 9),
    ("ended", "VERB", "VBD", "ccomp", 7),
    (".", "PUNCT", ".", "punct", 7),
    ("It", "PRON", "PRP", "nsubj", 12),
    ("said", "VERB", "VBD", "ROOT", 12),
    ("peace", "NOUN", "NN", "nsubj", 14),
    ("held", "VERB", "VBD", "ccomp", 12),
    (".", "PUNCT", ".", "punct", 12),
]


def test_it_after_a_persons_press_service_is_that_person() -> None:
    doc = parsed_doc(VOCAB, PRESS_SERVICE, ents=[(5, 7, "PERSON")])
    text = doc.text
    first = make_attribution(
        id="a1",
        kind="indirect",
        source=(span(text, "The press service of President Ivan Petrov"),),
        cue=(span(text, "said"),),
        content=(span(text, "talks ended"),),
    )
    second = make_attribution(
        id="a2",
        kind="indirect",
        source=(span(text, "It"),),
        cue=(span(text, "said", 1),),
        content=(span(text, "peace held"),),
    )
    before, resolved = resolve_speakers(doc, [first, second])
    assert before.speaker is not None and before.speaker.name == "Ivan Petrov"
    assert resolved.speaker is not None
    assert resolved.speaker.name == "Ivan Petrov"


ACCORDING = [
    ("Minister", "PROPN", "NNP", "compound", 2),
    ("Ivan", "PROPN", "NNP", "compound", 2),
    ("Petrov", "PROPN", "NNP", "nsubj", 3),
    ("said", "VERB", "VBD", "ROOT", 3),
    ("sanctions", "NOUN", "NNS", "nsubj", 5),
    ("ended", "VERB", "VBD", "ccomp", 3),
    (",", "PUNCT", ",", "punct", 3),
    ("according", "VERB", "VBG", "prep", 3),
    ("to", "ADP", "IN", "prep", 7),
    ("the", "DET", "DT", "det", 11),
    ("RIA", "PROPN", "NNP", "compound", 11),
    ("agency", "NOUN", "NN", "pobj", 8),
    (".", "PUNCT", ".", "punct", 3),
]


def test_according_to_a_medium_the_speaker_it_relays_speaks() -> None:
    doc = parsed_doc(VOCAB, ACCORDING, ents=[(1, 3, "PERSON"), (10, 11, "ORG")])
    text = doc.text
    ix, _ = build_index(doc, [], [])
    cue = (span(text, "according to"),)
    content = (span(text, "Minister Ivan Petrov said sanctions ended"),)
    found = relayed_source(ix, cue, content)
    assert found is not None and found.text == "Minister Ivan Petrov"
    # content that opens with no speaker of its own: the medium speaks
    other = (span(text, "sanctions ended"),)
    assert relayed_source(ix, cue, other) is None


CONFIRMED = [
    ("The", "DET", "DT", "det", 1),
    ("Commission", "PROPN", "NNP", "nsubj", 4),
    ("has", "AUX", "VBZ", "aux", 4),
    ("already", "ADV", "RB", "advmod", 4),
    ("said", "VERB", "VBN", "ccomp", 12),
    ("ministers", "NOUN", "NNS", "nsubj", 7),
    ("will", "AUX", "MD", "aux", 7),
    ("skip", "VERB", "VB", "ccomp", 4),
    ("talks", "NOUN", "NNS", "dobj", 7),
    (",", "PUNCT", ",", "punct", 12),
    ("a", "DET", "DT", "det", 11),
    ("spokesperson", "NOUN", "NN", "nsubj", 12),
    ("confirmed", "VERB", "VBD", "ROOT", 12),
    (".", "PUNCT", ".", "punct", 12),
]


def test_a_bare_spokesperson_confirms_what_the_body_said() -> None:
    doc = parsed_doc(VOCAB, CONFIRMED, ents=[(1, 2, "ORG")])
    text = doc.text
    ix, _ = build_index(doc, [], [])
    cue = (span(text, "confirmed"),)
    content = (span(text, "The Commission has already said ministers will skip talks"),)
    found = relayed_source(ix, cue, content, (span(text, "a spokesperson"),))
    assert found is not None and found.text == "The Commission"
    # a content opened by a person: no body to speak for
    doc = parsed_doc(VOCAB, CONFIRMED, ents=[(1, 2, "PERSON")])
    ix, _ = build_index(doc, [], [])
    assert relayed_source(ix, cue, content, (span(text, "a spokesperson"),)) is None
