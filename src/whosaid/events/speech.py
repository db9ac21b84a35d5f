"""Speech acts: an attribution's cue and content decide a CAMEO code.

"urged X to" is an appeal (02x) to X, "accused X of" an accusation (112),
"warned that ... would" a threat (13x), "welcomed" praise (051), "rejected" a
rejection (12x), "denied" a denial of responsibility (016).  A neutral cue
("said", "added", "stressed") makes an event only when its content does:
"X must ..." is an appeal to X, "baseless"/"violates" a disapproval, "will
respond" a threat, "will not negotiate" a rejection.  A statement with
nothing more is no event (CAMEO codes 010 only "when distinctions among 011
to 017 cannot be made", and news-event gold leaves plain statements out).

The source is the speaker's actor; the target the cue's object ("urged
Pyongyang", "called on the UN"), else the subject of a "must/should" in the
content, else the first other actor the content mentions (never the speaker's
own side, a place or the media).
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Iterator, Sequence
from functools import cache
from importlib import resources

from spacy.attrs import DEP, ORTH
from spacy.tokens import Doc, Token

from whosaid.events.codes import VerbLexicon, inflections
from whosaid.events.content import classify_content, modality_of, refine
from whosaid.events.draft import Draft, or_none
from whosaid.events.mentions import ActorIndex, same_side
from whosaid.events.syntax import (
    expand,
    is_background,
    is_hypothetical,
    is_negated,
    subject_actors,
)
from whosaid.nlp.view import doc_view
from whosaid.records import Actor, Attribution

__all__ = [
    "classify_content",
    "cue_code",
    "is_speech_act",
    "modality_of",
    "refine",
    "speech_events",
    "speech_verb_events",
    "speech_verb_tokens",
]

METHOD = "rule.speech.v1"
VERB_METHOD = "rule.speech_verb.v1"
_PARTICLES = frozenset({"for", "on", "upon", "out", "down", "to", "against", "of"})
_TARGET_PREPS = frozenset({"on", "upon", "to", "against", "with"})


@cache
def _cue_table() -> tuple[dict[str, str], dict[str, str]]:
    """(cue -> code, word form -> cue verb) from ``speech_cues.tsv``."""
    text = resources.files("whosaid.events.data").joinpath("speech_cues.tsv")
    lines = [
        ln for ln in text.read_text("utf-8").splitlines() if not ln.startswith("#")
    ]
    codes: dict[str, str] = {}
    forms: dict[str, str] = {}
    for row in csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t"):
        codes[row["cue"]] = row["code"]
        head = row["cue"].split()[0]
        for form in inflections(head):
            forms.setdefault(form, head)
    return codes, forms


_MODAL_APPEAL = frozenset({"must", "should", "ought", "need", "needs"})
# Acts a neutral cue's content tells of the speaker itself: intents, rejections,
# threats ("we will not negotiate").  Said of another actor they are not the
# speaker's acts; an intent needs the speaker's side as its subject.
_OWN_ACTS = frozenset({"03", "12", "13"})


def cue_code(cue_key: str) -> str | None:
    """The speech-act code of a normalized cue ("urge", "call for"), if any."""
    return _cue_table()[0].get(cue_key)


# -- the cue in the parse ----------------------------------------------------------


def _token_range(doc: Doc, start: int, end: int) -> range:
    """The indices of the tokens of characters ``start..end`` (expanded to
    whole tokens; none when the range holds no token)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)


def _tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    return [doc[i] for i in _token_range(doc, start, end)]


def cue_key(tokens: Sequence[Token], doc: Doc) -> tuple[str | None, Token | None]:
    """The normalized cue ("call for") and its head verb token.

    The cue verb is the cue token whose form is a known speech-cue verb; a
    particle or preposition right after it joins it when the pair is a cue.
    """
    codes, forms = _cue_table()
    for token in tokens:
        head = forms.get(token.lower_)
        if head is None:
            continue
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in _PARTICLES:
            pair = f"{head} {nxt.lower_}"
            if pair in codes:
                return pair, token
        for child in token.children:  # "expressed (serious) concern"
            if child.dep_ == "dobj" and f"{head} {child.lower_}" in codes:
                return f"{head} {child.lower_}", token
        if head in codes:
            return head, token
    verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX")]
    return None, (verbs[-1] if verbs else None)


