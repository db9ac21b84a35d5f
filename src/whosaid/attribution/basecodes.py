"""A Doc's base features as codes: the attribute ids without the strings.

:func:`whosaid.attribution.features.doc_features` builds every token's base
feature strings, and a :class:`~whosaid.attribution.scoring.ScoringTagger`
looks each of them up: some two million look-ups per hundred articles, per
tagger.  Most of those strings are one of few: the words, tags and labels of
a Doc have a few thousand distinct values between them.  :class:`BaseCodes`
holds each distinct feature string once (``strings``) and, per feature slot
and token, the index of the token's string there (``slots``); a tagger then
looks up only the distinct strings, and NumPy lays the ids out per token.

The slots follow the order of the strings exactly (see
:func:`whosaid.attribution.features.doc_features`): the twelve features
every token has, the optional flags in their fixed order, then the
neighbours' words and tags (a missing neighbour gives one ``<pad>`` word
and no tag).  A token lacking an optional feature has ``-1`` in its slot;
its later features move up, as they do in its string list.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

__all__ = ["BaseCodes", "CodeTable", "base_codes"]

IntArray = NDArray[np.int64]

FIXED_SLOTS = 12
"""The base features every token has."""
FLAG_SLOTS = 7
"""mark, shape, lstart, sstart, send, ccomp, subj."""
NEIGHBOUR_OFFSETS = (-2, -1, 1, 2)
_NEIGHBOUR_PREFIX = {-2: "-2=", -1: "-1=", 1: "1=", 2: "2="}


WordLookup = Callable[[Sequence[str], tuple[str, ...]], IntArray]
"""The ids of ``prefix + word`` for each prefix (rows) and word (columns)."""

SourceBlock = tuple[int, Sequence[str], IntArray]
"""A run of ``strings`` taken from a fixed sequence: the index of its first
string, the sequence, and the indices into the sequence (in order)."""


@dataclass(frozen=True)  # no slots: :attr:`layout` is kept in its __dict__
class BaseCodes:
    """The base features of a Doc, each distinct string once.

    Attributes:
        strings: the distinct feature strings (a string may repeat).
        slots: per feature slot (rows) and token (columns), the index into
            ``strings`` of the token's feature there, or -1 for none.
        words: the Doc's distinct (lower-cased) words.
        word_blocks: where ``strings`` holds a prefix + each of ``words``,
            in order: the first index and the prefix.
        source_blocks: where ``strings`` holds strings of a fixed sequence
            (the cluster strings, the same objects in every Doc): the first
            index, the sequence and the indices into it that follow.
    """

    strings: list[str]
    slots: IntArray
    words: list[str] = field(default_factory=list)
    word_blocks: tuple[tuple[int, str], ...] = ()
    source_blocks: tuple[SourceBlock, ...] = ()

    def ids(
        self,
        lookup: Callable[[Sequence[str]], IntArray],
        unknown: int,
        word_lookup: WordLookup | None = None,
        source_lookup: Callable[[Sequence[str]], IntArray] | None = None,
    ) -> IntArray:
        """The id matrix a tagger reads: row ``k`` holds each token's
        ``k``-th feature id, and ``unknown`` past a token's last feature
        (:meth:`whosaid.attribution.scoring.ScoringTagger.ids` of the
        strings).

        Args:
            lookup: the attribute ids of feature strings (``unknown`` for
                one the model does not use).
            unknown: the id of no feature.
            word_lookup: the ids of the word blocks' strings, by word
                (:meth:`whosaid.attribution.scoring.ScoringTagger.word_ids`:
                a look-up per word, not one per word and prefix); default:
                ``lookup`` of the strings.
            source_lookup: the ids of every string of a source block's
                sequence (:meth:`whosaid.attribution.scoring.ScoringTagger.source_ids`:
                kept per sequence, not looked up per Doc); used with
                ``word_lookup`` only; default: ``lookup`` of the strings.
        """
        n = self.slots.shape[1]
        if n == 0:
            return np.full((0, 0), unknown, dtype=np.int64)
        table = self._table(lookup, word_lookup, source_lookup)
        width, targets, strings = self.layout
        out = np.full((width, n), unknown, dtype=np.int64)
        out[:FIXED_SLOTS] = table[self.slots[:FIXED_SLOTS]]
        out.reshape(-1)[targets] = table[strings]
        return out

    @functools.cached_property
    def layout(self) -> tuple[int, IntArray, IntArray]:
        """Where :meth:`ids` puts the optional features (the same for every
        tagger, so worked out once): the id matrix's height, and per present
        optional feature its flat position in the matrix and its index into
        ``strings``.

        The features every token has fill the first rows as they are; each
        later one moves up past the optional features its token lacks.
        """
        n = self.slots.shape[1]
        optional = self.slots[FIXED_SLOTS:]
        present = optional >= 0
        rank = np.cumsum(present, axis=0) + (FIXED_SLOTS - 1)
        width = int(rank[-1].max()) + 1
        rows, columns = np.nonzero(present)
        return width, rank[rows, columns] * n + columns, optional[rows, columns]

    def _table(
        self,
        lookup: Callable[[Sequence[str]], IntArray],
        word_lookup: WordLookup | None,
        source_lookup: Callable[[Sequence[str]], IntArray] | None = None,
    ) -> IntArray:
        """The id of every string of ``strings``."""
        if word_lookup is None or not self.word_blocks:
            return lookup(self.strings)
        table = np.empty(len(self.strings), dtype=np.int64)
        size = len(self.words)
        by_word = word_lookup(self.words, tuple(p for _, p in self.word_blocks))
        for k, (first, _) in enumerate(self.word_blocks):
            table[first : first + size] = by_word[k]
        if source_lookup is None:
            others, strings = self.other_strings
        else:
            for first, source, used in self.source_blocks:
                table[first : first + len(used)] = source_lookup(source)[used]
            others, strings = self.loose_strings
        table[others] = lookup(strings)
        return table

    @functools.cached_property
    def other_strings(self) -> tuple[list[int], list[str]]:
        """The strings outside the word blocks, and their indices (the same
        for every tagger, so gathered once)."""
        size = len(self.words)
        return self._outside([(first, size) for first, _ in self.word_blocks])

    @functools.cached_property
    def loose_strings(self) -> tuple[list[int], list[str]]:
        """The strings outside the word blocks and the source blocks, and
        their indices (gathered once)."""
        size = len(self.words)
        return self._outside(
            [(first, size) for first, _ in self.word_blocks]
            + [(first, len(used)) for first, _, used in self.source_blocks]
        )

    def _outside(self, blocks: list[tuple[int, int]]) -> tuple[list[int], list[str]]:
        """The indices of the strings outside ``blocks`` (first, size), and
        the strings."""
        rest = np.ones(len(self.strings), dtype=bool)
        for first, size in blocks:
            rest[first : first + size] = False
        others: list[int] = np.flatnonzero(rest).tolist()
        return others, [self.strings[i] for i in others]


class CodeTable:
    """The distinct feature strings of one Doc, as they are added.

    Args:
        words: the Doc's distinct words (see :meth:`word_block`).
    """

    def __init__(self, words: list[str]) -> None:
        self.strings: list[str] = []
        self.words = words
        self.word_blocks: list[tuple[int, str]] = []
        self.source_blocks: list[SourceBlock] = []

    def block(self, strings: Sequence[str]) -> int:
        """Add ``strings``; the index of the first."""
        first = len(self.strings)
        self.strings.extend(strings)
        return first

    def one(self, string: str) -> int:
        """Add one string; its index."""
        return self.block((string,))

    def source_block(self, source: Sequence[str], used: IntArray) -> int:
        """Add ``source[k]`` for each ``k`` of ``used``; the index of the
        first (see :attr:`BaseCodes.source_blocks`)."""
        first = self.block([source[k] for k in used.tolist()])
        self.source_blocks.append((first, source, used))
        return first

    def word_block(self, prefix: str) -> int:
        """Add ``prefix`` + each word; the index of the first."""
        first = self.block([prefix + w for w in self.words])
        self.word_blocks.append((first, prefix))
        return first


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """One column's distinct values and each token's index into them."""

    values: list[str]
    codes: IntArray

    @classmethod
    def of_keys(
        cls, keys: NDArray[np.uint64], name: Callable[[int], str]
    ) -> Vocabulary:
        """From spaCy string ids (``Doc.to_array``), named by ``name``."""
        distinct, codes = np.unique(keys, return_inverse=True)
        return cls([name(k) for k in distinct.tolist()], codes.reshape(-1))

    @classmethod
    def of_strings(cls, values: Sequence[str]) -> Vocabulary:
        """From one string per token."""
        distinct = list(dict.fromkeys(values))
        index = {v: k for k, v in enumerate(distinct)}
        codes = np.fromiter(map(index.__getitem__, values), np.int64, len(values))
        return cls(distinct, codes)

    def paired(self, other: Vocabulary, sep: str) -> Vocabulary:
        """Per token, this column's value, ``sep`` and ``other``'s."""
        width = max(1, len(other.values))
        distinct, codes = np.unique(
            self.codes * width + other.codes, return_inverse=True
        )
        values = [
            self.values[k // width] + sep + other.values[k % width]
            for k in distinct.tolist()
        ]
        return Vocabulary(values, codes.reshape(-1))

    def slot(self, table: CodeTable, prefix: str) -> IntArray:
        """Per token, the table index of ``prefix + value``."""
        if self.values is table.words:
            return table.word_block(prefix) + self.codes
        return table.block([prefix + v for v in self.values]) + self.codes


@dataclass(frozen=True, slots=True)
class BaseColumns:
    """The per-token values the base features are made of.

    Attributes:
        words: lower-cased words.
        tags: fine-grained tags.
        deps: dependency labels.
        ents: entity types (``O`` outside an entity).
        heads: head token index per token.
        qstates: the quotation feature string per token (``q=...``).
        in_single: whether a single-mark quotation holds the token.
        gov_rel: the relation to the nearest governing cue-like verb.
        cue_word: per distinct word (in ``words.values``), whether it is a
            cue word.
        mark: per distinct word, whether it is a quotation mark.
        shapes: ``title``, ``upper`` or ``""`` per token.
        line_start: whether the token starts a line.
        sent_start: whether the token starts its sentence.
        sent_end: whether the token ends its sentence.
        child_deps: per cue-like word with children, its children's labels.
        subj_deps: the labels that make ``subj=1``.
        extra: optional slots after the neighbours' (the contextual
            clusters): per slot, its strings and each token's index into
            them, or -1 for none.
    """

    words: Vocabulary
    tags: Vocabulary
    deps: Vocabulary
    ents: Vocabulary
    heads: IntArray
    qstates: Sequence[str]
    in_single: Sequence[bool]
    gov_rel: Sequence[str]
    cue_word: Sequence[bool]
    mark: Sequence[bool]
    shapes: Sequence[str]
    line_start: Sequence[bool]
    sent_start: NDArray[np.bool_]
    sent_end: NDArray[np.bool_]
    child_deps: dict[int, set[str]]
    subj_deps: frozenset[str]
    extra: Sequence[tuple[Sequence[str], IntArray]] = ()


def base_codes(cols: BaseColumns) -> BaseCodes:
    """The :class:`BaseCodes` of a Doc's base features."""
    n = len(cols.heads)
    table = CodeTable(cols.words.values)
    neighbours_end = FIXED_SLOTS + FLAG_SLOTS + 2 * len(NEIGHBOUR_OFFSETS)
    slots = np.full((neighbours_end + len(cols.extra), n), -1, dtype=np.int64)
    words, tags = cols.words, cols.tags
    cue_word = np.asarray(cols.cue_word, dtype=bool)
    heads = cols.heads
    pairs = tags.paired(cols.deps, "|")
    slots[0] = table.one("bias")
    slots[1] = words.slot(table, "w=")
    slots[2] = tags.slot(table, "t=")
    slots[3] = cols.deps.slot(table, "d=")
    slots[4] = cols.ents.slot(table, "e=")
    slots[5] = Vocabulary.of_strings(cols.qstates).slot(table, "")
    slots[6] = np.where(
        np.asarray(cols.in_single, dtype=bool), table.one("sq=1"), table.one("sq=0")
    )
    slots[7] = Vocabulary.of_strings(cols.gov_rel).slot(table, "g=")
    slots[8] = _head_words(words, cue_word, table)[words.codes[heads]]
    slots[9] = tags.slot(table, "ht=")[heads]
    slots[10] = np.where(cue_word[words.codes], table.one("lex=1"), table.one("lex=0"))
    slots[11] = pairs.slot(table, "td=")
    _flags(slots[FIXED_SLOTS : FIXED_SLOTS + FLAG_SLOTS], cols, table)
    _neighbours(slots[FIXED_SLOTS + FLAG_SLOTS : neighbours_end], words, tags, table)
    for row, (strings, index) in zip(slots[neighbours_end:], cols.extra, strict=True):
        _extra(row, strings, index, table)
    return BaseCodes(
        strings=table.strings,
        slots=slots,
        words=table.words,
        word_blocks=tuple(table.word_blocks),
        source_blocks=tuple(table.source_blocks),
    )


