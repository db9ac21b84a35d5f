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


def apposed_name(ix: DocIndex, span: SpacySpan) -> MentionRef | None:
    """The person named between commas after a description that opens the
    source ("A taxi driver in Lagos, *Musa Bello*,"), or ``None``."""
    for tok in span:
        if tok.i == span.start or ix.doc[tok.i - 1].text != ",":
            continue
        mention = ix.token_mention.get(tok.i)
        if mention is None or mention.entity.kind != "person":
            continue
        rng = token_range(ix.doc, mention.start, mention.end)
        if not rng or rng.start != tok.i:
            continue
        nxt = _next_word(span, rng.stop)
        if nxt is not None and nxt.lower_ not in AFTER_NAME:
            continue
        if is_description(list(ix.doc[span.start : tok.i - 1])):
            return mention
        return None  # only the first comma-set name can be the appositive
    return None


def apposed_source(ix: DocIndex, span: SpacySpan) -> SourceResult | None:
    """The source a description's appositive name resolves it to
    (:func:`apposed_name`), or ``None``."""
    mention = apposed_name(ix, span)
    if mention is None:
        return None
    return SourceResult(
        mention.entity, RESOLVED_APPOSITIVE, (mention.start, mention.end)
    )