def _object_targets(
    verb: Token, index: ActorIndex, speaker: Actor | None
) -> list[Actor]:
    """Actors the cue verb is directed at: its object ("urged Pyongyang",
    "praised both sides"), or "on/to/against X"."""
    found: list[Actor] = []
    for child in verb.children:
        cands: list[Token] = []
        if child.dep_ in ("dobj", "dative", "obj"):
            cands = expand(child)
        elif child.dep_ == "prep" and child.lower_ in _TARGET_PREPS:
            cands = [t for p in child.children if p.dep_ == "pobj" for t in expand(p)]
        for t in cands:
            actors = index.group_actors(t, speaker)
            actor = index.np_actor(t)
            for a in actors or ([actor] if actor is not None else []):
                if a not in found:
                    found.append(a)
    return found


def _modal_subjects(
    doc: Doc, ranges: Sequence[tuple[int, int]], index: ActorIndex
) -> list[Actor]:
    """Subjects of a must/should/need-to verb in the content ("X must ...")."""
    out: list[Actor] = []
    lower = doc_view(doc).lower(doc)
    for s, e in ranges:
        for i in _token_range(doc, s, e):
            if lower[i] not in _MODAL_APPEAL:
                continue
            token = doc[i]
            verb = token.head if token.dep_ == "aux" else token
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    for t in expand(child):
                        actor = index.np_actor(t)
                        if actor is not None and actor not in out:
                            out.append(actor)
    return out


def _pick_targets(
    speaker: Actor | None,
    candidates: Sequence[Actor],
) -> list[Actor]:
    return [
        a
        for a in candidates
        if a.type != "media" and (speaker is None or not same_side(speaker, a))
    ]


def speech_events(
    doc: Doc,
    attributions: Sequence[Attribution],
    index: ActorIndex,
    lexicon: VerbLexicon,
    *,
    embedded: frozenset[int] = frozenset(),
) -> Iterator[Draft]:
    """The speech-act events of an article's attributions.

    ``embedded``: content tokens that belong to a speech act of their own
    ("said the vessel had intruded and warned Manila ..."): they do not
    decide the code of the attribution around them.  A joint source
    ("Britain, France and Germany urged Iran to ...") gives one event per
    speaker, as event coders split a compound actor.
    """
    for attribution in attributions:
        yield from _speech_event(doc, attribution, index, lexicon, embedded)
        for co in attribution.co_speakers:
            if co.actor_id is not None:
                alone = dataclasses.replace(attribution, speaker=co, co_speakers=())
                yield from _speech_event(doc, alone, index, lexicon, embedded)


def _content_text(
    doc: Doc, ranges: Sequence[tuple[int, int]], skip: frozenset[int]
) -> str:
    texts = doc_view(doc).strings(doc, ORTH)
    return " ".join(
        texts[i] for s, e in ranges for i in _token_range(doc, s, e) if i not in skip
    )


def _speech_event(
    doc: Doc,
    attribution: Attribution,
    index: ActorIndex,
    lexicon: VerbLexicon,
    embedded: frozenset[int],
) -> Iterator[Draft]:
    cue_tokens = [t for c in attribution.cue for t in _tokens_in(doc, c.start, c.end)]
    key, verb = cue_key(cue_tokens, doc)
    ranges = [(c.start, c.end) for c in attribution.content]
    content = _content_text(doc, ranges, embedded)
    if key is not None:  # "vows retaliation": the cue holds content words too
        content = " ".join([*(t.text for t in cue_tokens), content])
    speaker = None
    if attribution.speaker is not None and attribution.speaker.actor_id:
        speaker = index.by_id.get(attribution.speaker.actor_id)
    appeal_to = _pick_targets(speaker, _modal_subjects(doc, ranges, index))
    subject = _content_subject(doc, ranges, speaker, index)
    code = _code(key, verb, content, lexicon, appeal_to, subject)
    if code is None:
        return
    targets = _targets(doc, verb, code, key, ranges, speaker, index, appeal_to)
    evidence = tuple(sorted([(c.start, c.end) for c in attribution.cue] + ranges))
    for target in or_none(targets):
        yield Draft(
            source=speaker,
            target=target,
            code=code,
            evidence=evidence,
            method=METHOD,
            attribution_id=attribution.id,
            confidence=attribution.confidence,
            negated=verb is not None and is_negated(verb),
            modality=modality_of(code),
            reacts=None if targets else reacts_to_thing(verb, code, index),
        )


