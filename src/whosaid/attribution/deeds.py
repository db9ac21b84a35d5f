"""Cue words used for a deed done to a thing, never for saying something.

The taggers learned PolNeAR's wide cues, and a few verbs that can report
speech or thought more often report a deed when their object is a thing
and no clause follows.  Each check below names one such use; each reads
the cue's head and the words taken as its content (see
:func:`whosaid.attribution.notsaid.not_said`):

* :func:`approves_a_thing` -- "the Bundestag approved *a loosening of the
  debt rules*": a vote or a permission ("approve of his job performance"
  is an opinion and stays);
* :func:`observes_a_thing` -- "our correspondent observed *long queues*":
  something seen ("observed that ..." stays);
* :func:`strikes_a_target` -- "US bombers struck *three facilities*": an
  attack by arms, not a verbal one;
* :func:`protests_a_thing` -- "Lead counsel protested *the ruling*": an
  objection lodged, with nothing said about it ("protested that ..."
  stays);
* :func:`argues_over_a_topic` -- "lawmakers spent hours arguing *over the
  credentials*": the topic of a quarrel;
* :func:`threat_of_a_thing` -- "a dispute in Congress threatened *to derail
  a transfer of power*": a risk, not a threat anyone made;
* :func:`agrees_to_a_thing` -- "Alliance leaders agreed *to a sharp rise in
  spending*": what was agreed on, named by a noun (PolNeAR dev: none; train
  gold: 2);
* :func:`tells_an_audience` -- "X told *a joint briefing*": whom or where
  the source spoke to, never what it said (dev and train: none);
* :func:`addresses_an_audience` -- "Erdogan addressed *thousands of
  supporters outside the airport*": the audience of a speech (dev: none;
  train gold: 1);
* :func:`credits_with` -- "officials crediting *the UAE with brokering the
  deal*": praise for a deed (dev: none; train gold: 1);
* :func:`refers_elsewhere` -- "referred *questions to the ministry*": a
  thing passed on to someone else;
* :func:`headline_deed` -- a headline's "Qatar announces Gaza ceasefire",
  "NLC threatens strike", "FIFA confirms Saudi Arabia as 2034 host": an act
  named by a bare noun, checked in headlines only (PolNeAR annotates
  "announced the arrest of a man" in bodies, and its titles never meet the
  headline rule), from the cue alone.

Measured with the checks of :mod:`whosaid.attribution.notsaid` on PolNeAR
dev (no true attribution lost) and train (six of 19,832 gold lost in
all; see each docstring).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from whosaid.attribution.cues import stem
from whosaid.entities.lexicon import ROLE_NOUNS
from whosaid.nlp.view import word_indices

_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "csubj"})


def _words(doc: Any, content: Iterable[int]) -> list[int]:
    """The content's words (no punctuation), in order."""
    return sorted(word_indices(doc, content))


def _quotes(doc: Any, content: Iterable[int]) -> bool:
    """A quotation mark among the content's tokens."""
    return any(doc[i].is_quote for i in content)


