"""whosaid: who said what, to or about whom, in news articles.

>>> import whosaid
>>> article = whosaid.process(open("article.txt").read())
>>> for a in article.attributions:
...     print(a.speaker.name, a.cue[0].text, a.content[0].text)
"""

from typing import Any

from whosaid._version import __version__
from whosaid.records import (
    Article,
    Attribution,
    Boilerplate,
    CleanArticle,
    ErrorInfo,
    RawArticle,
    Span,
    Speaker,
)

__all__ = [
    "Article",
    "Attribution",
    "Boilerplate",
    "CleanArticle",
    "ErrorInfo",
    "Pipeline",
    "RawArticle",
    "Span",
    "Speaker",
    "__version__",
    "process",
    "process_many",
]

_LAZY = {"Pipeline", "process", "process_many"}


def __getattr__(name: str) -> Any:
    # The pipeline imports spaCy; load it on first use so that importing the
    # records (or running `whosaid --help`) stays fast.
    if name in _LAZY:
        from whosaid import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'whosaid' has no attribute {name!r}")
