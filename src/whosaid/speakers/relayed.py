"""Speaker resolution: a medium that relays someone's words ("State
broadcaster MRTV quoted him as saying …", "Xinhua quoted Xi as saying …",
"the paper cited the minister as saying …"): the person quoted speaks, not
the medium that is the grammatical subject (issue #9)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from whosaid.records import Span
from whosaid.speakers.model import DocIndex, char_span

RELAY_VERBS: frozenset[str] = frozenset({"quote", "cite"})
"""Verbs whose object is the speaker when they go on "as saying"."""

RELAY_FORMS: frozenset[str] = frozenset({"quoted", "cited"})
"""The relaying verbs as the text writes them (a lemma may be missing)."""


def _relays(tok: Token) -> bool:
    return tok.lemma_.lower() in RELAY_VERBS or tok.lower_ in RELAY_FORMS


def relaying_verb(cue_root: Token) -> Token | None:
    """The active "quoted"/"cited" that the cue is ("quoted him as
    saying"), or that its "as saying" hangs on ("saying"); ``None`` for any
    other cue and for a passive "was quoted as saying" (its subject
    speaks)."""
    tok = cue_root
    if not _relays(tok):
        prep = tok.head
        if not (tok.lower_.endswith("ing") and prep.lower_ == "as"):
            return None
        tok = prep.head
        if not _relays(tok):
            return None
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children)
    return None if passive else tok


def _says_as(verb: Token) -> bool:
    """The relaying verb goes on "as saying"/"as telling" (never "cited
    figures" or "quoted a report")."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            return any(c.lower_.endswith("ing") for c in prep.subtree if c.i > prep.i)
    return False


def relayed_source(
    ix: DocIndex,
    cue: Sequence[Span],
    content: Sequence[Span] = (),
    source: Sequence[Span] = (),
) -> Span | None:
    """The object of "X quoted/cited Y as saying": Y's words, as a source
    span, when the object is a person's name or pronoun; the speaker a
    medium's report relays ("Y said …, according to agency X") or a bare
    spokesperson confirms ("The Commission has said …, a spokesperson
    confirmed"): :func:`said_according_to`; ``None`` else."""
    if not cue:
        return None
    span = char_span(ix, cue[0].start, cue[0].end)
    if span is None or not len(span):
        return None
    if span.text.lower().startswith("according"):
        return said_according_to(ix, content)
    if _bare_spokesperson(ix, source):
        found = said_according_to(ix, content)
        words = char_span(ix, found.start, found.end) if found else None
        if words is not None and any(t.ent_type_ == "ORG" for t in words):
            return found
        return None
    verb = relaying_verb(span.root)
    if verb is None or not _says_as(verb):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in {"PROPN", "PRON", "NOUN"}:
        return None
    if obj.pos_ == "PRON" and obj.lower_ not in {"him", "her", "them"}:
        return None
    first = ix.doc[obj.left_edge.i]
    return Span.of(ix.text, first.idx, obj.idx + len(obj.text))


CONTACT_VERBS: frozenset[str] = frozenset(
    {"reach", "contact", "interview", "quote", "cite", "question", "survey", "poll"}
)
"""Verbs by which a medium gets a group's words ("residents reached by Al
Jazeera", "witnesses interviewed by Reuters")."""


def reached_by_medium(root: Token, tok: Token) -> bool:
    """Whether ``tok`` is a participle on a plural source head that tells
    who got the group's words ("residents *reached by Al Jazeera*"): the
    group speaks, the medium does not; the clause is cut from its name."""
    return (
        tok.dep_ == "acl"
        and tok.head.i == root.i
        and root.tag_ == "NNS"
        and (tok.lemma_.lower() in CONTACT_VERBS or tok.lower_ in {"reached", "quoted"})
    )


REPORTING_VERBS: frozenset[str] = frozenset(
    {"said", "says", "told", "tells", "announced", "stated", "added", "declared"}
    | {"warned", "confirmed"}
)
"""Verbs of a report another source relays ("X said …, according to TASS"),
as written (the parse may carry no lemmas)."""


AUX_DEPS: frozenset[str] = frozenset({"aux", "auxpass"})

SPOKES_WORDS: frozenset[str] = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _bare_spokesperson(ix: DocIndex, source: Sequence[Span]) -> bool:
    """Whether the source is a spokesperson of no one named ("a
    spokesperson", "the spokesman"): an article and the noun alone."""
    parts = [s for s in source if s.end > s.start]
    span = char_span(ix, parts[0].start, parts[0].end) if len(parts) == 1 else None
    if span is None or span.root.lower_ not in SPOKES_WORDS:
        return False
    return all(t.i == span.root.i or t.dep_ == "det" for t in span)


def said_according_to(ix: DocIndex, content: Sequence[Span]) -> Span | None:
    """ "Minister X said Moscow expected …, according to the RIA agency": a
    content that opens with its own speaker and reporting verb is that
    speaker's words, which the medium only relays; the subject's words as a
    source span, else ``None``."""
    parts = [c for c in content if c.end > c.start]
    if not parts:
        return None
    span = char_span(ix, parts[0].start, parts[0].end)
    if span is None or not len(span):
        return None
    verb = next(
        (
            t
            for t in span
            if t.pos_ == "VERB" or (t.pos_ == "AUX" and t.dep_ not in AUX_DEPS)
        ),
        None,
    )
    if verb is None or verb.lower_ not in REPORTING_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if subject is None or not words or subject.left_edge.i != words[0].i:
        return None
    last = ix.doc[max(subject.i, min(subject.right_edge.i, verb.i - 1))]
    return Span.of(ix.text, words[0].idx, last.idx + len(last.text))
