"""Token attributes of a parsed Doc as plain lists, read once per Doc.

Reading an attribute through spaCy makes a ``Token`` object per token and
per access (``doc[i].lower_``, ``for t in doc``); the stages after the parse
read the same few attributes of every token many times over.  A
:class:`DocView` reads each attribute column with one ``Doc.to_array`` the
first time it is asked for, and keeps it.

:func:`doc_view` keeps one view per Doc, in a weak mapping: a view goes away
with its Doc, and ``doc.user_data`` stays free of it (``Doc.to_bytes`` must
serialize that).  A view holds plain lists and ints, never the Doc or its
tokens.  Its columns are the Doc's annotation when they were first read: a
Doc is not changed after the parse.
"""

from __future__ import annotations

import weakref
from collections.abc import Collection, Iterable
from typing import Any

import numpy as np
from numpy.typing import NDArray
from spacy.attrs import DEP, HEAD, IDX, IS_PUNCT, IS_SPACE, LENGTH, LOWER, ORTH, POS
from spacy.lang.en.syntax_iterators import noun_chunks as english_noun_chunks
from spacy.parts_of_speech import IDS
from spacy.strings import StringStore
from spacy.tokens import Doc


class DocView:
    """Per-token columns of one Doc (see the module docstring).

    Build one with :func:`doc_view`, which keeps it with the Doc.  The lists
    it gives are its own: callers must not change them.
    """

    def __init__(self, doc: Doc) -> None:
        self._size: int = len(doc)
        self._strings: StringStore = doc.vocab.strings
        self._columns: dict[int, list[int]] = {}
        self._arrays: dict[int, NDArray[Any]] = {}
        self._by_pos: dict[frozenset[str], list[int]] = {}
        self._strings_of: dict[int, list[str]] = {}
        self._ends: list[int] | None = None
        self._heads: list[int] | None = None
        self._line_ends: list[int] | None = None
        self._line_starts: list[int] | None = None
        self._answers: dict[str, dict[Any, Any]] = {}

    def __len__(self) -> int:
        return self._size

    def answers(self, question: str) -> dict[Any, Any]:
        """A dict for the answers of ``question`` (a function's name) about
        this Doc, by the function's other arguments: for a stage's checks
        that are asked the same about the same words more than once (a Doc
        is not changed after the parse, so an answer holds)."""
        found = self._answers.get(question)
        if found is None:
            found = self._answers[question] = {}
        return found

    def column(self, doc: Doc, attr: int) -> list[int]:
        """The values of one spaCy attribute (``spacy.attrs.POS`` ...) of
        every token, as ``Doc.to_array`` gives them (string attributes as
        their hash ids)."""
        found = self._columns.get(attr)
        if found is None:
            found = self._columns[attr] = self.array(doc, attr).tolist()
        return found

    def array(self, doc: Doc, attr: int) -> NDArray[Any]:
        """:meth:`column` as the NumPy array ``Doc.to_array`` gives (uint64;
        kept: callers must not change it)."""
        found = self._arrays.get(attr)
        if found is None:
            found = doc.to_array(attr) if self._size else np.zeros(0, np.uint64)
            self._arrays[attr] = found
        return found

    def strings(self, doc: Doc, attr: int) -> list[str]:
        """The string value of a string attribute of every token: ``LOWER``
        gives each ``lower_``, ``ORTH`` each ``text``, ``DEP`` each ``dep_``
        (each distinct string looked up once)."""
        found = self._strings_of.get(attr)
        if found is None:
            ids = self.column(doc, attr)
            names = {key: self._strings[key] for key in set(ids)}
            found = self._strings_of[attr] = [names[key] for key in ids]
        return found

    def lower(self, doc: Doc) -> list[str]:
        """Every token's ``lower_``."""
        return self.strings(doc, LOWER)

    def starts(self, doc: Doc) -> list[int]:
        """Every token's ``idx``: its first character in the text."""
        return self.column(doc, IDX)

    def ends(self, doc: Doc) -> list[int]:
        """Every token's end character, ``idx + len(text)`` (its trailing
        whitespace left out)."""
        if self._ends is None:
            ends = self.array(doc, IDX) + self.array(doc, LENGTH)
            self._ends = ends.tolist()
        return self._ends

    def heads(self, doc: Doc) -> list[int]:
        """Every token's head index (``head.i``; a root is its own head)."""
        if self._heads is None:
            rel = doc.to_array(HEAD).astype("int64").tolist() if self._size else []
            self._heads = [i + h for i, h in enumerate(rel)]
        return self._heads

    def line_ends(self, doc: Doc) -> list[int]:
        """Per token ``i``, one past the last non-space token of the line
        from ``i`` on: the line ends before the next space token holding a
        line break (``i + 1`` when there is no non-space token before it,
        or when token ``i`` is that break).

        A token's trailing whitespace (``whitespace_``) is one plain space
        at most, so only whitespace tokens hold line breaks.  Worked out
        backwards in one pass.
        """
        if self._line_ends is None:
            spaces = self.column(doc, IS_SPACE)
            texts = self.strings(doc, ORTH)
            ends = [0] * self._size
            last = -1  # the last non-space token before the next break
            for i in range(self._size - 1, -1, -1):
                if spaces[i] and "\n" in texts[i]:
                    last = -1
                elif last < 0 and not spaces[i]:
                    last = i
                ends[i] = (last if last >= 0 else i) + 1
            self._line_ends = ends
        return self._line_ends

    def line_starts(self, doc: Doc) -> list[int]:
        """Indices of the tokens that start a line: the first non-space
        token of the Doc and each first non-space token after a space token
        holding a line break (only whitespace tokens hold them, see
        :meth:`line_ends`).  Worked out once per Doc from the columns."""
        if self._line_starts is None:
            spaces = self.column(doc, IS_SPACE)
            texts = self.strings(doc, ORTH)
            starts: list[int] = []
            after_break = True
            for i in range(self._size):
                if spaces[i]:
                    after_break = after_break or "\n" in texts[i]
                    continue
                if after_break:
                    starts.append(i)
                after_break = False
            self._line_starts = starts
        return self._line_starts

    def noun_chunks(self, doc: Doc) -> list[tuple[int, int]]:
        """``(start, end)`` of every ``doc.noun_chunks`` span, in order.

        For an English doc, spaCy's English rule is run on the POS, DEP and
        HEAD columns (a Token is made only for the left edge of a chunk
        head); other docs ask spaCy.
        """
        # ``noun_chunks_iterator`` is a Cython attribute spaCy's stubs omit
        iterator = getattr(doc, "noun_chunks_iterator", None)
        if iterator is not english_noun_chunks or not (
            self._size and doc.has_annotation("DEP")
        ):
            return [(c.start, c.end) for c in doc.noun_chunks]
        strings = doc.vocab.strings
        np_deps = {strings.add(label) for label in _NP_LABELS}
        conj = strings.add("conj")
        deps, heads = self.column(doc, DEP), self.heads(doc)
        chunks: list[tuple[int, int]] = []
        prev_end = -1
        for i in self.with_pos(doc, ("NOUN", "PROPN", "PRON")):
            dep = deps[i]
            if dep not in np_deps:
                if dep != conj:
                    continue  # no chunk, whatever its left edge
                head = heads[i]
                while deps[head] == conj and heads[head] < head:
                    head = heads[head]
                if deps[head] not in np_deps:
                    continue
            left: int = doc[i].left_edge.i
            if left <= prev_end:  # chunks never nest
                continue
            prev_end = i
            chunks.append((left, i + 1))
        return chunks

    def with_pos(self, doc: Doc, pos: Collection[str]) -> list[int]:
        """Indices of the tokens whose coarse POS (``pos_``) is in ``pos``,
        in order."""
        key = frozenset(pos)
        found = self._by_pos.get(key)
        if found is None:
            column = self.array(doc, POS)
            mask = np.zeros(len(column), dtype=bool)
            for name in key:
                if name in IDS:
                    mask |= column == int(IDS[name])
            found = self._by_pos[key] = np.flatnonzero(mask).tolist()
        return found


_NP_LABELS = (
    *("oprd", "nsubj", "dobj", "nsubjpass", "pcomp"),
    *("pobj", "dative", "appos", "attr", "ROOT"),
)
"""The labels of a noun chunk's head in spaCy's English ``noun_chunks``."""


_VIEWS: weakref.WeakKeyDictionary[Doc, DocView] = weakref.WeakKeyDictionary()
"""The view of each live Doc (a Doc hashes and compares by identity)."""


def doc_view(doc: Doc) -> DocView:
    """The :class:`DocView` of ``doc``, made at its first call."""
    found = _VIEWS.get(doc)
    if found is None:
        found = _VIEWS[doc] = DocView(doc)
    return found


def word_indices(doc: Doc, indices: Iterable[int]) -> list[int]:
    """The indices of ``indices`` whose token is neither punctuation nor
    space (``Token.is_punct``, ``Token.is_space``), in order: read from the
    Doc's columns, not a ``Token`` per index."""
    view = doc_view(doc)
    punct, space = view.column(doc, IS_PUNCT), view.column(doc, IS_SPACE)
    return [i for i in indices if not (punct[i] or space[i])]
