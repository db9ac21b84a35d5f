"""The cue filter and the checks that drop a candidate.

A cue must be a word of saying or thinking (:func:`cue_allowed`); a content
that only names someone, or only dates the cue, is nothing said; a tagger's
attribution without a source goes (:func:`needs_source`).
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from whosaid.attribution.acts import (
    announces_own_departure,
    background_act,
    calls_an_event,
    calls_off,
    casts_a_vote,
    claims_a_possession,
    commits_to_act,
    confirms_a_person,
    declares_a_status,
    declares_a_winner,
    declares_an_act,
    denies_a_thing,
    judges_a_thing,
    light_verb_in_cue,
    quoted_subject_content,
    relative_that_clause,
    rules_on_a_ruling,
    time_adjunct_content,
    time_only_content,
    voted_to,
)
from whosaid.attribution.anonymity import anonymity_clause
from whosaid.attribution.candidates import (
    CCOMP_METHOD,
    CLAUSE_METHOD,
    METHOD,
    Candidate,
)
from whosaid.attribution.cues import event_kind, is_cue_word, is_stance_word
from whosaid.attribution.deeds import headline_deed
from whosaid.attribution.features import DocFeatures, cue_head
from whosaid.attribution.notsaid import not_said
from whosaid.attribution.rules import LABELS, line_end
from whosaid.attribution.sources import sourceless_cue
from whosaid.entities.lexicon import ORG_NOUNS, ROLE_NOUNS


def cue_allowed(doc: Doc, feats: DocFeatures, cand: Candidate) -> bool:
    """The cue filter (see :mod:`whosaid.attribution.cues`).

    A tagger's cue must head on a communication or cognition word (or one
    PolNeAR train often makes a cue); naming and appointing are never cues,
    "expected" only in the active, other event verbs ("concluded",
    "sparked") only with a clausal or quoted content.
    """
    verdict = cue_head_allowed(doc, feats, cand.cue)
    if verdict is None:
        return _clausal_content(doc, feats, cue_head(feats, cand.cue), cand)
    return verdict


def cue_head_allowed(doc: Doc, feats: DocFeatures, cue: list[int]) -> bool | None:
    """What the cue filter (:func:`cue_allowed`) says from the cue alone;
    None where the content decides (event verbs)."""
    head = doc[cue_head(feats, cue)]
    if not is_cue_word(head.text):
        return False
    if _talks_as_a_noun(doc, head.i) or anonymity_clause(head):
        return False
    kind = event_kind(head.text)
    if kind == "naming" or acts_on(head):
        return False
    if any(voted_to(doc[i]) for i in cue):
        return False  # "190 lawmakers present voted for a resolution ..."
    if light_verb_in_cue(doc, cue):
        return None
    if kind == "expect":
        deps = {c.dep_ for c in head.children}
        as_expected = any(c.dep_ == "mark" and c.lower_ == "as" for c in head.children)
        return "nsubj" in deps and not as_expected
    if kind == "event":
        return None
    return True


SPEAKER_NOUNS = ROLE_NOUNS | ORG_NOUNS

# What talks do in headlines ("Gaza talks resume", "Cop29 talks overrun").
_TALKS_VERBS = frozenset(
    {
        "begin", "break", "collapse", "conclude", "continue", "drag", "end",
        "extend", "fail", "falter", "founder", "open", "overrun", "resume",
        "stall", "stumble", "yield",
    }
)  # fmt: skip


def _talks_as_a_noun(doc: Doc, i: int) -> bool:
    """The noun the parser took for a verb: a headline's "talks" after a
    common noun or adjective that names no speaker ("Ceasefire talks", "nuclear
    talks"), or before what talks do ("Cop29 talks overrun", "Gaza talks
    resume"); "Minister talks tough" and "Obama talks trade" keep their cue."""
    if i == 0 or doc[i].lower_ != "talks":
        return False
    if i + 1 < len(doc):
        after = doc[i + 1].lower_
        if after in _TALKS_VERBS or after.removesuffix("s") in _TALKS_VERBS:
            return True
    before = doc[i - 1]
    return before.tag_ in ("NN", "JJ") and before.lower_ not in SPEAKER_NOUNS


_NAME_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
NAMES_MAX_TOKENS = 10
"""Longer contents are never only a name (checked before any Token is made)."""


def names_only(doc: Doc, feats: DocFeatures, cand: Candidate) -> bool:
    """The content only names someone ("congratulated the Greens").

    A person, organization or group the cue is aimed at is its target, not
    something said; a quotation always counts as said, and a stance
    ("supports Trump", :func:`~whosaid.attribution.cues.is_stance_word`) is
    one.
    """
    if sum(len(run) for run in cand.content) > NAMES_MAX_TOKENS:
        return False  # a name or a people noun phrase is short
    indices = [i for run in cand.content for i in run]
    if any(feats.quote_id[i] >= 0 for i in indices):
        return False
    tokens = [doc[i] for i in indices if not (doc[i].is_punct or doc[i].is_space)]
    if not tokens:
        return False
    if is_stance_word(doc[cue_head(feats, cand.cue)].text):
        return False
    if any(t.ent_type_ for t in tokens) and all(
        t.ent_type_ in _NAME_ENTS or t.pos_ == "DET" for t in tokens
    ):
        return True
    # "citing two unnamed port officials": people, with no clause
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    return (
        len(roots) == 1
        and roots[0].lower_ in PEOPLE_NOUNS
        and not any(t.pos_ in {"VERB", "AUX"} for t in tokens)
    )


def acts_on(head: Token) -> bool:
    """The cue verb acts on its object (:mod:`whosaid.attribution.acts`):
    "confirmed Judge X", "claims the islands", "declared the arrest
    unlawful", "declared X the winner", "set aside a ruling", "called off
    the strike", "denied access", a headline's "calls snap election" or
    "agree to bolster ties"."""
    return (
        confirms_a_person(head)
        or declares_an_act(head)
        or claims_a_possession(head)
        or declares_a_status(head)
        or declares_a_winner(head)
        or rules_on_a_ruling(head)
        or calls_off(head)
        or denies_a_thing(head)
        or announces_own_departure(head)
        or voted_to(head)
        or casts_a_vote(head)
        or (
            (
                calls_an_event(head)
                or commits_to_act(head)
                or judges_a_thing(head)
                or background_act(head)
                or headline_deed(head)
            )
            and _headline_line(head.doc, head.i)
        )
    )


HEADLINE_MAX_TOKENS = 25
"""A headline line is at most this many tokens long."""
_CLOSERS = frozenset({")", "]", "”", "’", "»", "'", '"'})


def _headline_line(doc: Doc, i: int) -> bool:
    """Token ``i`` stands on a short line without a closing full stop (a
    scraped page's headline; PolNeAR's titles end with one)."""
    first = i
    while first > 0 and "\n" not in doc[first - 1].text_with_ws:
        first -= 1
        if i - first > HEADLINE_MAX_TOKENS:
            return False
    end = line_end(doc, first)
    if end - first > HEADLINE_MAX_TOKENS:
        return False
    last = end - 1
    while last > first and (doc[last].is_quote or doc[last].text in _CLOSERS):
        last -= 1  # '... safer."' ends with its full stop
    return doc[last].text not in HEADLINE_END and not doc[last].text.endswith(".")


def time_adjunct(doc: Doc, feats: DocFeatures, cand: Candidate) -> bool:
    """The content is only a time adjunct of the cue, a date or time, or the
    one a passive "quoted" names (see
    :func:`~whosaid.attribution.acts.time_adjunct_content`,
    :func:`~whosaid.attribution.acts.time_only_content` and
    :func:`~whosaid.attribution.acts.quoted_subject_content`)."""
    head = doc[cue_head(feats, cand.cue)]
    words = [i for run in cand.content for i in run]
    return (
        time_adjunct_content(head, words)
        or quoted_subject_content(head, words)
        or time_only_content(doc, words)
        or not_said(head, words)
    )


PEOPLE_NOUNS: frozenset[str] = frozenset(
    {
        "official",
        "officials",
        "source",
        "sources",
        "people",
        "person",
        "expert",
        "experts",
        "analyst",
        "analysts",
        "witness",
        "witnesses",
        "diplomat",
        "diplomats",
        "residents",
        "voters",
        "supporters",
        "critics",
        "lawmakers",
        "members",
        "workers",
        "employees",
        "leaders",
        "executives",
    }
)
"""Nouns for people: a content that is only such a noun phrase names a
source or a target ("citing officials", "thanked the voters")."""


def _clausal_content(doc: Doc, feats: DocFeatures, h: int, cand: Candidate) -> bool:
    """The content is a clause or a quotation, not a plain object.

    Tokens of a coordinated verb ("conceded defeat but said that ...") and
    of the object's relative clause hung on the verb ("adopted an agreement
    that calls for ...", :func:`~whosaid.attribution.acts.relative_that_clause`)
    are not the cue's content.
    """
    other = {
        t.i
        for c in doc[h].children
        if (c.dep_ in {"conj", "cc"} and c.i > h) or relative_that_clause(c)
        for t in c.subtree
    }
    tokens = [i for run in cand.content for i in run if i not in other]
    if any(feats.quote_id[i] >= 0 for i in tokens):
        return True
    if any(
        c.dep_ in {"ccomp", "parataxis"} and not relative_that_clause(c)
        for c in doc[h].children
    ):
        return True
    # a clause of the cue itself ("concluded that …"), not one inside an
    # object ("passed a bill … while cutting spending")
    cue = {h, *cand.cue}
    if any(
        (doc[i].dep_ == "ccomp" and doc[i].head.i in cue)
        or (
            doc[i].dep_ == "mark"
            and doc[i].lower_ not in _ADVERBIAL_MARKS
            and doc[i].head.head.i in cue
        )
        for i in tokens
    ):
        return True
    first = min(tokens, default=0)
    if first == 0:
        return False
    # "that" opening a clause, not the relative pronoun of an object
    # ("approved a bill that would keep agencies funded")
    return any(
        doc[i].lower_ == "that" and doc[i].dep_ not in _RELATIVE_DEPS
        for i in (first - 1, first)
    )


_RELATIVE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})

