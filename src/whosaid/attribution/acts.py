"""Cue verbs used for an act, not for saying something.

PolNeAR makes "announced his candidacy" or "praised the deal" attributions,
so the cue filter (:func:`whosaid.attribution.extract.cue_head_allowed`)
keeps a plain object for most cue verbs.  A few uses of a cue verb report
an act on what the object names, and never anything said; each check below
cost PolNeAR train half B no true attribution when it was added:

* :func:`confirms_a_person` -- "The Senate confirmed Judge Ana Ruiz": an
  appointment ("confirmed the meeting", "confirmed that ..." stay cues);
* :func:`light_make` -- "make" as a light verb ("made the decision", "made
  a stop"): a cue only with a noun of saying ("made a statement", "made
  clear that ...") or a clause or quotation;
* :func:`time_adjunct_content` -- a content that is only the cue's time
  adjunct ("said on Tuesday, *after a week of protests by farmers*"): when
  something happened, not what was said.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from whosaid.attribution.cues import stem

_CONFIRM_KEY = stem("confirm")
_MAKE_KEY = stem("make")

_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})


def confirms_a_person(head: Any) -> bool:
    """ "confirmed Judge Ana Ruiz (to the court)": the object is a person and
    no clause follows, so the verb appoints someone."""
    if stem(head.text) != _CONFIRM_KEY:
        return False
    children = list(head.children)
    if any(c.dep_ in _CLAUSE_DEPS for c in children):
        return False  # "confirmed Ruiz would attend", however parsed
    return any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in children)


SPEECH_NOUNS: frozenset[str] = frozenset(
    stem(w)
    for w in (
        "clear", "plain", "case", "statement", "comment", "remark", "argument",
        "point", "claim", "allegation", "accusation", "reference", "joke",
        "promise", "pledge", "announcement", "speech", "appeal", "plea",
        "pitch", "threat", "prediction", "suggestion", "proposal", "offer",
        "request", "demand", "call", "criticism", "assertion", "admission",
        "vow", "warning", "apology", "confession", "concession", "complaint",
    )
)  # fmt: skip
"""What "make" makes when it reports saying: "made a statement", "made
clear", "made the case for"."""

_MAKE_OBJECTS = frozenset({"dobj", "oprd", "acomp", "attr", "ccomp", "xcomp"})


def light_make(head: Any, cue: Iterable[int]) -> bool:
    """ "made the decision", "made a stop in Bethlehem": "make" as a light
    verb whose noun is no saying (neither in the cue nor among its
    complements).  The content still decides: a clause or a quotation makes
    it an attribution ("made sure that ...", "would make her 'a third term'")."""
    if stem(head.text) != _MAKE_KEY:
        return False
    doc = head.doc
    if any(stem(doc[i].text) in SPEECH_NOUNS for i in cue if i != head.i):
        return False
    for c in head.children:
        if c.dep_ not in _MAKE_OBJECTS:
            continue
        if stem(c.text) in SPEECH_NOUNS:
            return False
        # "made it clear": the small clause's predicate
        if any(
            k.dep_ in _MAKE_OBJECTS and stem(k.text) in SPEECH_NOUNS for k in c.children
        ):
            return False
    return True


TIME_PREPOSITIONS: frozenset[str] = frozenset(
    {"after", "before", "during", "since", "until", "amid", "following", "throughout"}
)
"""Prepositions of a time adjunct ("said on Tuesday, after the vote")."""


def time_adjunct_content(head: Any, content: Iterable[int]) -> bool:
    """Every word of the content lies inside a time adjunct of the cue head
    that the content does not open ("said ..., after | a week of protests")."""
    doc = head.doc
    words = {i for i in content if not (doc[i].is_punct or doc[i].is_space)}
    if not words:
        return False
    for c in head.children:
        if c.dep_ != "prep" or c.lower_ not in TIME_PREPOSITIONS or c.i in words:
            continue
        if words <= {t.i for t in c.subtree}:
            return True
    return False
