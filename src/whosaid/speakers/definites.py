"""Speaker resolution: a definite nominal source ("the ministry", "the
president", "the country", "the central bank") is the matching organisation,
titled person or state named before (or just after) it.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from whosaid.entities.lexicon import (
    DEFINITE_DETS,
    GENERIC_ORG_NOUNS,
    MEDIA_MARKERS,
    MEDIA_NOUNS,
    ORG_NOUNS,
    ORG_SYNONYMS,
    ROLE_NOUNS,
    ROLE_SYNONYMS,
    STATE_NOUNS,
)
from whosaid.entities.names import name_words, same_stem
from whosaid.speakers.chains import (
    CHAIN_HEADS,
    CHAIN_KINDS,
    other_office,
    previous_subject,
)
from whosaid.speakers.headlines import bare_headline_noun
from whosaid.speakers.model import (
    RESOLVED_NOMINAL,
    Discourse,
    DocIndex,
    Entity,
    SourceResult,
)
from whosaid.speakers.nominals import central_bank_nominal, is_central_bank
from whosaid.speakers.org_words import organisation_words
from whosaid.speakers.portfolios import portfolio_clash
from whosaid.speakers.salience import (
    cataphora,
    last_person_speaker,
    latest_body_speaker,
    latest_person,
    search_back,
    search_role,
)
from whosaid.speakers.titles import title_word


def names_places(entity: Entity, places: Sequence[str]) -> bool:
    """Every place word of a nominal mention is in the entity's name."""
    words = name_words(entity.name)
    return all(any(same_stem(p, w) for w in words) for p in places)


DESCRIBED_KINDS: frozenset[str] = frozenset({"gpe", "norp"})
"""Kinds NER may give a body the text describes with an organisation noun
("The M23 rebel group")."""


RANK_WORDS: frozenset[str] = frozenset({"former", "first", "top"})
"""Stop words that tell one holder of a role from another ("the former
president" is Obama, not the President named since)."""


LESSER_RANKS: frozenset[str] = frozenset({"vice", "deputy", "assistant"})
"""Title words that make another office of a role ("Vice President",
"Deputy Prime Minister"): "the president" stands for its holder only when
no one else holds the title, or the source says so too ("the deputy
minister")."""


