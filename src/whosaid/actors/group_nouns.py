"""Unnamed groups and bodies named by a bare common noun.

Two shapes left no actor at all, though the noun says what kind of actor it
is and its sentence (or the article) says whose:

* a plural of a title word with a sector ("farmers", "survivors",
  "rescuers", "the judges", "fighters"): a group of such people, as the
  plural of an officeholder's title already was ("officials said");
* a modifier word of the sector table that heads its own noun phrase ("the
  government said", "the federal government would"): where it modifies
  ("government forces", "opposition leader") it stays a modifier.

Both become bodies of the noun's sector; their country comes the way any
unnamed body's does (the paragraph's state, else the article's country under
the domestic-office rule: :mod:`whosaid.actors.article_country`).
"""

from __future__ import annotations

from spacy.tokens import Token

from whosaid.actors.model import ActorIndex, ActorMention, ActorState, Hit
from whosaid.actors.plurals import GROUP_SECTORS

__all__ = [
    "group_igo",
    "group_owner",
    "group_phrase",
    "group_plural",
    "heads_own_phrase",
    "place_after",
    "someone_elses_group",
]

PLURAL_TAGS: frozenset[str] = frozenset({"NNS", "NNPS"})

NOUN_HEAD_DEPS: frozenset[str] = frozenset({"compound", "amod", "nmod", "poss"})
"""Dependencies under which a noun only modifies another ("government
forces", "the government's plan")."""


def group_plural(ix: ActorIndex, head: Hit, sector: str | None) -> bool:
    """Whether a title word's hit is a plural group with a sector of its own
    ("farmers", "the judges"): plural, its own word's sector (no modifier
    changed it: "local officials"), and heading a phrase of its own (not
    "Le Pen's lawyers", "two of its justices", "strategists for several
    candidates": those name someone else's people)."""
    if head.sector is None or head.sector.kind != "title" or not sector:
        return False
    if head.sector.sector != sector:
        return False
    last = ix.doc[head.j - 1]
    if last.tag_ not in PLURAL_TAGS or not _own_group(last):
        return False
    # "Captains Regent": a capital inside a sentence is a title of a name
    return last.text.islower() or head.i == ix.sent_start[head.i]


def heads_own_phrase(ix: ActorIndex, hit: Hit) -> bool:
    """Whether a modifier word of the sector table ("government") is the
    head noun of a definite phrase of its own ("the government said", "the
    federal government"), not a modifier of another noun."""
    if hit.sector is None or hit.sector.kind != "modifier" or not hit.sector.sector:
        return False
    last = ix.doc[hit.j - 1]
    if last.pos_ != "NOUN" or last.dep_ in NOUN_HEAD_DEPS:
        return False
    if hit.j < len(ix.doc) and ix.doc[hit.j].pos_ in {"NOUN", "PROPN"}:
        return False
    return _definite_before(ix, hit.i)


POSSESSIVE_DETERMINERS: frozenset[str] = frozenset({"his", "her", "its", "their"})
"""Third-person possessives that make a body noun definite as "the" does
("said his government would resign"): the possessor's own body, whose
country the possessor's sentence or article gives."""


def _definite_before(ix: ActorIndex, i: int) -> bool:
    """ "the (federal) government", "his government": a definite article or
    a possessive (:data:`POSSESSIVE_DETERMINERS`) within two words before
    the noun, adjectives only between."""
    for k in range(i - 1, max(-1, i - 3), -1):
        word = ix.lower[k]
        if word == "the" or word in POSSESSIVE_DETERMINERS:
            return True
        if ix.doc[k].pos_ != "ADJ":
            return False
    return False


def place_after(ix: ActorIndex, hits: list[Hit], hit: Hit) -> list[Hit]:
    """The state right after "in" that says whose a bare body is ("the
    interim government in Haiti", "the government in Kabul"): that hit, as
    an "of" modifier; else none."""
    if hit.j >= len(ix.lower) or ix.lower[hit.j] != "in":
        return []
    for h in hits:
        entry = h.entry
        if (
            h.i == hit.j + 1
            and h.kind == "name"
            and entry is not None
            and entry.country
            and entry.kind in STATE_KINDS
        ):
            return [h]
    return []


