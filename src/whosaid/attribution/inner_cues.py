"""Less sure cues inside another attribution's content (``polnear`` scheme).

PolNeAR marks the attributions nested in a content ("X said, adding that
officials warned Y"; "X said that Y had told him Z") as attributions of their
own, side by side with the outer one (:mod:`.nesting` settles which one keeps
the overlap).  The cue tagger is less sure of a cue inside a content than of
one that opens a sentence, so a cue token scored under the scheme's cue
threshold is still taken, at a lower one, when its head lies inside the
content of a candidate found at the full threshold and has its own subject
there.  Only documents whose contents hold such a token do any work.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from whosaid.attribution.features import DocFeatures, cue_head
from whosaid.attribution.nesting import (
    ADJUNCT_DEPS,
    NOUN_CLAUSE_DEPS,
    Candidate,
    adjoined,
    cut_before,
    inner_start,
    path_deps,
)

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
"""Links of a verb's own subject."""


def content_tokens(candidates: Iterable[Any]) -> set[int]:
    """Every content token of ``candidates``."""
    return {i for c in candidates for run in c.content for i in run}


def own_subject_inside(doc: Any, head: int, content: set[int]) -> bool:
    """The verb at ``head`` has a subject of its own among ``content``."""
    return any(
        child.dep_ in SUBJECT_DEPS and child.i in content
        for child in doc[head].children
    )


def inner_cues(
    doc: Any,
    feats: DocFeatures,
    low_cues: Sequence[tuple[list[int], float]],
    sure_cues: Sequence[tuple[list[int], float]],
    contents: set[int],
    *,
    threshold: float,
    needs_subject: bool = True,
) -> list[tuple[list[int], float]]:
    """The cues of ``low_cues`` (tagged at a lower threshold) scored under
    ``threshold`` that share no token with ``sure_cues`` and whose head lies
    in ``contents``, with its own subject there where ``needs_subject``."""
    if not contents:
        return []
    taken = {i for cue, _ in sure_cues for i in cue}
    found: list[tuple[list[int], float]] = []
    for cue, p in low_cues:
        if p >= threshold or taken.intersection(cue):
            continue
        head = cue_head(feats, cue)
        if head in contents and (
            not needs_subject or own_subject_inside(doc, head, contents)
        ):
            found.append((cue, p))
    return found


RELATIONS = ("adjoined", "adjunct", "any")
"""How an inner cue may hang from the outer cue to end its content:
``adjoined`` (:func:`.nesting.adjoined`), ``adjunct`` (its own link a
coordination or adverbial clause, at any depth, outside a noun phrase), or
``any``."""


def hangs_by(doc: Any, top: int, i: int, relation: str) -> bool:
    """Token ``i`` hangs from token ``top`` by ``relation`` (:data:`RELATIONS`)."""
    if relation == "adjoined":
        return adjoined(doc, top, i)
    if relation == "adjunct":
        labels = path_deps(doc, top, i)
        if not labels:
            return False
        return labels[0] in ADJUNCT_DEPS and NOUN_CLAUSE_DEPS.isdisjoint(labels)
    return True


def cut_for_inner(
    doc: Any,
    feats: DocFeatures,
    candidates: Sequence[Candidate],
    inner: Sequence[Candidate],
    *,
    relation: str,
) -> list[tuple[Candidate, Candidate]]:
    """An outer content that holds one of ``inner`` (the candidates of
    :func:`inner_cues`) ends before it, as PolNeAR, which never nests, ends
    it, where the inner cue hangs from the outer one by ``relation``
    (:func:`hangs_by`).  An inner candidate whose content
    reaches back before its own start cuts nothing.  Returns the (outer,
    inner) pairs cut apart."""
    pairs: list[tuple[Candidate, Candidate]] = []
    if not inner:
        return pairs
    inner_ids = {id(c) for c in inner}
    outers = [c for c in candidates if c.content and id(c) not in inner_ids]
    for cand in inner:
        if not any(c is cand for c in candidates):
            continue
        for outer in outers:
            content = {i for run in outer.content for i in run}
            if cand.cue[0] <= max(outer.cue) or not content.issuperset(cand.cue):
                continue
            top = cue_head(feats, outer.cue)
            if not hangs_by(doc, top, cue_head(feats, cand.cue), relation):
                continue
            start = inner_start(cand, max(outer.cue))
            if any(i < start for run in cand.content for i in run):
                continue
            if not any(max(outer.cue) < i < start for i in content):
                continue  # nothing of the outer content would be left
            cut_before(doc, outer, start)
            pairs.append((outer, cand))
    return pairs
