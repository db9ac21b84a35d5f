"""Render analyzed articles as a text table, JSON or JSON Lines.

Pure functions: they build strings and never print or touch the model, so the
CLI's output formats can be tested on hand-made records.  Tables are laid out
by `rich <https://rich.readthedocs.io>`_ (column widths, wide characters,
cutting cells with ``…``), without colour or markup.

The table shows, for each article, a header line (the title, else the path or
id; the path or id follows a title in brackets), one row per attribution, the
article's actors that are not places, and its events that are not negated
(``code | event | source | target | score | evidence``)::

    Norway urges Iceland back to talks  [examples/wire_article.txt]
      speaker             | resolved | code   | kind   | conf | cue  | quote
      --------------------+----------+--------+--------+------+------+--------------
      Ingrid Solberg-Haug | name     | NORGOV | direct | 0.93 | told | "We cannot …
      Actors
      code   | name                | type   | roles              | mentions
      -------+---------------------+--------+--------------------+---------
      NORGOV | Ingrid Solberg-Haug | person | fisheries minister |        3

``speaker`` is the resolved speaker name, falling back to the source text (an
em dash when there is no source); ``resolved`` how the speaker was resolved
(``Speaker.resolved_by``: ``name``, ``appositive``, ``pronoun``, ``nominal``,
``unresolved``, ``none``); ``code`` the speaker's actor code (an em dash when it
has none); ``kind`` direct, indirect or mixed; ``conf`` the confidence;
``quote`` the content fragments joined with `` … ``.  Cells are put on one line
(whitespace runs collapse, control characters become spaces); rows fit
``width``, the quote cut with a trailing ``…``, or, with ``wide``, the whole
quote wrapped over several lines.  An event's sides show the actor's code
and name, its score the Goldstein score.  A failed article shows
``error: CODE: MESSAGE`` instead of rows.
"""

from __future__ import annotations

import io
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence

from rich.box import Box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from whosaid.records import Actor, Article, Attribution, Event, Span

__all__ = [
    "DEFAULT_WIDTH",
    "actors_table",
    "article_label",
    "article_to_json",
    "attributions_table",
    "code_label",
    "confidence_label",
    "cue_label",
    "events_table",
    "fit_column",
    "kind_label",
    "new_table",
    "one_line",
    "quote_label",
    "render_article_table",
    "render_json",
    "render_jsonl",
    "render_table",
    "resolved_label",
    "speaker_label",
    "table_lines",
]

DEFAULT_WIDTH = 100
"""Table width used when the terminal's is unknown."""

FRAGMENT_JOINER = " … "
NO_SOURCE = "—"
NO_CODE = "—"
INDENT = "  "
MAX_SPEAKER_WIDTH = 22
MAX_CUE_WIDTH = 12
MAX_CODE_WIDTH = 12
MAX_NAME_WIDTH = 24
MAX_TYPE_WIDTH = 12
ACTORS_HEADER = "Actors"
EVENTS_HEADER = "Events"
MAX_EVENT_NAME_WIDTH = 28
PLACE = "place"

# Columns separated by " | ", the header underlined with "-+-", no outer
# edges: rich's box characters, four per line (left, horizontal, divider,
# right) for top, head, head rule, mid, row, foot rule, foot and bottom.
_PLAIN_BOX = Box("    \n  | \n -+ \n  | \n  | \n -+ \n  | \n    \n", ascii=True)

_SPACES = re.compile(r"\s+")


# --- cells -------------------------------------------------------------------


def one_line(text: str | None) -> str:
    """Collapse whitespace runs and blank out control characters."""
    if not text:
        return ""
    cleaned = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)
    return _SPACES.sub(" ", cleaned).strip()


def _join(spans: Iterable[Span]) -> str:
    return FRAGMENT_JOINER.join(
        part for part in (one_line(s.text) for s in spans) if part
    )


def speaker_label(attribution: Attribution) -> str:
    """Who: the resolved speaker name (with a joint source's others: "Boris
    Johnson + Jeremy Corbyn"), else the source text, else ``—``."""
    speaker = attribution.speaker
    if speaker is not None and speaker.name and one_line(speaker.name):
        names = [one_line(speaker.name)]
        names += [one_line(c.name) for c in attribution.co_speakers if c.name]
        return " + ".join(n for n in names if n)
    return _join(attribution.source) or NO_SOURCE


