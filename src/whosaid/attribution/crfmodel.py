"""Read a CRFsuite model file, and derive its *unit model*.

A CRFsuite tagger spends most of its time turning feature strings into
attribute ids and summing their weights into per-token label scores.  The
attribution taggers give the same feature strings over and over (a token is
in about three cue windows, and the cue-relative features come from a small
vocabulary), so whosaid sums the weights itself (:mod:`.scoring`) and lets
CRFsuite do only the inference, on a unit model:

* the same labels and the same label-transition weights, bytes copied;
* one attribute per label whose only feature has weight 1.0 for that label.

A token given the unit attributes with values ``s_0 .. s_L-1`` gets exactly
the state scores ``s_l`` (``0.0 + 1.0 * s`` is exact), so when ``s_l`` is
summed in CRFsuite's own order the labels and marginals are those of the
original model, bit for bit.

The binary layout read here is CRFsuite's ``crf1d`` model format (magic
``lCRF``, type ``FOMC``, version 100): a header of twelve 32-bit fields,
then a feature chunk (``FEAT``: type, source, destination, weight as three
little-endian uint32 and a float64), two CQDB string tables (labels and
attributes) and two reference chunks (``LFRF``, ``AFRF``) that list each
label's transition features and each attribute's state features.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from whosaid.errors import ModelError

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CHUNK = struct.Struct("<4sII")
_CQDB_HEADER = struct.Struct("<4sIIIII")
_CQDB_RECORD = struct.Struct("<iI")
_FEATURE = np.dtype(
    [("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")]
)
_FEATURE_SIZE = 20
_STATE, _TRANSITION = 0, 1
_MAGIC, _TYPE, _VERSION = b"lCRF", b"FOMC", 100


@dataclass(frozen=True, slots=True)
class CrfModel:
    """The parts of a CRFsuite model the scoring tagger needs.

    Attributes:
        labels: label names by label id.
        attributes: attribute names (as stored: UTF-8 bytes) by attribute id.
        state: state-feature weights, one row per attribute id and one
            column per label; an extra last row of zeros stands for any
            attribute the model does not know.
        unit_model: the unit model's file content (see the module docs).
    """

    labels: tuple[str, ...]
    attributes: tuple[bytes, ...]
    state: NDArray[np.float64]
    unit_model: bytes

    @property
    def unit_attributes(self) -> tuple[bytes, ...]:
        """The unit model's attribute of each label, in label order."""
        return self.attributes[: len(self.labels)]


def _bad(why: str) -> ModelError:
    return ModelError(f"unexpected CRFsuite model layout: {why}", code="model.format")


def _unpack(fmt: struct.Struct, data: bytes, offset: int) -> tuple[Any, ...]:
    try:
        return fmt.unpack_from(data, offset)
    except struct.error as e:
        raise _bad(f"truncated at byte {offset}") from e


def _u32s(data: bytes, offset: int, count: int) -> tuple[int, ...]:
    try:
        return struct.unpack_from(f"<{count}I", data, offset)
    except struct.error as e:
        raise _bad(f"truncated at byte {offset}") from e


def _u32_at(raw: NDArray[np.uint8], pos: NDArray[np.int64]) -> NDArray[np.int64]:
    """Little-endian uint32 values at byte positions ``pos`` of ``raw``."""
    out = np.zeros(len(pos), dtype=np.int64)
    for k in range(4):
        out |= raw[pos + k].astype(np.int64) << (8 * k)
    return out


