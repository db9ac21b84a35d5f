"""Speaker resolution: a title source the parse cut off its name.

"Saudi Foreign Minister Adel al-Jubeir welcomed the outcome and said …": a
parse that hangs the name apart leaves the source "Saudi Foreign Minister";
the person is the name right after the title, never another person the
article gave the same title.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from whosaid.entities.lexicon import ROLE_NOUNS, TITLES
from whosaid.speakers.model import RESOLVED_APPOSITIVE, DocIndex, SourceResult

__all__ = ["name_after_title"]

TITLE_LABELS: frozenset[str] = frozenset({"NORP", "GPE", "ORG", ""})
"""Labels of a title chain's words ("Saudi", "UN", untagged title words)."""


def _title_chain(span: SpacySpan) -> bool:
    """Whether a span is a capitalised title chain ending in a title or role
    word ("Saudi Foreign Minister"), with no verb or punctuation in it."""
    words = [t for t in span if not t.is_space]
    if not words or not words[-1].text[:1].isupper():
        return False
    last = words[-1].lower_.rstrip(".")
    if last not in TITLES and last not in ROLE_NOUNS:
        return False
    return all(
        t.text[:1].isupper() and not t.is_punct and t.ent_type_ in TITLE_LABELS
        for t in words
    )


def name_after_title(ix: DocIndex, span: SpacySpan) -> SourceResult | None:
    """The person whose name follows a title source right away, with only a
    space between ("Saudi Foreign Minister" + "Adel al-Jubeir"); ``None``
    when the source is no title chain or no person's name follows."""
    if span.end >= len(ix.doc) or not _title_chain(span):
        return None
    if not ix.doc[span.end - 1].whitespace_:
        return None
    found = ix.token_mention.get(span.end)
    if found is None or found.entity.kind != "person":
        return None
    if found.start != ix.doc[span.end].idx:
        return None  # the title's end is inside the name's mention
    return SourceResult(found.entity, RESOLVED_APPOSITIVE, (found.start, found.end))
