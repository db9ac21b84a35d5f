"""The whosaid web app: a JSON API and pages over a corpus database.

* :func:`create_app` (``whosaid.api.app``): the FastAPI application.
* ``whosaid.api.serve``: :func:`~whosaid.api.serve.serve` runs it with
  uvicorn; :func:`~whosaid.api.serve.serve_cmd` is the ``whosaid serve``
  command.

Importing this package does not import FastAPI; ``create_app`` loads on
first use.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from whosaid.api.app import create_app

        return create_app
    raise AttributeError(f"module 'whosaid.api' has no attribute {name!r}")
