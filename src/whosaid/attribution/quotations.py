"""Quotations and the attributions they belong to: a quotation reopened after
its cue, one closing the next sentence, quote-only paragraphs that go on
with the quotation before them, and quotations kept whole.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from whosaid.attribution.candidates import (
    OPENING_QUOTES,
    Candidate,
    in_regions,
    split_unclaimed,
)
from whosaid.attribution.features import DocFeatures

SPLIT_QUOTE_GAP = 30
"""How far (tokens) after its cue group a reopened quotation may start: the
rest of the cue's sentence may stand between ('"…," a spokesman for the
campaign told reporters in Des Moines on Monday. "…"').  16 -> 30: train
half B +4 true attributions, dev unchanged."""


def join_split_quotes(doc: Doc, kept: list[Candidate], feats: DocFeatures) -> None:
    """``"…," she said, "…"``: the quotation reopened after the cue joins the content.

    Applies when the content holds a quotation that ends right before the
    cue (and source) and another quotation opens right after them, claimed
    by no attribution, or claimed only as content by an attribution whose
    cue stands apart from it (:func:`_detached`): the role tagger of a cue
    in another sentence ("experts say" after it, "according to" before it)
    sometimes reaches over the quotation.  Such an attribution gives the
    quotation up, and goes when nothing is left of its content.
    """
    claimed = {i for c in kept for run in (c.cue, *c.content, *c.source) for i in run}
    quote_id = feats.quote_id
    n = len(quote_id)
    emptied: set[int] = set()
    for cand in kept:
        group = [*cand.cue, *(i for run in cand.source for i in run)]
        first, last = min(group), max(group)
        in_content = {i for run in cand.content for i in run}
        before = any(
            quote_id[i] >= 0 and i in in_content
            for i in range(max(0, first - 3), first)
        )
        if not before:
            continue
        past = 0  # tokens before this index are a quotation passed over
        for j in range(last + 1, min(n, last + SPLIT_QUOTE_GAP)):
            if j < past:
                continue
            # Punctuation may stand between the cue group and the reopened
            # quotation ('…," she said. "…' goes on with the same statement,
            # as PolNeAR annotates it), and so may the rest of the cue's
            # sentence ('…," he said at a rally. "…'); a new paragraph may not.
            if feats.para_idx[j] != feats.para_idx[last]:
                break
            qid = quote_id[j]
            if qid < 0:
                if j in claimed or not (
                    feats.sent_idx[j] == feats.sent_idx[last]
                    or doc[j].is_punct
                    or doc[j].is_space
                ):
                    break
                continue
            lo, hi = feats.quote_tokens[qid]
            run = list(range(lo, hi))
            if lo <= last:
                break
            if _embedded_quote(doc, feats, lo, last, group):
                past = hi  # a title in the cue's sentence ('on ABC's "This Week"')
                continue
            if claimed.intersection(run):
                owners = [
                    other
                    for other in kept
                    if other is not cand
                    and any(lo <= i < hi for r in other.content for i in r)
                ]
                if not all(_detached(other, lo, hi, feats) for other in owners):
                    break
                for other in owners:
                    other.content = split_unclaimed(other.content, set(run))
                    if not other.content:
                        emptied.add(id(other))
            cand.content.append(run)
            claimed.update(run)
            break
    if emptied:
        kept[:] = [c for c in kept if id(c) not in emptied]


def quotations_to_their_cue(kept: list[Candidate], feats: DocFeatures) -> None:
    """A quotation closed by its own cue ('"A. B," the lawmaker said') is that
    cue's statement: another attribution that took a piece of it (the
    sentence before, 'One lawmaker said the members were relieved. "A.')
    gives the piece back, and :func:`whole_quotations` then gives the
    quotation whole to its own cue.

    The own cue stands right after the quotation's end (at most
    :data:`QUOTE_CUE_REACH` tokens later, in its paragraph) and its content
    holds the quotation's last words.
    """
    quote_id = feats.quote_id
    owners: dict[int, Candidate] = {}
    for cand in kept:
        for run in cand.content:
            qid = quote_id[run[-1]]
            if qid < 0:
                continue
            q_hi = feats.quote_tokens[qid][1]
            if run[-1] < q_hi - 3:
                continue  # not the quotation's end
            gap = cand.cue[0] - q_hi
            if 0 <= gap <= QUOTE_CUE_REACH and (
                feats.para_idx[cand.cue[0]] == feats.para_idx[run[-1]]
            ):
                owners[qid] = cand
    if not owners:
        return
    for cand in kept:
        pieces = [
            run
            for run in cand.content
            if (qid := quote_id[run[0]]) >= 0
            and quote_id[run[-1]] == qid
            and owners.get(qid, cand) is not cand
        ]
        if pieces and len(pieces) < len(cand.content):
            cand.content = [run for run in cand.content if run not in pieces]


def whole_quotations(kept: list[Candidate], feats: DocFeatures) -> None:
    """A content that holds part of a quotation holds all of it.

    The role tagger sometimes starts a content inside the quotation it
    closes ('"I have a lot going on. I just don't have the time. *Good luck
    with the story,*" he wrote') or stops before the quotation ends: the
    quotation is one statement, so the content starts where it opens and
    runs to where it closes, when no attribution claims the tokens between
    (a cue or a source inside the quotation keeps them apart).
    """
    claimed = {i for c in kept for run in (c.cue, *c.content, *c.source) for i in run}
    quote_id = feats.quote_id
    for cand in kept:
        grown: list[list[int]] = []
        for run in cand.content:
            lo, hi = run[0], run[-1]
            qid = quote_id[lo]
            if qid >= 0 and quote_id[hi] == qid:
                q_lo, q_hi = feats.quote_tokens[qid]
                gap = range(q_lo, lo)
                if q_lo < lo and not claimed.intersection(gap):
                    run = [*gap, *run]
                    claimed.update(gap)
            qid = quote_id[hi]
            if qid >= 0:
                q_lo, q_hi = feats.quote_tokens[qid]
                rest = range(hi + 1, q_hi)
                if hi < q_hi - 2 and not claimed.intersection(rest):
                    run = [*run, *rest]
                    claimed.update(rest)
            grown.append(run)
        cand.content = grown


def join_next_quote(doc: Doc, kept: list[Candidate], feats: DocFeatures) -> None:
    """A quotation closing the paragraph after the cue's sentence goes on with
    the first attribution of that sentence: 'He promised that he would stay
    in the race. "We are in till the last ballot is cast!"' and '"…," X told
    the Journal in July, after … . "These contracts are binding."'.

    The quotation must open the sentence right after the cue's sentence,
    run to the end of the paragraph (nothing after it but punctuation) and be
    claimed by no attribution; the attribution's content and cue lie in
    that sentence (not before it: a quotation before the cue is joined by
    :func:`join_split_quotes`).
    """
    claimed = {i for c in kept for run in (c.cue, *c.content, *c.source) for i in run}
    first_of_sent: dict[int, Candidate] = {}
    for cand in kept:
        sent = feats.sent_idx[cand.cue[-1]]
        if any(feats.sent_idx[i] != sent for run in cand.content for i in run):
            continue
        prev = first_of_sent.get(sent)
        if prev is None or prev.cue[-1] > cand.cue[-1]:
            first_of_sent[sent] = cand
    n_sents = len(feats.sent_bounds)
    for sent, cand in first_of_sent.items():
        if sent + 1 >= n_sents:
            continue
        lo = feats.sent_bounds[sent + 1][0]
        while lo < len(doc) and doc[lo].is_space:
            lo += 1
        if lo >= len(doc) or feats.para_idx[lo] != feats.para_idx[cand.cue[-1]]:
            continue
        qid = feats.quote_id[lo]
        if (
            qid < 0
            or feats.quote_tokens[qid][0] != lo
            or doc[lo].text not in OPENING_QUOTES
        ):
            continue
        hi = feats.quote_tokens[qid][1]
        para = feats.para_idx[lo]
        k = hi
        while (
            k < len(doc)
            and feats.para_idx[k] == para
            and (doc[k].is_punct or doc[k].is_space)
        ):
            k += 1
        if k < len(doc) and feats.para_idx[k] == para:
            continue  # words after the quotation in its paragraph
        run = list(range(lo, hi))
        if claimed.intersection(run):
            continue
        cand.content.append(run)
        claimed.update(run)


def _embedded_quote(
    doc: Doc, feats: DocFeatures, lo: int, last: int, group: Sequence[int]
) -> bool:
    """The quotation starting at token ``lo`` stands inside the sentence of
    the cue group ending at ``last``, after a word of the sentence rather than
    after punctuation or the cue group: a title or a scare quote ('said on
    ABC's "This Week" on Sunday'), not the statement reopened."""
    if feats.sent_idx[lo] != feats.sent_idx[last]:
        return False
    k = lo - 1
    while k > last and doc[k].is_space:
        k -= 1
    return k > last and k not in group and not doc[k].is_punct


QUOTE_CUE_REACH = 4
"""A cue this close after a quotation (tokens) attributes it: '"…," Y said'."""


def _detached(other: Candidate, lo: int, hi: int, feats: DocFeatures) -> bool:
    """``other`` holds tokens ``lo..hi-1`` (a quotation) only as content, and its
    cue is in another sentence and not right after the quotation in its
    paragraph (a cue opening the next paragraph, '"…"¶She said …', is not
    the quotation's)."""
    mine = {i for run in (other.cue, *other.source) for i in run}
    if mine.intersection(range(lo, hi)):
        return False
    sents = {feats.sent_idx[lo], feats.sent_idx[hi - 1]}
    para = feats.para_idx[hi - 1]
    if any(feats.sent_idx[i] in sents for i in other.cue):
        return False
    if not any(
        hi <= i < hi + QUOTE_CUE_REACH and feats.para_idx[i] == para for i in other.cue
    ):
        return True
    # Right after the quotation but in a sentence of its own, a cue with a
    # content after it ('… state.” She noted a planned rally …') reports
    # that content, not the quotation.
    last = max(other.cue)
    return any(i > last and i >= hi for run in other.content for i in run)


def _paragraphs(doc: Doc, feats: DocFeatures) -> list[tuple[int, int]]:
    """Token ranges ``[lo, hi)`` of the non-blank paragraphs, in order."""
    out: list[tuple[int, int]] = []
    n = len(feats.para_idx)
    i = 0
    while i < n:
        j = i
        while j < n and feats.para_idx[j] == feats.para_idx[i]:
            j += 1
        lo, hi = i, j
        while lo < hi and doc[lo].is_space:
            lo += 1
        while hi > lo and doc[hi - 1].is_space:
            hi -= 1
        if lo < hi:
            out.append((lo, hi))
        i = j
    return out


def join_quote_paragraphs(
    doc: Doc,
    kept: list[Candidate],
    feats: DocFeatures,
    skip: Sequence[tuple[int, int]],
) -> None:
    """A quote-only paragraph with no cue continues the quotation before it.

    ``"...," Wrona said.`` followed by a paragraph that is only a quotation
    (``"Anyone who followed them has nothing to fear."``): the paragraph
    joins that attribution's content, as a new part, and the next such
    paragraph joins it too.  The attribution is the last one of its
    paragraph, quoting or not: PolNeAR goes on with an indirect report too
    ("He promised that he would stay in the race." ¶ "We are in till the
    last ballot is cast!").  Paragraphs between that are page leftovers or
    captions are passed over.
    """
    claimed = {i for c in kept for run in (c.cue, *c.content, *c.source) for i in run}
    by_para: dict[int, Candidate] = {}
    for cand in kept:
        last_cue = max(cand.cue)
        para = max(
            feats.para_idx[i]
            for i in (*cand.cue, *(i for r in cand.content for i in r))
        )
        prev = by_para.get(para)
        if prev is None or max(prev.cue) < last_cue:
            by_para[para] = cand
    current: Candidate | None = None
    for lo, hi in _paragraphs(doc, feats):
        if skip and in_regions(doc[lo].idx, doc[lo].idx + 1, skip):
            continue  # a caption or leftover between two quoted paragraphs
        para = feats.para_idx[lo]
        qid = feats.quote_id[lo]
        whole_quote = (
            qid >= 0
            and doc[lo].text in OPENING_QUOTES
            and all(feats.quote_id[i] == qid or doc[i].is_space for i in range(lo, hi))
        )
        if (
            whole_quote
            and current is not None
            and not claimed.intersection(range(lo, hi))
        ):
            current.content.append(list(range(lo, hi)))
            claimed.update(range(lo, hi))
            continue
        current = by_para.get(para)
