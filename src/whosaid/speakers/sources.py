"""Speaker resolution, step 2: what one source span refers to.

A name is itself; a title/appositive chain or a document with an issuer is the
person, else the organisation, else the state in it; a definite nominal ("the
ministry", "the spokesman") is the matching organisation, titled person or
document issuer; pronouns go to :mod:`whosaid.speakers.salience`.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from whosaid.entities.lexicon import (
    ALL_PRONOUNS,
    ASSOCIATE_NOUNS,
    DOC_NOUNS,
    GENERIC_HEADS,
    ORG_NOUNS,
    PERSON_PRONOUNS,
    ROLE_NOUNS,
    STATE_NOUNS,
)
from whosaid.entities.names import (
    Ranges,
    is_acronym,
    name_words,
    strip_dateline,
    strip_honorifics,
    trim_name,
)
from whosaid.records import Span
from whosaid.speakers.anonymous import anonymous_source
from whosaid.speakers.apposed import (
    apposed_body,
    apposed_source,
    in_named_heads_appositive,
)
from whosaid.speakers.capitalized import capitalized_fallback
from whosaid.speakers.channels import channel_principal
from whosaid.speakers.courts import COURT_HEADS, JUDGE_HEADS, court_source
from whosaid.speakers.definites import resolve_nominal
from whosaid.speakers.described_bodies import compound_named_body
from whosaid.speakers.doc_sources import relative_document, resolve_document
from whosaid.speakers.fragments import clause_subject, trailing_subject_pronoun
from whosaid.speakers.groups import (
    MEMBER_PREPS,
    SPOKES_NOUNS,
    age_described,
    body_spokesperson,
    counterpart,
    group_member,
    located_in,
    members_of,
    members_of_several,
    name_given_as,
    office_holder,
    place_named_body,
    possessed_role,
    possessor_team,
    remember_spokesperson,
)
from whosaid.speakers.headlines import headline_title
from whosaid.speakers.issued_by import clause_issuer, possessed_evidence
from whosaid.speakers.labels import label_source
from whosaid.speakers.model import (
    CLAUSE_DEPS,
    RESOLVED_APPOSITIVE,
    RESOLVED_NAME,
    RESOLVED_NOMINAL,
    RESOLVED_UNRESOLVED,
    WINDOW_TOKENS,
    Discourse,
    DocIndex,
    MentionRef,
    RoleSpeaker,
    SourceResult,
    char_span,
    mention_for,
    token_range,
    top_token,
)
from whosaid.speakers.nominals import (
    resolve_fixed_referent,
    resolve_table_nominal,
)
from whosaid.speakers.phrases import people_group
from whosaid.speakers.roles import titled_holder
from whosaid.speakers.salience import (
    resolve_pronoun,
)
from whosaid.speakers.self_named import self_named_source
from whosaid.speakers.spoken_for import (
    bare_spokesperson,
    kind_spokesperson,
    modified_spokesperson,
    spoken_for_body,
    state_envoy,
)
from whosaid.speakers.title_names import name_after_title


def resolve_span(
    ix: DocIndex, ds: Discourse, source: Span, content: Ranges
) -> SourceResult:
    """What one source span refers to; a definite nominal of the shared table
    that nothing else resolved stands for its antecedent ("the island")."""
    start = strip_dateline(ix.text, source.start, source.end)
    span = char_span(ix, start, source.end)
    if span is None or not len(span):
        return SourceResult(None, RESOLVED_UNRESOLVED)
    # "X summoned Y on Thursday and said": the subject of the clause
    span = clause_subject(span) or span
    fixed = (
        label_source(ix, ds, span)
        or self_named_source(ix, ds, span)
        or apposed_source(ix, ds, span)
        or resolve_fixed_referent(ix, ds, span)
        or court_source(ix, ds, span, JUDGE_HEADS)
        or headline_title(ix, ds, span)
        or name_after_title(ix, span)
    )
    if fixed is not None:
        return fixed
    result = _resolve_span(ix, ds, span, content)
    if result.entity is not None and result.entity.kind == "org":
        remember_spokesperson(ds, span, result.entity)
    if result.entity is None and not result.anonymous:
        # an anonymous source stays nobody's ("a senior official at the
        # Treasury" is no statement of the Treasury)
        return resolve_table_nominal(ix, ds, span) or result
    return result


def _resolve_span(
    ix: DocIndex, ds: Discourse, span: SpacySpan, content: Ranges
) -> SourceResult:
    tokens = [t for t in span if not (t.is_punct or t.is_space)]
    if not tokens:
        return SourceResult(None, RESOLVED_UNRESOLVED)
    # pronouns
    if (
        len(tokens) == 1
        and tokens[0].lower_ in ALL_PRONOUNS
        and not is_acronym(tokens[0].text)
    ):
        # "a ruling by the court which said": the ruling's issuer
        document = relative_document(ix, ds, tokens[0])
        if document is not None:
            return document
        return resolve_pronoun(ix, ds, tokens[0], content)
    pronoun = trailing_subject_pronoun(tokens)
    if pronoun is not None:
        return resolve_pronoun(ix, ds, pronoun, content)
    aged = age_described(ds, span) or name_given_as(ix, ds, span.root)
    if aged is not None:
        return aged
    channel = channel_principal(ix, ds, span, content)
    if channel is not None:  # "his office said", "his spokesman X said"
        return channel
    office = (
        office_holder(ix, ds, span.root)
        or possessor_team(ix, ds, span.root)
        or counterpart(ix, ds, span.root)
    )
    if office is not None:
        return office
    antecedent = _relative_antecedent(ix, tokens[0])
    if antecedent is not None:
        # "Wafula Chebukati, who declared Ruto the winner, told ...": a
        # source cut to its relative clause is the noun the clause is on
        return named_result(ix, antecedent, span)
    appositive = appositive_antecedent(ix, span)
    if appositive is not None:
        # "Colonel X, a spokesman for Niger's government, said": a source cut
        # to the appositive is the name it describes
        return SourceResult(
            appositive.entity, RESOLVED_APPOSITIVE, (appositive.start, appositive.end)
        )
    root = span.root
    inner = [m for m in mentions_in(ix, span) if not in_clause(ix, m, root)]
    if len(inner) >= 2 and members_of_several(ix, span, inner):
        # "Several lawmakers from the AfD, the Left party and the FDP": the
        # group speaks on the record, named by its own words
        return SourceResult(
            None, RESOLVED_UNRESOLVED, (root.idx, root.idx + len(root.text))
        )
    # persons, unless they only modify a role ("Trump spokeswoman ...")
    persons = [
        m
        for m in inner
        if m.entity.kind == "person"
        and not only_modifies(ix, m, span)
        and not located_in(ix, m, root)
        and not in_named_heads_appositive(ix, m, root)
    ]
    persons = [m for m in persons if not hometown_of(ix, m, persons)]
    associated = [
        m for m in persons if _associate_of(ix, m, root) or _people_of(ix, m, root)
    ]
    if associated:
        persons = [m for m in persons if m not in associated]
        if not persons:
            # "people close to the Clintons", "an adviser to Mrs. Clinton",
            # "Clinton allies": someone near the person, not the person (the
            # mention is the head, so no stage links the person named)
            return SourceResult(
                None, RESOLVED_UNRESOLVED, (root.idx, root.idx + len(root.text))
            )
    if persons and _anonymous_member(ix, span, root, persons):
        # "a senior official at the National Treasury" (NER took the body
        # for a person): an unnamed member of it, not the body
        return SourceResult(
            None,
            RESOLVED_UNRESOLVED,
            (root.idx, root.idx + len(root.text)),
            anonymous=True,
        )
    if persons:
        chosen = next((m for m in persons if m.start <= root.idx < m.end), persons[-1])
        return named_result(ix, chosen, span)
    if anonymous_source(span, frozenset(ix.token_mention)):
        # "a senior official of the bank", "two sources familiar with ...":
        # nobody's name, not the body's (the mention is the head noun)
        return SourceResult(
            None,
            RESOLVED_UNRESOLVED,
            (root.idx, root.idx + len(root.text)),
            anonymous=True,
        )
    # "a memorandum the party circulated", "according to its latest filings"
    issuer = clause_issuer(ix, ds, root, content, _resolve_span) or (
        possessed_evidence(ix, ds, root, content, _resolve_span)
    )
    if issuer is not None:
        return issuer
    # documents: "a statement released by X", "the Russian statement"
    if root.lower_ in DOC_NOUNS and root.i not in ix.token_mention:
        found = resolve_document(ix, ds, root, span)
        if found is not None:
            return found
    # "the Wisconsin Republican": a member of a group named by its head
    found = group_member(ix, ds, span, root)
    if found is not None:
        return found
    # organisations, states: the mention heading the span or equal to it
    stripped = trim_name(ix.text, span.start_char, span.end_char)
    for mention in inner:
        if (
            mention.start <= root.idx < mention.end
            or (
                mention.start,
                mention.end,
            )
            == stripped
        ):
            return named_result(ix, mention, span)
    lowered = root.lower_
    if (
        lowered in ORG_NOUNS
        and root.i not in ix.token_mention
        and not place_named_body(ix, root, inner)  # "the Paris police prefecture"
    ):
        # "the Kayhan newspaper", "the official IRNA news agency", "The
        # opposition La France Insoumise (LFI) party" (parsed as nmod)
        for mention in inner:
            if mention.entity.kind != "person" and (
                modifies_the_head(ix, mention, root)
                or names_the_head(ix, mention, root, span)
            ):
                return named_result(ix, mention, span)
    member_of = members_of(ix, span, root, inner)
    if member_of is not None:
        return member_of
    apposed = apposed_body(ix, span)
    if apposed is not None:  # "The medicines regulator, the MHRA,"
        return named_result(ix, apposed, span)
    if not root.is_lower and root.i not in ix.token_mention:
        words = name_words(ix.text[stripped[0] : stripped[1]])
        if sum(1 for w in words if w[:1].isupper()) >= 2:
            return capitalized_fallback(ix, ds, span)
    if root.i not in ix.token_mention and (
        lowered in ROLE_NOUNS or lowered in ORG_NOUNS or lowered in STATE_NOUNS
    ):
        found = (
            pronoun_spokesperson(ix, ds, root, content)
            or compound_named_body(ix, ds, span, root)  # "The Unia trade union"
            or resolve_nominal(ix, ds, span, root)
            or court_source(ix, ds, span, COURT_HEADS)  # NER missed its name
        )
        if found is not None:
            return found
        if lowered in ROLE_NOUNS:
            holder = titled_holder(ix, ds, span, root, inner)
            if holder is not None:
                return SourceResult(holder, RESOLVED_NOMINAL)
            body = (
                body_spokesperson(ds, root)
                or _possessor_spokesperson(ix, ds, root, content)
                or state_envoy(ix, span, root)  # "Russia's representative"
            )
            if body is not None:
                return body
            # "a spokesman for the Russian Foreign Ministry"
            orgs = [
                m
                for m in inner
                if m.entity.kind == "org"
                and not any(
                    ix.doc[i].dep_ in {"poss", "case"}
                    for i in token_range(ix.doc, m.start, m.end)
                )
            ]
            if orgs:
                ds.role_speakers[lowered] = RoleSpeaker(orgs[0].entity, span.start_char)
                return SourceResult(
                    orgs[0].entity, RESOLVED_APPOSITIVE, (orgs[0].start, orgs[0].end)
                )
            body = (
                spoken_for_body(ix, ds, root, content, _resolve_span)
                or bare_spokesperson(ix, ds, root)
                or modified_spokesperson(ds, root)
                or kind_spokesperson(ds, root)  # "A hospital spokeswoman"
            )
            if body is not None:  # "a spokesman for the association"
                return body
        return SourceResult(None, RESOLVED_UNRESOLVED, possessed_role(ix, span))
    if inner and lowered not in GENERIC_HEADS and root.tag_ not in {"NNS"}:
        by_kind = sorted(
            inner,
            key=lambda m: (
                ("org", "gpe", "norp", "fac").index(m.entity.kind)
                if m.entity.kind in ("org", "gpe", "norp", "fac")
                else 9
            ),
        )
        return SourceResult(
            by_kind[0].entity, RESOLVED_APPOSITIVE, (by_kind[0].start, by_kind[0].end)
        )
    return capitalized_fallback(ix, ds, span)


def modifies_the_head(ix: DocIndex, mention: MentionRef, root: Token) -> bool:
    """Whether a name is a compound or modifier of the source's head ("the
    Kayhan newspaper")."""
    return any(
        ix.doc[i].dep_ in {"compound", "nmod"} and ix.doc[i].head.i == root.i
        for i in token_range(ix.doc, mention.start, mention.end)
    )


