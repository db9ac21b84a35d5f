"""Token features for the attribution taggers.

Two kinds of features are built:

* **base features**, once per token of a Doc: word, tag, dependency, entity,
  quotation state, cue-lexicon membership and the token's relation to the
  nearest governing cue-like verb;
* **cue-relative features**, for the second-stage tagger that finds the
  source and content of one given cue: position relative to the cue, the
  syntactic relation between token and cue, and whether the token sits in a
  quotation next to the cue.

Features are plain strings (``name=value``), the input format of CRFsuite.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.attrs import HEAD

from whosaid.attribution.lexicon import CUE_WORDS
from whosaid.attribution.quotes import ALL_MARKS, Quote, find_quotes
from whosaid.nlp.models import doc_text

# How far (in tokens) a window may grow to hold a quotation touching a cue.
MAX_QUOTE_EXTENSION = 250
MAX_WINDOW_SIDE = 300
"""A cue window reaches at most this many tokens before and after the cue.

Bounds each cue's work, so a document's cost is linear in its length even
when one "sentence" runs on for thousands of tokens.  No PolNeAR dev window
comes near it (the widest reaches 138 tokens before a cue, 271 after)."""
_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "agent"})


@dataclass(slots=True)
class DocFeatures:
    """Per-token data of one Doc, shared by both taggers.

    Attributes:
        base: base feature strings per token.
        words: lower-cased token text.
        sent_idx: sentence index per token.
        sent_bounds: (start, end) token index of every sentence.
        quote_id: index into ``quotes`` of the innermost double quotation
            holding the token, or -1.
        quotes: the double-mark quotations of the text.
        heads: head token index per token.
        deps: dependency label per token.
        para_idx: paragraph index per token (paragraphs split at blank lines
            or line breaks).
    """

    base: list[list[str]]
    words: list[str]
    sent_idx: list[int]
    sent_bounds: list[tuple[int, int]]
    quote_id: list[int]
    quotes: list[Quote]
    heads: list[int]
    deps: list[str]
    para_idx: list[int]
    warnings: list[str]
    quote_tokens: list[tuple[int, int]]
    doc_labels: list[str] | None = None
    id_cache: dict[object, Any] = field(default_factory=dict)
    """Per tagger, the base features as its attribute ids (see
    :mod:`.fastfeatures`)."""


def _bucket(n: int) -> str:
    a = abs(n)
    if a <= 2:
        b = str(a)
    elif a <= 5:
        b = "3-5"
    elif a <= 10:
        b = "6-10"
    elif a <= 20:
        b = "11-20"
    else:
        b = "20+"
    return ("-" if n < 0 else "+") + b


def doc_features(doc: Any) -> DocFeatures:
    """Compute the base features of every token of ``doc``."""
    text: str = doc_text(doc)
    n = len(doc)
    quotes_all, warnings = find_quotes(text)
    quotes = [q for q in quotes_all if q.double]
    singles = [q for q in quotes_all if not q.double]
    q_starts = [q.start for q in quotes]
    s_starts = [q.start for q in singles]

    sent_idx: list[int] = [0] * n
    quote_id: list[int] = [-1] * n
    para_idx: list[int] = [0] * n
    sent_bounds: list[tuple[int, int]] = []
    for si, sent in enumerate(doc.sents):
        sent_bounds.append((sent.start, sent.end))
        for i in range(sent.start, sent.end):
            sent_idx[i] = si
    # One pass over the Tokens (creating Token objects is the expensive
    # part of feature extraction); everything after works on plain lists.
    rel_heads = doc.to_array([HEAD]).astype("int64").ravel().tolist()
    heads = [i + rel_heads[i] for i in range(n)]
    words: list[str] = []
    tags: list[str] = []
    deps: list[str] = []
    ents: list[str] = []
    idxs: list[int] = []
    shapes: list[str] = []
    line_start = [False] * n
    para = 0
    after_newline = True
    for token in doc:
        i = token.i
        words.append(token.lower_)
        tags.append(token.tag_)
        deps.append(token.dep_)
        ents.append(token.ent_type_ or "O")
        idxs.append(token.idx)
        line_start[i] = after_newline
        is_space = token.is_space
        if is_space and "\n" in token.text:
            para += 1
        para_idx[i] = para
        ws = token.whitespace_
        if "\n" in ws:
            para += 1
        after_newline = is_space or "\n" in ws
        if token.is_title:
            shapes.append("title")
        elif token.is_upper and len(token.text) > 1:
            shapes.append("upper")
        else:
            shapes.append("")

    in_single = [False] * n
    for i in range(n):
        ch = idxs[i]
        # Double quotations never overlap (see quotes.find_quotes).
        k = bisect.bisect_right(q_starts, ch) - 1
        if k >= 0 and quotes[k].start <= ch < quotes[k].end:
            quote_id[i] = k
        k = bisect.bisect_right(s_starts, ch) - 1
        if k >= 0 and singles[k].start <= ch < singles[k].end:
            in_single[i] = True

    # Nearest governing cue-like verb: walk up the tree (bounded depth).
    gov_rel: list[str] = ["none"] * n
    child_deps: list[set[str]] = [set() for _ in range(n)]
    for i in range(n):
        h = heads[i]
        if h != i and words[h] in CUE_WORDS:
            child_deps[h].add(deps[i])
        j = i
        for depth in range(6):
            h = heads[j]
            if h == j:
                break
            if words[h] in CUE_WORDS:
                gov_rel[i] = f"{deps[j]}:{'d1' if depth == 0 else 'dn'}"
                break
            j = h

    base: list[list[str]] = []
    for i in range(n):
        w = words[i]
        qid = quote_id[i]
        if qid >= 0:
            q = quotes[qid]
            qstate = "in" if q.closed else "in_open"
        else:
            qstate = "out"
        is_mark = w in ALL_MARKS or (len(w) == 1 and w in "\"'")
        sent_start, sent_end = sent_bounds[sent_idx[i]]
        cdeps = child_deps[i]
        hw = words[heads[i]]
        feats = [
            "bias",
            "w=" + w,
            "t=" + tags[i],
            "d=" + deps[i],
            "e=" + ents[i],
            "q=" + qstate,
            "sq=" + ("1" if in_single[i] else "0"),
            "g=" + gov_rel[i],
            "hw=" + (hw if hw in CUE_WORDS else "-"),
            "ht=" + tags[heads[i]],
            "lex=" + ("1" if w in CUE_WORDS else "0"),
            "td=" + tags[i] + "|" + deps[i],
        ]
        if is_mark:
            feats.append("mark=1")
        if shapes[i]:
            feats.append(shapes[i] + "=1")
        if line_start[i]:
            feats.append("lstart=1")
        if i == sent_start:
            feats.append("sstart=1")
        if i == sent_end - 1:
            feats.append("send=1")
        if cdeps:
            feats.append("ccomp=" + ("1" if "ccomp" in cdeps else "0"))
            feats.append("subj=" + ("1" if cdeps & _SUBJ_DEPS else "0"))
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                feats.append(f"w{off}={words[j]}")
                feats.append(f"t{off}={tags[j]}")
            else:
                feats.append(f"w{off}=<pad>")
        base.append(feats)
    quote_tokens: list[tuple[int, int]] = [(n, 0)] * len(quotes)
    for i, qid in enumerate(quote_id):
        if qid >= 0:
            lo, hi = quote_tokens[qid]
            quote_tokens[qid] = (min(lo, i), max(hi, i + 1))
    return DocFeatures(
        quote_tokens=quote_tokens,
        base=base,
        words=words,
        sent_idx=sent_idx,
        sent_bounds=sent_bounds,
        quote_id=quote_id,
        quotes=quotes,
        heads=heads,
        deps=deps,
        para_idx=para_idx,
        warnings=warnings,
    )


def cue_window(feats: DocFeatures, cue: Sequence[int]) -> tuple[int, int]:
    """Token range ``[start, end)`` searched for one cue's source and content.

    The cue's sentence with one sentence before and three after, widened to
    hold the whole of any quotation that touches the cue (a quotation may
    run over many sentences, and over paragraphs that reopen it), up to
    :data:`MAX_QUOTE_EXTENSION` tokens on each side; never more than
    :data:`MAX_WINDOW_SIDE` tokens on either side of the cue.
    """
    first_sent = feats.sent_idx[cue[0]]
    last_sent = feats.sent_idx[cue[-1]]
    n_sents = len(feats.sent_bounds)
    lo = max(0, first_sent - 1)
    hi = min(n_sents - 1, last_sent + 3)
    start, end = feats.sent_bounds[lo][0], feats.sent_bounds[hi][1]
    n = len(feats.words)
    touching = {
        qid
        for j in range(max(0, cue[0] - 4), min(n, cue[-1] + 5))
        if (qid := feats.quote_id[j]) >= 0
    }
    reach = cue[-1] + 1 + MAX_QUOTE_EXTENSION
    for qid in sorted(touching):
        q_start, q_end = feats.quote_tokens[qid]
        # Follow a quotation that the next paragraphs reopen (no further
        # than the window may reach).
        k = qid
        while (
            not feats.quotes[k].closed and k + 1 < len(feats.quotes) and q_end < reach
        ):
            k += 1
            q_end = max(q_end, feats.quote_tokens[k][1])
        start = max(min(start, q_start), cue[0] - MAX_QUOTE_EXTENSION)
        end = min(max(end, q_end), reach)
    return max(start, cue[0] - MAX_WINDOW_SIDE), min(end, cue[-1] + 1 + MAX_WINDOW_SIDE)


def cue_head(feats: DocFeatures, cue: Sequence[int]) -> int:
    """The cue token whose head lies outside the cue (its syntactic head)."""
    cue_set = set(cue)
    for i in cue:
        h = feats.heads[i]
        if h == i or h not in cue_set:
            return i
    return cue[0]


Relation = tuple[str, str, str, str]
"""A token's relation to a cue: tree relation, position bucket, sentence
distance and quotation relation (the values of ``rel``, ``pos``, ``sd``
and ``qr``)."""


def cue_relations(
    feats: DocFeatures, cue: Sequence[int], start: int, end: int
) -> list[Relation]:
    """The relation to ``cue`` of each token of ``[start, end)``."""
    cue_set = set(cue)
    h = cue_head(feats, cue)
    c0, c1 = cue[0], cue[-1]
    cue_sent = feats.sent_idx[h]
    heads = feats.heads
    deps = feats.deps
    # The quotations touching the cue: the ones ending right before the cue
    # or starting right after it (within 3 tokens), and quotations of the
    # following paragraphs that continue an open one.
    near_quotes: set[int] = set()
    for j in range(max(start, c0 - 4), min(end, c1 + 5)):
        qid = feats.quote_id[j]
        if qid >= 0:
            near_quotes.add(qid)
    out: list[Relation] = []
    for i in range(start, end):
        if i in cue_set:
            rel = "cue"
        else:
            # Relation through the tree: is i under the cue head, and by which
            # child relation?
            j = i
            rel = "none"
            for _ in range(8):
                hj = heads[j]
                if hj == h:
                    rel = "sub:" + deps[j]
                    break
                if hj == j:
                    break
                j = hj
            if rel == "none":
                # Is the cue under i (i governs the cue)?  Or siblings.
                if heads[h] == i:
                    rel = "gov"
                elif heads[i] == heads[h]:
                    rel = "sib:" + deps[i]
        if i < c0:
            pos = _bucket(i - c0)
        elif i > c1:
            pos = _bucket(i - c1)
        else:
            pos = "0"
        sd = feats.sent_idx[i] - cue_sent
        sdist = str(max(-2, min(3, sd)))
        qid = feats.quote_id[i]
        if qid < 0:
            qrel = "out"
        elif qid in near_quotes:
            qrel = "near"
        elif (qid - 1) in near_quotes and not feats.quotes[qid - 1].closed:
            qrel = "cont"
        else:
            qrel = "far"
        out.append((rel, pos, sdist, qrel))
    return out


def relation_features(relation: Relation) -> list[str]:
    """The feature strings of one token's relation to a cue."""
    rel, pos, sdist, qrel = relation
    return [
        "rel=" + rel,
        "pos=" + pos,
        "sd=" + sdist,
        "qr=" + qrel,
        "rel_sd=" + rel + "|" + sdist,
        "qr_sd=" + qrel + "|" + sdist,
        "pos_rel=" + pos + "|" + rel.split(":")[0],
    ]


def cue_word_feature(feats: DocFeatures, cue: Sequence[int]) -> str:
    """The cue's word feature, shared by every token of its window."""
    return "cw=" + feats.words[cue_head(feats, cue)]


def cue_features(
    feats: DocFeatures, cue: Sequence[int], start: int, end: int
) -> list[list[str]]:
    """Cue-relative features for tokens ``[start, end)`` given one cue.

    Per token: :func:`relation_features`, :func:`cue_word_feature`, then the
    token's base features.
    """
    cw = cue_word_feature(feats, cue)
    base = feats.base
    return [
        [*relation_features(relation), cw, *base[i]]
        for i, relation in enumerate(cue_relations(feats, cue, start, end), start)
    ]
