"""A CRFsuite tagger whose state scores whosaid sums itself.

:class:`ScoringTagger` answers like ``pycrfsuite.Tagger`` on the original
model (same labels, same marginals, bit for bit) but takes its input as
attribute ids, which callers can compute once and reuse: a Doc's base
features once for all of its cue windows, a cue-relative feature combination
once per process.  The scores are summed with NumPy in CRFsuite's order
(each token's attributes one after the other, from 0.0); CRFsuite then does
the inference on the unit model of :mod:`.crfmodel`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from itertools import chain, repeat
from typing import Any, Protocol

import numpy as np
from numpy.typing import NDArray

from whosaid.attribution.crfmodel import CrfModel

Weights = NDArray[np.float64]
"""State weights: per attribute row, per token, one weight per label."""

IdMatrix = NDArray[np.int64]
"""Attribute ids of a sequence: row ``k`` holds each token's ``k``-th
feature (one column per token); a token with fewer features has the
tagger's ``unknown`` id (whose weights are all 0.0) in the last rows."""


class SequenceTagger(Protocol):
    """What the attribution stage asks of a tagger (``pycrfsuite.Tagger``'s)."""

    def set(self, xseq: Sequence[Sequence[str]]) -> None: ...

    def tag(self, xseq: Sequence[Sequence[str]] | None = None) -> list[str]: ...

    def marginal(self, y: str, pos: int) -> float: ...

    def labels(self) -> list[str]: ...


_MAX_SOURCES = 64
"""How many sequences :meth:`ScoringTagger.source_ids` keeps (the shipped
features use eight)."""


class _Index(dict[str, int]):
    """Attribute ids by name; -1 for a name the model lacks."""

    def __missing__(self, key: str) -> int:
        return -1