def names_the_head(
    ix: DocIndex, mention: MentionRef, root: Token, span: SpacySpan
) -> bool:
    """Whether a name right after an organisation noun ends the source and
    names it ("The UAE's state news agency WAM", "the broadcaster NHK"),
    however the parser hung it."""
    rng = token_range(ix.doc, mention.start, mention.end)
    if not rng or rng.start != root.i + 1:
        return False
    return all(t.is_punct or t.is_space for t in ix.doc[rng.stop : span.end])


HOMETOWN_PREPS: frozenset[str] = frozenset({"of", "from"})


def hometown_of(
    ix: DocIndex, mention: MentionRef, persons: Sequence[MentionRef]
) -> bool:
    """Whether a name NER took for a person's only says where another
    person named before it is from ("Greg Whitfield of Everett"): the
    object of "of"/"from" hung on that other name."""
    tok = top_token(ix.doc, mention)
    if tok.dep_ != "pobj" or tok.head.lower_ not in HOMETOWN_PREPS:
        return False
    owner = tok.head.head.i
    return any(
        other is not mention
        and other.end <= mention.start
        and owner in token_range(ix.doc, other.start, other.end)
        for other in persons
    )


def pronoun_spokesperson(
    ix: DocIndex, ds: Discourse, root: Token, content: Ranges
) -> SourceResult | None:
    """ "Guterres welcomed the deal, his spokesperson said": a spokesperson
    a personal pronoun possesses speaks for the person the pronoun refers
    to; ``None`` for any other source or when the pronoun finds no person."""
    if root.lower_ not in SPOKES_NOUNS:
        return None
    poss = next((c for c in root.children if c.dep_ == "poss"), None)
    if poss is None or poss.lower_ not in PERSON_PRONOUNS:
        return None
    found = resolve_pronoun(ix, ds, poss, content)
    if found.entity is None or found.entity.kind != "person":
        return None
    return SourceResult(found.entity, RESOLVED_NOMINAL)


