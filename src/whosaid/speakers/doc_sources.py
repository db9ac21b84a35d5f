"""Speaker resolution: a source that is a document ("the statement", "a
report released by X", "its statement"): the document's issuer, from the
noun's own words, an earlier document of the article, or the person or
body that last spoke."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from whosaid.entities.lexicon import ALL_PRONOUNS, DEFINITE_DETS, DOC_NOUNS, ORG_NOUNS
from whosaid.entities.names import Ranges, name_words, same_stem
from whosaid.speakers.definites import resolve_nominal
from whosaid.speakers.groups import office_person
from whosaid.speakers.model import (
    RESOLVED_APPOSITIVE,
    RESOLVED_NOMINAL,
    Discourse,
    DocIndex,
    DocMention,
    Entity,
    Event,
    SourceResult,
    mention_entity,
)
from whosaid.speakers.salience import resolve_pronoun


def relative_document(ix: DocIndex, ds: Discourse, tok: Token) -> SourceResult | None:
    """The issuer of the document a relative pronoun source stands for ("a
    ruling by the Court of Justice *which* said"); ``None`` when the clause
    hangs on no unnamed document noun or the document has no issuer."""
    if tok.lower_ not in {"which", "that"} or tok.head.dep_ != "relcl":
        return None
    antecedent = tok.head.head
    if antecedent.lower_ not in DOC_NOUNS or antecedent.i in ix.token_mention:
        return None
    phrase = ix.doc[antecedent.left_edge.i : tok.i]
    found = resolve_document(ix, ds, antecedent, phrase)
    return found if found is not None and found.entity is not None else None


def resolve_document(
    ix: DocIndex, ds: Discourse, root: Token, span: SpacySpan
) -> SourceResult | None:
    """The issuer of the document noun ``root`` heading a source."""
    mention = ix.doc_by_token.get(root.i)
    if mention is not None and mention.issuer is not None:
        inside = any(mention_entity(ix, t) is mention.issuer for t in span)
        how = RESOLVED_APPOSITIVE if inside else RESOLVED_NOMINAL
        return SourceResult(mention.issuer, how)
    # "a statement from her office"
    for sub in root.children:
        if sub.dep_ == "prep" and sub.lower_ in {"from", "of", "by"}:
            for obj in sub.children:
                found = office_person(ix, ds, obj) if obj.dep_ == "pobj" else None
                if found is not None:
                    return found
    # possessive pronoun: "its statement", "his report"
    for child in root.children:
        if child.dep_ == "poss" and child.lower_ in ALL_PRONOUNS:
            found = resolve_pronoun(ix, ds, child, Ranges(()))
            if found.entity is not None:
                return found
    owner = possessor_body(ix, ds, root)
    if owner is not None:
        return owner
    definite = any(
        t.lower_ in DEFINITE_DETS for t in span if t.i < root.i and t.dep_ == "det"
    )
    mods = [
        t.text
        for t in span
        if t.i < root.i
        and t.dep_ != "det"
        and (t.is_alpha and not t.is_stop)
        and t.lower_ not in DOCUMENT_EPITHETS
    ]
    if not definite and not mods:
        return None
    if definite and not mods:
        named = named_document(ix, ds, root)
        if named is not None:  # "the declaration" after "the Xi'an Declaration"
            return named
    if definite and not mods and root.lower_ in COURT_DOCUMENTS:
        court = latest_court(ds, root.idx)
        if court is not None:
            return SourceResult(court, RESOLVED_NOMINAL)
    earlier = _earlier_document(ix, ds, root.idx, root.lower_, mods)
    issuer = earlier[0] if earlier is not None else None
    if definite and not mods:
        if earlier is not None:
            issuer = _body_spoke_since(ds, earlier[1], root.idx) or issuer
        else:
            issuer = _recent_issuer(ds, root.idx)
    if issuer is None:
        return None
    if mention is not None:
        mention.issuer = issuer
    return SourceResult(issuer, RESOLVED_NOMINAL)


def possessor_body(ix: DocIndex, ds: Discourse, root: Token) -> SourceResult | None:
    """ "The Fund's statement", "the ministry's report": a document a
    definite organisation nominal possesses is that body's, resolved as a
    nominal source of its own (:func:`whosaid.speakers.definites.resolve_nominal`);
    ``None`` for any other possessor or when the nominal finds no body."""
    poss = next((c for c in root.children if c.dep_ == "poss"), None)
    if poss is None or poss.lower_ not in ORG_NOUNS or poss.i in ix.token_mention:
        return None
    owner = ix.doc[poss.left_edge.i : poss.i + 1]
    found = resolve_nominal(ix, ds, owner, poss)
    if found is None or found.entity is None or found.entity.kind != "org":
        return None
    # the possessor is a mention of the body ("It called on …" next)
    mention = (owner.start_char, owner.end_char)
    bisect.insort(found.entity.mentions, mention)
    return SourceResult(found.entity, RESOLVED_NOMINAL, mention)


DOCUMENT_EPITHETS: frozenset[str] = frozenset(
    {"final", "full", "latest", "new", "brief", "short", "written", "formal"}
)
"""Words that tell no issuer's document from another: "the final
declaration" is the declaration named before."""


COURT_DOCUMENTS: frozenset[str] = frozenset(
    {"opinion", "ruling", "verdict", "judgment"}
)
"""Documents only a court issues: "the ruling said", "according to the
opinion" speak for the court the article names."""
COURT_WORDS: frozenset[str] = frozenset({"court", "tribunal"})


def latest_court(ds: Discourse, pos: int) -> Entity | None:
    """The latest court (an organisation with "court" or "tribunal" in a
    name of more words than that: never a bare "Court") mentioned before
    ``pos``; ``None`` when the article names none."""
    end = bisect.bisect_left(ds.events, pos, key=lambda ev: ev.start)
    for ev in reversed(ds.events[:end]):
        words = [w.lower() for w in name_words(ev.entity.name)]
        if ev.entity.kind == "org" and len(words) > 1 and COURT_WORDS & set(words):
            return ev.entity
    return None


ISSUER_CHARS = 600
"""How far back (characters) "the statement said" looks for its issuer when
no earlier document noun names one."""


def _recent_issuer(ds: Discourse, pos: int) -> Entity | None:
    """ "Greece's Foreign Ministry rejected the ruling. … '…,' the statement
    said": the latest person or body that spoke or was a sentence subject
    within ``ISSUER_CHARS`` before ``pos``."""
    end = bisect.bisect_left(ds.events, pos, key=lambda ev: ev.start)
    for ev in reversed(ds.events[:end]):
        if ev.start < pos - ISSUER_CHARS:
            break
        if ev.masked or ev.entity.kind not in ("org", "person"):
            continue
        if ev.speaker or ev.subject:
            return ev.entity
    return None


def _body_spoke_since(ds: Discourse, since: int, pos: int) -> Entity | None:
    """ "In a statement, the company said … The Presidency said … '…,' the
    statement said": the latest organisation that spoke after the last
    document noun (at ``since``) and within ``ISSUER_CHARS`` before ``pos``
    owns a bare "the statement" (a body's words are its statement; a person
    who spoke in between does not take it over)."""
    end = bisect.bisect_left(ds.events, pos, key=lambda ev: ev.start)
    for ev in reversed(ds.events[:end]):
        if ev.start <= since or ev.start < pos - ISSUER_CHARS:
            return None
        if ev.speaker and not ev.masked and ev.entity.kind == "org":
            return ev.entity
    return None


def _earlier_document(
    ix: DocIndex, ds: Discourse, pos: int, head: str, mods: Sequence[str]
) -> tuple[Entity, int] | None:
    """The issuer of the latest earlier document noun (one with the same
    head first) that has one, and where that noun is."""
    candidates = [m for m in ix.doc_mentions if m.start < pos]
    fallback: tuple[Entity, int] | None = None
    for mention in reversed(candidates):
        issuer = mention.issuer or _sentence_speaker(ix, ds, mention)
        if issuer is None:
            continue
        if mods:
            words = [*name_words(issuer.name), *mention.mods]
            if not all(any(same_stem(m, w) for w in words) for m in mods):
                continue
        if mention.head == head:
            return issuer, mention.start
        if fallback is None:
            fallback = issuer, mention.start
    return fallback


def _sentence_speaker(
    ix: DocIndex, ds: Discourse, mention: DocMention
) -> Entity | None:
    tok = ix.doc[mention.token]
    for child in tok.children:
        if child.dep_ == "poss" and child.lower_ in ALL_PRONOUNS:
            found = resolve_pronoun(ix, ds, child, Ranges(()))
            mention.issuer = found.entity
            return found.entity
    for ev in ds.events:
        if ev.speaker and in_sentence(ev, mention.sent_start, mention.sent_end):
            mention.issuer = ev.entity
            return ev.entity
    return None


def in_sentence(ev: Event, sent_start: int, sent_end: int) -> bool:
    """Whether an event's mention overlaps a sentence: one the sentence
    splitter cut in two ("Advertisement Mossack | Fonseca said in a
    statement") is in the sentence its last words are in."""
    return ev.start < sent_end and ev.end > sent_start


NAME_TRIM = " \t\n\"'“”‘’"
"""Characters trimmed off a named document's entity."""


def named_document(ix: DocIndex, ds: Discourse, root: Token) -> SourceResult | None:
    """The document a bare "the declaration" stands for when the text named
    one with that head before ("the Xi'an Declaration of the China-Central
    Asia Summit", 'the "Panmunjom Declaration for Peace …"'): the latest
    named entity with the head word capitalised inside (not first); the
    document speaks under its name, as annotators write it; ``None`` when
    none is named."""
    for ent in reversed(ix.doc.ents):
        if ent.start >= root.i or ent.start_char in ix.exclude:
            continue
        heads = [t for t in ent if t.lower_ == root.lower_ and t.text[:1].isupper()]
        if not heads or heads[0].i == ent.start:
            continue
        start, end = ent.start_char, ent.end_char
        if ent[0].lower_ in DEFINITE_DETS:
            start = ent[1].idx
        text = ix.text[start:end]
        trimmed = text.strip(NAME_TRIM)
        start += len(text) - len(text.lstrip(NAME_TRIM))
        end = start + len(trimmed)
        key = f"document:{trimmed.lower()}"
        entity = ds.entities.get(key)
        if entity is None:
            entity = ds.entities[key] = Entity(
                name=trimmed, kind="org", start=start, end=end
            )
            entity.mentions.append((start, end))
        # its mention is the source's own noun: the name may hold a place
        # ("… of the Korean Peninsula") that is no speaker
        own = (ix.doc[root.left_edge.i].idx, root.idx + len(root.text))
        return SourceResult(entity, RESOLVED_NOMINAL, own)
    return None
