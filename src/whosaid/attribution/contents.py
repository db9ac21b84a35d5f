"""Content runs of candidates: grown over the document tagger's content and
to the end of a phrase, cut at paragraphs, subheads, other sentences and
the cue's adverbials, tidied before they become spans.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from whosaid.attribution.anonymity import anonymity_clause
from whosaid.attribution.candidates import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    TRANSCRIPT_METHOD,
    Candidate,
    in_regions,
)
from whosaid.attribution.features import DocFeatures
from whosaid.attribution.sources import drop_dateline


def _cue_adverbial(
    i: int, cue: set[int], heads: Sequence[int], deps: Sequence[str]
) -> bool:
    """Token ``i`` is an adverbial of the cue ("said *on Tuesday* it would ..."),
    never part of what was said."""
    if heads[i] in cue:
        return deps[i] in {"prep", "npadvmod"}
    return deps[i] == "pobj" and heads[heads[i]] in cue and deps[heads[i]] == "prep"


_CUE_MODIFIER_DEPS = frozenset({"prep", "npadvmod", "advmod", "advcl"})
_QUOTE_CHARS = frozenset("\"“”‘’'`")


def _cue_adverbial_run(
    run: list[int], cue: set[int], heads: Sequence[int], deps: Sequence[str]
) -> bool:
    """The run is one adverbial of the cue: its top token is a prepositional
    or adverbial modifier of a cue word ('said *on Friday*', 'said *In
    July*'), or the object of such a preposition outside the cue ('said at
    *a signing ceremony*'), never the object of a preposition that is part
    of the cue ('stressed her support of *the raid*')."""
    inside = set(run)
    tops = [i for i in run if heads[i] not in inside or heads[i] == i]
    if len(tops) != 1:
        return False
    top = tops[0]
    head = heads[top]
    if head in cue:
        return deps[top] in _CUE_MODIFIER_DEPS
    return deps[top] == "pobj" and deps[head] == "prep" and heads[head] in cue


def without_cue_adverbials(
    doc: Doc, feats: DocFeatures, cand: Candidate, runs: list[list[int]]
) -> list[list[int]]:
    """Drop a content run that is only the cue's adverbial ('"…," X said *at a
    signing ceremony in the capitol*'), where another run is left.  Runs
    are tidied first (touching runs merged); a run with a quote mark stays."""
    if len(runs) < 2:
        return runs
    cue = set(cand.cue)
    heads, deps = feats.heads, feats.deps
    kept = [
        run
        for run in runs
        if not _cue_adverbial_run(
            [i for i in run if not doc[i].is_punct], cue, heads, deps
        )
        or any(_QUOTE_CHARS.intersection(doc[i].text) for i in run)
    ]
    return kept or runs


def extend_contents(kept: list[Candidate], feats: DocFeatures) -> None:
    """Grow content runs over adjacent tokens the document tagger calls content.

    The per-cue tagger tends to stop a content early; the document-level
    tagger sees the whole text and often carries it further.  Only tokens
    claimed by no attribution are taken, so contents stay univocal, and
    never the cue's own adverbials.
    """
    labels = feats.doc_labels
    if not labels:
        return
    claimed: set[int] = set()
    for cand in kept:
        for run in (cand.cue, *cand.content, *cand.source):
            claimed.update(run)
    n = len(labels)
    heads, deps = feats.heads, feats.deps
    for cand in kept:
        grown: list[list[int]] = []
        cue = set(cand.cue)
        for run in cand.content:
            lo, hi = run[0], run[-1]
            while (
                lo - 1 >= 0
                and lo - 1 not in claimed
                and labels[lo - 1].endswith("CNT")
                and not _cue_adverbial(lo - 1, cue, heads, deps)
            ):
                lo -= 1
                claimed.add(lo)
            while (
                hi + 1 < n and hi + 1 not in claimed and labels[hi + 1].endswith("CNT")
            ):
                hi += 1
                claimed.add(hi)
            grown.append(
                list(range(lo, run[0])) + run + list(range(run[-1] + 1, hi + 1))
            )
        cand.content = grown


PHRASE_REACH = 40
"""At most this many tokens are added to a content to complete its phrase."""


def complete_phrases(doc: Doc, kept: list[Candidate], feats: DocFeatures) -> None:
    """A content that stops inside a phrase runs on to the phrase's end.

    "proposed the creation of a | federal agency to ...": the role tagger's
    content probability sometimes fades within a noun phrase; a following
    token that depends on a content token (the rest of the phrase: an
    object, a modifier, an infinitive) joins the content, up to the
    first punctuation mark (past a comma, appositions and clauses that follow
    are as often not the content), and never over a token another
    attribution claims.
    """
    claimed = {i for c in kept for run in (c.cue, *c.content, *c.source) for i in run}
    n = len(doc)
    for cand in kept:
        grown: list[list[int]] = []
        for run in cand.content:
            inside = set(run)
            hi = run[-1]
            stop = min(n, hi + 1 + PHRASE_REACH)
            sent = feats.sent_idx[hi]
            k = hi + 1
            while k < stop and feats.sent_idx[k] == sent and k not in claimed:
                token = doc[k]
                if token.is_space:
                    k += 1
                    continue
                if token.is_punct or not _hangs_on(doc, k, inside, hi):
                    break  # never over a comma: the rest is another phrase
                inside.update(range(hi + 1, k + 1))
                hi = k
                k += 1
            added = list(range(run[-1] + 1, hi + 1))
            claimed.update(added)
            grown.append(run + added)
        cand.content = grown


def _hangs_on(doc: Doc, k: int, inside: set[int], hi: int) -> bool:
    """Token ``k`` depends on a token of ``inside`` through tokens after ``hi``
    only ("a | federal agency": "federal" -> "agency" -> "of")."""
    i = k
    for _ in range(12):
        head = doc[i].head.i
        if head in inside:
            return True
        if head == i or head <= hi:
            return False
        i = head
    return False


def turn_or_colon(doc: Doc, cand: Candidate, runs: list[list[int]]) -> bool:
    """A transcript turn ("TOTENBERG: …"), or a content a colon opens ("He
    put it this way: …"): a speaker's own words over several sentences, as
    a quotation is."""
    if cand.method == TRANSCRIPT_METHOD or any(doc[i].text == ":" for i in cand.cue):
        return True
    for run in runs:
        k = run[0] - 1
        while k >= 0 and doc[k].is_space:
            k -= 1
        if k >= 0 and doc[k].text == ":":
            return True
    return False


def in_cue_sentence(
    doc: Doc, feats: DocFeatures, cue: Sequence[int], runs: list[list[int]]
) -> list[list[int]]:
    """A content that holds words of its cue's sentence keeps no unquoted
    words of another sentence.

    Reported words outside quotation marks stay in the sentence of the
    verb that reports them ("Sanders said he would stay in the race. *So
    far, superdelegates have sided with Clinton.*" is the writer's); where
    the role tagger runs on into the next sentence (or starts in the one
    before), that part goes.  Quotations run on over sentences and stay;
    a content with no unquoted word in the cue's sentence is left alone,
    and so is a sentence boundary without a full stop, "!" or "?" before
    it (the parser's, inside a sentence).  On PolNeAR train half B (taggers
    trained on half A) the cut drops 836 content words, 757 of them wrong.
    """
    sent = feats.sent_idx[cue[0]]
    words = [i for run in runs for i in run if not _is_blank(doc, i)]
    if not any(feats.sent_idx[i] == sent and feats.quote_id[i] < 0 for i in words):
        return runs  # only a quotation in the cue's sentence
    lo, hi = feats.sent_bounds[sent]
    closed_before = _closes_sentence(doc, lo - 1)
    closed_after = _closes_sentence(doc, hi - 1)
    kept: list[list[int]] = []
    for run in runs:
        pieces: list[list[int]] = [[]]
        for i in run:
            other = (i < lo and closed_before) or (i >= hi and closed_after)
            if not other or feats.quote_id[i] >= 0:
                pieces[-1].append(i)
            elif pieces[-1]:
                pieces.append([])
        if len(pieces) == 1 and len(pieces[0]) == len(run):
            kept.append(run)  # nothing cut: the run keeps its edges
            continue
        kept.extend(p for p in (_trim_blank_edges(doc, p) for p in pieces) if p)
    return kept


_SENTENCE_ENDS = frozenset({".", "!", "?"})
_AFTER_FULL_STOP = OPENING_QUOTES | CLOSING_QUOTES | {"''", "``", ")", "]"}


def _closes_sentence(doc: Doc, i: int) -> bool:
    """Token ``i`` ends a sentence with a full stop, "!" or "?" (closing
    marks and brackets after it aside), or a line break follows it: the
    parser's sentence boundary there is a real one ("… the ''good old days''
    when, he said, …" is one sentence whatever the parser says)."""
    while i >= 0 and doc[i].is_space:
        if "\n" in doc[i].text:
            return True
        i -= 1
    if i < 0:
        return False
    while i >= 0 and doc[i].text in _AFTER_FULL_STOP:
        i -= 1
    return i >= 0 and doc[i].text in _SENTENCE_ENDS


def _is_blank(doc: Doc, i: int) -> bool:
    token = doc[i]
    return bool(token.is_punct or token.is_space)


def _trim_blank_edges(doc: Doc, run: list[int]) -> list[int]:
    """``run`` without punctuation or whitespace at its edges."""
    lo, hi = 0, len(run)
    while lo < hi and _is_blank(doc, run[lo]):
        lo += 1
    while hi > lo and _is_blank(doc, run[hi - 1]):
        hi -= 1
    return run[lo:hi]


SUBHEAD_MAX_WORDS = 12
_LINE_END = frozenset('.!?:;…"”’»)')


def body_runs(
    doc: Doc, feats: DocFeatures, cand: Candidate, skip: Sequence[tuple[int, int]]
) -> list[list[int]]:
    """Content runs cut at paragraph breaks, without leftovers and subheads.

    A content never runs into page leftovers or captions (``skip``), nor onto
    a subhead: a short line of its own with no closing punctuation, outside
    any quotation, in another paragraph than the cue ("Economic fallout"
    between two quoted paragraphs).
    """
    cue_paras = {feats.para_idx[i] for i in cand.cue}
    out: list[list[int]] = []
    for run in cand.content:
        pieces: list[list[int]] = []
        for i in run:
            if pieces and feats.para_idx[i] == feats.para_idx[pieces[-1][-1]]:
                pieces[-1].append(i)
            else:
                pieces.append([i])
        for piece in pieces:
            start = doc[piece[0]].idx
            if skip and in_regions(start, start + 1, skip):
                continue
            if feats.para_idx[piece[0]] not in cue_paras and _is_subhead(
                doc, feats, piece
            ):
                continue
            out.append(piece)
    return out


def outside_source_clauses(
    doc: Doc, cand: Candidate, runs: list[list[int]]
) -> list[list[int]]:
    """Content runs without the source's anonymity clause ("according to
    people familiar with the talks, who asked not to be identified because
    …", "who spoke on condition of anonymity"): how the source stays
    anonymous, not what it said."""
    source = {i for run in cand.source for i in run}
    clause: set[int] = set()
    for i in source:
        for c in doc[i].children:
            if c.dep_ == "relcl" and c.i not in source and anonymity_clause(c):
                clause.update(t.i for t in c.subtree)
    if not clause:
        return runs
    kept = [[i for i in run if i not in clause] for run in runs]
    return [run for run in kept if run]


def _is_subhead(doc: Doc, feats: DocFeatures, piece: list[int]) -> bool:
    """``piece`` is a whole short line without closing punctuation or quotes."""
    para = feats.para_idx[piece[0]]
    lo, hi = piece[0], piece[-1]
    n = len(feats.para_idx)
    while lo > 0 and feats.para_idx[lo - 1] == para:
        lo -= 1
    while hi + 1 < n and feats.para_idx[hi + 1] == para:
        hi += 1
    words = [i for i in range(lo, hi + 1) if not (doc[i].is_space or doc[i].is_punct)]
    last = hi
    while last > lo and doc[last].is_space:
        last -= 1
    return (
        0 < len(words) <= SUBHEAD_MAX_WORDS
        and doc[last].text[-1:] not in _LINE_END
        and all(feats.quote_id[i] < 0 for i in range(lo, hi + 1))
    )


def tidy_runs(doc: Doc, runs: list[list[int]]) -> list[list[int]]:
    """Sort runs, merge touching ones, and drop runs of bare punctuation.

    A closing quote mark tagged apart from its quotation (``"We will win,``
    + ``"``) rejoins it; a stray comma never becomes a content fragment.
    """
    merged: list[list[int]] = []
    for run in sorted((r for r in runs if r), key=lambda r: r[0]):
        if merged:
            gap = range(merged[-1][-1] + 1, run[0])
            if all(doc[i].is_space for i in gap):
                merged[-1] = merged[-1] + list(gap) + run
                continue
        merged.append(list(run))
    tidy = [_drop_trailing_commas(doc, drop_dateline(doc, r)) for r in merged]
    return [
        r for r in tidy if r and not all(doc[i].is_punct or doc[i].is_space for i in r)
    ]


def _drop_trailing_commas(doc: Doc, run: list[int]) -> list[int]:
    """A content ends at its last word, not at the comma before the cue, nor
    at a conjunction that opens the next clause ('…, while Egypt warned')."""
    end = len(run)
    while end > 0 and (doc[run[end - 1]].text == "," or doc[run[end - 1]].is_space):
        end -= 1
    if (
        end > 2
        and doc[run[end - 1]].pos_ in ("CCONJ", "SCONJ")
        and doc[run[end - 2]].text == ","
    ):
        end -= 1
        while end > 0 and (doc[run[end - 1]].text == "," or doc[run[end - 1]].is_space):
            end -= 1
    return run[:end]