def resolved_label(attribution: Attribution) -> str:
    """How the speaker was resolved (``name``, ``pronoun``…), else ``none``."""
    speaker = attribution.speaker
    return speaker.resolved_by if speaker is not None else "none"


def code_label(attribution: Attribution) -> str:
    """The speaker's actor code ("USAGOV"), else ``—``."""
    speaker = attribution.speaker
    code = one_line(speaker.code) if speaker is not None and speaker.code else ""
    return code or NO_CODE


def kind_label(attribution: Attribution) -> str:
    """``direct``, ``indirect`` or ``mixed``."""
    return str(attribution.kind)


def confidence_label(attribution: Attribution) -> str:
    """The confidence with two decimals ("0.93")."""
    return f"{attribution.confidence:.2f}"


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
    title = one_line(article.title.text) if article.title is not None else ""
    if title:
        return f"{title}  [{one_line(where)}]"
    return one_line(where)


# --- rich tables -------------------------------------------------------------


def new_table(*headers: str) -> Table:
    """An empty plain table (``a | b`` columns, a ``-+-`` header rule)."""
    table = Table(box=_PLAIN_BOX, show_edge=False, pad_edge=False, padding=(0, 1))
    for header in headers:
        table.add_column(header)
    return table


def _cell(text: str, *, wrap: bool = False) -> Text:
    """A cell kept to one line (cut with ``…``) unless ``wrap``."""
    if wrap:
        return Text(text, overflow="fold")
    return Text(text, no_wrap=True, overflow="ellipsis")


def fit_column(table: Table, index: int, cells: Sequence[str], cap: int) -> None:
    """Give column ``index`` the width of its widest cell, at most ``cap``.

    A fixed column never shrinks, so when a row is too wide rich takes the
    room from the remaining free column (the quote, the roles).
    """
    from rich.cells import cell_len

    column = table.columns[index]
    widest = max([cell_len(str(column.header)), *(cell_len(c) for c in cells)])
    column.width = min(widest, cap)
    column.no_wrap = True


def table_lines(table: Table, width: int) -> list[str]:
    """``table`` laid out in ``width`` columns, as lines without colour."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=max(width, 1),
        color_system=None,
        force_terminal=False,
        force_jupyter=False,
        force_interactive=False,
        highlight=False,
        markup=False,
        emoji=False,
        legacy_windows=False,
    )
    console.print(table)
    return [line.rstrip() for line in buffer.getvalue().splitlines()]


def attributions_table(
    attributions: Sequence[Attribution], *, wide: bool = False
) -> Table:
    """``speaker | resolved | code | kind | conf | cue | quote``, one row each.

    Args:
        attributions: The attributions, in order.
        wide: Wrap whole quotes over several lines instead of cutting them.

    Returns:
        The table (lay it out with :func:`table_lines`).
    """
    rows = [
        (
            speaker_label(a),
            resolved_label(a),
            code_label(a),
            kind_label(a),
            confidence_label(a),
            cue_label(a),
            quote_label(a),
        )
        for a in attributions
    ]
    table = new_table("speaker", "resolved", "code", "kind", "conf", "cue", "quote")
    caps = (MAX_SPEAKER_WIDTH, 12, MAX_CODE_WIDTH, 8, 4, MAX_CUE_WIDTH)
    for index, cap in enumerate(caps):
        fit_column(table, index, [row[index] for row in rows], cap)
    table.columns[4].justify = "right"
    for row in rows:
        table.add_row(*(_cell(c) for c in row[:-1]), _cell(row[-1], wrap=wide))
    return table


def actors_table(actors: Iterable[Actor]) -> Table | None:
    """Actors that are not places as ``code | name | type | roles | mentions``.

    Args:
        actors: An article's actors.

    Returns:
        The table, or None when no actor is left.
    """
    shown = [a for a in actors if a.type != PLACE]
    if not shown:
        return None
    rows = [
        (
            one_line(a.code) or NO_CODE,
            one_line(a.name),
            one_line(a.type),
            one_line(", ".join(a.roles)),
            str(len(a.mentions)),
        )
        for a in shown
    ]
    table = new_table("code", "name", "type", "roles", "mentions")
    for index, cap in ((0, MAX_CODE_WIDTH), (1, MAX_NAME_WIDTH), (2, MAX_TYPE_WIDTH)):
        fit_column(table, index, [row[index] for row in rows], cap)
    fit_column(table, 4, [row[4] for row in rows], len("mentions"))
    table.columns[4].justify = "right"
    for row in rows:
        table.add_row(*(_cell(c) for c in row))
    return table


def _actor_label(actors: dict[str, Actor], actor_id: str | None) -> str:
    """``"USAGOV Joe Biden"`` for an event's side; ``—`` when there is none."""
    actor = actors.get(actor_id) if actor_id is not None else None
    if actor is None:
        return NO_SOURCE
    parts = (one_line(actor.code), one_line(actor.name))
    return " ".join(part for part in parts if part)


