"""The events stage: speech acts and actions -> merged, coded ``Event`` records."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from spacy.tokens import Doc

from whosaid.events.actions import action_events
from whosaid.events.codes import VerbLexicon, code_info
from whosaid.events.dates import event_date, text_date
from whosaid.events.draft import Draft
from whosaid.events.mentions import ActorIndex, same_side
from whosaid.events.speech import (
    is_speech_act,
    speech_events,
    speech_verb_events,
    speech_verb_tokens,
)
from whosaid.nlp.models import tokens_with_pos
from whosaid.records import Actor, Attribution, Event, Span

__all__ = ["extract_events", "merge_drafts", "resolve_reactions", "text_date"]


def _key(d: Draft) -> tuple[str | None, str | None, str, bool]:
    return (
        d.source.id if d.source else None,
        d.target.id if d.target else None,
        d.code[:2],
        d.negated,
    )


def _join(first: Draft, other: Draft) -> Draft:
    """``first`` with ``other``'s evidence added."""
    return Draft(
        source=first.source,
        target=first.target,
        code=first.code,
        evidence=tuple(sorted(set(first.evidence) | set(other.evidence))),
        method=first.method,
        attribution_id=first.attribution_id or other.attribution_id,
        negated=first.negated,
        modality=first.modality,
        confidence=max(first.confidence, other.confidence),
    )


def _body_match(
    head: Draft, merged: dict[tuple[str | None, str | None, str, bool], Draft]
) -> tuple[str | None, str | None, str, bool] | None:
    """The body event a headline event tells: same root and polarity, and the
    same source or its country ("Moscow" in the headline, the ministry
    below)."""
    for k, body in merged.items():
        if (body.code[:2], body.negated) != (head.code[:2], head.negated):
            continue
        if head.source is None or body.source is None:
            continue
        if head.source.id == body.source.id or _same_country(head.source, body.source):
            return k
    return None


def _same_country(a: Actor, b: Actor) -> bool:
    """Headlines name states for their organs ("China holds drills" for the
    military): the same side, or the same country."""
    return same_side(a, b) or (a.country is not None and a.country == b.country)


def merge_drafts(
    drafts: Sequence[Draft], *, title: tuple[int, int] | None = None
) -> list[Draft]:
    """One event per action: drafts with the same source, target, root and
    polarity are one event (the headline and the lead telling it, a speech
    cue also seen as a verb); the first keeps its code and gains the others'
    evidence.  A headline event whose source and root a body event shares is
    that event (headlines name fewer actors).  In text order."""
    body = [d for d in drafts if title is None or not title[0] <= d.start < title[1]]
    head = [d for d in drafts if title is not None and title[0] <= d.start < title[1]]
    merged: dict[tuple[str | None, str | None, str, bool], Draft] = {}
    for d in sorted(body, key=lambda d: d.start):
        k = _key(d)
        merged[k] = _join(merged[k], d) if k in merged else d
    for d in head:
        k = _key(d)
        same = k if k in merged else _body_match(d, merged)
        if same is None:
            merged[k] = d
        else:
            merged[same] = _join(merged[same], d)
    return sorted(merged.values(), key=lambda d: d.start)


# What a reaction's object noun can be the result of: the roots of the
# earlier event it reacts to ("condemned the launch": a 15 show of force).
_REACTION_NOUNS: dict[str, frozenset[str]] = {}
for _nouns, _roots in (
    (
        "attack attacks strike strikes airstrike airstrikes bombing bombings shelling "
        "raid raids offensive invasion killing killings assault incursion",
        "18 19 20",
    ),
    (
        "launch launches test tests drills drill exercises exercise deployment "
        "buildup mobilization",
        "15 19",
    ),
    ("sanctions tariffs embargo ban expulsion expulsions", "16 17"),
    ("arrest arrests detention detentions", "17"),
    (
        "accusation accusations allegation allegations charge charges claim claims "
        "criticism remarks comments",
        "11",
    ),
    ("proposal plan offer call calls demand demands request appeal", "02 03 10"),
    ("threat threats ultimatum warning", "13"),
    ("announcement agreement deal decision move step statement", "*"),
):
    for _noun in _nouns.split():
        _REACTION_NOUNS[_noun] = frozenset(_roots.split())


