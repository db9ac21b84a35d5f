"""Speaker resolution: a body described by a common noun with its name
inside ("The Unia trade union called on …").

NER often misses a short or foreign body name that modifies an organisation
noun ("Unia" of "The Unia trade union", "Swissmem" of "the Swissmem
association"): the capitalised proper-noun compound is the body's name, as
annotators write it, not the description around it.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from whosaid.entities.lexicon import GENERIC_HEADS, ORG_NOUNS
from whosaid.speakers.capitalized import capitalized_fallback
from whosaid.speakers.model import Discourse, DocIndex, SourceResult

PLACE_LABELS: frozenset[str] = frozenset({"GPE", "NORP", "LOC"})
"""Entity labels of words that say where a body is, not which it is."""


def compound_named_body(
    ix: DocIndex, ds: Discourse, span: SpacySpan, root: Token
) -> SourceResult | None:
    """The body named by the proper nouns compounded before an organisation
    noun head that NER left untagged ("Unia" of "The Unia trade union"),
    resolved as a capitalised name (an acronym or a body named before joins
    it); ``None`` when the head is no organisation noun, a name already
    tagged is there, or the capitalised words are a place or a title."""
    if root.lower_ not in ORG_NOUNS or not root.is_lower:
        return None
    names = _proper_compounds(ix, span, root)
    if not names:
        return None
    first, last = names[0], names[-1]
    if any(t.i != first.i + k for k, t in enumerate(names)):
        return None  # not one run of words
    named = ix.doc[first.i : last.i + 1]
    found = capitalized_fallback(ix, ds, named)
    if found.entity is None or found.entity.kind != "org":
        return None
    return found


def _proper_compounds(ix: DocIndex, span: SpacySpan, root: Token) -> list[Token]:
    """The capitalised proper nouns before ``root`` inside ``span`` that
    modify it (directly or through another compound), when none is in a
    named mention or a place."""
    out: list[Token] = []
    for tok in span:
        if tok.i >= root.i:
            break
        if tok.tag_ not in {"NNP", "NNPS"} or not tok.text[:1].isupper():
            continue
        if tok.dep_ not in {"compound", "nmod"} or tok.head.i > root.i:
            continue
        if tok.i in ix.token_mention or tok.ent_type_ in PLACE_LABELS:
            return []
        if tok.lower_ in GENERIC_HEADS or tok.lower_ in ORG_NOUNS:
            return []
        out.append(tok)
    return out
