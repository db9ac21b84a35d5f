"""Overlaps between candidates: contents that run over another attribution,
reports nested in transcript turns, and the resolution that gives each
token to one attribution at most.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from whosaid.attribution.candidates import TRANSCRIPT_METHOD, Candidate, split_unclaimed
from whosaid.attribution.features import DocFeatures, cue_head

OVERREACH_MIN = 0.5
"""A candidate this sure (raw score) whose cue lies inside another one's
content, outside the subtree of that one's cue, cuts that content short."""


def _governs(doc: Doc, top: int, i: int) -> bool:
    """Token ``i`` lies in the dependency subtree of token ``top``."""
    for _ in range(50):
        if i == top:
            return True
        head = doc[i].head.i
        if head == i:
            return False
        i = head
    return False


def cut_overreach(doc: Doc, feats: DocFeatures, candidates: list[Candidate]) -> None:
    """A content that runs over another sure attribution ends before it.

    "He claimed taxes were low. Then he refused to pledge …": the role
    tagger of "claimed" sometimes runs on over the next sentence, whose cue
    hangs outside the subtree of "claimed"; PolNeAR gives that sentence its
    own attribution (its contents never overlap).  A cue inside the subtree
    ("said her campaign had shown that …") is reported with it and stays.
    """
    sure = [c for c in candidates if c.confidence >= OVERREACH_MIN]
    for outer in candidates:
        if not outer.content:
            continue
        lo = min(run[0] for run in outer.content)
        hi = max(run[-1] for run in outer.content)
        inside = [
            c for c in sure if c is not outer and lo <= c.cue[0] and c.cue[-1] <= hi
        ]
        if not inside:
            continue
        content = {i for run in outer.content for i in run}
        h = cue_head(feats, outer.cue)
        for inner in inside:
            if not content.issuperset(inner.cue):
                continue
            ih = cue_head(feats, inner.cue)
            if _governs(doc, h, ih):
                continue
            start = min(
                i for run in (inner.cue, *inner.source, *inner.content) for i in run
            )
            if start <= max(outer.cue):
                continue
            outer.content = [
                kept for run in outer.content if (kept := [i for i in run if i < start])
            ]
            content = {i for run in outer.content for i in run}


def in_turns(candidates: list[Candidate], turns: list[Candidate]) -> list[Candidate]:
    """The candidates (none a turn) whose cue lies inside a transcript turn's
    content: "TOTENBERG: ... Chief Justice John Roberts *said* ..."."""
    turn_tokens = {i for t in turns for run in t.content for i in run}
    if not turn_tokens:
        return []
    return [
        c
        for c in candidates
        if c.method != TRANSCRIPT_METHOD and turn_tokens.issuperset(c.cue)
    ]


def nested_in_turns(
    doc: Doc, inner: list[Candidate], kept: list[Candidate]
) -> list[Candidate]:
    """Attributions reported inside a transcript turn, nested in it.

    A turn is all its speaker's words, what it reports others saying
    included (its content stays whole); the reports stand beside it as
    attributions of their own ("TOTENBERG: ... Roberts said the programs
    violated ..."): each keeps to the turn that holds its cue and to tokens
    no other attribution (but that turn's content) claims, and they share no
    token among themselves.  Left out, as before nesting: a candidate whose
    cue has no kept turn around it, one without a source of its own (the
    subject fallbacks run after this and would find the turn's words busy)
    and one whose source is "I" or "we" (the turn's own speaker); and one in
    a question ("what did the president say he would do?"), which asks what
    was said and reports nothing.
    """
    turns = [c for c in kept if c.method == TRANSCRIPT_METHOD]
    claimed = {
        i
        for c in kept
        for run in (
            (c.cue, *c.source)
            if c.method == TRANSCRIPT_METHOD
            else (c.cue, *c.source, *c.content)
        )
        for i in run
    }
    nested: list[Candidate] = []
    for cand in inner:
        turn = next(
            (t for t in turns if any(set(cand.cue) <= set(run) for run in t.content)),
            None,
        )
        if turn is None or not cand.source or _first_person_source(doc, cand):
            continue  # a report needs its own source, not the turn's speaker
        if _in_a_question(doc, cand.cue[0]):
            continue  # "SHAPIRO: Nina, what did the president say ...?" asks
        within = {i for run in turn.content for i in run}
        outside = {i for run in (*cand.content, *cand.source) for i in run} - within
        nested.append(
            Candidate(
                cue=cand.cue,
                source=split_unclaimed(cand.source, outside),
                content=split_unclaimed(cand.content, outside),
                confidence=cand.confidence,
                method=cand.method,
            )
        )
    return resolve_overlaps(nested, claimed=claimed)