def _thing_object(head: Any, content: Iterable[int]) -> bool:
    """The head has a noun object, no clause of its own in the content
    (``ccomp``, ``xcomp``, ``parataxis``; a dateline's "Berlin (dpa) - …"
    before the verb is none) and no "as"-predicate ("defended the rise as
    necessary" claims something), and the content quotes nothing."""
    doc = head.doc
    content = list(content)
    words = set(_words(doc, content))
    if not words or _quotes(doc, content):
        return False
    children = list(head.children)
    if any(c.dep_ in _CLAUSE_DEPS and c.i in words for c in children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in children):
        return False
    return any(c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"} for c in children)


_APPROVE_KEY = stem("approve")


def approves_a_thing(head: Any, content: Iterable[int]) -> bool:
    """ "approved a loosening of the country's debt rules", "approved the
    budget": a vote or a permission given to what the object names, not an
    opinion ("approve of his job performance" has "of").  PolNeAR dev and
    train: no true attribution."""
    if stem(head.text) != _APPROVE_KEY:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return False
    return _thing_object(head, content)


_OBSERVE_KEY = stem("observe")


def observes_a_thing(head: Any, content: Iterable[int]) -> bool:
    """ "Our correspondent observed long queues": something seen, not
    something thought or said ("observed that queues were long" stays).
    PolNeAR dev and train: no true attribution."""
    return stem(head.text) == _OBSERVE_KEY and _thing_object(head, content)


_ARMS_VERB_KEYS = frozenset(
    stem(w) for w in ("strike", "struck", "bomb", "shell", "hit", "pound", "raid")
)
ARMED_NOUNS: frozenset[str] = frozenset(
    {
        "bomber", "bombers", "jet", "jets", "warplane", "warplanes", "aircraft",
        "drone", "drones", "missile", "missiles", "rocket", "rockets", "troops",
        "forces", "army", "military", "artillery", "airstrike", "airstrikes",
        "navy", "fighter", "fighters", "planes", "helicopters", "tanks", "gunmen",
        "militants", "soldiers", "warships", "submarine", "submarines",
    }
)  # fmt: skip
"""Who strikes by arms ("US bombers struck three facilities")."""


def strikes_a_target(head: Any, content: Iterable[int]) -> bool:
    """ "US bombers struck three Iranian nuclear facilities", "jets pounded
    the city": an attack by arms (its subject is an armed force or a weapon,
    :data:`ARMED_NOUNS`), never a verbal attack.  PolNeAR dev and train: no
    true attribution."""
    if stem(head.text) not in _ARMS_VERB_KEYS:
        return False
    armed = any(c.dep_ == "nsubj" and c.lower_ in ARMED_NOUNS for c in head.children)
    return armed and _thing_object(head, content)


_PROTEST_KEY = stem("protest")


def protests_a_thing(head: Any, content: Iterable[int]) -> bool:
    """ "Lead counsel Peter Mbogo protested the ruling": an objection lodged
    against what the object names ("protested that the ruling …" says
    something and stays).  PolNeAR dev: none; train: two true attributions
    ("is protesting Obama's executive actions")."""
    return stem(head.text) == _PROTEST_KEY and _thing_object(head, content)


_QUARREL_KEYS = frozenset(
    stem(w)
    for w in ("argue", "wrangle", "bicker", "quarrel", "squabble", "fight", "feud")
)
_TOPIC_PREPOSITIONS = frozenset({"over", "about"})
_VERB_LINKS = frozenset({"xcomp", "advcl", "pcomp"})


def argues_over_a_topic(head: Any, content: Iterable[int]) -> bool:
    """ "outgoing lawmakers spent hours arguing over the credentials of
    members": the content is only the object of "over" or "about" hung on a
    verb of quarrelling (the cue's head or a verb hung on it), with no clause
    or quotation: what they quarrelled about, not what anyone said.  PolNeAR
    dev and train: no true attribution ("spar over whether …" has a clause;
    "debate" is not here)."""
    doc = head.doc
    content = list(content)
    words = set(_words(doc, content))
    if not words or _quotes(doc, content):
        return False
    if any(
        doc[i].pos_ in {"VERB", "AUX"} or doc[i].dep_ in _CLAUSE_DEPS for i in words
    ):
        return False
    verbs = [head, *(c for c in head.children if c.dep_ in _VERB_LINKS)]
    return any(
        stem(verb.text) in _QUARREL_KEYS
        and prep.dep_ == "prep"
        and prep.lower_ in _TOPIC_PREPOSITIONS
        and words <= {t.i for t in prep.subtree} - {prep.i}
        for verb in verbs
        for prep in verb.children
    )


_THREATEN_KEY = stem("threaten")
RISKS: frozenset[str] = frozenset(
    {
        "dispute", "crisis", "conflict", "row", "standoff", "violence", "fighting",
        "fire", "fires", "wildfire", "storm", "hurricane", "flood", "floods", "war",
        "unrest", "protests", "clashes", "tensions", "deadlock", "impasse", "rift",
        "feud", "scandal", "shortage", "drought", "pandemic", "outbreak", "virus",
        "disease", "inflation", "recession", "debt",
    }
)  # fmt: skip
"""Events and forces that "threaten" as a risk, not as speakers ("a dispute
in Congress threatened to derail the transfer of power")."""


def threat_of_a_thing(head: Any, content: Iterable[int]) -> bool:
    """ "a dispute in Congress threatened to derail a transfer of power",
    "the fire threatens homes": the subject is an event or a force
    (:data:`RISKS`), so "threaten" names a risk, not a threat anyone made.
    PolNeAR dev: none; train: one true attribution."""
    del content  # the subject decides, whatever the content
    if stem(head.text) != _THREATEN_KEY:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in RISKS for c in head.children)


