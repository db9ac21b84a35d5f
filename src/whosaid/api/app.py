"""The whosaid web app: the JSON API (``/api/v1``), the pages, and the docs.

:func:`create_app` builds a FastAPI app over one corpus database.  GET
handlers are plain functions, so FastAPI runs each in a worker thread; each
opens its own read-only connection there (:func:`whosaid.api.data.reader`)
and closes it before returning.  ``POST /api/v1/analyze`` runs
:func:`whosaid.process` on the posted JSON article without storing it, on an
:class:`~whosaid.api.analysis.AnalysisPool` (bounded, queued, time-limited:
429 when the queue is full, 504 past the time budget), never on the threads
that serve the GET endpoints.

Every request passes :class:`~whosaid.api.security.GuardMiddleware` (Host
and Origin checks, security headers).

The OpenAPI docs (``/docs``, ``/redoc``) load Swagger UI and ReDoc from the
assets that the ``fastapi-offline`` package ships, never from a CDN (ReDoc's
"Redocly" logo, which its bundle loads from a CDN, is left out).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import html as htmllib
import logging
import os
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.openapi.docs import get_redoc_html
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import ValidationError

from whosaid._version import __version__
from whosaid.api import data
from whosaid.api.analysis import AnalysisPool, AnalyzeLimits, Busy, JobFailed, Timeout
from whosaid.api.errors import ApiError, install_error_handlers, validation_message
from whosaid.api.schemas import (
    ActorOut,
    AnalyzeRequest,
    ArticleList,
    ArticleOut,
    DyadList,
    ErrorEnvelope,
    EventList,
    QuoteList,
    SpeakerList,
)
from whosaid.api.security import GuardMiddleware, allowed_hosts, is_json_media_type
from whosaid.records import Article

__all__ = ["MAX_BODY_BYTES", "MAX_LIMIT", "MAX_OFFSET", "AnalyzeLimits", "create_app"]

logger = logging.getLogger(__name__)

MAX_BODY_BYTES = 2 * 1024 * 1024
"""Largest request body ``POST /api/v1/analyze`` accepts (2 MiB)."""

MAX_LIMIT = 1000
"""Largest page size of the list endpoints."""

MAX_OFFSET = 1_000_000_000
"""Largest ``offset`` of the list endpoints (larger: 422)."""

DEFAULT_LIMIT = 50

REDOC_LOGO = "https://cdn.redoc.ly/redoc/logo-mini.svg"
"""The logo ReDoc's bundle loads from a CDN; the served bundle has none."""

_ERRORS: dict[int | str, dict[str, Any]] = {
    422: {"model": ErrorEnvelope, "description": "Bad parameter (request.invalid)"},
    503: {"model": ErrorEnvelope, "description": "No usable corpus database"},
}
_NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorEnvelope, "description": "Not found (not_found)"},
    **_ERRORS,
}

Limit = Annotated[
    int, Query(ge=0, le=MAX_LIMIT, description="Page size (0: only the total).")
]
Offset = Annotated[
    int, Query(ge=0, le=MAX_OFFSET, description="Items to skip (paging).")
]
Day = Annotated[dt.date | None, Query(description="ISO date, YYYY-MM-DD (inclusive).")]


def _db(request: Request) -> Path:
    path: Path = request.app.state.db_path
    return path


def _article_out(article: Article) -> ArticleOut:
    return ArticleOut.model_validate(article.to_dict())


