"""Speaker resolution: a bare court source ("the court said", "the judges
said", "the justices said") speaks for the court the article names ("The
Federal Constitutional Court in Karlsruhe ruled … the judges said"), even
where NER did not make that court a mention ("The Constitutional Court on
Friday upheld … The court said")."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Span as SpacySpan

from whosaid.entities.lexicon import DEFINITE_DETS
from whosaid.speakers.doc_sources import latest_court
from whosaid.speakers.model import (
    RESOLVED_NOMINAL,
    Discourse,
    DocIndex,
    Entity,
    SourceResult,
)

JUDGE_HEADS: frozenset[str] = frozenset({"judges", "justices"})
"""Heads of a bare definite source that stand for the court of the article
(its judges speaking together)."""
COURT_HEADS: frozenset[str] = frozenset({"court", "tribunal", "bench"})
"""Heads of a bare definite source that name a court: the court the article
names when the search by the noun finds none (NER missed its name)."""

NAMED_COURT = re.compile(
    r"\b[Tt]he ((?:[A-Z][\w'’-]* ){1,4}(?:Court|Tribunal))\b(?! of\b)"
)
"""A court the text names after "the" ("the Constitutional Court", "the
Federal Constitutional Court"); never one whose name goes on with "of" (the
name would be cut: "the Supreme Court of Appeal")."""


def court_source(
    ix: DocIndex, ds: Discourse, span: SpacySpan, heads: frozenset[str]
) -> SourceResult | None:
    """The court a bare "the judges" (``heads``) source stands for: the
    latest court named before it (a mention, or a name in the text NER
    missed); ``None`` for any other source, one with more
    words ("the lower court", "three judges"), or when no court is named."""
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if len(words) != 2 or words[0].lower_ not in DEFINITE_DETS:
        return None
    head = words[1]
    if head.lower_ not in heads or head.i in ix.token_mention:
        return None
    pos = span.start_char
    court = latest_court(ds, pos)
    named = _named_court(ix, ds, pos)
    if named is not None and (court is None or named[1] > _last_seen(court, pos)):
        court = named[0]
    if court is None:
        return None
    return SourceResult(court, RESOLVED_NOMINAL)


def _last_seen(entity: Entity, pos: int) -> int:
    """Where the entity was last mentioned before ``pos``."""
    at = bisect.bisect_left(entity.mentions, (pos, pos))
    return entity.mentions[at - 1][0] if at else entity.start


def _named_court(ix: DocIndex, ds: Discourse, pos: int) -> tuple[Entity, int] | None:
    """The court named in the text latest before ``pos`` (never one named
    after: "… to appeal to the Supreme Court" is another court), as the
    entity of that name, and where the text names it."""
    # a caption's court counts too: captions name the court of the story
    before = list(NAMED_COURT.finditer(ix.text, 0, pos))
    if not before:
        return None
    match = before[-1]
    name, start, end = match.group(1), match.start(1), match.end(1)
    key = f"court:{name.lower()}"
    entity = ds.entities.get(key) or next(
        (e for e in ds.entities.values() if e.kind == "org" and e.name == name), None
    )
    if entity is None:
        entity = ds.entities[key] = Entity(name=name, kind="org", start=start, end=end)
    if (start, end) not in entity.mentions:
        bisect.insort(entity.mentions, (start, end))
    return entity, start