def _cqdb(data: bytes, offset: int) -> tuple[list[bytes], bytes]:
    """The keys of a CQDB string table, by id, and the table's bytes.

    A table's offsets count from its own start; its backward array gives,
    per id, the offset of a record: id and key size (uint32 each), then the
    key with a closing NUL.
    """
    magic, size, _flag, _order, count, backward = _unpack(_CQDB_HEADER, data, offset)
    if magic != b"CQDB":
        raise _bad(f"no string table at byte {offset}")
    if offset + size > len(data) or backward + 4 * count > size:
        raise _bad("string table past the end")
    table = data[offset : offset + size]
    raw = np.frombuffer(table, dtype=np.uint8)
    records = _u32_at(raw, backward + 4 * np.arange(count, dtype=np.int64))
    if count and records.max() + _CQDB_RECORD.size > size:
        raise _bad("string table entry past the end")
    sizes = _u32_at(raw, records + 4)
    starts = records + _CQDB_RECORD.size
    ids_ok = (_u32_at(raw, records) == np.arange(count)).all()
    if not ids_ok or (sizes < 1).any() or (starts + sizes > size).any():
        raise _bad("string table entries")
    keys = [
        table[start : start + n - 1]
        for start, n in zip(starts.tolist(), sizes.tolist(), strict=True)
    ]
    return keys, table


def _refs(data: bytes, offset: int) -> list[tuple[int, ...] | None]:
    """Feature ids listed by a reference chunk, per item (None: no list)."""
    magic, _size, count = _unpack(_CHUNK, data, offset)
    if magic not in (b"LFRF", b"AFRF"):
        raise _bad(f"no reference chunk at byte {offset}")
    refs: list[tuple[int, ...] | None] = []
    for ref in _u32s(data, offset + _CHUNK.size, count):
        if ref == 0:
            refs.append(None)
            continue
        (n,) = _u32s(data, ref, 1)
        refs.append(_u32s(data, ref + 4, n))
    return refs


def _pad4(chunk: bytes) -> bytes:
    return chunk + b"\0" * (-len(chunk) % 4)


def _ref_chunk(magic: bytes, refs: list[tuple[int, ...] | None], offset: int) -> bytes:
    """A reference chunk placed at ``offset`` of the file."""
    first = offset + _CHUNK.size + 4 * len(refs)
    pointers: list[int] = []
    body = bytearray()
    for ref in refs:
        if ref is None:
            pointers.append(0)
            continue
        pointers.append(first + len(body))
        body += struct.pack(f"<{len(ref) + 1}I", len(ref), *ref)
    size = _CHUNK.size + 4 * len(refs) + len(body)
    head = _CHUNK.pack(magic, size, len(refs)) + struct.pack(
        f"<{len(refs)}I", *pointers
    )
    return head + bytes(body)


def _unit_attr_refs(n_labels: int, n_attrs: int, offset: int) -> bytes:
    """The unit model's attribute reference chunk, placed at ``offset``:
    attribute ``a`` lists feature ``a`` for each label ``a``, nothing after.
    """
    counts = (np.arange(n_attrs) < n_labels).astype(np.int64)
    words = 1 + counts  # per attribute: its count, then its feature ids
    first_word = np.cumsum(words) - words
    body = np.zeros(int(words.sum()), dtype="<u4")
    body[first_word] = counts
    body[first_word[:n_labels] + 1] = np.arange(n_labels)
    first = offset + _CHUNK.size + 4 * n_attrs
    pointers = (first + 4 * first_word).astype("<u4")
    size = _CHUNK.size + 4 * n_attrs + 4 * body.size
    return _CHUNK.pack(b"AFRF", size, n_attrs) + pointers.tobytes() + body.tobytes()


def _header(data: bytes) -> tuple[int, ...]:
    """The header's ten numbers, from ``num_features`` on (file checked)."""
    magic, size, kind, version, *numbers = _unpack(_HEADER, data, 0)
    if (magic, kind, version, size) != (_MAGIC, _TYPE, _VERSION, len(data)):
        raise _bad("not a CRFsuite crf1d model of version 100")
    return tuple(int(n) for n in numbers)


def _features(data: bytes, offset: int) -> NDArray[np.void]:
    magic, size, count = _unpack(_CHUNK, data, offset)
    if magic != b"FEAT" or size != _CHUNK.size + _FEATURE_SIZE * count:
        raise _bad("feature chunk")
    if offset + size > len(data):
        raise _bad("feature chunk past the end")
    return np.frombuffer(data, _FEATURE, count, offset + _CHUNK.size)


