"""Event rules on hand-built parses (``Doc(vocab, words=, heads=...)``): no model."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from whosaid.events.actions import action_events
from whosaid.events.codes import load_lexicon
from whosaid.events.content import classify_content, modality_of, refine
from whosaid.events.extract import extract_events, merge_drafts, text_date
from whosaid.events.mentions import ActorIndex, dateline_tokens, same_side
from whosaid.events.speech import (
    _content_subject,
    cue_code,
    speech_verb_events,
    speech_verb_tokens,
)
from whosaid.records import Actor, Attribution, Span, Speaker

VOCAB = spacy.blank("en").vocab  # lexical attributes (lower_, is_upper) need English

# (word, POS, tag, dep, head index)
Row = tuple[str, str, str, str, int]


def make_doc(rows: list[Row]) -> Doc:
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][1] != "PUNCT" for i in range(len(rows))]
    return Doc(
        VOCAB,
        words=words,
        spaces=spaces,
        pos=[r[1] for r in rows],
        tags=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
    )


def actor(
    doc: Doc,
    n: int,
    words: str,
    code: str,
    *,
    type: str = "state",
    sector: str | None = None,
) -> Actor:
    """An actor whose mentions are every occurrence of ``words`` in the doc."""
    spans = []
    start = doc.text.find(words)
    while start >= 0:
        spans.append(Span.of(doc.text, start, start + len(words)))
        start = doc.text.find(words, start + 1)
    return Actor(
        id=f"t:actor{n}",
        name=words,
        type=type,  # type: ignore[arg-type]
        country=code[:3] if not code.startswith("IGO") else None,
        igo=None,
        sector=sector,
        code=code,
        roles=(),
        mentions=tuple(spans),
        source="test",
    )


def codes(drafts: Any) -> list[tuple[str | None, str | None, str, bool]]:
    return [
        (
            d.source.code if d.source else None,
            d.target.code if d.target else None,
            d.code,
            d.negated,
        )
        for d in drafts
    ]


def actions(
    doc: Doc, actors: list[Actor]
) -> list[tuple[str | None, str | None, str, bool]]:
    return codes(
        action_events(doc, ActorIndex(doc, actors), load_lexicon(), skip=frozenset())
    )


# -- actions -------------------------------------------------------------------------

STRUCK = [
    ("Russia", "PROPN", "NNP", "nsubj", 1),
    ("struck", "VERB", "VBD", "ROOT", 1),
    ("Ukraine", "PROPN", "NNP", "dobj", 1),
    (".", "PUNCT", ".", "punct", 1),
]


def test_actions_subject_verb_object() -> None:
    doc = make_doc(STRUCK)
    assert actions(
        doc, [actor(doc, 1, "Russia", "RUS"), actor(doc, 2, "Ukraine", "UKR")]
    ) == [("RUS", "UKR", "190", False)]


def test_actions_negated_verb_is_kept_negated() -> None:
    doc = make_doc(
        [
            ("Russia", "PROPN", "NNP", "nsubj", 3),
            ("did", "AUX", "VBD", "aux", 3),
            ("not", "PART", "RB", "neg", 3),
            ("strike", "VERB", "VB", "ROOT", 3),
            ("Ukraine", "PROPN", "NNP", "dobj", 3),
            (".", "PUNCT", ".", "punct", 3),
        ]
    )
    assert actions(
        doc, [actor(doc, 1, "Russia", "RUS"), actor(doc, 2, "Ukraine", "UKR")]
    ) == [("RUS", "UKR", "190", True)]


@pytest.mark.parametrize("modal", ["could", "will", "might"])
def test_actions_modal_verb_is_no_event(modal: str) -> None:
    doc = make_doc(
        [
            ("Russia", "PROPN", "NNP", "nsubj", 2),
            (modal, "AUX", "MD", "aux", 2),
            ("strike", "VERB", "VB", "ROOT", 2),
            ("Ukraine", "PROPN", "NNP", "dobj", 2),
            (".", "PUNCT", ".", "punct", 2),
        ]
    )
    assert (
        actions(doc, [actor(doc, 1, "Russia", "RUS"), actor(doc, 2, "Ukraine", "UKR")])
        == []
    )


def test_actions_threatened_to_strike_is_not_a_strike() -> None:
    doc = make_doc(
        [
            ("Russia", "PROPN", "NNP", "nsubj", 1),
            ("threatened", "VERB", "VBD", "ROOT", 1),
            ("to", "PART", "TO", "aux", 3),
            ("strike", "VERB", "VB", "xcomp", 1),
            ("Ukraine", "PROPN", "NNP", "dobj", 3),
            (".", "PUNCT", ".", "punct", 1),
        ]
    )
    actors = [actor(doc, 1, "Russia", "RUS"), actor(doc, 2, "Ukraine", "UKR")]
    index = ActorIndex(doc, actors)
    verbs = speech_verb_tokens(doc, frozenset())
    assert [(t.text, k) for t, k in verbs] == [("threatened", "threaten")]
    speech = codes(speech_verb_events(doc, index, load_lexicon(), verbs))
    assert speech == [("RUS", "UKR", "138", False)]
    skip = frozenset(t.i for t, _ in verbs)
    assert codes(action_events(doc, index, load_lexicon(), skip=skip)) == []


def test_actions_background_since_is_no_event() -> None:
    doc = make_doc(
        [
            ("Russia", "PROPN", "NNP", "nsubj", 2),
            ("has", "AUX", "VBZ", "aux", 2),
            ("occupied", "VERB", "VBN", "ROOT", 2),
            ("Crimea", "PROPN", "NNP", "dobj", 2),
            ("since", "ADP", "IN", "prep", 2),
            ("2014", "NUM", "CD", "pobj", 4),
            (".", "PUNCT", ".", "punct", 2),
        ]
    )
    assert (
        actions(doc, [actor(doc, 1, "Russia", "RUS"), actor(doc, 2, "Crimea", "UKR")])
        == []
    )


def test_actions_passive_agent_is_the_source() -> None:
    doc = make_doc(
        [
            ("Ukraine", "PROPN", "NNP", "nsubjpass", 2),
            ("was", "AUX", "VBD", "auxpass", 2),
            ("attacked", "VERB", "VBN", "ROOT", 2),
            ("by", "ADP", "IN", "agent", 2),
            ("Russia", "PROPN", "NNP", "pobj", 3),
            (".", "PUNCT", ".", "punct", 2),
        ]
    )
    assert actions(
        doc, [actor(doc, 1, "Russia", "RUS"), actor(doc, 2, "Ukraine", "UKR")]
    ) == [("RUS", "UKR", "190", False)]


def test_actions_reciprocal_signing_goes_both_ways() -> None:
    doc = make_doc(
        [
            ("Canada", "PROPN", "NNP", "nsubj", 3),
            ("and", "CCONJ", "CC", "cc", 0),
            ("Mexico", "PROPN", "NNP", "conj", 0),
            ("signed", "VERB", "VBD", "ROOT", 3),
            ("a", "DET", "DT", "det", 5),
            ("deal", "NOUN", "NN", "dobj", 3),
            (".", "PUNCT", ".", "punct", 3),
        ]
    )
    got = actions(doc, [actor(doc, 1, "Canada", "CAN"), actor(doc, 2, "Mexico", "MEX")])
    assert sorted(got) == [("CAN", "MEX", "057", False), ("MEX", "CAN", "057", False)]


def test_actions_sanctions_on_a_modified_noun_target() -> None:
    doc = make_doc(
        [
            ("Washington", "PROPN", "NNP", "nsubj", 1),
            ("imposed", "VERB", "VBD", "ROOT", 1),
            ("sanctions", "NOUN", "NNS", "dobj", 1),
            ("on", "ADP", "IN", "prep", 2),
            ("Iranian", "ADJ", "JJ", "amod", 5),
            ("banks", "NOUN", "NNS", "pobj", 3),
            (".", "PUNCT", ".", "punct", 1),
        ]
    )
    got = actions(
        doc, [actor(doc, 1, "Washington", "USA"), actor(doc, 2, "Iranian", "IRN")]
    )
    assert got == [("USA", "IRN", "163", False)]


def test_actions_light_verb_without_pattern_is_no_event() -> None:
    doc = make_doc(
        [
            ("China", "PROPN", "NNP", "nsubj", 1),
            ("holds", "VERB", "VBZ", "ROOT", 1),
            ("the", "DET", "DT", "det", 3),
            ("key", "NOUN", "NN", "dobj", 1),
            (".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert actions(doc, [actor(doc, 1, "China", "CHN")]) == []


# -- datelines and actor lookups ------------------------------------------------

DATELINE = [
    ("SEOUL", "PROPN", "NNP", "nsubj", 7),
    (",", "PUNCT", ",", "punct", 0),
    ("May", "PROPN", "NNP", "npadvmod", 0),
    ("12", "NUM", "CD", "nummod", 2),
    ("-", "PUNCT", "HYPH", "punct", 0),
    ("North", "PROPN", "NNP", "compound", 6),
    ("Korea", "PROPN", "NNP", "conj", 0),
    ("fired", "VERB", "VBD", "ROOT", 7),
    ("missiles", "NOUN", "NNS", "dobj", 7),
    ("at", "ADP", "IN", "prep", 7),
    ("Japan", "PROPN", "NNP", "pobj", 9),
    (".", "PUNCT", ".", "punct", 7),
]


def test_dateline_is_never_the_subject() -> None:
    doc = make_doc(DATELINE)
    assert dateline_tokens(doc) == frozenset(range(5))
    actors = [
        actor(doc, 1, "SEOUL", "KOR"),
        actor(doc, 2, "North Korea", "PRK"),
        actor(doc, 3, "Japan", "JPN"),
    ]
    # Missiles fired *at* an actor: an attack (19), not a show of force (15).
    assert actions(doc, actors) == [("PRK", "JPN", "190", False)]


def test_same_side_keeps_domestic_dyads_apart() -> None:
    doc = make_doc(STRUCK)
    rus = actor(doc, 1, "Russia", "RUS")
    gov = Actor(**{**_fields(rus), "id": "t:g", "code": "RUSGOV", "sector": "GOV"})
    opp = Actor(**{**_fields(rus), "id": "t:o", "code": "RUSOPP", "sector": "OPP"})
    assert same_side(rus, gov)
    assert not same_side(gov, opp)


def _fields(a: Actor) -> dict[str, Any]:
    return {f: getattr(a, f) for f in a.__slots__}  # type: ignore[attr-defined]


# -- speech acts -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cue", "code"),
    [
        ("urge", "020"),
        ("call on", "020"),
        ("accuse", "112"),
        ("condemn", "111"),
        ("reject", "120"),
        ("threaten", "130"),
        ("welcome", "051"),
        ("deny", "016"),
        ("pledge", "030"),
        ("say", None),
    ],
)
def test_cue_code(cue: str, code: str | None) -> None:
    assert cue_code(cue) == code


@pytest.mark.parametrize(
    ("content", "code"),
    [
        ("the claims are baseless", "111"),
        ("Russia violated the ceasefire", "112"),
        ("we will not negotiate under pressure", "120"),
        ("any attack would be met with a befitting response", "138"),
        ("Tehran would reduce its cooperation further", "130"),
        ("it will respond with sanctions", "1312"),
        ("the talks were a positive step", "051"),
        ("it is ready to send aid", "033"),
        ("the weather was fine", None),
    ],
)
def test_classify_content(content: str, code: str | None) -> None:
    assert classify_content(content) == code


def test_refine_appeal_and_warning() -> None:
    assert refine("020", "all sides to agree a ceasefire") == "0256"
    assert refine("020", "donors to send humanitarian aid") == "023"
    assert refine("130", "the virus could spread", "warn") == "012"
    assert refine("130", "it would strike back", "warn") == "138"
    assert refine("011", "to attend the summit") == "120"
    assert refine("011", "to comment on the report") == "011"


def test_modality() -> None:
    assert modality_of("138") == "threat"
    assert modality_of("036") == "intent"
    assert modality_of("112") is None


URGED = [
    ("Beijing", "PROPN", "NNP", "nsubj", 1),
    ("urged", "VERB", "VBD", "ROOT", 1),
    ("Pyongyang", "PROPN", "NNP", "dobj", 1),
    ("and", "CCONJ", "CC", "cc", 2),
    ("Washington", "PROPN", "NNP", "conj", 2),
    ("to", "PART", "TO", "aux", 6),
    ("talk", "VERB", "VB", "xcomp", 1),
    (".", "PUNCT", ".", "punct", 1),
]


def test_speech_verb_appeal_to_both_objects() -> None:
    doc = make_doc(URGED)
    actors = [
        actor(doc, 1, "Beijing", "CHN"),
        actor(doc, 2, "Pyongyang", "PRK"),
        actor(doc, 3, "Washington", "USA"),
    ]
    index = ActorIndex(doc, actors)
    verbs = speech_verb_tokens(doc, frozenset())
    got = codes(speech_verb_events(doc, index, load_lexicon(), verbs))
    assert got == [("CHN", "PRK", "026", False), ("CHN", "USA", "026", False)]


def test_attribution_speech_act_and_evidence_offsets() -> None:
    doc = make_doc(URGED)
    text = doc.text
    actors = [
        actor(doc, 1, "Beijing", "CHN"),
        actor(doc, 2, "Pyongyang", "PRK"),
        actor(doc, 3, "Washington", "USA"),
    ]
    cue = text.index("urged")
    attribution = Attribution(
        id="t:a0",
        kind="indirect",
        source=(Span.of(text, 0, 7),),
        cue=(Span.of(text, cue, cue + 5),),
        content=(Span.of(text, cue + 6, len(text) - 1),),
        speaker=Speaker(
            name="Beijing",
            mention=None,
            resolved_by="name",
            actor_id="t:actor1",
            code="CHN",
        ),
        confidence=0.9,
        method="test",
    )
    events = extract_events(
        doc,
        [attribution],
        actors,
        load_lexicon(),
        text=text,
        date="2026-01-02",
        id_prefix="t",
    )
    assert [(e.source, e.target, e.root, e.method) for e in events] == [
        ("t:actor1", "t:actor2", "02", "rule.speech.v1"),
        ("t:actor1", "t:actor3", "02", "rule.speech.v1"),
    ]
    for e in events:
        assert e.attribution_id == "t:a0"
        assert e.date == "2026-01-02"
        assert e.goldstein == 3.4 or e.goldstein == 3.0 or e.quad_class == 1
        for span in e.evidence:
            assert text[span.start : span.end] == span.text


def test_a_joint_source_gives_one_speech_event_per_speaker() -> None:
    doc = make_doc(
        [
            ("Paris", "PROPN", "NNP", "nsubj", 3),
            ("and", "CCONJ", "CC", "cc", 0),
            ("Berlin", "PROPN", "NNP", "conj", 0),
            ("urged", "VERB", "VBD", "ROOT", 3),
            ("Tehran", "PROPN", "NNP", "dobj", 3),
            ("to", "PART", "TO", "aux", 6),
            ("talk", "VERB", "VB", "xcomp", 3),
            (".", "PUNCT", ".", "punct", 3),
        ]
    )
    text = doc.text
    actors = [
        actor(doc, 1, "Paris", "FRA"),
        actor(doc, 2, "Berlin", "DEU"),
        actor(doc, 3, "Tehran", "IRN"),
    ]
    cue = text.index("urged")

    def speaker(name: str, n: int, code: str) -> Speaker:
        start = text.index(name)
        return Speaker(
            name=name,
            mention=Span.of(text, start, start + len(name)),
            resolved_by="name",
            actor_id=f"t:actor{n}",
            code=code,
        )

    attribution = Attribution(
        id="t:a0",
        kind="indirect",
        source=(Span.of(text, 0, text.index(" urged")),),
        cue=(Span.of(text, cue, cue + 5),),
        content=(Span.of(text, cue + 6, len(text) - 1),),
        speaker=speaker("Paris", 1, "FRA"),
        confidence=0.9,
        method="test",
        co_speakers=(speaker("Berlin", 2, "DEU"),),
    )
    events = extract_events(doc, [attribution], actors, load_lexicon(), text=text)
    assert sorted((e.source, e.target, e.root) for e in events) == [
        ("t:actor1", "t:actor3", "02"),
        ("t:actor2", "t:actor3", "02"),
    ]


# -- merging and dates -----------------------------------------------------------------


def test_merge_headline_event_into_the_body_event() -> None:
    from whosaid.events.draft import Draft

    doc = make_doc(STRUCK)
    rus, ukr = actor(doc, 1, "Russia", "RUS"), actor(doc, 2, "Ukraine", "UKR")
    head = Draft(rus, None, "020", ((0, 10),), "m")
    lead = Draft(rus, ukr, "0256", ((50, 80),), "m")
    again = Draft(rus, ukr, "020", ((90, 99),), "m")
    other = Draft(ukr, rus, "111", ((100, 110),), "m")
    merged = merge_drafts([other, again, head, lead], title=(0, 20))
    assert [(d.code, d.evidence) for d in merged] == [
        ("0256", ((0, 10), (50, 80), (90, 99))),
        ("111", ((100, 110),)),
    ]


def test_merge_keeps_negated_apart() -> None:
    from whosaid.events.draft import Draft

    doc = make_doc(STRUCK)
    rus, ukr = actor(doc, 1, "Russia", "RUS"), actor(doc, 2, "Ukraine", "UKR")
    merged = merge_drafts(
        [
            Draft(rus, ukr, "190", ((0, 5),), "m"),
            Draft(rus, ukr, "190", ((9, 12),), "m", negated=True),
        ]
    )
    assert len(merged) == 2


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Pyongyang fired a missile on July 5, 2017, officials said.", "2017-07-05"),
        ("The deal was signed on 3 March 2024 in Doha.", "2024-03-03"),
        ("It happened on Monday.", None),
    ],
)
def test_text_date(text: str, date: str | None) -> None:
    assert text_date(text) == date


def test_reaction_to_a_thing_targets_who_did_it() -> None:
    from whosaid.events.draft import Draft
    from whosaid.events.extract import resolve_reactions

    doc = make_doc(STRUCK)
    prk, kor, jpn = (
        actor(doc, n, "Russia", code)
        for n, code in ((1, "PRK"), (2, "KOR"), (3, "JPN"))
    )
    launch = Draft(prk, None, "150", ((0, 5),), "m")
    talk = Draft(jpn, kor, "040", ((6, 9),), "m")
    condemn = Draft(kor, None, "111", ((10, 20),), "m", reacts="launch")
    unknown = Draft(kor, None, "111", ((21, 30),), "m", reacts="draft")
    got = resolve_reactions([condemn, talk, launch, unknown])
    # the launch (a 15) is PRK's, not the later JPN talks; an unknown thing: no target
    assert [(d.code, d.target.code if d.target else None) for d in got] == [
        ("150", None),
        ("040", "KOR"),
        ("111", "PRK"),
        ("111", None),
    ]


def test_expressed_concern_is_a_cue_by_its_object() -> None:
    from whosaid.events.speech import cue_key

    doc = make_doc(
        [
            ("Japan", "PROPN", "NNP", "nsubj", 1),
            ("expressed", "VERB", "VBD", "ROOT", 1),
            ("serious", "ADJ", "JJ", "amod", 3),
            ("concern", "NOUN", "NN", "dobj", 1),
            (".", "PUNCT", ".", "punct", 1),
        ]
    )
    key, verb = cue_key([doc[1]], doc)
    assert (key, verb.i if verb is not None else None) == ("express concern", 1)
    assert cue_code("express concern") == "012"


@pytest.mark.parametrize(
    ("content", "code"),
    [
        ("it supports the decision", "051"),
        ("it was deeply concerned by the fighting", "012"),
        ("it would hold both sides accountable", "130"),
        ("it would restrict visas for officials", "1312"),
    ],
)
def test_classify_content_support_concern_accountability(
    content: str, code: str
) -> None:
    assert classify_content(content) == code


def test_captions_and_leftovers_tell_no_event() -> None:
    doc = make_doc(STRUCK)
    actors = [actor(doc, 1, "Russia", "RUS"), actor(doc, 2, "Ukraine", "UKR")]
    lex = load_lexicon()
    assert len(extract_events(doc, [], actors, lex, text=doc.text)) == 1
    excluded = extract_events(doc, [], actors, lex, text=doc.text, exclude=[(0, 10)])
    assert excluded == ()


def test_the_content_subject_is_found_when_the_content_holds_the_root() -> None:
    # "China was prepared to act, the ministry said." parsed with the
    # content's verb as the sentence root: its subject is another actor's
    doc = make_doc(
        [
            ("China", "PROPN", "NNP", "nsubj", 2),
            ("was", "AUX", "VBD", "auxpass", 2),
            ("prepared", "VERB", "VBN", "ROOT", 2),
            ("to", "PART", "TO", "aux", 4),
            ("act", "VERB", "VB", "xcomp", 2),
            (",", "PUNCT", ",", "punct", 8),
            ("the", "DET", "DT", "det", 7),
            ("ministry", "NOUN", "NN", "nsubj", 8),
            ("said", "VERB", "VBD", "parataxis", 2),
            (".", "PUNCT", ".", "punct", 2),
        ]
    )
    china = actor(doc, 1, "China", "CHN")
    ministry = actor(doc, 2, "ministry", "JPNGOV", type="government", sector="GOV")
    end = doc.text.index(",")
    index = ActorIndex(doc, [china, ministry])
    assert _content_subject(doc, [(0, end)], ministry, index) == "other"