def _possessor_spokesperson(
    ix: DocIndex, ds: Discourse, root: Token, content: Ranges
) -> SourceResult | None:
    """ "the court's spokesman", "the ministry's spokeswoman": a spokesperson
    speaks for the body that possesses the role, resolved as a source of its
    own ("the court" -> the High Court named before); ``None`` when the
    possessor is no body."""
    if root.lower_ not in SPOKES_NOUNS:
        return None
    poss = next((c for c in root.children if c.dep_ == "poss"), None)
    if poss is None or poss.lower_ in ALL_PRONOUNS:
        return None
    owner = ix.doc[poss.left_edge.i : poss.i + 1]
    found = _resolve_span(ix, ds, owner, content)
    if found.entity is None or found.entity.kind != "org":
        return None
    return found


MODIFIER_DEPS: frozenset[str] = frozenset({"compound", "amod", "nmod"})
"""Dependencies of the words before a head that only say whose it is ("a
senior *Fianna Fáil* figure")."""


def _anonymous_member(
    ix: DocIndex, span: SpacySpan, root: Token, persons: list[MentionRef]
) -> bool:
    """An anonymous source whose every name hangs below a preposition of
    its head ("a senior official *at the National Treasury*", "one aide
    *from the ministry*") or modifies it before it ("a senior *Fianna Fáil*
    figure"): the body it belongs to, whatever NER called it."""
    if not anonymous_source(span, frozenset(ix.token_mention)):
        return False
    below: set[int] = set()
    for child in root.children:
        member = child.dep_ == "prep" and child.lower_ in MEMBER_PREPS
        if member or (child.i < root.i and child.dep_ in MODIFIER_DEPS):
            below.update(t.i for t in child.subtree)
    return all(
        all(i in below for i in token_range(ix.doc, m.start, m.end)) for m in persons
    )


