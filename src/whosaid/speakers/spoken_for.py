"""Speaker resolution: whom an unnamed spokesperson or envoy speaks for.

"a spokesman for the association", "a spokeswoman for the Chinese foreign
ministry", "Russia's representative": a spokesperson or envoy on the record
speaks for the body or state named after "for"/"of" or possessing the role
(the fixtures' convention, ``tests/fixtures/README.md``).  The body is
resolved as a source of its own ("the association" -> the association named
before); a body the text names only by a common noun phrase is named by its
own words ("Chinese foreign ministry").
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from whosaid.entities.lexicon import ALL_PRONOUNS, ORG_NOUNS
from whosaid.entities.names import Ranges, name_words, same_stem
from whosaid.nlp.models import doc_text
from whosaid.speakers.groups import BODY_SPOKES_CHARS, SPOKES_NOUNS
from whosaid.speakers.model import (
    RESOLVED_NOMINAL,
    RESOLVED_UNRESOLVED,
    Discourse,
    DocIndex,
    Entity,
    RoleSpeaker,
    SourceResult,
)
from whosaid.speakers.salience import latest_body_speaker

SpanResolver = Callable[[DocIndex, Discourse, SpacySpan, Ranges], SourceResult]
"""Resolves one source span (:func:`whosaid.speakers.sources._resolve_span`)."""

SPOKEN_FOR_PREPS: frozenset[str] = frozenset({"for", "of"})
"""Prepositions of "a spokesman for the ministry", "the spokeswoman of the
court"."""
SPOKEN_FOR_KINDS: frozenset[str] = frozenset({"org", "gpe", "person"})
"""What a spokesperson may speak for: a body, a state, or a person ("A
spokesman for the Speaker")."""
BODY_DETERMINERS: frozenset[str] = frozenset({"the", "this", "that"})
MODIFIER_DEPS: frozenset[str] = frozenset({"compound", "nmod", "amod"})
"""Dependencies of the words before a spokesperson noun that may name the
body spoken for."""


def spoken_for_body(
    ix: DocIndex,
    ds: Discourse,
    root: Token,
    content: Ranges,
    resolve: SpanResolver,
) -> SourceResult | None:
    """The body a spokesperson's "for"/"of" phrase names, resolved as a
    source of its own ("a spokesman for the association" -> the association
    named before), else a definite organisation noun phrase named by its own
    words ("a spokeswoman for the Chinese foreign ministry" -> "Chinese
    foreign ministry"); ``None`` for any other source."""
    if root.lower_ not in SPOKES_NOUNS:
        return None
    body = _spoken_for_object(root)
    if body is None:
        return None
    phrase = ix.doc[body.left_edge.i : body.i + 1]
    found = resolve(ix, ds, phrase, content)
    if found.entity is not None and not found.anonymous:
        if found.entity.kind in SPOKEN_FOR_KINDS:
            return SourceResult(found.entity, RESOLVED_NOMINAL, found.mention)
        return None
    return _body_by_own_words(ds, phrase, body)


def _spoken_for_object(root: Token) -> Token | None:
    """The object of "for"/"of" on a spokesperson noun, never a pronoun."""
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ not in SPOKEN_FOR_PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.lower_ not in ALL_PRONOUNS:
                return obj
    return None


def _body_by_own_words(
    ds: Discourse, phrase: SpacySpan, body: Token
) -> SourceResult | None:
    """A definite singular organisation noun phrase no one named ("the
    Chinese foreign ministry"), as a body of its own named by its words
    without the article."""
    if (
        body.lower_ not in ORG_NOUNS
        or not body.is_lower
        or body.tag_ not in {"NN", "NNP"}
    ):
        return None
    words = [t for t in phrase if not (t.is_punct or t.is_space)]
    if len(words) < 3 or words[0].lower_ not in BODY_DETERMINERS:
        return None
    first, last = words[1], words[-1]
    start, end = first.idx, last.idx + len(last.text)
    name = doc_text(phrase.doc)[start:end]
    key = f"pseudo:{name.lower()}"
    entity = ds.entities.get(key)
    if entity is None:
        entity = Entity(name=name, kind="org", start=start, end=end)
        ds.entities[key] = entity
    return SourceResult(entity, RESOLVED_NOMINAL, (start, end))


def modified_spokesperson(ds: Discourse, root: Token) -> SourceResult | None:
    """ "A German government spokesman", "an Upper Bavaria government
    spokeswoman": a spokesperson whose modifiers name the body they speak
    for, capitalised words before a lower-case organisation noun, is that
    body named by its words ("German government"); ``None`` for any other
    source ("a senior government spokesman" names no body)."""
    if root.lower_ not in SPOKES_NOUNS:
        return None
    before = [c for c in root.children if c.i < root.i]
    body = next(
        (
            c
            for c in before
            if c.dep_ in {"compound", "nmod"} and c.is_lower and c.lower_ in ORG_NOUNS
        ),
        None,
    )
    if body is None:
        return None
    first = min(c.left_edge.i for c in before if c.dep_ in MODIFIER_DEPS)
    words = [t for t in root.doc[first : body.i] if not (t.is_punct or t.is_space)]
    if not words or not all(t.text[:1].isupper() for t in words):
        return None
    start, end = words[0].idx, body.idx + len(body.text)
    name = root.doc.text[start:end]
    entity = ds.entities.setdefault(
        f"pseudo:{name.lower()}", Entity(name=name, kind="org", start=start, end=end)
    )
    # unresolved, as "The German government said": the actor stage codes
    # the phrase by its words (DEUGOV)
    return SourceResult(entity, RESOLVED_UNRESOLVED, (start, end))


