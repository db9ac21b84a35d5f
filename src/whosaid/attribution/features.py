"""Token features for the attribution taggers.

Two kinds of features are built:

* **base features**, once per token of a Doc: word, tag, dependency, entity,
  quotation state, cue-lexicon membership, the token's relation to the
  nearest governing cue-like verb, and the contextual clusters of the token
  and its neighbours (:mod:`.clusters`; none for a Doc without its tok2vec
  tensor);
* **cue-relative features**, for the second-stage tagger that finds the
  source and content of one given cue: position relative to the cue, the
  syntactic relation between token and cue, and whether the token sits in a
  quotation next to the cue.

Features are plain strings (``name=value``), the input format of CRFsuite.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any

import numpy as np
from numpy.typing import NDArray
from spacy.attrs import (
    DEP,
    ENT_TYPE,
    HEAD,
    IDX,
    IS_SPACE,
    IS_TITLE,
    IS_UPPER,
    LOWER,
    ORTH,
    TAG,
)

from whosaid.attribution.basecodes import (
    BaseCodes,
    BaseColumns,
    Vocabulary,
    base_codes,
)
from whosaid.attribution.clusters import SIZES, cluster_strings, token_clusters
from whosaid.attribution.cuehints import HintRow, add_hint_strings, cue_hint_rows
from whosaid.attribution.lexicon import CUE_WORDS
from whosaid.attribution.quotes import (
    ALL_MARKS,
    TYPEWRITER_DOUBLE,
    Quote,
    find_quotes,
)
from whosaid.nlp.models import doc_text

# How far (in tokens) a window may grow to hold a quotation touching a cue.
MAX_QUOTE_EXTENSION = 250
MAX_WINDOW_SIDE = 300
"""A cue window reaches at most this many tokens before and after the cue.

Bounds each cue's work, so a document's cost is linear in its length even
when one "sentence" runs on for thousands of tokens.  No PolNeAR dev window
comes near it (the widest reaches 138 tokens before a cue, 271 after)."""
_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "agent"})
CLUSTER_OFFSETS: tuple[tuple[int, ...], ...] = ((-2, -1, 0, 1, 2), (-1, 0, 1))
"""Per cluster set of :data:`whosaid.attribution.clusters.SIZES`, the
neighbours (relative positions) whose cluster is a feature of a token."""


@dataclass(slots=True)
class DocFeatures:
    """Per-token data of one Doc, shared by both taggers.

    Attributes:
        base_source: the base feature strings per token, or a function
            that builds them (called at the first read of :attr:`base`).
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

    base_source: list[list[str]] | Callable[[], list[list[str]]]
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
    tree: _TreeArrays | None = None
    """The arrays of :func:`cue_relation_codes` (built at its first call)."""
    codes: BaseCodes | None = None
    """The base features as codes (the ids a scoring tagger reads, without
    a look-up per string: see :mod:`.basecodes`)."""

    @property
    def base(self) -> list[list[str]]:
        """The base feature strings per token (built at the first read:
        taggers that read :attr:`codes` never need them)."""
        source = self.base_source
        if callable(source):
            source = self.base_source = source()
        return source


@dataclass(frozen=True, slots=True)
class _TreeArrays:
    """Per-token arrays of a Doc for :func:`cue_relation_codes`.

    Attributes:
        ancestors: per token, the token itself and its first
            :data:`_TREE_DEPTH` heads (the root repeats itself).
        heads: head token index per token.
        dep_codes: per token, the code of its label (see :func:`_dep_code`).
        sent_idx: sentence index per token.
        quote_id: double quotation index per token, or -1.
        quote_open: per double quotation, whether it is left open; one more
            (False) at the end.
    """

    ancestors: NDArray[np.int64]
    heads: NDArray[np.int64]
    dep_codes: NDArray[np.int64]
    sent_idx: NDArray[np.int64]
    quote_id: NDArray[np.int64]
    quote_open: NDArray[np.bool_]