def _only_in(tops: Iterable[Any], words: set[int]) -> bool:
    """Every word lies in the subtrees of ``tops`` (and there is a word)."""
    inside = {t.i for top in tops for t in top.subtree}
    return bool(words) and words <= inside


def _no_clause(doc: Any, content: Iterable[int]) -> bool:
    """No verb, clause or quotation mark among the content's tokens."""
    return not any(
        doc[i].pos_ in {"VERB", "AUX"} or doc[i].is_quote or doc[i].dep_ in _CLAUSE_DEPS
        for i in content
    )


_AGREE_KEY = stem("agree")
_ADJUNCTS = frozenset({"prep", "npadvmod", "advmod"})


def agrees_to_a_thing(head: Any, content: Iterable[int]) -> bool:
    """ "Alliance leaders agreed to a sharp rise in military spending": the
    content is only the object of "to" hung on "agree" (and the verb's
    adjuncts after it), with no clause or quotation: what was agreed on, not
    a proposition ("agreed that …" and "agreed to hold talks" are left
    alone)."""
    if stem(head.text) != _AGREE_KEY:
        return False
    content = list(content)
    words = set(_words(head.doc, content))
    if not _no_clause(head.doc, content):
        return False
    objects = [
        k
        for c in head.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for k in c.children
        if k.dep_ == "pobj"
    ]
    # the verb's own adjuncts may follow ("... over the next decade")
    adjuncts = [c for c in head.children if c.dep_ in _ADJUNCTS and c.i > head.i]
    return any(
        _only_in((k, *adjuncts), words) and words & {t.i for t in k.subtree}
        for k in objects
    )


_TELL_KEYS = frozenset(stem(w) for w in ("tell", "told"))
AUDIENCES: frozenset[str] = frozenset(
    {
        "briefing", "conference", "meeting", "hearing", "session", "summit",
        "rally", "forum", "gathering", "audience", "crowd", "reporters",
        "journalists", "parliament", "lawmakers", "assembly", "congress",
        "senate", "committee", "panel", "event", "ceremony", "convention",
        "press", "supporters", "delegates",
    }
)  # fmt: skip
"""Whom or where a source tells something: "told a joint briefing"."""


def tells_an_audience(head: Any, content: Iterable[int]) -> bool:
    """ "Wing Commander X told a joint briefing", "told reporters": the
    content is only the object of "tell" naming an audience or an occasion
    (:data:`AUDIENCES`), with no clause or quotation: to whom the source
    spoke, not what it said."""
    if stem(head.text) not in _TELL_KEYS:
        return False
    content = list(content)
    words = set(_words(head.doc, content))
    if not _no_clause(head.doc, content):
        return False
    return any(
        c.dep_ in {"dobj", "dative"} and c.lower_ in AUDIENCES and _only_in((c,), words)
        for c in head.children
    )


_ADDRESS_KEY = stem("address")
CROWDS: frozenset[str] = frozenset(
    {"thousands", "hundreds", "dozens", "crowds", "nation", "people", "voters"}
)
"""Whom a speech is addressed to besides an audience (:data:`AUDIENCES`):
"addressed the nation", "addressed *thousands* of supporters"."""


