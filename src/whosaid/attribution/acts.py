"""Cue verbs used for an act, not for saying something.

PolNeAR makes "announced his candidacy" or "praised the deal" attributions,
so the cue filter (:func:`whosaid.attribution.extract.cue_head_allowed`)
keeps a plain object for most cue verbs.  A few uses of a cue verb report
an act on what the object names, and never anything said; each check below
cost PolNeAR train half B no true attribution when it was added:

* :func:`confirms_a_person` -- "The Senate confirmed Judge Ana Ruiz": an
  appointment ("confirmed the meeting", "confirmed that ..." stay cues);
* :func:`light_verb` -- "make", "send" and "give" without a noun of
  saying ("made the decision", "sent its experts to the plant", "gave the
  deal a mixed reception"): a cue only with one ("made a statement", "made
  clear that ...", "sent a letter", "gave an answer") or with a clause or
  quotation; also where the light verb follows the cue's head ("rose to
  give him a standing ovation", :func:`light_verb_in_cue`);
* :func:`claims_a_possession` -- "Beijing claims the entire South China
  Sea", "the attack claimed 14 lives": a claim to a place or a thing taken
  ("claimed victory", "claimed responsibility", "claimed that ..." stay cues);
* :func:`declares_an_act` -- "declared a state of emergency", "declared
  war", "declared a strike": an act ("declared the election a farce" stays
  a cue);
* :func:`declares_a_status` -- "The court declared the arrest unlawful": a
  ruling ("declared the vote a farce" stays a cue);
* :func:`declares_a_winner` -- "The commission declared X the winner": an
  election's result, however the parser hung the winner;
* :func:`rules_on_a_ruling` -- "the court set aside a ruling", "upheld the
  verdict", "confirmed the Commission's decision": a court's act on a
  ruling named as the object, with no clause;
* :func:`relative_that_clause` -- "adopted an agreement *that calls on
  ...*": a "that"-clause with no subject of its own after the object is
  the object's relative clause, which the parser hung on the verb;
* :func:`calls_off` -- "called off the strike", "called up reservists":
  cancelling or summoning;
* :func:`denies_a_thing` -- "denied access to journalists", "refused him
  entry": a thing withheld, not a claim denied;
* :func:`announces_own_departure` -- "announced his resignation", "the
  resignation of several ministers": someone leaves ("announced his
  candidacy" stays a cue, as PolNeAR has it);
* :func:`calls_an_event` -- a headline's "Macron calls snap election":
  convening, checked in headlines only (PolNeAR annotates "called snap
  elections" in bodies, and its titles never meet the headline rule);
* :func:`commits_to_act` -- a headline's "Seoul, Tokyo agree to bolster
  ties", "Lind refuses to recognise vote": a commitment to act, checked in
  headlines only for the same reason;
* :func:`voted_to` -- "the Assembly voted unanimously to demand that ...",
  "voted for a resolution demanding ...": a vote, whose object is a
  resolution, not something the voters said;
* :func:`quoted_subject_content` -- "X was quoted by the agency as saying
  ...": the passive subject of "quoted" is who spoke, never the content;
* :func:`time_adjunct_content` -- a content that is only the cue's time
  adjunct ("said on Tuesday, *after a week of protests by farmers*"): when
  something happened, not what was said;
* :func:`time_only_content` -- a content that is only a date or time
  ("offered to resign *on Wednesday*"), however the parser hung it;
* :func:`casts_a_vote` -- "cast the deciding vote": voting;
* :func:`judges_a_thing` -- a headline's "Reeves defends £40bn tax rise",
  "Samia confirms Marburg outbreak": defending, confirming or blaming a
  thing, checked in headlines only (PolNeAR annotates these in bodies);
* :func:`background_act` -- a headline's "… after pledging to lift
  sanctions": an act before the headline's event, headlines only.

:func:`confirms_a_person` also takes an office's holders ("confirmed its
vice presidents"), and :func:`declares_an_act` an outbreak or epidemic.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from whosaid.attribution.cues import stem
from whosaid.entities.lexicon import ROLE_NOUNS
from whosaid.nlp.view import word_indices

_CONFIRM_KEY = stem("confirm")
_CLAIM_KEY = stem("claim")

_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})


def noun_key(word: str) -> str:
    """One key for a noun and its plural ("warning", "warnings" → "warn";
    "story", "stories" → "story")."""
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    return stem(w)


def confirms_a_person(head: Any) -> bool:
    """ "confirmed Judge Ana Ruiz (to the court)", "confirms Ruiz as defence
    secretary": the object is a person, or is confirmed "as" an office, and
    no clause follows, so the verb appoints someone."""
    if stem(head.text) != _CONFIRM_KEY:
        return False
    children = list(head.children)
    if any(c.dep_ in _CLAUSE_DEPS for c in children):
        return False  # "confirmed Ruiz would attend", however parsed
    return any(
        c.dep_ == "dobj"
        and (c.ent_type_ == "PERSON" or _office_holder(c) or _as_an_office(c))
        for c in children
    )


def _office_holder(obj: Any) -> bool:
    """The object is an office's holder or holders ("confirmed its vice
    presidents", "confirmed the new ministers"), with no clause of its own."""
    word = obj.lower_
    singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    if word not in ROLE_NOUNS and singular not in ROLE_NOUNS:
        return False
    return not any(c.dep_ in {"relcl", "acl", "ccomp"} for c in obj.children)


