"""Actors: phrases that make a country's or capital's name the place, not
the state that acts -- where people come from or flee, a region of it, a
siege of it.

Each rule reads the dependency parse around the name's root token
(:func:`place_by_phrase`); the callers are ``place_context.country_as_place``
(countries) and ``place_context.place_by_role`` (capitals).  Uses the tables
keep as a state are left alone: a seller or a source of pressure ("jets
from the United States", "objections from Serbia"), the other side of a
border ("its border with Belarus") or of a deportation ("deported from
Israel").
"""

from __future__ import annotations

from spacy.tokens import Token

FLEE_VERBS: frozenset[str] = frozenset({"flee", "flees", "fleeing", "fled"})
"""Verbs whose direct object is the place people leave ("those fleeing
Libya")."""

COME_FROM_VERBS: frozenset[str] = frozenset(
    {
        "come", "comes", "coming", "came",
        "return", "returns", "returning", "returned",
        "bring", "brings", "bringing", "brought",
        "arrive", "arrives", "arriving", "arrived",
        "evacuate", "evacuates", "evacuating", "evacuated",
        "withdraw", "withdraws", "withdrawing", "withdrew", "withdrawn",
        "withdrawal", *FLEE_VERBS,
    }
)  # fmt: skip
"""Words whose "from" object is where someone or something comes from
("Romanians coming home from Italy", "bodies brought home from Ukraine",
"the withdrawal from Gaza"): a place.  Word forms: the pipeline has no
lemmatizer."""

DIRECTION_ADVERBS: frozenset[str] = frozenset({"home", "back", "away"})
"""Adverbs between a verb of coming and its "from" ("coming home from
Italy"): the verb is one word further up."""

PLACE_OF_NOUNS: frozenset[str] = frozenset(
    {
        "siege", "blockade", "parts", "rest", "whole", "much",
        "north", "south", "east", "west", "centre", "center", "interior",
        "out",
    }
)  # fmt: skip
"""Words whose "of" object is a place: a siege or a part of it ("the
siege of Sarajevo", "in parts of South Sudan", "the north of Gaza"), or
the way out of it ("pull out of Somalia")."""

ADVANCE_VERBS: frozenset[str] = frozenset(
    {"advance", "advances", "advancing", "advanced", "march", "marching", "marched"}
)
"""Verbs whose "on" object is where forces head ("rebels advancing on
Kinshasa")."""


def _verb_of(prep: Token) -> Token:
    head = prep.head
    if head.dep_ == "advmod" and head.lower_ in DIRECTION_ADVERBS:
        return head.head
    return head


def place_by_phrase(root: Token) -> bool:
    """Whether a country's or capital's root token is a place by its phrase:
    the object of fleeing (:data:`FLEE_VERBS`), the "from" object of a word
    of coming (:data:`COME_FROM_VERBS`), the "of" object of a part or siege
    (:data:`PLACE_OF_NOUNS`), or the "on" object of an advance
    (:data:`ADVANCE_VERBS`)."""
    head = root.head
    if root.dep_ == "dobj":
        return head.lower_ in FLEE_VERBS
    if root.dep_ != "pobj":
        return False
    if head.lower_ == "from":
        return _verb_of(head).lower_ in COME_FROM_VERBS
    if head.lower_ == "of":
        return head.head.lower_ in PLACE_OF_NOUNS
    if head.lower_ == "on":
        return head.head.lower_ in ADVANCE_VERBS
    return False