def addresses_an_audience(head: Any, content: Iterable[int]) -> bool:
    """ "Erdogan addressed thousands of supporters outside Ataturk Airport",
    "addressed the nation on Sunday": the content is only the audience the
    verb "address" names (and the verb's adjuncts after it), with no clause
    or quotation: whom the source spoke to, not what it said ("addressed
    the plight of single mothers" names a topic and stays).  PolNeAR dev:
    none; train gold: 1 ("had addressed the Democratic National
    Convention")."""
    if stem(head.text) != _ADDRESS_KEY:
        return False
    content = list(content)
    if not _no_clause(head.doc, content):
        return False
    words = set(_words(head.doc, content))
    adjuncts = [c for c in head.children if c.dep_ in _ADJUNCTS and c.i > head.i]
    return any(
        c.dep_ == "dobj"
        and (c.lower_ in AUDIENCES or c.lower_ in CROWDS)
        and _only_in((c, *adjuncts), words)
        and words & {t.i for t in c.subtree}
        for c in head.children
    )


_CREDIT_KEY = stem("credit")


def credits_with(head: Any, content: Iterable[int]) -> bool:
    """ "officials crediting the United Arab Emirates with brokering the
    deal": "credit" with an object and a "with"-phrase, the content lying in
    them: praise given for a deed, not a statement."""
    if stem(head.text) != _CREDIT_KEY:
        return False
    children = list(head.children)
    objects = [c for c in children if c.dep_ == "dobj"]
    withs = [c for c in children if c.dep_ == "prep" and c.lower_ == "with"]
    if not objects or not withs or _quotes(head.doc, content):
        return False
    return _only_in((*objects, *withs), set(_words(head.doc, content)))


_REFER_KEY = stem("refer")


def refers_elsewhere(head: Any, content: Iterable[int]) -> bool:
    """ "A spokesperson referred *questions to the health ministry*": a
    thing (questions, inquiries, a case) sent on "to" someone else, nothing
    said about it ("referring the 1 percent excuse, '…'" without "to" is
    PolNeAR's cue and stays)."""
    if stem(head.text) != _REFER_KEY or not _thing_object(head, content):
        return False
    objects = [c for c in head.children if c.dep_ == "dobj"]
    return any(
        c.dep_ == "prep" and c.lower_ == "to"
        for top in (head, *objects)
        for c in top.children
    )


def a_deed(head: Any, content: Iterable[int]) -> bool:
    """Any check of this module: the cue reports a deed on a thing."""
    content = list(content)
    return (
        threat_of_a_thing(head, content)
        or approves_a_thing(head, content)
        or observes_a_thing(head, content)
        or strikes_a_target(head, content)
        or protests_a_thing(head, content)
        or argues_over_a_topic(head, content)
        or agrees_to_a_thing(head, content)
        or tells_an_audience(head, content)
        or addresses_an_audience(head, content)
        or credits_with(head, content)
        or refers_elsewhere(head, content)
    )


CHOSEN_ROLES: frozenset[str] = ROLE_NOUNS | frozenset(
    {
        "host", "hosts", "venue", "winner", "winners", "champion", "candidate",
        "nominee", "successor", "replacement", "partner", "sponsor",
    }
)  # fmt: skip
"""What a choice is confirmed as ("confirms Saudi Arabia as 2034 host"); "as
first priority" judges something and stays a statement."""

_HEADLINE_DEED_KEYS = frozenset(
    stem(w) for w in ("announce", "unveil", "launch", "threaten", "approve")
)
_CONFIRM_KEY = stem("confirm")


def headline_deed(head: Any) -> bool:
    """A headline's "Qatar announces Gaza ceasefire and hostage deal", "NLC
    threatens strike as NNPC raises petrol price": announcing, unveiling,
    launching, threatening or approving what a noun object names, with no
    clause of the verb ("announces it will …" says something); and "FIFA
    confirms Saudi Arabia as 2034 World Cup host": a choice confirmed "as"
    a role (:data:`CHOSEN_ROLES`).  Checked in headlines only."""
    key = stem(head.text)
    if key not in _HEADLINE_DEED_KEYS and key != _CONFIRM_KEY:
        return False
    children = [c for c in head.children if c.i > head.i]
    if any(c.dep_ in _CLAUSE_DEPS or c.dep_ == "oprd" for c in children):
        return False
    if not any(c.dep_ == "dobj" for c in children):
        return False  # "threatens strike": the parser may tag the noun a verb
    if key in _HEADLINE_DEED_KEYS:
        return True
    return any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and any(k.dep_ == "pobj" and k.lower_ in CHOSEN_ROLES for k in c.children)
        for c in children
    )
