"""Cue verbs used for an act, not for saying something.

PolNeAR makes "announced his candidacy" or "praised the deal" attributions,
so the cue filter (:func:`whosaid.attribution.extract.cue_head_allowed`)
keeps a plain object for most cue verbs.  A few uses of a cue verb report
an act on what the object names, and never anything said; each check below
cost PolNeAR train half B no true attribution when it was added:

* :func:`confirms_a_person` -- "The Senate confirmed Judge Ana Ruiz": an
  appointment ("confirmed the meeting", "confirmed that ..." stay cues);
* :func:`light_verb` -- "make" and "send" without a noun of saying ("made
  the decision", "sent its experts to the plant"): a cue only with one
  ("made a statement", "made clear that ...", "sent a letter") or with a
  clause or quotation;
* :func:`claims_a_possession` -- "Beijing claims the entire South China
  Sea", "the attack claimed 14 lives": a claim to a place or a thing taken
  ("claimed victory", "claimed responsibility", "claimed that ..." stay cues);
* :func:`declares_an_act` -- "declared a state of emergency", "declared
  war", "declared a strike": an act ("declared the election a farce" stays
  a cue);
* :func:`declares_a_status` -- "The court declared the arrest unlawful": a
  ruling ("declared the vote a farce" stays a cue);
* :func:`calls_an_event` -- a headline's "Macron calls snap election":
  convening, checked in headlines only (PolNeAR annotates "called snap
  elections" in bodies, and its titles never meet the headline rule);
* :func:`commits_to_act` -- a headline's "Seoul, Tokyo agree to bolster
  ties", "Lind refuses to recognise vote": a commitment to act, checked in
  headlines only for the same reason;
* :func:`quoted_subject_content` -- "X was quoted by the agency as saying
  ...": the passive subject of "quoted" is who spoke, never the content;
* :func:`time_adjunct_content` -- a content that is only the cue's time
  adjunct ("said on Tuesday, *after a week of protests by farmers*"): when
  something happened, not what was said.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from whosaid.attribution.cues import stem
from whosaid.nlp.view import word_indices

_CONFIRM_KEY = stem("confirm")
_CLAIM_KEY = stem("claim")

_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})


def noun_key(word: str) -> str:
    """One key for a noun and its plural ("warning", "warnings" → "warn")."""
    w = word.lower()
    if w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    return stem(w)


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
    noun_key(w)
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

MESSAGE_NOUNS: frozenset[str] = frozenset(
    noun_key(w)
    for w in (
        "letter", "email", "e-mail", "message", "tweet", "note", "memo", "text",
        "signal", "statement", "warning", "request", "invitation", "notice",
        "reply", "response", "appeal", "demand", "complaint", "post",
    )
)  # fmt: skip
"""What "send" sends when it reports saying: "sent a letter", "sent out an
email"."""

_LIGHT_VERBS: dict[str, frozenset[str]] = {
    stem("make"): SPEECH_NOUNS,
    stem("send"): MESSAGE_NOUNS,
    stem("sent"): MESSAGE_NOUNS,
}
_LIGHT_OBJECTS = frozenset({"dobj", "oprd", "acomp", "attr", "ccomp", "xcomp"})


def light_verb(head: Any, cue: Iterable[int]) -> bool:
    """ "made the decision", "sent its experts to the plant": "make" or
    "send" whose noun is no saying (neither in the cue nor among its
    complements).  The content still decides: a clause or a quotation makes
    it an attribution ("made sure that ...", "would make her 'a third term'")."""
    nouns = _LIGHT_VERBS.get(stem(head.text))
    if nouns is None:
        return False
    doc = head.doc
    if any(noun_key(doc[i].text) in nouns for i in cue if i != head.i):
        return False
    for c in head.children:
        if c.dep_ not in _LIGHT_OBJECTS:
            continue
        if noun_key(c.text) in nouns:
            return False
        # "made it clear": the small clause's predicate
        if any(
            k.dep_ in _LIGHT_OBJECTS and noun_key(k.text) in nouns for k in c.children
        ):
            return False
    return True


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
POSSESSIONS: frozenset[str] = frozenset(
    {
        "territory", "territories", "land", "lands", "waters", "island",
        "islands", "life", "lives", "title", "crown", "throne",
    }
)  # fmt: skip
"""Things claimed as one's own or taken: "claims the islands", "claimed
three lives", "claimed the title"."""


def claims_a_possession(head: Any) -> bool:
    """ "claims the entire South China Sea", "the fire claimed two lives": a
    claim to a place or a thing taken, with no clause."""
    if stem(head.text) != _CLAIM_KEY:
        return False
    children = list(head.children)
    if any(c.dep_ in _CLAUSE_DEPS for c in children):
        return False
    return any(
        c.dep_ == "dobj" and (c.ent_type_ in _PLACE_ENTS or c.lower_ in POSSESSIONS)
        for c in children
    )