def _code(
    key: str | None,
    verb: Token | None,
    content: str,
    lexicon: VerbLexicon,
    appeal_to: Sequence[Actor],
    subject: str | None = None,
) -> str | None:
    if verb is not None and (lemma := lexicon.lemma(verb.lower_)) in lexicon.user:
        following = [t.lower_ for t in list(verb.rights)[:8]]
        user_code, _, _ = lexicon.code(lemma, following)
        if user_code:
            return user_code
    code = cue_code(key) if key else None
    if code is None:
        code = classify_content(content)
        if code is None and appeal_to:
            return refine("020", content)
        if code is not None and code[:2] in _OWN_ACTS and subject == "other":
            return None  # "said China was prepared to": China's, not the speaker's
        if code is not None and code[:2] == "03" and subject == "thing":
            return None  # "the plan would help families": no one's pledge
        return code
    return refine(code, content, key)


def _targets(
    doc: Doc,
    verb: Token | None,
    code: str,
    key: str | None,
    ranges: Sequence[tuple[int, int]],
    speaker: Actor | None,
    index: ActorIndex,
    appeal_to: Sequence[Actor],
) -> list[Actor]:
    """Who the speech act is directed at (empty: no target).

    The cue's object first; for appeals and demands the actor asked to act
    (a "must" subject, else the subject of a clause in the content: "called
    for the US to withdraw"), never a mere topic ("calm over North Korea");
    for other acts the first other actor the content mentions.
    """
    if verb is not None and key is not None:
        direct = _pick_targets(speaker, _object_targets(verb, index, speaker))
        if direct:
            return direct
        if code.startswith("016"):
            return []  # a denial's target is the accuser, rarely in its content
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None and not code.startswith("02"):
            # "condemned the attack ...": only the object phrase names the target
            inside = [
                (
                    min(t.idx for t in obj.subtree),
                    max(t.idx + len(t) for t in obj.subtree),
                )
            ]
            return _pick_targets(speaker, list(index.in_ranges(inside)))[:1]
    if appeal_to:
        return list(appeal_to[:2])
    if code[:2] in ("02", "10"):
        return _pick_targets(speaker, _clause_subjects(doc, ranges, index))[:1]
    rest = _pick_targets(speaker, list(index.in_ranges(ranges)))
    return rest[:1]


_OWN_PRONOUNS = frozenset({"we", "i", "it", "he", "she", "they"})


def _content_subject(
    doc: Doc,
    ranges: Sequence[tuple[int, int]],
    speaker: Actor | None,
    index: ActorIndex,
) -> str | None:
    """Whose the content's main clause is, by its subject: ``own`` (a
    pronoun, "our country", the speaker's side), ``other`` (another actor:
    "said China was prepared to ..."), ``thing`` (any other noun: "the
    proposal would help"), or None (no subject found)."""
    if speaker is None or not ranges:
        return None
    inside = _token_range(doc, ranges[0][0], ranges[0][1])
    heads = doc_view(doc).heads(doc)
    tops = [doc[i] for i in inside if heads[i] not in inside or heads[i] == i]
    for top in tops:
        for child in top.children:
            if child.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if child.lower_ in _OWN_PRONOUNS:
                return "own"
            if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in child.children):
                return "own"  # "his forces", "our country"
            actor = index.np_actor(child)
            if actor is None:
                return "thing"
            return "own" if same_side(speaker, actor) else "other"
    return None


def _clause_subjects(
    doc: Doc, ranges: Sequence[tuple[int, int]], index: ActorIndex
) -> list[Actor]:
    """Subject actors of the clauses in the content, in text order."""
    out: list[Actor] = []
    deps = doc_view(doc).strings(doc, DEP)
    for s, e in ranges:
        for i in _token_range(doc, s, e):
            if deps[i] in ("nsubj", "nsubjpass"):
                actor = index.np_actor(doc[i])
                if actor is not None and actor not in out:
                    out.append(actor)
    return out


# -- speech-act verbs outside attributions -------------------------------------------


