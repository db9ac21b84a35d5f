"""Speaker resolution: the document index and its small named types.

:class:`DocIndex` holds what one article says about its mentions (built once by
:func:`whosaid.speakers.mentions.build_index`); :class:`Discourse` holds what
resolution changes as it goes.  The functions here only read the index.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

import numpy as np
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from whosaid.entities.names import Ranges
from whosaid.nlp.view import doc_view
from whosaid.records import Speaker

NER_LABELS: frozenset[str] = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
NP_INNER_DEPS: frozenset[str] = frozenset({"compound", "appos", "flat", "nmod"})
CLAUSE_DEPS: frozenset[str] = frozenset({"acl", "relcl", "advcl", "ccomp", "xcomp"})
WINDOW_TOKENS = 8
MAX_NAME_WORDS = 3

RESOLVED_NAME = "name"
RESOLVED_APPOSITIVE = "appositive"
RESOLVED_PRONOUN = "pronoun"
RESOLVED_NOMINAL = "nominal"
RESOLVED_UNRESOLVED = "unresolved"
RESOLVED_NONE = "none"


class TitlesLookup(Protocol):
    """World knowledge of the person a full name denotes on the article's
    date (e.g. :class:`whosaid.actors.office_titles.OfficeTitles`)."""

    def __call__(self, name: str) -> tuple[frozenset[str], frozenset[str]]:
        """The title words of the offices held and the words of the
        office's country; empty sets when it knows no one."""
        ...

    def is_country_word(self, word: str) -> bool:
        """Whether a lower-cased word names a country or its people."""
        ...


@dataclass(eq=False)
class Entity:
    """One discourse entity: a person, organisation, state or group."""

    name: str
    kind: str
    start: int
    end: int
    gender: str | None = None
    titles: set[str] = field(default_factory=set)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    anonymous: bool = False
    """An anonymous source ("a senior official"): its speakers have no name."""
    countries: set[str] = field(default_factory=set)
    """Lower-cased words of the country world knowledge says a person's
    office is in ("russian", "russia"); empty when it knows none."""


@dataclass(frozen=True, eq=False)
class Event:
    """An occurrence of an entity at a text position, with its salience role."""

    start: int
    end: int
    entity: Entity
    subject: bool
    speaker: bool
    masked: bool
    joint: bool = False
    """One of several speakers of a joint source ("Microsoft, Meta and
    Amazon said"): no antecedent of a singular "the company"."""


@dataclass(eq=False)
class DocMention:
    """A document noun ("statement", "report") and who issued it."""

    token: int
    start: int
    head: str
    mods: frozenset[str]
    issuer: Entity | None
    sent_start: int
    sent_end: int


@dataclass(frozen=True)
class RawMention:
    """A cleaned NER mention before entity linking."""

    start: int
    end: int
    label: str
    name: str
    excluded: bool


@dataclass(frozen=True)
class SourceResult:
    """What a source resolved to, how, and the mention to report."""

    entity: Entity | None
    resolved_by: str
    mention: tuple[int, int] | None = None
    anonymous: bool = False
    """The source is anonymous: its speaker's name is null."""


class MentionRef(NamedTuple):
    """A named mention of an entity: the entity and the mention's characters."""

    entity: Entity
    start: int
    end: int


class RoleSpeaker(NamedTuple):
    """The entity a role noun stood for as a source ("a spokesman for X"),
    and where."""

    entity: Entity
    seen_at: int


