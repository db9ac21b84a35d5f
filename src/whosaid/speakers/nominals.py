"""Speaker resolution: a definite nominal of the shared table
(:mod:`whosaid.entities.nominals`) as a source.

"The island said" after "Taiwan accused China" is Taiwan; "the bloc said"
after "the African Union suspended Gabon" is the African Union; "the Jewish
state said" is Israel with no antecedent at all.  The speaker stage alone
resolves these (the actors stage only finds the actor of the antecedent), so
a speaker's name and its actor never disagree.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from spacy.tokens import Span as SpacySpan

from whosaid.entities.lexicon import BUS_NAME_WORDS, GOV_NAME_WORDS
from whosaid.entities.names import name_words
from whosaid.entities.nominals import Nominal, lookup_nominal
from whosaid.speakers.chains import (
    CHAIN_HEADS,
    CHAIN_KINDS,
    holds_other_office,
    previous_subject,
)
from whosaid.speakers.model import (
    RESOLVED_NAME,
    RESOLVED_NOMINAL,
    Discourse,
    DocIndex,
    Entity,
    SourceResult,
)

QUOTE_EDGES = " \t\r\n,;:\"'“”‘’()"

KINDS_OF: dict[str, frozenset[str]] = {
    "state": frozenset({"gpe"}),
    "person": frozenset({"person"}),
}
"""The speaker stage's entity kinds a nominal kind may stand for (every
other kind -- igo, gov, company, media, group, ngo, party -- is an ``org``)."""


def speaker_kinds(nominal: Nominal) -> frozenset[str]:
    """Entity kinds an antecedent of ``nominal`` may have."""
    return KINDS_OF.get(nominal.refers_to.lower(), frozenset({"org"}))


def source_nominal(span: SpacySpan) -> Nominal | None:
    """The table row a whole source span is ("The island", "the 27-nation
    bloc"); ``None`` when the span says more ("the island's leader")."""
    text = span.text.strip(QUOTE_EDGES)
    return lookup_nominal(text)


def resolve_table_nominal(
    ix: DocIndex, ds: Discourse, span: SpacySpan
) -> SourceResult | None:
    """The entity a nominal source stands for: its fixed referent, else the
    latest compatible speaker or subject before it, else the latest
    compatible mention; ``None`` when the span is no such nominal (a fixed
    referent is :func:`resolve_fixed_referent`'s) or nothing compatible came
    before."""
    nominal = source_nominal(span)
    if nominal is None or nominal.country is not None:
        return None
    fits = compatible(ix, nominal)
    *mods, head = nominal.pattern.lower().split()
    if head in CHAIN_HEADS and not mods:
        # "The OBR said …  In its report, the watchdog said"
        chained = previous_subject(ix, ds, span, CHAIN_KINDS)
        if chained is not None:
            return SourceResult(chained, RESOLVED_NOMINAL)

    def accept(entity: Entity) -> bool:
        # "the prime minister" is never the "shadow chancellor"
        return fits(entity) and not holds_other_office(entity, head, mods)

    entity = None
    if ix.kind_of is not None and nominal.antecedent_types <= KNOWN_TYPES:
        # "the alliance": an IGO world knowledge knows ("NATO") before a
        # name it does not ("Vilnius", NER's ORG)
        kind_of, types = ix.kind_of, nominal.antecedent_types
        entity = latest_compatible(
            ds,
            span.start_char,
            lambda e: e.kind != "person" and kind_of(e.name) in types,
        )
    entity = entity or latest_compatible(
        ds, span.start_char, accept, subject_wins=nominal.refers_to == "person"
    )
    if entity is None:
        return None
    return SourceResult(entity, RESOLVED_NOMINAL)


EVIDENCE_TYPES: frozenset[str] = frozenset({"government"})
"""Actor types a nominal's antecedent must be known or named as ("the
government" after "the CGT" is no federation of unions): an organisation
with a proper name of no known type is none (a description, "Israel's
military", still is)."""

KNOWN_TYPES: frozenset[str] = frozenset({"igo", "state"})
"""Actor types world knowledge lists in full: a nominal of one of them ("the
alliance", "the bloc") stands for a name it knows first."""


def compatible(ix: DocIndex, nominal: Nominal) -> Callable[[Entity], bool]:
    """Which entities a nominal may stand for: those of its kinds; where
    world knowledge knows a name, those of its actor types ("the kingdom"
    is Morocco even when tagged ORG; "the bank" is Goldman Sachs, never the
    White House)."""
    kinds = speaker_kinds(nominal)
    types = nominal.antecedent_types
    kind_of = ix.kind_of

    def accept(entity: Entity) -> bool:
        if entity.kind == "person":
            return entity.kind in kinds
        known = kind_of(entity.name) if kind_of is not None else None
        known = known or type_by_name_words(entity.name)
        if known is None and types <= EVIDENCE_TYPES and proper_name(entity.name):
            return False  # "the government" is no union nothing says is one
        return known in types if known is not None else entity.kind in kinds

    return accept


def proper_name(name: str) -> bool:
    """Whether a name ends in a capitalised word ("Confederation of Labor"),
    not a description of a body ("Israel's military")."""
    words = name_words(name)
    return bool(words) and words[-1][:1].isupper()


def type_by_name_words(name: str) -> str | None:
    """The actor type an organisation's own words give ("Iraq's Oil
    Ministry" is a government body, "Acme Holdings" a company), else
    ``None``."""
    words = {w.lower() for w in name_words(name)}
    if words & GOV_NAME_WORDS:
        return "government"
    if words & BUS_NAME_WORDS:
        return "company"
    return None


def latest_compatible(
    ds: Discourse,
    pos: int,
    accept: Callable[[Entity], bool],
    *,
    subject_wins: bool = False,
) -> Entity | None:
    """The latest compatible speaker before ``pos``, else the latest
    compatible sentence subject, else the latest compatible mention outside
    quotes and reported content, else one inside them ("The IMF approved a
    loan, the fund said").  ``subject_wins``: a compatible sentence subject
    after the latest speaker wins, as for a pronoun (a person: "Hunt said …
    Starmer was dubbed …  The prime minister told"); a state or body that
    spoke stays the antecedent ("Taiwan said …  China sent ships …  the
    island said")."""
    end = bisect.bisect_left(ds.events, pos, key=lambda ev: ev.start)
    subject: Entity | None = None
    mention: Entity | None = None
    quoted: Entity | None = None
    for ev in reversed(ds.events[:end]):
        if not accept(ev.entity):
            continue
        if ev.speaker:
            return (subject if subject_wins else None) or ev.entity
        if subject is None and ev.subject and not ev.masked:
            subject = ev.entity
        if mention is None and not ev.masked:
            mention = ev.entity
        if quoted is None and ev.masked:
            quoted = ev.entity
    return subject or mention or quoted


def resolve_fixed_referent(
    ix: DocIndex, ds: Discourse, span: SpacySpan
) -> SourceResult | None:
    """The state a fixed referent names ("the Jewish state" -> Israel,
    "the North" -> North Korea in Korea news), its mention the span itself;
    ``None`` for any other span, or one holding a named mention."""
    nominal = source_nominal(span)
    if nominal is None or nominal.country is None or nominal.name is None:
        return None
    if not nominal.holds_in(ix.text) or any(t.i in ix.token_mention for t in span):
        return None
    name = nominal.name
    start, end = span.start_char, span.end_char
    entity = ds.entities.get(f"thing:{name.lower()}")
    if entity is None:
        entity = Entity(name=name, kind="gpe", start=start, end=end)
        ds.entities[f"thing:{name.lower()}"] = entity
    bisect.insort(entity.mentions, (start, end))
    return SourceResult(entity, RESOLVED_NAME, (start, end))


CENTRAL_BANK_WORDS: frozenset[str] = frozenset({"central", "reserve"})
"""Name words of a central bank ("Central Bank of Nigeria", "Reserve Bank of
India", "Federal Reserve")."""


def central_bank_nominal(head: str, mods: Sequence[str]) -> bool:
    """Whether a nominal source is "the central bank" (any other words
    before it aside: "the country's central bank")."""
    return head == "bank" and any(m.lower() == "central" for m in mods)


def is_central_bank(ix: DocIndex, entity: Entity) -> bool:
    """Whether an organisation is a central bank: a name word says so, or
    world knowledge knows the bank as a government body ("State Bank of
    Vietnam", "Bank of Japan"), never a commercial bank ("State Bank of
    India", "Saigon Commercial Bank")."""
    if entity.kind != "org":
        return False
    words = {w.lower() for w in name_words(entity.name)}
    if words & CENTRAL_BANK_WORDS:
        return True
    return (
        any(w.endswith("bank") for w in words)
        and ix.kind_of is not None
        and ix.kind_of(entity.name) == "government"
    )
