"""How a source stays anonymous: clauses that are never a cue or a content.

"who asked not to be named", "who requested anonymity because they were not
authorized to speak", "speaking on condition of anonymity to discuss
internal deliberations": what these clauses say is how the source was
quoted, never what it said.  The cue filter rejects their verbs as cues
(:func:`whosaid.attribution.filters.cue_head_allowed`) and a source's
relative clause of this kind is no content
(:func:`whosaid.attribution.contents.outside_source_clauses`).
"""

from __future__ import annotations

from typing import Any

_ANONYMITY_WORDS = frozenset({"named", "identified", "quoted"})


_NAME_NOUNS = frozenset({"name", "names", "surname", "surnames", "identity"})
"""What a source asks be withheld: "(that) her *surname* not be used"."""

_NAME_WITHHELD_WORDS = frozenset({"used", "published", "given", "disclosed", "printed"})


def anonymity_formula(head: Any) -> bool:
    """ "who asked not to be named", "declined to be identified", "asked
    that her name not be used": how a source stays anonymous, never what it
    said; also what the anonymous source spoke "to discuss" ("speaking on
    condition of anonymity *to discuss* internal deliberations")."""
    return _withholds_name(head) or _anonymity_purpose(head)


def _withholds_name(head: Any) -> bool:
    """ "asked not to be named", "asked that her name not be used",
    "requested anonymity"."""
    if head.lower_ in _ANONYMITY_ASKING and _asks_for_anonymity(head):
        return True
    return head.lower_ in {"asked", "asking", "requested", "declined"} and any(
        c.dep_ in {"xcomp", "ccomp"} and _withheld_name(c) for c in head.children
    )


_ANONYMITY_ASKING = frozenset(
    {
        "asked", "asking", "requested", "requesting", "sought", "seeking",
        "demanded", "granted", "given", "insisted",
    }
)  # fmt: skip


def _asks_for_anonymity(head: Any) -> bool:
    """ "requested anonymity", "asked for anonymity", "was granted
    anonymity", "insisted on anonymity": the noun as the verb's object or
    its preposition's."""
    for c in head.children:
        if c.dep_ in {"dobj", "dative", "attr"} and c.lower_ == "anonymity":
            return True
        if c.dep_ == "prep" and any(
            k.dep_ == "pobj" and k.lower_ == "anonymity" for k in c.children
        ):
            return True
    return False


def _withheld_name(clause: Any) -> bool:
    """ "not to be named", "(that) her name/surname not be used"."""
    if any(g.lower_ in _ANONYMITY_WORDS for g in clause.subtree):
        return True
    return clause.lower_ in _NAME_WITHHELD_WORDS and any(
        c.dep_ in {"nsubjpass", "nsubj"} and c.lower_ in _NAME_NOUNS
        for c in clause.children
    )


def _anonymity_purpose(head: Any) -> bool:
    """A "to"-infinitive of an anonymity clause: why the source spoke
    unnamed ("speaking on condition of anonymity to discuss ..."), not
    something it said."""
    # Up the chain of "to"-infinitives, iteratively and at most once per
    # token: a head chain the parser (or a retokenized headline) closes on
    # itself must not recurse without end.
    seen = {head.i}
    while any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        head = head.head
        if head.i in seen:
            return False
        seen.add(head.i)
        if _withholds_name(head) or _spoke_anonymously(head):
            return True
    return False


def anonymity_clause(verb: Any) -> bool:
    """A clause that keeps its subject anonymous: "(who) asked not to be
    named", "spoke on condition of anonymity"."""
    return anonymity_formula(verb) or _spoke_anonymously(verb)


def _spoke_anonymously(verb: Any) -> bool:
    """ "spoke on condition of anonymity"."""
    return verb.lower_ in {"spoke", "speaking", "talked"} and any(
        t.lower_ == "anonymity" for t in verb.subtree
    )