@dataclass(frozen=True, eq=False)
class DocIndex:
    """What one document says about its mentions, built once by
    :func:`build_index` and only read afterwards (a document's issuer is
    filled in lazily on its :class:`DocMention`)."""

    doc: Doc
    text: str
    exclude: Ranges
    masked: Ranges
    token_mention: dict[int, MentionRef] = field(default_factory=dict)
    doc_mentions: list[DocMention] = field(default_factory=list)
    doc_by_token: dict[int, DocMention] = field(default_factory=dict)
    acronyms: dict[str, str] = field(default_factory=dict)
    known: Callable[[str], bool] | None = None
    """Whether world knowledge knows a full name on the article's date."""
    gender_of: Callable[[str], str | None] | None = None
    """The gender (``"f"``/``"m"``) world knowledge gives the person a full
    name denotes on the article's date; ``None`` when it gives none."""
    kind_of: Callable[[str], str | None] | None = None
    """The actor type world knowledge knows a name as: ``state`` ("Morocco",
    which NER may call an organisation), ``igo`` ("ECOWAS", which NER may
    miss), ``company``, ``government``...; else ``None``."""
    titles_of: TitlesLookup | None = None
    """What world knowledge titles the person a full name denotes with on the
    article's date: the title words of the offices held ("president") and
    the words of the office's country ("russian", "russia"); empty sets when
    it knows no one."""
    spans: dict[tuple[int, int], SpacySpan | None] = field(
        default_factory=dict, repr=False
    )
    """:func:`char_span`'s answers by character offsets: resolution asks
    for the same mention's span many times."""


@dataclass(eq=False)
class Discourse:
    """What resolution changes as it goes: the salience events (mentions and
    resolved speakers, in text order), the entities by key, the speaker of
    each cue token, and the entity of each role noun seen as a source ("a
    spokesman for X": a later "the spokesman" is X's)."""

    events: list[Event] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    cue_speakers: dict[int, Speaker] = field(default_factory=dict)
    role_speakers: dict[str, RoleSpeaker] = field(default_factory=dict)
    content: Ranges = field(default_factory=lambda: Ranges(()))
    """The content of the attribution being resolved: what its speaker talks
    about, never an antecedent of its source."""


REPORTED_CLAUSE_DEPS: frozenset[str] = frozenset({"ccomp"})
"""Dependencies of a clause that is another verb's complement ("Rhee said
[uncertainty … had weighed]"): what it says is reported, not told."""


def main_clause_subject(tok: Token) -> bool:
    """Whether a token is the subject of a clause that no other verb takes as
    its complement: "Rhee said Yoon's declaration had weighed …" makes Rhee,
    not the declaration, the sentence's subject (a "he" after it is Rhee's
    even where the attribution itself was missed).  A subject before the
    verb that governs its clause still counts: a reported clause follows
    its verb (a fronted quotation is masked anyway)."""
    if tok.dep_ not in SUBJECT_DEPS:
        return False
    verb = tok.head
    for _ in range(WINDOW_TOKENS):
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head  # "… said X met Y and agreed …"
    # a clause before its verb is no report of it ("X, whose party
    # remained …, told", as parsers may hang it)
    return verb.dep_ not in REPORTED_CLAUSE_DEPS or tok.i < verb.head.i