@dataclass(slots=True)
class _Columns:
    """Per-token attributes of a Doc, read in one ``to_array`` pass."""

    words: list[str]
    tags: list[str]
    deps: list[str]
    ents: list[str]
    heads: list[int]
    idxs: list[int]
    shapes: list[str]
    line_start: list[bool]
    para_idx: list[int]
    keys: NDArray[np.uint64]
    """The string ids of LOWER, TAG, DEP and ENT_TYPE (one row each)."""
    names: dict[int, str]
    """The string of each of those ids."""


_COLUMNS = [LOWER, TAG, DEP, ENT_TYPE, IDX, IS_SPACE, IS_TITLE, IS_UPPER, ORTH, HEAD]


def _columns(doc: Any) -> _Columns:
    """The token attributes the features need, without a Token per token.

    Creating Token objects is the expensive part of reading a Doc; one
    array of attribute ids and one string look-up per distinct value are not.
    """
    n = len(doc)
    if n:
        array = doc.to_array(_COLUMNS)  # uint64: string ids, flags, offsets
        cols: list[list[int]] = array[:, :-1].T.tolist()
        # HEAD is relative (a negative offset wraps around in uint64)
        rel_head: list[int] = array[:, -1].astype("int64").tolist()
        keys = np.ascontiguousarray(array[:, :4].T, dtype=np.uint64)
    else:
        cols, rel_head = [[] for _ in _COLUMNS[:-1]], []
        keys = np.zeros((4, 0), dtype=np.uint64)
    lower, tag, dep, ent, idxs, space, title, upper, orth = cols
    strings = doc.vocab.strings
    names = {key: strings[key] for key in {*lower, *tag, *dep, *ent}}
    names[0] = ""
    shapes = [""] * n
    line_start = [False] * n
    para_idx = [0] * n
    para = 0
    after_newline = True
    for i in range(n):
        line_start[i] = after_newline
        if space[i] and "\n" in strings[orth[i]]:
            para += 1
        para_idx[i] = para
        # a token's trailing whitespace (token.whitespace_) is " " or "":
        # only a whitespace token holds a line break
        after_newline = bool(space[i])
        if title[i]:
            shapes[i] = "title"
        elif upper[i] and len(strings[orth[i]]) > 1:
            shapes[i] = "upper"
    return _Columns(
        words=[names[k] for k in lower],
        tags=[names[k] for k in tag],
        deps=[names[k] for k in dep],
        ents=[names[k] or "O" for k in ent],
        heads=[i + h for i, h in enumerate(rel_head)],
        idxs=idxs,
        shapes=shapes,
        line_start=line_start,
        para_idx=para_idx,
        keys=keys,
        names=names,
    )


def _quote_ids(
    idxs: Sequence[int], quotes: Sequence[Quote], singles: Sequence[Quote]
) -> tuple[list[int], list[bool]]:
    """Per token: its double quotation (index into ``quotes``, or -1), and
    whether a single-mark quotation holds it."""
    at = np.asarray(idxs, dtype=np.int64)
    # Double quotations never overlap (see quotes.find_quotes).
    quote_id: list[int] = _last_start_holding(at, quotes).tolist()
    in_single: list[bool] = (_last_start_holding(at, singles) >= 0).tolist()
    return quote_id, in_single


def _last_start_holding(at: NDArray[np.int64], quotes: Sequence[Quote]) -> Any:
    """Per character offset of ``at``: the index of the last quotation of
    ``quotes`` (sorted by start) that starts at or before it, if that one
    holds it, else -1."""
    if not quotes:
        return np.full(len(at), -1, dtype=np.int64)
    starts = np.asarray([q.start for q in quotes], dtype=np.int64)
    ends = np.asarray([q.end for q in quotes], dtype=np.int64)
    k = np.searchsorted(starts, at, side="right") - 1
    held = (k >= 0) & (at < ends[np.maximum(k, 0)])
    return np.where(held, k, -1)