def _event_name(code: str) -> str:
    """The CAMEO name of ``code`` ("Make statement"), else empty."""
    from whosaid.errors import ConfigError
    from whosaid.events.codes import code_info

    try:
        return one_line(code_info(code).name)
    except ConfigError:
        return ""


def events_table(events: Sequence[Event], actors: Iterable[Actor]) -> Table | None:
    """Events that are not negated, as
    ``code | event | source | target | score | evidence``.

    Args:
        events: An article's events.
        actors: The article's actors (for the sides' codes and names).

    Returns:
        The table, or None when no event is left.
    """
    shown = [e for e in events if not e.negated]
    if not shown:
        return None
    by_id = {a.id: a for a in actors}
    rows = [
        (
            one_line(e.code),
            _event_name(e.code),
            _actor_label(by_id, e.source),
            _actor_label(by_id, e.target),
            f"{e.goldstein:+.1f}",
            _join(e.evidence),
        )
        for e in shown
    ]
    table = new_table("code", "event", "source", "target", "score", "evidence")
    caps = (
        (0, 4),
        (1, MAX_EVENT_NAME_WIDTH),
        (2, MAX_NAME_WIDTH),
        (3, MAX_NAME_WIDTH),
        (4, len("score")),
    )
    for index, cap in caps:
        fit_column(table, index, [row[index] for row in rows], cap)
    table.columns[4].justify = "right"
    for row in rows:
        table.add_row(*(_cell(c) for c in row))
    return table


def render_article_table(
    article: Article, *, width: int = DEFAULT_WIDTH, wide: bool = False
) -> str:
    """One article as a header line, its attributions and an ``Actors`` section.

    Args:
        article: The analyzed article.
        width: The total width to fit rows into (the terminal's).
        wide: Show whole quotes (wrapped) instead of cutting them.

    Returns:
        The block, without a trailing newline.
    """
    inner = width - len(INDENT)
    lines = [_cut(article_label(article), width)]
    if article.error is not None:
        message = one_line(f"error: {article.error.code}: {article.error.message}")
        lines.append(INDENT + _cut(message, inner))
        return "\n".join(lines)
    if article.attributions:
        table = attributions_table(article.attributions, wide=wide)
        lines.extend(INDENT + line for line in table_lines(table, inner))
    else:
        lines.append(INDENT + "(no attributions)")
    actors = actors_table(article.actors)
    if actors is not None:
        lines.append(INDENT + ACTORS_HEADER)
        lines.extend(INDENT + line for line in table_lines(actors, inner))
    events = events_table(article.events, article.actors)
    if events is not None:
        lines.append(INDENT + EVENTS_HEADER)
        lines.extend(INDENT + line for line in table_lines(events, inner))
    return "\n".join(lines)


def _cut(text: str, width: int) -> str:
    """One line of ``text`` cut to ``width`` columns with ``…``."""
    cut = Text(text, no_wrap=True, overflow="ellipsis")
    cut.truncate(max(width, 1), overflow="ellipsis")
    return cut.plain


def render_table(
    articles: Iterable[Article], *, width: int = DEFAULT_WIDTH, wide: bool = False
) -> str:
    """Many articles as tables, separated by blank lines.

    Args:
        articles: The analyzed articles.
        width: The total width to fit rows into (the terminal's).
        wide: Show whole quotes (wrapped) instead of cutting them.

    Returns:
        The text, ending with a newline (empty for no articles).
    """
    blocks = [render_article_table(a, width=width, wide=wide) for a in articles]
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