def subject_before_root(span: SpacySpan) -> bool:
    """Whether a name stands right before its sentence's main verb and that
    verb has no subject: the parser hung the name elsewhere ("At Faleolo,
    ..., mother of four Seini Tuala said she ...": "Tuala" as the object of
    "of"), but it is who the sentence is about."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    verb = doc[span.end]
    if (
        verb.dep_ == "ROOT"
        and verb.pos_ == "VERB"
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    ):
        return True
    return subject_over_relative(span) or role_subject_appositive(span)


def role_subject_appositive(span: SpacySpan) -> bool:
    """Whether a person's name set off after "the <role> of <body>" names the
    role noun that is the subject ("The leader of Greater Manchester
    Combined Authority, Mayor Andy Burnham, was not …", which parsers hang
    on the body as its appositive)."""
    root = span.root
    if root.dep_ != "appos" or root.ent_type_ != "PERSON":
        return False
    body = root.head
    if body.dep_ != "pobj" or body.head.lower_ != "of":
        return False
    role = body.head.head
    return role.is_lower and role.tag_ == "NN" and main_clause_subject(role)


CLAUSE_OPENERS: frozenset[str] = frozenset({"who", "whose", "a", "an"})
"""Words that open a clause or an appositive set off by commas after a name
("Rana Abu Shawish, a mother of three …, said")."""

RELATIVE_REACH = 40
"""The longest relative clause (tokens) between a name and its verb."""


def subject_over_relative(span: SpacySpan) -> bool:
    """Whether a name opens a relative clause or an indefinite appositive set
    off by commas and the verb right after it has no subject ("In Caloocan,
    Teresita Ramos, whose son was shot dead in 2017, said she …", "In Khan
    Younis, Rana Abu Shawish, a mother of three, said …", which parsers hang
    as a conjunct of the place and the clause's verb): the name is its
    subject."""
    doc = span.doc
    i = span.end
    if (
        i + 1 >= len(doc)
        or doc[i].text != ","
        or doc[i + 1].lower_ not in CLAUSE_OPENERS
    ):
        return False
    end = min(span.sent.end, i + RELATIVE_REACH)
    for j in range(i + 2, end - 1):
        if doc[j].text != ",":
            continue
        verb = doc[j + 1]
        return verb.pos_ == "VERB" and not any(
            c.dep_ in SUBJECT_DEPS for c in verb.children
        )
    return False


def char_span(ix: DocIndex, start: int, end: int) -> SpacySpan | None:
    """The tokens covering characters ``start:end`` (clipped to the text),
    or ``None``; each answer is kept on the index."""
    start = max(0, min(start, len(ix.text)))
    end = max(start, min(end, len(ix.text)))
    if end <= start:
        return None
    key = (start, end)
    if key not in ix.spans:
        ix.spans[key] = _expanded_span(ix.doc, start, end)
    return ix.spans[key]


def _expanded_span(doc: Doc, start: int, end: int) -> SpacySpan | None:
    try:
        return doc.char_span(start, end, alignment_mode="expand")
    except Exception:
        return None


def tokens_where(doc: Doc, attr: int, values: Iterable[str]) -> list[int]:
    """The indices of the tokens whose ``attr`` (``ORTH``, ``LOWER``,
    ``TAG`` ...) is one of ``values``, read from one Doc array rather than
    a Token object per word."""
    wanted = [get_string_id(v) for v in values]
    column = doc_view(doc).array(doc, attr)
    return np.flatnonzero(np.isin(column, wanted)).tolist()


def mention_entity(ix: DocIndex, tok: Token) -> Entity | None:
    found = ix.token_mention.get(tok.i)
    return found[0] if found else None


def mention_for(entity: Entity, pos: int) -> tuple[int, int]:
    best: tuple[int, int] | None = None
    for start, end in entity.mentions:
        if start <= pos or best is None:
            best = (start, end)
        if start > pos:
            break
    return best if best is not None else (entity.start, entity.end)


def top_token(doc: Doc, mention: MentionRef) -> Token:
    """The mention's token whose head lies outside it (its last, when the
    parse ties it in a loop)."""
    rng = token_range(doc, mention.start, mention.end)
    for i in rng:
        if doc[i].head.i not in rng or doc[i].head.i == i:
            return doc[i]
    return doc[rng.stop - 1] if len(rng) else doc[0]


def token_range(doc: Doc, start: int, end: int) -> range:
    span = doc.char_span(start, end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)


CONJUNCT_HOPS = 3
"""How many conjunctions back a verb's shared subject is looked for."""


def conjunct_heads(token: Token) -> list[int]:
    """A token's index and those of the verbs it is a conjunct of ("said" of
    "Erdoğan thanked voters and said": "thanked", whose subject it shares)."""
    out = [token.i]
    for _ in range(CONJUNCT_HOPS):
        if token.dep_ != "conj" or token.head.i == token.i:
            break
        token = token.head
        out.append(token.i)
    return out
