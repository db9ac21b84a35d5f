"""What the web app checks and sets on every request, before any handler runs.

* **Host**: the ``Host`` header must name an allowed host (default: the
  loopback names and the address the server is bound to), else 400
  ``request.bad_host``.  A web page on another site that makes its own name
  resolve to 127.0.0.1 (DNS rebinding) is refused this way.
* **Origin**: a request that can change state (``POST``...) from another
  origin (an ``Origin`` header not equal to the request's own host, or
  ``Sec-Fetch-Site: cross-site``) is refused with 403 ``request.cross_origin``.
* **Headers** on every response: :data:`SECURITY_HEADERS` (a
  Content-Security-Policy that allows only this server's own scripts, styles
  and images, ``nosniff``, no framing, no referrer).

``POST`` bodies must be JSON (415 otherwise): see
:func:`whosaid.api.app.api_router`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from whosaid.api.errors import envelope

__all__ = [
    "ANY_HOST",
    "LOOPBACK_HOSTS",
    "SECURITY_HEADERS",
    "GuardMiddleware",
    "allowed_hosts",
    "host_name",
    "is_json_media_type",
    "web_url",
]

ANY_HOST = "*"
"""In the allowed hosts, turns the Host check off."""

LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")
_WILDCARD_BINDS = frozenset({"", "0.0.0.0", "::"})
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        # ReDoc and Swagger UI set styles from script; no external source.
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)

SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
"""Set on every response (errors included)."""


def host_name(value: str) -> str | None:
    """The host of a ``Host`` header value, lowercased, without the port.

    ``[::1]:8000`` gives ``::1``; ``None`` for a value that is not a host.
    """
    value = value.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        rest = value[end + 1 :]
        if end < 0 or (rest and not _is_port(rest)):
            return None
        return value[1:end] or None
    name, sep, port = value.rpartition(":")
    if sep and _is_port(":" + port):
        value = name
    elif ":" in value:
        return None
    value = value.rstrip(".")
    return value or None


def _is_port(suffix: str) -> bool:
    return suffix.startswith(":") and suffix[1:].isdigit() and len(suffix) <= 6


def allowed_hosts(
    bind_host: str | None = None, extra: Iterable[str] = ()
) -> frozenset[str]:
    """The default allowed hosts: loopback names, the bind address, ``extra``.

    A wildcard bind address (``0.0.0.0``, ``::``) names no host: add the
    names the server is reached by to ``extra``.
    """
    hosts = set(LOOPBACK_HOSTS)
    for value in (bind_host, *extra):
        if value is None:
            continue
        value = value.strip().lower()
        if value == ANY_HOST:
            hosts.add(ANY_HOST)
        elif value not in _WILDCARD_BINDS:
            name = host_name(value) if not _bare_ipv6(value) else value
            if name:
                hosts.add(name)
    return frozenset(hosts)


def _bare_ipv6(value: str) -> bool:
    return value.count(":") > 1 and not value.startswith("[")


def is_json_media_type(content_type: str | None) -> bool:
    """True for ``application/json`` and ``application/*+json`` (any params)."""
    if not content_type:
        return False
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (
        media.startswith("application/") and media.endswith("+json")
    )


def web_url(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL with a host, else ``None``.

    Only such URLs become links in the pages; anything else (``javascript:``,
    ``data:``, relative paths) is shown as text.
    """
    if not url:
        return None
    url = url.strip()
    if any(ord(c) < 0x20 or c == "\x7f" for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


class GuardMiddleware:
    """Checks Host and Origin, and adds :data:`SECURITY_HEADERS` to responses.

    Args:
        app: The ASGI app to guard.
        hosts: The allowed host names (see :func:`allowed_hosts`); containing
            :data:`ANY_HOST` turns the Host check off.
    """

    def __init__(self, app: ASGIApp, *, hosts: frozenset[str]) -> None:
        self.app = app
        self.hosts = hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    if name not in headers:
                        headers.append(name, value)
            await send(message)

        problem = self.check(scope)
        if problem is not None:
            status, code, message = problem
            response = JSONResponse(envelope(status, code, message), status_code=status)
            await response(scope, receive, send_with_headers)
            return
        await self.app(scope, receive, send_with_headers)

    def check(self, scope: Scope) -> tuple[int, str, str] | None:
        """``(status, code, message)`` when the request must be refused."""
        headers = Headers(scope=scope)
        host_header = headers.get("host", "")
        if ANY_HOST not in self.hosts:
            host = host_name(host_header)
            if host is None or host not in self.hosts:
                return (
                    400,
                    "request.bad_host",
                    f"host {host_header!r} is not served here (allowed: "
                    f"{', '.join(sorted(self.hosts))}; see whosaid serve "
                    "--allow-host)",
                )
        if scope["method"] not in _SAFE_METHODS:
            reason = _cross_origin(headers, host_header)
            if reason is not None:
                return 403, "request.cross_origin", reason
        return None


def _cross_origin(headers: Headers, host_header: str) -> str | None:
    if headers.get("sec-fetch-site", "").lower() in ("cross-site", "same-site"):
        return "cross-site requests may not change anything here"
    origin = headers.get("origin")
    if origin is None:
        return None
    netloc = _origin_netloc(origin)
    if netloc is None or netloc != host_header.strip().lower():
        return f"requests from origin {origin!r} are not accepted here"
    return None


def _origin_netloc(origin: str) -> str | None:
    try:
        parts: Any = urlsplit(origin.strip())
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return str(parts.netloc).lower()