def resolve_reactions(drafts: Sequence[Draft]) -> list[Draft]:
    """Targets for reactions to a thing ("condemned the launch"): the source
    of the latest earlier event, by another side, of a kind the thing can
    be (a launch: 15 or 19).  Things of unknown kind get no target."""
    ordered = sorted(drafts, key=lambda d: d.start)
    out: list[Draft] = []
    for n, d in enumerate(ordered):
        roots = _REACTION_NOUNS.get(d.reacts or "")
        if roots and d.target is None and d.source is not None:
            source = d.source
            earlier = (
                p.source
                for p in reversed(ordered[:n])
                if p.source is not None
                and not same_side(source, p.source)
                and ("*" in roots or p.code[:2] in roots)
            )
            target = next(earlier, None)
            if target is not None:
                d = dataclasses.replace(d, target=target)
        out.append(d)
    return out


def _cue_tokens(doc: Doc, attributions: Sequence[Attribution]) -> frozenset[int]:
    return frozenset(
        i
        for a in attributions
        for c in a.cue
        if (span := doc.char_span(c.start, c.end, alignment_mode="expand"))
        for i in range(span.start, span.end)
    )


def _sentence_of(doc: Doc, start: int) -> str:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0].sent.text if span is not None and len(span) else ""


def extract_events(
    doc: Doc,
    attributions: Sequence[Attribution],
    actors: Sequence[Actor],
    lexicon: VerbLexicon,
    *,
    text: str,
    date: str | None = None,
    id_prefix: str = "",
    title: tuple[int, int] | None = None,
    exclude: Sequence[tuple[int, int]] = (),
) -> tuple[Event, ...]:
    """CAMEO-coded events of one parsed article.

    Args:
        doc: the spaCy parse of ``text``.
        attributions: the article's attributions (speakers linked to actors).
        actors: the article's actors.
        lexicon: the verb lexicon (:func:`whosaid.events.codes.load_lexicon`).
        text: the article's canonical text (every offset indexes it).
        date: the article's date (ISO); an event whose sentence names its
            day ("on July 5, 2017", "on Monday", "yesterday") takes that one
            (:func:`whosaid.events.dates.event_date`).
        id_prefix: the article id; events are ``ID:eN``.
        title: the headline's character range: a headline event is the
            same event as the body's with its source and root.
        exclude: character ranges that tell no event (photo captions, page
            leftovers).
    """
    index = ActorIndex(doc, actors, text)
    index.set_speakers(doc, attributions)
    cue_tokens = _cue_tokens(doc, attributions)
    verb_tokens = tokens_with_pos(doc, ("VERB",))
    all_verbs = speech_verb_tokens(doc, frozenset(), verb_tokens)
    verbs = [
        (t, k)
        for t, k in all_verbs
        if t.i not in cue_tokens and is_speech_act(t, index)
    ]
    embedded = frozenset(x.i for t, _ in verbs for x in t.subtree)
    drafts = list(speech_events(doc, attributions, index, lexicon, embedded=embedded))
    drafts.extend(speech_verb_events(doc, index, lexicon, verbs))
    coded = {d.attribution_id for d in drafts if d.attribution_id}
    coded_cues = _cue_tokens(doc, [a for a in attributions if a.id in coded])
    skip = coded_cues | {t.i for t, _ in all_verbs}
    drafts.extend(
        action_events(
            doc, index, lexicon, skip=skip, cues=cue_tokens, verbs=verb_tokens
        )
    )
    # An event needs its source: "it was decided" is no one's act.
    drafts = [
        d
        for d in drafts
        if d.source is not None and not any(s <= d.start < e for s, e in exclude)
    ]
    drafts = resolve_reactions(drafts)
    events = []
    for n, d in enumerate(merge_drafts(drafts, title=title), start=1):
        info = code_info(d.code)
        events.append(
            Event(
                id=f"{id_prefix}:e{n}" if id_prefix else f"e{n}",
                source=d.source.id if d.source else None,
                target=d.target.id if d.target else None,
                code=info.code,
                root=info.root,
                goldstein=info.goldstein,
                quad_class=info.quad_class,
                evidence=tuple(Span.of(text, s, e) for s, e in d.evidence),
                attribution_id=d.attribution_id,
                negated=d.negated,
                modality=d.modality,
                date=event_date(_sentence_of(doc, d.start), date),
                method=d.method,
                confidence=d.confidence,
            )
        )
    return tuple(events)