def _governors(
    words: Sequence[str], deps: Sequence[str], heads: Sequence[int]
) -> tuple[list[str], dict[int, set[str]]]:
    """Per token: its relation to the nearest governing cue-like verb (tree
    walk of bounded depth); and the labels of the children of each cue-like
    word that has children."""
    n = len(words)
    gov_rel: list[str] = ["none"] * n
    child_deps: dict[int, set[str]] = {}
    for i in range(n):
        h = heads[i]
        if h != i and words[h] in CUE_WORDS:
            child_deps.setdefault(h, set()).add(deps[i])
        j = i
        for depth in range(6):
            h = heads[j]
            if h == j:
                break
            if words[h] in CUE_WORDS:
                gov_rel[i] = f"{deps[j]}:{'d1' if depth == 0 else 'dn'}"
                break
            j = h
    return gov_rel, child_deps


def _run_on(previous: Any) -> bool:
    """A sentence the parser starts after ``previous`` runs on from the one
    before: no punctuation, line break or abbreviation ends it ("near the Ta
    Muen | Thom temple")."""
    text: str = previous.text
    return not (
        previous.is_punct
        or previous.is_space
        or "\n" in previous.whitespace_
        or text.endswith(".")
        or not text[-1:].isalnum()
    )


def sentence_bounds(doc: Any) -> list[tuple[int, int]]:
    """(start, end) of every sentence, a parser's sentence break inside a
    running line (:func:`_run_on`) undone."""
    bounds: list[tuple[int, int]] = []
    for sent in doc.sents:
        start, end = sent.start, sent.end
        if bounds and start > 0 and _run_on(doc[start - 1]):
            bounds[-1] = (bounds[-1][0], end)
        else:
            bounds.append((start, end))
    return bounds


def doc_features(doc: Any) -> DocFeatures:
    """Compute the base features of every token of ``doc``."""
    text: str = doc_text(doc)
    n = len(doc)
    quotes_all, warnings = find_quotes(text)
    quotes = [q for q in quotes_all if q.double]
    singles = [q for q in quotes_all if not q.double]

    sent_idx: list[int] = [0] * n
    sent_bounds = sentence_bounds(doc)
    for si, (start, end) in enumerate(sent_bounds):
        sent_idx[start:end] = [si] * (end - start)
    cols = _columns(doc)
    quote_id, in_single = _quote_ids(cols.idxs, quotes, singles)
    gov_rel, child_deps = _governors(cols.words, cols.deps, cols.heads)
    qstates = [
        "q=" + (("in" if quotes[qid].closed else "in_open") if qid >= 0 else "out")
        for qid in quote_id
    ]
    clusters = token_clusters(doc)
    hints = cue_hint_rows(
        cols.words, cols.tags, cols.deps, cols.ents, cols.heads, sent_idx, quote_id
    )
    codes = _base_codes(
        cols,
        qstates,
        in_single,
        gov_rel,
        child_deps,
        sent_bounds,
        sent_idx,
        clusters,
        hints,
    )
    quote_tokens: list[tuple[int, int]] = [(n, 0)] * len(quotes)
    for i, qid in enumerate(quote_id):
        if qid >= 0:
            lo, hi = quote_tokens[qid]
            quote_tokens[qid] = (min(lo, i), max(hi, i + 1))
    return DocFeatures(
        quote_tokens=quote_tokens,
        base_source=functools.partial(
            _base_strings,
            cols,
            qstates,
            in_single,
            gov_rel,
            child_deps,
            sent_bounds,
            sent_idx,
            clusters,
            hints,
        ),
        words=cols.words,
        sent_idx=sent_idx,
        sent_bounds=sent_bounds,
        quote_id=quote_id,
        quotes=quotes,
        heads=cols.heads,
        deps=cols.deps,
        para_idx=cols.para_idx,
        warnings=warnings,
        codes=codes,
    )


def _base_strings(
    cols: _Columns,
    qstates: list[str],
    in_single: list[bool],
    gov_rel: list[str],
    child_deps: dict[int, set[str]],
    sent_bounds: list[tuple[int, int]],
    sent_idx: list[int],
    clusters: NDArray[np.int64] | None = None,
    hints: Sequence[HintRow] = (),
) -> list[list[str]]:
    """:func:`_base_features`, each token given its sentence's bounds, then
    the contextual clusters (when the Doc has them), then the cue hints
    (:mod:`.cuehints`)."""
    bounds = [sent_bounds[si] for si in sent_idx]
    base = _base_features(cols, qstates, in_single, gov_rel, child_deps, bounds)
    if clusters is not None:
        _add_clusters(base, clusters)
    add_hint_strings(base, hints)
    return base


