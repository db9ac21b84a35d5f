"""Anonymous sources: a source the text leaves unnamed speaks for no one.

whosaid's rule (issue #9): "two sources familiar with the talks", "a person on
the call", "diplomatic sources", "a senior party official who asked not to be
named" have a speaker whose ``name`` is null (``unresolved``, the mention
kept) -- not the body they work for ("a senior LDP official" is no statement
of the LDP) and not a named person.  A spokesman or a body speaks on the
record and is not anonymous ("a spokesman for the ministry" is the ministry),
and a bare plural of officials at a named body stays that body ("officials at
the Pentagon"), as event coders code it.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

SOURCE_NOUNS: frozenset[str] = frozenset({"source", "sources"})
"""Heads that are anonymous whatever their determiner ("diplomatic
sources", "sources at the ministry")."""
UNNAMED_HEADS: frozenset[str] = frozenset(
    {
        *("official", "officials", "aide", "aides", "diplomat", "diplomats"),
        *("insider", "insiders", "person", "people", "staffer", "staffers"),
        *("delegate", "delegates", "participant", "participants"),
        *("negotiator", "negotiators", "lawmaker", "lawmakers"),
        *("legislator", "legislators", "member", "members"),
        *("politician", "politicians", "figure", "figures"),
        *("adviser", "advisers", "advisor", "advisors"),
    }
)
"""Heads that are anonymous when indefinite ("a senior official", "two
aides") or when the text says so ("officials familiar with the talks")."""
INDEFINITE_DETS: frozenset[str] = frozenset(
    {"a", "an", "one", "some", "several", "few", "many", "other", "another"}
)
ANONYMITY_WORDS: frozenset[str] = frozenset({"anonymity", "anonymously", "background"})
"""Words that say a source stays unnamed ("on condition of anonymity",
"speaking on background")."""
FAMILIAR_WORDS: frozenset[str] = frozenset({"familiar", "briefed"})
"""Adjectives of sources who know but stay unnamed ("familiar with",
"briefed on")."""
NAMING_VERBS: frozenset[str] = frozenset(
    {"named", "identified", "authorised", "authorized", "permitted", "allowed"}
)
"""Verbs of "asked not to be named", "was not authorised to speak"."""
POLLED_VERBS: frozenset[str] = frozenset(
    {"consulted", "polled", "surveyed", "interviewed", "contacted"}
)
"""Participles of a group the reporter asked and leaves unnamed ("legal
experts consulted by Folha", "economists polled by Reuters")."""
PARENTHETICAL_TOKENS = 14
"""How far after the source an anonymity formula between commas may run
("A senior leader, speaking on condition of anonymity, said")."""


def anonymous_source(span: SpacySpan, named: frozenset[int]) -> bool:
    """Whether a source span is an anonymous source: its head is one of
    :data:`SOURCE_NOUNS`, or one of :data:`UNNAMED_HEADS` and indefinite, or
    a common noun marked as unnamed by the words that hang on it or follow
    it between commas.  ``named`` holds the indices of tokens inside named mentions: a
    head that is a name ("Sources Inc.") is never anonymous."""
    root = span.root
    if _one_of_unnamed(root):
        return True  # "one of the officials": one unnamed member of them
    head = root.lower_
    lower = root.is_lower or root.i == span.start  # "Sources said"
    if root.pos_ in {"VERB", "AUX"} and root.i not in named:
        # a source cut to its formula: "asked not to be named because she
        # was not authorised to speak to the media"
        return _marked_unnamed(root, span)
    if root.i in named and _unnamed_members(root, span):
        return True  # "three Republicans familiar with the talks"
    if counted_members(root):
        return True  # "several House Republicans", "several MPs"
    if root.i in named or root.pos_ not in {"NOUN", "PROPN"} or not lower:
        return False
    if head in SOURCE_NOUNS:
        return True
    if head in UNNAMED_HEADS and _indefinite(root):
        # "an official with the agency": one speaking for a body on the
        # record, as "a spokesman for the ministry" does, unless the text
        # says it stays unnamed
        return not _of_a_body(root) or _marked_unnamed(root, span)
    if root.tag_ == "NNS" and any(
        c.dep_ == "acl" and c.lower_ in POLLED_VERBS for c in root.children
    ):
        return True  # "legal experts consulted by Folha": the people asked
    if root.tag_ == "NNS" and _counted(root):
        return True  # "several Ukrainian media outlets", "two witnesses"
    # any common noun the text says stays unnamed ("a senior party leader,
    # speaking on condition of anonymity,")
    return _marked_unnamed(root, span)


BODY_PREPS: frozenset[str] = frozenset({"with", "of", "at", "from", "for"})
"""Prepositions of "an official with the agency", "an official at the
Pentagon"."""


def _of_a_body(root: Token) -> bool:
    """A singular unnamed head with a definite or named body after a
    preposition ("an official with the agency", "an official at the
    Pentagon"), never a place ("an official in New Delhi") nor people ("an
    aide of the senators")."""
    if root.tag_ != "NN":
        return False
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ not in BODY_PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.tag_ not in {"NN", "NNP"}:
                continue
            if obj.ent_type_ in {"GPE", "LOC"}:
                continue
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)
            if definite or obj.ent_type_ == "ORG":
                return True
    return False