def _state_weights(
    features: NDArray[np.void], n_labels: int, n_attrs: int
) -> NDArray[np.float64]:
    """Attribute x label weights, plus a last row of zeros."""
    state = features[features["type"] == _STATE]
    if state.size and (state["src"].max() >= n_attrs or state["dst"].max() >= n_labels):
        raise _bad("state feature out of range")
    pairs = state["src"].astype(np.int64) * n_labels + state["dst"]
    if state.size and np.bincount(pairs).max() > 1:
        raise _bad("an attribute with two features for one label")
    weights = np.zeros((n_attrs + 1, n_labels), dtype=np.float64)
    weights[state["src"], state["dst"]] = state["weight"]
    return weights


def read_crf_model(data: bytes) -> CrfModel:
    """Parse a CRFsuite model file and build its unit model.

    Raises:
        ModelError: (code ``model.format``) the file is not a CRFsuite
            ``crf1d`` model of the layout described in the module docs.
    """
    _, n_labels, n_attrs, off_features, off_labels, off_attrs, off_refs, _ = _header(
        data
    )
    features = _features(data, off_features)
    labels, label_table = _cqdb(data, off_labels)
    attributes, attr_table = _cqdb(data, off_attrs)
    if len(labels) != n_labels or len(attributes) != n_attrs or n_attrs < n_labels:
        raise _bad("label or attribute count")
    weights = _state_weights(features, n_labels, n_attrs)
    unit = _unit_model(
        data, features, (n_labels, n_attrs), (label_table, attr_table), off_refs
    )
    return CrfModel(
        labels=tuple(label.decode("utf-8") for label in labels),
        attributes=tuple(attributes),
        state=weights,
        unit_model=unit,
    )


def _unit_model(
    data: bytes,
    features: NDArray[np.void],
    counts: tuple[int, int],
    tables: tuple[bytes, bytes],
    off_label_refs: int,
) -> bytes:
    """The unit model: label ``l`` is scored by attribute ``l`` alone, with
    weight 1.0; transitions and string tables as in ``data``."""
    n_labels, n_attrs = counts
    label_table, attr_table = tables
    transitions = np.flatnonzero(features["type"] == _TRANSITION)
    new_id = {int(f): n_labels + k for k, f in enumerate(transitions)}
    units = [
        struct.pack("<IIId", _STATE, label, label, 1.0) for label in range(n_labels)
    ]
    feature_chunk = (
        _CHUNK.pack(
            b"FEAT",
            _CHUNK.size + _FEATURE_SIZE * (n_labels + len(transitions)),
            n_labels + len(transitions),
        )
        + b"".join(units)
        + features[transitions].tobytes()
    )
    try:
        label_refs = [
            None if ref is None else tuple(new_id[f] for f in ref)
            for ref in _refs(data, off_label_refs)
        ]
    except KeyError as e:
        raise _bad("a label refers to a non-transition feature") from e
    off_labels = _HEADER.size + len(feature_chunk)
    off_attrs = off_labels + len(_pad4(label_table))
    off_lrefs = off_attrs + len(_pad4(attr_table))
    lref_chunk = _ref_chunk(b"LFRF", label_refs, off_lrefs)
    off_arefs = off_lrefs + len(lref_chunk)
    aref_chunk = _unit_attr_refs(n_labels, n_attrs, off_arefs)
    size = off_arefs + len(aref_chunk)
    header = _HEADER.pack(
        _MAGIC,
        size,
        _TYPE,
        _VERSION,
        0,
        n_labels,
        n_attrs,
        _HEADER.size,
        off_labels,
        off_attrs,
        off_lrefs,
        off_arefs,
    )
    return b"".join(
        (
            header,
            feature_chunk,
            _pad4(label_table),
            _pad4(attr_table),
            lref_chunk,
            aref_chunk,
        )
    )