ENVOY_NOUNS: frozenset[str] = frozenset(
    {"representative", "envoy", "ambassador", "delegate", "delegation"}
)
"""Roles whose holder speaks for a state at a meeting ("Russia's
representative told the council")."""


def state_envoy(ix: DocIndex, span: SpacySpan, root: Token) -> SourceResult | None:
    """An unnamed envoy a state possesses ("Russia's representative told the
    council …"): the envoy speaks for the state on the record, so the state
    spoke; ``None`` when a name follows the role ("China's ambassador, Zhang
    Jun,"), the role is no envoy's or the possessor no state."""
    if root.lower_ not in ENVOY_NOUNS or root.i != _last_word(span).i:
        return None
    poss = next((c for c in root.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    found = ix.token_mention.get(poss.i)
    if found is None or found.entity.kind != "gpe":
        return None
    return SourceResult(found.entity, RESOLVED_NOMINAL, (found.start, found.end))


def _last_word(span: SpacySpan) -> Token:
    words = [t for t in span if not (t.is_punct or t.is_space)]
    return words[-1] if words else span[-1]


LOCATIVE_PREPS: frozenset[str] = frozenset({"at", "in"})
"""Prepositions that place a spokesperson at a body ("At the White House, a
spokesman said")."""


def bare_spokesperson(ix: DocIndex, ds: Discourse, root: Token) -> SourceResult | None:
    """The body an unattached spokesperson ("a spokesman said", "A
    spokesperson confirmed") speaks for: the body the clause places them at
    ("At the White House, a spokesman said"), else the latest body that
    spoke (:func:`~whosaid.speakers.salience.latest_body_speaker`: "…, the
    statement said.  A spokesperson confirmed …"); ``None`` when the noun
    has a possessor, a modifier or a "for"/"of" phrase of its own, or no
    body is found."""
    if root.lower_ not in SPOKES_NOUNS:
        return None
    if any(c.dep_ not in {"det", "punct"} for c in root.children if c.i < root.i):
        return None
    if any(c.dep_ == "prep" or c.dep_ == "appos" for c in root.children):
        return None
    placed = _placed_at_body(ix, root)
    if placed is not None:
        return placed
    body = latest_body_speaker(ds, root.idx)
    return None if body is None else SourceResult(body, RESOLVED_NOMINAL)


def _placed_at_body(ix: DocIndex, root: Token) -> SourceResult | None:
    """The organisation after "at"/"in" on the verb a spokesperson is the
    subject of ("At the White House, a spokesman said")."""
    if root.dep_ != "nsubj":
        return None
    for prep in root.head.children:
        if prep.dep_ != "prep" or prep.lower_ not in LOCATIVE_PREPS:
            continue
        for obj in prep.children:
            found = ix.token_mention.get(obj.i) if obj.dep_ == "pobj" else None
            if found is not None and found.entity.kind in {"org", "fac"}:
                return SourceResult(found.entity, RESOLVED_NOMINAL)
    return None


NAMED_KINDS: frozenset[str] = frozenset({"org", "fac"})
"""What a spokesperson's kind noun may name: a body or an institution's
building ("Royal Darwin Hospital", which NER may call a facility)."""


KIND_DEPS: frozenset[str] = frozenset({"det", "compound", "nmod"})
"""Dependencies of the words a kind spokesperson may have before it ("A
hospital spokeswoman"): an article and the kind noun, nothing else."""


def kind_spokesperson(ds: Discourse, root: Token) -> SourceResult | None:
    """ "… flown to Royal Darwin Hospital.  A hospital spokeswoman said",
    "A police spokesman denied …": a spokesperson whose only modifier is a
    lower-case noun of the kind of body they speak for is the latest body
    named before it, within :data:`BODY_SPOKES_CHARS`, whose name ends in
    that noun; with none named, a body noun ("police", "district") names the
    body by its own word, as "The police said" does (the fixtures'
    convention: a spokesperson on the record is the body); ``None`` for any
    other source."""
    if root.lower_ not in SPOKES_NOUNS:
        return None
    before = [c for c in root.children if c.i < root.i and c.dep_ != "punct"]
    kinds = [c for c in before if c.dep_ in {"compound", "nmod"}]
    if len(kinds) != 1 or any(c.dep_ not in KIND_DEPS for c in before):
        return None
    noun = kinds[0]
    if not (noun.is_alpha and noun.is_lower and noun.pos_ == "NOUN"):
        return None
    named = _named_body_of_kind(ds, noun.lower_, root.idx)
    if named is not None:
        ds.role_speakers[root.lower_] = RoleSpeaker(named, root.idx)
        return SourceResult(named, RESOLVED_NOMINAL)
    if noun.lower_ not in ORG_NOUNS:
        return None
    start, end = noun.idx, noun.idx + len(noun.text)
    entity = ds.entities.setdefault(
        f"pseudo:{noun.lower_}",
        Entity(name=noun.text.capitalize(), kind="org", start=start, end=end),
    )
    # unresolved, as "The police said": the actor stage codes the word
    return SourceResult(entity, RESOLVED_UNRESOLVED, (start, end))


def _named_body_of_kind(ds: Discourse, noun: str, pos: int) -> Entity | None:
    """The latest body or facility named within :data:`BODY_SPOKES_CHARS`
    before ``pos`` whose name's last word is ``noun`` ("Hospital" of "Royal
    Darwin Hospital" for "hospital"), outside quotes."""
    end = bisect.bisect_left(ds.events, pos, key=lambda ev: ev.start)
    for ev in reversed(ds.events[:end]):
        if ev.start < pos - BODY_SPOKES_CHARS:
            return None
        words = name_words(ev.entity.name)
        if (
            ev.entity.kind in NAMED_KINDS
            and not ev.masked
            and len(words) > 1
            and same_stem(words[-1], noun)
        ):
            return ev.entity
    return None
