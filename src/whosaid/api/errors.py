"""The web API's one error envelope and the handlers that produce it.

Every error, whatever raised it, is answered as::

    {"ok": false, "error": {"code": "...", "message": "..."}, "status": N}

``request.bad_host`` (400), ``request.cross_origin`` (403), ``not_found``
(404), ``method_not_allowed`` (405), ``request.too_large`` (413),
``request.unsupported_media_type`` (415), ``request.invalid`` (422: a bad
parameter or body), ``analyze.busy`` (429: queue full; 503: no worker free in
time), ``analyze.timeout`` (504), ``analyze.failed`` (500: the analysis
crashed), ``store.*`` (503: no usable corpus
database) and ``internal`` (500).  Pages (paths outside
``/api/``, ``/docs`` and ``/openapi.json``) get the same code and message as
an HTML page.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from whosaid.store import StoreError

__all__ = ["ApiError", "envelope", "install_error_handlers", "validation_message"]

logger = logging.getLogger(__name__)

_CODES = {
    400: "request.bad",
    404: "not_found",
    405: "method_not_allowed",
    413: "request.too_large",
    415: "request.unsupported_media_type",
    422: "request.invalid",
    429: "analyze.busy",
    500: "internal",
    503: "store.unavailable",
}


class ApiError(Exception):
    """An error to answer with the envelope: HTTP status, code, message."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


def envelope(status: int, code: str, message: str) -> dict[str, Any]:
    """The error envelope as a JSON-ready dict."""
    return {"ok": False, "error": {"code": code, "message": message}, "status": status}


def validation_message(errors: Sequence[Any]) -> str:
    """One line from pydantic/FastAPI validation errors: ``where: what; ...``."""
    parts = []
    for err in errors:
        loc = [str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body")]
        where = ".".join(loc)
        msg = str(err.get("msg", "invalid"))
        parts.append(f"{where}: {msg}" if where else msg)
    return "; ".join(parts) or "invalid request"


def _wants_html(request: Request) -> bool:
    path = request.url.path
    if path.startswith(("/api/", "/docs", "/redoc", "/openapi", "/static/")):
        return False
    return "text/html" in request.headers.get("accept", "")


def _respond(request: Request, status: int, code: str, message: str) -> Response:
    if _wants_html(request):
        from whosaid.api.pages import render_error

        return render_error(request, status, code, message)
    return JSONResponse(envelope(status, code, message), status_code=status)


def install_error_handlers(app: FastAPI) -> None:
    """Answer every error of ``app`` with the envelope (or its HTML page)."""

    async def api_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        response = _respond(request, exc.status, exc.code, exc.message)
        response.headers.update(exc.headers)
        return response

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        status = exc.status_code
        code = _CODES.get(status, f"http.{status}")
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if status == 404 and message == "Not Found":
            message = f"no such page or resource: {request.url.path}"
        response = _respond(request, status, code, message)
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    async def invalid(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return _respond(
            request, 422, "request.invalid", validation_message(exc.errors())
        )

    async def store_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StoreError)
        logger.error("corpus database unavailable: %s: %s", exc.code, exc.message)
        return _respond(request, 503, exc.code, exc.message)

    async def internal(request: Request, exc: Exception) -> Response:
        from whosaid.api.security import SECURITY_HEADERS

        logger.exception("internal error on %s %s", request.method, request.url.path)
        response = _respond(request, 500, "internal", "internal server error")
        # Answered outside the middleware stack: set the headers here.
        response.headers.update(SECURITY_HEADERS)
        return response

    app.add_exception_handler(ApiError, api_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(StoreError, store_error)
    app.add_exception_handler(Exception, internal)
