"""Parse helpers shared by the event rules: subjects, objects, modality."""

from __future__ import annotations

import re

from spacy.tokens import Token

from whosaid.events.mentions import ActorIndex
from whosaid.records import Actor

__all__ = [
    "clause_words",
    "expand",
    "is_background",
    "is_hypothetical",
    "is_negated",
    "subject_actors",
]

_MODALS = frozenset(
    {"will", "would", "could", "may", "might", "should", "must", "can", "'ll", "wo"}
)
_SKIP_DEPS = frozenset({"relcl", "acl", "amod", "csubj"})
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "conj", "relcl", "parataxis", "cc"})
_PAST_RE = re.compile(
    r"^(?:last (?:month|year|week|summer|winter|spring|autumn|fall)"
    r"|\w+ (?:years|months) ago|earlier this (?:year|month)|in (?:19|20)\d\d)$"
)


def expand(token: Token) -> list[Token]:
    """A token and its conjuncts ("Pyongyang and Washington")."""
    return [token, *token.conjuncts]


def is_negated(token: Token) -> bool:
    """A verb with a negation ("did not attack", "never urged")."""
    return any(c.dep_ == "neg" for c in token.children)


def is_hypothetical(token: Token) -> bool:
    """A verb under a modal, in the infinitive, or an untensed complement
    (or coordinated with one: "must try and reduce tensions and restart talks")."""
    verb = token
    for _ in range(4):
        # a modal or "to" among its auxiliaries (one walk of the children)
        if any(
            c.dep_ == "aux" and (c.lower_ in _MODALS or c.tag_ == "TO")
            for c in verb.children
        ):
            return True
        if verb.dep_ in ("xcomp", "ccomp") and verb.tag_ in ("VB", "VBG"):
            return True
        if verb.dep_ != "conj" or verb.head is verb:
            return False
        verb = verb.head
    return False


def is_background(token: Token) -> bool:
    """Relative clauses, modifiers, conditions and "since ..." states are not
    new events ("the test, which violated ...", "at war since 2023")."""
    if token.dep_ in _SKIP_DEPS:
        return True
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ == "since":
            return True
        if c.dep_ == "mark" and c.lower_ in (
            "if",
            "unless",
            "while",
            "until",
            "because",
        ):
            return True
        if c.dep_ in ("npadvmod", "advmod", "prep") and _PAST_RE.search(
            " ".join(t.lower_ for t in c.subtree)
        ):
            return True
    return False


def _subject_tokens(subject: Token) -> list[Token]:
    """A subject and its conjuncts, also those hanging off an appositive
    ("Vice Premier He Lifeng and Bessent")."""
    out = expand(subject)
    for child in subject.children:
        if child.dep_ == "appos":
            out.extend(child.conjuncts)
    return out


def _np_actors(
    subject: Token, index: ActorIndex, *, direct: bool = False
) -> list[Actor]:
    actors: list[Actor] = []
    for t in _subject_tokens(subject):
        found = index.group_actors(t, None)
        actor = index.actor_of(t) if direct else index.np_actor(t)
        if actor is None and t.pos_ == "PRON" and (direct or t.lower_ != "it"):
            # "the ministry said it ... and called on"; for actions "it" is
            # as often the thing just named ("it contains claims against")
            actor = index.speaker_of(t)
        actors.extend(found or ([actor] if actor is not None else []))
    return list(dict.fromkeys(actors))


def dateline_subject(token: Token, index: ActorIndex) -> list[Actor]:
    """Actors between a dateline and its verb ("SEOUL, May 12 (Wire) -
    North Korea fired"), where the parser took the dateline for the subject."""
    dash = max((i for i in index.dateline if i < token.i), default=None)
    if dash is None or token.i - dash > 40:
        return []
    for t in token.doc[dash + 1 : token.i]:
        if t.is_sent_start or t.pos_ in ("VERB", "AUX"):
            return []  # another sentence, or not the first verb after the dateline
    start = token.doc[dash].idx + 1
    return index.outer_actors(start, token.idx)


def subject_actors(
    token: Token, index: ActorIndex, *, direct: bool = False
) -> tuple[list[Actor], Token | None, bool]:
    """Actors of a verb's subject (or of the verb it is coordinated with),
    the subject token, and whether the verb is passive.  Dateline tokens
    ("SEOUL, May 12 (Wire) -") are never the subject: the actors between the
    dateline and the verb are.  ``direct``: the subject must itself be an
    actor, not a thing an actor's name modifies ("the Philippine vessel")."""
    lead = dateline_subject(token, index)
    if lead:
        return lead, token, False
    verb = token
    for _ in range(3):
        for c in verb.children:
            if c.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if c.i in index.dateline:
                break
            return _np_actors(c, index, direct=direct), c, c.dep_ == "nsubjpass"
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
        else:
            break
    return [], None, False


def clause_words(token: Token, limit: int = 10) -> list[Token]:
    """The tokens after a verb in its own clause (not in a clause of its own
    under it: "strikes the grid as Kyiv calls for ..." stops before "as")."""
    out: list[Token] = []
    stack = [c for c in token.children if c.i > token.i]
    cut = {c.i for c in stack if c.dep_ in _CLAUSE_DEPS}
    for c in sorted(stack, key=lambda t: t.i):
        if c.i in cut:
            continue
        out.extend(c.subtree)
    out.sort(key=lambda t: t.i)
    return out[:limit]
