"""Contents that are not what the source said, whatever the cue.

The cue filter (:func:`whosaid.attribution.extract.cue_allowed`) judges the
cue; the checks here judge what a candidate took as its content, from the
parse alone.  Each names a structure whose words are never the source's
proposition, so each carries to unseen pages:

* :func:`speaks_for` -- "Roberts, *writing for the conservative majority*,
  said …": whom a source speaks or writes for is no content;
* :func:`purpose_of_an_act` -- "Thousands marched through the capital *to
  protest against a rise in fuel prices*": protest as the purpose of an act
  that is no saying, with only a thing as its object (a clause or a
  quotation would be something said);
* :func:`topic_only` -- "City economists were split *on what the Bank would
  do next*", "supporters clashed *over the credentials of delegates*": the
  topic a verb of dividing or attending is about, not a proposition.

:func:`participial_phrase` judges a source the same way: "*Addressing
supporters at the party's headquarters*, Mahama said …" names the occasion,
not who speaks (dropped from the tagger's source and never taken by the
subject fallback).

Each check cost PolNeAR train half B and dev no true attribution when it
was added.  "*Asked whether* the cut was the start of a series, Bailey told
…" is no such check: PolNeAR annotates the question as an attribution
(eleven on train half B).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from whosaid.attribution.cues import is_cue_word, stem
from whosaid.nlp.view import word_indices

_SPEAK_FOR_KEYS = frozenset(stem(w) for w in ("write", "speak", "talk"))


def speaks_for(head: Any, content: Iterable[int]) -> bool:
    """ "writing for the majority", "speaking for the government": every
    word of the content lies in the object of "for" hung on a verb of
    writing or speaking -- whom the source speaks for."""
    if stem(head.text) not in _SPEAK_FOR_KEYS:
        return False
    words = set(word_indices(head.doc, content))
    if not words:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and words <= {t.i for k in c.children if k.dep_ == "pobj" for t in k.subtree}
        for c in head.children
    )


_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "csubj"})


def _has_clause_or_quote(doc: Any, words: list[int]) -> bool:
    """A verb or a quotation mark among the content's words."""
    return any(
        doc[i].pos_ in {"VERB", "AUX"} or doc[i].is_quote or doc[i].dep_ in _CLAUSE_DEPS
        for i in words
    )


PROTEST_KEYS: frozenset[str] = frozenset(
    stem(w) for w in ("protest", "demonstrate", "rally", "campaign", "lobby")
)
"""Verbs of protest: "(gathered) to protest against the bills"."""


def purpose_of_an_act(head: Any, content: Iterable[int]) -> bool:
    """ "marched through the capital to protest against a rise in prices":
    the cue is a verb of protest (:data:`PROTEST_KEYS`) as the
    "to"-infinitive of purpose (``advcl``) of a verb that is no cue
    (marching, gathering), and its content is only a thing (no clause, no
    quotation).  A verb of saying stays a cue there ("descended an
    escalator to declare his candidacy" is a PolNeAR attribution)."""
    if stem(head.text) not in PROTEST_KEYS:
        return False
    if head.dep_ != "advcl" or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in head.children
    ):
        return False
    act = head.head
    if act.i == head.i or act.pos_ != "VERB" or is_cue_word(act.text):
        return False
    words = word_indices(head.doc, content)
    return bool(words) and not _has_clause_or_quote(head.doc, words)


TOPIC_PREPOSITIONS: frozenset[str] = frozenset({"on", "over", "about"})
"""Prepositions of a topic ("split on the timing")."""
_TOPIC_VERB_KEYS = frozenset(
    stem(w)
    for w in (
        "disagree", "split", "divide", "differ", "clash", "focus",
        "concentrate",
    )
)  # fmt: skip
"""Verbs of dividing or attending whose "on"-object is a topic ("agreed on a
moral responsibility to act" is a PolNeAR attribution: "agree" is not
here)."""


def topic_only(head: Any, content: Iterable[int]) -> bool:
    """ "were split on what the Bank would do next", "clashed over the
    credentials", "focused on the bank's signal": every word of the content
    lies in the object of "on", "over" or "about" hung on a verb of dividing
    or attending, so the content is what they differed about or looked at,
    not what anyone said."""
    if stem(head.text) not in _TOPIC_VERB_KEYS:
        return False
    words = set(word_indices(head.doc, content))
    if not words:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in TOPIC_PREPOSITIONS
        and words <= {t.i for t in c.subtree} - {c.i}
        for c in head.children
    )


_PARTICIPLES = frozenset({"VBG", "VBN"})
OCCASION_VERBS: frozenset[str] = frozenset(
    stem(w)
    for w in (
        "address", "speak", "talk", "write", "respond", "reply", "comment",
        "appear", "testify", "answer", "visit", "arrive", "campaign", "meet",
    )
)  # fmt: skip
"""Verbs of the occasion a speaker spoke on, fronted as a participle:
"*Addressing supporters at the party's headquarters*, Mahama said …"."""


def participial_phrase(doc: Any, run: Sequence[int]) -> bool:
    """The tokens are a fronted participial phrase ("*Addressing supporters
    at the party's headquarters*, Mahama said …"), which says what the
    speaker did, never who speaks: one phrase headed by a participle hung on
    a verb outside it as an adverbial clause, or (however the parser hung
    it) a phrase that opens with an occasion verb's "-ing" form
    (:data:`OCCASION_VERBS`) and is closed by a comma."""
    words = [i for i in run if not (doc[i].is_punct or doc[i].is_space)]
    if not words:
        return False
    first = doc[words[0]]
    after = words[-1] + 1
    if (
        first.tag_ == "VBG"
        and stem(first.text) in OCCASION_VERBS
        and after < len(doc)
        and doc[after].text == ","
    ):
        return True
    inside = set(run)
    tops = [i for i in words if doc[i].head.i not in inside or doc[i].head.i == i]
    if len(tops) != 1:
        return False
    top = doc[tops[0]]
    return top.tag_ in _PARTICIPLES and top.dep_ == "advcl" and top.i == words[0]


def not_said(head: Any, content: Iterable[int]) -> bool:
    """Any of the checks of this module: the content is not what the source
    said."""
    content = list(content)
    return (
        speaks_for(head, content)
        or purpose_of_an_act(head, content)
        or topic_only(head, content)
    )
