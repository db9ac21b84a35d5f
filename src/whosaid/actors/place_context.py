"""Actors, step 2 (places): the country a mention's context gives it -- the
state or place its sentence names, unless the place names a border, a
destination or where the words were said."""

from __future__ import annotations

import re

from spacy.tokens import Token

from whosaid.actors.model import (
    PEOPLE_SOURCE,
    ActorIndex,
    ActorMention,
    ActorState,
)
from whosaid.actors.place_frames import place_by_frame
from whosaid.actors.place_phrases import place_by_phrase


def context_country(ix: ActorIndex, st: ActorState, tok_i: int) -> str | None:
    """Country of an unmodified body ("the Foreign Ministry"): the state
    most recently named as an actor before it in its paragraph.  A state
    that only modifies a noun ("a White House Russia adviser", "Ukraine
    policy") names a topic, not a context.  Beyond the paragraph the
    article's country decides, later (``article_country.article_country``)."""
    pos = ix.doc[tok_i].idx
    for m in reversed(st.mentions):
        if m.start >= pos:
            continue
        if "\n" in ix.text[m.end : pos]:
            return None
        if m.type == "place" and m.country and _where_said(ix, m, tok_i):
            return m.country  # "In Manila, ... spokesman X said"
        if m.type == "place" and m.country and COUNTRY_AS_PLACE in (m.source or ""):
            return m.country  # "Protests spread in Iran. The ministry said"
        people = m.source == PEOPLE_SOURCE  # "Mexicans": as their state did
        if (m.type not in {"state", "government"} and not people) or not m.country:
            continue
        last = ix.doc.char_span(m.start, m.end, alignment_mode="expand")
        if last is not None and len(last) and last[-1].dep_ == "compound":
            continue
        if last is not None and len(last) and names_a_border(last[-1]):
            continue  # "near the Venezuelan border": the neighbour's
        if last is not None and len(last) and names_a_destination(last[-1]):
            continue  # "had left for The Hague": where someone goes
        return m.country
    return None


BORDER_WORDS: frozenset[str] = frozenset({"border", "borders", "frontier", "side"})
"""Nouns a state's adjective modifies to name where its land ends ("near
the Venezuelan border", "on the Syrian side"): the neighbour, not where the
story happens."""


def names_a_border(tok: Token) -> bool:
    """Whether a state's word modifies a border noun (:data:`BORDER_WORDS`)."""
    if tok.dep_ in {"amod", "compound"} and tok.head.lower_ in BORDER_WORDS:
        return True
    # "near the border with Niger"
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ in {"with", "of"}
        and tok.head.head.lower_ in BORDER_WORDS
    )


MOTION_VERBS: frozenset[str] = frozenset(
    {
        "leave", "leaves", "leaving", "left",
        "fly", "flies", "flying", "flew", "flown",
        "travel", "travels", "travelling", "traveling", "travelled", "traveled",
        "go", "goes", "going", "went", "gone",
        "head", "heads", "heading", "headed",
        "return", "returns", "returning", "returned",
        "depart", "departs", "departing", "departed",
        "sail", "sails", "sailing", "sailed",
        "send", "sends", "sending", "sent",
        "transfer", "transfers", "transferring", "transferred",
        "deport", "deports", "deporting", "deported",
        "extradite", "extradites", "extraditing", "extradited",
        "flee", "flees", "fleeing", "fled",
        "bound",
    }
)  # fmt: skip
"""Verbs of going (word forms: the pipeline has no lemmatizer) whose
"to"/"for" object is a destination ("left for The Hague", "flown to
Moscow"): a place someone goes, not the state a body that speaks in the
same paragraph belongs to."""


DESTINATION_PREPS: frozenset[str] = frozenset({"to", "for", "toward", "towards"})


def names_a_destination(tok: Token) -> bool:
    """Whether a state's word is the destination of a verb of going
    (:data:`MOTION_VERBS`)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in DESTINATION_PREPS:
        return False
    return prep.head.lower_ in MOTION_VERBS


_IN_PLACE = re.compile(r"\b[Ii]n\s+(?:the\s+)?$")


def _where_said(ix: ActorIndex, place: ActorMention, tok_i: int) -> bool:
    """Whether a place is where a title's holder speaks: "In Manila, ..."
    opening the holder's own sentence."""
    if not _IN_PLACE.search(ix.text[max(0, place.start - 8) : place.start]):
        return False
    span = ix.doc.char_span(place.start, place.end, alignment_mode="expand")
    return span is not None and ix.sent_start[span.start] == ix.sent_start[tok_i]


PLACE_PART_NOUNS: frozenset[str] = frozenset(
    {
        "suburb", "suburbs", "outskirts", "street", "streets", "centre", "center",
        "downtown", "airport", "port", "harbour", "harbor", "district", "districts",
        "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods",
        "old", "outskirt", "skies", "skyline", "waters", "coast", "coastline",
    }
)  # fmt: skip
"""Nouns a place's possessive names a part of ("Beirut's southern suburbs",
"Kyiv's outskirts"): the place itself, not its state."""

ATTACK_NOUNS: frozenset[str] = frozenset(
    {
        "strike", "strikes", "airstrike", "airstrikes", "attack", "attacks",
        "raid", "raids", "bombing", "bombings", "bombardment", "assault",
        "offensive", "shelling",
    }
)  # fmt: skip
"""Nouns whose "on" object is where the blow falls ("an air strike on
Beirut", "the strike on Doha"): a place, where "pressure on Pyongyang" is
its state."""

