"""spaCy's entity recognizer with a faster greedy decoder: the same entities.

spaCy's ``ner`` is a transition-based tagger: a CNN reads the tokens, a
precomputed layer gives every token its feature vectors, and a greedy loop
moves left to right through each document, scoring the moves of the BILUO
system (``B-``, ``I-``, ``L-``, ``U-`` per label, ``O``) at each token and
taking the best valid one.  In spaCy 3.8 that loop runs in C but takes and
drops Python's global interpreter lock for every buffer look-up
(``StateC.B``: ``perf`` shows ``pthread_mutex_lock``/``take_gil`` under
``Begin.is_valid``), and costs about 60% of the recognizer's time: some
3.5 s of the 84 PolNeAR dev texts, more than the rest of its work.

:class:`FastEntityRecognizer` keeps the recognizer's model and replaces only
that loop.  It relies on what the scores of a state depend on: the state's
three feature tokens (the next token; with an entity open, the entity's
first token and the token before the next).  With no entity open the
features are fixed per token, so the scores and the best valid move of every
token are computed at once for the whole batch, in NumPy, with the same
float32 operations in the same order as spaCy's C code (the feature vectors
added to zero one by one, then the bias; maxout; the output layer through
the same BLIS ``sgemm``, whose rows do not depend on how many rows it is
given); only the tokens inside an entity are then scored one by one.  The
validity rules are spaCy's for documents without preset entities
(``ner.pyx``: no ``B-`` on the last token, before a sentence start or on
whitespace, no ``U-`` on whitespace, ``I-``/``L-`` only with the open
entity's label, no ``I-`` on the last token or before a sentence start); the
best valid move is the first of the highest score, as spaCy's
``arg_max_if_valid``.

It falls back to the stock recognizer (the same call) for a batch it cannot
decode this way: a document with preset entities (``ent_iob`` set before
the recognizer), a score that is not finite.  :func:`supports` refuses a
recognizer of another kind (beam search, another feature set, unseen
classes, a GPU), and then the stock one stays.  Documents are batched,
sorted and split exactly as spaCy's ``Parser.pipe`` does, so that the CNN
sees the same batches.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import numpy as np
from numpy.typing import NDArray

from whosaid.nlp.stock_component import StockComponent

logger = logging.getLogger(__name__)

FAST_NER_FACTORY = "whosaid_fast_ner"

_BEGIN, _IN, _LAST, _UNIT, _OUT = "B", "I", "L", "U", "O"


class Unsupported(Exception):
    """The recognizer or the batch is not one the fast decoder handles."""


class _Moves:
    """The recognizer's moves as index arrays (in spaCy's class order)."""

    def __init__(self, names: Sequence[str]) -> None:
        self.n = len(names)
        self.labels: list[str] = []
        self.kind: list[str] = []
        for name in names:
            if name == _OUT:
                kind, label = _OUT, ""
            elif len(name) >= 2 and name[0] in "BILU" and name[1] == "-":
                kind, label = name[0], name[2:]
            else:
                raise Unsupported(f"unknown move {name!r}")
            self.kind.append(kind)
            self.labels.append(label)
        if self.kind.count(_OUT) != 1:
            raise Unsupported("the moves need exactly one O")
        self.out = self.kind.index(_OUT)
        # With a label: B-/U- of label 0 ('U-') are only for preset entities.
        labelled = [bool(label) for label in self.labels]
        self.begin = np.array(
            [k == _BEGIN and has for k, has in zip(self.kind, labelled, strict=True)]
        )
        self.unit = np.array(
            [k == _UNIT and has for k, has in zip(self.kind, labelled, strict=True)]
        )
        self.in_of: dict[str, int] = {}
        self.last_of: dict[str, int] = {}
        for i, (kind, label) in enumerate(zip(self.kind, self.labels, strict=True)):
            if not label:
                continue
            if kind == _IN:
                self.in_of.setdefault(label, i)
            elif kind == _LAST:
                self.last_of.setdefault(label, i)
        for kind, label in zip(self.kind, self.labels, strict=True):
            if kind == _BEGIN and label and label not in self.last_of:
                raise Unsupported(f"no L- move for {label!r}")


def supports(stock: Any) -> bool:
    """Whether :class:`FastEntityRecognizer` can stand in for ``stock``."""
    try:
        _check(stock)
    except Unsupported as e:
        logger.info("keeping spaCy's entity recognizer: %s", e)
        return False
    return True


def _check(stock: Any) -> _Moves:
    from spacy.pipeline import EntityRecognizer
    from thinc.api import NumpyOps

    if type(stock) is not EntityRecognizer:
        raise Unsupported(f"not spaCy's EntityRecognizer: {type(stock).__name__}")
    if stock.cfg.get("beam_width") != 1:
        raise Unsupported("beam search")
    if getattr(stock, "postprocesses", []):
        raise Unsupported("postprocesses")
    model = stock.model
    if not model.attrs.get("has_upper") or model.attrs.get("unseen_classes"):
        raise Unsupported("no output layer, or unseen classes")
    if len(model.layers) != 3 or not isinstance(model.ops, NumpyOps):
        raise Unsupported("not the TransitionModel of three layers on the CPU")
    lower, upper = model.layers[1], model.layers[2]
    if not model.ops.use_blis:
        raise Unsupported("not BLIS")
    if lower.get_dim("nF") != 3 or lower.get_dim("nP") != 2:
        raise Unsupported("not 3 features with maxout of 2 pieces")
    n_moves = stock.moves.n_moves
    if upper.get_dim("nO") != n_moves or upper.get_dim("nI") != lower.get_dim("nO"):
        raise Unsupported("output layer does not match the moves")
    return _Moves([stock.moves.get_class_name(i) for i in range(n_moves)])


class FastEntityRecognizer(StockComponent):
    """A pipeline component: ``stock``'s entities, decoded faster.

    Made empty by the ``whosaid_fast_ner`` factory; :meth:`use` gives it the
    stock recognizer (see :func:`use_fast_ner`).
    """

    kind = "recognizer"

    def __init__(self, name: str = "ner") -> None:
        super().__init__(name)
        self._moves: _Moves | None = None

    def use(self, stock: Any) -> None:
        """Decode for ``stock`` (raises :class:`Unsupported` if it cannot)."""
        self._moves = _check(stock)
        super().use(stock)

    def _annotate(self, docs: list[Any]) -> None:
        stock = self.stock
        if not any(len(doc) for doc in docs):
            stock.set_annotations(docs, stock.predict(docs))
            return
        try:
            entities = self.decode(docs)
        except Unsupported:
            stock.set_annotations(docs, stock.predict(docs))
            return
        from spacy.tokens import Span

        for doc, ents in zip(docs, entities, strict=True):
            doc.set_ents(
                [Span(doc, s, e, label=label) for s, e, label in ents],
                default="outside",
            )

    def decode(self, docs: list[Any]) -> list[list[tuple[int, int, str]]]:
        """The entities (start, end, label) the stock recognizer would find in
        ``docs`` (one batch, as spaCy's ``predict`` gets it).

        Raises:
            Unsupported: a document has preset entities, or a score is not
                finite.
        """
        from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE, IS_SPACE, SENT_START

        moves = self._moves
        assert moves is not None
        columns = []
        for doc in docs:
            cols = doc.to_array([SENT_START, IS_SPACE, ENT_IOB, ENT_TYPE, ENT_KB_ID])
            if len(doc) and cols[:, 2:].any():
                raise Unsupported("preset entities")
            columns.append(cols)
        model = self.stock.model
        lower, upper = model.layers[1], model.layers[2]
        tokvecs = model.layers[0].predict(docs)
        cached, _ = lower(tokvecs, False)  # (tokens + 1, 3, hiddens, 2)
        scorer = _Scorer(
            cached,
            lower.get_param("b"),
            upper.get_param("W"),
            upper.get_param("b"),
            model.ops,
        )
        closed = scorer.closed()
        total = sum(len(doc) for doc in docs)
        begin_ok = np.zeros(total, dtype=bool)
        unit_ok = np.zeros(total, dtype=bool)
        sent_next = np.zeros(total, dtype=bool)
        offset = 0
        for doc, cols in zip(docs, columns, strict=True):
            n = len(doc)
            if n:
                space = cols[:, 1] != 0
                nxt = np.zeros(n, dtype=bool)
                nxt[:-1] = cols[1:, 0] == 1
                sent_next[offset : offset + n] = nxt
                unit_ok[offset : offset + n] = ~space
                ok = ~space & ~nxt
                ok[-1] = False
                begin_ok[offset : offset + n] = ok
            offset += n
        valid = (begin_ok[:, None] & moves.begin[None, :]) | (
            unit_ok[:, None] & moves.unit[None, :]
        )
        valid[:, moves.out] = True
        best = np.where(valid, closed, -np.inf).argmax(axis=1)
        out: list[list[tuple[int, int, str]]] = []
        offset = 0
        for doc in docs:
            n = len(doc)
            out.append(self._walk(scorer, best, sent_next, offset, n) if n else [])
            offset += n
        return out

    def _walk(
        self,
        scorer: _Scorer,
        best: NDArray[np.intp],
        sent_next: NDArray[np.bool_],
        offset: int,
        n: int,
    ) -> list[tuple[int, int, str]]:
        """One document's entities, left to right (tokens ``offset`` to
        ``offset + n`` of the batch)."""
        moves = self._moves
        assert moves is not None
        ents: list[tuple[int, int, str]] = []
        guesses = best[offset : offset + n]
        t = 0
        for start in np.flatnonzero(guesses != moves.out).tolist():
            if start < t:  # inside an entity already decoded
                continue
            move = int(guesses[start])
            label = moves.labels[move]
            if moves.kind[move] == _UNIT:
                ents.append((start, start + 1, label))
                t = start + 1
                continue
            # B-: the entity stays open until an L- (forced on the last token).
            in_move, last_move = moves.in_of.get(label), moves.last_of[label]
            t = start + 1
            while True:
                in_ok = in_move is not None and t < n - 1 and not sent_next[offset + t]
                if in_ok:
                    assert in_move is not None
                    row = scorer.open(offset + t, offset + start)
                    first, second = sorted((in_move, last_move))
                    winner = first if row[first] >= row[second] else second
                else:
                    winner = last_move
                t += 1
                if winner == last_move:
                    ents.append((start, t, label))
                    break
        return ents


class _Scorer:
    """Scores of the recognizer's states, as spaCy's ``predict_states``."""

    def __init__(
        self,
        cached: NDArray[np.float32],
        lower_bias: NDArray[np.float32],
        weights: NDArray[np.float32],
        bias: NDArray[np.float32],
        ops: Any,
    ) -> None:
        self.cached = cached
        self.lower_bias = lower_bias
        self.weights = weights
        self.bias = bias
        self.ops = ops

    def closed(self) -> NDArray[np.float32]:
        """Every token's scores with no entity open (features: the token,
        padding, padding)."""
        cached = self.cached
        pad = cached[0]
        unmaxed = np.zeros(cached.shape[:1] + cached.shape[2:], dtype=np.float32)[1:]
        unmaxed += cached[1:, 0]
        unmaxed += pad[1]
        unmaxed += pad[2]
        unmaxed += self.lower_bias
        return self._scores(unmaxed)

    def open(self, token: int, start: int) -> NDArray[np.float32]:
        """The scores at batch token ``token`` with an entity open since
        batch token ``start`` (features: the token, the entity's first token,
        the token before)."""
        cached = self.cached
        unmaxed = np.zeros((1, *cached.shape[2:]), dtype=np.float32)
        unmaxed += cached[1 + token, 0]
        unmaxed += cached[1 + start, 1]
        unmaxed += cached[token, 2]  # row 1 + (token - 1)
        unmaxed += self.lower_bias
        scores: NDArray[np.float32] = self._scores(unmaxed)[0]
        return scores

    def _scores(self, unmaxed: NDArray[np.float32]) -> NDArray[np.float32]:
        # Maxout of two pieces: spaCy's Vec.arg_max takes the second on a tie.
        a, b = unmaxed[..., 0], unmaxed[..., 1]
        hidden = np.ascontiguousarray(np.where(a > b, a, b))
        scores: NDArray[np.float32] = self.ops.gemm(hidden, self.weights, trans2=True)
        scores += self.bias
        if not np.isfinite(scores).all():
            raise Unsupported("a score is not finite")
        return scores


PROBE = (
    "Senator Elizabeth Warren of Massachusetts told reporters in Des Moines on "
    "Tuesday that the Federal Reserve Bank of New York had lost $4.5 billion.\n"
    "Angela Merkel said 40 percent of Germans agreed with the United Nations."
)
"""The text :func:`use_fast_ner` parses to check, once, that the fast
decoder finds the stock recognizer's entities in the pipeline it joins."""


