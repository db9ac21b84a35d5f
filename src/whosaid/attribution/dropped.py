"""Contents for tagged cues the role tagger left without one.

A cue the cue tagger found but the role tagger gave no content is dropped
unless the parse supplies one: the clausal complement and the direct object
(:mod:`whosaid.attribution.clauses`), and here the infinitive of an
intention or a stance ("wants to run", "is planning to provide", "urged
voters to abandon").  PolNeAR makes that infinitive the content.
"""

from __future__ import annotations

from typing import Any

from whosaid.attribution.features import MAX_WINDOW_SIDE, DocFeatures, cue_head

MIN_INFINITIVE_TOKENS = 2
"""An infinitive content has at least "to" and its verb."""
REFUSAL_WORDS = frozenset(
    {
        "decline",
        "declined",
        "declines",
        "declining",
        "refuse",
        "refused",
        "refuses",
        "refusing",
    }
)
"""Verbs of refusing: what follows ("declined to say when ...") was not said
(on real pages no attribution; PolNeAR's "declined | to comment" is one)."""


def _to_infinitive(token: Any) -> bool:
    """``token`` is the verb of a "to"-infinitive."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def infinitive_content(
    doc: Any, feats: DocFeatures, cue: list[int]
) -> tuple[int, int] | None:
    """The first and last token of the "to"-infinitive after the cue's head
    ("wants | to run for the Senate"), or None.

    The infinitive is the head's open complement (``xcomp``) after it, its
    subtree the content, without closing punctuation, starting after the cue
    when the cue takes in its first words ("declined to | comment"), and no
    further from the cue than the widest cue window.
    """
    h = cue_head(feats, cue)
    if doc[h].lower_ in REFUSAL_WORDS:
        return None
    for child in doc[h].children:
        if child.dep_ != "xcomp" or child.i < h or not _to_infinitive(child):
            continue
        left, right = child.left_edge.i, child.right_edge.i
        if left <= max(cue):
            left = max(cue) + 1
        right = min(right, cue[-1] + MAX_WINDOW_SIDE)
        while right >= left and (doc[right].is_punct or doc[right].is_space):
            right -= 1
        if right - left + 1 < MIN_INFINITIVE_TOKENS:
            return None
        return left, right
    return None
