"""Lexicon-free hints that a token is a speech cue, for the cue tagger.

The base features name a cue-like word's frame only for the words of the cue
lexicon (``ccomp=``, ``subj=``, ``g=``), so the tagger has little to go on
for a report verb it has rarely seen ("shrugged off", "hammered",
"opened up about").  These hints describe any verb or noun by the shape of
its clause, which carries over to unseen words:

* ``frame=``: what kind of subject the token has (a person, body or pronoun;
  another noun; none), and whether it takes a clausal complement or a child
  inside a quotation;
* ``qgap=``: how near (in tokens, within its sentence) a token outside any
  quotation is to the end of a quotation before it or the start of one after
  it (the place of "he added" in ``"...," he added``);
* ``st=``: the crude stem of a verb or noun (:func:`whosaid.attribution.cues.stem`),
  so that the inflections of a word share what the tagger learns of it.

Each hint is one optional base-feature slot (see
:func:`whosaid.attribution.features.doc_features`): per slot, the strings
and each token's index into them (-1 for none).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from whosaid.attribution.cues import stem

HintRow = tuple[list[str], NDArray[np.int64]]

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "acl"})
_ACTOR_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "you", "who"})
QGAP_BUCKETS: tuple[tuple[int, str], ...] = ((2, "1"), (4, "2"), (8, "3"))
"""Upper bounds (tokens) of the ``qgap=`` distance buckets, and their names."""


def _stems_row(words: Sequence[str], tags: Sequence[str]) -> HintRow:
    """``st=<stem>`` for every verb and noun."""
    strings: dict[str, int] = {}
    by_word: dict[str, int] = {}
    index = np.full(len(words), -1, dtype=np.int64)
    for i, (word, tag) in enumerate(zip(words, tags, strict=True)):
        if tag.startswith(("VB", "NN")) and word.isalpha():
            k = by_word.get(word)
            if k is None:
                k = by_word[word] = strings.setdefault("st=" + stem(word), len(strings))
            index[i] = k
    return list(strings), index


def _subject_kind(j: int, words: Sequence[str], ents: Sequence[str]) -> str:
    if ents[j] in _ACTOR_ENTS or words[j] in _PERSONAL_PRONOUNS:
        return "a"
    return "n"


def _frames_row(
    words: Sequence[str],
    tags: Sequence[str],
    deps: Sequence[str],
    ents: Sequence[str],
    heads: Sequence[int],
    quote_id: Sequence[int],
) -> HintRow:
    """``frame=<subject>|<clause>`` for every verb or noun with a subject,
    a clausal complement or a quoted child (none for the others)."""
    n = len(words)
    subject = ["-"] * n
    clause = ["-"] * n
    for i in range(n):
        h = heads[i]
        if h == i:
            continue
        if deps[i] in _SUBJECT_DEPS:
            subject[h] = _subject_kind(i, words, ents)
        elif quote_id[i] >= 0 and quote_id[h] < 0 and deps[i] != "punct":
            clause[h] = "q"
        elif deps[i] in _CLAUSE_DEPS and clause[h] == "-":
            clause[h] = "c"
    strings: dict[str, int] = {}
    index = np.full(n, -1, dtype=np.int64)
    for i in range(n):
        if not tags[i].startswith(("VB", "NN")):
            continue
        if subject[i] == "-" and clause[i] == "-":
            continue
        key = f"frame={subject[i]}|{clause[i]}"
        index[i] = strings.setdefault(key, len(strings))
    return list(strings), index


def _bucket(distance: int) -> str | None:
    for bound, name in QGAP_BUCKETS:
        if distance <= bound:
            return name
    return None


def _qgap_row(sent_idx: Sequence[int], quote_id: Sequence[int]) -> HintRow:
    """``qgap=a<k>`` / ``qgap=b<k>``: a token outside quotations lies within
    a bucket's distance after a quotation's last token (``a``) or before a
    quotation's first token (``b``), in the same sentence."""
    n = len(quote_id)
    names = [f"qgap={side}{name}" for side in "ab" for _, name in QGAP_BUCKETS]
    index = np.full(n, -1, dtype=np.int64)
    last_end = -1  # index of the last quoted token seen
    for i in range(n):
        if quote_id[i] >= 0:
            last_end = i
        elif last_end >= 0 and sent_idx[last_end] == sent_idx[i]:
            name = _bucket(i - last_end)
            if name is not None:
                index[i] = names.index("qgap=a" + name)
    next_start = -1
    for i in range(n - 1, -1, -1):
        if quote_id[i] >= 0:
            next_start = i
        elif index[i] < 0 and next_start >= 0 and sent_idx[next_start] == sent_idx[i]:
            name = _bucket(next_start - i)
            if name is not None:
                index[i] = names.index("qgap=b" + name)
    return names, index


def cue_hint_rows(
    words: Sequence[str],
    tags: Sequence[str],
    deps: Sequence[str],
    ents: Sequence[str],
    heads: Sequence[int],
    sent_idx: Sequence[int],
    quote_id: Sequence[int],
) -> list[HintRow]:
    """The hint slots of a Doc, in their fixed order (frame, qgap, stem)."""
    return [
        _frames_row(words, tags, deps, ents, heads, quote_id),
        _qgap_row(sent_idx, quote_id),
        _stems_row(words, tags),
    ]


def add_hint_strings(base: list[list[str]], rows: Sequence[HintRow]) -> None:
    """Append each token's hints to its base feature strings, slot by slot."""
    for strings, index in rows:
        for i, k in enumerate(index.tolist()):
            if k >= 0:
                base[i].append(strings[k])