def _is_mark(word: str) -> bool:
    """Whether a (lower-cased) word is a quotation mark (``mark=1``)."""
    return word in ALL_MARKS or word in TYPEWRITER_DOUBLE or word == "`"


def _base_codes(
    cols: _Columns,
    qstates: list[str],
    in_single: list[bool],
    gov_rel: list[str],
    child_deps: dict[int, set[str]],
    sent_bounds: list[tuple[int, int]],
    sent_idx: list[int],
    clusters: NDArray[np.int64] | None = None,
    hints: Sequence[HintRow] = (),
) -> BaseCodes:
    """The base features of :func:`_base_strings` as :class:`BaseCodes`."""
    names = cols.names
    words = Vocabulary.of_keys(cols.keys[0], names.__getitem__)
    n = len(sent_idx)
    if n:
        bounds = np.asarray(sent_bounds, dtype=np.int64)[np.asarray(sent_idx)]
    else:
        bounds = np.zeros((0, 2), dtype=np.int64)
    index = np.arange(n)
    return base_codes(
        BaseColumns(
            words=words,
            tags=Vocabulary.of_keys(cols.keys[1], names.__getitem__),
            deps=Vocabulary.of_keys(cols.keys[2], names.__getitem__),
            ents=Vocabulary.of_keys(cols.keys[3], lambda k: names[k] or "O"),
            heads=np.asarray(cols.heads, dtype=np.int64),
            qstates=qstates,
            in_single=in_single,
            gov_rel=gov_rel,
            cue_word=[w in CUE_WORDS for w in words.values],
            mark=[_is_mark(w) for w in words.values],
            shapes=cols.shapes,
            line_start=cols.line_start,
            sent_start=bounds[:, 0] == index,
            sent_end=bounds[:, 1] - 1 == index,
            child_deps=child_deps,
            subj_deps=_SUBJ_DEPS,
            extra=(*(() if clusters is None else _cluster_rows(clusters)), *hints),
        )
    )


def _cluster_rows(
    clusters: NDArray[np.int64],
) -> list[tuple[Sequence[str], NDArray[np.int64]]]:
    """The cluster features as extra optional slots of :class:`BaseColumns`,
    in the order :func:`_add_clusters` appends them: per size and offset,
    the strings and each token's index into them (-1 past the Doc)."""
    n = clusters.shape[1]
    rows: list[tuple[Sequence[str], NDArray[np.int64]]] = []
    for size, offsets, ids in zip(SIZES, CLUSTER_OFFSETS, clusters, strict=True):
        for offset in offsets:
            row = np.full(n, -1, dtype=np.int64)
            lo, hi = max(0, -offset), min(n, n - offset)
            if lo < hi:
                row[lo:hi] = ids[lo + offset : hi + offset]
            rows.append((cluster_strings(size, offset), row))
    return rows