def in_clause(ix: DocIndex, mention: MentionRef, root: Token) -> bool:
    """Whether a mention sits in a clause modifying the head ("led by X")."""
    rng = token_range(ix.doc, mention.start, mention.end)
    if not rng or root.i in rng:
        return False
    tok = ix.doc[rng.start]
    for t in ix.doc[rng.start : rng.stop]:
        if not (rng.start <= t.head.i < rng.stop):
            tok = t
            break
    for _ in range(WINDOW_TOKENS):
        if tok.i == root.i or tok.head.i == tok.i:
            return False
        if tok.dep_ in CLAUSE_DEPS or tok.pos_ in {"VERB", "AUX"}:
            return True
        tok = tok.head
    return False


def _relative_antecedent(ix: DocIndex, first: Token) -> MentionRef | None:
    """The named mention a source's opening relative pronoun stands for
    ("who" of "X, who declared ..."), if the clause hangs on one."""
    if first.lower_ not in {"who", "which"} or first.head.dep_ != "relcl":
        return None
    return ix.token_mention.get(first.head.head.i)


APPOSITIVE_KINDS: frozenset[str] = frozenset({"person", "org"})


def appositive_antecedent(ix: DocIndex, span: SpacySpan) -> MentionRef | None:
    """The named person or body a source that is only an appositive
    describes ("a spokesman for Niger's military government" of "Colonel
    Amadou Abdramane, a spokesman for …,"): the name the span's lower-case
    head hangs on as an appositive, outside the span."""
    root = span.root
    head = root.head
    if root.dep_ != "appos" or not root.is_lower or span.start <= head.i < span.end:
        return None
    found = ix.token_mention.get(head.i)
    if found is None or found.entity.kind not in APPOSITIVE_KINDS:
        return None
    return found


