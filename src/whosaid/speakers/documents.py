"""Speaker resolution: document nouns ("the statement", "a report") and who
issued them: the agent of "released by/from X", a possessor or compound ("the
Kremlin statement"), or the subject of the verb the noun hangs on ("In a
statement, X said")."""

from __future__ import annotations

from spacy.tokens import Token

from whosaid.entities.lexicon import DOC_NOUNS
from whosaid.nlp.view import doc_view
from whosaid.speakers.model import (
    Discourse,
    DocIndex,
    DocMention,
    Entity,
    Event,
    main_clause_subject,
    mention_entity,
)


def build_doc_mentions(ix: DocIndex, ds: Discourse) -> None:
    view = doc_view(ix.doc)
    lower = view.lower(ix.doc)
    for i in view.with_pos(ix.doc, ("NOUN", "PROPN")):
        if lower[i] not in DOC_NOUNS:
            continue
        tok = ix.doc[i]
        if tok.idx in ix.exclude or tok.i in ix.token_mention:
            continue
        issuer = _issuer(ix, tok)
        mods = frozenset(
            c.lower_
            for c in tok.children
            if c.dep_ in {"amod", "compound", "poss", "nmod"} and c.is_alpha
        )
        sent = tok.sent
        mention = DocMention(
            token=tok.i,
            start=tok.idx,
            head=tok.lower_,
            mods=mods,
            issuer=issuer,
            sent_start=sent.start_char,
            sent_end=sent.end_char,
        )
        ix.doc_mentions.append(mention)
        ix.doc_by_token[tok.i] = mention
        if issuer is not None:
            ds.events.append(
                Event(
                    start=tok.idx,
                    end=tok.idx + len(tok.text),
                    entity=issuer,
                    subject=main_clause_subject(tok),
                    speaker=False,
                    masked=tok.idx in ix.masked,
                )
            )
    ds.events.sort(key=lambda ev: ev.start)


def _issuer(ix: DocIndex, tok: Token) -> Entity | None:
    # "a statement released by X", "a statement from X", "statement of X"
    for sub in tok.subtree:
        if sub.i <= tok.i or sub.lower_ not in {"by", "from", "of"}:
            continue
        if sub.lower_ == "of" and sub.head.i != tok.i:
            continue
        for obj in sub.children:
            if obj.dep_ == "pobj":
                entity = mention_entity(ix, obj)
                if entity is not None:
                    return entity
    # "the Kremlin statement", "the ministry's statement"
    for child in tok.children:
        if child.dep_ in {"poss", "compound", "nmod"}:
            entity = mention_entity(ix, child)
            if entity is not None:
                return entity
            if child.dep_ == "poss":
                return None  # "its report": resolved lazily
    # "In a statement, X said", "X said in a statement", "X issued a report"
    verb = None
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        verb = tok.head.head
    elif tok.dep_ == "dobj":
        verb = tok.head
    met = meeting_body(ix, tok, verb)
    if met is not None:  # "X read a statement after a meeting of the NSC"
        return met
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return None
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            return mention_entity(ix, child) or body_of_members(ix, child)
    return None


MEMBER_NOUNS: frozenset[str] = frozenset(
    {"leaders", "ministers", "members", "allies", "delegates", "envoys"}
)
"""Plural nouns for the members of a body that speak together as it
("NATO leaders", "EU ministers", "the bloc's members")."""


def body_of_members(ix: DocIndex, subject: Token) -> Entity | None:
    """ "NATO leaders committed …, in a declaration that …": members who
    issue a document together issue it as their body (the organisation
    named in the subject's compound or possessor); ``None`` for any other
    subject."""
    if subject.lower_ not in MEMBER_NOUNS:
        return None
    for child in subject.children:
        if child.dep_ in {"compound", "poss", "nmod"}:
            entity = mention_entity(ix, child)
            if entity is not None and entity.kind == "org":
                return entity
    return None


MEETING_NOUNS: frozenset[str] = frozenset(
    {"meeting", "session", "summit", "conference", "talks", "sitting"}
)
"""Gatherings whose body issues the document that follows them."""
AFTER_PREPS: frozenset[str] = frozenset({"after", "following", "at"})


def meeting_body(ix: DocIndex, tok: Token, verb: Token | None) -> Entity | None:
    """The body whose meeting a document came out of ("a statement issued
    after the meeting of the board", "Kim read a statement after an
    emergency meeting of the National Security Council"): the organisation
    named after "of" on a meeting noun that "after"/"following"/"at" hangs
    on the document, its participle or its verb; ``None`` when no body is
    named there (the reader of a statement is no issuer of it)."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "acl")]
    if verb is not None and verb.pos_ in {"VERB", "AUX"}:
        heads.append(verb)
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in AFTER_PREPS:
                continue
            for meeting in prep.children:
                if meeting.dep_ == "pobj" and meeting.lower_ in MEETING_NOUNS:
                    body = _body_of(ix, meeting)
                    if body is not None:
                        return body
    return None


def _body_of(ix: DocIndex, meeting: Token) -> Entity | None:
    """The organisation named in the "of" phrase of a meeting noun."""
    for prep in meeting.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for sub in prep.subtree:
            entity = mention_entity(ix, sub)
            if entity is not None and entity.kind == "org":
                return entity
    return None