def _base_features(
    cols: _Columns,
    qstates: list[str],
    in_single: list[bool],
    gov_rel: list[str],
    child_deps: dict[int, set[str]],
    bounds: list[tuple[int, int]],
) -> list[list[str]]:
    """The base feature strings of every token (see :func:`doc_features`).

    The strings of a word, tag or label are built once per distinct value
    (the same string object then serves every token that has it).
    """
    words, tags, deps, ents, heads = (
        cols.words,
        cols.tags,
        cols.deps,
        cols.ents,
        cols.heads,
    )
    n = len(words)
    # word -> its "w=", "w-2=", "w-1=", "w1=", "w2=" strings; tag -> its
    # "t=", "t-2=", "t-1=", "t1=", "t2=" and "ht=" strings (each built once
    # per distinct value: ``dict.fromkeys`` drops the repeats, in order)
    distinct_words = dict.fromkeys(words)
    wstr = {
        w: ("w=" + w, "w-2=" + w, "w-1=" + w, "w1=" + w, "w2=" + w)
        for w in distinct_words
    }
    tstr = {
        t: ("t=" + t, "t-2=" + t, "t-1=" + t, "t1=" + t, "t2=" + t, "ht=" + t)
        for t in dict.fromkeys(tags)
    }
    tdstr = {
        (t, d): ("d=" + d, "td=" + t + "|" + d)
        for t, d in dict.fromkeys(zip(tags, deps, strict=True))
    }
    estr = {e: "e=" + e for e in dict.fromkeys(ents)}
    gstr = {g: "g=" + g for g in dict.fromkeys(gov_rel)}
    hwstr = {w: "hw=" + w for w in distinct_words if w in CUE_WORDS}
    marks = {w for w in wstr if _is_mark(w)}
    word_feats = [wstr[w] for w in words]
    tag_feats = [tstr[t] for t in tags]
    dep_feats = [tdstr[pair] for pair in zip(tags, deps, strict=True)]
    # The features are built column by column: the twelve every token has,
    # then each optional one (appended in their fixed order), then the
    # neighbours' words and tags.
    base = list(
        map(
            list,
            zip(
                repeat("bias", n),
                [f[0] for f in word_feats],
                [f[0] for f in tag_feats],
                [f[0] for f in dep_feats],
                [estr[e] for e in ents],
                qstates,
                ["sq=1" if s else "sq=0" for s in in_single],
                [gstr[g] for g in gov_rel],
                [hwstr.get(words[h], "hw=-") for h in heads],
                [tag_feats[h][5] for h in heads],
                ["lex=1" if w in CUE_WORDS else "lex=0" for w in words],
                [f[1] for f in dep_feats],
                strict=True,
            ),
        )
    )
    _add_flags(base, cols, marks, child_deps, bounds)
    for i in (*range(min(2, n)), *range(max(2, n - 2), n)):
        base[i].extend(_neighbours(i, word_feats, tag_feats))
    if n > 4:
        inner = zip(
            base[2 : n - 2],
            *((f[1] for f in word_feats[: n - 4]), (f[1] for f in tag_feats[: n - 4])),
            *(
                (f[2] for f in word_feats[1 : n - 3]),
                (f[2] for f in tag_feats[1 : n - 3]),
            ),
            *(
                (f[3] for f in word_feats[3 : n - 1]),
                (f[3] for f in tag_feats[3 : n - 1]),
            ),
            *((f[4] for f in word_feats[4:]), (f[4] for f in tag_feats[4:])),
            strict=True,
        )
        for row, *around in inner:
            row.extend(around)
    return base


def _add_flags(
    base: list[list[str]],
    cols: _Columns,
    marks: set[str],
    child_deps: dict[int, set[str]],
    bounds: list[tuple[int, int]],
) -> None:
    """Append the optional base features, one kind after the other (so each
    token gets its own in the fixed order)."""
    for i, w in enumerate(cols.words):
        if w in marks:
            base[i].append("mark=1")
    for i, shape in enumerate(cols.shapes):
        if shape:
            base[i].append(shape + "=1")
    for i, first in enumerate(cols.line_start):
        if first:
            base[i].append("lstart=1")
    for i, (sent_start, _) in enumerate(bounds):
        if i == sent_start:
            base[i].append("sstart=1")
    for i, (_, sent_end) in enumerate(bounds):
        if i == sent_end - 1:
            base[i].append("send=1")
    for i in sorted(child_deps):
        cdeps = child_deps[i]
        if cdeps:
            base[i].append("ccomp=1" if "ccomp" in cdeps else "ccomp=0")
            base[i].append("subj=1" if cdeps & _SUBJ_DEPS else "subj=0")


def _add_clusters(base: list[list[str]], clusters: NDArray[np.int64]) -> None:
    """Append each token's and its neighbours' contextual clusters
    (:mod:`.clusters`; :data:`CLUSTER_OFFSETS`), after every other base
    feature; a neighbour beyond the Doc gives nothing."""
    n = len(base)
    columns: list[tuple[int, list[str]]] = []  # (offset, strings per token)
    for size, offsets, ids in zip(SIZES, CLUSTER_OFFSETS, clusters, strict=True):
        ids_list: list[int] = ids.tolist()
        for offset in offsets:
            names = cluster_strings(size, offset)
            columns.append((offset, [names[c] for c in ids_list]))
    reach = max(abs(offset) for offset, _ in columns)
    edges = range(n) if n <= 2 * reach else (*range(reach), *range(n - reach, n))
    for i in edges:
        base[i].extend(col[i + off] for off, col in columns if 0 <= i + off < n)
    if n > 2 * reach:
        inner = (col[reach + off : n - reach + off] for off, col in columns)
        for row, *around in zip(base[reach : n - reach], *inner, strict=True):
            row.extend(around)


