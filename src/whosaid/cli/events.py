"""CAMEO-coded events in the corpus database: ``events`` and ``dyads``.

Thin wiring over :mod:`whosaid.store.events` (the queries) and
:mod:`whosaid.store.event_render` (tables, JSON, CSV).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import Annotated, Any

import typer

from whosaid.cli._common import (
    DEFAULT_DB,
    SIMPLE_EXIT_HELP,
    DbOption,
    DebugOption,
    app,
    run_guarded,
    stdout_is_terminal,
    terminal_width,
)
from whosaid.cli.store import _day_option


class EventsFormat(StrEnum):
    """Formats of ``whosaid events`` and ``whosaid dyads``."""

    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"


class DyadLevel(StrEnum):
    """What ``whosaid dyads`` pairs."""

    CODE = "code"
    COUNTRY = "country"


class DyadPeriod(StrEnum):
    """Periods of ``whosaid dyads``."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"


_SourceOption = Annotated[
    str | None,
    typer.Option(
        help="The source actor's code (RUSGOV), or a prefix ending in * ('RUS*').",
        metavar="CODE",
    ),
]
_TargetOption = Annotated[
    str | None,
    typer.Option(
        help="The target actor's code (USAGOV), or a prefix ending in * ('USA*').",
        metavar="CODE",
    ),
]
_RootOption = Annotated[
    str | None,
    typer.Option(help="A CAMEO root, 01 to 20 (13: threaten).", metavar="ROOT"),
]
_SinceOption = Annotated[
    str | None,
    typer.Option(help="First event day (inclusive).", metavar="YYYY-MM-DD"),
]
_UntilOption = Annotated[
    str | None,
    typer.Option(help="Last event day (inclusive).", metavar="YYYY-MM-DD"),
]
_EventsFormatOption = Annotated[
    EventsFormat | None,
    typer.Option(
        "--format",
        "-f",
        help="table, json (one array), jsonl or csv.  Default: table on a "
        "terminal, else jsonl.",
        show_default=False,
    ),
]


def _event_filters(
    source: str | None,
    target: str | None,
    root: str | None,
    since: str | None,
    until: str | None,
) -> Any:
    """Checked :class:`whosaid.store.events.EventFilters`; bad values exit 2."""
    from whosaid.store.events import EventFilters, normalize_code, normalize_root

    checks: dict[str, tuple[str | None, Callable[[str], str]]] = {
        "source": (source, lambda v: normalize_code(v, name="source")),
        "target": (target, lambda v: normalize_code(v, name="target")),
        "root": (root, normalize_root),
    }
    checked: dict[str, str | None] = {}
    for name, (value, check) in checks.items():
        try:
            checked[name] = None if value is None else check(value)
        except ValueError as e:
            raise typer.BadParameter(str(e), param_hint=f"'--{name}'") from None
    return EventFilters(
        **checked,
        since=_day_option(since, "since"),
        until=_day_option(until, "until"),
    )


def _echo_records(records: Sequence[Any], fmt: EventsFormat, kind: type[Any]) -> None:
    from whosaid.store.event_render import records_csv, records_json, records_jsonl

    if fmt is EventsFormat.JSON:
        typer.echo(records_json(records))
    elif fmt is EventsFormat.JSONL:
        typer.echo(records_jsonl(records), nl=False)
    else:
        typer.echo(records_csv(records, kind), nl=False)


@app.command("events", epilog=SIMPLE_EXIT_HELP)
def events_command(
    db: DbOption = DEFAULT_DB,
    source: _SourceOption = None,
    target: _TargetOption = None,
    root: _RootOption = None,
    since: _SinceOption = None,
    until: _UntilOption = None,
    limit: Annotated[
        int, typer.Option(min=0, help="At most N events.", metavar="N")
    ] = 50,
    offset: Annotated[
        int, typer.Option(min=0, help="Skip the first N events.", metavar="N")
    ] = 0,
    output_format: _EventsFormatOption = None,
    debug: DebugOption = False,
) -> None:
    """Find CAMEO-coded events in the corpus database, newest first.

    The event's day is its own date when the text gives one, else its
    article's.  The whole table, GDELT-style: whosaid export --table events.
    """
    from whosaid.store import open_read_only
    from whosaid.store.event_render import events_table
    from whosaid.store.events import StoredEvent, search_events

    filters = _event_filters(source, target, root, since, until)
    fmt = output_format or (
        EventsFormat.TABLE if stdout_is_terminal() else EventsFormat.JSONL
    )
    with run_guarded(debug):
        conn = open_read_only(db)
        try:
            found = search_events(conn, filters, limit=limit, offset=offset)
        finally:
            conn.close()
    if fmt is EventsFormat.TABLE:
        typer.echo(events_table(found, width=terminal_width()))
    else:
        _echo_records(found, fmt, StoredEvent)


@app.command("dyads", epilog=SIMPLE_EXIT_HELP)
def dyads_command(
    db: DbOption = DEFAULT_DB,
    by: Annotated[
        DyadPeriod,
        typer.Option(help="Count per day, ISO week (from Monday) or month."),
    ] = DyadPeriod.WEEK,
    level: Annotated[
        DyadLevel,
        typer.Option(
            help="Pair actor codes (RUSGOV, RUSMIL apart) or their countries "
            "(both RUS; an actor without a country keeps its code)."
        ),
    ] = DyadLevel.CODE,
    source: _SourceOption = None,
    target: _TargetOption = None,
    root: _RootOption = None,
    since: _SinceOption = None,
    until: _UntilOption = None,
    include_negated: Annotated[
        bool,
        typer.Option(
            "--include-negated",
            help="Count negated events ('did not attack') too.",
        ),
    ] = False,
    output_format: _EventsFormatOption = None,
    debug: DebugOption = False,
) -> None:
    """Count events per source-target pair and period, with their Goldstein scores.

    One row per period (named by its first day), source code and target code:
    events, summed and mean Goldstein score, and events per quad class (1
    verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
    conflict).  Events without a source or target code, or without a day,
    are not counted.
    """
    from whosaid.store import open_read_only
    from whosaid.store.event_render import dyads_table
    from whosaid.store.events import Dyad, dyad_counts

    filters = _event_filters(source, target, root, since, until)
    fmt = output_format or (
        EventsFormat.TABLE if stdout_is_terminal() else EventsFormat.JSONL
    )
    with run_guarded(debug):
        conn = open_read_only(db)
        try:
            found = dyad_counts(
                conn,
                by.value,
                filters,
                level=level.value,
                include_negated=include_negated,
            )
        finally:
            conn.close()
    if fmt is EventsFormat.TABLE:
        typer.echo(dyads_table(found, width=terminal_width()))
    else:
        _echo_records(found, fmt, Dyad)
