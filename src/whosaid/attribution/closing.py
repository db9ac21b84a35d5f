"""When a tagger's candidate gives way to the sentence's closing attribution.

"Nawrocki won 50.89% of the vote, the commission announced on Monday.": the
trailing rule (:func:`whosaid.attribution.rules.trailing_cue_findings`) finds
the clause before a closing cue as its content.  Where the taggers found the
same cue, their candidate stands, unless what they took as its content is
not that clause (:func:`gives_way`):

* :func:`adverbial_beside` -- the cue's adverbial after it and a piece of the
  clause before it ("…, but not for unofficial ones, the court ruled Monday
  in | a landmark decision");
* :func:`content_after_sentence` -- the next sentence ("…, the commission
  announced on Monday. | Turnout was 71%");
* :func:`fallback_piece` -- the complement fallback's content, which an inner
  cue would cut ("Hammack voted against the decision, preferring to keep
  rates unchanged, the statement said");
* :func:`verbless_piece` -- the clause's subject alone ("*The campaign's
  chair, Jen O'Malley Dillon*, told staff that …, a person on the call
  said").
"""

from __future__ import annotations

from typing import Any

from whosaid.attribution.features import DocFeatures
from whosaid.attribution.nesting import Candidate
from whosaid.nlp.view import word_indices

_ADVERBIAL_DEPS = frozenset({"prep", "npadvmod", "advmod", "advcl", "pobj", "punct"})
_NOMINAL_INNER = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod"})
"""Words before their noun inside a noun phrase."""


def adverbial_at(doc: Any, cue: list[int], first: int) -> bool:
    """Token ``first`` opens one of the cue's adverbials ("ruled Monday in |
    a landmark decision": the phrase the first word belongs to hangs on the
    cue)."""
    token = doc[first]
    while token.dep_ in _NOMINAL_INNER and token.head.i > token.i:
        token = token.head  # "a | landmark decision": the noun it belongs to
    return (token.dep_ in _ADVERBIAL_DEPS and token.head.i in cue) or (
        token.dep_ == "pobj" and token.head.head.i in cue
    )


def adverbial_beside(
    doc: Any, feats: DocFeatures, cand: Candidate, closing: Candidate
) -> bool:
    """The content after the cue opens with one of its adverbials, and what
    lies before the cue is a piece of the closing attribution's content, or
    holds it ("X is immune for official acts|, but not for unofficial
    ones|, the court ruled Monday in | a landmark decision"); a quotation is
    left alone (its own joins and adverbials decide)."""
    words = [i for run in cand.content for i in run]
    if any(feats.quote_id[i] >= 0 for i in words):
        return False
    cue_end = max(cand.cue)
    after = [i for i in words if i > cue_end]
    if not after or not adverbial_at(doc, cand.cue, min(after)):
        return False
    before = set(word_indices(doc, [i for i in words if i < cand.cue[0]]))
    closed = set(word_indices(doc, [i for run in closing.content for i in run]))
    return before <= closed or closed <= before


def content_after_sentence(feats: DocFeatures, cand: Candidate) -> bool:
    """The whole content lies in a sentence after the cue's, and quotes
    nothing: a cue closing its sentence ("…, the commission announced on
    Monday. | Turnout was 71%") has its content before it."""
    words = [i for run in cand.content for i in run]
    if not words or min(words) <= max(cand.cue):
        return False
    if any(feats.quote_id[i] >= 0 for i in words):
        return False
    return feats.sent_idx[min(words)] > feats.sent_idx[max(cand.cue)]


def fallback_piece(cand: Candidate, closing: Candidate, fallback: str) -> bool:
    """The complement fallback's content (method ``fallback``) of a cue that
    closes its sentence is the closing clause or a piece of it ("Hammack
    voted against the decision, preferring to keep rates unchanged, the
    statement said"): the trailing rule's attribution stands for it, scored
    as a rule, so that an inner cue ("preferring") does not cut the clause
    it stands in."""
    if cand.method != fallback:
        return False
    words = {i for run in cand.content for i in run}
    closed = {i for run in closing.content for i in run}
    return bool(words) and words <= closed


def verbless_piece(doc: Any, cand: Candidate, closing: Candidate) -> bool:
    """The tagger's content of a closing cue is a verbless piece of the
    clause the cue closes ("*The campaign's chair, Jen O'Malley Dillon*, told
    staff that …, a person on the call said"): the subject alone, not the
    statement."""
    words = {i for run in cand.content for i in run}
    closed = {i for run in closing.content for i in run}
    if not words or not words < closed:
        return False
    return not any(doc[i].pos_ in {"VERB", "AUX"} for i in words)


def gives_way(
    doc: Any,
    feats: DocFeatures,
    cand: Candidate,
    closing: Candidate,
    *,
    fallback: str,
) -> bool:
    """``cand``, of the same cue as the trailing rule's ``closing``, gives way
    to it (any check of this module)."""
    return (
        adverbial_beside(doc, feats, cand, closing)
        or content_after_sentence(feats, cand)
        or fallback_piece(cand, closing, fallback)
        or verbless_piece(doc, cand, closing)
    )
