"""Ingest: read files, directories, stdin and JSON Lines into ``RawArticle``.

See :mod:`whosaid.ingest.read` for how articles, failures and warnings flow.
"""

from whosaid.ingest.encoding import (
    CP1252_WARNING,
    DEFAULT_MAX_CHARS,
    check_text,
    decode_bytes,
)
from whosaid.ingest.read import (
    Ingested,
    InputFailure,
    article_id,
    iter_inputs,
    read_path,
    read_path_with_warnings,
)

__all__ = [
    "CP1252_WARNING",
    "DEFAULT_MAX_CHARS",
    "Ingested",
    "InputFailure",
    "article_id",
    "check_text",
    "decode_bytes",
    "iter_inputs",
    "read_path",
    "read_path_with_warnings",
]
