"""Speaker resolution: a label standing where a source would ("Quote:
"…"").

Some news feeds set a quotation on a line of its own after a label ("Quote:",
"Quotes:"), its speaker named on a "Source:" line before it ("Source: X in
his evening video address") or in the text just before.  The label names
nobody: the speaker is the person or body the "Source:" line names, else the
last person who spoke or was a sentence subject.
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan

from whosaid.speakers.model import (
    RESOLVED_NOMINAL,
    Discourse,
    DocIndex,
    SourceResult,
    char_span,
)
from whosaid.speakers.salience import latest_person

LABEL_WORDS: frozenset[str] = frozenset({"quote", "quotes", "quotation"})
"""Words that label a quotation and never name its speaker."""
LABEL_REACH = 800
"""How far back (characters) a "Source:" line names a label's speaker."""
SOURCE_LINE = re.compile(r"^[ \t]*Source:[ \t]*(\S.*)$", re.MULTILINE)


def label_source(ix: DocIndex, ds: Discourse, span: SpacySpan) -> SourceResult | None:
    """The speaker of a quotation label's source ("Quote"); ``None`` when the
    source is no label."""
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if len(words) != 1 or words[0].lower_ not in LABEL_WORDS:
        return None
    pos = span.start_char
    lines = list(SOURCE_LINE.finditer(ix.text, max(0, pos - LABEL_REACH), pos))
    if lines:
        named = char_span(ix, lines[-1].start(1), lines[-1].end(1))
        for tok in named if named is not None else ():
            found = ix.token_mention.get(tok.i)
            if found is not None and found.entity.kind in {"person", "org"}:
                return SourceResult(found.entity, RESOLVED_NOMINAL)
    entity = latest_person(ds, pos)
    return SourceResult(entity, RESOLVED_NOMINAL) if entity is not None else None
