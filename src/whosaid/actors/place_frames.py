"""Actors: more frames that make a country's name the place, not the state
that acts (read by ``place_context.country_as_place``): where people go
back or home to or from ("would have to go back to Myanmar", "fly Nigerians
home from South Africa"), where blows fall ("the strikes over Iraq"), a
part of it ("the sea ports of Pakistan") and a name a copula calls a place
("Yemen was the worst place on earth to be a child")."""

from __future__ import annotations

from spacy.tokens import Token

HOMEWARD_ADVERBS: frozenset[str] = frozenset({"home", "back"})
"""Adverbs of going home whose "to"/"from" object is where one goes or
leaves ("go back to Myanmar", "fly home from South Africa")."""

BLOW_PREPS: frozenset[str] = frozenset({"on", "over"})
"""Prepositions whose object is where a strike falls ("strikes over Iraq")."""

PLACE_PART_PLURALS: frozenset[str] = frozenset({"ports", "harbours", "harbors"})
"""Plural parts whose "of" object is the place ("the sea ports of
Pakistan")."""

PLACE_PREDICATE_NOUNS: frozenset[str] = frozenset({"place", "places", "spot"})
"""Nouns a copula's subject is called ("Yemen was the worst place on earth
to be a child"): the subject is described as a place."""

RANKED_PLACE_NOUNS: frozenset[str] = frozenset({"country", "destination"})
"""Nouns that call the subject a place only when ranked ("Mexico was the
deadliest country for journalists", "the eighth country"), not when
qualified ("China remained a friendly country": the state)."""

COPULAS: frozenset[str] = frozenset({"is", "was", "are", "were", "remains", "remained"})
"""Word forms of the copula (the pipeline has no lemmatizer)."""


def homeward(root: Token) -> bool:
    """Whether the name is the "to"/"from" object of a homeward adverb."""
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ in {"to", "from"}
        and prep.head.dep_ == "advmod"
        and prep.head.lower_ in HOMEWARD_ADVERBS
    )


def struck(root: Token, blow_nouns: frozenset[str]) -> bool:
    """Whether the name is the "on"/"over" object of a blow noun."""
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ in BLOW_PREPS
        and prep.head.lower_ in blow_nouns
    )


def part_of_place(root: Token) -> bool:
    """Whether the name is the "of" object of a plural place part."""
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lower_ in PLACE_PART_PLURALS
    )


def called_a_place(root: Token) -> bool:
    """Whether the name is the subject of a copula whose attribute is a
    place noun (:data:`PLACE_PREDICATE_NOUNS`)."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lower_ not in COPULAS:
        return False
    return any(
        c.dep_ == "attr"
        and (
            c.lower_ in PLACE_PREDICATE_NOUNS
            or (c.lower_ in RANKED_PLACE_NOUNS and _ranked(c))
        )
        for c in verb.children
    )


def _ranked(noun: Token) -> bool:
    """Whether a superlative or an ordinal modifies the noun."""
    return any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or c.ent_type_ == "ORDINAL")
        for c in noun.children
    )


def place_by_frame(root: Token, blow_nouns: frozenset[str]) -> bool:
    """Whether one of this module's frames makes the name a place."""
    return (
        homeward(root)
        or struck(root, blow_nouns)
        or part_of_place(root)
        or called_a_place(root)
    )
