"""spaCy's dependency parser, its own greedy loop run with the GIL held.

spaCy 3.8's parser decodes a batch in one C loop (``Parser._parseC``) that
it enters with the global interpreter lock released.  Every buffer and
stack look-up in that loop (``StateC.B``, ``StateC.S``: feature tokens,
validity, transitions), compiled by Cython, still takes and drops the lock
(``PyGILState_Ensure``/``PyGILState_Release``); with the lock released each
round trip locks a mutex (``perf``: ``take_gil``, ``drop_gil``,
``pthread_mutex_lock``), about a third of the parser's time on the 84
PolNeAR dev texts (2.0 -> 1.35 s CPU).  With the lock held by the calling
thread a round trip only counts up and down.

:class:`FastDependencyParser` keeps the stock parser and runs exactly its
``greedy_parse`` (the same model call, states, weights and C loop), but
calls the loop through ctypes without releasing the lock, so the parse is
the stock one by construction.  The loop is reached through the Parser
type's Cython vtable (``__pyx_vtable__``, slot 0 is ``_parseC``); its
address is checked against the symbol ``..._Parser__parseC`` in the
extension's own ELF symbol table before it is ever called, the helper
functions' capsule signatures and ``StateClass``'s layout are checked too,
and :func:`use_fast_parser` compares the parse of :data:`PROBE` with the
stock parser's.  Anything unexpected (another spaCy, a stripped or non-ELF
build, beam search, a GPU) keeps the stock parser (logged).

While a sub-batch is parsed (a few documents, well under a second) other
Python threads wait: the stock loop let them run between look-ups.
"""

from __future__ import annotations

import ctypes
import logging
import struct
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from whosaid.nlp.stock_component import StockComponent

logger = logging.getLogger(__name__)

FAST_PARSER_FACTORY = "whosaid_fast_parser"

PARSE_SYMBOL = (
    b"_ZL60__pyx_f_5spacy_8pipeline_17transition_parser_6Parser__parseC"
    b"P53__pyx_obj_5spacy_8pipeline_17transition_parser_Parser"
    b"P39__pyx_obj_5thinc_8backends_5cblas_CBlas"
    b"PP59__pyx_t_5spacy_8pipeline_17_parser_internals_6_state_StateC"
    b"42__pyx_t_5spacy_2ml_12parser_model_WeightsC"
    b"40__pyx_t_5spacy_2ml_12parser_model_SizesC"
)
"""The C++ name of ``Parser._parseC`` in spaCy's ``transition_parser``
module: it spells out the argument types (parser, CBlas, ``StateC**``,
``WeightsC``, ``SizesC``) the call passes."""

ANCHOR_SYMBOL = b"PyInit_transition_parser"
"""An exported symbol of the same module, to find where it is loaded."""

WEIGHTS_SIGNATURE = b"struct __pyx_t_5spacy_2ml_12parser_model_WeightsC (PyObject *)"
SIZES_SIGNATURE = b"struct __pyx_t_5spacy_2ml_12parser_model_SizesC (PyObject *, int)"

STATE_SIZE = 48
"""``StateClass``'s object size: head, vtable, ``StateC* c``, ``doc``, an int."""
STATE_C_OFFSET = 24
STATE_DOC_OFFSET = 32


class Unsupported(Exception):
    """The parser, the spaCy build or the batch is not one this handles."""


class _WeightsC(ctypes.Structure):
    """``spacy.ml.parser_model.WeightsC``."""

    _fields_ = [
        (name, ctypes.c_void_p)
        for name in (
            "feat_weights",
            "feat_bias",
            "hidden_bias",
            "hidden_weights",
            "seen_classes",
        )
    ]


class _SizesC(ctypes.Structure):
    """``spacy.ml.parser_model.SizesC``."""

    _fields_ = [
        (name, ctypes.c_int)
        for name in ("states", "classes", "hiddens", "pieces", "feats", "embed_width")
    ]


def _capsule_pointer(capsule: Any, name: bytes | None) -> int:
    api = ctypes.pythonapi
    api.PyCapsule_GetName.restype = ctypes.c_char_p
    api.PyCapsule_GetName.argtypes = [ctypes.py_object]
    api.PyCapsule_GetPointer.restype = ctypes.c_void_p
    api.PyCapsule_GetPointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
    if api.PyCapsule_GetName(capsule) != name:
        raise Unsupported(f"unexpected capsule {api.PyCapsule_GetName(capsule)!r}")
    pointer = api.PyCapsule_GetPointer(capsule, name)
    if not pointer:
        raise Unsupported("empty capsule")
    return int(pointer)