def _associate_of(ix: DocIndex, mention: MentionRef, root: Token) -> bool:
    """Whether a person named below the source's head only says whose
    associate the source is ("people close to the Clintons", "a longtime
    adviser to Mrs. Clinton", "Clinton allies"); an appositive ("an adviser,
    John Podesta") names the source itself."""
    if root.lower_ not in ASSOCIATE_NOUNS:
        return False
    rng = token_range(ix.doc, mention.start, mention.end)
    if root.i in rng:
        return False
    tok = top_token(ix.doc, mention)
    for _ in range(WINDOW_TOKENS):
        if tok.dep_ == "appos" or tok.head.i == tok.i:
            return False  # the parser may hang "John Podesta" on "Clinton"
        if tok.head.i == root.i:
            return True
        tok = tok.head
    return False


def _people_of(ix: DocIndex, mention: MentionRef, root: Token) -> bool:
    """Whether a name before a plural of people's role only modifies it
    ("*Pacific* affairs researchers", "*Trump* supporters"): the people are
    a group of their own, not the person named."""
    if not people_group(root) or mention.start >= root.idx:
        return False
    tok = top_token(ix.doc, mention)
    for _ in range(WINDOW_TOKENS):
        if tok.dep_ not in MODIFIER_DEPS or tok.head.i == tok.i:
            return False
        if tok.head.i == root.i:
            return True
        tok = tok.head
    return False


def mentions_in(ix: DocIndex, span: SpacySpan) -> list[MentionRef]:
    seen: list[MentionRef] = []
    for tok in span:
        found = ix.token_mention.get(tok.i)
        if found is not None and found not in seen:
            seen.append(found)
    return seen


def only_modifies(ix: DocIndex, mention: MentionRef, span: SpacySpan) -> bool:
    """Whether a mention only modifies the span's head ("Haley's aide")."""
    _, _start, end = mention
    after = [t for t in span if t.idx >= end]
    if not after:
        return False
    nxt = after[0]
    if nxt.lower_ in {"'s", "’s", "'", "’"}:
        return len(after) > 1
    return (
        nxt.lower_ in ROLE_NOUNS
        and nxt.i not in ix.token_mention
        and (ix.doc[nxt.i].is_lower)
    )


def named_result(ix: DocIndex, mention: MentionRef, span: SpacySpan) -> SourceResult:
    entity, start, end = mention
    stripped = trim_name(ix.text, span.start_char, span.end_char)
    stripped = strip_honorifics(ix.text, *stripped)
    same = (start, end) == stripped
    how = RESOLVED_NAME if same else RESOLVED_APPOSITIVE
    if ix.text[start:end] == entity.name:
        return SourceResult(entity, how, (start, end))
    return SourceResult(entity, how, mention_for(entity, start))
