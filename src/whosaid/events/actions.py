"""Actions: a verb with a subject actor (and usually an object actor) coded
from the verb lexicon ("Pyongyang test-fired an ICBM", "the US imposed
sanctions on Iran", "police detained the activist").

Rules:

* the verb's code comes from the lexicon: the longest phrase pattern that the
  words after the verb match ("impose sanctions" 163), else the verb's own
  code; plain statements (root 01) are left to the speech rules;
* the source is the subject actor (the "by" agent of a passive, whose
  subject is then the target), or that of the verb it is coordinated with;
* the target is the object actor ("detained X"), else an actor under a
  preposition of the verb or its object ("sanctions on X", "talks with X"),
  else the first other actor in the verb's phrase;
* not an event: a verb under a modal or in the infinitive ("could strike",
  "plans to strike", "threatened to strike": the threat is the speech act),
  inside a relative clause or modifier ("the test, which violated ..."), or
  background ("has been at war since 2023");
* "did not attack" is kept with ``negated`` set;
* "X and Y agreed/met/signed" with no object, and "X met with Y", are
  reciprocal: one event in each direction, as CAMEO codes them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from whosaid.events.codes import VerbLexicon
from whosaid.events.draft import Draft
from whosaid.events.mentions import ActorIndex

__all__ = ["action_events", "verb_code"]

METHOD = "rule.action.v1"
RECIPROCAL_METHOD = "rule.action.reciprocal.v1"
_MODALS = frozenset(
    {"will", "would", "could", "may", "might", "should", "must", "can", "'ll", "wo"}
)
_SKIP_DEPS = frozenset({"relcl", "acl", "amod", "csubj", "pcomp"})
_TARGET_PREPS = frozenset({"on", "against", "with", "to", "at", "upon", "into"})
_RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06"})
_FOLLOWING = 8


def verb_code(token: Any, doc: Any, lexicon: VerbLexicon) -> str:
    """The lexicon code of a verb token in its context ("" when none).

    A hyphenated compound ("test - fired") is looked up whole first.
    """
    following = [t.lower_ for t in doc[token.i + 1 : token.i + 1 + _FOLLOWING]]
    lemma = lexicon.lemma(token.lower_)
    if token.i >= 2 and doc[token.i - 1].text == "-":
        compound = lexicon.lemma(f"{doc[token.i - 2].lower_}-{token.lower_}")
        if compound is not None:
            return lexicon.code(compound, following)[0]
    if lemma is None:
        return ""
    particle = following[0] if following else ""
    phrasal = lexicon.lemma(f"{token.lower_} {particle}")
    if phrasal is not None:
        code, _ = lexicon.code(phrasal, following[1:])
        if code:
            return code
    return lexicon.code(lemma, following)[0]


def is_hypothetical(token: Any) -> bool:
    """A verb under a modal, in the infinitive, or an untensed complement
    (or coordinated with one: "must try and reduce tensions and restart talks")."""
    verb = token
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
            return True
        if any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
            return True
        if verb.dep_ in ("xcomp", "ccomp") and verb.tag_ in ("VB", "VBG"):
            return True
        if verb.dep_ != "conj" or verb.head is verb:
            return False
        verb = verb.head
    return False


def is_background(token: Any) -> bool:
    """Relative clauses, modifiers, and "since ..." states are not new events."""
    if token.dep_ in _SKIP_DEPS:
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "since" for c in token.children
    ) or any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in token.children)


def _subject(token: Any) -> tuple[Any | None, bool]:
    """The subject token of a verb and whether the verb is passive."""
    verb = token
    for _ in range(3):
        for c in verb.children:
            if c.dep_ == "nsubj":
                return c, False
            if c.dep_ == "nsubjpass":
                return c, True
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
        else:
            break
    return None, False


def _agent(token: Any) -> Any | None:
    for c in token.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def _objects(token: Any) -> list[Any]:
    """Object tokens: direct objects, then "PREP X" under the verb or object."""
    direct = [c for c in token.children if c.dep_ in ("dobj", "dative", "attr")]
    out = [t for d in direct for t in (d, *d.conjuncts)]
    for head in (token, *direct):
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS:
                for p in c.children:
                    if p.dep_ == "pobj":
                        out.extend((p, *p.conjuncts))
    return out


def _actors(tokens: list[Any], index: ActorIndex) -> list[Any]:
    out = []
    for t in tokens:
        actor = index.actor_of(t)
        if actor is not None and actor not in out:
            out.append(actor)
    return out


def _phrase_actors(token: Any, index: ActorIndex, exclude: list[Any]) -> list[Any]:
    """Actors inside the verb's phrase after the verb ("to the US continent")."""
    out = []
    for t in token.subtree:
        if t.i <= token.i:
            continue
        actor = index.actor_of(t)
        if actor is not None and actor not in exclude and actor not in out:
            out.append(actor)
    return out


def _evidence(token: Any, parts: list[Any]) -> tuple[tuple[int, int], ...]:
    start = min([token.idx, *(p.idx for p in parts)])
    end = max([token.idx + len(token), *(p.idx + len(p) for p in parts)])
    return ((start, end),)


def action_events(
    doc: Any, index: ActorIndex, lexicon: VerbLexicon, *, skip: frozenset[int]
) -> Iterator[Draft]:
    """Action events of a parsed article; ``skip``: token indices of speech cues."""
    for token in doc:
        if token.pos_ != "VERB" or token.i in skip:
            continue
        yield from _action(token, doc, index, lexicon)


def _action(token: Any, doc: Any, index: ActorIndex, lexicon: VerbLexicon) -> Iterator[Draft]:
    code = verb_code(token, doc, lexicon)
    if not code or code.startswith("01"):
        return
    if is_hypothetical(token) or is_background(token):
        return
    subject, passive = _subject(token)
    if subject is None:
        return
    objects = _objects(token)
    if passive:
        agent = _agent(token)
        sources = _actors([agent, *agent.conjuncts], index) if agent is not None else []
        targets = _actors([subject, *subject.conjuncts], index)
    else:
        sources = _actors([subject, *subject.conjuncts], index)
        targets = _actors(objects, index)
    if not sources:
        return
    if not targets:
        targets = _phrase_actors(token, index, sources)[:1]
    negated = any(c.dep_ == "neg" for c in token.children)
    parts = [subject, *objects]
    evidence = _evidence(token, parts)
    reciprocal = code[:2] in _RECIPROCAL_ROOTS
    if reciprocal and len(sources) > 1 and not targets:
        for a in sources:
            for b in sources:
                if a is not b:
                    yield Draft(a, b, code, evidence, RECIPROCAL_METHOD, negated=negated)
        return
    for source in sources:
        for target in targets or [None]:
            if target is source:
                continue
            yield Draft(source, target, code, evidence, METHOD, negated=negated)
            if reciprocal and target is not None and code[:2] == "04":
                yield Draft(target, source, code, evidence, RECIPROCAL_METHOD, negated=negated)
