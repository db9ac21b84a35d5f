"""A definite nominal of the shared table as a source, on hand-built spaCy
Docs (no statistical model): the speaker stage alone resolves it."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from whosaid.entities.nominals import lookup_nominal
from whosaid.records import Attribution, Span
from whosaid.speakers import resolve_speakers
from whosaid.speakers.mentions import build_index
from whosaid.speakers.model import Discourse, Entity, Event
from whosaid.speakers.nominals import compatible, latest_compatible

NLP = spacy.blank("en")


def _kingdom_said(label: str) -> Doc:
    # "Morocco hosted talks . The kingdom said it agreed ."
    words = ["Morocco", "hosted", "talks", ".", "The", "kingdom", "said"]
    words += ["it", "agreed", "."]
    return Doc(
        NLP.vocab,
        words=words,
        spaces=[True, True, False, True, True, True, True, True, False, False],
        heads=[1, 1, 1, 1, 5, 6, 6, 8, 6, 6],
        deps=[
            *("nsubj", "ROOT", "dobj", "punct"),
            *("det", "nsubj", "ROOT", "nsubj", "ccomp", "punct"),
        ],
        pos=[
            *("PROPN", "VERB", "NOUN", "PUNCT"),
            *("DET", "NOUN", "VERB", "PRON", "VERB", "PUNCT"),
        ],
        tags=[
            *("NNP", "VBD", "NNS", "."),
            *("DT", "NN", "VBD", "PRP", "VBD", "."),
        ],
        ents=[f"B-{label}", *(["O"] * 9)],
    )


def _said(doc: Doc, source: str) -> Attribution:
    text = doc.text
    start = text.index(source)
    cue = text.index("said")
    content = text.index("it agreed")
    return Attribution(
        id="t:a1",
        kind="indirect",
        source=(Span.of(text, start, start + len(source)),),
        cue=(Span.of(text, cue, cue + 4),),
        content=(Span.of(text, content, content + len("it agreed")),),
        speaker=None,
        confidence=1.0,
        method="test",
    )


def test_the_kingdom_is_the_state_named_before() -> None:
    doc = _kingdom_said("GPE")
    (a,) = resolve_speakers(doc, [_said(doc, "The kingdom")])
    assert a.speaker is not None and a.speaker.name == "Morocco"
    assert a.speaker.resolved_by == "nominal"
    assert a.speaker.mention is not None and a.speaker.mention.text == "Morocco"


def test_a_state_tagged_as_an_organisation_is_a_state_when_knowledge_says_so() -> None:
    doc = _kingdom_said("ORG")
    (a,) = resolve_speakers(doc, [_said(doc, "The kingdom")])
    assert a.speaker is not None and a.speaker.resolved_by == "unresolved"
    (a,) = resolve_speakers(
        doc, [_said(doc, "The kingdom")], kind_of={"Morocco": "state"}.get
    )
    assert a.speaker is not None and a.speaker.name == "Morocco"


def test_latest_compatible_prefers_a_speaker_then_a_subject_then_any() -> None:
    taiwan = Entity(name="Taiwan", kind="gpe", start=0, end=6)
    china = Entity(name="China", kind="gpe", start=20, end=25)
    japan = Entity(name="Japan", kind="gpe", start=40, end=45)
    states = lambda e: e.kind == "gpe"  # noqa: E731
    subject_then_object = Discourse(
        events=[
            Event(0, 6, taiwan, subject=True, speaker=False, masked=False),
            Event(20, 25, china, subject=False, speaker=False, masked=False),
        ]
    )
    assert latest_compatible(subject_then_object, 50, states) is taiwan
    spoke = Discourse(
        events=[
            Event(0, 6, taiwan, subject=False, speaker=True, masked=False),
            Event(20, 25, china, subject=True, speaker=False, masked=False),
        ]
    )
    assert latest_compatible(spoke, 50, states) is taiwan
    objects = Discourse(
        events=[
            Event(20, 25, china, subject=False, speaker=False, masked=False),
            Event(40, 45, japan, subject=False, speaker=False, masked=False),
        ]
    )
    assert latest_compatible(objects, 50, states) is japan
    assert latest_compatible(objects, 30, states) is china
    assert latest_compatible(objects, 50, lambda e: e.kind == "org") is None
    quoted = Discourse(
        events=[
            Event(0, 6, taiwan, subject=True, speaker=False, masked=True),
            Event(20, 25, china, subject=False, speaker=False, masked=False),
        ]
    )
    assert latest_compatible(quoted, 50, states) is china  # outside quotes first
    assert latest_compatible(quoted, 10, states) is taiwan  # else inside them


def _jewish_state_said() -> Doc:
    # "The Jewish state said it agreed ."
    words = ["The", "Jewish", "state", "said", "it", "agreed", "."]
    return Doc(
        NLP.vocab,
        words=words,
        spaces=[True, True, True, True, True, False, False],
        heads=[2, 2, 3, 3, 5, 3, 3],
        deps=["det", "amod", "nsubj", "ROOT", "nsubj", "ccomp", "punct"],
        pos=["DET", "ADJ", "NOUN", "VERB", "PRON", "VERB", "PUNCT"],
        tags=["DT", "JJ", "NN", "VBD", "PRP", "VBD", "."],
        ents=["O"] * 7,
    )


def test_a_fixed_referent_is_its_state_with_no_antecedent() -> None:
    doc = _jewish_state_said()
    (a,) = resolve_speakers(doc, [_said(doc, "The Jewish state")])
    assert a.speaker is not None and a.speaker.name == "Israel"
    assert a.speaker.mention is not None
    assert a.speaker.mention.text == "The Jewish state"


def _bloc_said() -> Doc:
    # "SADC leaders met . The bloc said it agreed ." (NER saw nothing)
    words = ["SADC", "leaders", "met", ".", "The", "bloc", "said"]
    words += ["it", "agreed", "."]
    return Doc(
        NLP.vocab,
        words=words,
        spaces=[True, True, False, True, True, True, True, True, False, False],
        heads=[1, 2, 2, 2, 5, 6, 6, 8, 6, 6],
        deps=[
            *("compound", "nsubj", "ROOT", "punct"),
            *("det", "nsubj", "ROOT", "nsubj", "ccomp", "punct"),
        ],
        pos=[
            *("ADJ", "NOUN", "VERB", "PUNCT"),
            *("DET", "NOUN", "VERB", "PRON", "VERB", "PUNCT"),
        ],
        tags=[
            *("JJ", "NNS", "VBD", "."),
            *("DT", "NN", "VBD", "PRP", "VBD", "."),
        ],
        ents=["O"] * 10,
    )


def test_an_acronym_knowledge_knows_is_an_organisation_ner_missed() -> None:
    doc = _bloc_said()
    (a,) = resolve_speakers(doc, [_said(doc, "The bloc")])
    assert a.speaker is not None and a.speaker.resolved_by == "unresolved"
    (a,) = resolve_speakers(doc, [_said(doc, "The bloc")], kind_of={"SADC": "igo"}.get)
    assert a.speaker is not None and a.speaker.name == "SADC"
    assert a.speaker.resolved_by == "nominal"


def test_knowledge_types_decide_what_a_nominal_may_stand_for() -> None:
    doc = _bloc_said()
    ix, _ = build_index(doc, (), (), None, {"White House": "government"}.get)
    bank = lookup_nominal("the bank")
    assert bank is not None
    accept = compatible(ix, bank)
    assert not accept(Entity(name="White House", kind="org", start=0, end=5))
    assert accept(Entity(name="Goldman Sachs", kind="org", start=0, end=5))
    assert not accept(Entity(name="Anna Berg", kind="person", start=0, end=5))
    assert not accept(Entity(name="Oil Ministry", kind="org", start=0, end=5))
    ministry = lookup_nominal("the ministry")
    assert ministry is not None
    assert compatible(ix, ministry)(
        Entity(name="Oil Ministry", kind="org", start=0, end=5)
    )


def test_the_alliance_is_an_igo_knowledge_knows_before_an_unknown_name() -> None:
    # "NATO leaders met in Vilnius . The alliance said it agreed ." (NER:
    # two ORGs, neither a subject)
    words = ["NATO", "leaders", "met", "in", "Vilnius", ".", "The", "alliance"]
    words += ["said"]
    words += ["it", "agreed", "."]
    doc = Doc(
        NLP.vocab,
        words=words,
        spaces=[True] * 4 + [False] + [True] * 5 + [False, False],
        heads=[1, 2, 2, 2, 3, 2, 7, 8, 8, 10, 8, 8],
        deps=[
            *("compound", "nsubj", "ROOT", "prep", "pobj", "punct"),
            *("det", "nsubj", "ROOT", "nsubj", "ccomp", "punct"),
        ],
        pos=[
            *("PROPN", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"),
            *("DET", "NOUN", "VERB", "PRON", "VERB", "PUNCT"),
        ],
        tags=[
            *("NNP", "NNS", "VBD", "IN", "NNP", "."),
            *("DT", "NN", "VBD", "PRP", "VBD", "."),
        ],
        ents=["B-ORG", "O", "O", "O", "B-ORG", *(["O"] * 7)],
    )
    text = doc.text
    start, cue, content = text.index("The"), text.index("said"), text.index("it agreed")
    attribution = Attribution(
        id="t:a1",
        kind="indirect",
        source=(Span.of(text, start, start + len("The alliance")),),
        cue=(Span.of(text, cue, cue + 4),),
        content=(Span.of(text, content, content + len("it agreed")),),
        speaker=None,
        confidence=1.0,
        method="test",
    )
    (a,) = resolve_speakers(doc, [attribution], kind_of={"NATO": "igo"}.get)
    assert a.speaker is not None and a.speaker.name == "NATO"