def resolve_nominal(
    ix: DocIndex, ds: Discourse, span: SpacySpan, root: Token
) -> SourceResult | None:
    dets = [t.lower_ for t in span if t.i < root.i and t.dep_ in {"det", "poss"}]
    possessed = any(t.dep_ == "poss" for t in span if t.i < root.i)
    if not (
        possessed
        or any(d in DEFINITE_DETS for d in dets)
        or bare_headline_noun(ix, span)  # "… as union says …"
    ):
        return None
    mods = [
        t.text
        for t in span
        if t.i < root.i
        and t.dep_ not in {"det", "case"}
        and t.is_alpha
        and (not t.is_stop or t.lower_ in RANK_WORDS)
    ]
    # "Turkey's foreign ministry", "the Turkish ministry": a place named in
    # the mention must be in the antecedent's name ("Greece's Foreign
    # Ministry" is another body).
    places = [t.text for t in span if t.i < root.i and t.ent_type_ in ("GPE", "NORP")]
    head = root.lower_
    pos = span.start_char
    chief = body_head(ds, pos, head, body_words(span, root))
    if chief is not None:
        return SourceResult(chief, RESOLVED_NOMINAL)
    if head in ROLE_NOUNS:
        wanted = ROLE_SYNONYMS.get(head, frozenset({head}))
        other = other_office(mods)
        lesser = LESSER_RANKS - {m.lower() for m in mods} | other
        # "the president" is no vice president while a president is named
        entity = search_back(
            ds,
            pos,
            lambda e: (
                e.kind == "person" and bool(e.titles & wanted) and not e.titles & lesser
            ),
            mods,
            lambda e: e.titles,
        ) or search_back(
            ds,
            pos,
            lambda e: (
                e.kind == "person" and bool(e.titles & wanted) and not e.titles & other
            ),
            mods,
            lambda e: e.titles,
        )
        if entity is not None and not holds_mods(entity, mods):
            holder = mods_holder(ds, pos, wanted, mods) if head in PARTY_HEADS else None
            if holder is not None:
                # "The Conservative leader said" after Labour's leader spoke:
                # the person whose titles say "conservative" and "leader"
                return SourceResult(holder, RESOLVED_NOMINAL)
            # "Opposition leader Raila Odinga welcomed it. '…,' the former
            # prime minister said": no "prime minister" is named, and the
            # description is of the person just introduced
            latest = latest_person(ds, pos)
            if latest is not None and (
                holds_mods(latest, mods) or not latest.titles & wanted
            ):
                entity = latest
    elif head in STATE_NOUNS:
        entity = search_role(ds, pos, {"gpe"})
    elif central_bank_nominal(head, mods):
        # "The State Bank of Vietnam said … The central bank added": the
        # latest central bank, never a commercial bank named in between
        entity = search_back(
            ds, pos, lambda e: is_central_bank(ix, e), (), lambda e: set()
        )
    else:
        entity = (
            # "Lehman said …  The 158-year-old investment bank said": the
            # description goes on with the subject before any search by name
            previous_subject(ix, ds, span, CHAIN_KINDS)
            if mods and not places and chained_description(head, mods)
            else None
        ) or search_back(
            ds,
            pos,
            lambda e: (
                (
                    (
                        e.kind == "org"
                        and (
                            bool(ORG_SYNONYMS.get(head, {head}) & e.titles)
                            or any(
                                same_stem(h, w)
                                for h in ORG_SYNONYMS.get(head, (head,))
                                for w in head_words(head, organisation_words(ix, e))
                            )
                        )
                    )
                    # "the group" after "The M23 rebel group" NER called a
                    # place: the text's own descriptor
                    or (e.kind in DESCRIBED_KINDS and head in e.titles)
                )
                and names_places(e, places)
                and not portfolio_clash(mods, e.name)
            ),
            mods,
            lambda e: set(name_words(e.name)) | e.titles,
            subjects_first=True,
        )
        if entity is None and not places and chained_description(head, mods):
            # "The CDC said …  The agency urged": no body named an agency;
            # "Lehman said …  The 158-year-old investment bank said"
            entity = previous_subject(ix, ds, span, CHAIN_KINDS)
        if entity is None and places and nationality_description(span, root, mods):
            # "Wirecard AG said …, a week after the German payments company
            # disclosed": a nationality describes the body, it is no word of
            # its name
            entity = previous_subject(ix, ds, span, CHAIN_KINDS) or search_role(
                ds, pos, set(CHAIN_KINDS)
            )
        if entity is None and not places and head in CHAIN_HEADS & MEDIA_NOUNS:
            # "The FTC said …  ¶ The agency alleges": a body that spoke, before
            # any outlet ("agency" is a news agency as much as a federal one)
            entity = latest_body_speaker(ds, pos)
        if entity is None and not places and head in MEDIA_NOUNS:
            entity = search_back(
                ds,
                pos,
                lambda e: (
                    e.kind == "org"
                    and any(w.lower() in MEDIA_MARKERS for w in name_words(e.name))
                ),
                (),
                lambda e: set(),
            )
        if (
            entity is None
            and not places
            and not mods  # "the central bank" is no bank named before
            and (head in GENERIC_ORG_NOUNS or head in MEDIA_NOUNS)
        ):
            entity = search_role(ds, pos, {"org"})
    if entity is None and head in ds.role_speakers and not places:
        entity, seen_at = ds.role_speakers[head]
        if seen_at >= pos:
            entity = None
    if (
        entity is None
        and head in ROLE_NOUNS
        and (root.tag_ == "NN" or (root.tag_ == "NNP" and root.is_lower))
        and not places
        and not possessed  # "Pagliano's lawyer" is nobody who just spoke
    ):
        # who just spoke before anyone named after ("the army chief said")
        entity = last_person_speaker(ds, pos)
        if entity is not None and entity.titles & other_office(mods):
            entity = None  # "the chancellor" never the shadow chancellor
    if entity is not None and of_another_country(ix, entity, places):
        entity = None
    if entity is None:
        entity = cataphora(ds, span.end_char, head)
    if entity is None or of_another_country(ix, entity, places):
        return None
    if entity.kind == "org" and portfolio_clash(mods, entity.name):
        return None  # "the defense ministry" is no foreign ministry
    return SourceResult(entity, RESOLVED_NOMINAL)


def chained_description(head: str, mods: Sequence[str]) -> bool:
    """Whether a definite organisation nominal that names no body before it
    continues the previous sentence's subject: a kindless head alone ("the
    agency"), or any organisation noun described by lower-case words alone
    ("the 158-year-old investment bank", "the holding company"), never by a
    name ("the Kremlin-backed company" is left to the search by name)."""
    if head in CHAIN_HEADS and not mods:
        return True
    return head in ORG_NOUNS and bool(mods) and all(m.islower() for m in mods)


MODIFIER_ORG_NOUNS: frozenset[str] = frozenset({"exchange"})
"""Organisation nouns that often modify another body's name ("Securities
and Exchange Commission", "Foreign Exchange Trade System"): a nominal of
one stands only for a body its name heads ("Saudi Stock Exchange", "Stock
Exchange of Thailand")."""


def head_words(head: str, words: Sequence[str]) -> Sequence[str]:
    """The name words a nominal's ``head`` may match: all of them, or for a
    :data:`MODIFIER_ORG_NOUNS` head only the name's own head (its last word,
    or the one before "of")."""
    if head not in MODIFIER_ORG_NOUNS or not words:
        return words
    lowered = [w.lower() for w in words]
    at = lowered.index("of") - 1 if "of" in lowered[1:] else len(words) - 1
    return [words[at]]


