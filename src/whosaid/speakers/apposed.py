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

from whosaid.entities.lexicon import ORG_NOUNS, ROLE_NOUNS, TITLES
from whosaid.entities.names import looks_like_person_name
from whosaid.speakers.model import (
    RESOLVED_APPOSITIVE,
    Discourse,
    DocIndex,
    Entity,
    MentionRef,
    SourceResult,
    token_range,
)

NAME_WORDS = 4
BODY_KINDS: frozenset[str] = frozenset({"org", "gpe"})
"""The most words an untagged name set off by commas may have."""

OPENING_POS: frozenset[str] = frozenset({"ADP", "ADV", "SCONJ", "CCONJ", "VERB", "AUX"})
"""Parts of speech a description never opens with ("On Monday, …", "But, …")."""

AFTER_NAME: frozenset[str] = frozenset({",", "who", "whose", "of", "at", "from"})
"""What may follow the name inside the source: the closing comma, its
relative clause or the body or place the person is of ("Another analyst,
Maryam Qazi of Seaport Capital,": the person speaks, not the firm)."""


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


GIVING_VERBS: frozenset[str] = frozenset({"give", "gave", "given", "giving"})
"""Verbs of a source who tells only a name ("who gave only her first name")."""


def given_name(ix: DocIndex, span: SpacySpan) -> MentionRef | None:
    """The person named right after a relative clause in which the source
    gives a name ("Another woman, who gave only her first name, *Iryna*,
    said"): the name is hers, the description no one's; ``None`` when the
    source holds no such clause."""
    for tok in span:
        if tok.dep_ != "relcl" or tok.lower_ not in GIVING_VERBS:
            continue
        name = next(
            (c for c in tok.children if c.dep_ == "dobj" and c.lower_ == "name"), None
        )
        if name is None:
            continue
        after = name.right_edge.i + 1
        if after < span.end and ix.doc[after].text == ",":
            after += 1  # the parser hung the name beside the clause
        for i in (name.right_edge.i, after):
            found = _person_at(ix, i) if span.start <= i < span.end else None
            if found is not None:
                return found[0]
    return None


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


def untagged_name(ix: DocIndex, span: SpacySpan) -> tuple[int, int] | None:
    """The tokens of a personal name NER left untagged, set off by commas
    after a description that opens the source ("A miner in Potosí, *Evo
    Quispe Mamani*, said"): two to :data:`NAME_WORDS` capitalised proper
    nouns of no mention that look like a personal name, or ``None``."""
    doc = ix.doc
    for tok in span:
        if tok.i == span.start or doc[tok.i - 1].text != ",":
            continue
        end = tok.i
        while (
            end < span.end
            and end - tok.i < NAME_WORDS
            and doc[end].pos_ == "PROPN"
            and doc[end].is_title
            and end not in ix.token_mention
        ):
            end += 1
        if end == tok.i:
            return None  # the first comma-set words are the only candidates
        if end < span.end and doc[end].lower_ not in AFTER_NAME:
            return None
        name = doc[tok.i : end].text
        if not looks_like_person_name(name):
            return None
        if not is_description(list(doc[span.start : tok.i - 1])):
            return None
        return tok.i, end
    return None


def untagged_lead(ix: DocIndex, span: SpacySpan) -> tuple[int, int] | None:
    """The tokens of an untagged personal name that opens the source and is
    described after a comma ("*Heidi Brunner*, a 71-year-old retired nurse
    from Biel,"): the person described, never a name inside the
    description; ``None`` for any other source."""
    doc = ix.doc
    end = span.start
    while (
        end < span.end
        and end - span.start < NAME_WORDS
        and doc[end].pos_ == "PROPN"
        and doc[end].is_title
        and end not in ix.token_mention
    ):
        end += 1
    if end - span.start < 2 or end >= span.end or doc[end].text != ",":
        return None
    if not looks_like_person_name(doc[span.start : end].text):
        return None
    close = next((t.i for t in doc[end + 1 : span.end] if t.text == ","), span.end)
    if not is_description(list(doc[end + 1 : close])):
        return None
    return span.start, end


def _untagged_person(ix: DocIndex, ds: Discourse, span: SpacySpan) -> MentionRef | None:
    """The person entity of :func:`untagged_name` (one per name)."""
    return _person_entity(ix, ds, untagged_name(ix, span))


def _person_entity(
    ix: DocIndex, ds: Discourse, found: tuple[int, int] | None
) -> MentionRef | None:
    """The person entity of an untagged name's tokens (one per name)."""
    if found is None:
        return None
    first, last = ix.doc[found[0]], ix.doc[found[1] - 1]
    start, end = first.idx, last.idx + len(last.text)
    name = ix.text[start:end]
    key = f"thing:{name.lower()}"
    entity = ds.entities.get(key)
    if entity is None:
        entity = Entity(name=name, kind="person", start=start, end=end)
        ds.entities[key] = entity
    return MentionRef(entity, start, end)


def apposed_source(ix: DocIndex, ds: Discourse, span: SpacySpan) -> SourceResult | None:
    """The source a description's appositive name resolves it to
    (:func:`apposed_name`, else a name NER left untagged), or ``None``."""
    mention = (
        apposed_name(ix, span)
        or given_name(ix, span)
        or _untagged_person(ix, ds, span)
        or _person_entity(ix, ds, untagged_lead(ix, span))
    )
    if mention is None:
        return None
    return SourceResult(
        mention.entity, RESOLVED_APPOSITIVE, (mention.start, mention.end)
    )


def apposed_body(ix: DocIndex, span: SpacySpan) -> MentionRef | None:
    """The body named in apposition to a common noun for a body that heads
    the source ("The medicines regulator, the MHRA,", "the state broadcaster,
    CCTV,"): the description is the name's; ``None`` when the head is a
    name or has no such appositive."""
    root = span.root
    if not root.is_lower or root.lower_ not in ORG_NOUNS or root.i in ix.token_mention:
        return None
    for child in root.children:
        if child.dep_ != "appos" or not span.start <= child.i < span.end:
            continue
        mention = ix.token_mention.get(child.i)
        if mention is not None and mention.entity.kind in BODY_KINDS:
            return mention
    return None


def in_named_heads_appositive(ix: DocIndex, mention: MentionRef, root: Token) -> bool:
    """Whether a mention lies in the appositive of a named head ("Ram" of
    "Stellantis, the maker of Jeep and Ram vehicles,"): the description
    says what the name is; the name speaks, never what it describes.  The
    head is named when it is a mention or a capitalised proper noun NER
    left untagged."""
    named = root.pos_ == "PROPN" and root.text[:1].isupper()
    if root.i not in ix.token_mention and not named:
        return False
    if root.lower_ in ROLE_NOUNS or root.lower_ in TITLES:
        return False  # "Minister of Sport, Prince X,": the name is the minister's
    for i in token_range(ix.doc, mention.start, mention.end):
        for anc in ix.doc[i].ancestors:
            if anc.i == root.i:
                break
            if anc.dep_ == "appos" and anc.head.i == root.i and anc.is_lower:
                return True  # a description ("the maker of ..."), no name
    return False