def _in_a_question(doc: Doc, i: int) -> bool:
    """Token ``i``'s sentence ends with a question mark (closing quotation
    marks aside)."""
    sent = doc[i].sent
    last = sent.end - 1
    while last > sent.start and (doc[last].is_space or doc[last].is_quote):
        last -= 1
    return bool(doc[last].text == "?")


FIRST_PERSON: frozenset[str] = frozenset({"i", "we", "me", "us"})
"""A nested source that is the turn's own speaker ("RAHMAN: *I* say that ...")."""


def _first_person_source(doc: Doc, cand: Candidate) -> bool:
    """The nested candidate's source is only "I" or "we": the turn's speaker,
    whose words the turn already holds."""
    words = [i for run in cand.source for i in run if not doc[i].is_punct]
    return bool(words) and all(doc[i].lower_ in FIRST_PERSON for i in words)


def resolve_overlaps(
    candidates: list[Candidate], *, claimed: set[int] | None = None
) -> list[Candidate]:
    """Make attributions univocal: a token belongs to one attribution at most.

    Candidates are taken by confidence; tokens already claimed (``claimed``:
    by attributions resolved before) are removed from the later ones, as
    PolNeAR annotates each token once.
    """
    claimed = set() if claimed is None else set(claimed)
    kept: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: -c.confidence):
        if claimed.intersection(cand.cue):
            continue
        content = split_unclaimed(cand.content, claimed)
        if not content:
            continue
        source = split_unclaimed(cand.source, claimed)
        cand = Candidate(
            cue=cand.cue,
            source=source,
            content=content,
            confidence=cand.confidence,
            method=cand.method,
        )
        for run in (cand.cue, *content, *source):
            claimed.update(run)
        kept.append(cand)
    kept.sort(key=lambda c: c.cue[0])
    return kept


def no_skipping(kept: list[Candidate], feats: DocFeatures) -> None:
    """A content part never lies beyond another attribution's cue in another
    paragraph: the role tagger of "The group said the figure was 'an insult'"
    sometimes takes a quotation two paragraphs on, past '"…," said Dr X'.
    The part goes (unless it is all there is), so the quotation can join
    the attribution it continues.  A transcript turn keeps its paragraphs:
    they run to the next speaker label, and a cue inside them is a report
    the turn quotes ("Each nation seeks to …"), nested beside it."""
    cues = sorted(i for c in kept for i in c.cue[:1])
    para = feats.para_idx
    for cand in kept:
        if cand.method == TRANSCRIPT_METHOD:
            continue
        lo, hi = min(cand.cue), max(cand.cue)
        parts: list[list[int]] = []
        for run in cand.content:
            if run[0] > hi:
                between = range(hi + 1, run[0])
            elif run[-1] < lo:
                between = range(run[-1] + 1, lo)
            else:
                parts.append(run)
                continue
            far = para[run[0]] != para[hi]
            other = far and any(
                i in between and para[i] != para[hi]
                for i in cues[bisect_left(cues, between.start) :]
                if i < between.stop
            )
            if not other:
                parts.append(run)
        cand.content = parts or cand.content