class ScoringTagger:
    """Tags with a CRFsuite model, from feature strings or attribute ids.

    Args:
        model: the parsed model (:func:`whosaid.attribution.crfmodel.read_crf_model`).
    """

    def __init__(self, model: CrfModel) -> None:
        import pycrfsuite

        # CRFsuite reads an in-memory model in place: keep its bytes alive.
        self._model = model
        self._tagger: Any = pycrfsuite.Tagger()
        self._tagger.open_inmemory(model.unit_model)
        self._index = _Index(
            (name.decode("utf-8", "surrogateescape"), i)
            for i, name in enumerate(model.attributes)
        )
        self._units = model.unit_attributes
        self._memo: dict[int, int] = {}
        self._table: IdMatrix = np.empty(0, dtype=np.int64)
        self._memo_lock = threading.Lock()
        self._word_tables: dict[
            tuple[str, ...], tuple[dict[str, int], NDArray[np.int64]]
        ] = {}
        self.unknown = len(model.attributes)
        # per sequence object (held, so that its id is not reused): its ids
        self._sources: dict[int, tuple[Sequence[str], NDArray[np.int64]]] = {}
        # The marginal probability of label ``y`` at ``pos``: CRFsuite's own
        # method, bound here (the attribution stage calls it per token).
        self.marginal: Callable[[str, int], float] = self._tagger.marginal

    def id_of(self, feature: str) -> int:
        """The attribute id of one feature string (``unknown`` if unused)."""
        found = self._index.get(feature)
        if found is None and "\0" in feature:
            # CRFsuite reads a feature as a C string: it ends at a NUL
            found = self._index.get(feature.partition("\0")[0])
        return self.unknown if found is None else found

    def memo_ids(
        self, keys: Sequence[int], features: Callable[[int], Sequence[str]]
    ) -> IdMatrix:
        """The ids of ``features(key)`` for each of ``keys`` (one column per
        key), computed once per key and tagger.

        ``features`` must be the same function at every call, and give the
        same number of features for every key.
        """
        rows = np.fromiter(
            map(self._memo.get, keys, repeat(-1)), dtype=np.int64, count=len(keys)
        )
        if len(keys) and rows.min() < 0:
            rows = self._memo_add(keys, features)
        return self._table[rows].T

    def _memo_add(
        self, keys: Sequence[int], features: Callable[[int], Sequence[str]]
    ) -> NDArray[np.int64]:
        with self._memo_lock:  # the table and the memo change together
            new = [k for k in dict.fromkeys(keys) if k not in self._memo]
            if new:
                added = [[self.id_of(f) for f in features(k)] for k in new]
                table = np.concatenate(
                    (self._table.reshape(-1, len(added[0])), np.array(added, np.int64))
                )
                first = len(self._table)
                self._table = table
                self._memo.update((k, first + n) for n, k in enumerate(new))
            return np.fromiter(map(self._memo.__getitem__, keys), np.int64, len(keys))

    def word_ids(self, words: Sequence[str], prefixes: tuple[str, ...]) -> IdMatrix:
        """The ids of ``prefix + word`` for each prefix (rows) and word
        (columns): one look-up per word in a table of the model's words
        (:meth:`_words_of`) instead of one per word and prefix.

        Each prefix must end in its only ``=`` (``"w="``, ``"w-1="``).
        """
        found = self._word_tables.get(prefixes)
        if found is None:
            found = self._word_tables.setdefault(prefixes, self._words_of(prefixes))
        rows_of, table = found
        rows = np.fromiter(
            map(rows_of.get, words, repeat(-1)), dtype=np.int64, count=len(words)
        )
        out = table[rows].T  # row -1: the table's last, all unknown
        for k in (k for k, word in enumerate(words) if "\0" in word):
            out[:, k] = [self.id_of(p + words[k]) for p in prefixes]
        return out

    def _words_of(
        self, prefixes: tuple[str, ...]
    ) -> tuple[dict[str, int], NDArray[np.int64]]:
        """The model's words after ``prefixes``: each word's row in a table
        of the ids of ``prefix + word`` (``unknown`` where the model lacks
        it), one column per prefix; one more row, all ``unknown``, last.

        A feature name's prefix is all up to its first ``=``: the same name
        is never a word after two prefixes.
        """
        if any(p.count("=") != 1 or not p.endswith("=") for p in prefixes):
            raise ValueError(f"word prefixes must end in their only '=': {prefixes}")
        column = {p: k for k, p in enumerate(prefixes)}
        rows_of: dict[str, int] = {}
        entries: list[tuple[int, int, int]] = []
        for name, attribute in self._index.items():
            head, sep, word = name.partition("=")
            k = column.get(head + sep)
            if k is not None:
                entries.append((rows_of.setdefault(word, len(rows_of)), k, attribute))
        table = np.full((len(rows_of) + 1, len(prefixes)), self.unknown, np.int64)
        for row, k, attribute in entries:
            table[row, k] = attribute
        return rows_of, table

    def source_ids(self, strings: Sequence[str]) -> NDArray[np.int64]:
        """:meth:`id_array` of a sequence that lives for the process (the
        cluster feature strings), kept per sequence object: its strings are
        looked up once, not in every Doc.  At most
        :data:`_MAX_SOURCES` sequences are kept (then all are dropped)."""
        found = self._sources.get(id(strings))
        if found is None or found[0] is not strings:
            if len(self._sources) >= _MAX_SOURCES:
                self._sources.clear()
            found = self._sources[id(strings)] = (strings, self.id_array(strings))
        return found[1]

    def id_array(self, features: Sequence[str]) -> NDArray[np.int64]:
        """The attribute id of each feature string (``unknown`` if unused)."""
        found = np.fromiter(
            map(self._index.get, features, repeat(-1)),
            dtype=np.int64,
            count=len(features),
        )
        for k in np.flatnonzero(found < 0).tolist():
            found[k] = self.id_of(features[k])
        return found

    def ids(self, xseq: Sequence[Sequence[str]]) -> IdMatrix:
        """The id matrix of a sequence of feature string lists."""
        lengths = np.fromiter(map(len, xseq), dtype=np.int64, count=len(xseq))
        width = int(lengths.max()) if len(xseq) else 0
        found = self.id_array(list(chain.from_iterable(xseq)))
        out = np.full((width, len(xseq)), self.unknown, dtype=np.int64)
        out.T[np.arange(width) < lengths[:, None]] = found
        return out

    def weights(self, ids: IdMatrix) -> Weights:
        """The state weights of ``ids``'s attributes: per row of ``ids``,
        per token, one weight per label."""
        found: Weights = self._model.state[ids]
        return found

    def set_ids(self, ids: IdMatrix, then: Weights | None = None) -> None:
        """Make ``ids`` (a sequence's attribute ids) the current sequence;
        with ``then``, the :meth:`weights` of each token's further
        attributes (same tokens), which follow those of ``ids``."""
        weights = self._model.state[ids]
        if then is not None:
            weights = np.concatenate((weights, then))
        scores = sum_rows(weights)
        # one flat list: a list per token would be as many objects for the
        # garbage collector to track (and to walk, as they pile up)
        flat: list[float] = scores.ravel().tolist()
        self._tagger.set(_items(self._units, flat))

    def set(self, xseq: Sequence[Sequence[str]]) -> None:
        """Make ``xseq`` (feature strings per token) the current sequence."""
        self.set_ids(self.ids(xseq))

    def tag(self, xseq: Sequence[Sequence[str]] | None = None) -> list[str]:
        """The best label sequence (of ``xseq``, else the current sequence)."""
        if xseq is not None:
            self.set(xseq)
        labels: list[str] = self._tagger.tag()
        return labels

    def labels(self) -> list[str]:
        """The model's labels."""
        return list(self._model.labels)