def _head_words(
    words: Vocabulary, cue_word: NDArray[np.bool_], table: CodeTable
) -> IntArray:
    """Per distinct word, the table index of its ``hw=`` feature as a head:
    the word for a cue word, else one ``hw=-`` for all."""
    cues = np.flatnonzero(cue_word)
    out = np.full(len(words.values), table.one("hw=-"), dtype=np.int64)
    out[cues] = table.block(
        ["hw=" + words.values[k] for k in cues.tolist()]
    ) + np.arange(len(cues))
    return out


def _flags(rows: IntArray, cols: BaseColumns, table: CodeTable) -> None:
    """The optional flags, one row each, in their order."""
    mark = np.asarray(cols.mark, dtype=bool)[cols.words.codes]
    rows[0][mark] = table.one("mark=1")
    shapes = np.asarray(cols.shapes, dtype=object)
    rows[1][shapes == "title"] = table.one("title=1")
    rows[1][shapes == "upper"] = table.one("upper=1")
    rows[2][np.asarray(cols.line_start, dtype=bool)] = table.one("lstart=1")
    rows[3][cols.sent_start] = table.one("sstart=1")
    rows[4][cols.sent_end] = table.one("send=1")
    ccomp = (table.one("ccomp=0"), table.one("ccomp=1"))
    subj = (table.one("subj=0"), table.one("subj=1"))
    for i, cdeps in cols.child_deps.items():
        if cdeps:
            rows[5][i] = ccomp["ccomp" in cdeps]
            rows[6][i] = subj[bool(cdeps & cols.subj_deps)]


def _extra(
    row: IntArray, strings: Sequence[str], index: IntArray, table: CodeTable
) -> None:
    """An extra slot: the strings its tokens use, each once."""
    present = index >= 0
    used, codes = np.unique(index[present], return_inverse=True)
    first = table.source_block(strings, used)
    row[present] = first + codes.reshape(-1)


def _neighbours(
    rows: IntArray, words: Vocabulary, tags: Vocabulary, table: CodeTable
) -> None:
    """Per offset, the neighbour's word and tag (a pad word past an end)."""
    n = rows.shape[1]
    for k, offset in enumerate(NEIGHBOUR_OFFSETS):
        prefix = _NEIGHBOUR_PREFIX[offset]
        word_row, tag_row = rows[2 * k], rows[2 * k + 1]
        word_row[:] = table.one("w" + prefix + "<pad>")
        lo, hi = max(0, -offset), min(n, n - offset)
        if lo < hi:
            word_row[lo:hi] = words.slot(table, "w" + prefix)[lo + offset : hi + offset]
            tag_row[lo:hi] = tags.slot(table, "t" + prefix)[lo + offset : hi + offset]