# Marks of a time or reason clause ("filed the motion *after* McCarthy relied
# on ..."): what happened around the act, not what was said.
_ADVERBIAL_MARKS = frozenset(
    {"after", "before", "since", "until", "while", "when", "because", "as", "once"}
)


def still_allowed(
    doc: Doc, feats: DocFeatures, cand: Candidate, runs: list[list[int]]
) -> bool:
    """The cue filter again, on the content left after nesting and overlaps:
    an event verb whose clause went to another attribution ("*Delivering* her
    budget to MPs, Reeves said \"…\"") keeps only its plain object."""
    if cue_head_allowed(doc, feats, cand.cue) is not None:
        return True
    final = dataclasses.replace(cand, content=runs)
    return _clausal_content(doc, feats, cue_head(feats, cand.cue), final)


HEADLINE_END: frozenset[str] = frozenset({".", "!", "?", ":", ";"})


def label_colon(doc: Doc, cand: Candidate) -> bool:
    """A colon after a page label ("Transcript: Morning Briefing", "Update:
    ..."): furniture, not a speaker's turn."""
    if len(cand.cue) != 1 or doc[cand.cue[0]].text != ":":
        return False
    words = [doc[i].lower_ for run in cand.source for i in run if not doc[i].is_punct]
    return bool(words) and all(w in LABELS for w in words)


def needs_source(doc: Doc, feats: DocFeatures, cand: Candidate) -> bool:
    """A tagger attribution left without a source is dropped.

    On PolNeAR dev only a quarter of them were right (sourceless gold such
    as "it seems", "is expected"): fewer than end-to-end F1 needs (dropping
    them: F1 0.697 -> 0.702), and on real pages an attribution without a
    source has no speaker to be right about.  One whose content holds a
    quotation stays: its speaker is found from the discourse.
    """
    if cand.method not in (METHOD, CCOMP_METHOD, CLAUSE_METHOD):
        return False
    if sourceless_cue(doc, feats, cand.cue):
        return False
    return not any(feats.quote_id[i] >= 0 for run in cand.content for i in run)


def agentless_passive(doc: Doc, feats: DocFeatures, cue: list[int]) -> bool:
    """A passive cue verb without a "by" agent ("Manafort's role *was
    disclosed*", "it *is expected* that ..."): PolNeAR annotates it without
    a source, so in the ``polnear`` scheme it needs none (:func:`needs_source`
    is not asked)."""
    head = doc[cue_head(feats, cue)]
    if head.tag_ != "VBN":
        return False
    deps = {c.dep_ for c in head.children}
    return "auxpass" in deps and "agent" not in deps
