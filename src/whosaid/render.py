"""Render analyzed articles as a text table, JSON or JSON Lines.

Pure functions: they build strings and never print or touch the model, so the
CLI's output formats can be tested on hand-made records.

The table shows, for each article, a header line (the title, else the path or
id; the path or id follows a title in brackets), one row per attribution, and
the article's actors that are not places::

    Norway urges Iceland back to talks  [examples/wire_article.txt]
      speaker             | code   | cue  | quote
      --------------------+--------+------+---------------------------------
      Ingrid Solberg-Haug | NORGOV | told | "We cannot keep setting quotas …"
      Actors
      code   | name                | type   | roles              | mentions
      -------+---------------------+--------+--------------------+---------
      NORGOV | Ingrid Solberg-Haug | person | fisheries minister |        3

``speaker`` is the resolved speaker name, falling back to the source text (an
em dash when there is no source); ``code`` the speaker's actor code (an em
dash when it has none); ``quote`` is the content fragments joined with
`` … ``.  Cells are put on one line (whitespace runs collapse, control
characters become spaces) and cut to fit ``width`` with a trailing ``…``.
A failed article shows ``error: CODE: MESSAGE`` instead of rows.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable

from whosaid.records import Actor, Article, Attribution, Span

__all__ = [
    "DEFAULT_WIDTH",
    "actor_rows",
    "article_label",
    "article_to_json",
    "code_label",
    "cue_label",
    "display_width",
    "quote_label",
    "render_article_table",
    "render_json",
    "render_jsonl",
    "render_table",
    "speaker_label",
    "truncate",
]

DEFAULT_WIDTH = 100
"""Table width used when the terminal's is unknown."""

ELLIPSIS = "…"
FRAGMENT_JOINER = " … "
NO_SOURCE = "—"
NO_CODE = "—"
INDENT = "  "
SEPARATOR = " | "
MAX_SPEAKER_WIDTH = 28
MAX_CUE_WIDTH = 16
MAX_CODE_WIDTH = 12
MAX_NAME_WIDTH = 28
MAX_TYPE_WIDTH = 12
MIN_ROLES_WIDTH = 8
ACTORS_HEADER = "Actors"
PLACE = "place"
MIN_QUOTE_WIDTH = 24
# Cut a truncated cell at the last space when it falls in the last third.
_WORD_CUT_SHARE = 2 / 3

_SPACES = re.compile(r"\s+")


# --- cells -------------------------------------------------------------------


def _one_line(text: str) -> str:
    """Collapse whitespace runs and blank out control characters."""
    cleaned = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)
    return _SPACES.sub(" ", cleaned).strip()


def _join(spans: Iterable[Span]) -> str:
    return FRAGMENT_JOINER.join(
        part for part in (_one_line(s.text) for s in spans) if part
    )


def speaker_label(attribution: Attribution) -> str:
    """Who: the resolved speaker name, else the source text, else ``—``."""
    speaker = attribution.speaker
    if speaker is not None and speaker.name and _one_line(speaker.name):
        return _one_line(speaker.name)
    return _join(attribution.source) or NO_SOURCE


def code_label(attribution: Attribution) -> str:
    """The speaker's actor code ("USAGOV"), else ``—``."""
    speaker = attribution.speaker
    code = _one_line(speaker.code) if speaker is not None and speaker.code else ""
    return code or NO_CODE


def cue_label(attribution: Attribution) -> str:
    """The cue fragments ("said", "according to"), joined with `` … ``."""
    return _join(attribution.cue)


def quote_label(attribution: Attribution) -> str:
    """The content fragments joined with `` … ``, on one line."""
    return _join(attribution.content)


def article_label(article: Article) -> str:
    """The header of an article: its title, else its path, else its id.

    When there is a title, the path (or id) follows it in brackets.
    """
    where = article.path or article.id
    title = _one_line(article.title.text) if article.title is not None else ""
    if title:
        return f"{title}  [{_one_line(where)}]"
    return _one_line(where)


# --- widths ------------------------------------------------------------------


def _char_width(ch: str) -> int:
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 2
    return 1


def display_width(text: str) -> int:
    """Terminal columns taken by ``text`` (wide CJK counts 2, marks 0)."""
    return sum(_char_width(ch) for ch in text)


def truncate(text: str, width: int) -> str:
    """Fit ``text`` into ``width`` columns, ending a cut text with ``…``.

    The cut falls on a word boundary when one is near the end.

    Args:
        text: One line of text.
        width: The columns available.

    Returns:
        ``text`` itself when it fits, else a prefix plus ``…`` of at most
        ``width`` columns.
    """
    if width <= 0:
        return ""
    if display_width(text) <= width:
        return text
    room = width - display_width(ELLIPSIS)
    kept: list[str] = []
    used = 0
    for ch in text:
        w = _char_width(ch)
        if used + w > room:
            break
        kept.append(ch)
        used += w
    cut = "".join(kept)
    space = cut.rfind(" ")
    if space > 0 and space >= room * _WORD_CUT_SHARE:
        cut = cut[:space]
    return cut.rstrip(" " + ELLIPSIS) + ELLIPSIS


def _column_width(header: str, cells: Iterable[str]) -> int:
    return max(display_width(header), *(display_width(c) for c in cells))


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


# --- table -------------------------------------------------------------------


def render_article_table(article: Article, *, width: int = DEFAULT_WIDTH) -> str:
    """One article as a header line, ``speaker | code | cue | quote`` rows
    and an ``Actors`` section (see :func:`actor_rows`).

    Args:
        article: The analyzed article.
        width: The total width to fit rows into (the terminal's).

    Returns:
        The block, without a trailing newline.
    """
    lines = [truncate(article_label(article), width)]
    if article.error is not None:
        message = _one_line(f"error: {article.error.code}: {article.error.message}")
        lines.append(INDENT + truncate(message, width - len(INDENT)))
        return "\n".join(lines)
    if article.attributions:
        lines.extend(_attribution_rows(article.attributions, width))
    else:
        lines.append(INDENT + "(no attributions)")
    actors = actor_rows(article.actors, width=width - len(INDENT))
    if actors:
        lines.append(INDENT + ACTORS_HEADER)
        lines.extend(INDENT + line for line in actors)
    return "\n".join(lines)


def _attribution_rows(attributions: tuple[Attribution, ...], width: int) -> list[str]:
    speakers = [truncate(speaker_label(a), MAX_SPEAKER_WIDTH) for a in attributions]
    codes = [truncate(code_label(a), MAX_CODE_WIDTH) for a in attributions]
    cues = [truncate(cue_label(a), MAX_CUE_WIDTH) for a in attributions]
    speaker_w = _column_width("speaker", speakers)
    code_w = _column_width("code", codes)
    cue_w = _column_width("cue", cues)
    room = max(
        MIN_QUOTE_WIDTH,
        width - len(INDENT) - speaker_w - code_w - cue_w - 3 * len(SEPARATOR),
    )
    quotes = [truncate(quote_label(a), room) for a in attributions]
    quote_w = _column_width("quote", quotes)

    def row(speaker: str, code: str, cue: str, quote: str) -> str:
        cells = (_pad(speaker, speaker_w), _pad(code, code_w), _pad(cue, cue_w), quote)
        return (INDENT + SEPARATOR.join(cells)).rstrip()

    lines = [row("speaker", "code", "cue", "quote")]
    widths = (speaker_w, code_w, cue_w, quote_w)
    lines.append(INDENT + "-+-".join("-" * w for w in widths))
    lines.extend(
        row(*cells) for cells in zip(speakers, codes, cues, quotes, strict=True)
    )
    return lines


def actor_rows(actors: Iterable[Actor], *, width: int = DEFAULT_WIDTH) -> list[str]:
    """Actors that are not places as ``code | name | type | roles | mentions``.

    Args:
        actors: An article's actors.
        width: The width to fit rows into.

    Returns:
        A header, a rule and one line per actor; empty when no actor is left.
    """
    shown = [a for a in actors if a.type != PLACE]
    if not shown:
        return []
    codes = [
        truncate(_one_line(a.code or "") or NO_CODE, MAX_CODE_WIDTH) for a in shown
    ]
    names = [truncate(_one_line(a.name), MAX_NAME_WIDTH) for a in shown]
    types = [truncate(_one_line(a.type), MAX_TYPE_WIDTH) for a in shown]
    counts = [str(len(a.mentions)) for a in shown]
    code_w = _column_width("code", codes)
    name_w = _column_width("name", names)
    type_w = _column_width("type", types)
    count_w = _column_width("mentions", counts)
    room = max(
        MIN_ROLES_WIDTH,
        width - code_w - name_w - type_w - count_w - 4 * len(SEPARATOR),
    )
    roles = [truncate(_one_line(", ".join(a.roles)), room) for a in shown]
    roles_w = _column_width("roles", roles)

    def row(code: str, name: str, kind: str, role: str, count: str) -> str:
        cells = (
            _pad(code, code_w),
            _pad(name, name_w),
            _pad(kind, type_w),
            _pad(role, roles_w),
            " " * (count_w - display_width(count)) + count,
        )
        return SEPARATOR.join(cells).rstrip()

    lines = [row("code", "name", "type", "roles", "mentions")]
    widths = (code_w, name_w, type_w, roles_w, count_w)
    lines.append("-+-".join("-" * w for w in widths))
    lines.extend(
        row(*cells) for cells in zip(codes, names, types, roles, counts, strict=True)
    )
    return lines


def render_table(articles: Iterable[Article], *, width: int = DEFAULT_WIDTH) -> str:
    """Many articles as tables, separated by blank lines.

    Args:
        articles: The analyzed articles.
        width: The total width to fit rows into (the terminal's).

    Returns:
        The text, ending with a newline (empty for no articles).
    """
    blocks = [render_article_table(a, width=width) for a in articles]
    return "\n\n".join(blocks) + "\n" if blocks else ""


# --- JSON --------------------------------------------------------------------


def article_to_json(article: Article, *, indent: int | None = None) -> str:
    """One article as JSON (``Article.to_dict()``, non-ASCII kept as is).

    Args:
        article: The article.
        indent: ``None`` for one line (JSON Lines), else the indent width.

    Returns:
        The JSON text, without a trailing newline.
    """
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=indent)


def render_json(articles: Iterable[Article]) -> str:
    """Articles as one JSON array (indented), ending with a newline."""
    items = [article_to_json(a, indent=2) for a in articles]
    if not items:
        return "[]\n"
    return "[\n" + ",\n".join(items) + "\n]\n"


def render_jsonl(articles: Iterable[Article]) -> str:
    """Articles as JSON Lines: one compact object per line."""
    return "".join(article_to_json(a) + "\n" for a in articles)