def elf_symbols(path: Path, names: Iterable[bytes]) -> dict[bytes, int]:
    """The values (addresses relative to the load base) of the symbols
    ``names`` in the ELF64 little-endian file ``path``'s symbol table
    (``.symtab``, else ``.dynsym``); the names not there are left out."""
    wanted = set(names)
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise Unsupported(f"not a 64-bit little-endian ELF file: {path.name}")
    shoff = struct.unpack_from("<Q", data, 0x28)[0]
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize)
        for i in range(shnum)
    ]
    found: dict[bytes, int] = {}
    for kind in (2, 11):  # SHT_SYMTAB, SHT_DYNSYM
        for section in sections:
            if section[1] != kind:
                continue
            offset, size, link, entsize = section[4], section[5], section[6], section[9]
            strings_at = sections[link][4]
            for at in range(offset, offset + size, entsize or 24):
                name_at, _info, _other, _shndx, value, _size = struct.unpack_from(
                    "<IBBHQQ", data, at
                )
                end = data.index(b"\0", strings_at + name_at)
                name = data[strings_at + name_at : end]
                if name in wanted and value:
                    found.setdefault(name, value)
        if wanted <= found.keys():
            break
    return found


class _Loop:
    """spaCy's C entry points for a greedy parse, checked before any call."""

    def __init__(self) -> None:
        import importlib

        import spacy.ml.parser_model as parser_model
        from spacy.about import __version__ as spacy_version
        from spacy.pipeline._parser_internals.stateclass import StateClass

        transition_parser = importlib.import_module("spacy.pipeline.transition_parser")
        if not spacy_version.startswith("3.8."):
            raise Unsupported(f"spaCy {spacy_version}, checked on 3.8 only")
        if sys.byteorder != "little" or ctypes.sizeof(ctypes.c_void_p) != 8:
            raise Unsupported("not a 64-bit little-endian build")
        if StateClass.__basicsize__ != STATE_SIZE:
            raise Unsupported("StateClass has another layout")
        capi = getattr(parser_model, "__pyx_capi__", {})
        if "get_c_weights" not in capi or "get_c_sizes" not in capi:
            raise Unsupported("spacy.ml.parser_model exports no get_c_weights")
        self.weights = ctypes.PYFUNCTYPE(_WeightsC, ctypes.py_object)(
            _capsule_pointer(capi["get_c_weights"], WEIGHTS_SIGNATURE)
        )
        self.sizes = ctypes.PYFUNCTYPE(_SizesC, ctypes.py_object, ctypes.c_int)(
            _capsule_pointer(capi["get_c_sizes"], SIZES_SIGNATURE)
        )
        vtable = transition_parser.Parser.__dict__.get("__pyx_vtable__")
        if vtable is None:
            raise Unsupported("Parser has no Cython vtable")
        slot = ctypes.c_void_p.from_address(_capsule_pointer(vtable, None)).value
        library = transition_parser.__file__
        if library is None:
            raise Unsupported("spaCy's transition_parser has no file")
        if not slot or slot != _parse_address(Path(library)):
            raise Unsupported("the vtable's first slot is not Parser._parseC")
        # A PYFUNCTYPE call keeps the GIL held (a CFUNCTYPE one releases it).
        self.parse = ctypes.PYFUNCTYPE(
            None,
            ctypes.py_object,
            ctypes.py_object,
            ctypes.c_void_p,
            _WeightsC,
            _SizesC,
        )(slot)


def _parse_address(library: Path) -> int:
    """Where ``Parser._parseC`` is in the loaded ``library``."""
    symbols = elf_symbols(library, [PARSE_SYMBOL, ANCHOR_SYMBOL])
    if PARSE_SYMBOL not in symbols or ANCHOR_SYMBOL not in symbols:
        raise Unsupported(f"no symbol table with Parser._parseC in {library.name}")
    anchor = ctypes.cast(
        getattr(ctypes.CDLL(str(library)), ANCHOR_SYMBOL.decode()), ctypes.c_void_p
    ).value
    if not anchor:
        raise Unsupported("cannot find the loaded module")
    return anchor - symbols[ANCHOR_SYMBOL] + symbols[PARSE_SYMBOL]


def supports(stock: Any) -> bool:
    """Whether :class:`FastDependencyParser` can stand in for ``stock``."""
    try:
        _check(stock)
    except (Unsupported, OSError, ValueError, struct.error) as e:
        logger.info("keeping spaCy's parser: %s", e)
        return False
    return True


_LOOP: _Loop | None = None


def _check(stock: Any) -> _Loop:
    global _LOOP
    from spacy.pipeline import DependencyParser
    from thinc.api import NumpyOps

    if type(stock) is not DependencyParser:
        raise Unsupported(f"not spaCy's DependencyParser: {type(stock).__name__}")
    if stock.cfg.get("beam_width") != 1:
        raise Unsupported("beam search")
    if not isinstance(stock.model.ops, NumpyOps):
        raise Unsupported("not on the CPU")
    if _LOOP is None:
        _LOOP = _Loop()
    return _LOOP