def _as_an_office(obj: Any) -> bool:
    """The object is confirmed "as" an office ("Ruiz as defence secretary"),
    not "as planned" or "as the final tally"."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "as"
        and any(k.dep_ == "pobj" and k.lower_ in ROLE_NOUNS for k in p.children)
        for p in (*obj.children, *obj.head.children)
        if p.i > obj.i
    )


SPEECH_NOUNS: frozenset[str] = frozenset(
    noun_key(w)
    for w in (
        "clear", "plain", "case", "statement", "comment", "remark", "argument",
        "point", "claim", "allegation", "accusation", "reference", "joke",
        "promise", "pledge", "announcement", "speech", "appeal", "plea",
        "pitch", "threat", "prediction", "suggestion", "proposal", "offer",
        "request", "demand", "call", "criticism", "assertion", "admission",
        "vow", "warning", "apology", "confession", "concession", "complaint",
        "peroration", "address", "pronouncement",
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

GIVEN_NOUNS: frozenset[str] = SPEECH_NOUNS | MESSAGE_NOUNS | frozenset(
    noun_key(w)
    for w in (
        "answer", "reason", "story", "account", "version", "explanation",
        "interview", "address", "briefing", "testimony", "evidence", "update",
        "assurance", "guarantee", "indication", "hint", "detail", "advice",
        "opinion", "view", "assessment", "verdict", "endorsement", "shout",
        "figure", "estimate", "order", "instruction", "word", "talk", "lecture",
        "sermon", "toast", "eulogy", "reading", "forecast", "outlook", "praise",
    )
)  # fmt: skip
"""What "give" gives when it reports saying: "gave an interview", "gave no
reason", "gave a different account" (PolNeAR train annotates these)."""

_LIGHT_VERBS: dict[str, frozenset[str]] = {
    stem("make"): SPEECH_NOUNS,
    stem("send"): MESSAGE_NOUNS,
    stem("sent"): MESSAGE_NOUNS,
    stem("give"): GIVEN_NOUNS,
    stem("gave"): GIVEN_NOUNS,
    stem("given"): GIVEN_NOUNS,
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


def light_verb_in_cue(doc: Any, cue: Iterable[int]) -> bool:
    """A light verb without a noun of saying anywhere in the cue, not only at
    its head ("rose to *give* him a standing ovation")."""
    cue = list(cue)
    return any(doc[i].pos_ == "VERB" and light_verb(doc[i], cue) for i in cue)


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
        "strike", "strikes", "result", "results", "outbreak", "outbreaks",
        "epidemic", "pandemic", "famine", "drought", "regime", "mourning",
        "quarantine", "blockade", "mobilisation", "mobilization", "amnesty",
    }
)  # fmt: skip
"""What is declared as an act, not said ("declared a state of emergency", "a
'counter-terrorist operation regime'", "national mourning");
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


WINNERS: frozenset[str] = frozenset(
    {"winner", "winners", "victor", "victors", "champion", "champions", "elected"}
)
"""What an election's result declares someone ("declared X the winner")."""
WINNER_REACH = 20
"""How many words after "declared" the winner may stand (a long name pair)."""
_CLAUSE_ENDS = frozenset({".", "!", "?", ":", ";"})


def declares_a_winner(head: Any) -> bool:
    """ "declared Prabowo and his running mate the winners", "declared X
    elected": a result, not something said.  The winner is looked for in
    the words after the verb up to the sentence's full stop, as the parser
    may hang it anywhere (or even split the sentence before it); a "that"
    or a quotation before it leaves the verb a cue ("declared that the
    winner ...")."""
    if stem(head.text) != _DECLARE_KEY:
        return False
    doc = head.doc
    for t in doc[head.i + 1 : head.i + 1 + WINNER_REACH]:
        # the parser may also split the sentence before the winner: read on
        # to the full stop or the line's end, not to the sentence's
        if t.lower_ == "that" or t.is_quote or t.text in _CLAUSE_ENDS or "\n" in t.text:
            return False
        if t.lower_ in WINNERS and t.dep_ not in {"amod", "compound"}:
            return True
    return False


_RULING_KEYS = frozenset(
    stem(w)
    for w in (
        "uphold", "upheld", "overturn", "overrule", "quash", "annul", "reverse",
        "affirm", "confirm", "set", "strike", "struck", "throw", "threw",
        "thrown", "void", "invalidate", "scrap", "revoke", "rescind", "lift",
    )
)  # fmt: skip
_RULING_PARTICLES: dict[str, str] = {
    stem("set"): "aside",
    stem("strike"): "down",
    stem("struck"): "down",
    stem("throw"): "out",
    stem("threw"): "out",
    stem("thrown"): "out",
}
"""Verbs that act on a ruling only with their particle ("set aside")."""
RULINGS: frozenset[str] = frozenset(
    noun_key(w)
    for w in (
        "ruling", "decision", "judgment", "judgement", "verdict", "sentence",
        "conviction", "acquittal", "order", "injunction", "fine", "ban",
        "decree", "award", "finding", "appeal", "penalty",
    )
)  # fmt: skip
"""What a court upholds, sets aside or confirms."""


def rules_on_a_ruling(head: Any) -> bool:
    """ "set aside a 2020 ruling", "upheld the verdict", "confirmed the
    Commission's 2016 decision that ...": a court's act on a ruling that
    the object names (a noun's own clause is part of the object); a clause
    of the verb keeps it a cue ("confirmed that the ruling stands")."""
    key = stem(head.text)
    if key not in _RULING_KEYS:
        return False
    children = list(head.children)
    if any(c.dep_ in _CLAUSE_DEPS for c in children):
        return False
    particle = _RULING_PARTICLES.get(key)
    if particle is not None and not any(
        c.lower_ == particle and c.dep_ in {"prt", "advmod"} for c in children
    ):
        return False
    return any(c.dep_ == "dobj" and noun_key(c.text) in RULINGS for c in children)


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})


def relative_that_clause(clause: Any) -> bool:
    """ "adopted an agreement on Wednesday *that ... calls on the world to
    act*": a clausal complement opened by "that" with no subject of its own,
    after the verb's object, is the object's relative clause (its "that" is
    the subject), which the parser hung on the verb."""
    if clause.dep_ != "ccomp" or clause.i < clause.head.i:
        return False
    children = list(clause.children)
    if any(c.dep_ in _SUBJECT_DEPS for c in children):
        return False
    that = next((c for c in children if c.lower_ in {"that", "which"}), None)
    if that is None or that.i > clause.i:
        return False
    return any(c.dep_ == "dobj" and c.i < that.i for c in clause.head.children)


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


CALL_PARTICLES: frozenset[str] = frozenset({"off", "up", "in"})
"""What "call" does with these particles is no saying: "called off the
strike", "called up reservists", "called in the army"."""


def calls_off(head: Any) -> bool:
    """ "called off the strike", "called up 300,000 reservists", "called in
    troops": cancelling or summoning, never a call for something."""
    if stem(head.text) != _CALL_KEY:
        return False
    return any(c.dep_ == "prt" and c.lower_ in CALL_PARTICLES for c in head.children)


_DENY_KEYS = frozenset(stem(w) for w in ("deny", "denied", "refuse"))
GRANTS: frozenset[str] = frozenset(
    noun_key(w)
    for w in (
        "access", "entry", "visa", "bail", "permission", "permit", "asylum",
        "admission", "passage", "landing", "clearance", "parole", "licence",
        "license", "boarding",
    )
)  # fmt: skip
"""What is denied or refused as a thing withheld, not a claim denied:
"denied access to journalists", "refused him entry"."""


def denies_a_thing(head: Any) -> bool:
    """ "denied access to journalists", "was refused bail": withholding a
    thing (:data:`GRANTS`), with no clause ("denied the allegations", "denied
    that ..." stay cues)."""
    if stem(head.text) not in _DENY_KEYS:
        return False
    children = list(head.children)
    if any(c.dep_ in _CLAUSE_DEPS for c in children):
        return False
    return any(
        c.dep_ in {"dobj", "nsubjpass", "dative"} and noun_key(c.text) in GRANTS
        for c in children
    )


_ANNOUNCE_KEY = stem("announce")
DEPARTURES: frozenset[str] = frozenset(
    noun_key(w)
    for w in ("resignation", "retirement", "departure", "withdrawal", "exit")
)
"""One's own leaving, which "announced his resignation" reports as done."""


def announces_own_departure(head: Any) -> bool:
    """ "announced his resignation", "announced her retirement", "announced
    the resignation of several ministers": someone leaves (an event), nothing
    said about anything; a clause keeps the cue ("announced that his
    resignation would take effect")."""
    if stem(head.text) != _ANNOUNCE_KEY:
        return False
    children = list(head.children)
    if any(c.dep_ in _CLAUSE_DEPS for c in children):
        return False
    return any(
        c.dep_ == "dobj"
        and noun_key(c.text) in DEPARTURES
        and any(_whose(k) for k in c.children)
        for c in children
    )


def _whose(modifier: Any) -> bool:
    """Whose leaving: a possessive ("his resignation") or an "of"-phrase
    ("the resignation of several ministers")."""
    dep: str = modifier.dep_
    return dep == "poss" or (dep == "prep" and modifier.lower_ == "of")


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


_TIME_ENTS = frozenset({"DATE", "TIME"})
_TIME_GLUE = frozenset({"ADP", "DET", "CCONJ", "PART"})


def time_only_content(doc: Any, content: Iterable[int]) -> bool:
    """The content is only a time ("offered to resign | *on Wednesday*",
    "said | *last week*"): every word is part of a date or time (NER) or a
    preposition, article or conjunction around one.  When something was
    said is never what was said (no PolNeAR train or dev content is one)."""
    words = word_indices(doc, content)
    if not words or not any(doc[i].ent_type_ in _TIME_ENTS for i in words):
        return False
    return all(
        doc[i].ent_type_ in _TIME_ENTS or doc[i].pos_ in _TIME_GLUE for i in words
    )


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


_VOTE_KEY = stem("vote")