def use_fast_ner(nlp: Any, name: str = "ner") -> bool:
    """Put a :class:`FastEntityRecognizer` in place of ``nlp``'s recognizer
    ``name`` (same name, same place).

    Returns whether it did: False where ``nlp`` has no such component, one
    :func:`supports` refuses, or one whose entities of :data:`PROBE` the fast
    decoder does not reproduce exactly (logged; the stock one then stays).
    """
    if name not in nlp.pipe_names:
        return False
    stock = nlp.get_pipe(name)
    if not supports(stock):
        return False
    if not _agrees_on_probe(nlp, name, stock):
        logger.warning(
            "keeping spaCy's entity recognizer: the fast decoder disagrees with it"
        )
        return False
    position = nlp.pipe_names.index(name)
    nlp.remove_pipe(name)
    placement: dict[str, Any] = (
        {"before": position} if position < len(nlp.pipe_names) else {"last": True}
    )
    fast: FastEntityRecognizer = nlp.add_pipe(FAST_NER_FACTORY, name=name, **placement)
    fast.use(stock)
    return True


def _agrees_on_probe(nlp: Any, name: str, stock: Any) -> bool:
    """Whether the fast decoder gives :data:`PROBE`, parsed by ``nlp`` up to
    ``name``, exactly the stock recognizer's entity attributes."""
    from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE

    names = list(nlp.pipe_names)
    with nlp.select_pipes(disable=names[names.index(name) :]):
        doc = nlp(PROBE)
    fast = FastEntityRecognizer(name)
    fast.use(stock)
    attrs = [ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]
    ours = fast(doc.copy()).to_array(attrs)
    theirs = stock(doc.copy()).to_array(attrs)
    return bool(np.array_equal(ours, theirs))


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(FAST_NER_FACTORY):

        @Language.factory(FAST_NER_FACTORY)
        def make_fast_ner(nlp: Any, name: str) -> FastEntityRecognizer:
            return FastEntityRecognizer(name)


_register()
