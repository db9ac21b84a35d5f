"""The pipeline-component shell shared by the fast NER and parser.

Both wrap a stock spaCy ``Parser`` (the entity recognizer, the dependency
parser): they keep it, report its labels, and annotate documents in the
batches spaCy's ``Parser.pipe`` uses, so that the model sees the same
batches.  A subclass says how to check the stock component (:meth:`use`)
and how to annotate one part of a batch (:meth:`_annotate`).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import Any

__all__ = ["StockComponent", "minibatch"]


class StockComponent:
    """A component that annotates for a stock spaCy ``Parser``."""

    kind = "component"  # what the stock one is, for the error message

    def __init__(self, name: str) -> None:
        self.name = name
        self._stock: Any = None

    def use(self, stock: Any) -> None:
        """Annotate for ``stock``; a subclass checks it first."""
        self._stock = stock

    @property
    def stock(self) -> Any:
        """The stock component."""
        if self._stock is None:
            raise RuntimeError(f"{type(self).__name__} has no {self.kind}: call use()")
        return self._stock

    @property
    def labels(self) -> tuple[str, ...]:
        """The stock component's labels."""
        labels: tuple[str, ...] = tuple(self.stock.labels)
        return labels

    def __call__(self, doc: Any) -> Any:
        self._annotate([doc])
        return doc

    def pipe(self, docs: Iterable[Any], *, batch_size: int = 256) -> Iterator[Any]:
        """Annotate ``docs`` in batches of ``batch_size``, each sorted by
        length and annotated in parts of a quarter of it (at least 2
        documents), as spaCy's ``Parser.pipe`` does."""
        for in_order in minibatch(docs, batch_size):
            by_length = sorted(in_order, key=len)
            for sub in minibatch(by_length, max(batch_size // 4, 2)):
                self._annotate(sub)
            yield from in_order

    def _annotate(self, docs: list[Any]) -> None:
        raise NotImplementedError


def minibatch(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Lists of ``size`` items (the last one shorter), as spaCy's
    ``util.minibatch`` with a fixed size."""
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch
