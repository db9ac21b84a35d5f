"""Ingest: read files, directories, stdin and JSON Lines into ``RawArticle``.

See :mod:`whosaid.ingest.read` for how articles, failures and warnings flow,
and :mod:`whosaid.ids` for what makes two inputs the same.
"""

from whosaid.ids import article_id
from whosaid.ingest.encoding import (
    CP1252_WARNING,
    DEFAULT_MAX_CHARS,
    DEFAULT_MAX_HTML_BYTES,
    check_string,
    check_text,
    decode_bytes,
    decode_utf8,
)
from whosaid.ingest.read import (
    Ingested,
    InputFailure,
    count_inputs,
    iter_inputs,
    jsonl_line_limit,
    read_path,
    read_path_with_warnings,
    walk_input_files,
)

__all__ = [
    "CP1252_WARNING",
    "DEFAULT_MAX_CHARS",
    "DEFAULT_MAX_HTML_BYTES",
    "Ingested",
    "InputFailure",
    "article_id",
    "check_string",
    "check_text",
    "count_inputs",
    "decode_bytes",
    "decode_utf8",
    "iter_inputs",
    "jsonl_line_limit",
    "read_path",
    "read_path_with_warnings",
    "walk_input_files",
]
