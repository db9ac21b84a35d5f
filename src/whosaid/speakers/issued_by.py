"""Speaker resolution: who issued a document or owns the figures a source
cites, from the source's own syntax.

"according to a memorandum the party circulated to county chairmen": the
subject of the relative clause on a document noun issued it ("the party" ->
the party named before).  "according to its latest filings": figures or
filings a pronoun possesses are the possessor's (a bare "stock exchange
filings" stays an evidence source named by its own words).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from whosaid.entities.lexicon import DOC_NOUNS, EVIDENCE_NOUNS, THING_PRONOUNS
from whosaid.entities.names import Ranges
from whosaid.speakers.model import (
    RESOLVED_NOMINAL,
    Discourse,
    DocIndex,
    SourceResult,
)
from whosaid.speakers.salience import resolve_pronoun

SpanResolver = Callable[[DocIndex, Discourse, SpacySpan, Ranges], SourceResult]
"""Resolves one source span (:func:`whosaid.speakers.sources._resolve_span`)."""

ISSUER_KINDS: frozenset[str] = frozenset({"org", "gpe", "person"})


def clause_issuer(
    ix: DocIndex,
    ds: Discourse,
    root: Token,
    content: Ranges,
    resolve: SpanResolver,
) -> SourceResult | None:
    """The subject of a relative clause on a document noun, resolved as a
    source of its own ("a memorandum the party circulated" -> the party
    named before, "the report the ministry published"); ``None`` for any
    other source or a subject that names no one."""
    if root.lower_ not in DOC_NOUNS and root.lower_ not in EVIDENCE_NOUNS:
        return None
    for clause in root.children:
        if clause.dep_ != "relcl":
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i < root.i or subject.lower_ in THING_PRONOUNS:
            continue
        phrase = ix.doc[subject.left_edge.i : subject.i + 1]
        found = resolve(ix, ds, phrase, content)
        if (
            found.entity is not None
            and not found.anonymous
            and found.entity.kind in ISSUER_KINDS
        ):
            return SourceResult(found.entity, RESOLVED_NOMINAL)
    return None


def possessed_evidence(
    ix: DocIndex,
    ds: Discourse,
    root: Token,
    content: Ranges,
    resolve: SpanResolver,
) -> SourceResult | None:
    """The body a thing pronoun stands for when it possesses the figures or
    filings a source cites: the subject of the clause the source hangs on
    ("Evergrande owes …, according to its latest filings"), else the body
    "its" refers to; ``None`` for any other source."""
    if root.lower_ not in EVIDENCE_NOUNS:
        return None
    poss = next((c for c in root.children if c.dep_ == "poss"), None)
    if poss is None or poss.lower_ not in THING_PRONOUNS:
        return None
    subject = _clause_subject(root)
    if subject is not None:
        phrase = ix.doc[subject.left_edge.i : subject.i + 1]
        found = resolve(ix, ds, phrase, content)
        if found.entity is not None and not found.anonymous:
            # "its" says a body, whatever kind a name was guessed to be
            return SourceResult(found.entity, RESOLVED_NOMINAL)
    found = resolve_pronoun(ix, ds, poss, content)
    if found.entity is None or found.entity.kind not in {"org", "gpe"}:
        return None
    return SourceResult(found.entity, RESOLVED_NOMINAL)


CLIMB_TOKENS = 4
"""How many heads a source climbs to the verb of its clause ("filings" ->
"to" -> "according" -> "owes")."""


def _clause_subject(tok: Token) -> Token | None:
    """The proper-noun subject of the verb a source phrase hangs on."""
    verb = tok
    for _ in range(CLIMB_TOKENS):
        if verb.head.i == verb.i:
            break
        verb = verb.head
        if _clause_verb(verb):
            break
    if not _clause_verb(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN":
        return None
    return subject


def _clause_verb(tok: Token) -> bool:
    """A verb heading a clause, not the "according" of "according to"."""
    return tok.pos_ in {"VERB", "AUX"} and tok.lower_ != "according"
