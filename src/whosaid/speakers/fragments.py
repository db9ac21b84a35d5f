"""Speaker resolution: which words of a source speak.  A fragment in a
relative clause of the source ("Indigenous leaders, who staged protests
outside the prosecutor's office, said") or a source inside a clause on the
cue's subject ("Joe Ajaero, speaking after a meeting of the council, said")
is not the speaker; an indefinite description ("A woman … said") is the
person the same noun made definite names next; an unresolved name keeps no
article before its named possessor."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from whosaid.entities.lexicon import SINGULAR_PERSON_NOUNS
from whosaid.records import Attribution, Span, Speaker
from whosaid.speakers.model import (
    RESOLVED_NOMINAL,
    RESOLVED_UNRESOLVED,
    SUBJECT_DEPS,
    DocIndex,
    char_span,
)

CLAUSE_ON_SUBJECT: frozenset[str] = frozenset({"acl", "relcl"})


def subject_over_clause(
    ix: DocIndex, sources: Sequence[Span], cue: Sequence[Span]
) -> Span | None:
    """The cue's subject when the source lies wholly in a clause hung on
    that subject ("NLC President Joe Ajaero, speaking after a meeting of
    *the congress's National Executive Council in Abuja,* said": Ajaero
    said it, not the council): the subject's words before the clause;
    ``None`` when the source is anything else."""
    if len(sources) != 1 or not cue:
        return None
    span = char_span(ix, sources[0].start, sources[0].end)
    verb = char_span(ix, cue[0].start, cue[0].end)
    if span is None or verb is None or not len(span) or not len(verb):
        return None
    subject = next((c for c in verb.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i in range(span.start, span.end):
        return None
    clauses = [c for c in subject.children if c.dep_ in CLAUSE_ON_SUBJECT]
    inside = {t.i for c in clauses for t in c.subtree}
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if not words or not all(t.i in inside for t in words):
        return None
    first = ix.doc[subject.left_edge.i]
    return Span.of(ix.text, first.idx, subject.idx + len(subject.text))


CLAUSE_HEADS: frozenset[str] = frozenset({"VERB", "AUX"})
FINITE_TAGS: frozenset[str] = frozenset({"VBD", "VBZ", "VBP"})
RELATIVE_TAGS: frozenset[str] = frozenset({"WP", "WDT", "WP$"})
RELATIVES: frozenset[str] = frozenset({"who", "which", "that", "whom"})


def clause_subject(span: SpacySpan) -> SpacySpan | None:
    """The subject of a source that is a whole clause ("*Japanese Foreign
    Minister Taro Kono* summoned the ambassador on Thursday" of "… and
    said"): the speaker is the subject, never the clause's object;
    ``None`` when the source is no clause with its subject in it."""
    root = span.root
    if root.pos_ not in CLAUSE_HEADS or root.tag_ not in FINITE_TAGS:
        return None  # "Singapore's governing People's Action Party" misparsed
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in RELATIVE_TAGS or subject.lower_ in RELATIVES:
        return None  # "who declared Ruto the winner": the noun it is on
    first, last = subject.left_edge.i, subject.right_edge.i
    if first < span.start or last >= span.end:
        return None
    return span.doc[first : last + 1]


def without_clause_fragments(ix: DocIndex, sources: list[Span]) -> list[Span]:
    """Source fragments without those inside a relative clause on the first
    one's head ("Indigenous leaders, who had staged protests outside *the
    prosecutor's office*, said": the leaders said it, not the office)."""
    if len(sources) < 2:
        return sources
    first = char_span(ix, sources[0].start, sources[0].end)
    if first is None or not len(first):
        return sources
    clause = {
        t.i
        for c in first.root.children
        if c.dep_ in {"relcl", "acl"} and c.i > first.root.i
        for t in c.subtree
    }

    def inside(source: Span) -> bool:
        span = char_span(ix, source.start, source.end)
        words = [t for t in span or () if not t.is_punct]
        return bool(words) and all(t.i in clause for t in words)

    return [sources[0], *(s for s in sources[1:] if not inside(s))]


NAMED_AFTER_CHARS = 400
"""How far (characters) after an indefinite description its "the <noun>"
source that names the person may come."""


def described_then_named(
    ix: DocIndex, first: Attribution, second: Attribution, named: Speaker
) -> Speaker | None:
    """ "A 67-year-old woman who had fled … said …  '…,' said the woman, who
    gave her name only as Sato": an indefinite description of a person ("a
    woman") is the person the next source, the same noun made definite ("the
    woman"), names within :data:`NAMED_AFTER_CHARS`; ``None`` otherwise."""
    if named.name is None or named.resolved_by == RESOLVED_UNRESOLVED:
        return None
    before = next((s for s in first.source if s.end > s.start), None)
    after = next((s for s in second.source if s.end > s.start), None)
    if before is None or after is None or after.start - before.end > NAMED_AFTER_CHARS:
        return None
    a = char_span(ix, before.start, before.end)
    b = char_span(ix, after.start, after.end)
    if a is None or b is None or not len(a) or not len(b):
        return None
    head, again = a.root, b.root
    if head.lower_ != again.lower_ or head.lower_ not in SINGULAR_PERSON_NOUNS:
        return None
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children)
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in again.children)
    if not (indefinite and definite):
        return None
    return dataclasses.replace(named, resolved_by=RESOLVED_NOMINAL)


POSSESSOR_ARTICLE = re.compile(
    r"^(?:the|The) (?=(?:[A-Z][\w.-]* )*[A-Z][\w.-]*(?:'s|’s) [a-z])"
)


def possessor_first(name: str | None) -> str | None:
    """An unresolved name without the article of its named possessor
    ("Bundestag's presiding officer" of "the Bundestag's presiding
    officer"): the article belongs to the possessor, and the phrase is what
    the text calls the speaker."""
    return POSSESSOR_ARTICLE.sub("", name) if name else name


def name_descriptions(
    ix: DocIndex,
    attributions: Sequence[Attribution],
    order: Sequence[int],
    speakers: dict[int, Speaker],
) -> None:
    """Give each unresolved description the person the next source names
    (:func:`described_then_named`); ``order`` holds the attributions with a
    source, in text order, and ``speakers`` is updated in place."""
    for i, j in itertools.pairwise(order):
        later = described_then_named(ix, attributions[i], attributions[j], speakers[j])
        if later is not None and speakers[i].resolved_by == RESOLVED_UNRESOLVED:
            speakers[i] = later


SUBJECT_PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "we", "it"})
"""Pronouns that are a clause's subject ("he was prepared to")."""


def trailing_subject_pronoun(tokens: Sequence[Token]) -> Token | None:
    """The subject pronoun ending a source cut across a clause ("Park he" of
    "telling reporters at Queen's Park he was prepared to …"): the pronoun
    speaks, never the words before it, which it does not head; ``None``
    for any other source."""
    if len(tokens) < 2:
        return None
    last = tokens[-1]
    if last.lower_ not in SUBJECT_PRONOUNS or last.dep_ not in SUBJECT_DEPS:
        return None
    if any(t.head.i == last.i for t in tokens[:-1]):
        return None
    return last