def _one_of_unnamed(root: Token) -> bool:
    """ "one of the officials", "one of the sources": a member of a group
    of unnamed people is unnamed too, whatever the group's determiner."""
    if root.lower_ != "one":
        return False
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and (
                    obj.lower_ in UNNAMED_HEADS or obj.lower_ in SOURCE_NOUNS
                ):
                    return obj.tag_ in {"NNS", ""} and not obj.ent_type_
    return False


def _indefinite(root: Token) -> bool:
    """ "a senior official", "two EU diplomats", "some officials"."""
    return any(
        (c.dep_ == "det" and c.lower_ in INDEFINITE_DETS)
        or (c.dep_ == "nummod" and c.i < root.i)
        for c in root.children
    )


PLURAL_QUANTIFIERS: frozenset[str] = frozenset(
    {"several", "some", "many", "few", "numerous", "various"}
)
"""Words that count an unnamed group ("several outlets", "some analysts")."""


def _unnamed_members(root: Token, span: SpacySpan) -> bool:
    """Whether a plural name of a party's or a people's members is counted
    and marked as unnamed ("three Republicans familiar with the talks", "two
    Democrats who asked not to be named"): some of them, left unnamed."""
    return (
        root.tag_ in {"NNPS", "NNS"}
        and root.lower_.endswith("s")
        and _counted(root)
        and _marked_unnamed(root, span)
    )


def counted_members(root: Token) -> bool:
    """A counted plural of a party's or a people's members, or of a
    capitalised plural ("several House Republicans", "several Conservative
    MPs", "some Yes voters"): members left unnamed, as a counted plural of
    common nouns is ("several lawmakers")."""
    return (
        root.tag_ in {"NNPS", "NNS"}
        and root.lower_.endswith("s")
        and not root.is_lower
        and _counted(root)
    )


def _counted(root: Token) -> bool:
    """A plural counted and not made definite: "several Ukrainian media
    outlets", "two witnesses" (never "the two leaders", "their three
    lawyers"): members of a group the text leaves unnamed."""
    counted = False
    for c in root.children:
        if c.i > root.i:
            continue
        if c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in INDEFINITE_DETS):
            return False
        if c.lower_ in PLURAL_QUANTIFIERS or c.dep_ == "nummod":
            counted = True
    return counted


def _marked_unnamed(root: Token, span: SpacySpan) -> bool:
    """Words below the head or in a parenthesis right after the source say
    it stays unnamed: "familiar with", "briefed on", "on condition of
    anonymity", "on background", "asked not to be named", "not authorised
    to speak"."""
    words = list(root.subtree)
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text == ",":
        for tok in doc[span.end + 1 : span.end + 1 + PARENTHETICAL_TOKENS]:
            if tok.text == "," or tok.is_sent_start:
                break
            words.append(tok)
    for tok in words:
        low = tok.lower_
        if low in ANONYMITY_WORDS or low in FAMILIAR_WORDS:
            return True
        if low in NAMING_VERBS and any(
            child.dep_ == "neg" for near in (tok, tok.head) for child in near.children
        ):
            return True
    return False