def _neighbours(
    i: int,
    word_feats: Sequence[tuple[str, ...]],
    tag_feats: Sequence[tuple[str, ...]],
) -> list[str]:
    """The words and tags two before and two after token ``i``."""
    n = len(word_feats)
    out: list[str] = []
    for offset, pad in (
        (-2, "w-2=<pad>"),
        (-1, "w-1=<pad>"),
        (1, "w1=<pad>"),
        (2, "w2=<pad>"),
    ):
        j = i + offset
        if 0 <= j < n:
            k = offset + 3 if offset < 0 else offset + 2
            out += (word_feats[j][k], tag_feats[j][k])
        else:
            out.append(pad)
    return out


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


_TREE_DEPTH = 8
"""How far up the tree a token's relation to a cue head is looked for."""
_NONE, _GOV, _CUE, _SUB, _SIB = 0, 1, 2, 3, 4
"""Tree relation codes: ``none``, ``gov``, ``cue``; then ``sub:<label>`` is
``_SUB + 2 * code`` and ``sib:<label>`` is ``_SIB + 2 * code`` for a label's
code (:func:`_dep_code`)."""
_POS_NAMES = (
    *("0",),
    *("-1", "-2", "-3-5", "-6-10", "-11-20", "-20+"),
    *("+1", "+2", "+3-5", "+6-10", "+11-20", "+20+"),
)
"""Position buckets: inside the cue's span, then before it and after it, by
distance (1, 2, 3-5, 6-10, 11-20, more)."""
_POS_LIMITS = np.array([1, 2, 5, 10, 20])
_SD_NAMES = ("-2", "-1", "0", "1", "2", "3")
"""Sentence distance from the cue's sentence, clipped to -2..3."""
_QR_NAMES = ("out", "near", "cont", "far")
_DEP_CODES: dict[str, int] = {}
_DEP_NAMES: list[str] = []
_DEP_LOCK = threading.Lock()


def _dep_code(label: str) -> int:
    """A dependency label's code: the order in which this process met it
    (codes stay the same for the life of the process)."""
    code = _DEP_CODES.get(label)
    if code is None:
        with _DEP_LOCK:
            code = _DEP_CODES.get(label)
            if code is None:
                code = _DEP_CODES[label] = len(_DEP_NAMES)
                _DEP_NAMES.append(label)
    return code


def _tree_arrays(feats: DocFeatures) -> _TreeArrays:
    """The Doc's arrays for :func:`cue_relation_keys` (kept in ``feats``)."""
    if feats.tree is not None:
        return feats.tree
    n = len(feats.heads)
    heads = np.array(feats.heads, dtype=np.int64)
    ancestors = np.empty((n, _TREE_DEPTH + 1), dtype=np.int64)
    ancestors[:, 0] = np.arange(n)
    for k in range(1, _TREE_DEPTH + 1):
        ancestors[:, k] = heads[ancestors[:, k - 1]]
    codes = {d: _dep_code(d) for d in set(feats.deps)}
    feats.tree = _TreeArrays(
        ancestors=ancestors,
        heads=heads,
        dep_codes=np.array([codes[d] for d in feats.deps], dtype=np.int64),
        sent_idx=np.array(feats.sent_idx, dtype=np.int64),
        quote_id=np.array(feats.quote_id, dtype=np.int64),
        quote_open=np.array([not q.closed for q in feats.quotes] + [False]),
    )
    return feats.tree


