"""Actors: every person, organization and state of an article, normalized.

``extract_actors`` groups mentions into actors with country, IGO, sector and
a CAMEO-style code; ``load_knowledge`` reads the shipped data files and users'
own actor files (``--actors FILE``).

The names below are imported on first use (PEP 562 ``__getattr__``): a
caller that only loads the knowledge (``whosaid.actors.knowledge``) does not
pay for every rule module of the actors stage.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from whosaid.actors.extract import cameo_code, extract_actors
    from whosaid.actors.knowledge import Knowledge, load_knowledge, read_user_actors

__all__ = [
    "Knowledge",
    "cameo_code",
    "extract_actors",
    "load_knowledge",
    "read_user_actors",
]

# Each public name -> the module that defines it.
_HOMES = {
    "Knowledge": "whosaid.actors.knowledge",
    "cameo_code": "whosaid.actors.extract",
    "extract_actors": "whosaid.actors.extract",
    "load_knowledge": "whosaid.actors.knowledge",
    "read_user_actors": "whosaid.actors.knowledge",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