class FastDependencyParser(StockComponent):
    """A pipeline component: ``stock``'s parse, its loop run with the GIL held.

    Made empty by the ``whosaid_fast_parser`` factory; :meth:`use` gives it
    the stock parser (see :func:`use_fast_parser`).
    """

    kind = "parser"

    def __init__(self, name: str = "parser") -> None:
        super().__init__(name)
        self._loop: _Loop | None = None

    def use(self, stock: Any) -> None:
        """Parse for ``stock`` (raises :class:`Unsupported` if it cannot)."""
        self._loop = _check(stock)
        super().use(stock)

    def _annotate(self, docs: list[Any]) -> None:
        stock = self.stock
        try:
            states = self.predict(docs)
        except Unsupported:
            states = stock.predict(docs)
        stock.set_annotations(docs, states)

    def predict(self, docs: list[Any]) -> list[Any]:
        """The parse states of ``docs``, as the stock ``predict`` (greedy)
        gives them.

        Raises:
            Unsupported: a state object has another layout.
        """
        from thinc.api import set_dropout_rate

        stock, loop = self.stock, self._loop
        assert loop is not None
        if not any(len(doc) for doc in docs):
            return list(stock.moves.init_batch(docs))
        stock._ensure_labels_are_added(docs)
        set_dropout_rate(stock.model, 0.0)
        batch = stock.moves.init_batch(docs)
        unfinished = [_state_pointer(state) for state in batch if not state.is_final()]
        model = stock.model.predict(docs)
        try:
            if unfinished:
                weights = loop.weights(model)
                sizes = loop.sizes(model, len(unfinished))
                pointers = (ctypes.c_void_p * len(unfinished))(*unfinished)
                cblas = model.ops.cblas()
                loop.parse(stock, cblas, pointers, weights, sizes)
        finally:
            model.clear_memory()
        return list(batch)


def _state_pointer(state: Any) -> int:
    """``state.c``, the ``StateC*`` of a ``StateClass``."""
    doc = ctypes.c_void_p.from_address(id(state) + STATE_DOC_OFFSET).value
    if doc != id(state.doc):
        raise Unsupported("StateClass has another layout")
    pointer = ctypes.c_void_p.from_address(id(state) + STATE_C_OFFSET).value
    if not pointer:
        raise Unsupported("a state without its C state")
    return int(pointer)


PROBE = (
    "Senator Elizabeth Warren of Massachusetts told reporters in Des Moines on "
    "Tuesday that the bank, which had lost $4.5 billion, would not say more.\n"
    '"We will win," Angela Merkel said.\n\nBerlin'
)
"""The text :func:`use_fast_parser` parses to check, once, that the fast
parser gives the stock parser's parse in the pipeline it joins."""


def use_fast_parser(nlp: Any, name: str = "parser") -> bool:
    """Put a :class:`FastDependencyParser` in place of ``nlp``'s parser
    ``name`` (same name, same place).

    Returns whether it did: False where ``nlp`` has no such component, one
    :func:`supports` refuses, or one whose parse of :data:`PROBE` the fast
    parser does not reproduce exactly (logged; the stock one then stays).
    """
    if name not in nlp.pipe_names:
        return False
    stock = nlp.get_pipe(name)
    if not supports(stock):
        return False
    if not _agrees_on_probe(nlp, name, stock):
        logger.warning("keeping spaCy's parser: the fast parser disagrees with it")
        return False
    position = nlp.pipe_names.index(name)
    nlp.remove_pipe(name)
    placement: dict[str, Any] = (
        {"before": position} if position < len(nlp.pipe_names) else {"last": True}
    )
    fast: FastDependencyParser = nlp.add_pipe(
        FAST_PARSER_FACTORY, name=name, **placement
    )
    fast.use(stock)
    return True


def _agrees_on_probe(nlp: Any, name: str, stock: Any) -> bool:
    """Whether the fast parser gives :data:`PROBE`, parsed by ``nlp`` up to
    ``name``, exactly the stock parser's heads, labels and sentence starts."""
    from spacy.attrs import DEP, HEAD, SENT_START

    names = list(nlp.pipe_names)
    with nlp.select_pipes(disable=names[names.index(name) :]):
        doc = nlp(PROBE)
    fast = FastDependencyParser(name)
    fast.use(stock)
    attrs = [HEAD, DEP, SENT_START]
    ours = fast(doc.copy()).to_array(attrs)
    theirs = stock(doc.copy()).to_array(attrs)
    return bool((ours == theirs).all())


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(FAST_PARSER_FACTORY):

        @Language.factory(FAST_PARSER_FACTORY)
        def make_fast_parser(nlp: Any, name: str) -> FastDependencyParser:
            return FastDependencyParser(name)


_register()