def voted_to(head: Any) -> bool:
    """ "voted unanimously to demand that it be revoked", "voted to call
    for talks": the cue verb is the "to"-infinitive of a vote (what a
    resolution says, passed as an act), not a speaker's own saying."""
    if stem(head.text) == _VOTE_KEY:
        return any(_to_infinitive(c) or _on_a_motion(c) for c in head.children)
    return stem(head.head.text) == _VOTE_KEY and _to_infinitive(head)


MOTIONS: frozenset[str] = frozenset(
    noun_key(w)
    for w in (
        "resolution", "motion", "bill", "amendment", "measure", "proposal",
        "law", "legislation", "budget", "treaty", "deal", "text", "declaration",
    )
)  # fmt: skip
"""What is voted on as a text ("voted for a resolution demanding ...")."""


def _on_a_motion(prep: Any) -> bool:
    """ "(voted) for a resolution demanding ...", "against the bill": a vote
    on a text, whose clause is the text's, not the voters' saying."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in {"for", "against", "on"}
        and any(k.dep_ == "pobj" and noun_key(k.text) in MOTIONS for k in prep.children)
    )


def _to_infinitive(verb: Any) -> bool:
    """An open clausal complement with "to" ("(voted) *to demand* ...")."""
    return verb.dep_ == "xcomp" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )


_CAST_KEY = stem("cast")
BALLOTS: frozenset[str] = frozenset(noun_key(w) for w in ("vote", "ballot"))
"""What is cast when voting ("cast the deciding vote")."""


def casts_a_vote(head: Any) -> bool:
    """ "cast the deciding committee vote", "cast their ballots": voting, not
    saying ("cast doubt on the plan" stays a cue)."""
    if stem(head.text) != _CAST_KEY:
        return False
    return any(c.dep_ == "dobj" and noun_key(c.text) in BALLOTS for c in head.children)


_HEADLINE_ACT_KEYS = frozenset(stem(w) for w in ("defend", "confirm", "blame"))


def judges_a_thing(head: Any) -> bool:
    """A headline's "Reeves defends £40bn tax rise", "President confirms
    Marburg outbreak", "Reeves blames Tories for 'black hole'": defending,
    confirming or blaming what a bare noun names, with no clause and no
    predicate ("defends the rise as necessary" claims something).  Checked in
    headlines only: PolNeAR annotates "defended the incident" in bodies, and
    its titles never meet the headline rule."""
    if stem(head.text) not in _HEADLINE_ACT_KEYS:
        return False
    children = list(head.children)
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in children):
        return False  # "defends the rise as necessary": a predicate is a claim
    after = [c for c in children if c.i > head.i and c.dep_ in _OBJECT_OR_CLAUSE]
    if not after:
        return False
    first = min(after, key=lambda c: c.i)
    return first.dep_ == "dobj" or _noun_taken_for_a_clause(first)


_OBJECT_OR_CLAUSE = frozenset({"dobj", "oprd", *_CLAUSE_DEPS})


def _noun_taken_for_a_clause(clause: Any) -> bool:
    """A headline's noun phrase the parser hung as a clause: "confirms
    Marburg *outbreak* in Kagera, urges …" (a ``ccomp`` with a compound
    noun before it and no subject of its own)."""
    if clause.dep_ != "ccomp" or clause.tag_ in {"VBD", "VBN", "VBG", "MD"}:
        return False
    children = list(clause.children)
    if any(c.dep_ in _SUBJECT_DEPS or c.dep_ in {"aux", "auxpass"} for c in children):
        return False
    return clause.pos_ == "NOUN" or any(
        c.dep_ == "compound" and c.i < clause.i for c in children
    )


def background_act(head: Any) -> bool:
    """A headline's "Trump meets Sharaa after *pledging* to lift sanctions":
    a gerund under a time preposition is what happened before or after the
    headline's event, not its statement.  Checked in headlines only."""
    return (
        head.dep_ == "pcomp"
        and head.tag_ == "VBG"
        and head.head.lower_ in TIME_PREPOSITIONS
    )
