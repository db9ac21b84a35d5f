"""Speaker resolution: a name set off by commas after a description.

"A taxi driver in Lagos, Musa Bello, said …", "The country's top diplomat,
John Roe, said …", "A 52-year-old nurse, Maria Lopez, who …, told …": the
source is the person the description's appositive names, whatever the parser
hung the name on ("Lagos") and whatever the description alone would resolve
to (an anonymous "taxi driver", the "National Assembly" of its "Speaker").
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from whosaid.entities.lexicon import ROLE_NOUNS, TITLES
from whosaid.speakers.model import (
    RESOLVED_APPOSITIVE,
    DocIndex,
    MentionRef,
    SourceResult,
    token_range,
)

OPENING_POS: frozenset[str] = frozenset({"ADP", "ADV", "SCONJ", "CCONJ", "VERB", "AUX"})
"""Parts of speech a description never opens with ("On Monday, …", "But, …")."""

AFTER_NAME: frozenset[str] = frozenset({",", "who", "whose"})
"""What may follow the name inside the source: the closing comma or its
relative clause."""


def is_description(tokens: list[Token]) -> bool:
    """Whether the tokens before ", NAME," describe someone: they open with
    no preposition, adverb or conjunction, hold no comma or "and" (a list of
    names is a joint source) and carry a common noun or a title ("driver",
    "diplomat", "Speaker")."""
    if not tokens or tokens[0].pos_ in OPENING_POS:
        return False
    if any(t.text == "," or t.lower_ in {"and", "or", "&"} for t in tokens):
        return False
    return any(
        (t.pos_ == "NOUN" and t.is_lower)
        or t.lower_ in ROLE_NOUNS
        or t.lower_ in TITLES
        for t in tokens
    )


def _next_word(span: SpacySpan, after: int) -> Token | None:
    """The span's first token after index ``after``, if any."""
    return span.doc[after] if after < span.end else None


def _person_at(ix: DocIndex, i: int) -> tuple[MentionRef, range] | None:
    """The person mention that starts at token ``i``, with its tokens."""
    mention = ix.token_mention.get(i)
    if mention is None or mention.entity.kind != "person":
        return None
    rng = token_range(ix.doc, mention.start, mention.end)
    return (mention, rng) if rng and rng.start == i else None


def apposed_name(ix: DocIndex, span: SpacySpan) -> MentionRef | None:
    """The person named between commas after a description that opens the
    source ("A taxi driver in Lagos, *Musa Bello*,"), or ``None``; also
    right after a source cut before the comma ("A taxi driver in Lagos"
    with ", Musa Bello," after it)."""
    for tok in span:
        if tok.i == span.start or ix.doc[tok.i - 1].text != ",":
            continue
        found = _person_at(ix, tok.i)
        if found is None:
            continue
        nxt = _next_word(span, found[1].stop)
        if nxt is not None and nxt.lower_ not in AFTER_NAME:
            continue
        if is_description(list(ix.doc[span.start : tok.i - 1])):
            return found[0]
        return None  # only the first comma-set name can be the appositive
    return _name_after(ix, span)


def _name_after(ix: DocIndex, span: SpacySpan) -> MentionRef | None:
    """The person set off by commas right after a source that is a whole
    description ("A taxi driver in Lagos" + ", Musa Bello,")."""
    doc = ix.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    found = _person_at(ix, span.end + 1)
    if found is None or found[1].stop >= len(doc):
        return None
    if doc[found[1].stop].lower_ not in AFTER_NAME:
        return None
    return found[0] if is_description(list(span)) else None


def apposed_source(ix: DocIndex, span: SpacySpan) -> SourceResult | None:
    """The source a description's appositive name resolves it to
    (:func:`apposed_name`), or ``None``."""
    mention = apposed_name(ix, span)
    if mention is None:
        return None
    return SourceResult(
        mention.entity, RESOLVED_APPOSITIVE, (mention.start, mention.end)
    )