def speech_verb_tokens(
    doc: Doc, skip: frozenset[int], verbs: Sequence[Token] | None = None
) -> list[tuple[Token, str]]:
    """Verbs that are speech-act cues ("urged", "condemned", "rejected") and
    not in ``skip``, with their normalized cue.  ``verbs``: the doc's verb
    tokens, when already collected."""
    out = []
    for token in doc if verbs is None else verbs:
        if token.pos_ != "VERB" or token.i in skip:
            continue
        key, verb = cue_key([token], doc)
        if key is not None and verb is not None and verb.i == token.i:
            out.append((token, key))
    return out


_REACTION_ROOTS = frozenset({"05", "11", "12"})


def reacts_to_thing(verb: Token | None, code: str, index: ActorIndex) -> str | None:
    """The thing a praise, criticism, rejection or denial is of ("condemned
    the *launch*", "rejected the *accusations*"), when it is no actor: its
    target is whoever did that thing."""
    if verb is None or not (code[:2] in _REACTION_ROOTS or code.startswith("016")):
        return None
    for c in verb.children:
        if c.dep_ == "dobj" and c.pos_ == "NOUN" and index.np_actor(c) is None:
            return str(c.lower_)
    return None


def is_speech_act(verb: Token, index: ActorIndex) -> bool:
    """Whether a speech-act verb outside attributions tells an act: said to
    have happened (not "could urge", "attempts to blame"), by an actor."""
    if is_hypothetical(verb) or is_background(verb):
        return False
    sources, _, passive = _speech_sources(verb, index)
    return bool(sources) and not passive


def _speech_sources(
    verb: Token, index: ActorIndex
) -> tuple[list[Actor], Token | None, bool]:
    """Who performs a speech-act verb: its subject; without one (a broken
    parse, or a coordinated verb inside an attribution's words), the speaker
    of that attribution ("Tedros praised X and thanked Y")."""
    sources, subject, passive = subject_actors(verb, index, direct=True)
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    # "X said Y had blocked trucks, and called on Z": the parser hangs the
    # coordinated cue on the reported clause; the speaker is the one calling.
    if not own_subject and (speaker := index.speaker_of(verb)):
        return [speaker], verb, False
    return sources, subject, passive


def speech_verb_events(
    doc: Doc,
    index: ActorIndex,
    lexicon: VerbLexicon,
    verbs: Sequence[tuple[Token, str]],
) -> Iterator[Draft]:
    """Speech acts told without an attribution: "South Korea condemned the
    launch and urged Pyongyang to return to dialogue", "Japan and Australia
    urged restraint".  The subject is the source, the rest of the verb's
    phrase the content."""
    for verb, key in verbs:
        if not is_speech_act(verb, index):
            continue
        sources, _, _ = _speech_sources(verb, index)
        right = [t for t in verb.subtree if t.i > verb.i]
        ranges = [(right[0].idx, right[-1].idx + len(right[-1]))] if right else []
        content = " ".join(t.text for t in right)
        appeal_to = _pick_targets(sources[0], _modal_subjects(doc, ranges, index))
        code = _code(key, verb, content, lexicon, appeal_to)
        if code is None:
            continue
        evidence = ((verb.idx, ranges[0][1] if ranges else verb.idx + len(verb)),)
        if len(sources) > 1 and code[:2] in ("03", "04", "05"):
            yield from _reciprocal(sources, code, evidence, is_negated(verb))
            continue
        for source in sources:
            targets = _targets(doc, verb, code, key, ranges, source, index, appeal_to)
            for target in or_none(targets):
                yield Draft(
                    source=source,
                    target=target,
                    code=code,
                    evidence=evidence,
                    method=VERB_METHOD,
                    negated=is_negated(verb),
                    modality=modality_of(code),
                    reacts=None if targets else reacts_to_thing(verb, code, index),
                )


def _reciprocal(
    sources: Sequence[Actor],
    code: str,
    evidence: tuple[tuple[int, int], ...],
    negated: bool,
) -> Iterator[Draft]:
    """ "X and Y agreed to ...": one event in each direction, as CAMEO codes it."""
    for a in sources:
        for b in sources:
            if a is not b:
                yield Draft(
                    source=a,
                    target=b,
                    code=code,
                    evidence=evidence,
                    method=VERB_METHOD,
                    negated=negated,
                    modality=modality_of(code),
                )
