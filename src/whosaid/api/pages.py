"""The web pages: articles, the article view, quote search, speakers, analyze, dyads.

Jinja2 templates (``whosaid/ui/templates``) and bundled CSS/JS
(``whosaid/ui/static``, served at ``/static``); nothing is loaded from a CDN.
Pages read the corpus through :mod:`whosaid.api.data`, the same functions as
the JSON API.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import quote, urlencode

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

import whosaid.ui
from whosaid._version import __version__
from whosaid.api import data
from whosaid.api.cameo import code_title
from whosaid.api.chart import dyad_svg, timeline_svg
from whosaid.api.errors import ApiError
from whosaid.api.event_view import dyad_pairs, event_views
from whosaid.api.highlight import attribution_title, outside, regions
from whosaid.api.security import web_url

__all__ = ["install_pages", "render_error"]

UI = Path(whosaid.ui.__file__).parent
TEMPLATES = Jinja2Templates(directory=UI / "templates")
TEMPLATES.env.filters["path"] = lambda value: quote(str(value), safe="")
TEMPLATES.env.globals["whosaid_version"] = __version__
TEMPLATES.env.globals["attribution_title"] = attribution_title
TEMPLATES.env.filters["web_url"] = web_url  # only http(s) URLs become links
TEMPLATES.env.globals["cameo_title"] = code_title

PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
MAX_OFFSET = 1_000_000_000

Limit = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]


def _db(request: Request) -> Path:
    path: Path = request.app.state.db_path
    return path


def _page(
    request: Request, name: str, context: dict[str, Any], status: int = 200
) -> Response:
    return TEMPLATES.TemplateResponse(request, name, context, status_code=status)


def render_error(request: Request, status: int, code: str, message: str) -> Response:
    """The HTML form of the error envelope."""
    return _page(
        request,
        "error.html",
        {
            "status": status,
            "code": code,
            "message": message,
            "title": f"Error {status}",
        },
        status,
    )


def _pager(request: Request, page: data.Page[Any]) -> dict[str, str | None]:
    """Links to the previous and next page, keeping the other parameters."""
    params = dict(request.query_params)

    def link(offset: int) -> str:
        return "?" + urlencode(
            {**params, "offset": str(offset), "limit": str(page.limit)}
        )

    prev_link = link(max(page.offset - page.limit, 0)) if page.offset > 0 else None
    next_link = link(page.offset + page.limit) if page.has_more else None
    return {"prev": prev_link, "next": next_link}


def pages_router() -> APIRouter:
    """The HTML pages."""
    router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

    @router.get("/")
    @router.get("/articles")
    def articles(
        request: Request, limit: Limit = PAGE_SIZE, offset: Offset = 0
    ) -> Response:
        with data.reader(_db(request)) as conn:
            page = data.articles_page(conn, limit=limit, offset=offset)
        return _page(
            request,
            "articles.html",
            {"title": "Articles", "page": page, "pager": _pager(request, page)},
        )

    @router.get("/articles/{article_id:path}")
    def article(request: Request, article_id: str) -> Response:
        with data.reader(_db(request)) as conn:
            record = data.article(conn, article_id)
        if record is None:
            raise ApiError(404, "not_found", f"no article with id {article_id!r}")
        views = event_views(record)
        shown = [
            *([record.title] if record.title else []),
            *record.body,
            *record.captions,
        ]
        return _page(
            request,
            "article.html",
            {
                "title": record.title.text if record.title else record.id,
                "article": record,
                "headline": regions(record, [record.title]) if record.title else [],
                "body": regions(record, record.body),
                "captions": regions(record, record.captions),
                "outside": regions(record, outside(record, shown)),
                "events": views,
                "event_pairs": dyad_pairs(views),
            },
        )

    @router.get("/quotes")
    def quotes(
        request: Request,
        speaker: str = "",
        actor: str = "",
        about: str = "",
        since: str = "",
        until: str = "",
        limit: Limit = PAGE_SIZE,
        offset: Offset = 0,
    ) -> Response:
        filters = data.QuoteFilters(
            speaker=speaker, actor=actor, about=about, since=since, until=until
        )
        context: dict[str, Any] = {"title": "Quotes", "filters": filters, "error": None}
        status = 200
        for name, value in (("since", since), ("until", until)):
            try:
                if value.strip():
                    dt.date.fromisoformat(value.strip())
            except ValueError:
                context["error"] = (
                    f"{name} must be an ISO date (YYYY-MM-DD), got {value!r}"
                )
                status = 422
                break
        if context["error"] is None:
            with data.reader(_db(request)) as conn:
                page = data.quotes_page(conn, filters, limit=limit, offset=offset)
            context.update(page=page, pager=_pager(request, page))
        return _page(request, "quotes.html", context, status)

    @router.get("/speakers")
    def speakers(request: Request, limit: Limit = 200, offset: Offset = 0) -> Response:
        with data.reader(_db(request)) as conn:
            page = data.speakers_page(conn, limit=limit, offset=offset)
        return _page(
            request,
            "speakers.html",
            {"title": "Speakers", "page": page, "pager": _pager(request, page)},
        )

    @router.get("/speakers/{name:path}")
    def speaker(request: Request, name: str) -> Response:
        with data.reader(_db(request)) as conn:
            profile = data.speaker_profile(conn, name)
        if profile is None:
            raise ApiError(404, "not_found", f"no quotes by a speaker named {name!r}")
        return _page(
            request,
            "speaker.html",
            {
                "title": profile.name,
                "profile": profile,
                "chart": timeline_svg(profile.timeline),
            },
        )

    @router.get("/analyze")
    def analyze(request: Request) -> Response:
        return _page(request, "analyze.html", {"title": "Analyze an article"})

    return router


# --- events and dyads (issue 10) ------------------------------------------------

Period = Literal["day", "week", "month"]
TOP_DYADS = 50


def events_pages_router() -> APIRouter:
    """The dyad pages: ``/dyads`` (a form and the busiest pairs) and one pair."""
    router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

    @router.get("/dyads")
    def dyads(
        request: Request,
        source: str = "",
        target: str = "",
        by: Period = "week",
        limit: Limit = PAGE_SIZE,
        offset: Offset = 0,
    ) -> Response:
        if source.strip() and target.strip():
            return _dyad(request, source, target, by, limit, offset)
        with data.reader(_db(request)) as conn:
            top = data.top_dyads(conn, limit=TOP_DYADS)
        return _page(
            request,
            "dyads.html",
            {
                "title": "Dyads",
                "top": top,
                "by": by,
                "source": source,
                "target": target,
            },
        )

    @router.get("/dyads/{source}/{target}")
    def dyad(
        request: Request,
        source: str,
        target: str,
        by: Period = "week",
        limit: Limit = PAGE_SIZE,
        offset: Offset = 0,
    ) -> Response:
        return _dyad(request, source, target, by, limit, offset)

    return router


def _dyad(
    request: Request, source: str, target: str, by: str, limit: int, offset: int
) -> Response:
    with data.reader(_db(request)) as conn:
        try:
            view = data.dyad_view(
                conn, source, target, by=by, limit=limit, offset=offset
            )
        except ValueError as e:
            raise ApiError(422, "request.invalid", str(e)) from None
    label = f"{view.source} → {view.target}"
    return _page(
        request,
        "dyad.html",
        {
            "title": label,
            "view": view,
            "chart": dyad_svg(view.points, label=label),
            "pager": _pager(request, view.events),
        },
    )


def install_pages(app: FastAPI) -> None:
    """Mount ``/static`` and add the pages to ``app``."""
    app.mount("/static", StaticFiles(directory=UI / "static"), name="static")
    app.include_router(pages_router())
    app.include_router(events_pages_router())