def api_router() -> APIRouter:
    """The JSON endpoints under ``/api/v1``."""
    router = APIRouter(prefix="/api/v1", tags=["corpus"])

    @router.get("/articles", response_model=ArticleList, responses=_ERRORS)
    def list_articles(
        request: Request, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0
    ) -> ArticleList:
        """Stored articles, newest first (undated last), with the total."""
        with data.reader(_db(request)) as conn:
            page = data.articles_page(conn, limit=limit, offset=offset)
        return ArticleList.model_validate(
            {
                "items": [dataclasses.asdict(a) for a in page.items],
                "total": page.total,
                "limit": page.limit,
                "offset": page.offset,
                "has_more": page.has_more,
            }
        )

    @router.get(
        "/articles/{article_id:path}", response_model=ArticleOut, responses=_NOT_FOUND
    )
    def get_article(request: Request, article_id: str) -> ArticleOut:
        """One stored article record: attributions and actors (output schema v2)."""
        with data.reader(_db(request)) as conn:
            article = data.article(conn, article_id)
        if article is None:
            raise ApiError(404, "not_found", f"no article with id {article_id!r}")
        return _article_out(article)

    @router.get("/quotes", response_model=QuoteList, responses=_ERRORS)
    def quotes(
        request: Request,
        speaker: Annotated[
            str | None, Query(description="Part of the speaker's name, any case.")
        ] = None,
        actor: Annotated[
            str | None, Query(description="The speaker's actor code.")
        ] = None,
        about: Annotated[
            str | None, Query(description="Words that must all occur in the content.")
        ] = None,
        since: Day = None,
        until: Day = None,
        limit: Limit = DEFAULT_LIMIT,
        offset: Offset = 0,
    ) -> QuoteList:
        """Attributions by speaker, actor, topic and article date (filters AND)."""
        filters = data.QuoteFilters(
            speaker=speaker,
            actor=actor,
            about=about,
            since=since.isoformat() if since else None,
            until=until.isoformat() if until else None,
        )
        with data.reader(_db(request)) as conn:
            page = _quotes(conn, filters, limit, offset)
        return _quote_list(page)

    @router.get("/speakers", response_model=SpeakerList, responses=_ERRORS)
    def speakers(
        request: Request, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0
    ) -> SpeakerList:
        """Speaker names with attribution and article counts, most quoted first."""
        with data.reader(_db(request)) as conn:
            page = data.speakers_page(conn, limit=limit, offset=offset)
        return SpeakerList.model_validate(
            {
                "items": [s.to_dict() for s in page.items],
                "total": page.total,
                "limit": page.limit,
                "offset": page.offset,
                "has_more": page.has_more,
            }
        )

    @router.get(
        "/actors/{actor_id:path}", response_model=ActorOut, responses=_NOT_FOUND
    )
    def actor(
        request: Request,
        actor_id: str,
        limit: Limit = DEFAULT_LIMIT,
        offset: Offset = 0,
    ) -> ActorOut:
        """An actor code: the actors filed under it and their attributions.

        404 when neither a stored actor nor an attribution's speaker has it.
        """
        with data.reader(_db(request)) as conn:
            summary = data.actor_summary(conn, actor_id, limit=limit, offset=offset)
        if summary is None:
            raise ApiError(
                404, "not_found", f"no actor with id {actor_id!r} in this corpus"
            )
        return ActorOut.model_validate(
            {
                "id": summary.id,
                "attributions": summary.attributions,
                "articles": summary.articles,
                "actors": [a.to_dict() for a in summary.actors],
                "quotes": _quote_list(summary.quotes).model_dump(),
            }
        )

    @router.post(
        "/analyze",
        response_model=ArticleOut,
        responses={
            403: {
                "model": ErrorEnvelope,
                "description": "From another origin (request.cross_origin)",
            },
            413: {"model": ErrorEnvelope, "description": "Body over 2 MiB"},
            415: {
                "model": ErrorEnvelope,
                "description": "Not a JSON body (request.unsupported_media_type)",
            },
            422: {"model": ErrorEnvelope, "description": "Bad body (request.invalid)"},
            429: {
                "model": ErrorEnvelope,
                "description": "Analysis queue full (analyze.busy); see Retry-After",
            },
            503: {
                "model": ErrorEnvelope,
                "description": "No worker free within the time budget (analyze.busy)",
            },
            504: {
                "model": ErrorEnvelope,
                "description": "Analysis over the time budget (analyze.timeout)",
            },
        },
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": AnalyzeRequest.model_json_schema()}
                },
            }
        },
        tags=["analyze"],
    )
    async def analyze(request: Request) -> Response:
        """Analyze one article (``text`` or ``html``, optional ``url``); not stored.

        The body must be JSON (``Content-Type: application/json``).  The
        answer is the article record; an article that could not be analyzed
        (empty, binary, too large) comes back with ``error`` set.  At most
        a few analyses run or wait at once (429 beyond), each within a time
        budget (504 beyond).
        """
        content_type = request.headers.get("content-type")
        if not is_json_media_type(content_type):
            raise ApiError(
                415,
                "request.unsupported_media_type",
                f"the body must be JSON (Content-Type: application/json), "
                f"got {content_type or 'no Content-Type'}",
            )
        body = await _read_body(request)
        try:
            req = AnalyzeRequest.model_validate_json(body)
        except ValidationError as e:
            raise ApiError(
                422, "request.invalid", validation_message(e.errors(include_url=False))
            ) from None
        pool: AnalysisPool = request.app.state.analysis
        try:
            record = await pool.run(req.model_dump())
        except Busy as e:
            status = 503 if e.queued else 429
            retry = {"Retry-After": str(max(1, round(pool.limits.timeout_s / 4)))}
            raise ApiError(status, "analyze.busy", str(e), retry) from None
        except Timeout as e:
            raise ApiError(504, "analyze.timeout", str(e)) from None
        except JobFailed as e:  # a bug or a crash, not bad input: log it
            logger.error("analysis failed: %s", e)
            raise ApiError(
                500, "analyze.failed", "the analysis failed (see the server log)"
            ) from None
        # Validating and encoding a large record takes a while: not on the loop.
        body = await run_in_threadpool(_article_json, record)
        return Response(body, media_type="application/json")

    return router