def sum_rows(weights: Weights) -> NDArray[np.float64]:
    """Per token and label, the sum of its weights over the rows, each row
    added in turn (CRFsuite's order: a token's attributes one after the
    other), bit for bit as ``0.0 + row0 + row1 + ...``.

    One ``np.add.reduce`` over the first axis: NumPy sums a reduced outer
    axis row by row into the output (pairwise summation applies only along
    the innermost, contiguous axis), so the order is the loop's, without a
    Python-level addition per row.  Starting from ``row0`` instead of
    ``0.0 + row0`` can only change the sign of a zero sum (``-0.0``, when
    every term is one): adding ``0.0`` at the end makes it ``0.0`` again.
    """
    if not weights.shape[0]:
        return np.zeros(weights.shape[1:])
    scores: NDArray[np.float64] = np.add.reduce(weights, axis=0) + 0.0
    return scores


def _items(units: Sequence[bytes], flat: list[float]) -> list[dict[bytes, float]]:
    """CRFsuite items giving each unit attribute its score: ``flat`` holds
    the scores token by token, one per unit."""
    values = iter(flat)
    rows = zip(*[values] * len(units), strict=True)
    # the role model's five labels, the cue model's seven: a dict display is
    # faster than dict(zip(...))
    if len(units) == 5:
        u0, u1, u2, u3, u4 = units
        return [{u0: a, u1: b, u2: c, u3: d, u4: e} for a, b, c, d, e in rows]
    if len(units) == 7:
        v0, v1, v2, v3, v4, v5, v6 = units
        return [
            {v0: a, v1: b, v2: c, v3: d, v4: e, v5: f, v6: g}
            for a, b, c, d, e, f, g in rows
        ]
    return [dict(zip(units, row, strict=True)) for row in rows]


def agree(a: SequenceTagger, b: SequenceTagger, xseq: Sequence[Sequence[str]]) -> bool:
    """Whether two taggers give ``xseq`` the same labels and marginals, exactly."""
    if a.labels() != b.labels() or a.tag(xseq) != b.tag(xseq):
        return False
    return all(
        a.marginal(y, t) == b.marginal(y, t)
        for y in a.labels()
        for t in range(len(xseq))
    )