def _tree_relations(
    tree: _TreeArrays, cue: Sequence[int], h: int, start: int, end: int
) -> NDArray[np.int64]:
    """Per token of ``[start, end)``, the code of its tree relation to the
    cue whose head is ``h``.

    ``sub:<label>``: under the cue head, by the child relation ``label`` (at
    most :data:`_TREE_DEPTH` levels down); else ``gov``: the cue head's own
    head; else ``sib:<label>``: a sibling of the cue head; else ``none``;
    tokens of the cue are ``cue``.
    """
    ancestors = tree.ancestors[start:end]
    hit = ancestors[:, 1:] == h
    child = ancestors[np.arange(end - start), hit.argmax(axis=1)]
    codes = tree.dep_codes
    rel = np.where(
        tree.heads[start:end] == tree.heads[h], _SIB + 2 * codes[start:end], _NONE
    )
    governor = tree.heads[h]
    if start <= governor < end:
        rel[governor - start] = _GOV
    rel = np.where(hit.any(axis=1), _SUB + 2 * codes[child], rel)
    for i in cue:
        if start <= i < end:
            rel[i - start] = _CUE
    return rel


def _quote_relations(
    tree: _TreeArrays, cue: Sequence[int], start: int, end: int
) -> NDArray[np.int64]:
    """Per token of ``[start, end)``, the code of its quotation relation to
    the cue (index into :data:`_QR_NAMES`).

    ``near``: in a quotation touching the cue (holding a token at most 4
    before or after it); ``cont``: in a quotation that continues an open
    ``near`` one (the next paragraph reopens it); else ``far``, or ``out``
    of any quotation.
    """
    qid = tree.quote_id[start:end]
    rel = np.where(qid < 0, 0, 3)
    touching = tree.quote_id[max(start, cue[0] - 4) : min(end, cue[-1] + 5)]
    near = {q for q in touching.tolist() if q >= 0}
    for q in near:
        if tree.quote_open[q]:
            rel[qid == q + 1] = 2
    for q in near:
        rel[qid == q] = 1
    return rel


_KEY_RADIX = (len(_POS_NAMES), len(_SD_NAMES), len(_QR_NAMES))


def cue_relation_keys(
    feats: DocFeatures, cue: Sequence[int], start: int, end: int
) -> NDArray[np.int64]:
    """The relation to ``cue`` of each token of ``[start, end)``, one
    integer key per token (see :func:`relation_of`); the same relation has
    the same key for the life of the process."""
    tree = _tree_arrays(feats)
    h = cue_head(feats, cue)
    span = np.arange(start, end)
    c0, c1 = cue[0], cue[-1]
    dist = np.where(span < c0, span - c0, np.where(span > c1, span - c1, 0))
    bucket = np.searchsorted(_POS_LIMITS, np.abs(dist))
    pos = np.where(dist < 0, 1 + bucket, np.where(dist > 0, 7 + bucket, 0))
    sdist = np.minimum(np.maximum(tree.sent_idx[start:end] - tree.sent_idx[h], -2), 3)
    n_pos, n_sd, n_qr = _KEY_RADIX
    key = _tree_relations(tree, cue, h, start, end) * n_pos + pos
    key = (key * n_sd + sdist + 2) * n_qr
    keys: NDArray[np.int64] = key + _quote_relations(tree, cue, start, end)
    return keys


@functools.lru_cache(maxsize=4096)
def relation_of(key: int) -> Relation:
    """The :data:`Relation` of a key of :func:`cue_relation_keys`."""
    n_pos, n_sd, n_qr = _KEY_RADIX
    key, qrel = divmod(key, n_qr)
    key, sdist = divmod(key, n_sd)
    rel, pos = divmod(key, n_pos)
    if rel < _SUB:
        rel_name = ("none", "gov", "cue")[rel]
    else:
        label, sib = divmod(rel - _SUB, 2)
        rel_name = ("sib:" if sib else "sub:") + _DEP_NAMES[label]
    return (rel_name, _POS_NAMES[pos], _SD_NAMES[sdist], _QR_NAMES[qrel])


def cue_relations(
    feats: DocFeatures, cue: Sequence[int], start: int, end: int
) -> list[Relation]:
    """The relation to ``cue`` of each token of ``[start, end)``."""
    return [relation_of(k) for k in cue_relation_keys(feats, cue, start, end).tolist()]


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