def _article_json(record: dict[str, Any]) -> bytes:
    """The analyzed record as the response body (checked against ArticleOut)."""
    return ArticleOut.model_validate(record).model_dump_json().encode("utf-8")


# --- events and dyads (issue 10) ------------------------------------------------

SourceCode = Annotated[
    str | None,
    Query(description="The source actor's code (RUSGOV), or a prefix ending in *."),
]
TargetCode = Annotated[
    str | None,
    Query(description="The target actor's code (USAGOV), or a prefix ending in *."),
]
Root = Annotated[
    str | None, Query(description="A CAMEO root, 01 to 20 (13: threaten).")
]


def _event_filters(
    source: str | None,
    target: str | None,
    root: str | None,
    since: dt.date | None,
    until: dt.date | None,
) -> Any:
    from whosaid.store.events import EventFilters

    return EventFilters(
        source=source,
        target=target,
        root=root,
        since=since.isoformat() if since else None,
        until=until.isoformat() if until else None,
    )


def events_router() -> APIRouter:
    """``/api/v1/events`` and ``/api/v1/dyads``."""
    router = APIRouter(prefix="/api/v1", tags=["events"])

    @router.get("/events", response_model=EventList, responses=_ERRORS)
    def events(
        request: Request,
        source: SourceCode = None,
        target: TargetCode = None,
        root: Root = None,
        since: Day = None,
        until: Day = None,
        limit: Limit = DEFAULT_LIMIT,
        offset: Offset = 0,
    ) -> EventList:
        """CAMEO-coded events by source, target, root and day, newest first."""
        filters = _event_filters(source, target, root, since, until)
        with data.reader(_db(request)) as conn:
            try:
                page = data.events_page(conn, filters, limit=limit, offset=offset)
            except ValueError as e:
                raise ApiError(422, "request.invalid", str(e)) from None
        return EventList.model_validate(
            {
                "items": [e.to_dict() for e in page.items],
                "limit": page.limit,
                "offset": page.offset,
                "has_more": page.has_more,
            }
        )

    @router.get("/dyads", response_model=DyadList, responses=_ERRORS)
    def dyads(
        request: Request,
        by: Annotated[
            Literal["day", "week", "month"],
            Query(description="Count per day, ISO week (from Monday) or month."),
        ] = "week",
        source: SourceCode = None,
        target: TargetCode = None,
        root: Root = None,
        since: Day = None,
        until: Day = None,
        level: Annotated[
            Literal["code", "country"],
            Query(
                description="Pair actor codes (RUSGOV, RUSMIL apart) or their "
                "countries (both RUS; an IGO keeps its code)."
            ),
        ] = "code",
        include_negated: Annotated[
            bool, Query(description="Count negated events too.")
        ] = False,
        limit: Limit = DEFAULT_LIMIT,
        offset: Offset = 0,
    ) -> DyadList:
        """Events per source-target pair and period: count, Goldstein sum and mean.

        Rows come by period, then source, then target.  Events without a
        source or target code or a day are not counted, nor negated ones
        unless ``include_negated``.
        """
        filters = _event_filters(source, target, root, since, until)
        with data.reader(_db(request)) as conn:
            try:
                page = data.dyads_page(
                    conn,
                    by,
                    filters,
                    level=level,
                    include_negated=include_negated,
                    limit=limit,
                    offset=offset,
                )
            except ValueError as e:
                raise ApiError(422, "request.invalid", str(e)) from None
        return DyadList.model_validate(
            {
                "items": [d.to_dict() for d in page.items],
                "by": by,
                "level": level,
                "limit": page.limit,
                "offset": page.offset,
                "has_more": page.has_more,
            }
        )

    return router


def _quotes(
    conn: Any, filters: data.QuoteFilters, limit: int, offset: int
) -> data.Page[Any]:
    try:
        return data.quotes_page(conn, filters, limit=limit, offset=offset)
    except ValueError as e:
        raise ApiError(422, "request.invalid", str(e)) from None


def _quote_list(page: data.Page[Any]) -> QuoteList:
    return QuoteList.model_validate(
        {
            "items": [q.to_dict() for q in page.items],
            "limit": page.limit,
            "offset": page.offset,
            "has_more": page.has_more,
        }
    )


