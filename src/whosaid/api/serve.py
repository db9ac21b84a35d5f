"""``whosaid serve``: the web app over a corpus database, with uvicorn.

:func:`serve_cmd` is a Typer command function (register it with
``app.command("serve")(serve_cmd)``); FastAPI and uvicorn are imported only
when it runs, so ``whosaid --help`` stays fast.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from whosaid.errors import WhosaidError

if TYPE_CHECKING:
    from whosaid.api.analysis import AnalyzeLimits

__all__ = ["DEFAULT_DB", "DEFAULT_HOST", "DEFAULT_PORT", "serve", "serve_cmd"]

DEFAULT_DB = Path("whosaid.db")
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000

EXIT_ERROR = 3  # as in whosaid.cli: whosaid could not run


def serve(
    db: Path,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    *,
    allow_hosts: Sequence[str] = (),
    analyze: AnalyzeLimits | None = None,
) -> None:
    """Serve the API and the pages over ``db`` until interrupted.

    The database is checked first (it must exist and be at this whosaid's
    schema version); each request then opens its own read-only connection.

    Args:
        db: The corpus database file (made by ``whosaid ingest``).
        host: The address to listen on.
        port: The TCP port.
        allow_hosts: Host names the server may be reached by, besides
            localhost, 127.0.0.1, ::1 and ``host`` (``*``: any).
        analyze: Limits of ``POST /api/v1/analyze``.

    Raises:
        StoreError: ``db`` is missing or not a usable corpus database.
    """
    import uvicorn

    from whosaid.api.app import create_app
    from whosaid.store import open_read_only

    open_read_only(db).close()
    app = create_app(db, hosts=allow_hosts, bind_host=host, analyze=analyze)
    uvicorn.run(app, host=host, port=port, log_level="info")


def serve_cmd(
    db: Annotated[
        Path,
        typer.Option(
            "--db",
            help="The corpus database (made by whosaid ingest).",
            dir_okay=False,
        ),
    ] = DEFAULT_DB,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on.")
    ] = DEFAULT_HOST,
    port: Annotated[
        int, typer.Option("--port", min=1, max=65535, help="TCP port.")
    ] = DEFAULT_PORT,
    allow_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allow-host",
            metavar="HOST",
            help="A host name clients use to reach the server (repeatable; "
            "'*' turns the Host check off). Always allowed: localhost, "
            "127.0.0.1, ::1 and --host.",
        ),
    ] = None,
    analyze_workers: Annotated[
        int,
        typer.Option(
            "--analyze-workers",
            min=1,
            help="Analyses of POST /api/v1/analyze that run at once (one "
            "process each).",
        ),
    ] = 1,
    analyze_queue: Annotated[
        int,
        typer.Option(
            "--analyze-queue", min=0, help="Analyses that may wait (more: 429)."
        ),
    ] = 4,
    analyze_timeout: Annotated[
        float,
        typer.Option(
            "--analyze-timeout",
            min=0.1,
            help="Seconds one analysis may take (more: 504, its worker stopped).",
        ),
    ] = 60.0,
) -> None:
    """Serve the web pages and the JSON API (/api/v1, docs at /docs) over a corpus.

    Exit status: 0 after a clean shutdown; 2 usage error; 3 the database is
    missing or unusable, or the server could not start.
    """
    from whosaid.api.analysis import AnalyzeLimits

    limits = AnalyzeLimits(
        workers=analyze_workers, queue=analyze_queue, timeout_s=analyze_timeout
    )
    try:
        serve(db, host, port, allow_hosts=allow_host or (), analyze=limits)
    except WhosaidError as e:
        print(f"whosaid: error: {e.code}: {e.message}", file=sys.stderr)
        raise typer.Exit(EXIT_ERROR) from None
    except OSError as e:  # e.g. the port is taken
        print(f"whosaid: error: serve.failed: {e}", file=sys.stderr)
        raise typer.Exit(EXIT_ERROR) from None
