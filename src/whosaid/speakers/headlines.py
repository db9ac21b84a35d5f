"""Speaker resolution: a bare title heading a headline or standfirst.

"Foreign Secretary says the arrangement will …", "Prime minister says he
intends to …": a headline or standfirst line opens with a title and no
article, naming the person only further down ("Foreign Secretary Vikram
Misri said …").  The source is the person the article calls by that title,
the first one after it (else the latest before it); never a speaker named
"Prime minister".
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from whosaid.entities.lexicon import ORG_NOUNS, ROLE_NOUNS, TITLES
from whosaid.speakers.chains import OTHER_OFFICE_WORDS
from whosaid.speakers.model import (
    RESOLVED_NOMINAL,
    Discourse,
    DocIndex,
    Entity,
    SourceResult,
)
from whosaid.speakers.salience import cataphora

MAX_TITLE_WORDS = 4
TITLE_MODIFIERS: frozenset[str] = frozenset(
    {"foreign", "prime", "home", "defence", "defense", "finance", "interior"}
    | {"deputy", "vice", "chief", "senior", "general", "former", "state"}
    | {"crown", "acting", "first"}
)
"""Words of a title that are not titles themselves ("Foreign Secretary")."""
TITLE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "fm": ("foreign", "minister"),
    "pm": ("prime", "minister"),
}
"""Headline abbreviations of titles ("Chinese FM says", "Japanese PM
says")."""


def headline_title(ix: DocIndex, ds: Discourse, span: SpacySpan) -> SourceResult | None:
    """The person a bare title opening a line stands for; ``None`` when the
    span is no such title or no person of the article holds it."""
    words = title_words(ix, span)
    if words is None:
        return None
    heads = {w for w in words if w in ROLE_NOUNS or w in TITLES} - TITLE_MODIFIERS
    last = [t.lower_ for t in span if not (t.is_punct or t.is_space)][-1]
    if not heads and (last in ROLE_NOUNS or last in TITLES):
        heads = {last}  # "army chief": the last word heads the title
    if not heads:
        return None
    after: Entity | None = None
    before: Entity | None = None
    for ev in ds.events:
        entity = ev.entity
        if entity.kind != "person" or ev.masked or not words <= entity.titles:
            continue
        if entity.titles & OTHER_OFFICE_WORDS - words:
            continue  # "Chancellor says" is never the shadow chancellor
        if ev.start >= span.end_char:
            after = entity
            break
        before = entity
    found = after or before
    if found is None and len(heads) == 1:
        # "Chancellor insists …" over "Rachel Reeves has defended …": the
        # person the body opens with, when no one holds the title by name
        found = cataphora(ds, span.end_char, next(iter(heads)))
    if found is None:
        return None
    return SourceResult(found, RESOLVED_NOMINAL)


BULLETS = "•·▪►*–—-"
"""Marks that open a line of a highlights box ("• President says …"): no
words of the line."""
HEADLINE_JOINS: frozenset[str] = frozenset({"as", "while"})
"""Words that open a headline's second clause ("Thousands rally as PM says
…")."""


def headline_clause(text: str, at: int) -> bool:
    """Whether ``at`` opens a headline's clause after "as"/"while": the line
    (no full stop at its end, as headlines have none) has that word right
    before ``at``."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : line_end if line_end >= 0 else len(text)].rstrip()
    before = text[line_start:at].split()
    return bool(before) and before[-1] in HEADLINE_JOINS and not line.endswith(".")


TITLE_NAME_KINDS: frozenset[str] = frozenset({"norp", "gpe", "org"})
"""Kinds of name a title may open with ("Solomon Islands PM", "Council
leader", "Kremlin spokesman")."""


def _names_someone(ix: DocIndex, i: int, last: int) -> bool:
    """Whether token ``i`` of a title is in a name other than a state's,
    nationality's or body's before the title word ("Council" of "Council
    leader"): a person's, or any name at the title's end."""
    found = ix.token_mention.get(i)
    if found is None:
        return False
    return i == last or found.entity.kind not in TITLE_NAME_KINDS


def title_words(ix: DocIndex, span: SpacySpan) -> set[str] | None:
    """The lower-cased words of a span that is a bare capitalised title
    opening its line ("Foreign Secretary", "Prime minister", "Chinese FM"
    as {"chinese", "foreign", "minister"}) or a headline's clause after a
    semicolon ("…; Governor says …", "…; army chief says …"), else
    ``None``."""
    tokens = [t for t in span if not (t.is_punct or t.is_space)]
    if not 1 <= len(tokens) <= MAX_TITLE_WORDS:
        return None
    if any(_names_someone(ix, t.i, tokens[-1].i) for t in tokens):
        return None  # a name ("Mr. King"), not a bare title
    line_start = ix.text.rfind("\n", 0, tokens[0].idx) + 1
    before = ix.text[line_start : tokens[0].idx].strip().lstrip(BULLETS).strip()
    if (
        before
        and not before.endswith(";")
        and not headline_clause(ix.text, tokens[0].idx)
    ):
        return None
    if not before and not tokens[0].text[:1].isupper():
        return None  # a headline's second clause may be lower-case
    words: set[str] = set()
    for t in tokens:
        low = t.lower_.rstrip(".")
        if _place_word(ix, t.i):
            continue  # "Solomon Islands PM": the place says whose, not which
        if low in TITLE_ABBREVIATIONS:
            words.update(TITLE_ABBREVIATIONS[low])  # "Chinese FM says"
        elif low in ROLE_NOUNS or low in TITLES or low in TITLE_MODIFIERS:
            words.add(low)
        elif low in ORG_NOUNS and t.i < tokens[-1].i:
            words.add(low)  # the body of a title: "army chief", "police chief"
        elif t.ent_type_ in {"NORP", "GPE"} and t.i < tokens[-1].i:
            words.add(low)  # a nationality or state before the title
        else:
            return None
    return words


def _place_word(ix: DocIndex, i: int) -> bool:
    """Whether token ``i`` is in a place's name NER tagged (not a nationality
    word: "Chinese" stays one of the title's words)."""
    mention = ix.token_mention.get(i)
    return (
        mention is not None
        and mention.entity.kind == "gpe"
        and ix.doc[i].ent_type_ != "NORP"
    )


def bare_headline_noun(ix: DocIndex, span: SpacySpan) -> bool:
    """Whether a source is a common noun with no determiner opening a
    headline's clause ("… as union says …", "…, company vows to …"): a
    headline drops its articles, so the noun is as definite as "the union"
    of the body.  The line must have no full stop at its end (a headline),
    and the noun open it or follow a semicolon, colon, comma, "as" or
    "while"."""
    tokens = [t for t in span if not (t.is_punct or t.is_space)]
    if not tokens or any(t.dep_ in {"det", "poss"} for t in tokens):
        return False
    if not all(t.is_lower or t.i == tokens[0].i for t in tokens):
        return False
    first = tokens[0].idx
    line_start = ix.text.rfind("\n", 0, first) + 1
    line_end = ix.text.find("\n", first)
    line = ix.text[line_start : line_end if line_end >= 0 else len(ix.text)]
    if line.rstrip().endswith("."):
        return False
    before = ix.text[line_start:first].strip().lstrip(BULLETS).strip()
    return (
        not before
        or before.endswith((";", ":", ","))
        or headline_clause(ix.text, first)
    )