def nationality_description(span: SpacySpan, root: Token, mods: Sequence[str]) -> bool:
    """Whether a definite organisation nominal is described by lower-case
    words and nationality adjectives alone ("the German payments company",
    "the Japanese carmaker"), never by a place's name ("the Paris company")
    or a body's."""
    nationality = {
        t.text
        for t in span
        if t.i < root.i and t.ent_type_ == "NORP" and t.dep_ == "amod"
    }
    if not nationality:
        return False
    rest = [m for m in mods if m not in nationality]
    return all(m.islower() for m in rest) and (
        chained_description(root.lower_, rest) or root.lower_ in GENERIC_ORG_NOUNS
    )


def of_another_country(ix: DocIndex, entity: Entity, places: Sequence[str]) -> bool:
    """Whether world knowledge puts a person's office in another country
    than the one a nominal names ("the Indian prime minister" is never Kim
    Jong Un); only words that name a country count ("the Democratic
    senator" names none)."""
    lookup = ix.titles_of
    if lookup is None or entity.kind != "person" or not entity.countries:
        return False
    named = [p.lower() for p in places if lookup.is_country_word(p.lower())]
    return any(p not in entity.countries for p in named)


PARTY_HEADS: frozenset[str] = frozenset({"leader"})
"""Role nouns whose capitalised modifier names the holder's party ("the
Conservative leader": the party-leader tables give party leaders their
party's words as titles).  Other roles keep the person the search found:
"the Republican governor" of a story about one governor is that governor,
not another Republican governor named nearby (blind realpages_holdout24)."""

HOLDER_REACH = 1500
"""How far (characters) around a role nominal the person whose titles hold
all its modifiers may be named."""


def mods_holder(
    ds: Discourse, pos: int, wanted: frozenset[str], mods: Sequence[str]
) -> Entity | None:
    """The person whose titles hold the role and every capitalised modifier
    of a role nominal ("Conservative" of "the Conservative leader", from the
    party-leader tables): the latest named before ``pos`` (inside a quote
    too: "the paper would back David Cameron"), else the first named after
    it, within :data:`HOLDER_REACH`; ``None`` without such modifiers."""
    named = [m for m in mods if m[:1].isupper()]
    if not named:
        return None

    def holds(entity: Entity) -> bool:
        return (
            entity.kind == "person"
            and bool(entity.titles & wanted)
            and holds_mods(entity, named)
        )

    before = [
        ev.entity
        for ev in ds.events
        if pos - HOLDER_REACH <= ev.start < pos and holds(ev.entity)
    ]
    if before:
        return before[-1]
    return next(
        (
            ev.entity
            for ev in ds.events
            if pos <= ev.start <= pos + HOLDER_REACH and holds(ev.entity)
        ),
        None,
    )


def holds_mods(entity: Entity, mods: Sequence[str]) -> bool:
    """Every modifier of a role nominal is one of the entity's title words
    ("former prime" of "the former prime minister")."""
    return all(any(same_stem(m, w) for w in entity.titles) for m in mods)


HEAD_NOUNS: frozenset[str] = frozenset({"chief", "head", "boss", "leader"})
"""Role nouns that say "the person at the top of" a body ("the UN chief")."""
HEAD_TITLES: frozenset[str] = frozenset(
    {"chief", "head", "leader", "president", "secretary", "director", "chair"}
    | {"chairman", "chairwoman", "chairperson", "ceo", "commissioner"}
    | {"secretary-general", "director-general", "governor", "executive"}
)
"""Title words of whoever heads a body."""


def body_words(span: SpacySpan, root: Token) -> list[str]:
    """The capitalised words naming a body before a role noun ("UN" of "the
    UN chief", "WHO" of "the WHO head"); never a place ("the Russian
    leader")."""
    return [
        t.text
        for t in span
        if t.i < root.i
        and t.dep_ in {"compound", "nmod", "amod"}
        and t.text[:1].isupper()
        and t.is_alpha
        and t.ent_type_ not in {"GPE", "NORP"}
    ]


def body_head(
    ds: Discourse, pos: int, head: str, bodies: Sequence[str]
) -> Entity | None:
    """ "The UN chief calls for …" (a lead) and "UN Secretary-General X said"
    anywhere in the article: a head noun with a body's name before it is
    the person whose titles hold that name and a head's title, the latest
    before ``pos``, else the first after; ``None`` when none is named."""
    if head not in HEAD_NOUNS or not bodies:
        return None

    def heads_body(entity: Entity) -> bool:
        titles = {title_word(t) for t in entity.titles}
        return (
            entity.kind == "person"
            and bool(titles & HEAD_TITLES)
            and all(any(same_stem(b.lower(), t) for t in titles) for b in bodies)
        )

    before = [ev.entity for ev in ds.events if ev.start < pos and heads_body(ev.entity)]
    if before:
        return before[-1]
    return next(
        (ev.entity for ev in ds.events if ev.start >= pos and heads_body(ev.entity)),
        None,
    )
