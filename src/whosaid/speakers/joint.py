"""Speaker resolution: joint sources ("Johnson and Corbyn said", "Britain,
France and Germany said"), one speaker per name joined by "and"."""

from __future__ import annotations

import itertools

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from whosaid.entities.lexicon import ROLE_NOUNS, TITLES
from whosaid.records import Span
from whosaid.speakers.groups import members_of_several
from whosaid.speakers.model import (
    DocIndex,
    MentionRef,
    SourceResult,
    char_span,
    token_range,
    top_token,
)
from whosaid.speakers.sources import (
    in_clause,
    mentions_in,
    named_result,
    only_modifies,
)

JOINT_KINDS: frozenset[str] = frozenset({"person", "org", "gpe"})
JOINT_WORDS: frozenset[str] = frozenset({"and", "&"})


def resolve_joint(ix: DocIndex, source: Span) -> list[SourceResult]:
    """The speakers of a joint source, in text order: "Johnson and Corbyn",
    "Opposition leader X and former prime minister Y (both)", "Britain,
    France and Germany".  Each later name must be a conjunct joined by "and"
    (a list's commas pass); a name that only modifies ("Haley's aide") or
    sits in a clause does not count.  Empty when the source names one."""
    span = char_span(ix, source.start, source.end)
    if span is None or len(span) < 3:
        return []
    root = span.root
    named: list[MentionRef] = []
    for m in mentions_in(ix, span):
        if m.entity.kind not in JOINT_KINDS or only_modifies(ix, m, span):
            continue
        if in_clause(ix, m, root) or any(m.entity is n.entity for n in named):
            continue
        named.append(m)
    doc = ix.doc
    persons = [m for m in named if m.entity.kind == "person"]
    if len(persons) >= 2:
        # "Senate Majority Leader X and House Democratic leader Y": the
        # bodies in the titles are no speakers of their own
        named = persons
    else:
        named = [m for m in named if top_token(doc, m).dep_ not in _MODIFIER_DEPS]
    if len(named) < 2 or members_of_several(ix, span, named):
        return []
    joined = False
    for prev, cur in itertools.pairwise(named):
        rng = token_range(doc, cur.start, cur.end)
        top = top_token(doc, cur)
        if (
            top.dep_ != "conj"
            and not _sibling_appositions(doc, prev, top)
            and not _hung_on_the_next(doc, prev, cur, top)
            and not _named_conjunct(doc, prev, cur, top)
            and not _and_a_titled_person(doc, prev, cur)
        ):
            return []
        between = doc[token_range(doc, prev.end, cur.start).start : rng.start]
        if any(t.pos_ in ("VERB", "AUX") for t in between):
            return []
        words = {t.lower_ for t in between}
        if not words & JOINT_WORDS and "," not in words:
            return []
        joined = joined or bool(words & JOINT_WORDS)
    if not joined:
        return []
    return [named_result(ix, m, span) for m in named]


_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod"})


HUNG_DEPS: frozenset[str] = frozenset({"nmod", "compound", "appos", "npadvmod"})


def _hung_on_the_next(doc: Doc, prev: MentionRef, cur: MentionRef, top: Token) -> bool:
    """Two persons joined by "and" that the parser hung one on the other
    ("British Prime Minister Keir Starmer and French President Emmanuel
    Macron": "Starmer" an ``nmod`` of "Macron", "and" on "Starmer"); the
    "and" between them is checked by the caller."""
    before = top_token(doc, prev)
    return (
        prev.entity.kind == "person"
        and cur.entity.kind == "person"
        and before.dep_ in HUNG_DEPS
        and before.head.i == top.i
    )


def _named_conjunct(doc: Doc, prev: MentionRef, cur: MentionRef, top: Token) -> bool:
    """A name in apposition after a common-noun conjunct ("Police spokesman
    Nahum Daso and a resident, Modu Bukar,"), however the parser hung it;
    the "and" is checked by the caller."""
    if top.dep_ != "appos":
        return False
    gap = range(token_range(doc, prev.start, prev.end).stop, top_token(doc, cur).i)
    return any(doc[i].dep_ == "conj" and doc[i].pos_ == "NOUN" for i in gap)


def _and_a_titled_person(doc: Doc, prev: MentionRef, cur: MentionRef) -> bool:
    """Two persons with only "and" and the second one's title chain between
    them ("Schumer and House Minority Leader Hakeem Jeffries"), however the
    parser hung them: the title chain's words are capitalised and its last
    is a title or role ("Leader")."""
    if prev.entity.kind != "person" or cur.entity.kind != "person":
        return False
    gap = doc[
        token_range(doc, prev.start, prev.end).stop : token_range(
            doc, cur.start, cur.end
        ).start
    ]
    if len(gap) < 2 or gap[0].lower_ not in JOINT_WORDS:
        return False
    chain = gap[1:]
    if not all(t.is_alpha and t.text[:1].isupper() for t in chain):
        return False
    return chain[-1].lower_ in TITLES or chain[-1].lower_ in ROLE_NOUNS


def _sibling_appositions(doc: Doc, prev: MentionRef, top: Token) -> bool:
    """Two names the parser hung on one title as appositions ("Senate
    Majority Leader Chuck Schumer and House Democratic leader Hakeem
    Jeffries": both under "Leader"); the "and" between them is checked by
    the caller."""
    before = top_token(doc, prev)
    return (
        top.dep_ == "appos" and before.dep_ == "appos" and top.head.i == before.head.i
    )


def joint_groups(ix: DocIndex, source: Span) -> list[tuple[int, int]]:
    """The groups of a source that joins bare plurals with "and" ("local
    officials and residents", "witnesses and aid workers"): each group's
    character range, in text order; empty for any other source (one with a
    name, a determiner or a single group)."""
    span = char_span(ix, source.start, source.end)
    if span is None or len(span) < 3:
        return []
    root = span.root
    if root.tag_ != "NNS" or not root.is_lower:
        return []
    if any(t.i in ix.token_mention or t.dep_ in {"det", "poss"} for t in span):
        return []
    conjs = [c for c in root.children if c.dep_ == "conj" and c.i in _indices(span)]
    ccs = [c for c in root.children if c.dep_ == "cc" and c.lower_ in JOINT_WORDS]
    if len(conjs) != 1 or len(ccs) != 1:
        return []
    conj, cc = conjs[0], ccs[0]
    if conj.tag_ != "NNS" or not conj.is_lower or cc.i > conj.i:
        return []
    first = ix.doc[span.start : cc.i]
    second = ix.doc[conj.left_edge.i : conj.right_edge.i + 1]
    if not len(first) or not len(second) or first[-1].is_punct:
        return []
    return [(first.start_char, first.end_char), (second.start_char, second.end_char)]


def _indices(span: SpacySpan) -> range:
    return range(span.start, span.end)
