"""Records as flat table rows: the column mapping the store and Parquet share.

Every field of a record is a column of the same name (with an optional
prefix): scalar fields hold their value, structured fields (tuples and nested
records, :attr:`whosaid.records.FieldSpec.structured`) hold JSON text of
their :meth:`~whosaid.records.Record.to_dict` form.  A table leaves out the
fields it keeps elsewhere (``skip``: child tables, or columns it lays out
itself) and adds its own columns (keys, joined texts) around these.

A table may give a field's column another name (``rename``: the store's
events keep ``source`` in ``source_actor_id``).  Reading is the reverse, and
ends in :meth:`~whosaid.records.Record.from_dict`: :func:`from_row` returns
the record's plain dict.  A column missing from a row (a file written before
the field existed) leaves the field to its default; SQLite's 0/1 becomes a
bool for bool fields.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from typing import Any, Literal, get_args, get_origin

from whosaid.records import FieldSpec, record_fields, unwrap_optional

__all__ = ["ColumnKind", "column_kind", "columns", "from_row", "to_row"]

ColumnKind = Literal["string", "int64", "float64", "bool"]
"""A column's type, by its Parquet name (SQLite: TEXT, INTEGER, REAL, INTEGER)."""

_KINDS: dict[type, ColumnKind] = {
    str: "string",
    int: "int64",
    float: "float64",
    bool: "bool",
}


def column_kind(spec: FieldSpec) -> ColumnKind:
    """The column type of a field: JSON text for structured fields."""
    if spec.structured:
        return "string"
    inner, _ = unwrap_optional(spec.hint)
    if get_origin(inner) is Literal:
        inner = type(get_args(inner)[0])
    try:
        return _KINDS[inner]
    except KeyError:
        raise TypeError(f"no column type for {spec.name}: {spec.hint!r}") from None


_NO_RENAME: Mapping[str, str] = {}


def _fields(cls: type, skip: Collection[str]) -> list[FieldSpec]:
    return [s for s in record_fields(cls) if s.name not in skip]


def _column(spec: FieldSpec, prefix: str, rename: Mapping[str, str]) -> str:
    return prefix + rename.get(spec.name, spec.name)


def columns(
    cls: type,
    *,
    prefix: str = "",
    skip: Collection[str] = (),
    rename: Mapping[str, str] = _NO_RENAME,
) -> tuple[tuple[str, ColumnKind], ...]:
    """The ``(name, kind)`` columns of a record's fields, in field order."""
    return tuple(
        (_column(s, prefix, rename), column_kind(s)) for s in _fields(cls, skip)
    )


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def to_row(
    cls: type,
    data: Mapping[str, Any] | None,
    *,
    prefix: str = "",
    skip: Collection[str] = (),
    rename: Mapping[str, str] = _NO_RENAME,
) -> dict[str, Any]:
    """The columns of one record, from its ``to_dict()`` form.

    Args:
        cls: The record class.
        data: ``record.to_dict()``; ``None`` (an absent optional record)
            gives all columns ``None``.
        prefix: Put before every column name (``speaker_``).
        skip: Fields the table does not hold here.
        rename: Column names of fields whose column is named otherwise.
    """
    row: dict[str, Any] = {}
    for spec in _fields(cls, skip):
        value = None if data is None else data[spec.name]
        if spec.structured and value is not None:
            value = _json(value)
        row[_column(spec, prefix, rename)] = value
    return row


def from_row(
    cls: type,
    row: Mapping[str, Any],
    *,
    prefix: str = "",
    skip: Collection[str] = (),
    rename: Mapping[str, str] = _NO_RENAME,
) -> dict[str, Any]:
    """The plain dict of one record from its columns (JSON text decoded).

    Feed it, completed with the skipped fields, to ``cls.from_dict``.
    Columns missing from ``row`` are left out (the fields keep their
    defaults).
    """
    data: dict[str, Any] = {}
    for spec in _fields(cls, skip):
        name = _column(spec, prefix, rename)
        if name not in row:
            continue
        value = row[name]
        if spec.structured and isinstance(value, str):
            value = json.loads(value)
        elif type(value) is int and value in (0, 1) and column_kind(spec) == "bool":
            value = bool(value)
        data[spec.name] = value
    return data