VISIT_VERBS: frozenset[str] = frozenset(
    {"visit", "visits", "visiting", "visited", "tour", "tours", "touring", "toured"}
)
"""Verbs whose object is where someone goes ("would visit Seoul")."""

SEIZE_VERBS: frozenset[str] = frozenset(
    {
        "capture", "captures", "captured", "capturing",
        "seize", "seizes", "seized", "seizing",
        "taken", "overran", "overrun", "storm", "stormed",
        "bomb", "bombs", "bombed", "bombing",
        "shell", "shelled", "shelling",
        "reach", "reaches", "reached", "flood", "flooded",
        "enter", "enters", "entered",
    }
)  # fmt: skip
"""Verbs whose object is a place taken, struck or reached ("the rebels had
taken Bangui", "NATO bombed Belgrade", "the floodwaters would reach
Bangkok"), not the state acting."""

SPOKE_FROM_VERBS: frozenset[str] = frozenset(
    {
        "said", "says", "say", "saying", "spoke", "speaking", "speaks",
        "told", "tells", "wrote", "writes", "writing", "sent", "broadcast",
    }
)  # fmt: skip
"""Verbs whose "from" object is where the words came from ("said from
Aden", "a letter sent from Singapore"): a place."""


def place_object(root: Token) -> bool:
    """Whether a name is a place by its verb: the object of a verb of
    visiting or seizing (:data:`VISIT_VERBS`, :data:`SEIZE_VERBS`), or the
    "from" object of a verb of saying or sending (:data:`SPOKE_FROM_VERBS`)."""
    if root.dep_ == "dobj":
        return root.head.lower_ in VISIT_VERBS | SEIZE_VERBS
    if root.dep_ == "pobj" and root.head.lower_ == "from":
        return root.head.head.lower_ in SPOKE_FROM_VERBS
    return False


PLACE_KIND_NOUNS: frozenset[str] = frozenset(
    {"capital", "city", "town", "village", "province", "region", "district"}
)
"""Nouns that call the name after them, or their "of" object, a place ("the
capital Tripoli", "Eritrea's capital Asmara", "the city of Aleppo")."""

DIRECTION_WORDS: frozenset[str] = frozenset(
    {
        "eastern", "western", "northern", "southern", "central",
        "northeastern", "northwestern", "southeastern", "southwestern",
        "north-eastern", "north-western", "south-eastern", "south-western",
        "northeast", "northwest", "southeast", "southwest",
    }
)  # fmt: skip
"""Lower-case words that make a state's name a region of it ("eastern
Congo", "southern Ethiopia"): a place."""


def place_by_role(root: Token) -> bool:
    """Whether a capital's or city's syntactic role makes it the place, not
    its state: a part of it ("Beirut's southern suburbs"), the target of a
    strike ("the strike on Doha"), the way out ("leading out of
    Port-au-Prince"), the object of a visit ("would visit Seoul"), or a
    name a place noun introduces ("the capital Tripoli", "the city of
    Aleppo")."""
    head = root.head
    if root.dep_ == "poss":
        return head.lower_ in PLACE_PART_NOUNS
    if place_object(root) or place_by_phrase(root):
        return True
    if root.dep_ == "pobj" and head.lower_ == "on":
        return head.head.lower_ in ATTACK_NOUNS
    if root.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lower_ in {"out", *PLACE_KIND_NOUNS, *PLACE_PART_NOUNS}
    return False


def named_as_place(tokens: list[Token]) -> bool:
    """Whether the word before a name calls it a place ("the capital
    Tripoli") or a region of it ("eastern Congo"): ``tokens`` is the name's
    span."""
    first = tokens[0]
    if first.i == 0:
        return False
    before = first.doc[first.i - 1]
    return before.lower_ in PLACE_KIND_NOUNS or (
        before.is_lower and before.lower_ in DIRECTION_WORDS
    )


COUNTRY_PLACE_PREPS: frozenset[str] = frozenset(
    {"in", "inside", "across", "throughout", "within"}
)
"""Prepositions whose object is where something happens ("drills in
Kazakhstan", "cases in Congo were rising"): a country there is the place,
not the state acting."""

COUNTRY_AS_PLACE = "(country as place)"
"""What a country's place mention adds to its source: the paragraph's
context still takes its country (:func:`context_country`)."""


def country_as_place(tokens: list[Token]) -> bool:
    """Whether a country's name (``tokens``) is used as a place: the object
    of a preposition of location (:data:`COUNTRY_PLACE_PREPS`), the
    destination of a verb of going ("flown him to Costa Rica"), a part's
    "of" object ("the port of Djibouti") or a place by its verb
    (:func:`place_object`: "said from Cameroon", "would visit Myanmar")."""
    root = tokens[0].doc[tokens[0].i : tokens[-1].i + 1].root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head  # "in Kyiv and Warsaw"
    if place_object(root) or place_by_phrase(root):
        return True
    if place_by_frame(root, ATTACK_NOUNS):
        return True
    if root.dep_ != "pobj":
        return False
    if root.head.lower_ == "of":  # "the port of Djibouti", "the coast of Libya"
        return root.head.head.lower_ in PLACE_PART_NOUNS
    return root.head.lower_ in COUNTRY_PLACE_PREPS or names_a_destination(root)