_DECLARE_KEY = stem("declare")
DECLARED_ACTS: frozenset[str] = frozenset(
    {
        "emergency", "war", "curfew", "law", "holiday", "lockdown", "moratorium",
        "disaster", "bankruptcy", "independence", "ceasefire", "truce", "state",
        "strike", "strikes", "result", "results",
    }
)  # fmt: skip
"""What is declared as an act, not said ("declared a state of emergency");
PolNeAR annotates "called snap elections" and "calling a meeting"."""


def declares_an_act(head: Any) -> bool:
    """ "declared a state of emergency", "declared war", "declared a
    strike": an act ("declared the election a farce" judges it: a cue)."""
    if stem(head.text) != _DECLARE_KEY:
        return False
    if any(c.dep_ in {"oprd", "xcomp"} for c in head.children):
        return False
    return any(c.dep_ == "dobj" and c.lower_ in DECLARED_ACTS for c in head.children)


LEGAL_STATUS: frozenset[str] = frozenset(
    {
        "unlawful", "illegal", "unconstitutional", "invalid", "void", "null",
        "lawful", "legal", "constitutional", "valid", "illegitimate",
    }
)  # fmt: skip
"""What a ruling declares something ("declared the arrest unlawful")."""


def declares_a_status(head: Any) -> bool:
    """ "declared the arrest unlawful", "declares law void": a ruling on
    what the object names (a legal status as its predicate, wherever the
    parser hung it, but not an adjective of a noun: "illegal migrants")."""
    if stem(head.text) != _DECLARE_KEY:
        return False
    return any(
        t.lower_ in LEGAL_STATUS and t.dep_ != "amod"
        for c in head.children
        if c.dep_ not in {"nsubj", "nsubjpass", "aux", "auxpass", "punct"}
        for t in c.subtree
    )


_CALL_KEY = stem("call")
CONVENED: frozenset[str] = frozenset(
    {
        "election", "elections", "vote", "referendum", "meeting", "summit",
        "session", "strike", "halt", "ceasefire", "truce", "recess", "hearing",
        "hearings", "conference", "poll", "polls",
    }
)  # fmt: skip
"""What one calls when convening it ("calls snap election")."""


def calls_an_event(head: Any) -> bool:
    """ "calls snap election", "calls a halt": convening what the object
    names, with no "for"/"on" ("calls for a vote" asks for it)."""
    if stem(head.text) != _CALL_KEY:
        return False
    children = list(head.children)
    if any(c.dep_ == "prep" and c.lower_ in {"for", "on"} for c in children):
        return False
    return any(c.dep_ == "dobj" and c.lower_ in CONVENED for c in children)


_COMMIT_KEYS = frozenset(stem(w) for w in ("agree", "refuse"))


def commits_to_act(head: Any) -> bool:
    """ "agree to bolster ties", "refuses to recognise the vote": a
    "to"-infinitive of what the subject will (not) do."""
    if stem(head.text) not in _COMMIT_KEYS:
        return False
    return any(
        c.dep_ == "xcomp"
        and c.i > head.i
        and c.pos_ == "VERB"
        and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children)
        for c in head.children
    )


TIME_PREPOSITIONS: frozenset[str] = frozenset(
    {"after", "before", "during", "since", "until", "amid", "following", "throughout"}
)
"""Prepositions of a time adjunct ("said on Tuesday, after the vote")."""


def time_adjunct_content(head: Any, content: Iterable[int]) -> bool:
    """Every word of the content lies inside a time adjunct of the cue head
    that the content does not open ("said ..., after | a week of protests")."""
    words = set(word_indices(head.doc, content))
    if not words:
        return False
    for c in head.children:
        if c.dep_ != "prep" or c.lower_ not in TIME_PREPOSITIONS or c.i in words:
            continue
        if words <= {t.i for t in c.subtree}:
            return True
    return False


_QUOTE_KEYS = frozenset(stem(w) for w in ("quote", "cite"))


def quoted_subject_content(head: Any, content: Iterable[int]) -> bool:
    """Every word of the content lies in the passive subject of "quoted" or
    "cited" ("*The minister* was quoted by the agency as saying ...")."""
    if stem(head.text) not in _QUOTE_KEYS:
        return False
    words = set(word_indices(head.doc, content))
    if not words:
        return False
    return any(
        c.dep_ == "nsubjpass" and words <= {t.i for t in c.subtree}
        for c in head.children
    )