async def _read_body(request: Request) -> bytes:
    """The request body, refusing more than :data:`MAX_BODY_BYTES` (413).

    The declared ``Content-Length`` is checked first, then the bytes actually
    received (a missing or false length cannot get more through).
    """
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            size = int(declared)
        except ValueError:
            raise ApiError(
                400, "request.bad", "Content-Length is not a number"
            ) from None
        if size > MAX_BODY_BYTES:
            raise _too_large(size)
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY_BYTES:
            raise _too_large(None)
    return bytes(body)


def _too_large(size: int | None) -> ApiError:
    got = f" (got {size:,} bytes)" if size is not None else ""
    return ApiError(
        413, "request.too_large", f"request body over {MAX_BODY_BYTES:,} bytes{got}"
    )


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    pool: AnalysisPool = app.state.analysis
    pool.warm()
    try:
        yield
    finally:
        pool.close()


def _docs_static() -> Path | None:
    try:
        import fastapi_offline
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    path = Path(fastapi_offline.__file__).parent / "static"
    return path if (path / "swagger-ui-bundle.js").is_file() else None


def _install_docs(app: FastAPI) -> None:
    """``/docs`` (Swagger UI) and ``/redoc`` from bundled assets, no CDN."""
    static = _docs_static()
    if static is None:  # pragma: no cover - /openapi.json still works
        return
    title = f"{app.title} API"

    @app.get("/docs-static/redoc.standalone.js", include_in_schema=False)
    def redoc_js() -> Response:
        return Response(
            _redoc_bundle(static / "redoc.standalone.js"),
            media_type="text/javascript; charset=utf-8",
        )

    app.mount("/docs-static", StaticFiles(directory=static), name="docs-static")

    @app.get("/docs", include_in_schema=False)
    def swagger() -> HTMLResponse:
        # Swagger UI starts from /static/swagger-init.js, not an inline
        # script, so the Content-Security-Policy can forbid inline scripts.
        return HTMLResponse(
            _SWAGGER_PAGE.format(title=htmllib.escape(f"{title} - Swagger UI"))
        )

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return get_redoc_html(
            openapi_url="/openapi.json",
            title=f"{title} - ReDoc",
            redoc_js_url="/docs-static/redoc.standalone.js",
            redoc_favicon_url="/docs-static/favicon.png",
            with_google_fonts=False,
        )


_SWAGGER_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<link rel="stylesheet" href="/docs-static/swagger-ui.css">
<link rel="icon" href="/docs-static/favicon.png">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs-static/swagger-ui-bundle.js"></script>
<script src="/static/swagger-init.js"></script>
</body>
</html>
"""


@functools.cache
def _redoc_bundle(path: Path) -> bytes:
    """ReDoc's bundle without its CDN logo (an empty image: not shown)."""
    text = path.read_text(encoding="utf-8")
    return text.replace(REDOC_LOGO, "data:,").encode("utf-8")


def create_app(
    db_path: str | os.PathLike[str],
    *,
    hosts: Iterable[str] = (),
    bind_host: str | None = None,
    analyze: AnalyzeLimits | None = None,
) -> FastAPI:
    """The web app over one corpus database.

    The database is opened read-only per request, so the app can serve a
    corpus that ``whosaid ingest`` is still writing, or one on read-only
    storage.  A missing or unusable file is answered with a ``store.*``
    error (503), not a crash.

    Args:
        db_path: The corpus database file.
        hosts: Host names (or ``*``: any) to accept in the ``Host`` header
            besides localhost, 127.0.0.1, ::1 and ``bind_host``.
        bind_host: The address the server listens on.
        analyze: Limits of ``POST /api/v1/analyze`` (default:
            :class:`~whosaid.api.analysis.AnalyzeLimits`); the worker
            processes start with the app.

    Returns:
        The FastAPI application (serve it with uvicorn, see
        :func:`whosaid.api.serve.serve`).
    """
    from whosaid.api.pages import install_pages

    app = FastAPI(
        title="whosaid",
        version=__version__,
        description=(
            "Who said what, to or about whom: the attributions of a whosaid "
            "corpus database, and analysis of posted articles.  Every error is "
            '`{"ok": false, "error": {"code", "message"}, "status": N}`.'
        ),
        docs_url=None,
        redoc_url=None,
        lifespan=_lifespan,
    )
    app.state.db_path = Path(db_path)
    app.state.analysis = AnalysisPool(analyze or AnalyzeLimits())
    app.add_middleware(GuardMiddleware, hosts=allowed_hosts(bind_host, hosts))
    install_error_handlers(app)
    _install_docs(app)
    app.include_router(api_router())
    app.include_router(events_router())
    install_pages(app)
    return app