STATE_KINDS: frozenset[str] = frozenset({"country", "capital"})


def _own_group(tok: Token) -> bool:
    """Whether a plural noun names a group of its own: no possessor, not
    the object of a preposition inside another noun phrase."""
    if any(c.dep_ == "poss" for c in tok.children):
        return False
    inside = tok.dep_ == "pobj" and tok.head.head.pos_ in PHRASE_HEADS
    return not inside


PHRASE_HEADS: frozenset[str] = frozenset({"NOUN", "PROPN", "NUM", "PRON"})


def group_phrase(source: str, name: str) -> str | None:
    """The source phrase as the name of the group it heads ("Le Pen's
    lawyers", "Two of its five justices" for the actor "Lawyers",
    "Justices"): the phrase ends with the group's plural noun; else None."""
    words = source.split()
    head = name.split()
    if len(head) != 1 or len(words) < 2 or not head[0].lower().endswith("s"):
        return None
    return source if words[-1].lower() == head[0].lower() else None


def someone_elses_group(ix: ActorIndex, head: Hit) -> bool:
    """Whether a plural group word of :data:`GROUP_SECTORS` names the
    people of someone its phrase names ("Le Pen's lawyers", "two of its
    five justices"): no group of its own, and no country to give it."""
    if head.sector is None or head.sector.kind != "title":
        return False
    if head.sector.sector not in GROUP_SECTORS:
        return False
    last = ix.doc[head.j - 1]
    return last.tag_ in PLURAL_TAGS and not _own_group(last)


OWNER_PRONOUNS: frozenset[str] = frozenset({"its", "their"})

OWNER_TYPES: frozenset[str] = frozenset(
    {
        "state",
        "government",
        "armed_group",
        "party",
        "igo",
        "company",
        "ngo",
        "media",
        "other",
    }
)
"""Mention types a group can belong to ("Hayat Tahrir al-Sham said its
fighters"); a person, place or anything else between ends the search."""


def group_owner(ix: ActorIndex, st: ActorState, head: Hit) -> ActorMention | None:
    """The body a pronoun-possessed group belongs to ("Hayat Tahrir
    al-Sham said its fighters had entered Aleppo": the group's): the
    nearest mention before the group in its sentence, when that is a state
    or organization with a country or IGO.  Only a group of its own phrase
    ("two of its justices" is a part of one) whose one possessor is "its"
    or "their"; a person or a place nearer the group ends the search (whose
    the group is is then unclear)."""
    if not someone_elses_group(ix, head):
        return None
    last = ix.doc[head.j - 1]
    owners = [c for c in last.children if c.dep_ == "poss"]
    if len(owners) != 1 or owners[0].lower_ not in OWNER_PRONOUNS:
        return None
    if last.dep_ == "pobj" and last.head.head.pos_ in PHRASE_HEADS:
        return None
    pos = ix.doc[head.i].idx
    sent_start = ix.doc[ix.sent_start[head.i]].idx
    before = [m for m in st.mentions if m.end <= pos and m.start >= sent_start]
    if not before:
        return None
    nearest = max(before, key=lambda m: m.start)
    if nearest.type not in OWNER_TYPES or not (nearest.country or nearest.igo):
        return None
    return nearest


IGO_PLACE_PREPS: frozenset[str] = frozenset({"at", "of"})


def group_igo(ix: ActorIndex, hits: list[Hit], head: Hit) -> str | None:
    """The IGO a group plural of :data:`GROUP_SECTORS` belongs to by its
    own "at" or "of" phrase ("Judges at the International Criminal Court",
    "judges of the European Court of Human Rights"): the IGO named right
    after the preposition; else None."""
    if not someone_elses_group(ix, head) and not group_plural(
        ix, head, head.sector.sector if head.sector else None
    ):
        return None
    last = ix.doc[head.j - 1]
    for prep in last.children:
        if prep.dep_ != "prep" or prep.lower_ not in IGO_PLACE_PREPS:
            continue
        for h in hits:
            entry = h.entry
            if (
                h.kind == "name"
                and entry is not None
                and entry.type == "igo"
                and entry.igo
                and prep.i < h.i <= prep.i + 2
            ):
                return entry.igo
    return None
